import Foundation
import RapporteurCore
import RapporteurRender

/// `rapporteur lint` without the command line: reads the configuration and notes, runs the linter.
public enum LintRun {
  public struct Result: Sendable {
    public var findings: [Finding]
    public var summary: LintSummary
    /// Examples in the event's rules file that its rules do not tag as they say, as
    /// "FILE:LINE: warning: …" lines.
    public var ruleExampleWarnings: [String] = []
  }

  public static func run(input: String, paths: [String]) throws -> Result {
    let event = try InputsLoader.loadEvent(input: input, required: false)
    let rules = try InputsLoader.loadRules(input: input, event: event)
    let linter = try Linter(rules: rules, event: event ?? Event())
    let files = try InputsLoader.noteFiles(input: input, paths: paths)
    // A path given that leads nowhere stops lint; a broken link or a loop is a finding.
    for path in files where InputsLoader.kind(of: path) == .missing {
      throw RapporteurError(.unreadable, file: path, "no such file")
    }
    // A batch of files is read, linted and let go: only the findings and the few facts the corpus
    // rules need are kept, so memory does not grow with the notes' parse trees. Reading and linting
    // each run over a whole batch on all cores, their own code and tables warm.
    var results: [Linter.FileResult] = []
    results.reserveCapacity(files.count)
    var anonymisers: [String: Anonymiser] = [:]
    Parallel.forEachBatch(files, map: { path -> LintFile in
      guard let contents = FileManager.default.contents(atPath: path) else {
        // A regular file that yields nothing cannot be read: its permissions say why.
        let problem = InputsLoader.unreadableNote(path)
          ?? RapporteurError(.unreadable, file: path, "cannot be read; check its permissions")
        return linter.unreadable(path: path, problem)
      }
      return linter.file(path: path, data: [UInt8](contents))
    }) { _, batch in
      results += Parallel.map(batch) { linter.lint($0) }
      for file in batch {
        if let session = file.session, let anonymiser = Anonymiser(session: session) { anonymisers[file.path] = anonymiser }
      }
    }
    let findings = anonymised(linter.findings(results), by: anonymisers)
    let rulesFile = InputsLoader.rulesFile(input: input, event: event)
    let rulesText = FileManager.default.contents(atPath: rulesFile).map { String(decoding: $0, as: UTF8.self) }
    let warnings = rules.failingExamples(of: rulesFile, text: rulesText).map { "\($0.file):\($0.line): warning: \($0.message)" }
    return Result(
      findings: findings, summary: LintSummary(files: files.count, findings: findings), ruleExampleWarnings: warnings)
  }

  /// Lints sessions that are already loaded (as `build` does before rendering).
  public static func run(
    sessions: [Session], extracts: [SessionExtract]? = nil, event: Event, rules: TaggingRules
  ) throws -> [Finding] {
    let linter = try Linter(rules: rules, event: event)
    let files = sessions.enumerated().map { index, session in
      LintFile(
        path: session.file, text: session.text, load: .success(session), event: event, rules: rules,
        extract: extracts.map { $0[index] })
    }
    var anonymisers: [String: Anonymiser] = [:]
    for session in sessions {
      if let anonymiser = Anonymiser(session: session) { anonymisers[session.file] = anonymiser }
    }
    return anonymised(linter.lint(files), by: anonymisers)
  }

  /// Under the Chatham House Rule a message names no speaker either, though it quotes the notes
  /// ("link 'Hiddenperson' has '#' for its target").
  static func anonymised(_ findings: [Finding], by anonymisers: [String: Anonymiser]) -> [Finding] {
    guard !anonymisers.isEmpty else { return findings }
    return findings.map { finding in
      guard let anonymiser = anonymisers[finding.file] else { return finding }
      var finding = finding
      finding.message = anonymiser.apply(finding.message)
      return finding
    }
  }
}

/// The rule catalogue as `--list-rules` prints it and the README shows it.
public enum LintCatalogue {
  public static func table() -> String {
    let rows = LintRegistry.descriptions.map { ($0.id, $0.defaultSeverity.rawValue, $0.description) }
    let idWidth = rows.map(\.0.count).max() ?? 0
    return rows.map { id, severity, description in
      id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0)
        + severity.padding(toLength: 9, withPad: " ", startingAt: 0) + description + "\n"
    }.joined()
  }

  /// The rules as JSON: `{"rules": [{"id", "severity", "description"}]}`, one rule a line.
  public static func json() -> String {
    let rules = LintRegistry.descriptions.map { rule in
      "  {\"id\": \(JSON.string(rule.id)), \"severity\": \(JSON.string(rule.defaultSeverity.rawValue)), \"description\": \(JSON.string(rule.description))}"
    }
    return "{\"rules\": [\n" + rules.joined(separator: ",\n") + "\n]}\n"
  }
}
