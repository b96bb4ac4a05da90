import RapporteurCore
import Testing

/// Sentences outside the Recommendations and Action items sections: the item keeps the whole
/// sentence as written, and labels in their common variants mark it.
@Suite struct SentenceItemTests {
  static let extractor = Extractor()
  var extractor: Extractor { Self.extractor }

  @Test(arguments: [
    "It was recommended that donors align their reporting requirements.",
    "We recommend that local authorities publish their budgets.",
    "It is recommended that governments consult youth networks early.",
  ])
  func aRecommendationKeepsItsWholeSentence(_ sentence: String) throws {
    let found = extractor.classifySentence(sentence, sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.kind == .recommendation)
    #expect(item.text == sentence)
  }

  @Test func aLabelEndingInAColonIsLeftOut() throws {
    let found = extractor.classifySentence("Recommendation: donors should fund core costs.", sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.text == "donors should fund core costs.")
  }

  @Test(arguments: [
    ("Action point – the Ministry to draft terms of reference by end of Q2.", "Ministry"),
    ("Action - UNDP to convene the partners by 30 April 2024.", "UNDP"),
    ("ACTION POINT: Secretariat to share the notes.", "Secretariat"),
  ])
  func actionLabelsWithADashOrColon(_ sentence: String, owner: String) throws {
    let found = extractor.classifySentence(sentence, sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.kind == .action)
    #expect(item.owner == owner)
  }

  @Test func urgingSomeoneToActIsARecommendationWhoeverTheyAre() throws {
    let found = extractor.classifySentence(
      "Several speakers urged river basin bodies to open their meetings to observers.", sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.kind == .recommendation)
    let fellow = extractor.classifySentence("She urged fellow donors to fund core costs.", sessionDate: "2024-03-12")
    #expect(fellow?.actors == ["donors"])
    let caution = extractor.classifySentence("She urged caution about the figures.", sessionDate: "2024-03-12")
    #expect(caution == nil)
  }
}

/// Items of the Action items and Recommendations sections written as minutes are: owners in
/// brackets or before a colon, due dates set off at the end, addressees opening the item.
@Suite struct MinutesStyleItemTests {
  static let note = """
    ---
    title: Coordination meeting
    date: "2024-05-06"
    time: "14:00-15:30"
    ---
    ## Recommendations

    1. **To the Government:** lift the permit requirement for national NGOs.
    2. To donors – flexible funding for local responders.
    3. Training for rapporteurs before each session.

    ## Action items

    * Draft access strategy [OCHA] – due 31 May 2024
    * WFP and UNICEF: map the alternative routes, by end-June
    * Follow up with the Ministry on permits — Lead: Protection Cluster, 15/06/2024
    * Map the crossings (IOM)
    * Publish national action plans (NAPs) on the portal
    * Review the budget (2024)
    * Note: the meeting moved to Thursday
    * Follow up on the 2024-03-01 decision
    * Circulate the notes - 2 pages
    """

  @Test func ownersDueDatesAndAddressees() throws {
    let session = try SessionLoader.load(file: "m.md", text: Self.note).get()
    let extract = Extractor().extract(session)
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], []])
    #expect(extract.actions.map(\.owner) == ["OCHA", "WFP and UNICEF", "Protection Cluster", "IOM", nil, nil, nil, nil, nil])
    #expect(extract.actions.map(\.due) == ["2024-05-31", "2024-06-30", "2024-06-15", nil, nil, nil, nil, nil, nil])
  }
}

/// Sections that mix paragraphs and lists: an introduction ending in a colon names whom the
/// list's items address; other paragraphs are read sentence by sentence.
@Suite struct MixedSectionTests {
  static let note = """
    ---
    title: Financing local peacebuilding
    date: "2024-05-07"
    time: "10:00-11:30"
    ---
    ## Key recommendations

    Participants agreed on the following.

    Donors should simplify reporting for grants below USD 50,000.

    Participants urged governments to:

    - reserve 15% of pooled funds for women-led organisations;
    - publish the selection criteria.

    ## Next steps

    The PBF secretariat will share the guidelines with participants by 20 May. Participants will
    send case studies within ten days.

    - The moderator to draft a two-page brief.
    """

