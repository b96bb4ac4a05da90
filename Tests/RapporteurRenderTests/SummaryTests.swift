import Foundation
import RapporteurCore
import RapporteurKit
import RapporteurRender
import Testing
import TestSupport

/// The sample sessions, loaded once.
let sampleSessions: [Session] = {
  let folder = repositoryPath("Inputs/sessions")
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".md") }.sorted() ?? []
  let rules = (try? InputsLoader.loadRules(input: repositoryPath("Inputs"), event: nil)) ?? .defaults
  return names.compactMap { try? InputsLoader.loadSession(file: "Inputs/sessions/\($0)", catalog: rules.catalog).get() }
}()

func summary(of session: Session, maxWords: Int = 600, rules: TaggingRules = .defaults) throws -> SummaryRenderer.Output {
  let templates = try TemplateSet(directory: repositoryPath("Templates"))
  let renderer = SummaryRenderer(templates: templates, rules: rules, maxWords: maxWords)
  return try renderer.render(session: session, extract: Extractor(rules: rules).extract(session))
}

@Suite struct SummaryTests {
  @Test(arguments: sampleSessions.map(\.id))
  func sampleSummariesMatchTheirGoldenFiles(id: String) throws {
    let session = try #require(sampleSessions.first { $0.id == id })
    let rules = try InputsLoader.loadRules(input: repositoryPath("Inputs"), event: nil)
    let output = try summary(of: session, rules: rules)
    assertSnapshot(output.markdown, named: "summary-\(id).md", target: "RapporteurRenderTests")
    assertSnapshot(output.html, named: "summary-\(id).html", target: "RapporteurRenderTests")
  }

  @Test(arguments: [150, 300, 600])
  func everySampleSummaryStaysWithinTheWordBudget(maxWords: Int) throws {
    #expect(sampleSessions.count >= 5)
    for session in sampleSessions {
      let output = try summary(of: session, maxWords: maxWords)
      #expect(WordCount.count(output.markdown) <= maxWords, "\(session.id): \(WordCount.count(output.markdown)) words")
      // Nothing is cut mid-sentence: every item line ends as its sentence does.
      for line in output.markdown.split(separator: "\n") where line.hasPrefix("- ") {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        #expect([".", ")", "!", "?", "*", "”", "\""].contains(String(trimmed.last ?? ".")), "\(session.id): \(line)")
      }
    }
  }

  @Test func aTightBudgetSaysWhatWasLeftOut() throws {
    let session = try #require(sampleSessions.first { $0.id == "nap-side-event" })
    let output = try summary(of: session, maxWords: 150)
    #expect(output.markdown.contains("Left out for length:"))
    #expect(output.markdown.contains("recommendation"))
    let full = try summary(of: session, maxWords: 100_000)
    #expect(!full.markdown.contains("Left out for length:"))
    #expect(WordCount.count(full.markdown) > 600)
  }

  /// Every draft says it was not negotiated: in the chair's own words, or, where those are left out
  /// for length, in the closing note.
  @Test(arguments: [60, 150, 100_000])
  func everyDraftSaysItWasNotNegotiated(maxWords: Int) throws {
    for session in sampleSessions {
      let output = try summary(of: session, maxWords: maxWords)
      #expect(output.markdown.contains("not negotiated") || output.markdown.contains("not a negotiated"), "\(session.id), \(maxWords) words")
    }
  }

  @Test func notesLackingSectionsStillBuildAndSayWhatIsMissing() throws {
    let text = LintExample.standardFrontMatter() + "## Discussion\n\nSpeakers stressed that women's groups need funding.\n"
    let session = try SessionLoader.load(file: "thin.md", text: text).get()
    let output = try summary(of: session)
    #expect(output.markdown.contains("Not in the notes: Purpose, Recommendations, Action items."))
    #expect(output.html.contains("class=\"missing\""))
    let empty = try SessionLoader.load(file: "empty.md", text: LintExample.standardFrontMatter()).get()
    #expect(try summary(of: empty).markdown.contains("Not in the notes: Purpose, Discussion, Recommendations, Action items."))
  }

