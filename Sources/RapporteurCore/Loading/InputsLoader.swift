import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
  /// The notes files to read: `paths` when given, else `INPUT/sessions/*.md` in name order. A
  /// folder among `paths` stands for the `.md` files in it; a file named twice (however written)
  /// is read once.
  public static func noteFiles(input: String, paths: [String]) throws -> [String] {
    guard paths.isEmpty else {
      var files: [String] = []
      var seen: Set<String> = []
      for path in paths {
        let expanded = kind(of: path) == .directory ? try markdownFiles(in: path, named: path) : [path]
        for file in expanded where seen.insert(identity(of: file)).inserted { files.append(file) }
      }
      return files
    }
    let folder = join(input, "sessions")
    guard kind(of: folder) == .directory else {
      throw RapporteurError(
        .inputMissing, file: folder,
        "no such folder; put one Markdown file per session in '\(folder)' or name the files to read")
    }
    return try markdownFiles(in: folder, named: nil)
  }

  /// What stands in `INPUT/sessions` and looks like notes but is not read, each as a warning: no
  /// `.md` file at all, a folder with `.md` files in it, and files ending in `.markdown`, `.mdown` or `.mkd`. Only
  /// `sessions/*.md` are notes, so that an output folder kept there is never read back.
  public static func notesLeftUnread(input: String) -> [String] {
    let folder = join(input, "sessions")
    guard kind(of: folder) == .directory, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return []
    }
    var warnings: [String] = []
    if !names.contains(where: { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }) {
      warnings.append("warning: \(folder): no notes in it (files ending in .md); the report lists no sessions")
    }
    for name in names.sorted() where !name.hasPrefix(".") && !name.lowercased().hasSuffix(".md") {
      let path = join(folder, name)
      let lowered = name.lowercased()
      if [".markdown", ".mdown", ".mkd"].contains(where: { lowered.hasSuffix($0) }), kind(of: path) == .regular {
        warnings.append("warning: \(path): not read, as only files ending in .md are notes; rename it to read it")
      } else if kind(of: path) == .directory,
        let inner = try? FileManager.default.contentsOfDirectory(atPath: path),
        case let count = inner.filter({ $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }).count, count > 0
      {
        let files = count == 1 ? "1 .md file in a folder inside sessions/ is" : "\(count) .md files in a folder inside sessions/ are"
        warnings.append(
          "warning: \(path): \(files) not read; move the notes into \(folder) or name the folder on the command line")
      }
    }
    return warnings
  }

  /// The `.md` files of `folder` in name order (hidden ones left out). `named` is the folder as
  /// given on the command line, which must hold notes.
  private static func markdownFiles(in folder: String, named: String?) throws -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw RapporteurError(.unreadable, file: folder, "is a folder that cannot be read")
    }
    let files = names.filter { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { join(folder, $0) }
    if let named, files.isEmpty {
      throw RapporteurError(.inputMissing, file: named, "is a folder with no .md notes in it; name notes files or a folder of them")
    }
    return files
  }

  /// The same file however its path is written (`a.md`, `./a.md`, a link to it).
  public static func identity(of path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// What stands at a path, links followed.
  public enum FileKind: Equatable, Sendable {
    case missing
    case regular
    case directory
    /// A device, pipe or socket: nothing to read notes or settings from.
    case special
    /// A symbolic link to nothing.
    case brokenLink(target: String)
    /// A symbolic link that leads back to itself, directly or through other links.
    case linkLoop
  }

  public static func kind(of path: String) -> FileKind {
    var info = stat()
    if stat(path, &info) == 0 {
      switch info.st_mode & S_IFMT {
      case S_IFREG: return .regular
      case S_IFDIR: return .directory
      default: return .special
      }
    }
    if errno == ELOOP { return .linkLoop }
    if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) { return .brokenLink(target: target) }
    return .missing
  }

  /// Reads a settings file (`event.yml`, `rules.yml`): `nil` when there is none; an error naming
  /// it when something stands there that cannot be read as one.
  static func readSettingsFile(_ file: String) throws -> [UInt8]? {
    switch kind(of: file) {
    case .missing:
      return nil
    case .directory:
      throw RapporteurError(.unreadable, file: file, "is a folder, not a file; remove it or put the settings file in its place")
    case .special:
      throw RapporteurError(.unreadable, file: file, "is not a regular file (a device, pipe or socket); use a YAML file")
    case let .brokenLink(target):
      throw RapporteurError(.unreadable, file: file, "is a link to '\(target)', which does not exist")
    case .linkLoop:
      throw RapporteurError(.unreadable, file: file, "is a link that leads back to itself; point it at a YAML file")
    case .regular:
      guard let data = FileManager.default.contents(atPath: file) else {
        throw RapporteurError(.unreadable, file: file, "cannot be read; check its permissions")
      }
      return [UInt8](data)
    }
  }

  /// Reads `event.yml`; `nil` when it is absent and not required. With `folderRequired`, the input
  /// folder must be there even when `event.yml` need not.
  public static func loadEvent(input: String, required: Bool, folderRequired: Bool = false) throws -> Event? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
      if !required && !folderRequired { return nil }
      throw RapporteurError(
        .inputMissing, file: input,
        "no such folder; run from the folder that holds 'Inputs/' or give --input DIR")
    }
    guard isDirectory.boolValue else {
      throw RapporteurError(.inputMissing, file: input, "is a file, not a folder of notes")
    }
    let file = join(input, "event.yml")
    guard let data = try readSettingsFile(file) else {
      if !required { return nil }
      throw RapporteurError(
        .inputMissing, file: file,
        "not found; it names the event (name, title, dates, venue, organisers) and is needed to build the report")
    }
    return try EventLoader.load(file: file, data: data).get()
  }

  /// The tagging rules: the built-in defaults, extended by the file `event.yml` names under
  /// `rules:` or else by `INPUT/rules.yml` when it exists.
  public static func loadRules(input: String, event: Event?) throws -> TaggingRules {
    let file = rulesFile(input: input, event: event)
    guard let data = try readSettingsFile(file) else {
      if event?.rulesPath != nil { throw RapporteurError(.inputMissing, file: file, "not found (named under 'rules:' in event.yml)") }
      return .defaults
    }
    switch TextDecoding.decode(data) {
    case let .failure(invalid):
      throw invalid.error(.configurationInvalid, file: file, data: data)
    case let .success(text):
      return try TaggingRules.loading(text: text, file: file)
    }
  }

  /// The tagging rules file: the one `event.yml` names under `rules:`, else `INPUT/rules.yml`.
  public static func rulesFile(input: String, event: Event?) -> String {
    event?.rulesPath.map { $0.hasPrefix("/") ? $0 : join(input, $0) } ?? join(input, "rules.yml")
  }

  /// Loads one note from disk.
  /// The session of a notes file, named as `shown` gives (by default as given).
  public static func loadSession(file: String, shown: String? = nil, catalog: SectionCatalog) -> Result<Session, RapporteurError> {
    readNote(file).flatMap { SessionLoader.load(file: file, data: $0, catalog: catalog) }.map { session in
      var session = session
      session.shownFile = shown
      return session
    }
  }

  /// One note's bytes, or why they cannot be read.
  public static func readNote(_ file: String) -> Result<[UInt8], RapporteurError> {
    if let problem = unreadableNote(file) { return .failure(problem) }
    guard let data = FileManager.default.contents(atPath: file) else {
      return .failure(RapporteurError(.unreadable, file: file, "cannot be read; check its permissions"))
    }
    return .success([UInt8](data))
  }

  /// Why a notes path cannot be read as a file, or `nil` when it is a regular file.
  public static func unreadableNote(_ file: String) -> RapporteurError? {
    switch kind(of: file) {
    case .regular: return nil
    case .missing: return RapporteurError(.unreadable, file: file, "no such file")
    case .directory: return RapporteurError(.unreadable, file: file, "is a folder, not a notes file")
    case .special: return RapporteurError(.unreadable, file: file, "is not a regular file (a device, pipe or socket)")
    case let .brokenLink(target): return RapporteurError(.unreadable, file: file, "is a link to '\(target)', which does not exist")
    case .linkLoop: return RapporteurError(.unreadable, file: file, "is a link that leads back to itself; point it at a notes file")
    }
  }

  /// `a` + `/` + `b`, without doubling the slash, and `b` alone when `a` is `.`.
  /// How outputs name the notes files of `input`: a file in `INPUT/sessions` by its path under the
  /// input folder ("sessions/a.md", however `--input` was written), unless `paths` (the files named
  /// on the command line) are to be shown as given; any other file as given.
  public struct ShownPaths: Sendable {
    let folder: String
    let canonicalFolder: String
    /// Whether the notes were named on the command line: each is then shown as given.
    let given: Bool

    public init(input: String, paths: [String] = []) {
      folder = InputsLoader.join(input, "sessions")
      canonicalFolder = Self.canonical(folder)
      given = !paths.isEmpty
    }

    static func canonical(_ path: String) -> String {
      URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    public func callAsFunction(_ file: String) -> String {
      if given { return file }
      let name = (file as NSString).lastPathComponent
      let parent = (file as NSString).deletingLastPathComponent
      guard !name.isEmpty, parent == folder || (folder.hasSuffix("/") && parent + "/" == folder) || Self.canonical(parent) == canonicalFolder
      else { return file }
      return "sessions/" + name
    }
  }

  public static func join(_ a: String, _ b: String) -> String {
    if a.isEmpty || a == "." { return b }
    return a.hasSuffix("/") ? a + b : a + "/" + b
  }
}
