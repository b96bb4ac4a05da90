import Foundation

/// Turns a file's bytes into text: UTF-8 (a byte-order mark is dropped), line endings normalised
/// to LF so that line numbers agree with every editor. Notes get a lenient reading too, so that a
/// note saved by an older editor is built with all its words instead of stopping the build.
public enum TextDecoding {
  /// Returns the text, or the offset of the first byte that is not valid UTF-8.
  public static func decode(_ data: [UInt8]) -> Result<String, InvalidUTF8> {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let offset = firstInvalidUTF8Offset(bytes) {
      return .failure(InvalidUTF8(byteOffset: offset + (data.count - bytes.count)))
    }
    return .success(normalisingLineEnds(String(decoding: bytes, as: UTF8.self)))
  }

  public struct InvalidUTF8: Error, Equatable, Sendable {
    public var byteOffset: Int

    /// The error for a settings or template file of `data` that is not UTF-8, at the line and
    /// column of its first bad byte.
    public func error(_ kind: RapporteurError.Kind, file: String, data: [UInt8], prefix: String = "the file ")
      -> RapporteurError
    {
      let position = TextDecoding.position(ofByte: byteOffset, in: data)
      return RapporteurError(
        kind, file: file, line: position.line, column: position.column,
        "\(prefix)is not valid UTF-8 text: first bad byte on line \(position.line), column \(position.column); save it as UTF-8")
    }
  }

  /// A note's text, and where its bytes stopped being UTF-8 when they did.
  public struct NoteText: Sendable {
    public var text: String
    /// The offset of the first byte that is not UTF-8, when the text was read leniently.
    public var firstInvalidByte: Int?
  }

  /// Reads a note's bytes: UTF-8; UTF-16 when a byte-order mark says so; otherwise, when the bytes
  /// still look like text (hardly any control characters), every UTF-8 sequence as UTF-8 and every
  /// other byte as the Windows-1252 character it stands for there (`\xE9` is `é`, `\x93` is `“`),
  /// so no word is lost. Bytes that look binary fail, with the first byte that is not UTF-8.
  public static func decodeNote(_ data: [UInt8]) -> Result<NoteText, InvalidUTF8> {
    if let text = utf16(data) { return .success(NoteText(text: replacingControls(normalisingLineEnds(text), keepingNUL: true))) }
    switch decode(data) {
    case let .success(text):
      return .success(NoteText(text: replacingControls(text, keepingNUL: true)))
    case let .failure(invalid):
      guard looksLikeText(data) else { return .failure(invalid) }
      let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data[3...] : data[...]
      let text = replacingControls(normalisingLineEnds(windows1252Mixed(body)), keepingNUL: true)
      return .success(NoteText(text: text, firstInvalidByte: invalid.byteOffset))
    }
  }

  /// The text with control characters other than tab, line feed and carriage return (C0, DEL and
  /// C1: `ESC`, `\x01`, …) replaced by U+FFFD: HTML may not hold them, and on a terminal they
  /// would act. A note's NUL bytes are kept, for the linter to name the file as binary (CommonMark
  /// replaces them itself); a NUL written as a YAML escape goes too.
  public static func replacingControls(_ text: String, keepingNUL: Bool) -> String {
    func isControl(_ value: UInt32) -> Bool {
      (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D && !(keepingNUL && value == 0))
        || (0x7F...0x9F).contains(value)
    }
    // Most texts hold none: one pass over the bytes says so (C1 characters are 0xC2 0x80–0x9F).
    let utf8 = text.utf8
    var previous: UInt8 = 0
    let hasControl = utf8.contains { byte in
      defer { previous = byte }
      return isControl(UInt32(byte)) && byte < 0x80 || (previous == 0xC2 && (0x80...0x9F).contains(byte))
    }
    guard hasControl else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(isControl(scalar.value) ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }

  /// Text with a UTF-16 byte-order mark, decoded; `nil` for other bytes or broken UTF-16.
  static func utf16(_ data: [UInt8]) -> String? {
    guard data.count >= 2, data.count % 2 == 0 else { return nil }
    let littleEndian: Bool
    switch (data[0], data[1]) {
    case (0xFF, 0xFE): littleEndian = true
    case (0xFE, 0xFF): littleEndian = false
    default: return nil
    }
    var units: [UInt16] = []
    units.reserveCapacity(data.count / 2 - 1)
    var index = 2
    while index + 1 < data.count {
      let (low, high) = littleEndian ? (data[index], data[index + 1]) : (data[index + 1], data[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    var text = ""
    var iterator = units.makeIterator()
    var decoder = UTF16()
    while true {
      switch decoder.decode(&iterator) {
      case let .scalarValue(scalar): text.unicodeScalars.append(scalar)
      case .emptyInput: return text
      case .error: return nil
      }
    }
  }

  /// Whether bytes read as text: fewer than one in a hundred are control characters other than
  /// tab, line feed, form feed and carriage return. Binary data has about one in ten.
  static func looksLikeText(_ data: [UInt8]) -> Bool {
    var controls = 0
    for byte in data where byte < 0x20 || byte == 0x7F {
      switch byte {
      case 0x09, 0x0A, 0x0C, 0x0D: continue
      default: controls += 1
      }
    }
    return controls * 100 < data.count
  }

  /// The characters Windows-1252 puts at 0x80–0x9F (U+FFFD for its five unused bytes); the bytes
  /// from 0xA0 are the Latin-1 characters of the same number.
  static let windows1252High: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
    0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0xFFFD, 0x017E, 0x0178,
  ]

  /// UTF-8 sequences as UTF-8, every other byte as Windows-1252: a note mostly written in UTF-8 with
  /// a few pasted Windows-1252 bytes keeps both.
  static func windows1252Mixed(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let length = validSequenceLength(bytes, at: index)
      if length > 0 {
        scalars.append(contentsOf: String(decoding: bytes[index..<(index + length)], as: UTF8.self).unicodeScalars)
        index += length
        continue
      }
      let byte = bytes[index]
      let value = byte >= 0x80 && byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
      scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      index += 1
    }
    return String(scalars)
  }

  private static func normalisingLineEnds(_ text: String) -> String {
    guard text.utf8.contains(13) else { return text }
    return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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
      if bytes[index] < 0x80 {
        index += 1
        continue
      }
      let length = validSequenceLength(bytes[...], at: index)
      if length == 0 { return index }
      index += length
    }
    return nil
  }

  /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 when none does.
  static func validSequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return 1 }
    let length: Int
    var minimum: UInt32
    var value: UInt32
    switch byte {
    case 0xC2...0xDF: length = 2; value = UInt32(byte & 0x1F); minimum = 0x80
    case 0xE0...0xEF: length = 3; value = UInt32(byte & 0x0F); minimum = 0x800
    case 0xF0...0xF4: length = 4; value = UInt32(byte & 0x07); minimum = 0x10000
    default: return 0
    }
    guard index + length <= bytes.endIndex else { return 0 }
    for offset in 1..<length {
      let next = bytes[index + offset]
      guard next & 0xC0 == 0x80 else { return 0 }
      value = (value << 6) | UInt32(next & 0x3F)
    }
    if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return 0 }
    return length
  }
}
