import Foundation
import RapporteurCore
import Testing

/// How each section's blocks are read: which become items, whole or in parts.
@Suite struct SectionReadingTests {
  /// `fields`: more front matter, one field a line, before the closing "---".
  static func extract(_ body: String, date: String = "2025-11-12", fields: String = "") throws -> SessionExtract {
    let text = "---\ntitle: T\ndate: \"\(date)\"\ntime: \"10:00-11:00\"\n\(fields)---\n" + body
    let session = try SessionLoader.load(file: "note.md", text: text).get()
    return Extractor().extract(session)
  }

  /// Notes that write their sections at another heading level than 2 are read by them too; in
  /// notes with sections at level 2, a deeper heading stays inside its section.
  @Test(arguments: [
    ("# Purpose\n\nWhy.\n\n# Recommendations\n\n- Train teachers.\n\n# Next steps\n\n- Draft the plan.\n", 1),
    ("# The session\n\n## Day one\n\n### Purpose\n\nWhy.\n\n### Recommendations\n\n#### To schools\n\n- Train teachers.\n\n### Next steps\n\n- Draft the plan.\n", 3),
    ("## Purpose\n\nWhy.\n\n# Recommendations\n\n- Train teachers.\n\n## Next steps\n\n- Draft the plan.\n", 2),
  ])
  func sectionsAreReadAtTheLevelTheNoteWritesThem(body: String, level: Int) throws {
    let text = "---\ntitle: T\ndate: \"2025-11-12\"\ntime: \"10:00-11:00\"\n---\n" + body
    let session = try SessionLoader.load(file: "note.md", text: text).get()
    #expect(session.sectionLevel == level)
    #expect(session.sections.compactMap(\.id) == [.purpose, .recommendations, .actions])
    let extract = Extractor().extract(session)
    #expect(extract.recommendations.map(\.text) == ["Train teachers."])
    #expect(extract.actions.map(\.text) == ["Draft the plan."])
  }

  /// A sub-heading inside the Discussion that names a section ("#### Next steps" of a break-out
  /// group's report-back) makes the lists under it that section's items, until a heading as high
  /// as it; the Discussion is read for cues again after it.
  @Test func subHeadingsInsideTheDiscussionNameTheirSection() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      ### Group A: funding

      #### Recommendations

      - Create a small-grants window for youth groups.

      #### Next steps

      - Draft a note on fiscal hosts (owner: UNDP) by 2025-12-15.

      ### Group B: data

      - Collect examples of data-sharing agreements.
      - Donors should fund data protection training.

