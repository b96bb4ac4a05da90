import CommonMark

/// Why an item was extracted or tagged: a rule and the words that matched it.
public struct Evidence: Sendable, Equatable, Hashable {
  /// `section:recommendations`, `cue:should`, `theme:gender`, `actor:donors`, `owner`, `due`…
  public var rule: String
  public var words: String

  public init(rule: String, words: String) {
    self.rule = rule
    self.words = words
  }
}

extension ExtractedItem {
  /// A recommendation addressed to someone the taxonomy does not know (`The coalition should …`).
  public var addressedOutsideTaxonomy: Bool {
    actors.isEmpty && evidence.contains { $0.rule == "addressee" }
  }
}

/// A recommendation or an action item found in the notes.
public struct ExtractedItem: Sendable, Equatable {
  public var kind: ItemKind
  public var text: String
  /// Where the item's text begins in the file.
  public var location: SourceLocation
  public var owner: String?
  public var due: String?
  public var done: Bool
  public var themes: [String]
  public var actors: [String]
  /// The rule that made this an item.
  public var rule: String
  public var evidence: [Evidence]
  /// How strongly the cue marks it (section and task-list items rank highest).
  public var strength: Int
  /// The section it stands in, if any.
  public var section: SectionID?

  public var line: Int { location.line }

  public init(
    kind: ItemKind, text: String, location: SourceLocation, owner: String?, due: String?, done: Bool,
    themes: [String], actors: [String], rule: String, evidence: [Evidence], strength: Int, section: SectionID?
  ) {
    self.kind = kind
    self.text = text
    self.location = location
    self.owner = owner
    self.due = due
    self.done = done
    self.themes = themes
    self.actors = actors
    self.rule = rule
    self.evidence = evidence
    self.strength = strength
    self.section = section
  }
}

/// The items of one session.
public struct SessionExtract: Sendable {
  public var sessionID: String
  public var file: String
  public var title: String
  public var recommendations: [ExtractedItem]
  public var actions: [ExtractedItem]

  public init(
    sessionID: String, file: String, title: String, recommendations: [ExtractedItem], actions: [ExtractedItem]
  ) {
    self.sessionID = sessionID
    self.file = file
    self.title = title
    self.recommendations = recommendations
    self.actions = actions
  }

  public var items: [ExtractedItem] { (recommendations + actions).sorted { $0.location < $1.location } }
}
