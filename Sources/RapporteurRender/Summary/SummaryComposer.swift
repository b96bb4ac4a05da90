import Foundation
import CommonMark
import RapporteurCore

/// A chair's summary draft of one session, as plain values for the templates.
public struct SummaryDraft: Sendable, Codable {
  public struct Sourced: Sendable, Equatable, Codable {
    public var text: String
    /// `FILE:LINE` of the notes, for `data-source`.
    public var source: String
  }

  public struct KeyMessage: Sendable, Codable {
    public var theme: String
    public var sentences: [Sourced]
  }

  public struct Group: Sendable, Codable {
    public var heading: String
    public var items: [Sourced]
  }

  public struct NextStep: Sendable, Codable {
    public var text: String
    public var owner: String
    public var due: String
    public var source: String
  }

  public var id: String
  public var title: String
  public var metaLine: String
  public var opening: [String]
  public var purpose: [Sourced]
  public var keyMessages: [KeyMessage]
  public var recommendationGroups: [Group]
  public var nextSteps: [NextStep]
  /// The notes' own chair's-summary section, verbatim (Markdown).
  public var chairsSection: String?
  /// The whole draft came from the notes' chair's-summary section (a draft pasted back).
  public var verbatim: Bool
  public var missing: [String]
  public var leftOut: String?
  public var closingLine: String
}

/// Composes chair's summaries: the metadata, the purpose, the most prominent themes with the
/// sentences that carry them best, recommendations grouped by addressee, next steps, and the
/// chair's own section; within a word budget, cutting the lowest-ranked material first.
public struct SummaryComposer: Sendable {
  /// The first line of every Markdown draft. A chair's-summary section that starts with it is a
  /// draft pasted back into the notes, and is used as the summary verbatim.
  public static let marker = Extractor.draftMarker

  public let rules: TaggingRules
  public let maxWords: Int
  /// event.yml's required sections by kind: a summary says Recommendations or Action items are
  /// not in the notes when the session's kind requires them (Purpose and Discussion, which it is
  /// drawn from, always). Empty: all four.
  public let requiredSections: [String: [SectionID]]

  public init(rules: TaggingRules = .defaults, maxWords: Int = 600, requiredSections: [String: [SectionID]] = [:]) {
    self.rules = rules
    self.maxWords = maxWords
    self.requiredSections = requiredSections
  }

  // MARK: - Units the budget can cut

  enum Unit: Hashable {
    case opening(Int)
    case purpose(Int)
    case keySentence(theme: Int, sentence: Int)
    case recommendation(Int)
    case nextStep(Int)
    case chairsSection
  }

  struct Candidate {
    var unit: Unit
    var score: Double
    var words: Int
  }

  /// A recommendation as the draft shows it, with what ranks and groups it.
  struct Recommendation: Sendable {
    var shown: SummaryDraft.Sourced
    var strength: Int
    /// The first addressee.
    var actor: String?
    var location: SourceLocation
    /// Addressed to someone the taxonomy does not know ("The coalition should …").
    var addressedOutsideTaxonomy = false
    /// Written in the chair's own section, which the summary shows whole unless cut for length.
    var inChairsSection = false
  }

  /// A session's full draft, before the budget, and the ranked recommendations it may lose.
  /// Composed once, it can be fitted to the budget more than once.
  public struct Composition: Sendable {
    var full: SummaryDraft
    var recommendations: [Recommendation]
  }

  /// The note that closes every draft: a chair's summary is no negotiated text.
  static let closingNote =
    "This summary is the Chair's own account of the session, drawn from the rapporteur's notes; it was not negotiated among participants."

  /// The draft of a session within the budget.
  /// `measure` gives the words of a draft as it will be written (the Markdown template's output).
  public func compose(session: Session, extract: SessionExtract, measure: (SummaryDraft) -> Int) -> SummaryDraft {
    fitted(composition(session: session, extract: extract), measure: measure)
  }

  /// The composition cut to the budget as `measure` counts it; a verbatim draft is never cut.
  public func fitted(_ composition: Composition, measure: (SummaryDraft) -> Int) -> SummaryDraft {
    guard !composition.full.verbatim else { return composition.full }
    return applyBudget(composition.full, recommendations: composition.recommendations, measure: measure)
  }

