/// Direction overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069). Written by a note,
/// an unclosed one makes the rest of a title or paragraph display reversed ("‮000,01$" shows as
/// "$10,000"), so that a page reads otherwise than its words are written. No output file holds
/// one: the text keeps its other characters, and the reader's own direction rules place them.
public enum DirectionControls {
  /// `text` without them; `text` itself when it has none (most have not even the byte 0xE2 that
  /// begins each of them).
  public static func removed(from text: String) -> String {
    var text = text
    let found = text.withUTF8 { bytes -> Bool in
      guard bytes.count >= 3 else { return false }
      for index in 0..<(bytes.count - 2) where bytes[index] == 0xE2 && isControl(bytes[index + 1], bytes[index + 2]) {
        return true
      }
      return false
    }
    guard found else { return text }
    text.unicodeScalars.removeAll { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    return text
  }

  /// Whether 0xE2 followed by `second` and `third` is one of them: E2 80 AA–AE, E2 81 A6–A9.
  private static func isControl(_ second: UInt8, _ third: UInt8) -> Bool {
    (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
  }
}
