/// Lint: two agenda items whose times overlap.
public struct AgendaOverlapRule: LintRule {
  public let description = LintRuleDescription(
    id: "agenda-overlap", name: "Agenda overlap",
    description: "Agenda items must not overlap in time",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Format\n\n- 13:15–13:25 Introduction by the Chair\n- ↓13:20–14:00 Speakers\n- 14:00–14:50 Q&A\n"),
      LintExample.note("## Agenda\n\n- 13:15-14:00 Panel\n- 14:00-14:30 Q&A\n- ↓13:30-13:45 Break\n"),
    ],
    nonTriggering: [
      LintExample.note("## Format\n\n- 13:15–13:25 Introduction\n- 13:25–14:00 Speakers\n- 14:00–15:00 Q&A\n"),
      LintExample.note("## Discussion\n\n- 13:15–14:00 was the first half\n- 13:30–14:30 was noisy\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    var findings: [RawFinding] = []
    for (index, item) in session.agenda.enumerated() {
      guard let earlier = session.agenda[..<index].first(where: { $0.time.overlaps(item.time) }) else { continue }
      findings.append(
        RawFinding(
          item.location,
          "agenda item \(item.time.description) overlaps \(earlier.time.description) on line \(earlier.location.line)"))
    }
    return findings
  }
}
