import Foundation
import Mustache
import RapporteurCore

/// The Mustache templates and the stylesheet the outputs are rendered with: those of the
/// templates folder when it exists, the built-in copies of `Templates/` for any file it lacks.
public struct TemplateSet: Sendable {
  private var library: MustacheLibrary
  /// The stylesheet inlined into every HTML page (`report.css`).
  public let css: String
  /// The stylesheet of the chair's summaries (`summary.css`).
  public let summaryCSS: String
  /// Where the templates came from, for messages.
  public let origin: String
  /// The report template as written.
  let reportSource: String
  /// Whether every template can be rendered a piece at a time (`TemplateStream.canCut`).
  let cuttable: Bool
  /// Warnings for standard error: names in the templates that no view offers, which render as
  /// nothing (a misspelt `{{#recomendations}}` would hide a whole part of the report).
  public let warnings: [String]

  /// The built-in files, by name under `Templates/`.
  static let builtIn: [(name: String, bytes: [UInt8])] = [
    ("report.mustache", PackageResources.report_mustache),
    ("partials/session.mustache", PackageResources.session_mustache),
    ("partials/session-summary.mustache", PackageResources.session_summary_mustache),
    ("report.css", PackageResources.report_css),
    ("summary.mustache", PackageResources.summary_mustache),
    ("summary.md.mustache", PackageResources.summary_md_mustache),
    ("summary.css", PackageResources.summary_css),
  ]

  /// The Markdown escaping the draft's template selects with `{{% CONTENT_TYPE: MARKDOWN }}`.
  private static let registerContentTypes: Void = {
    MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    MustacheContentTypes.register(TemplateHTMLContentType(), named: "RAPPORTEUR_HTML")
  }()

  /// Put before every template: Mustache starts each template, the one rendered and every
  /// partial, with its HTML escaping, and this selects the same escaping done by
  /// `TemplateHTMLContentType`. A tag alone on its line leaves no trace in the output and the
  /// template's first line is read as a first line; a template's own `CONTENT_TYPE` still wins.
  static let htmlPrefix = "{{% CONTENT_TYPE: RAPPORTEUR_HTML }}\n"

  /// The built-in templates only.
  public static func builtInSet() throws -> TemplateSet {
    try TemplateSet(directory: nil)
  }