  /// A pipe table in the discussion, which CommonMark leaves as a paragraph, gives no key message.
  @Test func aPipeTableGivesNoKeyMessage() throws {
    let text = LintExample.standardFrontMatter() + """
      ## Discussion

      Participants compared three funding models for youth groups.

      | Model | Funding for youth groups |
      |---|---|
      | Pooled fund | Flexible funding, slow to set up |

      Speakers agreed that small grants for youth groups work best.
      """
    let output = try summary(of: try SessionLoader.load(file: "t.md", text: text).get())
    #expect(output.markdown.contains("small grants for youth groups work best"))
    #expect(!output.markdown.contains("|"))
  }

  @Test func theSpeakerCountsAddUpAndTheKindIsNotSaidTwice() throws {
    let text = """
      ---
      title: "Workshop: local prevention"
      kind: workshop
      date: "2017-09-21"
      speakers:
        - {name: A. One, sector: government, gender: female}
        - {name: B. Two, sector: civil-society, gender: woman}
        - {name: C. Three, gender: non-binary}
        - D. Four
      ---
      ## Discussion

      Speakers stressed that women's groups need funding.
      """
    let output = try summary(of: try SessionLoader.load(file: "w.md", text: text).get())
    #expect(output.markdown.contains("“Workshop: local prevention” took place"))
    #expect(!output.markdown.contains("The workshop “Workshop"))
    // D. Four's gender is not given: the count says so rather than tell a share it does not know.
    #expect(output.markdown.contains("4 speakers took part: 1 from government, 1 from civil society and 2 others; 2 were women (gender not given for 1)."))
    let everyGender = text.replacingOccurrences(of: "- D. Four", with: "- {name: D. Four, gender: male}")
    let known = try summary(of: try SessionLoader.load(file: "w.md", text: everyGender).get())
    #expect(known.markdown.contains("; 2 of them were women."))
    let noGender = text.replacingOccurrences(of: "gender: ", with: "role: ")
    let none = try summary(of: try SessionLoader.load(file: "w.md", text: noGender).get())
    #expect(none.markdown.contains("4 speakers took part: 1 from government, 1 from civil society and 2 others."))
  }

  /// One speaker, a kind written in words with a hyphen, hosts that take an article, two chairs.
  @Test func theOpeningReadsAsEnglish() throws {
    let text = """
      ---
      title: Ministerial breakfast
      kind: high-level dialogue
      date: "2017-09-21"
      hosts: [United Kingdom, Government of Kenya, UNDP]
      chair: [Ana Ruiz, Tom Berg]
      speakers:
        - {name: A. One, sector: government, gender: male}
      ---
      ## Discussion

      Speakers stressed that women's groups need funding.
      """
    let output = try summary(of: try SessionLoader.load(file: "w.md", text: text).get())
    #expect(output.markdown.contains("The high-level dialogue “Ministerial breakfast”, hosted by the United Kingdom, the Government of Kenya and UNDP, took place"))
    #expect(output.markdown.contains("1 speaker took part: 1 from government."))
    #expect(output.markdown.contains("Chairs: Ana Ruiz, Tom Berg"))
    let woman = try summary(of: try SessionLoader.load(file: "w.md", text: text.replacingOccurrences(of: "male", with: "female")).get())
    #expect(woman.markdown.contains("1 speaker took part: 1 from government; the speaker was a woman."))
  }

