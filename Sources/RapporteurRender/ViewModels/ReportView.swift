import CommonMark
import RapporteurCore

/// What `report.mustache` sees. Plain values only; every text is escaped by the template's `{{…}}`,
/// and the only raw HTML (`{{{…}}}`) is cmark's safe rendering of the notes and the stylesheet.
public struct ReportView: Sendable {
  public var lang: String
  public var reportTitle: String
  public var name: String?
  public var title: String?
  public var dates: String?
  /// "Date" or "Dates", as many as `dates` gives.
  public var datesLabel: String
  public var venue: String?
  public var address: String?
  public var organisers: [String]
  public var hasOrganisers: Bool
  public var css: String
  public var sessions: [SessionView]
  public var sessionCount: Int
  /// "1 session", "6 sessions".
  public var sessionsText: String { sessionCount == 1 ? "1 session" : "\(sessionCount) sessions" }
  /// Notes left out of the report (`--keep-going`), with the reason.
  public var leftOut: [LeftOutView]
  public var hasLeftOut: Bool
  public var sections: ReportSections
}

public struct LeftOutView: Sendable {
  public var file: String
  public var reason: String
}

public struct SpeakerView: Sendable {
  public var name: String
  public var details: String?
}

public struct SessionView: Sendable {
  public var id: String
  public var anchor: String
  /// What the ids derived from the session's are built on (`session-BASE-title` …): its anchor,
  /// unless one of them would be another session's.
  public var idBase: String
  public var file: String
  public var title: String
  public var kind: String?
  public var date: String?
  public var time: String?
  public var venue: String?
  public var chairs: String?
  /// "Chair" or "Chairs", as many as `chairs` names.
  public var chairLabel: String
  public var hosts: String?
  public var rapporteur: String?
  public var speakers: [SpeakerView]
  public var hasSpeakers: Bool
  public var chathamHouse: Bool
  /// The notes' Markdown; rendered as `notesHTML` when a template asks, so no report holds
  /// every session's rendered notes at once.
  public var notesSource: String {
    parts.spill?.notes(of: id) ?? parts.notes
  }
  public var notesHTML: String { MarkdownHTMLRenderer.render(notesSource, headingsFrom: 4) }
  public var hasRecommendations: Bool
  public var hasActions: Bool
  /// What the item views and the chair's summary are made from when a template asks for them, so
  /// that a report of thousands of sessions never holds every session's views at once.
  let parts: SessionViewParts

  public var recommendations: [ItemView] {
    parts.recommendations.enumerated().map { index, item in
      ItemView(
        item: item, file: file, anchor: ItemView.anchor("rec", session: anchor, index: index), rules: parts.rules, reportDate: parts.reportDate,
        chairs: parts.chairCount)
    }
  }

  public var actions: [ItemView] {
    parts.actions.enumerated().map { index, item in
      ItemView(item: item, file: file, anchor: ItemView.anchor("act", session: anchor, index: index), rules: parts.rules, reportDate: parts.reportDate)
    }
  }

  /// The chair's summary, shown at the head of the session.
  public var summary: SummaryView? {
    (parts.draft ?? parts.spill?.draft(of: id)).map { draft in
      var view = SummaryView(draft: draft, language: parts.language, css: "")
      view.anchor = anchor  // the session's, unique on the page
      view.idBase = idBase
      return view
    }
  }
}

/// A session's items and chair's summary draft, shared with the build's own data, with what
/// their views need besides.
final class SessionViewParts: Sendable {
  let recommendations: [ExtractedItem]
  let actions: [ExtractedItem]
  let rules: TaggingRules
  let reportDate: String?
  let draft: SummaryDraft?
  let language: String
  /// How many chairs the session had: whom "They …" in the chair's own section stands for.
  let chairCount: Int
  /// The notes' Markdown and the summary draft when held here; else they were written aside.
  let notes: String
  let spill: SpillFile?

  init(
    recommendations: [ExtractedItem], actions: [ExtractedItem], rules: TaggingRules, reportDate: String?,
    draft: SummaryDraft?, language: String, notes: String, spill: SpillFile?, chairCount: Int = 0
  ) {
    self.chairCount = chairCount
    self.notes = notes
    self.spill = spill
    self.recommendations = recommendations
    self.actions = actions
    self.rules = rules
    self.reportDate = reportDate
    self.draft = draft
    self.language = language
  }
}

