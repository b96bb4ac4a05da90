/// Lint: a note must open with YAML front matter between `---` lines.
public struct FrontMatterMissingRule: LintRule {
  public let description = LintRuleDescription(
    id: "front-matter-missing", name: "Front matter missing",
    description: "A note must open with YAML front matter between '---' lines (title, date, time, …)",
    defaultSeverity: .error,
    triggering: [
      LintExample("↓## Purpose\n\nTo share practice.\n"),
      LintExample("\n↓title: Forgot the dashes\ndate: \"2017-09-21\"\n\n## Purpose\n\nText.\n"),
      LintExample("↓"),
      LintExample("↓+++\ntitle = \"T\"\n+++\n\n## Purpose\n\nText.\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nTo share practice.\n"),
      LintExample("<!-- notes by the rapporteur -->\n---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n"),
      LintExample("\n\n---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard case let .failure(error) = file.load, error.kind == .frontMatterMissing else { return [] }
    if SessionLoader.isTOMLDelimiter(file.line(error.line ?? 1)) {
      return [
        RawFinding(
          line: error.line ?? 1, "front matter is in TOML ('+++'), which is not read; write it as YAML ('title: …') between '---' lines")
      ]
    }
    return [RawFinding(line: error.line ?? 1, "no front matter; start the note with '---', the fields (title, date, time…) and '---'")]
  }
}