  /// The purpose keeps the web address a link in it leads to, as items do; a closed session's
  /// does not, as a target may name a speaker.
  @Test func thePurposeKeepsItsLinksTargets() throws {
    let note = "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nTo test the [toolkit](https://example.org/pve-guide) with CSOs.\n"
    let open = try summary(of: try SessionLoader.load(file: "p.md", text: note).get())
    #expect(open.markdown.contains("toolkit (https://example.org/pve-guide) with CSOs"))
    let closed = note.replacingOccurrences(of: "---\n## Purpose", with: "chatham-house: true\n---\n## Purpose")
    let hidden = try summary(of: try SessionLoader.load(file: "p.md", text: closed).get())
    #expect(!hidden.markdown.contains("example.org"))
  }

  /// A recommendation or an action the notes write twice (in the discussion and again in its
  /// section) is listed once.
  @Test func itemsWrittenTwiceAreListedOnce() throws {
    let note = """
      ---
      title: Duplicates
      date: "2017-09-21"
      time: "10:00-11:00"
      ---
      ## Discussion

      Donors should fund core costs of women's organisations. Donors should fund core costs of women's organisations.

      UNDP to share the toolkit by 2017-10-10.

      ## Recommendations

      - Donors should fund core costs of women's organisations.

      ## Action items

      - UNDP to share the toolkit by 2017-10-10.
      """
    let output = try summary(of: try SessionLoader.load(file: "d.md", text: note).get())
    #expect(output.markdown.components(separatedBy: "- Donors should fund core costs").count - 1 == 1)
    #expect(output.markdown.components(separatedBy: "- UNDP to share the toolkit").count - 1 == 1)
  }

  @Test func aChairGivenAsARoleReadsInsideTheSentence() throws {
    let text = """
      ---
      title: T
      kind: workshop
      date: "2017-09-21"
      chair: [A youth network coordinator, The Elders]
      hosts: [An office of the UN, A. Okoro]
      ---
      ## Discussion

      Text.
      """
    let output = try summary(of: try SessionLoader.load(file: "c.md", text: text).get())
    #expect(output.markdown.contains("hosted by an office of the UN and A. Okoro,"))
    #expect(output.markdown.contains("chaired by a youth network coordinator and The Elders."))
  }

  @Test func chathamHouseNamesNobody() throws {
    let text = """
      ---
      title: Closed-door consultation
      kind: workshop
      date: "2017-09-21"
      time: "10:00-11:00"
      chair: Ana Chairwoman
      chatham-house: true
      speakers:
        - name: Dr. Miriam Okonkwo-Hale
          role: Deputy minister
          sector: government
        - name: Tomasz Brightwater
          role: NGO director
          sector: civil-society
        - name: Li Wen
          sector: donor
      ---
      ## Purpose

      Ms Okonkwo-Hale opened; Tomasz Brightwater and Li Wen responded.

      ## Discussion

      Dr Okonkwo-Hale stressed that women's organisations need a formal seat in drafting. Miriam said the gender
      chapter lost its budget. Brightwater's network agreed with Dr. Miriam Okonkwo-Hale that funding for youth groups is scarce.
      Mr. Brightwater stressed that civil society wants monitoring to be joint. Li Wen agreed on funding.

      ## Recommendations

      - Donors should fund women's organisations, as Tomasz Brightwater urged.

      ## Action items

      - Tomasz Brightwater to circulate the draft within two weeks.
      - Li Wen will host a call.

      ## Chair's summary

      Ana Chairwoman thanked Dr. Okonkwo-Hale and Mr Brightwater.
      """
    let session = try SessionLoader.load(file: "closed.md", text: text).get()
    let output = try summary(of: session, maxWords: 2_000)
    for name in ["Miriam", "Okonkwo", "Okonkwo-Hale", "Tomasz", "Brightwater", "Li Wen"] {
      #expect(!output.markdown.contains(name), "\(name) appears in the Markdown")
      #expect(!output.html.contains(name), "\(name) appears in the HTML")
    }
    #expect(output.markdown.contains("Ana Chairwoman"))
    #expect(output.markdown.contains("deputy minister") || output.markdown.contains("Deputy minister"))
    #expect(output.markdown.contains("Chatham House Rule"))
  }

