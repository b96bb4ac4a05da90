import Foundation

/// Turns a file's bytes into text: UTF-8 only (a byte-order mark is dropped), line endings
/// normalised to LF so that line numbers agree with every editor.
public enum TextDecoding {
  /// Returns the text, or the offset of the first byte that is not valid UTF-8.
  public static func decode(_ data: [UInt8]) -> Result<String, InvalidUTF8> {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let offset = firstInvalidUTF8Offset(bytes) {
      return .failure(InvalidUTF8(byteOffset: offset + (data.count - bytes.count)))
    }
    var text = String(decoding: bytes, as: UTF8.self)
    if text.utf8.contains(13) {
      text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
    return .success(text)
  }

  public struct InvalidUTF8: Error, Equatable, Sendable {
    public var byteOffset: Int
  }

  /// The 1-based line and column (in characters, the bad byte counting as one) of the byte at
  /// `offset` of `data`, lines split at `\n` (a `\r\n` counts once).
  public static func position(ofByte offset: Int, in data: [UInt8]) -> (line: Int, column: Int) {
    let end = min(max(0, offset), data.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where data[index] == UInt8(ascii: "\n") {
      line += 1
      lineStart = index + 1
    }
    var column = 1
    var index = lineStart
    if lineStart == 0, data.starts(with: [0xEF, 0xBB, 0xBF]), end >= 3 { index = 3 }  // a byte-order mark is no character
    while index < end {
      // Count the characters before the bad byte: every byte that starts one (a lone `\r` too).
      if data[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return (line, column)
  }

  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      var value: UInt32
      switch byte {
      case 0xC2...0xDF: length = 2; value = UInt32(byte & 0x1F); minimum = 0x80
      case 0xE0...0xEF: length = 3; value = UInt32(byte & 0x0F); minimum = 0x800
      case 0xF0...0xF4: length = 4; value = UInt32(byte & 0x07); minimum = 0x10000
      default: return index
      }
      guard index + length <= count else { return index }
      for offset in 1..<length {
        let next = bytes[index + offset]
        guard next & 0xC0 == 0x80 else { return index }
        value = (value << 6) | UInt32(next & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
      index += length
    }
    return nil
  }
}
