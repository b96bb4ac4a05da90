import CommonMark

/// What a lint rule is: its SPEC id, a one-line description, its default severity, and example
/// notes — ones that must trigger it where their `↓` markers stand, and ones that must not.
public struct LintRuleDescription: Sendable, Equatable, Hashable {
  public let id: String
  public let name: String
  public let description: String
  public let defaultSeverity: Severity
  public let triggering: [LintExample]
  public let nonTriggering: [LintExample]

  public init(
    id: String, name: String, description: String, defaultSeverity: Severity, triggering: [LintExample],
    nonTriggering: [LintExample]
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.defaultSeverity = defaultSeverity
    self.triggering = triggering
    self.nonTriggering = nonTriggering
  }

  public static func == (lhs: LintRuleDescription, rhs: LintRuleDescription) -> Bool { lhs.id == rhs.id }
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// An example note for a rule. `↓` marks where a finding must land (the marker stands just before
/// the character the finding's column points at). `others` are further notes of the same input
/// (for cross-file rules); `requiredSections` and `eventDates` configure `event.yml`.
public struct LintExample: Sendable, Equatable, Hashable {
  public static let marker: Character = "↓"
  public let text: String
  public let others: [String]
  public let requiredSections: [String: [SectionID]]
  public let eventDates: [String]
  public let sourceFile: String
  public let sourceLine: Int

  public init(
    _ text: String, others: [String] = [], requiredSections: [String: [SectionID]] = [:], eventDates: [String] = [],
    file: StaticString = #filePath, line: UInt = #line
  ) {
    self.text = text
    self.others = others
    self.requiredSections = requiredSections
    self.eventDates = eventDates
    sourceFile = "\(file)"
    sourceLine = Int(line)
  }

  /// A note with ordinary front matter before `body` (front matter lines 1-6, body from line 7).
  public static func note(
    _ body: String, kind: String = "workshop", others: [String] = [], requiredSections: [String: [SectionID]] = [:],
    file: StaticString = #filePath, line: UInt = #line
  ) -> LintExample {
    LintExample(
      standardFrontMatter(kind: kind) + body, others: others, requiredSections: requiredSections, file: file, line: line)
  }

  public static func standardFrontMatter(id: String? = nil, kind: String = "workshop") -> String {
    "---\n" + (id.map { "id: \($0)\n" } ?? "") + "title: Example session\nkind: \(kind)\ndate: \"2017-09-21\"\ntime: \"13:15-15:00\"\n---\n"
  }
}

/// A check on one note. Rules are values registered in `LintRegistry`; each carries its
/// description and examples, and the one generic test runs them all.
public protocol LintRule: Sendable {
  var description: LintRuleDescription { get }
  /// Findings for one file; locations are in the file's coordinates with UTF-8 byte columns.
  func check(_ file: LintFile) -> [RawFinding]
}

/// A rule that looks across all the notes of an input at once. It sees each note only while the
/// note is linted, through the small entry it takes from it, so that the notes need not all stay
/// in memory until the end of a run.
public protocol CorpusLintRule: LintRule {
  /// What the rule needs of one file and where a finding about the file would stand; `nil` when
  /// the file has nothing for the rule (it did not load).
  func entry(for file: LintFile) -> CorpusEntry?
  /// Findings over the entries of all files, in file order: the index of the entry each finding
  /// is about (it stands at that entry's location) and its message.
  func check(corpus entries: [CorpusEntry]) -> [(entry: Int, message: String)]
}

/// What a corpus rule keeps of one file: the file, the value it compares across files, and where
/// a finding about the file would stand (UTF-8 byte column).
public struct CorpusEntry: Sendable, Equatable {
  public var path: String
  public var key: String
  public var location: SourceLocation

  public init(path: String, key: String, location: SourceLocation) {
    self.path = path
    self.key = key
    self.location = location
  }
}

extension CorpusLintRule {
  public func check(_ file: LintFile) -> [RawFinding] { [] }
}

/// A finding before severities, directives and character columns are applied.
public struct RawFinding: Sendable, Equatable {
  public var location: SourceLocation
  public var message: String

  public init(_ location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  public init(line: Int, column: Int = 1, _ message: String) {
    self.location = SourceLocation(line: line, column: column)
    self.message = message
  }
}
