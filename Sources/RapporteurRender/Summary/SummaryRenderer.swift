import Mustache
import RapporteurCore

/// Renders a session's chair's summary as Markdown (the editable draft) and HTML.
public struct SummaryRenderer: Sendable {
  public let templates: TemplateSet
  public let composer: SummaryComposer
  public let language: String

  public init(templates: TemplateSet, rules: TaggingRules, maxWords: Int = 600, language: String = "en") {
    self.templates = templates
    composer = SummaryComposer(rules: rules, maxWords: maxWords)
    self.language = language
  }

  public struct Output: Sendable {
    public var markdown: String
    public var html: String
    public var words: Int
    public var draft: SummaryDraft
  }

  public func render(session: Session, extract: SessionExtract) throws -> Output {
    var failure: Error? = nil
    let markdown = { (draft: SummaryDraft) -> String in
      do {
        return try templates.render(SummaryView(draft: draft, language: language, css: ""), template: "summary.md")
      } catch {
        failure = error
        return ""
      }
    }
    let draft = composer.compose(session: session, extract: extract) { WordCount.count(markdown($0)) }
    if let failure { throw failure }
    let text = try templates.render(SummaryView(draft: draft, language: language, css: ""), template: "summary.md")
    let html = try templates.render(
      SummaryView(draft: draft, language: language, css: templates.summaryCSS), template: "summary")
    return Output(markdown: text, html: html, words: WordCount.count(text), draft: draft)
  }
}

/// Markdown escaping for the draft: text from the notes stays text when the draft is rendered.
struct MarkdownContentType: MustacheContentType {
  func escapeText(_ text: String) -> String {
    var out = ""
    for character in text {
      if "\\`*_[]<>&|".contains(character) { out.append("\\") }
      out.append(character)
    }
    return out
  }
}
