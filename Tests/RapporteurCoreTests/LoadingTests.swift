import CommonMark
import Foundation
import RapporteurCore
import Testing

let minimalNote = """
  ---
  title: Partnership in practice
  date: 2017-09-21
  time: 13:15-15:00
  ---
  ## Purpose

  To share practice.

  ## Format

  - 13:15–13:25 Introduction by the Chair
  - 13:25 - 14:00: Speakers from civil society
  - 14:00 to 14:50 Q&A

  ## Key points

  Text.
  """

@Suite struct FrontMatterTests {
  @Test func splitsFrontMatterAndCountsItsLines() throws {
    let split = try FrontMatterSplitter.split("---\ntitle: A\n---\n# Body\n").get()
    #expect(split.yaml == "title: A\n")
    #expect(split.bodyLineOffset == 3)
    #expect(split.body == "# Body\n")
  }

  @Test func noFrontMatterAndUnterminatedFrontMatter() {
    #expect((try? FrontMatterSplitter.split("# Just notes\n").get())?.yaml == nil)
    #expect((try? FrontMatterSplitter.split("--- \ntitle: A\n").get()) == nil)
    #expect((try? FrontMatterSplitter.split("---\ntitle: A\n...\nbody").get())?.body == "body")
  }

  @Test func valuesStayTextAndKeepTheirLines() throws {
    let value = try YAMLReader.read("id: 0012\ndate: 2017-09-21\ntime: 13:15-15:00\nflag: yes\n", firstLine: 2).get()
    #expect(value["id"]?.string == "0012")
    #expect(value["date"]?.string == "2017-09-21")
    #expect(value["time"]?.string == "13:15-15:00")
    #expect(value["flag"]?.bool == true)
    #expect(value["time"]?.line == 4)
  }

  @Test func yamlErrorsReportTheFileLine() {
    guard case let .failure(problem) = YAMLReader.read("title: A\ndate: [unclosed\nvenue: B\n", firstLine: 2) else {
      Issue.record("broken YAML parsed")
      return
    }
    #expect(problem.line >= 3)
    #expect(problem.message.contains("YAML"))
  }

  @Test func aDuplicateKeyIsReportedOnItsSecondLine() {
    guard case let .failure(problem) = YAMLReader.read("title: A\nlint:\n  todo-marker: off\n  x: 1\n  todo-marker: info\n", firstLine: 2)
    else {
      Issue.record("a duplicate key parsed")
      return
    }
    #expect(problem.line == 6)
    #expect(problem.column == 3)
    #expect(problem.message == "YAML has the key 'todo-marker' twice: first on line 4; keep one")
    // In a flow mapping the first one is named.
    guard case let .failure(flow) = YAMLReader.read("a: {b: 1, b: 2}\n") else {
      Issue.record("a duplicate key parsed")
      return
    }
    #expect(flow.line == 1)
  }

  @Test func anUnclosedQuoteIsReportedWhereItOpens() {
    guard case let .failure(problem) = YAMLReader.read("title: A\nvenue: \"Room B\nchair: Ana\n", firstLine: 2) else {
      Issue.record("an unclosed quote parsed")
      return
    }
    #expect((problem.line, problem.column) == (3, 8))
    #expect(problem.message.contains("opened on line 3"))
  }

  /// The YAML mistakes notes most often make are reported with what to change, at the line to change.
  @Test(arguments: [
    ("id: a\ntitle: Session: the future\n", 3, "must be quoted: title: \"Session: the future\""),
    ("id: a\n\ttime: \"09:00-10:00\"\n", 3, "indent with spaces, not tabs"),
    ("id: a\nspeakers: [Ana, Tom\ndate: \"2017-09-21\"\n", 3, "close the list with ']'"),
    // The bracket left open on the last line: the line it opens, not the end.
    ("title: T\nkind: [workshop\n", 3, "close the list with ']'"),
    ("speakers:\n  - name: Ana\n   role: x\n", 4, "check the indentation"),
    ("id: a\ntitle: \"E\ndate: \"2017-09-21\"\n", 3, "the quote opened on line 3 is not closed on that line"),
    ("id: a\ntags: @urgent\n", 3, "must be quoted: tags: \"@urgent\""),
  ])
  func yamlMistakesComeWithTheirFix(yaml: String, line: Int, hint: String) {
    guard case let .failure(problem) = YAMLReader.read(yaml, firstLine: 2) else {
      Issue.record("broken YAML parsed")
      return
    }
    #expect(problem.line == line)
    #expect(problem.message.contains(hint), "\(problem.message)")
  }