  @Test func introductionsAndParagraphsBesideAList() throws {
    let session = try SessionLoader.load(file: "n.md", text: Self.note).get()
    let extract = Extractor().extract(session)
    #expect(extract.recommendations.map(\.text) == [
      "Donors should simplify reporting for grants below USD 50,000.",
      "Reserve 15% of pooled funds for women-led organisations.", "Publish the selection criteria.",
    ])
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["governments"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["PBF secretariat", "Participants", "moderator"])
    #expect(extract.actions.map(\.due) == ["2024-05-20", "2024-05-17", nil])
    #expect(extract.actions.map(\.line) == [19, 19, 22])
  }
}

/// Recommendations denied or dated before the session are background, not outcomes.
@Suite struct DeniedAndDatedCueTests {
  static let extractor = Extractor()

  @Test(arguments: [
    "In 2019 the plenary had recommended that governments publish their plans.",
    "Nobody suggested that youth organisations should work unpaid.",
    "Participants did not call on donors to increase funding.",
    "Last year donors were urged to simplify reporting, and several did so.",
    "In 2023 donors were urged to simplify reporting.",
    "The Chair recalled that the plenary had agreed that governments must publish their plans.",
    "Participants never called for governments to close the centres.",
    // Proposals turned down or put off, and a document dated before the session.
    "A proposal from the floor that the UN should appoint a special envoy was not taken forward.",
    "Deferred: a proposal that the Secretariat should draft a code of conduct.",
    "The idea that donors should fund a new facility was rejected by most delegations.",
    "The suggestion that States should ratify the protocol found no support.",
    "The 2018 Global Compact on Refugees already called on States to include refugee children.",
    // What a document is expected to do, and procedure.
    "The Secretariat's representative said that the revised synthesis report should be out next week.",
    "The chair invited the panel to respond briefly.",
    "Welcoming the decision of regional ministers to establish a joint fire-danger rating system,",
    "Recalling that Member States should cooperate on transboundary haze,",
  ])
  func noRecommendation(_ sentence: String) {
    #expect(Self.extractor.classifySentence(sentence, sessionDate: "2025-11-12") == nil)
  }

  @Test func aDeniedClauseBeforeASemicolonIsLeftOut() throws {
    let note = """
      ---
      title: T
      date: "2025-11-12"
      time: "10:00-11:00"
      ---
      ## Discussion

      Nobody suggested that youth organisations should work unpaid; rather,
      participants called on donors to budget for stipends.
      """
    let session = try SessionLoader.load(file: "n.md", text: note).get()
    let items = Self.extractor.extract(session).items
    #expect(items.map(\.text) == ["participants called on donors to budget for stipends."])
    #expect(items.map(\.actors) == [["donors"]])
    #expect(items.map(\.line) == [9])
  }

  /// Recommendations in the grammar of narrative notes, with whom they address.
  @Test(arguments: [
    ("Several delegations invited the interim Secretariat at UNEP to prepare an options paper.", ["un-system"]),
    ("He argued that it was time for regulators to require full disclosure of additives.", ["governments"]),
    ("Recommendation 3 (to donors): ring-fence a fifth of the funding for cooperatives.", ["donors"]),
    // A preambular opener that does not end as a preambular paragraph does.
    ("Taking the floor, the minister urged donors to pool their funds.", ["donors"]),
  ] as [(String, [String])])
  func narrativeRecommendations(_ sentence: String, actors: [String]) throws {
    let item = try #require(Self.extractor.classifySentence(sentence, sessionDate: "2025-11-12"))
    #expect(item.kind == .recommendation)
    #expect(item.actors == actors)
  }