  /// The full draft and every unit it may lose, ranked.
  public func composition(session: Session, extract: SessionExtract) -> Composition {
    let anonymiser = Anonymiser(session: session)
    let clean = { (text: String) -> String in anonymiser?.apply(text) ?? text }
    // The chair's own section is copied as Markdown, made as safe as the HTML.
    let cleanSection = { (text: String) -> String in MarkdownHTMLRenderer.safeMarkdown(clean(text)) }
    let source = { (line: Int) -> String in "\(session.outputFile):\(line)" }

    let title = clean(session.title.isEmpty ? session.id : session.title)
    let chairs = session.chairs.joined(separator: ", ")
    let date = CalendarDate(iso: session.date)?.longDescription ?? session.date
    // Under the Chatham House Rule the details name the chair alone: a speaker's name in the venue
    // or the hosts ("Jean-Luc Mbeki Hall") is unnamed as it is in the text.
    var meta = [date, clean(session.time?.description ?? session.timeText), clean(session.venue)].filter { !$0.isEmpty }
      .joined(separator: ", ")
    if !chairs.isEmpty { meta += (meta.isEmpty ? "" : " · ") + (session.chairs.count > 1 ? "Chairs: " : "Chair: ") + chairs }
    if !session.hosts.isEmpty { meta += (meta.isEmpty ? "" : " · ") + "Hosts: " + session.hosts.map(clean).joined(separator: ", ") }

    // Verbatim: a draft pasted back as the chair's-summary section.
    let chairsText = session.sectionAsRead(.chairsSummary).map { sectionMarkdown($0, in: session) }
    if let chairsText, chairsText.trimmingBlanks.hasPrefix(Self.marker) {
      let body = chairsText.trimmingBlanks.dropFirst(Self.marker.count).description.trimmingBlanks
      let draft = SummaryDraft(
        id: session.id, title: title, metaLine: meta, opening: [], purpose: [], keyMessages: [],
        recommendationGroups: [], nextSteps: [], chairsSection: cleanSection(body), verbatim: true, missing: [], leftOut: nil,
        closingLine: "")
      return Composition(full: draft, recommendations: [])
    }

    // The details name the chair: so does the opening ("chaired by Grace Otieno"), even where the
    // chair also speaks and what they said is told without their name.
    let chairsPhrase = Self.list(session.chairs.map(Self.midSentence))
    let opening = openingSentences(session).map { sentence in
      guard anonymiser != nil, !chairsPhrase.isEmpty, sentence.contains(chairsPhrase) else { return clean(sentence) }
      return clean(sentence.replacingOccurrences(of: chairsPhrase, with: "\u{E000}")).replacingOccurrences(of: "\u{E000}", with: chairsPhrase)
    }
    // The purpose keeps the web addresses its links lead to, as items do.
    let purposeSentences = sectionSentences(session, .purpose)
    let purposeTexts = Extractor.withLinkTargets(purposeSentences.map { ($0.text, $0.line) }, in: session)
    let purpose = zip(purposeSentences, purposeTexts).map { SummaryDraft.Sourced(text: Self.closed(clean($1)), source: source($0.line)) }
    // A sentence taken out of its paragraph names no one by "she" or "he": "A speaker cautioned …".
    let keyMessages = keyMessages(session: session, extract: extract).map { theme in
      SummaryDraft.KeyMessage(
        theme: theme.label, sentences: theme.sentences.map { SummaryDraft.Sourced(text: Self.closed(Self.withoutOpeningPronoun(clean($0.text))), source: source($0.line)) })
    }
    // The chair's own section is shown whole: the recommendations in it are not listed again.
    let chairsLines = session.sectionAsRead(.chairsSummary).map { section in
      section.line...(section.blocks.compactMap { $0.range?.end.line }.max() ?? section.line)
    }
    let cleaned = { (item: ExtractedItem) -> ExtractedItem in
      var item = item
      item.text = clean(item.text)
      return item
    }
    let recommendations = rankedRecommendations(extract).map {
      Recommendation(
        shown: SummaryDraft.Sourced(text: Self.shownText(cleaned($0), chairs: session.chairs.count), source: source($0.line)), strength: $0.strength,
        actor: $0.actors.first, location: $0.location,
        addressedOutsideTaxonomy: $0.addressedOutsideTaxonomy, inChairsSection: chairsLines?.contains($0.line) ?? false)
    }
    let steps = rankedActions(extract)
    var missing: [String] = []
    // A section is missing when its heading is absent and nothing stands for it: recommendations
    // or actions found under "**Next steps**" in the discussion count.
    let drawnFrom: [SectionID] = [.purpose, .discussion]
    // Where event.yml says which sections a kind of session needs, the summary asks for those.
    let expected = requiredSections[session.kind].map { required in
      (drawnFrom + [.recommendations, .actions]).filter(required.contains)
    } ?? (requiredSections.isEmpty
      ? drawnFrom + [.recommendations, .actions]
      : drawnFrom + [.recommendations, .actions].filter { (requiredSections[session.kind] ?? []).contains($0) })
    for id in expected where session.sectionAsRead(id) == nil {
      if id == .recommendations && !extract.recommendations.isEmpty { continue }
      if id == .actions && !extract.actions.isEmpty { continue }
      missing.append(id.title)
    }
    var draft = SummaryDraft(
      id: session.id, title: title, metaLine: meta, opening: opening, purpose: purpose, keyMessages: keyMessages,
      recommendationGroups: [], nextSteps: [], chairsSection: chairsText.map(cleanSection), verbatim: false,
      missing: missing, leftOut: nil,
      // A chair's section that already says it was not negotiated is not followed by the same words.
      closingLine: chairsText.map { $0.lowercased().contains("not negotiated") } == true ? "" : Self.closingNote)
    draft.recommendationGroups = groups(recommendations)
    draft.nextSteps = steps.map {
      SummaryDraft.NextStep(
        text: clean($0.text), owner: clean($0.owner ?? "not named"),
        due: ($0.due ?? "no date") + ($0.done ? ", done" : ""), source: source($0.line))
    }
    return Composition(full: draft, recommendations: recommendations)
  }

  // MARK: - Budget

  /// The words the built-in Markdown template gives a draft, counted without rendering it.
  public static func estimatedWords(_ draft: SummaryDraft) -> Int {
    var words = WordCount.count(draft.title) + 2 + WordCount.count(draft.metaLine)
    if draft.verbatim { return WordCount.count(draft.chairsSection ?? "") }
    words += draft.opening.reduce(0) { $0 + WordCount.count($1) }
    if !draft.missing.isEmpty { words += 12 + draft.missing.reduce(0) { $0 + WordCount.count($1) } }
    if !draft.purpose.isEmpty { words += 1 + draft.purpose.reduce(0) { $0 + WordCount.count($1.text) } }
    if !draft.keyMessages.isEmpty {
      words += 2 + draft.keyMessages.reduce(0) { total, message in
        total + WordCount.count(message.theme) + message.sentences.reduce(0) { $0 + WordCount.count($1.text) }
      }
    }
    if !draft.recommendationGroups.isEmpty {
      words += 1 + draft.recommendationGroups.reduce(0) { total, group in
        total + WordCount.count(group.heading) + group.items.reduce(0) { $0 + WordCount.count($1.text) }
      }
    }
    if !draft.nextSteps.isEmpty {
      words += 2 + draft.nextSteps.reduce(0) {
        $0 + WordCount.count($1.text) + WordCount.count($1.owner) + WordCount.count($1.due) + 2
      }
    }
    if let chairs = draft.chairsSection { words += 2 + WordCount.count(chairs) }
    words += WordCount.count(draft.leftOut ?? "") + WordCount.count(draft.closingLine)
    return words
  }

