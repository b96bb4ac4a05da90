import Foundation

extension String {
  /// Whether any of `needles` (byte strings) occurs in the text.
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
  /// Whether any of `needles` occurs in `bytes`, each looked for by the C library's `memchr`
  /// (which compares many bytes at a time) and `memcmp`.
  public static func containsAny(_ needles: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    needles.contains { needle in
      needle.withUnsafeBufferPointer { firstOffset(of: $0, in: bytes) != nil }
    }
  }
}

extension Collection where Element == UInt8 {
  /// Whether the bytes `needle` occur in order in `self`.
  func containsBytes<Needle: Collection<UInt8>>(_ needle: Needle) -> Bool {
    guard let first = needle.first else { return true }
    if let found = withContiguousStorageIfAvailable({ hay in
      needle.withContiguousStorageIfAvailable { TextBytes.firstOffset(of: $0, in: hay) != nil }
    }), let found {
      return found
    }
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
    guard let needle = pattern.baseAddress, let base = hay.baseAddress, !pattern.isEmpty, pattern.count <= hay.count else {
      return nil
    }
    // `memchr` finds the candidates (many bytes at a time), `memcmp` checks the rest.
    let first = Int32(needle.pointee)
    let last = hay.count - pattern.count
    var start = 0
    while start <= last, let found = memchr(base + start, first, last - start + 1) {
      let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
      if memcmp(base + offset + 1, needle + 1, pattern.count - 1) == 0 { return offset }
      start = offset + 1
    }
    return nil
  }
}
