import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurKit

extension Rapporteur {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check notes for missing sections, fields, owners and other defects.",
      discussion: """
        Reads INPUT/sessions/*.md (or the PATHS given) with INPUT/event.yml and INPUT/rules.yml when \
        present. Severities are set in the 'lint:' block of rules.yml (error, warning, info or off); \
        '<!-- rapporteur-disable RULE-ID -->' silences a rule for the rest of a file, \
        '<!-- rapporteur-disable-next-line RULE-ID -->' for the next line (inside front matter: \
        '# rapporteur-disable-next-line RULE-ID'). 'rapporteur lint --list-rules' lists the rules. \
        The examples in rules.yml are checked too: each one its rule does not tag as it says is a \
        warning on standard error, with the file and line.

        Exit status: 0 when no finding is an error, 1 when one is (or any warning, with --strict), \
        2 when lint cannot run (bad usage, unreadable event.yml or rules.yml).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json, github, sarif
    }

    @OptionGroup var inputOptions: InputOptions

    @Option(name: .long, help: "Output format: text, json (rapporteur.lint/1), github (workflow annotations) or sarif (2.1.0).")
    var format: Format = .text

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(name: .long, help: "Print the rules with their default severity and exit.")
    var listRules = false

    func run() throws {
      if listRules {
        print(format == .json ? LintCatalogue.json() : LintCatalogue.table(), terminator: "")
        return
      }
      let result = try LintRun.run(input: inputOptions.input, paths: inputOptions.paths)
      guard let reporter = LintReporters.reporter(format.rawValue) else { throw ExitCode(2) }
      let colored = format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      print(reporter.report(result.findings, summary: result.summary, options: .init(colored: colored)), terminator: "")
      if inputOptions.paths.isEmpty {
        for warning in InputsLoader.notesLeftUnread(input: inputOptions.input) { Console.error(warning) }
      }
      for warning in result.ruleExampleWarnings { Console.error(warning) }
      if format == .text { Console.error(TextReporter.closingLine(result.summary)) }
      if result.summary.errors > 0 || (strict && result.summary.warnings > 0) { throw ExitCode(1) }
    }
  }
}
