import CommonMark

/// A speaker as listed in the front matter: a plain string is a name.
public struct Speaker: Sendable, Equatable, Hashable {
  public var name: String
  public var affiliation: String?
  public var role: String?
  public var sector: String?
  public var gender: String?
  public var line: Int

  public init(
    name: String, affiliation: String? = nil, role: String? = nil, sector: String? = nil, gender: String? = nil,
    line: Int = 0
  ) {
    self.name = name
    self.affiliation = affiliation
    self.role = role
    self.sector = sector
    self.gender = gender
    self.line = line
  }

  /// The sectors the SPEC knows.
  public static let sectors = [
    "government", "civil-society", "un-system", "donor", "academia", "private-sector", "media",
  ]
}

/// A clock time range such as `13:15-15:00`, in minutes since midnight.
public struct TimeRange: Sendable, Equatable, Hashable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public var startText: String { Self.format(start) }
  public var endText: String { Self.format(end) }
  /// `13:15–15:00`, with an en dash.
  public var description: String { "\(startText)\u{2013}\(endText)" }

  /// Minutes in a day. A range that runs past midnight ends after it: 22:30–00:45 is 1350–1485.
  public static let day = 24 * 60
  /// A range that ends before it starts runs past midnight when it starts from 18:00 on and ends
  /// by 06:00.
  public static let eveningStart = 18 * 60
  public static let morningEnd = 6 * 60

  /// This time on the clock of a session that runs past midnight: an agenda item that starts
  /// before the session is the next day's ("00:30" in 22:30–00:45). Other times stay as they are.
  public func onClock(of session: TimeRange?) -> TimeRange {
    guard let session, session.end > Self.day, start < session.start, end <= Self.morningEnd else { return self }
    return TimeRange(start: start + Self.day, end: end + Self.day)
  }

  public static func format(_ minutes: Int) -> String {
    let minutes = minutes % day
    let hours = minutes / 60
    let rest = minutes % 60
    return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
  }

  public func overlaps(_ other: TimeRange) -> Bool {
    start < other.end && other.start < end
  }

  public func contains(_ other: TimeRange) -> Bool {
    start <= other.start && other.end <= end
  }
}

/// One item of the agenda: a time range and what happens in it.
public struct AgendaItem: Sendable, Equatable {
  public var time: TimeRange
  public var title: String
  public var location: SourceLocation
  /// Which part of the agenda it stands in, counted from 0: a multi-day agenda gives each day
  /// under a sub-heading or a short label ("### Day 2 (22 September)", "**Day 2**").
  public var part: Int

  public init(time: TimeRange, title: String, location: SourceLocation, part: Int = 0) {
    self.time = time
    self.title = title
    self.location = location
    self.part = part
  }
}

/// A level-2 section of the notes and the blocks under it, up to the next level-1 or level-2 heading.
public struct Section: Sendable, Equatable {
  /// The section id the heading names, or `nil` for a heading the catalogue does not know.
  public var id: SectionID?
  public var heading: String
  public var headingRange: SourceRange?
  public var blocks: [MarkdownNode]

  public init(id: SectionID?, heading: String, headingRange: SourceRange?, blocks: [MarkdownNode]) {
    self.id = id
    self.heading = heading
    self.headingRange = headingRange
    self.blocks = blocks
  }

  public var line: Int { headingRange?.start.line ?? 1 }

  /// Whether nothing but blank space and bare structure stands under the heading.
  public var isEmpty: Bool {
    blocks.allSatisfy(Self.holdsNothing)
  }

  /// Whether a block holds no words of the notes: an HTML comment, "&nbsp;" alone (as a wiki
  /// exports an empty paragraph), a rule (`---`), a sub-heading that names no item ("### For
  /// donors" with nothing under it), a list of empty items or empty boxes (`- [ ]`).
  static func holdsNothing(_ block: MarkdownNode) -> Bool {
    switch block.kind {
    case .htmlBlock, .thematicBreak:
      return true
    case .heading:
      return Extractor.itemHeading(block.plainText) == nil
    case .paragraph:
      // At most an empty box's three marks; most paragraphs are settled at their fourth letter.
      var visible = ""
      for character in block.plainText where !character.isWhitespace {
        visible.append(character)
        if visible.count > 3 { return false }
      }
      return visible.isEmpty || ["[]", "[x]", "[X]"].contains(visible)
    case .list:
      return block.children.allSatisfy { item in item.children.allSatisfy(holdsNothing) }
    default:
      return false
    }
  }
}

