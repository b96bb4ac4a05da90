import Foundation

/// Everything read from the input folder: the event, the sessions that loaded, and the files that
/// could not be used (each with its reason).
public struct Inputs: Sendable {
  public var inputDirectory: String
  public var event: Event
  /// Whether `event.yml` was found (lint and extract work without it).
  public var hasEventFile: Bool
  public var sessions: [Session]
  public var problems: [RapporteurError]
  /// The total size of the notes read, in bytes.
  public var byteCount: Int

  public init(
    inputDirectory: String, event: Event, hasEventFile: Bool, sessions: [Session], problems: [RapporteurError],
    byteCount: Int
  ) {
    self.inputDirectory = inputDirectory
    self.event = event
    self.hasEventFile = hasEventFile
    self.sessions = sessions
    self.problems = problems
    self.byteCount = byteCount
  }
}

public enum InputsLoader {
  /// The notes files to read: `paths` when given, else `INPUT/sessions/*.md` in name order.
  public static func noteFiles(input: String, paths: [String]) throws -> [String] {
    if !paths.isEmpty { return paths }
    let folder = join(input, "sessions")
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw RapporteurError(
        .inputMissing, file: folder,
        "no such folder; put one Markdown file per session in '\(folder)' or name the files to read")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
    return names.filter { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { join(folder, $0) }
  }

  /// Reads `event.yml`; `nil` when it is absent and not required.
  public static func loadEvent(input: String, required: Bool) throws -> Event? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
      if !required { return nil }
      throw RapporteurError(
        .inputMissing, file: input,
        "no such folder; run from the folder that holds 'Inputs/' or give --input DIR")
    }
    guard isDirectory.boolValue else {
      throw RapporteurError(.inputMissing, file: input, "is a file, not a folder of notes")
    }
    let file = join(input, "event.yml")
    guard let data = FileManager.default.contents(atPath: file) else {
      if !required { return nil }
      throw RapporteurError(
        .inputMissing, file: file,
        "not found; it names the event (name, title, dates, venue, organisers) and is needed to build the report")
    }
    return try EventLoader.load(file: file, data: [UInt8](data)).get()
  }

  /// The tagging rules: the built-in defaults, extended by the file `event.yml` names under
  /// `rules:` or else by `INPUT/rules.yml` when it exists.
  public static func loadRules(input: String, event: Event?) throws -> TaggingRules {
    let named = event?.rulesPath.map { $0.hasPrefix("/") ? $0 : join(input, $0) }
    let file = named ?? join(input, "rules.yml")
    guard let data = FileManager.default.contents(atPath: file) else {
      if named != nil { throw RapporteurError(.inputMissing, file: file, "not found (named under 'rules:' in event.yml)") }
      return .defaults
    }
    guard case let .success(text) = TextDecoding.decode([UInt8](data)) else {
      throw RapporteurError(.configurationInvalid, file: file, "is not valid UTF-8 text")
    }
    return try TaggingRules.loading(text: text, file: file)
  }

  /// Loads one note from disk.
  public static func loadSession(file: String, catalog: SectionCatalog) -> Result<Session, RapporteurError> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
      return .failure(RapporteurError(.unreadable, file: file, "no such file"))
    }
    guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: file) else {
      return .failure(RapporteurError(.unreadable, file: file, "cannot be read as a file"))
    }
    return SessionLoader.load(file: file, data: [UInt8](data), catalog: catalog)
  }

  /// `a` + `/` + `b`, without doubling the slash, and `b` alone when `a` is `.`.
  public static func join(_ a: String, _ b: String) -> String {
    if a.isEmpty || a == "." { return b }
    return a.hasSuffix("/") ? a + b : a + "/" + b
  }
}
