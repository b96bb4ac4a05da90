import Foundation
import RapporteurCore
import Testing
import TestSupport

/// The labeled corpus in `Corpus/`: notes in many styles, each with the items it holds (kind,
/// line, owner, due, actors) and the traps that must not become items.
struct LabeledNote {
  struct Label {
    var kind: ItemKind
    var line: Int
    var owner: String??
    var due: String??
    var actors: [String]?
  }

  var name: String
  var session: Session
  var labels: [Label]
  var trapLines: [Int]

  static func loadAll(_ corpus: String = "Corpus") throws -> [LabeledNote] {
    let folder = repositoryPath("Tests/RapporteurCoreTests/\(corpus)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
    return try names.map { name in
      let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
      let session = try SessionLoader.load(file: name, text: text, catalog: TaggingRules.defaults.catalog).get()
      let labelsText = try String(
        contentsOfFile: folder + "/" + name.dropLast(3) + ".labels.yml", encoding: .utf8)
      let yaml = try YAMLReader.read(labelsText).get()
      let labels = (yaml["items"]?.list ?? []).compactMap { item -> Label? in
        guard let kind = item["kind"]?.string.flatMap(ItemKind.init(rawValue:)),
          let line = item["line"]?.string.flatMap({ Int($0) })
        else { return nil }
        func optional(_ key: String) -> String?? {
          guard let value = item[key] else { return .none }
          if case .null = value { return .some(nil) }
          return .some(value.string)
        }
        return Label(kind: kind, line: line, owner: optional("owner"), due: optional("due"), actors: item["actors"]?.strings)
      }
      let traps = (yaml["traps"]?.list ?? []).compactMap { $0["line"]?.string.flatMap { Int($0) } }
      return LabeledNote(name: name, session: session, labels: labels, trapLines: traps)
    }
  }
}

struct Score {
  var truePositives = 0
  var falsePositives = 0
  var falseNegatives = 0
  var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
  var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
  var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}

/// Whether two owners name the same one, as `normalisedOwner` writes them; a given name alone,
/// or a person's initials ("SAM" for "Signe Aaltvedt-Mensah"), names the person its full name does; a person's name with the role or title of address before it ("Deputy Secretary Hana Okello", "PCO liaison officer
/// Dario Venn", "Imam Khalid Rauf") names the same person as the name alone: labellers keep the
/// role or leave it out.
func sameOwner(_ found: String?, _ expected: String?) -> Bool {
  let (a, b) = (normalisedOwner(found), normalisedOwner(expected))
  if a == b { return true }
  guard let a, let b else { return false }
  let (longer, shorter) = a.count > b.count ? (a, b) : (b, a)
  // "Priya" for "Priya Okafor-Lund": a person's given name alone, as the notes sign it, names
  // the same person as the full name (not "Youth" for "Youth Forum").
  let given = longer.split(separator: " ")
  let bodies: Set<String> = [
    "forum", "council", "network", "office", "ministry", "group", "team", "unit", "committee", "secretariat", "trust", "fund",
    "association", "women", "youth", "board", "panel", "centre", "center", "service", "services", "department",
  ]
  let written = ((found ?? "").count > (expected ?? "").count ? found : expected) ?? ""
  if !shorter.contains(" "), shorter.count >= 3, (2...3).contains(given.count), given.first.map(String.init) == shorter,
    !given.contains(where: { bodies.contains(String($0)) }), written.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true })
  {
    return true
  }
  // "SAM" for "Signe Aaltvedt-Mensah": a person's initials, as notes that define them write
  // them, name the person.
  let initials = written.split(whereSeparator: { $0 == " " || $0 == "-" }).compactMap(\.first)
  let short = ((found ?? "").count > (expected ?? "").count ? expected : found) ?? ""
  if (2...4).contains(short.count), short.allSatisfy(\.isUppercase), initials.count == short.count,
    initials.allSatisfy(\.isUppercase), String(initials) == short
  {
    return true
  }
  let name = shorter.split(separator: " ")
  guard name.count >= 2, longer.hasSuffix(" " + shorter) else { return false }
  let role = longer.dropLast(shorter.count + 1).split(separator: " ")
  let roleWords: Set<String> = [
    "secretary", "minister", "officer", "director", "coordinator", "adviser", "advisor", "counsellor", "commissioner",
    "manager", "chair", "chairperson", "ambassador", "mayor", "governor", "councillor", "cllr", "judge", "inspector",
    // Titles of address, kept or left out alike: "Imam Khalid Rauf", "Rev. Ruth Kessel", "Sgt Ellen Varo".
    "imam", "rev", "rev.", "reverend", "sgt", "sergeant", "pastor", "sheikh", "father", "sister",
    // Spanish: "Ing. Rodolfo Pineda", "Lic. Ana Quiroga", "Mtra. Lucía Ferrer", "Pbro. Anselmo Rivas".
    "ing.", "lic.", "licda.", "mtro.", "mtra.", "pbro.", "cmdte.", "dra.", "don", "doña",
  ]
  return role.count <= 4 && role.contains { roleWords.contains(String($0)) }
}

func normalisedOwner(_ owner: String?) -> String? {
  guard var owner = owner?.lowercased().trimmingCharacters(in: .whitespaces) else { return nil }
  // An article is no part of a name, in any of the languages the sets are written in.
  for article in ["the ", "le ", "la ", "les ", "l'", "el ", "los ", "las "] where owner.hasPrefix(article) {
    owner.removeFirst(article.count)
    break
  }
  // A handle's mark: "@jsorensen + @lmarchetti" and "jsorensen + lmarchetti" are the same two.
  owner.removeAll { $0 == "@" }
  // So is a personal title: "Mr. Tobin Esk" and "Tobin Esk" are one owner.
  for title in ["mr. ", "mrs. ", "ms. ", "dr. ", "prof. ", "cllr. ", "mr ", "mrs ", "ms ", "dr ", "prof ", "cllr "] where owner.hasPrefix(title) && owner.count > title.count + 2 {
    owner.removeFirst(title.count)
    break
  }
  // A bracket that glosses the owner ("KT (GPLP secretariat)", "NRC (HLP TF)") names the same
  // owner: labellers write it in or leave it out ("Jonas K. (Civic Tech)" is "Jonas K.").
  if owner.hasSuffix(")"), let open = owner.lastIndex(of: "("), open > owner.startIndex {
    owner = String(owner[..<open]).trimmingCharacters(in: .whitespaces)
  }
  while owner.hasSuffix(".") { owner.removeLast() }
  return owner
}

@Suite struct ExtractionCorpusTests {
  @Test func corpusIsLargeEnough() throws {
    let notes = try LabeledNote.loadAll()
    #expect(notes.count >= 8)
    #expect(notes.reduce(0) { $0 + $1.labels.count } >= 80)
    #expect(notes.reduce(0) { $0 + $1.trapLines.count } >= 40)
  }

