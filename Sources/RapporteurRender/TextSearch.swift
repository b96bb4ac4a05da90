import Foundation
import RapporteurCore

/// Byte search over lower-cased ASCII texts, for phrases looked for again and again in one text.
enum TextSearch {
  /// The lower-cased ASCII bytes of `text`, or `nil` when it is not ASCII.
  static func lowercasedASCII(_ text: String) -> [UInt8]? {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
    return text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
  }

  /// The byte offset of the first occurrence of `needle` in `haystack`.
  static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pattern in TextBytes.firstOffset(of: pattern, in: hay) }
    }
  }
}
