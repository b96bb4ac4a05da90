/// The sections a session note is made of. Sections are level-2 headings, matched against names
/// and synonyms case-insensitively.
public enum SectionID: String, CaseIterable, Sendable, Hashable, Comparable {
  case purpose
  case context
  case agenda
  case speakers
  case discussion
  case recommendations
  case actions
  case chairsSummary = "chairs-summary"

  public static func < (lhs: SectionID, rhs: SectionID) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }

  /// The heading a user would write for it.
  public var title: String {
    switch self {
    case .purpose: return "Purpose"
    case .context: return "Context"
    case .agenda: return "Agenda"
    case .speakers: return "Speakers"
    case .discussion: return "Discussion"
    case .recommendations: return "Recommendations"
    case .actions: return "Action items"
    case .chairsSummary: return "Chair's summary"
    }
  }

  /// The SPEC's names and synonyms.
  public var defaultNames: [String] {
    switch self {
    case .purpose: return ["Purpose", "Objectives", "Aim"]
    case .context: return ["Context", "Background"]
    case .agenda: return ["Agenda", "Format", "Programme", "Program"]
    case .speakers: return ["Speakers", "Panel", "Presenters"]
    case .discussion: return ["Discussion", "Q&A", "Key points", "Summary of discussion"]
    case .recommendations: return ["Recommendations", "Key recommendations", "Proposals"]
    case .actions: return ["Action items", "Actions", "Next steps", "Follow-up"]
    case .chairsSummary: return ["Chair's summary", "Chair's remarks", "Wrap-up"]
    }
  }
}

extension SectionID {
  /// The sections each normalised default name belongs to, in the order of `allCases`.
  static let defaultNameOwners: [String: [SectionID]] = {
    var owners: [String: [SectionID]] = [:]
    for id in allCases {
      for name in id.defaultNames {
        let heading = SectionCatalog.normalise(name)
        if owners[heading]?.contains(id) != true { owners[heading, default: []].append(id) }
      }
    }
    return owners
  }()
}

/// Maps heading text to section ids: the SPEC's table plus the synonyms of `rules.yml`.
public struct SectionCatalog: Sendable, Equatable {
  private var lookup: [String: SectionID]

  /// The same names without apostrophes and hyphens: "Chairs summary", "Wrap up".
  private var looseLookup: [String: SectionID]

  public init(extraSynonyms: [SectionID: [String]] = [:]) {
    lookup = [:]
    looseLookup = [:]
    for id in SectionID.allCases {
      for name in id.defaultNames + (extraSynonyms[id] ?? []) {
        lookup[Self.normalise(name)] = id
        looseLookup[Self.loosened(Self.normalise(name))] = id
      }
    }
  }

  /// A normalised name without apostrophes, its hyphens read as blanks.
  static func loosened(_ name: String) -> String {
    String(name.filter { $0 != "'" }.map { $0 == "-" ? " " : $0 })
  }

  public static let standard = SectionCatalog()

  /// The section a heading names, if any. A heading that joins names ("Conclusions and
  /// recommendations", "Recommendations & next steps", "Discussion / Q&A") names the section of
  /// the outcomes it holds: recommendations first, then action items, then the discussion, then
  /// the first name known.
  public func section(forHeading heading: String) -> SectionID? {
    sections(forHeading: heading).first
  }

  /// Whether one word is a section's name as it stands ("RECOMMENDATIONS", "Agenda").
  public func isSectionName(word: String) -> Bool {
    lookup[word.lowercased()] != nil
  }

  /// Every section a heading names, the one `section(forHeading:)` gives first.
  /// Whether a heading is a task an outliner marks with its keyword in capitals: "TODO Confirm
  /// the number of mediators", "DONE Book the hall" (two words or more after the keyword).
  public static func isKeywordTask(_ heading: String) -> Bool {
    let words = heading.trimmingBlanks.split(separator: " ")
    guard words.count >= 3, let first = words.first else { return false }
    return ["TODO", "DONE", "WAITING", "NEXT", "CANCELLED", "CANCELED", "DOING"].contains(String(first))
  }