  /// `Corpus/` was written first and the rules were developed against it; `HeldOut/` was written
  /// separately, without sight of the code or of `Corpus/`, to measure how the rules generalise.
  /// `HeldOut2/` was written the same way, in six more styles (shorthand, UN report paragraphs,
  /// tables and checkboxes, speaker-by-speaker minutes, hedged academic prose, restated
  /// summaries). First measured, it scored 0.897 recommendation precision, 0.976 action precision
  /// and recall, 0.900 owner, 0.950 due and 0.885 actor accuracy; the rules were then mended
  /// for what it showed, so it now guards those mends rather than measuring generalisation.
  /// `HeldOut3/` (a francophone writer, a panel with coded items, a word-processor paste, a terse
  /// Chatham House roundtable) was written after those mends, also without sight of the code:
  /// first measured, 1.000 precision throughout, 0.892 recommendation and 0.913 action recall,
  /// 0.714 owner, 0.762 due and 0.939 actor accuracy. It too was then mended for. `HeldOut4/`
  /// (an American rapporteur, owners and dates opening the items, a narrative discussion, a
  /// Chatham House workshop with cancelled actions), written after that: first measured, 0.933
  /// recommendation precision and 0.824 recall, 0.967 action precision, 0.586 owner, 0.793 due and
  /// 1.000 actor accuracy; mended for in turn. `HeldOut5/` (three-level nested bullets, imperative
  /// recommendations, hybrid-meeting minutes with chat lines, a rapporteur's asides) came last:
  /// first measured, 0.977 recommendation precision and recall, 0.850 action precision and 0.708
  /// recall, 0.941 owner, 0.824 due and 0.786 actor accuracy; mended for as well. `HeldOut6/`
  /// (German-English dates and "responsible:", **Who/What/When** lines, a webinar's closing round,
  /// a resolution-style outcome, emoji markers), written after that: first measured, 1.000
  /// recommendation precision and 0.974 recall, 0.969 action precision and 1.000 recall, 0.742
  /// owner, 0.968 due and 0.895 actor accuracy; then mended for. `HeldOut7/` (ordinary notes by a
  /// junior UN officer, an NGO volunteer, a researcher, a delegate and a student), written after
  /// all of that: first measured, 1.000 precision for both kinds, 0.972 recommendation and 0.962
  /// action recall, 1.000 owner and due and 0.886 actor accuracy; mended for a heading level that
  /// changes midway and two actor words. `HeldOut8/` (a formal OSCE-style rapporteur, hurried
  /// hybrid-event shorthand, a Spanish-speaking writer, a think-tank outcome note with "would
  /// benefit from" and "there is a need for", terse closing-plenary minutes), written after that:
  /// first measured, 0.938 recommendation precision and 0.882 recall, 0.882 action precision and
  /// recall, 0.767 owner, 0.833 due and 0.667 actor accuracy; then mended for. `HeldOut9/` (a
  /// chair's summary in numbered paragraphs, a campaigner's "Asks" and "To-dos", an academic's
  /// hedged "Way forward" with footnotes, a delegate's report to capital, steering-committee
  /// minutes with coded action points), written after that: first measured, 0.793
  /// recommendation precision and 0.523 recall, 0.769 action precision and 0.571 recall, 0.850
  /// owner, 0.900 due and 0.783 actor accuracy, most of it from headings named another way; then
  /// mended for. `HeldOut10/` (a humanitarian cluster's meeting record with "task | lead |
  /// deadline" rows, a parliamentary hearing, an industry dialogue's "Commitments" and "Asks of
  /// government", a youth delegate's live blog, a regional organisation's operative paragraphs),
  /// written after that: first measured, 0.900 recommendation precision and 0.659 recall, 0.816
  /// action precision and 0.721 recall, 0.806 owner, 0.774 due and 0.741 actor accuracy; then
  /// mended for. `HeldOut11/` (a law student's treaty-body side event, a youth forum's chat
  /// export, a francophone writer's English, a donor roundtable's Q&A with "Takeaways" and "Who
  /// does what", a technical consultation's follow-up matrix): first measured, 0.884
  /// recommendation precision and 0.905 recall, 0.923 action precision and 0.857 recall, 0.708
  /// owner, 0.708 due and 0.737 actor accuracy; then mended for. `HeldOut12/` (German results
  /// minutes with "Resp.:" and "15.03.", a back-to-office report, a regional workshop's lettered
  /// resolutions, a podcast summary, donor minutes with an HTML action table), written after
  /// that: first measured, 0.897 recommendation precision and 0.788 recall, 0.840 action
  /// precision and 0.750 recall, 0.667 owner, 0.810 due and 0.731 actor accuracy; then mended for.
  /// `HeldOut13/` (a forwarded e-mail thread with quoted replies, a World Café report with a
  /// plenary harvest, a task checklist with handles and emoji, an Indonesian writer's English, an
  /// operative outcome with an annex table), written after that: first measured, 0.855
  /// recommendation precision and 0.959 recall, 0.886 action precision and 0.951 recall, 0.872
  /// owner, 0.821 due and 0.915 actor accuracy; then mended for. `HeldOut14/` (a rapporteur's
  /// narrative in reported speech, recommendations under their own `###` headings with a
  /// Due | Task | Who table in US dates, a phone dictation without full stops, a Q&A transcript, a
  /// bilingual Spanish and English note), written after that: first measured, 0.745
  /// recommendation precision and 0.700 recall, 0.821 action precision and 0.622 recall, 0.739
  /// owner, 0.652 due and 0.714 actor accuracy; then mended for. `HeldOut15/` (a live-posting
  /// thread, recommendation and action tables with an Addressee column, a Now / Next / Later
  /// board, a bilingual French and English note, an automatic transcript with time stamps),
  /// written after that: first measured, 0.930 recommendation precision and 0.883 recall, 0.951
  /// action precision and 0.830 recall, 0.744 owner, 0.821 due and 0.717 actor accuracy; then
  /// mended for. Its labeller read district governors as local authorities, and `Corpus/` was
  /// relabelled to agree. `HeldOut16/` (a UN-style outcome statement with preambular and
  /// operative paragraphs, third-person minutes, a forwarded e-mail with Who / What / When blocks,
  /// a breakout report-back, a donor call's shorthand), written after that: first measured, 0.852
  /// recommendation precision and 0.719 recall, 0.870 action precision and 0.714 recall, 0.900
  /// owner, 1.000 due and 0.957 actor accuracy; then mended for. Its labeller, like HeldOut13's,
  /// read "w/c 18 Mar" as due by the Friday of that week; HeldOut2 and HeldOut9 took the Monday
  /// (HeldOut9's calling the Friday "also defensible") and were relabelled to agree. `HeldOut17/`
  /// (South Asian government minutes, a rapporteur's summary by theme in prose, a fireside chat,
  /// Issue / Agreed / Owner / Deadline minutes in bold labels, a consultation synthesis with
  /// numbered Asks and footnotes), written after that: first measured, 0.857 recommendation
  /// precision and 0.909 recall, 0.917 action precision and 0.667 recall, 0.909 owner, 0.818 due
  /// and 0.600 actor accuracy; then mended for. `HeldOut18/` (a time-stamped chronology of
  /// interventions, a panel write-up a paragraph per panellist under "## Panel", an American NGO
  /// staffer's notes with "AI:" items and US dates, a closing plenary's outcomes by stakeholder
  /// group with money pledges), written after that: first measured, 0.969 recommendation
  /// precision and 0.861 recall, 0.923 action precision and 0.889 recall, 0.792 owner, 1.000 due
  /// and 0.968 actor accuracy; then mended for. `HeldOut19/` (a co-chairs' summary in numbered
  /// paragraphs with a lettered follow-up, a protection cluster's minutes with Decision and Action
  /// tables, a writer new to English ("shall to send … until 15th of March"), a Portuguese and
  /// English workshop in Brazil, a board's record of decisions with RESOLVED clauses), written
  /// after that: first measured, 0.845 recommendation precision and 0.860 recall, 0.821 action
  /// precision and 0.681 recall, 0.812 owner, 0.750 due and 0.796 actor accuracy; then mended for.
  /// `HeldOut20/` (a German working group's minutes in English, a donor group's commitments matrix
  /// in "We will" prose, a youth group's output with emoji, a closed dialogue quoting "Participant
  /// A", a steering committee's numbered decisions with a rolling action log), written after that:
  /// first measured, 0.915 recommendation precision and 0.915 recall, 0.838 action precision and
  /// 0.608 recall, 0.645 owner, 0.871 due and 0.907 actor accuracy; then mended for. `HeldOut21/`
  /// (a French-speaking rapporteur's validation workshop in English, a chat huddle's export with
  /// pinned recommendations, a think tank's roundtable in prose, a project steering committee's
  /// minutes with carried-over tasks and a RAG table, a parliamentary hearing's summary), written
  /// after that: first measured, 1.000 recommendation precision and 0.939 recall, 0.955 action
  /// precision and 0.894 recall, 0.952 owner, 0.786 due and 0.826 actor accuracy; then mended for.
  /// `HeldOut22/` (a shared draft left in suggestion mode, an exchange held through an interpreter,
  /// a design sprint's readout, a three-day training debrief, Nigerian committee minutes), written
  /// after that: first measured, 0.860 recommendation precision and 0.768 recall, 0.950 action
  /// precision and 0.745 recall, 0.711 owner, 0.632 due and 0.721 actor accuracy; then mended for.
  /// `HeldOut23/` (a Kenyan county forum's notes, a consultation report told wholly in the past
  /// perfect, phone notes with arrows and shorthand, a UN summary with "(Lead: X; timeline: Q2)",
  /// a coalition's task board), written after that: first measured, 0.870 recommendation precision
  /// and 0.797 recall, 0.947 action precision and 0.632 recall, 0.917 owner, 0.694 due and 0.830
  /// actor accuracy; then mended for. `HeldOut24/` (a webinar's Q&A log with a moderator's wrap-up,
  /// an Indian NGO network's minutes with an action-taken table, an Arab-region women's network
  /// workshop by a writer new to English, a recommendations matrix with the plenary's verdict per
  /// row, a foresight lab's scenarios with no-regret actions), written after that: first measured,
  /// 0.857 recommendation precision and 0.842 recall, 0.917 action precision and 0.868 recall,
  /// 0.818 owner, 0.879 due and 0.854 actor accuracy; then mended for. `HeldOut25/` (a slide deck's
  /// export with speaker notes, a policy brief with findings and asks by addressee, a Latin-American
  /// network's minutes with Spanish labels and dates, a newsletter feature with quotes, a student
  /// volunteer's hurried notes), written after that: first measured, 0.905 recommendation
  /// precision and 0.760 recall, 0.795 action precision and 0.969 recall, 0.839 owner, 0.742 due
  /// and 0.816 actor accuracy; then mended for. `HeldOut26/` (breakout groups' outcomes with the
  /// plenary's endorsement, a Pacific consultation's record with "Responsible: …; Timeframe: …", a
  /// treaty body's concluding observations, a voice memo's dictation, a coalition's working notes
  /// with a parking lot and ISO weeks), written after that: first measured, 0.875 recommendation
  /// precision and 0.894 recall, 0.846 action precision and 0.892 recall, 0.939 owner, 0.818 due
  /// and 0.833 actor accuracy; then mended for. `HeldOut27/` (a Chair's conclusions in lettered
  /// paragraphs, a rural radio call-in show with Swahili, a hackathon jury's closing notes, a
  /// tri-sector roundtable's "Issue | What was said" table, footnoted minutes of "it was felt
  /// that …"), written after that: first measured, 0.894 recommendation precision and 0.875
  /// recall, 0.929 action precision and 0.867 recall, 1.000 owner, 0.962 due and 0.881 actor
  /// accuracy; then mended for. `HeldOut28/` (an interfaith council's minutes of motions moved,
  /// seconded and carried or lost, an ASEAN-region meeting report with a "Way Forward" in lettered
  /// lines and Malay terms, an after-action review, a diplomatic cable with an action request, a
  /// live-poll export whose answers the plenary endorsed by number) and `HeldOut29/` (a city
  /// official's peer-exchange note with a commitments table, an Arria-formula meeting's summary, an
  /// Arabic–English workshop record, a programme officer's Obsidian note with callouts, wiki links
  /// and task-plugin dates, a start–stop–continue after-action review), both written after that:
  /// first measured, HeldOut28 0.875 recommendation precision and 0.500 recall, 0.763 action
  /// precision and 0.744 recall, 1.000 owner, 0.966 due and 0.810 actor accuracy; HeldOut29 0.814
  /// recommendation precision and 0.729 recall, 0.921 action precision and 0.972 recall, 0.829
  /// owner, 0.829 due and 0.857 actor accuracy; then mended for. `HeldOut30/` (a UN officer's
  /// summary of a Central Asian roundtable with Russian terms and a "porucheniya" list, a
  /// fishbowl's notes with tap-ins, a Human Rights Council side event's questions and responses,
  /// a trainer's debrief written to the trainees, a closing plenary kept as one indented list of
  /// initials), written after that: first measured, 0.863 recommendation precision and 0.863
  /// recall, 0.833 action precision and 0.441 recall, 0.600 owner, 0.800 due and 0.727 actor
  /// accuracy; then mended for. `HeldOut31/` (a grant-review panel's notes with decisions and
  /// conditions, a tabletop exercise's evaluator notes with an improvement plan, a UPR pre-session
  /// briefing with a handout's numbered recommendations, a community scorecard meeting whose action
  /// plan dates its items by sub-heading, a teacher training's flipcharts typed in capitals),
  /// written after that: first measured, 0.864 recommendation precision and 0.543 recall, 0.800
  /// action precision and 0.400 recall, 1.000 owner, 0.875 due and 0.579 actor accuracy; then
  /// mended for. `HeldOut32/` (a Delphi round's rated statements and verdicts, an issue tracker's
  /// export, a declaration's drafting record, a photovoice exhibit with officials' replies),
  /// written after that: first measured, 0.808 recommendation precision and 0.724 recall, 1.000
  /// action precision and 0.640 recall, 0.750 owner, 0.938 due and 0.905 actor accuracy; then
  /// mended for. `HeldOut33/` (a peer-review mission's debrief with numbered suggestions, a
  /// partnership marketplace's offer, need and match cards, a theory-of-change canvas with a
  /// learning agenda, a Chatham House pre-mortem with a risk register, a donor group's RACI rows),
  /// written after that: first measured, 1.000 recommendation precision and 0.860 recall, 0.963
  /// action precision and 0.591 recall, 0.923 owner, 0.962 due and 0.744 actor accuracy; then
  /// mended for. `HeldOut34/` (an outcome-harvesting workshop with "So what?" messages, a
  /// Japanese–English summary record with a homework table, an outliner's (Logseq) page of a
  /// youth network's call, a Track II non-paper, a field officer's record of a jirga), written
  /// after that: first measured, 0.882 recommendation precision and 0.566 recall, 0.962 action
  /// precision and 0.595 recall, 1.000 owner, 0.760 due and 0.700 actor accuracy; then mended for.
  /// `HeldOut35/` (an ombudsperson's consultation minutes with bilingual field names, a court users'
  /// committee's minutes, a Notion export, a sociocratic consent record, a meeting tool's recap
  /// corrected by hand), written after that: first measured, 0.561 recommendation precision and
  /// 0.740 recall, 0.905 action precision and 0.826 recall, 0.868 owner, 0.816 due and 0.838 actor
  /// accuracy; then mended for. `HeldOut36/` (a bullet journal typed up from a funders' meeting, an
  /// Open Space harvest, a Nordic association's annual-meeting protocol with § items, a donors'
  /// joint field-visit log, a mind map exported from XMind), written after that: first measured,
  /// 0.854 recommendation precision and 0.774 recall, 0.900 action precision and 0.628 recall, 0.889
  /// owner, 0.963 due and 0.854 actor accuracy; then mended for. `HeldOut37/` (a mural typed up by
  /// a graphic recorder, a donor group's notes with an Excel tracker pasted in, a barangay council's
  /// minutes in Taglish, a SWOT and TOWS workshop, an NGO team's daily stand-ups at a Human Rights
  /// Council session), written after that: first measured, 0.872 recommendation precision and 0.618
  /// recall, 0.889 action precision and 0.296 recall, 0.562 owner, 0.938 due and 0.794 actor
  /// accuracy; then mended for over three sessions. `HeldOut38/` (a Quaker business
  /// meeting's minutes with old-style dates, a research consortium's General Assembly with
  /// deadlines in project months, Easy Read minutes of a consultation of disabled people's
  /// organisations, an evaluation reference group's comments matrix, an Appreciative Inquiry
  /// summit's harvest), written after `HeldOut37/`: first measured, 0.788 recommendation precision
  /// and 0.650 recall, 0.903 action precision and 0.622 recall, 0.964 owner, 0.607 due and 0.923
  /// actor accuracy; then mended for. `HeldOut39/` (a military staff record of a civil–military
  /// coordination forum with taskings and date-time groups, a Liberating Structures harvest, an
  /// ethnographer's field notes with a running record, a rapporteur's report of an Oxford-style
  /// debate, a fellow's Cornell notes in a pipe table), written after that: first measured, 0.500
  /// recommendation precision and 0.467 recall, 0.833 action precision and 0.488 recall, 0.900
  /// owner, 0.850 due and 0.857 actor accuracy; then mended for. `HeldOut40/` (a citizens'
  /// assembly's ballot record, a forum theatre joker's log, a tech team's decision records, a joint
  /// press release, a "You said, we did" feedback record), written after that: first measured,
  /// 0.763 recommendation precision and 0.784 recall, 0.871 action precision and 0.711 recall,
  /// 0.815 owner, 0.815 due and 0.966 actor accuracy; then mended for. `HeldOut41/` (a youth
  /// parliament's Hansard, a chair's closing remarks kept as delivered, an online session-report
  /// form, plain-text minutes posted to a mailing list, a Most Significant Change selection
  /// panel's record), written after that: first measured, 0.710 recommendation precision and
  /// 0.667 recall, 0.692 action precision and 0.562 recall, 0.556 owner, 0.722 due and 0.773
  /// actor accuracy; then mended for over two sessions. `HeldOut42/` (a negotiations bulletin's
  /// daily report, a community forum's thread pasted from its raw view, an internal audit report
  /// with management responses, a ministry's press conference transcript, a blameless
  /// post-incident review), written after the first mends for `HeldOut41/`: first measured, 0.923
  /// recommendation precision and 0.878 recall, 0.941 action precision and 0.780 recall, 0.812
  /// owner, 0.781 due and 0.778 actor accuracy; then mended for over two sessions.
  @Test(arguments: ["Corpus", "HeldOut", "HeldOut2", "HeldOut3", "HeldOut4", "HeldOut5", "HeldOut6", "HeldOut7", "HeldOut8", "HeldOut9", "HeldOut10", "HeldOut11", "HeldOut12", "HeldOut13", "HeldOut14", "HeldOut15", "HeldOut16", "HeldOut17", "HeldOut18", "HeldOut19", "HeldOut20", "HeldOut21", "HeldOut22", "HeldOut23", "HeldOut24", "HeldOut25", "HeldOut26", "HeldOut27", "HeldOut28", "HeldOut29", "HeldOut30", "HeldOut31", "HeldOut32", "HeldOut33", "HeldOut34", "HeldOut35", "HeldOut36", "HeldOut37", "HeldOut38", "HeldOut39", "HeldOut40", "HeldOut41", "HeldOut42"])
  func scoresAtLeastNinetyPercentOnEveryFigure(corpus: String) throws {
    try Self.measure(corpus) { _ in 0.9 }
  }