  @Test func aliasBombsAreRefused() {
    var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
      previous = name
    }
    guard case let .failure(problem) = YAMLReader.read(yaml) else {
      Issue.record("an alias bomb was accepted")
      return
    }
    #expect(problem.message.contains("refused"))
  }

  @Test(arguments: [
    "x: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + "\n",
    "x: " + String(repeating: "{a: ", count: 5_000) + "1" + String(repeating: "}", count: 5_000) + "\n",
  ])
  func deepNestingIsRefusedInPlainWords(yaml: String) {
    guard case let .failure(problem) = YAMLReader.read("title: T\n" + yaml, firstLine: 2) else {
      Issue.record("deep nesting was accepted")
      return
    }
    #expect(problem.line == 3)
    #expect(problem.message.contains("nest too deeply here"), "\(problem.message)")
  }
}

@Suite struct SessionLoadingTests {
  @Test func loadsFieldsSectionsAndAgenda() throws {
    let session = try SessionLoader.load(file: "notes/partnership.md", text: minimalNote).get()
    #expect(session.id == "partnership")
    #expect(session.date == "2017-09-21")
    #expect(session.time == TimeRange(start: 13 * 60 + 15, end: 15 * 60))
    #expect(session.sections.map(\.id) == [.purpose, .agenda, .discussion])
    #expect(session.section(.agenda)?.line == 10)
    #expect(session.agenda.map(\.title) == ["Introduction by the Chair", "Speakers from civil society", "Q&A"])
    #expect(session.agenda.map(\.location.line) == [12, 13, 14])
    #expect(session.agenda[1].time == TimeRange(start: 13 * 60 + 25, end: 14 * 60))
  }

  @Test(arguments: [
    ("Purpose", SectionID.purpose), ("OBJECTIVES", .purpose), ("Aim:", .purpose), ("Background", .context),
    ("Programme", .agenda), ("Program", .agenda), ("Panel", .speakers), ("Presenters", .speakers),
    ("Q&A", .discussion), ("Q & A", .discussion), ("Q and A", .discussion), ("Summary of discussion", .discussion), ("Key recommendations", .recommendations),
    ("Proposals", .recommendations), ("Next steps", .actions), ("Follow-up", .actions),
    ("Chair\u{2019}s summary", .chairsSummary), ("chair's remarks", .chairsSummary), ("Wrap-up", .chairsSummary),
  ])
  func sectionSynonyms(heading: String, id: SectionID) {
    #expect(SectionCatalog.standard.section(forHeading: heading) == id)
  }

  /// Names the built-in rules add: a panel's speakers and a session's agenda as notes call them.
  @Test(arguments: [
    ("Panelists", SectionID.speakers), ("Panellists", .speakers), ("Intervenants", .speakers), ("Ponentes", .speakers),
    ("Session agenda", .agenda), ("Ordre du jour", .agenda), ("Orden del día", .agenda),
  ])
  func builtInSectionSynonyms(heading: String, id: SectionID) {
    #expect(SectionCatalog.standard.section(forHeading: heading) == nil)
    #expect(TaggingRules.defaults.catalog.section(forHeading: heading) == id)
  }

  @Test(arguments: [
    ("1. Purpose", SectionID.purpose), ("2) Discussion", .discussion), ("III. Key recommendations", .recommendations),
    ("1.2 Next steps:", .actions), ("(b) Background", .context), ("A. Agenda", .agenda),
    ("RECOMMENDATIONS (3)", .recommendations), ("Action items [5]:", .actions),
    ("Conclusions and recommendations", .recommendations), ("Recommendations & next steps", .recommendations),
    ("Conclusions & Next Steps", .actions), ("Discussion / Q&A", .discussion), ("Background and purpose", .context),
    ("Recommendations (draft)", .recommendations), ("Next steps (to be confirmed)", .actions), ("Action items (draft):", .actions),
    ("7. Recommendations to the HCT and partners", .recommendations), ("Next steps for the secretariat and partners", .actions),
  ])
  func numberedHeadings(heading: String, id: SectionID) {
    #expect(SectionCatalog.standard.section(forHeading: heading) == id)
  }

