import Foundation
import RapporteurCore
import RapporteurRender

/// One named step of a build: `build`, `summary` and `extract` are arrays of these.
public struct BuildStep: Sendable {
  public typealias Body = @Sendable (inout BuildContext) throws -> Void
  public let name: String
  let body: Body

  public init(_ name: String, body: @escaping Body) {
    self.name = name
    self.body = body
  }

  /// Runs this step alone (the benchmark times steps one by one).
  public func run(_ context: inout BuildContext) throws {
    try body(&context)
  }
}

/// Runs steps in order over one context. An error that is not already a `RapporteurError`
/// is wrapped with the step's name.
public enum BuildPipeline {
  public static func run(_ steps: [BuildStep], options: BuildOptions, progress: BuildProgress? = nil) throws
    -> BuildContext
  {
    var context = BuildContext(options: options)
    if let progress { context.progress = progress }
    for step in steps {
      context.progress.begin(step.name, total: 0)
      do {
        try step.body(&context)
      } catch let error as RapporteurError {
        context.stage?.abort()
        throw error
      } catch {
        context.stage?.abort()
        throw RapporteurError(.outputUnwritable, "\(step.name) failed: \(error)")
      }
    }
    return context
  }

  /// The steps of `rapporteur build`: the notes are read, checked and summarised a batch at a
  /// time (so that their parse trees are never all held at once), then the report and the
  /// extract are written from what was kept of each session.
  public static var buildSteps: [BuildStep] {
    [.processNotes, .renderReport, .writeExtract, .commitBuild]
  }
}

extension BuildStep {
  /// Reads `event.yml` and the notes. Unusable notes stop the build, or are left out with
  /// `keepGoing`; two notes with one id stop it too.
  public static func loadInputs(requireEvent: Bool) -> BuildStep {
    BuildStep("Load inputs") { context in
      let options = context.options
      let files = try readSettings(&context, requireEvent: requireEvent)
      let progress = context.progress
      progress.begin("Load notes", total: files.count)
      let catalog = context.rules.catalog
      let shown = InputsLoader.ShownPaths(input: options.input, paths: options.showsGivenPaths ? options.paths : [])
      let results = Parallel.map(files) { file -> Result<Session, RapporteurError> in
        defer { progress.advance() }
        return InputsLoader.loadSession(file: file, shown: shown(file), catalog: catalog)
      }
      var sessions: [Session] = []
      for result in results {
        switch result {
        case let .success(session): sessions.append(session)
        case let .failure(error):
          context.leftOut.append(error)
        }
      }
      // Without --keep-going every unusable note is named, then the step stops.
      if !options.keepGoing, let first = RapporteurError.first(of: context.leftOut) { throw first }
      // One id, one session: later files with a taken id are refused.
      var firstFile: [String: String] = [:]
      var unique: [Session] = []
      var duplicates: [RapporteurError] = []
      for session in sessions {
        if let first = firstFile[session.id] {
          let error = duplicateSession(session, firstFile: first)
          duplicates.append(error)
          context.takenIDs[session.id, default: []].append(error)
          continue
        }
        firstFile[session.id] = session.file
        unique.append(session)
      }
      // Every taken id is named at once, so that one run shows all there is to mend.
      if !options.keepGoing, let first = RapporteurError.first(of: duplicates) { throw first }
      context.leftOut += duplicates
      context.sessions = unique.sorted { $0.programmeOrder < $1.programmeOrder }
      context.byteCount = unique.reduce(0) { $0 + $1.text.utf8.count }
    }
  }

  /// Why a session whose id an earlier file took is refused.
  static func duplicateSession(_ session: Session, firstFile: String) -> RapporteurError {
    RapporteurError(
      .duplicateSession, file: session.file, line: session.frontMatter["id"]?.line ?? 1,
      "session id '\(session.id)' is already used by \(firstFile); give each session its own id")
  }

