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
    name: .long,
    help: ArgumentHelp(
      "Folder of Mustache templates and report.css; built-in copies are used for files it lacks.",
      valueName: "dir"))
  var templates: String = "Templates"
}
