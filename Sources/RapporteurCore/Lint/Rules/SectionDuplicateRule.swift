/// Lint: the same section twice (by name or synonym).
public struct SectionDuplicateRule: LintRule {
  public let description = LintRuleDescription(
    id: "section-duplicate", name: "Section duplicate",
    description: "A section must appear once; a second heading with the same meaning splits its content",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Purpose\n\nText.\n\n↓## Purpose\n\nMore.\n"),
      LintExample.note("## Next steps\n\n- UNDP to act.\n\n## Discussion\n\nText.\n\n↓## Action items\n\n- CSOs to act.\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nText.\n\n## Discussion\n\n### Purpose of the plan\n\nText.\n"),
      LintExample.note("## Notes\n\nText.\n\n## Notes\n\nText.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    var seen: [SectionID: Int] = [:]
    var findings: [RawFinding] = []
    for section in session.sections {
      guard let id = section.id else { continue }
      if let first = seen[id] {
        findings.append(
          RawFinding(
            section.headingRange?.start ?? .init(line: section.line, column: 1),
            "section '\(section.heading)' repeats the \(id.title) section of line \(first)"))
      } else {
        seen[id] = section.line
      }
    }
    return findings
  }
}
