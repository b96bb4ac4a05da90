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

  public func check(corpus files: [LintFile]) -> [(file: String, finding: RawFinding)] {
    var first: [String: String] = [:]
    var findings: [(file: String, finding: RawFinding)] = []
    for file in files {
      guard let session = file.session else { continue }
      if let earlier = first[session.id] {
        let value = session.frontMatter["id"]
        let line = value?.line ?? session.frontMatterLine
        let column = value == nil ? 1 : file.valueColumn(line: line, key: "id")
        findings.append(
          (file.path, RawFinding(line: line, column: column, "session id '\(session.id)' is also used by \(earlier)")))
      } else {
        first[session.id] = file.path
      }
    }
    return findings
  }
}
