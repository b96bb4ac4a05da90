import RapporteurCore
import RapporteurRender

extension BuildStep {
  /// Reads, extracts, lints, anonymises and summarises the notes a batch at a time, in file
  /// order, keeping of each session only what the report and the extract need: at most one
  /// batch of parse trees is held at once. The outcome is that of `loadInputs`, `extract`,
  /// `lint`, `anonymise`, `loadTemplates` and `renderSummaries` run one after another, errors
  /// and their order included.
  public static var processNotes: BuildStep {
    BuildStep("Read, check and summarise notes") { context in
      try NotesInBatches.run(&context)
    }
  }
}

/// The batched reading of `processNotes`.
enum NotesInBatches {
  /// What is kept of a session once its batch is done.
  struct Done {
    /// The anonymised session without its parse tree and full text.
    var session: Session
    var extract: SessionExtract
    /// Errors and warnings lint found in the notes as written, in file order.
    var findings: [Finding]
    var summary: Result<Summary, RapporteurError>
  }

  /// A chair's summary rendered and staged.
  struct Summary {
    /// `nil` once written aside.
    var draft: SummaryDraft?
    var words: Int
    /// The file name it was staged under (`nil` when another session had already taken it).
    var stagedName: String?
  }

  /// The steps whose work is done here, by name, for errors worded as when they ran alone.
  static let lintStep = BuildStep.lint.name
  static let templatesStep = BuildStep.loadTemplates.name
  static let summariesStep = BuildStep.renderSummaries.name

  static func run(_ context: inout BuildContext) throws {
    let options = context.options
    // The notes build with INPUT/event.yml when it is there, as the SPEC has it; without it the
    // report has a plain title, and a warning says so.
    let files = try BuildStep.readSettings(&context, requireEvent: false, warnsWithoutEvent: true)
    let (event, rules) = (context.event, context.rules)
    let progress = context.progress
    progress.begin("Read, check and summarise notes", total: files.count)

    // What the later steps need before any note: the lint settings, the templates and the output
    // folder. Their errors stop the build only once every note is read, since an unusable note or
    // a taken id is reported first.
    var stop: RapporteurError? = nil
    var renderer: SummaryRenderer? = nil
    var stage: OutputStage? = nil
    do {
      do { _ = try Linter(rules: rules, event: event) } catch { throw reported(error, by: lintStep) }
      let templates: TemplateSet
      do { templates = try TemplateSet(directory: options.templates) } catch { throw reported(error, by: templatesStep) }
      context.templates = templates
      context.messages += templates.warnings
      renderer = SummaryRenderer(
        templates: templates, rules: rules, maxWords: options.maxWords, language: event.language, requiredSections: event.requiredSections,
        eventVenue: event.venue)
      do { stage = try context.outputStage() } catch { throw reported(error, by: summariesStep) }
    } catch {
      stop = reported(error, by: summariesStep)
    }

    let catalog = rules.catalog
    let extractor = Extractor(rules: rules)
    var unusable: [RapporteurError] = []
    var duplicates: [RapporteurError] = []
    var firstFile: [String: String] = [:]
    // Lower-cased summary file names staged so far: a session whose name is taken waits for the end.
    var claimed: Set<String> = []
    var done: [Done] = []
    var shared = SharedValues()
    var byteCount = 0
    // Past one batch, each session's notes and summary draft are written aside until the report
    // is rendered.
    let spill = files.count > options.batchSize ? SpillFile() : nil
    var times = context.phaseTimes
    defer { context.phaseTimes = times }

    let shown = InputsLoader.ShownPaths(input: options.input, paths: options.showsGivenPaths ? options.paths : [])
    var start = 0
    while start < files.count {
      let batch = Array(files[start..<min(files.count, start + options.batchSize)])
      start += batch.count
      defer { for _ in batch { progress.advance() } }

      let bytes = times.time("load") { Parallel.map(batch) { InputsLoader.readNote($0) } }
      let results = times.time("parse") {
        Parallel.map(Array(zip(batch, bytes))) { file, read in
          read.flatMap { SessionLoader.load(file: file, data: $0, catalog: catalog) }.map { session in
            var session = session
            session.shownFile = shown(file)
            return session
          }
        }
      }
      // One id, one session: a later file (in file order) with a taken id is refused.
      var sessions: [Session] = []
      for result in results {
        switch result {
        case let .success(session):
          if let first = firstFile[session.id] {
            duplicates.append(BuildStep.duplicateSession(session, firstFile: first))
            continue
          }
          firstFile[session.id] = session.file
          byteCount += session.text.utf8.count
          sessions.append(session)
        case let .failure(error):
          // Without --keep-going every unusable note is still named, then the build stops.
          unusable.append(error)
        }
      }
      // A build that is bound to fail only reads the rest, for an unusable note to report first.
      guard stop == nil, options.keepGoing || (duplicates.isEmpty && unusable.isEmpty), let renderer, let stage else { continue }

      let extracts = times.time("extract") { Parallel.map(sessions) { extractor.extract($0) } }
      let findings = try times.time("lint") {
        try LintRun.run(sessions: sessions, extracts: extracts, event: event, rules: rules)
      }
      let findingsByFile = Dictionary(grouping: findings.filter { $0.severity != .info }, by: \.file)
      // The items are those found in the notes as written, with every name in them replaced.
      let anonymous = times.time("Chatham House") {
        Parallel.map(Array(zip(sessions, extracts))) { BuildStep.anonymised($0, $1, catalog: catalog) }
      }
      let names = anonymous.map { session, _ -> String? in
        let name = SafeName.fileName(session.id)
        return claimed.insert(name.lowercased()).inserted ? name : nil
      }
      let summaries = times.time("render chair's summaries") {
        Parallel.map(Array(zip(anonymous, names))) { pair, name in
          Result { () throws(RapporteurError) -> Summary in
            do {
              let output = try renderer.render(session: pair.0, extract: pair.1)
              if let name {
                try stage.add("summaries/\(name).md", contents: output.markdown)
                try stage.add("summaries/\(name).html", contents: output.html)
              }
              return Summary(draft: output.draft, words: output.words, stagedName: name)
            } catch {
              throw reported(error, by: summariesStep)
            }
          }
        }
      }
      // What the report reads from the parse tree is found now; then the tree is dropped.
      var kept = times.time("report data") {
        Parallel.map(anonymous) { session, _ -> Session in
          var compact = session.compacted()
          compact.acronymDefinitions = Glossary.definitions(of: session)
          compact.speakersInNotes = Anonymiser.speakersListed(in: session)
          return compact
        }
      }
      for index in kept.indices {
        var summary = summaries[index]
        if let spill {
          if spill.storeNotes(kept[index].document.source, of: kept[index].id) { kept[index].dropNotesSource() }
          if case let .success(written) = summary, let draft = written.draft, spill.storeDraft(draft, of: kept[index].id) {
            summary = .success(Summary(draft: nil, words: written.words, stagedName: written.stagedName))
          }
        }
        done.append(
          Done(
            session: kept[index], extract: keptForOutputs(anonymous[index].1, shared: &shared), findings: findingsByFile[kept[index].file] ?? [],
            summary: summary))
      }
    }

    if !options.keepGoing, let first = RapporteurError.first(of: unusable) { throw first }
    // Every taken id is named at once, so that one run shows all there is to mend.
    if !options.keepGoing, let duplicate = RapporteurError.first(of: duplicates) { throw duplicate }
    if let stop { throw stop }
    context.leftOut = unusable + duplicates
    context.byteCount = byteCount
    guard let renderer, let stage else { return }

    // The programme order of every output; the ids are unique, so the order is total.
    done.sort { $0.session.programmeOrder < $1.session.programmeOrder }
    var summaries: [Summary] = []
    for item in done { summaries.append(try item.summary.get()) }
    try stageUnderFinalNames(done.map(\.session), summaries, renderer: renderer, stage: stage, spill: spill)

    context.sessions = done.map(\.session)
    context.extracts = done.map(\.extract)
    for (item, summary) in zip(done, summaries) { context.summaryDrafts[item.session.id] = summary.draft }
    context.spill = spill
    // Lint's messages as the lint step words them, then the word budget's, in programme order.
    context.messages += BuildStep.lintMessages(done.flatMap(\.findings), files: done.count)
    let budget = options.maxWords
    for (item, summary) in zip(done, summaries) where summary.words > budget {
      context.messages.append(BuildStep.budgetWarning(file: item.session.file, words: summary.words, budget: budget))
    }
  }

