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
    func markdown(_ draft: SummaryDraft) throws -> String {
      try templates.render(
        MustacheReference(SummaryView(draft: draft, language: language, css: "", html: false)), template: "summary.md")
    }
    // Fit the budget on the built-in template's word count, then check the real draft; a
    // template of one's own that writes more words is fitted on its own output instead.
    let composition = composer.composition(session: session, extract: extract)
    var draft = composer.fitted(composition, measure: SummaryComposer.estimatedWords)
    var text = try markdown(draft)
    var words = WordCount.count(text)
    if words > composer.maxWords {
      var failure: Error? = nil
      draft = composer.fitted(composition) { candidate in
        do {
          return WordCount.count(try markdown(candidate))
        } catch {
          failure = error
          return 0
        }
      }
      if let failure { throw failure }
      text = try markdown(draft)
      words = WordCount.count(text)
    }
    let html = try templates.render(
      MustacheReference(SummaryView(draft: draft, language: language, css: templates.summaryCSS)), template: "summary")
    return Output(markdown: text, html: html, words: words, draft: draft)
  }
}

/// Markdown escaping for the draft: text from the notes stays text when the draft is rendered.
/// A backslash before each of ``\`*_[]<>&|`` (whole characters).
struct MarkdownContentType: MustacheContentType {
  static let escaper = ASCIIEscaper(
    Dictionary(uniqueKeysWithValues: "\\`*_[]<>&|".unicodeScalars.map { ($0, "\\" + String($0)) }))

  func escapeText(_ text: String) -> String {
    Self.escaper.escapeCharacters(text)
  }
}