  /// Cuts the lowest-ranked units until the Markdown draft is within `maxWords`, and says what
  /// was left out. Whole sentences and items only.
  func applyBudget(
    _ full: SummaryDraft, recommendations: [Recommendation], measure: (SummaryDraft) -> Int
  ) -> SummaryDraft {
    // Scores: higher is kept longer. The chair's own words first (unless they alone would take
    // half the budget), then what the session set out to do and who took part (a chair's summary
    // opens with them), the strongest recommendations, next steps with owners and dates, the
    // top themes' best sentences; second sentences, later purpose sentences and weaker items go first.
    var candidates: [Candidate] = []
    for index in full.opening.indices.dropFirst() {
      candidates.append(Candidate(unit: .opening(index), score: index == 1 ? 72 : 30 - Double(index), words: WordCount.count(full.opening[index])))
    }
    for (index, sentence) in full.purpose.enumerated() {
      candidates.append(Candidate(unit: .purpose(index), score: index == 0 ? 73 : 20 - Double(index), words: WordCount.count(sentence.text)))
    }
    for (theme, message) in full.keyMessages.enumerated() {
      for (index, sentence) in message.sentences.enumerated() {
        let score = index == 0 ? 69 - 3 * Double(theme) : 25 - 2 * Double(theme)
        candidates.append(Candidate(unit: .keySentence(theme: theme, sentence: index), score: score, words: WordCount.count(sentence.text) + (index == 0 ? WordCount.count(message.theme) : 0)))
      }
    }
    for (index, item) in recommendations.enumerated() {
      let base = item.strength >= 3 ? 70.0 : 48.0
      candidates.append(Candidate(unit: .recommendation(index), score: base - Double(index) * 1.2, words: WordCount.count(item.shown.text)))
    }
    for (index, step) in full.nextSteps.enumerated() {
      candidates.append(Candidate(unit: .nextStep(index), score: 66 - Double(index) * 1.2, words: WordCount.count(step.text + " " + step.owner + " " + step.due) + 2))
    }
    if let chairs = full.chairsSection {
      let words = WordCount.count(chairs)
      candidates.append(Candidate(unit: .chairsSection, score: words * 2 <= maxWords ? 80 : 40, words: words))
    }
    // Lowest score first; on a tie, the later unit goes first.
    let order = candidates.enumerated().sorted { ($0.element.score, -$0.offset) < ($1.element.score, -$1.offset) }.map(\.element)
    // The fewest cuts (in that order) that bring the draft within the budget: a binary search,
    // since each cut shortens the draft, then a step at a time where the left-out note grew.
    func draft(cutting count: Int) -> SummaryDraft {
      build(full, removing: Set(order.prefix(count).map(\.unit)), recommendations: recommendations)
    }
    // Each count of cuts is measured once (a measure may render the template).
    var measured: [Int: Bool] = [:]
    func fits(cutting count: Int) -> Bool {
      if let known = measured[count] { return known }
      let fits = measure(draft(cutting: count)) <= maxWords
      measured[count] = fits
      return fits
    }
    if fits(cutting: 0) { return draft(cutting: 0) }
    var low = 0
    var high = order.count
    while low < high {
      let middle = (low + high) / 2
      if fits(cutting: middle) { high = middle } else { low = middle + 1 }
    }
    var cut = low
    while cut < order.count, !fits(cutting: cut) { cut += 1 }
    return draft(cutting: cut)
  }

  private func build(_ full: SummaryDraft, removing removed: Set<Unit>, recommendations: [Recommendation]) -> SummaryDraft {
    var draft = full
    draft.opening = full.opening.enumerated().filter { !removed.contains(.opening($0.offset)) }.map(\.element)
    draft.purpose = full.purpose.enumerated().filter { !removed.contains(.purpose($0.offset)) }.map(\.element)
    draft.keyMessages = full.keyMessages.enumerated().compactMap { theme, message in
      let kept = message.sentences.enumerated().filter { !removed.contains(.keySentence(theme: theme, sentence: $0.offset)) }
      return kept.isEmpty ? nil : SummaryDraft.KeyMessage(theme: message.theme, sentences: kept.map(\.element))
    }
    if removed.contains(.chairsSection) {
      draft.chairsSection = nil
      // The chair's section that said it was not negotiated is left out: the closing note says so.
      draft.closingLine = Self.closingNote
    }
    let listed = recommendations.filter { !(draft.chairsSection != nil && $0.inChairsSection) }
    let keptRecommendations = recommendations.enumerated().filter {
      !removed.contains(.recommendation($0.offset)) && !(draft.chairsSection != nil && $0.element.inChairsSection)
    }.map(\.element)
    draft.recommendationGroups = groups(keptRecommendations)
    draft.nextSteps = full.nextSteps.enumerated().filter { !removed.contains(.nextStep($0.offset)) }.map(\.element)
    var parts: [String] = []
    func count(_ number: Int, _ singular: String, _ plural: String) {
      if number > 0 { parts.append("\(number) \(number == 1 ? singular : plural)") }
    }
    // "further" only where some of the kind are shown.
    func further(_ kept: Int) -> String { kept > 0 ? "further " : "" }
    count(listed.count - keptRecommendations.count, "\(further(keptRecommendations.count))recommendation", "\(further(keptRecommendations.count))recommendations")
    count(full.nextSteps.count - draft.nextSteps.count, "\(further(draft.nextSteps.count))next step", "\(further(draft.nextSteps.count))next steps")
    count(full.keyMessages.count - draft.keyMessages.count, "\(further(draft.keyMessages.count))key message", "\(further(draft.keyMessages.count))key messages")
    let sentences = (full.purpose.count - draft.purpose.count) + (full.opening.count - draft.opening.count)
      + full.keyMessages.reduce(0) { total, message in
        let kept = draft.keyMessages.first { $0.theme == message.theme }?.sentences.count ?? 0
        return total + (kept == 0 ? 0 : message.sentences.count - kept)
      }
    count(sentences, "further sentence", "further sentences")
    if full.chairsSection != nil && draft.chairsSection == nil { parts.append("the Chair's own remarks") }
    if !parts.isEmpty {
      let list = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
      draft.leftOut = "Left out for length: \(list) in the notes."
    }
    return draft
  }