  @Test(arguments: [
    ("\u{2705} Recommendations", SectionID.recommendations), ("\u{1F4CC} Next steps", .actions),
    ("\u{2705}Recommendations:", .recommendations), ("\u{1F3AF} Objectives", .purpose), ("\u{2764}\u{FE0F} Wrap-up", .chairsSummary),
    ("\u{2192} Follow-up", .actions), ("** Discussion", .discussion), ("\u{1F4DD} 3. Key recommendations", .recommendations),
    ("\u{2022} Background", .context),
  ])
  func headingsOpeningWithEmojiOrSymbols(heading: String, id: SectionID) {
    #expect(SectionCatalog.standard.section(forHeading: heading) == id)
  }

  /// "What the panel recommends", "What we recommend", "What the assembly asks of the council":
  /// what those who met advise; "What we did not recommend" and "What was said" name no section.
  @Test(arguments: [
    ("What the panel recommends", SectionID?.some(.recommendations)), ("What we recommend", .recommendations),
    ("What the assembly asks of the council", .recommendations), ("What we did not recommend", nil), ("What was said", nil),
    ("What the roundtable is asking others to do", .recommendations), ("Owner / Timescale", .actions), ("Who / what / when", .actions),
  ])
  func headingsSayingWhatTheRoomAdvises(heading: String, id: SectionID?) {
    #expect(SectionCatalog.standard.section(forHeading: heading) == id)
  }

  /// A heading of a hundred thousand marks ("# # # …") is read in linear time: each mark is
  /// not dropped one after another from the front.
  @Test func aHeadingOfManyMarksIsReadInLinearTime() {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    let start = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    let marks = String(repeating: "# ", count: 100_000)
    #expect(SectionCatalog.standard.section(forHeading: marks) == nil)
    #expect(SectionCatalog.standard.section(forHeading: marks + "Recommendations " + marks) == .recommendations)
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    let elapsed = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9 - start
    #expect(elapsed < 5, "\(elapsed) s")
  }

  @Test(arguments: ["2030 Agenda", "Panel 2", "A Purpose", "Discussion 1", "\u{2705} Agenda 2030", "\u{1F4CC}", "(3)", "Panel (2b)",
    "Monitoring and evaluation", "Women, peace and security", "Recommendations made at the regional consultation and the plenary"])
  func headingsThatAreNotSections(heading: String) {
    #expect(SectionCatalog.standard.section(forHeading: heading) == nil)
  }

  @Test func configuredSynonymsExtendTheTable() {
    let catalog = SectionCatalog(extraSynonyms: [.actions: ["Way forward"]])
    #expect(catalog.section(forHeading: "Way Forward") == .actions)
    #expect(SectionCatalog.standard.section(forHeading: "Way forward") == nil)
  }

  @Test func speakersAsStringsOrMaps() throws {
    let text = """
      ---
      title: T
      speakers:
        - A. Person
        - name: B. Person
          affiliation: Ministry
          role: Coordinator
          sector: Government
          gender: female
      ---
      """
    let session = try SessionLoader.load(file: "x.md", text: text).get()
    #expect(session.speakers.map(\.name) == ["A. Person", "B. Person"])
    #expect(session.speakers[1].sector == "government")
    #expect(session.speakers[1].line == 5)
  }

  @Test(arguments: [
    ("Jane Roe", "Jane Roe", nil, nil),
    ("Amina Diallo (Chair)", "Amina Diallo", "Chair", nil),
    ("Dr. Jane Roe, Ministry of Interior, Norway", "Dr. Jane Roe", nil, "Ministry of Interior, Norway"),
    ("Jane Roe – UNDP (moderator)", "Jane Roe", "moderator", "UNDP"),
    ("Jean-Luc Hyphen-Name", "Jean-Luc Hyphen-Name", nil, nil),
    ("(anonymous)", "(anonymous)", "anonymous", nil),
    // A body in brackets is where the speaker works, not what they do.
    ("Dr. Omar Haddad (OHCHR)", "Dr. Omar Haddad", nil, "OHCHR"),
    ("Lina Park (Women's Peace Network)", "Lina Park", nil, "Women's Peace Network"),
    ("Ivo Kern (Deputy Minister)", "Ivo Kern", "Deputy Minister", nil),
    ("Ana Lee, UN Women (national PVE coordinator)", "Ana Lee", "national PVE coordinator", "UN Women"),
  ] as [(String, String, String?, String?)])
  func speakersWrittenOnOneLine(text: String, name: String, role: String?, affiliation: String?) {
    let speaker = SessionLoader.speaker(written: text, line: 3)
    #expect(speaker.name == name)
    #expect(speaker.role == role)
    #expect(speaker.affiliation == affiliation)
  }