  @Test(arguments: [
    ("Room XXIV", "in Room XXIV"), ("Madison Room", "in the Madison Room"), ("Geneva", "in Geneva"),
    ("The Roosevelt Hotel", "in the Roosevelt Hotel"), ("Online", "online"), ("UNHQ Conference Room 4", "in UNHQ Conference Room 4"),
  ])
  func theOpeningNamesTheVenueAsPeopleWould(venue: String, phrase: String) throws {
    let text = "---\ntitle: T\nkind: workshop\ndate: \"2024-03-12\"\ntime: \"09:30-11:00\"\nvenue: \(venue)\n---\n## Purpose\n\nTo meet.\n"
    let session = try SessionLoader.load(file: "v.md", text: text).get()
    #expect(try summary(of: session).markdown.contains("took place on 12 March 2024 \(phrase)"))
  }

  @Test func questionsFromTheFloorAreNoKeyMessages() throws {
    let text = """
      ---
      title: T
      date: "2024-03-12"
      time: "09:30-11:00"
      ---
      ## Discussion

      A delegate asked whether donors would fund joint monitoring of the water basins next year?
      Another participant asked how women's groups could take part in the basin committees at all.
      Speakers stressed that women's groups carry most of the burden of water collection in the basin.
      """
    let session = try SessionLoader.load(file: "q.md", text: text).get()
    let markdown = try summary(of: session).markdown
    #expect(markdown.contains("Speakers stressed that women's groups"))
    #expect(!markdown.contains("asked whether") && !markdown.contains("asked how"))
  }

  @Test func itemsShownAsSentencesAreStillNoKeyMessages() throws {
    let text = LintExample.standardFrontMatter() + """
      ## Discussion

      Speakers stressed that youth referral programmes work best when families trust them.

      **Recommendations:**

      - governments should fund youth referral programmes run by families and youth groups; and
      - municipal youth councils should review youth referral programmes every year,
      """
    let session = try SessionLoader.load(file: "k.md", text: text).get()
    let markdown = try summary(of: session).markdown
    #expect(markdown.contains("- Governments should fund youth referral programmes run by families and youth groups."))
    #expect(!markdown.contains("governments should fund") && !markdown.contains("councils should review youth referral programmes every year,"))
    // Found under a bold label, the recommendations are not reported missing.
    #expect(!markdown.contains("Not in the notes: Purpose, Recommendations"))
    #expect(markdown.contains("Not in the notes: Purpose, Action items."))
  }

  @Test func theMarkdownDraftEscapesOnlyWhatWouldBeMarkup() throws {
    let text = LintExample.standardFrontMatter() + """
      ## Purpose

      To fund M&E at 10% of budgets (not <5%), not `<b>` or `&amp;`, and `*stars*` kept as text.
      """
    let session = try SessionLoader.load(file: "e.md", text: text).get()
    let markdown = try summary(of: session).markdown
    #expect(markdown.contains("To fund M&E at 10% of budgets (not <5%), not \\<b> or \\&amp;, and \\*stars\\* kept as text."))
  }

  @Test func aTitleWrittenInQuotesIsQuotedOnce() throws {
    let text = "---\ntitle: \"\u{201C}Quoted title\u{201D}\"\ndate: \"2017-09-21\"\ntime: \"09:00-10:00\"\n---\n## Purpose\n\nText.\n"
    let session = try SessionLoader.load(file: "q.md", text: text).get()
    let markdown = try summary(of: session).markdown
    #expect(markdown.contains("The session \u{201C}Quoted title\u{201D} took place"))
  }

