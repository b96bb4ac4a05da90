import Mustache
import RapporteurCore

/// Renders a session's chair's summary as Markdown (the editable draft) and HTML.
public struct SummaryRenderer: Sendable {
  public let templates: TemplateSet
  public let composer: SummaryComposer
  public let language: String
  /// The event's venue, which a session that names none of its own is held at (as the report
  /// shows it).
  public let eventVenue: String

  public init(
    templates: TemplateSet, rules: TaggingRules, maxWords: Int = 600, language: String = "en",
    requiredSections: [String: [SectionID]] = [:], eventVenue: String = ""
  ) {
    self.templates = templates
    composer = SummaryComposer(rules: rules, maxWords: maxWords, requiredSections: requiredSections)
    self.language = language
    self.eventVenue = eventVenue
  }

  public struct Output: Sendable {
    public var markdown: String
    public var html: String
    public var words: Int
    public var draft: SummaryDraft
  }

  /// The Markdown draft of a fitted summary.
  func markdown(_ draft: SummaryDraft) throws -> String {
    try templates.render(
      MustacheReference(SummaryView(draft: draft, language: language, css: "", html: false)), template: "summary.md")
  }

  /// The HTML page of a fitted summary.
  func html(_ draft: SummaryDraft) throws -> String {
    try templates.render(
      MustacheReference(SummaryView(draft: draft, language: language, css: templates.summaryCSS)), template: "summary")
  }

  /// The Markdown and HTML files of a chair's summary whose draft is already fitted, as
  /// `render(session:extract:)` renders them last. A build whose sessions are read in batches
  /// learns a summary's final file name only once every session is known; the rare summary that
  /// must move to another name is rendered again from its draft, the notes' tree being gone.
  public func files(for draft: SummaryDraft) throws -> (markdown: String, html: String) {
    (try markdown(draft), try html(draft))
  }

  public func render(session given: Session, extract: SessionExtract) throws -> Output {
    var session = given
    if session.venue.trimmingBlanks.isEmpty, !eventVenue.trimmingBlanks.isEmpty { session.venue = eventVenue }
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
    return Output(markdown: text, html: try html(draft), words: words, draft: draft)
  }
}

/// Markdown escaping for the draft: text from the notes stays text when the draft is rendered.
/// A backslash before each of ``\`*_[]|`` (whole characters), and before `&`, `<` and `>` only
/// where Markdown would read them as markup (an entity, a tag or a quotation), so that the draft
/// reads "M&E" and "under 5% (<5%)" as written.
struct MarkdownContentType: MustacheContentType {
  static let escaper = ASCIIEscaper(
    Dictionary(uniqueKeysWithValues: "\\`*_[]|".unicodeScalars.map { ($0, "\\" + String($0)) }))

  func escapeText(_ text: String) -> String {
    let escaped = Self.escapingLineStarts(Self.escaper.escapeCharacters(text))
    guard escaped.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
    else { return escaped }
    let characters = Array(escaped)
    var out = ""
    for (index, character) in characters.enumerated() {
      let following = index + 1 < characters.count ? characters[index + 1] : nil
      let opensMarkup: Bool
      switch character {
      case "&":
        // An entity: "&amp;", "&#39;"; "M&E" and "R&D" are text.
        let name = characters[(index + 1)...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
        opensMarkup = !name.isEmpty && index + 1 + name.count < characters.count && characters[index + 1 + name.count] == ";"
      case "<": opensMarkup = following.map { $0.isASCII && ($0.isLetter || "/!?".contains($0)) } ?? false
      case ">": opensMarkup = index == 0 || characters[index - 1] == "\n"
      default: opensMarkup = false
      }
      if opensMarkup { out.append("\\") }
      out.append(character)
    }
    return out
  }

  /// A backslash before what would open a block where a line of the text begins (a value is often
  /// placed at the start of a line, or after "- "): `# ` a heading, `-`, `+` a list item, `2030.`
  /// or `3)` a numbered one, `~~~` a fence. Escaped elsewhere, these read the same.
  static func escapingLineStarts(_ text: String) -> String {
    guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") }),
      "#-+~0123456789".utf8.contains(first) || text.utf8.contains(UInt8(ascii: "\n"))
    else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if index > 0 { out.append("\n") }
      let indent = line.prefix { $0 == " " }
      var rest = line.dropFirst(indent.count)
      out += indent
      if let mark = rest.first, "#-+".contains(mark) || rest.hasPrefix("~~~") {
        out += "\\"
      } else {
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if (1...9).contains(digits.count), let after = rest.dropFirst(digits.count).first, after == "." || after == ")" {
          out += digits + "\\"
          rest = rest.dropFirst(digits.count)
        }
      }
      out += rest
    }
    return out
  }
}