  /// The sets being mended, not yet to 0.9: each must keep what its mends gained.
  ///
  /// `HeldOut43/` (a parliamentary select committee's report, a mediator's shuttle-diplomacy log,
  /// a joint commission's agreed minutes, a wiki talk page's request for comment in raw markup, a
  /// livestreamed town hall's video page with chapters, pinned promises and comments), written
  /// after `HeldOut41/` joined the others: first measured, 0.787 recommendation precision and 0.974
  /// recall, 0.710 action precision and 0.629 recall, 0.818 owner and 0.727 due accuracy (0.757
  /// actor accuracy); then mended for.
  ///
  /// `HeldOut44/` (a people's tribunal's judgment delivered orally, an early-warning network's
  /// situation-room call log with coded advisories, a Six Thinking Hats workshop typed up from the
  /// flip charts, a consultation's published FAQ page, a women's safety audit walk's route notes),
  /// written after the first mends for `HeldOut43/`: first measured, 0.814 recommendation precision
  /// and 0.714 recall, 0.875 action precision and 0.894 recall, 0.667 owner and 0.810 due accuracy
  /// (0.571 actor accuracy); then mended for.
  ///
  /// `HeldOut45/` (a ministerial submission returned with the Minister's decisions ticked, a
  /// caucus's open letter with its asks under "We call on …" lines, a network's answer to a
  /// government consultation question by question, an outgoing coordinator's handover note to
  /// her successor, a restorative circle keeper's record by rounds), written while the mends for
  /// `HeldOut42/` and `HeldOut43/` went in: first measured, 0.791 recommendation precision and 0.654
  /// recall, 0.925 action precision and 0.860 recall, 0.892 owner and 0.838 due accuracy (0.824
  /// actor accuracy); then mended for.
  ///
  /// `HeldOut46/` (a task board exported after a partners' planning day, a petition to a town
  /// council with the council's reply point by point, a rapporteur's diary of a conference day, a
  /// design workshop's affinity map, a results-framework review with corrective actions) and
  /// `HeldOut47/` (a mediators' chat group digest with a pinned summary, a participatory budget's
  /// result sheet, a regional summit's communiqué, a grant committee's decision letter, a
  /// newsletter's interview with a session's chair), written after the mends for `HeldOut44/`:
  /// first measured, 0.788 recommendation precision and 0.788 recall, 0.718 action precision and
  /// 0.519 recall, 0.857 owner and 0.750 due accuracy (0.769 actor accuracy) for `HeldOut46/`;
  /// 0.839 and 0.743, 0.846 and 0.289, 0.909 and 0.727 (0.769) for `HeldOut47/`; then mended for.
  ///
  /// `HeldOut48/` (a chat workspace's channel exported after a working group's call, with a bot's
  /// captured action items, an intergovernmental committee's summary record with its decisions, a
  /// World Café harvest with a pledge wall, a project board's log of risks, assumptions, issues
  /// and dependencies, a coalition convenor's e-mail after meeting a minister), written after all
  /// the mends for `HeldOut46/` and `HeldOut47/`: first measured, 0.615 recommendation precision
  /// and 0.516 recall, 0.952 action precision and 0.435 recall, 0.950 owner and 0.650 due accuracy
  /// (0.750 actor accuracy); then mended for.
  ///
  /// `HeldOut49/` (a field officer's voice notes transcribed with their time marks, a tender
  /// evaluation committee's minutes, a mentor's coaching log written to the mentee, a court
  /// mediator's memorandum of settlement, a town hall's text-line summary), written after the
  /// mends for `HeldOut48/`: first measured, 0.889 recommendation precision and 0.750 recall,
  /// 0.952 action precision and 0.541 recall, 0.950 owner and 0.650 due accuracy (0.708 actor
  /// accuracy); then mended for.
  ///
  /// `HeldOut50/` (a bilingual steering committee's record, a member of parliament's open meeting
  /// and surgery, a UN country team results group's minutes with US month-first dates, youth
  /// delegates' shared document with suggestion marks, a board of trustees' minutes with numbered
  /// resolutions and an action log), written with `HeldOut49/`: first measured, 0.923
  /// recommendation precision and 0.889 recall, 0.921 action precision and 0.854 recall, 0.914
  /// owner and 0.629 due accuracy (0.708 actor accuracy); then mended for.
  ///
  /// `HeldOut51/` (a live thread of a panel, a second-language steering circle protocol, district
  /// committee minutes with action tags, a wiki page's Mermaid Gantt chart, a screening's WHO —
  /// WHAT — WHEN sheet), written after the mends for `HeldOut49/` and `HeldOut50/`: first
  /// measured, 0.818 recommendation precision and 0.750 recall, 0.774 action precision and 0.511
  /// recall, 0.958 owner and 0.750 due accuracy (0.852 actor accuracy); then mended for.
  ///
  /// `HeldOut52/` (a back-to-office report, an OKR check-in, a law clinic's case conference, a
  /// webmail thread settling a forum's follow-up, a student parliament's minutes), written after
  /// the mends for `HeldOut51/`: first measured, 0.870 recommendation precision and 0.606 recall,
  /// 0.738 action precision and 0.923 recall, 0.812 owner and 0.750 due accuracy (0.800 actor
  /// accuracy); then mended for. Its recommendation precision is held at 0.85, below its first
  /// reading: reading "What the forum asked for" as recommendations raised their recall to 0.879
  /// and moved two asks the thread later reworded or dropped from wrong actions to wrong
  /// recommendations.
  ///
  /// `HeldOut53/` (a podcast's show notes, a stakeholder mapping workshop, a third-party
  /// monitor's visit form, a Lean Coffee side event, a mediation team's daily situation report),
  /// written after the mends for `HeldOut52/`: first measured, 0.900 recommendation precision and
  /// 0.794 recall, 0.800 action precision and 0.653 recall, 0.875 owner and 0.750 due accuracy
  /// (0.741 actor accuracy); then mended for.
  ///
  /// `HeldOut54/` (a humanitarian working group's minutes with numbered action points, a training
  /// of trainers' plus/delta close-out with trainees' commitment cards, a provincial platform's
  /// annotated agenda sent back with "> ▶" outcomes, a pledging conference's register of pledges,
  /// a national action plan draft's changelog), written after the mends for `HeldOut53/`: first
  /// measured, 0.833 recommendation precision and 0.652 recall, 0.933 action precision and 0.596
  /// recall, 0.893 owner and 0.857 due accuracy (0.867 actor accuracy); then mended for.
  ///
  /// `HeldOut55/` (a county validation workshop's recommendation matrix, a community radio
  /// call-in's producer notes, a hackathon's judges' sheet with pledges due "D+7", a youth
  /// network's debrief in Spanish and English, an iftar dialogue's host notes), written after the
  /// mends for `HeldOut54/`: first measured, 0.926 recommendation precision and 0.806 recall,
  /// 0.758 action precision and 0.781 recall, 0.560 owner and 0.640 due accuracy (0.960 actor
  /// accuracy); then mended for.
  ///
  /// `HeldOut56/` (a donor group's decisions and action points as a definition list, a school
  /// principals' network's minutes in initials and term weeks, a roundtable's summary under the
  /// Chatham House Rule, a resilience office's terse stand-up with arrowed tasks, a prison
  /// reintegration case board's minutes), written with `HeldOut55/`: first measured, 0.952
  /// recommendation precision and 0.690 recall, 0.524 action precision and 0.564 recall, 0.591
  /// owner and 0.500 due accuracy (0.750 actor accuracy); then mended for.
  ///
  /// `HeldOut57/` (an embassy's reporting cable, a town hall's edited live captions, a youth
  /// assembly's amendments log, a grant-maker's portfolio review memo, a football association's
  /// safeguarding working group with a RACI table), written after the mends for `HeldOut56/`:
  /// first measured, 0.880 recommendation precision and 0.611 recall, 0.759 action precision and
  /// 0.595 recall, 0.818 owner and 0.545 due accuracy (0.682 actor accuracy); then mended for. Its
  /// owner accuracy is held at 0.77, below its first reading: of the nine more tasks now found, the
  /// captions' give their speaker's label ("SUPT") where the labels name the person.
  ///
  /// `HeldOut58/` (a research ethics committee's conditions of approval, a shura's record
  /// translated from Dari, a diaspora association's AGM on Zoom, a journalist safety roundtable's
  /// sticky-note wall, a referral pathway's swimlanes), written with `HeldOut57/`: first measured,
  /// 0.840 recommendation precision and 0.750 recall, 0.905 action precision and 0.463 recall,
  /// 0.684 owner and 0.737 due accuracy (0.667 actor accuracy); then mended for. Its due accuracy
  /// is held at 0.73, below its first reading: of the fifteen more tasks now found, several are
  /// dated by another calendar ("by 10 Aqrab") or from when they start.
  ///
  /// `HeldOut59/` (a closing plenary's slide deck with speaker notes in comments, a protection
  /// cluster's minutes with Portuguese terms, a trade union congress's composite motions, a
  /// key-informant interview write-up, a mayor's office tasking memo) and `HeldOut60/` (a chief's
  /// baraza with Swahili terms, a sprint retrospective board, a parliamentary hearing's witness
  /// log, a workshop's daily wrap-ups, an ombudsperson network's travel report), written
  /// together and measured before either was read: `HeldOut59/` first at 0.889 recommendation
  /// precision and 0.774 recall, 0.857 action precision and 0.652 recall, 0.667 owner and 0.667 due
  /// accuracy (0.792 actor accuracy); `HeldOut60/` first at 0.914 and 0.970, 0.867 and 0.565, 0.962
  /// owner and 0.615 due accuracy (0.875 actor accuracy); then mended for. `HeldOut60/`'s owner
  /// accuracy is held at 0.90, below its first reading: of the seventeen more tasks now found, a
  /// baraza's steps name their owners in Swahili ("Mhusika: mimi", the monitor) or with a title the
  /// labels leave out.
  ///
  /// `HeldOut61/` (a delegate's telegraphic readout of an Arria-style briefing, an Indonesian and
  /// English interfaith dialogue's follow-up plan, a podcast's fireside chat with an editor's box
  /// of commitments, a funder's site-visit form, a parliamentary network's declaration with
  /// bracketed paragraphs), written with `HeldOut62/` after the mends for `HeldOut59/` and
  /// `HeldOut60/`: first measured, 0.763 recommendation precision and 0.879 recall, 0.721 action
  /// precision and 0.775 recall, 0.581 owner and 0.645 due accuracy (0.586 actor accuracy); then
  /// mended for.
  ///
  /// `HeldOut62/` (a fishbowl's graphic facilitator's emoji outline, a German and English
  /// bilateral consultation's record of results, a community policing forum's minutes in long
  /// run-on paragraphs, a youth summit's manifesto with pledges, a platform's quarterly review as a
  /// members' FAQ), written with `HeldOut61/`: first measured, 1.000 recommendation precision and
  /// 0.971 recall, 0.952 action precision and 0.465 recall, 0.800 owner and 0.450 due accuracy
  /// (0.735 actor accuracy); then mended for.
  ///
  /// `HeldOut63/` (a facilitator's Emacs Org-mode outline pasted raw, a tabletop exercise's
  /// after-action report with an improvement plan, a meeting tool's transcript with its AI
  /// summary, an Arabic and English women mediators' record with Hijri dates, a human rights
  /// institution's detention-visit report) and `HeldOut64/` (a tracker pasted as CSV, a donor
  /// steering committee's minutes in quarters and fiscal years, an Asks & Offers marketplace board,
  /// a Russian and English working group's record, a briefing note to a minister with options),
  /// written together after the mends for `HeldOut61/` and `HeldOut62/` and measured before either
  /// was read: `HeldOut63/` first at 0.714 recommendation precision and 0.658 recall, 0.861 action
  /// precision and 0.721 recall, 0.387 owner and 0.452 due accuracy (0.840 actor accuracy);
  /// `HeldOut64/` first at 0.762 and 0.500, 0.840 and 0.396, 0.952 owner and 0.381 due accuracy
  /// (0.688 actor accuracy); then mended for.
  ///
  /// `HeldOut65/` (a Universal Periodic Review-style matrix of recommendations with the state's
  /// responses and a follow-up plan, typed minutes scanned and OCR'd, a tracker copied from a
  /// spreadsheet with tabs, a Somali and English elders' council record, a recap e-mail thread with
  /// corrections in the replies) and `HeldOut66/` (a policy brief with boxed recommendations and a
  /// timeline by quarter, a gallery walk typed up from sticky notes with dot votes, a log of
  /// questions kept as a table, a municipal council's resolution register, a Turkish and English
  /// municipal workshop record), written together after the first mends for `HeldOut63/` and
  /// `HeldOut64/` and measured before either was read (`HeldOut65/` with the Turkish mends for
  /// `HeldOut66/` in place, not yet committed): `HeldOut65/` first at 0.870 recommendation
  /// precision and 0.588 recall, 0.730 action precision and 0.540 recall, 0.815 owner and 0.704
  /// due accuracy (0.650 actor accuracy); `HeldOut66/` 0.629 and 0.611, 0.829 and 0.644, 0.448
  /// owner and 0.483 due accuracy (0.591 actor accuracy); then mended for.
  ///
  /// `HeldOut67/` (an evaluation's management response matrix, a coalition's DACI decision
  /// document, follow-ups grouped under their owners' headings, a Hausa and English peace
  /// committee's minutes, a focus group discussion report) and `HeldOut68/` (a West African
  /// forum's record written in French, an outcome note with CriticMarkup changes left in, a
  /// pledging conference's register, a humanitarian coordination meeting with a 4W matrix, a
  /// WhatsApp group's raw export), written together after the first mends for `HeldOut65/` and
  /// `HeldOut66/` and measured at `af46afb` before either was read: `HeldOut67/` first at 0.913
  /// recommendation precision and 0.636 recall, 0.803 action precision and 0.942 recall, 0.551
  /// owner and 0.776 due accuracy (0.905 actor accuracy); `HeldOut68/` 0.872 and 0.971, 0.867 and
  /// 0.830, 0.590 owner and 0.821 due accuracy (0.941 actor accuracy); then mended for.
  ///
  /// `HeldOut69/` (an NGO board paper for decision with the board's minute, an open government
  /// forum's commitment templates, a Dutch and English neighbourhood-safety meeting, a live
  /// question tool's export after a plenary, shared-document meeting notes with assigned
  /// checklist items) and `HeldOut70/` (a Nepali and English village mediation committee's minutes
  /// with Bikram Sambat dates, a consultant's debrief exported from a slide deck's outline, a
  /// planner board pasted as a table, a conference's daily bulletins, a memorandum of
  /// understanding with a work plan), written together after the first mends for `HeldOut67/` and
  /// `HeldOut68/` and measured at `b14af34` before either was read: `HeldOut69/` first at 0.765
  /// recommendation precision and 0.839 recall, 0.818 action precision and 0.375 recall, 0.722
  /// owner and 0.722 due accuracy (0.923 actor accuracy); `HeldOut70/` 0.844 and 0.711, 0.750 and
  /// 0.526, 1.000 owner and 0.833 due accuracy (0.778 actor accuracy); then mended for.
  ///
  /// `HeldOut71/` (an Obsidian note with Dataview fields and callouts, a Theory of Change review
  /// workshop's record, minutes dictated into a phone and sent unedited, a Bengali and English
  /// union parishad dialogue, a partners' retreat note with a ticket board's list view pasted as
  /// bare pipe lines) and `HeldOut72/` (an Open Space book of proceedings, a lessons-learned
  /// register after an election observation mission, a think tank's "five things we heard" post, a
  /// Tetum and English village council dialogue, a chat tool's meeting recap corrected in its
  /// thread), written together after the first mends for `HeldOut69/` and `HeldOut70/` and
  /// measured at `ac05716` before either was read: `HeldOut71/` first at 0.875 recommendation
  /// precision and 0.946 recall, 0.857 action precision and 0.226 recall, 0.917 owner and 0.917
  /// due accuracy (0.771 actor accuracy); `HeldOut72/` 0.806 and 0.784, 0.857 and 0.500, 0.708
  /// owner and 0.875 due accuracy (0.828 actor accuracy); then mended for.
  ///
  /// `HeldOut73/` (a phone checklist note typed during a session, a video call's chat log under
  /// the host's summary, a Swedish and English municipal protokoll with numbered paragraphs, an
  /// Amharic and English kebele peace committee's record with Ethiopian dates, a donor mission's
  /// aide-mémoire) and `HeldOut74/` (a Lean A3 problem-solving sheet, a community action plan in
  /// pandoc grid tables, a Spanish acta of a mesa de diálogo, a youth council's minutes in
  /// text-speak, a delegation's rolling notes over three conference days), written together after
  /// the first mends for `HeldOut71/` and `HeldOut72/` and measured at `3af0f8e` before either was
  /// read: `HeldOut73/` 0.826 recommendation precision and 0.576 recall, 0.667 action precision and 0.261 recall, 0.667 owner and 0.750 due accuracy
  /// (0.842 actor accuracy); `HeldOut74/` 0.842 and 0.471, 0.592 and 0.537, 0.690 owner and 0.552
  /// due accuracy (0.812 actor accuracy); then mended for.
  ///
  /// `HeldOut75/` (a citizens' assembly's final report with each recommendation's vote share, a
  /// Hindi and English gram sabha's minutes, an action log kept as fixed-width plain text, a code
  /// host's issue used as the follow-up tracker with its comment thread, a Delphi consultation
  /// round's summary) and `HeldOut76/` (a Polish and English municipal roundtable protokół, a
  /// Tagalog and English barangay peace and order council's minutes, a press release after a side
  /// event, a SWOT analysis with its owner table, minutes numbered like a legal text with
  /// cross-references), written together after the first mends for `HeldOut73/` and `HeldOut74/`
  /// and measured at `6988e2e` before either was read:
  /// `HeldOut75/` 0.575 recommendation precision and 0.605 recall, 0.815 action precision and
  /// 0.415 recall, 0.818 owner and 0.727 due accuracy (1.000 actor accuracy); `HeldOut76/` 0.875
  /// and 0.778, 0.721 and 0.689, 0.742 owner and 0.645 due accuracy (0.607 actor accuracy); then mended for.
  ///
  /// `HeldOut77/` (a Vietnamese and English commune dialogue's minutes, an online deliberation
  /// platform's proposal thread with votes and tasks, a Start / Stop / Continue retrospective, a
  /// conference app's session page with attendees' notes, a parliamentary written question with
  /// the minister's answer and the clerk's note) and `HeldOut78/` (a Yoruba and English community
  /// development association's minutes, a collaborative pad with authorship tags and its chat,
  /// numbered text messages from a rapporteur, a case conference note in SOAP form, a one-page
  /// infographic's text), written together after the first mends for `HeldOut75/` and
  /// `HeldOut76/` and measured at `34bc13a` before either was read: `HeldOut77/` 0.667
  /// recommendation precision and 0.457 recall, 0.812 action precision and 0.531 recall, 0.923
  /// owner and 0.885 due accuracy (0.875 actor accuracy); `HeldOut78/` 0.643 and 0.529, 0.643 and
  /// 0.409, 0.667 owner and 0.944 due accuracy (0.722 actor accuracy); then mended for.
  ///
  /// `HeldOut79/` (an Italian and English municipal consulta's verbale, a government memorandum
  /// for the record with action tags, a RAID log, a task board exported to Markdown, a convenor's
  /// letter to the participants) and `HeldOut80/` (a Brazilian Portuguese ata written as one
  /// paragraph with a donor's English summary box, a logframe reviewed at a side event, a
  /// rapporteur's oral report transcribed, a task force's terms of reference, a chat server's
  /// channel export), written together after the first mend for `HeldOut78/` and measured at
  /// `be4d4aa` before either was read: `HeldOut79/` 0.957 recommendation precision and 0.667
  /// recall, 0.750 action precision and 0.600 recall, 0.576 owner and 0.848 due accuracy (0.864
  /// actor accuracy); `HeldOut80/` 0.960 and 0.706, 0.950 and 0.404, 0.789 owner and 0.737 due
  /// accuracy (0.833 actor accuracy); then mended for.
  ///
  /// `HeldOut81/` (a Khmer and English commune council's record with Khmer numerals, a select
  /// committee's report with its conclusions and recommendations, a government's summary of
  /// consultation responses with its own response, a minister's speech as delivered with an
  /// adviser's follow-ups, an organising team's pre-mortem) and `HeldOut82/` (a Catalan and
  /// English town council's acta, an online survey's results written up by the organisers, minutes
  /// forwarded by e-mail with the action table as raw HTML, a decision memo with the director's
  /// annotations, draft minutes annotated after the meeting), written together after the first
  /// mends for `HeldOut79/` and measured at `49b0841` before either was read: `HeldOut81/` 0.537
  /// recommendation precision and 0.667 recall, 0.784 action precision and 0.659 recall, 0.276
  /// owner and 0.621 due accuracy (0.864 actor accuracy); `HeldOut82/` 0.741 and 0.606, 0.842 and
  /// 0.681, 0.625 owner and 0.688 due accuracy (0.850 actor accuracy); then mended for.
  ///
  /// `HeldOut83/` (a Haitian Creole, French and English commune council's minutes, a listening
  /// tour's report, a scenario-planning workshop's outputs, an auditor's management letter, a
  /// decision and action log pasted as semicolon-separated values) and `HeldOut84/` (a Greek and
  /// English municipal committee's minutes, a coalition's open letter to a minister, an action
  /// learning set's notes, a donor's field-visit trip report, a graphic recording's description
  /// for accessibility), written together after the first mends for `HeldOut80/` and `HeldOut81/`
  /// and measured at `cd76bc9` before either was read:
  /// `HeldOut83/` 0.625 recommendation precision and 0.556 recall, 0.818 action precision and
  /// 0.173 recall, 1.000 owner and 0.889 due accuracy (0.650 actor accuracy); `HeldOut84/` 0.800
  /// and 0.471, 0.821 and 0.479, 0.826 owner and 0.739 due accuracy (0.750 actor accuracy); then mended for.
  ///
  /// `HeldOut85/` (a Romanian and English county commission's proces-verbal, a Telegram group's
  /// export, a OneNote page with an Outlook meeting's details, a regional peer review's country
  /// report, a Confluence meeting-notes page) and `HeldOut86/` (a Malagasy, French and English
  /// commune's tatitra with fokontany chiefs, a secretariat's daily stand-up log, a grievance
  /// committee's case review, a minister's question time with civil society, an Evernote note with
  /// a clipped article), written one after the other after the first mends for `HeldOut84/`,
  /// each measured before it was read: `HeldOut85/` at
  /// `cd4807d`, 0.750 recommendation precision and 0.474 recall, 0.561 action precision and
  /// 0.627 recall, 0.469 owner and 0.750 due accuracy (0.889 actor accuracy); `HeldOut86/` at
  /// `537894d`, 0.737 and 0.800, 0.909 and 0.588, 0.933 owner and 0.900 due accuracy (0.714 actor
  /// accuracy); then mended for.
  ///
  /// `HeldOut87/` (a Bosnian and English municipal safety council's zapisnik, a project board
  /// exported to Markdown, a "How might we" workshop's synthesis, a Kinyarwanda and English
  /// community meeting's report, a donor group's matrix of commitments) and `HeldOut88/` (a
  /// Ukrainian and English community council's протокол, a form's commitment cards, a referral
  /// pathway's review, a youth parliament's record, an interfaith council's guidance to
  /// preachers), written together after the first mends for `HeldOut85/` and measured at
  /// `daa4eae` before either was read: `HeldOut87/` 0.778 recommendation precision and 0.350
  /// recall, 0.863 action precision and 0.759 recall, 0.591 owner and 0.568 due accuracy (0.786
  /// actor accuracy); `HeldOut88/` 0.729 and 0.875, 0.964 and 0.562, 0.593 owner and 0.593 due
  /// accuracy (0.686 actor accuracy); then mended for.
  ///
  /// `HeldOut89/` (a Czech and English town crime-prevention commission's zápis, a decision
  /// thread with a proposal and its votes, a mind map exported as nested bullets, a national human
  /// rights commission's public hearing summary, a participant's post written up after a side
  /// event) and `HeldOut90/` (an Albanian and English municipal public-safety council's
  /// procesverbal, an issue tracker's export, a meeting page with properties and to-dos, a
  /// co-facilitators' zero draft of an outcome document, a grid view of records exported as a
  /// table), written together after the first mends for `HeldOut87/` and `HeldOut88/` and
  /// measured at `09547fc` before either was read: `HeldOut89/` 0.500 recommendation precision and
  /// 0.333 recall, 0.900 action precision and 0.581 recall, 0.611 owner and 0.500 due accuracy
  /// (0.308 actor accuracy); `HeldOut90/` 0.886 and 0.929, 0.283 and 0.395, 0.867 owner and 0.733
  /// due accuracy (0.795 actor accuracy); then mended for.
  ///
  /// `HeldOut91/` (a Hungarian and English city district committee's jegyzőkönyv, a field form's
  /// submission exported with its repeat groups, a press conference's transcript with the
  /// organisers' readout, a "most significant change" story session's record, a facilitator's
  /// flipcharts transcribed) and `HeldOut92/` (a Georgian and English municipal commission's
  /// ოქმი, a diplomat's bilateral meeting readout, an ombudsperson's follow-up table on earlier
  /// recommendations, a parliamentary caucus's communiqué, a theory of change workshop's output),
  /// written together after the first mends for `HeldOut89/` and `HeldOut90/`: neither must fall
  /// below its first reading, measured at `f266f56` before either was read: `HeldOut91/` 0.929
  /// recommendation precision and 0.351 recall, 0.933 action precision and 0.378 recall, 0.857
  /// owner and 1.000 due accuracy (0.846 actor accuracy); `HeldOut92/` 0.857 and 0.474, 0.448 and
  /// 0.419, 0.923 owner and 1.000 due accuracy (0.667 actor accuracy); then mended for.
  ///
  /// `HeldOut93/` (a Finnish and English welfare-area working group's pöytäkirja, a universal
  /// periodic review's recommendations matrix reviewed at a side event, a Miro board's export, a
  /// meeting assistant's summary with its rapporteur's corrections, a RACI matrix from a planning
  /// session) and `HeldOut94/` (a Serbian municipal safety council's записник in Cyrillic, an
  /// Arria-formula meeting's chair's summary, a thread of questions to a panel copied out with its
  /// replies, a calendar invitation's description, a notebook exported from a data workshop),
  /// written together after the first mends for `HeldOut91/` and measured at `85dd14a` before
  /// either was read: `HeldOut93/` 0.774 recommendation precision and 0.649 recall, 0.811 action
  /// precision and 0.833 recall, 0.533 owner and 0.833 due accuracy (0.833 actor accuracy);
  /// `HeldOut94/` 0.769 and 0.541, 0.857 and 0.545, 0.667 owner and 1.000 due accuracy (0.900
  /// actor accuracy); then mended for.
  ///
  /// `HeldOut95/` (a Thai and English provincial peace committee's report of meeting with
  /// Buddhist-era dates, a municipal gazette's notice of a council's decisions, a wiki talk page's
  /// threads, a working paper's policy implications with a discussant's remarks, a volunteer's
  /// notebook typed up with its abbreviations) and `HeldOut96/` (a Roman Urdu and English district
  /// peace committee's karrawai, a bullet journal's spread, an incident action plan's forms, a
  /// radio debate's running order with the producer's notes, a shared document with its comment
  /// threads), written with `HeldOut93/` and `HeldOut94/` and measured at `85dd14a` before either was
  /// read: `HeldOut95/` 0.952
  /// recommendation precision and 0.571 recall, 0.885 action precision and 0.697 recall, 0.870
  /// owner and 0.696 due accuracy (0.750 actor accuracy); `HeldOut96/` 0.730 and 0.692, 0.682 and
  /// 0.366, 0.933 owner and 0.800 due accuracy (0.815 actor accuracy); then mended for.
  ///
  /// `HeldOut97/` (a Korean and English multicultural centre's 회의록, a panel's subtitle file
  /// pasted above the rapporteur's notes, a Quaker business meeting's minutes, decision records in
  /// the form of architecture decision records, an AsciiDoc document pasted as it is) and
  /// `HeldOut98/` (a Persian interfaith council's صورتجلسه with Solar Hijri dates, a pull request's
  /// review of an outcome document, a sociocracy circle's record, a LaTeX source pasted raw, a
  /// tracker's CSV export), written with `HeldOut99/` and `HeldOut100/` after the first mends for
  /// `HeldOut95/` and measured at `0bf57bd` before any of the four was read: `HeldOut97/` 0.833
  /// recommendation precision and 0.526 recall, 0.909 action precision and 0.833 recall, 0.733
  /// owner and 0.733 due accuracy (0.950 actor accuracy); `HeldOut98/` 0.684 and 0.351, 0.929 and
  /// 0.342, 0.846 owner and 0.923 due accuracy (0.923 actor accuracy); then mended for.
  ///
  /// `HeldOut99/` (a Danish and English crime-prevention council's referat, a peace agreement's
  /// implementation matrix, a reStructuredText handbook page, a course forum's daily digest, a
  /// chair's talking points annotated afterwards) and `HeldOut100/` (a Tok Pisin and English ward
  /// committee's minutes, a Hebrew and English coexistence forum's פרוטוקול, a "what was agreed"
  /// page of questions, a two-column negotiation record, a plain-text newsletter), written with
  /// `HeldOut97/` and `HeldOut98/` after the first mends for `HeldOut95/` and measured at
  /// `0bf57bd` before either was read: `HeldOut99/` 0.714 recommendation precision and 0.857
  /// recall, 0.636 action precision and 0.848 recall, 0.464 owner and 0.857 due accuracy (0.933
  /// actor accuracy); `HeldOut100/` 0.882 and 0.789, 0.957 and 0.611, 0.636 owner and 0.682 due
  /// accuracy (0.833 actor accuracy); then mended for.
  ///
  /// `HeldOut101/` (a Lithuanian and English commission's posėdžio protokolas, a Swahili and English
  /// ward peace committee's kumbukumbu, a chair's sticky-note clusters with dot votes, a
  /// rapporteur's grid filled in, a programme officer's e-mail of lessons and next steps) and
  /// `HeldOut102/` (a Malay and English minit mesyuarat, a filled issue template, a webinar's
  /// questions and poll results, a French-style note for the file, a thread of voice-note
  /// transcripts), written with `HeldOut103/` and `HeldOut104/` after the first mends for
  /// `HeldOut99/` and measured at `be58e77` before any of the four was read: `HeldOut101/` 0.600
  /// recommendation precision and 0.316 recall, 0.522 action precision and 0.364 recall, 0.333
  /// owner and 0.917 due accuracy (0.417 actor accuracy); `HeldOut102/` 0.833 and 0.541, 0.667 and
  /// 0.588, 0.900 owner and 0.900 due accuracy (0.850 actor accuracy); then mended for.
  ///
  /// `HeldOut103/` (a note kept mostly in YAML blocks, one long paragraph, a deliberative poll's
  /// outcome cards, a European Portuguese parish assembly's acta, a human rights defenders'
  /// debrief with pseudonyms) and `HeldOut104/` (an Icelandic and English fundargerð, an elements
  /// paper with bracketed alternatives, typed-up paper minutes marking what was illegible, a think
  /// tank's recap page, an NGO's minutes with an action register), written with `HeldOut101/` and
  /// `HeldOut102/` and measured at `be58e77` before either was read: `HeldOut103/` 0.727
  /// recommendation precision and 0.471 recall, 0.917 action precision and 0.333 recall, 0.909
  /// owner and 0.909 due accuracy (0.812 actor accuracy); `HeldOut104/` 0.774 and 0.706, 0.800 and
  /// 0.588, 0.850 owner and 0.750 due accuracy (0.833 actor accuracy); then mended for.
  ///
  /// `HeldOut105/` (a Japanese and English gijiroku, a civil-society panel's shadow concluding
  /// observations, a Logseq journal page, an interfaith council's pastoral letter, a police and
  /// community SARA report) and `HeldOut106/` (a Norwegian and English møtereferat, a Quarto report
  /// with its code's output, a speech-to-text dump with almost no punctuation, a consultation
  /// outcome page in a government's web style, a Basecamp thread), written with `HeldOut107/` and
  /// `HeldOut108/` and measured at `256c676` before any of the four was read: `HeldOut105/` 0.750
  /// recommendation precision and 0.585 recall, 0.889 action precision and 0.649 recall, 0.500
  /// owner and 0.708 due accuracy (0.958 actor accuracy); `HeldOut106/` 0.848 and 0.778, 0.812 and
  /// 0.371, 0.231 owner and 0.923 due accuracy (0.786 actor accuracy); then mended for.
  ///
  /// `HeldOut107/` (an Estonian and English koosoleku protokoll, a Hugo page with shortcodes,
  /// todo.txt and TaskPaper lists, a Liberating Structures harvest, a Pashto and English jirga
  /// record) and `HeldOut108/` (a Latvian and English sēdes protokols, a Teams meeting recap with
  /// Loop components, a Docusaurus MDX page, an ombudsperson's listening-session report, an OCR'd
  /// typewritten memo), written with `HeldOut105/` and `HeldOut106/` and measured at `256c676`
  /// before any of the four was read: `HeldOut107/` 0.562 recommendation precision and 0.439
  /// recall, 0.864 action precision and 0.514 recall, 0.842 owner and 0.842 due accuracy (0.667
  /// actor accuracy); `HeldOut108/` 0.806 and 0.658, 0.733 and 0.344, 1.000 owner and 0.909 due
  /// accuracy (0.880 actor accuracy); then mended for (`HeldOut108/`'s due accuracy is now 0.889:
  /// two done tasks the labels date are read, and a done task keeps no date here).
  @Test(arguments: [
    "HeldOut43", "HeldOut44", "HeldOut45", "HeldOut46", "HeldOut47", "HeldOut48", "HeldOut49", "HeldOut50", "HeldOut51", "HeldOut52",
    "HeldOut53", "HeldOut54", "HeldOut55", "HeldOut56", "HeldOut57", "HeldOut58", "HeldOut59", "HeldOut60", "HeldOut61", "HeldOut62",
    "HeldOut63", "HeldOut64", "HeldOut65", "HeldOut66", "HeldOut67", "HeldOut68", "HeldOut69", "HeldOut70",
    "HeldOut71", "HeldOut72", "HeldOut73", "HeldOut74", "HeldOut75", "HeldOut76", "HeldOut77", "HeldOut78",
    "HeldOut79", "HeldOut80", "HeldOut81", "HeldOut82", "HeldOut83", "HeldOut84",
    "HeldOut85", "HeldOut86", "HeldOut87", "HeldOut88", "HeldOut89", "HeldOut90",
    "HeldOut91", "HeldOut92", "HeldOut93", "HeldOut94", "HeldOut95", "HeldOut96", "HeldOut97", "HeldOut98",
    "HeldOut99", "HeldOut100", "HeldOut101", "HeldOut102", "HeldOut103", "HeldOut104", "HeldOut105", "HeldOut106",
    "HeldOut107", "HeldOut108",
  ])
  func theSetBeingMendedKeepsWhatItGained(corpus: String) throws {
    let floors: [String: [String: Double]] = [
      "HeldOut43": [
        "recommendation precision": 0.86, "recommendation recall": 0.99, "recommendation F1": 0.92,
        "action precision": 0.91, "action recall": 0.91, "action F1": 0.91, "owner": 0.90, "due": 0.84,
      ],
      "HeldOut44": [
        "recommendation precision": 0.86, "recommendation recall": 0.93, "recommendation F1": 0.90,
        "action precision": 0.93, "action recall": 0.95, "action F1": 0.94, "owner": 0.99, "due": 0.91,
      ],
      "HeldOut45": [
        "recommendation precision": 0.88, "recommendation recall": 0.90, "recommendation F1": 0.89,
        "action precision": 0.95, "action recall": 0.95, "action F1": 0.95, "owner": 0.92, "due": 0.82,
      ],
      "HeldOut46": [
        "recommendation precision": 0.86, "recommendation recall": 0.93, "recommendation F1": 0.89,
        "action precision": 0.95, "action recall": 0.85, "action F1": 0.90, "owner": 0.97, "due": 0.86,
      ],
      "HeldOut47": [
        "recommendation precision": 0.87, "recommendation recall": 0.99, "recommendation F1": 0.93,
        "action precision": 0.96, "action recall": 0.68, "action F1": 0.79, "owner": 0.88, "due": 0.76,
      ],
      "HeldOut48": [
        "recommendation precision": 0.78, "recommendation recall": 0.93, "recommendation F1": 0.85,
        "action precision": 0.97, "action recall": 0.84, "action F1": 0.90, "owner": 0.97, "due": 0.74,
      ],
      "HeldOut49": [
        "recommendation precision": 0.91, "recommendation recall": 0.96, "recommendation F1": 0.93,
        "action precision": 0.96, "action recall": 0.86, "action F1": 0.91, "owner": 0.96, "due": 0.90,
      ],
      "HeldOut50": [
        "recommendation precision": 0.92, "recommendation recall": 0.88, "recommendation F1": 0.90,
        "action precision": 0.92, "action recall": 0.92, "action F1": 0.92, "owner": 0.92, "due": 0.86,
      ],
      "HeldOut51": [
        "recommendation precision": 0.91, "recommendation recall": 0.91, "recommendation F1": 0.91,
        "action precision": 0.97, "action recall": 0.89, "action F1": 0.93, "owner": 0.99, "due": 0.88,
      ],
      "HeldOut52": [
        "recommendation precision": 0.85, "recommendation recall": 0.90, "recommendation F1": 0.88,
        "action precision": 0.79, "action recall": 0.94, "action F1": 0.85, "owner": 0.87, "due": 0.77,
      ],
      "HeldOut53": [
        "recommendation precision": 0.93, "recommendation recall": 0.91, "recommendation F1": 0.92,
        "action precision": 0.89, "action recall": 0.89, "action F1": 0.89, "owner": 0.95, "due": 0.77,
      ],
      "HeldOut54": [
        "recommendation precision": 0.95, "recommendation recall": 0.95, "recommendation F1": 0.95,
        "action precision": 0.96, "action recall": 0.68, "action F1": 0.79, "owner": 0.90, "due": 0.84,
      ],
      "HeldOut55": [
        "recommendation precision": 0.93, "recommendation recall": 0.93, "recommendation F1": 0.93,
        "action precision": 0.84, "action recall": 0.99, "action F1": 0.91, "owner": 0.81, "due": 0.87,
      ],
      "HeldOut56": [
        "recommendation precision": 0.96, "recommendation recall": 0.93, "recommendation F1": 0.94,
        "action precision": 0.85, "action recall": 0.92, "action F1": 0.88, "owner": 0.99, "due": 0.75,
      ],
      "HeldOut57": [
        "recommendation precision": 0.89, "recommendation recall": 0.91, "recommendation F1": 0.90,
        "action precision": 0.93, "action recall": 0.83, "action F1": 0.88, "owner": 0.90, "due": 0.74,
      ],
      "HeldOut58": [
        "recommendation precision": 0.90, "recommendation recall": 0.96, "recommendation F1": 0.93,
        "action precision": 0.91, "action recall": 0.82, "action F1": 0.87, "owner": 0.76, "due": 0.73,
      ],
      "HeldOut59": [
        "recommendation precision": 0.99, "recommendation recall": 0.99, "recommendation F1": 0.99,
        "action precision": 0.88, "action recall": 0.82, "action F1": 0.85, "owner": 0.92, "due": 0.81,
      ],
      "HeldOut60": [
        "recommendation precision": 0.91, "recommendation recall": 0.96, "recommendation F1": 0.94,
        "action precision": 0.95, "action recall": 0.93, "action F1": 0.94, "owner": 0.90, "due": 0.69,
      ],
      "HeldOut61": [
        "recommendation precision": 0.87, "recommendation recall": 0.87, "recommendation F1": 0.87,
        "action precision": 0.83, "action recall": 0.77, "action F1": 0.80, "owner": 0.93, "due": 0.83,
      ],
      "HeldOut62": [
        "recommendation precision": 0.99, "recommendation recall": 0.97, "recommendation F1": 0.98,
        "action precision": 0.97, "action recall": 0.86, "action F1": 0.91, "owner": 0.86, "due": 0.70,
      ],
      "HeldOut63": [
        "recommendation precision": 0.92, "recommendation recall": 0.94, "recommendation F1": 0.93,
        "action precision": 0.91, "action recall": 0.95, "action F1": 0.93, "owner": 0.75, "due": 0.75,
      ],
      "HeldOut64": [
        "recommendation precision": 0.83, "recommendation recall": 0.81, "recommendation F1": 0.82,
        "action precision": 0.95, "action recall": 0.79, "action F1": 0.86, "owner": 0.99, "due": 0.83,
      ],
      "HeldOut65": [
        "recommendation precision": 0.91, "recommendation recall": 0.91, "recommendation F1": 0.91,
        "action precision": 0.99, "action recall": 0.81, "action F1": 0.90, "owner": 0.92, "due": 0.82,
      ],
      "HeldOut66": [
        "recommendation precision": 0.82, "recommendation recall": 0.94, "recommendation F1": 0.88,
        "action precision": 0.92, "action recall": 0.84, "action F1": 0.88, "owner": 0.81, "due": 0.86,
      ],
      "HeldOut67": [
        "recommendation precision": 0.94, "recommendation recall": 0.96, "recommendation F1": 0.95,
        "action precision": 0.89, "action recall": 0.94, "action F1": 0.91, "owner": 0.91, "due": 0.89,
      ],
      "HeldOut68": [
        "recommendation precision": 0.87, "recommendation recall": 0.97, "recommendation F1": 0.91,
        "action precision": 0.91, "action recall": 0.95, "action F1": 0.93, "owner": 0.77, "due": 0.91,
      ],
      "HeldOut69": [
        "recommendation precision": 0.78, "recommendation recall": 0.96, "recommendation F1": 0.86,
        "action precision": 0.89, "action recall": 0.91, "action F1": 0.90, "owner": 0.93, "due": 0.86,
      ],
      "HeldOut70": [
        "recommendation precision": 0.89, "recommendation recall": 0.89, "recommendation F1": 0.89,
        "action precision": 0.85, "action recall": 0.63, "action F1": 0.72, "owner": 0.99, "due": 0.83,
      ],
      "HeldOut71": [
        "recommendation precision": 0.89, "recommendation recall": 0.94, "recommendation F1": 0.92,
        "action precision": 0.97, "action recall": 0.82, "action F1": 0.89, "owner": 0.99, "due": 0.93,
      ],
      "HeldOut72": [
        "recommendation precision": 0.81, "recommendation recall": 0.97, "recommendation F1": 0.88,
        "action precision": 0.97, "action recall": 0.83, "action F1": 0.89, "owner": 0.87, "due": 0.89,
      ],
      "HeldOut73": [
        "recommendation precision": 0.84, "recommendation recall": 0.66, "recommendation F1": 0.74,
        "action precision": 0.85, "action recall": 0.89, "action F1": 0.87, "owner": 0.85, "due": 0.82,
      ],
      "HeldOut74": [
        "recommendation precision": 0.89, "recommendation recall": 0.79, "recommendation F1": 0.84,
        "action precision": 0.74, "action recall": 0.81, "action F1": 0.77, "owner": 0.72, "due": 0.65,
      ],
      "HeldOut75": [
        "recommendation precision": 0.84, "recommendation recall": 0.97, "recommendation F1": 0.90,
        "action precision": 0.92, "action recall": 0.94, "action F1": 0.93, "owner": 0.91, "due": 0.81,
      ],
      "HeldOut76": [
        "recommendation precision": 0.92, "recommendation recall": 0.97, "recommendation F1": 0.94,
        "action precision": 0.86, "action recall": 0.88, "action F1": 0.87, "owner": 0.82, "due": 0.82,
      ],
      "HeldOut77": [
        "recommendation precision": 0.75, "recommendation recall": 0.71, "recommendation F1": 0.73,
        "action precision": 0.85, "action recall": 0.71, "action F1": 0.77, "owner": 0.94, "due": 0.91,
      ],
      "HeldOut78": [
        "recommendation precision": 0.72, "recommendation recall": 0.61, "recommendation F1": 0.66,
        "action precision": 0.73, "action recall": 0.63, "action F1": 0.68, "owner": 0.78, "due": 0.96,
      ],
      "HeldOut79": [
        "recommendation precision": 0.96, "recommendation recall": 0.90, "recommendation F1": 0.93,
        "action precision": 0.79, "action recall": 0.79, "action F1": 0.79, "owner": 0.68, "due": 0.88,
      ],
      // Due accuracy held at 0.76, below what it had reached: the chat's "who does what" list
      // under a sender's line is read now (action recall 0.77 to 0.81), and one of its new tasks
      // is dated only by a bot's reminder in a later message.
      "HeldOut80": [
        "recommendation precision": 0.96, "recommendation recall": 0.94, "recommendation F1": 0.95,
        "action precision": 0.97, "action recall": 0.80, "action F1": 0.88, "owner": 0.86, "due": 0.76,
      ],
      "HeldOut81": [
        "recommendation precision": 0.64, "recommendation recall": 0.66, "recommendation F1": 0.65,
        "action precision": 0.90, "action recall": 0.65, "action F1": 0.76, "owner": 0.37, "due": 0.62,
      ],
      "HeldOut82": [
        "recommendation precision": 0.79, "recommendation recall": 0.81, "recommendation F1": 0.80,
        "action precision": 0.88, "action recall": 0.68, "action F1": 0.77, "owner": 0.87, "due": 0.93,
      ],
      "HeldOut83": [
        "recommendation precision": 0.74, "recommendation recall": 0.97, "recommendation F1": 0.84,
        "action precision": 0.93, "action recall": 0.57, "action F1": 0.71, "owner": 0.99, "due": 0.89,
      ],
      "HeldOut84": [
        "recommendation precision": 0.85, "recommendation recall": 0.85, "recommendation F1": 0.85,
        "action precision": 0.88, "action recall": 0.77, "action F1": 0.82, "owner": 0.89, "due": 0.75,
      ],
      "HeldOut85": [
        "recommendation precision": 0.84, "recommendation recall": 0.86, "recommendation F1": 0.85,
        "action precision": 0.66, "action recall": 0.96, "action F1": 0.78, "owner": 0.79, "due": 0.93,
      ],
      "HeldOut86": [
        "recommendation precision": 0.82, "recommendation recall": 0.97, "recommendation F1": 0.89,
        "action precision": 0.92, "action recall": 0.76, "action F1": 0.83, "owner": 0.94, "due": 0.92,
      ],
      "HeldOut87": [
        "recommendation precision": 0.89, "recommendation recall": 0.89, "recommendation F1": 0.89,
        "action precision": 0.93, "action recall": 0.80, "action F1": 0.86, "owner": 0.97, "due": 0.89,
      ],
      "HeldOut88": [
        "recommendation precision": 0.94, "recommendation recall": 0.89, "recommendation F1": 0.92,
        "action precision": 0.96, "action recall": 0.56, "action F1": 0.71, "owner": 0.85, "due": 0.85,
      ],
      "HeldOut89": [
        "recommendation precision": 0.76, "recommendation recall": 0.99, "recommendation F1": 0.86,
        "action precision": 0.99, "action recall": 0.93, "action F1": 0.96, "owner": 0.65, "due": 0.65,
      ],
      "HeldOut90": [
        "recommendation precision": 0.97, "recommendation recall": 0.99, "recommendation F1": 0.98,
        "action precision": 0.94, "action recall": 0.89, "action F1": 0.91, "owner": 0.94, "due": 0.79,
      ],
      "HeldOut91": [
        "recommendation precision": 0.95, "recommendation recall": 0.54, "recommendation F1": 0.68,
        "action precision": 0.94, "action recall": 0.48, "action F1": 0.64, "owner": 0.88, "due": 0.99,
      ],
      "HeldOut92": [
        "recommendation precision": 0.90, "recommendation recall": 0.76, "recommendation F1": 0.82,
        "action precision": 0.95, "action recall": 0.77, "action F1": 0.85, "owner": 0.95, "due": 0.99,
      ],
      "HeldOut93": [
        "recommendation precision": 0.85, "recommendation recall": 0.97, "recommendation F1": 0.91,
        "action precision": 0.94, "action recall": 0.88, "action F1": 0.91, "owner": 0.93, "due": 0.96,
      ],
      "HeldOut94": [
        "recommendation precision": 0.87, "recommendation recall": 0.91, "recommendation F1": 0.89,
        "action precision": 0.95, "action recall": 0.72, "action F1": 0.82, "owner": 0.91, "due": 0.99,
      ],
      "HeldOut95": [
        "recommendation precision": 0.99, "recommendation recall": 0.99, "recommendation F1": 0.99,
        "action precision": 0.96, "action recall": 0.96, "action F1": 0.96, "owner": 0.93, "due": 0.96,
      ],
      "HeldOut96": [
        "recommendation precision": 0.88, "recommendation recall": 0.94, "recommendation F1": 0.91,
        "action precision": 0.97, "action recall": 0.97, "action F1": 0.97, "owner": 0.94, "due": 0.92,
      ],
      "HeldOut97": [
        "recommendation precision": 0.86, "recommendation recall": 0.86, "recommendation F1": 0.86,
        "action precision": 0.92, "action recall": 0.97, "action F1": 0.94, "owner": 0.97, "due": 0.91,
      ],
      "HeldOut98": [
        "recommendation precision": 0.90, "recommendation recall": 0.78, "recommendation F1": 0.84,
        "action precision": 0.96, "action recall": 0.73, "action F1": 0.83, "owner": 0.92, "due": 0.96,
      ],
      "HeldOut99": [
        "recommendation precision": 0.80, "recommendation recall": 0.97, "recommendation F1": 0.88,
        "action precision": 0.65, "action recall": 0.84, "action F1": 0.73, "owner": 0.67, "due": 0.99,
      ],
      "HeldOut100": [
        "recommendation precision": 0.91, "recommendation recall": 0.86, "recommendation F1": 0.89,
        "action precision": 0.96, "action recall": 0.86, "action F1": 0.91, "owner": 0.83, "due": 0.83,
      ],
      "HeldOut101": [
        "recommendation precision": 0.94, "recommendation recall": 0.49, "recommendation F1": 0.65,
        "action precision": 0.66, "action recall": 0.66, "action F1": 0.66, "owner": 0.59, "due": 0.95,
      ],
      "HeldOut102": [
        "recommendation precision": 0.84, "recommendation recall": 0.72, "recommendation F1": 0.78,
        "action precision": 0.78, "action recall": 0.76, "action F1": 0.77, "owner": 0.92, "due": 0.92,
      ],
      "HeldOut103": [
        "recommendation precision": 0.99, "recommendation recall": 0.94, "recommendation F1": 0.96,
        "action precision": 0.99, "action recall": 0.90, "action F1": 0.95, "owner": 0.96, "due": 0.96,
      ],
      "HeldOut104": [
        "recommendation precision": 0.91, "recommendation recall": 0.94, "recommendation F1": 0.92,
        "action precision": 0.90, "action recall": 0.88, "action F1": 0.89, "owner": 0.89, "due": 0.79,
      ],
      "HeldOut105": [
        "recommendation precision": 0.89, "recommendation recall": 0.80, "recommendation F1": 0.84,
        "action precision": 0.91, "action recall": 0.86, "action F1": 0.88, "owner": 0.87, "due": 0.96,
      ],
      "HeldOut106": [
        "recommendation precision": 0.89, "recommendation recall": 0.99, "recommendation F1": 0.94,
        "action precision": 0.90, "action recall": 0.79, "action F1": 0.84, "owner": 0.85, "due": 0.92,
      ],
      "HeldOut107": [
        "recommendation precision": 0.97, "recommendation recall": 0.97, "recommendation F1": 0.97,
        "action precision": 0.92, "action recall": 0.94, "action F1": 0.93, "owner": 0.91, "due": 0.91,
      ],
      "HeldOut108": [
        "recommendation precision": 0.90, "recommendation recall": 0.99, "recommendation F1": 0.94,
        "action precision": 0.93, "action recall": 0.84, "action F1": 0.88, "owner": 0.99, "due": 0.88,
      ],
    ]
    try Self.measure(corpus) { floors[corpus]?[$0] ?? 0.9 }
  }

