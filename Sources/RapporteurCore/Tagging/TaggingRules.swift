/// Examples a rule entry carries: texts it must tag and texts it must not.
public struct RuleExamples: Sendable, Equatable {
  public var match: [String]
  public var noMatch: [String]

  public init(match: [String] = [], noMatch: [String] = []) {
    self.match = match
    self.noMatch = noMatch
  }
}

/// A theme or an actor of the taxonomy, and the phrases that mark it.
public struct TaxonomyEntry: Sendable, Equatable {
  public var id: String
  public var label: String
  public var phrases: [String]
  /// Longer words in which one of `phrases` does not mark the entry ("human resources" for
  /// `funding`'s "resource"). Themes only.
  public var except: [String] = []
  public var examples: RuleExamples
  /// Where the entry was defined, for messages and test failures.
  public var origin: String
}

/// How a cue finds its addressee or owner.
public enum CueForm: String, Sendable, CaseIterable {
  /// The addressee is the subject before the cue: "Donors should …".
  case modal
  /// The addressee follows the cue: "… urged donors to …".
  case reporting
  /// A label opening the sentence: "Recommendation: …", "Action: …".
  case label
  /// "OWNER to VERB …": the phrases are the verbs.
  case ownerTo = "owner-to"
}

public enum ItemKind: String, Sendable, CaseIterable, Codable {
  case recommendation
  case action
}

/// A cue that makes a sentence outside the Recommendations and Action items sections an item.
public struct Cue: Sendable, Equatable {
  public var id: String
  public var kind: ItemKind
  public var form: CueForm
  public var strength: Int
  public var phrases: [String]
  public var examples: RuleExamples
  public var origin: String
}

/// The whole rule set: built-in defaults, extended by the event's `rules.yml`.
public struct TaggingRules: Sendable {
  public var themes: [TaxonomyEntry]
  public var actors: [TaxonomyEntry]
  public var addressees: [String]
  public var cues: [Cue]
  public var sectionSynonyms: [SectionID: [String]]
  /// Lint severities by rule id (`error`, `warning`, `info`, `off`), with the line they were set on.
  public var lint: [String: (value: String, line: Int)]
  public var lintFile: String?
  public var nearDuplicateThreshold: Double
  public var knownAcronyms: [String]
  /// The compiled phrases of all the rules above.
  public private(set) var matcher = PhraseMatcher()

  /// Heading names for sections: the SPEC's table plus `sections:` (compiled with the phrases).
  public private(set) var catalog = SectionCatalog.standard

  public func theme(_ id: String) -> TaxonomyEntry? { themes.first { $0.id == id } }
  public func actor(_ id: String) -> TaxonomyEntry? { actors.first { $0.id == id } }
  public func cue(_ id: String) -> Cue? { cues.first { $0.id == id } }

  init(
    themes: [TaxonomyEntry], actors: [TaxonomyEntry], addressees: [String], cues: [Cue],
    sectionSynonyms: [SectionID: [String]], lint: [String: (value: String, line: Int)], lintFile: String?,
    nearDuplicateThreshold: Double, knownAcronyms: [String]
  ) {
    self.themes = themes
    self.actors = actors
    self.addressees = addressees
    self.cues = cues
    self.sectionSynonyms = sectionSynonyms
    self.lint = lint
    self.lintFile = lintFile
    self.nearDuplicateThreshold = nearDuplicateThreshold
    self.knownAcronyms = knownAcronyms
    compile()
  }

  /// These rules with more actor phrases: acronyms a note defines for actors of the taxonomy
  /// ("TF = national PVE task force" → `TF` for `nap-task-force`).
  public func addingActorPhrases(_ phrases: [(phrase: String, actor: String)]) -> TaggingRules {
    var rules = self
    for (phrase, actor) in phrases { rules.matcher.add(phrase, .init(category: .actor, id: actor, phrase: phrase)) }
    return rules
  }

  mutating func compile() {
    var matcher = PhraseMatcher()
    for theme in themes {
      for phrase in theme.phrases { matcher.add(phrase, .init(category: .theme, id: theme.id, phrase: phrase)) }
      for phrase in theme.except {
        matcher.add(phrase, .init(category: .themeException, id: theme.id, phrase: phrase))
      }
    }
    for actor in actors {
      for phrase in actor.phrases { matcher.add(phrase, .init(category: .actor, id: actor.id, phrase: phrase)) }
    }
    for word in addressees { matcher.add(word, .init(category: .addressee, id: "", phrase: word)) }
    for cue in cues {
      let category: PhraseMatcher.Category = cue.form == .ownerTo ? .verb : .cue
      for phrase in cue.phrases { matcher.add(phrase, .init(category: category, id: cue.id, phrase: phrase)) }
    }
    self.matcher = matcher
    catalog = SectionCatalog(extraSynonyms: sectionSynonyms)
  }
}