  // MARK: - Parts


  /// A chair or host given as a role written as a sentence would open it ("A youth network
  /// coordinator", "The head of the secretariat"), as it reads inside one: "chaired by a youth
  /// network coordinator". A name is left as it is ("A. Okoro", "The Elders", "The Ministry of …").
  /// A host as a sentence names it: "the United Kingdom", "the Government of Kenya", "UNDP".
  static func withArticle(_ name: String) -> String {
    let text = midSentence(name)
    guard let first = text.split(separator: " ").first, first.first?.isUppercase == true, first != "The" else { return text }
    let words = text.split(separator: " ")
    let takesThe = ["United", "European", "African", "Asian", "Netherlands", "Philippines", "Gambia", "Holy", "Ministry", "Government",
      "Office", "Secretariat", "Department", "Council", "Embassy", "Permanent", "Mission", "Delegation", "Institute", "Centre",
      "Center", "Commission", "Federal", "Republic", "Kingdom", "Organization", "Organisation", "Foundation", "Agency"]
    return takesThe.contains(String(first)) && (words.count > 1 || ["Netherlands", "Philippines", "Gambia"].contains(String(first)))
      ? "the " + text : text
  }

  static func midSentence(_ text: String) -> String {
    for article in ["A ", "An ", "The "] where text.hasPrefix(article) {
      let rest = text.dropFirst(article.count)
      guard let next = rest.first, next.isLowercase else { return text }
      return article.lowercased() + rest
    }
    return text
  }

  private func openingSentences(_ session: Session) -> [String] {
    // `side-event` reads "side event"; a kind written in words keeps its hyphens ("high-level dialogue").
    let kind = session.kind.contains(" ") ? session.kind : session.kind.replacingOccurrences(of: "-", with: " ")
    var title = session.title.isEmpty ? session.id : session.title
    // A title written in quotes is quoted once: “T”, not ““T””.
    let quotes: [(Character, Character)] = [("\u{201C}", "\u{201D}"), ("\"", "\""), ("\u{2018}", "\u{2019}"), ("'", "'")]
    if title.count > 2, quotes.contains(where: { title.first == $0.0 && title.last == $0.1 }) {
      title = String(title.dropFirst().dropLast()).trimmingBlanks
    }
    // "The workshop “Workshop: …”" says it twice: a title that opens with its kind stands alone.
    let saysKind = title.lowercased().hasPrefix(kind.lowercased()) && !kind.isEmpty
    var first = saysKind ? "“\(title)”" : "The \(kind) “\(title)”"
    if !session.hosts.isEmpty { first += ", hosted by \(Self.list(session.hosts.map(Self.withArticle))),"  }
    first += " took place"
    if let date = CalendarDate(iso: session.date) { first += " on \(date.longDescription)" }
    if !session.venue.isEmpty { first += " " + Self.venuePhrase(session.venue) }
    if !session.chairs.isEmpty { first += ", chaired by \(Self.list(session.chairs.map(Self.midSentence)))" }
    first += "."
    var sentences = [first]
    if !session.speakers.isEmpty {
      var bySector: [String: Int] = [:]
      for speaker in session.speakers { bySector[speaker.sector ?? "", default: 0] += 1 }
      var known = Speaker.sectors.filter { bySector[$0] != nil }.map { "\(bySector[$0] ?? 0) from \(Self.sectorLabel($0))" }
      // The parts add up to the whole: speakers of another sector or of none are counted too.
      let others = session.speakers.count - Speaker.sectors.reduce(0) { $0 + (bySector[$1] ?? 0) }
      if !known.isEmpty && others > 0 { known.append("\(others) other\(others == 1 ? "" : "s")") }
      var sentence = "\(session.speakers.count) speaker\(session.speakers.count == 1 ? "" : "s") took part"
      if !known.isEmpty { sentence += ": " + Self.list(known) }
      // Women are counted only where the notes give every speaker's gender; otherwise only those
      // known to be women are, and the sentence says how many genders are not given.
      let women = session.speakers.filter(\.isWoman).count
      let unknown = session.speakers.filter { $0.gender == nil }.count
      if unknown == 0, session.speakers.count == 1 {
        if women == 1 { sentence += "; the speaker was a woman" }
      } else if unknown == 0 {
        sentence += women == 0 ? "; none of them were women" : "; \(women) of them \(women == 1 ? "was a woman" : "were women")"
      } else if unknown < session.speakers.count {
        sentence += "; \(women) \(women == 1 ? "was a woman" : "were women") (gender not given for \(unknown))"
      }
      sentences.append(sentence + ".")
    }
    if session.chathamHouse {
      // Part of the first, fixed sentence group: never cut for length.
      sentences[0] += " The session was held under the Chatham House Rule; nothing here is attributed to a named speaker."
    }
    return sentences
  }

