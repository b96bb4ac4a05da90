import Foundation

extension Substring {
  /// Whether `needle` (ASCII) occurs in the text. ASCII text is searched byte by byte; other text
  /// goes through Foundation's search, which compares composed characters (an accent after a
  /// match's last character undoes the match), as the rules always have.
  func containsText(_ needle: String) -> Bool {
    guard isASCII else { return contains(needle) }
    return utf8.containsBytes(needle.utf8)
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
  var isASCIISmall: Bool { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") }
  var isASCIILetter: Bool { isASCIICapital || isASCIISmall }
  var isASCIIDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}

extension StringProtocol {
  /// Whether every byte of the text is ASCII (so each byte is one `Character`, bar `\r\n`).
  var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

  /// The text's bytes with ASCII capitals made small, when every byte is ASCII; `nil` otherwise.
  var lowercasedASCIIBytes: [UInt8]? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    for byte in utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append(byte.isASCIICapital ? byte | 0x20 : byte)
    }
    return bytes
  }
}
