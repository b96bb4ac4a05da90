/// Lint: TODO, TBD, XXX or `??` left in the text.
public struct TodoMarkerRule: LintRule {
  public let description = LintRuleDescription(
    id: "todo-marker", name: "TODO marker",
    description: "TODO, TBD, XXX or '??' left in the notes",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Purpose\n\nSpeaker from ↓TBD ministry; check name↓??\n"),
      LintExample("---\ntitle: \"↓TODO title\"\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Discussion\n\n↓XXX fill in\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nThe todo list was short. Who? Why?\n"),
      LintExample.note("## Discussion\n\nTBDs and XXXL sizes are words, not markers.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    var findings: [RawFinding] = []
    for (offset, line) in file.lines.enumerated() where line.contains("TODO") || line.contains("TBD") || line.contains("XXX") || line.contains("??") {
      if line.contains("rapporteur-disable") { continue }
      let bytes = Array(line.utf8)
      var index = 0
      while index < bytes.count {
        if let marker = Self.marker(in: bytes, at: index) {
          findings.append(RawFinding(line: offset + 1, column: index + 1, "'\(marker)' left in the notes"))
          index += marker.utf8.count
          while index < bytes.count, bytes[index] == UInt8(ascii: "?") { index += 1 }
        } else {
          index += 1
        }
      }
    }
    return findings
  }

  /// A marker starting at `index`: a whole word TODO, TBD or XXX, or two question marks.
  static func marker(in bytes: [UInt8], at index: Int) -> String? {
    if bytes[index] == UInt8(ascii: "?"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?") {
      return "??"
    }
    for word in ["TODO", "TBD", "XXX"] {
      let utf8 = Array(word.utf8)
      guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else { continue }
      let before = index == 0 ? UInt8(ascii: " ") : bytes[index - 1]
      let after = index + utf8.count < bytes.count ? bytes[index + utf8.count] : UInt8(ascii: " ")
      if isWordByte(before) || isWordByte(after) { continue }
      return word
    }
    return nil
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
  }
}
