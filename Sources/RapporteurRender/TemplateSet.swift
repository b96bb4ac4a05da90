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
          guard case let .success(text) = TextDecoding.decode([UInt8](data)) else {
            throw RapporteurError(.templateInvalid, file: path, "is not valid UTF-8 text")
          }
          files[name] = text
        }
      }
    }
    var library = MustacheLibrary()
    for (name, text) in files.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
      do {
        try library.register(text, named: String(name.dropLast(".mustache".count)))
      } catch let error as MustacheTemplate.ParserError {
        throw RapporteurError(
          .templateInvalid, file: Self.path(origin, name), line: error.context.lineNumber,
          "template does not parse: \(error.error)")
      } catch {
        throw RapporteurError(.templateInvalid, file: Self.path(origin, name), "template does not parse: \(error)")
      }
      // Parsed as written first, for the messages; should it not parse with the prefix, as written.
      try? library.register(Self.htmlPrefix + text, named: String(name.dropLast(".mustache".count)))
    }
    self.library = library
    self.reportSource = files["report.mustache"] ?? ""
    self.css = files["report.css"] ?? ""
    self.summaryCSS = files["summary.css"] ?? ""
    self.origin = origin
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

  /// The same set with the template `name` replaced by `text`.
  func replacing(_ name: String, with text: String) throws -> TemplateSet {
    var copy = self
    try copy.library.register(Self.htmlPrefix + text, named: name)
    return copy
  }

  /// The same set with the report template replaced by `text`.
  func replacingReport(_ text: String) throws -> TemplateSet {
    try replacing("report", with: text)
  }

  /// Renders `object` with the template `name` (without `.mustache`).
  public func render(_ object: Any, template name: String) throws -> String {
    guard let output = library.render(object, withTemplate: name) else {
      throw RapporteurError(.templateInvalid, file: "\(name).mustache", "template not found in \(origin)")
    }
    return output
  }
}