  @Test func frontMatterLinesShiftBodyPositions() throws {
    let session = try SessionLoader.load(file: "x.md", text: minimalNote).get()
    #expect(session.document.lineOffset == 5)
    #expect(session.sections.first?.headingRange?.start == SourceLocation(line: 6, column: 1))
  }

  @Test func bytesThatAreNotUTF8AreReadAsWindows1252AndNoted() throws {
    var bytes = Array("---\ntitle: A\n---\nok ".utf8)
    bytes += [0xC3, 0x28, 0x80, 0x81, 0xFF]
    let session = try SessionLoader.load(file: "bad.md", data: bytes).get()
    #expect(session.text.hasSuffix("ok Ã(€\u{FFFD}ÿ"))
    #expect(session.notUTF8From == SourceLocation(line: 4, column: 4))
    #expect(try SessionLoader.load(file: "good.md", data: Array("---\ntitle: A\n---\nok\n".utf8)).get().notUTF8From == nil)
  }

  @Test func binaryBytesAreRefusedWithTheLineAndColumn() {
    var bytes = Array("---\ntitle: A\n---\nok ".utf8)
    bytes += (0..<64).map { UInt8($0 % 32) } + [0xC3, 0x28]
    guard case let .failure(error) = SessionLoader.load(file: "bin.md", data: bytes) else {
      Issue.record("binary bytes accepted")
      return
    }
    #expect(error.kind == .invalidUTF8)
    #expect(error.description.hasPrefix("bin.md:"))
    #expect(error.message.contains("is not text (a binary file?)"))
  }

  @Test func byteOrderMarkAndCRLFAreAccepted() throws {
    let bytes = [0xEF, 0xBB, 0xBF] + Array(minimalNote.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let session = try SessionLoader.load(file: "x.md", data: bytes).get()
    #expect(session.title == "Partnership in practice")
    #expect(session.agenda.count == 3)
    #expect(session.section(.agenda)?.line == 10)
  }

  @Test func missingFrontMatterIsAnErrorWithTheFile() {
    guard case let .failure(error) = SessionLoader.load(file: "n.md", text: "## Purpose\n") else {
      Issue.record("a note without front matter loaded")
      return
    }
    #expect(error.kind == .frontMatterMissing)
    #expect(error.description.hasPrefix("n.md:1:"))
  }
}

@Suite struct WrittenDateTests {
  @Test(arguments: [
    ("21 September 2017", "2017-09-21"), ("2017/09/21", "2017-09-21"), ("2017-9-21", "2017-09-21"),
    ("21.09.2017", "2017-09-21"), ("21/09/2017", "2017-09-21"), ("September 21, 2017", "2017-09-21"),
    ("Thursday, 21 September 2017", "2017-09-21"), ("September 2017", nil), ("21 September", nil),
    ("next week", nil), ("2017-02-30", nil),
  ] as [(String, String?)])
  func aDateWrittenAnotherWayIsRead(written: String, iso: String?) {
    #expect(CalendarDate(written: written)?.description == iso)
  }

  @Test func theSessionDateIsReadAndLintAsksForTheISOForm() throws {
    let text = "---\ntitle: T\ndate: 21 September 2017\ntime: \"10:00-11:00\"\n---\n## Discussion\n\nText.\n"
    #expect(try SessionLoader.load(file: "d.md", text: text).get().date == "2017-09-21")
  }
}

@Suite struct EventLoadingTests {
  @Test func theLanguageIsALanguageTag() throws {
    for tag in ["en", "fr", "es-419", "zh-Hant"] {
      #expect(try EventLoader.load(file: "event.yml", text: "name: F\nlanguage: \(tag)\n").get().language == tag)
    }
    for tag in ["<x-pwn>", "English", "e", "en_GB"] {
      #expect(throws: RapporteurError.self) { try EventLoader.load(file: "event.yml", text: "name: F\nlanguage: \"\(tag)\"\n").get() }
    }
  }

