import Foundation
import RapporteurCore
import RapporteurKit
@testable import RapporteurRender
import Testing
import TestSupport

func recommendation(_ text: String, actors: [String]) -> ExtractedItem {
  ExtractedItem(
    kind: .recommendation, text: text, location: .init(line: 1, column: 1), owner: nil, due: nil, done: false,
    themes: Extractor().themes(in: text), actors: actors, rule: "section:recommendations", evidence: [], strength: 3, section: .recommendations)
}

@Suite struct NearDuplicateTests {
  let merger = NearDuplicateMerger(threshold: TaggingRules.defaults.nearDuplicateThreshold)

  @Test(arguments: [
    ("Donors should provide multi-year, flexible funding to women's organisations.",
     "Donors should give women's organisations flexible multi-year funding."),
    ("Governments should publish draft national action plans for public comment.",
     "Governments should publish their draft national action plans for public comment before adoption."),
    ("Local authorities should set up joint prevention committees with civil society.",
     "Local authorities are encouraged to set up joint prevention committees with civil society."),
    ("Donors should fund women's organisations in Kenya directly.",
     "Donors should fund Kenyan women's organisations directly, in Kenya."),
    ("Donors should finance women's organisations in Kenya directly.",
     "Donors should fund women's organisations in Kenya directly."),
  ])
  func paraphrasesFromDifferentSessionsMerge(first: String, second: String) {
    let actors = ["donors"]
    let groups = merger.groups([[recommendation(first, actors: actors)], [recommendation(second, actors: actors)]])
    #expect(groups.count == 1)
    #expect(groups.first?.count == 2)
  }

  @Test(arguments: [
    ("Donors should fund women's organisations directly.", "Donors should fund youth organisations directly.", ["donors"], ["donors"]),
    ("Donors should fund women's organisations directly.", "Governments should fund women's organisations directly.", ["donors"], ["governments"]),
    ("Governments should publish draft plans.", "Governments should evaluate implementation of the plans with communities.", ["governments"], ["governments"]),
    ("Governments should not involve security agencies in selecting which CSOs are consulted.", "Governments should involve security agencies in selecting which CSOs are consulted.", ["governments"], ["governments"]),
    ("Donors shouldn't earmark funding for prevention work.", "Donors should earmark funding for prevention work.", ["donors"], ["donors"]),
    ("Governments must increase funding for women's groups.", "Governments must decrease funding for women's groups.", ["governments"], ["governments"]),
    ("Governments must include youth in the plan by 2018.", "Governments must include youth in the plan by 2019.", ["governments"], ["governments"]),
    ("Donors should pledge 10 million for the fund.", "Donors should pledge 1 million for the fund.", ["donors"], ["donors"]),
    ("Donors should fund women's organisations in Kenya.", "Donors should fund women's organisations in Uganda.", ["donors"], ["donors"]),
    ("Donors should fund youth networks in rural areas.", "Donors should fund youth networks in urban areas.", ["donors"], ["donors"]),
    ("Governments should reserve one seat for civil society on every NAP drafting committee.",
     "Governments should reserve three seats for civil society on every NAP drafting committee.", ["governments"], ["governments"]),
    ("Donors should fund youth networks for two years.", "Donors should fund youth networks for ten years.", ["donors"], ["donors"]),
    ("Governments should protect civic space for civil society.", "Governments should restrict civic space for civil society.", ["governments"], ["governments"]),
    ("Governments should involve civil society in drafting the plan.", "Governments should exclude civil society from drafting the plan.", ["governments"], ["governments"]),
    ("Participants urged donors to expand technical assistance to CSOs.", "Participants urged donors to end technical assistance to CSOs.", ["donors"], ["donors"]),
  ])
  func differentRecommendationsStayApart(first: String, second: String, a: [String], b: [String]) {
    let groups = merger.groups([[recommendation(first, actors: a)], [recommendation(second, actors: b)]])
    #expect(groups.count == 2)
  }