  /// A chair's summary pasted back into the notes without its opening comment, under its own
  /// heading or as the draft is (its title line first), repeats no item; an item only it names stays.
  @Test(arguments: sampleSessions.map(\.id))
  func aSummaryPastedBackWithoutItsCommentRepeatsNoItem(id: String) throws {
    let session = try #require(sampleSessions.first { $0.id == id })
    let rules = try InputsLoader.loadRules(input: repositoryPath("Inputs"), event: nil)
    let extractor = Extractor(rules: rules)
    let original = extractor.extract(session)
    #expect(original.recommendations.count + original.actions.count > 0)
    let draft = try summary(of: session, maxWords: 2000, rules: rules).markdown.replacingOccurrences(of: Extractor.draftMarker, with: "")
    let text = try String(contentsOfFile: repositoryPath(session.file), encoding: .utf8)
    for pasted in [
      text + "\n\n## Chair's summary\n\n" + draft, text + "\n\n" + draft,
      text + "\n\n## Chair's summary\n\n" + draft + "\n- Academia should map what works in prevention.\n",
    ] {
      let again = extractor.extract(try SessionLoader.load(file: session.file, text: pasted, catalog: rules.catalog).get())
      let added = pasted.hasSuffix("prevention.\n") ? ["Academia should map what works in prevention."] : []
      #expect(again.recommendations.map(\.text) == original.recommendations.map(\.text) + added)
      #expect(again.actions.map(\.text) == original.actions.map(\.text))
    }
  }

  @Test func recommendationsToOthersAreNotForAllActors() throws {
    let text = LintExample.standardFrontMatter() + """
      ## Recommendations

      - Donors should pool their funds.
      - The steering committee should publish its findings.
      - More funding is needed for prevention.
      """
    let session = try SessionLoader.load(file: "o.md", text: text).get()
    let markdown = try summary(of: session).markdown
    #expect(markdown.contains("#### For other actors\n\n- The steering committee should publish its findings."))
    #expect(markdown.contains("#### General recommendations\n\n- More funding is needed for prevention."))
  }

  @Test func denialsThePastAndProcedureAreNoKeyMessages() throws {
    let text = LintExample.standardFrontMatter() + """
      ## Discussion

      Apologies were received from the ministry of finance and its youth programme.
      Last year we urged donors to set aside a budget for youth referral, and nothing happened.
      To be clear, nobody here is saying that families should report their youth to the police.
      Speakers stressed that youth referral programmes work best when families trust them.
      """
    let session = try SessionLoader.load(file: "k.md", text: text).get()
    let markdown = try summary(of: session).markdown
    #expect(markdown.contains("Speakers stressed that youth referral programmes"))
    #expect(!markdown.contains("Apologies") && !markdown.contains("Last year") && !markdown.contains("nobody"))
  }

  @Test func everyItemCarriesItsSource() throws {
    for session in sampleSessions {
      let html = try summary(of: session, maxWords: 100_000).html
      for tag in htmlTags(in: html) where tag.contains("class=\"recommendation\"") || tag.contains("class=\"action-item\"") {
        #expect(tag.contains("data-source=\"\(session.file):"), "\(tag)")
      }
      #expect(html.contains("class=\"recommendation\""))
    }
  }

  @Test func aDraftPastedBackIsUsedVerbatim() throws {
    let session = try #require(sampleSessions.first { $0.id == "youth-resilience-workshop" })
    let draft = try summary(of: session).markdown
    var text = session.text
    if let range = text.range(of: "\n## Wrap-up") {
      text = String(text[..<range.lowerBound])
    }
    text += "\n## Chair's summary\n\n" + draft.replacingOccurrences(of: "Youth", with: "Youth (edited)")
    let edited = try SessionLoader.load(file: session.file, text: text).get()
    let again = try summary(of: edited)
    #expect(again.markdown.contains("Youth (edited)"))
    #expect(again.markdown.components(separatedBy: SummaryComposer.marker).count == 2)
    // The draft is CommonMark a chair can edit: its headings stay below the section's level 2.
    #expect(!draft.contains("\n# ") && !draft.contains("\n## "))
  }
}