  @Test func fieldsAreRead() throws {
    let event = try EventLoader.load(
      file: "event.yml", text: "name: Forum\ndates: [\"2017-09-21\", \"2017-09-22\"]\norganizers: [A, B]\nreport-date: \"2017-10-31\"\n"
    ).get()
    #expect(event.name == "Forum")
    #expect(event.dates == ["2017-09-21", "2017-09-22"])
    #expect(event.organisers == ["A", "B"])
    #expect(event.reportDate == "2017-10-31")
  }

  @Test(arguments: [
    ("name: F\ndates: [21 September 2017]\n", 2, "'dates' has '21 September 2017', which is not a date written YYYY-MM-DD; write 2017-09-21"),
    ("name: F\nreport-date: soon\n", 2, "'report-date' is 'soon', which is not a date written YYYY-MM-DD"),
  ])
  func aDateWrittenAnotherWayIsRefusedWithTheFormToWrite(text: String, line: Int, message: String) {
    guard case let .failure(error) = EventLoader.load(file: "event.yml", text: text) else {
      Issue.record("accepted")
      return
    }
    #expect(error.line == line)
    #expect(error.message == message)
  }
}

@Suite struct TimeTests {
  @Test(arguments: [
    "13:15-15:00", "13:15–15:00", "13:15 - 15:00", "13.15–15.00", "13:15 to 15:00", "13:15-15:00 EST", "13:15–15:00 UTC+2",
    "13:15-15:00 (New York time)", "13:15-15:00 GMT-04:00",
  ])
  func acceptedRanges(text: String) {
    #expect(TimeParsing.range(text) == TimeRange(start: 795, end: 900))
  }

  @Test(arguments: [
    ("2pm–2:45pm", 14 * 60, 14 * 60 + 45), ("2:30pm–4pm", 14 * 60 + 30, 16 * 60), ("13h30–14h00", 13 * 60 + 30, 14 * 60),
    ("9.30–11.00", 9 * 60 + 30, 11 * 60), ("2–3pm", 14 * 60, 15 * 60), ("11-1pm", 11 * 60, 13 * 60),
    ("10:30 a.m. to 12 p.m.", 10 * 60 + 30, 12 * 60), ("12am-1am", 0, 60), ("13h - 14h30", 13 * 60, 14 * 60 + 30),
    ("1:15PM-3PM", 13 * 60 + 15, 15 * 60),
  ])
  func otherWrittenRanges(text: String, start: Int, end: Int) {
    #expect(TimeParsing.range(text) == TimeRange(start: start, end: end))
  }

  @Test(arguments: [
    "15:00-13:15", "25:00-26:00", "13:15", "1315-1500", "13:15-15:00 extra", "13:15-15:00 (see below)", "13:15-15:00 ABCDEFG", "13:60-14:00", "13pm-14pm", "2-3", "10:00-10:00",
  ])
  func refusedRanges(text: String) {
    #expect(TimeParsing.range(text) == nil)
  }

  @Test func agendaLinesOpenWithARangeAStartOrNoTime() {
    #expect(TimeParsing.leadingTime("09:30 Opening") == .start(9 * 60 + 30, "Opening"))
    #expect(TimeParsing.leadingTime("09:30 - Opening") == .start(9 * 60 + 30, "Opening"))
    #expect(TimeParsing.leadingTime("2pm–2:45pm: Panel") == .range(TimeRange(start: 840, end: 885), "Panel"))
    #expect(TimeParsing.leadingTime("10-12 participants") == .none)
    #expect(TimeParsing.leadingTime("2017 was a year") == .none)
    for unreadable in ["25:00 Opening", "14:00–13:30 Panel", "14:00-1500 Q&A", "14:30–", "9:75 Close"] {
      guard case .unreadable = TimeParsing.leadingTime(Substring(unreadable)) else {
        Issue.record("'\(unreadable)' was read")
        continue
      }
    }
  }

