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
      // The example dates are a month after the session, as a follow-up often is.
      let example = sessionDate.map { $0.adding(months: 1).endOfMonth } ?? CalendarDate(year: 2017, month: 10, day: 31)
      let written = example.map { "'by \($0.longDescription)', 'by \($0)'" } ?? "'by 31 October 2017', 'by 2017-10-31'"
      return RawFinding(action.location, "action item has no due date; add \(written) or 'within two weeks'")
    }
  }
}
