import CommonMark

/// Lint: a GitHub-style pipe table, which CommonMark shows as plain text.
public struct GFMTableRule: LintRule {
  public let description = LintRuleDescription(
    id: "gfm-table", name: "Pipe table",
    description: "A GitHub-style pipe table is not CommonMark: the report would show its pipes as text",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Speakers\n\n↓| Name | Role |\n|------|------|\n| A | Chair |\n"),
      LintExample.note("## Discussion\n\n- item\n\n  ↓Owner | Due\n  :--- | ---:\n  UNDP | Oct\n"),
    ],
    nonTriggering: [
      LintExample.note("## Discussion\n\nA | B is a choice, not a table.\n"),
      LintExample.note("## Discussion\n\n```\n| a | b |\n|---|---|\n```\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let document = file.document else { return [] }
    var found: [RawFinding] = []
    document.root.forEachNode { node in
      guard node.kind == .paragraph else { return true }
      let lines = InlineText.lines(of: node).map(\.text)
      if lines.count >= 2, lines[0].contains("|"), Self.isDelimiterRow(lines[1]), let range = node.range {
        found.append(RawFinding(range.start, "pipe table: CommonMark shows it as text; use a list instead"))
      }
      return false
    }
    return found
  }

  /// `|---|:---:|`, `--- | ---`: cells of dashes with optional colons.
  static func isDelimiterRow(_ line: String) -> Bool {
    var text = line.trimmingBlanks
    if text.hasPrefix("|") { text.removeFirst() }
    if text.hasSuffix("|") { text.removeLast() }
    let cells = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingBlanks }
    guard cells.count >= 2 || line.contains("|") else { return false }
    return cells.allSatisfy { cell in
      var body = Substring(cell)
      if body.hasPrefix(":") { body.removeFirst() }
      if body.hasSuffix(":") { body.removeLast() }
      return !body.isEmpty && body.allSatisfy { $0 == "-" }
    }
  }
}
