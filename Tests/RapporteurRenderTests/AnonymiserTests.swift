import RapporteurCore
import RapporteurRender
import Testing

@Suite struct AnonymiserTests {
  static let session: Session? = try? SessionLoader.load(file: "closed.md", text: ChathamHouseBuildTests.note).get()

  /// `text` made anonymous for the session of the notes `note`.
  func anonymise(_ text: String, in note: String) throws -> String {
    let session = try SessionLoader.load(file: "closed.md", text: note).get()
    return try #require(Anonymiser(session: session)).apply(text)
  }

  /// A note's whole text as the rule leaves it.
  func anonymised(note: String) throws -> String {
    let session = try SessionLoader.load(file: "closed.md", text: note).get()
    return try #require(Anonymiser(session: session)).apply(session.text)
  }

  func anonymise(_ text: String) throws -> String {
    let session = try #require(Self.session)
    let anonymiser = try #require(Anonymiser(session: session))
    return anonymiser.apply(text)
  }

  @Test(arguments: [
    ("Dr. Miriam Okonkwo-Hale opened.", "A deputy minister opened."),
    ("DR MIRIAM OKONKWO-HALE opened.", "A deputy minister opened."),
    ("Then Miriam\nOkonkwo-Hale spoke.", "Then a deputy minister\n spoke."),
    ("Okonkwo-Hale's team agreed.", "A deputy minister's team agreed."),
    ("- Ms Okonkwo-Hale to circulate the draft.", "- A deputy minister to circulate the draft."),
    ("Sean O’Brien and O'Brien's mosque.", "An imam and an imam's mosque."),
    ("Li Wen and wen agreed; Wenders did not.", "A participant and a participant agreed; Wenders did not."),
    // The chair is also a speaker: the session's details name the chair, so what the chair says
    // as a speaker is unnamed like anyone's ("the chair said …" would name the one who said it).
    ("Ms. Diallo opened; Amina Diallo closed.", "A participant opened; a participant closed."),
    ("Miriams and Okonkwo-Haley are other people.", "Miriams and Okonkwo-Haley are other people."),
    ("- TB to share the list; MO (Dr Miriam Okonkwo-Hale) to brief.", "- An NGO director to share the list; a deputy minister to brief."),
    ("Mo and tb are no initials; SO IMPORTANT.", "Mo and tb are no initials; SO IMPORTANT."),
    ("@tomasz.brightwater and @tbrightwater agreed; M. Okonkwo-Hale too.", "An NGO director and an NGO director agreed; a deputy minister too."),
    ("Write to @someone-else, not @sean_obrien.", "Write to @someone-else, not an imam."),
  ])
  func namesBecomeRoles(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  /// A speaker listed by description in small letters names no one: none of its words is a name.
  @Test func aSpeakerDescribedInSmallLettersNamesNoWord() throws {
    let note = "---\ntitle: T\ndate: \"2036-05-14\"\nchatham-house: true\nspeakers:\n  - \"a trust-and-safety manager of a platform company (not named at the company's request)\"\n  - \"jane roe\"\n---\n"
    #expect(try anonymise("Platform companies must reply within 48 hours, jane roe said.", in: note)
      == "Platform companies must reply within 48 hours, a participant said.")
  }

