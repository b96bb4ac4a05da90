import CommonMark

/// Lint: two notes with the same session id (given as `id:` or taken from the file name).
public struct SessionIDDuplicateRule: CorpusLintRule {
  public let description = LintRuleDescription(
    id: "session-id-duplicate", name: "Session id duplicate",
    description: "Each session needs its own id; two notes with one id collide in the report",
    defaultSeverity: .error,
    triggering: [
      LintExample(
        "---\nid: ↓opening\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n",
        others: [LintExample.standardFrontMatter(id: "opening")]),
      LintExample(
        "↓---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n",
        others: [LintExample.standardFrontMatter(id: "example")]),
    ],
    nonTriggering: [
      LintExample(
        "---\nid: closing\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n",
        others: [LintExample.standardFrontMatter(id: "opening")]),
      LintExample.note("## Purpose\n\nText.\n", others: [LintExample.standardFrontMatter(id: "other")]),
    ])

  public init() {}

  public func entry(for file: LintFile) -> CorpusEntry? {
    guard let session = file.session else { return nil }
    let value = session.frontMatter["id"]
    let line = value?.line ?? session.frontMatterLine
    let column = value == nil ? 1 : file.valueColumn(line: line, key: "id")
    return CorpusEntry(path: file.path, key: session.id, location: SourceLocation(line: line, column: column))
  }

  public func check(corpus entries: [CorpusEntry]) -> [(entry: Int, message: String)] {
    var first: [String: String] = [:]
    var findings: [(entry: Int, message: String)] = []
    for (index, entry) in entries.enumerated() {
      if let earlier = first[entry.key] {
        findings.append((index, "session id '\(entry.key)' is also used by \(earlier)"))
      } else {
        first[entry.key] = entry.path
      }
    }
    return findings
  }
}