  /// `HeldOut109/` (a Welsh and English community council's cofnodion, a Jupyter notebook exported
  /// to Markdown, a Roam Research daily page, a Swahili and English baraza record, a Mattermost
  /// channel with a Playbooks run) and `HeldOut110/` (a Romanian proces-verbal, a Czech zápis z
  /// jednání, a select committee's conclusions and recommendations, a Vietnamese and English biên
  /// bản họp, a voice-recorder app's write-up with numbered speakers), not mended for: neither
  /// must fall below its first reading, measured at `388d71d` before either was read:
  /// `HeldOut109/` 0.852 recommendation precision and 0.657 recall, 0.909 action precision and
  /// 0.556 recall, 0.500 owner and 0.700 due accuracy (0.957 actor accuracy); `HeldOut110/` 0.692
  /// and 0.439, 0.857 and 0.649, 0.750 owner and 0.875 due accuracy (0.722 actor accuracy).
  @Test(arguments: ["HeldOut109", "HeldOut110"])
  func theNewestSetsKeepTheirFirstReading(corpus: String) throws {
    let floors: [String: [String: Double]] = [
      "HeldOut109": [
        "recommendation precision": 0.85, "recommendation recall": 0.65, "recommendation F1": 0.74,
        "action precision": 0.90, "action recall": 0.55, "action F1": 0.68, "owner": 0.49, "due": 0.69,
      ],
      "HeldOut110": [
        "recommendation precision": 0.69, "recommendation recall": 0.43, "recommendation F1": 0.53,
        "action precision": 0.85, "action recall": 0.64, "action F1": 0.73, "owner": 0.74, "due": 0.87,
      ],
    ]
    try Self.measure(corpus) { floors[corpus]?[$0] ?? 0.9 }
  }