      """)
    #expect(extract.recommendations.map(\.text) == ["Create a small-grants window for youth groups.", "Donors should fund data protection training."])
    #expect(extract.actions.map(\.text) == ["Draft a note on fiscal hosts by 2025-12-15."])
    #expect(extract.actions.first?.owner == "UNDP")
  }

  /// An item that opens with a heading or a rule over a sub-list (an outliner's page exported:
  /// "- ## Tasks" over its tasks) is read for its heading's words and its sub-items.
  @Test func itemsThatOpenWithAHeadingOrARule() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      - ## Tasks
      	- UNDP to share the mapping by 2025-12-01.
      - * * *
        - OHCHR to convene the partners by 2025-12-05.
      - ## Recommendations
      	- Donors should fund youth hubs.
      """)
    #expect(extract.actions.map(\.owner) == ["UNDP", "OHCHR"])
    #expect(extract.recommendations.map(\.actors) == [["donors"]])
  }

  /// An outliner's tasks (Logseq, Org mode): a state keyword opens a task wherever it stands
  /// ("TODO", "LATER", "DONE" done, "CANCELED" none), and its planning lines give the due date,
  /// the deadline before the scheduled day.
  @Test func outlinerTasksAndTheirPlanningDates() throws {
    let extract = try Self.extract(
      """
      - ## Tasks
      	collapsed:: true
      	- TODO Ousmane Diallo send the quarterly numbers
      	  DEADLINE: <2025-11-14 Fri>
      	- LATER Draft the fiscal-host template
      	  owner:: Fatou Sarr
      	  SCHEDULED: <2025-11-17 Mon>
      	  DEADLINE: <2025-11-28 Fri>
      	- DONE Send Hélène the list of groups
      	- CANCELED Book the hotel for the forum
      	- TODO Check whether the fund can accept a fiscal host
      	  SCHEDULED: <2025-11-19 Wed>
      - The TODO list is long; DONE items were many.
      """)
    #expect(extract.actions.map(\.text) == [
      "Ousmane Diallo send the quarterly numbers", "Draft the fiscal-host template", "Send Hélène the list of groups",
      "Check whether the fund can accept a fiscal host",
    ])
    #expect(extract.actions.map(\.owner) == ["Ousmane Diallo", "Fatou Sarr", nil, nil])
    #expect(extract.actions.map(\.due) == ["2025-11-14", "2025-11-28", nil, "2025-11-19"])
    #expect(extract.actions.map(\.done) == [false, false, true, false])
  }

  /// Headings in another language glossed in brackets ("Ghushtane [demands] of the jirga") name
  /// the section the gloss names; a responsibility taken names its owner, whatever its verb; the
  /// writer named in brackets after "I" owns the task; how an owner acts, in brackets, is no part
  /// of the name.
  @Test func glossedHeadingsAndResponsibilitiesTaken() throws {
    let extract = try Self.extract(
      """
      ## Ghushtane [demands] of the jirga

      To the ulema of the district:
      - Speak against the recruiters in the Friday sermon.

      ## Zimmawari [who took responsibility]

      - Malik Gul Agha took responsibility to carry the demands to the governor on Saturday.
      - Bibi Gulalai (through her nephew) will collect the names of women within 15 days.
      - I (Zalmai, SCPI) will read this record aloud in the mosque on Friday.
      """, date: "2027-03-10")
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["Malik Gul Agha", "Bibi Gulalai", "Zalmai"])
    #expect(extract.actions.map(\.due) == ["2027-03-13", "2027-03-25", "2027-03-12"])
  }

  /// An item that opens with whom it is for, set off by a colon or a dash, then asks something
  /// of them ("**To UNDP:** include …") is a recommendation to them under any heading; "To be
  /// confirmed:" or "To UNDP: thanks …" asks nothing.
  @Test func itemsThatOpenWithWhomTheyAreFor() throws {
    let extract = try Self.extract(
      """
      ## So what? Messages for Year 3

      1. **To UNDP:** include outcome-harvesting training in its support to the centre.
      2. **To the consortium itself:** stop reporting the number of people trained as a result.
      3. For donors – fund core costs for three years.
      4. To UNDP: thanks for hosting.
      5. To be confirmed: venue for the next meeting.
      6. To date: we have trained 40 officers.
      """)
    #expect(extract.recommendations.map(\.line) == [8, 9, 10])
    #expect(extract.recommendations.map(\.actors) == [["un-system"], [], ["donors"]])
  }

  /// The next meeting's date as an outliner writes it ("Next call:: [[Dec 7th, 2027]]") dates a
  /// task due before it.
  @Test func theNextCallAsAnOutlinerWritesIt() throws {
    let extract = try Self.extract(
      """
      - ## Tasks
      	- TODO Ousmane Diallo to send the numbers before the next call
      - Next call:: [[Dec 7th, 2027]] 15:00 GMT
      """, date: "2027-11-02")
    #expect(extract.actions.map(\.due) == ["2027-12-07"])
  }

  /// "X agreed that it would VERB": the pronoun stands for the one who agreed; the room agreeing
  /// that "they would meet again" gives no one a task.
  @Test func agreedThatItWould() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      1. The Ministry of Interior agreed that it would circulate the revised draft by 15 December 2025.
      2. UNDP confirmed that it will share the data by 30 December 2025.
      3. Participants agreed that they would meet again.
      """)
    #expect(extract.actions.map(\.owner) == ["Ministry of Interior", "UNDP"])
    #expect(extract.actions.map(\.due) == ["2025-12-15", "2025-12-30"])
  }

  /// A bold title that opens a paragraph or a list item ("**Recommendation 1 – Inclusive
  /// drafting.**", "- **Local delivery.** …") names the item after it and is no item or part of
  /// one; a bold sentence that advises is one.
  @Test func boldTitlesBeforeTheirItem() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      **Recommendation 1 – Inclusive drafting.** Governments should open the drafting of plans to civil society.

      **Donors should fund youth groups.** This is urgent.

      - **Local delivery.** Local authorities should receive a budget for prevention.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Governments should open the drafting of plans to civil society.", "Donors should fund youth groups.",
      "Local authorities should receive a budget for prevention.",
    ])
  }

  /// A task struck out as done ("[x] ~~Amina to book the venue …~~ done") keeps its words, its
  /// owner and its date; one struck out and called off is none.
  @Test func aTaskStruckOutAsDoneKeepsItsWords() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - [x] ~~Amina to book the venue by 2025-11-20~~ done
      - [ ] ~~UNDP to draft the concept note~~ (cancelled)
      - [x] ~~Done~~ Secretariat to book the room
      """)
    #expect(extract.actions.map(\.text) == ["Amina to book the venue by 2025-11-20", "Secretariat to book the room"])
    #expect(extract.actions.map(\.owner) == ["Amina", "Secretariat"])
    #expect(extract.actions.map(\.due) == ["2025-11-20", nil])
    #expect(extract.actions.map(\.done) == [true, true])
  }

  /// Fields set off by brackets or semicolons ("[Lead: UNICEF] [Due: 20 April]", "; responsible:
  /// UNICEF; deadline: 20.04.2018") leave the task clean; numbered tasks after a label ("Actions:
  /// (1) UNDP …; (2) OHCHR …") are one per owner.
  @Test func fieldsInBracketsOrAfterSemicolonsAndNumberedTasks() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Actions: (1) UNDP to draft the terms of reference; (2) OHCHR to review them by 2025-12-15.

      In closing, UNDP to share the mapping data; OHCHR to convene the partners by 2025-12-30.

      ## Action items

      - Prepare the terms of reference [Lead: UNICEF] [Due: 20 December 2025]
      - Prepare the annex; responsible: UNICEF; deadline: 20.12.2025
      """)
    #expect(extract.actions.map(\.text) == [
      "UNDP to draft the terms of reference", "OHCHR to review them by 2025-12-15.", "In closing, UNDP to share the mapping data",
      "OHCHR to convene the partners by 2025-12-30.", "Prepare the terms of reference.", "Prepare the annex.",
    ])
    #expect(extract.actions.map(\.owner) == ["UNDP", "OHCHR", "UNDP", "OHCHR", "UNICEF", "UNICEF"])
    #expect(extract.actions.map(\.due) == [nil, "2025-12-15", nil, "2025-12-30", "2025-12-20", "2025-12-20"])
  }

  /// Proposals the notes say were not agreed, after a lead-in or under a sub-heading, are no
  /// recommendations; the section's own go on after the next heading as high.
  @Test func proposalsWithoutConsensusAreSetAside() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Donors should fund digital literacy programmes run by youth groups.

      The following proposals were discussed but did not reach consensus:

      - Governments should criminalise the sharing of extremist content online.

      ### Proposals without consensus

      - Donors should fund security forces directly.

      ### To the UN system

      - The UN system should pool its youth funding.
      """)
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["un-system"]])
  }

  /// A lead-in that says the list after it was turned down ("Recommendations rejected by the
  /// plenary:", "Participants did not agree on the following:") sets that list aside, though it
  /// names the section's kind of item.
  @Test func rejectedLeadInsSetTheirListAside() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Recommendations rejected by the plenary:

      - Donors should fund the police directly.

      Participants did not agree on the following:

      - Governments should ban online platforms.

      **Recommendations:**

      - Donors should fund youth-led mediation.
      """)
    #expect(extract.recommendations.map(\.text) == ["Donors should fund youth-led mediation."])
  }

  /// A work plan's priorities, each with its owner's field and a date, are tasks though the
  /// lead-in reads like one over advice; so is a body "given the mandate to" act.
  @Test func ownedAndDatedPrioritiesAreTasks() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Among the priorities:

      - Regional seminar on online hate – responsible: the secretariat; in week 22.
      - New guide on conspiracy theories – responsible: Jonas Berg and the youth group; ready within the end of Q3.
      - Donors should fund mentor groups for mothers.
      """, date: "2029-03-17")
    #expect(extract.actions.map(\.owner) == ["secretariat", "Jonas Berg and the youth group"])
    #expect(extract.actions.map(\.due) == ["2029-06-01", "2029-09-30"])
    #expect(extract.recommendations.map(\.actors) == [["donors"]])
  }

  /// A proposal that fell, was defeated or got no decision is no recommendation, though a sentence
  /// about it comes between; an invitation to an event is none either.
  @Test func lostProposalsAndInvitationsAreNoItems() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Proposal: that the network leaves the national forum because the police chair it. The board recommended to reject it.
      **Decision:** The proposal fell with 9 votes against 25.

      Motion 3: Governments should fund youth centres. The motion was defeated.

      - A member proposed that the network one day arranges a Nordic conference. No decision; the board may look at it.
      - Donors should fund mediation. No decision was needed on the venue.

      The Ministry of Justice invited the network to two hearings in the autumn.
      """)
    #expect(extract.recommendations.map(\.text) == ["Donors should fund mediation."])
  }

  /// A bullet journal typed up, with its key: each task signifier opens a task (done, migrated,
  /// scheduled as the key says), notes are read for cues, a struck task is none; without a key, a
  /// bullet is only a bullet.
  @Test func aBulletJournalsTasksFollowItsKey() throws {
    let journal = """
      ## p. 47 · Daily log

      Key: • task · × done · > migrated · < scheduled · – note · ○ event

      ○ 10:00 Circle opens
      – Sana: donors should accept a voice note as an emergency request
      × send Margit the Q2 numbers (sent in the break)
      • Kofi → share the list of detained defenders with the secretariat, within the week
      < 3 Oct · bridge-funding call for Sana's network
      ~~• ask Nordhavn to join the pilot~~ (Margit said no)
      • book the room for the 10 Oct call
      > call Rahel (Frontline Relief) re relocation grant – no answer, migrated to Thu
      """
    let extract = try Self.extract(journal, date: "2028-09-12")
    #expect(extract.recommendations.map(\.actors) == [["donors"]])
    #expect(extract.actions.map(\.owner) == [nil, "Kofi", nil, nil, nil])
    #expect(extract.actions.map(\.due) == [nil, "2028-09-15", "2028-10-03", "2028-10-10", "2028-09-14"])
    #expect(extract.actions.map(\.done) == [true, false, false, false, false])
    let keyless = try Self.extract(journal.replacingOccurrences(of: "Key: • task · × done · > migrated · < scheduled · – note · ○ event", with: ""), date: "2028-09-12")
    #expect(keyless.actions.map(\.owner) == ["Kofi"])
  }

  /// A kind of addressee before a colon and an imperative is advice to it; one body by name with
  /// a dated task is that body's task.
  @Test func anAddresseeBeforeAColonAndAnImperative() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      1. Tech platforms: open a 24-hour channel for verified defenders' accounts under attack.
      2. UNDP: share the mapping by 1 October.
      3. Donors: reluctant to fund legal fees abroad.
      4. journalists: stop using "radical" as a noun for a whole neighbourhood
      5. Donors + NPCO: ring-fence 15% of the plan's budget for women-led groups
      6. Ministry of Interior: review the registration rule by 3 December.
      7. Donors: core funding matters most.
      """)
    #expect(extract.recommendations.map(\.actors) == [["private-sector"], ["media"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["UNDP", "Ministry of Interior"])
  }

  /// A due field or "for" set off by a comma names the next meeting as the deadline too: "Due:
  /// next meeting", "…, for the next call", when the notes date the next meeting; "booked the
  /// interpreters for the next meeting" says what for.
  @Test func dueFieldsNamingTheNextMeeting() throws {
    let extract = try Self.extract(
      """
      ## Action points

      - AP9 Revise mid-scenario budget to reflect D6 [SR] Due: next meeting
      - Fatou: joint note on the Niger consultation question, for the next call
      - Amina has booked the interpreters for the next meeting. ✔ This is done.

      ## Next meeting

      Next meeting: 4 November 2025, same place.
      """, date: "2025-10-01")
    #expect(extract.actions.map(\.due) == ["2025-11-04", "2025-11-04", nil])
  }

  /// "We will meet next on …" dates the next meeting, and "before we meet in Seventh Month" is due
  /// then.
  @Test func beforeWeMeetAgain() throws {
    let extract = try Self.extract(
      """
      ## Follow-up list

      - [ ] Tomas: ask the Council of Churches whether it will co-sign our letter, before we meet in Seventh Month

      ## Closing

      We will meet next on Second Day 10th of Seventh Month 2028, at 6.30 pm, at Calder Street.
      """, date: "2028-05-15")
    #expect(extract.actions.map(\.due) == ["2028-07-10"])
  }

  /// "At its next meeting", where the notes' calendar dates that body's meeting, is due then.
  @Test func aBodysNextMeetingDatedByTheCalendar() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - Dr Ferreyra to present the findings to the Programme Board at its next meeting.
      - Dr Ferreyra to present the findings to the Steering Group at its next meeting.

      ## Calendar

      Programme Board – 26.09.2028 · Public launch – to be decided.
      """, date: "2028-09-05")
    #expect(extract.actions.map(\.due) == ["2028-09-26", nil])
  }

  /// A deadline named after an event the notes date where they name it ("before GA5", "at the
  /// 100-day check-in") is due that day; an event the notes do not date gives none.
  @Test func deadlinesNamedAfterEventsDatedElsewhere() throws {
    let extract = try Self.extract(
      """
      ## Action list

      - UTV to send the logistics note for GA5 · Due: before GA5
      - All card-holders to report back on their cards at the 100-day check-in.
      - MLN to publish the podcast before the mid-term review.

      ## Dates

      - GA5: hosted by UTV in Vel Tessa, 08/11/2028 and 09/11/2028.
      - **100-day check-in:** Friday 1/6/2029, same hall, 09:00.
      """, date: "2028-06-14")
    #expect(extract.actions.map(\.due) == ["2028-11-08", "2029-06-01", nil])
  }

  /// A consortium's deadlines in project months count from the month 1 its notes give: "Due: M18"
  /// is that month's last day, "two weeks before its M20 deadline" two weeks before that; without
  /// a month 1 given, "M18" is no date.
  @Test func deadlinesInProjectMonths() throws {
    let notes = """
      > Project months count from the project start on 1 February 2027 (M1 = February 2027).

      ## Action list

      - Owner: CEPRA · Submit D2.2 on the portal · Due: M18 · Status: open
      - Owner: UTV · Deliver the draft of D2.3 to the coordinator two weeks before its M20 deadline
      - Owner: KORA, WfDT · Hold the women-only policy lab in Korin · Due: in M19
      """
    let extract = try Self.extract(notes, date: "2028-06-14")
    #expect(extract.actions.map(\.due) == ["2028-07-31", "2028-09-16", "2028-08-31"])
    let unanchored = try Self.extract(notes.replacingOccurrences(of: "> Project months count from the project start on 1 February 2027 (M1 = February 2027).", with: ""), date: "2028-06-14")
    #expect(unanchored.actions.map(\.due) == [nil, nil, nil])
  }

  /// Easy Read minutes: a section's name asked as a question ("What will happen next?"), one short
  /// sentence a line; a person "from the Ministry" is named by their own name; the next meeting's
  /// date given in bold dates "before the next meeting"; "✔ This is done." closes a task whose
  /// doer "has booked" it.
  @Test func easyReadMinutesAskTheirHeadings() throws {
    let extract = try Self.extract(
      """
      ## What will happen next?

      - **Maria** from the Ministry will send us the draft plan in Easy Read.
        She will send it by **Friday 8 June**.
      - **Joseph** will talk to the Mayor's office about the ramp.
        He will do this before the next meeting.
      - **Hanne** from the United Nations will pay for the Easy Read version.
        It will be ready at the **end of July**.
      - **Amina** has booked the sign language interpreters.
        ✔ This is done.

      ## When is the next meeting?

      The next meeting is on **Tuesday 10 July 2029** at 10 o'clock.
      """, date: "2029-05-29")
    #expect(extract.actions.map(\.owner) == ["Maria", "Joseph", "Hanne", "Amina"])
    #expect(extract.actions.map(\.due) == ["2029-06-08", "2029-07-10", "2029-07-31", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, true])
  }

  /// Commitment cards typed up with the writer's name in bold and their words in quotation marks:
  /// a dated imperative is the writer's task, a name and the role it stands for own it together;
  /// a card's opinion is none.
  @Test func commitmentCardsQuoteTheirWriters() throws {
    let extract = try Self.extract(
      """
      ## Deliver – commitment cards

      - **@sarn_youth_hub:** "Launch the youth-budget petition online this weekend."
      - **Nadia / facilitation team:** "Send everyone this harvest and the photos within a week."
      - **LSDPN coordinator:** "Book the hall and the interpreters by the end of April."
      - **Sana:** "Donors never pay on time, by my count."
      - **Radio Sarn FM (Grace, station manager):** "'Check it first' slot every Thursday; first show by 13/3."
      - **Sarn Traders' Association:** "20 market stalls for youth apprentices, list handed over at lunch. ✔ done"
      """, date: "2029-02-21")
    #expect(extract.actions.map(\.owner) == [
      "@sarn_youth_hub", "Nadia / facilitation team", "LSDPN coordinator", "Radio Sarn FM", "Sarn Traders' Association",
    ])
    #expect(extract.actions.map(\.due) == ["2029-02-25", "2029-02-28", "2029-04-30", "2029-03-13", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, false, true])
    #expect(extract.actions.first?.text == "Launch the youth-budget petition online this weekend.")
  }

  /// In a list of next steps: a body known by its kind or acronym before a dash owns a task named
  /// by a noun with its date; a done task reported in the past tense is its doer's; a task whose
  /// owner is still to be found is no one's, whoever it wonders about.
  @Test func ownersOfNextStepsWrittenBrieflyOrLeftOpen() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - Ministry of Finance & NCC — budget-circular language for the NAP line, by 12 July.
      - ✔ KV uploaded the dot-vote photos to the shared drive (done during the afternoon break).
      - [ ] ask the Pemba mission to co-sponsor the side event — owner TBD (@lena or @kofi?)
      - Next steps for donors — a short list, by 12 July.
      """, date: "2028-05-24")
    #expect(extract.actions.map(\.owner) == ["Ministry of Finance & NCC", "KV", nil, nil])
    #expect(extract.actions.map(\.done) == [false, true, false, false])
  }

  /// A resolution the meeting passed that requests or urges someone to act is advice to them, in
  /// the words of its title; one lost, withdrawn or only moved is none.
  @Test func passedResolutionsAskingSomeoneToActAreRecommendations() throws {
    let extract = try Self.extract(
      """
      ## New business

      1. **Proposed Resolution No. 27, s. 2027** — "A Resolution Requesting the Honorable Municipal Mayor to Create a Prevention Desk at the Social Welfare Office." Moved by Kgd. Dela Cruz. APPROVED unanimously.
      2. Resolution No. 28 urging the provincial government to fund a skills centre was approved (9 in favour, 2 abstained).
      3. The council adopted a resolution calling on donors to fund the youth league.
      4. A resolution urging the police to patrol every mosque was moved by Kgd. Ramos. Motion LOST (3 in favour, 8 against).
      5. **Proposed Resolution No. 29** — "A Resolution Requesting the Governor to Declare a Peace Week." Moved by Kgd. Tan; deferred to the next session.
      6. The resolution on the budget was adopted.
      """)
    #expect(extract.recommendations.map(\.line) == [8, 9, 10])
    #expect(extract.recommendations.first?.text == "A Resolution Requesting the Honorable Municipal Mayor to Create a Prevention Desk at the Social Welfare Office.")
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["local-authorities"], ["donors"]])
  }

  /// Owners before a colon or dash as a wall or a list writes them: with a remark in brackets,
  /// joined by "+", a handle, or a "we" the brackets name. Beside such tasks, a task may be a noun
  /// phrase with its date, or a done one; alone, a noun phrase after a name is none.
  @Test func ownersBeforeAColonAsListsWriteThem() throws {
    let extract = try Self.extract(
      """
      ## Panel 5: the backpack

      - [water bottle] "NPCO — put the draft plan online for comments for 30 days — by 31 March"
      - "TCSPP + Youth Forum: hold 4 regional listening sessions by 6 June"
      - "Ministry of Interior (PVE unit): look again at the re-registration rule by 10 May"
      - [phone] "@kessa_youth_net: WhatsApp summary in Kessan, this weekend"
      - "WE (all table hosts): send our table notes to Mira by COB Thursday"
      - [folder, ticked] "NPCO: 2019 plan evaluation online ✔ (done at lunch)"

      ## Panel 6

      - "NPCO: 2019 plan evaluation online ✔ (done at lunch)"
      - "@kessa_youth_net: WhatsApp summary in Kessan, this weekend"
      """, date: "2028-02-15")
    #expect(extract.actions.map(\.owner) == ["NPCO", "TCSPP + Youth Forum", "Ministry of Interior", "@kessa_youth_net", "all table hosts", "NPCO"])
    #expect(extract.actions.map(\.due) == ["2028-03-31", "2028-06-06", "2028-05-10", "2028-02-20", "2028-02-17", nil])
    #expect(extract.actions.map(\.done) == [false, false, false, false, false, true])
  }

  /// A spreadsheet's tracker pasted under a heading of its own: its rows are tasks, done or
  /// dropped as their status says; a blank owner under merged grouping cells is the owner above;
  /// a date cell pasted as its serial number is that date; an error value is no owner; a cell's
  /// wrapped second line is no row. Under a heading of review, a table with a status column
  /// reviews earlier tasks and gives none.
  @Test func aPastedSpreadsheetTrackerHoldsTasks() throws {
    let extract = try Self.extract(
      """
      ## 4. Tracker (sheet "Actions", pasted)

      | #    | Raised | Workstream | Action | Owner | Due | Status |
      |------|--------|------------|--------|-------|-----|--------|
      | 9.3  | DCG 9  | Mapping    | Update the donor mapping | Secretariat | 1/31/2027 | Closed |
      | 11.4 | DCG 11 | Events     | Side event at the forum | Co-chairs | 2/26/2027 | Cancelled |
      | 12.3 | DCG 12 | Events     | Joint statement for Peace Day | Secretariat | 9/21/2027 | Superseded |
      | 13.2 | DCG 13 | Youth      | Joint field visit to Ardena | Norland | 46477 | Open |
      | 13.3 |        |            | Brief the Ministry of Youth on the visit | | 5/6/2027 | Open |
      |      |        |            | and on the follow-up | | | |
      | 14.9 |        | M&E        | Align the reporting template | #N/A | #N/A | Open |

      ## 5. Review of action points from meeting 8

      | # | Action | Owner | Status |
      |---|---|---|---|
      | 1 | Share the 4W matrix | IMO | Closed |
      """, date: "2027-03-11")
    #expect(extract.actions.map(\.text) == [
      "Update the donor mapping", "Joint field visit to Ardena", "Brief the Ministry of Youth on the visit", "Align the reporting template",
    ])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Norland", "Norland", nil])
    // A closed row has no date left to meet.
    #expect(extract.actions.map(\.due) == [nil, "2027-03-31", "2027-05-06", nil])
    #expect(extract.actions.map(\.done) == [true, false, false, false])
  }

  /// "by next DCG" is due on the date the notes give the group's next meeting ("Next DCG (#15): …").
  @Test func byTheNextMeetingOfAGroupNamedByItsAcronym() throws {
    let extract = try Self.extract(
      """
      ## Tracker

      | Action | Owner | Due |
      |---|---|---|
      | Share the updated mapping | Secretariat | by next DCG |

      Next DCG (#15): Thursday 22 April 2027, 10:00, Embassy of Vessia.
      """, date: "2027-03-11")
    #expect(extract.actions.map(\.due) == ["2027-04-22"])
  }

  /// A wall's cards typed up as quotations, with a drawing's description before them, are read
  /// as their words: a name and a dash before a dated task makes it that owner's; a quotation of
  /// someone's words with "one activist said" after it is read whole, as written.
  @Test func aWallsCardsTypedUpAsQuotations() throws {
    let extract = try Self.extract(
      """
      ## Panel 5 — The backpack (what we carry home)

      - [water bottle] "NPCO — put the draft plan online for comments for 30 days — by 31 March"
      - [notebook] "MC: type up the wall and send photos to everyone by Friday" ●●●
      - "Donors should fund us directly," one activist said.
      """, date: "2027-03-11")
    #expect(extract.actions.map(\.owner) == ["NPCO", "MC"])
    #expect(extract.actions.map(\.due) == ["2027-03-31", "2027-03-12"])
    #expect(extract.recommendations.map(\.text) == ["\"Donors should fund us directly,\" one activist said."])
  }

  /// Lettered points written a line each in one paragraph are read one by one; advice in the
  /// passive about an actor it opens with ("Municipalities … should be given …") or about a thing
  /// ("A minimum share … should be protected …") is a recommendation addressed to no one in
  /// particular; a thing to be done by a deadline ("Travel claims must be submitted by Friday") is
  /// procedure.
  @Test func letteredLinesAndPassiveAdvice() throws {
    let extract = try Self.extract(
      """
      ## Messages for the co-chairs' letter

      a) The Government should set up the promised civil-society seat before the review.
      b) Municipalities in the pilot provinces should be given their own prevention budgets.
      c) ~~Members should stop funding the youth councils.~~ (Deleted after objections.)
      d) A minimum share of the NAP budget should be protected from cuts in any fiscal crisis.
      e) Indicators on civic space need to be included in the monitoring framework.

      It should be noted that the meeting ran late.

      Travel claims must be submitted to the secretariat by Friday. The hall must be cleared by 19:00.
      """)
    #expect(extract.recommendations.map(\.line) == [8, 9, 11, 12])
    #expect(extract.recommendations.map(\.actors) == [["governments"], [], [], []])
  }

  /// A stand-up's "T:" lines are the tasks of the member its heading names, due today unless they
  /// say when; "Y:" and "B:" lines are none. Outside a stand-up, "T:" is only a label.
  @Test func aStandUpsTodayLinesAreItsMembersTasks() throws {
    let notes = """
      ## @lena
      - Y: informals #3, lunch with the deputy PR.
      - T: ask the Exec Director for board sign-off on the letter, by COB Wed
      - B: none

      ## Kofi (Zoom, Accra)
      - Y: 14 regional organisations signed the letter
      - T: brief the two speakers on security
      """
    let extract = try Self.extract(notes, date: "2028-03-07")
    #expect(extract.actions.map(\.owner) == ["@lena", "Kofi"])
    #expect(extract.actions.map(\.due) == ["2028-03-08", "2028-03-07"])
    let labelsOnly = try Self.extract(notes.replacingOccurrences(of: "- Y:", with: "- Note:"), date: "2028-03-07")
    #expect(labelsOnly.actions.isEmpty)
  }

  /// Under Assignments, a titled person or a role before a dash owns the task after it, in
  /// whatever language the task is written.
  @Test func aTitledPersonOrARoleBeforeADashOwnsTheTask() throws {
    let extract = try Self.extract(
      """
      ## VII. Mga takdang gawain (Assignments)

      - Barangay Secretary — i-prepare ang final copies ng Res. Nos. 27 and 28 for signature, by Wednesday.
      - Kap. Bautista — personally hand-carry Res. No. 27 sa Mayor's Office next week.
      - Treasurer — i-check kung may natitira pang pondo sa budget, ASAP.
      """, date: "2027-08-13")
    #expect(extract.actions.map(\.owner) == ["Barangay Secretary", "Kap. Bautista", "Treasurer"])
  }

  /// A statement the session adopted, quoted after the line that says so, is the session's own:
  /// each of its paragraphs is a recommendation. A quotation introduced otherwise is not.
  @Test func anAdoptedStatementInABlockQuoteHoldsRecommendations() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      The annual meeting adopted the following statement unanimously:

      > The Government must secure the funding of municipal prevention coordinators.
      >
      > We call on the county governor to share what municipalities have learned.

      The minister then read from her speech:

      > Donors should fund more mediation.

      The following text was not adopted:

      > Municipalities should close the youth clubs at night.
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["local-authorities"]])
  }

  /// A consent record: the steps a proposal goes through ("Driver (X): …", "Reactions: …",
  /// "Consent round on v2: …") and the verdict alone ("→ CONSENTED") are no items; a proposal
  /// turned down ("→ NOT CONSENTED") or superseded by a later version is none either.
  @Test func aConsentRecordsStepsAndVerdicts() throws {
    let extract = try Self.extract(
      """
      ## Proposals

      ### P-1 · Ask to donors
      - **Driver** (Nino): members spend more time on reports than on mediation.
      - **Proposal text (v1):** "Donors should give unrestricted money to local groups."
      - Objection (Tamar, paramount): too vague. → integrate.
      - **Proposal text (v2):** "Donors are asked to provide three-year core funding to local groups."
      - Consent round on v2: no objections. Concern logged (Jonas): his board must approve any grant.
      - **→ CONSENTED (v2)**

      ### P-2 · Ask to religious leaders
      - **Proposal text:** "Religious leaders should co-host community dialogues with local mediators."
      - **→ NOT CONSENTED** · revisit at #15

      ### P-3 · Ask to the media
      - Reactions: Tamar would prefer "are invited to" for the ask.
      - **Proposal text:** "Editors are encouraged to consult local mediators before naming parties."
      - **→ CONSENTED**

      ## Decisions

      AGREED: Donors should earmark a fifth of new funding for laboratories.
      """)
    #expect(extract.recommendations.map(\.line) == [12, 22, 27])
  }

  /// Among conclusions, a numbered item that leads into lettered lines and names them ("… will
  /// contain the following recommendations, which the participants supported:") makes each line
  /// an item of that kind, however long the lead-in.
  @Test func letteredLinesAfterALongLeadIn() throws {
    let extract = try Self.extract(
      """
      ## Conclusions

      5. Pursuant to Article 32 of the Law on the Ombudsperson, the Special Report will contain the following recommendations, which the participants supported:
         a) to the Ministry of Civil Affairs: to issue identity documents to all remaining children;
         b) to the media: to refrain from publishing the names of returned children;
         c) to international donors: to finance reintegration programmes for at least three years.
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["media"], ["donors"]])
  }

  /// A span in a due date column is due at its end; a row marked "Won't do" is no task; "at the
  /// next CUC meeting" is dated by "The next CUC meeting will be held on …".
  @Test func spansWontDoAndTheNextMeetingOfABody() throws {
    let extract = try Self.extract(
      """
      ## Action items

      | Task | Owner | Status | Due |
      |---|---|---|---|
      | Brief the Governor's cabinet | Tomás Ferreira | Not started | March 20, 2028 → March 24, 2028 |
      | Joint assessment mission | Amara Sesay | Won't do | |

      - ACTION: OC Station to report on compliance at the next CUC meeting.

      The next CUC meeting will be held on Thursday 13th January 2028 at 10:00 am.
      """, date: "2027-10-20")
    #expect(extract.actions.map(\.owner) == ["Tomás Ferreira", "OC Station"])
    #expect(extract.actions.map(\.due) == ["2028-03-24", "2028-01-13"])
  }

  /// A task over sub-items that are its fields ("Nosilac / Responsible: …", "Rok / Deadline:
  /// 15.XII.2027.") is an action in any section, owned and dated by them.
  @Test func aTaskOverItsFieldsInAnySection() throws {
    let extract = try Self.extract(
      """
      ## Conclusions

      1. The Institution will finalise the Special Report and submit it to the Parliamentary Assembly.
         - Nosilac / Responsible: Department for the Rights of the Child
         - Rok / Deadline: 15.XII.2027.
      2. The participants may send written comments.
         - Note: by e-mail
      """, date: "2027-11-20")
    #expect(extract.actions.map(\.text) == ["The Institution will finalise the Special Report and submit it to the Parliamentary Assembly."])
    #expect(extract.actions.map(\.owner) == ["Department for the Rights of the Child"])
    #expect(extract.actions.map(\.due) == ["2027-12-15"])
  }

  /// Among a meeting's resolutions, a task given to one of its own with a date or to one who
  /// runs it ("The RSA to compile … by 29th October", "The Chairperson to write …") is an action;
  /// advice to a body stays a recommendation; a verdict that gives a task gives it.
  @Test func tasksAmongResolutions() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      *Resolutions:*
      1. The committee recommended that the Directorate should forward the outstanding evidence.
      2. The RSA to compile a list of all files older than 12 months by 29th October, 2027.
      3. The Chairperson to write to the Principal Judge on the backlog.
      4. UN Women to host an annual dialogue with women's organisations.

      ## Proposals

      ### P-1 · Ask to platforms
      - **Proposal text:** "Platforms should open a fast reporting channel."
      - **→ CONSENTED** · delegation: Tamar to send the one-pager to the coordinators by 2028-01-31.
      """, date: "2027-10-15")
    #expect(extract.actions.map(\.owner) == ["RSA", "Chairperson", "Tamar"])
    #expect(extract.recommendations.count == 3)
  }

  /// A task written as a record that its owner field opens ("- Owner: UNDP" over "- Task: …" and
  /// "- Due: …") is one action, under Action items or elsewhere.
  @Test func recordsThatTheirOwnerOpens() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - Owner: Ministry of Youth
        - Task: set up a youth advisory board
        - Due: 30 November 2025
      - Owner: UNDP
        - Task: share the indicator tool
        - Due: 15 December 2025
      """)
    #expect(extract.actions.map(\.text) == ["Set up a youth advisory board.", "Share the indicator tool."])
    #expect(extract.actions.map(\.owner) == ["Ministry of Youth", "UNDP"])
    #expect(extract.actions.map(\.due) == ["2025-11-30", "2025-12-15"])
  }

  /// A lead-in that gives only a date ("By 31 December 2025:") dates the tasks under it that give
  /// none, as "UNDP will:" owns those that name no owner.
  @Test func aLeadInsDateDatesItsTasks() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - By 31 December 2025:
        - UNICEF to map youth networks
        - OHCHR to brief donors by 2025-12-15
      - UNDP will:
        - share the indicator tool by 2025-12-01
      """)
    #expect(extract.actions.map(\.owner) == ["UNICEF", "OHCHR", "UNDP"])
    #expect(extract.actions.map(\.due) == ["2025-12-31", "2025-12-15", "2025-12-01"])
  }

  /// A section's name before a colon labels a task; it owns none.
  @Test func aSectionsNameBeforeAColonIsNoOwner() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - Way forward: agree the terms of reference by 2025-12-30.
      - Recommendations: share with the ministry by 2025-12-30.
      - Secretariat: share the notes by 2025-12-30.
      """)
    #expect(extract.actions.map(\.owner) == [nil, nil, "Secretariat"])
  }

  /// A due date column's cell in two languages is read in either ("今月末 / end of this month"),
  /// and a day and a month of one digit each ("3/5") alone in it is a date.
  @Test func dueDateCellsInTwoLanguagesOrOfOneDigit() throws {
    let extract = try Self.extract(
      """
      ## Follow-up

      | Task | 担当 / Owner | 期限 / Due |
      |---|---|---|
      | Translate the recommendations | Sato | 来週金曜 / Friday next week |
      | Share the data | Dr. Rahmawati | 今月末 / end of this month |
      | Share the harvest | Nadia | 28/4 |
      | Translate the outcomes | Joel | 3/5 |
      """, date: "2027-10-07")
    #expect(extract.actions.map(\.due) == ["2027-10-15", "2027-10-31", "2028-04-28", "2028-05-03"])
    #expect(extract.actions.map(\.owner) == ["Sato", "Dr. Rahmawati", "Nadia", "Joel"])
  }

  /// Under Action items, a task given with a modal verb to one body or person is an action with
  /// that owner; the room's own ("We need to …") is an action with none; advice to a kind of actor
  /// is a recommendation, explained by its cue and the section it stands in.
  @Test func modalTasksUnderActionItems() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - The secretariat should circulate the report to all participants.
      - We need to circulate minutes.
      - Governments should act on the report.
      """)
    #expect(extract.actions.map(\.text) == ["The secretariat should circulate the report to all participants.", "We need to circulate minutes."])
    #expect(extract.actions.map(\.owner) == ["secretariat", nil])
    #expect(extract.recommendations.map(\.text) == ["Governments should act on the report."])
    #expect(extract.recommendations.first?.rule == "cue:should")
    #expect(extract.recommendations.first?.evidence.map(\.rule).prefix(2) == ["section:actions", "cue:should"])
  }

  /// A task's fields one to a line in one paragraph are one action; sub-items that only finish
  /// their lead-in's sentence make one recommendation with it.
  @Test func fieldBlocksAndFinishingSubItems() throws {
    let extract = try Self.extract(
      """
      ## Action items

      **Who:** OHCHR
      **What:** draft the guidance note on civic space
      **When:** 15 November

      ## Recommendations

      - Donors should provide core funding to:
        - women's organisations;
        - youth networks; and
        - local peace committees.
      - Governments should:
        - publish the plan;
        - fund the committees.
      """)
    #expect(extract.actions.count == 1)
    #expect(extract.actions.first?.owner == "OHCHR")
    #expect(extract.actions.first?.due == "2025-11-15")
    #expect(extract.actions.first?.text == "Draft the guidance note on civic space")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["governments"], ["governments"]])
    #expect(extract.recommendations.first?.text == "Donors should provide core funding to: women's organisations; youth networks; and local peace committees.")
  }

  /// Minutes per agenda item, "Issue / Agreed / Owner / Deadline" in bold labels: the agreed task
  /// is one action, owned and dated by its fields, in the discussion or under Action items; an
  /// item not taken forward is none.
  @Test func agreedOwnerDeadlineMinutes() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      ### Item 1: Funding window

      **Issue:** Small youth groups cannot open bank accounts.
      **Agreed:** The secretariat will identify fiscal hosts for unregistered groups.
      **Owner:** GSX secretariat
      **Deadline:** 15 October 2017

      ### Item 2: Hotline

      **Agreed:** Not taken forward in 2017.
      **Owner:** n/a
      **Deadline:** n/a

      ## Action items

      **Issue:** Reports are accepted in English only.
      **Agreed:** Accept reports in local languages.
      **Owner:** Donor working group
      **Deadline:** end of November

      - Publish the brief. Owner: GSX secretariat Deadline: 20 October 2017
      - **Publish the report** — *Owner:* GSX secretariat — *Due:* 2017-11-30
      """, date: "2017-09-21")
    #expect(extract.actions.map(\.text) == [
      "The secretariat will identify fiscal hosts for unregistered groups.", "Accept reports in local languages.",
      "Publish the brief.", "Publish the report.",
    ])
    #expect(extract.actions.map(\.owner) == ["GSX secretariat", "Donor working group", "GSX secretariat", "GSX secretariat"])
    #expect(extract.actions.map(\.due) == ["2017-10-15", "2017-11-30", "2017-10-20", "2017-11-30"])
    #expect(extract.actions.map(\.line) == [11, 24, 28, 29])
  }

  /// Owner and date fields that number the tasks of the list above them give each task its own.
  @Test func numberedOwnerAndDeadlineFields() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      **Agreed:**
      1. The M&E working group to cut the list to no more than 15 indicators.
      2. The Youth Council to share its anonymised survey dataset with the working group.

      **Owner:** (1) M&E working group; (2) National Youth Council
      **Deadline:** (1) next meeting, 12 July 2018; (2) within two weeks
      """, date: "2018-05-17")
    #expect(extract.actions.map(\.owner) == ["M&E working group", "National Youth Council"])
    #expect(extract.actions.map(\.due) == ["2018-07-12", "2018-05-31"])
  }

  /// An undertaking reported after "said": the speaker's own ("said she will meet …") or the one
  /// named ("said UNDP will cover … by March"); a talk announced in the follow-up is no task.
  @Test func undertakingsReportedAfterSaid() throws {
    let extract = try Self.extract(
      """
      ## Questions from the floor

      The Deputy Minister admitted it has not met since 2021 and said she will meet its former members before the budget goes to parliament.

      The UNDP Resident Representative, speaking from the floor, said UNDP will cover the cost of translating the plan by March.

      ## Follow-up

      - The Forum secretariat will post the recording by Friday.

      After the coffee break, the Commissioner for Youth will speak about the youth pillar in Room B.
      """, date: "2023-11-14")
    #expect(extract.actions.map(\.owner) == ["Deputy Minister", "UNDP", "Forum secretariat"])
    #expect(extract.actions.map(\.due) == [nil, "2024-03-31", "2023-11-17"])
  }

  /// Owners whose names are also words ("Said", "May", "Hope", "Doe") keep their tasks.
  @Test(arguments: ["Amina Said", "Theresa May", "Hope Mensah", "Jane Doe", "Ms Doe"])
  func ownersNamedWithCommonWords(owner: String) throws {
    let extract = try Self.extract("## Discussion\n\n\(owner) will circulate the minutes by 1 December.\n\n## Action items\n\n- \(owner) to book the room.\n")
    #expect(extract.actions.map(\.owner) == [owner, owner])
    #expect(extract.actions.first?.due == "2025-12-01")
  }

  /// A month or a time of day written short ends its sentence before a capital: "by 15 Nov.
  /// Donors should …" holds an action and a recommendation; "Nov. 22nd" and "No. 2250" do not end one.
  @Test func shortMonthsAndTimesEndSentences() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      UNDP to convene a meeting by 15 Nov. Donors should fund youth groups directly.

      The session closed at 5 p.m. Governments should publish the lists of invited groups.

      OHCHR will publish a note by end Sept. Lunch was served.

      Donors should report on resolution No. 2250 by Nov. 22nd at the latest.
      """, date: "2017-09-21")
    #expect(extract.actions.map(\.text) == ["UNDP to convene a meeting by 15 Nov.", "OHCHR will publish a note by end Sept."])
    #expect(extract.actions.map(\.due) == ["2017-11-15", "2017-09-30"])
    #expect(extract.recommendations.map(\.text) == [
      "Donors should fund youth groups directly.", "Governments should publish the lists of invited groups.",
      "Donors should report on resolution No. 2250 by Nov. 22nd at the latest.",
    ])
  }

  /// "She committed to …" is the task of the person the paragraph named before: the owner of
  /// the last action, or a speaker named with a title; never across a title that says otherwise.
  @Test func pronounsStandForThePersonNamedBefore() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Ms Achieng of the National Counter Terrorism Centre presented the county plans. She committed to share the template with all counties by the end of the month.

      The UNDP adviser agreed to circulate the draft indicators. He also undertook to brief the donor group next week.

      Mr Otieno thanked the panel. She will send the list by Friday.

      She committed to share the template by Friday.
      """, date: "2024-03-04")
    #expect(extract.actions.map(\.owner) == ["Ms Achieng", "UNDP adviser", "UNDP adviser"])
    #expect(extract.actions.map(\.due) == ["2024-03-31", nil, "2024-03-15"])
  }

  /// An acronym a note defines for an actor of the taxonomy is that actor's in the note: given
  /// with "=", after its words in brackets, or spelled by the initials of capitalised words
  /// elsewhere ("Donor Coordination Group" … "DCG"). "themselves" after the subject is no part of it.
  @Test func acronymsANoteDefinesNameActors() throws {
    let extract = try Self.extract(
      """
      ## Purpose

      Abbreviations: AP = action point, TF = national PVE task force, CO = communications officer.
      The district and city councils (DCCs) met twice. This was the 14th meeting of the Kerenza PVE Donor
      Coordination Group and the first with the Ministry of Women Affairs.

      ## Recommendations

      - Rec. → TF: publish the selection criteria before the second call opens.
      - DCCs should share their risk assessments.
      - The CO should host the next meeting.
      - DCG members themselves should stop funding the same CSO twice.
      - MWA should always publish its grants.
      - The NYC should host the next meeting.
      """)
    #expect(extract.recommendations.map(\.actors) == [["nap-task-force"], ["local-authorities"], [], ["donors"], ["governments"], []])
  }

  /// A military staff record: taskings numbered "8.1" line by line with the office of primary
  /// responsibility ("OPR:") and a date-time group, "COMPLETE" when done; recommendations lettered
  /// line by line under a lead-in; a paragraph "Not forwarded:" sets one aside; a rating before a
  /// colon ("Community tension HIGH:") names no owner; "In JAN … urged", told in March, is history.
  @Test func aStaffRecordsTaskingsAndRecommendations() throws {
    let extract = try Self.extract(
      """
      ## 4. SITUATION

      b. Community tension HIGH: two incidents (09 MAR, 11 MAR) of youths stoning a shelter.
      c. In JAN the Regional Governor urged the police to move the checkpoint. Move completed 20 FEB.

      ## 7. RECOMMENDATIONS

      Forwarded to the RSC (next sitting 26 MAR) and circulated to all partners:

      a. It is recommended that the Regional Police Command deploy four female officers to the help desk.
      b. Development partners are requested to fund livelihood packages for host families.

      Not forwarded: J2 proposal that "humanitarian partners must share beneficiary lists". Withdrawn.

      ## 8. TASKINGS

      8.1 Draft terms of reference for the safety committee. OPR: Hearthline. OCR: VWPN. NLT 211700C MAR 29.
      8.2 Update the contact list and radio net. OPR: J9 (CPT Ostrowe). COMPLETE.
      8.3 Standing order: no vehicles inside the site. OPR: 3 Bde. COMPLETE (signed in the meeting).
      """, date: "2029-03-14")
    #expect(extract.recommendations.map(\.line) == [15, 16])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["Hearthline", "J9", "3 Bde"])
    #expect(extract.actions.map(\.due) == ["2029-03-21", nil, nil])
    #expect(extract.actions.map(\.done) == [false, true, true])
  }

  /// An observer's running record, a clock time opening each moment: what people undertake
  /// there, in their own quoted words after another speaker's question too; advice after a
  /// speaker's label; a proposal the vote turns down ("3 for, 9 against … Falls."); what papers
  /// say ("the June minutes said", "The literature says"); the meeting's own words quoted after
  /// "Agreed …:".
  @Test func anObserversRunningRecord() throws {
    let extract = try Self.extract(
      """
      ## Running record

      **10:52** Item 1. Dickson describes the arrests. Chair, to Mr Seda: can you find out? Mr Seda: "I will call the OCS today and I will tell the secretary by tomorrow."

      **11:03** Dickson will go to the legal aid clinic and find a lawyer within a week.

      **11:30** Mr Kiprop proposes that the committee should fill the forms itself. Show of hands: 3 for, 9 against, 2 abstain. Falls.

      **11:34** Agreed instead, in the chair's words: "The committee asks the county government's PVE desk to replace the form with an open meeting."

      **12:25** Dickson, unprompted: the NGOs that come with PVE projects should pay the youths who mobilise for them.

      **12:55** Secretary reminds everyone that the June minutes said members should bring their ID cards.

      The literature says donors should stop funding "community reporting" schemes.
      """, date: "2028-07-19")
    #expect(extract.actions.map(\.owner) == ["Mr Seda", "Dickson"])
    #expect(extract.actions.map(\.due) == ["2028-07-20", "2028-07-26"])
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["civil-society"]])
  }

  /// A Liberating Structures harvest: TRIZ's list written upside down on purpose and what was
  /// "heard, not kept" are set aside; what the room "Kept:" and the "**Must**" list of Min Specs
  /// are its recommendations; the 15% Solutions are tasks, dated "on the 29th" or "COB Friday 31 May".
  @Test func aLiberatingStructuresHarvest() throws {
    let extract = try Self.extract(
      """
      ## TRIZ

      **Step 1: "How could we make sure young people never trust the plan?"** (upside down on purpose, the worse the better)
      - Donors should fund only six-month pilots and then disappear.
      - The police must sit in every youth meeting, in uniform.

      ## 1-2-4-All

      Kept:
      1. Port employers: 150 paid apprenticeships a year for young people, written into the plan.
      2. We call on the Faith Forum's imams, priests and granthis to open their buildings as study spaces.
      3. The UN programme and the embassies that fund the plan are asked to fund youth-led groups directly.

      Heard, not kept:
      - "Schools should expel anyone caught sharing extremist videos."

      ## Min Specs

      **Must**
      - Every draft is published in plain language, on paper in the libraries as well as online.

      ## 15% Solutions

      - Ama (Youth Council): get the Youth Council to name its two members at our meeting on the 29th.
      - Imam Dallow will take the study-spaces idea to the Faith Forum on Thursday.
      - Nadia + Jonah: two-page brief for the Community Safety Committee, COB Friday 31 May
      """, date: "2030-05-18")
    #expect(extract.recommendations.map(\.line) == [15, 16, 17, 25])
    #expect(extract.recommendations.map(\.actors) == [["private-sector"], ["religious-leaders"], ["un-system", "donors"], []])
    #expect(extract.actions.map(\.owner) == ["Ama", "Imam Dallow", "Nadia + Jonah"])
    #expect(extract.actions.map(\.due) == ["2030-05-29", "2030-05-23", "2030-05-31"])
  }

  /// Cornell notes in a pipe table: a speaker's own quoted "We recommend that …" is advice; a row
  /// whose cue cell names a section ("NEXT STEPS ↓") makes the rows after it that section's
  /// items; the notes declare their dates month first or day first in words.
  @Test func cornellNotesInAPipeTable() throws {
    let extract = try Self.extract(
      """
      ## Notes

      *Dates d/m, as always in my notes.*

      | Cues | Notes |
      |---|---|
      | THE ASK → donors | GJ: "We recommend that donors channel a fifth of their PVE money through pooled funds by 2031." Applause. |
      | who decides locally | SK: district councils in the Nahr valley should take part in the fund's annual review. |
      | NEXT STEPS ↓ | AF read these out at 15:52: |
      | | GJ will publish the grant data in open-data format by Human Rights Day (10/12). |
      | | Circulate the NAP results framework to the panel (RT), within two weeks. |
      | | ✔ AF: slides shared in the Forum app (done during Q&A). |
      """, date: "2029-11-27")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["local-authorities"]])
    #expect(extract.actions.map(\.owner) == ["GJ", "RT", "AF"])
    #expect(extract.actions.map(\.due) == ["2029-12-10", "2029-12-11", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }

  /// A debate report: "Common ground" all sides signed holds its recommendations; a proposal one
  /// side "would not sign" is none; "Dates in this report are month/day" reads "11/5" as 5 November.
  @Test func aDebatesCommonGround() throws {
    let extract = try Self.extract(
      """
      ## Common ground

      1. National PVE coordinators should publish every draft plan for public comment.
      2. Every plan needs an independent mid-term review, with the findings made public.

      Dr Haddou also proposed that governments should repeal any PVE provision used to deregister an association. The Opposition would not sign it, so it is not common ground.

      ## Follow-up

      *Dates in this report are month/day.*

      - Mr Mbeki-Strand: turn "Common ground" into a one-page brief for all registered participants, 11/5.
      """, date: "2027-10-15")
    #expect(extract.recommendations.map(\.line) == [8, 9])
    #expect(extract.actions.map(\.due) == ["2027-11-05"])
  }

  /// A "You said, we did" record: what people asked before ("**You said:** …") is reported back,
  /// not asked again; "**We will:**" tasks are owned by their lead's field; tonight's cards are
  /// advice, to named papers and stations too ("Coast FM and the Haldane Herald must stop …"); a
  /// suggestion laughed off and the sign-off are none.
  @Test func aYouSaidWeDidRecord() throws {
    let extract = try Self.extract(
      """
      ## Part 1

      **You said:** police officers must not sit in community consultations.
      **We did:** no uniformed officers at any consultation since June 2029.
      **We will:** design a pilot in Port Haldane (lead: NPS Reintegration Desk; design ready by the end of Q3).

      **You said:** the Coast Guard should stop closing the harbour at 6 pm.
      **We can't, because:** the Coast Guard is outside the plan. We passed your request to the Ministry of Defence and the answer was no.

      ## Part 2

      - Liban Farah (Kilo Bay Youth Council): Coast FM and the Haldane Herald must stop calling every young man a "suspect".
      - Someone suggested that the Secretariat should hold all its meetings on the beach. (Laughter. No.)
      - Member 9 suggested, to general laughter, that the Mayor should come to the youth centre on a Saturday night.

      *Signed off by Hana Okello, Deputy Secretary, 04/25/2030.*
      """, date: "2030-04-25")
    #expect(extract.recommendations.map(\.line) == [17])
    #expect(extract.recommendations.map(\.actors) == [["media"]])
    #expect(extract.actions.map(\.owner) == ["NPS Reintegration Desk"])
    #expect(extract.actions.map(\.due) == ["2030-09-30"])
  }

  /// A forum theatre's log: "The square's asks" heading holds recommendations, one asked as a
  /// question and dropped is none; "Who stood up and said they would do something" holds tasks:
  /// a tick before the owner marks one done, "this log typed and shared …" is a task, a long
  /// remark in brackets after the owner leaves the owner named, and "takes the play to Lodwa"
  /// names no verb after "to".
  @Test func aForumTheatreLog() throws {
    let extract = try Self.extract(
      """
      ## The square's asks (read back by the joker at 18:00)

      1. The police in Kessa District should end the "papers everywhere" checks at the market. [most hands]
      2. Bring back the 2019 night curfew for under-18s? [about 20 hands; dropped]

      ## Who stood up and said they would do something

      - Kessa FM (the station manager, Dan Otieno, was in the square) agreed to air the recording by Sunday.
      - ✓ Mirror Stage: recording to Kessa FM. [handed over on a memory stick at 18:40]
      - Ossie: this log typed and shared with the District Peace Committee by COB Monday.
      - Mirror Stage takes the play to Lodwa village by Friday.
      """, date: "2029-08-09")
    #expect(extract.recommendations.map(\.line) == [8])
    #expect(extract.actions.map(\.owner) == ["Kessa FM", "Mirror Stage", "Ossie", nil])
    #expect(extract.actions.map(\.done) == [false, true, false, false])
  }

  /// Days the notes tell with what happens then ("Release 2.3 ships Monday 2029-07-02; sprint 14
  /// ends …; the next board meets …") date the tasks due before or by them, whichever lead word
  /// names them; a clause after a semicolon names its own owner; "It is our recommendation that …".
  @Test func daysToldWithWhatHappensThen() throws {
    let extract = try Self.extract(
      """
      ## Follow-ups

      Release 2.3 ships Monday 2029-07-02; sprint 14 ends Friday 2029-06-29; the next board meets 2029-09-11.

      - [ ] @jsorensen: strip names and GPS points from the responder feed before release 2.3.
      - [ ] @jsorensen + @lmarchetti: first dashboard live by the end of sprint 14.
      - [ ] @lmarchetti will raise ask 5 at the partners' group and report back by the next board.

      ## Announcements

      - Aldmark pledged EUR 4 million; the Aldmark Development Agency will open the call for proposals in the first quarter of 2030.

      ## Discussion

      It is our recommendation that the Prevention Coordination Office stop publishing "at-risk" maps.
      """, date: "2029-06-20")
    #expect(extract.actions.map(\.due) == ["2029-07-02", "2029-06-29", "2029-09-11", "2030-03-31"])
    #expect(extract.actions.last?.owner == "Aldmark Development Agency")
    #expect(extract.recommendations.map(\.line) == [20])
  }

  /// A plain-text table of actions indented so that it reads as code: each row a task, its owner
  /// and date from the columns the dashes mark, words wrapped onto the next line kept with their
  /// row, "DONE 30/01" a task done, "c/f -> 14/03" carried to a new date; other code is no table.
  @Test func aPlainTextTableOfActions() throws {
    let extract = try Self.extract(
      """
      Action points
      -------------

          No.   Action                                 Who     By
          ----- -------------------------------------- ------- ------------
          26.2  Update members list on website         RB      DONE 30/01
          26.5  Meet county PVE officer re: forms      KD/PT   c/f -> 14/03
          27.1  Send recs (a)-(f) to the NAP Task      RB      Fri 15/02
                Force secretariat

      ## Discussion

          let x = 1 -- not a table
      """, date: "2030-02-12")
    #expect(extract.actions.map(\.line) == [11, 12, 13])
    #expect(extract.actions.map(\.text) == ["Update members list on website", "Meet county PVE officer re: forms.", "Send recs (a)-(f) to the NAP Task Force secretariat."])
    #expect(extract.actions.map(\.owner) == ["RB", "KD/PT", "RB"])
    #expect(extract.actions.map(\.due) == [nil, "2030-03-14", "2030-02-15"])
    #expect(extract.actions.map(\.done) == [true, false, false])
  }

  /// A Hansard names who speaks by office in capitals and person in brackets: "THE MEMBER FOR
  /// SARN EAST (Ms Ines Carvalho): … I will send it …" is Ines Carvalho's task.
  @Test func aHansardSpeakersOwnUndertaking() throws {
    let extract = try Self.extract(
      """
      ## Debate

      THE MEMBER FOR SARN EAST (Ms Ines Carvalho): The idea is good. I will send it to the Committee by 18 November.
      """, date: "2029-11-10")
    #expect(extract.actions.map(\.owner) == ["Ines Carvalho"])
    #expect(extract.actions.map(\.due) == ["2029-11-18"])
  }

  /// A box written with escaped brackets (`\\[ \\]`) is text, not a task; a year that opens an
  /// item, its dot escaped so as not to start a list (`2030\\.`), stays in the item's text.
  @Test func escapedBoxesAreNoTasksAndOpeningYearsStay() throws {
    let extract = try Self.extract(
      #"""
      ## Discussion

      - \[ \] is how the template marks a box to tick.
      - [ ] UNDP to send the note by 20 November.

      ## Action items

      - \[x\] Secretariat to book the room by 15 November.
      - 2030\. Agenda targets to be mapped by UNDP by 20 December.

      ## Recommendations

      - 2030\. Agenda alignment should be checked by governments.
      - 12\. Donors should fund core costs.
      """#)
    #expect(extract.actions.map(\.text) == [
      "UNDP to send the note by 20 November.", "[x] Secretariat to book the room by 15 November.",
      "2030. Agenda targets to be mapped by UNDP by 20 December.",
    ])
    #expect(extract.actions.map(\.done) == [false, false, false])
    #expect(extract.actions.map(\.line) == [9, 13, 14])
    #expect(extract.recommendations.map(\.text) == [
      "2030. Agenda alignment should be checked by governments.", "Donors should fund core costs.",
    ])
  }

  /// An item keeps the web or e-mail address a link in it leads to; other targets and the
  /// link's words elsewhere add nothing.
  @Test func itemsKeepTheirLinksTargets() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      The [guidance](https://example.org/other) was discussed.

      ## Recommendations

      - Governments should publish the [review guidance](https://example.org/guide) by December.
      - Donors should fund the guidance work.

      ## Next steps

      - Ana to mail [Ben](mailto:ben@example.org) the [list](#) and [notes](javascript:alert(1)) by 3 December.
      - Ben to read [the plan][plan] and <https://example.org/auto> by 4 December.
      - Cy to read the [guide](https://example.org/guide) and [example.org](https://example.org) by 5 December.

      [plan]: https://example.org/plan-2025-12-01.pdf
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Governments should publish the review guidance (https://example.org/guide) by December.",
      "Donors should fund the guidance work.",
    ])
    #expect(extract.actions.map(\.text) == [
      "Ana to mail Ben (mailto:ben@example.org) the list and notes by 3 December.",
      "Ben to read the plan (https://example.org/plan-2025-12-01.pdf) and https://example.org/auto by 4 December.",
      "Cy to read the guide (https://example.org/guide) and example.org by 5 December.",
    ])
    #expect(extract.actions.map(\.due) == ["2025-12-03", "2025-12-04", "2025-12-05"])
  }

  /// A date after an arrow or a pictograph closes a task as it would after a dash.
  @Test func datesAfterPictographs() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - [ ] @sipho draft the budget lines ➡️ Q1 2026
      - [ ] @aiko share the indicator sheet 📅 27.11.
      - [ ] @lina draft the concept note 📝 2025-11-18
      - [ ] @ravi update the tool 📝 v2.1.
      """)
    #expect(extract.actions.map(\.due) == ["2026-03-31", "2025-11-27", "2025-11-18", nil])
  }

  /// Items after a backslash hard break or a code span over two lines start on their own lines.
  @Test func itemsAfterLineEndsCmarkLeavesUncountedKeepTheirLines() throws {
    let extract = try Self.extract(
      "## Discussion\n\nSome talk.\\\nDonors should fund youth groups.\\\nUNDP to circulate notes by 2025-12-10.\n\n"
        + "We discussed the `monitoring\nframework` at length.\nGovernments must protect civic space.\n")
    #expect(extract.recommendations.map(\.line) == [9, 14])
    #expect(extract.actions.map(\.line) == [10])
  }

  /// A list item that opens with a block quote, a list or a code block keeps its words.
  @Test func itemsThatOpenWithAnotherBlockAreRead() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      1. Governments should publish the criteria.
      2. > Donors should pool their funds.
      3. - Civil society should organise nationally.
         - Media should report on plans.
      4. ```
         Youth groups should be funded.
         ```
      5.      Mayors should open their budgets.

      ## Action items

      - > UNDP to draft the note by 2025-12-01.
      - - OHCHR to review the note by 2025-12-05.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Governments should publish the criteria.", "Donors should pool their funds.", "Civil society should organise nationally.",
      "Media should report on plans.", "Youth groups should be funded.", "Mayors should open their budgets.",
    ])
    #expect(extract.recommendations.map(\.line) == [8, 9, 10, 11, 13, 15])
    #expect(extract.actions.map(\.owner) == ["UNDP", "OHCHR"])
    #expect(extract.actions.map(\.line) == [19, 20])
  }

  /// A direction override cannot make an item read otherwise than it is written.
  @Test func itemsLoseDirectionOverrides() throws {
    let extract = try Self.extract("## Recommendations\n\n- Donors should fund \u{202E}spuorg htuoy\u{202C} now.\n")
    #expect(extract.recommendations.map(\.text) == ["Donors should fund spuorg htuoy now."])
  }

  /// A deeper heading stays inside its section: the note's sections are those of its level. One
  /// that names a section still makes its list that section's items.
  @Test func aDeeperHeadingStaysInItsSection() throws {
    let text = "---\ntitle: T\ndate: \"2025-11-12\"\ntime: \"10:00-11:00\"\n---\n"
      + "## Discussion\n\nTalk.\n\n### Recommendations heard\n\n- A point.\n\n## Recommendations\n\n- Train teachers.\n"
    let session = try SessionLoader.load(file: "note.md", text: text).get()
    #expect(session.sectionLevel == 2)
    #expect(session.sections.compactMap(\.id) == [.discussion, .recommendations])
    #expect(Extractor().extract(session).recommendations.map(\.text) == ["A point.", "Train teachers."])
  }

  /// Lettered parts ("(a) …; (b) …") that are items of their own are one item each; parts that
  /// complete one chapeau stay one item.
  @Test(arguments: [
    (
      "(a) the UN system should align its support with national plans; (b) media should avoid stigmatising language.",
      ["The UN system should align its support with national plans.", "Media should avoid stigmatising language."]
    ),
    (
      "(a) donors should fund CSOs; and (b) governments should protect civic space.",
      ["Donors should fund CSOs.", "Governments should protect civic space."]
    ),
    ("(i) Governments should act.\n(ii) Donors should fund CSOs.", ["Governments should act.", "Donors should fund CSOs."]),
    (
      "Member States should: (a) earmark budgets; (b) include CSOs.",
      ["Member States should: (a) earmark budgets; (b) include CSOs."]
    ),
    ("(a) Governments should act.", ["Governments should act."]),
    ("Donors should see point (b) of the plan; (c) is done.", ["Donors should see point (b) of the plan; (c) is done."]),
  ])
  func letteredPartsThatAreItemsOfTheirOwn(paragraph: String, expected: [String]) throws {
    let extract = try Self.extract("## Discussion\n\n" + paragraph + "\n")
    #expect(extract.recommendations.map(\.text) == expected)
  }

  @Test func letteredLinesOfTheRecommendationsSectionAreItems() throws {
    let extract = try Self.extract("## Recommendations\n\na) Train teachers.\nb) Fund youth groups.\n(iii) Publish the plan.\n")
    #expect(extract.recommendations.map(\.text) == ["Train teachers.", "Fund youth groups.", "Publish the plan."])
  }

  /// Whom a Recommendations item addresses when no cue says it: the actors that open it, or
  /// those asked "for … to" act; a passive item addresses no one.
  @Test(arguments: [
    ("There was broad support for ministries of foreign affairs and of water to consider joint protocols.", ["governments"]),
    ("One option would be for funders to pool their support in a basin facility.", ["donors"]),
    (
      "The UN system might usefully offer neutral secretariats to basins that request them, building on experience.",
      ["un-system"]
    ),
    ("Local authorities should be given the mandate to deliver the plan.", []),
    ("Suppliers of decision systems should be contractually required to publish audits.", []),
    ("The participants recommend that the agencies of the UN system harmonise their data.", ["un-system"]),
    ("Civil society organisations and investigative journalists should use open procurement data.", ["civil-society", "media"]),
    ("Ratify ILO Conventions No. 189 and No. 190 before the end of 2027 — for national governments.", ["governments"]),
    ("Fund, with donors taking the lead, a regional pool of trainers.", ["donors"]),
    ("Offer, as a duty of local authorities, two weeks of free respite care a year.", ["local-authorities"]),
    ("Ensure that, in every national budget, governments ring-fence a line for long-term care.", ["governments"]),
    ("Donors and private creditors should agree a standard pause clause.", ["donors", "private-sector"]),
    ("Guarantee the right of domestic workers to organise.", []),
    ("A single emergency contact list for each country, kept up to date.", []),
    ("Refugee-led organisations should lead enrolment outreach in camps.", ["civil-society"]),
    ("Finance ministries and central banks should allow licensed non-bank providers.", ["governments"]),
    ("Private operators of desalination plants must monitor brine plumes.", ["private-sector"]),
    ("Community radio stations and the mediators' networks should run joint training.", ["media"]),
  ] as [(String, [String])])
  func addresseesOfRecommendationsWithoutACue(item: String, actors: [String]) throws {
    let extract = try Self.extract("## Recommendations\n\n" + item + "\n")
    #expect(extract.recommendations.map(\.actors) == [actors])
  }

  /// A paragraph of the Action items section is one action per sentence that gives someone a
  /// task, whatever its verb; the sentences after one explain it.
  @Test func aFollowUpParagraphGivesOneActionPerOwnedTask() throws {
    let extract = try Self.extract(
      """
      ## Follow-up

      The Centre will post the presentations on its website by the end of the month. Professor
      Achterberg will approach the partnership about a joint workshop; no date was set. Whether
      a second session might be held was left open.
      """)
    #expect(extract.actions.map(\.owner) == ["Centre", "Professor Achterberg"])
    #expect(extract.actions.map(\.line) == [8, 8])
    #expect(extract.actions.last?.text.hasSuffix("was left open.") == true)
  }

  /// Owners that are placeholders beside a date, and actions called off, name no one or are none.
  @Test func placeholdersAndCancelledActions() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - [TBD | 30 Nov] Find a host for the next consultation.
      - Geneva Forum to map national pension reforms in the region (dropped)
      - UN Women to brief the bureau within two weeks.
      """)
    #expect(extract.actions.map(\.owner) == [nil, "UN Women"])
    #expect(extract.actions.map(\.due) == ["2025-11-30", "2025-11-26"])
  }

  /// Group bullets over group bullets over tasks: each task is an action, owned by the group
  /// that names an owner; the groups themselves are none.
  @Test func nestedGroupsOfTasks() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - Follow-up on funding
        - NDA:
          - circulate a concept note by 5 December
          - convene the contributing donors by end of January
      - Report
        - Rapporteur:
          - send the draft summary to the Chair by 24 November
        - Owner to be confirmed
          - organise a field visit
      """)
    #expect(extract.actions.map(\.owner) == ["NDA", "NDA", "Rapporteur", nil])
    #expect(extract.actions.map(\.line) == [10, 11, 14, 16])
  }

  /// Notes that tell the whole session in the past perfect: "had been urged to" is advice given
  /// at the session and "had undertaken to" a task taken on there, not history; a year before the
  /// session still dates a sentence as history, and notes that use the tense now and then keep
  /// reading it so.
  @Test func notesToldInThePastPerfect() throws {
    let told = (1...8).map { "Point \($0) had been noted by the room." }.joined(separator: " ")
    let extract = try Self.extract(
      """
      ## Discussion

      \(told)

      Provincial and municipal councils had been encouraged to designate a prevention focal point.
      In 2019 donors had been urged to pool their funds.

      ## Follow-up

      The Chair had undertaken to brief the Minister at the Cabinet retreat on 2 December.
      The Ministry had committed itself to publishing the report before the close of the fourth quarter.
      The rapporteur had been tasked with preparing the report within three working days.
      It had been announced that the next consultation would be held in Ombrin on 16 January 2026.
      """)
    #expect(extract.recommendations.map(\.line) == [10])
    #expect(extract.recommendations.first?.actors == ["local-authorities"])
    #expect(extract.actions.map(\.owner) == ["Chair", "Ministry", "rapporteur"])
    #expect(extract.actions.map(\.due) == ["2025-12-02", "2025-12-31", "2025-11-17"])

    let occasional = try Self.extract(
      """
      ## Discussion

      Provincial and municipal councils had been encouraged to designate a prevention focal point.
      The Chair had undertaken to brief the Minister by 2 December.
      """)
    #expect(occasional.recommendations.isEmpty)
    #expect(occasional.actions.isEmpty)
  }

  /// A proposal the room agreed to drop is none; "things and photos to X" is one task, not two;
  /// "Who is doing what" holds the actions, "What we came to do" the purpose; "by end month".
  @Test func droppedIdeasAndTasksWithTheirObjects() throws {
    let extract = try Self.extract(
      """
      ## What we came to do

      To sit down together and agree who is doing what before the budget cycle.

      ## Discussion

      A member of the public proposed that the county should register all madrassa teachers.
      The Council said that would push people underground, and the house agreed to drop the idea.

      ## Who is doing what

      - Wanjiru to send the attendance list and photos to the Fund within two weeks.
      - Madam Chiriba will bring the draft notice to the Executive Committee by end month.
      """)
    #expect(extract.recommendations.isEmpty)
    #expect(extract.actions.map(\.line) == [17, 18])
    #expect(extract.actions.map(\.owner) == ["Wanjiru", "Madam Chiriba"])
    #expect(extract.actions.map(\.due) == ["2025-11-26", "2025-11-30"])
  }

  /// Notes typed on a phone: a task marked with an arrow and its owner before a colon; "EOW",
  /// "EOM" and "the nxt mtg" as due dates; a question or a proposal that an arrow says came to
  /// nothing; "the council" in notes of a local council's meeting.
  @Test func notesTypedOnAPhone() throws {
    let extract = try Self.extract(
      """
      ## notes

      - Cllr Tosh opening, council officers present
        - → @Dee: share the survey data w/ council officers by Fri
        - → Kofi & Priya (Streetwise): draft a 1-page reporting guide w/in 2 wks
        - → Imam Karimi + Rev. Holt: 1st interfaith online Q&A EOW
        - → Next year's edition: same week, date still to be fixed
        - → Insp. Bose will share the hate-crime stats by Mon
        - → Cllr Tosh to invite the mothers' group to the nxt mtg
        - Q from floor: shd schools just ban phones?? → no answer, parked
        - proposal: officers to do school assemblies → REJECTED, kids walked out last time
        - the council shd publish how much of the youth fund reached the wards
      - admin
        - nxt mtg will be Wed 26 Nov, same room
      """)
    #expect(extract.actions.map(\.owner) == ["Dee", "Kofi & Priya", "Imam Karimi + Rev. Holt", "Insp. Bose", "Cllr Tosh"])
    #expect(extract.actions.map(\.due) == ["2025-11-14", "2025-11-26", "2025-11-14", "2025-11-17", "2025-11-26"])
    #expect(extract.actions.first?.text.hasPrefix("Share the survey data") == true)
    #expect(extract.recommendations.map(\.line) == [17])
    #expect(extract.recommendations.first?.actors == ["local-authorities"])
  }

  /// A task board's cards: the owner and due date on lines of their own under each card, a date
  /// as boards export it ("@{2026-03-20}"), an event's date after it or in brackets, and a note
  /// under the card that is no part of the owner's name.
  @Test func taskBoardCardsWithFieldLines() throws {
    let extract = try Self.extract(
      """
      ## Backlog

      - [ ] Translate the monitoring checklist
          - owner: @Teodora
          - due: @{2026-03-20}
      - [ ] Draft the submission to the budget hearing
          - owner: @Jun
          - due: before the budget hearing on 18 Mar
      - [ ] Get the signed MoU back from the District Council
          - owner: @Amara (chasing)
          - due: before the coalition assembly (28 Mar)
      - [x] Sign up the radio station as a media partner
          - owner: @Nadia
          - note: they had already been airing our jingles
      """, date: "2026-03-04")
    #expect(extract.actions.map(\.owner) == ["Teodora", "Jun", "Amara", "Nadia"])
    #expect(extract.actions.map(\.due) == ["2026-03-20", "2026-03-18", "2026-03-28", nil])
  }

  /// A sentence leading into a list names the section of its items: "The following
  /// recommendations were made:", "Participants recommended:", "The following actions were
  /// agreed:", "Action items (carried over):"; one that recalls earlier outcomes or tells
  /// something ("Actions taken since the last meeting:", "Follow-up … has been uneven:") names none.
  @Test func listsUnderLeadInSentences() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      The discussion was lively. The following recommendations were made:

      - Strengthen the role of local authorities in prevention.

      Participants recommended:

      - Expand the network of youth mediators.

      The following actions were agreed:

      - Circulate the mapping of youth groups to all participants.

      The recommendations of the previous forum were recalled:

      - Publish an annual review of prevention programmes.

      Actions taken since the last meeting:

      - The Ministry set up a telephone hotline for families.

      Follow-up by participants has been uneven:

      - Few organisations replied to the survey.

      Action items (carried over):

      - Circulate the survey again.
      """)
    #expect(extract.recommendations.map(\.line) == [10, 14])
    #expect(extract.actions.map(\.line) == [18, 34])
  }

  /// A list item that opens with raw HTML (a comment, a stray tag, a script) is read for the
  /// words after it; the markup and a script's contents are none of them.
  @Test func itemsOpeningWithRawHTMLKeepTheirWords() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - <!-- from breakout B --> Governments should publish the criteria.

      ## Action items

      - <!-- confirm date --> UNDP to circulate a note by 31 December.
      - <script>alert(1)</script> OHCHR to convene a meeting by 15 December.
      """)
    #expect(extract.recommendations.map(\.text) == ["Governments should publish the criteria."])
    #expect(extract.actions.map(\.text) == ["UNDP to circulate a note by 31 December.", "OHCHR to convene a meeting by 15 December."])
    #expect(extract.actions.map(\.line) == [12, 13])
  }

  /// A paragraph of thousands of links: each sentence gets its own link's target, and the work
  /// grows with the links, not their square (4,000 took minutes before).
  @Test func aParagraphOfManyLinksKeepsEachTargetQuickly() throws {
    let count = 4_000
    let body = (0..<count).map { "See [report \($0)](https://example.org/r/\($0))." }.joined(separator: " ")
    let text = "---\ntitle: T\ndate: \"2025-11-12\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\n" + body + "\n"
    let session = try SessionLoader.load(file: "note.md", text: text).get()
    let sentences = (0..<count).map { (text: "See report \($0).", line: 8) }
    let start = Date()
    let linked = Extractor.withLinkTargets(sentences, in: session)
    #expect(Date().timeIntervalSince(start) < 20)
    #expect(linked[3_999] == "See report 3999 (https://example.org/r/3999).")
    #expect(linked[7] == "See report 7 (https://example.org/r/7).")
  }

  /// A placeholder where an item will go ("TBD", "To be confirmed.") is none; a task its text
  /// says is done ("(done)", "— DONE", "Status: completed", a check mark) is done.
  @Test func placeholdersAreNoItemsAndDoneMarksCloseTasks() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - TBD
      - To be confirmed.
      - UNDP to circulate the contact list (done).
      - Secretariat to book the venue — DONE
      - ✅ OHCHR to share the guidance note.
      - Ministry of Youth to nominate a focal point. Status: completed.
      - Secretariat to draft the done-and-pending list by Friday.
      - NPCO to put the 2019 evaluation online ✔ (at lunch)
      - Youth Forum to share the photos (done at lunch)
      - Youth Forum to share the list (to be sent by Friday)

      ## Recommendations

      - TBC
      """)
    #expect(extract.recommendations.isEmpty)
    #expect(extract.actions.map(\.done) == [true, true, true, true, false, true, true, false])
  }

  /// Under Recommendations, words a label says were replaced or struck ("Draft 2 (superseded):",
  /// "Deleted by the ERG:") are no recommendation; the agreed wording is.
  @Test func replacedWordingIsNoRecommendation() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Draft 2 (superseded): "The Government should review the Public Order Act."
      - Deleted by the ERG: donors should extend the programme, a management decision.
      - Old wording: "Youth groups should be consulted."
      - **Agreed:** The Ministry of Justice should commission an independent review of article 27.
      - Old town youth: donors should fund the evening league.
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"]])
  }

  /// A whole section name asked as a question names its section; a question that only ends in one
  /// does not.
  @Test func headingsAskedAsQuestions() {
    #expect(SectionCatalog.standard.section(forHeading: "Next steps?") == .actions)
    #expect(SectionCatalog.standard.section(forHeading: "Recommendations?") == .recommendations)
    #expect(SectionCatalog.standard.section(forHeading: "What did we set out to do?") == nil)
  }

  /// Headings written without an apostrophe or a hyphen name their sections all the same.
  @Test(arguments: ["Chairs summary", "Chair’s summary", "Wrap up", "Follow up", "Next-steps"])
  func headingsWithoutApostrophesOrHyphens(heading: String) {
    #expect(SectionCatalog.standard.section(forHeading: heading) != nil)
  }

  /// Under Recommendations, a sub-item advising someone its parent does not address is a
  /// recommendation of its own; one that only says more to the same addressee stays the parent's.
  @Test func subItemsAdvisingOthersAreRecommendationsOfTheirOwn() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - The ministry should fund the water programme.
        - Donors should fund girls' schooling in the north.
          - Mayors should open a youth centre in every district.
      - Governments should adopt the national action plan.
        - Governments should also publish its budget each year.
        - with a line for women's groups
      """)
    #expect(extract.recommendations.map(\.line) == [8, 9, 10, 11])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["local-authorities"], ["governments"]])
    #expect(extract.recommendations.last?.text.contains("publish its budget") == true)
  }

  /// A note that changes its heading level midway: "### discussion" under the Speakers section
  /// opens the Discussion, whose sentences are read for items.
  @Test func aSubHeadingNamingASectionOpensItUnderSpeakers() throws {
    let extract = try Self.extract(
      """
      ## Speakers

      - Ms Otieno, a union organiser

      ### discussion

      Ms Otieno urged host governments to make heat breaks binding.

      Action: read the committee's strategy by 19 November
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"]])
    #expect(extract.actions.map(\.due) == ["2025-11-19"])
  }

  /// The rapporteur's own asides are no items.
  @Test func theRapporteursAsidesAreNoItems() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      *Rapporteur's comment: ministries of finance must be better represented next time.*

      [Rapporteur’s note: donors should have been invited earlier.]

      Participants agreed that private creditors should accept pause clauses.
      """)
    #expect(extract.recommendations.map(\.line) == [12])
  }

  /// Lines pasted with dashes or bullets are items, each with the lines that continue it.
  @Test func pastedDashBulletsAreItems() throws {
    let extract = try Self.extract(
      "## Action items\n\n\u{2013} WHO country office to share the manual by 31 May 2026.\n\u{2013} Ministry of Health to convene\nthe working group within two weeks.\n")
    #expect(extract.actions.map(\.owner) == ["WHO country office", "Ministry of Health"])
    #expect(extract.actions.map(\.line) == [8, 9])
    #expect(extract.actions.last?.text == "Ministry of Health to convene the working group within two weeks.")
  }

  /// An item that reports a proposal turned down is no item.
  @Test func aProposalTurnedDownIsNoItem() throws {
    let extract = try Self.extract(
      "## Recommendations\n\n- Donors should fund core costs.\n- A proposal that the UN should appoint an envoy was not taken forward.\n")
    #expect(extract.recommendations.map(\.text) == ["Donors should fund core costs."])
  }

  /// Owners and due dates written beside the task in note-taking shorthand.
  @Test(arguments: [
    ("- Share the mapping of local funds [UNDP, 30 Nov]", "UNDP", "2025-11-30"),
    ("- Draft the terms of reference — OHCHR, by 30/11", "OHCHR", "2025-11-30"),
    ("- Convene the donor group | Owner: UNDP | Due: 15 December 2025", "UNDP", "2025-12-15"),
    ("- Map the routes (WFP; by 20/11/25)", "WFP", "2025-11-20"),
    ("- Cut the backlog by 1/3 (WFP)", "WFP", nil),
    ("- Raise the grants by 20/100 (WFP)", "WFP", nil),
    ("- Follow up with CSOs (UNDP) – 2 weeks", "UNDP", "2025-11-26"),
    ("- Share the mapping (OHCHR) - by 30 Nov", "OHCHR", "2025-11-30"),
    ("- Circulate the draft → IOM, 2 weeks", "IOM", "2025-11-26"),
    ("- Circulate the outcome note — secretariat, 10 days", "secretariat", "2025-11-22"),
    ("- Send the slides to all asap (rapporteur)", "rapporteur", nil),
    ("- Secretariat to send the list next wk", "Secretariat", "2025-11-21"),
    ("- UNICEF: revise the concept note by end Q1", "UNICEF", "2026-03-31"),
    ("- POC: DESA — circulate the readout NLT COB Friday.", "DESA", "2025-11-14"),
    ("- Close out the ticket by November 20. POC: Jess Conroy.", "Jess Conroy", "2025-11-20"),
    ("- POC: Coalition for Public Budgets — refresh the dataset EOD Tuesday.", "Coalition for Public Budgets", "2025-11-18"),
    ("- [OHCHR | 15 Dec] Draft the guidance note.", "OHCHR", "2025-12-15"),
    ("- UNEP (Q1 2026): convene a technical meeting.", "UNEP", "2026-03-31"),
    ("- Nordvik Institute (no date set): share the literature review.", "Nordvik Institute", nil),
    ("- [Chair | ASAP] Send the chair's summary to all participants.", "Chair", nil),
    ("- Publish the panel slides. Lead: Forum secretariat. Target: 15 March 2026.", "Forum secretariat", "2026-03-15"),
    ("- UNDP will be in charge of the mapping, with a first draft by 30 novembre.", "UNDP", "2025-11-30"),
    ("- Mme Sow will transmit the conclusions by the 1er décembre.", "Mme Sow", "2025-12-01"),
    ("- WHO country office to share the manual by 1Q26.", "WHO country office", "2026-03-31"),
    ("- ACTION – WHO – align the reporting templates – end of November", "WHO", "2025-11-30"),
    ("- ACTION – RESIST NETWORK – compile the testimonies – 2026-07-01", "RESIST NETWORK", "2026-07-01"),
    ("- ILO Decent Work Team to circulate the template on Tuesday 18th.", "ILO Decent Work Team", "2025-11-18"),
    ("- The Forum secretariat will convene the drafting group by Monday the 24th.", "Forum secretariat", "2025-11-24"),
    ("- **Who:** ACA secretariat **What:** circulate a concept note **When:** within two weeks", "ACA secretariat", "2025-11-26"),
    ("- Requests the SEAPA secretariat to report on progress by 31 January 2026.", "SEAPA secretariat", "2026-01-31"),
    (
      "- Reservation of the room for the meeting in January 2026 — responsible: NBMON office, until 25.11.2025",
      "NBMON office", "2025-11-25"
    ),
  ] as [(String, String, String?)])
  func shorthandOwnersAndDates(item: String, owner: String, due: String?) throws {
    let actions = try Self.extract("## Action items\n\n" + item + "\n").actions
    #expect(actions.map(\.owner) == [owner])
    #expect(actions.map(\.due) == [due])
  }

  /// One action item that gives tasks to two owners is two actions, each with its owner and date.
  @Test(arguments: [
    (
      "- UNDP to share the mapping; OHCHR to convene partners by 30 November.",
      [("UNDP to share the mapping.", "UNDP", nil), ("OHCHR to convene partners by 30 November.", "OHCHR", "2025-11-30")]
    ),
    (
      "- UNDP will circulate the draft by 20 November and OHCHR will convene the group by 5 December.",
      [
        ("UNDP will circulate the draft by 20 November.", "UNDP", "2025-11-20"),
        ("OHCHR will convene the group by 5 December.", "OHCHR", "2025-12-05"),
      ]
    ),
    (
      "- UNDP and OHCHR to co-host the workshop by 30 November.",
      [("UNDP and OHCHR to co-host the workshop by 30 November.", "UNDP and OHCHR", "2025-11-30")]
    ),
    (
      "- UNDP to share the mapping and convene partners by 30 November.",
      [("UNDP to share the mapping and convene partners by 30 November.", "UNDP", "2025-11-30")]
    ),
    ("- No decision yet; UNDP to propose a date.", [("No decision yet; UNDP to propose a date.", "UNDP", nil)]),
    (
      "- UN Women and the Ministry of Interior will co-host a meeting by 30 November.",
      [("UN Women and the Ministry of Interior will co-host a meeting by 30 November.", "UN Women and the Ministry of Interior", "2025-11-30")]
    ),
  ] as [(String, [(String, String, String?)])])
  func anActionForTwoOwnersIsTwoActions(item: String, expected: [(String, String, String?)]) throws {
    let actions = try Self.extract("## Action items\n\n" + item + "\n").actions
    #expect(actions.map(\.text) == expected.map(\.0))
    #expect(actions.map(\.owner) == expected.map(\.1))
    #expect(actions.map(\.due) == expected.map(\.2))
    #expect(actions.allSatisfy { $0.line == 8 })
  }

  @Test func sectionItemsReadAsSentencesWithTheirLabelsAndOwnersTakenOut() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - To UN agencies:
        - align programming with national action plans;
        - share data on returnees; and
        - publish eSwatini figures,
      - Recommendation: donors should fund youth groups.

      ## Action items

      - Action (Secretariat): circulate the summary by 15 November.
      - A (Dr Okoro): convene the donors group by December.
      - AP (UNDP) – book the rooms.
      - No decision yet; UNDP to propose a revised timeline by 30 November.
      - RM → share the contact list with participants.
      - [ ] Okafor: send the case study
      - WFP and UNICEF: map the routes

      ## Discussion

      Action (UNICEF): circulate the draft by 3 December.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Align programming with national action plans.", "Share data on returnees.", "Publish eSwatini figures.",
      "Donors should fund youth groups.",
    ])
    #expect(extract.actions.map(\.text) == [
      "Circulate the summary by 15 November.", "Convene the donors group by December.", "Book the rooms.",
      "No decision yet; UNDP to propose a revised timeline by 30 November.", "RM → share the contact list with participants.",
      "Send the case study", "Map the routes", "Circulate the draft by 3 December.",
    ])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Dr Okoro", "UNDP", "UNDP", "RM", "Okafor", "WFP and UNICEF", "UNICEF"])
  }

  @Test func aParagraphNamingASectionReadsTheListsUnderIt() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      **Recommendations:**

      1. Donors should adopt multi-year funding.
      2. It is essential that women's organisations get core funding.

      *Next steps*

      * Secretariat will circulate notes by 28 Nov.

      Follow-up:

      - Ms Mensah will call UNDP.

      Funding cycles are too short.

      - A list after other words is read as before.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Donors should adopt multi-year funding.", "It is essential that women's organisations get core funding.",
    ])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Ms Mensah"])
    #expect(extract.actions.map(\.due) == ["2025-11-28", nil])
  }

  @Test func aParagraphOfSeveralItemsGivesOneItemEach() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      Member States need to involve young people. Donors are urged to simplify grant rules. They take months.

      Governments should publish their plans. This builds trust. It was said twice.

      ## Action items

      UNDP to share the slides. The Secretariat to circulate notes by 28 November.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Member States need to involve young people.", "Donors are urged to simplify grant rules. They take months.",
      "Governments should publish their plans. This builds trust. It was said twice.",
    ])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["UNDP", "Secretariat"])
  }

  @Test func aSectionOfRecommendationsAndNextStepsHoldsBoth() throws {
    let extract = try Self.extract(
      """
      ## Recommendations and next steps

      - Publish annual progress reports.
      - UNDP to circulate the toolkit by 15 December.
      - [ ] Secretariat: book the room

      ## Conclusions & next steps

      - The Task Force will hold a webinar in January.
      """)
    #expect(extract.recommendations.map(\.text) == ["Publish annual progress reports."])
    #expect(extract.actions.map(\.owner) == ["UNDP", "Secretariat", "Task Force"])
  }

  @Test func itemCodesSubHeadingsOfParagraphsAndOwnersSetOffByDashes() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      ### To governments
      R1. Involve youth in drafting.
      R2. Budget for implementation, not only for consultations.

      ### To the UN system
      - **R3** – Align country programmes with national priorities.
      - G20 governments should lead.

      ## Action items

      - **Secretariat** — share contacts (due 2025-12-01)
      - *Task Force*: convene a webinar, end Nov.
      - Task: book the rooms.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Involve youth in drafting.", "Budget for implementation, not only for consultations.",
      "Align country programmes with national priorities.", "G20 governments should lead.",
    ])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"], ["un-system"], ["governments"]])
    #expect(extract.actions.map(\.text) == ["Share contacts (due 2025-12-01)", "Convene a webinar, end Nov.", "Task: book the rooms."])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Task Force", nil])
    #expect(extract.actions.map(\.due) == ["2025-12-01", "2025-11-30", nil])
  }

  @Test func struckOutItemsAreNoneAndFootnoteMarksAreLeftOut() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      ~~Participants urged donors to fund conferences.~~ Participants urged donors to fund youth groups[^1].

      ## Recommendations

      1. Governments should integrate WPS into PVE plans[^2].
      2. ~~Donors should fund conferences.~~ (withdrawn)
      3. Donors should fund ~~conferences~~ networks.

      [^2]: See resolution 2242 (2015).
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Participants urged donors to fund youth groups.", "Governments should integrate WPS into PVE plans.",
      "Donors should fund networks.",
    ])
  }

  /// Paragraphs of nothing but colons and marks name no section and hold no item.
  @Test(arguments: [":", "::", ": :", ":\t:", "**:**", "*:*", "_:_", "`:`", "# :", "- :"])
  func aParagraphOfColonsIsNothing(paragraph: String) throws {
    let extract = try Self.extract("## Discussion\n\n\(paragraph)\n\n## Recommendations\n\n\(paragraph)\n\n- Donors should act.\n")
    #expect(extract.recommendations.map(\.text) == ["Donors should act."])
  }

  @Test func spacedTildesStrikeNothing() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Donors should fund approximately ~~ 10 groups ~~ per district.
      """)
    #expect(extract.recommendations.map(\.text) == ["Donors should fund approximately ~~ 10 groups ~~ per district."])
  }

  @Test func blockQuotesUnderRecommendationsAndActionsHoldItemsAndElsewhereQuote() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      > Governments should ban all youth groups.

      ## Recommendations

      > - Governments should publish draft plans for public comment.
      > - Donors should fund consultation as well as drafting.

      > Civil society organisations should form national platforms.

      ## Action items

      > - UNDP to share the note by 2025-12-31.
      """)
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["civil-society"]])
    #expect(extract.actions.map(\.owner) == ["UNDP"])
    #expect(extract.actions.map(\.due) == ["2025-12-31"])
  }

  @Test func aBareInstructionBesideAListIsARecommendationAndALabelIsNot() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      Increase funding for women's organisations in border regions.

      - Governments should publish their plans.

      Establish an independent monitoring mechanism.

      Form national platforms to speak jointly.

      Next sync: Fri 14 Nov, 09:30, same link.

      | # | Recommendation | Addressee |
      |---|---|---|
      | ~~13~~ | ~~Set up a national trust fund~~ (withdrawn in plenary, see above) | MoI |
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Increase funding for women's organisations in border regions.", "Governments should publish their plans.",
      "Establish an independent monitoring mechanism.", "Form national platforms to speak jointly.",
    ])
  }

  @Test func recommendationsUnderTheirOwnHeadingsAreTheHeadingsAndTheirArgumentSaysWhomTheyAddress() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      ### Recommendation 1: Fund local mediators for three years, not one

      This is addressed first of all to donors. Single-year grants drop mediators within a cycle.

      ### Recommendation 2: Let district councils run the prevention committees

      District councils should chair the local prevention committees.

      ### Recommendation 3 (withdrawn): Require mediators to register with the police

      Proposed by one participant and withdrawn after discussion.

      ### Funding

      - Donors should pool their funds.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Fund local mediators for three years, not one", "Let district councils run the prevention committees",
      "Donors should pool their funds.",
    ])
    #expect(extract.recommendations.map(\.line) == [8, 12, 22])
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["local-authorities"], ["donors"]])
  }

  @Test func aMeetingAnnouncedBesideTheTasksIsNoTask() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - Ana to send the minutes by 20 November.
      - The January review of the working group will be held on 21 January in Lenholt.
      - The next session in this series is on 17 December.
      """)
    #expect(extract.actions.map(\.owner) == ["Ana"])
  }

  @Test func datesWrittenMonthFirstAreReadSoWhereTheNoteShowsIt() throws {
    let monthFirst = try Self.extract("## Next steps\n\n- Ana to send the list by 11/15.\n- Ben to send the memo by 12/2.\n")
    #expect(monthFirst.actions.map(\.due) == ["2025-11-15", "2025-12-02"])
    let dayFirst = try Self.extract("## Next steps\n\n- Ana to send the list by 25/11.\n- Ben to send the memo by 12/2.\n")
    #expect(dayFirst.actions.map(\.due) == ["2025-11-25", "2026-02-12"])
    #expect(DueDateResolver.SlashOrder.of("24/7 hotline; by 3/15") == .dayFirst)
    #expect(DueDateResolver.SlashOrder.of("by 3/15 and 4/20") == .monthFirst)
  }

  @Test func linesDictatedWithoutFullStopsAreSentencesOfTheirOwn() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      ok so this is the debrief from the coalition meeting this morning
      joost made the point that donors really should stop funding one-off workshops in hotels
      also radio stations shouldn't be naming the families of returnees on the morning shows
      the rest was about indicators
      """)
    #expect(extract.recommendations.map(\.line) == [9, 10])
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["media"]])
  }

  @Test func leadInsBulletsPastedAsCharactersAndOwnersOverActions() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Governments should:
        - fund community-led prevention;
        - protect civic space.

      ## Next steps

      1. Secretariat
         - circulate the report by 30 November
         - UNDP to book rooms

      ## Follow-up actions
      • Anne Leclerc to circulate the report by 6 December.
      • Owner: Council of Imams – publish the manual – due 31/12/2025.
      """)
    #expect(extract.recommendations.map(\.text) == ["Fund community-led prevention.", "Protect civic space."])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "UNDP", "Anne Leclerc", "Council of Imams"])
    #expect(extract.actions.map(\.due) == ["2025-11-30", nil, "2025-12-06", "2025-12-31"])
  }

  @Test func theOneAMeetingAsksOwnsTheTask() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      The meeting requests the Secretariat to prepare a note by 1 December.
      The plenary invited UNDP to host the next round.
      """)
    #expect(extract.actions.map(\.owner) == ["Secretariat"])
    #expect(extract.actions.map(\.due) == ["2025-12-01"])
  }

  @Test func thePurposeSaysWhatTheSessionSetOutToDo() throws {
    let extract = try Self.extract(
      """
      ## Purpose

      To agree what donors and governments should change in how they finance local prevention work.

      - Governments should hear from cities first.

      ## Discussion

      Donors should pool their funds.
      """)
    #expect(extract.recommendations.map(\.text) == ["Donors should pool their funds."])
    #expect(extract.actions.isEmpty)
  }

  @Test func aDraftPastedBackAsTheChairsSummaryIsNotReadAgain() throws {
    let body = """
      ## Recommendations

      - Donors should pool their funds.

      ## Action items

      - UNDP to circulate the report by 30 November 2025.

      ## Chair's summary

      %@
      **Chair's summary: T**

      - Donors should pool their funds.
      - UNDP to circulate the report by 30 November 2025. (owner: UNDP; due: 2025-11-30)

      ## Discussion

      Governments should listen to cities.
      """
    let pasted = try Self.extract(body.replacingOccurrences(of: "%@", with: Extractor.draftMarker))
    #expect(pasted.recommendations.map(\.text) == ["Donors should pool their funds.", "Governments should listen to cities."])
    #expect(pasted.actions.count == 1)
    // The chair's own words, without the draft's comment, are still read, but what they repeat
    // of the notes is not counted twice.
    let own = try Self.extract(
      body.replacingOccurrences(of: "%@", with: "The Chair concluded:")
        .replacingOccurrences(of: "- Donors should pool their funds.\n- UNDP", with: "- Donors should pool their funds.\n- Academia should map what works.\n- UNDP"))
    #expect(
      own.recommendations.map(\.text) == [
        "Donors should pool their funds.", "Academia should map what works.", "Governments should listen to cities.",
      ])
    #expect(own.actions.count == 1)
  }

  @Test func itemsSayingThereIsNothingAreNoActions() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - None.
      - No further actions were agreed.
      - Actions on funding: none agreed.
      - N/A
      - No decision was taken on the regional network; the item is deferred to the next meeting.
      - UNDP to share the roster by 5 December 2025.
      - Map which banks have closed NGO accounts.

      The Chair thanked everyone for their contributions. The Secretariat will circulate the notes.
      Meeting adjourned.

      ## Recommendations

      - None.
      - No recommendations were made on funding.
      - Donors should pool their funds.
      """)
    #expect(extract.actions.map(\.text) == [
      "UNDP to share the roster by 5 December 2025.", "Map which banks have closed NGO accounts.",
      "The Secretariat will circulate the notes.",
    ])
    #expect(extract.recommendations.map(\.text) == ["Donors should pool their funds."])
  }

  @Test func aClosingParagraphAloneIsNoAction() throws {
    let extract = try Self.extract("## Action items\n\nThe Chair thanked everyone for their contributions.\n")
    #expect(extract.actions.isEmpty)
  }

  @Test func paragraphNumbersOfMinutesAreNoPartOfTheItem() throws {
    let extract = try Self.extract(
      """
      ## Summary of discussion

      2.5 On the proposal of Mr. Haddad, the meeting urged district governors to include women's groups
      in every committee.

      2.6 2.5 million people were displaced, and donors should fund their return.

      ## Recommendations

      - 3.1 Donors should pool their funds.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "On the proposal of Mr. Haddad, the meeting urged district governors to include women's groups in every committee.",
      "2.5 million people were displaced, and donors should fund their return.", "Donors should pool their funds.",
    ])
    #expect(extract.recommendations.map(\.location.column) == [5, 5, 7])
  }

  @Test func groupLabelsAddressTheItemsUnderThem() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      1. **To national governments**
         1. Establish an inter-ministerial coordination body with a civil society seat.
         2. Publish annual NAP progress reports.
      2. For donors:
         - Provide core funding to local CSOs for at least three years.
      3. Funding
         - Pool resources behind one national plan.
      4. Donors should fund national NGOs directly.
         - multi-year agreements, not 6-month extensions
      """)
    #expect(extract.recommendations.map(\.text) == [
      "Establish an inter-ministerial coordination body with a civil society seat.", "Publish annual NAP progress reports.",
      "Provide core funding to local CSOs for at least three years.", "Pool resources behind one national plan.",
      "Donors should fund national NGOs directly. multi-year agreements, not 6-month extensions",
    ])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["governments"], ["donors"], [], ["donors"]])
    #expect(extract.recommendations.map(\.line) == [9, 10, 12, 14, 15])
  }

  @Test func subItemsWithTheirOwnOwnersAreActionsOfTheirOwn() throws {
    let extract = try Self.extract(
      """
      ## Next steps

      - Prepare the regional workshop on youth inclusion
        - Amina to circulate a first draft of the agenda by 5 December 2025
        - UNDP will book the venue by 15 January 2026
        - a room for 40 people
      - Pooled-fund managers to report back to the network
        - UNDP MPTF Office by 31 January 2026
      """)
    #expect(extract.actions.map(\.text) == [
      "Prepare the regional workshop on youth inclusion a room for 40 people",
      "Amina to circulate a first draft of the agenda by 5 December 2025", "UNDP will book the venue by 15 January 2026",
      "Pooled-fund managers to report back to the network UNDP MPTF Office by 31 January 2026",
    ])
    #expect(extract.actions.map(\.owner) == [nil, "Amina", "UNDP", "Pooled-fund managers"])
    #expect(extract.actions.map(\.due) == [nil, "2025-12-05", "2026-01-15", "2026-01-31"])
    #expect(extract.actions.map(\.line) == [8, 9, 10, 12])
  }

  @Test func aPipeTableGivesOneItemPerRow() throws {
    let extract = try Self.extract(
      """
      ## Action items

      | # | Task | Lead agency | Deadline | Status |
      |---|------|-------------|----------|--------|
      | 1 | Circulate revised draft | Ministry of Youth | 2026-01-15 | done |
      | 2 | Convene youth consultation | UNFPA | by end of February 2026 | open |
      | 3 | UNDP to publish the report | TBD | 31 March 2026 | |

      ## Recommendations

      | Recommendation | Addressed to |
      |:---|:---|
      | Fund core costs for three years | Donors |
      | Governments should publish their plans | |
      """)
    #expect(extract.actions.map(\.text) == ["Circulate revised draft", "Convene youth consultation", "UNDP to publish the report"])
    #expect(extract.actions.map(\.owner) == ["Ministry of Youth", "UNFPA", nil])
    // A done row has no date left to meet.
    #expect(extract.actions.map(\.due) == [nil, "2026-02-28", "2026-03-31"])
    #expect(extract.actions.map(\.done) == [true, false, false])
    #expect(extract.actions.map(\.line) == [10, 11, 12])
    #expect(extract.actions.first?.location.column == 7)
    #expect(extract.recommendations.map(\.text) == ["Fund core costs for three years", "Governments should publish their plans"])
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["governments"]])
  }

  /// Hurried notes: a panel written up as points under each panellist is read for what they
  /// urged; a bold addressee over a list of asks addresses them; a network's numbered decisions
  /// are advice when they ask others ("To urge …"), tasks when the network takes them on, and none
  /// when put off or refused; a first name in small letters owns its task.
  @Test func panelPointsDecisionsAndNamesInSmallLetters() throws {
    let extract = try Self.extract(
      """
      ## Panel

      - Samira Haddad, youth delegate, who called on ministries to recognise diplomas
      - says govts shd pay women mediators, not just thank them

      ## Asks

      **Donors**

      - Fund young women's groups directly, not only through large intermediaries

      ## Acuerdos

      - **Acuerdo 1.** The network will present joint written comments before 31 July.
      - **Acuerdo 2.** To urge the municipal governments to lend their youth centres free of charge.
      - **Acuerdo 3.** The network will not sign the letter of endorsement unless a youth chapter is included.
      - **Acuerdo 4.** The question of the per diems is postponed to the next meeting.

      ## Next steps

      - [ ] jess: type up the notes and send them to farah tmrw
      """)
    #expect(extract.recommendations.map(\.line) == [9, 15, 20])
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["local-authorities"]])
    #expect(extract.actions.map(\.line) == [19, 26])
    #expect(extract.actions.map(\.owner) == ["network", "jess"])
    #expect(extract.actions.first?.due == "2026-07-31")
  }

  /// A numbered paragraph that leads into a list ("14. The meeting made the following
  /// recommendations to donors:") gives that list its items and their addressee; a lead-in
  /// paragraph names whom its list addresses; a parking lot holds no items; the running of the
  /// day and the next edition announced are no tasks; a question's arrow may hand a task on.
  @Test func leadInsParkingLotsAndHousekeeping() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      13. Participants stressed that youth groups are under-funded.
      14. The meeting made the following recommendations to donors:

      - Simplify reporting requirements for small grants.
      - Fund core costs of women's organisations.

      15. The Committee is concerned that every association must register with the police.

      Recommendations for governments:

      - Publish the plans.

      ## Open questions

      - Can the secretariat share draft chapters? → @nuru.w to ask the ombudsman by Friday.

      ## Parking lot

      - Ask the mobile operators to co-fund an SMS survey → parked, nobody has capacity.

      ## Next steps

      - Lunch is served in the garden; please return your name badges at the desk.
      - The next simulation, on the rights of the child, is planned for the autumn.
      """)
    #expect(extract.recommendations.map(\.line) == [11, 12, 18])
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["donors"], ["governments"]])
    #expect(extract.actions.map(\.owner) == ["nuru.w"])
    #expect(extract.actions.map(\.line) == [22])
  }

  /// A block quote that opens with an item's label, or speaker notes, is the notes' own callout;
  /// any other block quote is a quotation.
  @Test func calloutsAreReadQuotationsAreNot() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      > Action: OSCE to host the next meeting by 2026-05-01.

      > **Recommendation:** Donors should fund youth groups.

      > Speaker notes: the UNDP speaker urged national coordinators to publish a note after every consultation.

      > Governments should ban all protests, as the 2015 decree put it.
      """)
    #expect(extract.actions.map(\.owner) == ["OSCE"])
    #expect(extract.recommendations.map(\.line) == [10, 12])
  }

  /// A parent that advises no one, over sub-items that each advise someone, leaves them items of
  /// their own; a label over sub-items keeps doing so.
  @Test func subItemsThatAdviseSomeoneStandAlone() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Strengthen partnerships between governments and CSOs.
        - Governments should set up joint committees.
        - CSOs should nominate representatives.
      - Budgets:
        - Donors should fund consultation processes.
      """)
    #expect(extract.recommendations.map(\.line) == [8, 9, 10, 12])
    #expect(extract.recommendations.map(\.actors) == [[], ["governments"], ["civil-society"], ["donors"]])
  }

  /// An owner's and a due date's fields are shown beside the task, not left in its words.
  @Test func fieldsLeaveTheTaskClean() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - Send the report to donors. Owner: Secretariat. Due: 1 December 2025.
      - [x] Book venue — owner: Logistics, done 18 Nov
      """)
    #expect(extract.actions.map(\.text) == ["Send the report to donors.", "Book venue"])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Logistics"])
  }

  /// An owner written over their tasks, bold or with a colon, owns those that name no one else;
  /// "owner Léa" without a colon names an owner too.
  @Test func ownersOverTheirTasks() throws {
    let extract = try Self.extract(
      """
      ## Action items

      **UNDP**

      - convene the experts by 2026-04-01.

      Hedayah:
      - publish the guide by end of May.

      - follow up w/ Meta re: data access - owner Léa, due end of March
      """)
    #expect(extract.actions.map(\.owner) == ["UNDP", "Hedayah", "Léa"])
    #expect(extract.actions.map(\.due) == ["2026-04-01", "2026-05-31", "2026-03-31"])
  }

  /// A table of actions under the discussion holds actions, as it would under Action items; one
  /// with a status column under a heading of updates or review reviews earlier actions and gives none.
  @Test func anActionTableOutsideActionItems() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      | # | Action | Owner | Due |
      |---|---|---|---|
      | 1 | Send the revised budget | Finance Officer | 2025-11-30 |
      | 2 | Book the venue for 2026 | Secretariat | end of January |

      ## Partner updates

      | Action | Owner | Status |
      |---|---|---|
      | Share the 4W matrix | IMO | Closed |
      """)
    #expect(extract.actions.map(\.text) == ["Send the revised budget", "Book the venue for 2026"])
    #expect(extract.actions.map(\.owner) == ["Finance Officer", "Secretariat"])
    #expect(extract.actions.map(\.due) == ["2025-11-30", "2026-01-31"])
  }

  /// A matrix names each addressee of a row, and a row the plenary did not endorse, or left for
  /// further discussion, is no recommendation. Resolutions that give the meeting's own people a
  /// task are those tasks.
  @Test func aMatrixKeepsWhatTheRoomEndorsed() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      | No. | Recommendation | Addressed to | Plenary |
      |---|---|---|---|
      | R1 | Fund district committees through a basket fund | Donors; UN Country Team | Endorsed |
      | R2 | Require every imam to hold a state licence | Ministry of Religious Affairs | Not endorsed |
      | R3 | Merge the NAP and the counter-terrorism strategy | Government | For further discussion |
      | R4 | Make women's organisations co-leads of Pillar 3 | NAP Task Force / women's organisations | Endorsed as amended |

      ## Resolutions

      - It was resolved that the District Collector be requested to constitute peace committees in all wards.
      - It was resolved that the President shall write to the Commission, latest by 31.07.2026.
      """)
    #expect(extract.recommendations.map(\.line) == [10, 13, 17])
    #expect(extract.recommendations.first?.actors == ["donors", "un-system"])
    #expect(extract.recommendations.dropFirst().first?.actors == ["nap-task-force", "women-organisations"])
    #expect(extract.recommendations.last?.actors == ["local-authorities"])
    #expect(extract.actions.map(\.owner) == ["President"])
    #expect(extract.actions.map(\.due) == ["2026-07-31"])
  }

  @Test(arguments: [
    "| Action | Owner | Due |", "| What | Who | When |", "| Task | Responsible | By |", "| Activity | Owner / lead | Due date |",
    "| Next step | Action by | By when |", "| **Action** | **Lead** | **Deadline** |",
  ])
  func tableHeadersAreMatchedLoosely(_ header: String) throws {
    let extract = try Self.extract("## Action items\n\n\(header)\n|---|---|---|\n| Book the venue | UNDP | 15 January 2026 |\n")
    let action = try #require(extract.actions.first)
    #expect(extract.actions.count == 1)
    #expect(action.text == "Book the venue")
    #expect(action.owner == "UNDP")
    #expect(action.due == "2026-01-15")
  }

  /// A donor matrix: "We will …" and "We commit to …" under a heading naming an organisation are
  /// its tasks, by its acronym where the heading gives one; offers on a condition are none.
  @Test func firstPersonCommitmentsUnderAnOrganisationsHeading() throws {
    let extract = try Self.extract(
      """
      ## Nordvale Development Agency (NDA)

      - We will fund the regional coordinators for another 18 months.
      - We commit to publishing our portfolio data by end of Q3.
      - We are considering a second phase, should the review in 2025 confirm its relevance.

      ## Hollis Foundation

      - We commit to a joint field visit in H2.
      - We could consider a private-sector facility if other members show interest.

      ## Youth engagement

      - We will meet again soon.
      """, date: "2024-06-12")
    #expect(extract.actions.map(\.owner) == ["NDA", "NDA", "Hollis Foundation"])
    #expect(extract.actions.map(\.due) == [nil, "2024-09-30", "2024-12-31"])
    #expect(extract.recommendations.isEmpty)
  }

  /// Tasks struck out or called off, in a box, after a dash or in a Status column, and those a
  /// rolling log closed, are no tasks; an item's log number is not part of its owner.
  @Test func cancelledAndClosedTasksAreNone() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - [ ] ~~Co-chairs to present the outcomes at the summit~~ (cancelled — summit postponed)
      - ~~JM to book room for Thursday~~ cancelled
      - A13.1 Ministry of Youth to nominate two representatives – CLOSED (nominated 2 April).
      - A13.3 Secretariat to organise a donor roundtable – CANCELLED, replaced by R6 follow-up.
      - A11.3 Secretariat to set up the portal – closed at SC-13.
      - A2 UNDP to incorporate the corrections within 10 days.
      - [x] ~~Lena to share the consent forms~~

      | Who | What | Deadline | Status |
      |-----|------|----------|--------|
      | Secretariat | Book venue for validation workshop | — | cancelled |
      | P-Y Ndiaye | Brief the minister | 2025-11-20 | done |
      """)
    #expect(extract.actions.map(\.owner) == ["UNDP", "Lena", "P-Y Ndiaye"])
    #expect(extract.actions.map(\.done) == [false, true, true])
  }

  /// A task marked done by a label before it or a dated word after it is done; one still open is not.
  @Test func tasksMarkedDoneBeforeOrAfter() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - DONE: Ministry to confirm the dates of the workshop.
      - Completed: UNICEF to circulate the child-protection checklist.
      - Secretariat to send the minutes of the June meeting — completed 20/09.
      - Secretariat to book the venue for the November workshop by 30 November.
      - Done plans: UNDP to map the donors by 5 December.
      """)
    #expect(extract.actions.map(\.done) == [true, true, true, false, false])
  }

  /// An outliner's keyword after a task box is part of the mark, not of the owner.
  @Test func aKeywordAfterATaskBox() throws {
    let extract = try Self.extract("## Action items\n\n- [ ] TODO Secretariat to book the room by 1 October 2025\n- [x] DONE UNDP to share the list\n")
    #expect(extract.actions.map(\.owner) == ["Secretariat", "UNDP"])
    #expect(extract.actions.map(\.done) == [false, true])
  }

  /// Minutes by a German writer: "Aufgabe:" labels, an agenda item's number before the section's
  /// name in two languages, a table with German columns and a span counted back from the next
  /// meeting; a document's words quoted are no advice.
  @Test func germanMinutesInEnglish() throws {
    let extract = try Self.extract(
      """
      ## TOP 2 – Report

      Aufgabe: Ms. Krüger sends the complete mapping report to all members until 15.3.

      ## TOP 4 – Empfehlungen / Recommendations to the Länder conference

      1. Mosque communities and their imams are encouraged to take part in the local networks.
      2. We ask the women's organisations to send their proposals to the Geschäftsstelle.

      For orientation Dr. Brandner reminded that the NAP itself says: "The Federal Government shall strengthen civil society."

      ## Aufgaben aus TOP 4 und 5 (Action items)

      | Nr. | Aufgabe | responsible | until |
      |---|---|---|---|
      | 1 | Concept for a training offer | Prof. Oberländer | bis Ende Q2 |
      | 2 | Check if a translation is possible | N.N. | tbd |
      | 3 | Invitation and documents for the next meeting | Geschäftsstelle | 2 weeks before the meeting |

      - Next meeting: 18.4.2024, 10:00 h, Hannover.
      """, date: "2024-03-07")
    #expect(extract.actions.map(\.owner) == ["Ms. Krüger", "Prof. Oberländer", nil, "Geschäftsstelle"])
    #expect(extract.actions.map(\.due) == ["2024-03-15", "2024-06-30", nil, "2024-04-04"])
    #expect(extract.recommendations.map(\.actors) == [["religious-leaders"], ["women-organisations"]])
  }

  /// The owner's handle and a closing date field are shown beside the task, not left in its text.
  @Test func handlesAndDateFieldsLeaveTheText() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - Hold a call with interested funders (owner: workshop co-hosts),
        due: 2025-11-20.
      - Draft the agenda for the next workshop. @NAP-Task-Force, due: 2025-11-30.
      - [ ] @gsx-secretariat: share the tracker with every owner, due: 2025-11-15.
      - Action: update the mailing list (owner: Maria João dos Santos) by end of year.
      """)
    #expect(extract.actions.map(\.text) == [
      "Hold a call with interested funders.", "Draft the agenda for the next workshop.", "Share the tracker with every owner.",
      "Update the mailing list by end of year.",
    ])
    #expect(extract.actions.map(\.owner) == ["workshop co-hosts", "NAP-Task-Force", "gsx-secretariat", "Maria João dos Santos"])
    #expect(extract.actions.map(\.due) == ["2025-11-20", "2025-11-30", "2025-11-15", "2025-12-31"])
  }

  /// A note that names its sections in bold paragraphs alone has those sections as read.
  @Test func boldParagraphsNameSectionsWhereNoHeadingDoes() throws {
    let text = "---\ntitle: T\ndate: \"2025-11-12\"\n---\n**Purpose**\n\nTo plan.\n\n**Discussion:**\n\nTalk.\n\n**Action items**\n\n- UNDP to send the list by 20 November.\n"
    let session = try SessionLoader.load(file: "note.md", text: text).get()
    #expect(session.sectionsAsRead?.map(\.id) == [.purpose, .discussion, .actions])
    #expect(session.sectionsAsRead?.map(\.line) == [5, 9, 13])
    // Lint holds notes to headings.
    #expect(session.sections.isEmpty)
    // A chair's summary pasted back under a heading of its own leaves them so.
    let pasted = try SessionLoader.load(file: "note.md", text: text + "\n## Chair's summary\n\nThe Chair closed the meeting.\n").get()
    #expect(pasted.sectionsAsRead?.map(\.id) == [.purpose, .discussion, .actions, .chairsSummary])
  }

  /// A task written twice in one note, in the chat log and under Action items, is one task.
  @Test func aTaskWrittenTwiceIsOne() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      [11:40] Awa: Action: Awa to write up recommendations by Thursday

      ## Action items

      - Awa to write up recommendations by Thursday.
      - Awa to write up recommendations by Friday.
      """)
    #expect(extract.actions.map(\.line) == [8, 13])
  }

  /// A question left open in the Recommendations or Action items section is no item.
  @Test func openQuestionsAreNoItems() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Should the private sector co-finance local initiatives? (to be discussed at the next forum)
      - Donors should fund youth groups. Who else?

      ## Action items

      - Who books the room?
      - UNDP to send the list by 20 November.
      """)
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.actions.map(\.line) == [14])
  }

  /// An owner named with the role they act in between commas, and a bracketed date hedged with
  /// "latest".
  @Test func ownersWithTheirRoleAndHedgedBracketedDates() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - NDA and EPF, as co-chairs, to circulate the updated matrix within 30 days.
      - [ ] Lena: book the room for the follow-up session (end of month latest)
      """)
    #expect(extract.actions.map(\.owner) == ["NDA and EPF", "Lena"])
    #expect(extract.actions.map(\.due) == ["2025-12-12", "2025-11-30"])
  }

  /// A chat export: each line's handle speaks ("I'll draft …"), a task asked of a handle ("@j.smith
  /// can you chase …?") is theirs, and a heading's remark names no addressee unless it says "for".
  @Test func aChatExportsTurnsAndRequests() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      [10:05] p.raman: @j.smith can you chase the 11 non-reporters by COB Weds?
      [10:21] m.osei: I'll draft the one-pager on the pooled fund options and drop it here by Thu 6 Feb
      [10:22] p.raman: @l.hartmann could you sound out the other donors, w/c 3 Feb ideally?

      ## Recommendations (pinned for the 12 Feb donor roundtable)

      - More predictable funding is needed across the sector.

      ## Recommendations (for donors)

      - Fund the basket for three years.
      """, date: "2025-01-28")
    #expect(extract.actions.map(\.owner) == ["j.smith", "m.osei", "l.hartmann"])
    #expect(extract.actions.map(\.due) == ["2025-01-29", "2025-02-06", "2025-02-07"])
    #expect(extract.recommendations.map(\.actors) == [[], ["donors"]])
  }

  /// A bilingual item's other script before the slash is no part of its owner.
  @Test func anArabicAndEnglishItemIsOwnedInEnglish() throws {
    let extract = try Self.extract("## Action items\n\n- تقوم الأمانة بمشاركة المحضر خلال أسبوعين. / Secretariat to share the minutes within two weeks.\n")
    #expect(extract.actions.map(\.owner) == ["Secretariat"])
  }

  /// A word processor's bullet pasted as text is no part of the item.
  @Test func pastedBulletCharactersAreLeftOut() throws {
    let extract = try Self.extract("## Action items\n\n\u{B7}         PBSO to circulate the methodology by 20 November.\n")
    #expect(extract.actions.map(\.text) == ["PBSO to circulate the methodology by 20 November."])
    #expect(extract.actions.map(\.owner) == ["PBSO"])
  }

  /// A meeting named by its month is dated by the notes ("Next PSC: …", "The board meets on 12
  /// December"), or not at all: not by the month's last day.
  @Test func aMeetingNamedByItsMonthIsDatedByTheNotes() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - Comms to draft the co-branding guidance before the March PSC.
      - Dr. Vasquez to brief the directors before the December board.
      - Finance to close the books before the December holidays.

      The board meets on 12 December.

      - Next PSC: Wed 12 March 2025, 10:00.
      """, date: "2024-11-20")
    #expect(extract.actions.map(\.due) == ["2025-03-12", "2024-12-12", nil])
  }

  /// "before the next forum meeting" is dated by a sentence that announces it, wherever the line
  /// puts it; a meeting announced with no "next" dates nothing.
  @Test func theNextMeetingIsDatedByASentenceThatAnnouncesIt() throws {
    let dated = try Self.extract(
      """
      ## Discussion

      Mr. Esk committed to sharing the timetable with the network before the next forum meeting.

      Thanks were given to the hosts. The next forum meeting would be held on 12 November in Marrowick.
      """, date: "2024-09-26")
    #expect(dated.actions.map(\.due) == ["2024-11-12"])
    let undated = try Self.extract(
      """
      ## Discussion

      Mr. Esk committed to sharing the timetable with the network before the next forum meeting.

      A review would be held on 12 November in Marrowick.
      """, date: "2024-09-26")
    #expect(undated.actions.map(\.due) == [nil])
  }

  /// A dot vote: the tally before each idea is no part of it, and the ideas listed as not taken
  /// forward are no items.
  @Test func aDotVoteKeepsTheIdeasTakenForward() throws {
    let extract = try Self.extract(
      """
      ## Dot vote

      Taken forward:

      1. ●●●●●●●●● (9) The Ministry of Education should make media literacy part of the timetable.
      2. ●●●● (4) Youth councils should co-design the scenarios.

      Not taken forward ⬇️

      - ●● (2) Schools should ban phones outright.
      - (1) Police officers should visit every class once a term.
      """)
    #expect(extract.recommendations.map(\.text) == [
      "The Ministry of Education should make media literacy part of the timetable.", "Youth councils should co-design the scenarios.",
    ])
  }

  /// Commitments written date first and owner last, their fields marked by pictographs.
  @Test func aDateFirstAndAnOwnerMarkedByAPictograph() throws {
    let extract = try Self.extract(
      """
      ## Commitments (when · what · who)

      - 🗓 Tue 15 Jul · send this readout to all participants · 👤 Lin (EduSafe)
      - 🗓 end of July · draft text of a trusted-flagger MoU · 👤 Marta Q. (Vyne)
      - 22 Jul | present the top three ideas to the Directorate | Mr. Ferhat (Ministry)
      """, date: "2025-07-14")
    #expect(extract.actions.map(\.owner) == ["Lin (EduSafe)", "Marta Q. (Vyne)", "Mr. Ferhat (Ministry)"])
    #expect(extract.actions.map(\.due) == ["2025-07-15", "2025-07-31", "2025-07-22"])
  }

  /// A heading's remark in brackets may hold a date; "Agreed:" opens what was agreed; "the 15th
  /// prox." is next month's.
  @Test func aRemarkWithADateAnAgreementAndProx() throws {
    let extract = try Self.extract(
      """
      ## Day 2 (Thu 12 Oct): Sources and safety

      **Agreed:** Joseph to run a digital-safety clinic for the radio stations by Friday.

      ## Recommendations (closing session, Fri 13 Oct)

      1. A course like this should be repeated every year.

      ## Follow-up (as agreed at the close, Fri 13 Oct)

      - Ruth: final narrative report to the Foundation by the 15th prox.
      """, date: "2023-10-11")
    #expect(extract.actions.map(\.owner) == ["Joseph", "Ruth"])
    #expect(extract.actions.map(\.due) == ["2023-10-13", "2023-11-15"])
    #expect(extract.recommendations.map(\.rule) == ["section:recommendations"])
  }

  /// Minutes in numbered paragraphs: the number, and a topic before a colon, open no item's words.
  @Test func numberedParagraphsOfMinutes() throws {
    let extract = try Self.extract(
      """
      ## 3.0 Reports of members

      3.2 Grazing reserves: Dr. Obiora-Adamu informed the house that the mapping was 60% complete. She undertook to present the completed maps on or before 31st October.

      5.3 Mr. Fashola-Grant promised to share the mapping of peace structures within one week.

      6.7 Youth groups were encouraged to take up the ward-level monitor roles.
      """, date: "2025-10-17")
    #expect(extract.actions.map(\.owner) == ["Dr. Obiora-Adamu", "Mr. Fashola-Grant"])
    #expect(extract.actions.map(\.due) == ["2025-10-31", "2025-10-24"])
    #expect(extract.recommendations.map(\.actors) == [["youth-organisations"]])
  }

  /// A multi-day session's notes count days from the day each part covers, as its heading gives
  /// it; a heading that gives a deadline, or a date weeks later, moves nothing.
  @Test func eachDayOfAMultiDaySessionCountsFromItsOwnDay() throws {
    let extract = try Self.extract(
      """
      ## Day 1 (Wed 11 Oct)

      - Ruth to send the glossary to everyone by tomorrow.

      ## Follow-up (as agreed at the close, Fri 13 Oct)

      - Ruth to send certificates within a week.

      ## Actions (due Fri 20 Oct)

      - Paul to share the timeline within a fortnight.
      """, date: "2023-10-11")
    #expect(extract.actions.map(\.due) == ["2023-10-12", "2023-10-20", "2023-10-25"])
  }

  /// Under Recommendations, a paragraph beside the list whose label names an actor is advice to
  /// it; a note about the list is none.
  @Test func aLabelledParagraphBesideTheListIsAdviceToWhomItNames() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - Donors should fund youth groups.

      Religious leaders: speak out against hate speech.

      Note: these were not voted on.
      """)
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["religious-leaders"]])
  }

  /// A task told as taken on before the session is history, not an action; one taken on in the
  /// session's own year may be new.
  @Test func tasksOfThePastAreNoActions() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      In 2016, UNDP agreed to fund the pilot.

      In 2016 it was agreed that UNDP would lead the process.

      Two years ago UNDP committed to fund the pilot.

      In 2017, UNDP agreed to fund the second phase by December.
      """, date: "2017-09-21")
    #expect(extract.actions.map(\.line) == [14])
  }

  /// A "<br>" in the notes ends a line and a block's tag parts words, as they do on screen; two
  /// unpunctuated lines under Action items that are each a task are two actions.
  @Test func breaksInHTMLAndTwoUnpunctuatedTasks() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      - We met.<br>Donors should fund media.
      - Governments should consult women</p><p>and youth.

      ## Next steps

      Mark to upload the recording by tomorrow
      Amy to send the minutes by Friday
      """, date: "2017-09-21")
    #expect(extract.recommendations.map(\.text) == ["We met. Donors should fund media.", "Governments should consult women and youth."])
    #expect(extract.actions.map(\.owner) == ["Mark", "Amy"])
  }

  /// Under Recommendations, a sub-heading named like another section groups recommendations; it
  /// opens no section of its own.
  @Test func aSubHeadingUnderRecommendationsGroupsThem() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      ### Follow-up

      - The UN system should review progress in 2019.
      """)
    #expect(extract.recommendations.map(\.actors) == [["un-system"]])
    #expect(extract.actions.isEmpty)
  }

  /// Owners as task lists and fields write them: a sub-item that gives its own owner a task, words
  /// struck out before a task, owners named one after another, an owner's sentence ended by a full
  /// stop, and a group labelled by the kind of task.
  @Test func ownersOfTasksAsListsAndFieldsWriteThem() throws {
    let extract = try Self.extract(
      """
      ## Action items

      - [ ] Maria to order catering by 2017-09-25
        - UNDP to pay the caterer
      - [x] ~~Done~~ Secretariat to book room
      - Circulate the report. Owner: Secretariat, UNDP
      - Owner - Secretariat. Circulate minutes.
      1. Logistics
         - Book the room
      """, date: "2017-09-21")
    #expect(extract.actions.map(\.owner) == ["Maria", "UNDP", "Secretariat", "Secretariat, UNDP", "Secretariat", nil])
    #expect(extract.actions.first?.text == "Maria to order catering by 2017-09-25")
  }

  /// "He said he would …" after a name with an office for a title owns the task as that person's;
  /// with no one named before, the task has no owner (never "He").
  @Test func anOfficeBeforeANameIsATitle() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      **Governor Halimi (through the interpreter)** said the Province would open a fifth desk. He said he would send the list of sites by the end of the month.

      The session moved on. He said he would circulate the map by Friday.
      """, date: "2024-02-06")
    #expect(extract.actions.map(\.owner) == ["Governor Halimi", nil])
  }

  /// A Way forward paragraph whose lead-in names recommendations makes its lettered lines
  /// recommendations, addressed as each says; a pledge only "to consider" is no task; "end-Q4" dates.
  @Test func aLeadInNamesWhatItsLetteredLinesAre() throws {
    let extract = try Self.extract(
      """
      ## Way forward

      17. The Meeting agreed on the following recommendations, ad referendum:
          (a) Member States are encouraged to include chapters on youth in their NAPs.
          (b) Religious councils and mosque committees are invited to develop sermon guidance.
      18. The Meeting further agreed on the following follow-up actions:
          (a) The Secretariat to circulate the draft report within 10 days.
          (b) Kepulauan Mutiara to complete a mapping by end-Q4 2027.
          (c) The Delegation of Tanah Merah expressed its intention to consider hosting the next Workshop.
      """, date: "2027-08-25")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["religious-leaders"]])
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Kepulauan Mutiara"])
    #expect(extract.actions.map(\.due) == ["2027-09-04", "2027-12-31"])
  }

  /// A motion carried is the meeting's own recommendation, its quotation marks aside; one lost,
  /// withdrawn or referred is none.
  @Test func carriedMotionsAreTheMeetingsOwnWords() throws {
    let extract = try Self.extract(
      """
      ## Motions

      **Motion 4 – Teacher training.** Moved Rabbi Okafor-Lowe; seconded Rev. Marchetti.
      "That this Council calls on the Ministry of Education to include religious literacy in teacher training."
      CARRIED: 25 for, 4 against.

      "That this Council asks the Government to fund cameras at every place of worship."
      LOST: 9 for, 19 against.

      "That this Council requests the Prison Service to admit trained volunteers."
      WITHDRAWN by the mover.
      """)
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.recommendations.first?.actors == ["governments"])
  }

  /// A commitment wall's "Name (organisation): I will …" is the named person's task; "I would …
  /// if" and "I will never …" are none.
  @Test func aCommitmentWallsUndertakingsBelongToTheirWriters() throws {
    let extract = try Self.extract(
      """
      ## Commitment wall

      - Ayesha (Harwick Women's Network): I will bring ten young women to the council hearing on 22 June.
      - Sgt. Moore: I will share the survey link by Friday.
      - Marco: I would help with a youth radio show if someone gets us the airtime.
      - Priya: I will never come to one of these again unless there is pizza.
      """, date: "2027-05-27")
    #expect(extract.actions.map(\.owner) == ["Ayesha", "Sgt. Moore"])
    #expect(extract.actions.map(\.due) == ["2027-06-22", "2027-05-28"])
  }

  /// "We will …" under "What BYT will do differently" is BYT's task; jokes, ground rules and a
  /// facilitator's aside to laughter hold none.
  @Test func anAfterActionReviewsOwnTasksAndAsides() throws {
    let extract = try Self.extract(
      """
      Ground rule for the day: everyone must speak once before anyone speaks twice.

      ## Improve: what BYT will do differently in Phase 2

      - We will recruit mentors before Phase 2 starts on 1 March.

      ## Discussion

      Mr Wren joked that the UN must be the only organisation that holds a meeting to agree to hold a meeting.
      In April the commander told us that all meetings must take place in public buildings.

      ## Who does what

      - Aisha to write up this review by Friday.

      Facilitator's last word, to laughter: next time the coffee must be stronger.
      """, date: "2028-01-24")
    #expect(extract.recommendations.isEmpty)
    #expect(extract.actions.map(\.owner) == ["BYT", "Aisha"])
  }

  /// A retrospective's "Start:", "Stop:" and "Continue:" are advice to whom the heading above
  /// names; a disputed one is none.
  @Test func startStopContinueUnderAnAddresseesHeading() throws {
    let extract = try Self.extract(
      """
      ## Sustain / change

      ### District councils
      - **Start:** paying members' transport from the district budget.
      - **Stop (disputed):** working with the commissioners at all. No consensus; left out of the final list.

      ### Youth groups
      - **Continue:** nominating young co-chairs for each committee.
      """)
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["youth-organisations"]])
  }

  /// A poll's quoted answers are quotations until a later line endorses them by number.
  @Test func quotedAnswersEndorsedByNumberAreRecommendations() throws {
    let extract = try Self.extract(
      """
      ## Slide 3 – Open ended

      1. ▲41 "The municipality should pay youth facilitators"
      2. ▲37 "Funders must stop 6-month grants"
      3. ▲6 "The national government must ban TikTok"

      In the closing plenary the room endorsed 1 and 2 by show of hands. No. 3 was not discussed.
      """)
    #expect(extract.recommendations.map(\.actors) == [["local-authorities"], ["donors"]])
    #expect(extract.recommendations.map(\.text).first == "The municipality should pay youth facilitators")
  }

  /// A cable's requests name whom they ask; "Should …, Mission would …" is no task yet.
  @Test func requestsNameTheirOwnersAndConditionsGiveNoTask() throws {
    let extract = try Self.extract(
      """
      ## Action request

      17. (U) Mission requests that the Department confirm NLT 1 OCT whether Estmark will sign.

      18. (U) The Department is also requested to provide guidance by COB Tuesday 28 SEP.

      19. (U) Should the Department approve para 17, Mission would inform the co-hosts the same day.
      """, date: "2027-09-23")
    #expect(extract.actions.map(\.owner) == ["Department", "Department"])
    #expect(extract.actions.map(\.due) == ["2027-10-01", "2027-09-28"])
  }

  /// Notes from a personal knowledge base: typed callouts (a quotation or a question holds no
  /// outcome), wiki links, inline fields, a task plugin's done dates and cancelled tasks.
  @Test func knowledgeBaseNotesAreReadAsRendered() throws {
    let extract = try Self.extract(
      """
      ## Recs heard in the room

      > [!tip] Recommendation
      > Donors should pool their small grants into local funds.

      > [!quote] Strategy 2022
      > "Grantees must demonstrate a direct link to outcomes."

      > [!question] Should a pooled fund re-grant to unregistered groups?

      ## Tasks

      - [ ] [[people/Daoud Rahimi|Daoud Rahimi]] to share the ToR in a fortnight
      - [ ] Draft the reporting template owner:: [[Pieter Vos]] due:: 2027-12-01
      - [x] Upload my photos ✅ 2027-11-02
      - [-] Co-write op-ed with Daoud ❌ 2027-11-02

      %% personal: donors should read this over the holidays %%
      """, date: "2027-11-02")
    #expect(extract.recommendations.map(\.line) == [9])
    #expect(extract.actions.map(\.owner) == ["Daoud Rahimi", "Pieter Vos", nil])
    #expect(extract.actions.map(\.due) == ["2027-11-16", "2027-12-01", nil])
    #expect(extract.actions.first?.text == "Daoud Rahimi to share the ToR in a fortnight")
  }

  /// A bilingual Arabic–English record: its owner and due-date labels, a title's one-letter
  /// abbreviation, Arabic-Indic digits, and "to be determined".
  @Test func arabicFieldLabelsAndDigits() throws {
    let extract = try Self.extract(
      """
      ## Agreed actions

      - **إجراء ٢:** Compile a regional mapping. **المسؤول / Owner:** Ms Abu Saif. **الموعد / Due:** ٣٠/١١/٢٠٢٧.
      - **إجراء ٣:** Present R1–R9 to the coordinators. **المسؤول:** د. هالة منصور. **الموعد:** 15 Nov. 2027.
      - **إجراء ٤:** Prepare a training module. **المسؤول / Owner:** يُحدَّد لاحقاً (to be determined).
      """, date: "2027-09-14")
    #expect(extract.actions.map(\.owner) == ["Ms Abu Saif", "د. هالة منصور", nil])
    #expect(extract.actions.map(\.due) == ["2027-11-30", "2027-11-15", nil])
  }

  /// A sub-heading that names Recommendations or Next steps opens that section, under
  /// "## Outcomes" as under "## Recommendations".
  @Test func aSubHeadingNamingASectionOpensIt() throws {
    let extract = try Self.extract(
      """
      ## Outcomes

      ### Recommendations

      - Donors should fund community-based organisations over several years.

      ## Recommendations

      - Local authorities should invite religious leaders to join prevention committees.

      ### Next steps

      - Compile the committee case studies. Owner: Secretariat, due: 2017-12-10.
      """, date: "2017-11-28")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["local-authorities"]])
    #expect(extract.actions.map(\.owner) == ["Secretariat"])
    #expect(extract.actions.first?.text == "Compile the committee case studies.")
  }

  /// An outcome document's chapeau carries its addressee or owner to the sub-items under it,
  /// whether they are paragraphs, lettered lines or a nested list.
  @Test func aChapeauAddressesOrOwnsItsSubItems() throws {
    let extract = try Self.extract(
      """
      ## Recommendations

      4. The participants recommend that Member States:

         (a) allocate a dedicated budget line to each NAP;

         (b) publish annual progress reports.

      5. The participants call upon donors to:
         (a) fund youth groups;
         (b) simplify reporting.

      - The participants recommend that Member States:
        - fund women's organisations directly;
        - publish the draft plan.

      ## Follow-up

      7. The Secretariat is requested to:

         (a) circulate this outcome document by 8 December 2017;

         (b) convene a review meeting within six months.

      - UNDP will:
        - share the toolkit by 2017-12-05;
        - convene a call in January 2018.
      """, date: "2017-11-28")
    #expect(extract.recommendations.map(\.actors) == Array(repeating: ["governments"], count: 2) + [["donors"], ["donors"]]
      + Array(repeating: ["governments"], count: 2))
    #expect(extract.actions.map(\.owner) == ["Secretariat", "Secretariat", "UNDP", "UNDP"])
  }

  /// A task written after its fields keeps its words, however short.
  @Test func aTaskAfterItsFieldsKeepsItsWords() throws {
    let extract = try Self.extract(
      """
      ## Actions

      - Responsible: Treasurer. Deadline: 2017-12-13. Prepare accounts.
      - Book rooms. Deadline: 2017-12-20.
      """, date: "2017-11-28")
    #expect(extract.actions.map(\.text) == ["Responsible: Treasurer. Deadline: 2017-12-13. Prepare accounts.", "Book rooms."])
    #expect(extract.actions.map(\.due) == ["2017-12-13", "2017-12-20"])
  }

  /// Minutes' resolutions give the named owner a task, in the subjunctive as with "would"; a
  /// resolution that advises a kind of actor gives none.
  @Test func resolutionsOfMinutesAreTasks() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      RESOLVED: that the Chair write to the National Coordinator requesting observer status by 8 December 2017.

      It was resolved that the Treasurer would open a separate account by 2017-12-20.

      It was resolved that Member States consider a youth chapter.
      """, date: "2017-11-28")
    #expect(extract.actions.map(\.owner) == ["Chair", "Treasurer"])
    #expect(extract.actions.map(\.due) == ["2017-12-08", "2017-12-20"])
  }

  /// Reading the Recommendations and Action items as written: a sentence that only announces the
  /// items, a task box typed without its space, an aside between subject and modal, and cues of
  /// advice ("A key recommendation was for", "advised", "appealed to").
  @Test func announcementsBoxesAsidesAndMoreCues() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      - A key recommendation was for donors to pool their funding.
      - Speakers advised local authorities to involve religious leaders.
      - Participants appealed to the media to avoid stigmatising language.
      - The organisation appealed the court decision.

      ## Recommendations

      The workshop made three recommendations. First, Member States, with the support of UNDP, should publish reports.

      ## Action items

      -[ ] Kofi to send speakers list to secretariat by fri
      """, date: "2017-11-28")
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["local-authorities"], ["media"], ["governments"]])
    #expect(extract.actions.map(\.text) == ["Kofi to send speakers list to secretariat by fri"])
    let pointing = try Self.extract("## Recommendations\n\nThe panel's recommendations are listed above.\n")
    #expect(pointing.recommendations.isEmpty)
  }

  /// Closing-plenary notes kept as one list: a speaker's initials before what they said or
  /// undertook ("AK: will send …", "IL to Nadia: will share …", "RM: UNDP to open …"), a flagged
  /// "!! ACTIONS" over its tasks, rules in force and asides to laughter as no advice.
  @Test func oneListOfAPlenaryWithInitialsAndFlaggedActions() throws {
    let extract = try Self.extract(
      """
      ## Plenary

      - purpose: turn the workshops into asks
        - AK: by the 2024 decree every ministry must report on its NAP activities twice a year
        - AK: will send the review's terms of reference to all participants by 1 Dec
        - IL: "and the ministry should throw in free wifi, obviously" – laughter
        - RM: UNDP to open a help desk for CSOs by 15 January
        - IL to Nadia: will share the youth council mapping with her by the end of the month
      - !! ACTIONS (read out at the end)
        - secretariat: draft forum report to all panellists no later than 24.11.
      - welcome; panel 4 min each, and everyone must stick to time
      """, date: "2028-11-14")
    #expect(extract.recommendations.isEmpty, "\(extract.recommendations.map(\.text))")
    #expect(extract.actions.map(\.owner) == ["AK", "UNDP", "IL", "secretariat"])
    #expect(extract.actions.map(\.due) == ["2028-12-01", "2029-01-15", "2028-11-30", "2028-11-24"])
  }

  /// A debrief written to trainees: "NAME, you will …" is NAME's task, "What you asked others to
  /// do" holds advice ("You want the police to …"), "What we at X will do" is X's.
  @Test func aDebriefWrittenToTheTrainees() throws {
    let extract = try Self.extract(
      """
      ## What you asked others to do

      1. You want the police to send officers in plain clothes to family dialogues.

      ## What you promised

      - Grace and Omar, you said you will hold the first family dialogue by Friday.
      - Peter, you offered to set up the WhatsApp group tonight.

      ## What we at Amani Bridges will do

      - We will send your certificates within ten days.
      """, date: "2028-05-02")
    #expect(extract.recommendations.map(\.actors) == [["governments"]])
    #expect(extract.actions.map(\.owner) == ["Grace and Omar", "Peter", "Amani Bridges"])
  }

  /// Follow-up written the way a roundtable's protocol lists it: "Body – to VERB …", the person
  /// in brackets acting for the body, "Srok:" for the deadline, "before X meets on 2.10.", and a
  /// task after "But" at the start of a sentence.
  @Test func aProtocolsFollowUpAndATaskAfterBut() throws {
    let extract = try Self.extract(
      """
      ## Who said they'd do what

      - Committee for Religious Affairs – to submit the recommendations to the IWG. *Srok*: 30.9.
      - UNDP (A. Sadykova) – to translate the recommendations by end of next month.
      - Programme team to prepare a note, before the IWG meets on 2.10.

      ## Discussion

      To Karim: a fifth of the budget is not something I can promise. But Ilse will send Karim the figures by the 3rd.
      """, date: "2028-09-14")
    #expect(extract.actions.map(\.owner) == ["Committee for Religious Affairs", "UNDP", "Programme team", "Ilse"])
    #expect(extract.actions.map(\.due) == ["2028-09-30", "2028-10-31", "2028-10-02", "2028-10-03"])
  }

  /// A session-report form: its numbered field labels in bold name what the blocks after them
  /// hold ("B4. Calls to action*"), its boxes to tick are no tasks, an empty field is no item, and
  /// a follow-up row written "task · owner · date" gives each its date ("July, date tbc" is July's
  /// last day; "✓ done 12:55" is done).
  @Test func aSessionReportForm() throws {
    let extract = try Self.extract(
      """
      ## Part A · The session

      **A2. Format\\***

      - [x] Workshop
      - [ ] Open forum

      ## Part B · Content

      **B4. Calls to action\\*** *(say to whom each is addressed)*

      - **Private sector:** platforms to report, every six months, each government referral they receive.
      - **Civil society:** —
      - **Donors:** stop funding schemes that feed watchlists.

      ## Part C · Follow-up

      **C1. Next steps\\*** *(What · Who · When)*

      1. Share the mapping as a spreadsheet · Rhea Vandermolen · 30/06/2029
      2. Closed meeting with the platforms · DRLM · July, date tbc
      3. Session recording uploaded · Forum tech team · ✓ done 12:55
      """, date: "2029-06-13")
    #expect(extract.recommendations.map(\.actors) == [["private-sector"], ["donors"]])
    #expect(extract.actions.map(\.owner) == ["Rhea Vandermolen", "DRLM", "Forum tech team"])
    #expect(extract.actions.map(\.due) == ["2029-06-30", "2029-07-31", nil])
    #expect(extract.actions.map(\.done) == [false, false, true])
  }

  /// Boxes under a field that is no form's ("Logistics") or in the actions are tasks, and a field
  /// left empty is none only where its label opens the item ("Due: –" at the end of a task is not).
  @Test func boxesAndEmptyFieldsOutsideAForm() throws {
    let extract = try Self.extract(
      """
      ## Discussion

      Logistics

      - [ ] Book room
      - [ ] Catering

      Which format?

      - [x] Panel
      - [ ] Open forum

      ## Action items

      - Accessibility audit of the venue [owner to be confirmed] Due: –
      """, date: "2029-06-13")
    #expect(extract.actions.map(\.text) == ["Book room", "Catering", "Accessibility audit of the venue [owner to be confirmed] Due: –"])
  }

  /// A Hansard: an office named with its holder the first time ("THE DEPUTY MINISTER (Hon. Petra
  /// Volkan):") is that person later; the Speaker's "I direct the Committee … to report"; a
  /// Member's "I will take it to the Committee …"; "What I can promise is that I will give this
  /// House the answer in writing"; "the next sitting" is the day the House rose until; the rule
  /// cited before the Clerk is no part of the owner.
  @Test func aHansardsUndertakingsAndDirections() throws {
    let extract = try Self.extract(
      """
      ## Proceedings

      THE DEPUTY MINISTER (Hon. Petra Volkan): I thank the Hon. Member.

      THE DEPUTY MINISTER: I do not have the figures with me. I will write to the Hon. Member with them by next Friday.

      THE MEMBER FOR SARN EAST (Ms Ines Carvalho): The idea is good but it is not ready. I will take it to the Committee on Peace and Security myself, at its meeting on 18 November.

      THE DEPUTY MINISTER: I cannot promise two seats today. What I can promise is that I will give this House the Task Force's answer in writing before your next sitting.

      MADAM SPEAKER: Under Standing Order 31 the Clerk will transmit the resolution within seven days.

      MADAM SPEAKER: I also direct the Committee on Peace and Security to report to the House at its next sitting.

      CHAIR (Ms Ada Lind): I will take this to heart. I will give the floor to the Member for Lake Varn.

      *The House rose at twelve minutes past One o'clock until Saturday, 2 December 2028, at Ten o'clock.*
      """, date: "2028-11-04")
    #expect(extract.recommendations.isEmpty)
    #expect(extract.actions.map(\.owner) == ["Petra Volkan", "Ines Carvalho", "Petra Volkan", "Clerk", "Committee on Peace and Security"])
    #expect(extract.actions.map(\.due) == ["2028-11-10", "2028-11-18", "2028-12-02", "2028-11-11", "2028-12-02"])
  }

  /// A speech that turns to one group after another ("To our development partners: …"): advice
  /// to "you" in that paragraph addresses them; a paragraph that opens otherwise names no one.
  @Test func aSpeechTurningToEachGroup() throws {
    let extract = try Self.extract(
      """
      ## Closing remarks

      To the national NAP coordinators, who met yesterday: you asked for a network. You are encouraged to meet twice a year.

      To our development partners [look at donor row]: multi-year money, please. Three-year grants for local organisations should be the rule, and the reporting burden should sit with you, not with them.

      To faith leaders of every tradition: you are often the first to know. We invite you to co-chair the district committees.

      Friends, three-year grants for local organisations should be the rule, not the exception, for you and for us.
      """, date: "2029-03-22")
    #expect(extract.recommendations.map(\.actors) == [["governments"], ["donors"], ["religious-leaders"], []])
  }

  /// Follow-up boxes that name the owner after the task and a colon ("…: facilitators", "…: Musa
  /// + Brenn facilitator, within ten days", "…: Faith to draft"), and a box done "by Faith"; a
  /// colon before a date or after an owner's label reads as before.
  @Test func ownersAfterTheTaskAndAColon() throws {
    let extract = try Self.extract(
      """
      ## Feedback and follow-up

      - [ ] Letter to the Oska chief with the panel's reasons, in time for the peace day: Faith to draft, for Musa's signature
      - [x] Consent form of the one named storyteller checked — done in the meeting by Faith
      - [ ] Follow up the story with the NGO named in it: Musa + Brenn facilitator, within ten days
      - [ ] Round 4 collection in all three districts: facilitators
      - [ ] Book the hall for the next panel: 4 November
      - [ ] UNDP: share the roster by Friday
      """, date: "2027-10-20")
    #expect(extract.actions.map(\.owner) == ["Faith", "Faith", "Musa + Brenn facilitator", "facilitators", nil, "UNDP"])
    #expect(extract.actions.map(\.due)[2] == "2027-10-30")
    #expect(extract.actions.map(\.done) == [false, true, false, false, false, false])
  }

  /// A commitment after an ordinal ("Fourth, …") or after a speech's aside in brackets or braces
  /// that opens it is read as without them; a sentence that is only an aside holds nothing.
  @Test func anOrdinalOrAnAsideBeforeTheOwner() throws {
    let extract = try Self.extract(
      """
      ## What we will do

      Fourth, the LSRC Secretariat will publish the roster by May.

      Third, [ONLY IF CONFIRMED BY 16:00 — confirmed 15:42, KA] the UN country team has agreed to second a monitoring adviser before the end of Q3.

      {Then —} the Regional Commission will send the minutes by Friday.

      [pause] Thank you all.
      """, date: "2029-03-22")
    #expect(extract.actions.map(\.owner) == ["LSRC Secretariat", "UN country team", "Regional Commission"])
    #expect(extract.actions.map(\.due) == ["2029-05-31", "2029-09-30", "2029-03-23"])
  }

  /// A press conference's transcript: "The Ministry will publish … on 30.06.2031" is a task due
  /// that day (not "The hub will move to its new office on 20/10", nor "The next meeting will hold
  /// on Thursday"); "MINISTER OSTERHAGEN:" is the speaker the front matter names with that
  /// surname; a stage direction that opens a sentence ("[crosstalk]") is no part of it, and the
  /// item is placed on the line where its words begin.
  @Test func aPressConferenceTranscript() throws {
    let text = """
      ---
      title: T
      date: "2031-05-21"
      time: "11:00-11:50"
      speakers:
        - {name: "Halima Osterhagen", affiliation: "Minister of the Interior"}
        - {name: "Pieter Mwangi-Larsen", affiliation: "UN Resident Coordinator"}
      ---
      ## Statements

      MINISTER OSTERHAGEN: Today we open the consultation.
      The Ministry will publish the full draft of the plan on its website on 30.06.2031, in three languages.
      I will write to every mayor within two weeks.

      The UNDP regional hub will move to its new office on 20/10. The next meeting will hold on Thursday, 5 June.

      MINISTER OSTERHAGEN: I will not comment on individual cases. [crosstalk]
      What I will say is this: I will meet the mothers' group before 2 June.
      """
    let session = try SessionLoader.load(file: "note.md", text: text).get()
    let extract = Extractor().extract(session)
    #expect(extract.actions.map(\.owner) == ["Ministry", "Halima Osterhagen", "Halima Osterhagen"])
    #expect(extract.actions.map(\.due) == ["2031-06-30", "2031-06-04", "2031-06-02"])
    #expect(extract.actions.map(\.line) == [12, 13, 18])
  }

  /// A forum thread pasted from its raw view: each post's header ("sara.m | 2030-06-11 09:07:10
  /// UTC | #5") names who undertakes the "I'll …" under it, up to the next post; "I'll ask
  /// Dolores …" and "I'll ring …" are tasks, "I'll ask a question" is not.
  @Test func aForumThreadsPosts() throws {
    let extract = try Self.extract(
      """
      ## Thread

      sara.m | 2030-06-11 09:07:10 UTC | #5

      What I meant: the council should fund the girls' group.
      I'll ask Dolores at the Women's Network tomorrow.

      -------------------------

      jonas.b | 2030-06-11 10:22:57 UTC | #6

      I'll ask a question first. I'll ring Cllr Baptiste's office first thing Thursday about the Friday nights.
      """, date: "2030-06-11")
    #expect(extract.actions.map(\.owner) == ["sara.m", "jonas.b"])
    #expect(extract.actions.map(\.due) == ["2030-06-12", "2030-06-13"])
  }

  /// An audit report's management responses: the line of fields that closes a paragraph
  /// ("Action owner: … · Target date: …") gives its task an owner and a date, and makes the
  /// sentence in which someone "will" act a task when nothing else did; a response that takes
  /// nothing on holds no task.
  @Test func managementResponsesWithTheirFieldLines() throws {
    let extract = try Self.extract(
      """
      ## Observation 1

      **Management response.** Agreed. The FMU will re-advertise the roster and apply the two-reviewer rule.
      Action owner: Head of FMU · Target date: 4 February 2030

      **Management response.** Agreed in part. The FMU will table a draft template at the meeting of 12 March 2030.
      Action owner: FMU Reporting Officer · Target date: 12 March 2030

      **Management response.** Agreed. The FMU will send all grantees a template attendance sheet.
      Action owner: M&E Specialist · Target date: within 60 days of this report

      **Management response.** Agreed. The recommendation is accepted in full.
      """, date: "2029-11-27")
    #expect(extract.actions.map(\.owner) == ["Head of FMU", "FMU Reporting Officer", "M&E Specialist"])
    #expect(extract.actions.map(\.due) == ["2030-02-04", "2030-03-12", "2030-01-26"])
  }
}
