import ArgumentParser
import Foundation
import RapporteurCore

/// The `rapporteur` command.
public struct Rapporteur: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "rapporteur",
    abstract: "Turn a folder of Markdown session notes into chair's summaries and an event report.",
    discussion: """
      Notes live in INPUT/sessions/*.md (YAML front matter, then Markdown sections); the event is \
      described in INPUT/event.yml. Run from the folder that holds Inputs/ and every command works \
      on the sample event.

      Exit status: 0 on success, 1 when lint finds errors, 2 when the command cannot run (bad usage, \
      unreadable inputs or configuration).
      """,
    version: "0.1.0",
    subcommands: [Build.self, Summary.self, Lint.self, Extract.self]
  )

  public init() {}

  /// Runs the command line `arguments` (without the program name) and returns the exit status.
  /// Usage errors exit with 2, like every other failure to run.
  public static func run(_ arguments: [String]) -> Int32 {
    // "rapporteur nosuch --help" and "rapporteur help nosuch" name no command: bad usage, not help.
    let names = configuration.subcommands.map { $0._commandName } + ["help"]
    let asksHelp = arguments.contains("--help") || arguments.contains("-h") || arguments.first == "help"
    let named = arguments.first == "help" ? arguments.dropFirst().first : arguments.first
    if asksHelp, let named, !named.hasPrefix("-"), !names.contains(named) {
      Console.error("error: unknown command '\(named)'; the commands are \(names.dropLast().joined(separator: ", "))")
      Console.error(helpMessage())
      return 2
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      return 0
    } catch let error as RapporteurError {
      Console.error("error: \(error.description)")
      for more in error.more { Console.error("error: \(more.description)") }
      return 2
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        return 0
      }
      let message = fullMessage(for: error)
      if !message.isEmpty { Console.error(message) }
      return code == .validationFailure ? 2 : code.rawValue
    }
  }
}

/// Writing to standard error.
enum Console {
  /// A file name with an escape character in it must not act on the terminal.
  static func error(_ message: String) {
    FileHandle.standardError.write(Data((TextDecoding.replacingControls(message, keepingNUL: false) + "\n").utf8))
  }
}
