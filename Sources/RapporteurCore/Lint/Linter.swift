import CommonMark
import Foundation

/// Runs the registered rules over notes, applies the `lint:` severities of `rules.yml` and the
/// disable comments, and returns findings in file, line, column order.
public struct Linter: Sendable {
  public let rules: TaggingRules
  public let event: Event
  /// Rule id → severity in force; a rule switched `off` is absent.
  public let severities: [String: Severity]

  /// Fails when the `lint:` block names an unknown rule or severity.
  public init(rules: TaggingRules = .defaults, event: Event = Event()) throws {
    self.rules = rules
    self.event = event
    var severities: [String: Severity] = [:]
    for rule in LintRegistry.all { severities[rule.description.id] = rule.description.defaultSeverity }
    for (id, setting) in rules.lint.sorted(by: { $0.key < $1.key }) {
      guard severities.keys.contains(id) || LintRegistry.rule(id) != nil else {
        throw RapporteurError(
          .configurationInvalid, file: rules.lintFile, line: setting.line,
          "'lint: \(id)' is not a lint rule; see 'rapporteur lint --list-rules'")
      }
      switch setting.value {
      case "off", "false": severities[id] = nil
      case "on", "true": break
      default:
        guard let severity = Severity(rawValue: setting.value) else {
          throw RapporteurError(
            .configurationInvalid, file: rules.lintFile, line: setting.line,
            "'lint: \(id)' is '\(setting.value)'; use error, warning, info or off")
        }
        severities[id] = severity
      }
    }
    self.severities = severities
  }

  /// Makes the lint view of one file from its bytes.
  public func file(path: String, data: [UInt8]) -> LintFile {
    // No bytes from a folder, a device or a broken link: say what stands there.
    if data.isEmpty, let problem = InputsLoader.unreadableNote(path), InputsLoader.kind(of: path) != .missing {
      return LintFile(path: path, text: "", load: .failure(problem), event: event, rules: rules)
    }
    // The bytes are decoded once; only undecodable ones go back to the loader, for its error.
    switch TextDecoding.decodeNote(data) {
    case let .success(decoded):
      return LintFile(
        path: path, text: decoded.text,
        load: SessionLoader.load(file: path, decoded: decoded, data: data, catalog: rules.catalog), event: event,
        rules: rules)
    case .failure:
      let load = SessionLoader.load(file: path, data: data, catalog: rules.catalog)
      return LintFile(path: path, text: String(decoding: data, as: UTF8.self), load: load, event: event, rules: rules)
    }
  }

  /// The lint view of a file that could not be read at all.
  public func unreadable(path: String, _ problem: RapporteurError) -> LintFile {
    LintFile(path: path, text: "", load: .failure(problem), event: event, rules: rules)
  }

  public func file(path: String, text: String) -> LintFile {
    LintFile(
      path: path, text: text, load: SessionLoader.load(file: path, text: text, catalog: rules.catalog), event: event,
      rules: rules)
  }

  /// Every finding for `files`, sorted by file (in the given order), line, column and rule.
  public func lint(_ files: [LintFile]) -> [Finding] {
    findings(Parallel.map(files) { lint($0) })
  }

  /// What linting one file leaves for the end of a run: the findings of the per-file rules, and
  /// what the corpus rules need of the file, already placed and checked against its disable
  /// comments. The file itself (its text, parse tree and items) can go.
  public struct FileResult: Sendable {
    let path: String
    let findings: [Finding]
    /// For each corpus rule of the registry, in its order: the file's entry and how a finding
    /// there is reported (`nil` for no entry, or a rule switched off).
    let corpus: [CorpusSlot?]
  }

  /// A corpus rule's entry for one file, with the code-point column and the disable comments of
  /// its location worked out while the file was at hand.
  struct CorpusSlot: Sendable {
    var entry: CorpusEntry
    var column: Int
    var silenced: Bool
  }

  static let fileRules = LintRegistry.all.filter { !($0 is any CorpusLintRule) }
  static let corpusRules = LintRegistry.all.compactMap { $0 as? any CorpusLintRule }