/// One session's notes: front matter fields, the parsed Markdown and its sections.
public struct Session: Sendable {
  /// The path as given on the command line or found under the input folder, as the file is read
  /// and as lint names it.
  public var file: String
  /// How outputs name the file, when not as `file`: "sessions/a.md" for a file in the input
  /// folder's `sessions`, however `--input` was written.
  public var shownFile: String?
  /// The file as outputs name it.
  public var outputFile: String { shownFile ?? file }
  public var id: String
  public var title: String
  public var kind: String
  public var date: String
  public var timeText: String
  /// The parsed `time`, when it is a valid range.
  public var time: TimeRange?
  public var venue: String
  public var chairs: [String]
  public var hosts: [String]
  public var speakers: [Speaker]
  public var rapporteur: String
  public var tags: [String]
  public var chathamHouse: Bool
  /// The whole front matter, for checks of fields and lines; only its line once the session is
  /// `compacted()`.
  public var frontMatter: YAMLValue
  public var document: MarkdownDocument
  public var sections: [Section]
  public var agenda: [AgendaItem]
  /// The file's full text (front matter included), for line-based checks; empty once the
  /// session is `compacted()`.
  public var text: String
  /// The line of the opening `---`.
  public var frontMatterLine = 1
  /// The heading level of the note's sections: 2, or the level at which a note with no section
  /// heading of level 2 names its sections (`# Purpose` … or `### Purpose` …).
  public var sectionLevel = 2
  /// The acronyms the notes spell out, in the order they stand, found while the parse tree was at
  /// hand; `nil` when not worked out (the report's glossary then reads them from the tree).
  public var acronymDefinitions: [AcronymDefinition]?
  /// Where the file's bytes stopped being UTF-8 (line, and column in characters), when the note
  /// was read leniently, its other bytes as Windows-1252; `nil` for a UTF-8 or UTF-16 file.
  public var notUTF8From: SourceLocation?
  /// The people the notes' Speakers section lists whom the front matter does not, found while
  /// the parse tree was at hand; `nil` when not worked out (they are then read from the tree).
  public var speakersInNotes: [Speaker]?
  /// The sections as extraction and the chair's summary read them, bold paragraphs that name a
  /// section ("**Purpose**") counted as its heading where no heading names it; `nil` when they
  /// are `sections`.
  public var sectionsAsRead: [Section]?

  /// The first section with this id, as extraction and the summary read the note.
  public func sectionAsRead(_ id: SectionID) -> Section? {
    (sectionsAsRead ?? sections).first { $0.id == id }
  }

  public init(
    file: String, id: String, title: String, kind: String, date: String, timeText: String, time: TimeRange?,
    venue: String, chairs: [String], hosts: [String], speakers: [Speaker], rapporteur: String, tags: [String],
    chathamHouse: Bool, frontMatter: YAMLValue, document: MarkdownDocument, sections: [Section],
    agenda: [AgendaItem], text: String
  ) {
    self.file = file
    self.id = id
    self.title = title
    self.kind = kind
    self.date = date
    self.timeText = timeText
    self.time = time
    self.venue = venue
    self.chairs = chairs
    self.hosts = hosts
    self.speakers = speakers
    self.rapporteur = rapporteur
    self.tags = tags
    self.chathamHouse = chathamHouse
    self.frontMatter = frontMatter
    self.document = document
    self.sections = sections
    self.agenda = agenda
    self.text = text
  }

  /// The first section with this id.
  public func section(_ id: SectionID) -> Section? {
    sections.first { $0.id == id }
  }

  /// The sort key of the programme: date, start time, id.
  /// A session with no valid date comes after every dated one.
  public var programmeOrder: (String, Int, String) {
    (CalendarDate(iso: date) == nil ? "~" + date : date, time?.start ?? 24 * 60, id)
  }

  /// The session as the report needs it once its notes have been checked, summarised and mined
  /// for items: the fields read from the front matter, the notes' Markdown and the section
  /// headings, without the parse tree, the file's full text and the raw front matter, which are
  /// most of a loaded session's memory. A build keeps every session this way, so that the parse
  /// trees of all the notes are never held at once.
  public func compacted() -> Session {
    var compact = self
    compact.frontMatter = .null(line: frontMatter.line)
    compact.document = MarkdownDocument(
      source: document.source, lineOffset: document.lineOffset, root: MarkdownNode(kind: .document))
    compact.sections = sections.map { Section(id: $0.id, heading: $0.heading, headingRange: $0.headingRange, blocks: []) }
    compact.sectionsAsRead = sectionsAsRead?.map { Section(id: $0.id, heading: $0.heading, headingRange: $0.headingRange, blocks: []) }
    compact.text = ""
    return compact
  }
}

extension Session {
  /// Lets go of the notes' Markdown, once it is kept elsewhere (see `compacted()`).
  public mutating func dropNotesSource() {
    document = MarkdownDocument(source: "", lineOffset: document.lineOffset, root: document.root)
  }
}

/// An acronym spelled out in the notes: `long form (ACR)` or `ACR (long form)`.
public struct AcronymDefinition: Sendable, Equatable {
  public var acronym: String
  public var longForm: String

  public init(acronym: String, longForm: String) {
    self.acronym = acronym
    self.longForm = longForm
  }
}
