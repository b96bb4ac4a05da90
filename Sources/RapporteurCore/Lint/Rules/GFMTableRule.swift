import CommonMark

/// Lint: a GitHub-style pipe table, which CommonMark shows as plain text.
public struct GFMTableRule: LintRule {
  public let description = LintRuleDescription(
    id: "gfm-table", name: "Pipe table",
    description: "A GitHub-style pipe table or footnote is not CommonMark: the report would show its pipes or its [^1] as text",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Speakers\n\n↓| Name | Role |\n|------|------|\n| A | Chair |\n"),
      LintExample.note("## Discussion\n\n- item\n\n  ↓Owner | Due\n  :--- | ---:\n  UNDP | Oct\n"),
      LintExample.note("## Discussion\n\nPrisons are full.↓[^1]\n\n↓[^1]: Regional survey, 2016.\n"),
    ],
    nonTriggering: [
      LintExample.note("## Discussion\n\nA | B is a choice, not a table.\n"),
      LintExample.note("## Discussion\n\n```\n| a | b |\n|---|---|\n```\n"),
      LintExample.note("## Discussion\n\nA survey [1] found it; see [the list][l] and [^ this].\n\n[l]: https://example.org\n"),
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
      // "…since 2014.[^1]" and "[^1]: Regional survey, 2016.": a footnote and its text.
      for line in InlineText.lines(of: node) where line.text.contains("[^") {
        guard let marker = Self.footnoteMarker(in: line.text) else { continue }
        var location = line.location
        location.column += line.text.utf8.distance(from: line.text.startIndex, to: marker.lowerBound)
        let label = line.text[marker]
        found.append(RawFinding(location, "footnote \(label): CommonMark shows it as text; give the source in brackets where it is cited"))
      }
      return false
    }
    return found
  }

  /// The first footnote mark of a line, "[^1]" or "[^note]": a caret, then a label without blanks.
  static func footnoteMarker(in text: String) -> Range<String.Index>? {
    var rest = text[...]
    while let open = rest.range(of: "[^") {
      let label = text[open.upperBound...].prefix { $0 != "]" && !$0.isWhitespace && $0 != "[" }
      let end = label.endIndex
      if !label.isEmpty, end < text.endIndex, text[end] == "]" { return open.lowerBound..<text.index(after: end) }
      rest = text[open.upperBound...]
    }
    return nil
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
