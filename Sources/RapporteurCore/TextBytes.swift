import Foundation

extension String {
  /// Whether any of `needles` (byte strings) occurs in the text, in one pass over its bytes that
  /// looks further only at bytes some needle starts with.
  func containsAnyBytes(_ needles: [[UInt8]]) -> Bool {
    var text = self
    return text.withUTF8 { TextBytes.containsAny(needles, in: $0) }
  }

  /// Whether any of `needles` (byte strings in small letters) occurs in the text, whatever the
  /// case of its ASCII letters: " states that" in "The Charter STATES THAT …".
  public func containsAnyBytesIgnoringCase(_ needles: [[UInt8]]) -> Bool {
    var text = self
    return text.withUTF8 { bytes in
      needles.contains { needle in
        guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
        for start in 0...(bytes.count - needle.count) where bytes[start].asciiLowercased == first {
          var matched = 1
          while matched < needle.count, bytes[start + matched].asciiLowercased == needle[matched] { matched += 1 }
          if matched == needle.count { return true }
        }
        return false
      }
    }
  }
}

public enum TextBytes {
  /// Whether any of `needles` occurs in `bytes`: one pass, looking further only at bytes some
  /// needle starts with.
  public static func containsAny(_ needles: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var starts = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    func mark(_ byte: UInt8) {
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: starts.0 |= bit
      case 1: starts.1 |= bit
      case 2: starts.2 |= bit
      default: starts.3 |= bit
      }
    }
    func marked(_ byte: UInt8) -> Bool {
      let bit = UInt64(1) << UInt64(byte & 63)
      switch byte >> 6 {
      case 0: return starts.0 & bit != 0
      case 1: return starts.1 & bit != 0
      case 2: return starts.2 & bit != 0
      default: return starts.3 & bit != 0
      }
    }
    for needle in needles { if let first = needle.first { mark(first) } }
    for index in bytes.indices where marked(bytes[index]) {
      for needle in needles where needle.first == bytes[index] && index + needle.count <= bytes.count {
        if bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
      }
    }
    return false
  }
}

extension Collection where Element == UInt8 {
  /// Whether the bytes `needle` occur in order in `self`.
  func containsBytes<Needle: Collection<UInt8>>(_ needle: Needle) -> Bool {
    guard let first = needle.first else { return true }
    var start = startIndex
    while let found = self[start...].firstIndex(of: first) {
      if self[found...].starts(with: needle) { return true }
      start = index(after: found)
    }
    return false
  }
}

/// Character classes of ASCII bytes, for scans of UTF-8 text that fall back to `Character`
/// properties outside ASCII.
extension UInt8 {
  var isASCIICapital: Bool { self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") }
  /// The byte with an ASCII capital made small.
  var asciiLowercased: UInt8 { isASCIICapital ? self | 0x20 : self }
  var isASCIISmall: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
  var isASCIILetter: Bool { isASCIICapital || isASCIISmall }
  var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}

extension StringProtocol {
  /// Whether every byte of the text is ASCII (so each byte is one `Character`, bar `\r\n`).
  var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

  /// The text's bytes with ASCII capitals made small, when every byte is ASCII; `nil` otherwise.
  public var lowercasedASCIIBytes: [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for byte in utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append(byte.isASCIICapital ? byte | 0x20 : byte)
    }
    return bytes
  }
}

/// Literal search for a `String`, byte by byte over UTF-8 where that finds what Foundation finds.
///
/// Foundation's `range(of:)` and `contains(_:)` convert both texts to UTF-16 on every call, and
/// the rules call them millions of times on a large event. These overloads take a concrete
/// `String` argument, so the compiler picks them over Foundation's generic ones in this module
/// and in the modules that import it. A needle of ASCII and of punctuation that has no other
/// canonical form (dashes, quotes, arrows) is searched for in the text's bytes; a match stands
/// when its ends fall between characters (not before a combining accent, nor between the two
/// halves of `\r\n`), as Foundation's search requires. Any other case — a needle with letters
/// beyond ASCII, an empty one, a match inside a character — is left to Foundation, so every
/// answer is Foundation's.
extension StringProtocol {
  public func range(of needle: String) -> Range<String.Index>? {
    guard !needle.isEmpty, TextBytes.searchableByBytes(needle) else { return range(of: needle, options: []) }
    var needle = needle
    // The byte offset of the first match, `-1` for none; `nil` when Foundation must search.
    let found: Int? = needle.withUTF8 { pattern -> Int? in
      utf8.withContiguousStorageIfAvailable { TextBytes.firstOffset(of: pattern, in: $0) ?? -1 } ?? nil
    }
    guard let found else { return range(of: needle, options: []) }
    guard found >= 0 else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: found)
    let end = utf8.index(start, offsetBy: needle.utf8.count)
    guard String.Index(start, within: self) != nil, String.Index(end, within: self) != nil else {
      return range(of: needle, options: [])
    }
    return start..<end
  }

  public func contains(_ needle: String) -> Bool {
    range(of: needle) != nil
  }
}

extension TextBytes {
  /// Whether every character of `needle` has one canonical form only, so that only the same bytes
  /// can match it: ASCII, and the punctuation of Latin-1, General Punctuation and Arrows, less the
  /// four spaces that are canonically other spaces (U+2000–U+2003).
  static func searchableByBytes(_ needle: String) -> Bool {
    needle.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0..<0x80, 0xA0...0xBF, 0x2004...0x206F, 0x2190...0x21FF: return true
      default: return false
      }
    }
  }

  /// The offset of the first occurrence of `pattern` in `hay`.
  static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = pattern.first, pattern.count <= hay.count else { return nil }
    var start = 0
    let last = hay.count - pattern.count
    while start <= last {
      if hay[start] == first {
        var matched = 1
        while matched < pattern.count, hay[start + matched] == pattern[matched] { matched += 1 }
        if matched == pattern.count { return start }
      }
      start += 1
    }
    return nil
  }
}
