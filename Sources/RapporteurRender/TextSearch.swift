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
    guard let offset = firstOffset(of: Array(needle.utf8), in: Array(text.utf8)) else { return nil }
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
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    return haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pattern in
        var start = 0
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
    }
  }
}