  /// Lint's errors and warnings as a build prints them, and the line that sums them up (none
  /// when there are none).
  static func lintMessages(_ shown: [Finding], files: Int) -> [String] {
    guard !shown.isEmpty else { return [] }
    let summary = LintSummary(files: files, findings: shown)
    func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
    return shown.map { "\($0.file):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message) [\($0.rule)]" }
      + [
        "lint: \(count(summary.errors, "error")), \(count(summary.warnings, "warning")) in the notes; the report was built anyway ('rapporteur lint' for details)"
      ]
  }

  /// A session and its items as the outputs show them: under the Chatham House Rule, the items
  /// found in the notes as written (an owner is read as the name it is) with every name replaced.
  static func anonymised(_ session: Session, _ extract: SessionExtract, catalog: SectionCatalog) -> (Session, SessionExtract) {
    guard let anonymiser = Anonymiser(session: session) else { return (session, extract) }
    let anonymous = anonymiser.anonymised(session, catalog: catalog)
    var items = anonymiser.anonymised(extract)
    items.sessionID = anonymous.id
    items.file = anonymous.outputFile
    return (anonymous, items)
  }

  /// The warning for a chair's summary that the word budget could not bring down to `budget`.
  static func budgetWarning(file: String, words: Int, budget: Int) -> String {
    "\(file): warning: the chair's summary has \(words) words, more than --max-words \(budget): its title, date line, opening sentence and closing note are never cut"
  }

  /// Reads `event.yml` and the tagging rules into `context`; returns the notes files to read.
  /// With `warnsWithoutEvent`, a missing `event.yml` is named in a warning.
  static func readSettings(_ context: inout BuildContext, requireEvent: Bool, warnsWithoutEvent: Bool = false) throws -> [String] {
    let options = context.options
    // A folder of notes to build must be there; its event.yml need not.
    let event = try InputsLoader.loadEvent(
      input: options.input, required: requireEvent, folderRequired: warnsWithoutEvent && options.paths.isEmpty)
    // Without event.yml the report still has a title.
    context.event = event ?? Event(name: "Event report", reportTitle: "Event report")
    if event == nil, warnsWithoutEvent {
      context.messages.append(
        "warning: \(InputsLoader.join(options.input, "event.yml")): not found; the report is titled 'Event report' "
          + "and names no dates, venue or organisers (add event.yml to name the event)")
    }
    context.rules = try InputsLoader.loadRules(input: options.input, event: event)
    let files = try InputsLoader.noteFiles(input: options.input, paths: options.paths)
    context.inputFiles =
      files + [InputsLoader.join(options.input, "event.yml"), InputsLoader.rulesFile(input: options.input, event: event)]
    return files
  }

  /// Lints the notes that loaded. Notes that could not be used already stopped the build (or were
  /// left out with `--keep-going`); other errors and warnings are reported and the build goes on.
  public static var lint: BuildStep {
    BuildStep("Lint notes") { context in
      let extracts = context.extracts.count == context.sessions.count ? context.extracts : nil
      let findings = try LintRun.run(
        sessions: context.sessions, extracts: extracts, event: context.event, rules: context.rules)
      context.messages += lintMessages(findings.filter { $0.severity != .info }, files: context.sessions.count)
    }
  }

  /// Finds every session's recommendations and action items.
  public static var extract: BuildStep {
    BuildStep("Extract items") { context in
      let extractor = Extractor(rules: context.rules)
      let progress = context.progress
      progress.begin("Extract items", total: context.sessions.count)
      context.extracts = Parallel.map(context.sessions) { session in
        defer { progress.advance() }
        return extractor.extract(session)
      }
    }
  }

  /// Under the Chatham House Rule no output names a speaker: such sessions are replaced by their
  /// anonymous text, and their items by the same items with the names replaced. Runs after lint, whose findings point at
  /// the notes as written.
  public static var anonymise: BuildStep {
    BuildStep("Apply the Chatham House Rule") { context in
      guard context.sessions.contains(where: \.chathamHouse) else { return }
      let catalog = context.rules.catalog
      let anonymous = Parallel.map(Array(zip(context.sessions, context.extracts))) { anonymised($0, $1, catalog: catalog) }
      context.sessions = anonymous.map(\.0)
      context.extracts = anonymous.map(\.1)
    }
  }