  /// A rejection elsewhere in the text does not touch advice that merely mentions one.
  @Test(arguments: [
    "Donors should fund the projects that were not funded in the last call.",
    "Ahead of the 2026 summit participants urged donors to pool their funds.",
  ])
  func adviceThatMentionsARejectionOrAYearStays(_ sentence: String) {
    #expect(Self.extractor.classifySentence(sentence, sessionDate: "2025-11-12")?.kind == .recommendation)
  }

  @Test func theSessionsOwnYearAndLaterOnesAreNoHistory() throws {
    let item = try #require(
      Self.extractor.classifySentence("In 2025 participants urged donors to pool their funds.", sessionDate: "2025-11-12"))
    #expect(item.actors == ["donors"])
    #expect(Self.extractor.classifySentence("Donors were urged to simplify reporting.", sessionDate: "2025-11-12") != nil)
  }
}

/// The owners of Action items written as minutes write them, and the items that name none.
@Suite struct ActionOwnerTests {
  static func owner(of item: String) throws -> String? {
    let note = "---\ntitle: T\ndate: \"2025-11-12\"\ntime: \"10:00-11:00\"\n---\n## Action items\n\n- \(item)\n"
    let session = try SessionLoader.load(file: "n.md", text: note).get()
    let actions = Extractor().extract(session).actions
    try #require(actions.count == 1)
    return actions.first?.owner
  }

  @Test(arguments: [
    ("UNDP \u{2014} convene a donors roundtable by 31 January 2026.", "UNDP"),
    ("UNDP - convene a donors roundtable by 31 January 2026.", "UNDP"),
    ("Action (UNDP): share the roster by 31 January 2026.", "UNDP"),
    ("UNDP agreed to convene a roundtable by 31 January 2026.", "UNDP"),
    ("UNDP offered to host the next meeting.", "UNDP"),
    ("UNICEF was asked to map the services.", "UNICEF"),
    ("The Secretariat is to circulate the minutes.", "Secretariat"),
    ("Okafor (UN Women) to share the toolkit by 5 December 2025.", "Okafor (UN Women)"),
    ("The Government of Kenya, with UNDP support, to host the regional exchange.", "Government of Kenya"),
    ("Secretariat circulate notes w/in 10 days.", "Secretariat"),
    ("Host government to provide the venue.", "Host government"),
    ("Plan International to share its toolkit.", "Plan International"),
    ("The Permanent Mission of the Republic of Orlanda will host a follow-up meeting.", "Permanent Mission of the Republic of Orlanda"),
    ("A mapping of agreements will be prepared by the Secretariat by 31 March 2026.", "Secretariat"),
    ("The synthesis will be circulated by OHCHR within two weeks.", "OHCHR"),
    ("costing template \u{2192} circulate to all panelists (ACHW) by 3/12", "ACHW"),
    ("Set up a small working group \u{2014} Hub, asap", "Hub"),
  ])
  func minutesNameTheOwner(_ item: String, owner: String) throws {
    #expect(try Self.owner(of: item) == owner)
  }

  @Test(arguments: [
    "Send the report to donors by 2026-03-20.", "Circulate the minutes to participants within two weeks.",
    "Remember to book interpreters for the next session.", "Action: send the draft to all participants.",
    "TBD: who hosts the 2026 meeting.", "Owner: TBC \u{2014} book the venue.", "Someone to book the venue.",
    "Book the venue (owner: N/A).", "Owner: ? \u{2013} translate the toolkit", "Review the budget \u{2014} ongoing",
    "Regional workshop - postponed to March", "Online follow-up before the next meeting.",
    "The minutes will be circulated by 31 March 2026.", "Map the routes (in person) \u{2013} 2 weeks",
    "Ask a foundation about co-financing \u{2014} responsible: not yet clarified",
  ])
  func ordersAndPlaceholdersNameNoOne(_ item: String) throws {
    #expect(try Self.owner(of: item) == nil)
  }
}
