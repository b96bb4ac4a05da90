import RapporteurCore

/// The parts of the event report beyond the sessions: executive summary, cross-cutting
/// recommendations, participation, action tracker and annexes.
public struct ReportSections: Sendable {
  public struct Count: Sendable {
    public var label: String
    public var value: String
  }

  public struct Cell: Sendable {
    public var count: Int
    public var level: Int
    public var label: String
  }

  public struct MatrixRow: Sendable {
    public var title: String
    public var anchor: String
    public var cells: [Cell]
  }

  public struct SourceLink: Sendable {
    public var session: String
    /// Where it points, its `anchor` and `source` made when a template asks for them: a report
    /// links every recommendation, and holding each link's texts would double its memory.
    let place: ItemPlace
    public var anchor: String { place.anchor }
    public var source: String { place.source }
  }

  public struct Entry: Sendable {
    public var text: String
    public var sources: [SourceLink]
    public var merged: Bool
  }

  public struct AddresseeGroup: Sendable {
    public var heading: String
    public var entries: [Entry]
  }

  public struct ThemeGroup: Sendable {
    public var anchor: String
    public var theme: String
    public var count: Int
    public var addressees: [AddresseeGroup]
  }

  public struct ParticipationRow: Sendable {
    public var title: String
    public var anchor: String
    public var total: Int
    public var sectors: [Int]
    public var women: Int
    public var men: Int
    public var unknownGender: Int
  }

  public struct TrackerRow: Sendable {
    public var text: String
    public var owner: String
    public var due: String
    public var status: String
    public var session: String
    public var sessionAnchor: String
    /// The action's place, for `anchor` and `source` (see `SourceLink`).
    let place: ItemPlace
    public var anchor: String { place.anchor }
    public var source: String { place.source }
  }

  public struct ProgrammeRow: Sendable {
    public var date: String
    public var time: String
    public var title: String
    public var anchor: String
    public var kind: String
    public var venue: String
    public var chairs: String
  }

  public struct SpeakerEntry: Sendable {
    public var name: String
    public var details: String?
    public var sessions: [SourceLink]
  }

  public var counts: [Count]
  public var themeChart: String
  public var matrixHeaders: [String]
  public var matrixRows: [MatrixRow]
  public var crossCutting: [ThemeGroup]
  public var hasCrossCutting: Bool
  public var sectorHeaders: [String]
  public var participation: [ParticipationRow]
  public var participationTotal: ParticipationRow
  public var participationChart: String
  public var hasGender: Bool
  public var tracker: [TrackerRow]
  public var hasTracker: Bool
  public var programme: [ProgrammeRow]
  public var speakers: [SpeakerEntry]
  public var hasSpeakers: Bool
  /// Whether some session was held under the Chatham House Rule: its speakers are left out of
  /// the index, and the index says so.
  public var hasChathamSessions: Bool
  public var glossary: [Glossary.Entry]
  public var hasGlossary: Bool
}

/// Where an item (or, without a prefix, a session) stands in the report and in the notes: its
/// `anchor` (`rec-SESSION-3`) and `source` (`FILE:LINE`) are made from it on demand.
struct ItemPlace: Sendable {
  let prefix: String
  let sessionAnchor: String
  let index: Int
  let file: String
  let line: Int?

  var anchor: String { prefix.isEmpty ? sessionAnchor : ItemView.anchor(prefix, session: sessionAnchor, index: index) }
  var source: String { line.map { "\(file):\($0)" } ?? file }
}

