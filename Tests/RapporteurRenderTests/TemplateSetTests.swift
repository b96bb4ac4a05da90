import RapporteurCore
@testable import RapporteurRender
import Testing
import TestSupport

@Suite struct TemplateSetTests {
  func load(_ files: [(String, String)]) throws -> TemplateSet {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    for (name, text) in files { _ = try folder.write(name, text) }
    return try TemplateSet(directory: folder.path)
  }

  @Test func theBuiltInTemplatesLoad() throws {
    _ = try TemplateSet.builtInSet()
  }

  @Test(arguments: [
    [("report.mustache", "{{> report}}")],
    [("partials/session.mustache", "<p>{{title}}</p>\n{{> partials/session}}")],
    [("report.mustache", "{{> a}}"), ("a.mustache", "{{#x}}{{> b}}{{/x}}"), ("b.mustache", "{{>a}}")],
  ])
  func aTemplateThatIncludesItselfIsRefused(files: [(String, String)]) throws {
    let error = try #require(throws: RapporteurError.self) { try load(files) }
    #expect(error.kind == .templateInvalid)
    #expect(error.message.contains("includes itself"))
  }

  /// A template that would write note text unescaped is refused at its line; the HTML the tool
  /// makes itself (the notes, the charts, the style sheet) may be written so.
  @Test(arguments: [
    ("<main>\n{{#sessions}}\n<h2>{{{title}}}</h2>\n{{/sessions}}</main>", 3, "{{{title}}}"),
    ("<main>\n<p>{{& venue }}</p></main>", 2, "{{&venue}}"),
    ("<main>{{#sessions}}{{{recommendations.text}}}{{/sessions}}</main>", 1, "{{{recommendations.text}}}"),
  ])
  func aTemplateThatWritesNoteTextUnescapedIsRefused(template: String, line: Int, tag: String) throws {
    let error = try #require(throws: RapporteurError.self) { try load([("report.mustache", template)]) }
    #expect(error.kind == .templateInvalid)
    #expect(error.line == line)
    #expect(error.message.contains(tag))
    _ = try load([("report.mustache", "<style>{{{css}}}</style>{{#sessions}}{{{notesHTML}}}{{/sessions}}{{{ themeChart }}}")])
  }

  /// A name no view offers renders as nothing: an edited template gets a warning at its file and
  /// line with the name it most likely means, and is still used.
  @Test(arguments: [
    ("<main>\n{{#sessions}}\n{{#recomendations}}{{text}}{{/recomendations}}\n{{/sessions}}</main>", 3, "recomendations", "recommendations"),
    ("<main>\n<h1>{{titel}}</h1></main>", 2, "titel", "title"),
    ("<main>{{#sessions}}{{uppercased(vneue)}}{{/sessions}}</main>", 1, "vneue", "venue"),
    ("<main>{{#sections.crosCutting}}x{{/sections.crosCutting}}</main>", 1, "crosCutting", "crossCutting"),
    ("<main>{{ sponsorLogo }}</main>", 1, "sponsorLogo", nil),
  ])
  func aNameNoViewOffersIsWarnedOfWithItsLine(template: String, line: Int, name: String, meant: String?) throws {
    let templates = try load([("report.mustache", template)])
    let warning = try #require(templates.warnings.first)
    #expect(templates.warnings.count == 1)
    #expect(warning.contains("report.mustache:\(line): warning: "))
    #expect(warning.contains("'\(name)'"))
    #expect(warning.contains("did you mean") == (meant != nil))
    if let meant { #expect(warning.hasSuffix("did you mean '\(meant)'?")) }
  }

  /// Names Mustache knows, dotted names, transforms, comments, partials and set delimiters are
  /// no misspellings; the built-in templates use only names the views offer.
  @Test func knownNamesAndOtherTagsGetNoWarning() throws {
    #expect(try TemplateSet.builtInSet().warnings.isEmpty)
    let templates = try load([
      ("report.mustache", "<main>{{! a comment }}{{#sessions}}{{#first()}}{{.}}{{/first()}}{{index()}}{{lowercased(title)}}{{/sessions}}{{#sections.hasTracker}}{{/sections.hasTracker}}{{> extra}}</main>"),
      ("extra.mustache", "{{=<% %>=}}<% anything %>"),
    ])
    #expect(templates.warnings == [])
  }

  @Test func aMissingPartialIsRefusedWithItsLine() throws {
    let error = try #require(throws: RapporteurError.self) {
      try load([("report.mustache", "<main>\n{{#sessions}}\n{{> nosuchpartial}}\n{{/sessions}}</main>")])
    }
    #expect(error.kind == .templateInvalid)
    #expect(error.line == 3)
    #expect(error.message.contains("nosuchpartial"))
  }

  @Test(arguments: [
    ("<main>\n{{#sessions}}\n<p>{{title}\n{{/sessions}}", 3, "a tag is not closed with '}}'"),
    ("<main>\n{{#sessions}}\n<p>{{title}}</p>\n{{/session}}\n", 4, "names another section"),
    // A section never closed is named where it opens.
    ("<main>\n{{#sessions}}\n<p>{{title}}</p>\n", 2, "is never closed"),
    ("<html>{{#sessions}}unclosed", 1, "is never closed"),
  ])
  func aTemplateThatDoesNotParseSaysWhatIsWrongAndWhere(text: String, line: Int, words: String) throws {
    let error = try #require(throws: RapporteurError.self) { try load([("report.mustache", text)]) }
    #expect(error.kind == .templateInvalid)
    #expect(error.line == line)
    #expect(error.message.contains(words))
    if text.hasPrefix("<html>") { #expect(error.column == 7) }
  }

  @Test func partialsAreFoundWithTheirLines() {
    let found = TemplateSet.partials(in: "a\n{{> one}}\n{{ >two }}{{! > not}}\n{{{x}}}{{>  three  }}")
    #expect(found.map(\.partial) == ["one", "two", "three"])
    #expect(found.first?.line == 2)
  }
}

@Suite struct MarkdownDraftEscapingTests {
  /// Text from the notes placed where a line of the draft begins stays text: no heading, list item
  /// or fence opens, and read back by CommonMark it is the same words.
  @Test(arguments: [
    ("2030. That is the year.", "2030\\. That is the year."),
    ("# Governments should act.", "\\# Governments should act."),
    ("- a dash", "\\- a dash"),
    ("+ a plus", "\\+ a plus"),
    ("3) third", "3\\) third"),
    ("~~~ fence", "\\~~~ fence"),
    ("line one\n# line two", "line one\n\\# line two"),
    ("In 2030. Plain # text - here", "In 2030. Plain # text - here"),
    ("12345678901. A number too long to open a list", "12345678901. A number too long to open a list"),
  ])
  func blockMarkersWhereALineBeginsAreEscaped(text: String, expected: String) {
    #expect(MarkdownContentType().escapeText(text) == expected)
  }
}
