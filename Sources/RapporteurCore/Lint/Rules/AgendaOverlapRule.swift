/// Lint: two agenda items whose times overlap.
public struct AgendaOverlapRule: LintRule {
  public let description = LintRuleDescription(
    id: "agenda-overlap", name: "Agenda overlap",
    description: "Agenda items must not overlap in time (each day of a multi-day agenda on its own)",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Format\n\n- 13:15–13:25 Introduction by the Chair\n- ↓13:20–14:00 Speakers\n- 14:00–14:50 Q&A\n"),
      LintExample.note("## Agenda\n\n- 13:15-14:00 Panel\n- 14:00-14:30 Q&A\n- ↓13:30-13:45 Break\n"),
      LintExample.note("## Agenda\n\n- 2pm–2:45pm Panel\n- ↓2:30pm–3pm Discussion\n- ↓14h40–15h00 Close\n- ↓2.10–2.20pm Break\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"22:30-00:45\"\n---\n## Agenda\n\n- 23:30–00:30 Brackets\n- ↓00:15–00:40 Adoption\n"),
    ],
    nonTriggering: [
      LintExample.note("## Format\n\n- 13:15–13:25 Introduction\n- 13:25–14:00 Speakers\n- 14:00–15:00 Q&A\n"),
      // A multi-day agenda: each day under its sub-heading or label.
      LintExample.note(
        "## Agenda\n\n### Day 1 (21 September)\n\n- 09:00-12:00 Module 1\n\n### Day 2 (22 September)\n\n- 09:00-12:00 Module 3\n\n**Day 3**\n\n- 09:00-12:00 Module 5\n"),
      LintExample.note("## Discussion\n\n- 13:15–14:00 was the first half\n- 13:30–14:30 was noisy\n"),
      LintExample.note("## Agenda\n\n- 1:15pm–2pm Panel\n- 14h00–14h30 Q&A\n- 2:30 p.m. to 3 p.m. Close\n- 13:15 Opening\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"22:30-00:45\"\n---\n## Agenda\n\n- 22:30–23:55 Reading\n- 23:55–00:30 Brackets\n- 00:30–00:45 Adoption\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    var findings: [RawFinding] = []
    // The first item (in the order of the notes) that holds each minute of the day: an item
    // overlaps the earliest item holding one of its minutes. Linear in the number of items.
    // Two days' minutes: a session may run past midnight.
    var holder = [Int](repeating: -1, count: 2 * TimeRange.day + 1)
    // Each day of a multi-day agenda has its own clock.
    var part = session.agenda.first?.part ?? 0
    for (index, item) in session.agenda.enumerated() {
      if item.part != part {
        part = item.part
        holder = [Int](repeating: -1, count: holder.count)
      }
      let time = item.time.onClock(of: session.time)
      let minutes = max(0, time.start)..<min(holder.count, max(time.start, time.end))
      var earliest: Int?
      for minute in minutes {
        let held = holder[minute]
        if held < 0 {
          holder[minute] = index
        } else if earliest.map({ held < $0 }) ?? true {
          earliest = held
        }
      }
      guard let earliest else { continue }
      let earlier = session.agenda[earliest]
      findings.append(
        RawFinding(
          item.location,
          "agenda item \(item.time.description) overlaps \(earlier.time.description) on line \(earlier.location.line)"))
    }
    return findings
  }
}
