import Foundation
import RapporteurCore
import RapporteurKit
import Testing
import TestSupport

/// Under the Chatham House Rule no output of a build names a speaker: not the report (items,
/// tracker, the notes themselves), not the summaries, not the extracted data.
@Suite struct ChathamHouseBuildTests {
  static let note = """
    ---
    id: closed
    title: Closed-door consultation
    kind: workshop
    date: "2017-09-21"
    time: "10:00-11:00"
    chair: Ms. Amina Diallo
    chatham-house: true
    speakers:
      - Amina Diallo (Chair)
      - name: Dr. Miriam Okonkwo-Hale
        role: Deputy minister
        sector: government
      - name: Tomasz Brightwater
        role: NGO director
        sector: civil-society
      - name: Sean O'Brien
        role: Imam
      - Li Wen, a bilateral donor agency
    ---
    ## Purpose

    Ms Okonkwo-Hale opened; Tomasz Brightwater and Li Wen responded.

    ## Discussion

    DR. MIRIAM OKONKWO-HALE stressed that women's organisations need a formal seat in drafting.
    Brightwater's network agreed that funding for youth groups is scarce. li wen agreed on funding.

    ## Recommendations

    - Donors should fund women's organisations, as Tomasz Brightwater urged.

    ## Action items

    - Tomasz Brightwater to circulate the draft within two weeks.
    - [ ] @Brightwater to share the mapping by 31 October 2017.
    """

  /// The report built from one note, `sessions/FILE`, of a one-day forum.
  static func buildOne(_ file: String, _ note: String) throws -> TemporaryFolder {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    try input.write("sessions/" + file, note)
    return try buildReport(input: input.path)
  }

  @Test func noOutputNamesASpeaker() throws {
    let output = try Self.buildOne("closed.md", Self.note)
    defer { output.cleanUp() }
    let files = output.allFiles()
    #expect(files.contains("index.html") && files.contains("extract.json") && files.contains("summaries/closed.md"))
    for file in files {
      let text = try #require(output.read(file)).lowercased()
      for name in ["miriam", "okonkwo", "tomasz", "brightwater", "li wen"] {
        #expect(!text.contains(name), "\(name) appears in \(file)")
      }
    }
    // The chair may be named, and is not turned into "a participant".
    let summary = try #require(output.read("summaries/closed.md"))
    #expect(summary.contains("Amina Diallo"))
    #expect(!summary.contains("a participant Diallo"))
    // What was said stays, attributed to roles.
    let html = try #require(output.read("index.html"))
    #expect(html.contains("deputy minister stressed that women"))
    // Actions owned by a speaker keep their owner, as the speaker's role.
    let csv = try #require(output.read("extract.csv"))
    #expect(csv.contains("An NGO director to circulate the draft within two weeks.,An NGO director,"))
    #expect(csv.contains(",An NGO director,2017-10-31,"))
  }

