/// Lint: an action item without a due date, or with one that cannot be meant: a day its month
/// lacks, or a day before the session.
public struct ActionNoDueRule: LintRule {
  public let description = LintRuleDescription(
    id: "action-no-due", name: "Action without due date",
    description: "An action item should say when it is due (by 31 October 2017, by 2017-10-31, within two weeks, …)",
    defaultSeverity: .info,
    triggering: [
      LintExample.note("## Action items\n\n- ↓UNDP to convene a follow-up call.\n- Secretariat to publish the report by 2017-10-31.\n"),
      LintExample.note("## Discussion\n\nText.\n\nTODO: ↓UNDP to check the venue before the next meeting.\n"),
      LintExample.note("## Action items\n\n- ↓OHCHR to convene the group by 31 September 2017.\n- ↓UNDP to report by 2017-02-30.\n"),
      LintExample.note("## Action items\n\n- ↓UNDP to share the mapping by 15 September.\n- ↓OHCHR to report by 2016-10-31.\n"),
      // "within two weeks" of a session whose date is no day of the calendar.
      LintExample("---\ntitle: T\ndate: \"2023-11-31\"\ntime: \"10:00-11:00\"\n---\n## Action items\n\n- ↓UNDP to share the mapping within two weeks.\n"),
    ],
    nonTriggering: [
      LintExample.note("## Action items\n\n- UNDP to convene a call within two weeks.\n- CSOs to reply by end of October.\n"),
      LintExample.note("## Action items\n\n- Secretariat to circulate notes, due: 2017-10-05.\n"),
      LintExample.note("## Action items\n\n- UNDP to report by 21 September.\n- [x] OHCHR to share the list by 15 September.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    let sessionDate = file.session.flatMap { CalendarDate(iso: $0.date) }
    return (file.extract?.actions ?? []).filter { !$0.done }.compactMap { action in
      if let due = action.due {
        guard let sessionDate, let date = CalendarDate(iso: due), date < sessionDate else { return nil }
        // "by 31 March" at an April session: the notes gave no year, and the one read is past.
        if let words = action.evidence.first(where: { $0.rule == "due" })?.words.trimmingCharacters(in: " .,;:"),
          words.range(of: "\\d{4}", options: .regularExpression) == nil,
          let next = CalendarDate(year: date.year + 1, month: date.month, day: date.day)
        {
          return RawFinding(
            action.location,
            "action item's date '\(words)' gives no year and falls before the session on \(sessionDate) (read as \(date)); write the year, e.g. 'by \(next.longDescription)'")
        }
        return RawFinding(
          action.location, "action item is due on \(date), before the session on \(sessionDate); correct the date")
      }
      if let words = DueDateResolver.impossibleDate(in: action.text, sessionDate: sessionDate) {
        return RawFinding(action.location, "action item's due date '\(words)' is not a day of the calendar; correct it")
      }
      // "within two weeks" counts from the session's day: without a valid one it cannot be read.
      if sessionDate == nil, let reference = CalendarDate(year: 2000, month: 1, day: 3),
        let due = DueDateResolver.find(in: action.text, sessionDate: reference)
      {
        let words = due.words.trimmingCharacters(in: " .,;:")
        return RawFinding(
          action.location, "action item's date '\(words)' counts from the session's day, which the front matter does not give as a valid 'date'; correct the session's date")
      }
      // The example dates are a month after the session, as a follow-up often is.
      let written = sessionDate.map { $0.adding(months: 1).endOfMonth }
        .map { "'by \($0.longDescription)', 'by \($0)'" } ?? "'by 31 October' with its year, 'by YYYY-MM-DD'"
      return RawFinding(action.location, "action item has no due date; add \(written) or 'within two weeks'")
    }
  }
}