  /// Loads the templates of `directory` (when it exists) over the built-in ones.
  public init(directory: String?) throws {
    Self.registerContentTypes
    var files: [String: String] = [:]
    for (name, bytes) in Self.builtIn { files[name] = String(decoding: bytes, as: UTF8.self) }
    var origin = "built-in templates"
    if let directory {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else {
          throw RapporteurError(.templateInvalid, file: directory, "is a file; --templates takes a folder")
        }
        origin = directory
        for name in Self.userFiles(in: directory) {
          let path = InputsLoader.join(directory, name)
          guard let data = FileManager.default.contents(atPath: path) else { continue }
          let bytes = [UInt8](data)
          switch TextDecoding.decode(bytes) {
          case let .success(text):
            files[name] = text
          case let .failure(invalid):
            throw invalid.error(.templateInvalid, file: path, data: bytes, prefix: "")
          }
        }
      }
    }
    var library = MustacheLibrary()
    for (name, text) in files.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
      do {
        try library.register(text, named: String(name.dropLast(".mustache".count)))
      } catch let error as MustacheTemplate.ParserError {
        // A section never closed is reported where it opens, not at the end of the file.
        var line = error.context.lineNumber
        var column = error.context.columnNumber + 1
        if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let open = Self.unclosedSection(in: text) {
          (line, column) = open
        }
        throw RapporteurError(
          .templateInvalid, file: Self.path(origin, name), line: line, column: column,
          "template does not parse: \(Self.explain(error.error))")
      } catch {
        throw RapporteurError(.templateInvalid, file: Self.path(origin, name), "template does not parse: \(error)")
      }
      // Parsed as written first, for the messages; should it not parse with the prefix, as written.
      try? library.register(Self.htmlPrefix + text, named: String(name.dropLast(".mustache".count)))
    }
    try Self.checkPartials(files, origin: origin)
    try Self.checkUnescaped(files, origin: origin)
    self.warnings = Self.unknownNames(files, origin: origin)
    self.library = library
    self.reportSource = files["report.mustache"] ?? ""
    self.cuttable = Self.reportCanBeCut(files)
    self.css = files["report.css"] ?? ""
    self.summaryCSS = files["summary.css"] ?? ""
    self.origin = origin
  }

  /// Whether the report can be rendered a piece at a time: its own template is cut
  /// (`TemplateStream.canCut`), and no partial it uses, directly or through others, reads a
  /// position in a list (`first()`, `index()` …), which only Mustache's own loops know.
  static func reportCanBeCut(_ files: [String: String]) -> Bool {
    guard let report = files["report.mustache"], TemplateStream.canCut(report) else { return false }
    var seen: Set<String> = []
    var next = partials(in: report).map(\.partial)
    while let name = next.popLast() {
      guard seen.insert(name).inserted, let text = files[name + ".mustache"] else { continue }
      if TemplateStream.tags(in: text[...]).contains(where: { $0.contains("(") }) { return false }
      next += partials(in: text).map(\.partial)
    }
    return true
  }

  /// Every partial a template names must exist, and no template may include itself, directly
  /// or through others: the first would render as nothing, the second would never end.
  /// What a Mustache parse error means, in the words of a template's author.
  /// Where the first section tag that no closing tag matches stands (1-based line and column,
  /// in characters), reading `{{#…}}`, `{{^…}}` and `{{$…}}` as openings and `{{/…}}` as closings.
  static func unclosedSection(in text: String) -> (line: Int, column: Int)? {
    var open: [(name: Substring, line: Int, column: Int)] = []
    var line = 1
    var column = 1
    var index = text.startIndex
    while index < text.endIndex {
      if text[index...].hasPrefix("{{"), let close = text[index...].range(of: "}}") {
        let tag = text[text.index(index, offsetBy: 2)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        if let kind = tag.first {
          let name = Substring(tag.dropFirst().trimmingCharacters(in: .whitespaces))
          if "#^$<".contains(kind) {
            open.append((name, line, column))
          } else if kind == "/", let last = open.lastIndex(where: { $0.name == name }) {
            open.removeSubrange(last...)
          }
        }
      }
      if text[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index = text.index(after: index)
    }
    return open.first.map { ($0.line, $0.column) }
  }

  static func explain(_ error: any Error) -> String {
    guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
    switch error {
    case .sectionCloseNameIncorrect: return "a closing tag '{{/…}}' names another section than the one open"
    case .unfinishedName: return "a tag is not closed with '}}' (or '}}}'), or its name holds a space"
    case .expectedSectionEnd: return "a section '{{#…}}' or '{{^…}}' is never closed with '{{/…}}'"
    case .invalidSetDelimiter: return "a '{{=… …=}}' tag does not give two delimiters"
    case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
      return "a partial with blocks '{{<…}}' holds something other than '{{$…}}' blocks"
    case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
      return "a '{{%…}}' pragma is not one Mustache knows"
    }
  }

  static func checkPartials(_ files: [String: String], origin: String) throws {
    var uses: [String: [(partial: String, line: Int)]] = [:]
    for (file, text) in files where file.hasSuffix(".mustache") {
      uses[String(file.dropLast(".mustache".count))] = partials(in: text)
    }
    for (name, used) in uses.sorted(by: { $0.key < $1.key }) {
      for use in used where uses[use.partial] == nil {
        throw RapporteurError(
          .templateInvalid, file: path(origin, name + ".mustache"), line: use.line,
          "uses the partial '\(use.partial)', but there is no \(use.partial).mustache in \(origin) or the built-in templates")
      }
    }
    // Depth-first, with the path walked so far: a name met again on it closes a cycle.
    var done: Set<String> = []
    func visit(_ name: String, _ path: [String]) throws {
      if let start = path.firstIndex(of: name) {
        let cycle = (path[start...] + [name]).joined(separator: " → ")
        throw RapporteurError(
          .templateInvalid, file: Self.path(origin, path[start] + ".mustache"),
          "includes itself through partials (\(cycle)), which would never end")
      }
      guard !done.contains(name) else { return }
      for use in uses[name] ?? [] { try visit(use.partial, path + [name]) }
      done.insert(name)
    }
    for name in uses.keys.sorted() { try visit(name, []) }
  }

  /// The values templates may write unescaped (`{{{name}}}`, `{{&name}}`): HTML and Markdown the
  /// tool makes itself from the notes, already escaped, and the style sheets.
  static let unescapedValues: Set<String> = [
    "chairsHTML", "notesHTML", "css", "themeChart", "participationChart", "marker", "chairsMarkdown",
  ]

  /// Notes are untrusted: a template that would write any other value unescaped (a title, a
  /// venue, an item's text) is refused, at its file and line, before anything is rendered.
  static func checkUnescaped(_ files: [String: String], origin: String) throws {
    for (file, text) in files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
      for (tag, line) in tags(in: text) {
        let trimmed = tag.drop { $0 == " " || $0 == "\t" }
        guard let mark = trimmed.first, mark == "{" || mark == "&" else { continue }
        let name = trimmed.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: " \t{}"))
        let last = name.split(separator: ".").last.map(String.init) ?? name
        if !unescapedValues.contains(last) {
          throw RapporteurError(
            .templateInvalid, file: path(origin, file), line: line,
            "'{{\(mark == "{" ? "{" : "&")\(name)\(mark == "{" ? "}" : "")}}' would write '\(name)' from the notes unescaped, and notes are untrusted; write '{{\(name)}}' (only \(unescapedValues.sorted().joined(separator: ", ")) may be written so)")
        }
      }
    }
  }

  /// Names Mustache itself gives a template inside a list (`{{#first()}}`, `{{index()}}` …) as
  /// well as `{{.}}`.
  static let mustacheNames: Set<String> = [".", "first", "last", "index", "even", "odd", "empty", "count", "reversed"]

  /// A warning for each name in the templates that no view offers (`TemplateNames.known`) with
  /// its file and line and the name it most likely means: Mustache renders such a name as nothing.
  static func unknownNames(_ files: [String: String], origin: String) -> [String] {
    var warnings: [String] = []
    for (file, text) in files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
      let tags = tags(in: text)
      // A template that sets other delimiters is not read by `tags(in:)` as Mustache reads it.
      guard !tags.contains(where: { $0.tag.first == "=" }) else { continue }
      for (tag, line) in tags {
        for name in names(in: tag) where !TemplateNames.known.contains(name) && !mustacheNames.contains(name) {
          var message = "\(path(origin, file)):\(line): warning: '{{\(tag.trimmingCharacters(in: .whitespaces))}}' names '\(name)', which nothing in a report or summary is called, so it renders as nothing"
          if let near = TemplateNames.nearest(to: name) { message += "; did you mean '\(near)'?" }
          warnings.append(message)
        }
      }
    }
    return warnings
  }

  /// The names a tag looks up: `{{#a.b}}` a and b, `{{uppercased(title)}}` title. Comments,
  /// partials, blocks, pragmas and section ends look up none.
  static func names(in tag: Substring) -> [String] {
    var body = tag.trimmingCharacters(in: .whitespaces)[...]
    guard let mark = body.first, !"!>/<$%=".contains(mark) else { return [] }
    if "#^&{".contains(mark) { body = body.dropFirst() }
    body = body.drop { $0 == " " || $0 == "\t" || $0 == "{" }
    while let last = body.last, last == " " || last == "\t" || last == "}" { body.removeLast() }
    if let open = body.firstIndex(of: "("), let close = body.lastIndex(of: ")"), open < close {
      body = body[body.index(after: open)..<close]
    }
    let trimmed = body.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed != "." else { return [] }
    return trimmed.split(separator: ".").map(String.init)
  }

  /// The partials a template names (`{{> name}}`), with the line of each.
  static func partials(in text: String) -> [(partial: String, line: Int)] {
    tags(in: text).compactMap { tag, line in
      let opened = tag.drop(while: { $0 == " " || $0 == "\t" })
      guard opened.first == ">" else { return nil }
      let name = opened.dropFirst().trimmingCharacters(in: .whitespaces)
      return !name.isEmpty && !name.hasPrefix("*") ? (name, line) : nil
    }
  }

  /// Every tag of a template (the text between `{{` and `}}`), with the line it opens on.
  static func tags(in text: String) -> [(tag: Substring, line: Int)] {
    var found: [(Substring, Int)] = []
    var line = 1
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{{") {
      line += rest[..<open.lowerBound].reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
      rest = rest[open.upperBound...]
      guard let close = rest.firstRange(of: "}}") else { break }
      let tag = rest[..<close.lowerBound]
      found.append((tag, line))
      line += tag.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
      rest = rest[close.upperBound...]
    }
    return found
  }

  private static func path(_ origin: String, _ name: String) -> String {
    origin == "built-in templates" ? "Templates/\(name) (built-in)" : InputsLoader.join(origin, name)
  }

  /// `.mustache` and `.css` files under the folder, as relative paths.
  private static func userFiles(in directory: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var names: [String] = []
    while let name = enumerator.nextObject() as? String {
      if name.hasSuffix(".mustache") || name.hasSuffix(".css") { names.append(name) }
    }
    return names.sorted()
  }

  /// Renders `object` with the report template, handing the output on a piece at a time when
  /// the templates allow it (`TemplateStream`), else whole.
  func renderReport(_ object: any MustacheParent, to emit: (String) throws -> Void) throws {
    guard cuttable, !reportSource.isEmpty else { return try emit(render(object, template: "report")) }
    try TemplateStream(library: library, prefix: Self.htmlPrefix).render(reportSource[...], stack: [object], to: emit)
  }

  /// Renders `object` with the template `name` (without `.mustache`).
  public func render(_ object: Any, template name: String) throws -> String {
    guard let output = library.render(object, withTemplate: name) else {
      throw RapporteurError(.templateInvalid, file: "\(name).mustache", "template not found in \(origin)")
    }
    return output
  }
}
