import CommonMark
import RapporteurCore

/// What `summary.mustache` and `summary.md.mustache` see.
public struct SummaryView: Sendable {
  public struct Sourced: Sendable {
    public var text: String
    public var source: String
  }

  public struct KeyMessageView: Sendable {
    public var theme: String
    public var sentences: [Sourced]
  }

  public struct GroupView: Sendable {
    public var heading: String
    public var items: [Sourced]
  }

  public struct NextStepView: Sendable {
    public var text: String
    public var owner: String
    public var due: String
    public var source: String
  }

  public var lang: String
  public var css: String
  public var marker: String
  public var id: String
  /// `id` as an HTML `id` value.
  public var anchor: String
  /// What ids derived from the session's are built on (`session-BASE-summary`).
  public var idBase: String
  public var title: String
  public var metaLine: String?
  public var opening: String?
  public var purpose: [Sourced]
  public var hasPurpose: Bool
  public var keyMessages: [KeyMessageView]
  public var hasKeyMessages: Bool
  public var groups: [GroupView]
  public var hasRecommendations: Bool
  public var nextSteps: [NextStepView]
  public var hasNextSteps: Bool
  /// The chair's own section, as Markdown (for the draft) and as cmark's safe HTML.
  public var chairsMarkdown: String?
  public var chairsHTML: String?
  public var verbatim: Bool
  public var missing: String?
  public var leftOut: String?
  public var closingLine: String?

  /// The chair's section with a code fence or an HTML comment it leaves open closed, so that what
  /// the draft puts after it (the closing note) stays outside.
  static func closingOpenBlocks(_ markdown: String) -> String {
    var text = markdown
    var fence: Substring? = nil
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let indent = line.prefix { $0 == " " }.count
      guard indent < 4 else { continue }
      let rest = line.dropFirst(indent)
      guard let mark = rest.first, mark == "`" || mark == "~" else { continue }
      let run = rest.prefix { $0 == mark }
      guard run.count >= 3 else { continue }
      if let open = fence {
        // A closing fence: the same mark, at least as long, nothing after it.
        if open.first == mark, run.count >= open.count, rest.dropFirst(run.count).allSatisfy({ $0 == " " }) { fence = nil }
      } else if mark == "~" || !rest.dropFirst(run.count).contains("`") {
        fence = run
      }
    }
    if let fence { text += "\n" + fence }
    if let open = text.range(of: "<!--", options: .backwards), text[open.upperBound...].range(of: "-->") == nil {
      text += "\n-->"
    }
    return text
  }

  /// `html: false` skips rendering the chair's section to HTML (for the Markdown draft).
  public init(draft: SummaryDraft, language: String, css: String, html: Bool = true) {
    lang = language.isEmpty ? "en" : language
    self.css = css
    marker = SummaryComposer.marker
    id = draft.id
    anchor = SafeName.anchor(draft.id)
    idBase = anchor
    title = draft.title
    metaLine = nonEmpty(draft.metaLine)
    opening = nonEmpty(draft.opening.joined(separator: " "))
    purpose = draft.purpose.map { Sourced(text: $0.text, source: $0.source) }
    hasPurpose = !purpose.isEmpty
    keyMessages = draft.keyMessages.map {
      KeyMessageView(theme: $0.theme, sentences: $0.sentences.map { Sourced(text: $0.text, source: $0.source) })
    }
    hasKeyMessages = !keyMessages.isEmpty
    groups = draft.recommendationGroups.map {
      GroupView(heading: $0.heading, items: $0.items.map { Sourced(text: $0.text, source: $0.source) })
    }
    hasRecommendations = !groups.isEmpty
    nextSteps = draft.nextSteps.map {
      NextStepView(text: $0.text.capitalizedFirst, owner: $0.owner, due: $0.due, source: $0.source)
    }
    hasNextSteps = !nextSteps.isEmpty
    chairsMarkdown = draft.chairsSection.flatMap { nonEmpty(Self.closingOpenBlocks($0.trimmingBlanks)) }
    chairsHTML = html ? chairsMarkdown.map { MarkdownHTMLRenderer.render($0, headingShift: 1) } : nil
    verbatim = draft.verbatim
    missing = draft.missing.isEmpty ? nil : "Not in the notes: \(draft.missing.joined(separator: ", ")). Add these sections to complete the summary."
    leftOut = draft.leftOut
    closingLine = nonEmpty(draft.closingLine)
  }
}