  /// Adds `extract.json` and `extract.csv` to the output.
  public static var writeExtract: BuildStep {
    BuildStep("Write extracted data") { context in
      let stage = try context.outputStage()
      let extracts = context.extracts
      try stage.addStreamed("extract.json") { file in ExtractJSONWriter.write(extracts, to: file.write) }
      try stage.addStreamed("extract.csv") { file in ExtractCSVWriter.write(extracts, to: file.write) }
    }
  }

  /// Loads the templates folder over the built-in templates.
  public static var loadTemplates: BuildStep {
    BuildStep("Load templates") { context in
      let templates = try TemplateSet(directory: context.options.templates)
      context.templates = templates
      context.messages += templates.warnings
    }
  }

  /// Renders every session's chair's summary (`summaries/ID.html` and `summaries/ID.md`).
  public static var renderSummaries: BuildStep {
    BuildStep("Render chair's summaries") { context in
      let templates = try context.templates ?? TemplateSet.builtInSet()
      let renderer = SummaryRenderer(
        templates: templates, rules: context.rules, maxWords: context.options.maxWords, language: context.event.language,
        requiredSections: context.event.requiredSections, eventVenue: context.event.venue)
      let claimed = summaryFileNames(context.sessions)
      let names = zip(context.sessions, claimed).map { context.summaryFileNames[$0.id] ?? $1 }
      let jobs = zip(names, zip(context.sessions, context.extracts)).map { ($0, $1.0, $1.1) }
      let stage = context.options.writesFiles ? try context.outputStage() : nil
      let progress = context.progress
      progress.begin("Render chair's summaries", total: jobs.count)
      // Each summary is written as soon as it is rendered: only the draft is kept, for the report.
      let outputs = try Parallel.map(jobs) { name, session, extract in
        defer { progress.advance() }
        return Result { () -> (draft: SummaryDraft, markdown: String?, words: Int) in
          let output = try renderer.render(session: session, extract: extract)
          guard let stage else { return (output.draft, output.markdown, output.words) }
          try stage.add("summaries/\(name).md", contents: output.markdown)
          try stage.add("summaries/\(name).html", contents: output.html)
          return (output.draft, nil, output.words)
        }
      }.map { try $0.get() }
      let budget = context.options.maxWords
      for ((_, session, _), output) in zip(jobs, outputs) {
        if let markdown = output.markdown { context.summaries[session.id] = markdown }
        context.summaryDrafts[session.id] = output.draft
        if output.words > budget {
          context.messages.append(budgetWarning(file: session.file, words: output.words, budget: budget))
        }
      }
    }
  }

  /// The file name of each session's chair's summary (without `.html` or `.md`), as a build
  /// gives them: an id that is a file name keeps it, and the other sessions, in programme order,
  /// claim unique names one after another, so that ids a file name cannot tell apart (`x/y` and
  /// `x-y`, `Foo` and `foo`, two long ids cut to the same 200 bytes) never share one.
  static func summaryFileNames(_ sessions: [Session]) -> [String] {
    SafeName.uniqueFileNames(sessions.map(\.id))
  }

  /// Keeps only the session `selector` names: an id, or the path of its notes file. Its summary
  /// keeps the file name it has among every session of the event.
  public static func selectSession(_ selector: String) -> BuildStep {
    BuildStep("Select session") { context in
      guard let index = context.sessions.firstIndex(where: { $0.id == selector || $0.file == selector }) else {
        let known = context.sessions.map(\.id).joined(separator: ", ")
        // The session may be in a note that could not be used: its error says why.
        let unusable = context.leftOut.isEmpty
          ? "" : "; notes that could not be used: " + context.leftOut.map(\.description).joined(separator: "; ")
        throw RapporteurError(
          .sessionNotFound, file: selector,
          "is neither a notes file nor a session id in \(context.options.input); known ids: \(known)\(unusable)")
      }
      let session = context.sessions[index]
      // Two notes give the id asked for: which one is meant cannot be told.
      if session.id == selector, let taken = RapporteurError.first(of: context.takenIDs[selector] ?? []) { throw taken }
      context.summaryFileNames[session.id] = summaryFileNames(context.sessions)[index]
      context.sessions = [session]
    }
  }

