/// Lint: an agenda item outside the session's `time`.
public struct AgendaOutsideSessionRule: LintRule {
  public let description = LintRuleDescription(
    id: "agenda-outside-session", name: "Agenda outside session",
    description: "Agenda items must fall within the session's time",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Agenda\n\n- 13:15–13:25 Introduction\n- ↓14:50–15:10 Wrap-up\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"22:30-00:45\"\n---\n## Agenda\n\n- ↓22:00–22:30 Arrival\n- 23:55–00:30 Brackets\n- ↓00:45–01:00 Taxis\n"),
      LintExample.note("## Programme\n\n- ↓12:45–13:15 Registration\n- 13:15–14:00 Panel\n"),
      LintExample.note("## Agenda\n\n- ↓12:45pm–1:15pm Registration\n- 1:15pm–2pm Panel\n- ↓2:30pm–4pm Discussion\n- ↓12h30–13h00 Lunch\n"),
      LintExample.note("## Agenda\n\n- 13:15 Opening\n- 14:00 Panel\n- ↓16:00 Reception\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: 2pm-3:30pm\n---\n## Agenda\n\n- 2pm–2:45pm Panel\n- ↓3pm-4pm Discussion\n- ↓13h30–14h00 Registration\n"),
    ],
    nonTriggering: [
      LintExample.note("## Agenda\n\n- 13:15–13:25 Introduction\n- 14:50–15:00 Wrap-up\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: not known\n---\n## Agenda\n\n- 08:00–09:00 Breakfast\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"9.30–11.00\"\n---\n## Agenda\n\n- 9.30–10.15 Opening\n- 10:15am–11am Panel\n- 11:00 Close\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"22:30-00:45\"\n---\n## Agenda\n\n- 22:30–23:55 Reading\n- 23:55–00:30 Brackets\n- 00:30–00:45 Adoption\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session, let time = session.time else { return [] }
    return session.agenda.filter { !time.contains($0.time.onClock(of: time)) }.map { item in
      RawFinding(item.location, "agenda item \(item.timeDescription) falls outside the session's \(time.description)")
    }
  }
}

extension AgendaItem {
  /// `13:15–13:25`, or `at 13:15` for an item that gives its start only.
  var timeDescription: String {
    time.start == time.end ? "at \(time.startText)" : time.description
  }
}
