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

  public init(
    input: String = "Inputs", output: String = "Output", templates: String = "Templates", paths: [String] = [],
    keepGoing: Bool = false, maxWords: Int = 600
  ) {
    self.input = input
    self.output = output
    self.templates = templates
    self.paths = paths
    self.keepGoing = keepGoing
    self.maxWords = maxWords
  }
}

/// The state passed through the steps of a build.
public struct BuildContext: Sendable {
  public var options: BuildOptions
  public var event = Event()
  public var sessions: [Session] = []
  /// Notes left out of the build, with the reason (only with `--keep-going`).
  public var leftOut: [RapporteurError] = []
  public var templates: TemplateSet?
  public var rules: TaggingRules = .defaults
  /// The items of each session, in the order of `sessions`.
  public var extracts: [SessionExtract] = []
  /// Files to write, relative to the output folder.
  public var files: [(path: String, contents: String)] = []
  /// The Markdown draft of each chair's summary, by session id.
  public var summaries: [String: String] = [:]
  /// The drafts behind them, for the report.
  public var summaryDrafts: [String: SummaryDraft] = [:]
  /// Messages for standard error (warnings that do not stop the build).
  public var messages: [String] = []
  /// Where the build is, for a progress line.
  public var progress = BuildProgress()
  /// Bytes of notes read.
  public var byteCount = 0

  public init(options: BuildOptions) {
    self.options = options
  }
}
