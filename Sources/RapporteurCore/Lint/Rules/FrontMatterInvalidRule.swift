/// Lint: the front matter must be YAML that parses, closed by a second `---` line.
public struct FrontMatterInvalidRule: LintRule {
  public let description = LintRuleDescription(
    id: "front-matter-invalid", name: "Front matter invalid",
    description: "The front matter must be YAML that parses, a map of fields, closed by a '---' line",
    defaultSeverity: .error,
    triggering: [
      LintExample("---\ntitle: A\ndate: [2017-09-21\n↓time: \"10:00-11:00\"\n---\n\n## Purpose\n\nText.\n"),
      LintExample("↓---\ntitle: Never closed\ndate: \"2017-09-21\"\n\n## Purpose\n"),
      LintExample("---\n↓- just\n- a list\n---\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nText: with a colon.\n"),
      LintExample("---\ntitle: \"Quoted: fine\"\ndate: 2017-09-21\ntime: 10:00-11:00\ntags: [gender]\n---\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard case let .failure(error) = file.load, error.kind == .frontMatterInvalid else { return [] }
    return [RawFinding(line: error.line ?? 1, error.message)]
  }
}