  @Test func calendarArithmetic() {
    let date = CalendarDate(iso: "2017-09-21")
    #expect(date?.adding(days: 14).description == "2017-10-05")
    #expect(date?.adding(days: 102).description == "2018-01-01")
    #expect(CalendarDate(iso: "2016-02-29") != nil)
    #expect(CalendarDate(iso: "2017-02-29") == nil)
    #expect(CalendarDate(iso: "2017-9-21") == nil)
    #expect(CalendarDate(iso: "2017-10-31")?.adding(days: -31).description == "2017-09-30")
  }
}

/// A shared draft in suggestion mode (CriticMarkup) is read with its suggestions accepted, every
/// line keeping its number.
@Suite struct CriticMarkupTests {
  @Test func suggestionsAreAcceptedAndCommentsLeftOut() {
    let draft = "The Chair urged {~~the ministries~>the national government~~} to act{++ now++}.\n"
      + "{--Donors should pay.--} {>>HM: not said,\nplease delete<<}\nKeep {==this==}.\n"
    #expect(CriticMarkup.accepted(draft) == "The Chair urged the national government to act now.\n \n\nKeep this.\n")
  }

  @Test func textWithoutMarksOrWithMarksLeftOpenStaysAsItIs() {
    for text in ["Plain notes {with braces} and -- dashes.", "{-- never closed", "{++ open", "a {~~b~~} c"] {
      let expected = text == "a {~~b~~} c" ? "a b c" : text
      #expect(CriticMarkup.accepted(text) == expected)
    }
  }

  @Test func aDeletedItemIsNoItemAndLinesKeepTheirNumbers() throws {
    let note = """
      ---
      title: T
      date: 2026-01-22
      ---
      ## Recommendations

      1. {--Civil society should take over water distribution.--} {>>AK: object,
         struck in the room<<}
      2. Municipalities should name a heat officer {~~within two weeks~>within three
         weeks~~}.
      3. {++Donors should finance shade points in markets.++}
      """
    let session = try SessionLoader.load(file: "n.md", text: note).get()
    let extract = Extractor().extract(session)
    #expect(extract.recommendations.map(\.line) == [9, 11])
    #expect(extract.recommendations.first?.text == "Municipalities should name a heat officer within three weeks.")
  }

  @Test func manyMarksLeftOpenAreReadInOnePass() {
    let hostile = String(repeating: "{++ {-- {~~ {>> ", count: 50_000)
    let clock = ContinuousClock()
    let elapsed = clock.measure { #expect(CriticMarkup.accepted(hostile) == hostile) }
    #expect(elapsed < .seconds(5))
  }
}

/// The Chatham House Rule is read from its key however written, and of two keys that disagree,
/// the rule wins; an empty chair or host names no one.
@Suite struct ChathamHouseKeyTests {
  static func session(_ fields: String) throws -> Session {
    try SessionLoader.load(file: "n.md", text: "---\ntitle: T\ndate: \"2017-09-21\"\n\(fields)\n---\n## Discussion\n\nText.\n").get()
  }

  @Test(arguments: [
    "chatham-house: true", "chatam-house: true", "Chatham_House: true", "chatham-house: \"no\"\nchatham_house: true",
    "chatham_house: true\nchatham-house: false",
  ])
  func theRuleApplies(_ fields: String) throws {
    #expect(try Self.session(fields).chathamHouse)
  }

  @Test(arguments: ["chatham-house: false", "chat: true", "house: true"])
  func theRuleDoesNotApply(_ fields: String) throws {
    #expect(try !Self.session(fields).chathamHouse)
  }

  @Test func anEmptyChairOrHostNamesNoOne() throws {
    let session = try Self.session("chair: \"\"\nhosts: [\"\", \" \", UNDP]")
    #expect(session.chairs.isEmpty)
    #expect(session.hosts == ["UNDP"])
  }
}

@Suite struct SpeakerListTests {
  @Test func aSpeakerListedTwiceTakesPartOnce() throws {
    let note = "---\ntitle: T\ndate: \"2017-09-21\"\nspeakers:\n  - Ana Lopez\n  - name: \"Ana  Lopez\"\n  - name: ana lopez\n  - Bo  Li, UNDP\n---\n## Discussion\n\nText.\n"
    let session = try SessionLoader.load(file: "n.md", text: note).get()
    #expect(session.speakers.map(\.name) == ["Ana Lopez", "Bo Li"])
  }
}