  /// Gives the sessions of the notes files named on the command line the summary file names a
  /// build of the input folder gives them: the notes in `INPUT/sessions` claim their names too, a
  /// named file standing in for the one it is, or for the note with its id. Notes that cannot be
  /// used count for nothing, as a build with `--keep-going` leaves them out.
  public static var nameSummariesAsInTheEvent: BuildStep {
    BuildStep("Name chair's summaries") { context in
      let named = context.sessions
      let namedFiles = Set(named.map { InputsLoader.identity(of: $0.file) })
      let folderNotes = (try? InputsLoader.noteFiles(input: context.options.input, paths: [])) ?? []
      let others = folderNotes.filter { !namedFiles.contains(InputsLoader.identity(of: $0)) }
      context.inputFiles += others
      let catalog = context.rules.catalog
      // Only the id and the programme order of each are kept, not their parse trees.
      let loaded = Parallel.map(others) { file in
        InputsLoader.loadSession(file: file, catalog: catalog).map { ProgrammeEntry(id: $0.id, order: $0.programmeOrder) }
      }
      let namedIDs = Set(named.map(\.id))
      var ids = namedIDs
      var entries = named.map { ProgrammeEntry(id: $0.id, order: $0.programmeOrder) }
      // One id, one session, the first file (in file order) keeping it, as in a build.
      for case let .success(entry) in loaded where ids.insert(entry.id).inserted { entries.append(entry) }
      entries.sort { $0.order < $1.order }
      for (entry, name) in zip(entries, SafeName.uniqueFileNames(entries.map(\.id))) where namedIDs.contains(entry.id) {
        context.summaryFileNames[entry.id] = name
      }
    }
  }

  /// A session's place in the programme, for naming its summary.
  struct ProgrammeEntry: Sendable {
    var id: String
    var order: (String, Int, String)
  }

  /// Renders `index.html`.
  public static var renderReport: BuildStep {
    BuildStep("Render report") { context in
      let templates = try context.templates ?? TemplateSet.builtInSet()
      let stage = try context.outputStage()
      let context = context
      // Notes left out are named as outputs name notes ("sessions/a.md"), however --input was written.
      let shown = InputsLoader.ShownPaths(input: context.options.input, paths: context.options.showsGivenPaths ? context.options.paths : [])
      let leftOut = context.leftOut.map { error in
        var error = error
        error.file = error.file.map { shown($0) }
        return error
      }
      try stage.addStreamed("index.html") { file in
        try ReportRenderer.render(
          event: context.event, sessions: context.sessions, extracts: context.extracts, rules: context.rules,
          leftOut: leftOut, summaries: context.summaryDrafts, templates: templates, spill: context.spill,
          to: file.write)
      }
    }
  }

  /// Writes every rendered file into the output folder, atomically.
  public static var commitOutput: BuildStep {
    BuildStep("Write output") { context in
      let stage = try context.outputStage()
      try stage.commitUpdatingManifest()
      context.messages += keptDraftWarnings(stage)
    }
  }

  /// A warning for each Markdown draft kept because the chair edited it.
  static func keptDraftWarnings(_ stage: OutputStage) -> [String] {
    stage.keptDrafts.map {
      "warning: \(InputsLoader.join(stage.directory, $0)): edited since it was written, so kept as it is; move it away for a new draft"
    }
  }

  /// Writes every rendered file into the output folder, atomically, and removes the files of the
  /// previous build that this one did not write (unless notes were left out, or only the notes
  /// named on the command line were built: the other sessions' summaries stay).
  public static var commitBuild: BuildStep {
    BuildStep("Write output") { context in
      let stage = try context.outputStage()
      try stage.commitReplacingPreviousBuild(keepingStale: !context.leftOut.isEmpty || !context.options.paths.isEmpty)
      context.messages += keptDraftWarnings(stage)
    }
  }
}
