/// A word of a text, with the form rules match on and where it stands.
public struct Token: Sendable, Equatable {
  /// The form phrases are compared on: case-folded, possessive dropped, plural folded to the
  /// singular, British `-ise` spellings folded to `-ize`, dots of acronyms dropped.
  public var normalized: String
  /// The word as written.
  public var text: Substring
  /// Where the word stands in the tokenized text.
  public var range: Range<String.Index>
  /// Whether the word is written as an acronym ("UN", "CSOs", "U.N."), which phrases written in
  /// capitals require.
  public var isAcronym: Bool
}

/// Splits text into words and folds each to the form rules compare, once, for every rule.
///
/// Words are runs of letters and digits, joined inside by `'`, `’`, `&`, or `.` between letters (as
/// in `U.N.`), with an optional `@` in front (handles). Hyphens and dashes separate words, so
/// `whole-of-society` and `whole of society` match alike. The scan works on UTF-8 with a fast path
/// for ASCII, since it runs over every sentence of every note.
public enum Tokenizer {
  public static func tokenize(_ text: String) -> [Token] {
    // The scan reads the text's UTF-8 bytes in place (a native string is not copied).
    var contiguous = text
    return contiguous.withUTF8 { tokenize(text, bytes: $0) }
  }

  /// `tokenize` over `bytes`, the UTF-8 of `text`, by byte offsets.
  private static func tokenize(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
    var tokens: [Token] = []
    // About one word in six bytes of prose; fewer regrowths of the array.
    tokens.reserveCapacity(bytes.count / 6)
    let utf8 = text.utf8
    var offset = 0
    let end = bytes.count
    while offset < end {
      // "To recommend [рекомендовать] to local self-government bodies": a gloss in brackets in
      // another script is no word of the sentence.
      if bytes[offset] == UInt8(ascii: "["), let close = glossEnd(bytes, from: offset) {
        offset = close
        continue
      }
      let (kind, next) = classify(bytes, at: offset)
      let startsHandle = kind == .at && next < end && classify(bytes, at: next).0 == .word
      guard kind == .word || startsHandle else {
        offset = next
        continue
      }
      let start = offset
      var previousWasLetter = kind == .word && isLetterByte(bytes[offset])
      offset = next
      while offset < end {
        let (current, after) = classify(bytes, at: offset)
        if current == .word {
          previousWasLetter = isLetterByte(bytes[offset])
          offset = after
        } else if current == .joiner || current == .dot, after < end, classify(bytes, at: after).0 == .word {
          if current == .dot, !previousWasLetter { break }
          offset = after
        } else {
          break
        }
      }
      let range = utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: offset)
      let word = text[range]
      let wordBytes = UnsafeBufferPointer(rebasing: bytes[start..<offset])
      tokens.append(
        Token(normalized: normalize(utf8: wordBytes), text: word, range: range, isAcronym: isAcronym(word, utf8: wordBytes)))
    }
    return tokens
  }

  /// The offset after the `]` that closes a bracket opened at `offset` (within 120 bytes), when
  /// what it holds is words of a script other than Latin and no ASCII letter: a gloss such as
  /// "[рекомендовать]" or "[особое мнение]"; `nil` otherwise.
  static func glossEnd(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
    var index = offset + 1
    var foreign = false
    let limit = min(bytes.count, offset + 120)
    while index < limit {
      let byte = bytes[index]
      if byte == UInt8(ascii: "]") { return foreign ? index + 1 : nil }
      if byte == UInt8(ascii: "[") || byte.isASCIILetter { return nil }
      if byte >= 0x80 {
        let (scalar, next) = decodeScalar(bytes, at: index)
        if scalar.value >= 0x0370, scalar.properties.isAlphabetic { foreign = true }
        index = next
      } else {
        index += 1
      }
    }
    return nil
  }

  enum Kind { case word, joiner, dot, at, other }

  /// What the character at byte `offset` is, and the offset of the next one.
  @inline(__always)
  static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Kind, Int) {
    let byte = bytes[offset]
    if byte < 0x80 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        return (.word, offset + 1)
      case UInt8(ascii: "'"), UInt8(ascii: "&"): return (.joiner, offset + 1)
      case UInt8(ascii: "."): return (.dot, offset + 1)
      case UInt8(ascii: "@"): return (.at, offset + 1)
      default: return (.other, offset + 1)
      }
    }
    let (scalar, next) = decodeScalar(bytes, at: offset)
    if scalar == "\u{2019}" { return (.joiner, next) }
    let properties = scalar.properties
    if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
      return (.word, next)
    }
    return (.other, next)
  }

  /// The scalar whose UTF-8 starts at byte `offset` (at least 0x80) of a string's bytes, and the
  /// offset after it. A string's bytes are valid UTF-8; a cut-off sequence reads as U+FFFD to the end.
  @inline(__always)
  static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
    let lead = bytes[offset]
    let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard offset + width <= bytes.count else { return ("\u{FFFD}", bytes.count) }
    var value = UInt32(lead) & (0x7F >> UInt32(width))
    for index in offset + 1..<offset + width {
      value = value << 6 | UInt32(bytes[index] & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", offset + width)
  }

  @inline(__always)
  static func isLetterByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || byte.isASCIILetter
  }

  /// Two or more capital letters and no small ones (a plural or possessive `s` aside): "UN",
  /// "CSOs", "U.N.", "M&E". Counted on the bytes (`utf8`, the word's UTF-8) for ASCII words;
  /// other words go by their letters.
  static func isAcronym(_ word: Substring, utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    var capitals = 0
    var smalls = 0
    var lastLetter: UInt8 = 0
    for byte in utf8 {
      if byte >= 0x80 { return isAcronymByLetters(word) }
      if byte.isASCIICapital {
        capitals += 1
      } else if byte.isASCIISmall {
        smalls += 1
      } else {
        continue
      }
      lastLetter = byte
    }
    if lastLetter == UInt8(ascii: "s") { smalls -= 1 }
    return smalls == 0 && capitals >= 2
  }

  /// `isAcronym` for words outside ASCII, on their `Character`s.
  static func isAcronymByLetters(_ word: Substring) -> Bool {
    var letters = word.filter { $0.isLetter }
    if letters.hasSuffix("s") { letters.removeLast() }
    return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
  }

  /// The folded form of one word.
  public static func normalize<S: StringProtocol>(_ word: S) -> String {
    normalize(utf8: word.utf8)
  }

  /// The folded form of one word given as UTF-8.
  static func normalize<Bytes: Collection<UInt8>>(utf8 word: Bytes) -> String {
    if isFolded(word) { return String(decoding: word, as: UTF8.self) }
    var bytes = Array(word)
    if bytes.first == UInt8(ascii: "@") { bytes.removeFirst() }
    if bytes.allSatisfy({ $0 < 0x80 }) {
      for index in bytes.indices where bytes[index].isASCIICapital {
        bytes[index] |= 0x20
      }
      return foldASCII(&bytes)
    }
    // Other scripts: case-fold and straighten the apostrophe, then the same folding.
    var folded = String(decoding: bytes, as: UTF8.self).lowercased()
    folded = String(folded.unicodeScalars.map { $0 == "\u{2019}" ? "'" : Character($0) })
    var foldedBytes = Array(folded.utf8)
    return foldASCII(&foldedBytes)
  }

  /// Whether folding leaves the word as it is: small ASCII letters and digits, no `@`, `'` or `.`,
  /// no plural `s` and no British ending (most words of a text).
  static func isFolded<Bytes: Collection<UInt8>>(_ word: Bytes) -> Bool {
    var last: UInt8 = 0
    for byte in word {
      guard byte.isASCIISmall || byte.isASCIIDigit || byte == UInt8(ascii: "&") else { return false }
      last = byte
    }
    switch last {
    case 0, UInt8(ascii: "s"): return false
    case UInt8(ascii: "e"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "n"):
      // Where a British ending may stand ("-ise", "-ised", "-ising", "-isation").
      let count = word.count
      return !britishSuffixes.contains { british, _ in
        count >= british.count && word.dropFirst(count - british.count).elementsEqual(british)
      }
    default: return true
    }
  }

  /// Possessives, acronym dots, British `-ise` spellings and plurals, on lower-case bytes.
  static func foldASCII(_ bytes: inout [UInt8]) -> String {
    let apostrophe = UInt8(ascii: "'")
    if bytes.count > 2, bytes[bytes.count - 2] == apostrophe, bytes[bytes.count - 1] == UInt8(ascii: "s") {
      bytes.removeLast(2)
    } else if bytes.count > 1, bytes.last == apostrophe {
      bytes.removeLast()
    }
    if bytes.count <= 8, bytes.contains(UInt8(ascii: ".")) { bytes.removeAll { $0 == UInt8(ascii: ".") } }
    // organisation → organization, mobilised → mobilized.
    for (british, american) in britishSuffixes where bytes.count > british.count + 2 && bytes.ends(with: british) {
      bytes.removeLast(british.count)
      bytes += american
      break
    }
    makeSingular(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static let britishSuffixes: [([UInt8], [UInt8])] = [
    ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
    ("ise", "ize"),
  ].map { (Array($0.utf8), Array($1.utf8)) }

  static let pluralSuffixes = ["sses", "xes", "ches", "shes"].map { Array($0.utf8) }
  static let singularSuffixes = ["ss", "us", "is"].map { Array($0.utf8) }
  static let iesSuffix = Array("ies".utf8)
  /// Words ending in "s" that are no plurals, kept whole so that word lists can name them as
  /// written: "DCG members themselves should", "should always", "does not".
  static let notPlurals: Set<[UInt8]> = Set(
    ["themselves", "ourselves", "yourselves", "always", "sometimes", "does", "whereas", "perhaps", "towards",
      "afterwards", "news"].map { Array($0.utf8) })

  /// A crude, consistent singular: applied alike to phrases and text, it only has to agree with itself.
  static func makeSingular(_ word: inout [UInt8]) {
    guard word.count > 3, word.last == UInt8(ascii: "s"),
      word.allSatisfy({ isLetterByte($0) || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: ".") })
    else { return }
    if notPlurals.contains(word) { return }
    if word.count > 4, word.ends(with: iesSuffix) {
      word.removeLast(3)
      word.append(UInt8(ascii: "y"))
      return
    }
    if pluralSuffixes.contains(where: word.ends(with:)) {
      word.removeLast(2)
      return
    }
    if singularSuffixes.contains(where: word.ends(with:)) { return }
    word.removeLast()
  }

  /// The singular of a word (for callers outside the tokenizer).
  static func singular(_ word: String) -> String {
    var bytes = Array(word.utf8)
    makeSingular(&bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Array where Element == UInt8 {
  @inline(__always)
  func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
  }
}