  static func sectorLabel(_ sector: String) -> String {
    switch sector {
    case "government": return "government"
    case "civil-society": return "civil society"
    case "un-system": return "the UN system"
    case "donor": return "donors"
    case "academia": return "academia"
    case "private-sector": return "the private sector"
    case "media": return "the media"
    default: return sector
    }
  }

  static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }

  /// The Markdown of a section's body, as written in the file.
  func sectionMarkdown(_ section: Section, in session: Session) -> String {
    guard let first = section.blocks.first?.range?.start.line, let last = section.blocks.last?.range?.end.line else {
      return ""
    }
    let lines = session.text.split(separator: "\n", omittingEmptySubsequences: false)
    guard first >= 1, last <= lines.count, first <= last else { return "" }
    return lines[(first - 1)...(last - 1)].joined(separator: "\n")
  }

  struct LocatedSentence {
    var text: String
    var line: Int
    var order: Int
  }

  /// The sentences of a section's paragraphs and list items.
  func sectionSentences(_ session: Session, _ id: SectionID) -> [LocatedSentence] {
    guard let section = session.sectionAsRead(id) else { return [] }
    return sentences(of: section.blocks)
  }

  func sentences(of blocks: [MarkdownNode]) -> [LocatedSentence] {
    var result: [LocatedSentence] = []
    func visit(_ node: MarkdownNode) {
      switch node.kind {
      case .paragraph:
        // A pipe table, which CommonMark leaves as a paragraph, holds cells, not sentences.
        if Extractor.isTable(node) { return }
        // A footnote's text ("[^1]: See …") is no sentence of the session.
        if Extractor.isFootnote(node) { return }
        let text = LocatedText(block: node)
        for range in SentenceSplitter.split(text.text) {
          var sentence = String(text.text[range])
          // Footnote marks ("resolution[^1]") and struck-out words are not shown.
          if sentence.contains("~~") || sentence.contains("[^") {
            sentence = Extractor.droppingEditorMarks(sentence)
          }
          if sentence.hasPrefix("[ ] ") || sentence.hasPrefix("[x] ") { sentence.removeFirst(4) }
          // "·         If governments …": a word processor's bullet pasted as text.
          if let glyph = sentence.first, Extractor.wordProcessorBullets.contains(glyph), sentence.dropFirst().first?.isWhitespace == true {
            sentence = String(sentence.dropFirst().drop(while: \.isWhitespace))
          }
          sentence = Self.withoutParagraphNumber(sentence)
          result.append(LocatedSentence(text: sentence, line: text.location(at: range.lowerBound).line, order: result.count))
        }
      case .codeBlock, .htmlBlock, .blockQuote:
        break
      default:
        node.children.forEach(visit)
      }
    }
    blocks.forEach(visit)
    return result
  }

  /// A sentence without the number minutes give their paragraphs ("1.3 Ms Okonkwo reported …").
  static func withoutParagraphNumber(_ sentence: String) -> String {
    let number = sentence.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    guard number.contains("."), number.first?.isNumber == true, number.count < sentence.count,
      sentence[number.endIndex] == " ", sentence.dropFirst(number.count + 1).first?.isUppercase == true
    else { return sentence }
    return String(sentence.dropFirst(number.count + 1))
  }

  /// Procedure, not substance: apologies, welcomes, thanks, the agenda and the minutes.
  static let proceduralPhrases = [
    "apologies", "welcomed participants", "welcomed the participants", "welcomed everyone", "opened the meeting",
    "opened the session", "closed the meeting", "closed the session", "adopted the agenda", "agenda was adopted",
    "minutes of the previous", "thanked", "introduced the speakers", "round of introductions", "housekeeping",
    "the meeting was called to order", "next meeting will",
  ]
  static let proceduralPhraseBytes = proceduralPhrases.map { Array($0.utf8) }

  /// A sentence as a summary shows it, ending in a full stop: a list item written without one
  /// ("Agree 3-4 asks for donors") does not run into the next.
  static func closed(_ text: String) -> String {
    guard let last = text.last, last.isLetter || last.isNumber || last == ")" || last == "*" || last == "_" else { return text }
    return text + "."
  }

  /// A line of a pasted e-mail's header ("From: …", "Subject: RE: …") or signature ("-- Awa |
  /// Rapporteur", "This e-mail may contain confidential information").
  static func isMailLine(_ text: String) -> Bool {
    let start = text.drop { $0 == "\\" || $0 == " " || $0 == ">" }
    if start.hasPrefix("--") || start.hasPrefix("\u{2014}") && start.count < 80 { return true }
    for field in ["From:", "Sent:", "To:", "Cc:", "CC:", "Subject:", "Date:", "De :", "Envoyé :", "Objet :", "Asunto:", "Enviado:"]
    where start.hasPrefix(field) {
      return true
    }
    if text.utf8.contains(UInt8(ascii: "@")),
      text.range(of: "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", options: .regularExpression) != nil
    {
      return true
    }
    return text.containsAnyBytesIgnoringCase(mailPhraseBytes)
  }

  /// A pasted e-mail's disclaimer and signature.
  static let mailPhraseBytes = ["this e-mail", "this email", "confidential information", "intended recipient", "sent from my"]
    .map { Array($0.utf8) }

  /// Denials and the past: "nobody here is saying that …", "Last year we urged donors …".
  static let backgroundPhrases = [
    "nobody", "no one", "did not", "didn't", "not saying", "last year", "in the past", "recalled that", "had called",
    "had recommended", "had urged", "had agreed", "previous meeting", "nothing happened",
  ]
  static let backgroundPhraseBytes = backgroundPhrases.map { Array($0.utf8) }

  /// A text as compared with an item's: blanks squeezed, lower case, without the punctuation or
  /// "and" that close it — an item may be shown as a sentence of its own ("Share data." for the
  /// notes' "share data; and").
  static func comparable(_ text: String) -> String {
    var words = squeezed(Extractor.droppingEditorMarks(text)).lowercased()
    while true {
      if let last = words.last, ".;,:!?".contains(last) {
        words.removeLast()
      } else if words.hasSuffix(" and") || words.hasSuffix(" or") {
        words.removeLast(words.hasSuffix(" or") ? 3 : 4)
      } else {
        return words
      }
    }
  }

  /// The text with its runs of blanks made one space, none at either end.
  static func squeezed(_ text: String) -> String {
    // ASCII without carriage returns: each byte is a character, so bytes can be compared.
    guard text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else {
      return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(UInt8(ascii: " ")) }
        pendingSpace = false
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Reporting verbs that mark what a session wanted heard.
  static let emphasisVerbs = [
    "stressed", "emphasised", "emphasized", "underscored", "underlined", "agreed", "concluded", "highlighted",
    "insisted", "reiterated", "consensus", "converged", "shared the view",
  ]

  static let emphasisVerbBytes = emphasisVerbs.map { Array($0.utf8) }

  /// Whether a sentence has one of the emphasis verbs, in any case.
  /// "in the Madison Room", "in Room XXIV", "in Geneva", "online".
  static func venuePhrase(_ venue: String) -> String {
    let words = venue.split(separator: " ")
    guard let first = words.first else { return "" }
    let lowered = first.lowercased()
    if ["online", "virtual", "zoom", "remote", "hybrid"].contains(lowered) && words.count == 1 { return "online" }
    if lowered == "the" { return "in the " + words.dropFirst().joined(separator: " ") }
    let bare = ["room", "hall", "salle", "conference", "auditorium", "building", "floor", "level", "online", "virtual"]
    let takesArticle = words.count > 1 && first.first?.isUppercase == true && !bare.contains(lowered)
      && !first.contains(where: \.isNumber) && !(first.count > 1 && first.allSatisfy { $0.isUppercase || $0.isNumber })
    return (takesArticle ? "in the " : "in ") + venue
  }

  static let questionClosers: Set<Character> = ["\"", "'", "”", "’", ")", "*", "_"]

  /// A question, asked or reported ("A delegate asked whether …"): not a key message.
  static func isQuestion(_ text: String) -> Bool {
    isQuestion(text, lowered: PhraseText(text.trimmingBlanks))
  }

  /// `isQuestion` of a text given also as `PhraseText` (of the text without its outer blanks).
  static func isQuestion(_ text: String, lowered: PhraseText) -> Bool {
    if let last = text.last(where: { !questionClosers.contains($0) && !$0.isWhitespace }), last == "?" { return true }
    return lowered.containsAny(questionPhrases, bytes: questionPhraseBytes)
  }

  static let questionPhrases = [
    "asked whether", "asked if", "asked how", "asked why", "asked what", "asked who", "asked when", "wondered", "queried",
  ]
  static let questionPhraseBytes = questionPhrases.map { Array($0.utf8) }

  static func hasEmphasis(_ text: String) -> Bool {
    containsAny(emphasisVerbs, bytes: emphasisVerbBytes, in: text)
  }

  /// Whether `text` holds one of `phrases` (lower-case, given also as `bytes`), in any case.
  static func containsAny(_ phrases: [String], bytes: [[UInt8]], in text: String) -> Bool {
    PhraseText(text).containsAny(phrases, bytes: bytes)
  }

  /// A text lower-cased once for several phrase lists: as ASCII bytes, or as a string when it is not ASCII.
  struct PhraseText {
    let ascii: [UInt8]?
    let lowered: String

    init(_ text: String) {
      ascii = text.lowercasedASCIIBytes
      lowered = ascii == nil ? text.lowercased() : ""
    }

    /// Whether the text holds one of `phrases` (lower-case, given also as `bytes`).
    func containsAny(_ phrases: [String], bytes: [[UInt8]]) -> Bool {
      if let ascii { return ascii.withUnsafeBufferPointer { TextBytes.containsAny(bytes, in: $0) } }
      return phrases.contains { lowered.contains($0) }
    }
  }

  struct ThemeMessage {
    var label: String
    var sentences: [LocatedSentence]
  }

  /// The most prominent themes (weight: items tagged with them, discussion sentences carrying
  /// them, front-matter tags), each with the one or two sentences that carry it best.
  func keyMessages(session: Session, extract: SessionExtract) -> [ThemeMessage] {
    let extractor = Extractor(rules: rules)
    var pool: [LocatedSentence] = []
    for section in session.sectionsAsRead ?? session.sections where section.id == .discussion || section.id == nil {
      pool += sentences(of: section.blocks)
    }
    // "A: Ms. Mendes said no: …": a transcript's answer label is no part of what was said.
    pool = pool.map { sentence in
      var sentence = sentence
      for label in Extractor.answerLabels where sentence.text.hasPrefix(label) {
        sentence.text = String(sentence.text.dropFirst(label.count))
      }
      return sentence
    }
    // Without a discussion there is nothing to draw from but the purpose, which the summary
    // already gives word for word.
    if pool.isEmpty { return [] }
    let poolThemes = pool.map { extractor.themes(in: $0.text) }
    let items = extract.items
    var itemTextsByLine: [Int: [String]] = [:]
    for item in items { itemTextsByLine[item.line, default: []].append(Self.comparable(item.text)) }
    var weight: [String: Double] = [:]
    for item in items { for theme in item.themes { weight[theme, default: 0] += 1 } }
    for themes in poolThemes { for theme in themes { weight[theme, default: 0] += 1 } }
    for tag in session.tags where weight[tag] != nil { weight[tag, default: 0] += 2 }
    let order = rules.themes.map(\.id)
    let ranked = weight.keys.sorted {
      (weight[$0] ?? 0, -(order.firstIndex(of: $0) ?? 0)) > (weight[$1] ?? 0, -(order.firstIndex(of: $1) ?? 0))
    }
    // A sentence scores the same for every theme it carries: worked out once, for those with a theme.
    let scores = pool.enumerated().map { index, sentence -> Double? in
      guard !poolThemes[index].isEmpty else { return nil }
      let words = WordCount.count(sentence.text)
      guard words >= 6, words <= 60 else { return nil }
      // Recommendations and actions have their own place in the summary; key messages are what
      // was said, preferably what speakers stressed or agreed.
      // An item's sentence, or one that holds an item ("X did not …; instead it urged donors to …").
      if let texts = itemTextsByLine[sentence.line] {
        let squeezed = Self.comparable(sentence.text)
        if texts.contains(where: { squeezed.contains($0) || $0.contains(squeezed) }) {
          return nil
        }
      }
      // The sentence lower-cased once for every phrase list (a trimmed copy for the questions).
      let trimmed = sentence.text.trimmingBlanks
      let lowered = PhraseText(sentence.text)
      if Self.isQuestion(trimmed, lowered: trimmed == sentence.text ? lowered : PhraseText(trimmed)) { return nil }
      if lowered.containsAny(Self.proceduralPhrases, bytes: Self.proceduralPhraseBytes) { return nil }
      // A pasted e-mail's header and signature, a proposal turned down, a hypothetical and a
      // document's words are no message of the session.
      if Self.isMailLine(trimmed) || Extractor.isNoMessage(trimmed) { return nil }
      // "In her experience, …": out of its paragraph no one knows whose.
      if trimmed.split(separator: " ", maxSplits: 4).prefix(4).contains(where: { ["her", "his", "him"].contains($0.lowercased()) }) {
        return nil
      }
      // What was not said, or was said before the session, is no message of it.
      if lowered.containsAny(Self.backgroundPhrases, bytes: Self.backgroundPhraseBytes) { return nil }
      let emphasis = lowered.containsAny(Self.emphasisVerbs, bytes: Self.emphasisVerbBytes) ? 2.0 : 0
      let density = Double(poolThemes[index].count)
      return 3 + emphasis + min(density, 3) * 0.5 - Double(index) * 0.01
    }
    var used: Set<Int> = []
    var messages: [ThemeMessage] = []
    for theme in ranked where messages.count < 4 {
      var scored: [(index: Int, score: Double)] = []
      for index in pool.indices where !used.contains(index) && poolThemes[index].contains(theme) {
        if let score = scores[index] { scored.append((index, score)) }
      }
      let best = scored.sorted { ($0.score, -$0.index) > ($1.score, -$1.index) }.prefix(2).map(\.index).sorted()
      guard !best.isEmpty else { continue }
      best.forEach { used.insert($0) }
      messages.append(ThemeMessage(label: rules.theme(theme)?.label ?? theme, sentences: best.map { pool[$0] }))
    }
    return messages
  }

  /// Recommendations, strongest first (section items, then cue strength, themes, position).
  /// A recommendation written twice in the notes (in the discussion and again under
  /// Recommendations) is listed once, at its strongest.
  func rankedRecommendations(_ extract: SessionExtract) -> [ExtractedItem] {
    Self.restatedOnce(Self.once(extract.recommendations.enumerated().sorted {
      ($0.element.strength, $0.element.actors.isEmpty ? 0 : 1, -$0.offset) > ($1.element.strength, $1.element.actors.isEmpty ? 0 : 1, -$1.offset)
    }.map(\.element)) { [Self.comparable($0.text)] }, threshold: 0.8) { $0.actors.isEmpty ? nil : $0.actors.joined(separator: ",") }
  }

  /// The items without those that restate one kept before in other words: for the same
  /// addressees (or the same owner and due date), the shorter holding at least `threshold` of
  /// its content words in the other ("Mr. Berg agreed, adding that donors must accept longer
  /// reporting cycles" in the discussion, "Donors must accept longer reporting cycles." under
  /// Recommendations).
  ///
  /// Only items kept before that share a word with it are compared, found through an index of
  /// their words, and at most `comparedAtMost` of them: a session of thousands of items is read in
  /// near-linear time, not by comparing every pair.
  static func restatedOnce(_ items: [ExtractedItem], threshold: Double, audience: (ExtractedItem) -> String?) -> [ExtractedItem] {
    var kept: [Set<String>] = []
    // The kept items holding each word, for each audience.
    var holding: [String: [String: [Int]]] = [:]
    return items.filter { item in
      guard let group = audience(item) else { return true }
      // The words that name whom it addresses are the same in both: they say nothing of what.
      let named = Set(item.evidence.filter { $0.rule.hasPrefix("actor:") }.flatMap { contentWords($0.words) })
      let words = contentWords(item.text).subtracting(named)
      guard words.count >= 3 else { return true }
      // The share of the shorter text's words the other holds: a restatement keeps most of them.
      var compared: Set<Int> = []
      let index = holding[group] ?? [:]
      for word in words.sorted() where compared.count < comparedAtMost {
        for other in (index[word] ?? []).reversed().prefix(comparedAtMost - compared.count) where compared.insert(other).inserted {
          let otherWords = kept[other]
          if min(otherWords.count, words.count) >= 4,
            Double(otherWords.intersection(words).count) / Double(Swift.min(otherWords.count, words.count)) >= threshold
          {
            return false
          }
        }
      }
      kept.append(words)
      for word in words { holding[group, default: [:]][word, default: []].append(kept.count - 1) }
      return true
    }
  }

  /// How many items kept before one item is compared with, at most.
  static let comparedAtMost = 400

  /// The words of a text that carry its content: four letters or more, and no word of the asking.
  static func contentWords(_ text: String) -> Set<String> {
    // ASCII text, as most is, is cut into words by its bytes.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var words: Set<String> = []
      var word: [UInt8] = []
      for byte in text.utf8 + [UInt8(ascii: " ")] {
        let small = byte | 0x20
        if small >= UInt8(ascii: "a"), small <= UInt8(ascii: "z") {
          word.append(small)
          continue
        }
        if word.count >= 4, case let found = String(decoding: word, as: UTF8.self), !askingWords.contains(found) { words.insert(found) }
        word.removeAll(keepingCapacity: true)
      }
      return words
    }
    return Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 4 && !askingWords.contains($0) })
  }

  static let askingWords: Set<String> = [
    "should", "must", "shall", "would", "will", "need", "needs", "urged", "called", "invited", "encouraged", "recommended", "agreed",
    "participants", "speakers", "that", "their", "with", "from", "this", "they", "them", "have", "more", "also",
  ]

  /// A sentence that opens with "She" or "He" (a speaker named in the sentence before, which the
  /// summary and the report do not show) opens with its owner's name where it is a task, or
  /// with "A speaker"; "They said …" with "Speakers said …". "They should …" may stand for anyone
  /// and is left as written.
  /// An item as shown out of its paragraph: its opening pronoun names the action's owner, or, in
  /// the chair's own section, the chair ("They invited governments …" → "The co-chairs invited
  /// governments …"), or else "A speaker"/"Speakers".
  public static func shownText(_ item: ExtractedItem, chairs: Int) -> String {
    if item.kind == .action { return withoutOpeningPronoun(item.text, owner: item.owner) }
    // "He urged …" where the notes named him in the sentence before: "Andrés Quintero-Mbaye urged …"
    // (under the Chatham House Rule, his role).
    guard item.section == .chairsSummary else {
      return withoutOpeningPronoun(item.text, owner: item.evidence.first { $0.rule == "speaker" }.map { $0.words.capitalizedFirst })
    }
    let they = item.text.hasPrefix("They ")
    return withoutOpeningPronoun(item.text, owner: they || chairs > 1 ? (they ? "The co-chairs" : "A co-chair") : "The Chair")
  }

  public static func withoutOpeningPronoun(_ text: String, owner: String? = nil) -> String {
    for pronoun in ["She ", "He "] where text.hasPrefix(pronoun) {
      return (owner.map { $0 + " " } ?? "A speaker ") + text.dropFirst(pronoun.count)
    }
    if text.hasPrefix("They "), let verb = text.dropFirst(5).split(separator: " ", maxSplits: 1).first,
      verb.hasSuffix("ed") || ["said", "told", "felt", "thought", "saw", "gave", "took", "made", "drew", "put", "set"].contains(verb)
    {
      return (owner.map { $0 + " " } ?? "Speakers ") + text.dropFirst(5)
    }
    return text
  }

  /// The items in order, each kept only where none before it has the same key.
  static func once(_ items: [ExtractedItem], key: (ExtractedItem) -> [String]) -> [ExtractedItem] {
    var seen: Set<[String]> = []
    return items.filter { seen.insert(key($0)).inserted }
  }


  /// Open actions first; those with an owner and a due date first, the soonest due first, then in
  /// the order of the notes.
  func rankedActions(_ extract: SessionExtract) -> [ExtractedItem] {
    let sorted = extract.actions.enumerated().sorted {
      // Open actions before finished ones, which are cut first.
      let a = ($0.element.done ? 0 : 4) + ($0.element.owner == nil ? 0 : 2) + ($0.element.due == nil ? 0 : 1)
      let b = ($1.element.done ? 0 : 4) + ($1.element.owner == nil ? 0 : 2) + ($1.element.due == nil ? 0 : 1)
      if a != b { return a > b }
      // The soonest due first, as a tracker has them; then in the order of the notes.
      if let first = $0.element.due, let second = $1.element.due, first != second { return first < second }
      return $0.offset < $1.offset
    }.map(\.element)
    // An action written twice (a sentence of the discussion and an item of Action items) is one;
    // "Dr. Okafor would prepare a short guidance note by 30 April" and, under Action items,
    // "Dr. Okafor to prepare the guidance note by 30 April": one task.
    let written = Self.once(sorted) { [Self.comparable($0.text), $0.owner ?? "", $0.due ?? ""] }
    return Self.restatedOnce(written, threshold: 0.6) { item in
      guard let owner = item.owner, let due = item.due, !item.done else { return nil }
      return owner.lowercased() + "|" + due
    }
  }

  /// Recommendations grouped by their first addressee in taxonomy order; then those addressing
  /// someone else, "For other actors", and those addressing nobody, "General recommendations". Within a
  /// group, in the order of the notes.
  func groups(_ items: [Recommendation]) -> [SummaryDraft.Group] {
    var groups: [SummaryDraft.Group] = []
    // The items by first addressee, in input order (the budget groups them again at every cut it tries).
    var byActor: [String: [Recommendation]] = [:]
    for item in items {
      if let actor = item.actor { byActor[actor, default: []].append(item) }
    }
    for actor in rules.actors {
      guard let members = byActor[actor.id]?.sorted(by: { $0.location < $1.location }) else { continue }
      groups.append(SummaryDraft.Group(heading: "For \(actor.label)", items: members.map(\.shown)))
    }
    let rest = items.filter { item in item.actor.map { rules.actor($0) == nil } ?? true }.sorted { $0.location < $1.location }
    // Addressed to others than the taxonomy's actors, then to nobody in particular.
    let others = rest.filter(\.addressedOutsideTaxonomy)
    if !others.isEmpty {
      groups.append(SummaryDraft.Group(heading: "For other actors", items: others.map(\.shown)))
    }
    let everyone = rest.filter { !$0.addressedOutsideTaxonomy }
    if !everyone.isEmpty {
      groups.append(SummaryDraft.Group(heading: "General recommendations", items: everyone.map(\.shown)))
    }
    return groups
  }
}
