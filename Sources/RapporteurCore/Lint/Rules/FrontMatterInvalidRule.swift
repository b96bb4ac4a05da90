/// Lint: the front matter must be YAML that parses, closed by a second `---` line.
public struct FrontMatterInvalidRule: LintRule {
  public let description = LintRuleDescription(
    id: "front-matter-invalid", name: "Front matter invalid",
    description: "The front matter must be YAML that parses, a map of fields, closed by a '---' line",
    defaultSeverity: .error,
    triggering: [
      LintExample("---\ntitle: A\n↓date: [2017-09-21\ntime: \"10:00-11:00\"\n---\n\n## Purpose\n\nText.\n"),
      LintExample("↓---\ntitle: Never closed\ndate: \"2017-09-21\"\n\n## Purpose\n"),
      LintExample("---\n↓- just\n- a list\n---\n"),
      LintExample("---\ntitle: One\ndate: \"2017-09-21\"\n↓title: Two\ntime: \"10:00-11:00\"\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nvenue: ↓\"Room B\nchair: Ana\n---\n\n## Purpose\n"),
      LintExample("---\ntitle: T\nspeakers:\n  - name: Ana\n    role: chair\n    ↓role: host\n---\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nText: with a colon.\n"),
      LintExample("---\ntitle: \"Quoted: fine\"\ndate: 2017-09-21\ntime: 10:00-11:00\ntags: [gender]\n---\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard case let .failure(error) = file.load, error.kind == .frontMatterInvalid else { return [] }
    let line = error.line ?? 1
    return [RawFinding(line: line, column: error.column.map { file.byteColumn(ofCharacter: $0, on: line) } ?? 1, error.message)]
  }
}