@Suite struct WordCountTests {
  @Test(arguments: [
    ("The report is due in May 2024.", 7), ("1. First item\n2. Second item", 4), ("  12) Item two", 2),
    ("> 1. Quoted item", 2), ("- A bullet — with a dash", 5), ("Figures: 3.5 and 2.", 4), ("نشست ۱ و ۲", 4),
  ])
  func wordsAreCountedAsAReaderCountsThem(text: String, expected: Int) {
    #expect(WordCount.count(text) == expected)
  }

  /// Out of its paragraph a pronoun names no one: the report and the summary write whom it
  /// stands for where that is known, or "A speaker"; "They should …" may stand for anyone.
  @Test(arguments: [
    ("She urged donors to fund core costs.", nil, "A speaker urged donors to fund core costs."),
    ("He will send the list by Friday.", "Ms Achieng", "Ms Achieng will send the list by Friday."),
    ("They invited governments to report back.", nil, "Speakers invited governments to report back."),
    ("They should fund youth groups directly.", nil, "They should fund youth groups directly."),
    ("Shelters need funding.", nil, "Shelters need funding."),
  ] as [(String, String?, String)])
  func pronounsOutOfContext(text: String, owner: String?, expected: String) {
    #expect(SummaryComposer.withoutOpeningPronoun(text, owner: owner) == expected)
  }

  /// Key messages come from what the session said: not a pasted e-mail's header or signature, a
  /// proposal turned down, a hypothetical or a document's words; list items stay apart.
  @Test func keyMessagesLeaveOutMailRejectionsAndHypotheticals() throws {
    let text = """
      ---
      title: Youth online
      kind: workshop
      date: "2019-04-10"
      ---
      ## Purpose

      - Swap notes on funding for small youth groups
      - Agree asks for donors

      ## Discussion

      From: Awa Cisse awa.cisse@example.org Sent: Wednesday, April 10, 2019 1:14 PM Subject: RE: notes on youth funding

      Kofi stressed that youth groups need small grants for digital literacy and youth funding.

      A participant proposed that donors suspend youth funding to countries that close civic space; the proposal was rejected by a large majority.

      Had the youth funding been secured, the institute would have extended the survey of youth groups.

      \\-- Awa Cisse | Rapporteur | West Africa Youth Network. This e-mail may contain confidential information about youth funding.
      """
    let output = try summary(of: try SessionLoader.load(file: "mail.md", text: text).get())
    let messages = output.draft.keyMessages.flatMap(\.sentences).map(\.text)
    #expect(messages == ["Kofi stressed that youth groups need small grants for digital literacy and youth funding."])
    #expect(output.draft.purpose.map(\.text) == ["Swap notes on funding for small youth groups.", "Agree asks for donors."])
  }

  /// A session that names no venue of its own is held at the event's, as the report shows it.
  @Test func aSessionWithoutAVenueIsAtTheEvents() throws {
    let text = "---\ntitle: Lunch\ndate: \"2018-03-14\"\ntime: \"12:00-13:00\"\n---\n## Purpose\n\nTo meet.\n"
    let session = try SessionLoader.load(file: "lunch.md", text: text).get()
    let renderer = SummaryRenderer(templates: try TemplateSet(directory: repositoryPath("Templates")), rules: .defaults, eventVenue: "Conference Centre")
    let output = try renderer.render(session: session, extract: Extractor().extract(session))
    #expect(output.draft.metaLine.contains("Conference Centre"))
  }

  /// Next steps come soonest due first, and a tight budget keeps the soonest.
  @Test func nextStepsComeSoonestFirst() throws {
    let text = """
      ---
      title: Steps
      date: "2018-03-14"
      ---
      ## Action items

      - UNDP to publish the study by 30 September 2018.
      - OHCHR to convene the group by 30 June 2018.
      - Rapporteur to circulate the minutes by 16 March 2018.
      """
    let session = try SessionLoader.load(file: "steps.md", text: text).get()
    let output = try summary(of: session)
    #expect(output.draft.nextSteps.count == 3)
    let order = ["circulate the minutes", "convene the group", "publish the study"].compactMap { output.markdown.range(of: $0)?.lowerBound }
    #expect(order.count == 3 && order == order.sorted())
  }