  /// Gives each summary the file name `renderSummaries` gives it (unique names claimed in
  /// programme order). A summary staged under a name that turns out to be another's, or not
  /// staged because its name was taken, is staged again under its own, from its draft.
  static func stageUnderFinalNames(
    _ sessions: [Session], _ summaries: [Summary], renderer: SummaryRenderer, stage: OutputStage, spill: SpillFile?
  ) throws {
    let names = BuildStep.summaryFileNames(sessions)
    let moved = names.indices.filter { names[$0] != summaries[$0].stagedName }
    for index in moved {
      guard let staged = summaries[index].stagedName else { continue }
      stage.withdraw("summaries/\(staged).md")
      stage.withdraw("summaries/\(staged).html")
    }
    for index in moved {
      do {
        guard let draft = summaries[index].draft ?? spill?.draft(of: sessions[index].id) else {
          throw RapporteurError(.outputUnwritable, file: sessions[index].file, "the chair's summary could not be read back from a temporary file")
        }
        let files = try renderer.files(for: draft)
        try stage.add("summaries/\(names[index]).md", contents: files.markdown)
        try stage.add("summaries/\(names[index]).html", contents: files.html)
      } catch {
        throw reported(error, by: summariesStep)
      }
    }
  }

  /// The items as a build's outputs show them: without the words behind each tag, which only
  /// `extract --explain` prints, but for the addressee of a recommendation that the taxonomy
  /// does not know, which the report lists "For other actors". The theme and addressee lists
  /// and the rule names, which thousands of items repeat, are kept once each.
  static func keptForOutputs(_ extract: SessionExtract, shared: inout SharedValues) -> SessionExtract {
    var result = extract
    for index in result.recommendations.indices {
      result.recommendations[index].evidence = result.recommendations[index].evidence.filter { $0.rule == "addressee" }
      shared.share(&result.recommendations[index])
    }
    for index in result.actions.indices {
      result.actions[index].evidence = []
      shared.share(&result.actions[index])
    }
    return result
  }

  /// One copy of each value that many items repeat.
  struct SharedValues {
    private var lists: [[String]: [String]] = [:]
    private var rules: [String: String] = [:]

    mutating func share(_ item: inout ExtractedItem) {
      item.themes = list(item.themes)
      item.actors = list(item.actors)
      if let known = rules[item.rule] {
        item.rule = known
      } else {
        rules[item.rule] = item.rule
      }
    }

    private mutating func list(_ value: [String]) -> [String] {
      if value.isEmpty { return [] }
      if let known = lists[value] { return known }
      lists[value] = value
      return value
    }
  }

  /// An error as the build reported it when `step` ran on its own (`BuildPipeline.run` wraps
  /// what is not already a `RapporteurError`).
  static func reported(_ error: any Error, by step: String) -> RapporteurError {
    error as? RapporteurError ?? RapporteurError(.outputUnwritable, "\(step) failed: \(error)")
  }
}
