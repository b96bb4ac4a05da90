import Foundation
import ArgumentParser
import RapporteurCore
import RapporteurKit

extension Rapporteur {
  struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build the event report (OUTPUT/index.html) from every session's notes.",
      discussion: """
        Reads INPUT/event.yml and INPUT/sessions/*.md (without event.yml, the report is titled \
        'Event report', with a warning), renders the report through the Mustache \
        templates, and replaces the files in the output folder only once everything has rendered: \
        a failed build, or one stopped by Ctrl-C or kill, leaves the previous output as it was. \
        Files the previous build wrote that \
        this one does not (the summaries of a renamed session) are removed, unless edited since or \
        notes were left out; other files in the output folder are never touched. A draft \
        summaries/ID.md that the chair edited since it was written is kept as edited, with a \
        warning. Two builds into one folder take turns. A file to be \
        written that is one of the inputs (notes kept in OUTPUT/summaries, say) stops the build \
        before anything is written. Only \
        INPUT/sessions/*.md are read: a folder of notes inside it, or a .markdown file, is named in \
        a warning. Sessions under 'chatham-house: true' \
        (any value but false, no or off) name no speaker in any output (report, summaries, \
        extract.json and extract.csv).
        """)

    @OptionGroup var inputOptions: InputOptions
    @OptionGroup var outputOptions: OutputOptions

    @Flag(name: .long, help: "Leave out notes that cannot be used and list them in the report, instead of stopping.")
    var keepGoing = false

    /// Failures of one note, which `--keep-going` leaves out.
    static let noteKinds: Set<RapporteurError.Kind> = [
      .unreadable, .invalidUTF8, .frontMatterMissing, .frontMatterInvalid, .duplicateSession, .unsafeIdentifier,
    ]

    func run() throws {
      let options = BuildOptions(
        input: inputOptions.input, output: outputOptions.output, templates: outputOptions.templates,
        paths: inputOptions.paths, keepGoing: keepGoing, showsGivenPaths: true)
      let progress = BuildProgress()
      let line = ProgressLine(progress)
      defer { line?.finish() }
      let context: BuildContext
      do {
        context = try BuildPipeline.run(BuildPipeline.buildSteps, options: options, progress: progress)
      } catch let error as RapporteurError where !keepGoing && Self.noteKinds.contains(error.kind) {
        // A note that cannot be used stops the build: say what was kept, and how to go on.
        line?.finish()
        Console.error("error: \(error.description)")
        for more in error.more { Console.error("error: \(more.description)") }
        let kept = FileManager.default.fileExists(atPath: options.output + "/index.html")
          ? "the report in \(options.output) is as it was" : "\(options.output) holds no report yet"
        Console.error(
          "note: nothing was written; \(kept). Mend the note, or run with --keep-going "
            + "to build the rest and list what was left out.")
        throw ExitCode(2)
      }
      line?.finish()
      for message in context.messages { Console.error(message) }
      for error in context.leftOut { Console.error("warning: left out \(error.description)") }
      if inputOptions.paths.isEmpty {
        for warning in InputsLoader.notesLeftUnread(input: inputOptions.input) { Console.error(warning) }
      }
      let report = options.output.hasSuffix("/") ? options.output + "index.html" : options.output + "/index.html"
      print("Report: \(report) (\(context.sessions.count) session\(context.sessions.count == 1 ? "" : "s"))")
    }
  }
}
