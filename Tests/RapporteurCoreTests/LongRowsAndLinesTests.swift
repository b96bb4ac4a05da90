@testable import RapporteurCore
import Testing

/// Long rows and lines are read in time near their length: an HTML row's cells and the names a
/// deadline may date are found in one pass each. Found one search at a time, a row of 20,000
/// cells took 19 s where 10,000 took 5 s, and a line of 15,000 "at its October meeting" 13 s where
/// 7,500 took 4 s; these, three to four times as long, would take minutes. Each counts the
/// processor time of its own thread, which tests running beside it do not add to.
@Suite struct LongRowsAndLinesTests {
  @Test func anHTMLRowOfManyCells() throws {
    let start = ExtractionScaleTests.threadTime()
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      <table>
      <tr><th>Who</th><th>What</th></tr>
      <tr><td>UNDP</td><td>send the note by Friday</td>\(String(repeating: "<td>x</td>", count: 80_000))</tr>
      </table>
      """, date: "2037-09-16")
    #expect(extract.actions.map(\.owner) == ["UNDP"])
    #expect(ExtractionScaleTests.threadTime() - start < 60)
  }

  @Test func manyTrackersPastedWithTabs() throws {
    let start = ExtractionScaleTests.threadTime()
    // The file's lines are split once for them all, not once for each (which made 40,000 of
    // them quadratic).
    let trackers = (0..<40_000).map { "Owner\tTask\tDue\nAna\tSend list \($0)\t2037-10-01" }.joined(separator: "\n\n")
    let extract = try SectionReadingTests.extract("## Discussion\n\n" + trackers + "\n", date: "2037-09-16")
    #expect(extract.actions.count == 40_000)
    #expect(ExtractionScaleTests.threadTime() - start < 120)
  }

  @Test func aLineOfManyNamedDays() throws {
    let start = ExtractionScaleTests.threadTime()
    // A body's meeting dated on the notes' calendar dates a task "by" it, however long the line.
    let line = String(repeating: "before the Board meets at its October meeting ", count: 60_000)
    let session = try #require(CalendarDate(year: 2037, month: 9, day: 16))
    let names = DatedNames(notes: "Board – 14.10.2037", sessionDate: session, order: .dayFirst)
    #expect(Extractor.eventDated("UNDP to send it by the Board " + line, names: names)?.date.description == "2037-10-14")
    #expect(ExtractionScaleTests.threadTime() - start < 60)
  }
}

/// A grid table of figures in the discussion holds no items; a link alone under the tasks is none;
/// a column's "to" names whom rows address only at its start or end.
@Suite struct FiguresAndPointersTests {
  @Test func columnRoles() {
    #expect(PipeTable.role(of: "Disputes referred to mediation") == .other)
    #expect(PipeTable.role(of: "To") == .addressee)
    #expect(PipeTable.role(of: "Addressed to") == .addressee)
    #expect(PipeTable.role(of: "For whom") == .owner)
    #expect(PipeTable.role(of: "Actor") == .addressee)
  }

  @Test func figuresAndALinkAreNoItems() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      +-----------------------+----------------+-------------------+
      | Ward                  | Budget 2036    | Disputes referred |
      |                       | (€)            | to mediation      |
      +=======================+================+===================+
      | Tidemill              | 40,000         | 57                |
      +-----------------------+----------------+-------------------+
      | Harbourside           | 40,000         | 44                |
      +-----------------------+----------------+-------------------+

      ## Next steps

      - Wei Lin will send the budget summary to the council by 2037-03-25.

      [Day 1 in pictures](https://example.org/day-1)
      """, date: "2037-03-11")
    #expect(extract.recommendations.isEmpty)
    #expect(extract.actions.map(\.line) == [19])
  }
}