/// A recommendation or action as the report shows it, with its source and tags.
public struct ItemView: Sendable {
  public var anchor: String
  public var text: String
  /// `FILE:LINE`, for `data-source`.
  public var source: String
  public var owner: String?
  public var due: String?
  public var done: Bool
  public var status: String
  public var tags: [TagView]
  public var hasTags: Bool
  public var rule: String
}

public struct TagView: Sendable {
  public var id: String
  public var label: String
  public var kind: String
}

extension ItemView {
  /// `rec-SESSION-3`: an item's anchor, numbered within its session so that it does not move when
  /// other notes change.
  static func anchor(_ prefix: String, session: String, index: Int) -> String {
    "\(prefix)-\(session)-\(index + 1)"
  }

  /// `FILE:LINE`, for `data-source`.
  static func source(_ item: ExtractedItem, file: String) -> String {
    "\(file):\(item.line)"
  }

  public init(item: ExtractedItem, file: String, anchor: String, rules: TaggingRules, reportDate: String?, chairs: Int = 0) {
    self.anchor = anchor
    // Out of its paragraph, "She urged …" names no one: "A speaker urged …".
    text = SummaryComposer.shownText(item, chairs: chairs)
    source = Self.source(item, file: file)
    owner = item.owner
    due = item.due
    done = item.done
    status = Self.status(item, reportDate: reportDate)
    let actorTags = item.actors.map { TagView(id: $0, label: rules.actor($0)?.label ?? $0, kind: "actor") }
    let themeTags = item.themes.map { TagView(id: $0, label: rules.theme($0)?.label ?? $0, kind: "theme") }
    tags = actorTags + themeTags
    hasTags = !tags.isEmpty
    rule = item.rule
  }

  /// `done`, `overdue` (due before the report date and not done) or `open`.
  static func status(_ item: ExtractedItem, reportDate: String?) -> String {
    if item.done { return "done" }
    if let due = item.due, let reportDate, due < reportDate { return "overdue" }
    return "open"
  }
}

extension SessionView {
  public init(
    session: Session, extract: SessionExtract?, rules: TaggingRules, reportDate: String?, summary: SummaryDraft? = nil,
    language: String = "", spill: SpillFile? = nil, anchor: String? = nil, idBase: String? = nil
  ) {
    id = session.id
    self.anchor = anchor ?? SafeName.anchor(session.id)
    self.idBase = idBase ?? self.anchor
    file = session.outputFile
    title = session.title.isEmpty ? session.id : session.title
    kind = nonEmpty(Self.kindLabel(session.kind))
    date = nonEmpty(CalendarDate(iso: session.date)?.longDescription ?? session.date)
    time = nonEmpty(session.time?.description ?? session.timeText)
    venue = nonEmpty(session.venue)
    chairs = nonEmpty(session.chairs.joined(separator: ", "))
    chairLabel = session.chairs.count > 1 ? "Chairs" : "Chair"
    hosts = nonEmpty(session.hosts.joined(separator: ", "))
    rapporteur = session.chathamHouse ? nil : nonEmpty(session.rapporteur)
    speakers = session.speakers.map { SpeakerView(speaker: $0, anonymous: session.chathamHouse) }
    hasSpeakers = !speakers.isEmpty
    chathamHouse = session.chathamHouse
    parts = SessionViewParts(
      recommendations: extract?.recommendations ?? [], actions: extract?.actions ?? [], rules: rules,
      reportDate: reportDate, draft: summary, language: language, notes: session.document.source, spill: spill,
      chairCount: session.chairs.count)
    hasRecommendations = !parts.recommendations.isEmpty
    hasActions = !parts.actions.isEmpty
  }

  /// `side-event` → `Side event`.
  /// A kind written in words keeps its hyphens (`high-level dialogue`).
  static func kindLabel(_ kind: String) -> String {
    let words = kind.contains(" ") ? kind : kind.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
    guard let first = words.first else { return "" }
    return first.uppercased() + words.dropFirst()
  }
}