  /// A recommendation or a task the notes restate in other words is listed once; two asks of the
  /// same addressee that differ are both kept.
  @Test func restatementsAreListedOnce() throws {
    let text = """
      ---
      title: Results
      date: "2018-03-16"
      ---
      ## Discussion

      Mr. Berg agreed, adding that donors must accept longer reporting cycles if they want honest results.
      The workshop agreed that Dr. Okafor would prepare a short guidance note on community-designed indicators by 30 April 2018.

      ## Recommendations

      - Donors must accept longer reporting cycles.
      - Donors should fund youth groups directly.
      - Donors should fund women's groups directly.

      ## Action items

      - Dr. Okafor to prepare the guidance note on community-designed indicators by 30 April 2018.
      - Dr. Okafor to book the venue by 30 April 2018.
      """
    let output = try summary(of: try SessionLoader.load(file: "results.md", text: text).get())
    let asks = output.draft.recommendationGroups.flatMap(\.items).map(\.text)
    #expect(asks.count == 3)
    #expect(asks.filter { $0.contains("reporting cycles") }.count == 1)
    #expect(output.markdown.components(separatedBy: "guidance note").count == 2)
    #expect(output.markdown.contains("book the venue"))
  }

  /// Notes with a purpose and outcomes but no discussion give no key messages: the purpose,
  /// shown above them, is not said twice.
  @Test func keyMessagesDoNotRepeatThePurpose() throws {
    let text = """
      ---
      title: Outcome document
      date: "2023-11-15"
      ---
      ## Purpose

      To adopt the forum's outcome document on financing community-based prevention.

      ## Recommendations

      1. Donors should establish pooled funds accessible to small community-based organisations.
      """
    let output = try summary(of: try SessionLoader.load(file: "outcome.md", text: text).get())
    #expect(output.draft.keyMessages.isEmpty)
    #expect(output.draft.purpose.count == 1)
    #expect(output.markdown.components(separatedBy: "To adopt the forum's outcome document").count == 2)
  }

  /// The chair's own section, shown whole, is not repeated: its recommendations are not listed
  /// again, and its own "not negotiated" is not followed by the tool's.
  @Test func theChairsSectionIsNotRepeated() throws {
    let text = """
      ---
      title: Chair
      kind: plenary
      date: "2019-04-10"
      ---
      ## Recommendations

      - Donors should fund core costs of local organisations.

      ## Chair's summary

      The Chair invited governments to report back at the next forum. This summary was not negotiated among participants.
      """
    let output = try summary(of: try SessionLoader.load(file: "chair.md", text: text).get())
    #expect(output.draft.recommendationGroups.flatMap(\.items).map(\.text) == ["Donors should fund core costs of local organisations."])
    #expect(output.draft.closingLine.isEmpty)
    #expect(output.draft.leftOut == nil)
  }

  /// A summary names as missing only the outcome sections event.yml requires of the kind.
  @Test func missingSectionsFollowTheEventsRequiredSections() throws {
    let text = "---\ntitle: P\nkind: plenary\ndate: \"2019-04-10\"\n---\n## Purpose\n\nTo open.\n\n## Discussion\n\nTalk.\n"
    let session = try SessionLoader.load(file: "p.md", text: text).get()
    let templates = try TemplateSet(directory: repositoryPath("Templates"))
    let required: [String: [SectionID]] = ["plenary": [.purpose, .agenda, .recommendations], "workshop": [.actions]]
    let renderer = SummaryRenderer(templates: templates, rules: .defaults, requiredSections: required)
    let output = try renderer.render(session: session, extract: Extractor().extract(session))
    #expect(output.draft.missing == ["Recommendations"])
    let defaults = try summary(of: session)
    #expect(defaults.draft.missing == ["Recommendations", "Action items"])
    // A kind that requires no discussion is not asked for one.
    let outcome = "---\ntitle: F\nkind: side-event\ndate: \"2019-04-10\"\n---\n## Purpose\n\nTo fund.\n\n## Recommendations\n\n- Donors should fund core costs.\n\n## Action items\n\n- UNDP to map funds by 30 May.\n"
    let fin = try SessionLoader.load(file: "f.md", text: outcome).get()
    let sideEvents = SummaryRenderer(templates: templates, rules: .defaults, requiredSections: ["side-event": [.purpose, .recommendations, .actions]])
    #expect(try sideEvents.render(session: fin, extract: Extractor().extract(fin)).draft.missing.isEmpty)
  }