  /// A session that gives another's recommendation in other words and then in the very same words
  /// has both merged with it: the same sentence is not listed twice.
  @Test func theSameWordsJoinTheGroupAParaphraseOfTheSameSessionJoined() {
    let first = recommendation("Donors should fund youth groups directly.", actors: ["donors"])
    let groups = merger.groups([
      [first],
      [recommendation("Donors should directly fund youth groups.", actors: ["donors"]), first],
    ])
    #expect(groups.count == 1)
    #expect(groups.first?.map(\.item) == [0, 0, 1])
  }

  @Test func noMergingWithinOneSession() {
    let text = "Donors should provide multi-year funding to women's organisations."
    let groups = merger.groups([[recommendation(text, actors: ["donors"]), recommendation(text, actors: ["donors"])]])
    #expect(groups.count == 2)
  }
}

@Suite struct ReportPartsTests {
  @Test func glossaryReadsBothPatterns() throws {
    let text = LintExample.standardFrontMatter()
      + "## Purpose\n\nNational action plans (NAPs) and the United Nations Development Programme (UNDP) met\ncivil society organisations\n(CSOs). M&E (monitoring and evaluation) was discussed (see annex).\n"
    let session = try SessionLoader.load(file: "g.md", text: text).get()
    let entries = Glossary.entries(in: [session])
    #expect(entries.map(\.acronym) == ["CSO", "M&E", "NAP", "UNDP"])
    #expect(entries.first { $0.acronym == "UNDP" }?.longForm == "United Nations Development Programme")
    #expect(entries.first { $0.acronym == "CSO" }?.longForm == "civil society organisation")
    #expect(entries.first { $0.acronym == "M&E" }?.longForm == "monitoring and evaluation")
  }

