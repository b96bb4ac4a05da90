/// Lint: an agenda item outside the session's `time`.
public struct AgendaOutsideSessionRule: LintRule {
  public let description = LintRuleDescription(
    id: "agenda-outside-session", name: "Agenda outside session",
    description: "Agenda items must fall within the session's time",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Agenda\n\n- 13:15–13:25 Introduction\n- ↓14:50–15:10 Wrap-up\n"),
      LintExample.note("## Programme\n\n- ↓12:45–13:15 Registration\n- 13:15–14:00 Panel\n"),
    ],
    nonTriggering: [
      LintExample.note("## Agenda\n\n- 13:15–13:25 Introduction\n- 14:50–15:00 Wrap-up\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: not known\n---\n## Agenda\n\n- 08:00–09:00 Breakfast\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session, let time = session.time else { return [] }
    return session.agenda.filter { !time.contains($0.time) }.map { item in
      RawFinding(item.location, "agenda item \(item.time.description) falls outside the session's \(time.description)")
    }
  }
}
