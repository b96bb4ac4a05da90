import Foundation

/// Literal search over UTF-8 bytes. For ASCII texts it finds what Foundation's `range(of:)` and
/// `contains` find (no two ASCII characters compose or fold into one another), without their cost;
/// other texts go to Foundation, so matching stays exactly as it was.
enum TextSearch {
  static func isASCII<Text: StringProtocol>(_ text: Text) -> Bool {
    text.utf8.allSatisfy { $0 < 0x80 }
  }

  /// The first occurrence of `needle` in `text`.
  static func range(of needle: String, in text: Substring) -> Range<String.Index>? {
    guard isASCII(needle), isASCII(text) else { return text.range(of: needle) }
    var needle = needle
    // Native strings are searched in place; others (bridged) as copies.
    let inPlace: Int?? = needle.withUTF8 { pattern in
      text.utf8.withContiguousStorageIfAvailable { hay in firstOffset(of: pattern, in: hay, from: 0) }
    }
    guard let offset = inPlace ?? firstOffset(of: Array(needle.utf8), in: Array(text.utf8)) else { return nil }
    let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    return start..<text.utf8.index(start, offsetBy: needle.utf8.count)
  }

  /// Whether `text` contains `needle`.
  static func contains(_ needle: String, in text: String) -> Bool {
    range(of: needle, in: text[...]) != nil
  }

  /// The lower-cased ASCII bytes of `text`, or `nil` when it is not ASCII.
  static func lowercasedASCII(_ text: String) -> [UInt8]? {
    guard isASCII(text) else { return nil }
    return text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
  }

  /// The byte offset of the first occurrence of `needle` in `haystack`.
  static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pattern in firstOffset(of: pattern, in: hay, from: 0) }
    }
  }

  /// The byte offset of the first occurrence of `pattern` in `hay` at or after `from`.
  static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let first = pattern.first, pattern.count <= hay.count else { return nil }
    var start = from
    while start <= hay.count - pattern.count {
      if hay[start] == first {
        var matched = 1
        while matched < pattern.count, hay[start + matched] == pattern[matched] { matched += 1 }
        if matched == pattern.count { return start }
      }
      start += 1
    }
    return nil
  }

  /// `text` cut at each occurrence of `separator`, compared byte for byte: what
  /// `components(separatedBy:)` gives for a separator of ASCII letters, digits, punctuation and
  /// control characters, none of which compose with or fold into another character.
  static func components(of text: String, separatedBy separator: String) -> [Substring] {
    var text = text
    var separator = separator
    var offsets: [Int] = []
    text.withUTF8 { hay in
      separator.withUTF8 { pattern in
        var from = 0
        while let found = firstOffset(of: pattern, in: hay, from: from) {
          offsets.append(found)
          from = found + max(pattern.count, 1)
        }
      }
    }
    var parts: [Substring] = []
    var start = text.utf8.startIndex
    for offset in offsets {
      let end = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
      parts.append(text[start..<end])
      start = text.utf8.index(end, offsetBy: separator.utf8.count)
    }
    parts.append(text[start...])
    return parts
  }
}