  /// Runs the per-file rules over `file` and takes the corpus rules' entries from it.
  public func lint(_ file: LintFile) -> FileResult {
    // The disable comments and the lines' columns are read once per file, for all its rules.
    let directives = file.directives
    let columns = ColumnConverter(file)
    // A file that is not text (binary) holds nothing else to report: its bytes are no note.
    var unreadable = false
    if case let .failure(error) = file.load, error.kind == .unreadable || error.kind == .invalidUTF8 { unreadable = true }
    let rules = unreadable ? Self.fileRules.filter { $0 is FileUnreadableRule } : Self.fileRules
    let found = rules.flatMap { rule in
      findings(rule.check(file), rule: rule.description.id, in: file, directives: directives, columns: columns)
    }
    let corpus = Self.corpusRules.map { rule -> CorpusSlot? in
      let id = rule.description.id
      guard severities[id] != nil, let entry = rule.entry(for: file) else { return nil }
      return CorpusSlot(
        entry: entry, column: columns.column(line: entry.location.line, byteColumn: entry.location.column),
        silenced: directives.silences(id, line: entry.location.line))
    }
    return FileResult(path: file.path, findings: found, corpus: corpus)
  }

  /// Every finding of the files `results` come from (in that order), the corpus rules' included,
  /// sorted by file, line, column and rule.
  public func findings(_ results: [FileResult]) -> [Finding] {
    var all = results.flatMap(\.findings)
    for (offset, rule) in Self.corpusRules.enumerated() {
      let id = rule.description.id
      guard let severity = severities[id] else { continue }
      let slots = results.compactMap { $0.corpus[offset] }
      for (index, message) in rule.check(corpus: slots.map(\.entry)) where slots.indices.contains(index) {
        let slot = slots[index]
        guard !slot.silenced else { continue }
        all.append(
          Finding(
            file: slot.entry.path, line: slot.entry.location.line, column: slot.column, rule: id, severity: severity,
            message: message))
      }
    }
    let order = Dictionary(results.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    return all.sorted {
      (order[$0.file] ?? 0, $0.line, $0.column, $0.rule) < (order[$1.file] ?? 0, $1.line, $1.column, $1.rule)
    }
  }

  private func findings(
    _ raw: [RawFinding], rule: String, in file: LintFile, directives: DisableDirectives, columns: ColumnConverter
  ) -> [Finding] {
    guard let severity = severities[rule], !raw.isEmpty else { return [] }
    return raw.compactMap { item in
      guard !directives.silences(rule, line: item.location.line) else { return nil }
      return Finding(
        file: file.path, line: item.location.line,
        column: columns.column(line: item.location.line, byteColumn: item.location.column),
        rule: rule, severity: severity, message: item.message)
    }
  }

  /// Converts a 1-based UTF-8 byte column into a 1-based column in Unicode code points (SARIF's
  /// `unicodeCodePoints`), so that "é" or "🇺🇳" before a finding do not push it right.
  static func characterColumn(line: Substring, byteColumn: Int) -> Int {
    ColumnConverter.column(in: ColumnConverter.LineColumns(line), byteColumn: byteColumn)
  }
}

/// Byte columns to code-point columns for the lines of one file. Each line is read once, however
/// many findings stand on it (a line of 40,000 acronyms gives 40,000 findings).
final class ColumnConverter {
  private let file: LintFile
  private var cache: [Int: LineColumns] = [:]

  init(_ file: LintFile) {
    self.file = file
  }

  /// A line's code-point count before each byte offset; `nil` for ASCII, where the two agree.
  struct LineColumns {
    var byteCount: Int
    var scalarsBefore: [Int]?

    init(_ line: Substring) {
      let bytes = line.utf8
      byteCount = bytes.count
      guard bytes.contains(where: { $0 >= 0x80 }) else { return }
      var counts: [Int] = []
      counts.reserveCapacity(byteCount + 1)
      var scalars = 0
      for byte in bytes {
        counts.append(scalars)
        // Every byte but a continuation byte starts a code point (a cut one counts as one).
        if byte & 0xC0 != 0x80 { scalars += 1 }
      }
      counts.append(scalars)
      scalarsBefore = counts
    }
  }

  func column(line: Int, byteColumn: Int) -> Int {
    if let known = cache[line] { return Self.column(in: known, byteColumn: byteColumn) }
    let columns = LineColumns(file.line(line))
    cache[line] = columns
    return Self.column(in: columns, byteColumn: byteColumn)
  }

  static func column(in line: LineColumns, byteColumn: Int) -> Int {
    let limit = min(max(0, byteColumn - 1), line.byteCount)
    let before = line.scalarsBefore.map { $0[limit] } ?? limit
    return before + 1 + max(0, byteColumn - 1 - line.byteCount)
  }
}
