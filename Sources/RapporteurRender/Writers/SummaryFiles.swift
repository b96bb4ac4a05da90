import Mustache
import RapporteurCore

extension SummaryRenderer {
  /// The Markdown and HTML files of a chair's summary whose draft is already fitted, as
  /// `render(session:extract:)` renders them last. A build whose sessions are read in batches
  /// learns a summary's final file name only once every session is known; the rare summary that
  /// must move to another name is rendered again from its draft, the notes' tree being gone.
  public func files(for draft: SummaryDraft) throws -> (markdown: String, html: String) {
    let markdown = try templates.render(
      MustacheReference(SummaryView(draft: draft, language: language, css: "", html: false)), template: "summary.md")
    let html = try templates.render(
      MustacheReference(SummaryView(draft: draft, language: language, css: templates.summaryCSS)), template: "summary")
    return (markdown, html)
  }
}