extension SpeakerView {
  /// Under the Chatham House Rule neither a speaker's identity nor their affiliation may be
  /// revealed: a speaker is shown by the kind of body they come from, where the notes give it.
  init(speaker: Speaker, anonymous: Bool) {
    let details = [speaker.role, speaker.affiliation].compactMap { $0 }.filter { !$0.isEmpty }
    if anonymous {
      let sector = speaker.sector.map { $0 == "donor" ? "a donor" : SummaryComposer.sectorLabel($0) }
      name = sector.map { Speaker.sectors.contains(speaker.sector ?? "") ? "A speaker from \($0)" : "A speaker" } ?? "A speaker"
      self.details = nil
    } else {
      name = speaker.name
      self.details = nonEmpty(details.joined(separator: ", "))
    }
  }
}

extension ReportView {
  public init(
    event: Event, sessions: [Session], extracts: [SessionExtract], rules: TaggingRules, leftOut: [RapporteurError],
    summaries: [String: SummaryDraft] = [:], css: String, spill: SpillFile? = nil
  ) {
    lang = event.language.isEmpty ? "en" : event.language
    reportTitle = event.reportTitle
    name = nonEmpty(event.name)
    title = nonEmpty(event.title)
    dates = nonEmpty(Self.datesText(event.dates))
    datesLabel = Set(event.dates).count > 1 ? "Dates" : "Date"
    venue = nonEmpty(event.venue)
    address = nonEmpty(event.address)
    organisers = event.organisers
    hasOrganisers = !event.organisers.isEmpty
    self.css = css
    let byID = Dictionary(extracts.map { ($0.sessionID, $0) }, uniquingKeysWith: { first, _ in first })
    let reportDate = event.effectiveReportDate
    let (anchors, idBases) = SafeName.uniqueAnchors(sessions.map(\.id))
    var views = Parallel.map(Array(sessions.indices)) { index in
      let session = sessions[index]
      return SessionView(
        session: session, extract: byID[session.id], rules: rules, reportDate: reportDate,
        summary: summaries[session.id], language: event.language, spill: spill, anchor: anchors[index],
        idBase: idBases[index])
    }
    // Sessions of the same title are told apart, in the contents, the tracker and the sources, by
    // their date and time.
    let titleCounts = Dictionary(views.map { ($0.title, 1) }, uniquingKeysWith: +)
    for index in views.indices where (titleCounts[views[index].title] ?? 0) > 1 {
      let when = [views[index].date, views[index].time].compactMap { $0 }.joined(separator: ", ")
      views[index].title += " (" + (when.isEmpty ? sessions[index].id : when) + ")"
    }
    self.sessions = views
    sections = ReportSections(
      event: event, sessions: sessions, views: views,
      extracts: sessions.map { byID[$0.id] ?? SessionExtract(sessionID: $0.id, file: $0.outputFile, title: $0.title, recommendations: [], actions: []) },
      rules: rules)
    sessionCount = sessions.count
    self.leftOut = leftOut.map { LeftOutView(file: $0.file ?? "", reason: ($0.line.map { "line \($0): " } ?? "") + Self.reason($0)) }
    hasLeftOut = !leftOut.isEmpty
  }

  /// Why a note was left out, as the published report says it: what kind of problem, never the
  /// note's own words (a YAML message quotes the line, which may name a speaker of a session under
  /// the Chatham House Rule). The build's messages and `rapporteur lint` give the details.
  static func reason(_ error: RapporteurError) -> String {
    let what: String
    switch error.kind {
    case .frontMatterInvalid: what = "its front matter is not valid YAML"
    case .frontMatterMissing: what = "it has no front matter"
    case .invalidUTF8, .unreadable: what = "it cannot be read as text"
    case .duplicateSession: what = "its session id is already used by another note"
    case .unsafeIdentifier: what = "its session id cannot name an output file"
    default: what = "it cannot be used"
    }
    return what + "; 'rapporteur lint' says why"
  }

  /// The event's dates in order, each once, joined with commas: `21 September 2017, 22 September
  /// 2017` (a date given twice is one day).
  public static func datesText(_ dates: [String]) -> String {
    Array(Set(dates)).sorted().map { CalendarDate(iso: $0)?.longDescription ?? $0 }.joined(separator: ", ")
  }
}

/// `nil` for an empty text, so that a template's `{{#field}}` shows nothing for it.
func nonEmpty(_ text: String) -> String? {
  text.isEmpty ? nil : text
}