  /// A recommendation a closed session shares with an open one is shown, merged, in the closed
  /// session's words: the open session's name the speaker, and would be credited to both.
  @Test func aMergedRecommendationShowsTheClosedSessionsWords() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    let sentence = "Ana Silva said that governments should fund youth organisations in rural areas."
    try input.write(
      "sessions/open.md",
      "---\ntitle: Open plenary\ndate: \"2017-09-21\"\ntime: \"09:00-10:00\"\n---\n## Discussion\n\n\(sentence)\n")
    try input.write(
      "sessions/closed.md",
      "---\ntitle: Closed roundtable\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\nchatham-house: true\nspeakers:\n  - name: Ana Silva\n    role: Minister\n---\n## Discussion\n\n\(sentence)\n")
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    // In the open session's own section (its item and its notes), never in the merged entry.
    #expect(html.components(separatedBy: "Ana Silva said").count - 1 == 2)
    #expect(html.contains("merged\">A minister said that governments should fund youth organisations in rural areas."))
  }

  /// A speaker written "Name (OHCHR)" works at OHCHR: the closed session's items call them "a
  /// participant", never "an OHCHR", so their affiliation is not told either.
  @Test func anAffiliationInBracketsIsNoRole() throws {
    let output = try Self.buildOne(
      "closed.md",
      "---\ntitle: Closed roundtable\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\nchatham-house: true\nspeakers:\n  - \"Dr. Omar Haddad (OHCHR)\"\n---\n## Discussion\n\nOmar Haddad said governments should publish the lists of invited groups.\n")
    defer { output.cleanUp() }
    let extract = try #require(output.read("extract.json"))
    #expect(extract.contains("A participant said governments should publish the lists of invited groups."))
    #expect(!extract.contains("OHCHR") && !extract.contains("Haddad"))
  }

  /// A speaker's name in the venue or the hosts is unnamed in the details, as it is in the text;
  /// a chair who also speaks is unnamed in what the chair said, since the details name the chair.
  @Test func theDetailsNameTheChairAlone() throws {
    let output = try Self.buildOne(
      "closed.md",
      "---\ntitle: Closed roundtable\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\nchatham-house: true\nchair: Maria Okonkwo\nvenue: Jean-Luc Mbeki Hall\nhosts: [Jean-Luc Mbeki]\nspeakers:\n  - {name: Maria Okonkwo, role: Director}\n  - {name: Jean-Luc Mbeki, role: Coordinator}\n---\n## Discussion\n\nMaria Okonkwo said donors should stop funding short projects.\n")
    defer { output.cleanUp() }
    for file in ["index.html", "summaries/closed.html", "summaries/closed.md"] {
      let text = try #require(output.read(file))
      #expect(!text.contains("Mbeki"), "Mbeki appears in \(file)")
      #expect(!text.contains("The chair said"), "the chair is quoted in \(file)")
      #expect(text.contains("director said donors should stop funding"), "the words are lost in \(file)")
    }
    // The opening names the chair as the details do.
    #expect(output.read("summaries/closed.md")?.contains("chaired by Maria Okonkwo.") == true)
  }

  /// The report lists a closed session's speakers by the kind of body they come from, never by
  /// their affiliation or role, which would tie "a director said …" to them.
  @Test func theSpeakerListNamesNoAffiliation() throws {
    let output = try Self.buildOne(
      "closed.md",
      "---\ntitle: Closed roundtable\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\nchatham-house: true\nspeakers:\n  - {name: Hannah Kowalczyk, role: Director, affiliation: Nordic Peace Fund, sector: donor}\n  - {name: Yusuf Amin, affiliation: Ministry of Interior of Eastland}\n---\n## Discussion\n\nTalk.\n")
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    #expect(html.contains("A speaker from a donor") && html.contains(">A speaker<"))
    #expect(!html.contains("Nordic Peace Fund") && !html.contains("Eastland") && !html.contains(">Director<"))
  }

  /// A closed session with one speaker, whose name the discussion hides in `discussion`.
  static func hiddenNote(discussion: String) -> String {
    """
    ---
    id: hidden
    title: Closed
    date: "2017-09-21"
    time: "10:00-11:00"
    chatham-house: true
    speakers:
      - name: Wilhelmina Hiddenperson
        role: Researcher
    ---

    ## Discussion

    \(discussion)

    ## Action items

    - @Wilhelmina Hiddenperson to convene the group by 2017-10-31.
    """
  }

  /// What a reader of a file sees: tags, emphasis and code marks and invisible characters left
  /// out, character references read.
  static func readable(_ text: String) -> String {
    var output = ""
    var rest = Substring(text)
    while let first = rest.first {
      if first == "<", let close = rest.firstIndex(of: ">") {
        rest = rest[rest.index(after: close)...]
        continue
      }
      if first == "&", let semicolon = rest.prefix(10).firstIndex(of: ";") {
        let name = rest[rest.index(after: rest.startIndex)..<semicolon]
        let number = name.hasPrefix("#x") ? UInt32(name.dropFirst(2), radix: 16) : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
        if let number, let scalar = Unicode.Scalar(number) {
          output.unicodeScalars.append(scalar)
          rest = rest[rest.index(after: semicolon)...]
          continue
        }
      }
      if !"*_`\\\u{200B}\u{00AD}".contains(first) { output.append(first) }
      rest = rest.dropFirst()
    }
    return output
  }

  /// However the notes hide a speaker's name (in a link's target, an address, character
  /// references, split by markup), no output shows it; the words around it stay.
  @Test(arguments: [
    ("A participant presented [a study](https://example.org/wilhelmina-hiddenperson.pdf).", "presented a study."),
    ("A participant presented [a study][s].\n\n[s]: https://example.org/hiddenperson.pdf", "presented"),
    ("A participant showed ![a chart](https://example.org/hiddenperson-chart.png).", "showed a chart."),
    ("Contact <mailto:w.hiddenperson@example.org> or <https://example.org/Hiddenperson>.", "Contact a researcher or a researcher."),
    ("Contact w.hiddenperson@example.org or https://example.org/hiddenperson.", "Contact a researcher or a researcher."),
    ("Also Hidden&#112;erson and Wilhel&#x6D;ina agreed.", "Also a researcher and a researcher agreed."),
    ("Also *Hidden*person, Hidden`person` and Hidden<!-- -->person agreed.", "Also a researcher, a researcher and a researcher agreed."),
    ("Also Hidden[person](https://example.org/) agreed.", "Also a researcher agreed."),
    ("Also Hidden\u{200B}person agreed.", "Also a researcher agreed."),
    ("Also [Hiddenperson](#) agreed.", "Also"),
  ])
  func noOutputNamesAHiddenSpeaker(discussion: String, kept: String) throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    try input.write("sessions/hidden.md", Self.hiddenNote(discussion: discussion))
    let output = try TemporaryFolder()
    defer { output.cleanUp() }
    let context = try BuildPipeline.run(
      BuildPipeline.buildSteps,
      options: BuildOptions(input: input.path, output: output.path, templates: repositoryPath("Templates")))
    var texts = context.messages.map { ("build message", $0) }
    for file in output.allFiles() { texts.append((file, try #require(output.read(file)))) }
    for (file, text) in texts {
      for shown in [text.lowercased(), Self.readable(text).lowercased()] {
        #expect(!shown.contains("hiddenperson") && !shown.contains("wilhelmina"), "a name appears in \(file)")
      }
    }
    let html = try #require(output.read("index.html"))
    #expect(Self.readable(html).contains(kept))
    let csv = try #require(output.read("extract.csv"))
    #expect(csv.contains("A researcher to convene the group by 2017-10-31.,A researcher,2017-10-31,"))
    #expect(!csv.lowercased().contains("researcher a researcher"))
  }

  /// Lint reads the notes as written, but its messages, which quote them, name no speaker.
  @Test func lintMessagesNameNoSpeaker() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    try input.write("sessions/hidden.md", Self.hiddenNote(discussion: "See [Hiddenperson's paper](#).\n\n## Hiddenperson's remarks"))
    let result = try LintRun.run(input: input.path, paths: [])
    let messages = result.findings.map(\.message)
    #expect(messages.contains("link 'a researcher's paper' has no target ('#')"))
    #expect(messages.contains("section 'a researcher's remarks' is empty"))
    #expect(!messages.joined().lowercased().contains("hiddenperson"))
  }

  /// An id, or a notes file's name, that holds a speaker's name would name who spoke in file
  /// names, anchors, source references and the extracted data: the outputs call the session by its
  /// other words and a stable digest instead, the same on every build.
  @Test func anIdThatNamesASpeakerIsNotShown() throws {
    let note = "---\ntitle: Closed keynote\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\nchatham-house: true\nspeakers: [Ingrid Halvorsen]\n---\n## Discussion\n\nIngrid Halvorsen said donors should fund youth groups directly.\n"
    let output = try Self.buildOne("halvorsen-keynote.md", note)
    defer { output.cleanUp() }
    let files = output.allFiles()
    let summary = try #require(files.first { $0.hasPrefix("summaries/keynote-") && $0.hasSuffix(".html") })
    #expect(!files.contains { $0.lowercased().contains("halvorsen") })
    for file in files where file.hasSuffix(".html") || file.hasSuffix(".md") || file.hasSuffix(".json") || file.hasSuffix(".csv") {
      let text = try #require(output.read(file))
      #expect(!text.lowercased().contains("halvorsen"), "\(file) names the speaker")
    }
    let extract = try #require(output.read("extract.json"))
    let id = String(summary.dropFirst("summaries/".count).dropLast(".html".count))
    #expect(extract.contains("\"id\": \"\(id)\""))
    #expect(extract.contains("sessions/keynote.md"))
    // The same note builds to the same name.
    let again = try Self.buildOne("halvorsen-keynote.md", note)
    defer { again.cleanUp() }
    #expect(again.allFiles().contains(summary))
  }

  /// Two ids that differ only by the speaker they name stay two sessions.
  @Test func idsThatDifferByANameStayApart() throws {
    func session(_ id: String, _ speaker: String) throws -> Session {
      try SessionLoader.load(
        file: "a.md", text: "---\nid: \(id)\ntitle: T\nchatham-house: true\nspeakers: [\(speaker)]\n---\nText.\n"
      ).get()
    }
    let first = try #require(SpeakerNamedID.unnamedID(of: try session("halvorsen-keynote", "Ingrid Halvorsen")))
    let second = try #require(SpeakerNamedID.unnamedID(of: try session("okafor-keynote", "Ngozi Okafor")))
    #expect(first.hasPrefix("keynote-") && second.hasPrefix("keynote-") && first != second)
    #expect(SpeakerNamedID.unnamedID(of: try session("youth-dialogue", "Hope Youth")) == nil)
    #expect(SpeakerNamedID.unnamedID(of: try session("Halvorsen_2017", "Ingrid Halvorsen"))?.hasPrefix("2017-") == true)
    #expect(SpeakerNamedID.unnamedID(of: try session("halvorsen", "Ingrid Halvorsen"))?.hasPrefix("session-") == true)
  }

  /// A body's name in brackets is where the speaker works, never their label; the notes' own
  /// Speakers list keeps no affiliation beside the label; a surname joined to a word in small
  /// letters is still the surname; a place in a role keeps its capital.
  @Test func noAffiliationStandsBesideTheLabel() throws {
    let output = try Self.buildOne(
      "closed.md",
      """
      ---
      title: Closed roundtable
      date: "2017-09-21"
      time: "11:00-12:00"
      chatham-house: true
      speakers:
        - Hamid Farouk (Sahel Youth Council)
        - {name: Fatou Sow, role: Director, affiliation: Women for Peace Network}
        - {name: Ali Traore, role: Minister of Youth of Mali}
      ---
      ## Speakers

      - Fatou Sow, Director, Women for Peace Network
      - Hamid Farouk (Sahel Youth Council)

      ## Discussion

      Farouk's proposal: local authorities should fund youth centres.
      Sow-led programmes were praised. Ali Traore urged donors to fund youth councils.

      """)
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    let extract = try #require(output.read("extract.json"))
    for text in [html, extract] {
      #expect(!text.contains("Farouk") && !text.contains("Sow") && !text.contains("Traore"))
      #expect(!text.lowercased().contains("sahel youth council"))
    }
    #expect(!html.contains("Women for Peace Network"))
    #expect(extract.contains("A participant's proposal: local authorities should fund youth centres."))
    #expect(html.contains("<li>A director</li>"))
    #expect(extract.contains("A minister of youth of Mali urged donors"))
  }
}
