import RapporteurCore
import ArgumentParser

/// Where the notes come from.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Folder with event.yml, rules.yml and sessions/*.md.", valueName: "dir"))
  var input: String = "Inputs"

  @Argument(
    help: ArgumentHelp(
      "Notes files to read instead of INPUT/sessions/*.md (INPUT/event.yml and INPUT/rules.yml still apply).",
      valueName: "paths"))
  var paths: [String] = []
}

/// Where outputs go and what they are rendered with.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Folder the outputs are written to (created when missing).", valueName: "dir"))
  var output: String = "Output"

  @Option(
    name: .customLong("templates"),
    help: ArgumentHelp(
      "Folder of Mustache templates and report.css; built-in copies are used for files it lacks (default: Templates, or the built-in templates when there is no such folder).",
      valueName: "dir"))
  var templatesGiven: String?

  /// The templates folder: the one given, or `Templates`.
  var templates: String { templatesGiven ?? "Templates" }

  mutating func validate() throws {
    // A folder named on the command line that does not exist is a typing slip, not a wish for the
    // built-in templates: without this the report would silently lose the house style.
    if let given = templatesGiven, InputsLoader.kind(of: given) == .missing {
      throw ValidationError("--templates \(given): no such folder")
    }
  }
}
