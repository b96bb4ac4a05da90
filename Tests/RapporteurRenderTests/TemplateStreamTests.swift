import Foundation
import RapporteurCore
import RapporteurKit
@testable import RapporteurRender
import Testing
import TestSupport

/// The report rendered a piece at a time is byte for byte the report rendered whole, whatever
/// the template: the pieces are only cut where Mustache's output does not depend on the cut.
@Suite struct TemplateStreamTests {
  static let defaultReport = (try? String(contentsOfFile: repositoryPath("Templates/report.mustache"), encoding: .utf8)) ?? ""

  /// Report templates written in other ways than the built-in one.
  static let reports: [String] = [
    defaultReport,
    defaultReport.replacingOccurrences(of: "{{#sessions}}\n{{> partials/session}}\n{{/sessions}}", with: "  {{# sessions }}\n    {{> partials/session}}\n  {{/ sessions }}"),
    defaultReport.replacingOccurrences(of: "\n", with: "\r\n"),
    "<h1>{{reportTitle}}</h1>\n{{#sessions}}\n<h2>{{title}}</h2>\n{{#recommendations}}\n<p id=\"{{anchor}}\">{{text}} ({{reportTitle}})</p>\n{{#hasTags}}\n{{#tags}}<b>{{label}}</b>{{/tags}}\n{{/hasTags}}\n{{/recommendations}}\n{{^actions}}\nno actions\n{{/actions}}\n{{/sessions}}\n",
    "{{#sections}}\n{{#hasTracker}}\n<table>\n{{#tracker}}\n<tr><td>{{text}}</td><td>{{owner}}</td><td>{{session}}</td></tr>\n{{/tracker}}\n</table>\n{{/hasTracker}}\n{{/sections}}\n{{#sections.hasGlossary}}\n{{#sections.glossary}}\n{{acronym}}={{longForm}}\n{{/sections.glossary}}\n{{/sections.hasGlossary}}\n",
    "{{#name}}\n<p>{{name}}</p>\n{{/name}}\n{{#organisers}}\n<i>{{.}}</i>\n{{/organisers}}\n{{#nothing}}\nnever\n{{/nothing}}\n{{^sessions}}\nnone\n{{/sessions}}\n{{#.}}\n{{reportTitle}}\n{{/.}}\n",
    "{{#sessions}}\n<p>{{title}}{{/sessions}}\n{{#sessions}}{{id}}\n{{/sessions}}\n{{#sessions}}\n{{#speakers}}\n{{name}}\n{{/speakers}}\n{{/sessions}}\n{{#hasLeftOut}}x{{/hasLeftOut}}\n",
    "{{#sessions}}\n{{#first()}}first: {{/first()}}{{title}}\n{{/sessions}}\n",
    "{{#sessions}}{{#hasSpeakers}}\n{{/hasSpeakers}}\n{{/sessions}}\n{{#sessions}}\n{{title}}\n{{/sessions}}\n{{! note }}\n{{#sections}}\n{{#hasTracker}}x{{/hasTracker}}\n  {{> partials/session-summary}}\n{{/sections}}\n{{#sessionCount}}\n{{.}}\n{{/sessionCount}}\n{{#sessions}}\n{{#hasRecommendations}}\n{{#recommendations}}{{text}}\n{{/recommendations}}\n{{/hasRecommendations}}\n{{/sessions}}",
    "{{=<% %>=}}\n<%#sessions%>\n<%title%>\n<%/sessions%>\n",
    "{{#sessions}}\n{{#summary}}\n{{> partials/session-summary}}\n{{/summary}}\n{{/sessions}}\n{{#sections}}\n{{#counts}}\n{{label}}: {{value}}\n{{/counts}}\n{{#crossCutting}}\n{{theme}}\n{{#addressees}}\n  {{heading}}\n  {{#entries}}\n  - {{text}}{{#merged}} (merged){{/merged}}\n  {{/entries}}\n{{/addressees}}\n{{/crossCutting}}\n{{/sections}}\n",
  ]

  @Test(arguments: reports.indices)
  func aReportInPiecesIsTheReportWhole(index: Int) throws {
    let templates = try TemporaryFolder()
    defer { templates.cleanUp() }
    try templates.write("report.mustache", Self.reports[index])
    let set = try TemplateSet(directory: templates.path)
    let output = try TemporaryFolder()
    defer { output.cleanUp() }
    let context = try BuildPipeline.run(
      [.processNotes], options: BuildOptions(input: repositoryPath("Inputs"), output: output.path, templates: templates.path))
    let view = ReportView(
      event: context.event, sessions: context.sessions, extracts: context.extracts, rules: context.rules, leftOut: [],
      summaries: context.summaryDrafts, css: set.css)
    let whole = try set.render(MustacheReference(view), template: "report")
    var pieces: [String] = []
    try set.renderReport(MustacheReference(view)) { pieces.append($0) }
    #expect(whole.count > 100)
    #expect(pieces.joined() == whole)
  }

  @Test func theBuiltInReportIsCutIntoItsSections() {
    let pieces = TemplateStream.pieces(of: Self.defaultReport[...])
    let names = pieces.compactMap { piece -> Substring? in
      if case let .section(name, _, _) = piece { return name }
      return nil
    }
    #expect(names.contains("sessions"))
    #expect(names.contains("sections"))
    #expect(TemplateStream.canCut(Self.defaultReport))
    #expect(!TemplateStream.canCut("{{#a}}{{#first()}}x{{/first()}}{{/a}}"))
    #expect(!TemplateStream.canCut("{{=<% %>=}}"))
  }

  @Test func onlySectionsAloneOnTheirLinesAreCut() {
    let source = "a\n{{#x}}\nb\n{{/x}}\n{{#y}}c{{/y}}\n {{#z}} \nd\n{{/z}}e\n"[...]
    let pieces = TemplateStream.pieces(of: source)
    #expect(
      pieces == [
        .lines("a\n"), .section(name: "x", body: "b\n", whole: "{{#x}}\nb\n{{/x}}\n"),
        .lines("{{#y}}c{{/y}}\n {{#z}} \nd\n{{/z}}e\n"),
      ])
  }
}
