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
    "Notes from the second table suggest that donors should fund youth radio.",
    // Tagalog's linker "na" before the verb asked for, in minutes written in Taglish.
    "The Council invited the Palengke Vendors Association na mag-hire ng kahit isang out-of-school youth per stall cluster.",
    "We call on the Faith Forum's imams, priests and granthis to open their buildings as study spaces.",
  ])
  func aRecommendationKeepsItsWholeSentence(_ sentence: String) throws {
    let found = extractor.classifySentence(sentence, sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.kind == .recommendation)
    #expect(item.text == sentence)
  }

  /// Sentences cut short where a rule looks a few words ahead or back ("will take" at the very
  /// end, a quotation that opens the sentence) give no item and stop nothing.
  @Test(arguments: ["Amina will take", "Amina will take it", "\"Donors should", "Agreed: \"We", "Agreed: \"Donors should"])
  func sentencesCutShort(_ sentence: String) {
    #expect(extractor.classifySentence(sentence, sessionDate: "2024-03-12") == nil)
  }

  /// A task still to be done whose owner is written as a field beside it is that owner's action;
  /// one done already, or only discussed, is none.
  @Test(arguments: [
    ("It was agreed that a mapping of youth initiatives would be prepared (Lead: OHCHR; timeline: Q2).", "OHCHR", "2024-06-30"),
    ("A mapping of youth initiatives will be prepared (lead: OHCHR, by end of Q2).", "OHCHR", "2024-06-30"),
    ("Terms of reference to be drafted (responsible: Secretariat).", "Secretariat", nil),
    ("The board is given the mandate to apply to the directorate for funding, within 1 April.", "board", "2024-04-01"),
    ("The secretariat was given the task to draft the guide by 30 May.", "secretariat", "2024-05-30"),
  ])
  func tasksWithTheirOwnerAsAField(_ sentence: String, owner: String, due: String?) throws {
    try expectAction(sentence, owner: owner, due: due, on: "2024-03-12")
  }

  /// A task the meeting asks of one of its own bodies, or of one body by name with a date, is that
  /// body's action, as is a commitment on a mere "if needed"; asked of a kind of actor, asked in the
  /// room, or offered on a real condition, it is none.
  @Test(arguments: [
    ("The annual meeting asks the board to work for a youth seat in every prevention council.", "board", nil),
    ("The meeting asked the secretariat to circulate the draft by 30 May.", "secretariat", "2024-05-30"),
    ("The participants requested UNDP to prepare a concept note by 15 June.", "UNDP", "2024-06-15"),
    ("UNDP will convene a follow-up call by 30 June if needed.", "UNDP", "2024-06-30"),
    // A meeting gives its own people their tasks by name, dated or not.
    ("We ask Peter Vance to release the first part of the grant.", "Peter Vance", nil),
    ("We ask the Clerk and Grace Olumide to send this minute to the Minister by 31 May.", "Clerk and Grace Olumide", "2024-05-31"),
  ] as [(String, String, String?)])
  func tasksTheMeetingAsksOfSomeone(_ sentence: String, owner: String, due: String?) throws {
    try expectAction(sentence, owner: owner, due: due, on: "2024-03-12")
  }

  @Test(arguments: [
    "The plenary asked governments to fund youth groups.",
    "We ask Young Friends and other youth organisations to twin with the Circle.",
    "We ask the Ministry of Home Affairs to withdraw the clause.",
    "The chair asked the rapporteur to read back the conclusions.",
    "The meeting did not ask the secretariat to circulate the draft by 30 May.",
    // A cue at the very end of the sentence leaves nothing to read after it.
    "Comments from the floor were invited",
    "Governments were invited to",
    // An offer on a condition is no task yet.
    "Norland will host a retreat for members in June if the headquarters funding is approved.",
  ])
  func requestsThatGiveNoTask(_ sentence: String) {
    expectNoAction(sentence)
  }

  /// That a sentence alone, written on 12 March 2024, is no action.
  func expectNoAction(_ sentence: String) {
    #expect(extractor.classifySentence(sentence, sessionDate: "2024-03-12")?.kind != .action)
  }

  /// That a sentence alone, written on `date`, is an action with this owner and due date.
  func expectAction(_ sentence: String, owner: String, due: String?, on date: String) throws {
    let item = try #require(extractor.classifySentence(sentence, sessionDate: date))
    #expect(item.kind == .action)
    #expect(item.owner == owner)
    #expect(item.due == due)
  }

  /// Owners named in a list, commas between and "and" before the last, own the task together; a
  /// place or a companion set off by commas is no owner.
  @Test(arguments: [
    ("UNDP, UNICEF and OHCHR to share the mapping data by 30 April.", "UNDP, UNICEF and OHCHR", "2024-04-30"),
    ("Amina, Peter, and Grace to draft the concept note.", "Amina, Peter, and Grace", nil),
    ("Ministry of Youth, the Mayor's Office and UNDP to host the forum.", "Ministry of Youth, the Mayor's Office and UNDP", nil),
    ("In Kenya, UNDP to share the data.", "UNDP", nil),
    ("UNDP, with UNICEF, to share the data.", "UNDP", nil),
  ] as [(String, String, String?)])
  func ownersNamedInAList(_ sentence: String, owner: String, due: String?) throws {
    try expectAction(sentence, owner: owner, due: due, on: "2024-03-12")
  }

  @Test(arguments: [
    "Last year a mapping of youth initiatives was prepared (lead: OHCHR).",
    "The mapping of youth initiatives (lead: OHCHR) was discussed at length.",
  ])
  func ownerFieldsBesideNoTaskToDo(_ sentence: String) {
    expectNoAction(sentence)
  }

  /// An office between commas after a person's name is no part of the owner's name.
  @Test func anOfficeBetweenCommasAfterTheOwner() throws {
    let item = try #require(
      extractor.classifySentence(
        "Inspector Peter Mwangi, the OCS Kadzonzo, promised to meet the SACCO leaders before the end of the month.",
        sessionDate: "2025-11-13"))
    #expect(item.kind == .action)
    #expect(item.owner == "Inspector Peter Mwangi")
    #expect(item.due == "2025-11-30")
  }

  /// A topic before the one who acts, set off by a colon or a comma, is no part of the owner.
  @Test(arguments: [
    ("Youth: the youth council to submit its plan by 2018-05-01.", "youth council"),
    ("Regarding funding, UNDP to map donors by 2018-05-01.", "UNDP"),
  ])
  func aTopicBeforeTheOwner(_ sentence: String, owner: String) throws {
    try expectAction(sentence, owner: owner, due: "2018-05-01", on: "2018-03-14")
  }

  /// "I." before a surname is an initial; "Nobody will …" takes no task on.
  @Test func anInitialIAndATaskNoOneTakesOn() throws {
    let item = try #require(extractor.classifySentence("I. Halvorsen to send the slides by Friday.", sessionDate: "2018-03-14"))
    #expect(item.owner == "I. Halvorsen")
    #expect(extractor.classifySentence("Nobody will host the next meeting, as no venue was offered.", sessionDate: "2018-03-14") == nil)
  }

  @Test func aTranscriptsAnswerLabelIsLeftOut() throws {
    let item = try #require(extractor.classifySentence("A: Donors should stop funding one-year projects.", sessionDate: "2024-03-12"))
    #expect(item.text == "Donors should stop funding one-year projects.")
    #expect(item.actors == ["donors"])
  }

  @Test func aLabelEndingInAColonIsLeftOut() throws {
    let found = extractor.classifySentence("Recommendation: donors should fund core costs.", sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.text == "Donors should fund core costs.")
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

  /// An item that names whom it is for after a label ("Recommendations for the media: …") is
  /// theirs, not the sub-heading's; a label naming no one leaves the sub-heading's addressee.
  @Test func anItemNamingItsAddresseeOutranksItsSubHeading() throws {
    let extract = try ContextTests.extract(
      """
      ## Recommendations

      ### For governments

      - Recommendations for the media: avoid stigmatising language when reporting on young people.
      - Message to donors – pool the funds for youth work.
      - Priorities for the coming year: fund youth-led organisations directly.
      """)
    #expect(extract.recommendations.map(\.actors) == [["media"], ["donors"], ["governments"]])
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
/// Bodies addressed by their kind of office: "the Administration", "the Board", "the Directorate".
@Suite struct AddressedBodyTests {
  @Test(arguments: [
    "The Regional Administration should fund schools.", "The Board should publish its minutes.",
    "The Directorate should translate the curriculum.", "Parents' associations are encouraged to run evening sessions.",
  ])
  func aBodyNamedByItsOfficeIsAddressed(_ sentence: String) {
    #expect(Extractor().classifySentence(sentence, sessionDate: "2025-11-12")?.kind == .recommendation)
  }
}

@Suite struct DeniedAndDatedCueTests {
  static let extractor = Extractor()

  @Test(arguments: [
    "In 2019 the plenary had recommended that governments publish their plans.",
    "Nobody suggested that youth organisations should work unpaid.",
    "Participants did not call on donors to increase funding.",
    "Last year donors were urged to simplify reporting, and several did so.",
    "In 2023 donors were urged to simplify reporting.",
    "2024: the savings-group women urged the District Council to reopen the market.",
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
    // Turned down in the same item, as notes shorten it.
    "TR (ILO): govts should extend OSH rules to them -> pushback from GO + FS, NOT agreed, parked",
    "One participant argued that governments should ban artisanal activity; most others considered this unworkable.",
    "One participant thought that the State must control the radio frequencies, but this opinion was not shared by the majority.",
    "Some suggested that donors should fund a new facility, but several delegations objected.",
    "Proposal that the Secretariat should translate all track reports. Postponed; budget not confirmed.",
    // An operative paragraph that records, and a proposal no consensus took up.
    "*Takes note of* the proposal that donors should pool their funding in a regional trust fund;",
    "Notes with concern that governments should have reported earlier;",
    "The proposal that donors should pool their funding, on which no consensus was reached, was discussed.",
    "But one participant say that all mosque must to be close, this idea is not agree by other participant.",
    // A document's words, a condition, an offer made tentatively, and advice or a task of the past.
    "reminder: UNSCR 2250 already says states should give young people a real role in decisions.",
    "For orientation the chair reminded that the NAP itself says: \"The Federal Government shall strengthen civil society.\"",
    "We are considering a second phase of the programme, should the review in 2025 confirm its relevance.",
    "We could consider a private-sector engagement facility if other members show interest.",
    "The meeting considered, and rejected, a proposal that UNDP should manage a pooled fund.",
    "Several speakers said donors were urged at last year's forum to simplify reporting, and that little had changed.",
    "Last yr the embassy agreed to simplify reporting - done, now 2 pages",
    "A proposal that donors should set up a single global fund was discussed but not supported by the majority.",
    "The WG considered, but did not adopt, a proposal that the Ministry of Finance should earmark 2% of the budget.",
    "\"Donors should fund 10-yr programmes\" ← Ruth, but grp not agreed",
    "We note that UN Security Council resolution 2250 (2015) urges Member States to increase the representation of youth.",
    "Everyone must register at the front desk.",
    // How seldom it happens, and what is set aside.
    "Governments are rarely urged to publish their budgets.",
    "Interpreter's note: the speaker said \"la police doit rendre des comptes\" (the police must be accountable).",
    "[Interp.: the word used means that governments should consult elders first.]",
    "Civil society organisations want to be involved early rather than invited to validate finished drafts.",
  ])
  func noRecommendation(_ sentence: String) {
    #expect(Self.extractor.classifySentence(sentence, sessionDate: "2025-11-12") == nil)
  }

  /// What a session set out to do is no one's task; two owners in one sentence are two actions.
  @Test func narrativeIsNoTaskAndEachOwnerHasOne() throws {
    #expect(Self.extractor.classifySentence("The panel set out to explore how local actors can lead.", sessionDate: "2025-11-12") == nil)
    let extract = try ContextTests.extract(
      "## Discussion\n\nUNDP to share the toolkit; OHCHR to convene a follow-up call by 2024-12-20.\n")
    #expect(extract.actions.map(\.owner) == ["UNDP", "OHCHR"])
    #expect(extract.actions.map(\.due) == [nil, "2024-12-20"])
  }

  /// With a due date, "OWNER to VERB" is a task whatever the verb, when one body or person is named.
  @Test func aDatedTaskNeedsNoVerbTheRulesList() throws {
    let item = try #require(Self.extractor.classifySentence("UNDP to tally the answers by 15 December 2025.", sessionDate: "2025-11-12"))
    #expect(item.kind == .action && item.owner == "UNDP" && item.due == "2025-12-15")
    #expect(Self.extractor.classifySentence("UNDP to tally the answers.", sessionDate: "2025-11-12") == nil)
  }

  /// An event that happens is no one's task: "The elections will take place by November".
  @Test(arguments: ["The elections will take place by November 2025.", "The review will start by March 2026.", "The conference will open on 3 December."])
  func anEventThatHappensIsNoTask(_ text: String) {
    #expect(Self.extractor.classifySentence(text, sessionDate: "2025-11-12") == nil)
  }

  /// What a document asks, before a semicolon, is no part of the advice that follows it.
  @Test(arguments: [
    ("Resolution 2250 asks states to include young people in decision-making; governments should now implement it at national level.",
     "Governments should now implement it at national level."),
    ("The Plan of Action calls on states to adopt plans; donors should fund them.", "Donors should fund them."),
  ])
  func aDocumentsWordsBeforeASemicolonAreLeftOut(text: String, expected: String) throws {
    #expect(Self.extractor.classifySentence(text, sessionDate: "2025-11-12")?.text == expected)
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
    #expect(items.map(\.text) == ["Participants called on donors to budget for stipends."])
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
  /// What the notes `body` give under five lines of front matter (the body starts on line 6),
  /// the session held on Wednesday 12 November 2025.
  static func extract(_ body: String) throws -> SessionExtract {
    try ContextTests.extract(body, date: "2025-11-12")
  }

  static func owner(of item: String) throws -> String? {
    let actions = try Self.extract("## Action items\n\n- \(item)\n").actions
    try #require(actions.count == 1)
    return actions.first?.owner
  }

  /// A name and a colon before a dated task in running notes make an action; what a speaker
  /// said after the colon, or a task with no date, does not.
  @Test func aNameAndAColonBeforeADatedTask() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      • Lucía: circulate these notes to the Circle by Fri

      Dana: send the fiscal-hosting MoU template to all members COB tomorrow

      Sana: donors should accept a voice note by Friday

      Kofi: the office raised it on 3 May.

      Note: circulate the notes by Friday.

      Ilyas: propose dates for a clinic
      """)
    #expect(extract.actions.map(\.owner) == ["Lucía", "Dana"])
    #expect(extract.actions.map(\.text) == ["Circulate these notes to the Circle by Fri", "Send the fiscal-hosting MoU template to all members COB tomorrow"])
  }

  @Test(arguments: [
    ("UNDP \u{2014} convene a donors roundtable by 31 January 2026.", "UNDP"),
    ("UNDP - convene a donors roundtable by 31 January 2026.", "UNDP"),
    ("Action (UNDP): share the roster by 31 January 2026.", "UNDP"),
    ("ACTION JS: circulate the final mapping by 6 October.", "JS"),
    ("ACTION MK/AB: draft a concept note for donors (w/c 9 Oct).", "MK/AB"),
    ("UNDP agreed to convene a roundtable by 31 January 2026.", "UNDP"),
    ("UNDP offered to host the next meeting.", "UNDP"),
    ("UNICEF was asked to map the services.", "UNICEF"),
    ("The Secretariat is to circulate the minutes.", "Secretariat"),
    ("Okafor (UN Women) to share the toolkit by 5 December 2025.", "Okafor (UN Women)"),
    ("The Government of Kenya, with UNDP support, to host the regional exchange.", "Government of Kenya"),
    ("Ministry of Interior, Department of Prevention, to circulate the draft plan by 30 September.", "Ministry of Interior, Department of Prevention"),
    ("Jane Smith, UNOCT, to send the invitation by Friday.", "Jane Smith, UNOCT"),
    ("Secretariat circulate notes w/in 10 days.", "Secretariat"),
    ("Host government to provide the venue.", "Host government"),
    ("Up to 10 participants to attend the follow-up meeting.", "participants"),
    ("Next week the secretariat will send the minutes.", "secretariat"),
    ("Reminder to all: UNDP to host the call.", "UNDP"),
    ("The task force to share a draft by 2018-01-10.", "task force"),
    ("[ACTION: KMO] Share photos of the flipcharts by Friday.", "KMO"),
    ("Due 30 June: Treasurer to circulate the accounts.", "Treasurer"),
    ("By 30 June: the Treasurer to circulate the accounts.", "Treasurer"),
    ("30 June \u{2013} Treasurer to circulate the accounts.", "Treasurer"),
    ("Friday: Amina to book the room.", "Amina"),
    ("Follow up with the ministry (owner: Nilsson, Sara).", "Nilsson, Sara"),
    ("Action : la présidente enverra le compte rendu avant le 30 novembre.", "présidente"),
    ("Book the venue \u{2014} Ana Costa (by 25 November 2025).", "Ana Costa"),
    ("TODO(@maria): book the room for the follow-up by 2 December 2025.", "maria"),
    ("Acción: el PNUD enviará el informe antes del 30 de noviembre.", "PNUD"),
    ("[ ] ACTION: UNDP \u{2014} map donor funding \u{2014} by 15 November 2025.", "UNDP"),
    ("Circulate the revised terms of reference [owner: UNDP] by 6 December 2025.", "UNDP"),
    ("Share the prison census (owner: Smith, J.), by 30 September 2025.", "Smith, J."),
    ("Prepare the budget (owner: Finance, Admin and HR unit).", "Finance, Admin and HR unit"),
    ("Rina as rapporteur must to finish this notes until Friday.", "Rina"),
    ("For the youth paper, Ms. Putri will contact the youth forums before 15 of December.", "Ms. Putri"),
    ("Share photos by Friday [AP: Jo]", "Jo"),
    ("@lina.k + @marco draft the one-pager by 31 October.", "lina.k + marco"),
    ("@sipho and @hannah draft the budget lines.", "sipho and hannah"),
    ("The host government will release funds by 2018-01-10.", "host government"),
    ("Task force members to review the plan.", "Task force members"),
    ("Plan International to share its toolkit.", "Plan International"),
    ("The Permanent Mission of the Republic of Orlanda will host a follow-up meeting.", "Permanent Mission of the Republic of Orlanda"),
    ("A mapping of agreements will be prepared by the Secretariat by 31 March 2026.", "Secretariat"),
    ("The synthesis will be circulated by OHCHR within two weeks.", "OHCHR"),
    ("costing template \u{2192} circulate to all panelists (ACHW) by 3/12", "ACHW"),
    ("Set up a small working group \u{2014} Hub, asap", "Hub"),
    ("KT: reach out to 3 pilot cities (Ahmedabad, Dhaka, Lagos) next wk", "KT"),
    ("AR: 2-pager for municipalities, mid-Jan", "AR"),
    ("Follow-up webinar w/ trade unions in ~2 wks, NDl to find date", "NDl"),
    ("Fundaci\u{F3}n Palabra Libre is responsible to prepare a concept note.", "Fundaci\u{F3}n Palabra Libre"),
    ("Dr. Raman kindly offered to share the dataset within a month.", "Dr. Raman"),
    ("As regards follow-up, the convening team will circulate a draft by 8 November 2024.", "convening team"),
    ("The Institute's research team (Dr. Wen) will circulate a draft policy brief.", "Institute's research team (Dr. Wen)"),
    ("Ms. Jeptoo committed to tabling the annual report by 30 November.", "Ms. Jeptoo"),
    ("Ms. Jeptoo apologised for the delay and undertook to table the annual report by 30 November.", "Ms. Jeptoo"),
    ("A7.7 Circulate these minutes \u{2014} the Secretariat (KM) \u{2014} within 3 working days", "Secretariat (KM)"),
    ("Noted that the Chairman would brief the State Security Council on the figures.", "Chairman"),
    ("It was agreed that Kuradu FM and the two community stations would air the peace jingles.", "Kuradu FM and the two community stations"),
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
    "Contact the ministries in Kenya, Uganda to confirm the dates.", "Information to workers.",
    "The elections will take place by November 2025.", "The review will start by March 2026.",
  ])
  func ordersAndPlaceholdersNameNoOne(_ item: String) throws {
    #expect(try Self.owner(of: item) == nil)
  }

  /// A table whose dash row is mistyped and stands without a header is read by what its columns hold
  /// (this note once crashed `make fuzz`).
  @Test func aBrokenTableIsReadWithoutACrash() throws {
    let extract = try Self.extract(
      """
      ## Action items
      |---|---|/--|
      | Governor's office, Eastern Province | Table the co-financing proposal at the district council | next council session |
      | Secretariat | Book the venue and send invitations for the September consultation | 12 Aug |
      """)
    let actions = extract.actions
    #expect(actions.map(\.owner) == ["Governor's office, Eastern Province", "Secretariat"])
    #expect(actions.map(\.due) == [nil, "2026-08-12"])
  }

  /// "He urged …" after a sentence that names him keeps who he is, for a summary that shows the
  /// sentence alone; a "she" never stands for a man the notes named with "Mr".
  @Test func aPronounThatOpensAdviceKeepsWhomItStandsFor() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Andrés Quintero-Mbaye explained that young people distrust institutions. He urged governments to fund youth-led initiatives directly.

      Mr Okoth presented the survey. She urged donors to pool their funds.
      """)
    let items = extract.recommendations
    #expect(items.map { $0.evidence.first { $0.rule == "speaker" }?.words } == ["Andrés Quintero-Mbaye", nil])
  }

  /// Drafting records, ratings and trackers: a statement rated and adopted is a recommendation, a
  /// paragraph deleted or preambular none, an issue tagged as a task an action with its
  /// assignee and milestone, and "OWNER – TASK – WHEN" names its owner though the task is a noun.
  @Test func ratingsDraftsAndTrackers() throws {
    let extract = try Self.extract(
      """
      ## Block A

      - **A1** "Donors should fund resilience measurement." – 85 %, IQR 1 → consensus
      - **A2** "Municipalities should publish the names of people referred." – 7 %, IQR 1 → consensus *against*, dropped
      - **PP3** (agreed) *Recognising* that prevention plans should be owned by communities,
      - **OP5** (deleted – merged into OP1) We call on Member States to consult young people.

      ## Open issues

      - #118 ~task — Draft a template data-sharing agreement
        - assignee: @l.moraes · milestone: %"Q1 2026"

      ## Next steps

      - Bureau – legal check of the wording in OP2 – within 48 hours.
      - Secretariat: French and Arabic translations ready before 20 November.
      """)
    #expect(extract.recommendations.map(\.text) == ["Donors should fund resilience measurement."])
    #expect(extract.actions.map(\.owner) == ["l.moraes", "Bureau", "Secretariat"])
    #expect(extract.actions.map(\.due) == ["2026-03-31", "2025-11-14", "2025-11-20"])
  }

  /// A chapeau over paragraphs that complete it ("The consultation recommended that:") is no item.
  @Test func aChapeauOverParagraphsIsNoItem() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      The consultation recommended that:

      (a) Member States should involve local authorities in the design of national plans;

      (b) donors should support multi-year funding for community-based organisations.
      """)
    let items = extract.recommendations
    #expect(items.map(\.line) == [10, 12])
  }

  /// A task listed again at the close and ticked there is one task, and done.
  @Test func aTaskTickedWhereItIsRepeatedIsDone() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - [ ] Book the venue (owner: Secretariat), by 25 November 2025.
      - [ ] Circulate the minutes (owner: Secretariat).

      Status at close of meeting:

      - [x] Book the venue (Owner: Secretariat), by 25 November 2025.
      - [ ] Circulate the minutes (owner: Secretariat).
      """)
    let actions = extract.actions
    #expect(actions.map(\.line) == [8, 9])
    #expect(actions.map(\.done) == [true, false])
  }

  /// The same task under two sub-headings of one section (one per country) is two tasks, each
  /// done or not as its own box says.
  @Test func theSameTaskUnderTwoSubHeadingsIsTwoTasks() throws {
    let extract = try Self.extract(
      """
      ## Action items

      ### Kenya

      - [ ] Share the draft plan with civil society.

      ### Uganda

      - [x] Share the draft plan with civil society.
      """)
    let actions = extract.actions
    #expect(actions.map(\.line) == [10, 14])
    #expect(actions.map(\.done) == [false, true])
  }

  /// A table with no delimiter row under a header that names its columns is read as one.
  @Test func aTableWithoutItsDelimiterRowIsRead() throws {
    let extract = try Self.extract(
      """
      ## Action items

      | Owner | Action | Due |
      | Secretariat | Book the venue for the consultation | 12 Aug |
      | UNDP | Share the roster | 15 Aug |
      """)
    let actions = extract.actions
    #expect(actions.map(\.text) == ["Book the venue for the consultation", "Share the roster"])
    #expect(actions.map(\.owner) == ["Secretariat", "UNDP"])
  }

  /// A sub-item that only says who leads ("UNDP to lead") names its parent's owner, and the parent
  /// is the task, even a short one under "Next steps:"; a sub-item with a task of its own stays one.
  @Test func aSubItemThatNamesWhoLeadsOwnsItsParent() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Next steps:

      - Mapping of youth groups
        - UNDP to lead, with the Youth Network
        - Sara to send the template by 14 August

      ## Action items

      - Map youth groups in the three pilot districts by 30 November
        - The Secretariat will coordinate
      - Draft the terms of reference
        - UNDP to lead the drafting of the budget annex
      """)
    let actions = extract.actions
    #expect(actions.map(\.text) == [
      "Mapping of youth groups \u{2013} UNDP to lead, with the Youth Network", "Sara to send the template by 14 August",
      "Map youth groups in the three pilot districts by 30 November \u{2013} The Secretariat will coordinate",
      "Draft the terms of reference", "UNDP to lead the drafting of the budget annex",
    ])
    #expect(actions.map(\.owner) == ["UNDP", "Sara", "Secretariat", nil, "UNDP"])
    #expect(actions.map(\.due) == [nil, "2026-08-14", "2025-11-30", nil, nil])
  }

  /// A short label set off by a dash or a colon ("MATCH B · NEED 05 × OFFER 03 –") before a named
  /// owner's task is no part of the owner; a speaker's "I'll" and a quoted task are no such task.
  @Test func aLabelBeforeTheOwnerIsSetAside() throws {
    let extract = try Self.extract(
      """
      ## Matches

      - MATCH B · NEED 05 × OFFER 03 – Kibo Media Collective to train four members in radio production by 15 December.
      - Card 7: Lumen Legal Aid will review the draft constitution by 30 November.
      - Kibet: I'll draft the scorecard by next Friday.
      - Open point from 14.11.: "RK to sound out the secretariat on observer status" – obsolete.
      """)
    let actions = extract.actions
    #expect(actions.map(\.owner) == ["Kibo Media Collective", "Lumen Legal Aid", "Kibet"])
    #expect(actions.map(\.due) == ["2025-12-15", "2025-11-30", "2025-11-14"])
  }

  /// A row that names its owner in a field and gives a due date is a task in any section: an
  /// owner field in its own sentence ("Risk owner: X. First step: …"), the responsible party of a
  /// RACI row (no one when it is a placeholder), a body that will do named work for someone, or
  /// will act tomorrow.
  @Test func ownerFieldsAndRACIRowsGiveTasksAnywhere() throws {
    let extract = try Self.extract(
      """
      ## Risk register

      - Mitigation: donors should accept a single shared report.
      - Risk owner: Embassy of Norland (donor co-chair). First step: circulate a one-page proposal to the donor group by 20 November.
      - Risk owner: nobody volunteered. First step: someone to contact the platforms before the next round.
      - **D1 · Joint funding map** — R: UNDP secretariat · A: co-chairs · C: CSO Platform · I: all — due 31 Jan 2026
      - **D4 · Gender audit** — R: ??? (UN Women asked) · A: co-chairs · I: all — due: 15 December
      - Lumen Legal Aid will review the youth circle's draft constitution.
      - The project will train 120 peer mentors.
      - Wanjiru will call the hotel about a ramp before the closing plenary tomorrow.
      - The Women's Forum to run listening sessions with 40 mothers by 30 November.
      - The forum will run for three days.
      """)
    let actions = extract.actions
    #expect(actions.map(\.line) == [9, 10, 11, 12, 13, 15, 16])
    #expect(actions.map(\.owner) == [
      "Embassy of Norland", nil, "UNDP secretariat", nil, "Lumen Legal Aid", "Wanjiru", "Women's Forum",
    ])
    #expect(actions.map(\.due) == ["2025-11-20", nil, "2026-01-31", "2025-12-15", nil, "2025-11-13", "2025-11-30"])
    #expect(extract.recommendations.map(\.line) == [8])
  }

  /// A body named by its initials alone, which the rules need not know, can be advised ("The NCO
  /// should cut …"); a document's initials that are acted on cannot ("The PDF should be shared").
  /// A numbered suggestion ("Suggestion 4.1 –") is a recommendation's label.
  @Test func aBodyNamedByItsInitialsCanBeAdvised() throws {
    let extract = try Self.extract(
      """
      ## Pillar 4

      The NCO should cut the indicator set to no more than 30.

      The PDF should be shared with all members.

      - *Suggestion 2.1* – *Opštine* should convene their local safety councils every quarter.
      """)
    #expect(extract.recommendations.map(\.line) == [8, 12])
    #expect(extract.recommendations.map(\.text) == [
      "The NCO should cut the indicator set to no more than 30.", "Opštine should convene their local safety councils every quarter.",
    ])
  }

  /// A pipe escaped in a cell (`\|`) is part of the cell's words: the columns after it keep their
  /// places.
  @Test func anEscapedPipeStaysInItsCell() throws {
    let extract = try Self.extract(
      #"""
      ## Action items

      | Owner | Action | Due |
      |---|---|---|
      | Youth Network | Convene the working group \| online | 14 Aug |
      | UNDP | Share the roster | 15 Aug |
      """#)
    let actions = extract.actions
    #expect(actions.map(\.text) == ["Convene the working group | online", "Share the roster"])
    #expect(actions.map(\.owner) == ["Youth Network", "UNDP"])
    #expect(actions.map(\.due) == ["2026-08-14", "2026-08-15"])
  }

  /// A date that opens an item before a colon or a dash is its due date, and the item's owner
  /// comes after it (the session is on Wednesday 12 November 2025).
  @Test(arguments: [
    ("Due 30 June: Treasurer to circulate the accounts.", "2026-06-30"),
    ("Friday: Amina to book the room.", "2025-11-14"),
    ("15/12 \u{2013} UNDP to share the roster.", "2025-12-15"),
  ])
  func aDateThatOpensAnItemIsItsDueDate(_ item: String, due: String) throws {
    let actions = try Self.extract("## Action items\n\n- \(item)\n").actions
    #expect(actions.map(\.due) == [due])
    #expect(actions.first?.owner != nil)
  }
}

/// What a sentence or an item says of the one before it, and whom a noun phrase names.
@Suite struct ContextTests {
  static func extract(_ body: String, date: String = "2024-11-21") throws -> SessionExtract {
    let text = "---\ntitle: T\ndate: \"\(date)\"\ntime: \"10:00-11:00\"\n---\n" + body
    return Extractor().extract(try SessionLoader.load(file: "n.md", text: text).get())
  }

  @Test func aProposalTurnedDownInTheNextSentenceIsNoItem() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Participants urged ministries to share flow data. Brazil proposed that governments should adopt one \
      identity standard. Kenya objected that this went beyond the mandate; Brazil withdrew the proposal.

      Participants urged donors to fund radios. A delegate proposed that the UN should appoint an envoy. \
      The idea was not taken forward.

      Participants urged regulators to act. One panellist argued that downstream states should be given a veto; \
      this was firmly resisted and there was no agreement on the point.

      A participant suggested that donors should pool funds. Kenya objected, but the plenary agreed.

      Participants urged local authorities to publish schedules. A proposal from the floor that the UN \
      should appoint an envoy was not taken forward.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Participants urged ministries to share flow data.", "Participants urged donors to fund radios.",
      "Participants urged regulators to act.", "A participant suggested that donors should pool funds.",
      "Participants urged local authorities to publish schedules.",
    ])
  }

  @Test func aProposalTurnedDownAtTheStartOfTheNextParagraphIsNoItem() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      A researcher proposed that the Committee should adopt a new general recommendation on the topic.

      This proposal did not, however, find support in the room. Participants urged donors to fund shelters.

      ## Recommendations

      - Governments should publish their plans.

      Not retained: a proposal that donors should pool funds.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Participants urged donors to fund shelters.", "Governments should publish their plans.",
    ])
  }

  /// Takeaways and conclusions are the meeting's own: advice in them counts whoever it addresses;
  /// observations do not. "Who does what" lists tasks.
  @Test func takeawaysAndWhoDoesWhat() throws {
    let extract = try Self.extract(
      """
      ## Takeaways

      1. Indicators should be chosen by the recipient organisations themselves.
      2. Participants noted that few grants ran beyond 24 months.

      ## Who does what

      - KT (GPLP secretariat): circulate draft ToR, ~~by 30 April~~ by 16 May [updated]
      - [11:48] Kibet: I'll draft the scorecard by 29 November
      - Translate the model report | Lead: TBD | By: 10 December
      - Map the grants — responsible : à définir
      """)
    #expect(extract.recommendations.map(\.text) == ["Indicators should be chosen by the recipient organisations themselves."])
    #expect(extract.actions.map(\.owner) == ["KT (GPLP secretariat)", "Kibet", nil, nil])
    #expect(extract.actions.map(\.due) == ["2025-05-16", "2024-11-29", "2024-12-10", nil])
  }

  /// A closing sentence that repeats a recommendation is no second one.
  /// A list a paragraph says restates the tables is no new item; beside a table of tasks, a
  /// paragraph that names no owner or date and a signature line give none; the closing words
  /// before the tasks of a paragraph are no task.
  @Test func restatedListsSignaturesAndClosingWords() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      - Ministries of finance should put a NAP line into each county allocation.

      ## Plenary harvest

      The harvest mostly restated the tables:

      - Table 1: ministries of finance should put a NAP line into each county allocation.

      ## Follow-up

      Annex: follow-up tasks agreed by the Bureau (not part of the outcome text).

      | # | Task | Lead | Due |
      |---|------|------|-----|
      | 1 | Publish the outcome summary | Secretariat | 19 December 2024 |

      *Port Selwyn, 22 November 2024.*

      ## Next steps

      Mr. Budi close the meeting and say thank you for all participant. JDS will compile the input \
      in two weeks. Rina must to finish the notes until Friday.
      """)
    #expect(extract.recommendations.map(\.line) == [8])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "JDS", "Rina"])
  }

  /// Someone asked to do something with a date has a task; without one, the room advised them.
  @Test func askedWithADateIsATask() throws {
    let extract = try Self.extract(
      "## Discussion\n\nThe Secretariat was asked to circulate the report by Friday.\n"
        + "The NAP Task Force was asked to compile a short menu of indicators.\nParticipants were asked to introduce themselves.\n")
    #expect(extract.actions.map(\.owner) == ["Secretariat"])
    #expect(extract.recommendations.map(\.actors) == [["nap-task-force"]])
  }

  /// In a thread of replies, a proposal quoted and turned down, or a numbered point dropped, is
  /// no item; a point kept stays.
  @Test func aReplyTurnsDownWhatItQuotesOrNumbers() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      1. Governments should publish the zero draft for six weeks.
      2. Civil society should refuse consultations held in the capital only.

      **On Tue, Daniel wrote:**

      - The UN should chair the district consultations.

      **On Thu, Amira wrote:**

      > - The UN should chair the district consultations.

      Sorry Daniel, no: the chair stays with the national coordinator. Dropped.

      So the agreed text is points 1 and the line on mayors. Point 2 is dropped.
      """)
    #expect(extract.recommendations.map(\.line) == [8])
  }

  /// A task that points to a numbered paragraph already read as an item is that item again.
  @Test func aTaskThatPointsToAParagraphIsThatParagraph() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      1. *Requests* the Secretariat to circulate a compendium of good practices by 30 September 2025;
      2. *Calls upon* donors to fund the review;

      ## Follow-up

      | # | Task | Lead | Due |
      |---|------|------|-----|
      | 1 | Circulate the compendium (see OP 1) | Secretariat | 30 September 2025 |
      | 2 | Publish the summary (see OP 7) | Secretariat | 19 December 2024 |
      """)
    #expect(extract.actions.map(\.line) == [8, 16])
  }

  /// An e-mail's signature after "-- " is no item.
  @Test func anEmailSignatureIsNoItem() throws {
    let extract = try Self.extract("## Action items\n\n- Amira to circulate the text by 29 November.\n\n-- \nA. Bensalah | CCR\n")
    #expect(extract.actions.map(\.owner) == ["Amira"])
  }

  @Test func aSpeakersOwnUndertakingIsTheirTask() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      A (panellist, ministry): Yes. I will make sure the consultation report is online by the end of July.

      A (chair): I think it could. I will raise it with the Task Force at its July meeting. I will be brief.

      A (youth collective): We would probably move online and hope for the best.

      Q: Will the ministry publish it? I will ask again later.
      """, date: "2025-06-19")
    #expect(extract.actions.map(\.owner) == ["panellist, ministry", "chair"])
    // "at its July meeting": by the end of that month.
    #expect(extract.actions.map(\.due) == ["2025-07-31", "2025-07-31"])
  }

  @Test func minutesInReportedSpeechAndPastTense() throws {
    let extract = try Self.extract(
      """
      ## Follow-up

      It was agreed that the secretariat would circulate the chair's summary within two weeks.
      Participants agreed that a drafting group, whose members were still to be named, would prepare terms of reference by 4 December.
      The rapporteur would send this draft account to the speakers by next Thursday.
      ColdSpan said it would consider joining the pilot; this is not a commitment.
      The chair reiterated her call on donors to move to multi-year core funding.

      ## Discussion

      Participants underscored that longer-term money for prevention was needed, whoever provided it.
      In our own case the ministry invited fifteen youth groups, all from the capital, and gave us the draft two days before.
      And civil society organisations that are not youth-led should stop speaking on behalf of young people.
      The coalition itself should agree its own shadow report format.
      """)
    #expect(extract.actions.map(\.owner) == ["secretariat", "a drafting group", "rapporteur"])
    #expect(extract.recommendations.map(\.actors) == [[], ["civil-society"], ["civil-society"]])
  }

  @Test func bilingualSpanishNotes() throws {
    let extract = try Self.extract(
      """
      ## Recomendaciones / Recommendations

      1. Es necesario que los gobiernos aseguren la participación de las organizaciones de mujeres.
      2. Las autoridades municipales deben crear mesas locales de prevención.
      3. Los medios de comunicación deberían evitar los titulares que relacionan a los migrantes con el terrorismo.
      4. Hacen falta más recursos para la prevención.

      ## Próximos pasos / Next steps

      - Sra. López enviará el acta a todos los participantes antes del viernes.
      - La secretaría técnica enviará la convocatoria el próximo lunes.
      - Translate the acta within 15 days (responsable: Mr. Hartley).
      - Lic. Paredes y Sra. Quispe: sistematizar las propuestas de las regiones — a finales de abril.
      - Pendiente: definir quién contacta a las radios comunitarias.
      - La reunión con el viceministro será el 2 de abril a las 10:00.
      """, date: "2025-03-12")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["local-authorities"], ["media"], []])
    #expect(extract.actions.map(\.owner) == ["Sra. López", "secretaría técnica", "Mr. Hartley", "Lic. Paredes y Sra. Quispe", nil])
    #expect(extract.actions.map(\.due) == ["2025-03-14", "2025-03-17", "2025-03-27", "2025-04-30", nil])
  }

  @Test func bilingualPortugueseNotes() throws {
    let extract = try Self.extract(
      """
      ## Discussão

      - Foi perguntado se a Guarda Municipal deveria ter presença permanente nas escolas.
      - A professora pediu que o governo estadual garanta um psicólogo em cada escola.

      ## Recomendações / Recommendations

      1. Recomenda-se que o governo federal inclua a prevenção nas escolas no plano nacional.
      2. As prefeituras devem criar núcleos de convivência escolar.
      3. Recomenda-se às plataformas digitais que removam conteúdos violentos.
      4. Lideranças religiosas são convidadas a participar das rodas de diálogo.
      5. É preciso mais investimento em saúde mental nas escolas.

      ## Próximos passos / Next steps

      - O secretariado vai enviar o relatório a todos os participantes até 10 de maio.
      - A SME vai consolidar as propostas até o fim de junho.
      - O professor Paulo Anjos vai compartilhar o questionário até a próxima sexta-feira.
      - A Guarda Municipal apresentará o protocolo na próxima reunião, em 7 de junho.
      - Rede Jovem Periferias vai preparar o módulo sobre misoginia online (prazo: 31/05).
      """, date: "2024-05-03")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"], ["local-authorities"], ["private-sector"], ["religious-leaders"], []])
    #expect(extract.actions.map(\.owner) == ["secretariado", "SME", "Paulo Anjos", "Guarda Municipal", "Rede Jovem Periferias"])
    #expect(extract.actions.map(\.due) == ["2024-05-10", "2024-06-30", "2024-05-10", "2024-06-07", "2024-05-31"])
  }

  /// A board's record of decisions: what it asks of bodies answerable to it is their task, what it
  /// encourages others to do its advice; a follow-up paragraph's lettered paragraphs each a task.
  @Test func aBoardsRecordOfDecisions() throws {
    let extract = try Self.extract(
      """
      ## Decisions

      RESOLVED: that the Board adopts the Strategy 2025–2028.

      FURTHER RESOLVED that the Secretariat shall prepare a results framework by 31 January 2025.

      The Board encourages the governments of recipient countries to align their plans with the Strategy.

      The Board requests UNDP, in its capacity as Trustee, to transfer the second tranche by 15 December 2024.

      The Co-Chairs urge donors to reserve a share of prevention funding for youth-led organisations.

      The Board invites private-sector partners to co-finance the Youth Window.

      The Board directs the Executive Head to circulate the revised policy within two weeks.

      Article 9 provides that "the Board shall review the risk policy at least every two years".

      ## Follow-up

      1. The next Dialogue will be held in N'Djamena on 5 December 2024.
      2. The Co-Chairs identified the following follow-up:

         (a) The Nordic Prevention Fund will circulate this summary within 10 days;

         (b) UNDP to convene a technical meeting of the national coordinators by 31 October 2024.
      """, date: "2024-11-20")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["private-sector"]])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "UNDP", "Executive Head", "Nordic Prevention Fund", "UNDP"])
    #expect(extract.actions.map(\.due) == ["2025-01-31", "2024-12-15", "2024-12-04", "2024-11-30", "2024-10-31"])
  }

  /// Advice a body gives in the present ("calls on", "urges"), advice turned down or given before,
  /// a document's words, a passive's agent; tasks for two owners in one box or one item, a box
  /// typed with blanks, a label before a colon that names no one.
  @Test func adviceTrapsAndTasksAsHurriedHandsWriteThem() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      The network calls on donors to fund women's groups directly.

      The panel asks governments to publish drafts.

      Participants rejected the call for governments to create a national fund.

      Governments were urged last year to adopt plans, but few did.

      UNSCR 2250 urges member states to increase youth representation.

      Donors were encouraged by participants to pool funds.

      ## Action items

      - [ x ] UNDP to share the mapping by 2017-10-01.
      - [ ] UNDP to share the list by 2017-10-02; OHCHR to convene partners by 2017-10-03.
      - UNDP to share the roster by 2017-10-01. Secretariat to circulate the notes by 2017-10-05.
      - Important: send the invitations by 2017-10-01.
      """, date: "2017-09-21")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["UNDP", "UNDP", "OHCHR", "UNDP", "Secretariat", nil])
    #expect(extract.actions.map(\.due) == ["2017-10-01", "2017-10-02", "2017-10-03", "2017-10-01", "2017-10-05", "2017-10-01"])
    #expect(extract.actions.map(\.done) == [true, false, false, false, false, false])
  }

  /// Undertakings written with an aside, dated by the next meeting, by a pronoun after a name
  /// without a title, or by the room ("We will …").
  @Test func undertakingsInRunningProse() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      The secretariat will, if funds allow, host a webinar by 2017-11-01.

      UNDP will share the mapping before the next meeting on 2017-10-15.

      Lena Berg presented the toolkit. She will send the slides by 2017-10-01.

      We will circulate the minutes by 2017-09-28. We will see.
      """, date: "2017-09-21")
    #expect(extract.actions.map(\.owner) == ["secretariat", "UNDP", "Lena Berg", nil])
    #expect(extract.actions.map(\.due) == ["2017-11-01", "2017-10-15", "2017-10-01", "2017-09-28"])
  }

  /// A task label after a recommendation's sentence opens an action of its own.
  @Test func aLabelledTaskInsideARecommendation() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Governments should adopt a national plan. TODO: check wording with UNDP.
      - Donors should fund youth groups. Action: UNDP to draft the note by 2017-10-01.
      """, date: "2017-09-21")
    #expect(extract.recommendations.map(\.text) == ["Governments should adopt a national plan.", "Donors should fund youth groups."])
    #expect(extract.actions.map(\.owner) == [nil, "UNDP"])
    #expect(extract.actions.map(\.due) == [nil, "2017-10-01"])
  }

  @Test func aTranscriptsTurnsAndHesitations() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      [00:10:50] Speaker 2 (Ministry of Youth): Yes, yes, of course, we'll get that to you by Friday.

      [00:20:03] Speaker 4 (Embassy): So, uh, my recommendation to the government would be to put the youth council into the committee.

      [00:28:44] Speaker 5 (UNDP): The UN family needs to, you know, stop running five separate youth programmes.

      [00:33:08] Speaker 5 (UNDP): UNDP will send round the, um, the evaluation template within two weeks.

      [00:46:20] Speaker 2 (Ministry of Youth): And I'll, um, I'll share the ministry's full mapping of the youth centres.

      Rasa again: "Donors should stop asking youth groups for three years of audited accounts." Loud applause.

      The Plan of Action says: "States should consider national plans."

      Dr A also: "countries should spend at least 5% of their health budgets on mental health", his standing line, not something new.
      """, date: "2025-05-14")
    #expect(extract.actions.map(\.owner) == ["Ministry of Youth", "UNDP", "Ministry of Youth"])
    #expect(extract.actions.map(\.due) == ["2025-05-16", "2025-05-28", nil])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["un-system"], ["donors"]])
  }

  /// A label that names whom it addresses ("Recommendation to donors:", "Recommendation
  /// (governments):"); a placeholder in angle brackets kept as words; the past criticised
  /// ("should never have cut") as no advice; tasks taken on as "is going to" or "plans to"; a
  /// task keyword before a paragraph's owner ("TODO UNDP to share …").
  @Test func labelsPlaceholdersCounterfactualsAndFutures() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Recommendation to donors: simplify reporting for small community groups.

      Recommendation (governments): publish the draft plans for comment.

      Governments should appoint a focal point in <name of ministry> before the drafting starts.

      Donors should never have cut the funding for community dialogue in 2016.

      UNICEF is going to share the list of youth networks by 15 November 2017.

      The Ministry of Youth plans to nominate focal points by 1 December 2017.

      TODO UNDP to share the mapping tool by 2017-10-20.

      OHCHR will be hosting the follow-up webinar by 30 November 2017.

      The elections will be taking place in May.
      """)
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["governments"], ["governments"]])
    #expect(extract.recommendations.last?.text == "Governments should appoint a focal point in <name of ministry> before the drafting starts.")
    #expect(extract.actions.map(\.owner) == ["UNICEF", "Ministry of Youth", "UNDP", "OHCHR"])
    #expect(extract.actions.map(\.due) == ["2017-11-15", "2017-12-01", "2017-10-20", "2017-11-30"])
  }

  /// Advice given before and recalled ("had then recommended"), a rule in force ("under the
  /// amendments … in force since July, every association must …") and a possibility on a
  /// condition ("could consider … if …") are no recommendations.
  @Test func recalledAdviceRulesInForceAndConditions() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Mr. Kadić informed that the Institution had then recommended to the Ministry to issue identity documents.

      Under the amendments in force since July, every association must report each donation to the Ministry.

      Mr. Mujić stated that the Ministry could consider including youth organisations if the Council amends the decision.

      The committee recommended that the Directorate should forward the outstanding evidence.
      """)
    #expect(extract.recommendations.map(\.line) == [14])
  }

  /// An actor set against another ("Governments (not donors) should …", "Youth groups, not
  /// governments, should …") is not addressed, and a contrast before the cue ("(none of them
  /// registered) called on …", "Several, if not most, participants urged …") drops nothing.
  @Test func contrastsNameNoAddressee() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      - Governments (not donors) should lead the drafting of national action plans.
      - Youth groups, not governments, should lead counter-narrative campaigns.
      - Not only governments but also donors should fund youth groups.
      - Several youth groups (none of them registered) called on donors to accept fiscal hosts.
      - Several, if not most, participants urged governments to publish their consultation lists.
      - Governments, rather than donors, should lead the drafting of national plans.
      - Donors should not fund security forces.
      """)
    #expect(extract.recommendations.map(\.actors) == [
      ["governments"], ["youth-organisations"], ["governments", "donors"], ["donors"], ["governments"], ["governments"], ["donors"],
    ])
    #expect(extract.recommendations.first?.text == "Governments (not donors) should lead the drafting of national action plans.")
  }

  /// What someone felt or was told by others ("was encouraged by the minister's words", "were
  /// urged by their families to stay away") and an open question told ("What governments should
  /// do … remained unclear") are no advice; the room's own advice, however written, is.
  @Test func feelingsAndOpenQuestionsAreNoAdvice() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Civil society was encouraged by the minister's opening words.

      What governments should do about returnees remained unclear.

      Young activists were urged by their families to stay away from the protests.

      Donors were encouraged by participants to pool funds.

      What governments should do is fund youth centres.
      """)
    #expect(extract.recommendations.map(\.line) == [14, 16])
  }

  /// Advice a speaker gives in their own words, quoted after a verb of speech, is advice; words a
  /// text gives ("it reads: …") are not.
  @Test func adviceQuotedAfterAVerbOfSpeech() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      She said, "Governments must protect journalists."

      The chair said: “Donors should fund youth centres.”

      One speaker said "local authorities should open their budgets".

      The strategy reads: "States should consult youth."

      She recalled that the old plan said "schools should report suspicious pupils".

      One nurse said “we were encouraged to talk about our own stress for the first time”.
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["local-authorities"]])
  }

  @Test func bilingualFrenchNotes() throws {
    let extract = try Self.extract(
      """
      ## Recommandations / Recommendations

      1. Le gouvernement devrait inscrire les actions du PAN confiées aux OSC dans la loi de finances.
      2. Les PTF sont encouragés à financer les OSC locales sur trois ans.
      3. Les collectivités territoriales devraient créer des cadres de concertation communaux.
      4. Il faut davantage de ressources pour la prévention en milieu carcéral.

      ## Prochaines étapes / Next steps

      - Mme Diallo enverra la note conceptuelle révisée à tous les membres d'ici le 15 octobre.
      - Le Secrétariat préparera la version finale du chapitre avant fin novembre.
      - M. Kaboré-Lefèvre transmettra la liste des participants au PNUD d'ici lundi.
      - [Youth desk] Podcast series on the NAP for young listeners (parked)
      """, date: "2024-09-19")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["local-authorities"], []])
    #expect(extract.actions.map(\.owner) == ["Mme Diallo", "Secrétariat", "M. Kaboré-Lefèvre"])
    #expect(extract.actions.map(\.due) == ["2024-10-15", "2024-11-30", "2024-09-23"])
  }

  @Test func negatedViewsTurnDownOnlyThemselves() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Governments should fund CSOs.

      It was not agreed that donors should fund CSOs.

      Participants disagreed that governments should ban youth groups. Nobody thought the UN should intervene.

      The EU does a lot of this already, so we don't need to reinvent that.

      The European Union should fund local organisations.
      """)
    #expect(extract.recommendations.map(\.text) == ["Governments should fund CSOs.", "The European Union should fund local organisations."])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
  }

  @Test func transcriptTurnsInOneParagraphEachHaveTheirSpeaker() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      [00:00:05] Chair: Welcome everyone.
      [00:01:10] UNDP: We will share the mapping of youth media projects by Friday.

      ## Action items

      - [ ] UNDP to share the mapping by Friday
      - [ ]
      - [x]
      """)
    #expect(extract.actions.map(\.owner) == ["UNDP", "UNDP"])
    #expect(extract.actions.map(\.line) == [9, 13])
  }

  @Test func sectionsNamedInFrenchOrSpanish() throws {
    let extract = try Self.extract(
      """
      ## Recommandations

      1. Les médias devraient adopter une charte commune.

      ## Prochaines étapes

      - Le PNUD partagera la cartographie d'ici le 15 décembre.

      ## Próximos pasos

      - Revisar el borrador.
      """)
    #expect(extract.recommendations.map(\.actors) == [["media"]])
    #expect(extract.actions.map(\.owner) == ["PNUD", nil])
    #expect(extract.actions.map(\.due) == ["2024-12-15", nil])
  }

  @Test func aTableInTheDiscussionIsReadCellByCell() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      | Speaker | Point |
      |---|---|
      | Kenya | Governments should publish draft plans for comment. |
      | UNDP | UNDP to share the mapping by 15 December 2024. |
      """)
    #expect(extract.recommendations.map(\.text) == ["Governments should publish draft plans for comment."])
    #expect(extract.actions.map(\.owner) == ["UNDP"])
    #expect(extract.actions.map(\.line) == [11])
  }

  @Test func aTaskNobodyTookStaysInTheList() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      ok so next steps
      action point halima to write to the coordinator by the twentieth
      someone needs to book the hall for the april meeting
      thats it end of note
      """)
    #expect(extract.actions.map(\.owner) == ["halima", nil])
    #expect(extract.actions.map(\.due) == ["2024-12-20", nil])
  }

  /// "this winter" names a time, not the item before: a proposal turned down in its own words
  /// takes no other item with it.
  @Test func aTimeNamedWithThisPointsNowhere() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      - **Action:** Rania to send the survey to the drafting team.
      - Some felt that if prices spike again this winter, export restrictions should be banned; no consensus on this.
      """)
    #expect(extract.actions.map(\.owner) == ["Rania"])
    #expect(extract.recommendations.isEmpty)
  }

  @Test func aClosingRepetitionIsNoSecondRecommendation() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Donors should commit to multi-year core funding.

      ## Wrap-up

      The chair closed by repeating that donors should commit to multi-year core funding.
      The host recalled that ministries should include screening in primary care, as agreed under Recommendation 1.
      """)
    #expect(extract.recommendations.map(\.text) == ["Donors should commit to multi-year core funding."])
  }

  /// A short bold label over a list names whom its items address.
  @Test func aLabelOverAListNamesItsAddressees() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      **To the communes and the mayors :**

      - Publish each year a short report.

      **To the technical and financial partners (PTF) :**

      - Align funding on local plans.

      *General :* the exchange of experience between towns should continue.
      """)
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["donors"], []])
  }

  /// Minutes written as German civil servants and donor groups write them: "Resp.:" owners,
  /// "15.03." dates, an HTML table of action points, tasks due "by the next meeting" whose date
  /// the notes give.
  @Test func resultsMinutesAndHTMLTables() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      1. Position paper: integrate results of today. Resp.: TA; draft until 15.03.
      2. Invite the Kenyan colleague to the next round. Resp.: tbc; before the summer break.

      ## Action points

      <table>
      <tr><th>No.</th><th>Action</th><th>Owner</th><th>Deadline</th></tr>
      <tr><td>7.1</td><td>Circulate mapping v3</td><td>Secretariat (JM)</td><td>end of next month</td></tr>
      <tr><td>7.2</td><td>Submit grant data &amp; budgets</td><td>tbc (MDA or Secretariat)</td><td>by the next meeting</td></tr>
      </table>

      ## AOB

      - Next meeting (No. 8): Wednesday 14 January 2025, 15:00.
      """)
    #expect(extract.actions.map(\.owner) == ["TA", nil, "Secretariat (JM)", nil])
    #expect(extract.actions.map(\.due) == ["2025-03-15", nil, "2024-12-31", "2025-01-14"])
    #expect(extract.actions.map(\.line) == [8, 9, 15, 16])
    #expect(extract.actions.last?.text == "Submit grant data & budgets")
  }

  /// Resolutions written "RESOLVED:" then "a. That …" lines: one recommendation each. A lead-in
  /// that is a recommendation whole keeps its particulars; one that leads into its items gives
  /// them its addressee, not their objects'.
  @Test func resolutionsAndLeadIns() throws {
    let extract = try Self.extract(
      """
      ## Resolutions

      10. At the end of deliberations, the workshop RESOLVED:

          a. That the governments allocate a budget line;
          b. That mayors establish peace committees in every
             commune;

      ## Recommendations

      - Donors should support youth groups, in particular:
        - youth-led networks;
        - young women's groups.
      - Governments should:
        - fund youth-led networks;
      """)
    #expect(extract.recommendations.map(\.line) == [10, 11, 16, 20])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["local-authorities"], ["donors"], ["governments"]])
  }

  @Test func minutesBesideAnActionListGiveNoTasks() throws {
    let extract = try Self.extract(
      """
      ## Actions

      - Ana Ruiz to share the template by 2024-12-04.

      **Item 3. Pay.** Aisha Bello set out the union's position that no worker loses pay. No decision was taken.

      **Item 4. Information to workers.** The union offered translations of its alert cards.

      - Secretariat to circulate these minutes by 2024-11-28.
      """)
    #expect(extract.actions.map(\.owner) == ["Ana Ruiz", "Secretariat"])
  }

  @Test func labelsAndStruckItemsInActionLists() throws {
    let extract = try Self.extract(
      """
      ## Follow-up

      - IRG research team:
        - publish this outcome note by 3 March 2025;
        - convene a working group by the end of April;
      - ~~DB to draft worker survey~~ -> dropped, ILO already running one
      - 2nd session in Dakar in spring? only if $ allows - not agreed
      - [x] JK sent attendee list + chat export to hosts (done during session)
      - [x] share the feedback form (done, Lea)
      """)
    #expect(extract.actions.map(\.owner) == ["IRG research team", "IRG research team", "JK", "Lea"])
    #expect(extract.actions.map(\.due) == ["2025-03-03", "2025-04-30", nil, nil])
  }

  @Test(arguments: [
    ("Refiners would benefit from pooling audit results.", ["private-sector"]),
    ("There was broad agreement that refiners would benefit from pooling audit results.", ["private-sector"]),
    ("Consideration should be given by mining ministries to publishing the transfers.", ["governments"]),
    ("Participants urged donors and investigative media to monitor the platform.", ["donors", "media"]),
    ("Ministries of social protection and local authorities should run grievance desks.", ["governments", "local-authorities"]),
    ("donors + insurers shd pilot it in 2-3 cities", ["donors", "private-sector"]),
    ("There is a need for dedicated credit lines for women-led mining associations.", []),
    ("Participants stressed the importance of recognising customary tenure in restitution.", []),
    ("SC recommends that only the opening and closing plenaries be livestreamed.", []),
    ("Simpler accreditation for local NGOs is needed.", []),
    ("It was suggested that it may be advisable for ministries responsible for livestock to consider a tiered licence.", ["governments"]),
    ("Several participants felt that county governments might usefully explore mobile services.", ["local-authorities"]),
    ("One option would be for FAO and its partner agencies to extend the templates.", ["un-system"]),
    ("Licensing authorities are encouraged to consult astronomers.", ["governments"]),
    ("She encouraged municipal authorities to bring waste pickers into collection contracts.", ["local-authorities"]),
    ("Requests the United Nations entities to continue to provide technical assistance, upon request, to Member States;", ["un-system"]),
  ])
  func whomARecommendationAddresses(_ sentence: String, actors: [String]) throws {
    let item = try #require(Extractor().classifySentence(sentence, sessionDate: "2024-11-21"))
    #expect(item.kind == .recommendation)
    #expect(Set(item.actors) == Set(actors))
  }

  @Test(arguments: [
    "Participants called for stronger community engagement.", "A participant asked whether governments must consult CSOs.",
    "No visa is needed for the site visit.",
    "A proposal from the floor that commissions should reserve half of their seats for women did not attract broad support.",
    "The delegation stressed that legislation should remain neutral. Not taken up by others.",
  ])
  func describedWordsNameNoAddressee(_ sentence: String) {
    #expect(Extractor().classifySentence(sentence, sessionDate: "2024-11-21") == nil)
  }

  @Test func sectionsNamedAnotherWayAndFootnotes() throws {
    let extract = try Self.extract(
      """
      ## Asks \u{1F4E3}

      1. **To governments:** legislate a presumption of employment.
      2. Accident insurance from day one \u{2014} see above!!

      ## Action points carried over from meeting no. 4 (17 June 2024)

      - AP1 Circulate draft concept note to SC members [IM] Due: 15 July 2024

      ## Way forward

      The following points appear to command broad support:

      - that governments ought to include costed livestock indicators;
      - that the tiered licensing outlined above should be considered;

      As regards follow-up, the convening team will circulate a draft by 8 November 2024.
      Dr. Raman kindly offered to share the dataset by 15 November 2024.

      [^1]: The first workshop, held in March 2024, was devoted to aquaculture.

      ## To-dos \u{2705}

      - @tash send these notes to everyone by Thurs
      """)
    #expect(extract.recommendations.map(\.line) == [8, 19])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["IM", "convening team", "Dr. Raman", "tash"])
    #expect(extract.actions.map(\.due) == ["2024-07-15", "2024-11-08", "2024-11-15", "2024-11-28"])
  }

  @Test func operativeParagraphsCommitmentsAndDecisions() throws {
    let extract = try Self.extract(
      """
      ## Operative paragraphs

      4. *Urges* Member States to allocate 10 per cent of road budgets to pedestrians;
      10. *Requests* the Secretariat, in cooperation with the World Health Organization and the United Nations Economic Commission for Africa, to develop a model law;
      12. *Invites* development partners to ensure that every road project is audited;
      21. *Reaffirms* its call upon Member States to adopt legislation, as set out in paragraph 3.

      ## Follow-up and review

      20. *Further requests* the Secretariat to present a mid-term review within two years of the adoption of this Declaration;

      ## Commitments

      1. Koolbox Africa commits to installing 300 solar cold rooms by June 2025.
      2. Polar Components pledged a five-year warranty on all components sold to cooperatives.
      3. The Council itself:
         + will set up a Cooling Finance Working Group within 48h;

      ## Key decisions

      1. Relocation to Tel Saba should not go ahead until minimum standards are verified.
      2. Cluster meetings move to weekly until end of December.

      ## Asks of government

      - Fund cold rooms in every district.

      ## Agreed actions

      - Raise the funding gap and request OCHA to consider a reserve allocation | CC | ICCG 18/11
      - [ ] ask @StreamTokSafety for a written answer
      - PSEA network to run a refresher on 03/12; details to follow.

      ## Notes

      The Committee agreed to hold a further evidence session with the Minister.
      """)
    #expect(extract.recommendations.map(\.line) == [8, 10, 26, 31])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], [], ["governments"]])
    #expect(extract.actions.map(\.owner) == [
      "Secretariat", "Secretariat", "Koolbox Africa", "Polar Components", "The Council", "CC", nil, "PSEA network", "Committee",
    ])
    #expect(extract.actions.map(\.due) == [
      nil, "2026-11-21", "2025-06-30", nil, "2024-11-23", "2024-11-18", nil, "2024-12-03", nil,
    ])
  }

  @Test func aHyphenatedActorDescribesTheWordAfterIt() throws {
    let extract = try Self.extract(
      """
      ## Key recommendations

      ### For producer-country governments

      - Mining cadastres would benefit from reserving artisanal zones.
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"]])
  }

  /// Advice the writers give in the first person names whom they ask; "suggested that X VERB"
  /// addresses X.
  @Test(arguments: [
    ("We ask the women's organisations to send their proposals to the secretariat.", ["women-organisations"]),
    ("we want govts to put youth centres back in the budget", ["governments"]),
    ("Participant E suggested that provincial and district councils set up reception committees.", ["local-authorities"]),
  ])
  func firstPersonAsksAndSuggestions(sentence: String, actors: [String]) throws {
    let extract = try SectionReadingTests.extract("## Recommendations\n\n- \(sentence)\n")
    #expect(extract.recommendations.map(\.actors) == [actors])
  }

  /// A commitment in the present perfect or taken as a responsibility is the owner's task, with
  /// or without a date the rules can read.
  @Test(arguments: [
    ("UNDP has agreed to draft a brief by 16 June.", "UNDP", "2024-06-16"),
    ("The Lakeshore Institute has kindly offered to draft a brief in time for the regional meeting.", "Lakeshore Institute", nil),
    ("Mrs. Nawal Ben Youssef took the responsibility to prepare a paper before the Eid holiday.", "Mrs. Nawal Ben Youssef", nil),
    ("UNDP took responsibility for drafting the terms of reference by Friday.", "UNDP", "2024-03-15"),
    ("Bi. Said committed to hold a youth baraza within two weeks.", "Bi. Said", "2024-03-26"),
    ("Baraka to read the county fund's requirements on air by Friday.", "Baraka", "2024-03-15"),
  ])
  func commitmentsTakenOn(_ sentence: String, owner: String, due: String?) throws {
    let item = try #require(Extractor().classifySentence(sentence, sessionDate: "2024-03-12"))
    #expect(item.kind == .action)
    #expect(item.owner == owner)
    #expect(item.due == due)
  }

  /// A rule in force is told, not advised; the need a speaker underscored, and advice given as
  /// "my advice to", are recommendations.
  @Test(arguments: [
    ("Under the current rules, CSOs must currently be cleared by the governor.", nil),
    ("He informed that, as per the present practice, members must be nominated by the police station.", nil),
    ("Speakers underscored the need for donors to fund civil society.", ItemKind.recommendation),
    ("The participants stressed on the importance that the governments will involve women's organisations.", ItemKind.recommendation),
    ("My advice to civil society organisations is different: stay in the room.", ItemKind.recommendation),
    ("Governments must now adopt the plan.", ItemKind.recommendation),
    ("Under the 2023 Online Safety Act, platforms must remove flagged content within 24 hours.", nil),
    ("According to § 9 of the statutes the network shall always have a reserve of three months' costs.", nil),
    ("She reminded everyone that under the network's charter members must declare any police funding.", nil),
    ("Under the 2026 national guidelines every security committee should include one youth member.", nil),
    ("Under the new guidelines, donors should fund youth groups directly.", ItemKind.recommendation),
    ("“We are asked to certify everything and we are paid for nothing,” one miner said.", nil),
    ("Donors are asked to consider covering trade-test fees for trainees.", ItemKind.recommendation),
    ("Religious leaders and youth organisations could jointly run online clinics in the pilot municipalities.", ItemKind.recommendation),
    ("Donors could possibly fund it.", nil),
    ("Gaming and messaging companies operating in Dalmara should set up a trusted-flagger channel.", ItemKind.recommendation),
    ("The Chair takes note of the statement by one delegation that youth councils should be appointed.", nil),
    ("Religious leaders ought to open their dialogue structures to young women.", ItemKind.recommendation),
    ("The Committee requests the State party to submit, by 1 May 2028, information on the measures taken.", ItemKind.recommendation),
    ("Requests Member States to report by 1 May 2028.", ItemKind.recommendation),
    ("The meeting requests the Secretariat to prepare a table by 1 May 2028.", ItemKind.action),
    ("Fatuma asked the sheikhs and pastors to come to the youth barazas to listen.", ItemKind.recommendation),
  ])
  func ruleInForceAndAdvice(_ sentence: String, kind: ItemKind?) {
    #expect(Extractor().classifySentence(sentence, sessionDate: "2024-03-12")?.kind == kind)
  }
}

/// Proposals turned down after they were put, and "appeal" as a noun.
@Suite struct TurnedDownCallTests {
  /// A call put from the floor "and rejected by the room" is none; "and rejected two grant
  /// requests" is a verb with its object, and the advice after it stays.
  @Test(arguments: [
    ("A call for governments to ban encrypted messaging was put from the floor and rejected by the room.", false),
    ("The proposal that donors should fund radio was discussed and rejected.", false),
    ("The committee was formed in May and rejected two grant requests; donors should fund radio instead.", true),
  ])
  func aCallPutAndRejected(sentence: String, kept: Bool) throws {
    let extract = try SectionReadingTests.extract("## Discussion\n\n" + sentence + "\n")
    #expect(extract.recommendations.count == (kept ? 1 : 0))
  }

  /// "a route of appeal to a court" asks no one; "made an appeal to donors to fund …" asks donors.
  @Test func appealAsANoun() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recommendations

      - **Governments:** publish the legal criteria, and give everyone listed a route of appeal to a court.
      - The chair made an appeal to donors to fund the radio.
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
  }

  /// Advice the room laughed at in the same paragraph ("… its own jingle. (Laughter.)") is none;
  /// applause keeps it, a task laughed at stays a task, and laughter in the next paragraph turns
  /// nothing down.
  @Test func adviceLaughedAt() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      HN also said the Platform should get its own jingle. (Laughter.)

      Perhaps the Deputy Minister should join this Parliament: she would be its most experienced Member. [Laughter]

      Donors should fund the radio. [Applause]

      Amina will bring the cake by Friday. (Laughter.)

      Journalists should stop using the word "radicalised".

      That's my point. [laughter]
      """, date: "2029-03-22")
    #expect(extract.recommendations.map(\.text) == ["Donors should fund the radio.", "Journalists should stop using the word \"radicalised\"."])
    #expect(extract.actions.map(\.owner) == ["Amina"])
  }

  /// A storyteller's words under "Quote:", a suggestion the room "Agreed to wait" on, and the
  /// speakers' resolve with nothing but a pronoun in it ("Now we have to deliver it.") are no
  /// advice; advice that names its matter stays.
  @Test func quotedStoriesDeferredSuggestionsAndEmptyResolve() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Riders and the police met twice. Quote: *"The police should say sorry to us in front of everyone."*

      KD suggested we should send the letter again; JM said to wait until after the budget speech. Agreed to wait.

      Now we have to deliver it.

      Quote of the day: donors should fund the radio.

      We should fund the youth radio hour.
      """, date: "2030-02-12")
    #expect(extract.recommendations.map(\.text) == ["Quote of the day: donors should fund the radio.", "We should fund the youth radio hour."])
  }

  /// "I commend its first ask to every government here: that …" passes advice on to those named;
  /// "I commend the interpreters for their work" praises.
  @Test func anAskCommendedToOthers() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Closing remarks

      I commend its first ask to every government here: that youth organisations hold a seat on each national steering body.

      I commend the interpreters for their work.
      """, date: "2029-03-22")
    #expect(extract.recommendations.map(\.actors) == [["governments"]])
  }
}

/// Agreed minutes between two delegations: lettered follow-up measures under one heading, then the
/// next session, thanks, the signing clause and the signatures, none of them a task.
@Suite struct AgreedMinutesTests {
  @Test func theClosingParagraphsOfAgreedMinutesAreNoTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Communities

      9\\. The two sides invited religious leaders to issue a joint message at the Joint Border Festival, to be held at the Harra crossing on 20 September 2031.

      ## V. Follow-up

      18\\. The two sides agreed on the following follow-up measures:

      (a) The secretariats of the two sides shall exchange updated lists of focal points within one month of the signing of these Agreed Minutes.

      (b) The Lesmaran side shall host a technical meeting of the district councils before the Joint Border Festival.

      (c) The Corvanian side to host the first youth exchange visit, as agreed at the Second Session: completed in Harra on 12 May 2031.

      19\\. The Fourth Session of the Working Group shall be held in Lesmara on dates to be agreed through diplomatic channels.

      20\\. The Lesmaran delegation thanked the Corvanian side for its warm hospitality.

      Done at Aldport on 15 May 2031, in two originals, each in the Corvanian, Lesmaran and English languages, all texts being equally authentic.

      **For the Republic of Corvania**
      Ilona Varek, Director-General for Public Security, Ministry of Interior
      """, date: "2031-05-15")
    #expect(extract.actions.map(\.owner) == ["secretariats of the two sides", "Lesmaran side", "Corvanian side"])
    #expect(extract.actions.map(\.due) == ["2031-06-15", "2031-09-20", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
    #expect(extract.recommendations.count == 1)
  }

  /// "… informed the Working Group that …, and undertook to send …": the subject takes the task
  /// on in the second clause; "that was withdrawn in 2030" describes the code to restore, not a
  /// proposal turned down; a conditional offer to pay is no task.
  @Test func aTaskInASecondClauseAndAThingOnceWithdrawn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The Lesmaran side informed the Working Group that the hotline received 41 calls in 2030, and undertook to send the Corvanian side the call log next week.

      The two sides called on the mobile network operators to restore the free emergency short code that was withdrawn in 2030.

      The proposal that was withdrawn asked donors to fund the hall.

      MDA offered to pay for a consultant if at least two other members share the cost.
      """, date: "2031-05-15")
    #expect(extract.actions.map(\.owner) == ["Lesmaran side"])
    #expect(extract.actions.map(\.due) == ["2031-05-23"])
    #expect(extract.recommendations.map(\.actors) == [["private-sector"]])
  }

  /// The councils of districts are their local authorities; an aside opening "including" names
  /// more of those asked; a programme's contributing partners are its donors.
  @Test func councilsOfDistrictsAndThoseIncluded() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The two sides encouraged the councils of the border districts of Harra and Tesk to set up a joint youth forum.

      The two sides called upon civil society organisations in the border districts, including women's organisations, to take part in the early-warning committees.

      The two sides encouraged the Programme's contributing partners to provide multi-year funding.

      Participants urged donors to fund the plan, including the media campaign.
      """, date: "2031-05-15")
    #expect(extract.recommendations.map(\.actors) == [
      ["local-authorities"], ["civil-society", "women-organisations"], ["donors"], ["donors"],
    ])
  }
}

/// A mediator's log: points agreed by both sides, dated day.month as its preface declares, the
/// team's follow-ups with their owners, and advice to groups whose names say what they are.
@Suite struct MediationLogTests {
  @Test func pointsAgreedDatedDayMonthAndFollowUps() throws {
    let extract = try SectionReadingTests.extract(
      """
      *Dates are day.month, all 2031.*

      ## Points agreed by both sides

      1. Youth Union to lift the market road blockade by 06:00 on Mon 14.4 and keep it lifted.
      2. Elders' Council to withdraw the complaint at the police post by 21.4 and say so on air.
      3. UNDP to raise its share to 2.5 and report.

      ## Mediation team follow-ups

      - HO: hall keys released. Done 13:20 (DC Achterberg agreed by phone; JL holds the keys).
      """, date: "2031-04-12")
    #expect(extract.actions.map(\.owner) == ["Youth Union", "Elders' Council", "UNDP", "HO"])
    #expect(extract.actions.map(\.due) == ["2031-04-14", "2031-04-21", nil, nil])
    #expect(extract.actions.map(\.done) == [false, false, false, true])
  }

  /// Without a declared order or a day's name, "14.4" is a number, not a date.
  @Test func aDecimalIsNoDate() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      - UNDP to raise the grant by 14.4 and report.
      - UNDP to raise the grant by Mon 14.4 and report.
      """, date: "2031-04-12")
    #expect(extract.actions.map(\.due) == [nil, "2031-04-14"])
  }

  @Test func groupsNamedForWhoTheyAre() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recommendations

      - The District Commissioner's office should reopen the Market Ward community hall.
      - The Kessa Women's Peace Network should take the chairing seat on the joint hall committee.
      - Participants urged the Harra Youth Forum to meet monthly.
      - The Harbour Rowing Club should open its boathouse.

      ## Discussion

      Under the provincial directive, CPC chairs must be appointed by the district commissioner.
      """, date: "2031-04-12")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["women-organisations"], ["youth-organisations"], []])
  }
}

/// A select committee's report: what it asks of the Government under follow-up, counted from the
/// report's publication, and an event the notes date elsewhere ("the Budget statement").
@Suite struct CommitteeReportTests {
  @Test func followUpAsksAndAnEventDatedElsewhere() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Money

      The Finance Minister will deliver the Budget statement on 11 March 2032.

      ## Government response and follow-up

      We expect the Government to respond to this Report within two months of its publication.
      We ask the Ministry of Interior and Cohesion to send us, by the end of January 2032, the breakdown of grant allocations by district.
      The Committee will take further evidence from the Minister before the Budget statement.
      """, date: "2031-11-26")
    let followUp = extract.actions.filter { $0.line > 9 }
    #expect(followUp.map(\.owner) == ["Government", "Ministry of Interior and Cohesion", "Committee"])
    #expect(followUp.map(\.due) == ["2032-01-26", "2032-01-31", "2032-03-11"])
  }

  /// The lines after "What was promised …:" in one paragraph are their speakers' promises; a
  /// line that reports what someone said is read as any sentence is.
  @Test func promisesListedUnderALeadIn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Pinned comment

      **@PortIvelYouthCouncil** (pinned) · 2 hours ago
      📌 What was promised on the stream tonight (timestamps so you can check):
      [24:10] Mayor Ilunga: Eastgate hub open till 22:00 on Fridays and Saturdays by 1 March.
      [47:55] Supt. Haddad: first monthly stop-and-search figures published by the end of the month.
      [1:12:40] Jo Pereira: a youth page in the Courier every fortnight, the first one this Friday.
      [1:22:30] ✔️ Imam Yusuf + Rev. Okafor: joint statement against the posters, read out on the stream. Done.
      """, date: "2032-02-09")
    #expect(extract.actions.map(\.owner) == ["Mayor Ilunga", "Supt. Haddad", "Jo Pereira", "Imam Yusuf + Rev. Okafor"])
    #expect(extract.actions.map(\.due) == ["2032-03-01", "2032-02-29", "2032-02-13", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, true])
  }
}

/// Among a report's numbered conclusions and recommendations, a welcome that asks nothing and a
/// reproach for what was not done are no recommendations; a welcome with an ask, and "should have
/// a seat", are.
@Suite struct ConclusionsAmongRecommendationsTests {
  @Test func welcomesAndReproachesAskNothing() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Conclusions and recommendations

      1. **We welcome NAP-2 and its commitment to a whole-of-society approach. That commitment will mean little unless councils have the money.** (Paragraph 3)
      2. **The Ministry should have consulted councils before it cut the grant in 2030.** (Paragraph 4)
      3. **We welcome NAP-2 and urge the Ministry to fund councils.**
      4. **Councils should have a seat on the panel.**
      5. **Donors should have funded this years ago and should now fund it.**
      """, date: "2031-11-26")
    #expect(extract.recommendations.map(\.line) == [10, 11, 12])
  }
}

/// Tasks due before an event the notes date in another paragraph: after a colon or ", and", with
/// the event's short name in brackets, over a span of days (its first), or named by the start or
/// end of its name ("the next call" for "the next call for proposals").
@Suite struct EventsDatedElsewhereTests {
  @Test func tasksDueBeforeEventsToldElsewhere() throws {
    let extract = try SectionReadingTests.extract(
      """
      *Two dates everyone knows: the public meeting is at Northgate Library on Saturday 22 June 2030, and the online consultation closes on Friday 28 June 2030. The third round of informal consultations (PFR-3) is scheduled for 2–4 December 2030 in Vessary. The next call for proposals opens on Monday 4 November 2030. The plan goes to Parliament on 15.09.2030.*

      ## Action items

      - Amina sends the final submission before the consultation closes.
      - The Secretariat will compile all inputs into a single document before PFR-3.
      - Sam to re-advertise the roster before the next call opens.
      - Treasury to publish a costed budget annex before the plan goes to Parliament.
      - Lena to book the hall before the meeting ends.
      """, date: "2030-06-11")
    #expect(extract.actions.map(\.due) == ["2030-06-28", "2030-12-02", "2030-11-04", "2030-09-15", nil])
  }
}

/// A recommendation the next sentence says was rejected ("… rejected that recommendation in its
/// response") is none; one welcomed stays.
@Suite struct RejectedRecommendationTests {
  @Test func aRecommendationRejectedInTheNextSentence() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Our predecessor Committee reported on the first plan in 2028. It recommended that "the Government should create a ring-fenced Local Prevention Fund". The Government rejected that recommendation in its response.

      Participants recommended that donors fund the hall. The Government welcomed that recommendation.
      """, date: "2031-11-26")
    #expect(extract.recommendations.map(\.text) == ["Participants recommended that donors fund the hall."])
  }
}

/// An audit report's "**Recommendation 6.**" outside a Recommendations section makes the words
/// after it advice, its subject set off by "as …" or not; what someone "says" the churches should
/// do names them; a noun like "claim" before "should" does not open what is said.
@Suite struct NumberedRecommendationsAndSaidAdviceTests {
  @Test func numberedRecommendationsAndWhatIsSaid() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Findings

      **Recommendation 6.** UNOCR, as Administrative Agent, should publish every grant decision.

      **Recommendation 7.** Grant decisions should be published. Donors should fund it.

      He also says the mosque committee and the churches on Ashdown Road should open their halls on weekday evenings.

      Participants emphasised that local authorities, which handle the first stage of a claim, should train their staff.
      """, date: "2029-11-27")
    #expect(extract.recommendations.map(\.line) == [8, 10, 10, 12, 14])
    #expect(extract.recommendations.map(\.actors) == [[], [], ["donors"], ["religious-leaders"], ["local-authorities"]])
  }
}

/// "one more ask: …" labels advice, a question under it asks nothing; an owner field "(owner:
/// Sunita Rao, with …)" names the lead; under Way Forward, who "added that he will" owns the task;
/// one word ("PFR-2") does not open a longer dated name ("PFR-2 Highlights").
@Suite struct AsksLeadsAndSpeakersTests {
  @Test func asksLeadOwnersAndSpeakers() throws {
    let extract = try SectionReadingTests.extract(
      """
      # PFR-2 Highlights: Wednesday, 16 October 2030

      ## Discussion

      one more ask: the supermarkets on Canal Street could give the first interviews to kids from the estate.

      Ask: what time is it?

      ## Way Forward

      - [ ] AI-7 Offline rerun of the third dialogue (owner: Sunita Rao, with Pastor Ade Balogun and Imam Bilal Karimi), due end of October
      - Co-Facilitator Tomasz Wren-Halloran added that he will hold informal consultations with the CSG on Monday.
      - The Secretariat will compile all inputs received at PFR-2 into a single document.
      """, date: "2030-10-16")
    #expect(extract.recommendations.map(\.actors) == [["private-sector"]])
    #expect(extract.actions.map(\.owner) == ["Sunita Rao", "Co-Facilitator Tomasz Wren-Halloran", "Secretariat"])
    #expect(extract.actions.map(\.due) == ["2030-10-31", "2030-10-21", nil])
  }
}

/// A task's code set off by a middle dot ("T-38-01 · KV-02 (Hamid) to phone …") is no part of its
/// owner.
@Suite struct TaskCodeTests {
  @Test func aTaskCodeBeforeTheOwner() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Response tasks

      - T-38-01 · KV-02 (Hamid) to phone the DC's office today, before 14:00.
      - T-38-02 · MB: written advisories to every addressee by Friday.
      - [x] T-37-02 · KV-01: train the two new Tessam monitors. DONE 14/09.
      """, date: "2030-09-16")
    #expect(extract.actions.map(\.owner) == ["KV-02 (Hamid)", "MB", "KV-01"])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// An advisory whose bold title says whom it is to ("**ADV-38-01 · 🔴 · to: District
/// Commissioner, Sarn.**") makes the words after it advice to them, in any section but Action
/// items; an ask after an arrow names its addressee by a word the taxonomy knows ("Ltd", "Ward
/// Council") or by a group's name; a question after the title asks nothing.
@Suite struct AddressedAdvisoryTests {
  @Test func advisoriesAndAsksToThoseNamed() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Advisories issued on this call

      **ADV-38-01 · 🔴 · to: District Commissioner, Sarn.** Convene the district security committee before Saturday's funeral.

      **ADV-38-03 · 🔴 · to: the imam of Sarn central mosque and the pastor of Lowgate Baptist church.** Both are asked to speak at Friday prayers.

      **ADV-38-08 · 🟡 · to: Kerrow Valley Women Mediators' Forum.** The Forum is invited to place two mediators at the market gate.

      **ADV-38-10 · 🟡 · to: Lowgate Youth Assembly.** Will the Assembly come on Saturday?

      ## Stop 1

      - **Ask → Pellum Transit Ltd:** move the last route 7 stop to the lit stand by the pharmacy.
      - **Ask → Eastgate Ward Council (highways):** replace the broken lamps this spring.

      ## Response tasks

      **Lead → KV-02:** phone the DC's office today.
      """, date: "2030-09-16")
    #expect(extract.recommendations.map(\.actors) == [
      ["local-authorities"], ["religious-leaders"], ["women-organisations"], ["private-sector"], ["local-authorities"],
    ])
    #expect(extract.actions.count == 1)
  }
}

/// "could" advises those named before it, past the places after "of"; a council of faiths is a
/// religious body; a trust or fund named in capitals gives the money.
@Suite struct NamedBodiesTests {
  @Test func councilsOfPlacesFaithsAndFunds() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Findings

      The municipal councils of Hesk and Lower Brava could reopen the municipal grounds to youth leagues.

      The other women's groups could put in one joint bid.

      The Caddon Council of Faiths is encouraged to name two people.

      ## Recommendations

      - The Harrowby Trust and the Stronger Communities Fund should fund the strategy beyond March.
      """, date: "2031-11-05")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["women-organisations"], ["religious-leaders"], ["donors"]])
  }
}

/// A judgment's "Orders and directions" are its tasks: "[34] The Registrar is directed to …" (the
/// paragraph number dropped), and "The convening organisations, CCSC and WDN, shall publish …" is
/// the task of those named.
@Suite struct OrdersAndDirectionsTests {
  @Test func ordersGiveTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## G. Orders and directions

      [34] The Registrar is directed to transmit this judgment to the President within 14 days.

      [35] The convening organisations, CCSC and WDN, shall publish the judgment in English by 15.12.2031.

      [39] The Registrar is to fix the day of that sitting and notify the petitioners by 31.01.2032.
      """, date: "2031-11-08")
    #expect(extract.actions.map(\.owner) == ["Registrar", "CCSC and WDN", "Registrar"])
    #expect(extract.actions.map(\.due) == ["2031-11-22", "2031-12-15", "2032-01-31"])
    #expect(extract.actions.first?.text.hasPrefix("The Registrar") == true)
  }
}

/// A page titled for "the draft national action plan" names no Action items section; "✓ Done
/// (Secretariat): … were published on 10 March." is the Secretariat's task, done, with no deadline.
@Suite struct PublishedAnswersPageTests {
  @Test func aNationalPlanInTheTitleAndTasksDoneByThoseNamed() throws {
    let extract = try SectionReadingTests.extract(
      """
      # Your questions answered: the Dunmere consultation on the draft national action plan

      This page collects the questions people asked at the consultation, and our answers.

      ## What happens next

      - The Secretariat will publish the full consultation report by 30 April 2032.
      - ✓ Done (Secretariat): the dates of the other regional consultations were published on 10 March.
      - ✓ Done (regional office): a summary of the draft was sent to every participant on 8 March.
      """, date: "2032-03-04")
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Secretariat", "regional office"])
    #expect(extract.actions.map(\.due) == ["2032-04-30", nil, nil])
    #expect(extract.actions.map(\.done) == [false, true, true])
  }
}

/// A bold lead-in that asks someone "to:" ("**We call on the Government of Kestrany to:**") makes
/// the list under it its asks, addressed to whom it names; the lead-in is no item of its own.
@Suite struct OpenLetterAsksTests {
  @Test func listsUnderAnAskingLeadIn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## The letter

      **We call on the Government of Kestrany to:**

      1. publish the full draft of the second plan, with its budget, no later than ten days before the Summit;
      2. suspend the use of Article 14 against peacebuilding organisations.

      **We urge the members of the Development Partners' Group to:**

      5. give at least a quarter of their prevention funding as multi-year core grants;

      We invite the regional and municipal councils to:

      8. set up local prevention boards where they do not exist.
      """, date: "2032-06-18")
    #expect(extract.recommendations.map(\.line) == [10, 11, 15, 19])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"], ["donors"], ["local-authorities"]])
  }
}

/// A word on the record itself ("Record checked by both co-convenors on 19 June.") is no task;
/// minutes still to be circulated by someone are.
@Suite struct RecordKeepingTests {
  @Test func checkingTheRecordIsNoTask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - Record checked by both co-convenors on 19 June.
      - Notes checked by Odile on 17 October.
      - Minutes to be circulated by Odile by 20 June.
      """, date: "2032-06-18")
    #expect(extract.actions.map(\.owner) == ["Odile"])
  }
}

/// A note prepared by someone that "will be circulated" is still a task.
@Suite struct RecordStillToCirculateTests {
  @Test func aNoteStillToBeCirculated() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - Note prepared by the Secretariat will be circulated by Friday.
      """, date: "2032-06-18")
    #expect(extract.actions.count == 1)
  }
}

/// A heading that says what the meeting agreed ("Agreements of the circle", "What was agreed")
/// holds the meeting's own advice, whether or not it names an actor the rules know; one that
/// names no decision does not.
@Suite struct AgreementHeadingTests {
  @Test(arguments: ["Agreements of the circle", "What was agreed", "Decisions taken by the board", "Agreed"])
  func agreementsAreTheMeetingsAdvice(heading: String) throws {
    let extract = try SectionReadingTests.extract(
      """
      ## \(heading)

      1. The Red Cross is invited to host a monthly meal for the families.
      """, date: "2030-03-14")
    #expect(extract.recommendations.map(\.line) == [8])
  }

  @Test(arguments: ["Walk-through", "What was not agreed", "Agreement on the venue and lunch arrangements for the day"])
  func otherHeadingsAskForAnActor(heading: String) throws {
    let extract = try SectionReadingTests.extract(
      """
      ## \(heading)

      1. The Red Cross is invited to host a monthly meal for the families.
      """, date: "2030-03-14")
    #expect(extract.recommendations.isEmpty)
  }

  @Test func aPlacesNameBeforeTheActorItNames() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Agreements of the circle

      1. The circle asks Lower Tessin Police to publish each month the number of stops.
      2. The Women's Kitchen is invited to host a monthly meal for the mothers.
      """, date: "2030-03-14")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["women-organisations"]])
  }
}

/// A task board exported as notes: its columns are the board's tasks, each card's title the task,
/// the line of fields under it its owner and date, its checklist the card owner's tasks; a card
/// with no member and no date waits in the backlog, and one in "Done" is done.
@Suite struct TaskBoardTests {
  @Test func cardsAreTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Backlog

      ### Mural at the underpass
      `youth` · no member · no date
      The youth table would like to paint it.

      ## To do

      ### Send the recommendations to all partners
      `comms` · 👤 @lise.amberg · 📅 Fri
      Clean text from the closing flip chart.
      - [x] flip charts photographed (done 17:20)
      - [ ] insurance quote

      ## Doing

      ### Interfaith Council: formal ask to co-host
      👤 @tvyn.jo + @kemi.radio · 📅 ~~Jun 4~~ Jun 16

      ## Done

      ### Q1 grant reports to the Fund
      Owner: Tomas · ✔ Apr 15
      """, date: "2032-06-09")
    #expect(extract.actions.map(\.line) == [14, 17, 18, 22, 27])
    #expect(extract.actions.map(\.owner) == ["lise.amberg", "lise.amberg", "lise.amberg", "tvyn.jo + kemi.radio", "Tomas"])
    #expect(extract.actions.map(\.due) == ["2032-06-11", nil, "2032-06-11", "2032-06-16", nil])
    #expect(extract.actions.map(\.done) == [false, true, false, false, true])
  }

  @Test func headingsOfToDoAloneAreNoBoard() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Done

      - The hall was booked by the Secretariat.
      """, date: "2032-06-09")
    #expect(extract.actions.isEmpty)
  }
}

/// A pinned chat message that names its parts on lines of their own: the marked lines under
/// "*Our asks*" are recommendations, those under "*Who does what*" tasks; a chat's stamp with
/// the day before the time ("[10/03, 19:52]") is no part of the words.
@Suite struct LabelledLinePartsTests {
  @Test func partsOfAPinnedMessage() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Chat

      [10/03, 19:38] Amira S: 📌 *WHAT WE AGREED, CALL 10/03*
      *Our asks*
      1️⃣ Vessany Border Guard should put one woman officer at the crossing on market days.
      2️⃣ Sheikh Barun and Father Ilian are asked to announce the joint market meeting.
      *Who does what*
      ▫️ Amira + Hana: letter to both district heads by Monday
      ▫️ Olga: receipts to Amira by Wed 16/03
      *Next call Thu 14/04, 18:00.*
      """, date: "2033-03-10")
    #expect(extract.recommendations.map(\.line) == [10, 11])
    #expect(extract.actions.map(\.line) == [13, 14])
    #expect(extract.actions.map(\.owner) == ["Amira + Hana", "Olga"])
    #expect(extract.actions.map(\.due) == ["2033-03-14", "2033-03-16"])
  }

  @Test func aChatStampWithTheDay() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## After the call

      [10/03, 19:52] Nadezhda K: Amira will send the letter to the district heads by Monday.
      """, date: "2033-03-10")
    #expect(extract.actions.map(\.text) == ["Amira will send the letter to the district heads by Monday."])
  }
}

/// Tasks told in a council's or a fund's reply: a span counted from a date the words name, the
/// name set off after a role, a body named by its kind that will act on a day written out.
@Suite struct RepliedTaskTests {
  @Test func spansCountedFromANamedDate() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Response

      The Community Safety Team will publish the first report within six weeks of the end of March.

      The Team will publish the second report within two weeks of 1 May.

      The Team will publish the third report within two weeks of receiving the draft.
      """, date: "2033-03-17")
    #expect(extract.actions.map(\.due) == ["2033-05-12", "2033-05-15"])
  }

  @Test func aNameAfterTheRoleAndABodyByItsKind() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## What the Fund will do

      Your programme officer, Rasmus Edde, will send you the grant agreement by 1 March.

      Cllr Ingrid Vasel said she would sit in on a mentoring session before 15 July.

      The government will publish the plan on 30 June.

      Governments will publish their plans on 30 June.
      """, date: "2033-02-22")
    #expect(extract.actions.map(\.owner) == ["Rasmus Edde", "Cllr Ingrid Vasel", "government"])
    #expect(extract.actions.map(\.due) == ["2033-03-01", "2033-07-15", "2033-06-30"])
  }
}

/// A participatory budget's result sheet: a body's commitments under a heading that names them,
/// each under a bold title with its delivery month; the assembly's advice under a heading that
/// says what it is about; an event on the calendar is no task.
@Suite struct ResultSheetTests {
  @Test func aBodysCommitmentsAndTheAssemblysAdvice() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## The Council's commitments on the six winners

      - **Youth Night Kitchen.** The Community Safety Team will open the kitchen on Friday nights. Delivery: **February 2033**.
      - **Mediation Desk.** The Cohesion Officer, Samira Trent, will open the desk in the Market Hall. Delivery: **January 2033**.
      - Ideas for Kellmore Decides 2034 open on 1 March 2033.

      Already done: ✔ Design contract for the canal lighting signed on 2 November (Highways Services).

      ## The assembly's advice on the projects that were not funded

      - **Sports Kit Library.** The assembly advises the Eastfield Tenants' Association to hold a residents' meeting first.
      """, date: "2032-11-13")
    #expect(extract.actions.map(\.line) == [8, 9, 12])
    #expect(extract.actions.map(\.owner) == ["Community Safety Team", "Samira Trent", "Highways Services"])
    #expect(extract.actions.map(\.due) == ["2033-02-28", "2033-01-31", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
    #expect(extract.recommendations.map(\.line) == [16])
  }

  @Test func aSpeakersCommitmentsAreNoTasksByTheirHeading() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## DO's commitments

      - She said she could not promise anything on the night swoops.
      """, date: "2032-11-13")
    #expect(extract.actions.isEmpty)
  }
}

/// A promise that something will be done is the promiser's task when it has a date; a part for
/// which no advice was given holds no recommendation.
@Suite struct PromisedPassiveTests {
  @Test func thePromiserSeesToIt() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Interview

      Deputy Minister Keld promised that the guidelines would be published in both languages by the end of June.

      The Minister assured participants that the plan would be adopted by December.

      Nobody promised that the plan would be adopted by December.

      The Mayor promised that the lights would be fixed soon.
      """, date: "2033-03-23")
    #expect(extract.actions.map(\.owner) == ["Deputy Minister Keld", "Minister"])
    #expect(extract.actions.map(\.due) == ["2033-06-30", "2033-12-31"])
  }

  @Test func noAdviceGiven() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recommendations

      - **Bench and planters, Dale Street.** No advice given.
      - No recommendation was made on this point.
      - The Council should print the ballot in Tesh.
      """, date: "2032-11-13")
    #expect(extract.recommendations.map(\.line) == [10])
  }
}

/// "Who's picking up what" names the tasks; a promise quoted after a name is that person's; a
/// title that opens with a programme's name ("Common Ground JP · …") names no section.
@Suite struct PickingUpTests {
  @Test func whosPickingUpWhat() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Who's picking up what

      - Ana and Dilan: test the mock-up with ten young people before the prototype workshop.
      - Sgt Moira Quaye (Alcyon Police): "I'll take ask 2 to the superintendent and bring you an answer by Friday."
      - ✔ Central Library room booked for workshop 3 (Dilan, during the break).
      """, date: "2032-02-13")
    #expect(extract.actions.map(\.owner) == ["Ana and Dilan", "Sgt Moira Quaye", "Dilan"])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }

  @Test func aProgrammesNameInTheTitle() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Common Ground JP · results framework review

      The Programme Steering Committee is the Task Force sitting as the programme's board.
      """, date: "2032-07-19")
    #expect(extract.recommendations.isEmpty)
  }
}

/// A petition lodged at the session and quoted whole ("> We, the undersigned, call on … to:")
/// puts its asks to the meeting; any other quotation of asks does not.
@Suite struct QuotedPetitionTests {
  @Test func aPetitionsAsks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## The petition, as lodged

      > We, the undersigned, call on Brackenholt Town Council to:
      >
      > 1. keep the mentoring scheme with the community organisations that run it now;
      > 2. restore the family helpline's evening hours.

      ## History

      > In 2019 the forum called on the Council to:
      >
      > 1. close the scheme.
      """, date: "2033-03-17")
    #expect(extract.recommendations.map(\.line) == [10, 11])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["local-authorities"]])
  }
}

/// "What can you offer?" names the tasks: each offer quoted after a name is that person's, one on
/// a condition is none; a weekday that comes back each week ("on Thursday evenings") is no date.
@Suite struct OffersRoundTests {
  @Test func offersQuotedAfterNames() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Round 4: What can you offer?

      - **Imam Khalid Rauf:** "The hall is open to the youth club on Thursday evenings. I will be there for the first one, on the 21st."
      - **Dana Hadley (head, Upper School):** "The school will hold an assembly before the Easter holidays begin on 12 April."
      - **Osman (corner shop):** "If the council pays for a lamp on my wall, I will keep it on all night."
      """, date: "2030-03-12")
    #expect(extract.actions.map(\.owner) == ["Imam Khalid Rauf", "Dana Hadley"])
    #expect(extract.actions.map(\.due) == ["2030-03-21", "2030-04-12"])
  }
}

/// A body's decisions as lettered lines under one lead-in ("the Committee, by consensus:" over
/// "(a) adopted …", "(b) requested the Secretariat to …"), a chat's pinned list of what was
/// agreed, and a bot's boxes to tick.
@Suite struct DecidedLinesTests {
  @Test func lettersUnderTheBodysLeadIn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Record

      At the close of the meeting the Committee, by consensus:
      (a) requested the Secretariat to compile the reports received into a synthesis;
      (b) invited Member States to report to the Committee on the steps they have taken;
      (c) invited the Aurelian Development Bank and other development partners to contribute to the Trust Fund.
      """, date: "2033-05-19")
    #expect(extract.actions.map(\.line) == [9])
    #expect(extract.actions.map(\.owner) == ["Secretariat"])
    #expect(extract.recommendations.map(\.line) == [10, 11])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
  }

  @Test func aPinnedListAndABotsBoxes() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Channel

      **ines.varga** 15:24 (edited) :pushpin:
      *WG2 input to the Forum outcome paper, as agreed on the call*
      • The Regional Prevention Fund should open a small grants window for municipalities.
      • Youth organisations are encouraged to co-run the referral panels.

      **Follow-Up Flow** 15:34
      *Action items captured* · WG2 call
      ☐ `AI-117` Circulate mapping template v3 · owner @dawit.mersa · due Tue, May 24
      ☑ `AI-109` Book the WG2 side room at the Forum · @priya.sand · closed May 16
      """, date: "2033-05-19")
    #expect(extract.recommendations.map(\.line) == [10, 11])
    #expect(extract.actions.map(\.line) == [15, 16])
    #expect(extract.actions.map(\.owner) == ["dawit.mersa", "priya.sand"])
    #expect(extract.actions.map(\.done) == [false, true])
  }
}

/// A log's table with an owner column and an "Action by" column: the latter holds the date.
@Suite struct ActionByColumnTests {
  @Test func actionByBesideOwner() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      | ID | Response | Owner | Action by | Next review |
      |---|---|---|---|---|
      | R-09 | Move all lists to the encrypted case system | SCDC | within 30 days | July |
      | R-10 | Advertise the post now | UNDP | Fri 24 June | Board 8 |

      ## Follow-up

      | Task | Action by |
      |---|---|
      | Send the minutes | Secretariat |
      """, date: "2033-06-14")
    #expect(extract.actions.map(\.owner) == ["SCDC", "UNDP", "Secretariat"])
    #expect(extract.actions.map(\.due) == ["2033-07-14", "2033-06-24", nil])
  }
}

/// A World Café's harvest: a heading whose parts are set apart by a middle dot names the section
/// its last part names ("Harvest wall · what the room wants"), not a record's code and title
/// ("ADR-027 · What we ask of partners"); a pledge wall's cards are their signers' promises.
@Suite struct HarvestAndPledgeWallTests {
  @Test func harvestWallAndPledges() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Harvest wall · what the room wants

      1. **Together, every spring.** The Interfaith Forum is asked to organise a joint open-doors weekend. (24)

      ## Pledge wall

      - "I'll ask my boss at Brindle Foods to take two Saturday trainees by 1 December." (Sanjay, Brindle Foods)
      - "Ostwick Youth Network will bring ten young people to the budget consultation on Wednesday 12 October." (Kofi)
      - "I'll run a free first-aid course for mums next month." (no name)
      - "If the Council gives us the keys, we will open the hall on Friday nights." (Greta)
      - "Photos of all six cloths sent to everyone. ✔ done Sunday morning" (Bea)
      """, date: "2033-09-24")
    #expect(extract.recommendations.map(\.line) == [8])
    #expect(extract.actions.map(\.line) == [12, 13, 14, 16])
    #expect(extract.actions.map(\.owner) == ["Sanjay", "Ostwick Youth Network", nil, "Bea"])
    #expect(extract.actions.map(\.done) == [false, false, false, true])
  }

  @Test func aRecordsCodeAndTitle() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## ADR-027 · What we ask of partners outside the consortium

      Status: Accepted (2029-06-12)
      """, date: "2029-06-12")
    #expect(extract.recommendations.isEmpty)
  }
}

/// A summary record's speeches: what a speaker says someone will do by a date is that one's
/// task; "her Government" is the Government of the country the speaker's bracket names; a
/// speaker's forecast with no date is none.
@Suite struct SummaryRecordTests {
  @Test func saidThatWouldByADate() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Summary record

      13. Mr. Arrowood (Secretary of the Committee) said that the Secretariat would circulate the text to all delegations by Friday.

      6. Ms. Veyrac (Ostria) said that her Government would host an expert workshop in Lisk on 14 June 2033.

      7. The delegate said that the plan would fail without funding.
      """, date: "2033-03-07")
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Government of Ostria"])
    #expect(extract.actions.map(\.due) == ["2033-03-11", "2033-06-14"])
  }
}

/// A committee's record dates its next session where it decides it ("the tenth session be held in
/// Port Meriden from 17 to 19 October 2033"); a task due "six weeks before the opening of the
/// tenth session" is due that many weeks before its first day, and one "at the tenth session" on it.
@Suite struct CountedBackFromEventTests {
  @Test func weeksBeforeADatedSession() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      20. The Chair said that the Bureau proposed that the tenth session be held in Port Meriden from 17 to 19 October 2033. It was so decided.

      21. The Committee requested the Secretariat to compile the reports and to circulate them no later than six weeks before the opening of the tenth session.

      ## Action items

      - The Fund Manager to present options for a small-grants window at the tenth session.
      """, date: "2033-06-20")
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Fund Manager"])
    #expect(extract.actions.map(\.due) == ["2033-09-05", "2033-10-17"])
  }
}

/// A lead-in that says who will do what follows ("The Ministry will:", "Before the first
/// disbursement, WTVN undertook to:") makes each item of the list under it that one's task, in
/// the discussion as under Action items; one that only describes ("The new centre will offer:")
/// or advises ("Donors should:") does not.
@Suite struct CommittedLeadInTests {
  @Test func listUnderAnOwnersLeadIn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Before the first disbursement, WTVN undertook to:

      - sign and return the grant agreement;
      - send a revised budget by 15 March 2033.

      ## Action items

      The Ministry will:

      - publish the draft by 30 April;
      - write to the donors.
      """, date: "2033-02-20")
    #expect(extract.actions.map(\.owner) == ["WTVN", "WTVN", "Ministry", "Ministry"])
    #expect(extract.actions.map(\.due) == [nil, "2033-03-15", "2033-04-30", nil])
  }

  @Test func notADescriptionNorAdvice() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The new youth centre will offer:

      - counselling for families;
      - a homework club.

      Speakers said that donors should:

      - fund youth workers;
      - pay for core costs.
      """, date: "2033-02-20")
    #expect(extract.actions.isEmpty)
  }

  /// An earlier meeting's agreement, told as history, is no task of this one.
  @Test func anEarlierMeetingsAgreement() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The Dialogue took stock of progress since the 2022 Roundtable, at which participants had agreed that each country would designate a coordinator within six months.

      Leaders agreed that each Member State will designate a national focal point by 31 August.
      """, date: "2033-02-20")
    #expect(extract.actions.map(\.line) == [10])
    #expect(extract.actions.map(\.owner) == ["each Member State"])
  }
}

/// What a speaker says someone will do, with "that" left out ("Leon said the Youth Forum will run
/// … next Tuesday"), is that one's task when the text gives a date; not a forecast without one,
/// nor words in quotation marks. An aside between the owner and the verb ("The Police
/// Directorate, though not a party, has agreed to write …") is left out of the owner.
@Suite struct ReportedWithoutThatTests {
  @Test func saidWithoutThat() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Leon said the Youth Forum will run the same text line at its own session next Tuesday.

      The Minister said the Government will publish its response in the coming months.

      The recap said "the city will appoint a focal point in every ward" by 2030.

      4.4 The Police Directorate, though not a party, has agreed to write to the City by 30 June.
      """, date: "2034-06-07")
    #expect(extract.actions.map(\.owner) == ["Youth Forum", "Police Directorate"])
    #expect(extract.actions.map(\.due) == ["2034-06-13", "2034-06-30"])
  }

  /// A body asks its own officer ("the Fund Manager") for work due at a later sitting: a task,
  /// though presenting is also what is done in the room.
  @Test func aBodysOfficerAtALaterSitting() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The Committee decided to hold its tenth session in Port Meriden from 17 to 19 October 2033.

      The Committee requested the Fund Manager to present options for a small-grants window at the tenth session.

      The Chair invited the Fund Manager to present the figures.
      """, date: "2033-06-20")
    #expect(extract.actions.map(\.owner) == ["Fund Manager"])
    #expect(extract.actions.map(\.due) == ["2033-10-17"])
  }
}

/// Asks read aloud or written in other ways: a point counted aloud ("Three, the police post
/// should …"), those asked to open what is not the meeting ("asked to open their halls"), "It
/// would help if the local media …" (not "… if we had more time"), and French notes' "Le Comité
/// invite le PNUD … à présenter", "Les conseils communaux devraient …".
@Suite struct AsksInOtherWordsTests {
  @Test func countedAndOutsideTheRoom() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      [0:47] Three, the police post should stop the night checks on the boda boda riders.

      Mosques, churches and the temple are asked to open their halls after school.

      The minister was invited to open the session.

      It would help if the local media also reported the settlement.

      It would help if we had more time.
      """, date: "2034-02-07")
    #expect(extract.recommendations.map(\.line) == [8, 10, 14])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["religious-leaders"], ["media"]])
  }

  @Test func frenchAsks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Le Comité invite le PNUD et ONU Femmes à présenter un rapport semestriel conjoint.

      Les conseils communaux devraient tenir les réunions des comités en journée.

      Il est essentiel que les partenaires techniques et financiers alignent leurs calendriers.

      The ministry invited a number of youth groups to the launch.
      """, date: "2034-02-20")
    #expect(extract.recommendations.map(\.actors) == [["un-system"], ["local-authorities"], ["donors"]])
  }

  /// A mentor's "Things to try" are advice, each line under it a recommendation.
  @Test func thingsToTry() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Things to try (my suggestions: take them or leave them)

      - Book the inspector for a coffee, not a meeting.
      - Write the terms of reference together with the youth council.
      """, date: "2034-03-09")
    #expect(extract.recommendations.count == 2)
  }
}

/// A turn's label may hold a colon in its brackets ("**Jonas (typed reply, Tue 7 Feb, 20:10):**");
/// the next meeting may be given on a bold label ("**Next session:** Thu 6.4."); a span may count
/// from the signing of the record ("within 14 days of signature"), from now ("within the next
/// fortnight"), or back from a date ("five working days before its meeting of 2034-05-30").
@Suite struct TurnsAndSpansTests {
  @Test func labelsAndSpans() throws {
    let extract = try SectionReadingTests.extract(
      """
      **Next session:** Thu 6.4., 16:00, same link

      ## Discussion

      **Jonas (typed reply in the chat, Tue 7 Feb, 20:10):** Yes to transport. I will confirm it to Mrs Lunda in writing by Friday.

      4.6 The City will publish the joint statement on its website within seven days of signature.

      ## Next steps

      - Y.D.: coffee with Insp. Falk within the next fortnight.
      - Y.D.: first draft of the terms of reference before our next session.
      - Procurement Unit: submission to the CAP Committee no later than five working days before its meeting of 2034-05-30.
      - T. Brask to send the list two weeks before 1 May.
      """, date: "2034-03-09")
    #expect(extract.actions.map(\.owner) == ["Jonas", "City", "Y.D.", "Y.D.", "Procurement Unit", "T. Brask"])
    #expect(extract.actions.map(\.due) == ["2034-03-10", "2034-03-16", "2034-03-23", "2034-04-06", "2034-05-23", "2034-04-17"])
  }
}

/// Whose tasks a list holds, as lead-ins and resolutions say it: "**JPH's commitments to the
/// room:**" (a pronoun in an item names no one else), "That the Treasurer and the Head of Grants
/// review …", a resolution's later clause ("…, and that the Chief Executive publish it by 31
/// July"); an acronym spelled out after it in brackets names its actor ("DCLS (Department for
/// Communities and Local Safety)").
@Suite struct CommitmentsAndResolutionsTests {
  @Test func commitmentsLeadIn() throws {
    let extract = try SectionReadingTests.extract(
      """
      **JPH's commitments to the room:**

      - JPH will write to the minister within a fortnight.
      - She'll raise ask 1 with the council leader at their catch-up next Tuesday.

      RESOLVED: That the Treasurer and the Head of Grants review the reporting requirements.

      RESOLVED: That the Grants Strategy be adopted as presented, and that the Chief Executive publish it by 31 July 2034.
      """, date: "2034-03-11")
    #expect(extract.actions.map(\.owner) == ["JPH", "JPH", "Treasurer and the Head of Grants", "Chief Executive"])
    #expect(extract.actions.map(\.due) == ["2034-03-25", "2034-03-14", nil, "2034-07-31"])
  }

  @Test func acronymSpelledOutAfter() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The project is funded by the DCLS (Department for Communities and Local Safety) Prevention Fund.

      DCLS must fund projects like Eastgate Together for three years at a time.
      """, date: "2034-03-11")
    #expect(extract.recommendations.map(\.actors) == [["governments"]])
  }
}

/// A follow-up table in a second language: "~~31.12~~ 31.03" (the struck date withdrawn) and
/// "15.03" alone in the deadline column are days and months; "before the next meeting" is the
/// day "La prochaine réunion du Comité se tiendra le jeudi 18 mai 2034" gives.
@Suite struct FollowUpTableDatesTests {
  @Test func struckAndDottedCells() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-up table / Tableau de suivi

      | Ref. | Action | Lead | Deadline | Status |
      |---|---|---|---|---|
      | A3-5 | Map women's groups in the three communes | REFEPHAS | ~~31.12~~ 31.03 | Open, date revised |
      | A4-2 | Pay the fourteen approved grants | PMU | 15.03 | New |
      | A4-3 | Draft a template for the joint report | UNDP | before the next meeting | New |

      ## Divers

      La prochaine réunion du Comité se tiendra le jeudi 18 mai 2034 à 9 h 30.
      """, date: "2034-02-20")
    #expect(extract.actions.map(\.due) == ["2034-03-31", "2034-03-15", "2034-05-18"])
  }
}

/// A task the notes' writer takes on in the first person ("I will reply … by Friday", "[1:25]
/// And me, I'll type up … the day after tomorrow") is the writer's, as the `rapporteur` field
/// names them; not where another speaker's label stands before it, nor without a date, nor when
/// the field names an office.
@Suite struct WritersOwnTaskTests {
  static func extract(_ body: String, rapporteur: String) throws -> SessionExtract {
    try SectionReadingTests.extract(body, date: "2034-06-08", fields: "rapporteur: \"\(rapporteur)\"\n")
  }

  @Test func theWritersTasks() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      I will reply by text to the 12 people who asked for a reply, by Friday.

      [1:25] And me, I'll type up the attendance list and send it to Mr Dran the day after tomorrow.

      [10/03, 19:52] Nadezhda K: I'll ring the headman tomorrow about the bus.

      I will think about the venue.
      """, rapporteur: "Priya Okafor-Lund (Digital Engagement Officer)")
    #expect(extract.actions.map(\.owner) == ["Priya Okafor-Lund", "Priya Okafor-Lund", "Nadezhda K"])
    #expect(extract.actions.map(\.due) == ["2034-06-09", "2034-06-10", "2034-06-09"])
  }

  /// A date told elsewhere ("The review hearing is listed for Thursday 14 September 2034") dates
  /// the writer's task before it; "said the City will keep … open … from Monday 4 September" is
  /// the City's task, starting that day (no deadline).
  @Test func datedElsewhereAndFrom() throws {
    let extract = try Self.extract(
      """
      ## Report-back

      I will file a short note with the Court two weeks before the review hearing.

      The review hearing is listed for Thursday 14 September 2034 at 10:00.

      Cllr Oduya said the City will keep Eastgate Library open until 9 pm as a trial from Monday 4 September.
      """, rapporteur: "Corinne Vedder")
    #expect(extract.actions.map(\.owner) == ["Corinne Vedder", "City"])
    #expect(extract.actions.map(\.due) == ["2034-08-31", nil])
  }

  @Test func notAnOffice() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - I will reply by text to the 12 people who asked for a reply, by Friday.
      """, rapporteur: "Ministry press office")
    #expect(extract.actions.map(\.owner) == [nil])
  }
}

/// Spoken reports of who will do what: a pronoun taken up from the item before, an office named
/// by whose it is, a name taken up again after an aside, a task "to do", and a day named by a
/// clause after it.
@Suite struct SpokenReportsTests {
  /// "She also said she will …" in the next item stands for the one the item before named after
  /// its topic; "He said he will …" after her names no one.
  @Test func pronounFromTheItemBefore() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Answered on the night

      - On stops, Chief Inspector Kovac said officers already hand every young person a stop receipt.
      - She also said she will bring the stop figures for Eastgate to the next partnership meeting on 27 June.
      - He said he will look at it by Friday.
      - He said they will reply by Friday.
      """, date: "2034-06-10")
    #expect(extract.actions.map(\.owner) == ["Chief Inspector Kovac", nil])
    #expect(extract.actions.map(\.due) == ["2034-06-27", "2034-06-16"])
  }

  /// "The DC said his office will convene …" is the DC's office's task; without anyone named
  /// before, "his office" names no owner.
  @Test func speakersOffice() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The DC said his office will convene the next committee meeting next Tuesday, at ten, same hall.

      He said his office will look into it by Friday.
      """, date: "2034-02-07")
    #expect(extract.actions.map(\.owner) == ["DC's office"])
    #expect(extract.actions.map(\.due) == ["2034-02-14"])
  }

  /// "Mrs Lunda, the Women's Forum chair, she will bring …": the name taken up by a pronoun after
  /// the aside; "before the planting holiday, which is, I checked, the first of March" dates it.
  /// "… by the retreat, which is a good idea" names no day.
  @Test func resumedNameAndDayByClause() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Mrs Lunda, the Women's Forum chair, she will bring a list of names before the planting holiday, which is, I checked, the first of March.

      UNDP will send the draft by the retreat, which is a good idea.
      """, date: "2034-02-07")
    #expect(extract.actions.map(\.owner) == ["Mrs Lunda", "UNDP"])
    #expect(extract.actions.map(\.due) == ["2034-03-01", nil])
  }

  /// "agreed to do the first joint baraza" is a task; "Donors to do more" and "will do its best"
  /// name none.
  @Test func doingATask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Pastor Worku-Ren and the sheikh agreed to do the first joint baraza in Kallo location within a fortnight.

      Donors to do more.

      The Ministry will do its best.
      """, date: "2034-02-07")
    #expect(extract.actions.map(\.owner) == ["Pastor Worku-Ren and the sheikh"])
    #expect(extract.actions.map(\.due) == ["2034-02-21"])
  }
}

/// Minutes with tags and codes around their tasks, a thread's posts, a sheet of who does what and
/// a chart's bars.
@Suite struct TaggedAndChartedTasksTests {
  /// "**(Action: DYO)**" closing a paragraph names who does its task, not a task of its own; one
  /// that closes advice makes it that one's task. "(Action: none)" names no one.
  @Test func closingActionTag() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Decisions

      (i) The DYO shall finalise the plan and submit it to the Chair by 15th instant. **(Action: DYO)**

      (iii) TMA Baldeo shall provide the Town Hall free of cost for youth activities. **(Action: Municipal Officer, TMA)**

      (v) The ADC (G) shall obtain the opinion of the District Attorney by 5th proximo. **(Action: ADC (G))**

      The meeting discussed the plan. (Action: none)
      """, date: "2035-01-10")
    #expect(extract.actions.map(\.owner) == ["DYO", "Municipal Officer, TMA", "ADC (G)"])
    #expect(extract.actions.map(\.due) == ["2035-01-15", nil, "2035-02-05"])
    #expect(extract.recommendations.isEmpty)
  }

  /// "RESOLVED (BT/2034/15): That …": the resolution's number goes with its label; one that leads
  /// in to a list ("… the following recommendations:") is no task.
  @Test func numberedResolution() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Minutes

      5.5 **RESOLVED (BT/2034/15):** That the Treasurer and the Head of Grants review the reporting requirements by 31 May 2034.

      6.2 **RESOLVED (BT/2034/16):** That the Board endorse the following recommendations of the report for publication:
      """, date: "2034-03-20")
    #expect(extract.actions.map(\.owner) == ["Treasurer and the Head of Grants"])
    #expect(extract.actions.map(\.due) == ["2034-05-31"])
  }

  /// A post's lead-in before a colon ("4/ Big one 👇 @MayorTelvik commits:") leaves the task to
  /// the owner the words after it name; a speaker's own "I'll …" keeps its speaker.
  @Test func leadInBeforeTheTask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Thread

      4/ Big one 👇 @MayorTelvik commits: Orvand City Council will publish its prevention budget before the council's budget session on 26 June. 👏

      They go to the plenary: @MarOsagie will present them at the closing plenary tomorrow (Wed 14 Mar) 👍

      Kibet: I'll draft the note by Friday.
      """, date: "2035-03-13")
    #expect(extract.actions.map(\.owner) == ["Orvand City Council", "MarOsagie", "Kibet"])
    #expect(extract.actions.map(\.due) == ["2035-06-26", "2035-03-14", "2035-03-16"])
  }

  /// "16/ 📣 The panel's asks, as @MarOsagie summed them up (1 of 2):" names a part of asks; each
  /// arrowed line under it is one.
  @Test func partNamedInALongerLine() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Thread

      16/ 📣 The panel's asks, as @MarOsagie summed them up (1 of 2):
      → Govts: transfer a fixed share of the NAP budget to municipalities, by formula
      → Donors should fund municipal prevention posts for 3+ years
      → UN agencies are urged to channel their money through municipal systems
      """, date: "2035-03-13")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["un-system"]])
  }

  /// "WHO — WHAT — WHEN" over a list: each item the task of the one it names first, due when the
  /// last part says ("for Thursday 8 December", "in January"); a ticked one done.
  @Test func whoWhatWhenSheet() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Decisional

      WHO — WHAT — WHEN

      - Ines (library) — book the big room for a second screening — for Thursday 8 December
      - Kofi — a session on the film with the club's older teenagers — in January
      - ✔ Sam — pass round the volunteers' sign-up sheet — done in the break
      """, date: "2033-11-16")
    #expect(extract.actions.map(\.owner) == ["Ines (library)", "Kofi", "Sam"])
    #expect(extract.actions.map(\.due) == ["2033-12-08", "2034-01-31", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }

  /// A Mermaid Gantt chart's bars are tasks: the owner in the brackets closing the name, due when
  /// the bar ends (a date, a length after its start, or after another bar); a milestone is none.
  @Test func ganttChart() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Timeline

      ```mermaid
      gantt
          title Strand plan
          dateFormat YYYY-MM-DD
          section Preparation
          Baseline survey (WC, YC)        :done, p1, 2034-06-02, 2034-07-28
          Recruit 12 facilitators (YO)    :active, p3, 2034-08-15, 2034-09-15
          Train the facilitators (YO)     :y1, after p3, 2w
          Roster of women mediators (WC)  :w2, 2034-10-02, 4w
          %% dropped: podcast series (KR)
          City Council budget vote        :milestone, m2, 2034-12-04, 0d
      ```
      """, date: "2034-09-01")
    #expect(extract.actions.map(\.owner) == ["WC, YC", "YO", "YO", "WC"])
    #expect(extract.actions.map(\.due) == [nil, "2034-09-15", "2034-09-29", "2034-10-30"])
    #expect(extract.actions.map(\.done) == [true, false, false, false])
    #expect(extract.actions.map(\.line) == [13, 14, 15, 16])
  }

  /// "He proposed that … be paid … Rs. 10,000 each. The Chair observed … and the proposal could
  /// not be entertained.": a sum's currency ends no sentence, and the proposal refused is none.
  /// "UNDP may be requested to extend …", as official minutes advise, is advice.
  @Test func officialMinutesRefuseAndRequest() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Minutes

      7. He proposed that members of the Assembly be paid a monthly honorarium of Rs. 10,000 each. The Chair observed that no funds are available for the purpose in the current budget and the proposal could not be entertained.

      10. (iii) UNDP may be requested to extend the women's peace committee model to the remaining 9 union councils.
      """, date: "2035-01-10")
    #expect(extract.recommendations.map(\.actors) == [["un-system"]])
    #expect(extract.actions.isEmpty)
  }

  /// Feasts that Easter dates ("until Pentecost", "by Good Friday"), not the holidays around it;
  /// a named time with the day it starts in brackets ("(starts 6 July)", "(begin 24.07.)").
  @Test func feastsAndStartingDays() {
    let session = CalendarDate(year: 2034, month: 4, day: 19)
    func due(_ text: String) -> String? { DueDateResolver.find(in: text, sessionDate: session)?.date.description }
    #expect(due("until Pentecost") == "2034-05-28")
    #expect(due("before Easter") == "2035-03-25")
    #expect(due("by Ascension Day") == "2034-05-18")
    #expect(due("before the Easter holidays") == nil)
    #expect(due("before Parliament's summer recess (starts 6 July)") == "2034-07-06")
    #expect(due("before the summer holidays (begin 24.07.)") == "2034-07-24")
  }
}

/// A student parliament's motions and jobs, a law clinic's submission, a back-to-office report's
/// own tasks, an OKR check-in's dates.
@Suite struct MotionsJobsAndReportsTests {
  /// "This Parliament asks … Council to …" advises; "other youth charities should …" addresses
  /// civil society; "The Financial Intelligence Unit must …" and "The Public Prosecution Service
  /// should …" address the state's own services, national governments.
  @Test func motionsAndSubmissions() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Motions

      This Parliament asks Pellingford Town Council to put at least two students on the youth panel.

      Open Lines and other youth charities should run their workshops in the youth clubs too.

      The Financial Intelligence Unit must give reasons to any non-profit whose account is suspended.

      The Public Prosecution Service should issue guidance on cases against artists.
      """, date: "2034-10-11")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["civil-society"], ["governments"], ["governments"]])
  }

  /// "Mr O said he'll ask … tomorrow": the contracted "will" after the pronoun; "me: …" under the
  /// jobs is the writer's; "To support that decision, I will prepare … for the Section meeting of
  /// 10 January 2035" is the writer's too, due that day; "If the Board agrees, I will …" is an
  /// offer on a condition.
  @Test func contractedAndWritersTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - me: type these up properly and send them to Mr O by Fri

      ## Discussion

      Mr O said he'll ask Mrs Hadley tomorrow about a slot for the assembly.

      To support that decision, I will prepare a short options paper for the Section meeting of 10 January 2035.

      If the Board agrees, I will prepare a paper by 3 December.
      """, date: "2034-11-20", fields: "rapporteur: \"Signe Aaltvedt-Mensah\"\n")
    #expect(extract.actions.map(\.owner) == ["Signe Aaltvedt-Mensah", "Mr O", "Signe Aaltvedt-Mensah"])
    #expect(extract.actions.map(\.due) == ["2034-11-24", "2034-11-21", "2035-01-10"])
  }

  /// "end of wk 35" is the Friday of that week, not of this one; "end of the week" still this one.
  @Test func endOfNumberedWeek() {
    let session = CalendarDate(year: 2034, month: 8, day: 15)
    func due(_ text: String) -> String? { DueDateResolver.find(in: text, sessionDate: session)?.date.description }
    #expect(due("nudge the groups by end of wk 35") == "2034-09-01")
    #expect(due("send it by the end of the week") == "2034-08-18")
    #expect(due("a paper for the board meeting on 4 September") == "2034-09-04")
    #expect(due("a paper for the meeting, then lunch") == nil)
  }
}

/// Openings a reading strips before it reads the rest ("And …", "Xa: …", a closing "(Action: …)",
/// a closing line of fields), repeated hundreds of times in hostile notes: they are read a few
/// deep and no deeper, and the notes after them are read as ever.
@Suite struct NestedOpeningsTests {
  static let hostile = [
    "And × 480": String(repeating: "And ", count: 480) + "UNDP will share the report by Friday.",
    "lead-in × 450": String(repeating: "Xa: ", count: 450) + "UNDP will share the report by Friday.",
    "action tag × 300": "Text " + (0..<300).map { "(Action: A\($0))" }.joined(separator: " "),
    "field line × 600": (0..<600).map { "Owner: X\($0) Due: 1 May" }.joined(separator: "\n"),
  ]

  @Test(arguments: ["And × 480", "lead-in × 450", "action tag × 300", "field line × 600"])
  func readAFewDeep(opening: String) throws {
    let hostile = try #require(Self.hostile[opening])
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      \(hostile)

      The Secretariat will circulate the minutes by 30 June 2034.
      """, date: "2034-06-10")
    #expect(extract.items.count <= 3)
    #expect(extract.actions.contains { $0.owner == "Secretariat" && $0.due == "2034-06-30" })
  }
}

/// A podcast's asks and commitments, a mapping workshop's engagement plan, a situation report's
/// agreed points.
@Suite struct AsksPlansAndAgreedPointsTests {
  /// "## What our guests asked you to do" holds recommendations; "**Amaris → donors:** …" is for
  /// those after the arrow. Under commitments, "She'll send …" is the one the item before named.
  @Test func asksAndCommitmentsOnAir() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## What our guests asked you to do

      1. **Amaris → district and municipal councils:** put a woman mediator on every local prevention committee.
      2. **Fenna → donors:** "Stop funding one-day workshops."

      ## Commitments made on air

      - **Amaris** will hold a listening session on the draft at Sarn town hall on Saturday 4 November.
      - She'll send the notes of that session to the drafting team within a week.
      """, date: "2034-10-17")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["Amaris", "Amaris"])
  }

  /// A table with a column for the next step, its owner and when, in any section, holds tasks:
  /// the next step is the task, not what is needed from the stakeholder.
  @Test func engagementPlanTable() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Engagement plan

      | Stakeholder | What we need from them | Next step | Owner | When |
      |---|---|---|---|---|
      | Drevnik Police District | Incident data | Share anonymised incident figures with the drafting groups | DL | w/c 28 Nov |
      | Ministry of Interior | Alignment with the NAP | Request the regional risk assessment in writing | MVH | 30/11 |
      """, date: "2033-11-16")
    #expect(extract.actions.map(\.text) == ["Share anonymised incident figures with the drafting groups", "Request the regional risk assessment in writing"])
    #expect(extract.actions.map(\.owner) == ["DL", "MVH"])
    #expect(extract.actions.map(\.due) == ["2033-12-02", "2033-11-30"])
  }

  /// "Points agreed at session 6 …:" over a list: what one body will do is its task, dated by a
  /// session the report dates elsewhere ("Session 7 is set for Saturday 17 March"); "Not agreed:"
  /// over the next list turns none of them down.
  @Test func agreedPoints() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Dialogue track

      2.2 Points agreed at session 6, read back and initialled by the heads of delegation:

      - a) The District Council will reopen the Kessar market road to daytime traffic from Thursday 15 March.
      - b) The Elders' Council and the Youth Assembly will each name three members to a joint rumour desk by session 7.

      2.3 Not agreed:

      - The Youth Assembly demanded that all detained young men be released before session 7. The police delegation refused.

      2.5 Session 7 is set for Saturday 17 March, same venue.
      """, date: "2035-03-13")
    #expect(extract.actions.map(\.owner) == ["District Council", "Elders' Council and the Youth Assembly"])
    #expect(extract.actions.map(\.due) == [nil, "2035-03-17"])
  }
}

/// An annotated agenda sent back with its outcomes: the annotation, written before the meeting,
/// says what the meeting may do; the "> ▶" lines under it say what it did, each its own.
@Suite struct AnnotatedAgendaTests {
  @Test func outcomesUnderTheAnnotation() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Item 4. Findings of the district listening sessions

      Annotation: Members will hear the findings. The Platform is invited to adopt the agenda.

      > ▶ Findings: distrust of the police in two districts.
      > ▶ The Platform recommends that district administrations open their community halls to youth groups.
      > ▶ Employers' associations are encouraged to offer paid internships to graduates.
      > ▶ Ms Sorel will send a draft format to the Secretariat by 15 June.

      > "We will not go back," one mother said. "The council should listen."
      """, date: "2034-05-16")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["private-sector"]])
    #expect(extract.actions.map(\.owner) == ["Ms Sorel"])
    #expect(extract.actions.map(\.due) == ["2034-06-15"])
  }
}

/// A stand-up's terse notes: under a topic, a line an arrow opens with a name before a colon is
/// that one's task ("→ JB + PR: 1-pager …, tmrw"; "→ ??:" is no one's yet); a done mark before a
/// name ("✓ NK: called …") is a task done.
@Suite struct ArrowedTaskLineTests {
  @Test func arrowedLinesUnderATopic() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Today / this wk

      - Rumour control.
        → PR: "what we know" post on city socials, 12:00 today
        → JB + PR: 1-pager for councillors (know / don't know), tmrw
      - Residents' mtg in OD, Tue 18/7, 18:30.
        → LS: book the hall + interpreters, by Wed
        → ??: ask Youth Service for detached youth workers Fri + Sat. Who asks: us or DM? Not decided.

      Council cttee, Thu 20/7.
      → NK: 3 slides for the DM's cttee paper, by Tue 18/7
      """, date: "2034-07-10")
    #expect(extract.actions.map(\.owner) == ["PR", "JB + PR", "LS", nil, "NK"])
    #expect(extract.actions.map(\.due) == ["2034-07-10", "2034-07-11", "2034-07-12", nil, "2034-07-18"])
    #expect(extract.actions.map(\.line) == [9, 10, 12, 13, 16])
  }

  /// A lead-in over arrowed lines says what they are; arrowed lines of one kind are read together.
  @Test func leadInsAndArrowedAsksAreNotSplit() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The panel's asks, as the moderator summed them up:
      → Govts: transfer a fixed share of the plan's budget to municipalities
      → Donors should fund municipal prevention posts for three years

      Asks (2 of 2):
      → Municipalities to publish their prevention budgets
      → Local media: report on whether the plans are delivered
      """, date: "2035-04-10")
    #expect(extract.actions.isEmpty)
    #expect(extract.recommendations.count == 4)
  }

  /// "b4" is "before" as texters write it.
  @Test func beforeWrittenB4() throws {
    let extract = try SectionReadingTests.extract("## Today\n\n→ AM: sound out the imam re a joint statement, b4 Fri prayers\n", date: "2034-07-10")
    #expect(extract.actions.map(\.due) == ["2034-07-14"])
  }

  @Test func doneMarkBeforeAName() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Weekend

      - Sat: march, ~300, Old Docks to Harbour Sq.
      - ✓ NK: called the centre's manager Sun am re window; glazier booked.
      - ✓ Strong turnout: 300 people came.
      """, date: "2034-07-10")
    #expect(extract.actions.map(\.owner) == ["NK"])
    #expect(extract.actions.map(\.done) == [true])
  }
}

/// Lists of who does what set apart by middle dots ("**Name** · task · when"): the bold name,
/// with whom it speaks for in brackets, owns the task, under a heading that says what the hosts
/// promised; a title at level 1 whose last part names a section is the note's title when its
/// level-2 headings follow.
@Suite struct MiddleDotPledgeTests {
  @Test func pledgesUnderWhatWePromised() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## What we hosts promised (who / what / when)

      - **Bilal** · thank-you note to every guest · before Eid (expected Tuesday 12 December, moon permitting)
      - **Rabbi Daniel** · take ask 4 to the steering group and come back with a proposed weekend · on Wed 10 Jan
      - **Marcus (Chirrup)** · take recommendation 4.2 back to the policy team · no date given
      - **T1 Ward Radar** · publish their code under an open licence · D+7
      """, date: "2034-12-02")
    #expect(extract.actions.map(\.owner) == ["Bilal", "Rabbi Daniel", "Marcus (Chirrup)", "T1 Ward Radar"])
    #expect(extract.actions.map(\.due) == ["2034-12-12", "2035-01-10", nil, "2034-12-09"])
  }

  /// "Panel recommendations beyond the teams": whose advice, then the section's name and whom
  /// it is for; its numbered lines "4.1 **To X:** …" are each advice to X.
  @Test func recommendationsNamedAfterWhoseTheyAre() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 4 · Panel recommendations beyond the teams

      4.1 **To Velmora City Council:** publish the anonymised incident data under an open licence.
      4.3 **To funders:** put prize money into a six-month follow-on fund rather than one-off cheques.
      """, date: "2035-04-21")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["donors"]])
  }

  @Test func aTitleOverNumberedItemsIsNoSection() throws {
    func level(_ body: String) throws -> Int {
      try SessionLoader.load(file: "note.md", text: "---\ntitle: T\ndate: \"2034-05-18\"\n---\n" + body).get().sectionLevel
    }
    #expect(try level("# DPG · 14th meeting · Decisions and action points\n\nPresent: UNDP.\n\n## 1. Agenda\n\nText.\n\n## 2. Costing\n\nText.\n") == 2)
    // A section's name at level 1 over sub-headings stays the section.
    #expect(try level("# Recommendations\n\n## To governments\n\n- Fund it.\n\n## To donors\n\n- Fund it.\n") == 1)
  }
}

/// A definition list as Pandoc writes it ("Action points" over ": …" lines), which CommonMark
/// reads as one paragraph: each definition is an item of the section its term names, or is read
/// in the section it stands in under a label ("Decision"); an action point's code before its
/// owner is no part of the owner's name.
@Suite struct DefinitionListTests {
  @Test func definitionsUnderTheirTerm() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 2. Costing of the plan

      Discussion
      : The co-chairs presented the costing.

      Decision · messages agreed for the Forum
      : (a) The Ministry of Finance should create a dedicated budget line for the plan.
      : (b) Development partners should report all their prevention funding in the AIP.

      Action points
      : **AP 14/2.1** · All members to record their 2034 spending in the AIP · by 30/06.
      : **AP 14/3.2** · Meridian Union to confirm its contribution in writing · c.o.b. Friday.
      """, date: "2034-05-18")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.recommendations.map(\.line) == [12, 13])
    #expect(extract.actions.map(\.owner) == ["All members", "Meridian Union"])
    #expect(extract.actions.map(\.due) == ["2034-06-30", "2034-05-19"])
  }
}

/// Minutes that give a task's owners by their initials after "ACTION" ("ACTION TO-H:", "ACTION
/// JA + PN:"), recommendations under a topic's heading that says whom they are to, and an action
/// among them that its label gives an owner.
@Suite struct BoardMinutesTests {
  @Test func initialsAfterTheActionLabel() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 3. The clips

      - Agreed: ONE joint parents' evening on online hate, in T4.
        - ACTION TO-H: book the hall + send a save-the-date to all 6 schools.
        - ACTION JA + PN: ask Lakeside Youth Trust to co-present – asap.
      - MoE should fund a full-time counsellor in every secondary school.
      """, date: "2034-09-06")
    #expect(extract.actions.map(\.owner) == ["TO-H", "JA + PN"])
    #expect(extract.recommendations.map(\.actors) == [["governments"]])
  }

  @Test func recommendationsToABodyUnderATopic() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 4. Systemic issues: recommendations to the National Reintegration Steering Group

      (c) The Prison and Probation Service should allow accredited NGO mentors to meet people in custody.

      (e) The Board asks the Council of Faiths to train more community faith leaders.

      4.2 ACTION (Chair): forward the recommendations to the secretariat within a week.
      """, date: "2034-10-10")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["Chair"])
    #expect(extract.actions.map(\.due) == ["2034-10-17"])
  }
}

/// A debrief that switches between Spanish and English: "van a escribir" and "quedó en mandarnos"
/// take a task on, a thank-you e-mail is a task, not thanks.
@Suite struct CodeSwitchedTaskTests {
  @Test func spanishUndertakings() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Quién hace qué / who's doing what

      - Vale sends the thank-you email a los organizadores del foro, para el miércoles.
      - Cami + Xio van a escribir el blog post bilingüe, antes del 30.
      - Renee quedó en mandarnos la convocatoria del small grants fund antes de fin de mes.
      """, date: "2034-09-17")
    #expect(extract.actions.map(\.owner) == ["Vale", "Cami + Xio", "Renee"])
    #expect(extract.actions.map(\.due) == ["2034-09-20", "2034-09-30", "2034-09-30"])
  }
}

/// A validation workshop's record: a matrix row the room deferred is no recommendation, an offer
/// that waits on approval and a launch on the calendar are no tasks; advice asked of "the mobile
/// money companies" is addressed to companies.
@Suite struct ValidationRecordTests {
  @Test func deferredRowsOffersAndLaunches() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 5.0 RECOMMENDATIONS MATRIX

      | No. | Recommendation | Responsible | Timeline | Indicator |
      |---|---|---|---|---|
      | R2 | The Ministry should issue guidelines on CSO participation | Ministry of Interior | Q1 2035 | Guidelines published |
      | R8 | Establish a County PCVE Fund financed by a levy | County Assemblies | — | **Deferred:** referred to the Council of County Governors for legal advice |

      ## 6.0 WAY FORWARD

      6.1 The NCPVE Secretariat to circulate the final drafts to all participants within two (2) weeks.

      6.5 UNDP indicated its willingness to support the printing of 1,500 copies, subject to the approval of its annual work plan.

      6.7 The official launch of the three plans is scheduled for 8th March 2035 in Kilele Town.

      ## Discussion

      We ask the mobile money companies to block the numbers that listeners reported.
      """, date: "2034-11-10")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["private-sector"]])
    #expect(extract.actions.map(\.owner) == ["NCPVE Secretariat"])
  }
}

/// A reporting cable's paragraph that ends "It calls on:" over lettered "(a) the Ministry of
/// Interior to reserve …" lines: each is advice to the one it names, not that one's task.
@Suite struct CallsOnLeadInTests {
  @Test func asksUnderItCallsOn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Report

      10. (U) The moderator read out the closing statement, which the room adopted by applause. It calls on:
          - (a) the Ministry of Interior to reserve at least two seats for women on every committee;
          - (b) donors to pool their funding in one window with a small-grants line.
      11. POLOFF to send the statement to the heads of cooperation tomorrow.
      """, date: "2034-10-12")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["POLOFF"])
  }
}

/// A wall of sticky notes typed up: "Yellow · WE ASK … (photos 1 and 2)" holds asks and "Green ·
/// WE WILL …" commitments; each card's code and the typist's bracketed remark are no part of its
/// words, and a card that asks a question, waits on a condition, doubles another or was struck out
/// holds no outcome.
@Suite struct CommitmentWallTests {
  @Test func cardsUnderWeAskAndWeWill() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Yellow · WE ASK … (photos 1 and 2)

      - **Y1** "POLICE: one named contact officer in every region for reporters who get threats." [11 dots]
      - **Y7** ~~"Journalists should not interview people in the centres"~~ [crossed out by the writer]
      - **Y8** "Who pays the lawyer when a case takes 3 years??" [2 dots]
      - **Y9** "Police: contact officer per region" [same as Y1, stuck half over it]

      ## Green · WE WILL … (photos 3 to 5)

      - **G3** "OPF: safety line in our 2035 call for proposals; call out by 15/12 — Ida, OPF"
      - **G9** "If OPF says yes → Press Union North runs 3 regional safety trainings in the spring" [no name]
      """, date: "2034-11-14")
    #expect(extract.recommendations.map(\.text) == ["POLICE: one named contact officer in every region for reporters who get threats."])
    #expect(extract.actions.map(\.due) == ["2034-12-15"])
  }
}

/// A workshop's gaps and fixes: "⚠ gap ✎ fix 👤 owner ⏱ when" on one line makes the fix a task,
/// its owner and date the fields after it; a gap with no fix is none.
@Suite struct GapAndFixTests {
  @Test func fixesWithOwnerAndDate() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Gaps found and fixes agreed

      - ⚠ 1. No single way in. ✎ The hub publishes one phone number for referrals. 👤 Leena Sandvik ⏱ by 1 March.
      - ⚠ 3. Three consent forms. ✎ One joint consent form. 👤 Tomas Eklund ⏱ end of February.
      - ⚠ 6. What happens when a young person turns 18? No fix found on the day.
      """, date: "2035-01-24")
    #expect(extract.actions.map(\.owner) == ["Leena Sandvik", "Tomas Eklund"])
    #expect(extract.actions.map(\.due) == ["2035-03-01", "2035-02-28"])
    #expect(extract.actions.first?.text == "The hub publishes one phone number for referrals.")
  }
}

/// A RACI chart's rows: the "R" column (who does the work) owns the task, not "A" (who signs it
/// off); "✔ Done 19 Dec" in the status column marks it done; "ExCo, 12 Feb" dates it by its day.
@Suite struct RACITableTests {
  @Test func responsibleOwnsTheTask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 6. Action log

      | Ref | Task | R | A | C | I | Due | Status |
      |---|---|---|---|---|---|---|---|
      | M5-2 | Circulate the revised policy to all clubs | JE | GS | WG | Clubs | 20 Dec 2034 | ✔ Done 19 Dec |
      | M6-1 | Draft the licensing criterion for ExCo | RH | GS | JE, BC | Clubs | ExCo, 12 Feb | Open |
      | M6-4 | Steward training module with the SFA | BC | JE | LM | WG | before the spring round (kick-off Sat 3 March) | Open |
      """, date: "2035-01-20")
    #expect(extract.actions.map(\.owner) == ["JE", "RH", "BC"])
    #expect(extract.actions.map(\.done) == [true, false, false])
    #expect(extract.actions.dropFirst().map(\.due) == ["2035-02-12", "2035-03-03"])
  }
}

/// Live captions tidied for the record: ">>" marks each change of speaker, after the time or
/// alone, where Markdown would read a quotation; the turns are the session's own words.
@Suite struct CaptionTranscriptTests {
  @Test func turnsAfterTheSpeakerMark() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Transcript

      [00:10:02] >> SUPT: It's a fair question. I will publish the response times for that night by the end of the month.

      >> MAYOR: Two. The Town must fund a confidential helpline for families, run by a community organisation. [Carried, nearly unanimous]

      >> MAYOR: Four. Cameras on every corner of Riverside Drive. [Not carried, about 35 for, 95 against]

      [01:48:05] >> MAYOR: The transcript goes on the Town's website.
      """, date: "2034-10-19")
    #expect(extract.actions.map(\.owner) == ["SUPT"])
    #expect(extract.actions.map(\.due) == ["2034-10-31"])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
  }
}

/// A shura's record translated: "took upon himself to …" is a promise (wada) its speaker made.
@Suite struct TookUponHimselfTests {
  @Test func promisesTakenUpon() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Wada

      - Mirab Nasrullah, with two elders from each village, took upon himself to walk the canal and fix the turns before 20 October.
      - Bibi Shirin Gul took it upon herself to bring the list of households of widows, by 1 November.
      """, date: "2034-10-05")
    #expect(extract.actions.map(\.owner) == ["Mirab Nasrullah", "Bibi Shirin Gul"])
    #expect(extract.actions.map(\.due) == ["2034-10-20", "2034-11-01"])
  }
}

/// A congress's record of decisions: motions quoted as printed, then their verdict; the
/// General Secretary's undertakings after the debate.
@Suite struct CongressRecordTests {
  @Test func aQuotedMotionCarriedIsTheSessionsOwn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### Composite Motion 4

      > Congress notes the rise in leafleting at bus depots.
      >
      > Congress instructs the General Council to:
      >
      > - produce guidance for workplace reps by the end of January 2038;
      > - train at least 500 equality reps during 2038.
      >
      > Congress calls on employers to agree a zero-tolerance policy with their unions.

      **CARRIED** (card vote: 3,412 for, 611 against).

      ### Motion 38

      > Congress calls on the Government to give the police powers to ban any organisation.

      **LOST** (card vote: 402 for, 3,588 against).

      ### Item 2

      > [10:44] Kwame: ministries of health should see these maps before the Assembly!

      AGREED: Ministries of health should keep laboratory reporting lines in the national budget.
      """, date: "2037-09-16")
    #expect(extract.actions.map(\.owner) == ["General Council", "General Council"])
    #expect(extract.actions.map(\.due) == ["2038-01-31", "2038-12-31"])
    #expect(extract.recommendations.map(\.actors) == [["private-sector"], ["governments"]])
    #expect(extract.recommendations.first?.text.hasPrefix("Congress calls on employers") == true)
  }

  @Test func undertakingsDoneAndOnACondition() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Reply to the debate

      He gave Congress the following undertakings:

      1. The Equality Department will put the draft guidance to the Race Relations Committee at its October meeting.
      2. He has already written to the employer on behalf of the two dismissed reps.
      3. If the Home Secretary agrees to meet, he will take two young workers in the delegation.
      """, date: "2037-09-16")
    #expect(extract.actions.map(\.owner) == ["Equality Department", nil])
    #expect(extract.actions.map(\.due) == ["2037-10-31", nil])
    #expect(extract.actions.map(\.done) == [false, true])
  }
}

/// A task's month or year alone ("in January", "during 2038") dates it by that period's end,
/// but makes no sentence a task.
@Suite struct PeriodDueTests {
  @Test func aMonthOrAYearDatesATask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-up

      - Membership Officer to send the 2035 renewal forms in January.
      - Statistics office will put the dashboard online in November 2034.

      ## Discussion

      The NGO bill passed its second reading in July.
      """, date: "2034-11-26")
    #expect(extract.actions.map(\.due) == ["2035-01-31", "2034-11-30"])
  }
}

/// The notes' own checklists set off in a box, and the days of a workshop of several days.
@Suite struct BoxedChecklistAndWorkshopDayTests {
  @Test func aQuotedChecklistIsRead() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Notes

      > **Follow-up box** (agreed on Monday 12 April)
      >
      > - [ ] Concept note for a complaints desk · Josef · by 30 April
      > - [x] Thank-you letter to the Ombudsman · Anja · sent Friday 9 April
      """, date: "2038-04-12")
    #expect(extract.actions.map(\.owner) == ["Josef", "Anja"])
    #expect(extract.actions.map(\.done) == [false, true])
  }

  @Test func eachDaysWordsCountFromThatDay() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Day 1 wrap-up · Wednesday

      - Each country team to bring its results framework to the Day 2 morning session.

      ## Day 2 wrap-up · Thursday

      - Yusra to show a mock-up of the dashboard tomorrow after lunch.
      - Coruvia team will send its questionnaire by Day 3 morning.
      """, date: "2037-09-23")
    #expect(extract.actions.map(\.due) == ["2037-09-24", "2037-09-25", "2037-09-25"])
  }
}

/// A tasking memo's tickets and a cluster's minutes with Portuguese terms.
@Suite struct MemoAndClusterFieldTests {
  @Test func leadDepartmentAndMeetingDay() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Tasks

      1. **MO-2289** Pay the community stallholders their festival grants.
         Lead dept: Finance · Due: by Friday 3 September · Status: OPEN
      2. **MO-2295** Brief the Mayor on all open tickets before the Cabinet meeting of Tuesday 14 September.
         Owner: O. Vasquez-Mbeki · Status: OPEN
      """, date: "2038-08-25")
    #expect(extract.actions.map(\.owner) == ["Finance", "O. Vasquez-Mbeki"])
    #expect(extract.actions.map(\.due) == ["2038-09-03", "2038-09-14"])
    #expect(extract.actions.first?.text.contains("\u{00B7}.") == false)
  }

  @Test func portugueseNextMeeting() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Encaminhamentos

      | # | Encaminhamento | Responsável | Prazo |
      |---|---|---|---|
      | 03-5 | Collect the transport costs | Ponto focal de VBG | até à próxima reunião |

      **Próxima reunião:** terça-feira, 18/03/2036, 09h00.
      """, date: "2036-03-04")
    #expect(extract.actions.map(\.due) == ["2036-03-18"])
  }

  @Test func anItemStruckOutAndDeletedHoldsNothing() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Key messages

      - **KM6.** Youth organisations are invited to form a network.
      - ~~**KM8.** Security forces should be present at every lab.~~ GA vote: 2 in favour, 4 against. Deleted.
      """, date: "2034-05-12")
    #expect(extract.recommendations.count == 1)
  }
}

/// A closing plenary's slides: what an earlier forum asked, with where it stands, is no advice of
/// this one; a day in brackets after a done task says when, not who.
@Suite struct ClosingSlidesTests {
  @Test func earlierAsksAndADayInBrackets() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Looking back: the Forum 2033 asks

      | 2033 ask | Where it stands |
      |---|---|
      | The Ministry should publish a yearly NAP implementation report | ✔ First report published March 2035 |

      ## Key asks

      1. Municipal councils should give each district peace committee a budget line of its own.

      ## Next steps

      - [x] Key asks sent to the Ministry's NAP Unit (Thursday night)
      """, date: "2035-11-30")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
    #expect(extract.actions.map(\.owner) == [nil])
    #expect(extract.actions.map(\.done) == [true])
  }
}

/// A manifesto's demands under bold "To …" lines, and run-on minutes whose undertakings are
/// reported mid-sentence.
@Suite struct BoldAddresseesAndRunOnMinutesTests {
  @Test func aBoldToLineAddressesTheDemandsUnderIt() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Our demands

      **To the governments of the five states**

      1. Give young people a vote on every team that drafts a national action plan.

      **To donors, the Development Bank included**

      2. Fund youth-led organisations directly, for three years at a time.

      **To the people we sit beside**

      3. Listen to us before you decide.

      **To reach young people, donors should fund radio.**
      """, date: "2035-08-25")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], [], ["donors"]])
  }

  @Test(arguments: [
    // The speaker named before the verb of speech, not the one of the sentence before.
    ("Mrs Abara spoke first. We then spent a while on the underpass, and the Sergeant said she would look into the lighting by the end of the month.", "Sergeant", "2035-05-31"),
    // Leaflets carried somewhere: "drop … round", "take … to".
    ("PCSO Dimitri said he would drop the new leaflets round to all the shops on Saturday.", "PCSO Dimitri", "2035-05-19"),
    ("The Chair said she would take the complaint to the council by Friday.", "Chair", "2035-05-18"),
    // What is an association's own is a thing to do, dated by a span of days in words.
    ("The Residents' Association will do its own leaflet drop in the week of 4th to 8th June, Mrs Abara said.", "Residents' Association", "2035-06-08"),
  ])
  func undertakingsReportedMidSentence(_ text: String, owner: String, due: String) throws {
    let extract = try SectionReadingTests.extract("## Discussion\n\n" + text + "\n", date: "2035-05-16")
    #expect(extract.actions.map(\.owner) == [owner])
    #expect(extract.actions.map(\.due) == [due])
  }

  @Test(arguments: [
    "He said he would drop it.",
    "She said she would take part in the review by June.",
    "The Residents' Association will do its best.",
    "The mayor of Eddon said he would \"look at it\" before the summer.",
    "The chair promised to \u{201C}look into it\u{201D} by June.",
  ])
  func noUndertaking(_ text: String) throws {
    let extract = try SectionReadingTests.extract("## Discussion\n\n" + text + "\n", date: "2035-05-16")
    #expect(extract.actions.isEmpty)
  }

  @Test func aTranscriptsKeyNamesTheSpeakersBehindTheirLabels() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      **Speakers:** MAYOR = Mayor Celia Okonjo-Vale (chair) · TRUSTEE = Ana Sørlie-Mensah, School Board · NAP = National Action Plan

      [00:22:40] >> TRUSTEE: We have never talked to parents. I'll take a request for parents' evenings to the board's meeting on Tuesday November 7th.

      [00:30:02] >> MAYOR: I'll write to the Province by Friday.
      """, date: "2034-10-19")
    #expect(extract.actions.map(\.owner) == ["Ana Sørlie-Mensah", "Celia Okonjo-Vale"])
    #expect(extract.actions.map(\.due) == ["2034-11-07", "2034-10-20"])
  }
}

/// An outliner's task kept as a heading, and a page's abbreviation definitions.
@Suite struct KeywordHeadingsAndAbbreviationsTests {
  @Test func aTodoHeadingIsATaskAndItsParagraphsAreNot() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      ### TODO Confirm the number of mediators in Ostvale

      The pastors mentioned twelve; the figures may overlap.

      ### DONE Book the hall for the second meeting

      ### CANCELLED Print the programme for the second meeting

      ## Next steps

      - Pedro to send the guide by 2026-05-01.

      *[NAP]: national action plan
      """, date: "2026-04-15")
    #expect(extract.actions.map(\.line) == [8, 12, 18])
    #expect(extract.actions.map(\.done) == [false, true, false])
  }
}

/// A tracker pasted as CSV, a marketplace's ask and offer cards, and the points a round-up agreed.
@Suite struct TrackersCardsAndRoundUpsTests {
  @Test func aTrackerPastedAsCommaSeparatedValues() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Tracker

      ID,Action,Owner,Due,Status,Notes
      35-Q4-01,Translate the referral leaflet into Romani,WCO,31/01/2036,Closed,
      35-Q4-04,Draft MoU with the radio on a youth slot,PO,15/02/2036,Superseded,"Replaced by 36-Q1-05"
      36-Q1-04,"Share the Q4 referral figures with the Faith Forum, anonymised",PO,within 2 weeks,Open,"Asked for by parish.
      Aggregate only."
      36-Q1-07,Youth podcast pilot,Radio FM?,,Idea,"Only if the station gets the grant."
      36-Q1-09,Names of three young presenters for the youth slot,YNO,by 1 April,Open,
      """, date: "2036-03-11")
    #expect(extract.actions.map(\.line) == [9, 11, 14])
    #expect(extract.actions.map(\.owner) == ["WCO", "PO", "YNO"])
    #expect(extract.actions.map(\.due) == [nil, "2036-03-25", "2036-04-01"])
    #expect(extract.actions.map(\.done) == [true, false, false])
    #expect(extract.actions[1].text == "Share the Q4 referral figures with the Faith Forum, anonymised")
  }

  @Test func askAndOfferCards() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## ASK cards

      **A1 · ASK from** Youth Bench **to** the Municipal Council: "a room for evening youth drop-ins"
      MATCHED 🟢

      **A10 · ASK from** Clean-up Collective **to** anyone: "a van on Sun 3 May??"
      taken 🟢 *Rev. Amos Oduya will put it to the council at its meeting on 29 April.*

      ## OFFER cards

      **O2 · OFFER by** Radio Kestrel: two free spots a week
      MATCHED 🟢 *Dr Lenk will send the youth bench the form by 30 April.*
      """, date: "2037-04-18")
    #expect(extract.recommendations.map(\.line) == [8])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
    #expect(extract.actions.map(\.owner) == ["Rev. Amos Oduya", "Dr Lenk"])
    #expect(extract.actions.map(\.due) == ["2037-04-29", "2037-04-30"])
  }

  @Test func whatARoundUpAgreed() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Round-up

      Agreed:

      - Mirela sends this typed-up board to everyone on the sign-in sheet by Wednesday.
      - Ilse will run a check-in call on all the matches in six weeks' time.
      - The marketplace stays a yearly event.

      Not agreed: someone suggested turning the marketplace into a monthly event.
      """, date: "2037-04-18")
    #expect(extract.actions.map(\.owner) == ["Mirela", "Ilse"])
    #expect(extract.actions.map(\.due) == ["2037-04-22", "2037-05-30"])
  }

  @Test func aNameInItsOwnScriptGlossedInLatinLetters() throws {
    let extract = try SectionReadingTests.extract(
      "## Follow-up\n\n- نور خطابي (Nour Khattabi) will send the list to the mediators by 4 October.\n", date: "2035-09-20")
    #expect(extract.actions.map(\.owner) == ["Nour Khattabi"])
  }
}

/// Notes pasted from Emacs Org mode, an improvement plan's table, and recommendations numbered
/// with a label.
@Suite struct OrgOutlinesAndImprovementPlansTests {
  @Test func anOrgOutlineIsReadAsTheMarkdownItStandsFor() throws {
    let extract = try SectionReadingTests.extract(
      """
      #+TITLE: Retreat, day 2
      # pasted raw, don't fix the stars
      * Logistics                                                   :admin:
      ** DONE Book the interpreters for day 2
         CLOSED: [2036-03-02 Sun 18:40]
      * Asks for the Platform statement                              :recs:
      ** Donors should pool small grants through one window         :donors:
      ** UNDP is invited to second a data officer to the Secretariat
      * Follow-up                                                  :actions:
      ** TODO Turn the asks into the statement and circulate to all partners
         DEADLINE: <2036-03-07 Fri>
         :PROPERTIES:
         :OWNER:    JP
         :END:
      ** TODO Draft the data sheet
         SCHEDULED: <2036-03-17 Tue>
      ** CANCELLED Ask the Ministry for a decree
      ** TODO Translate the statement [1/2]
         - [X] Dalic, by Samir
         - [ ] Ostren, by HOL
      ** DONE Send the evaluation form link to everyone
         CLOSED: [2036-03-04 Tue 17:02]
      """, date: "2036-03-04")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["un-system"]])
    #expect(extract.actions.map(\.line) == [15, 20, 24, 25, 26])
    #expect(extract.actions.map(\.owner) == ["JP", nil, nil, nil, nil])
    #expect(extract.actions.map(\.due) == ["2036-03-07", nil, nil, nil, nil])
    #expect(extract.actions.map(\.done) == [false, false, true, false, true])
  }

  @Test func anImprovementPlansAgencyCompletionAndStart() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Improvement plan

      | Issue | Corrective action | Primary agency | POC | Start | Completion |
      |---|---|---|---|---|---|
      | Night contact unknown | Refresh the contact directory | Secretariat | P. Laine | 2035-10-20 | Completed 2035-10-31 |
      | No night desk | Agree terms for a back-up contact point | UNROCH | K. Abeyta | 2035-12-01 | Q1 2036 |
      | Evaluation forms | Share this report with all players | Lead evaluator | G. Rennick | 2035-11-14 | within one week |
      """, date: "2035-10-17")
    #expect(extract.actions.map(\.owner) == ["Secretariat", "UNROCH", "Lead evaluator"])
    #expect(extract.actions.map(\.due) == [nil, "2036-03-31", "2035-11-21"])
    #expect(extract.actions.map(\.done) == [true, false, false])
  }

  @Test(arguments: [
    ("- **Rec 1.2.1** National Situation Rooms should log every escalation before phoning.", 1),
    ("- Recommendation 3: Publish the plan.", 1),
    ("- Rec 4 was dropped by the plenary.", 0),
  ])
  func recommendationsNumberedWithALabel(_ text: String, count: Int) throws {
    let extract = try SectionReadingTests.extract("## Analysis by objective\n\n" + text + "\n", date: "2035-10-17")
    #expect(extract.recommendations.count == count)
  }
}

/// A working group's record kept by an interpreter: numbered decisions on lines of one paragraph,
/// each task with its "Responsible:" and "Deadline:" fields, Russian glosses in brackets.
@Suite struct DecisionsWithFieldsTests {
  @Test func numberedDecisionsAndTheirFields() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 2. Draft Regional Programme

      **DECIDED** [РЕШИЛИ]:
      2.1. To take note of the information [принять к сведению].
      2.2. To finalise the draft Programme taking into account the comments made. Responsible: Petrova A.V. Deadline: до 16.03.
      2.4. To recommend [рекомендовать] to local self-government bodies [органы местного самоуправления] that each district appoint a youth specialist.
      2.5. To recommend to non-profit organisations [НКО] to include targets for girls in their project applications.
      2.7. Members of the MRG to send written comments on the draft to Petrova A.V. Deadline: до 27.02.
      """, date: "2037-02-12")
    #expect(extract.actions.map(\.line) == [10, 13])
    #expect(extract.actions.map(\.owner) == ["Petrova A.V.", "Members of the MRG"])
    #expect(extract.actions.map(\.due) == ["2037-03-16", "2037-02-27"])
    #expect(extract.recommendations.map(\.line) == [11, 12])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["civil-society"]])
  }
}

/// A Turkish–English workshop record: recommendations to bodies named in Turkish, and an action
/// plan whose columns and dates are Turkish.
@Suite struct TurkishWorkshopTests {
  @Test func recommendationsAndAnActionPlan() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Öneriler (Recommendations)

      1. İlçe MEM should add one lesson per term on online manipulation.
      2. Muhtarlar are asked to name one trusted focal person per mahalle.
      3. İlçe Müftülüğü is invited to include online risks in Friday sermons.
      4. Radyo Dere should run a weekly youth programme made by young people.

      ## Yapılacaklar (Action plan)

      | No | Yapılacak iş / Task | Sorumlu | Tarih |
      |---|---|---|---|
      | 1 | Send the workshop report to all participants | Zeynep Aktaş (Sosyal Hizmetler Md.) | 15 Mart'a kadar |
      | 2 | List of mahalle focal persons | Hatice Demir (Muhtarlar Derneği) | ay sonuna kadar |
      | 3 | Katılım listesi arşivlendi | Ali Kaya (Basın Birimi) | ✓ Tamamlandı 04.03 |
      """, date: "2036-03-05")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["local-authorities"], ["religious-leaders"], ["media"]])
    #expect(extract.actions.map(\.owner) == ["Zeynep Aktaş (Sosyal Hizmetler Md.)", "Hatice Demir (Muhtarlar Derneği)", "Ali Kaya (Basın Birimi)"])
    #expect(extract.actions.map(\.due) == ["2036-03-15", "2036-03-31", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A policy brief: recommendations in a box, and a timeline of next steps by quarter.
@Suite struct PolicyBriefTests {
  @Test func boxedRecommendationsAndATimelineByQuarter() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### Executive summary

      > **KEY RECOMMENDATIONS**
      >
      > 1. **Donors** are urged to replace single-year grants with core funding of at least three years.
      > 2. **Municipalities** are encouraged to open their youth centres' online spaces in the evenings.

      > "Donors should move to multi-year funding," the 2031 strategy already said.

      ### Next steps

      | Quarter | Step | Lead partner | Status at 2 June |
      |---|---|---|---|
      | Q2 2036 | Send the event summary to all participants | KPI | ✓ done 20 May |
      | Q3 2036 | Present recommendation 1 to the Ministers' Forum (17 Sept) | KPI | on track |
      | Q3 2036 | Write to the platform companies | Media Lab | by 31 July |
      | Q4 2036 | Publish a costed model of the post | University | planned |
      | n/a | Regional flagging hub | WMHC | only if the foundation's grant is approved |
      """, date: "2036-05-14")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["local-authorities"]])
    #expect(extract.actions.map(\.due) == [nil, "2036-09-17", "2036-07-31", "2036-12-31"])
    #expect(extract.actions.map(\.done) == [true, false, false, false])
  }
}

/// A tracker copied from a spreadsheet with tabs between its cells, and a review's matrix of
/// recommendations with the government's responses.
@Suite struct SpreadsheetsAndReviewMatricesTests {
  @Test func aTrackerPastedWithTabsAndATypeColumn() throws {
    let extract = try SectionReadingTests.extract(
      "## Tracker\n\n"
        + "Workstream\tRef\tType\tItem\tLead / To\tDue\tStatus\n"
        + "1. Community dialogue\t1.1\tACT\tRun four listening sessions\tCSO Forum\t31/03/2037\tOngoing\n"
        + "\t1.2\tREC\tMunicipal councils should hold a yearly open budget hearing\tMunicipal councils\t\tEndorsed\n"
        + "\t1.3\tREC\tCurfew for under-18s after 22:00\tMinistry of Interior\t\tNot endorsed\n"
        + "2. Coordination\t2.1\tACT\tNarrative report to the donor group\tSecretariat (LM)\t31/01/2037\tDone\n"
        + "\t2.2\tRISK\tElections in May may delay commitments\t\t\tMonitor\n",
      date: "2037-02-13")
    #expect(extract.recommendations.map(\.line) == [10])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
    #expect(extract.actions.map(\.line) == [9, 12])
    #expect(extract.actions.map(\.owner) == ["CSO Forum", "Secretariat (LM)"])
    #expect(extract.actions.map(\.done) == [false, true])
  }

  @Test func theRecommendationsAGovernmentSupported() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 1. Matrix of recommendations

      | No. | Recommendation | Recommending State | Response |
      |---|---|---|---|
      | 118.31 | Adopt a national action plan on preventing violent extremism | Ostrand | S |
      | 118.32 | Narrow the definition of terrorism in the Security Act | Veskia | PS |
      | 118.33 | Repeal article 14 of the Associations Act | Lumeria | N |
      | 118.37 | Continue efforts to promote interreligious dialogue | Rhodamar | S (already implemented) |

      ## 2. Follow-up plan

      | Task | Action | Responsible ministry | Deadline |
      |---|---|---|---|
      | 3.1 | Finalise the draft plan and submit it to the Council of Ministers | MoI | 31.12.2036 |
      """, date: "2036-04-20")
    #expect(extract.recommendations.map(\.line) == [10, 13])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"]])
    #expect(extract.actions.map(\.text) == ["Finalise the draft plan and submit it to the Council of Ministers"])
  }
}

/// A Somali–English elders' council record: asks to bodies named in Somali with an English gloss,
/// and tasks with "mas'uul" (responsible) fields.
@Suite struct SomaliShirTests {
  @Test func glossedAddresseesAndResponsibleFields() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Talooyin (recommendations)

      1. **Golaha Degmada (district council):** give women two seats on the district peace committee.
      2. **Hay'adaha Qaramada Midoobay (UN agencies):** put the district back on the list for reintegration.
      3. **National government (NCPC and the County Commissioner):** share returnee information with the county.

      ## Hawlaha (tasks)

      - H-2 Repair the pump at the berkad — mas'uul: Horseed (Hodan) — waqtiga: within two weeks
      """, date: "2036-02-28")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["un-system"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["Horseed"])
    #expect(extract.actions.map(\.due) == ["2036-03-13"])
  }
}

/// A log of questions kept as a table, and a gallery walk's "Who carries what".
@Suite struct QuestionLogsTests {
  @Test func whatTheFloorAskedForAndTheFollowUps() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Questions and answers

      | # | Question | Asked by | Answer | Follow-up | Owner | By when |
      |---|---|---|---|---|---|---|
      | 1 | When does the consultation close? | A. Rook, Residents' Assoc. | 31 January, online. | – | – | – |
      | 3 | Suggestion: the Task Force should publish the full minutes of its meetings. | D. Mensah-Kor | ROC: noted; she will table it on 10 Dec. | Put to TF meeting | ROC | 10/12 |
      | 11 | Will you share the slides? | several | KB: yes. | Slides to all registrants | KB | 27/11 |
      | 17 | Are journalists invited? | L. Varga | HVA: yes. | see #12 | | |
      """, date: "2036-11-25")
    #expect(extract.recommendations.map(\.line) == [11])
    #expect(extract.recommendations.map(\.actors) == [["nap-task-force"]])
    #expect(extract.actions.map(\.owner) == ["ROC", "KB"])
    #expect(extract.actions.map(\.due) == ["2036-12-10", "2036-11-27"])
  }

  @Test func whoCarriesWhatIsASectionOfTasks() throws {
    let extract = try SectionReadingTests.extract(
      "## Who carries what\n\n- Jun (Forum secretariat) to send all three to the Mayor's office within 2 weeks.\n", date: "2035-10-18")
    #expect(extract.actions.map(\.due) == ["2035-11-01"])
  }
}

/// Undertakings given at a monitoring visit's closing meeting.
@Suite struct UndertakingsTests {
  @Test func undertakingsHeadTasksAndALaterSentenceTellsOneDone() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 3. Undertakings given by the Director at the closing meeting

      (a) The Director undertook to move the two 17-year-olds to the juvenile unit by the end of the week. By letter of 15 September he informed the Commission that both were transferred on 11 September.

      (b) The Director undertook to install complaint boxes within 14 days.

      On night staff, the Director said he "would look into it if the 2037 budget allows".
      """, date: "2036-09-09")
    #expect(extract.actions.map(\.line) == [8, 10])
    #expect(extract.actions.map(\.done) == [true, false])
    // A done task keeps the deadline it was given ("by the end of the week"), not the day it was done.
    #expect(extract.actions.map(\.due) == ["2036-09-12", "2036-09-23"])
  }
}

/// Typed minutes scanned and read back: owners in the right margin.
@Suite struct MarginActionTagsTests {
  @Test func eachMarginTagOwnsTheTaskBeforeIt() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      HV said the police had still not received the app. She will chase the
      Ministry's digital team by 15 January.   ACTION: HV
      It was agreed that KD and NOB would draft a summary for parents
      by 10 January.                                   ACTION: KD/NOB
      PS will circulate the guidance to all members by the end of the month.   ACTION: PS
      The Chair thanked everyone.
      """, date: "2035-11-20")
    #expect(extract.actions.map(\.owner) == ["HV", "KD/NOB", "PS"])
    #expect(extract.actions.map(\.due) == ["2036-01-15", "2036-01-10", "2035-11-30"])
  }
}

/// A briefing note's decision box: options to tick, no task.
@Suite struct DecisionBoxTests {
  @Test func optionsToTickAreNoTask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - Ana Strick will send your signed reply by 17 June.

      **Minister's decision:** Option A ☐ · Option B ☐ · Option C ☐ · Discuss ☐
      """, date: "2036-06-09")
    #expect(extract.actions.map(\.owner) == ["Ana Strick"])
  }
}

/// A council's register: questions without notice, and an officer to action with the meeting to
/// report back to.
@Suite struct CouncilRegisterTests {
  @Test func aQuestionPutToTheFloorIsNoTask() throws {
    let extract = try SectionReadingTests.extract(
      "## Questions without notice\n\nQ1 Cr Ng: how many hate graffiti reports in Q1? Director Community Services: 37 reports.\n",
      date: "2037-04-14")
    #expect(extract.actions.isEmpty)
  }

  @Test func anOfficerToActionOwnsTheRow() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      | Res. No. | Task | Officer to action | Report back |
      |---|---|---|---|
      | C/2037/033 | Notify all applicants in writing | Grants Officer | 30 April 2037 |
      """, date: "2037-04-14")
    #expect(extract.actions.map(\.owner) == ["Grants Officer"])
    #expect(extract.actions.map(\.due) == ["2037-04-30"])
  }
}

/// A transcript's turns with time marks after the speaker's name.
@Suite struct TimeMarkedTurnsTests {
  @Test(arguments: [
    ("Speaker 6 [00:44:55]: I'll send Petr the list of the mediators who are still active, by Friday.", "Speaker 6"),
    ("Ines Kalvo [00:54:40]: And I'll send it in on the portal by Friday the 29th.", "Ines Kalvo"),
  ])
  func theTimeMarkIsNoPartOfTheName(_ text: String, owner: String) throws {
    let extract = try SectionReadingTests.extract("## Discussion\n\n" + text + "\n", date: "2037-05-20")
    #expect(extract.actions.map(\.owner) == [owner])
  }
}

/// A follow-up table whose status moves a task's date.
@Suite struct MovedDatesTests {
  @Test func aStatusThatExtendsTheDeadline() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-up

      | # | Task | Responsible | Deadline | Status |
      |---|---|---|---|---|
      | 2 | Obtain the Governorate's letter | Faisal al-Murr | 1 September | not done: extended to 4 October |
      | 3 | Visit the women's committee | Hind al-Sarraj | 15 September | ✓ done 9 September |
      """, date: "2035-09-20")
    #expect(extract.actions.map(\.due) == ["2035-10-04", nil])
    #expect(extract.actions.map(\.done) == [false, true])
  }
}

/// Notes that say when their fiscal year starts: its quarters, halves and ends are calendar days.
@Suite struct FiscalYearTests {
  @Test func aFiscalYearFromJuly() throws {
    let extract = try SectionReadingTests.extract(
      """
      **Timing.** FY = the Fund's fiscal year, 1 July to 30 June (FY37 = 1 July 2036 – 30 June 2037).

      ## Action matrix

      | No. | Action | Lead | Timing | Status |
      |---|---|---|---|---|
      | A6.2 | Mid-term review of Phase I | Secretariat | Q1 2036 | Completed, tabled at SC7 |
      | A6.4 | Update the risk register | Secretariat | end-FY36 | Ongoing |
      | A7.3 | Template for one UN report | UNDP | Q1 FY37 | New |
      | A7.4 | Confirm the FY37 contribution in writing | Embassy | H1 FY37 | New |
      | A7.8 | Transfer the second instalment | HalvAid | Q3 FY37 | New |

      ## Next steps

      - The Secretariat to audit the FY35 accounts by end-FY36.

      ## Discussion

      The Secretariat will close the FY36 books by end-FY36.
      """, date: "2036-03-18")
    #expect(extract.actions.map(\.due) == [nil, "2036-06-30", "2036-09-30", "2036-12-31", "2037-03-31", "2036-06-30", "2036-06-30"])
    #expect(extract.actions.map(\.done) == [true, false, false, false, false, false, false])
  }

  @Test func noFiscalYearWithoutTheNotesSayingWhenItStarts() {
    #expect(DueDateResolver.fiscalYearStart(in: "The FY37 budget was discussed.") == nil)
    #expect(DueDateResolver.fiscalInCalendar("Prepare the FY37 budget.", startMonth: 7) == nil)
    #expect(DueDateResolver.fiscalInCalendar("FY37", startMonth: 4, bare: true) == "by 2037-03-31")
  }
}

/// A council's motions set out line by line: who moved and seconded, the words, the verdict, and
/// the officer who acts on it with when to report back.
@Suite struct MotionRecordTests {
  @Test func carriedMotionsGiveTheirOfficerATaskAndLostOnesNothing() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Resolutions of this meeting

      Moved: Cr Ng · Seconded: Cr Fairweather
      That the minutes of the meeting of 10 March be confirmed.
      CARRIED 9–0

      Substantive motion: Moved: Cr Hallorann · Seconded: Cr Osei
      That Council endorse the youth diversion pilot for twelve months.
      CARRIED 6–3 (Against: Crs Dunn, Fairweather)
      Officer to action: Manager Community Safety
      Report back: October 2037 OCM

      Moved: Cr Karakas · Seconded: Cr Albescu
      That Council:
      (a) call on the State Government to restore three-year funding for prevention;
      (b) write to the Minister for Police before the State Budget on 19 May 2037.
      CARRIED 9–0
      Officer to action: Mayor's Office
      Report back: Jun OCM

      Moved: Cr Whitlam-Roy · Seconded: Cr Dunn
      That Council call on the State Government to prohibit street preaching in the mall.
      LOST 2–7

      Moved: Cr Albescu · Seconded: Cr Karakas
      That Council adopt the following recommendations and forward each to the body named:
      1. Local media are asked to adopt the guide for reporting hate incidents.
      2. The Merrin Department of Education should fund peer mediation in each school.
      CARRIED 8–1
      Officer to action: Director Community Services
      Report back: –

      Moved: Cr Osei · Seconded: Cr Ng
      That Council call on the State Government to fund two more youth workers.
      1. Local media are asked to stop naming young offenders.
      LOST 3–6
      """, date: "2037-04-14")
    #expect(extract.actions.map(\.text) == [
      "That Council endorse the youth diversion pilot for twelve months.",
      "write to the Minister for Police before the State Budget on 19 May 2037.",
      "That Council adopt the following recommendations and forward each to the body named:",
    ])
    #expect(extract.actions.map(\.owner) == ["Manager Community Safety", "Mayor's Office", "Director Community Services"])
    #expect(extract.actions.map(\.due) == ["2037-10-31", "2037-05-19", nil])
    #expect(extract.recommendations.map(\.line) == [20, 32, 33])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["media"], ["governments"]])
  }

  @Test func aParagraphWithoutMoverAndSeconderIsNoMotion() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Decisions

      Moved to the May meeting: the review of the grants round.
      Carried over: the Secretariat will circulate the draft by 30 April 2037.
      """, date: "2037-04-14")
    #expect(extract.actions.map(\.due) == ["2037-04-30"])
    #expect(MotionRecord.verdict("carried over to the next meeting") == nil)
    #expect(MotionRecord.verdict("lapsed for want of a seconder") == .fell)
    #expect(MotionRecord.verdict("motion carried unanimously") == .carried)
  }
}

/// Tasks grouped under sub-headings that name whose they are.
@Suite struct OwnerHeadingTests {
  @Test func aSubHeadingNamesTheOwnerOfTheTasksUnderIt() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-ups by owner

      ### Harriet K. (Youth Service, MCC)
      - circulate the draft referral flowchart to everyone by 14/5

      ### Chatterbox (Noor Halvorsen, Trust & Safety)
      - share the in-app reporting stats by end of May

      ### Logistics
      - Imani to book the room by Friday

      ### JM (me)
      - Doodle for the next meeting by Fri
      """, date: "2035-05-07")
    #expect(extract.actions.map(\.owner) == ["Harriet K.", "Chatterbox", "Imani", "JM"])
  }

  @Test func aTopicOrATimeIsNoOwner() {
    let catalog = SectionCatalog.standard
    #expect(Extractor.ownerHeading("Logistics", byOwner: false, catalog: catalog) == nil)
    #expect(Extractor.ownerHeading("Next RT", byOwner: false, catalog: catalog) == nil)
    #expect(Extractor.ownerHeading("By 14 May", byOwner: true, catalog: catalog) == nil)
    #expect(Extractor.ownerHeading("Online Harms Unit (Aldmere Police)", byOwner: false, catalog: catalog) == "Online Harms Unit")
    #expect(Extractor.ownerHeading("Radio Merrow (Sam)", byOwner: true, catalog: catalog) == "Radio Merrow")
  }
}

/// The code of an action point before its owner ("**AP-0415-1** WASH Cluster (UNICEF) to …") is
/// no part of the owner; a code that is a member's call sign is.
@Suite struct ActionCodeTests {
  @Test func anActionPointsCodeIsNoPartOfItsOwner() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Agreed action points

      - **AP-0415-1** WASH Cluster (UNICEF) to extend water trucking to the camp within 72 hours.
      - T-38-03 · KV-05 and KV-06 to trace who runs the page by Thursday.
      """, date: "2036-04-15")
    #expect(extract.actions.map(\.owner) == ["WASH Cluster (UNICEF)", "KV-05 and KV-06"])
    #expect(Extractor.pastLeadingCode("G20 ministers") == nil)
  }
}

/// A management response matrix: each recommendation accepted, in whole or in part, with the key
/// actions set beside it; one not accepted holds nothing.
@Suite struct ManagementResponseTests {
  @Test func acceptedRecommendationsAndTheirKeyActions() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Management response matrix

      | Recommendation | Management response | Key actions | Responsible unit | Timeframe | Tracking status |
      |---|---|---|---|---|---|
      | The Ministry of Finance should approve the small-grants window once a year. | **Accepted.** | 1.1 Write to MoF requesting one annual approval | OPV | Oct 2036 | Initiated |
      | | | 1.2 Pay the grants waiting since Q1 | PMU Finance | Aug 2036 | Completed (28 Aug) |
      | Donors should agree a no-cost extension of nine months. | **Partially accepted.** Six months are enough. | 2.1 ~~Nine-month extension~~ (not taken forward) | — | — | N/A |
      | | | 2.2 Submit the six-month extension request | UNDP | Nov 2036 | Initiated |
      | The PSC should close the radio output. | **Not accepted.** Radio is ahead of target. | N/A | — | — | N/A |
      """, date: "2036-09-20")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["OPV", "PMU Finance", "UNDP"])
    #expect(extract.actions.map(\.due) == ["2036-10-31", nil, "2036-11-30"])
    #expect(extract.actions.map(\.done) == [false, true, false])
  }
}

/// A chat's export pasted as it is: each message its sender's, counted from the day it was sent,
/// even where CommonMark keeps the messages after a list inside its last item.
@Suite struct ChatExportTests {
  @Test func messagesAfterAListAreTheirSendersOwn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Chat

      [21/11/2035, 16:20:44] Thandi M: FINAL outcome points:
      1. UN agencies should add community radio to the early-warning protocol
      WHO DOES WHAT
      - me: send these to Lucía for the Forum by Friday
      - Karim: alert template to the pilot stations by end of month
      [21/11/2035, 16:21:30] Owen B: 👍🏾👍🏾
      [21/11/2035, 15:52:12] Bola A: Can we add "religious leaders should announce alerts"? 🙏
      [22/11/2035, 21:12:07] Bola A: I'll cut a 3 min clip of the session for our radio show tomorrow
      which airs Saturday
      [22/11/2035, 10:02:51] Owen B: Update from my boss. I'll send the PO to Bay Radio by 15/12
      """, date: "2035-11-21")
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.actions.map(\.owner) == ["Thandi M", "Karim", "Bola A", "Owen B"])
    #expect(extract.actions.map(\.due) == ["2035-11-23", "2035-11-30", "2035-11-23", "2035-12-15"])
  }
}

/// A shared document's buttons copied with its tasks ("[Assign] [Mark done]") name no owner, and
/// a row of them is no task.
@Suite struct ButtonLabelTests {
  @Test func buttonsAreNoOwnersAndNoTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - [ ] Send the caseworker figures to all panellists by 2025-10-15 [Assign] [Mark done]
      - [ ] Circulate the guide by 2025-10-22 [Amina]

      [Add next step] [Open tracker]

      Drafts actions run on this note: [Copy as Markdown] · [Save in Forum Log] · [Mail the chair]

      Action: [Mail the chair] with the list by 2025-10-20.
      """, date: "2025-10-08")
    #expect(extract.actions.map(\.owner) == [nil, "Amina", nil])
    #expect(extract.actions.map(\.due) == ["2025-10-15", "2025-10-22", "2025-10-20"])
  }
}

/// A plan's commitments: the milestones in the table under a commitment's fields are its lead
/// agency's tasks, each due when it ends.
@Suite struct CommitmentTemplateTests {
  @Test func milestonesAreTheLeadAgencysTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Commitment TAM0041 — Open data on prevention spending

      **Commitment ID:** TAM0041
      **Lead implementing agency:** Ministry of Finance, Budget Transparency Directorate (MoF-BTD)

      | # | Milestone | Start | End | Status |
      |---|---|---|---|---|
      | 41.1 | Map every budget line across ministries | Jan 2035 | Jun 2035 | Completed; 212 lines found |
      | 41.2 | Quarterly spending dataset on the portal | Sep 2035 | 30 Jun 2036 | Delayed |
      | 41.3 | Citizens' guide to the spending (lead: Budget Watch) | Apr 2036 | Oct 2036 | Not started |

      ## Board minute

      **Owner / Timescale**

      1. Letter to the Minister with the approved recommendations — Owner: DVH / Timescale: by 30.11.2036
      """, date: "2036-03-18")
    #expect(extract.actions.map(\.owner) == ["MoF-BTD", "MoF-BTD", "Budget Watch", "DVH"])
    #expect(extract.actions.map(\.due) == [nil, "2036-06-30", "2036-10-31", "2036-11-30"])
    #expect(extract.actions.map(\.done) == [true, false, false, false])
  }
}

/// A Dutch neighbourhood meeting: its bold labels (with a remark in brackets after them) name
/// the sections, its "Wie | Wat | Wanneer" table holds the tasks; a 4W matrix holds none.
@Suite struct DutchMeetingTests {
  @Test func dutchLabelsTablesAndActors() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Verslag

      **Aanbevelingen** (van het overleg aan college, raad en partners)

      1. The gemeente should fund Friday-night opening of the youth centre until 23.00.
      2. We recommend that the politie include the key figures in its monthly briefing.

      **Actiepunten**

      | Nr | Wie | Wat | Wanneer |
      |---|---|---|---|
      | AP 37-01 | SdG | Invite the young people to a kick-off | uiterlijk 15 maart |
      | AP 37-02 | JB | Share the results with the residents | binnen twee weken |

      | Who | What | Where | When | Status |
      |---|---|---|---|---|
      | WFP | Food distribution | Camp A | Monthly | Ongoing |
      """, date: "2037-02-19")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["SdG", "JB"])
    #expect(extract.actions.map(\.due) == ["2037-03-15", "2037-03-05"])
  }
}

/// A memorandum of understanding: its joint recommendations set out in lettered lines, and its
/// annex's work plan, whose rows that restate an article are read at the article.
@Suite struct MemorandumTests {
  @Test func lettersAfterARecommendingLeadInAndAWorkPlan() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Article 6 — Joint messages to the Regional Forum

      The Parties jointly recommend that:
      (a) the Ministry of Local Government extend the Local Prevention Grant to small towns;
      (b) donors and development partners fund youth hubs for at least three years; and
      (c) women's associations nominate mothers as volunteer mentors.

      ## Annex 1 — Work plan

      | # | Activity | Lead | Support | Timeline | Status |
      |---|---|---|---|---|---|
      | 1 | Joint consultation with young people | Party A | Party B | Sep 2037 | ✔ Done |
      | 2 | Designate municipal focal point (Art. 5.2) | Municipality | – | by 2 Dec 2037 | |
      | 3 | Joint mid-term review | All Parties | – | Month 18 | |
      """, date: "2037-11-18")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["women-organisations"]])
    #expect(extract.actions.map(\.owner) == ["Party A", "All Parties"])
    #expect(extract.actions.map(\.due) == [nil, "2039-05-18"])
    #expect(Extractor.citesArticle("Open the Hub (Art. 5.1)"))
    #expect(!Extractor.citesArticle("Open the Hub (Party A)"))
    // A mission's agreed action pointing to the paragraph that discussed it restates nothing.
    #expect(!Extractor.citesArticle("Release the outstanding counterpart funds (para. 15)"))
  }
}

/// A planner board pasted as a table: its ideas, questions and tasks waiting on another's yes
/// are no tasks, nor is the note saying where it was exported from.
@Suite struct PlannerBoardTests {
  @Test func ideasQuestionsAndConditionsAreNoTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-up board

      *Exported from Planner on 9/24/2036 and pasted as is.*

      | Bucket | Task Name | Assigned To | Due date | Progress | Labels |
      |---|---|---|---|---|---|
      | Outreach | Letter to 4 platforms transmitting Rec 3 | Kofi Adjei-Marsh | 10/15/2036 | Not started | Platforms |
      | Follow-up | IF the board says yes in Nov: draft small-grants call | Priya Ostrowski |  | Not started | On hold |
      | Ideas | Hackathon with platforms? |  |  | Not started | Idea |
      | Ideas | Repeat the event at the Regional Forum |  |  | Not started | Idea; Parked |
      """, date: "2036-09-23")
    #expect(extract.actions.map(\.owner) == ["Kofi Adjei-Marsh"])
    #expect(extract.actions.map(\.due) == ["2036-10-15"])
  }
}

/// A slide deck's outline: a numbered slide's title names its section, an owner's label before a
/// task wins over the one an arrow sends the work to, and a task waiting on another's yes is none.
@Suite struct SlideOutlineTests {
  @Test func slideTitlesOwnerLabelsAndConditions() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Debrief

      **[12] Next steps**
      - HPA: draft inception report → RG, 20/3
      - PO: share the FGD guides with the gender focal point, mid-April latest
      - TBC: remote interviews — only if the security focal point clears it
      """, date: "2036-03-06")
    #expect(extract.actions.map(\.owner) == ["HPA", "PO"])
    #expect(extract.actions.map(\.due) == ["2036-03-20", "2036-04-15"])
  }
}

/// A ticket board's list view copied as bare pipe lines (no pipe at either end, no delimiter
/// row): its issues are tasks with their assignees and "29/May/37" dates; a done one is done,
/// and those closed as "Won't Do" or "Duplicate", or waiting "only if", are none. A prose
/// paragraph with a pipe or two is no board.
@Suite struct TicketBoardTests {
  @Test func bareRowsUnderAHeaderOfTasksAndAssignees() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Board, as pasted

      Key | Summary | Assignee | Due | Status | Labels
      PPR-112 | Letter to the Ministry with the 4 asks | Taavi Rennel | 29/May/37 | To Do | advocacy
        PPR-113 | Draft letter + annex | Taavi Rennel | 22/May/37 | In Progress | advocacy
      PPR-119 | Mapping of focal points | Anu Kask | | Duplicate | Duplicate of PPR-118
      PPR-120 | Retreat photos to the shared drive | Taavi Rennel | 14/May/37 | Done | comms
      PPR-121 | Op-ed on the MTR | Unassigned | | Won't Do | comms
      PPR-127 | ToR for the pooled mechanism (only if donors agree in July) | Unassigned | | Blocked | funding

      Options we weighed | costs | owner of each
      Lead | risks | benefits were set out in the annex.
      """, date: "2037-05-12")
    #expect(extract.actions.map(\.text) == ["Letter to the Ministry with the 4 asks", "Draft letter + annex", "Retreat photos to the shared drive"])
    #expect(extract.actions.map(\.owner) == ["Taavi Rennel", "Taavi Rennel", "Taavi Rennel"])
    #expect(extract.actions.map(\.due) == ["2037-05-29", "2037-05-22", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A lessons-learned register: "What happened" is the account, the recommendation beside it the
/// task; a lesson with "noted, no action", "good practice" or "Keep as is" asks for none, and
/// "already implemented" is done.
@Suite struct LessonsRegisterTests {
  @Test func theRecommendationColumnHoldsTheTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Lessons learned register

      | # | Lesson | What happened | Recommendation | Owner | When |
      |---|---|---|---|---|---|
      | L1 | Recruitment too late | Training compressed to 1 day | Open recruitment 10 wks before E-day | Lejla A. | for the next mission |
      | L2 | Observers harassed | Party agents targeted women | Never deploy anyone alone | Lejla A. | already implemented |
      | L4 | SMS reporting failed | No coverage after 11:00 | Offline mode in the reporting app | Kemal T. | end Sept |
      | L5 | Lunch packs late | Arrived 14:00 in 3 districts | — | — | noted, no action |
      | L8 | Under-18s turned away | Six volunteers not accredited | Lobby Parliament for accreditation from 16 | — | noted, no action (outside our mandate) |
      | L9 | Mobile-money per diems | Paid within 2 days | Keep as is | Rustam | — (good practice) |
      """, date: "2036-05-12")
    #expect(extract.actions.map(\.text) == ["Open recruitment 10 wks before E-day", "Never deploy anyone alone", "Offline mode in the reporting app"])
    #expect(extract.actions.map(\.done) == [false, true, false])
    #expect(extract.actions.map(\.due) == [nil, nil, "2036-09-30"])
  }

  /// "Immediate follow-ups": how soon, before the tasks' name; an owner in small letters between
  /// dashes, and a remark after a comma, are the owner and no part of it.
  @Test func immediateFollowUpsWithOwnersBetweenDashes() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### Immediate follow-ups (agreed at the hot-wash)

      - Collect the 14 missing checklists (Eastern teams) — regional coordinators — within 48h
      - Per diems to all observers via mobile money — Rustam, finance — EOW
      """, date: "2036-05-12")
    #expect(extract.actions.map(\.owner) == ["regional coordinators", "Rustam"])
    #expect(extract.actions.map(\.due) == ["2036-05-14", "2036-05-16"])
  }
}

/// Tables in another language: Tetum's "Asaun | Responsavel | Prazu" and Bengali's "Kaj (task) |
/// Daitto | Shomoy" hold tasks, owners and dates, a date given in the notes' own language read
/// by its gloss in brackets.
@Suite struct GlossedTableTests {
  @Test(arguments: [
    ("| No. | Asaun | Responsavel | Prazu |\n|---|---|---|---|\n| 1 | Hakerek karta ba Administrador Postu | Xefe Suku | semana oin (next week) |\n| 2 | Fó sai rezultadu diálogu | Katekista Florindo | iha fulan Marsu nia rohan (end of March) |", ["Xefe Suku", "Katekista Florindo"], ["2036-11-28", "2037-03-31"]),
    ("| # | Kaj (task) | Daitto | Shomoy |\n|---|---|---|---|\n| 1 | Letter to UNO on youth training | Rehana Apa (SSUS) | 2 Feb 2036 |\n| 2 | Photos to all participants | Tuhin (SSUS) | Mongolbar (Tuesday) |", ["Rehana Apa (SSUS)", "Tuhin (SSUS)"], ["2036-02-02", "2036-11-25"]),
  ])
  func columnsAndGlossedDates(table: String, owners: [String], dues: [String]) throws {
    let extract = try SectionReadingTests.extract("## Follow-up\n\n" + table + "\n", date: "2036-11-21")
    #expect(extract.actions.map(\.owner) == owners)
    #expect(extract.actions.map(\.due) == dues)
  }
}

/// A chat tool's follow-up chips: the mention shows the whole name, and "📅" gives the date; a
/// task the writer took ("[owner:: me]") is the rapporteur's the front matter names.
@Suite struct MentionChipTests {
  @Test func wholeNamesChipsAndTheWriter() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-ups

      - ☐ @Dmitri Havel · Circulate draft 4 with today's changes · 📅 Mar 16
      - ☐ @lise · Submit the final statement · 📅 Mar 27
      - [ ] Mentimeter results to the forum drive 📅 2037-03-17 [owner:: me]
      """, date: "2037-03-12", fields: "rapporteur: Aiko Renn\n")
    #expect(extract.actions.map(\.owner) == ["Dmitri Havel", "lise", "Aiko Renn"])
    #expect(extract.actions.map(\.due) == ["2037-03-16", "2037-03-27", "2037-03-17"])
  }
}

/// A speaker's label with a remark in small letters after a comma ("Maren, closing:") names the
/// speaker, whose "I will …" is theirs.
@Suite struct RemarkedSpeakerTests {
  @Test func theNameBeforeTheRemark() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      - Maren, closing: I will send the recs to the Minister's office by 20 March.
      - Options, briefly: we looked at three.
      """, date: "2036-03-06")
    #expect(extract.actions.map(\.owner) == ["Maren"])
    #expect(extract.actions.map(\.due) == ["2036-03-20"])
  }
}

/// Notes dictated and sent unedited: the punctuation spoken ("full stop", "comma", "question
/// mark", "new line") is written, "scratch that" takes back the line before it, and each line is
/// a sentence of its own. A note that only writes "full stop" now and then is read as typed.
@Suite struct DictatedNoteTests {
  @Test func spokenPunctuationIsWritten() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Notes

      item two what we want to say to the county new line
      one comma the county council should keep the youth bus running full stop
      two comma the county should pay for a full time outreach worker full stop
      scratch that comma they asked for part time. two comma the county should fund a part time outreach worker full stop
      did anyone ask the police question mark nobody knew full stop
      Rory will ask the youth council to co-sign the letter by the end of next week full stop
      """, date: "2036-03-26")
    #expect(extract.recommendations.map(\.line) == [9, 11])
    #expect(extract.recommendations.last?.text == "Two, the county should fund a part time outreach worker.")
    #expect(extract.actions.map(\.owner) == ["Rory"])
    #expect(extract.actions.map(\.due) == ["2036-04-04"])
  }

  @Test(arguments: [
    "We talked about the full stop at the end of the plan.\nThe funding came to a full stop\nin May.\n",
    "a b full stop\nc d full stop\ne f full stop\ng h\ni j\nk l\nm n\no p\nq r\n",
  ])
  func typedNotesStayAsTyped(_ body: String) {
    #expect(SpokenPunctuation.written(body) == body)
  }
}

/// A grid table as pandoc writes it: each row's cells over as many lines as it takes, read as a
/// pipe table's rows are; a table of asks and of whom they are asked holds recommendations, and a
/// row set aside in its own words holds none.
@Suite struct GridTableTests {
  @Test func rowsOverSeveralLines() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Community action plan

      +---+--------------------------------+--------------------+--------------------+
      | # | What we will do                | Who                | By when            |
      +===+================================+====================+====================+
      | 1 | Walking groups from the market | Savings Group      | start Tue 2 Sept   |
      |   | stage on market days           | (Mama Ruth)        |                    |
      +---+--------------------------------+--------------------+--------------------+
      | 2 | Clear the bush along the       | Dani and Kofi      | by 15 Oct          |
      |   | water-tank footpath            |                    |                    |
      +---+--------------------------------+--------------------+--------------------+

      ## What the community asks

      +---+--------------------------------------+--------------------+------+
      |   | What we ask                          | Of whom            | Dots |
      +===+======================================+====================+======+
      | A | Street lights on the market road     | District Council   | 31   |
      +---+--------------------------------------+--------------------+------+
      | B | Build a police post at the stage     | police             | 3    |
      |   | (below the cut-off, not carried)     |                    |      |
      +---+--------------------------------------+--------------------+------+
      """, date: "2036-08-23")
    #expect(extract.actions.map(\.text) == ["Walking groups from the market stage on market days", "Clear the bush along the water-tank footpath"])
    #expect(extract.actions.map(\.owner) == ["Savings Group (Mama Ruth)", "Dani and Kofi"])
    #expect(extract.actions.map(\.line) == [11, 14])
    #expect(extract.actions.last?.due == "2036-10-15")
    #expect(extract.recommendations.map(\.text) == ["Street lights on the market road"])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
  }
}

/// A video call's chat as the meeting tool saves it: each message is its sender's, a reply's
/// quoted opening and a reaction are no words of theirs.
@Suite struct CallChatTests {
  @Test func messagesAreTheirSenders() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Chat

      10:24:02 From Ana Ruiz-Halloran to Everyone: ASK 1: the Ministry of Peace should write a 30% quota into the bill.
      10:24:40 From Kofi Mensah-Dahl to Everyone: Reacted to "ASK 1: the Ministry of..." with ❤️
      10:49:05 From Priya Ndlovu-Varga (UNDP) to Everyone: Replying to "ASK 1: the Ministry...": I'll send the data template to Ana by 20 Feb
      11:21:14 From Mai Okonkwo-Larsen (host) to Everyone: WRAP-UP, what we agreed:
      + NEW: Mai to send the agreed asks to the Minister of Peace by 28 Feb
      """, date: "2036-02-12")
    #expect(extract.recommendations.map(\.line) == [8])
    #expect(extract.actions.map(\.owner) == ["Priya Ndlovu-Varga", "Mai"])
    #expect(extract.actions.map(\.due) == ["2036-02-20", "2036-02-28"])
  }
}

/// A phone note's checklist typed with boxes ("☐", "☑") and no list: each line is a task, a
/// ticked one done.
@Suite struct TypedCheckboxTests {
  @Test func boxesOpenTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## todo ✅

      ☐ TA – alert stats xls to HM tmrw
      ☐ Omar – ask Kettle FM board re free airtime 2036, by end Nov
      ☑ KO – photos to RYF comms team (sent during Q&A)
      """, date: "2035-11-14")
    #expect(extract.actions.map(\.owner).prefix(2) == ["TA", "Omar"])
    #expect(extract.actions.map(\.due).prefix(2) == ["2035-11-15", "2035-11-30"])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A Swedish protokoll's decisions in the infinitive ("att …"), each with "Ansvarig:" and "Klart
/// senast:" after it, are tasks of the one responsible by that day.
@Suite struct SwedishProtokollTests {
  @Test func decisionsWithTheirFields() throws {
    let extract = try SectionReadingTests.extract(
      """
      **§ 6 Beslut / Decisions**

      1. att ta fram en gemensam lägesbild tillsammans med polisen. Ansvarig: LH + kommunpolisen. Klart senast: v. 16.
      2. att skicka rekommendationerna till regionen. Ansvarig: kommundirektören. Klart senast: 30 april.
      3. att lägga polisens lägesredovisning till handlingarna.
      """, date: "2036-03-13")
    #expect(extract.actions.map(\.owner) == ["LH + kommunpolisen", "kommundirektören"])
    #expect(extract.actions.map(\.due) == ["2036-04-18", "2036-04-30"])
  }
}

/// A text that says of itself it is no item ("… that's not one of the asks", "a wish not a
/// recommendation") holds none; the advice beside it stands.
@Suite struct SelfDeniedItemTests {
  @Test func saysItIsNone() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      (HM also said "more data sharing is needed" but she said herself that's not one of the asks)

      Father Tom said the minister should visit us, that's a wish not a recommendation.

      Municipal councils should put one youth monitor on every local peace committee.
      """, date: "2035-11-14")
    #expect(extract.recommendations.map(\.line) == [12])
  }
}

/// A heading's exclamation marks and emoji after its name ("## TO DO!!! 🔥🔥") leave the name.
@Suite struct ExclaimedHeadingTests {
  @Test func toDoWithExclamationMarks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## TO DO!!! 🔥🔥

      - type up OUR LIST + send to everyone (jaz) by tmrw night
      - ask bay fm abt the show (tomi) this week
      """, date: "2035-11-13")
    #expect(extract.actions.count == 2)
    #expect(extract.actions.first?.due == "2035-11-14")
  }
}

/// Under a part of asks, a line labelled with those it is put to ("▫️ police: accept …") is
/// advice to them, not their task; under a part of tasks a person's label names the owner.
@Suite struct AsksToLabelledActorsTests {
  @Test func asksAndTasksByTheirPart() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      *Our asks*
      ▫️ police: accept tipline alerts without screenshots
      ▫️ donors: fund tipline core costs for 2 yrs
      *Who does what*
      ▫️ Olga: receipts to Amira by Wed
      """, date: "2035-11-14")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["Olga"])
  }
}

/// A part's name with a remark after a dash ("*Our asks — read back from the flipchart*") names
/// the part all the same: the marked lines under it are its asks.
@Suite struct RemarkedPartNameTests {
  @Test func theNameBeforeTheDash() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      *Our asks — read back from the flipchart*
      ▫️ youth centre open until 22:00 on Fridays
      ▫️ free bus passes for volunteers
      """, date: "2035-11-14")
    #expect(extract.recommendations.map(\.line) == [9, 10])
  }
}

/// A todo.txt line is a task wherever it stands: its priority and the days it was written and
/// done are no part of it, "x" says it is done, "due:" gives its date, and its projects and
/// contexts file it; a priority alone ("(A) Governments should …") is a lettered item.
@Suite struct TodoTxtLineTests {
  @Test func tasksWithTheirFields() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - (A) 2036-03-04 Kwame Asante to send the template to all councils +youthbudget @email due:2036-03-11
      - (B) 2036-03-04 @mateo.silva type up the notes of the pairs +youthbudget due:2036-03-09
      - x 2036-03-05 2036-03-04 Lucia Ferreira to book Room 3 for the April round +youthbudget

      ## Recommendations

      - (A) Governments should fund the youth councils.
      """, date: "2036-03-04")
    #expect(extract.actions.map(\.owner) == ["Kwame Asante", "mateo.silva", "Lucia Ferreira"])
    #expect(extract.actions.map(\.due) == ["2036-03-11", "2036-03-09", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
    #expect(extract.actions.first?.text == "Kwame Asante to send the template to all councils.")
    #expect(extract.recommendations.map(\.text) == ["(A) Governments should fund the youth councils."])
  }
}

/// An item of the Recommendations section that tells a fact of those who open it ("Families come
/// back …") addresses no one; one that asks them, after an arrow, does.
@Suite struct FactOfTheOpeningWordsTests {
  @Test func aFactAddressesNoOne() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recommendations

      - Families come back to the same streets they left.
      - RELIGIOUS LEADERS → COME AND JOIN OUR DEBATE CLUBS
      """, date: "2036-03-04")
    #expect(extract.recommendations.map(\.actors) == [[], ["religious-leaders"]])
    #expect(extract.recommendations.first?.evidence.contains { $0.rule == "addressee" } == false)
  }
}

/// Minutes in Hindi, Polish and Filipino as their secretaries keep them: the sections' and the
/// columns' names, the owner's honorific or title, a placeholder for no one yet, the next meeting
/// named in the language, and the advice's addressees.
@Suite struct HindiPolishFilipinoMinutesTests {
  @Test func aGramSabhasMinutes() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Sujhav

      1. BDO office Chandrakhet mod se school tak 12 solar street light ka estimate banaye.
      2. Yuva Mandal khel pratiyogita karaye.

      ## Zimmedari / Samay-seema

      | Kram | Kaam | Zimmedar | Samay-seema | Sthiti |
      |---|---|---|---|---|
      | 1 | Shanti Samiti ki pehli baithak bulana | Harpal Singh ji | 15 tareekh tak | |
      | 2 | Solar light estimate ka follow-up | abhi tay nahi | agli Gram Sabha se pehle | |

      Agli Gram Sabha: Somvar 14 April 2036, 11 baje, isi jagah.
      """, date: "2036-02-24")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["youth-organisations"]])
    #expect(extract.actions.map(\.owner) == ["Harpal Singh", nil])
    #expect(extract.actions.map(\.due) == ["2036-03-15", "2036-04-14"])
  }

  @Test func aPolishProtocol() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Wnioski

      1. Rada Miasta powinna zapewnić finansowanie programu streetworkingu.

      ## Zadania

      | Lp. | Zadanie | Odpowiedzialny | Termin |
      |---|---|---|---|
      | 1 | Pismo do MSW ws. punktu zgłoszeń | dyr. E. Smolarek | do 15.03 |
      | 2 | Zaproszenie dyrektorów szkół | do ustalenia | w ciągu 2 tygodni |
      """, date: "2036-03-04")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
    #expect(extract.actions.map(\.owner) == ["E. Smolarek", nil])
    #expect(extract.actions.map(\.due) == ["2036-03-15", "2036-03-18"])
  }

  @Test func aBarangayCouncilsTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Mga Gagawin (Action Items)

      1. Listahan ng out-of-school youth sa Purok 4.
         Responsable: Kgd. Pangilinan — sa susunod na buwan
      2. Humanap ng sponsor para sa pa-raffle.
         Responsable: (wala pang nag-volunteer)
      """, date: "2036-11-20")
    #expect(extract.actions.map(\.owner) == ["Kgd. Pangilinan", nil])
    #expect(extract.actions.map(\.due) == ["2036-12-31", nil])
  }

  /// "**Nirnaya 3:**" under a heading of advice: the decisions under it are no advice.
  @Test func decisionsUnderAHeadingOfAdvice() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      ### Prastav 3: Sadbhav Sammelan ko lagi sujhav

      1. Pradesh Sarkar lai anurodh: medelapankarta talim ko lagi anudan dinu.

      **Nirnaya 3:**
      - (ka) Sachiv le sujhav Sammelan sachivalaya lai pathaune.
      """, date: "2035-08-01")
    #expect(extract.recommendations.map(\.line) == [10])
  }
}

/// A log kept in a plain-text editor and pasted as it is: a table whose columns are lined up
/// with blanks under a rule of dashes (read by CommonMark as a break), rows wrapped onto lines
/// that leave the first column blank; and coded recommendations wrapped over lines that go on in
/// small letters, under a title in capitals.
@Suite struct PlainTextLogTests {
  @Test func aTableLinedUpWithBlanks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Notes

      ACTION LOG
      No   Action                                     Owner   Due        Status
      ---  -----------------------------------------  ------  ---------  ----------------
      A01  Book room B3 + interpretation (Orunic/     KM      10-Apr     CLOSED 08-Apr
           French)
      A04  Clean text of R1-R6 to all speakers        KM      24-Apr     OPEN
      A10  Police escorts for convoys - ask RPC       --      --         DROPPED - not agreed
      A12  Side event report to Forum secretariat     KM      2 wks      OPEN
      """, date: "2037-04-22")
    #expect(extract.actions.map(\.line) == [11, 13, 15])
    #expect(extract.actions.first?.text == "Book room B3 + interpretation (Orunic/ French)")
    #expect(extract.actions.map(\.done) == [true, false, false])
    #expect(extract.actions.map(\.due) == [nil, "2037-04-24", "2037-05-06"])
  }

  @Test func codedItemsWrappedUnderATitle() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Notes

      OUTCOME STATEMENT - RECOMMENDATIONS AS READ OUT BY THE CHAIR (14:40)
      R1  The customs authorities should post at least one female
          officer on every night shift at the crossings.
      R2  Both governments are urged to publish the list of fees at each
          crossing, on notice boards and by SMS.
      R7  [withdrawn at the chair's request - covered by R2]
      (from the floor, not in the statement: police escorts - no support)
      """, date: "2037-04-22")
    #expect(extract.recommendations.map(\.line) == [9, 11])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"]])
  }
}

/// A draft put to a vote whose last line says the vote did not carry it ("34% support — NOT
/// ADOPTED", "55% agree — no consensus") is no recommendation; one carried is. A heading of the
/// tasks of those who met ("FT tasks before round 3") holds actions.
@Suite struct VotedDraftsTests {
  @Test func onlyWhatTheVoteCarried() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Part A: To the national Government

      **A1.** The Ministry of Justice should fund a victim-support worker in every district court.
      89% support (83 of 93) — **ADOPTED**

      **A2.** The Government should lower the age of criminal responsibility to 12.
      34% support — **NOT ADOPTED**

      **S2.** Municipal prevention funds should be run by a joint board with civil society.
      55% agree · median 3 · IQR 2 — no consensus, to round 3

      ## FT tasks before round 3

      - **IV** — ask the ethics committee whether two replacement panellists may join — *asap*
      """, date: "2036-05-21")
    #expect(extract.recommendations.map(\.line) == [8])
    #expect(extract.actions.map(\.owner) == ["IV"])
  }
}

/// A barangay council's resolutions and advice in Filipino: "Resolusyong humihiling sa
/// Sangguniang Bayan na …" asks the council, and the items under "Mga Resolusyon at
/// Rekomendasyon" address whom they open with, past "Ang" and "Dapat ang".
@Suite struct FilipinoAdviceTests {
  @Test func resolutionsAndAdvice() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## V. Mga Resolusyon at Rekomendasyon

      **Resolusyon Blg. 2036-BPOC-11** — Resolusyong humihiling sa Sangguniang Bayan na maglaan ng pondo para sa streetlights. *Inaprubahan.*

      Iba pang rekomendasyon ng Council:
      - Ang Radyo Marayag DZMS ay hinihikayat na magkaroon ng segment para sa mga kabataan.
      - Dapat ang SK Federation ng San Aurelio ay magsama ng modules laban sa hate.
      """, date: "2036-11-20")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["media"], ["youth-organisations"]])
  }
}

/// Under a heading of commitments, a paragraph that reports what was said, with no one saying
/// they will do anything ("added that her government "is looking at" …", a quotation), is the
/// account around them; one that reports an undertaking is a task.
@Suite struct ReportedSpeechUnderCommitmentsTests {
  @Test func onlyWhatSomeoneUndertook() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### New commitments

      UNDP's Resident Representative said UNDP will second a governance specialist to the secretariat by the end of January 2037.

      Ms Fenn-Osorio added that her government "is looking at" a dedicated budget line, but gave no figure and no date.

      "Young people are tired of being studied," said Nilufar Osei-Brandt of the Harbourside Youth Collective.

      It had been agreed that the Secretariat would circulate the revised draft within ten days, the chair said.
      """, date: "2036-09-24")
    #expect(extract.actions.map(\.line) == [8, 14])
  }
}

/// Minutes numbered like a legal text: a paragraph marked "[Withdrawn: …]" or "[Superseded: …]"
/// holds nothing; a task "Only if funds are available" or "Subject to the availability of funds"
/// waits on money not found; the date under "## Date of next meeting" is the next meeting's.
@Suite struct NumberedMinutesTests {
  @Test func setAsideWaitingAndTheNextMeeting() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 3. Draft outcome statement

      (e) [Withdrawn: see 4.2.] Religious leaders should obtain a licence before addressing youth gatherings.

      2.3 The Committee AGREED that the Secretariat shall circulate the draft by 23 October 2035. [Superseded: see 5.1.]

      ## Schedule of actions

      1. Treasurer: proposal on membership fees for 2036 (6.1). To the next meeting.
      2. Secretariat: translations into the four other working languages (5.3). Only if funds are available; no date.

      ## 7. Date of next meeting

      7.1 The Third Meeting will be held in Lissant on Tuesday 12 February 2036 at 09:30.
      """, date: "2035-10-14")
    #expect(extract.recommendations.isEmpty)
    #expect(extract.actions.map(\.line) == [14])
    #expect(extract.actions.first?.due == "2036-02-12")
  }
}

/// Initials before a dash own the task after it, whatever its first word ("**KL** — reminder to
/// non-responders …"); "NB — …" is a note, not an owner.
@Suite struct InitialsBeforeADashTests {
  @Test func initialsOwnTheTask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - **KL** — reminder to non-responders one week after launch
      - **IV + SMO** — draft the final report — *end of July*
      - NB — room bookings go through the front desk
      """, date: "2036-05-21")
    #expect(extract.actions.map(\.owner) == ["KL", "IV + SMO", nil])
  }
}

/// Milestones a code host lists with their dates ("`M2 Oct partners call` (due Oct 16, 2035)"):
/// a task tagged "[M2]" is due when its milestone is, and the tag names no owner.
@Suite struct MilestoneTagsTests {
  @Test func aTagGivesItsMilestonesDate() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Context

      Milestones used below: `M1 post-event` (due Sep 28, 2035) · `M2 Oct partners call` (due Oct 16, 2035)

      ## Tasks

      - [ ] @leila-haddou draft the translation budget for UNDP (rec 2) [M2]
      - [ ] ask two telecom operators about shortcodes (rec 5) [M1]
      - [ ] @tomasz-b set up the October partners call by 10 October [M2]
      """, date: "2035-09-18")
    #expect(extract.actions.map(\.due) == ["2035-10-16", "2035-09-28", "2035-10-10"])
    #expect(extract.actions.map(\.owner) == ["leila-haddou", nil, "tomasz-b"])
  }
}

/// A Vietnamese commune's minutes: "Kiến nghị" holds its requests, each addressed past "Kiến
/// nghị" and "Đề nghị"; a chair's conclusions ending "Đề nghị:" lead into requests; the table of
/// "Phân công" names its columns "Nội dung công việc", "Người phụ trách", "Thời hạn"; ranks and forms
/// of address before a name are dropped, and "chưa phân công" is no one yet.
@Suite struct VietnameseMinutesTests {
  @Test func requestsAndAssignments() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## IV. Kết luận

      Chủ tịch kết luận: tình hình kiểm soát được. Đề nghị:

      1. Đoàn TN xã cần đưa thanh niên người Dao vào đội tình nguyện.

      ## V. Kiến nghị (lên cấp trên / to higher levels)

      1. Kiến nghị UBND huyện Tam Đình bố trí kinh phí năm 2036 thay đèn đường.

      ## VI. Phân công thực hiện

      | TT | Nội dung công việc | Người phụ trách | Thời hạn |
      |---|---|---|---|
      | 1 | Họp chung 2 chi đoàn | anh Tuấn | cuối tháng |
      | 2 | Mời 3 em vào nhóm | *chưa phân công* | trong tháng 3 |
      """, date: "2036-03-05")
    #expect(extract.recommendations.map(\.actors) == [["youth-organisations"], ["local-authorities"]])
    #expect(extract.actions.map(\.owner) == ["Tuấn", nil])
    #expect(extract.actions.map(\.due) == ["2036-03-31", "2036-03-31"])
  }
}

/// Minutes whose sections are numbered bold paragraphs ("**8. ÀBÁ (RECOMMENDATIONS)** — to go to
/// the LG Chairman"), some with a name glossed in brackets and a remark after a dash: each is
/// read as a section's heading, a numbered title that names none ("**11. AOB**") closes the one
/// before, and "Ìpinnu (Resolutions)" holds the meeting's own decisions.
@Suite struct NumberedBoldSectionsTests {
  static let minutes = """
    # WARD 4 CDA

    **7. ÌJÍRÒRÒ (DISCUSSION)**
    - She reported that the LG Security Council resolved that all ward guards must register by 30/04/2036.

    **8. ÀBÁ (RECOMMENDATIONS)** — to go to the LG Chairman, copy the palace
    1. Kí Ìjọba Ìbílẹ̀ tún iná ṣe — LG should repair the last 2 solar lights before the rains.
    2. The divisional police officer is urged to run night patrols on market days.

    **9. ÌPINNU (RESOLUTIONS)**
    a) No member should pay the so-called "security levy".

    **10. IṢẸ́ ÀTI ONÍṢẸ́ (TASKS AND WHO WILL DO IT)**

    | S/N | Iṣẹ́ (Task) | Oníṣẹ́ | Ọjọ́ (When) | Àkíyèsí |
    |---|---|---|---|---|
    | 1 | Type the letter | Secretary | Ọjọ́ Ajé tó ń bọ̀ | |
    | 2 | Police post at the park | LG | — | only tí owó bá dé (if State fund is released) |
    | 3 | Send the incident log | Peace Desk | ọ̀sẹ̀ tó ń bọ̀ (next week) | |

    **11. AOB**
    - Treasurer reminded members that dues remain ₦500.
    """

  @Test func sectionsTitledInBold() throws {
    let extract = try SectionReadingTests.extract(Self.minutes, date: "2036-04-12")
    #expect(extract.recommendations.map(\.line) == [12, 13])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["governments"]])
    #expect(extract.actions.map(\.text) == ["Type the letter", "Send the incident log"])
    #expect(extract.actions.map(\.owner) == ["Secretary", "Peace Desk"])
    #expect(extract.actions.map(\.due) == ["2036-04-14", "2036-04-18"])
  }

  /// Without numbers, a bold label with a remark after a dash leads into the list under it, inside
  /// the section it stands in; the remark is no item.
  @Test func unnumberedLabelsLeadIntoTheirLists() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      **Recommendations** — to go to the chair
      - The ministry should fund the helpline.

      **Next steps** — as agreed at the close
      - Amina to send the letter by Friday.

      The chair closed the meeting at noon.
      """, date: "2036-04-08")
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.actions.map(\.owner) == ["Amina"])
  }
}

/// A name the notes give a day ("ọjọ́ ọjà tó kàn (next market day) is Wednesday 16/04/2036") dates
/// a task due "before the next market day", in a sentence or in a table's column; and the next
/// meeting glossed in brackets ("**12. ÌPÀDÉ TÓ KÀN (NEXT MEETING):** Saturday 10/05/2036") dates
/// one due "by next meeting".
@Suite struct DayNamedInNotesTests {
  @Test func aNamedDayAndTheNextMeeting() throws {
    let extract = try SectionReadingTests.extract(
      """
      *Secretary's note: the market holds every five days; ọjọ́ ọjà tó kàn (next market day) is Wednesday 16/04/2036.*

      ## Action points

      - Baale to deliver the letter before the next market day.

      | Task | Owner | When |
      |---|---|---|
      | Choose three reps | Agbèrò leaders | before the next market day |
      | Follow up the patrols | ASP Ìbídàpọ̀ | by next meeting |

      **12. ÌPÀDÉ TÓ KÀN (NEXT MEETING):** Saturday 10/05/2036, 10am prompt.
      """, date: "2036-04-12")
    #expect(extract.actions.map(\.due) == ["2036-04-16", "2036-04-16", "2036-05-10"])
  }

  /// "The deadline is 5 May" names no task's day when no task is due "before" it.
  @Test func aDayTheNotesGiveIsNoTasksOwn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action points

      The market day is Wednesday 16/04/2036.

      - Baale to deliver the letter before the palace meeting.
      """, date: "2036-04-12")
    #expect(extract.actions.map(\.due) == [nil])
  }
}

/// An Italian municipal consulta's verbale: "La Consulta raccomanda" holds its asks, each to the
/// body a line names before it ("Alla **Giunta comunale**:"); "raccomanda a" and "invita" ask
/// others in a paragraph; "si impegna a" is a promise; the table of "Compiti" names its columns
/// "Chi", "Cosa", "Entro", its owners with their titles ("dott.ssa", "ing."), "da definire" no one
/// and "fatto ✔" done; a translator's gloss in brackets and the signatures are no items.
@Suite struct ItalianVerbaleTests {
  @Test func asksPromisesAndTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussione per punti

      L'ing. Contini si impegna a completare il sopralluogo notturno entro il 15 marzo.

      ## La Consulta raccomanda
      *[The Consulta recommends: asks to the Giunta and the Questura]*

      Alla **Giunta comunale**:

      1. di istituire l'osservatorio sulla radicalizzazione giovanile.

      La Consulta invita inoltre le parrocchie a promuovere un incontro pubblico.

      ## Compiti

      | Chi | Cosa | Entro |
      |---|---|---|
      | dott.ssa Marchetti | parere dell'ufficio legale | entro la prossima seduta |
      | da definire | contatto con il Centro culturale | entro maggio |
      | Segreteria | invio del verbale | entro fine mese |
      | don Michele | lettera dell'oratorio | fatto ✔ (10/02) |

      La prossima seduta è fissata per giovedì 20 marzo 2036, ore 17:30.

      La Presidente – dott.ssa Elena Marchetti · Il Segretario – dott. Luca Ferraro
      """, date: "2036-02-14")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["ing. Contini", "dott.ssa Marchetti", nil, "Segreteria", "don Michele"])
    #expect(extract.actions.map(\.due) == ["2036-03-15", "2036-03-20", "2036-05-31", "2036-02-29", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, false, true])
  }
}

/// A Brazilian ata written as one paragraph: its recommendations and charges listed as clauses
/// after a colon, set apart by semicolons ("recomenda-se à Câmara Municipal que …; recomenda-se
/// às igrejas …"), each read as an item; "ficou a cargo de X" names the owner before the verb,
/// "comprometeu-se a" and "ficou responsável por" take a task on, an aside "por meio da
/// conselheira …" is no part of the owner, and days written in words date them.
@Suite struct PortugueseAtaTests {
  @Test func clausesOfOneParagraph() throws {
    let extract = try SectionReadingTests.extract(
      """
      # ATA Nº 03/2036

      Aberta a sessão, foi lida a pauta. Passando ao terceiro item, após ampla discussão, ficou deliberado que o Conselho aprova, por unanimidade, as seguintes recomendações: recomenda-se à Câmara Municipal que aprove o projeto de lei do Fundo Municipal; recomenda-se às igrejas, terreiros e demais comunidades de fé que abram seus espaços aos sábados; e recomenda-se às associações de mulheres dos bairros que indiquem representantes para as comissões. Ficou ainda deliberado o seguinte: ficou a cargo da conselheira Dalva Teixeira Lins enviar aos conselheiros, até o dia vinte de março, a relação das escolas; a Secretaria Municipal de Assistência Social, por meio da conselheira Rosimeire Paixão de Araújo, ficou responsável por incluir as famílias nas rodas de conversa, no prazo de quinze dias; o conselheiro Genivaldo Moura comprometeu-se a trazer, até a próxima reunião, os dados do Conselho Tutelar; e ficou a cargo da Guarda Civil Municipal mapear os pontos sem iluminação até o final do mês. O senhor presidente informou que a próxima reunião ordinária será realizada no dia dezenove de abril.
      """, date: "2036-03-15")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["religious-leaders"], ["women-organisations"]])
    #expect(extract.actions.map(\.owner) == ["Dalva Teixeira Lins", "Secretaria Municipal de Assistência Social", "Genivaldo Moura", "Guarda Civil Municipal"])
    #expect(extract.actions.map(\.due) == ["2036-03-20", "2036-03-30", "2036-04-19", "2036-03-31"])
  }

  /// A sentence with a colon and semicolons whose clauses do not open alike is left whole.
  @Test func aSentenceOfMixedClausesStaysWhole() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      Three points stood out in the long exchange that followed the keynote and the two panels on the morning of the second day: funding was short in every district that reported; several mayors had not been consulted before the plan went to cabinet; donors should pool their money for the district forums.
      """, date: "2036-03-15")
    #expect(extract.recommendations.count == 1)
    #expect(extract.recommendations.first?.text.hasPrefix("Three points stood out") == true)
  }
}

/// A team's pre-mortem: the title "PRE-MORTEM — side event follow-up" opens no section; "To
/// prevent this we will" holds the team's tasks; initials the notes define ("ML = Mira Lenz") own
/// the task where a clause opens with them; a step taken only "IF … →" and a remark "(NOT added:
/// …)" are no items.
@Suite struct PreMortemTests {
  @Test func tasksOwnedByDefinedInitials() throws {
    let extract = try SectionReadingTests.extract(
      """
      # PRE-MORTEM — side event follow-up

      Thu 19/6 · office + Zoom · facilitation TO · notes JS

      Team: TO = Tomas Okri · ML = Mira Lenz · AB = Amin Bakari · JS = Jana Sol

      ## 3. To prevent this we will

      1. One owner for the whole follow-up: **ML**, with a tracker — set up by Mon 23/6.
      2. Handover note for every task; each owner writes their own; **ML** checks by Fri 4/7.
      3. IF the Holm Foundation says yes in July → **ML** moves the workshops to Sept. Only then.
      4. Hold 2 Oct in everyone's calendar (**TO** — done in the room ✔).

      ## 4. Asks to partners

      - **Ministry of Youth:** please name one contact person within 3 weeks.

      (NOT added: "ask the police to leave the youth panel" — AB wanted it, the rest said too early.)
      """, date: "2036-06-19")
    #expect(extract.actions.map(\.owner) == ["ML", "ML", "TO"])
    #expect(extract.actions.map(\.due) == ["2036-06-23", "2036-07-04", nil])
    #expect(extract.recommendations.map(\.actors) == [["governments"]])
  }

  /// A body's acronym after its name ("the Regional Office (RO)") is no person's initials, and
  /// initials inside a task, not opening a clause, own nothing.
  @Test func anAcronymIsNoPersonsInitials() throws {
    let extract = try SectionReadingTests.extract(
      """
      Team: Mira Lenz (ML), and the Regional Office (RO).

      ## Action points

      - Handover note; ML checks by Fri 4/7.
      - Send the file over by Fri 4/7; RO keeps a copy.
      - Share the file with ML by Fri 4/7.
      """, date: "2036-06-19")
    #expect(extract.actions.map(\.owner) == ["ML", nil, nil])
  }
}

/// A consultation's outcome: what respondents asked for, under "Summary of responses", is theirs,
/// not the body's; its own response gives the recommendations and tasks; a line of where to
/// write ("Enquiries: …@…") is none.
@Suite struct ConsultationResponseTests {
  @Test func respondentsViewsAreNoItems() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 3. Summary of responses

      Most respondents (71%) called for multi-year funding. Women's organisations urged the Department to ring-fence part of the Grant.

      ## 4. Recommendations

      We call on the online platforms to sign the voluntary code.

      ## 5. Next steps

      - The Prevention Unit will e-mail every respondent by 29 April 2037.

      Enquiries: prevention.consult@dcc.gov.sv · Prevention Unit, 4 Castle Wynd.
      """, date: "2037-02-10")
    #expect(extract.recommendations.map(\.actors) == [["private-sector"]])
    #expect(extract.actions.map(\.owner) == ["Prevention Unit"])
  }
}

/// A log exported from a spreadsheet where a comma is the decimal mark and pasted in a fence that
/// names its format ("```csv" over "Nr;Type;Description;Owner;Due;Status"): fields between
/// semicolons, a quoted field over two lines, each ACT row a task and each REC row a
/// recommendation, whatever section holds it.
@Suite struct SemicolonLogTests {
  @Test func aFencedLogWithSemicolons() throws {
    let extract = try SectionReadingTests.extract(
      """
      # Decision & action log

      ```csv
      Nr;Type;Description;Owner;Due;Status
      40;ACT;Send the outcome statement to all 62 participants;HK;12.10.2035;open
      43;ACT;"Cost report for the Stiftung; catering overspent by EUR 312,50
      – explain";SL;31.10.2035;open
      47;REC;"Stadt Nordhafen should open the youth centres on Friday evenings";HK;-;adopted
      54;INFO;"Ministry call: EUR 48.000,00 over 2 years";HK;-;-
      ```
      """, date: "2035-10-09")
    #expect(extract.actions.map(\.owner) == ["HK", "SL"])
    #expect(extract.actions.map(\.due) == ["2035-10-12", "2035-10-31"])
    #expect(extract.actions.map(\.line) == [10, 11])
    #expect(extract.recommendations.map(\.line) == [13])
  }
}

/// A Haitian commune council's minutes in Kreyòl: "Rekòmandasyon" holds the asks ("ta dwe", "Nou
/// ankouraje …"), "Kiyès | Kisa | Kilè" names the table of tasks and its columns, with deadlines
/// ("anvan 15 mas", "nan de semèn", "fen mwa a", "semèn pwochèn"), "poko gen moun" no one and
/// "fèt deja ✔" done; a calendar ("**Kalandriye:** …") and the signatures are no items.
@Suite struct HaitianCreoleMinutesTests {
  @Test func asksAndTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Rekòmandasyon

      1. Bayè yo ta dwe finanse pwojè jèn yo pou omwen 2 zan.
      2. Nou ankouraje pastè, prèt, imam, manbo ak ougan yo pou yo fè yon sèl mesaj ansanm.

      ## Kiyès | Kisa | Kilè

      | Kiyès | Kisa | Kilè | Remak |
      |---|---|---|---|
      | Majistra Pierre-Gousse | Ekri MICT pou lajan FGDT 2035 la | anvan 15 mas | |
      | Inspektè Bastien | Pote demann patwouy a pye a | nan de semèn | |
      | Délégué Saintil | Rankontre Radyo Vwa Ravin | fen mwa a | |
      | poko gen moun | Chèche lokal pou sant jèn nan | semèn pwochèn | |
      | Marie-Ange (sekretè) | Afiche lis komite yo | fèt deja ✔ (05/02) | |

      **Kalandriye:** Kanaval kòmanse dimanch 24/02; Premye Tab Dyalòg la: mèkredi 05/03/2036.

      *Sekretè: Marie-Ange Joachim · Apwouve pa Majistra W. Pierre-Gousse, 07/02/2036*
      """, date: "2036-02-06")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["Majistra Pierre-Gousse", "Inspektè Bastien", "Délégué Saintil", nil, "Marie-Ange"])
    #expect(extract.actions.map(\.due) == ["2036-03-15", "2036-02-20", "2036-02-29", "2036-02-15", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, false, true])
  }
}

/// A Greek municipal committee's minutes: "Προτάσεις προς Υπουργείο και Περιφέρεια" holds
/// lines lettered in Greek ("α.", "β.", "στ."), each its own ask to whom it names ("Προτείνεται στο
/// Υπουργείο …", "θα πρέπει"); "Πίνακας ενεργειών" holds the tasks, its columns "Ενέργεια",
/// "Υπεύθυνος", "Προθεσμία", with deadlines ("έως 15/3", "μέχρι το τέλος του μήνα", "σε δύο
/// εβδομάδες", "μέχρι την Πέμπτη"), "ολοκληρώθηκε" done.
@Suite struct GreekMinutesTests {
  @Test func asksAndTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Προτάσεις προς Υπουργείο και Περιφέρεια

      Η Επιτροπή διατυπώνει τις εξής προτάσεις:

      α. Προτείνεται στο Υπουργείο Παιδείας να επιτρέψει στα σχολεία να πληρώνουν διερμηνείς.
      β. Προτείνεται στην Περιφέρεια να επαναφέρει τους δύο διερμηνείς του Κέντρου Υγείας.
      στ. Τα τοπικά μέσα θα πρέπει να δίνουν τον λόγο στους ίδιους τους συλλόγους.

      ## Πίνακας ενεργειών

      | # | Ενέργεια | Υπεύθυνος | Προθεσμία |
      |---|---|---|---|
      | 1 | Πρώτη συνάντηση ομάδας | κα Αντωνίου | σε δύο εβδομάδες |
      | 2 | Λίστα εθελοντών διερμηνέων | σύλλογοι + ΚΚ | μέχρι το τέλος του μήνα |
      | 3 | Αίτημα στην Περιφέρεια | Αντιδήμαρχος | έως 15/3 |
      | 4 | Ανάρτηση του Πρακτικού | Γραμματεία | ολοκληρώθηκε ✔ (14/2) |
      | 5 | Ενημέρωση διευθυντών | κ. Ρήγας | μέχρι την Πέμπτη |
      """, date: "2036-02-19")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["local-authorities"], ["media"]])
    #expect(extract.actions.map(\.due) == ["2036-03-04", "2036-02-29", "2036-03-15", nil, "2036-02-21"])
    #expect(extract.actions.map(\.done) == [false, false, false, true, false])
  }
}

/// A Catalan town council's acta: "Recomanacions a la Generalitat i al Ministeri / Recommendations"
/// holds the asks, each under a bold line naming whom ("**A la Generalitat de Marenya**", "**Als
/// mitjans** (afegit per la presidenta)"); "Es convida" and "S'encoratja" ask; the table of
/// "Tasques" names its columns "Qui", "Què", "Quan", with deadlines ("abans del 15 de març",
/// "d'aquí a dues setmanes", "a finals de mes", "la setmana vinent", "abans de Sant Joan"), "per
/// determinar" no one and "fet ✔" done; the next session's day is no task.
@Suite struct CatalanActaTests {
  @Test func asksAndTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recomanacions a la Generalitat i al Ministeri / Recommendations

      **A la Generalitat de Marenya**

      a) Que el Departament d'Educació doti les tres escoles d'un educador social.

      **Als mitjans i a les comunitats religioses** (afegit per la presidenta)

      f) Es convida les comunitats religioses a organitzar una jornada de portes obertes.

      ## Tasques / Tasks

      | Qui | Què | Quan |
      |---|---|---|
      | Sr. Albesa (secretari) | Trametre les recomanacions | abans del 15 de març |
      | Regidora Bellmunt | Reunir les associacions de dones | d'aquí a dues setmanes |
      | Sr. Esteve | Estudiar l'obertura del Casal | a finals de mes |
      | Secretaria tècnica | Proposta de composició | la setmana vinent |
      | Tinenta d'alcalde Ribalta | Reunió amb el Departament | abans de Sant Joan |
      | per determinar | Traduir el fulletó | 15/05 |
      | Sr. Albesa | Penjar l'acta de gener | fet ✔ (10/02) |

      La propera sessió ordinària serà el dimecres 6 de maig de 2037 a les 18 h.
      """, date: "2037-02-25")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["religious-leaders"]])
    #expect(extract.actions.map(\.due) == ["2037-03-15", "2037-03-11", "2037-02-28", "2037-03-06", "2037-06-24", "2037-05-15", nil])
    #expect(extract.actions.map(\.owner) == ["Sr. Albesa", "Regidora Bellmunt", "Sr. Esteve", "Secretaria tècnica", "Tinenta d'alcalde Ribalta", nil, "Sr. Albesa"])
    #expect(extract.actions.last?.done == true)
  }
}

/// A task force's terms of reference: its deliverables table ("Deliverable | Lead | Deadline")
/// and its "First 30 days" list are its tasks; its ways of working are not.
@Suite struct TermsOfReferenceTests {
  @Test func deliverablesAndFirstDays() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 4. Deliverables

      | # | Deliverable | Lead | Deadline |
      |---|---|---|---|
      | D1 | Inventory of LPCs in the 14 municipalities | ADH + JM | 15 Dec 2036 |
      | D2 | Model LPC by-law with reserved seats | TR | 31 Mar 2037 |

      ## 5. Ways of working

      - Decisions are taken by consensus.

      ## 6. First 30 days (to 21 November 2036)

      1. SA: confirm in writing UNDP's in-kind support by 31 Oct.
      """, date: "2036-10-22")
    #expect(extract.actions.map(\.owner) == ["ADH + JM", "TR", "SA"])
    #expect(extract.actions.map(\.due) == ["2036-12-15", "2037-03-31", "2036-10-31"])
  }
}

/// A list of clauses longer than a sentence may be (`SentenceSplitter.maximumLength`) is divided
/// at its clauses first, so each clause is still read as an item.
@Suite struct LongClauseListTests {
  @Test func everyClauseOfALongList() throws {
    let clauses = (1...40).map { "recomenda-se à Câmara Municipal que aprove o projeto de lei número \($0) sobre a prevenção nos bairros" }
    let extract = try SectionReadingTests.extract(
      "# ATA\n\nFicou deliberado que o Conselho aprova as seguintes recomendações: " + clauses.joined(separator: "; ") + ".\n",
      date: "2036-03-15")
    #expect(clauses.joined(separator: "; ").utf8.count > SentenceSplitter.maximumLength)
    #expect(extract.recommendations.count == 40)
    #expect(extract.recommendations.allSatisfy { $0.text.hasPrefix("recomenda-se à Câmara Municipal") })
  }
}

/// A graphic recording described in words: a heading names a banner or a board and, in quotes,
/// the name written on it; the banner's flags are quoted whole after their labels, whom each asks
/// named first in capitals; the clipboard's lines are tasks, those struck out and told of are not.
@Suite struct DrawnWallTests {
  @Test func bannerFlagsAndClipboardLines() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Centre: the banner "WHAT WE ASK"

      - Flag 1 (blue): "CITY COUNCILS: PAY YOUNG PEOPLE FOR THEIR TIME ON SAFETY COMMITTEES"
      - Flag 2 (green): "NATIONAL GOVT: NO CURFEWS FOR UNDER-18s WITHOUT ASKING YOUTH COUNCILS FIRST"
      - Flag 6 (green): "YOUTH ORGS: BRING THE KIDS WHO NEVER COME TO MEETINGS"

      ## Bottom left: the clipboard "WHO DOES WHAT"

      - ☐ "Map the youth groups that weren't in the room · Port Veyra Youth Council · before summer forum"
      - ☑ "Book Hall B again for the follow-up · Forum team · DONE today"

      Two more lines are crossed out with a red X: "Youth hackathon · Kiri · April" (dropped, no money).

      ## Bottom right: the sun of dates

      A yellow sun whose rays carry dates: "YOUTH COUNCIL ELECTIONS 30 APRIL", "SUMMER FORUM 18 JUNE, OSTRIN".
      """, date: "2037-03-04")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["governments"], ["youth-organisations"]])
    #expect(extract.actions.map(\.owner) == ["Port Veyra Youth Council", "Forum team"])
    #expect(extract.actions.map(\.due) == ["2037-06-18", nil])
    #expect(extract.actions.map(\.done) == [false, true])
  }

  /// A heading quotes a name only at its end, after what bears it; a heading all quote, or one
  /// that quotes in its middle, is read as it stands.
  @Test(arguments: [
    ("Centre: the banner \"WHAT WE ASK\"", SectionID.recommendations),
    ("Flipchart 3 \u{2013} \u{201C}Next steps\u{201D}", .actions),
    ("The \"Recommendations\" of 2031 revisited", nil),
  ])
  func quotedNames(_ heading: String, _ expected: SectionID?) {
    #expect(SectionCatalog.standard.section(forHeading: heading) == expected)
  }
}

/// A Romanian proces-verbal: "Recomandări către …" with "Se recomandă X să …" clauses and "sunt
/// rugați să", a "Plan de acțiune" table (Acțiune | Responsabil | Termen), a title kept before a
/// surname alone and dropped before a full name (the body a person comes from kept in brackets
/// after the name, as owners are shown elsewhere), "nestabilit" no one, "realizat ✔" done, and a
/// promise in the discussion ("s-a angajat să") or a decision ("va convoca … până la …").
@Suite struct RomanianMinutesTests {
  @Test func procesVerbal() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discuții

      Dna Ilinca Sârbu (Fundația „Punți") s-a angajat să trimită secretariatului, până vineri, lista familiilor.

      ## Hotărâri

      1. Se constituie Grupul de lucru mixt. Dna Lăcrămioara Rusu (DGASPC) va convoca prima reuniune până la 06.03.2036.

      ## Recomandări către Ministerul Afacerilor Interne și Prefectura Orlea

      a) Se recomandă Ministerului Afacerilor Interne să finanțeze toate posturile de mediator comunitar.
      b) Se recomandă primăriilor din județ să angajeze mediatori din rândul comunității.
      c) Preoții și pastorii sunt rugați să sprijine întâlnirile cu părinții.

      ## Plan de acțiune

      | Nr. | Acțiune | Responsabil | Termen |
      |---|---|---|---|
      | 1 | Transmiterea recomandărilor | dna Murgu | până la 15 martie |
      | 2 | Întâlnire cu părinții | primar Ion Bădescu | săptămâna viitoare |
      | 3 | Anunțul pentru posturile vacante | nestabilit | în termen de două săptămâni |
      | 4 | Iluminat public pe str. Fântânii | Primăria Orlea-Mare | realizat ✔ (09.02.2036) |
      """, date: "2036-02-19")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["local-authorities"], ["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["Ilinca Sârbu (Fundația „Punți\")", "Lăcrămioara Rusu (DGASPC)", "dna Murgu", "Ion Bădescu", nil, "Primăria Orlea-Mare"])
    #expect(extract.actions.map(\.due) == ["2036-02-22", "2036-03-06", "2036-03-15", "2036-02-29", "2036-03-04", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, false, false, true])
  }
}

/// A planner's fields under a task ("when: This Evening", "where: Town Hall") say when or where,
/// not who; a name after a task's last colon still owns it.
@Suite struct PlannerFieldTests {
  @Test func fieldsAreNoOwners() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - [ ] Collect the printed district maps by 2036-03-19 #Errand
        when: This Evening
      - [ ] Book the minibus for the tour by 2036-03-20
        where: Town Hall
      - [ ] Letter to the three district youth officers: Kofi Boateng, by 2036-03-27
      """, date: "2036-03-17")
    #expect(extract.actions.map(\.owner) == [nil, nil, "Kofi Boateng"])
    #expect(extract.actions.map(\.due) == ["2036-03-19", "2036-03-20", "2036-03-27"])
  }
}

/// A chat group's export: a sender's line in bold with the time, the message under it; a pinned
/// "who does what" list whose title is the last line of a message, "Name → task" lines owning
/// their tasks; bulleted asks grouped under bold "To …" lines in one message; a bold day between
/// messages, from which "today" counts.
@Suite struct ChatGroupExportTests {
  @Test func pinnedListAndGroupedAsks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Group export

      **Selin Arat** (admin) · 20:35 edited
      📌 **AGREED AFTER THE SIDE EVENT: who does what**
      1. Nilu → reporting form in Lissan, within 10 days
      2. Tomas + Aida → one sheet with the Sept incident logs, by 31.10
      3. ??? → hotline numbers list for all 4 districts

      **Selin Arat** (admin) · 23:04
      🌙 **End-of-day summary**. What we asked for in the room:
      **To the Ministry of Interior**
      ▪️ Publish the draft monitoring protocol and give monitors 30 days to comment.
      ▪️ Drop the rule that monitors must register with the district police.
      **To donors (UNDP window, others)**
      ▪️ Fund monitors' phone credit, transport and insurance.

      **15 October 2036**

      **Lena Marsh** · 08:40
      morning! I'll send the Lisk Sept log to Tomas today, it's on my laptop
      """, date: "2036-10-14")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["Nilu", "Tomas + Aida", nil, "Lena Marsh"])
    #expect(extract.actions.map(\.due) == ["2036-10-24", "2036-10-31", nil, "2036-10-15"])
  }

  /// A wiki's task list: "@First Last" mentions a whole name before the verb, "//24 Apr 2037" a
  /// date; a done task's day in brackets is the day it was done.
  @Test func wikiTaskList() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      - [ ] @Lina Farrokh circulate the final joint messages to all partners //24 Apr 2037
      - [ ] @Dev Rao gender review of the MTR terms of reference
      - [x] SKL: signed declarations filed on the procurement file (22.04, during the meeting)
      """, date: "2037-04-22")
    #expect(extract.actions.map(\.owner) == ["Lina Farrokh", "Dev Rao", "SKL"])
    #expect(extract.actions.map(\.due) == ["2037-04-24", nil, nil])
  }
}

/// A Bosnian zapisnik: "Preporuke prema …" with "preporučuje se da", "treba", "se poziva da";
/// "Zadaci" (Zadatak | Nosilac | Rok) with Bosnian deadlines, "nije određen" no one and
/// "realizovano ✔" done; undertakings in the discussion ("je preuzeo obavezu da", "je rekao da
/// će") and a charge among the conclusions ("Zadužuje se X da …"); the signatures and the list of
/// those the minutes go to are no tasks.
@Suite struct BosnianMinutesTests {
  @Test func zapisnik() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Tok sjednice

      Komandir Lipovača je preuzeo obavezu da policija do 1. marta uvede pješačke patrole, a g. Ivković je rekao da će do petka obići Ulicu rikanskih brigada.

      ## Zaključci

      1. Zadužuje se Služba za finansije da u roku od 30 dana pripremi procjenu troškova rasvjete.

      ## Preporuke prema Ministarstvu i Kantonu

      a) MUP-u Kantona Srednja Rika preporučuje se da pismeno potvrdi raspored četiri policajca.
      b) Općinsko vijeće treba kroz rebalans budžeta osigurati sredstva za rasvjetu.
      c) Međunarodni donatori se pozivaju da podrže višegodišnje programe za mlade.

      ## Zadaci

      | Zadatak | Nosilac | Rok |
      |---|---|---|
      | Dostaviti preporuke MUP-u i Vladi Kantona | sekretar Savjeta gđa Hurtić | u roku od dvije sedmice |
      | Izraditi mapu sigurnih tačaka | gđa Karup | do 15. marta |
      | Pokrenuti sedmičnu emisiju na radiju | g. Durić | naredne sedmice |
      | Obuka nastavnika | nije određen | do kraja mjeseca |
      | Solarne lampe na pješačkom mostu | Služba civilne zaštite | realizovano ✔ (10.02.) |

      Zapisnik vodila: Amra Hurtić, s.r.

      Dostaviti: članovima Savjeta, a/a.
      """, date: "2036-02-12")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["local-authorities"], ["donors"]])
    #expect(extract.actions.map(\.owner) == [
      "Komandir Lipovača", "g. Ivković", "Služba za finansije", "sekretar Savjeta gđa Hurtić", "gđa Karup", "g. Durić", nil, "Služba civilne zaštite",
    ])
    #expect(extract.actions.map(\.due) == ["2036-03-01", "2036-02-15", "2036-03-13", "2036-02-26", "2036-03-15", "2036-02-22", "2036-02-29", nil])
    #expect(extract.actions.last?.done == true)
  }
}

/// A Ukrainian протокол: "Рекомендувати старостам …", addressees first before a dash
/// ("Міжнародним партнерам – …"), a "План дій" table (Захід | Відповідальний | Термін) with
/// Ukrainian deadlines, "не визначено" no one, "виконано ✔" done, the next meeting the decisions
/// name, and an office after the owner's name set aside.
@Suite struct UkrainianMinutesTests {
  @Test func protokol() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 3. ВИРІШИЛИ / Decided

      1. Рекомендувати старостам Лугового округу щомісяця проводити зустрічі з ВПО.
      2. Наступне засідання провести 19.05.2037 о 14:00.

      ## 4. Рекомендації до Міністерства та ОДА

      1. Міжнародним партнерам – спрямовувати частину коштів безпосередньо організаціям ВПО.
      2. Місцевим ЗМІ – не називати ВПО «біженцями».

      ## 5. План дій

      | № | Захід | Відповідальний | Термін |
      |---|---|---|---|
      | 1 | Направити рекомендації до Міністерства | Лисенко Г.М., секретар ради | протягом двох тижнів |
      | 2 | Скласти реєстр ВПО з інвалідністю | Мельник Т.А. | до 15 березня |
      | 3 | Провести збори мешканців | пані Коваль | до кінця місяця |
      | 4 | Група психологічної підтримки | не визначено | квітень 2037 |
      | 5 | Пандус біля входу до ЦНАП | Управління ЖКГ | виконано ✔ (20.02.2037) |
      | 6 | Інформація про виконання Плану дій | Петренко О.В. | до наступного засідання |
      """, date: "2037-02-24")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["donors"], ["media"]])
    #expect(extract.actions.map(\.owner) == ["Лисенко Г.М.", "Мельник Т.А.", "пані Коваль", nil, "Управління ЖКГ", "Петренко О.В."])
    #expect(extract.actions.map(\.due) == ["2037-03-10", "2037-03-15", "2037-02-28", "2037-04-30", nil, "2037-05-19"])
    #expect(extract.actions.map(\.done) == [false, false, false, false, true, false])
  }
}

/// A house's record of motions: each motion quoted, then the house's verdict in a paragraph of its
/// own. The verdict is no item; a motion the house turned down is none either, nor one withdrawn,
/// nor the Speaker leaving the Chair.
@Suite struct HouseVerdictTests {
  @Test func motionsAndVerdicts() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Motions for Resolutions

      *Motion 2* (Mr Tobias Ferreira, Eastbank):
      > That this House urges Halvenna City Council to keep the youth centres open until 22.00 on Fridays.

      Agreed to, Ayes 38, Noes 6.

      *Motion 7* (Ms Grete Solano, Hill Ward):
      > That this House calls on Halvenna City Council to install CCTV cameras in all school corridors.

      *The House divided:* Ayes 12, Noes 32. Motion negatived.

      *Motion 8* (Ms Maja Ortiz-Lund, Old Town):
      > That this House calls on local newspapers and radio to stop naming young people who are arrested but not charged.

      Agreed to on a voice vote.

      *Motion 9* (Mr Daniel Reyes-Holm, Northgate), calling for a national youth parliament, was by leave withdrawn.

      *The Speaker left the Chair at 3.22 pm.*
      """, date: "2035-11-28")
    #expect(extract.recommendations.map(\.line) == [9, 19])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["media"]])
  }
}

/// A Kinyarwanda community meeting's report: "Ibyifuzo" addressed item by item ("Akarere
/// karasabwa …", "Minisiteri … ikwiye …", "Abafatanyabikorwa barasabwa …"), an "Ibikorwa" table
/// (Igikorwa | Ushinzwe | Igihe) with Kinyarwanda deadlines, "ntawe urashyirwaho" no one and
/// "byakozwe ✔" done.
@Suite struct KinyarwandaMinutesTests {
  @Test func umuganda() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Ibyifuzo (Recommendations) ku Karere no kuri Minisiteri

      1. Akarere karasabwa kubaka ikigo cy'urubyiruko i Kabuhanga.
      2. Minisiteri y'Uburezi ikwiye gushyira amasomo yo kumenya ibihuha mu nteganyanyigisho.
      3. Abafatanyabikorwa barasabwa gutanga inkunga y'imyaka itatu.

      ## Ibikorwa (Actions)

      | Igikorwa | Ushinzwe | Igihe |
      |---|---|---|
      | Gushyikiriza Akarere ibyifuzo by'inteko | Gitifu w'Akagari Habineza | mu byumweru bibiri |
      | Urutonde rw'urubyiruko rudafite akazi | Mudugudu wa Rugarama | bitarenze tariki 15 Werurwe |
      | Inama n'ababyeyi ku biyobyabwenge | Umujyanama Uwingabire | mbere y'impera z'ukwezi kwa Gashyantare |
      | Gusana amatara 3 ku isoko | ntawe urashyirwaho | icyumweru gitaha |
      | Gusana inzira y'ishuri | Abakuru b'Imidugudu | byakozwe ✔ |
      """, date: "2037-01-31")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["Gitifu w'Akagari Habineza", "Mudugudu wa Rugarama", "Umujyanama Uwingabire", nil, "Abakuru b'Imidugudu"])
    #expect(extract.actions.map(\.due) == ["2037-02-14", "2037-03-15", "2037-02-28", "2037-02-06", nil])
    #expect(extract.actions.last?.done == true)
  }
}

/// A project board exported to Markdown: the card pinned for the agreed recommendations holds them
/// in its quoted body; the cards in the "Won't do" column are no tasks.
@Suite struct ProjectBoardTests {
  @Test func pinnedCardAndWontDo() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 📌 Pinned

      - 📌 **Agreed recommendations (side event 26 Mar) — read-only, do not close** (#1) — no assignees
        > Read out by the co-chairs and agreed by the room.
        >
        > 1. The Ministry of Interior should publish the draft plan in plain language.
        > 2. Donors should fund youth-led groups directly through small grants.

      ## Todo (1)

      - [ ] Send the pinned recommendations to the Ministries (#3) — @mira-okonkwo — 📅 2036-04-03

      ## Won't do (1)

      - [x] Recommend age checks for every social media account (#19) — @mira-okonkwo — closed as not planned 2036-03-27
      """, date: "2036-03-26")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["mira-okonkwo"])
  }
}

/// A Malagasy tatitra: "Soso-kevitra" whose items name whom they are for before a colon ("**Ho
/// an'ny Minisiteran'ny Fitsarana:** …", "**Aux partenaires techniques et financiers :** …"), an
/// "Asa atao" table (Iza | Inona | Rahoviana) with Malagasy deadlines, "mbola tsy voatendry" no
/// one and "vita ✔" done; the closing line is no task.
@Suite struct MalagasyMinutesTests {
  @Test func tatitra() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Soso-kevitra ho an'ny Minisitera sy ny Faritra

      1. **Ho an'ny Minisiteran'ny Fitsarana:** mangataka ny fivoriana mba hohafainganina ny homologation ny dina.
      2. **Aux partenaires techniques et financiers (PTF) :** les PTF sont invités à financer directement les KFF.

      ## Asa atao

      | Iza | Inona | Rahoviana |
      |---|---|---|
      | Ramatoa Razanamparany Lova (SG) | Nandefa ny taratasy fanasana | vita ✔ (05/02) |
      | Filohan'ny fokontany tsirairay | Handefa ny lisitry ny fifanolanana | alohan'ny 15 martsa |
      | Ben'ny tanàna | Hanoratra amin'ny Minisiteran'ny Atitany | amin'ny herinandro ho avy |
      | *mbola tsy voatendry* | Hanonta boky fanoratana | ao anatin'ny herinandro roa |

      Nakatona tamin'ny 12 ora sy 55 minitra ny fivoriana.
      """, date: "2036-02-12")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["Ramatoa Razanamparany Lova (SG)", "Filohan'ny fokontany tsirairay", "Ben'ny tanàna", nil])
    #expect(extract.actions.map(\.due) == [nil, "2036-03-15", "2036-02-22", "2036-02-26"])
    #expect(extract.actions.first?.done == true)
  }
}

/// An issue tracker's export: each issue a heading over its listed fields ("- **Assignee:** …",
/// "- **Due date:** …"), its description and comments after them; an issue closed undone is no
/// task. A grid of records with a type column: each row what its type says.
@Suite struct IssueTrackerExportTests {
  @Test func issuesWithListedFields() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Todo

      ### PVE-41 · Draft outcome note for the secretariat
      - **Status:** Todo
      - **Assignee:** Nadia Ferreira-Okoth
      - **Due date:** Oct 8, 2036
      - **Priority:** High

      Promised from the podium, needs to go out soon.

      ### PVE-43 · Compile the focal points' contacts
      - **Status:** Todo
      - **Assignee:** No assignee
      - **Due date:** Oct 31, 2036

      ## Done

      ### PVE-44 · Send the panellists their notes
      - **Status:** Done
      - **Assignee:** Lina Haddad
      - **Due date:** Sep 26, 2036

      ### PVE-45 · Book a webinar with the platforms
      - **Status:** Canceled
      - **Assignee:** Lina Haddad
      - **Due date:** Oct 15, 2036
      """, date: "2036-09-24")
    #expect(extract.actions.map(\.line) == [8, 16, 23])
    #expect(extract.actions.map(\.owner) == ["Nadia Ferreira-Okoth", nil, "Lina Haddad"])
    #expect(extract.actions.map(\.due) == ["2036-10-08", "2036-10-31", "2036-09-26"])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }

  @Test func gridWithATypeColumn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Outcomes tracker

      | Record | Type | Text | Addressed to | Owner | Due | Status |
      |---|---|---|---|---|---|---|
      | OUT-201 | Recommendation | Municipal councils should create two youth seats on every peace committee | Local authorities | | | Agreed |
      | OUT-203 | Action | Circulate the summary to panellists | | [Forum Secretariat] | 19/11/2036 | To do |
      | OUT-217 | Note | A speaker said companies should not be forced to hire locally | | | | |
      """, date: "2036-11-12")
    #expect(extract.recommendations.map(\.line) == [10])
    #expect(extract.recommendations.first?.actors == ["local-authorities"])
    #expect(extract.actions.map(\.owner) == ["Forum Secretariat"])
    #expect(extract.actions.map(\.due) == ["2036-11-19"])
  }
}

/// An outliner's export (Bike, Logseq): every row a list item, headings too ("- ## Next steps"
/// over "\t- [ ] …"), read as the document it outlines; a date chip in angle brackets; the day a
/// card says someone was asked, which is no deadline.
@Suite struct OutlinerExportTests {
  @Test func headedRowsAreSections() throws {
    let extract = try SectionReadingTests.extract(
      "- # Youth scorecards\n\t- Outlined live.\n- ## Recommendations\n\t- Donors should fund the youth councils for three years.\n"
        + "- ## Next steps\n\t- [ ] Tariq Aziz to share the terms with the districts by <2037-02-25>\n"
        + "\t- [ ] District treasurers to send the figures<br>asked at the clinic on Wednesday, no reply so far\n"
        + "\t- [ ] Amara to send the list on Friday\n", date: "2037-02-11")
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.recommendations.first?.actors == ["donors"])
    #expect(extract.actions.map(\.line) == [11, 12, 13])
    #expect(extract.actions.map(\.due) == ["2037-02-25", nil, "2037-02-13"])
  }

  @Test func aListWithOneHeadedRowIsNoOutline() {
    let text = "- # Title\n\t- a row\n- another row\n"
    #expect(HeadedOutline.flattened(text) == text)
    #expect(HeadedOutline.flattened("- ## A\n\t- one\n- ## B\n  - two\n- three\n  - four\n") == "## A\n- one\n## B\n- two\n- three\n  - four\n")
  }
}

/// A report's numbered paragraph that leads into lettered ones ("14. The Commission recommends
/// that:" over "(a) the Ministry of Interior suspend …"), and the line saying who issued it.
@Suite struct NumberedLeadInTests {
  @Test func letteredParagraphsAfterALeadIn() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recommendations

      14. The Commission recommends that:

      (a) the Ministry of Interior suspend the use of detention orders against children;

      (b) media houses refrain from publishing the names of child detainees; and

      (c) civil society organisations continue to document cases.

      *Issued by the Secretariat, National Human Rights Commission of Kestrania, 5 August 2037.*
      """, date: "2037-07-22")
    #expect(extract.recommendations.map(\.line) == [10, 12, 14])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["media"], ["civil-society"]])
    #expect(extract.actions.isEmpty)
  }
}

/// A mind map exported as nested bullets: branches marked with an icon ("📣 Asks", "✅ Next
/// steps"), whom asks are for on a sub-branch ("🏛️ → City council"), a task's owner and date as
/// its sub-nodes ("👤 Oona", "📅 28 Nov").
@Suite struct MindMapExportTests {
  @Test func iconBranchesAndSubNodes() throws {
    let extract = try SectionReadingTests.extract(
      """
      # Youth, online hate & the city

      - 📣 Asks
          - 🏛️ → City council
              - restore evening hours in the four youth centres
          - 💶 → Donors / foundations
              - pay youth workers' salaries
      - ✅ Next steps
          - draft one-page reporting form
              - 👤 Mirela Stoica
              - 📅 28 Nov
          - faith leaders roundtable
              - 👤 Rashid Benali
              - 📅 before the festival (12 Dec)
      """, date: "2036-11-05")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["donors"]])
    #expect(extract.actions.map(\.line) == [14, 17])
    #expect(extract.actions.map(\.owner) == ["Mirela Stoica", "Rashid Benali"])
    #expect(extract.actions.map(\.due) == ["2036-11-28", "2036-12-12"])
  }
}

/// A communiqué's lead-ins: "The Caucus resolves to:" over its own undertakings, "The Caucus
/// calls upon:" over lettered paragraphs, each addressed to whom it opens with.
@Suite struct CommuniqueLeadInTests {
  @Test func resolvesToAndCallsUpon() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Communiqué

      **The Caucus resolves to:**

      1. table written questions to the Minister before the recess begins on 10 July 2037 (Ardis Velkova);
      2. hold a public hearing with the platforms in September 2037, convened by Yusra Hadane.

      **The Caucus calls upon:**

      (a) the Government to fund municipal prevention partnerships through multi-year budget lines;

      (b) news media to adopt guidelines on reporting local incidents.
      """, date: "2037-05-14")
    #expect(extract.actions.map(\.owner) == ["Ardis Velkova", "Yusra Hadane"])
    #expect(extract.actions.map(\.due) == ["2037-07-10", "2037-09-30"])
    #expect(extract.recommendations.map(\.line) == [15, 17])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["media"]])
  }
}

/// An ombudsperson's follow-up: a long first heading over the note's own sections is its title,
/// and a table of earlier recommendations with how far each is implemented gives no item, bar a
/// task its remarks give.
@Suite struct FollowUpTableTests {
  @Test func earlierRecommendationsAndTheirStatus() throws {
    let extract = try SectionReadingTests.extract(
      """
      # Follow-up to the 2035 special report

      *Notes by J. Weyl, table as projected.*

      ## Introduction

      The Office asked every addressee for information.

      ## Follow-up table

      | No. | Recommendation (2035 report) | Addressee | Status | Comment |
      |---|---|---|---|---|
      | 3 | Amend Art. 12 of the Prevention Act | Ministry of the Interior | Partly | Finance Manager to complete the register by 31 March 2037 |
      | 4 | Publish annual statistics on referrals | Ministry of the Interior | Implemented | Published April 2036 |

      ## New recommendations

      R-2036/4. Municipalities should publish each year how many residents were referred.
      """, date: "2036-12-10")
    #expect(extract.recommendations.map(\.line) == [23])
    #expect(extract.actions.map(\.owner) == ["Finance Manager"])
    #expect(extract.actions.map(\.due) == ["2037-03-31"])
  }
}

/// An Albanian procesverbal's decisions: the fields under each ("Përgjegjës: … · Afati: …") and
/// its deadlines ("deri në fund të prillit", "brenda dy javëve", "më 21 maj 2037").
@Suite struct AlbanianMinutesTests {
  @Test func decisionsWithFields() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Vendime *(Decisions)*

      1. Miratohet në parim projekt-plani vendor.
      2. Drejtoria e Shërbimeve Sociale të përfshijë ndryshimet dhe ta paraqesë planin.
         Përgjegjës: Gentian Lleshi · Afati: 31 mars 2037
      3. Ngrihet grupi i punës për sigurinë në shkolla.
         Përgjegjës: Mirela Gjoni · Afati: brenda dy javëve *(within two weeks)*
      """, date: "2037-02-19")
    #expect(extract.actions.map(\.owner) == ["Gentian Lleshi", "Mirela Gjoni"])
    #expect(extract.actions.map(\.due) == ["2037-03-31", "2037-03-05"])
  }

  @Test func deadlines() {
    let date = CalendarDate(year: 2037, month: 2, day: 19)
    #expect(DueDateResolver.find(in: "Afati: deri në fund të prillit", sessionDate: date)?.date.description == "2037-04-30")
    #expect(DueDateResolver.find(in: "ta paraqesë listën deri më 21 maj 2037", sessionDate: date)?.date.description == "2037-05-21")
    #expect(DueDateResolver.find(in: "brenda 10 ditëve", sessionDate: date)?.date.description == "2037-03-01")
    #expect(DueDateResolver.find(in: "javën e ardhshme", sessionDate: date) != nil)
  }
}

/// A day's programme drawn as a Mermaid chart in the agenda ("dateFormat HH:mm") holds no tasks;
/// "Everyone …" addresses no one in particular.
@Suite struct ProgrammeChartTests {
  @Test func agendaChartAndEveryone() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Agenda

      ```mermaid
      gantt
          dateFormat HH:mm
          section Programme
          Opening            :a1, 09:00, 15m
          Mediators          :a2, 09:10, 40m
      ```

      ## Recommendations

      - Everyone has a place on the canvas, not only the people with budgets.
      """, date: "2036-11-18")
    #expect(extract.actions.isEmpty)
    #expect(extract.recommendations.count == 1)
    #expect(extract.recommendations.first?.evidence.contains { $0.rule == "addressee" } == false)
  }
}

/// A Czech commission's resolutions: "Komise doporučuje X …" addressing X, a resolution that
/// leads into lettered lines of one paragraph, and a vote's tally on a line of its own.
@Suite struct CzechResolutionsTests {
  @Test func resolutionsAndLetteredLines() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Usnesení

      **Usnesení č. 3/2037/3** – Komise doporučuje Radě města Brodětín:

      a) zařadit do Plánu prevence samostatné opatření s rozpočtem nejméně 450 000 Kč ročně;
      b) zřídit při komisi stálou pracovní skupinu pro prevenci radikalizace.

      (7–0–1)

      **Usnesení č. 3/2037/6** – Komise doporučuje Ministerstvu vnitra umožnit financovat víceleté projekty. (8–0–0)
      """, date: "2037-03-11")
    #expect(extract.recommendations.map(\.line) == [10, 11, 15])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["local-authorities"], ["governments"]])
  }
}

/// A diplomat's readout: "FOR ACTION — DESK: task" lines under "FOR ACTION", one "FOR
/// INFORMATION" line that asks for nothing, and a task done whose day stands in brackets.
@Suite struct ReadoutForActionTests {
  @Test func forActionLines() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### FOR ACTION

      - FOR ACTION — MAREND DESK: circulate this readout to the distribution above by COB Friday.
      - FOR ACTION — STABILISATION DEPT: submission to the Director on the funding ask, by 10 October.
      - FOR ACTION — MAREND DESK: send the evaluation summary. DONE (sent from the room, 24/9).
      - FOR INFORMATION — MISSION NEW YORK: no action required.
      """, date: "2036-09-24")
    #expect(extract.actions.map(\.owner) == ["MAREND DESK", "STABILISATION DEPT", "MAREND DESK"])
    #expect(extract.actions.map(\.due) == ["2036-09-26", "2036-10-10", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A post written up after an event: a line marked with an icon that names a section ("🗣️ My
/// asks to…", "🚀 What's next") opens it for the icon-marked lines after it, one item each, until
/// a paragraph with no icon.
@Suite struct IconSectionLineTests {
  @Test func postWithIconLines() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Post

      I almost skipped this side event.

      🗣️ My asks to…

      👉 Donors: fund three-year municipal cohesion posts, not six-month pilots.

      🚀 What's next

      📝 @Priya Ramaswamy and I will turn the notes into a checklist, out by 15 October.
      📊 @Tomás Echeverría to map the cities' cohesion officers, by end of next week.

      If we can find a city willing to host, we might run a simulation next year. No promises.
      """, date: "2037-09-23")
    #expect(extract.recommendations.map(\.line) == [12])
    #expect(extract.recommendations.first?.actors == ["donors"])
    #expect(extract.actions.map(\.line) == [16, 17])
    #expect(extract.actions.map(\.due) == ["2037-10-15", "2037-10-02"])
  }
}

/// A decision whose last lines give its owner and deadline as fields, in the notes' language, is
/// that one's task wherever it stands; Hungarian and Czech deadlines; a role written after a name.
@Suite struct FieldLinesTaskTests {
  @Test func hungarianDecisionsWithTheirFields() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 3. napirendi pont

      **17/2037. (III. 4.) sz. határozat:** A bizottság felkéri a referenst, hogy lakossági fórumot szervezzen.
      Felelős: Molnár Tibor közbiztonsági referens
      Határidő: 2037. április 15.

      **16/2037. (III. 4.) sz. határozat:** A bizottság felkéri az alpolgármestert, hogy a tervet terjessze elő.
      Felelős: Dr. Lengyel Katalin alpolgármester
      Határidő: a Képviselő-testület 2037. március 26-i ülése

      Molnár Tibor referens ismerteti a korábbi határozatot: „Felelős: polgármester. Határidő: 2036. december 31.”
      """, date: "2037-03-04")
    #expect(extract.actions.map(\.line) == [8, 12])
    #expect(extract.actions.map(\.owner) == ["Molnár Tibor", "Lengyel Katalin"])
    #expect(extract.actions.map(\.due) == ["2037-04-15", "2037-03-26"])
    #expect(extract.actions.map(\.rule) == ["cue:owner-and-deadline-fields", "cue:owner-and-deadline-fields"])
  }

  @Test func labelledRecordsAndLeadInsAreNotOneTask() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      The following was agreed:
      Owner: Secretariat
      Deadline: 15 April 2037

      Is the hall free on Friday?
      Owner: Secretariat
      Deadline: 15 April 2037
      """, date: "2037-03-04")
    #expect(extract.actions.isEmpty)
  }

  @Test func hungarianAndCzechDeadlines() {
    let date = CalendarDate(year: 2037, month: 3, day: 4)
    let due = { (text: String) in DueDateResolver.find(in: text, sessionDate: date)?.date.description }
    #expect(due("Határidő: 2037. április 15.") == "2037-04-15")
    #expect(due("Határidő: április 30-ig") == "2037-04-30")
    #expect(due("Határidő: 30 napon belül") == "2037-04-03")
    #expect(due("Határidő: két héten belül") == "2037-03-18")
    #expect(due("Határidő: 2037. 03. 11.") == "2037-03-11")
    #expect(due("Termín: do 15. března 2037") == "2037-03-15")
    #expect(due("Termín: do konce dubna") == "2037-04-30")
    #expect(due("Termín: do dvou týdnů") == "2037-03-18")
    #expect(due("Version 2037.03.11 was released") == nil)
  }

  @Test func aRoleAfterANameIsNoPartOfIt() {
    #expect(Extractor.droppingRoleAfterName("Oláh Renáta intézményvezető") == "Oláh Renáta")
    #expect(Extractor.droppingRoleAfterName("Youth Forum secretariat") == "Youth Forum secretariat")
    #expect(Extractor.droppingRoleAfterName("Education Cluster coordinator") == "Education Cluster coordinator")
    #expect(Extractor.droppingRoleAfterName("Sara Lind") == "Sara Lind")
  }
}

/// Finnish minutes, an assistant's action items, a review matrix, a board's sticky notes and a
/// tracker's shorthand dates.
@Suite struct MinutesBoardsAndMatricesTests {
  @Test func finnishMinutes() throws {
    let extract = try SectionReadingTests.extract(
      """
      **§ 6 Yhteistyö**

      Työryhmä suosittelee, että hyvinvointialue ja kaupunki sopivat yhteisestä ilmoitusmallista.
      Työryhmä suosittelee, että alueen työnantajat tarjoavat harjoittelupaikkoja nuorille.

      Päätös: Työryhmä päätti valmistella ilmoitusmallin luonnoksen.
      Vastuuhenkilö: Hannu Vesterinen
      Aikataulu: 30.4.2037

      Tehtävä (task): hakemuksen valmistelu. Vastuuhenkilö: Riikka Halonen. Aikataulu: maaliskuun loppuun mennessä.
      """, date: "2037-03-10")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["private-sector"]])
    #expect(extract.actions.map(\.owner) == ["Hannu Vesterinen", "Riikka Halonen"])
    #expect(extract.actions.map(\.due) == ["2037-04-30", "2037-03-31"])
    let date = CalendarDate(year: 2037, month: 3, day: 10)
    #expect(DueDateResolver.find(in: "kahden viikon kuluessa", sessionDate: date)?.date.description == "2037-03-24")
    #expect(DueDateResolver.find(in: "ensi viikon perjantaihin mennessä", sessionDate: date)?.date.description == "2037-03-20")
  }

  @Test func ownersSetOffByADash() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      1. **Tomás Ferreira** — Circulate the draft terms of reference by end of May.
      2. UNDP – Set up a shared online folder within two weeks.
      3. Funding — Send the proposal to the board.
      """, date: "2037-05-14")
    #expect(extract.actions.map(\.owner) == ["Tomás Ferreira", "UNDP", nil])
  }

  @Test func reviewMatrixKeepsOpenRecommendations() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recommendations

      | Rec. no. | Recommending State | Recommendation | Response | Follow-up body | Status |
      |---|---|---|---|---|---|
      | 142.17 | Estravia | Adopt a national action plan with civil society | Supported | Ministry of Interior | Drafting started |
      | 142.23 | Sarnland | Establish a national human rights institution | Supported | Parliament | Implemented: established March 2035 |
      """, date: "2036-11-12")
    #expect(extract.recommendations.map(\.line) == [10])
    #expect(extract.actions.isEmpty)
  }

  @Test func stickyNotesAndTheirBoard() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Frame 3: Asks — who should do what?

      - [green] Donors: stop funding 6-month pilots — Marco D. (votes: 8)

      ## Frame 4: Next steps

      - [blue] ✅ Hub booked for the follow-up session — Marco D.
      - [blue] Hana to run the survey before SC mtg 6 Nov
      - [blue] Jonah to run the survey +3 wks
      """, date: "2037-09-03")
    #expect(extract.recommendations.map(\.actors) == [["donors"]])
    #expect(extract.actions.map(\.due) == [nil, "2037-11-06", "2037-09-24"])
    #expect(extract.actions.map(\.owner) == ["Marco D", "Hana", "Jonah"])
  }
}

/// Serbian minutes in Cyrillic: "Савет препоручује …", tasks with "Задужена:" and "Рок:" fields
/// on their line or the next, Serbian deadlines read in Latin letters.
@Suite struct SerbianCyrillicMinutesTests {
  @Test func conclusions() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Закључци [Conclusions]

      1. Савет препоручује локалним медијима да не објављују имена малолетника.
      2. УГ „Мост“ да поднесе писани извештај. Задужена: Амра Хоџић. Рок: до наредне седнице (9. април 2037.).
      3. ПС и ЦСР да сачине заједнички протокол.
         Задужени: Драган Стефановић и Јелена Пауновић. Рок: до краја априла.
      """, date: "2037-03-12")
    #expect(extract.recommendations.map(\.actors) == [["media"]])
    #expect(extract.actions.map(\.owner) == ["Амра Хоџић", "Драган Стефановић и Јелена Пауновић"])
    #expect(extract.actions.map(\.due) == ["2037-04-09", "2037-04-30"])
    let date = CalendarDate(year: 2037, month: 3, day: 12)
    #expect(DueDateResolver.find(in: "Рок: у року од седам дана", sessionDate: date)?.date.description == "2037-03-19")
    #expect(DueDateResolver.find(in: "Рок: 2. април 2037.", sessionDate: date)?.date.description == "2037-04-02")
  }

  @Test func namesAfterACommaEndAtTheNextField() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      - Organise a meeting with residents. Responsible: Arben Hoxha, Klodian Meta · Deadline: 30 April
      """, date: "2037-03-12")
    #expect(extract.actions.map(\.owner) == ["Arben Hoxha, Klodian Meta"])
  }
}

/// A thread copied out with its replies quoted under each post: each reply's header names its
/// writer, whose words are read as the notes' own.
@Suite struct ThreadReplyTests {
  @Test func repliesAndTheirWriters() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Discussion

      **What the panel committed to**

      - [ ] u/ines_valdmaa: publish the response protocol by 15/12

      **u/quarry_lane_mum** · ▲ 642

      What's the ONE thing a city council can actually do?

      > **u/ines_valdmaa** · ▲ 911
      >
      > Honestly? City councils should fund permanent neighbourhood mediators.
      >
      > EDIT: several people asked for our manual. I'll put it on the Observatory's GitHub by end of month.

      > Back in 2031 the council said it should open a hotline.
      """, date: "2036-11-20")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
    #expect(extract.actions.map(\.owner) == ["ines_valdmaa", "ines_valdmaa"])
    #expect(extract.actions.map(\.due) == ["2036-12-15", "2036-11-30"])
  }
}

/// A chair's summary's lead-ins over its lettered items, and the line that says whose account it
/// is, hold no item.
@Suite struct ChairsSummaryLeadInTests {
  @Test func leadInsAndDisclaimer() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## The co-hosts' next steps

      16. The co-hosts will take the following steps:

      (i) The co-hosts will circulate the present summary to all Member States by 5 June 2037;

      17. This summary has been prepared under the sole responsibility of the co-hosts. It is not a negotiated document.
      """, date: "2037-05-20")
    #expect(extract.actions.map(\.line) == [10])
    #expect(extract.actions.map(\.due) == ["2037-06-05"])
  }
}

/// A volunteer's notebook typed up: a heading's name and a remark on how it was agreed, a margin
/// query in brackets, what a word is said to be, the next meeting's shorthand.
@Suite struct NotebookShorthandTests {
  @Test func headingRemarkQueryAndShorthand() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 1. welcome

      - DAH: tonight is about _listening_, not blaming. no names of kids pls.

      ## 4. RECS — agreed at the end (DAH read back, show of hands)

      1. faith ldrs → keep up the joint walks
      2. High St shops + landlords → let us put up posters

      [rec 2: DAH said "govt" but JP said it is the council?? ask DAH]

      ## WHO DOES WHAT

      - [ ] YD + SL: joint statement re the graffiti, b4 next mtg

      next mtg Thu 7/5, 7pm, same hall
      """, date: "2037-04-16")
    #expect(extract.recommendations.map(\.line) == [12, 13])
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"], ["private-sector"]])
    #expect(extract.actions.map(\.line) == [19])
    #expect(extract.actions.map(\.due) == ["2037-05-07"])
  }
}

/// A working paper's advice to those its opening clause names: "Where religious leaders co-convene
/// platforms, they should …"; the leaders of a town's faith communities.
@Suite struct ClauseNamedAddresseeTests {
  @Test func theyAreWhomTheClauseNames() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 6. Policy implications

      Where religious leaders co-convene platforms, they should rotate the convening role each year.

      If funding allows, they should rotate the role.

      ## Recommendations

      1. The Council recommends that the leaders of the town's faith communities continue their joint walks.
      """, date: "2036-11-20")
    #expect(extract.recommendations.map(\.line) == [8, 14])
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"], ["religious-leaders"]])
  }
}

/// Thai minutes glossed in English: a lead-in over numbered lines whose gloss names whom each asks,
/// a task table under Thai column names, a task assigned to a titled person.
@Suite struct ThaiMinutesTests {
  @Test func glossedRecommendationsAndTasks() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## ระเบียบวาระที่ 4 เรื่องเพื่อพิจารณา (Item 4: For decision)

      ที่ประชุมเสนอแนะ ดังนี้ (Recommendations:)

      (1) ที่ประชุมเสนอแนะให้ผู้นำศาสนาพุทธและอิสลามออกแถลงการณ์ร่วม (Religious leaders: joint statement within 24 h.)
      (2) ขอให้กระทรวงมหาดไทยขยายโครงการอีก 2 ปี (Interior Ministry: extend project 2 years.)

      | ที่ | งาน | ผู้รับผิดชอบ | กำหนดเสร็จ |
      |---|---|---|---|
      | 1 | ร่างแนวทางแถลงการณ์ร่วม | นายอับดุลเลาะ มะเซ็ง | ภายใน 2 สัปดาห์ |
      | 2 | หนังสือถึงกระทรวงมหาดไทย | เลขานุการ | ลงนามแล้วในที่ประชุม (done) |
      | 3 | ยกร่างกรอบตัวชี้วัด | ลลิตา วงศ์ทอง (UNDP) | 20/4/2580 |

      5.3 มอบหมายให้นางพรทิพย์ ใจดี แจ้งเวียนรายงานการประชุมภายในสิ้นเดือนมีนาคม 2580 (Circulate minutes by end of March.)
      """, date: "2037-03-12")
    #expect(extract.recommendations.map(\.line) == [10, 11])
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["อับดุลเลาะ มะเซ็ง", "เลขานุการ", "ลลิตา วงศ์ทอง (UNDP)", "พรทิพย์ ใจดี"])
    #expect(extract.actions.map(\.due) == ["2037-03-26", nil, "2037-04-20", "2037-03-31"])
    #expect(extract.actions.map(\.done) == [false, true, false, false])
  }
}

/// A wiki talk page: each signed reply is its signer's, in a paragraph of replies or a list of
/// votes, an undertaking after a semicolon too.
@Suite struct WikiTalkPageTests {
  @Test func signedRepliesAreTheirSigners() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-up from the room

      Thanks to everyone who came. Let's turn these into proposals below. — User:Nadira Vos (talk) 17:40, 1 May 2037 (UTC)
      :: Yes. I'll draft a one-page feedback protocol and post it here within two weeks. — User:Nadira Vos (talk) 18:15, 1 May 2037 (UTC)

      ## Proposal C: a shared correction slot

      * '''Support'''. — User:Tobiah Renk (talk) 13:15, 3 May 2037 (UTC)
      * '''Support'''. Radio Miren Vale can host the first slot; I'll take it to our station manager by the end of the month. — User:Ottilie Brandt (talk) 14:22, 3 May 2037 (UTC)
      """, date: "2037-05-01")
    #expect(extract.actions.map(\.line) == [9, 14])
    #expect(extract.actions.map(\.owner) == ["Nadira Vos", "Ottilie Brandt"])
    #expect(extract.actions.map(\.due) == ["2037-05-15", "2037-05-31"])
  }
}

/// Under the next steps, what an app leaves beside the tasks is none: a record's links, a mail's
/// headers, a chat's messages (each read as its sender said it); a cell broken with `<br>` is one row.
@Suite struct ExportedLinesUnderTasksTests {
  @Test func recordMailAndChatLines() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps

      - Jonah Pereira will send the application form by 2037-03-20

      **Linked records:** Speakers (4) · Recommendations (3) · Day 1 programme

      Anselm Quayle <a.quayle@tidewater.example>	Tue, 10 Mar 2037 at 18:31
      To: Tomas Lindgren <tomas.lindgren@tidewater-forum.example>

      [Quoted text hidden]

      [Daniel Oh] [오후 1:52] 수고하셨습니다 🙏
      [김지우] [오후 1:53] I'll send the photos to the speakers by Friday

      | Task | Assigned to | Due date |
      | --- | --- | --- |
      | Send the opening-hours survey<br>to the three hub managers | Ben Carter | Mar 24, 2037 |
      """, date: "2037-03-11")
    #expect(extract.actions.map(\.line) == [8, 18, 22])
    #expect(extract.actions.map(\.owner) == ["Jonah Pereira", "김지우", "Ben Carter"])
    #expect(extract.actions.map(\.due) == ["2037-03-20", "2037-03-13", "2037-03-24"])
    #expect(extract.actions.last?.text == "Send the opening-hours survey to the three hub managers")
  }
}

/// Roman Urdu proceedings: "Committee sifarish karti hai ke …" advises those it names; a decision
/// over "Zimmedar:" and "Muddat:" lines, or one "… bheji jaye. Zimmedar: …", is the task of the one
/// named, by the date its words give.
@Suite struct RomanUrduProceedingsTests {
  @Test func decisionsAndRecommendations() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### Aijenda No. 2

      **Faisla 2(a):** Chak 117 mein mushtarka aman jirga bulaya jaye.
      Zimmedar: Mehwish Alvi, AC Saddar
      Muddat: agle jumme tak

      **Faisla 2(b):** Committee sifarish karti hai ke ulema-e-karam aur pastor sahiban Jumma khutbaat mein paigham dein.

      **Faisla 3(d):** Youth Aman Forum razakaron ki fehrist SP Office mein jama karwaye.
      Zimmedar: Kashif Lodhi
      Muddat: agle ijlas (7 March) se pehle

      (vi) Karrawai 3 din ke andar tamam arakeen ko bheji jaye. Zimmedar: Secretary.
      """, date: "2037-02-07")
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"]])
    #expect(extract.actions.map(\.line) == [8, 14, 18])
    #expect(extract.actions.map(\.due) == ["2037-02-13", "2037-03-07", "2037-02-10"])
    #expect(extract.actions.map(\.owner) == ["Mehwish Alvi", "Kashif Lodhi", "Secretary"])
  }
}

/// A bullet journal typed up, its key in a code span: a priority's mark before a task's, lines run
/// on into a quoted migration, a future log's months over its dated tasks.
@Suite struct BulletJournalSpreadTests {
  @Test func signifiersAndFutureLog() throws {
    let extract = try SectionReadingTests.extract(
      """
      `key:  • task   × done   > migrated   < scheduled   – note   o event   * priority   ! idea`

      ## Daily log

        * • @Tomas send me the municipal mapping xls — Fri
        • Ines to circulate the outcome note w/in 2 wks
        × gave Pradeep my card (done at coffee)
        > chase the '35 evaluation report
      o 11:15 coffee
      < 1-pager on the asks for our board — before board mtg 3/12

      ## Future log

      DEC
        o 03/12 board meeting
        • 12/12 chase the evaluation report
      """, date: "2036-11-18")
    #expect(extract.actions.map(\.line) == [10, 11, 12, 13, 15, 21])
    #expect(extract.actions.map(\.due) == ["2036-11-21", "2036-12-02", nil, nil, "2036-12-03", "2036-12-12"])
    #expect(extract.actions.map(\.done) == [false, false, true, false, false, false])
  }
}

/// An incident action plan: its assignment list's leaders own the work (their unit aside), the
/// boxes ticked for the documents it encloses are none; a running order's producer's notes are
/// each read on their own; a caller's view is no advice.
@Suite struct ActionPlanAndRunningOrderTests {
  @Test func assignmentListAndNotes() throws {
    let extract = try SectionReadingTests.extract(
      """
      **6. Incident Action Plan (the items checked below are included):**
      - [x] ICS 203 Organization assignment list
      - [x] Site map (A1, laminated copies at each gate)

      ## ICS 204 — Assignment list

      | # | Division / Group | Work assignment | Leader | Due | Status |
      |---|---|---|---|---|---|
      | 1 | Div A — North Gate | Six bag-check lanes; test the queue barriers | Kaito Branner, TMP Unit 4 | 2037-05-28 18:00 | open |

      ## On air

      **05:00 GUEST 1 — Grace Hallward, Electoral Commission** (studio)
      PN: Grace called on all seven parties to sign the district peace pledge.
      PN: PROMISED ON AIR: Electoral Commission to publish the polling-station list by 1 October.

      C1 Hassan, Lower Market — lost his stall in the riots; in his view the police should be at every market.
      """, date: "2037-05-21")
    #expect(extract.actions.map(\.owner) == ["Kaito Branner", "Electoral Commission"])
    #expect(extract.actions.map(\.line) == [14, 20])
    #expect(extract.recommendations.map(\.line) == [19])
  }
}

/// A shared document's comments: one that assigns its request names the owner (a relative date
/// counted from the day of the comment, a reply's "Done" closing it); a rejected suggestion holds
/// nothing; a heading numbered as a list's next item is none.
@Suite struct DocumentCommentThreadTests {
  @Test func assignedAndRejectedComments() throws {
    let extract = try SectionReadingTests.extract(
      """
      4. Recommendations

      The session recommends that:

      1. Donors provide multi-year funding for the protection of local defenders.

      5. Next steps

      [d] Lucía Ferrándiz — 30 Apr 2037: Suggested insertion: "8. Governments should repeal the 2034 Act." Reply — Tobiah Okonjo: not discussed. — Suggestion rejected — Resolved
      [g] Tobiah Okonjo — 2 May 2037: Ravi please check the count against the sign-in sheets. — Assigned to Ravi Kannan. Reply — Ravi Kannan: Done, it is 23. — Resolved
      [i] Tobiah Okonjo — 4 May 2037: Cleared. Hanne, please send the cleared text to the translators within a week. — Assigned to Hanne Mortensen
      """, date: "2037-04-28")
    #expect(extract.recommendations.map(\.line) == [10])
    #expect(extract.actions.map(\.owner) == ["Ravi Kannan", "Hanne Mortensen"])
    #expect(extract.actions.map(\.due) == [nil, "2037-05-11"])
    #expect(extract.actions.map(\.done) == [true, false])
  }
}

/// Notes pasted as AsciiDoc or LaTeX source are read as rendered: section titles as headings,
/// numbered items and `\item`s as lists, a `|===` table and a `tabular` as tables; anchors,
/// attributes, commands and `%` remarks gone; every line where it was.
@Suite struct PastedSourceMarkupTests {
  @Test func asciiDoc() throws {
    let extract = try SectionReadingTests.extract(
      """
      = Workshop 4
      :toc:

      [[recs]]
      == Recommendations

      . [[rec-1]]The national government should repeal the 2034 amendment.
      . [[rec-2]]Donors should fund legal aid for protest organisers.

      == Follow-up

      [cols="1,4,2,2",options="header"]
      |===
      |# |Action |Owner |Due
      |1 |Send this report to all participants |Anouk Vesely |2037-05-20
      |===
      """, date: "2037-05-13")
    #expect(extract.recommendations.map(\.line) == [12, 13])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.actions.map(\.line) == [20])
    #expect(extract.actions.map(\.owner) == ["Anouk Vesely"])
  }

  @Test func latex() throws {
    let extract = try SectionReadingTests.extract(
      """
      \\begin{document}
      \\section{Recommendations}
      \\begin{enumerate}
        \\item \\textbf{Municipalities} should publish, every quarter, how many complaints
              were received.\\footnote{Chair's own account.}
        % \\item The \\textbf{private sector} should co-finance hotlines. % dropped
      \\end{enumerate}

      \\section{Action plan}
      \\begin{tabular}{lll}
      \\toprule
      \\textbf{Action} & \\textbf{Lead} & \\textbf{Deadline} \\\\
      \\midrule
      Map existing complaint mechanisms & S.~Arvas & 2036-12-15 \\\\
      \\bottomrule
      \\end{tabular}
      \\end{document}
      """, date: "2036-10-08")
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"]])
    #expect(extract.actions.map(\.line) == [19])
    #expect(extract.actions.map(\.owner) == ["S. Arvas"])
    #expect(extract.actions.map(\.due) == ["2036-12-15"])
  }
}

/// Korean minutes: a bold addressee glossed in English over its numbered ask, a task table under
/// Korean column names, owners' titles after their names, Korean deadlines; a tracker's CSV with a
/// type column and a column named "text".
@Suite struct KoreanMinutesAndTypedCSVTests {
  @Test func koreanMinutes() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 4. 건의 사항 (Recommendations)

      **해온시청 (City Hall)**
      1. 동부시장 일대에 야간 조명을 설치할 것 (lighting).

      **해온경찰서 (Police)**
      2. 혐오 범죄 신고 시 통역인을 즉시 연계할 것 (interpreters at once).

      ## 5. 향후 조치 (Follow-up)

      | 번호 | 조치 내용 | 담당 | 기한 |
      |---|---|---|---|
      | 1 | 대화 모임 일정 확정 | 정하린 주임 | 3월 15일까지 |
      | 2 | 건의문 발송 | 박은서 센터장 | 2주 이내 |
      | 3 | 요약본 공유 | Nguyen Thi Lan | 완료 |

      ※ 다음 회의: 2037년 4월 2일(목) 14:00, 같은 장소.
      """, date: "2037-03-05")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["정하린", "박은서", "Nguyen Thi Lan"])
    #expect(extract.actions.map(\.due) == ["2037-03-15", "2037-03-19", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }

  @Test func typedCSV() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Export

      id,type,text,addressee,owner,due,status
      R-01,recommendation,"Municipal councils should include returnee representatives.",local authorities,,,adopted
      R-07,recommendation,"Employers should adopt a hiring quota.",private sector,,,rejected
      A-01,action,Circulate the outcome note to all participants,,Forum secretariat,20/02/2037,open
      """, date: "2037-02-17")
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.actions.map(\.owner) == ["Forum secretariat"])
    #expect(extract.actions.map(\.due) == ["2037-02-20"])
  }
}

/// A Danish "referat": a decision's "anbefaler, at" over its list, each line's English gloss
/// naming whom it asks, "Ansvarlig:" and "Frist:" lines under each follow-up, Danish dates, and
/// the next meeting's line.
@Suite struct DanishMinutesTests {
  @Test func referat() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Ad 4. Forebyggelse

      **Beslutning:** Rådet anbefaler, at

      - kommunalbestyrelsen afsætter midler til to ekstra gadeplansmedarbejdere;
        *(the municipal council funds two more outreach workers)*
      - lokale virksomheder opfordres til at tilbyde fritidsjob.

      ## Opfølgning *(follow-up)*

      1. Fælles plan for gadeplansarbejdet
         Ansvarlig: Kasper Holm Vinding
         Frist: 27. marts 2037
      2. Udkast til ansøgning
         Ansvarlig: Mette Skov
         Frist: uge 14
      3. Invitation til Ungdomsrådet
         Ansvarlig: Birgitte
         Frist: inden næste møde

      **Næste møde** *(next meeting)*: tirsdag den 12. maj 2037 kl. 16.00.
      """, date: "2037-03-10")
    #expect(extract.recommendations.map(\.line) == [10, 12])
    #expect(extract.recommendations.first?.actors == ["local-authorities"])
    #expect(extract.actions.map(\.owner) == ["Kasper Holm Vinding", "Mette Skov", "Birgitte"])
    #expect(extract.actions.map(\.due) == ["2037-03-27", "2037-04-03", "2037-05-12"])
  }

  /// "recommends that" with the list saying what, in English as in Danish and Swedish; not a
  /// lead-in that only notes.
  @Test(arguments: [
    ("The council recommends that", 2), ("Rådet anbefaler, at", 2), ("Nämnden rekommenderar att", 2), ("The council noted that", 0),
  ])
  func recommendsThat(_ leadIn: String, _ count: Int) throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Ad 4

      \(leadIn)

      - the municipal council funds two more outreach workers;
      - local businesses offer after-school jobs.
      """)
    #expect(extract.recommendations.count == count)
  }
}

/// A Hebrew and English פרוטוקול: decisions whose "אחראי:" and "תאריך יעד:" fields stand on one
/// line set apart by a bar, Hebrew deadlines and titles, a glossed lead-in over the asks.
@Suite struct HebrewMinutesTests {
  @Test func protokol() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## החלטות (Decisions)
      1. ייערך סיור משותף של מנהיגי הדת בבתי הספר.
         *(Joint visit of faith leaders to two schools.)*
         אחראי: השיח' כמאל אבו-ראס | תאריך יעד: לפני הישיבה הבאה
      2. מיפוי השלטים יועבר למחלקת ההנדסה. *(Sign survey to Engineering Dept.)*
         אחראי: דנה לוי-ששון | תאריך יעד: תוך שבועיים
      3. קביעת מועד לכנס תושבים פתוח.
         אחראי: יואב בן-עמי | תאריך יעד: טרם נקבע

      ## המלצות (Recommendations)
      הפורום ממליץ: *(The forum recommends:)*
      1. לתנועות הנוער — לשלב מדריכים משתי הקהילות. *(Youth movements: mixed counsellor teams.)*

      הישיבה הבאה: יום ג', 9.6.2037. *(Next meeting: 9.6.2037.)*
      """, date: "2037-05-12")
    #expect(extract.actions.map(\.line) == [7, 10, 12])
    #expect(extract.actions.map(\.owner) == ["כמאל אבו-ראס", "דנה לוי-ששון", "יואב בן-עמי"])
    #expect(extract.actions.map(\.due) == ["2037-06-09", "2037-05-26", nil])
    #expect(extract.recommendations.map(\.line) == [17])
    #expect(extract.recommendations.first?.actors == ["youth-organisations"])
  }
}

/// Tok Pisin ward minutes: "Komiti i askim X long …" and "X i mas …" asks, "Husat bai mekim:" and
/// "Taim:" lines, Tok Pisin deadlines, a councillor's title, a post's holder named in brackets.
@Suite struct TokPisinMinutesTests {
  @Test func wardMinutes() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 3. Pait long maket

      1. Komiti i askim Provincial Gavman long salim Village Court Magistrate i kam long Yapilo.
      2. Ol sios lida i mas kirapim wanpela bung bilong pre.

      ### Wok bilong mekim (Tasks)

      - Toktok wantaim Kaunsela bilong Kemanga long wokim joint miting.
        Husat bai mekim: Kaunsela Hosea Wambi
        Taim: insait long tupela wik
      - Raitim pas i go long Provincial Peace and Good Order Committee.
        Husat bai mekim: Recorder (Benny Sarai)
        Taim: long namba 15 Mas
      - Go long Waimbe District Office long askim long DSIP moni.
        Husat bai mekim: Dorcas Mirik
        Taim: bipo long neks miting

      **Neks miting:** Sarere 4 Epril 2037, 9:30 moning, Haus Kibung.
      """, date: "2037-03-07")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["Hosea Wambi", "Benny Sarai", "Dorcas Mirik"])
    #expect(extract.actions.map(\.due) == ["2037-03-21", "2037-03-15", "2037-04-04"])
    #expect(extract.actions.map(\.text)[1] == "Raitim pas i go long Provincial Peace and Good Order Committee.")
  }

  /// A one-person post's holder, named in full, is the owner; a body's stays its own, and so does
  /// a post whose holder is given by initials or a title.
  @Test(arguments: [
    ("Recorder (Benny Sarai)", "Benny Sarai"), ("the chair (Birgitte Lund-Ravn)", "Birgitte Lund-Ravn"),
    ("Council of Churches (Sister Agnes)", "Council of Churches"), ("Secretary (K. Obi)", "Secretary"), ("Chair (Mr Ndiaye-Larsen)", "Chair"),
  ])
  func postHolder(_ written: String, _ owner: String) throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Action items

      - Draft the letter to the committee.
        Responsible: \(written)
        Deadline: 15 March 2037
      """, date: "2037-03-07")
    #expect(extract.actions.first?.owner == owner)
  }
}

/// Swahili minutes: "Kamati inapendekeza kwamba …" asks with Swahili actor words, a bold glossed
/// label over paragraphs numbered "5.6", "5.7", "Mhusika:"/"Muda:" fields after the task's full
/// stop, Swahili deadlines and titles, a completed task and the next meeting's sentence.
@Suite struct SwahiliMinutesTests {
  @Test func kumbukumbu() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### MAAZIMIO (resolutions)

      5.1 Kamati inapendekeza kwamba serikali ya kaunti itenge fedha katika bajeti ya mwaka 2037/38.

      5.2 Redio ya jamii "Sauti ya Mnazini" inashauriwa isitangaze majina ya vijana waliorejea.

      **Majukumu (tasks):**

      5.6 Katibu kuandika barua kwa Mkurugenzi wa Vijana wa Kaunti.
      Mhusika: Katibu. Muda: ndani ya wiki mbili.

      5.7 Kuitisha baraza la wazee kuhusu njia ya ufukweni.
      Mhusika: Mzee Kazungu Nyale na Sheikh Abdallah Faki. Muda: mkutano ujao.

      5.8 Barua ya shukrani kwa OCS kwa doria za usiku.
      Mhusika: Katibu. Muda: IMEKAMILIKA ✔

      Mkutano ujao utafanyika Jumanne, tarehe 7 Aprili 2037.
      """, date: "2037-03-03")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["media"]])
    #expect(extract.actions.map(\.line) == [14, 17, 20])
    #expect(extract.actions.map(\.owner) == ["Katibu", "Kazungu Nyale na Abdallah Faki", "Katibu"])
    #expect(extract.actions.map(\.due) == ["2037-03-17", "2037-04-07", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A Lithuanian posėdžio protokolas: "NUTARTA:" over numbered lines, "Rekomenduoti" and "Siūlyti"
/// asks to whom their dative names, "Atsakinga:" and "Terminas:" lines, Lithuanian deadlines, a
/// task done at the meeting, and the next meeting told in a sentence.
@Suite struct LithuanianMinutesTests {
  @Test func protokolas() throws {
    let extract = try SectionReadingTests.extract(
      """
      **2. SVARSTYTA.** Dėl jaunimo radikalizacijos internete prevencijos.

      NUTARTA:
      2.1. Rekomenduoti regioninei žiniasklaidai moderuoti komentarus po straipsniais.
      2.2. Pavesti Švietimo skyriui surengti mokymus mokyklų kontaktiniams asmenims.
      Atsakinga: O. Stankutė.
      Terminas: iki kito posėdžio.
      2.3. Surengti bendrą talką kapinėse.
      Atsakingi: kun. V. Lapinas, R. Jakubauskas.
      Terminas: iki kovo mėn. pabaigos.
      2.4. Paskelbti komisijos pareiškimą savivaldybės interneto svetainėje.
      Atsakinga: R. Gelažienė.
      Terminas: įvykdyta posėdžio metu.

      Pirmininkė informavo, kad kitas komisijos posėdis numatytas 2037-05-14, 15.00 val.
      """, date: "2037-03-12")
    #expect(extract.recommendations.map(\.actors) == [["media"]])
    #expect(extract.actions.map(\.owner) == ["O. Stankutė", "V. Lapinas, R. Jakubauskas", "R. Gelažienė"])
    #expect(extract.actions.map(\.due) == ["2037-05-14", "2037-03-31", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A Malay minit mesyuarat: "syor-syor berikut" over lettered asks with Malay cues and actor
/// words, "Tindakan:" in the right-hand margin naming who acts, Malay deadlines, and the next
/// meeting "dijadualkan pada" its day.
@Suite struct MalayMinutesTests {
  @Test func minitMesyuarat() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## PERKARA 4: DIALOG BELIA

      4.3 Setelah berbincang, mesyuarat bersetuju mengemukakan syor-syor berikut kepada pihak berkenaan:

         a) pemimpin agama di daerah ini digalakkan menyampaikan mesej bersama menolak ucapan kebencian;
         b) media tempatan diminta tidak menyiarkan semula video yang belum disahkan.

      Keputusan: Mesyuarat bersetuju JPNIN Daerah memuktamadkan TOR PRPK sebelum 15 Mac 2037.
                                                                    Tindakan: JPNIN Daerah

      5.2 IPD Sungai Lebar akan berkongsi data aduan dengan Urus Setia sebelum mesyuarat akan datang.
                                                                    Tindakan: IPD Sungai Lebar

      4.5 Sekiranya peruntukan tambahan diluluskan, Urus Setia mungkin akan menganjurkan Kem Belia Harmoni.
                                                                    Tindakan: Makluman

      ## PERKARA 7: TARIKH MESYUARAT AKAN DATANG

      7.1 Mesyuarat JKAA Bil. 2/2037 dijadualkan pada 26 Mei 2037 (Selasa), 9.30 pagi.
      """, date: "2037-02-24")
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"], ["media"]])
    #expect(extract.actions.map(\.owner) == ["JPNIN Daerah", "IPD Sungai Lebar"])
    #expect(extract.actions.map(\.due) == ["2037-03-15", "2037-05-26"])
  }
}

/// An issue template's checklist: the boxes its writer ticks to confirm are no tasks; a task the
/// writer did, under the next steps, still is one.
@Suite struct TemplateChecklistTests {
  @Test func confirmations() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Next steps
      - [x] I emailed the mayor about the hall by 12 Nov
      - [ ] Ana to book the hall by 20 Nov

      ## Checklist before submitting
      - [x] I searched existing issues for duplicates
      - [ ] I linked the session notes
      - [x] I agree to the code of conduct
      """, date: "2036-11-13")
    #expect(extract.actions.map(\.line) == [7, 8])
  }
}

/// A note that keeps its records as YAML in fenced blocks: each list read by its key's name, a
/// list of proposals turned down or of open questions read as none.
@Suite struct YAMLRecordBlockTests {
  @Test func recordsByKey() throws {
    let extract = try SectionReadingTests.extract(
      """
      The caucus agreed these:

      ```yaml
      recommendations:
        - to: donors
          text: Fund youth-led groups through multi-year core grants.
        - to: [local-authorities, youth-organisations]
          text: Co-design the youth strand of the 2038 plan update.
      ```

      ```yaml
      rejected:
        - to: private-sector
          text: Require employers to hire a quota of young people.
      open_questions:
        - Should the panel sit under the council?
      ```

      ```yaml
      actions:
        - who: Ilse Marrow-Dahl
          what: table the youth panel proposal at the committee
          when: 2037-05-14   # committee date
        - who: Amira Solberg
          what: circulate these notes
          when: by Friday
          status: done (sent 24/4)
        - who: Rahim Oduya
          what: check what data can be shared
          when: TBD
      ```
      """, date: "2037-04-22")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["local-authorities", "youth-organisations"]])
    #expect(extract.recommendations.map(\.line) == [11, 13])
    #expect(extract.actions.map(\.owner) == ["Ilse Marrow-Dahl", "Amira Solberg", "Rahim Oduya"])
    #expect(extract.actions.map(\.due) == ["2037-05-14", nil, nil])
    #expect(extract.actions.map(\.done) == [false, true, false])
    #expect(extract.actions.map(\.line) == [27, 30, 34])
  }
}

/// A European Portuguese assembly's acta: "deliberou … recomendar à / apelar às …", a proposal
/// voted down, and charges laid on someone named after the verb ("ficou incumbido o senhor …
/// de …").
@Suite struct PortugueseActaTests {
  @Test func deliberationsAndCharges() throws {
    let extract = try SectionReadingTests.extract(
      """
      Posta à votação a alínea a), a Assembleia deliberou, por unanimidade, recomendar à Câmara Municipal que reabra o gabinete de atendimento a migrantes.

      Posta à votação a alínea d), a Assembleia deliberou recomendar ao senhor Pároco e aos responsáveis da comunidade islâmica que promovam um encontro inter-religioso.

      Foi ainda presente a proposta n.º 4/2037, no sentido de recomendar à Câmara Municipal a instalação de videovigilância, a qual, posta à votação, foi rejeitada.

      Usou da palavra um membro, que manifestou a opinião de que a Câmara Municipal deveria encerrar o centro, tendo esclarecido que falava a título pessoal.

      Para cumprimento das deliberações, ficou incumbido o senhor Presidente da Junta, Joaquim Vilela Prates, de remeter cópia das mesmas às entidades destinatárias até ao dia oito de maio.

      Ficou incumbido o senhor vogal Tiago Moura Sequeira de dar conhecimento do apelo às associações juvenis até ao final do corrente mês.

      Ficou o senhor Presidente da Mesa, Aníbal Queirós Mendonça, encarregado de solicitar uma reunião, em data a definir.

      Ficou ainda incumbida a primeira secretária de remeter a presente ata para afixação, no prazo de dez dias.
      """, date: "2037-04-24")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["Joaquim Vilela Prates", "Tiago Moura Sequeira", "Aníbal Queirós Mendonça", "primeira secretária"])
    #expect(extract.actions.map(\.due) == ["2037-05-08", "2037-04-30", nil, "2037-05-04"])
  }
}

/// An Icelandic fundargerð: "beinir því til … að", "hvetur … til að", "mælir með því að"; a task
/// "X falið að …" over "Ábyrgð:" and "Frestur:" lines; a line's English translation in italics
/// below it is that line's item, read once, where the line stands.
@Suite struct IcelandicMinutesTests {
  @Test func fundargerd() throws {
    let extract = try SectionReadingTests.extract(
      """
      Velferðarráð beinir því til bæjarstjórnar að tryggt verði fjármagn til að ráða tvo samfélagstúlka.
      *The committee asks the town council to secure funding for two community interpreters.*

      Ráðið hvetur Rauða krossinn og önnur félagasamtök til að fá nýja íbúa til liðs við sig.

      Lögð fram til kynningar skýrsla ríkislögreglustjóra.
      *Tabled for information: the police report, which recommends that municipalities set up teams.*

      Tillaga um að óska eftir því að lögreglan láti loka fyrir athugasemdir var borin undir atkvæði og felld.

      Verkefnastjóra forvarna falið að boða til fyrsta fundar samráðsvettvangsins.
      Ábyrgð: Þórarinn Eggertsson.
      Frestur: innan tveggja vikna.
      *The prevention manager is to convene the first meeting of the forum within two weeks.*

      Deildarstjóra falið að svara ungmennaráði skriflega.
      Ábyrgð: Sólveig Arnardóttir.
      Frestur: 15. mars 2037.

      Sviðsstjóra falið að uppfæra kostnaðarmat áætlunarinnar.
      Ábyrgð: Kristín Jónsdóttir.
      Frestur: fyrir næsta fund.

      Næsti fundur verður haldinn fimmtudaginn 2. apríl 2037 kl. 16:15.
      """, date: "2037-03-05")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["civil-society"]])
    #expect(extract.recommendations.map(\.line) == [6, 9])
    #expect(extract.actions.map(\.owner) == ["Þórarinn Eggertsson", "Sólveig Arnardóttir", "Kristín Jónsdóttir"])
    #expect(extract.actions.map(\.due) == ["2037-03-19", "2037-03-15", "2037-04-02"])
    #expect(extract.actions.map(\.line) == [16, 21, 25])
  }
}

/// A deliberative poll's outcome cards: a proposal its status sets aside is none; the card's
/// follow-up line is a task, owned by the one named before the dash and due by the card's date.
@Suite struct OutcomeCardTests {
  @Test func cards() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### Card 1 — Neighbourhood mediation

      **Proposal:** The City Council should fund one trained community mediator in each district.
      **Support:** 74% (n=214)
      **Status:** adopted
      **Follow-up owner:** Lenka Ovarova — to cost the proposal for the 2038 budget
      **By:** 30 September 2037

      ### Card 6 — Online hate

      **Proposal:** The national government should require platforms to remove reported hate posts.
      **Support:** 71% (n=212)
      **Status:** referred (outside the poll's remit)
      **Follow-up owner:** Steering group — forward the card to the Digital Rights panel
      **By:** within two weeks

      ### Card 9 — Prevention patrols

      **Proposal:** Abolish the district prevention patrols entirely.
      **Status:** not adopted
      **Follow-up owner:** —
      **By:** —
      """, date: "2037-06-18")
    #expect(extract.recommendations.map(\.line) == [8])
    #expect(extract.actions.map(\.owner) == ["Lenka Ovarova", "Steering group"])
    #expect(extract.actions.map(\.due) == ["2037-09-30", "2037-07-02"])
    #expect(extract.actions.map(\.line) == [11, 19])
  }
}

/// A tired rapporteur's one paragraph that runs on for pages, its thoughts set apart by
/// semicolons only: each clause is read as a sentence.
@Suite struct RunOnParagraphTests {
  @Test func clausesAtSemicolons() throws {
    let filler = Array(repeating: "the panel then went over the history of the plan in some detail, district by district, with figures", count: 24)
      .joined(separator: "; ")
    let extract = try SectionReadingTests.extract(
      filler + "; the plenary nonetheless called on local media outlets to adopt the union's guidelines on reporting; "
        + "Mirela herself will write to the Minister of Finance about the payroll within two weeks; " + filler + ".",
      date: "2036-11-18")
    #expect(extract.recommendations.map(\.actors) == [["media"]])
    #expect(extract.actions.map(\.owner) == ["Mirela"])
    #expect(extract.actions.map(\.due) == ["2036-12-02"])
  }
}

/// Concluding observations in a treaty body's form: a numbered paragraph that recommends to
/// whom, then lettered paragraphs, each an ask of them (whoever its own words are about); a view
/// the body only notes is none.
@Suite struct LetteredAsksTests {
  @Test func leadInAndLetters() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## C. Principal subjects of concern and recommendations

      5. The Panel is concerned that the Act defines "extremist activity" in vague terms.

      6. The Panel recommends that the State party:

      (a) Amend section 4 of the Act so that the definition is precise;

      (b) Involve women's organisations and youth organisations in the review of the guidance.

      7. The Panel notes the view expressed by the delegation that "broadcasters must refrain from giving any platform to extremist voices".
      """, date: "2037-06-10")
    #expect(extract.recommendations.map(\.line) == [12, 14])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"]])
  }
}

/// Trackers in other forms: a Japanese table of tasks (担当, 期限), a problem-solving plan's
/// responses, a data frame printed by R, a to-do app's "Assigned to … · Due on …".
@Suite struct MoreTrackerFormsTests {
  @Test func japaneseTable() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 担当・期限一覧 (Action items)

      | No. | 内容 | 担当 | 期限 |
      |---|---|---|---|
      | 1 | 協会声明の文案作成 | 大森委員長 | 来週金曜日 |
      | 2 | 提言書の最終版の作成 | 事務局 | 3/16(月) |
      | 3 | 市長に手交する日程の調整 | 岡部課長 | 次回会議まで |
      | 4 | 多言語チラシの翻訳手配 | グエン副委員長 | 2037年3月31日 |
      | 5 | 委員名簿の更新 | 園田 | 済（会議中に確認） |

      ## 6. その他

      - 次回（第12回）会議：2037年3月19日(木) 18:30〜
      """, date: "2037-02-19")
    #expect(extract.actions.map(\.owner) == ["大森", "事務局", "岡部", "グエン", "園田"])
    #expect(extract.actions.map(\.due) == ["2037-02-27", "2037-03-16", "2037-03-19", "2037-03-31", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, false, true])
  }

  @Test func responsesTable() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### Agreed responses

      | # | Lead agency | Response | Timeline |
      |---|---|---|---|
      | R1 | Tannery Quarter NPT | Submit a CCTV repair request for cameras 3 and 7 | By 30/6 |
      | R2 | Velbridge Connect | Replace subway lighting with LED fittings | End of July |
      """, date: "2037-06-05")
    #expect(extract.actions.map(\.owner) == ["Tannery Quarter NPT", "Velbridge Connect"])
    #expect(extract.actions.map(\.due) == ["2037-06-30", "2037-07-31"])
  }

  @Test func dataFramePrinted() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-ups

      The next meeting of the CPS advisory group is on 18 June 2037.

      ```
      # A tibble: 3 × 4
        task                                            owner            due            status
        <chr>                                           <chr>            <chr>          <chr>
      1 Re-weight wave 3 for renters (Lower Quay)       Rafael Oduya     2037-06-11     open
      2 Publish codebook v1.2 on the city portal        Ines Varga       within 2 weeks open
      3 Options paper: ward-level publication           Priya Nandakumar next meeting   open
      ```
      """, date: "2037-05-21")
    #expect(extract.actions.map(\.owner) == ["Rafael Oduya", "Ines Varga", "Priya Nandakumar"])
    #expect(extract.actions.map(\.due) == ["2037-06-11", "2037-06-04", "2037-06-18"])
  }

  @Test func toDoAppAssignees() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Follow-ups from the consultation

      - [ ] Send the recommendations letter to the councillor's office
            Assigned to Nadia K. · Due on Mar 20
      - [ ] Ask the Herald editor about a monthly youth column
            Assigned to Kofi A.
      - [x] Upload sign-in sheets and photos to Docs & Files
            Completed by Lena M. on Mar 11
      """, date: "2037-03-11")
    #expect(extract.actions.map(\.owner) == ["Nadia K.", "Kofi A.", "Lena M."])
    #expect(extract.actions.map(\.due) == ["2037-03-20", nil, nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A Norwegian møtereferat: a numbered statement's asks ("bør", "må", "oppfordres til å", "ber …
/// om å") with Norwegian actor words and its English gloss in brackets read once; "Ansvar: … Frist:
/// …" fields on the task's own line, the names before the verb owning it; a quote from the last
/// minutes is none.
@Suite struct NorwegianMinutesTests {
  @Test func moetereferat() throws {
    let extract = try SectionReadingTests.extract(
      """
      ### Sak 13/37 Høringsuttalelse

      Fra referatet 28.01.: «Rådet anbefaler at kommunen lager en egen mottaksplan.»

      Vedtak (enstemmig): Integreringsrådet gir følgende høringsuttalelse til kommunedirektøren:

      1. Kommunen bør flytte ansvaret for planen til oppvekstsektoren. [The municipality should move the plan]
      2. Trossamfunnene oppfordres til å delta i et fast dialogforum med kommunen.
      3. Rådet ber regjeringen om å videreføre tilskuddsordningen også etter 2037.
      4. Lokale arbeidsgivere bør tilby flere sommerjobber til ungdom.

      Vedtak: Rådet slutter seg til planen om dialogmøte i mai 2037. Oppgaver:

      - Ansvar: Åse Bråten og Marit Nygård Solheim lager invitasjon og sender den ut. Frist: uke 13.
      - Ansvar: Yonas Tesfay undersøker lokaler. Frist: 1.4.
      - Ansvar: Øystein Lie oversender uttalelsen. Frist: 20. mars 2037 (før høringsfristen).
      """, date: "2037-03-04")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["religious-leaders"], ["governments"], ["private-sector"]])
    #expect(extract.actions.map(\.owner) == ["Åse Bråten og Marit Nygård Solheim", "Yonas Tesfay", "Øystein Lie"])
    #expect(extract.actions.map(\.due) == ["2037-03-27", "2037-04-01", "2037-03-20"])
  }
}

/// Minutes that write what was agreed without its "that".
@Suite struct AgreedWithoutThatTests {
  @Test func agreedThe() throws {
    let extract = try SectionReadingTests.extract("Agreed the faith leaders should put out one joint statement.\n", date: "2037-10-14")
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"]])
  }
}

/// Paper minutes typed up with their action list at the bottom: "→ Name — task, by …", the
/// owner set off by a dash or a second arrow, a name struck out and replaced.
@Suite struct ArrowDashTasksTests {
  @Test func arrowsWithDashes() throws {
    let extract = try SectionReadingTests.extract(
      """
      **ACTIONS** (Maureen's list, back page)

      → Ken — ring Cllr Okafor re money for mural, by Fri
      → Sandra → posters round the shops on parade ASAP
      → ~~Alan~~ Maureen — book hall again (Nov + Dec)
      """, date: "2037-10-14")
    #expect(extract.actions.map(\.owner) == ["Ken", "Sandra", "Maureen"])
    #expect(extract.actions.map(\.due) == ["2037-10-16", nil, nil])
  }
}

/// A speech-to-text dump the rapporteur tagged: "[REC]" marks a recommendation, "[ACTION name,
/// date]" a task of the one named (a listed speaker in the speakers' spelling), due when the tag
/// says, done where it says so.
@Suite struct RapporteurTagsTests {
  @Test func tags() throws {
    let extract = try SectionReadingTests.extract(
      """
      speaker 2: ok last thing donors who fund youth work in mirevale should let groups spend part of the grant on online work [REC]

      speaker 4: and i will take that back to the interfaith council meeting and ask every member community to name one youth contact [ACTION clara huisman, 22 oct]

      speaker 2: we'll set up a whatsapp group for the volunteer moderators next friday [ACTION youth network, whatsapp group, fri 16 oct]

      speaker 5: i can send joseph the contact for our youth desk right now actually [ACTION dario petrescu - DONE, sent during the session]
      """, date: "2037-10-08",
      fields: "speakers:\n  - name: Clara Huisman\n  - name: Dario Petrescu\n")
    #expect(extract.recommendations.map(\.actors) == [["donors"]])
    #expect(extract.actions.map(\.owner) == ["Clara Huisman", "youth network", "Dario Petrescu"])
    #expect(extract.actions.map(\.due) == ["2037-10-22", "2037-10-16", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }
}

/// A letter's asks under "we ask:", each naming whom it asks before a comma or between dashes;
/// what the writers said in an earlier year, recalled, is none.
@Suite struct LetterAsksTests {
  @Test func asksEachNamed() throws {
    let extract = try SectionReadingTests.extract(
      """
      In 2034, after the fire at the prayer hall, we wrote that "the authorities must protect every place of worship".

      Therefore, with humility and with firmness, we ask:

      Parents, to know the names of the games and groups where your children spend their evenings.

      Our brother and sister clergy — priests, pastors, imams and rabbis — to visit one another's houses of prayer this year.

      We urge the Government and Parliament to guarantee lasting funding for youth work.
      """, date: "2037-05-20")
    #expect(extract.recommendations.map(\.line) == [10, 12, 14])
    #expect(extract.recommendations.map(\.actors) == [[], ["religious-leaders"], ["governments"]])
  }
}

/// A static site's page keeps its shortcodes: the text they dress is read on its own line, a
/// shortcode that stands for another file's text stays, and an editors' reminder is no task.
@Suite struct SiteShortcodesTests {
  @Test func shortcodesGo() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## Recommendations

      {{% recommendation to="local-authorities" id="mp-1" %}}
      City councils should anchor the prevention plan in a standing council committee.
      {{% /recommendation %}}

      {{% recommendation to="civil-society" %}}Civil society organisations should insist on a vote on the steering group.{{% /recommendation %}}

      ## Follow-up

      {{< callout type="warning" >}}
      Reminder for editors: the 2035 table (Velmora to host the peer exchange by June 2036) is archived.
      {{< /callout >}}
      """, date: "2036-11-20")
    #expect(extract.recommendations.map(\.line) == [9, 12])
    #expect(extract.recommendations.map(\.text).first == "City councils should anchor the prevention plan in a standing council committee.")
    #expect(extract.actions.isEmpty)
  }

  @Test func aStandInStays() {
    #expect(TemplateShortcodes.plain("## Speakers\n\n{{< include _speakers.qmd >}}\n") == "## Speakers\n\n{{< include _speakers.qmd >}}\n")
    #expect(TemplateShortcodes.plain("a {{< figure src=\"x.png\" >}} b\n{{% note %}}\n") == "a  b\n\n")
    // Not a shortcode: no name after the opening, or no closing on the line.
    #expect(TemplateShortcodes.plain("{{< 3 >}} and {{% open\nx %}}") == "{{< 3 >}} and {{% open\nx %}}")
    // Shown in a fenced code block, as a page about the site's shortcodes shows them.
    let fenced = "```go-html-template\n{{< figure src=\"x.png\" >}}\n```\n{{< note >}}after\n"
    #expect(TemplateShortcodes.plain(fenced) == "```go-html-template\n{{< figure src=\"x.png\" >}}\n```\nafter\n")
  }
}

/// A Liberating Structures harvest: the raw ideas of individuals and pairs are none, the room's
/// asks under "Now what?" each address the actors before their colon, a "15% solution" promised
/// in the first person is a task, and a modal quoted as words is no advice.
@Suite struct HarvestTests {
  @Test func harvest() throws {
    let extract = try SectionReadingTests.extract(
      """
      ## 1-2-4-All

      ### 1 (alone, one idea per sticky note)

      - police should stop the Friday ID checks at the market

      ### 2 (pairs)

      - churches and mosques should share one youth day a month

      ## 15% Solutions

      - **Grace Nduta (teacher):** I will pair ten host-community and ten settlement students for a reading club by 1 October.

      ## What, So What, Now What

      - "The council should" appeared on nearly every sticky note in the first round.

      1. **Imams, pastors and the Council of Churches:** hold one shared youth day a month, planned by young people.
      2. **Radio Kasembe and the county newspaper:** give young people from both sides their own hosted hour.
      """, date: "2036-09-24")
    #expect(extract.recommendations.map(\.line) == [24, 25])
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"], ["media"]])
    #expect(extract.actions.map(\.owner) == ["Grace Nduta"])
    #expect(extract.actions.map(\.due) == ["2036-10-01"])
  }
}

/// A todo.txt file and TaskPaper projects pasted under a note's summary: each line a task, its
/// context or owner tag its owner, its due field or tag its date; a task filed for "someday" or
/// written before the session is none, a visitor's personal view no advice.
@Suite struct PlainTextTaskListsTests {
  @Test func lists() throws {
    let extract = try SectionReadingTests.extract(
      """
      Cllr Ferris said that personally he thinks "the police should lead, full stop".

      (A) 2037-03-14 Draft the referral protocol v2 +PVEplan @secretariat due:2037-04-01
      x 2037-03-20 2037-03-14 Book the Harbour Library hall for community week +communityweek @Lena
      (C) 2037-03-14 maybe: podcast series with the youth panel +someday
      x 2037-02-21 2037-02-14 Send February wellbeing survey to the schools +schools @Lena

      Follow-ups:
      \t- Send invites for community week to all member orgs @owner(Lena) @due(2037-03-30)
      \t- Confirm police liaison attendance at the April meeting @owner(Sgt. Okafor) @due(next Friday)
      \t- Share the youth panel's map with the council @owner(Dani) @done(2037-03-18)

      Asks:
      \t- Faith leaders should take the same training. @to(faith)
      """, date: "2037-03-14")
    #expect(extract.actions.map(\.line) == [8, 9, 14, 15, 16])
    #expect(extract.actions.map(\.owner) == ["secretariat", "Lena", "Lena", "Sgt. Okafor", "Dani"])
    #expect(extract.actions.map(\.due) == ["2037-04-01", nil, "2037-03-30", "2037-03-20", nil])
    #expect(extract.actions.map(\.done) == [false, true, false, false, true])
    #expect(extract.recommendations.map(\.line) == [19])
    #expect(extract.recommendations.map(\.text) == ["Faith leaders should take the same training."])
  }

  @Test func aNumberedItemOverIndentedOnesIsNoProject() {
    let text = "13. Post will:\n    - DHM to convene a meeting @done\n"
    #expect(PlainTextTasks.listed(text) == text)
  }
}

/// An Estonian koosoleku protokoll: "peaksid"/"võiksid" advice with Estonian actor words, a
/// gloss in round brackets read once, decisions with "Vastutaja:" and "Tähtaeg:" after their
/// sentence ("15. märtsiks", "kahe nädala jooksul", "järgmiseks koosolekuks" with the next
/// meeting's "Järgmine koosolek toimub …", "täpsustamisel" for a day not yet set).
@Suite struct EstonianMinutesTests {
  @Test func protokoll() throws {
    let extract = try SectionReadingTests.extract(
      """
      Otsustati:
      2.1. Koostada noortekogu ühine tagasiside kava eelnõule. Vastutaja: Ott Rebane. Tähtaeg: 15. märtsiks.
      2.3. Korraldada kaks avatud arutelu noortekeskustes. Vastutaja: Sofia Karu. Tähtaeg: kahe nädala jooksul.
      2.4. Võrrelda küsitluse tulemusi kava mõõdikutega. Vastutaja: Laura Kuusk. Tähtaeg: järgmiseks koosolekuks.
      5.4. Esitada taotlus osalemiseks Balti noorte rahufoorumil. Vastutaja: Mari-Liis Tamberg. Tähtaeg: täpsustamisel.

      4.1. Vallavalitsused peaksid looma igas vallas noorte osaluskogu.
      4.2. Haridus- ja Teadusministeerium peaks rahastama meediapädevuse tunde. (The ministry should fund media literacy classes.)
      4.3. Kogudused ja usujuhid võiksid avada oma ruumid noorte ühistegevusteks.

      Järgmine koosolek toimub 12.03.2037 kell 17.00 raamatukogus.
      """, date: "2037-02-12")
    #expect(extract.actions.map(\.owner) == ["Ott Rebane", "Sofia Karu", "Laura Kuusk", "Mari-Liis Tamberg"])
    #expect(extract.actions.map(\.due) == ["2037-03-15", "2037-02-26", "2037-03-12", nil])
    #expect(extract.recommendations.map(\.line) == [12, 13, 14])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["governments"], ["religious-leaders"]])
  }
}

/// An MDX page: its imports and components go, a recommendation wrapped in a component is read on
/// its text's line, an `<ActionItem>`'s attributes are its task's owner, date and state, and a
/// lead-in "the following …." is no item.
@Suite struct MDXPageTests {
  @Test func page() throws {
    let extract = try SectionReadingTests.extract(
      """
      import { Recommendation, ActionItem } from '@site/src/components/Outcomes';

      ## Recommendations

      The workshop agreed the following for the closing plenary.

      <Recommendation actor="donors">
      Donors should fund independent complaints mechanisms.
      </Recommendation>

      <Recommendation actor="media">Media should stop publishing the names of minors.</Recommendation>

      ## Next steps

      <ActionItem owner="Forum Secretariat" due="2036-11-20">Circulate this summary to all participants.</ActionItem>

      <ActionItem owner="Rafael Montoya" done>Share the slides (sent during the session).</ActionItem>
      """, date: "2036-11-06")
    #expect(extract.recommendations.map(\.line) == [13, 16])
    #expect(extract.actions.map(\.line) == [20, 22])
    #expect(extract.actions.map(\.owner) == ["Forum Secretariat", "Rafael Montoya"])
    #expect(extract.actions.map(\.due) == ["2036-11-20", nil])
    #expect(extract.actions.map(\.done) == [false, true])
  }

  @Test func htmlStaysAndLinesKeepTheirNumbers() {
    #expect(PageComponents.plain("<p>a</p>\n<b>x</b>\n") == "<p>a</p>\n<b>x</b>\n")
    #expect(PageComponents.plain("<Tabs>\n  <TabItem value=\"a\">\ntext\n  </TabItem>\n</Tabs>\n") == "\n\ntext\n\n\n")
  }
}

/// A Latvian sēdes protokols: "Ieteikt"/"Aicināt" decisions advise the actors they name, "Uzdot"
/// decisions over "Atbildīgais:" and "Termiņš:" lines are tasks (a post before the initial and
/// surname left out, a "[Izpildīts …]" line below marking one done), Latvian deadlines and the
/// next meeting's date read.
@Suite struct LatvianMinutesTests {
  @Test func protokols() throws {
    let extract = try SectionReadingTests.extract(
      """
      1.1. Uzdot komitejas sekretāram virzīt rīcības plāna projektu izskatīšanai domes sēdē.
      Atbildīgais: K. Liepiņš
      Termiņš: 2037. gada 19. martā

      1.2. Uzdot Sociālajam dienestam precizēt plāna 3. rīcības virzienu.
      Atbildīgais: Sociālā dienesta vadītāja I. Kalniņa
      Termiņš: divu nedēļu laikā

      1.3. Ieteikt Iekšlietu ministrijai paredzēt valsts budžetā mērķfinansējumu preventīvajam darbam.

      1.7. Sekretāram nosūtīt ieteikumus adresātiem.
      Atbildīgais: K. Liepiņš
      Termiņš: līdz 11.03.2037.
      *[Izpildīts 09.03.2037. — K. L.]*

      2.1. Uzdot jauniešu centram sagatavot priekšlikumu par padomes izveidi.
      Atbildīgais: A. Bērziņš (līdzatbildīgais / co-lead: R. Zariņš)
      Termiņš: līdz nākamajai sēdei

      2.4. Ieteikt novada uzņēmējiem piedāvāt vasaras prakses vietas jauniešiem.

      Nākamā komitejas sēde notiks 2037. gada 1. aprīlī plkst. 14.00.
      """, date: "2037-03-04")
    #expect(extract.actions.map(\.owner) == ["K. Liepiņš", "I. Kalniņa", "K. Liepiņš", "A. Bērziņš"])
    #expect(extract.actions.map(\.due) == ["2037-03-19", "2037-03-18", nil, "2037-04-01"])
    #expect(extract.actions.map(\.done) == [false, false, true, false])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["private-sector"]])
  }
}

/// A memo typed up from paper and scanned: "REC0MMENDATI0NS" and "0ffice" read with their
/// letters, a running head between dashed rules taken out and the sentence it cut joined again,
/// a numbered lead-in ("8. The participants recommended:") over lettered paragraphs that each
/// advise, and an earlier year's text quoted is no advice.
@Suite struct TypedMemoTests {
  @Test func memo() throws {
    let extract = try SectionReadingTests.extract(
      """
      The 2034 Peace Accord (Art. 9) stated that "all places of worship should register their preachers".

      REC0MMENDATI0NS

      8. The participants recommended:

      (a) that the Ministry of Religious Affairs replace the 2034
          registration clause with a voluntary code;

      (b) that donors fund small grants for returnees' appren-

      --------------------------------------------------------------------
                                                  MEMO - p. 2 of 3
      --------------------------------------------------------------------

          ticeships, administered by the elders' committees;

      (c) that youth organisations invite the returnees to their clubs.

      Field 0ffice, wou1d be glad to help.
      """, date: "2036-10-14")
    #expect(extract.recommendations.map(\.line) == [12, 15, 23])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["youth-organisations"]])
    #expect(extract.recommendations.map(\.text)[1] == "That donors fund small grants for returnees' apprenticeships, administered by the elders' committees.")
  }

  @Test func digitsStayInCodes() {
    #expect(TypedPages.mended("The G20 and the R2P, A1 and B12.") == "The G20 and the R2P, A1 and B12.")
    #expect(TypedPages.mended("REC0MMENDATI0NS from the Field 0ffice") == "RECOMMENDATIONS from the Field Office")
  }
}

/// A meeting tool's task list copied as a table, each task by its title beside whom it is
/// assigned to and when it is due.
@Suite struct AssignedTaskTableTests {
  @Test func table() throws {
    let extract = try SectionReadingTests.extract(
      """
      | Title | Assigned to | Due date | Status |
      |---|---|---|---|
      | Circulate the clean draft to all attendees | @Amara Oduya | Feb 16 | Not started |
      | Send speaker bios to comms | @Wen Liqiao | Feb 13 | ✅ Completed |

      | Title | Speaker | Time |
      |---|---|---|
      | Opening remarks | Amara Oduya | 10:00 |
      """, date: "2037-02-12")
    #expect(extract.actions.map(\.owner) == ["Amara Oduya", "Wen Liqiao"])
    #expect(extract.actions.map(\.due) == ["2037-02-16", nil])
    #expect(extract.actions.map(\.done) == [false, true])
  }
}

/// Lettered paragraphs "(A) …", "(B) …" are no todo.txt file: only lines that file their task as
/// todo.txt does (a day, a project, a context or a due field) are read as one.
@Suite struct LetteredLinesAreNoTodoTxtTests {
  @Test func lettered() {
    let text = "(A) Governments should fund youth work.\n(B) Donors should pool their grants.\n"
    #expect(PlainTextTasks.listed(text) == text)
    #expect(PlainTextTasks.listed("(A) Draft the plan +PVE\n(B) Book the hall @Lena\n") == "- (A) Draft the plan +PVE\n- (B) Book the hall @Lena\n")
  }
}