  /// What a tight budget leaves out is called "further" only where some of its kind are shown.
  @Test func leftOutWordingCountsWhatIsShown() throws {
    let session = try #require(sampleSessions.first { $0.id == "nap-side-event" })
    let output = try summary(of: session, maxWords: 60)
    let note = try #require(output.draft.leftOut)
    #expect(output.draft.recommendationGroups.isEmpty)
    #expect(note.contains(" recommendations") && !note.contains("further recommendations"))
  }

  /// Footnotes are no part of the purpose: neither their marks nor their text.
  @Test func footnotesStayOutOfThePurpose() throws {
    let text = "---\ntitle: F\nkind: workshop\ndate: \"2019-04-10\"\n---\n## Purpose\n\nBackground on the resolution[^1] and the guidance[^oh].\n\n[^1]: See https://example.org/res.\n[^oh]: Guidance.\n"
    let output = try summary(of: try SessionLoader.load(file: "f.md", text: text).get())
    #expect(output.draft.purpose.map(\.text) == ["Background on the resolution and the guidance."])
  }
}


/// Out of its paragraph, an item's opening pronoun names whom it stands for where that is known.
@Suite struct ShownTextTests {
  static func item(_ text: String, kind: ItemKind = .recommendation, section: SectionID?, owner: String? = nil) -> ExtractedItem {
    ExtractedItem(
      kind: kind, text: text, location: .init(line: 1, column: 1), owner: owner, due: nil, done: false, themes: [], actors: [],
      rule: "", evidence: [], strength: 2, section: section)
  }

  @Test func pronounsInTheChairsOwnSectionNameTheChair() {
    #expect(SummaryComposer.shownText(Self.item("They invited donors to report back.", section: .chairsSummary), chairs: 2)
      == "The co-chairs invited donors to report back.")
    #expect(SummaryComposer.shownText(Self.item("She invited donors to report back.", section: .chairsSummary), chairs: 1)
      == "The Chair invited donors to report back.")
    #expect(SummaryComposer.shownText(Self.item("She urged donors to act.", section: .discussion), chairs: 1) == "A speaker urged donors to act.")
    #expect(SummaryComposer.shownText(Self.item("She will send the minutes.", kind: .action, section: .discussion, owner: "Ms. Ito"), chairs: 1)
      == "Ms. Ito will send the minutes.")
  }

  /// Advice opening "He …" names the speaker the sentence before named (or, under the Chatham
  /// House Rule, the role that stands for them).
  @Test func pronounsOfAdviceNameTheSpeakerTheNotesNamedBefore() {
    var item = Self.item("He urged governments to fund youth-led initiatives.", section: .discussion)
    item.evidence = [Evidence(rule: "speaker", words: "Andrés Quintero-Mbaye")]
    #expect(SummaryComposer.shownText(item, chairs: 1) == "Andrés Quintero-Mbaye urged governments to fund youth-led initiatives.")
    item.evidence = [Evidence(rule: "speaker", words: "a youth coordinator")]
    #expect(SummaryComposer.shownText(item, chairs: 1) == "A youth coordinator urged governments to fund youth-led initiatives.")
  }
}
