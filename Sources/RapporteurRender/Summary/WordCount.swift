/// Words as a reader counts them: runs between blanks that hold a letter or a digit. Markup alone
/// (`-`, `###`, `1.`, `|`, `—`) is no word.
public enum WordCount {
  public static func count(_ text: String) -> Int {
    // Over the bytes in place: the budget counts every text of a summary several times.
    var utf8 = text
    return utf8.withUTF8 { count(text, bytes: $0) }
  }

  /// `text`'s words, read from `bytes`, its UTF-8.
  private static func count(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var words = 0
    var start: Int? = nil
    var asciiAlphanumeric = false
    var nonASCII = false
    var listMarker = true
    var last: UInt8 = 0
    // Only a word that opens its line can be a list marker: "in May 2024." ends with a word.
    var atLineStart = true
    var wordOpensLine = true
    func finish(at end: Int) {
      defer {
        start = nil
        asciiAlphanumeric = false
        nonASCII = false
        listMarker = true
      }
      guard let wordStart = start else { return }
      // An ordered-list marker ("1.", "12)") is no word.
      if listMarker, wordOpensLine, asciiAlphanumeric, last == UInt8(ascii: ".") || last == UInt8(ascii: ")") { return }
      if asciiAlphanumeric {
        words += 1
      } else if nonASCII {
        // The word's bytes as the text's own indices.
        let utf8 = text.utf8
        let range = utf8.index(utf8.startIndex, offsetBy: wordStart)..<utf8.index(utf8.startIndex, offsetBy: end)
        if text[range].contains(where: { $0.isLetter || $0.isNumber }) { words += 1 }
      }
    }
    for index in bytes.indices {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        finish(at: index)
        if byte == UInt8(ascii: "\n") { atLineStart = true }
      default:
        if start == nil {
          start = index
          wordOpensLine = atLineStart
          // Blockquote and list markers before it ("> 1.", "- ") leave the line open.
          if byte != UInt8(ascii: ">") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "*") && byte != UInt8(ascii: "+") {
            atLineStart = false
          }
        }
        last = byte
        if byte >= 0x80 {
          nonASCII = true
          listMarker = false
        } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
          asciiAlphanumeric = true
        } else if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
          asciiAlphanumeric = true
          listMarker = false
        } else if byte != UInt8(ascii: ".") && byte != UInt8(ascii: ")") {
          listMarker = false
        }
      }
    }
    finish(at: bytes.count)
    return words
  }
}