  /// Scores the extraction of `corpus` against its labels, prints the figures and every miss, and
  /// expects each figure ("action recall", "owner", …) to reach `floor` of its name.
  static func measure(_ corpus: String, floor: (String) -> Double) throws {
    let notes = try LabeledNote.loadAll(corpus)
    let extractor = Extractor()
    var scores: [ItemKind: Score] = [.recommendation: Score(), .action: Score()]
    var owners = (right: 0, total: 0)
    var dues = (right: 0, total: 0)
    var actors = (right: 0, total: 0)
    var trapHits = 0
    var report: [String] = []
    for note in notes {
      let extract = extractor.extract(note.session)
      var unmatched = extract.items
      for label in note.labels {
        guard let index = unmatched.firstIndex(where: { $0.kind == label.kind && $0.line == label.line }) else {
          scores[label.kind]?.falseNegatives += 1
          report.append("\(note.name):\(label.line): missed \(label.kind.rawValue)")
          continue
        }
        let item = unmatched.remove(at: index)
        scores[label.kind]?.truePositives += 1
        if label.kind == .action {
          if let expected = label.owner {
            owners.total += 1
            if sameOwner(item.owner, expected) {
              owners.right += 1
            } else {
              report.append("\(note.name):\(label.line): owner \(item.owner ?? "nil") ≠ \(expected ?? "nil")")
            }
          }
          if let expected = label.due {
            dues.total += 1
            if item.due == expected {
              dues.right += 1
            } else {
              report.append("\(note.name):\(label.line): due \(item.due ?? "nil") ≠ \(expected ?? "nil")")
            }
          }
        } else if let expected = label.actors {
          actors.total += 1
          if Set(item.actors) == Set(expected) {
            actors.right += 1
          } else {
            report.append("\(note.name):\(label.line): actors \(item.actors) ≠ \(expected)")
          }
        }
      }
      for item in unmatched {
        scores[item.kind]?.falsePositives += 1
        if note.trapLines.contains(item.line) { trapHits += 1 }
        report.append("\(note.name):\(item.line): extra \(item.kind.rawValue) [\(item.rule)] \(item.text.prefix(70))")
      }
    }
    let ownerAccuracy = Double(owners.right) / Double(max(1, owners.total))
    let dueAccuracy = Double(dues.right) / Double(max(1, dues.total))
    let actorAccuracy = Double(actors.right) / Double(max(1, actors.total))
    func percent(_ value: Double) -> String { String(format: "%.3f", value) }
    var summary = "Labeled corpus \(corpus): \(notes.count) notes, \(notes.reduce(0) { $0 + $1.labels.count }) items, \(notes.reduce(0) { $0 + $1.trapLines.count }) traps\n"
    for kind in ItemKind.allCases {
      let score = scores[kind] ?? Score()
      summary += "  \(kind.rawValue): precision \(percent(score.precision)), recall \(percent(score.recall)), F1 \(percent(score.f1)) (tp \(score.truePositives), fp \(score.falsePositives), fn \(score.falseNegatives))\n"
    }
    summary += "  owner accuracy \(percent(ownerAccuracy)) (\(owners.right)/\(owners.total)), due accuracy \(percent(dueAccuracy)) (\(dues.right)/\(dues.total)), actor accuracy \(percent(actorAccuracy)) (\(actors.right)/\(actors.total)), traps extracted \(trapHits)\n"
    print(summary + report.map { "  " + $0 }.joined(separator: "\n"))
    for kind in ItemKind.allCases {
      let score = scores[kind] ?? Score()
      #expect(score.precision >= floor("\(kind.rawValue) precision"), "\(kind.rawValue) precision \(score.precision)")
      #expect(score.recall >= floor("\(kind.rawValue) recall"), "\(kind.rawValue) recall \(score.recall)")
      #expect(score.f1 >= floor("\(kind.rawValue) F1"), "\(kind.rawValue) F1 \(score.f1)")
    }
    #expect(ownerAccuracy >= floor("owner"))
    #expect(dueAccuracy >= floor("due"))
  }
}