  /// A role written in title case reads in small letters after its article.
  @Test func aTitleCaseRoleReadsAsARole() throws {
    let note = "---\ntitle: T\ndate: \"2017-09-21\"\nchatham-house: true\nspeakers:\n  - {name: Elena Marquez, role: Special Rapporteur}\n  - {name: Tom Reyes, role: UN Programme Officer}\n---\n"
    #expect(try anonymise("Elena Marquez recommended a review; Tom Reyes agreed.", in: note)
      == "A special rapporteur recommended a review; a UN programme officer agreed.")
  }

  /// Surnames that are also words, where they read as names: before an adverb and a verb, with a
  /// possessive, after an initial.
  @Test(arguments: [
    ("Young later argued that donors must fund youth groups.", "A youth delegate later argued that donors must fund youth groups."),
    ("Young's proposal was that donors should fund research.", "A youth delegate's proposal was that donors should fund research."),
    ("O. Secret later added that donors must be flexible.", "An adviser later added that donors must be flexible."),
    ("Young people later joined. Secret ballots were used.", "Young people later joined. Secret ballots were used."),
  ])
  func surnamesThatAreAlsoWordsWhereTheyReadAsNames(text: String, expected: String) throws {
    let note = """
      ---
      title: Closed roundtable
      date: "2017-09-21"
      chatham-house: true
      speakers:
        - {name: Will Young, role: Youth delegate}
        - {name: Olga Secret, role: Adviser}
      ---
      ## Discussion

      Text.
      """
    #expect(try anonymise(text, in: note) == expected)
  }

  /// Speakers a note lists only in its Speakers section are hidden as those of its front matter.
  @Test func speakersListedOnlyInTheNotesAreHidden() throws {
    let note = """
      ---
      title: Closed session
      date: "2017-09-21"
      chatham-house: true
      ---
      ## Speakers

      - Jane Roe, adviser, UNDP
      - Karim Haddad – director of a youth network
      - Representative of a bilateral agency

      ## Discussion

      Text.
      """
    #expect(try anonymise("- Karim Haddad to circulate the paper; Jane Roe agreed.", in: note) == "- A participant to circulate the paper; a participant agreed.")
    #expect(try anonymise("A Representative of a bilateral agency spoke.", in: note) == "A Representative of a bilateral agency spoke.")
  }

  static let nicknameNote = """
    ---
    title: Closed
    date: "2017-09-21"
    chatham-house: true
    speakers:
      - {name: Margaret (Peggy) van der Berg, role: Researcher}
      - {name: "Robert 'Bob' Smithers", role: Minister}
      - {name: "Ana “Anita” Ruiz"}
      - {name: Sean O'Brien (Chair)}
    ---
    """

  /// A nickname in a speaker's name, in brackets or quotes, names them too.
  @Test(arguments: [
    ("Peggy urged governments to act.", "A researcher urged governments to act."),
    ("- Peggy to send the list; Bob to brief.", "- A researcher to send the list; a minister to brief."),
    ("Anita and Peggy van der Berg agreed.", "A participant and a researcher agreed."),
    ("Bob Smithers said so; Margaret van der Berg too.", "A minister said so; a researcher too."),
    ("The chair, Sean, opened.", "The chair, a participant, opened."),
  ])
  func nicknamesBecomeRoles(text: String, expected: String) throws {
    #expect(try anonymise(text, in: Self.nicknameNote) == expected)
  }

  /// Someone the front matter does not list, named with the body they speak for, is unnamed with it.
  @Test(arguments: [
    ("From the floor, Maria Gomez of Oxfam urged governments to act.", "From the floor, a participant urged governments to act."),
    ("Lars Holm (Norway) called on donors to coordinate.", "A participant called on donors to coordinate."),
    ("Civil Society Forum of Kenya urged donors to act.", "Civil Society Forum of Kenya urged donors to act."),
    ("Maria Gomez of the Ministry explained the plan.", "A participant explained the plan."),
  ])
  func anUnlistedNameWithItsBodyIsHidden(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  static let wordNamesNote = """
    ---
    title: Closed
    date: "2017-09-21"
    chatham-house: true
    speakers:
      - {name: Will Young, role: Adviser}
      - {name: May Green, role: Researcher}
    ---
    """

  /// A part of a name that is also a word stays a word where it reads as one: a month, after an
  /// article, or opening a sentence before a word no name takes; as a name it is hidden.
  @Test(arguments: [
    ("Young people need trusted spaces.", "Young people need trusted spaces."),
    ("The window may open in May; brief the May working group by May 12.", "The window may open in May; brief the May working group by May 12."),
    ("Young said the window may open. Green agreed.", "An adviser said the window may open. A researcher agreed."),
    ("We heard from Young and from May Green.", "We heard from an adviser and from a researcher."),
  ])
  func namesThatAreWordsStayWords(text: String, expected: String) throws {
    #expect(try anonymise(text, in: Self.wordNamesNote) == expected)
  }

  static let particlesNote = """
    ---
    title: Closed-door consultation
    date: "2017-09-21"
    chatham-house: true
    speakers:
      - Pieter de Vries
      - José María García
      - name: Annelies van der Berg
        role: Mayor
      - name: Inés Pilar Fernández-Ortega
        role: National PVE coordinator
      - Siobhán O'Neill
      - name: Ramón Fernandez de la Cruz
        role: a senior interior ministry official
    ---
    ## Discussion

    Text.
    """

  @Test(arguments: [
    ("Mr. de Vries called on donors.", "A participant called on donors."),
    ("Mr De Vries and Pieter agreed.", "A participant and a participant agreed."),
    ("Ms van der Berg spoke.", "A mayor spoke."),
    ("Mr Garcia urged donors to act.", "A participant urged donors to act."),
    ("Maria Garcia and José María García.", "A participant and a participant."),
    ("Vries-like words and the garden stay.", "A participant-like words and the garden stay."),
    ("Ms Fernández stressed it; Ms Ortega agreed.", "A national PVE coordinator stressed it; a national PVE coordinator agreed."),
    ("as Inés Pilar proposed.", "as a national PVE coordinator proposed."),
    ("- @oneill to share the list; @pdevries to follow up.", "- A participant to share the list; a participant to follow up."),
    ("@ipfernandezortega, @siobhan_on and @ines_fernandez-ortega agreed; @sio and @inesp did not.", "A national PVE coordinator, a participant and a national PVE coordinator agreed; @sio and @inesp did not."),
    ("See [Fernandez-Ortega's paper](https://example.org/fernandez-ortega/paper).", "See a national PVE coordinator's paper."),
    ("Mail pieter.devries@example.org or www.example.org/oneill today.", "Mail a participant or a participant today."),
    ("Mr Fernandez de la Cruz urged governments.", "A senior interior ministry official urged governments."),
  ])
  func surnamesWithParticlesAndAccentsBecomeRoles(text: String, expected: String) throws {
    #expect(try anonymise(text, in: Self.particlesNote) == expected)
  }

  static let initialsNote = """
    ---
    title: Closed expert meeting
    date: "2017-09-21"
    chatham-house: true
    speakers:
      - name: Jane Q. Doe
        role: professor
      - name: John F. Kennedy Smith
        role: diplomat
    ---
    ## Discussion

    Text.
    """

  /// A middle initial is part of the name it stands in, written out or not.
  @Test(arguments: [
    ("Jane Q. Doe said so.", "A professor said so."),
    ("As Jane Doe and J. Q. Doe agreed.", "As a professor and a professor agreed."),
    ("NATO. J. Doe spoke; then J.Q. Doe.", "NATO. A professor spoke; then a professor."),
    ("John F. Kennedy Smith and Mr. Smith disagreed.", "A diplomat and a diplomat disagreed."),
    ("Jane Q. Public is someone else; so is K. Doe, unlike Q. Doe.", "A professor Q. Public is someone else; so is K. a professor, unlike a professor."),
  ])
  func middleInitialsGoWithTheName(text: String, expected: String) throws {
    let anonymous = try anonymise(text, in: Self.initialsNote)
    #expect(anonymous == expected)
  }

  /// Initials that spell a word ("MY" of Mariam Yusuf) are hidden when the notes give them as the
  /// speaker's, and the word in small letters stays.
  @Test func initialsThatSpellAWordAreHiddenWhenTheNotesGiveThem() throws {
    let note = "---\ntitle: Closed roundtable\ndate: \"2018-03-13\"\nchatham-house: true\n"
      + "speakers:\n  - name: Mariam Yusuf\n    role: researcher\n---\n## Discussion\n\nMariam Yusuf (MY) opened the discussion.\n"
    #expect(try anonymise("MY to circulate my review.", in: note) == "A researcher to circulate my review.")
    #expect(try anonymise("MY to circulate my review.", in: Self.initialsNote) == "MY to circulate my review.")
  }

  static let describedNote = """
    ---
    title: Closed roundtable
    date: "2017-09-21"
    chatham-house: true
    speakers:
      - name: Representative of a bilateral development agency
        sector: donor
      - name: Representative of a national PVE coordination office
      - Hans Müller, head of unit
      - jane okoro
    ---
    ## Discussion

    Text.
    """

  /// Initials written with full stops, and those of each part of a double name, are the speaker's
  /// too; other dotted capitals stay.
  @Test(arguments: [
    ("R.A. said governments should involve families early.", "A founder of an NGO said governments should involve families early."),
    ("K.B.-F. urged donors to act; KBF and KB agreed.", "A director of prisons urged donors to act; a director of prisons and a director of prisons agreed."),
    ("The U.S. and R. A. spoke.", "The U.S. and a founder of an NGO spoke."),
    ("Mr Benali\u{2011}Forsythe agreed.", "A director of prisons agreed."),
    ("Mr *Benali*-Forsythe agreed.", "A director of prisons agreed."),
    ("Ms _Achterberg_ agreed.", "A founder of an NGO agreed."),
  ])
  func initialsWithFullStopsAreTheSpeakers(text: String, expected: String) throws {
    let note = """
      ---
      title: T
      date: "2017-09-21"
      chatham-house: true
      speakers:
        - {name: Karim Benali-Forsythe, role: Director of prisons}
        - {name: Ruth Achterberg, role: Founder of an NGO}
      ---
      ## Discussion

      Text.
      """
    #expect(try anonymise(text, in: note) == expected)
  }

  /// A name's part that is also a word counts only when written with a capital; two-letter
  /// parts count so too.
  @Test(arguments: [
    ("Governments will cut the price of fuel; Price said so, and Will agreed.", "Governments will cut the price of fuel; an economist said so, and an economist agreed."),
    ("Li said that donors must fund women; li is a word here.", "A participant said that donors must fund women; li is a word here."),
  ])
  func namePartsThatAreWordsNeedACapital(text: String, expected: String) throws {
    let note = "---\ntitle: T\ndate: \"2017-09-21\"\nchatham-house: true\nspeakers:\n  - name: Will Price\n    role: Economist\n  - Li Na\n---\n## Discussion\n\nText.\n"
    #expect(try anonymise(text, in: note) == expected)
  }

  /// A speaker listed by what they are names no one: their words stay elsewhere in the text. A
  /// description after a name's comma is no part of the name.
  @Test(arguments: [
    ("We recommend that bilateral donors fund the coordination office.", "We recommend that bilateral donors fund the coordination office."),
    ("The Representative of a bilateral development agency agreed.", "The a participant agreed."),
    ("Mr Müller said the unit has a head; Hans agreed.", "A participant said the unit has a head; a participant agreed."),
    ("Okoro and Jane Okoro spoke.", "A participant and a participant spoke."),
  ])
  func speakersListedByDescriptionNameNoOne(text: String, expected: String) throws {
    #expect(try anonymise(text, in: Self.describedNote) == expected)
  }

  /// A chair who also spoke is named in the details: "the Chair" is never set beside their role,
  /// which would tie the role to the name.
  @Test(arguments: [
    ("The Chair, Omar Haddad, urged donors to act.", "The Chair urged donors to act."),
    ("Omar Haddad (Chair) urged donors to act.", "The Chair urged donors to act."),
    ("Later, Omar Haddad, the Chair, closed.", "Later, the Chair closed."),
    ("Ana Costa thanked the Chair, Omar Haddad, for the invitation.", "A researcher thanked the Chair for the invitation."),
  ])
  func aChairWhoSpokeIsNotGivenARoleBesideTheChair(text: String, expected: String) throws {
    let note = """
      ---
      title: T
      date: "2017-09-21"
      time: "10:00-11:00"
      chair: Omar Haddad
      chatham-house: true
      speakers:
        - {name: Omar Haddad, role: Director of prisons}
        - {name: Ana Costa, role: Researcher}
      ---
      ## Discussion

      Text.
      """
    #expect(try anonymise(text, in: note) == expected)
  }

  /// A link whose target names a speaker keeps its words and loses its target; a link whose
  /// target names nobody stays as written.
  @Test(arguments: [
    ("See [the draft](https://example.org/okonkwo-hale/draft.pdf) today.", "See the draft today."),
    ("![A portrait](https://example.org/Brightwater.jpg \"Portrait\")", "A portrait"),
    ("[Draft](<https://example.org/Tomasz Brightwater.pdf>) and [notes](notes/sean%2Dobrien.md)", "Draft and notes"),
    ("See [Brightwater's paper](https://example.org/papers/42).", "See [an NGO director's paper](https://example.org/papers/42)."),
    ("See [the notes][n].\n\n[n]: https://example.org/obrien-notes \"Notes\"", "See [the notes][n].\n\n[n]: <> \"Notes\""),
    // A footnote that opens with a name is text, not a definition: the name is a role.
    ("Prisons are full.[^1]\n\n[^1]: Brightwater, personal communication.", "Prisons are full.[^1]\n\n[^1]: An NGO director, personal communication."),
  ])
  func linkTargetsThatNameASpeakerAreDropped(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  /// An address that names a speaker, as an autolink or written out, is the speaker's role.
  @Test(arguments: [
    ("Write to <mailto:t.brightwater@example.org> or <https://example.org/~obrien>.", "Write to an NGO director or an imam."),
    ("Mail tomasz.brightwater@example.org or see www.example.org/okonkwo-hale.", "Mail an NGO director or see a deputy minister."),
    ("<https://example.org/reports/2017> and info@example.org stay.", "<https://example.org/reports/2017> and info@example.org stay."),
  ])
  func addressesThatNameASpeakerBecomeRoles(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  /// Character references are read as the characters they stand for.
  @Test(arguments: [
    ("Ms Okonkwo&#45;Hale and Bright&#x77;ater agreed.", "A deputy minister and an NGO director agreed."),
    ("S&eacute;an O&#39;Brien and Tomasz&#32;Brightwater spoke.", "An imam and an NGO director spoke."),
  ])
  func namesWrittenWithCharacterReferencesBecomeRoles(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  /// Marks that show nothing between two letters (emphasis, code, a tag or comment, an invisible
  /// character) do not split a name.
  @Test(arguments: [
    ("*Bright*water and **Okonkwo**-Hale agreed.", "An NGO director and a deputy minister agreed."),
    ("Bright`water` and _Tomasz_ Brightwater and Bright<!-- -->water.", "An NGO director and an NGO director and an NGO director."),
    ("Bright\u{200B}water and O'Bri\u{00AD}en.", "An NGO director and an imam."),
  ])
  func namesSplitByMarkupBecomeRoles(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  /// A handle followed by the rest of the same speaker's name is one name, not two.
  @Test(arguments: [
    ("- @Tomasz Brightwater to circulate the draft.", "- An NGO director to circulate the draft."),
    ("@Miriam Okonkwo-Hale's team agreed.", "A deputy minister's team agreed."),
  ])
  func aHandleAndTheNameAfterItAreOneName(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  /// People the front matter does not list are not named either: after a title, or as two
  /// capitalised words before a verb of speech. Organisations, the chair and plain words stay.
  @Test(arguments: [
    ("Dr Jane Okoro (UNICEF) opened.", "A participant (UNICEF) opened."),
    ("Then Ambassador Lind and Prof. van der Berg spoke.", "Then a participant and a participant spoke."),
    ("Jane Okoro said the plan works; Grace Park agreed.", "A participant said the plan works; Grace Park agreed."),
    ("The World Bank said it would help; UNDP noted gaps.", "The World Bank said it would help; UNDP noted gaps."),
    ("Ms Amina Diallo thanked Minister Okafor.", "A participant thanked a participant."),
    ("Minister of Interior officials attended. Mr Chairman, thank you.", "Minister of Interior officials attended. Mr Chairman, thank you."),
  ])
  func peopleTheFrontMatterDoesNotListAreNotNamed(text: String, expected: String) throws {
    #expect(try anonymise(text) == expected)
  }

  /// A person the front matter does not list, once shown to be a person, is hidden wherever the
  /// notes name them again, and the body a person speaks for before a verb of speech goes too.
  @Test func aPersonNamedOnceIsHiddenEverywhere() throws {
    let note = """
      ---
      title: T
      date: "2018-03-14"
      chatham-house: true
      speakers:
        - {name: Layla Haddad, role: Researcher}
      ---
      ## Discussion

      - Kofi Boateng (UNDP) said donors should pool funds.
      - According to Kofi Boateng, donors should accept reports in local languages.
      - Kofi, from UNDP, said donors should fund core costs.
      - Layla Haddad (University of Jordan) said the plan works. Minister Young said so too.
      - Young people should lead.

      """
    let hidden = try anonymised(note: note)
    #expect(!hidden.contains("Kofi") && !hidden.contains("Boateng") && !hidden.contains("University of Jordan") && !hidden.contains("UNDP"))
    #expect(hidden.contains("- A participant said donors should pool funds."))
    #expect(hidden.contains("- According to a participant, donors should accept"))
    #expect(hidden.contains("- A researcher said the plan works. A participant said so too."))
    #expect(hidden.contains("- A participant said donors should fund core costs."))
    #expect(hidden.contains("- Young people should lead."))
  }

  /// People the lists do not give are hidden wherever the words around say a person is meant: in
  /// brackets, after a verb of speech, after "As", after "presented by", with three words of
  /// a name; a role before a colon in the Speakers section does not hide the name after it.
  @Test func peopleNamedInOtherPlacesOfASentence() throws {
    let note = """
      ---
      title: T
      date: "2017-09-21"
      chatham-house: true
      speakers:
        - {name: Jane Doe, role: Director}
        - {name: Jürgen Schröder, role: Researcher}
      ---
      ## Speakers

      - Moderator: John Smith (Hedayah)

      ## Discussion

      - Responding to a question from the floor (Rahul Mehta), the panel urged donors to act.
      - As Olga Petrova put it, governments must listen to young people.
      - Governments must stop treating youth groups as suspects, said Chen Wei.
      - Juan Pablo García said governments must publish their consultation lists.
      - Donors should follow the model presented by Amina Diallo.
      - Juergen Schroeder to circulate the study; Mr Schroeder agreed. John Smith opened.
      - Work in Sierra Leone and Burkina Faso (Costa Rica) was presented by New York.

      """
    let hidden = try anonymised(note: note)
    for name in ["Mehta", "Petrova", "Chen", "Juan", "García", "Diallo", "Juergen", "Schroeder", "John Smith"] {
      #expect(!hidden.contains(name), "\(name)")
    }
    #expect(hidden.contains("- A researcher to circulate the study; a researcher agreed."))
    #expect(hidden.contains("- Work in Sierra Leone and Burkina Faso (Costa Rica) was presented by New York."))
  }

  /// A role given with where the speaker serves ("Minister of Youth, Republic of Kenya") shows
  /// the office alone, which would otherwise single the speaker out.
  @Test func aRoleWithItsPlaceShowsTheOfficeAlone() throws {
    let note = "---\ntitle: T\ndate: \"2017-09-21\"\nchatham-house: true\nspeakers:\n  - {name: Grace Wanjiru, role: \"Minister of Youth, Republic of Kenya\"}\n---\n## Discussion\n\nText.\n"
    #expect(try anonymise("Grace Wanjiru urged donors to act.", in: note) == "A minister of youth urged donors to act.")
  }

  /// A part of a speaker's name that names a place there ("Jordan and Morocco", "Lake Chad") is
  /// left as written; where nothing says it is a place, it is the speaker's name.
  @Test(arguments: [
    ("Governments such as Jordan and Morocco should act.", "Governments such as Jordan and Morocco should act."),
    ("Projects around Lake Chad and Lake Victoria.", "Projects around Lake Chad and Lake Victoria."),
    ("Work in Jordan, Tunisia and Chad; the Government of Jordan agreed.", "Work in Jordan, Tunisia and Chad; the Government of Jordan agreed."),
    ("Jordan said the plan works; Lake agreed.", "A diplomat said the plan works; a donor representative agreed."),
    ("Jordan and Victoria presented.", "A diplomat and a donor representative presented."),
    ("Victoria Lake urged donors.", "A donor representative urged donors."),
  ])
  func aNameThatNamesAPlaceStays(text: String, expected: String) throws {
    let note = "---\ntitle: T\ndate: \"2018-03-14\"\nchatham-house: true\nspeakers:\n  - {name: Jordan Ellis, role: Diplomat}\n  - {name: Victoria Lake, role: Donor representative}\n---\n## Discussion\n\nText.\n"
    #expect(try anonymise(text, in: note) == expected)
  }

  /// A note under the Chatham House Rule with `frontMatter` lines added to its front matter.
  static func closedNote(_ frontMatter: String, body: String = "## Discussion\n\nText.\n") -> String {
    "---\ntitle: T\ndate: \"2017-09-21\"\nchatham-house: true\n\(frontMatter)---\n\(body)"
  }

  /// A name part that is a place or a word of a body the front matter names stays where the text
  /// names the place or the body: "Chad Basin", "from Syria to Jordan", "the Washington Institute".
  @Test(arguments: [
    ("Returnees in the Lake Chad Basin and from Syria to Jordan.", "Returnees in the Lake Chad Basin and from Syria to Jordan."),
    ("The Washington Institute, hosted by Washington Institute, agreed.", "The Washington Institute, hosted by Washington Institute, agreed."),
    ("Washington said the data would follow; Chad agreed.", "A fellow said the data would follow; an adviser agreed."),
  ])
  func aNameThatNamesARegionOrABodyStays(text: String, expected: String) throws {
    let note = Self.closedNote("hosts: [Washington Institute]\nspeakers:\n  - {name: Tom Washington, affiliation: Washington Institute, role: Fellow}\n  - {name: Chad Morrison, role: Adviser}\n")
    #expect(try anonymise(text, in: note) == expected)
  }

  /// Speakers given as a table's rows in the Speakers section are hidden as a list's would be.
  @Test func speakersInATableAreHidden() throws {
    let note = Self.closedNote(
      "", body: "## Speakers\n\n| Name | Organisation |\n|---|---|\n| Kwame Mensah | Ministry of Justice, Ghana |\n| Leila Rahimi | University of Tehran |\n| Peace Institute | Amal Haddad |\n\n## Discussion\n\nText.\n")
    let hidden = try anonymise("Mensah urged governments to act; Rahimi agreed (Kwame). Haddad of the Peace Institute too.", in: note)
    #expect(hidden == "A participant urged governments to act; a participant agreed (a participant). A participant of the Peace Institute too.")
  }

  /// "O'Brien, Siobhán" in the front matter is Siobhán O'Brien; "Tom W." is Tom Whitaker with
  /// the surname's initial; a role ending in "s" takes a bare apostrophe.
  @Test(arguments: [
    ("Siobhán said governments should act.", "A participant said governments should act."),
    ("Owner: Tom W. \u{2014} circulate the list. Thanks to Tom W.", "Owner: A fellow \u{2014} circulate the list. Thanks to a fellow."),
    ("Mr Mensah's presentation urged donors.", "A director of prisons' presentation urged donors."),
  ])
  func namesWrittenShortOrSurnameFirst(text: String, expected: String) throws {
    let note = Self.closedNote("speakers:\n  - \"O'Brien, Siobhán\"\n  - {name: Tom Whitaker, role: Fellow}\n  - {name: Kwame Mensah, role: Director of prisons}\n")
    #expect(try anonymise(text, in: note) == expected)
  }

  /// Names with letters no accent makes are found however they are written out in plain letters.
  @Test(arguments: [
    ("Walesinski said governments should act.", "A participant said governments should act."),
    ("Kjaergaard and YILDIRIM agreed; Weissmuller too.", "A participant and a participant agreed; a participant too."),
  ])
  func namesWrittenInPlainLetters(text: String, expected: String) throws {
    let note = "---\ntitle: T\ndate: \"2017-09-21\"\nchatham-house: true\nspeakers: [Łukasz Wałęsiński, Søren Kjærgaard, Günther Weißmüller, Ayşe Yıldırım]\n---\n## Discussion\n\nText.\n"
    #expect(try anonymise(text, in: note) == expected)
  }

  @Test(arguments: [("true", true), ("y", true), ("1", true), ("[true]", true), ("", true), ("false", false), ("no", false)])
  func anyValueButFalseKeepsTheRule(value: String, expected: Bool) throws {
    let text = "---\ntitle: T\ndate: \"2017-09-21\"\nchatham-house: \(value)\n---\n## Discussion\n\nText.\n"
    #expect(try SessionLoader.load(file: "a.md", text: text).get().chathamHouse == expected)
  }

  /// Notes that say the session was held under the rule keep it when the front matter is silent;
  /// a clear "false" or a denial in the notes does not.
  @Test(arguments: [
    ("", "The roundtable was held under the Chatham House Rule.", true),
    ("", "Chatham House rules applied throughout.", true),
    ("", "The session was not held under the Chatham House Rule.", false),
    ("chatham-house: false\n", "The roundtable was held under the Chatham House Rule.", false),
    ("", "A Chatham House paper was cited.", false),
  ])
  func notesThatDeclareTheRuleKeepIt(field: String, body: String, expected: Bool) throws {
    let text = "---\ntitle: T\ndate: \"2017-09-21\"\n\(field)---\n## Purpose\n\n\(body)\n"
    #expect(try SessionLoader.load(file: "a.md", text: text).get().chathamHouse == expected)
  }

  /// A key written another way keeps the rule too: a typo must not name speakers.
  @Test(arguments: [
    ("Chatham-House: true", true), ("chatham_house: true", true), ("chathamhouse: yes", true),
    ("chatham-house-rule: true", true), ("Chatham House: false", false), ("chatham: true", true), ("chat: true", false),
    ("defaults: &d {chatham-house: true}\n<<: *d", true),
  ])
  func aKeyWrittenAnotherWayKeepsTheRule(line: String, expected: Bool) throws {
    let text = "---\ntitle: T\ndate: \"2017-09-21\"\n\(line)\n---\n## Discussion\n\nText.\n"
    #expect(try SessionLoader.load(file: "a.md", text: text).get().chathamHouse == expected)
  }

  @Test func manyNamesInALongTextStayLinear() throws {
    let text = String(repeating: "Okonkwo-Hale said that Li Wen agreed with Dr Miriam. ", count: 20_000)
    let result = try anonymise(text)
    #expect(!result.contains("Okonkwo") && !result.contains("Miriam") && !result.contains("Wen "))
    #expect(result.split(separator: "\n").count == text.split(separator: "\n").count)
  }

  @Test func theRuleKeepsLineNumbers() throws {
    let session = try #require(Self.session)
    let anonymiser = try #require(Anonymiser(session: session))
    let hidden = anonymiser.anonymised(session, catalog: .standard)
    #expect(hidden.text.split(separator: "\n", omittingEmptySubsequences: false).count
      == session.text.split(separator: "\n", omittingEmptySubsequences: false).count)
    #expect(hidden.sections.map(\.headingRange) == session.sections.map(\.headingRange))
  }
}
