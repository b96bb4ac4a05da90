import ArgumentParser
import Foundation
import RapporteurCore
import RapporteurKit

extension Rapporteur {
  struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draft the chair's summary of one session (OUTPUT/summaries/ID.html and ID.md).",
      discussion: """
        SESSION is a session id from the input folder or the path of a notes file. The files are \
        named as 'build' names them among every session of INPUT/sessions: an id that is a file \
        name as it stands keeps it, and ids one file name cannot tell apart ('Youth Forum' beside \
        'youth-forum') get ID-2.html, ID-3.html… in programme order. A session named by its \
        id needs only its own notes: another note that cannot be used is named in a warning and \
        left out. The draft gives \
        the session's metadata, its purpose, the key messages (the most prominent themes with the \
        sentences that carry them), recommendations grouped by whom they address, next steps, and \
        the notes' own chair's-summary section. It stays within --max-words, cutting the \
        lowest-ranked material first and saying what was left out; a warning says when the parts \
        never cut (title, date line, opening sentence, closing note) alone exceed it. Under \
        'chatham-house: true' (any value but false, no or off) no speaker is named. The Markdown \
        draft is meant to be edited: pasted back into the notes as the '## Chair's summary' \
        section, it is used as the summary verbatim and its items are not counted again.
        """)

    @Argument(help: ArgumentHelp("A session id, or the path of a notes file.", valueName: "session"))
    var session: String

    @Option(name: .long, help: ArgumentHelp("Folder with event.yml, rules.yml and sessions/*.md.", valueName: "dir"))
    var input: String = "Inputs"

    @OptionGroup var outputOptions: OutputOptions

    // Unconditional: "-5" is a value to refuse with a reason, not an unknown option.
    @Option(name: .long, parsing: .unconditional, help: "The most words the Markdown draft may have.")
    var maxWords: Int = 600

    @Flag(name: .long, help: "Print the Markdown draft instead of writing files.")
    var stdout = false

    func validate() throws {
      guard maxWords > 0 else { throw ValidationError("--max-words must be a positive number of words") }
    }

    func run() throws {
      let isFile = FileManager.default.fileExists(atPath: session) && session.lowercased().hasSuffix(".md")
      // A session named by its id needs only its own notes: another note that cannot be used is
      // named in a warning, as a build with --keep-going leaves it out.
      let options = BuildOptions(
        input: input, output: outputOptions.output, templates: outputOptions.templates,
        paths: isFile ? [session] : [], keepGoing: !isFile, maxWords: maxWords, writesFiles: !stdout)
      var steps: [BuildStep] = [.loadInputs(requireEvent: false)]
      steps.append(isFile ? .nameSummariesAsInTheEvent : .selectSession(session))
      steps += [.extract, .anonymise, .loadTemplates, .renderSummaries]
      if !stdout { steps.append(.commitOutput) }
      let context = try BuildPipeline.run(steps, options: options)
      for message in context.messages { Console.error(message) }
      for error in context.leftOut { Console.error("warning: left out \(error.description)") }
      if stdout {
        print(context.summaries.values.first ?? "", terminator: "")
      } else {
        for path in context.stage?.addedPaths ?? [] { print(InputsLoader.join(options.output, path)) }
      }
    }
  }
}