extension ReportSections {
  public init(event: Event, sessions: [Session], views: [SessionView], extracts: [SessionExtract], rules: TaggingRules) {
    let reportDate = event.effectiveReportDate
    let recommendations = extracts.reduce(0) { $0 + $1.recommendations.count }
    let actions = extracts.flatMap(\.actions)
    // Open is every action not done; the overdue ones are among them, and counted apart too.
    let open = actions.filter { !$0.done }.count
    let overdue = actions.filter { ItemView.status($0, reportDate: reportDate) == "overdue" }.count
    // Speakers the front matter lists, and those only the notes' Speakers section names (whose
    // sector and gender are not given).
    let attending = sessions.map { $0.speakers + Anonymiser.speakersListed(in: $0) }
    // Over the event a person who speaks in three sessions is one speaker: the first listing of a
    // name gives the sector and gender counted.
    var seenNames: Set<String> = []
    let people = attending.flatMap { $0 }.filter { speaker in
      let key = SessionLoader.duplicateKey(speaker.name)
      return key.isEmpty || seenNames.insert(key).inserted
    }
    counts = [
      Count(label: "Sessions", value: "\(sessions.count)"),
      Count(label: "Speakers", value: "\(people.count)"),
      Count(label: "Recommendations", value: "\(recommendations)"),
      Count(label: "Action items", value: "\(actions.count)"),
      Count(label: "Open actions", value: "\(open)"),
      Count(label: "Overdue actions" + (reportDate.map { " at \($0)" } ?? ""), value: "\(overdue)"),
    ]

    // Recommendations by theme, and the theme × session matrix.
    let themes = rules.themes
    var byTheme: [String: Int] = [:]
    for extract in extracts { for item in extract.recommendations { for theme in item.themes { byTheme[theme, default: 0] += 1 } } }
    themeChart = Charts.bars(
      themes.map { Charts.Bar(label: $0.label, value: byTheme[$0.id] ?? 0) }, id: "chart-themes",
      title: "Recommendations by theme",
      description: themes.map { "\($0.label): \(byTheme[$0.id] ?? 0)" }.joined(separator: "; "))
    matrixHeaders = themes.map(\.label)
    var maximum = 1
    var rows: [[Int]] = []
    for extract in extracts {
      var counts: [String: Int] = [:]
      for item in extract.items { for theme in item.themes { counts[theme, default: 0] += 1 } }
      let row = themes.map { counts[$0.id] ?? 0 }
      maximum = max(maximum, row.max() ?? 0)
      rows.append(row)
    }
    matrixRows = zip(views, rows).map { view, row in
      MatrixRow(
        title: view.title, anchor: view.anchor,
        cells: row.enumerated().map { index, count in
          Cell(count: count, level: count == 0 ? 0 : 1 + (count * 3) / (maximum + 1), label: themes[index].label)
        })
    }

    // Cross-cutting recommendations: by theme, then addressee, near-duplicates merged.
    let merger = NearDuplicateMerger(threshold: rules.nearDuplicateThreshold)
    let groups = merger.groups(extracts.map(\.recommendations))
    var themed: [String: [String: [Entry]]] = [:]
    for group in groups {
      guard let first = group.first else { continue }
      let item = extracts[first.session].recommendations[first.item]
      let theme = item.themes.first ?? "other"
      let actor = item.actors.first ?? (item.addressedOutsideTaxonomy ? "\u{0}other" : "all")
      let sources = group.map { member -> SourceLink in
        let view = views[member.session]
        let recommendation = extracts[member.session].recommendations[member.item]
        return SourceLink(
          session: view.title,
          place: ItemPlace(prefix: "rec", sessionAnchor: view.anchor, index: member.item, file: view.file, line: recommendation.line))
      }
      // A group that holds an item of a session under the Chatham House Rule shows that item's
      // words, which name no speaker: another session's may, and would be credited to it too.
      let shown = group.first { sessions.indices.contains($0.session) && sessions[$0.session].chathamHouse } ?? first
      let text = SummaryComposer.shownText(
        extracts[shown.session].recommendations[shown.item], chairs: sessions.indices.contains(shown.session) ? sessions[shown.session].chairs.count : 0)
      themed[theme, default: [:]][actor, default: []].append(Entry(text: text, sources: sources, merged: group.count > 1))
    }
    let actorOrder = rules.actors.map(\.id) + ["\u{0}other", "all"]
    crossCutting = (themes.map { ($0.id, $0.label) } + [("other", "Other recommendations")]).compactMap { id, label in
      guard let byActor = themed[id] else { return nil }
      let addressees = actorOrder.compactMap { actor -> AddresseeGroup? in
        guard let entries = byActor[actor] else { return nil }
        let heading =
          switch actor {
          case "all": "General recommendations"
          case "\u{0}other": "For other actors"
          default: "For \(rules.actor(actor)?.label ?? actor)"
          }
        return AddresseeGroup(heading: heading, entries: entries)
      }
      return ThemeGroup(
        anchor: "theme-\(id)", theme: label, count: addressees.reduce(0) { $0 + $1.entries.count }, addressees: addressees)
    }
    hasCrossCutting = !crossCutting.isEmpty

    // Participation by sector and gender.
    let sectors = Speaker.sectors + ["other"]
    sectorHeaders = sectors.map { $0 == "other" ? "Other or not given" : SummaryComposer.sectorLabel($0).capitalizedFirst }
    func row(_ title: String, _ anchor: String, _ speakers: [Speaker]) -> ParticipationRow {
      let counts = sectors.map { sector in
        speakers.filter { sector == "other" ? !Speaker.sectors.contains($0.sector ?? "") : $0.sector == sector }.count
      }
      let women = speakers.filter(\.isWoman).count
      let men = speakers.filter(\.isMan).count
      return ParticipationRow(
        title: title, anchor: anchor, total: speakers.count, sectors: counts, women: women, men: men,
        unknownGender: speakers.count - women - men)
    }
    participation = zip(attending, views).map { row($1.title, $1.anchor, $0) }
    participationTotal = row("All sessions (each person once)", "", people)
    hasGender = sessions.contains { $0.speakers.contains { $0.gender != nil } }
    let total = participationTotal
    var chartRows: [(label: String, segments: [Charts.Segment])] = [
      ("By sector", zip(sectorHeaders, total.sectors).enumerated().map { Charts.Segment(label: $1.0, value: $1.1, style: $0) })
    ]
    if hasGender {
      chartRows.append(
        ("By gender", [
          Charts.Segment(label: "Women", value: total.women, style: 10),
          Charts.Segment(label: "Men", value: total.men, style: 11),
          Charts.Segment(label: "Other gender or not given", value: total.unknownGender, style: 12),
        ]))
    }
    participationChart = Charts.stacked(
      chartRows, id: "chart-participation", title: "Speakers by sector" + (hasGender ? " and gender" : ""),
      description: zip(sectorHeaders, total.sectors).map { "\($0): \($1)" }.joined(separator: "; ")
        + (hasGender ? "; women: \(total.women), men: \(total.men), other gender or not given: \(total.unknownGender)" : ""))

    // Action tracker, by due date (undated last), then programme order.
    // Sorted as places first, so that only the rows themselves are made, once.
    var places: [(session: Int32, action: Int32)] = []
    for (session, extract) in extracts.enumerated() {
      for action in extract.actions.indices { places.append((Int32(session), Int32(action))) }
    }
    func due(_ place: (session: Int32, action: Int32)) -> String {
      extracts[Int(place.session)].actions[Int(place.action)].due ?? "9999-99-99"
    }
    let order = places.indices.sorted { (due(places[$0]), $0) < (due(places[$1]), $1) }
    tracker = order.map { position in
      let (session, index) = (Int(places[position].session), Int(places[position].action))
      let (view, item) = (views[session], extracts[session].actions[index])
      return TrackerRow(
        text: item.text, owner: item.owner ?? "not named", due: item.due ?? "no date",
        status: ItemView.status(item, reportDate: reportDate), session: view.title, sessionAnchor: view.anchor,
        place: ItemPlace(prefix: "act", sessionAnchor: view.anchor, index: index, file: view.file, line: item.line))
    }
    hasTracker = !tracker.isEmpty

    programme = zip(sessions, views).map { session, view in
      ProgrammeRow(
        date: view.date ?? "", time: view.time ?? "", title: view.title, anchor: view.anchor, kind: view.kind ?? "",
        // A session with no venue of its own was held at the event's, as its block in the report says.
        venue: session.venue.isEmpty ? event.venue : session.venue, chairs: session.chairs.joined(separator: ", "))
    }

    // Speakers index: named speakers only (none from Chatham House sessions), by name.
    // One name in two sessions with another role or affiliation in each keeps both.
    // One person is one entry however the lists write the name ("John Smith", "john smith",
    // "María López", "Maria Lopez"): the first writing is shown.
    var index: [String: (details: [String], sessions: [SourceLink])] = [:]
    var shownName: [String: String] = [:]
    for (session, view) in zip(sessions, views) where !session.chathamHouse {
      for speaker in session.speakers where !speaker.name.isEmpty {
        let key = SessionLoader.duplicateKey(speaker.name)
        let name = shownName[key] ?? speaker.name
        shownName[key] = name
        let details = [speaker.role, speaker.affiliation].compactMap { $0 }.joined(separator: ", ")
        var entry = index[name] ?? ([], [])
        if !details.isEmpty, !entry.details.contains(details) { entry.details.append(details) }
        if !entry.sessions.contains(where: { $0.anchor == view.anchor }) {
          entry.sessions.append(
            SourceLink(session: view.title, place: ItemPlace(prefix: "", sessionAnchor: view.anchor, index: 0, file: session.outputFile, line: nil)))
        }
        index[name] = entry
      }
    }
    speakers = index.keys.map { ($0.sortKey, $0) }.sorted { $0 < $1 }.map(\.1).map { name in
      let details = index[name]?.details ?? []
      return SpeakerEntry(name: name, details: details.isEmpty ? nil : details.joined(separator: "; "), sessions: index[name]?.sessions ?? [])
    }
    hasSpeakers = !speakers.isEmpty
    hasChathamSessions = sessions.contains(where: \.chathamHouse)
    glossary = Glossary.entries(in: sessions)
    hasGlossary = !glossary.isEmpty
  }
}

extension Speaker {
  /// What the `gender` field says, in the words notes use for it; any other value (`non-binary`)
  /// is counted with those that give none, as "other gender or not given".
  var isWoman: Bool { ["female", "woman", "women", "f", "w"].contains(gender ?? "") }
  var isMan: Bool { ["male", "man", "men", "m"].contains(gender ?? "") }
}

extension String {
  /// Family name first, for sorting a list of people.
  /// The surname, as an index sorts it: without accents or case ("Álvarez" among the A's).
  var sortKey: String {
    (split(separator: " ").last.map(String.init) ?? self).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }
}
