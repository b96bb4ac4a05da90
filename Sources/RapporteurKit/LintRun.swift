import Foundation
import RapporteurCore

/// `rapporteur lint` without the command line: reads the configuration and notes, runs the linter.
public enum LintRun {
  public struct Result: Sendable {
    public var findings: [Finding]
    public var summary: LintSummary
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
    }
    let findings = linter.findings(results)
    return Result(findings: findings, summary: LintSummary(files: files.count, findings: findings))
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
    return linter.lint(files)
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
}