  public func sections(forHeading heading: String) -> [SectionID] {
    let normalised = Self.normalise(heading)
    if let id = lookup[normalised] ?? looseLookup[Self.loosened(normalised)] { return [id] }
    // "TODO Confirm the number of mediators", "DONE Book the hall": an outliner's task as a
    // heading names no section.
    if Self.isKeywordTask(heading) { return [] }
    // "What happens next?": a whole name asked as a question, as Easy Read headings ask it (not
    // "What did we set out to do?", which only ends in one).
    if normalised.hasSuffix("?") {
      let asked = Self.normalise(String(heading.trimmingBlanks.dropLast()))
      if let id = lookup[asked] ?? looseLookup[Self.loosened(asked)] { return [id] }
    }
    // "Recommendations (draft)", "Next steps (to be confirmed)": a remark in brackets after the name.
    // A number alone in the brackets makes the heading a title of its own ("Panel (2b)"); a
    // remark may hold one ("Recommendations (closing session, Fri 13 Oct)").
    if normalised.hasSuffix(")"), let open = normalised.lastIndex(of: "("), open > normalised.startIndex,
      !normalised[open...].contains(where: \.isNumber) || normalised[open...].split(separator: " ").count >= 3
    {
      let name = Self.normalise(normalised[..<open].trimmingCharacters(in: .whitespaces))
      if let id = lookup[name] ?? afterOpener(name) { return [id] }
      // "What we hosts promised (who / what / when)": a name the rules below read, and a remark.
      if name.hasPrefix("what ") || name.hasPrefix("who "), case let named = sections(forHeading: name), !named.isEmpty { return named }
      // "Aufgaben aus TOP 4 (Action items)": the name given in translation, in brackets.
      let inside = normalised[normalised.index(after: open)..<normalised.index(before: normalised.endIndex)]
      if let id = lookup[inside.trimmingCharacters(in: .whitespaces)] { return [id] }
      // "Iṣẹ́ àti Oníṣẹ́ (Tasks and who will do it)": the translation's first name, then a remark.
      if let and = inside.range(of: " and "), let id = lookup[inside[..<and.lowerBound].trimmingCharacters(in: .whitespaces)] {
        return [id]
      }
    }
    // "Ghushtane [demands] of the jirga": a name given in another language, glossed in brackets.
    for gloss in Self.glosses(in: normalised) {
      if let id = lookup[gloss] ?? looseLookup[Self.loosened(gloss)] { return [id] }
    }
    // "Centre: the banner "WHAT WE ASK"", "Flipchart 3 – “Next steps”": a board, a banner or a
    // sheet, then the name written on it, in quotes.
    if let quoted = Self.quotedName(in: heading), case let named = sections(forHeading: quoted), !named.isEmpty {
      return named
    }
    // "TOP 4 – Recommendations", "Item 3: Next steps": an agenda item's number before the name.
    // "Frame 3: Asks — who should do what?": the separator that comes first sets the label off.
    if let cut = [" \u{2013} ", " \u{2014} ", " - ", ": "].compactMap({ normalised.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
      let label = normalised[..<cut.lowerBound].split(separator: " ")
      if label.count == 2, label[0].allSatisfy(\.isLetter), label[1].first?.isNumber == true, label[1].count <= 4 {
        return sections(forHeading: String(normalised[cut.upperBound...]))
      }
      // "RECS — agreed at the end (read back, show of hands)": the name, then a remark on how it
      // came about that names no section of its own (not "Follow-up: side event …", a title).
      let remark = normalised[cut.upperBound...]
      if let id = lookup[label.joined(separator: " ")], id == .recommendations || id == .actions,
        let opening = remark.split(separator: " ").first, opening.hasSuffix("ed") || ["as", "read", "made", "given"].contains(opening),
        sections(forHeading: String(remark)).isEmpty
      {
        return [id]
      }
    }
    if let id = afterOpener(normalised) { return [id] }
    // "4. Systemic issues: recommendations to the National Reintegration Steering Group": a topic,
    // then the advice and whom it is for.
    for separator in [": ", " \u{2013} ", " \u{2014} "] {
      guard let cut = normalised.range(of: separator), normalised[..<cut.lowerBound].split(separator: " ").count <= 4 else { continue }
      let named = addressed(String(normalised[cut.upperBound...]))
      if !named.isEmpty { return named }
    }
    // "Who stood up and said they would do something", "Who promised what", "Who's picking up
    // what", "Who carries what": who took tasks on.
    if normalised.hasPrefix("who ") || normalised.hasPrefix("who's "),
      [" do", " commit", " promise", " pledge", " volunteer", " offered", " took on", " take on", " taking on", " pick", " owns", " carries", " carry", " carrying"].contains(where: normalised.contains)
    {
      return [.actions]
    }
    // "What we hosts promised", "What the partners pledged", "What we committed to": what those
    // who met took on (not "What the Fund will do", a letter's account of its own part).
    if normalised.hasPrefix("what "), normalised.split(separator: " ").count <= 6, !normalised.contains(" not "),
      [" promised", " pledged", " committed to", " undertook"].contains(where: { normalised.hasSuffix($0) })
    {
      return [.actions]
    }
    // "Undertakings given by the Director at the closing meeting", "Commitments made by the
    // partners": what those who met took on, whoever gave them.
    if ["undertakings ", "commitments made", "commitments given", "commitments by", "commitments from", "undertakings:"].contains(where: normalised.hasPrefix),
      normalised.split(separator: " ").count <= 12
    {
      return [.actions]
    }
    // "FT tasks before round 3", "Tasks for the secretariat", "Our to-dos until the summit": the
    // tasks of those who met (not "Actions for governments", advice by another name).
    if normalised.range(of: #"^(?:[\w'’&+-]+\s+){0,3}(?:tasks|to-dos|todos)\s+(?:before|for|until|after|by|ahead\s+of)\b"#, options: .regularExpression) != nil,
      normalised.split(separator: " ").count <= 9
    {
      return [.actions]
    }
    // "Pledge wall", "Pledges": the cards on which people wrote what they will do.
    if ["pledge wall", "pledges", "pledge board", "pledge cards", "pledges made", "pledge wall cards"].contains(normalised) { return [.actions] }
    // "What can you offer?", "What can we do?", "Offers made": what those who met took on.
    let trimmedQuestion = normalised.hasSuffix("?") ? String(normalised.dropLast()) : normalised
    if trimmedQuestion.hasPrefix("what "), trimmedQuestion.split(separator: " ").count <= 8, !trimmedQuestion.contains(" not "),
      [" offer", " can we do", " can you do"].contains(where: trimmedQuestion.contains)
      || ["offers", "offers made", "offers of support", "offers and pledges"].contains(trimmedQuestion)
    {
      return [.actions]
    }
    // "What the panel recommends", "What we recommend", "What the assembly asks of the council":
    // what those who met advise.
    // "What our guests asked you to do", "What the forum asked for": what those who met asked of
    // others.
    if normalised.hasPrefix("what "), normalised.split(separator: " ").count <= 8,
      [" recommend", " advise", " propose", " ask", " call for", " calls for", " calls on", " call on", " urge", " want"]
        .contains(where: { normalised.hasSuffix($0) || normalised.hasSuffix($0 + "s") || normalised.contains($0 + " ") || normalised.contains($0 + "s ") })
        || [" asked you", " asked others", " asked listeners", " asked everyone", " asked the audience", " asked the public", " asked for",
          " asking others to"]
          .contains(where: normalised.contains),
      !normalised.contains(" not ")
    {
      return [.recommendations]
    }
    // "Προτάσεις προς Υπουργείο και Περιφέρεια": a section's name, then whom it is for, in Greek.
    // "Recomanacions a la Generalitat i al Ministeri": so in Catalan.
    if case let words = normalised.split(separator: " "), words.count >= 3, ["προς", "a", "al", "als", "aux", "para", "per", "către", "prema", "до"].contains(words[1]),
      let id = lookup[String(words[0])]
    {
      return [id]
    }
    // "First 30 days (to 21 November 2036)", "The next 100 days": what a body set up does first.
    if normalised.range(of: #"^(?:the\s+|our\s+)?(?:first|next)\s+\d{1,3}\s+days\b"#, options: .regularExpression) != nil,
      normalised.split(separator: " ").count <= 9
    {
      return [.actions]
    }
    // "To prevent this we will", "What the network will do: we will": what those who met take on.
    if normalised.hasSuffix(" we will"), normalised.split(separator: " ").count <= 8, !normalised.contains(" not ") {
      return [.actions]
    }
    // "La Consulta raccomanda", "Le Forum recommande": who met, then the verb of their advice.
    if case let words = normalised.split(separator: " "), (2...4).contains(words.count), let verb = words.last,
      ["raccomanda", "raccomandano", "recommande", "recommandent", "recomienda", "recomiendan", "recomenda", "recomendam"].contains(String(verb))
    {
      return [.recommendations]
    }
    var parts = [Substring(normalised)]
    // "Harvest wall · what the room wants": a title's parts set apart by middle dots, the last
    // that names a section naming it.
    // Not a record's code and title ("ADR-027 · What we ask of partners"): a record, not a section.
    if normalised.contains(" \u{00B7} "), !(normalised.split(separator: " ").first.map { $0.contains(where: \.isNumber) && $0.contains(where: \.isLetter) } ?? false) {
      let named = heading.components(separatedBy: " \u{00B7} ").reversed().lazy.map { self.sections(forHeading: $0) }.first { !$0.isEmpty }
      if let named { return named }
    }
    for joiner in [" and ", " & ", " / ", "/", ", ", " | "] {
      parts = parts.flatMap { $0.split(separator: joiner) }
    }
    guard parts.count > 1 else { return named(atEitherEndOf: normalised, written: heading).map { [$0] } ?? addressed(normalised) }
    // "Owner / Timescale", "Who / what / when": the fields of tasks name the list of them.
    // "Kiyès | Kisa | Kilè": Haitian Creole's who, what and when.
    let taskFields: Set<String> = [
      "owner", "owners", "timescale", "timescales", "deadline", "deadlines", "who", "what", "when", "lead", "due", "by when", "kiyès", "kisa", "kilè",
    ]
    if parts.allSatisfy({ taskFields.contains($0.trimmingCharacters(in: .whitespaces)) }),
      parts.contains(where: { ["owner", "owners", "who", "lead", "kiyès"].contains($0.trimmingCharacters(in: .whitespaces)) })
    {
      return [.actions]
    }
    // A part need not name a section ("Conclusions"), but one must: "Monitoring and evaluation"
    // names none. Long parts make a title, not a list of sections.
    // Long parts make a title, unless it opens with an outcome section's name and whom it is
    // for: "7. Recommendations to the HCT and partners" (not "Recommendations made at …").
    guard parts.allSatisfy({ $0.split(separator: " ").count <= 3 }) else {
      // "Empfehlungen / Recommendations to the Länder conference": a name in two languages.
      let named = addressed(normalised)
      guard named.isEmpty, normalised.contains(" / ") else { return named }
      // "Recomanacions a la Generalitat i al Ministeri / Recommendations": either language's name.
      return normalised.components(separatedBy: " / ").lazy.map { self.lookup[$0].map { [$0] } ?? self.addressed($0) }.first { !$0.isEmpty } ?? []
    }
    let ids = parts.compactMap { lookup[Self.normalise(String($0))] }
    guard !ids.isEmpty else { return addressed(normalised) }
    let precedence: [SectionID] = [.recommendations, .actions, .discussion]
    let first = precedence.first(where: ids.contains) ?? ids[0]
    return [first] + ids.filter { $0 != first }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
  }

  /// The name written in double quotes at the end of a short heading after what bears it: the
  /// "WHAT WE ASK" of `Centre: the banner "WHAT WE ASK"` (not a heading that is all quote, nor
  /// one that quotes in its middle).
  static func quotedName(in heading: String) -> String? {
    let trimmed = heading.trimmingBlanks
    guard let last = trimmed.last, last == "\"" || last == "\u{201D}", trimmed.split(separator: " ").count <= 12 else { return nil }
    let body = trimmed.dropLast()
    guard let open = body.lastIndex(where: { $0 == "\"" || $0 == "\u{201C}" }), open > body.startIndex else { return nil }
    let before = body[..<open].trimmingCharacters(in: .whitespaces)
    let inside = body[body.index(after: open)...].trimmingCharacters(in: .whitespaces)
    guard !before.isEmpty, !inside.isEmpty, inside.split(separator: " ").count <= 6 else { return nil }
    return inside
  }

  /// The words in square brackets inside a heading, as a translation glosses a word ("Faislay
  /// [decisions] of the jirga"), normalised.
  public static func glosses(in heading: String) -> [String] {
    guard heading.utf8.contains(UInt8(ascii: "[")) else { return [] }
    var found: [String] = []
    var rest = Substring(heading)
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
      let inside = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
      if !inside.isEmpty, inside.count <= 40 { found.append(normalise(inside)) }
      rest = rest[rest.index(after: close)...]
    }
    return found
  }

  /// The section a name gives after a possessive or an article: "Our commitments", "The
  /// recommendations".
  private func afterOpener(_ name: String) -> SectionID? {
    for opener in ["our ", "the ", "my "] where name.hasPrefix(opener) {
      if let id = lookup[String(name.dropFirst(opener.count))] { return id }
    }
    // "Immediate follow-ups", "Urgent next steps": how soon, before the tasks' name.
    for opener in ["immediate ", "urgent ", "agreed "] where name.hasPrefix(opener) {
      if let id = lookup[String(name.dropFirst(opener.count))], id == .actions { return id }
    }
    // "Panel's advice to the Board", "Participants' recommendations", "The square's asks": whose
    // they are, first. (A speaker's "commitments" may hold what they would not promise: not read
    // as tasks; a body's are.)
    let name = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
    if let space = name.firstIndex(of: " "), case let owner = name[..<space], owner.hasSuffix("'s") || owner.hasSuffix("s'") {
      let rest = String(name[name.index(after: space)...])
      // "The Council's commitments on the six winners": what a body took on at the session.
      let words = rest.split(separator: " ")
      if let first = words.first, ["commitments", "pledges", "undertakings"].contains(first), words.count <= 6,
        !words.contains(where: { ["not", "no", "without", "unmet", "outstanding", "previous", "earlier", "past"].contains($0) }),
        ["council's", "government's", "ministry's", "municipality's", "city's", "county's", "fund's", "committee's", "board's",
          "secretariat's", "agency's", "authority's", "administration's", "donors'", "partners'", "members'"].contains(String(owner))
      {
        return .actions
      }
      let id = lookup[rest] ?? addressed(rest).first
      return id == .recommendations ? id : nil
    }
    return nil
  }

  /// The outcome section a heading opens with, when the words after it say whom or what it is for:
  /// "Recommendations to the HCT and partners", "Asks for donors and governments", "Advice on the
  /// projects that were not funded".
  private func addressed(_ heading: String) -> [SectionID] {
    let words = heading.split(separator: " ")
    guard words.count > 2, words.count <= 12,
      let to = words.firstIndex(where: { ["to", "for", "on", "about", "regarding", "beyond"].contains($0) }), (1...4).contains(to)
    else { return [] }
    // "Panel recommendations beyond the teams", "Our recommendations to donors": whose they are first.
    let opening = Self.adviceGivers.contains(String(words[0])) && to >= 2 ? 1 : 0
    guard let id = lookup[words[..<to].joined(separator: " ")] ?? (opening == 1 ? lookup[words[opening..<to].joined(separator: " ")] : nil),
      id == .recommendations || id == .actions
    else { return [] }
    return [id]
  }

  /// Words that say whose advice or tasks a heading's section holds: "Panel recommendations to …".
  static let adviceGivers: Set<String> = [
    "panel", "panel's", "our", "jury", "judges", "judges'", "committee", "committee's", "group", "group's", "participants'",
    "forum", "forum's", "assembly", "council", "joint", "final", "key", "main", "further", "specific",
  ]

  /// The outcome section a short heading names with its first or last words, among other words:
  /// "Action points carried over from meeting no. 4", "New action points", "Our asks",
  /// "Recommendations for donors" (not "Discussion 1", "2030 Agenda" or "Panel 2").
  private func named(atEitherEndOf heading: String, written: String) -> SectionID? {
    let words = heading.split(separator: " ")
    // "Common Ground JP · results framework review": a name opened by an acronym's words is a
    // programme's, not the section's.
    let writtenWords = written.split(separator: " ")
    guard words.count > 1, words.count <= 12 else { return nil }
    var found: [(id: SectionID, length: Int)] = []
    for length in 1..<min(words.count, 4) {
      let rests = [words.dropFirst(length), words.dropLast(length)]
      for (name, rest) in zip([words.prefix(length), words.suffix(length)], rests) {
        guard let id = lookup[name.joined(separator: " ")], id == .recommendations || id == .actions,
          rest.contains(where: { $0.count >= 3 && $0.allSatisfy(\.isLetter) })
        else { continue }
        if length >= 2, name.startIndex == words.startIndex, writtenWords.count == words.count, length < writtenWords.count,
          case let next = writtenWords[length], next.count >= 2, next.allSatisfy({ $0.isUppercase && $0.isLetter })
        {
          continue
        }
        // "… the draft national action plan": a government's plan, not the session's tasks.
        if name.last == "plan", rest.endIndex == words.endIndex - length, let before = rest.last,
          ["national", "regional", "county", "district", "municipal", "provincial", "state"].contains(before)
        {
          continue
        }
        found.append((id, length))
      }
    }
    // The longer name wins; at equal length, recommendations come first.
    return found.max { lhs, rhs in
      lhs.length != rhs.length ? lhs.length < rhs.length : lhs.id == .recommendations && rhs.id == .actions
    }?.id
  }

  /// Case-folded, curly quotes straightened, blanks squeezed, a trailing colon or count dropped, and a
  /// leading number dropped ("3. Recommendations", "2) Discussion", "IV. Next steps"), and so are
  /// the emoji, symbols and marks that open a heading ("✅ Recommendations", "📌 Next steps",
  /// "→ Follow-up").
  static func normalise(_ text: String) -> String {
    var lowered = text.lowercased()
    if !lowered.isASCII {
      lowered = lowered.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
    }
    // A no-break space counts as a blank ("## Purpose&nbsp;", as wiki exports write headings).
    var words = lowered.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" || $0 == "\u{202F}" })
    dropMarks(&words)
    if words.count > 1, let first = words.first, isNumbering(first) { words.removeFirst() }
    dropMarks(&words)
    // Emoji and symbols after the name: "Asks 📣", "To-dos ✅".
    let marksAtEnd = words.reversed().prefix { $0.allSatisfy { isMark($0) && !"()[]".contains($0) } }.count
    words.removeLast(max(0, min(marksAtEnd, words.count - 1)))
    var folded = words.joined(separator: " ")
    // "TO DO!!!", "Next steps!": the marks after the name.
    while let last = folded.last, last == ":" || last == "." || last == " " || last == "!" { folded.removeLast() }
    // A count after the name: "Recommendations (3)", "Action items [5]".
    if let last = folded.last, last == ")" || last == "]", let open = folded.lastIndex(where: { $0 == "(" || $0 == "[" }),
      folded[folded.index(after: open)..<folded.index(before: folded.endIndex)].allSatisfy(\.isNumber),
      open > folded.startIndex
    {
      folded = String(folded[..<open])
      while let last = folded.last, last == ":" || last == " " { folded.removeLast() }
    }
    // "Q & A", "Q and A": as "Q&A".
    if folded == "q & a" || folded == "q and a" || folded == "q+a" { return "q&a" }
    return folded
  }

  /// Drops the emoji, symbols and punctuation before the first word (a number's brackets and
  /// "§" stay for `isNumbering`).
  private static func dropMarks(_ words: inout [Substring]) {
    // The words that are all marks go at once, whatever their number ("# # # …" is one heading).
    let kept = words.firstIndex { $0.contains { !isMark($0) } } ?? max(0, words.count - 1)
    if kept > 0 { words.removeFirst(kept) }
    guard var first = words.first else { return }
    while let character = first.first, isMark(character) { first = first.dropFirst() }
    words[0] = first
  }

  private static func isMark(_ character: Character) -> Bool {
    !(character.isLetter || character.isNumber || "(§'\"".contains(character))
  }

  /// "3.", "2)", "1.2", "iv.", "(b)", "§4": a heading's number, not one of its words.
  static func isNumbering(_ word: Substring) -> Bool {
    var core = word.filter { !"()§".contains($0) }
    while core.last == "." { core.removeLast() }
    guard !core.isEmpty else { return false }
    let marked = word.hasSuffix(".") || word.hasSuffix(")") || word.hasPrefix("(") || word.hasPrefix("§")
    // "2030 Agenda" is a title, "3." and "1.2" are numbers.
    if core.allSatisfy({ $0.isNumber || $0 == "." }), marked || core.contains(".") { return true }
    if marked, core.allSatisfy({ "ivxlc".contains($0) }) { return true }
    return marked && core.count == 1 && core.first?.isLetter == true
  }
}
