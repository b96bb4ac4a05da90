import RapporteurCore
import Testing

@Suite struct DueDateTests {
  static let session = CalendarDate(iso: "2017-09-21")

  @Test(arguments: [
    ("Circulate the draft by 31 October 2017.", "2017-10-31"),
    ("Circulate the draft by October 31, 2017.", "2017-10-31"),
    ("Circulate the draft by 31st Oct.", "2017-10-31"),
    ("Circulate the draft by 2017-10-31.", "2017-10-31"),
    ("Circulate the draft, due: 2017-11-15", "2017-11-15"),
    ("Deadline: 15 November", "2017-11-15"),
    ("Report by end of October.", "2017-10-31"),
    ("Report by the end of October.", "2017-10-31"),
    ("Report by end of March.", "2018-03-31"),
    ("Report by end-September.", "2017-09-30"),
    ("Report by the end of the month.", "2017-09-30"),
    ("Report before the end of the year.", "2017-12-31"),
    ("Report by end of 2018.", "2018-12-31"),
    ("Report by end-2018.", "2018-12-31"),
    ("Report by mid-October.", "2017-10-15"),
    ("Report within two weeks.", "2017-10-05"),
    ("Report within 10 days.", "2017-10-01"),
    ("Report within a month.", "2017-10-21"),
    ("Report within a fortnight.", "2017-10-05"),
    ("Report by 15/10/2017.", "2017-10-15"),
    ("Report by 15.10.2017.", "2017-10-15"),
    ("Report by Q4 2017.", "2017-12-31"),
    ("Report by the end of Q1.", "2018-03-31"),
    ("Report by 5 September.", "2018-09-05"),
  ])
  func resolves(text: String, expected: String) {
    #expect(DueDateResolver.find(in: text, sessionDate: Self.session)?.date.description == expected)
  }

  @Test(arguments: [
    "Report by Friday.", "Report soon.", "Report next month.", "Met on 21 September 2017.", "Report ASAP.",
    "By the way, the venue changed.", "Report by 31 February 2018.",
  ])
  func findsNoDate(text: String) {
    #expect(DueDateResolver.find(in: text, sessionDate: Self.session) == nil)
  }
}
