import Dispatch
import RapporteurCore
import RapporteurRender

/// What a build is asked to do.
public struct BuildOptions: Sendable {
  public var input: String
  public var output: String
  public var templates: String
  /// Notes to read instead of `INPUT/sessions/*.md`.
  public var paths: [String]
  /// Leave unusable notes out (and say so in the report) instead of stopping.
  public var keepGoing: Bool
  /// The word budget of each chair's summary draft.
  public var maxWords: Int
  /// Whether the outputs go to files in `output` (otherwise the summaries' Markdown is kept in
  /// the context, to be printed).
  public var writesFiles: Bool
  /// How many notes `build` reads, checks and summarises at a time; at most this many parse
  /// trees are held at once.
  public var batchSize: Int
  /// Whether the data names a note given on the command line as it was given there (`extract`);
  /// outputs written to files name a note in `INPUT/sessions` by its path under the input folder
  /// however it was given, so they stay the same whichever way a command names it.
  public var showsGivenPaths: Bool

  public init(
    input: String = "Inputs", output: String = "Output", templates: String = "Templates", paths: [String] = [],
    keepGoing: Bool = false, maxWords: Int = 600, writesFiles: Bool = true,
    batchSize: Int = Parallel.batchSize, showsGivenPaths: Bool = false
  ) {
    self.showsGivenPaths = showsGivenPaths
    self.input = input
    self.output = output
    self.templates = templates
    self.paths = paths
    self.keepGoing = keepGoing
    self.maxWords = maxWords
    self.writesFiles = writesFiles
    self.batchSize = max(1, batchSize)
  }
}

/// The state passed through the steps of a build.
public struct BuildContext: Sendable {
  public var options: BuildOptions
  public var event = Event()
  public var sessions: [Session] = []
  /// Notes left out of the build, with the reason (only with `--keep-going`).
  public var leftOut: [RapporteurError] = []
  /// The ids more than one note gives, with the later notes that give them (left out).
  public var takenIDs: [String: [RapporteurError]] = [:]
  public var templates: TemplateSet?
  public var rules: TaggingRules = .defaults
  /// The items of each session, in the order of `sessions`.
  public var extracts: [SessionExtract] = []
  /// The files the build reads (notes, `event.yml`, the rules file), which no output may replace;
  /// known to the output stage when it is made, after the inputs are read.
  public var inputFiles: [String] = []
  /// The output files, staged as they are rendered; written by the last step.
  public var stage: OutputStage?
  /// The file name of each session's summary, by session id, where it was given among more
  /// sessions than `sessions` holds: `summary` names the one session it drafts as a build of the
  /// whole event names it.
  public var summaryFileNames: [String: String] = [:]
  /// The Markdown draft of each chair's summary, by session id (only when no files are written).
  public var summaries: [String: String] = [:]
  /// The drafts behind them, for the report.
  public var summaryDrafts: [String: SummaryDraft] = [:]
  /// Where the notes' Markdown and the summary drafts of a large build were written aside
  /// (`sessions` and `summaryDrafts` then hold none of them).
  public var spill: SpillFile?
  /// Messages for standard error (warnings that do not stop the build).
  public var messages: [String] = []
  /// Where the build is, for a progress line.
  public var progress = BuildProgress()
  /// Bytes of notes read.
  public var byteCount = 0
  /// Seconds spent in each phase of a step that runs several phases batch after batch.
  public var phaseTimes = PhaseTimes()

  public init(options: BuildOptions) {
    self.options = options
  }

  /// The stage of the output folder, made on first use.
  public mutating func outputStage() throws -> OutputStage {
    if let stage { return stage }
    let made = try OutputStage(directory: options.output, inputs: inputFiles)
    stage = made
    return made
  }
}

/// Seconds per phase, summed over the batches of a step that runs its phases one batch at a time
/// (for the benchmark, which can then still show each phase), in the order first timed.
public struct PhaseTimes: Sendable {
  public private(set) var phases: [(name: String, seconds: Double)] = []

  public init() {}

  /// Runs `body`, adding the time it takes to phase `name`.
  mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    defer {
      let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      if let index = phases.firstIndex(where: { $0.name == name }) {
        phases[index].seconds += seconds
      } else {
        phases.append((name, seconds))
      }
    }
    return try body()
  }
}