  @Test func glossaryFindsLongFormsThatSkipWordsOrLetters() throws {
    let text = """
      ---
      title: T
      date: "2017-09-21"
      time: "10:00-11:00"
      speakers:
        - name: Jane Hill
      ---
      ## Discussion

      The Office of the UN High Commissioner for Human Rights (OHCHR) and the Global Counterterrorism Forum's (GCTF) memo.
      Counter-Terrorism Committee Executive Directorate (CTED) staff joined. JH (Jane Hill) chaired.
      The Joint Venture on the Dam (HIJK) met.
      Later the Office of the United Nations High Commissioner for Human Rights (OHCHR) spoke again.
      """
    let session = try SessionLoader.load(file: "g.md", text: text).get()
    let entries = Glossary.entries(in: [session])
    #expect(entries.map(\.acronym) == ["CTED", "GCTF", "OHCHR"])
    #expect(entries.map(\.longForm) == [
      "Counter-Terrorism Committee Executive Directorate", "Global Counterterrorism Forum",
      "Office of the UN High Commissioner for Human Rights",
    ])
    // Spelled out with "United Nations" in full, the long form is found as well.
    #expect(Glossary.definitions(of: session).contains { $0.longForm == "Office of the United Nations High Commissioner for Human Rights" })
  }

  /// A long form is looked for among the last words before its acronym only, so a paragraph of
  /// many set-off acronyms ("UNDP — UNDP — …") is read in one pass, not once per acronym. Alone it
  /// takes about 9 s in a debug build; read once per acronym it took 71 s for 16,000 and would
  /// take some twenty minutes for these 40,000. The limit counts this test's own thread's
  /// processor time, which a full suite's load does not add to.
  @Test func setOffAcronymsInALongParagraphAreReadInLinearTime() {
    let start = NearDuplicateScaleTests.threadTime()
    #expect(Glossary.lastWords(of: "a  bb c d", count: 2) == "c d")
    #expect(Glossary.lastWords(of: "c d ", count: 2) == "c d ")
    #expect(Glossary.lastWords(of: "d", count: 2) == "d")
    let paragraph = String(repeating: "UNDP \u{2014} ", count: 40_000) + "the Global Counterterrorism Forum \u{2013} GCTF \u{2013} met."
    #expect(Glossary.setOffDefinitions(in: paragraph).map(\.longForm) == ["Global Counterterrorism Forum"])
    #expect(NearDuplicateScaleTests.threadTime() - start < 180)
  }

  /// The speakers annex and the participation count take one person as one however the lists
  /// write the name: in other letter case, or without its accents.
  @Test func oneSpeakerWrittenTwoWaysIsOneEntry() throws {
    func note(_ title: String, _ names: [String]) throws -> Session {
      let list = names.map { "  - name: \($0)\n" }.joined()
      return try SessionLoader.load(file: "\(title).md", text: "---\ntitle: \(title)\ndate: \"2018-03-14\"\nspeakers:\n\(list)---\n## Purpose\n\nText.\n").get()
    }
    let sessions = [try note("Morning", ["John Smith", "María López"]), try note("Afternoon", ["john smith", "Maria Lopez"])]
    let extracts = sessions.map { Extractor().extract($0) }
    let views = zip(sessions, extracts).map { SessionView(session: $0, extract: $1, rules: .defaults, reportDate: nil) }
    let sections = ReportSections(event: Event(), sessions: sessions, views: views, extracts: extracts, rules: .defaults)
    #expect(sections.speakers.map(\.name) == ["María López", "John Smith"])
    #expect(sections.speakers.map(\.sessions.count) == [2, 2])
  }

  /// The glossary reads the definitions lint accepts: the acronym in quotation marks in brackets,
  /// after ", or", or between dashes.
  @Test func definitionsSetOffOtherwiseThanInBrackets() throws {
    let text = "---\ntitle: T\ndate: \"2017-09-21\"\n---\n## Discussion\n\n"
      + "The Global Counterterrorism Forum, or GCTF, spoke on countering violent extremism (\"CVE\") and on preventing violent extremism \u{2013} PVE \u{2013} in the region, or TBC.\n"
    let entries = Glossary.definitions(of: try SessionLoader.load(file: "g.md", text: text).get())
    #expect(entries.map(\.acronym).sorted() == ["CVE", "GCTF", "PVE"])
    #expect(entries.map(\.longForm).sorted() == ["Global Counterterrorism Forum", "countering violent extremism", "preventing violent extremism"])
  }

  @Test func aLongRunOfCapitalsInBracketsIsNoAcronymAndCostsLittle() throws {
    // 20,000 words before 20,000 capitals: looking for a long form would take minutes.
    let words = Array(repeating: "Alpha", count: 20_000).joined(separator: " ")
    let text = LintExample.standardFrontMatter() + "## Discussion\n\n\(words) (\(String(repeating: "A", count: 20_000)))\n"
    let session = try SessionLoader.load(file: "g.md", text: text).get()
    let started = ContinuousClock.now
    #expect(Glossary.entries(in: [session]).isEmpty)
    #expect(ContinuousClock.now - started < .seconds(20))
  }

  /// Words in brackets after an acronym spell it out only where they can ("UNCT (UN country
  /// team)"), not a remark ("OSCE (see annex)", "ORGS (not via INGOs)").
  @Test func aRemarkAfterAnAcronymIsNoLongForm() throws {
    let text = LintExample.standardFrontMatter()
      + "## Discussion\n\nThe OSCE (see annex) spoke. MORE MONEY FOR YOUTH ORGS (not via INGOs) was asked. The UNCT (UN country team) replied.\n"
    let session = try SessionLoader.load(file: "g.md", text: text).get()
    #expect(Glossary.entries(in: [session]).map(\.acronym) == ["UNCT"])
  }

  @Test func anAcronymInBracketsWithNothingBeforeItDefinesNothing() throws {
    let text = LintExample.standardFrontMatter() + "## Discussion\n\n(UNDP) spoke first. (A) (B) () ((x)) (UN (y))\n"
    let session = try SessionLoader.load(file: "g.md", text: text).get()
    #expect(Glossary.entries(in: [session]).isEmpty)
  }

  /// The report built from `event` and one note of the standard front matter and `body`.
  func reportHTML(event: String, body: String) throws -> String {
    try reportHTML(event: event, notes: ["a.md": LintExample.standardFrontMatter() + body])
  }

  /// The report built from `event` and the notes `sessions/NAME` (name → text).
  func reportHTML(event: String, notes: [String: String]) throws -> String {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", event)
    for (name, text) in notes { try input.write("sessions/" + name, text) }
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    return try #require(output.read("index.html"))
  }

  /// Speakers that only the notes' Speakers section lists are counted, their sector not given.
  @Test func speakersListedOnlyInTheNotesAreCounted() throws {
    let html = try reportHTML(
      event: "name: Forum\n",
      body: "## Speakers\n\n- Ousmane Barry, Kaydara Youth Net\n- Aïcha Diallo (moderator)\n\n## Discussion\n\nTalk.\n")
    let table = try #require(html.components(separatedBy: "<tfoot>").last?.components(separatedBy: "</tfoot>").first)
    #expect(table.contains("<th scope=\"row\">All sessions (each person once)</th><td>2</td>"))
    #expect(table.hasSuffix("<td>2</td></tr>"))
  }

  /// Two sessions of the same title are told apart by their date and time wherever the report
  /// names them.
  @Test func sessionsOfTheSameTitleAreToldApart() throws {
    let notes = Dictionary(uniqueKeysWithValues: [("a", "21"), ("b", "22")].map { id, day in
      ("\(id).md", "---\nid: \(id)\ntitle: Same title\ndate: \"2017-09-\(day)\"\ntime: \"10:00-11:00\"\n---\n## Action items\n\n- UNDP to report by 30 October 2017.\n")
    })
    let html = try reportHTML(event: "name: Forum\ndates: [\"2017-09-21\", \"2017-09-22\"]\n", notes: notes)
    #expect(html.contains("Same title (21 September 2017, 10:00–11:00)"))
    #expect(html.contains("Same title (22 September 2017, 10:00–11:00)"))
  }

  /// A session without a valid date comes after the dated ones in the programme.
  @Test func anUndatedSessionComesLast() throws {
    let dated = try SessionLoader.load(file: "a.md", text: "---\nid: a\ntitle: A\ndate: \"2017-09-22\"\n---\n").get()
    let undated = try SessionLoader.load(file: "b.md", text: "---\nid: b\ntitle: B\n---\n").get()
    #expect([undated, dated].sorted { $0.programmeOrder < $1.programmeOrder }.map(\.id) == ["a", "b"])
  }

  /// Over the event a person who speaks in three sessions is one speaker, counted once by sector
  /// and gender; each session's row counts who spoke in it.
  @Test func aSpeakerOfSeveralSessionsIsCountedOnce() throws {
    let notes = Dictionary(uniqueKeysWithValues: ["Tom Reyes", "Ali Traore", "Jon Berg"].enumerated().map { index, man in
      ("s\(index).md", "---\ntitle: S\(index)\ndate: \"2017-09-21\"\ntime: \"1\(index):00-1\(index):30\"\nspeakers:\n  - {name: Amina Yusuf, sector: un-system, gender: female}\n  - {name: \(man), sector: government, gender: male}\n---\n## Discussion\n\nTalk.\n")
    })
    let html = try reportHTML(event: "name: Forum\ndates: [\"2017-09-21\"]\n", notes: notes)
    let table = try #require(html.components(separatedBy: "<tfoot>").last?.components(separatedBy: "</tfoot>").first)
    #expect(table.contains("<th scope=\"row\">All sessions (each person once)</th><td>4</td>"))
    #expect(table.contains("<td>1</td><td>3</td></tr>") || table.contains("<td>1</td><td>3</td><td>0</td></tr>"), "\(table)")
  }

  @Test func trackerIsSortedByDueDateWithStatuses() throws {
    let html = try reportHTML(
      event: "name: Forum\ndates: [\"2017-09-21\"]\nreport-date: \"2017-10-10\"\n",
      body:
        "## Action items\n\n- UNDP to draft the note by 2017-11-30.\n- CSOs to reply by 2017-10-01.\n- [x] Secretariat to book rooms by 2017-09-30.\n- Chair to write.\n")
    let tracker = try #require(html.components(separatedBy: "id=\"action-tracker\"").last?.components(separatedBy: "</table>").first)
    let order = ["book rooms", "reply by", "draft the note", "Chair to write"].map { tracker.range(of: $0)?.lowerBound }
    #expect(order.allSatisfy { $0 != nil })
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    #expect(tracker.contains("status-done") && tracker.contains("status-overdue") && tracker.contains("status-open"))
  }

  @Test func crossCuttingListsRecommendationsToOthersApart() throws {
    let html = try reportHTML(
      event: "name: Forum\n",
      body:
        "## Recommendations\n\n- Donors should pool their funds.\n- The steering committee should publish its findings.\n- More funding is needed for prevention.\n")
    let list = "</h4>\n<ul class=\"cross-cutting-list\">\n<li class=\"cross-cutting-item\">"
    #expect(html.contains("<h4>For other actors" + list + "The steering committee should publish its findings."))
    #expect(html.contains("<h4>General recommendations" + list + "More funding is needed for prevention."))
  }

  /// The speakers index sorts surnames without accents or case, and keeps every affiliation a
  /// name is given.
  @Test func speakersIndexSortsAccentsAndKeepsEveryAffiliation() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\n")
    let speakers = "speakers:\n  - name: Ana Zeller\n  - name: José Álvarez\n    affiliation: Organisation 1\n  - name: Deniz Öztürk\n"
    try input.write("sessions/a.md", "---\nid: a\ntitle: A\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n\(speakers)---\n## Purpose\n\nText.\n")
    try input.write(
      "sessions/b.md",
      "---\nid: b\ntitle: B\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\nspeakers:\n  - name: José Álvarez\n    affiliation: Organisation 2\n---\n## Purpose\n\nText.\n")
    let built = try buildReport(input: input.path)
    defer { built.cleanUp() }
    let html = try #require(built.read("index.html")?.components(separatedBy: "id=\"speakers-index\"").last)
    let order = ["José Álvarez", "Deniz Öztürk", "Ana Zeller"].map { html.range(of: "<bdi class=\"speaker-name\">\($0)")?.lowerBound }
    #expect(order.allSatisfy { $0 != nil })
    #expect(order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    #expect(html.contains("Organisation 1; Organisation 2"))
  }

  @Test func anchorsStayWhenUnrelatedNotesChange() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\n")
    let note = LintExample.standardFrontMatter(id: "b")
      + "## Recommendations\n\n- Donors should fund CSOs.\n\n## Action items\n\n- UNDP to report within two weeks.\n"
    try input.write("sessions/b.md", note)
    let first = try buildReport(input: input.path)
    defer { first.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter(id: "a") + "## Recommendations\n\n- Governments should act.\n")
    let second = try buildReport(input: input.path)
    defer { second.cleanUp() }
    for html in [first.read("index.html"), second.read("index.html")] {
      #expect(html?.contains("id=\"rec-b-1\" data-source=") == true)
      #expect(html?.contains("id=\"act-b-1\" data-source=") == true)
    }
  }

  @Test func everyExtractedItemAppearsOnceWithItsSource() throws {
    let output = try buildReport(input: repositoryPath("Inputs"))
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    let data = try #require(output.read("extract.json")).data(using: .utf8) ?? Data()
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let sessions = try #require(json["sessions"] as? [[String: Any]])
    var total = 0
    for session in sessions {
      let file = try #require(session["file"] as? String)
      for kind in ["recommendations", "actions"] {
        for item in session[kind] as? [[String: Any]] ?? [] {
          let line = try #require(item["line"] as? Int)
          #expect(html.contains("data-source=\"\(file):\(line)\""))
          total += 1
        }
      }
    }
    let tags = htmlTags(in: html)
    let items = tags.filter { $0.contains("class=\"recommendation\"") || $0.contains("class=\"action-item") }
    #expect(items.count == total)
    #expect(items.allSatisfy { $0.contains("data-source=") })
  }
}
