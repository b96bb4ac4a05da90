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
    for (offset, line) in file.lines.enumerated() {
      // Every marker starts with one of these bytes; most lines hold none.
      guard line.utf8.contains(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "?") })
      else { continue }
      let bytes = Array(line.utf8)
      var found: [RawFinding] = []
      var index = 0
      while index < bytes.count {
        if let marker = Self.marker(in: bytes, at: index) {
          found.append(RawFinding(line: offset + 1, column: index + 1, "'\(marker)' left in the notes"))
          index += marker.utf8.count
          while index < bytes.count, bytes[index] == UInt8(ascii: "?") { index += 1 }
        } else {
          index += 1
        }
      }
      // Foundation's search decides on other text (it may see a marker as part of an accented character).
      guard !found.isEmpty, (Self.words + ["??"]).contains(where: { line.containsText($0) }),
        !line.containsText("rapporteur-disable")
      else { continue }
      findings += found
    }
    return findings
  }

  static let words = ["TODO", "TBD", "XXX"]

  /// A marker starting at `index`: a whole word TODO, TBD or XXX, or two question marks.
  static func marker(in bytes: [UInt8], at index: Int) -> String? {
    if bytes[index] == UInt8(ascii: "?"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?") {
      return "??"
    }
    guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: "X") else { return nil }
    for word in words {
      guard bytes[index...].starts(with: word.utf8) else { continue }
      let before = index == 0 ? UInt8(ascii: " ") : bytes[index - 1]
      let end = index + word.utf8.count
      let after = end < bytes.count ? bytes[end] : UInt8(ascii: " ")
      if isWordByte(before) || isWordByte(after) { continue }
      return word
    }
    return nil
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
  }
}
