import Foundation
import RapporteurCore

/// Under the Chatham House Rule nothing is attributed to a named speaker: every speaker's name in
/// a text — full, surname or given name alone, in any case, with or without a title such as "Ms"
/// or "Dr", across a line break — is replaced by the speaker's role ("a national PVE coordinator")
/// or "a participant". The chair may be named.
public struct Anonymiser: Sendable {
  struct Pattern: Sendable {
    /// The name's words, lower-cased.
    var words: [String]
    var replacement: String
    /// Which speaker the name is of.
    var speaker: Int
    /// Initials ("HH" of Helen Hill) count only when written in capitals.
    var capitalsOnly = false
  }

  /// Longest first, so "Zainab Kellerman-Oteng" goes before "Zainab".
  private let patterns: [Pattern]
  /// The patterns by their first word, and the first letters of those words.
  private let byFirstWord: [String: [Pattern]]
  /// Roles by the letters of a handle that names the speaker, separators left out: `annaberg`
  /// for "@anna-berg", `jsmith` for "@j.smith".
  private let handleRoles: [String: String]
  /// Each speaker's first initial, for "I. Solberg" and "JP N'Diaye".
  private let firstInitials: [Int: Character]
  private let initials: Set<Character>
  /// The words of the chairs' names, who may be named.
  private let chairWords: Set<String>
  static let titles: Set<String> = [
    "ms", "mr", "mrs", "mx", "dr", "prof", "professor", "sir", "dame", "h.e", "he", "amb", "ambassador", "minister",
    "hon", "rev", "sr", "fr", "madam", "mme", "m",
  ]

  /// Words that begin a surname ("de Vries", "van der Berg", "bin Said").
  static let particles: Set<String> = [
    "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "al", "el",
    "bin", "ibn", "ben", "ter", "ten", "st", "san", "mac", "y",
  ]

  /// `nil` when the session is not under the rule.
  public init?(session: Session) {
    guard session.chathamHouse else { return nil }
    let chairs = session.chairs.map(Self.nameWords).filter { !$0.isEmpty }
    var patterns: [Pattern] = []
    var handles: [String: String] = [:]
    var firstInitials: [Int: Character] = [:]
    for (number, speaker) in session.speakers.enumerated() {
      let words = Self.nameWords(speaker.name)
      guard !words.isEmpty else { continue }
      // The chair, however the two lists write the name ("Ms. Amina Diallo", "Amina Diallo (Chair)").
      if chairs.contains(where: { Set($0).isSuperset(of: words) || Set(words).isSuperset(of: $0) }) { continue }
      let role = speaker.role.map(Self.rolePhrase) ?? "a participant"
      var forms: [[String]] = [words]
      // Surname and given name alone ("Kellerman-Oteng said", "Zainab added"), a surname with
      // its particles ("Mr de Vries", "Ms van der Berg") and the later parts of a longer name
      // ("María García" of "José María García").
      if words.count > 1 {
        if let last = words.last, last.count > 2 { forms.append([last]) }
        if let first = words.first, first.count > 2, first.last != "." { forms.append([first]) }
        for start in 1..<(words.count - 1) {
          forms.append(Array(words[start...]))
          if !Self.particles.contains(words[start]), words[start].count > 3 { forms.append([words[start]]) }
        }
      }
      // Each part of a double surname ("Ms López" of "García-López"), and the name run together
      // as in handles and addresses ("@oneill", "@pdevries", "@garcialopez").
      for word in words where word.contains("-") {
        forms += word.split(separator: "-").filter { $0.count > 2 }.map { [String($0)] }
      }
      let letters = words.map { $0.filter(\.isLetter) }
      let particle = words.indices.dropFirst().first { Self.particles.contains(words[$0]) }
      let surname = letters[(particle ?? words.count - 1)...].joined()
      var runs = [letters.joined(), surname]
      if words.count > 1, let initial = letters.first?.first { runs.append(String(initial) + surname) }
      for (index, run) in runs.enumerated() where run.count >= 5 && !words.contains(run) && !runs[..<index].contains(run) {
        forms.append([run])
      }
      patterns += forms.map { Pattern(words: $0, replacement: role, speaker: number) }
      firstInitials[number] = NameScanner.folded(words[0]).first
      for key in (runs + letters).map(NameScanner.folded) where key.count > 2 && handles[key] == nil { handles[key] = role }
      // Initials, as minutes write owners ("HH to brief the ministry"), unless a word or an acronym
      // readers know is spelled so ("SO" of Sean O'Brien, "UN" of Uma Nair).
      let initials = String(words.filter { !Self.particles.contains($0) }.compactMap(\.first))
      if (2...3).contains(initials.count), words.count >= 2, !CommonWords.contains(initials),
        !TaggingRules.defaults.knownAcronyms.contains(where: { $0.lowercased() == initials })
      {
        patterns.append(Pattern(words: [initials], replacement: role, speaker: number, capitalsOnly: true))
      }
    }
    // Stable: among names of one length, the speakers' order decides.
    self.patterns = patterns.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }
      .map(\.element)
    byFirstWord = Dictionary(grouping: self.patterns, by: { $0.words[0] })
    handleRoles = handles
    self.firstInitials = firstInitials
    initials = Set(self.patterns.compactMap { $0.words[0].first })
    chairWords = Set(chairs.joined())
  }

  /// Titles before which capitalised words name a person, whether a speaker or not.
  static let personTitles: Set<String> = [
    "ms", "mr", "mrs", "mx", "dr", "prof", "professor", "amb", "ambassador", "minister", "h.e", "hon", "sir", "dame",
    "madam", "mme",
  ]

  /// Offices a title may stand before ("Mr Chairman", "Madam President"): no one's name.
  static let offices: Set<String> = [
    "chair", "chairman", "chairperson", "chairwoman", "president", "vice-president", "secretary", "speaker",
    "moderator", "rapporteur", "co-chair", "facilitator",
  ]

  /// Verbs of speech after which two capitalised words name a person ("Jane Okoro said").
  static let speechVerbs: Set<String> = [
    "said", "says", "noted", "stressed", "argued", "explained", "asked", "suggested", "warned", "added", "urged",
    "called", "recalled", "emphasised", "emphasized", "highlighted", "pointed", "observed", "proposed", "recommended",
    "remarked", "replied", "responded", "insisted", "cautioned", "concluded", "underlined", "underscored", "presented",
    "described", "welcomed", "told", "shared", "reported", "announced", "thanked",
  ]

  /// A person the front matter does not list, so that no name is left for want of it: a title
  /// and capitalised words ("Dr Jane Okoro", "Ambassador Lind") or two capitalised words, neither
  /// a common word, before a verb of speech ("Jane Okoro said"). The chair, who may be named, is
  /// left as written.
  private func unlistedName(at word: Range<String.Index>, in text: String) -> Range<String.Index>? {
    func capitalised(_ range: Range<String.Index>) -> Bool {
      let word = text[range]
      guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
      return word.dropFirst().contains(where: \.isLowercase)
    }
    /// The next word, when only blanks (and a title's full stop) stand before it.
    func next(after range: Range<String.Index>, allowingStop: Bool) -> Range<String.Index>? {
      guard let following = NameScanner.word(in: text, from: range.upperBound) else { return nil }
      let between = text[range.upperBound..<following.lowerBound]
      let stop = allowingStop && between.first == "."
      guard !between.isEmpty, between.dropFirst(stop ? 1 : 0).allSatisfy({ $0 == " " }) else { return nil }
      return following
    }
    // A title and a name alike open with a capital: most words are done with here.
    guard text[word].first?.isUppercase == true else { return nil }
    let folded = NameScanner.folded(text[word])
    if Self.personTitles.contains(folded), capitalised(word) || text[word].allSatisfy(\.isUppercase),
      var last = next(after: word, allowingStop: true), match(at: last, in: text) == nil,
      !Self.offices.contains(NameScanner.folded(text[last]))
    {
      // "Prof. van der Berg": particles before the surname.
      var names = [NameScanner.folded(text[last])]
      while Self.particles.contains(names[names.count - 1]), names.count < 3, let more = next(after: last, allowingStop: false) {
        last = more
        names.append(NameScanner.folded(text[more]))
      }
      guard capitalised(last) else { return nil }
      while names.count < 3, let more = next(after: last, allowingStop: false), capitalised(more),
        match(at: more, in: text) == nil
      {
        last = more
        names.append(NameScanner.folded(text[more]))
      }
      guard !names.contains(where: chairWords.contains) else { return nil }
      return word.lowerBound..<last.upperBound
    }
    guard capitalised(word), !CommonWords.contains(folded), !chairWords.contains(folded),
      let surname = next(after: word, allowingStop: false), capitalised(surname), match(at: surname, in: text) == nil,
      !CommonWords.contains(NameScanner.folded(text[surname])), !chairWords.contains(NameScanner.folded(text[surname])),
      let verb = next(after: surname, allowingStop: false), Self.speechVerbs.contains(String(text[verb]))
    else { return nil }
    return word.lowerBound..<surname.upperBound
  }

  /// A name's words, lower-cased, without titles or a bracketed part.
  static func nameWords(_ name: String) -> [String] {
    var text = Substring(name)
    if let open = text.firstIndex(of: "(") { text = text[..<open] }
    return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(NameScanner.folded).filter {
      !titles.contains($0.trimmingCharacters(in: ".")) && !$0.isEmpty
    }
  }

  /// The text with every speaker's name replaced. Line breaks stay where they are, so line
  /// numbers in a text made anonymous still point at the same lines.
  public func apply(_ text: String) -> String {
    var output = ""
    var copied = text.startIndex
    var position = text.startIndex
    // Web addresses are kept whole: a name rewritten inside one would only break the link.
    var addresses = WebAddresses.ranges(in: text, linkDestinations: true)[...]
    while let word = NameScanner.word(in: text, from: position) {
      position = word.upperBound
      while let address = addresses.first, address.upperBound <= word.lowerBound { addresses.removeFirst() }
      if let address = addresses.first, address.contains(word.lowerBound) {
        position = address.upperBound
        continue
      }
      // A handle names its speaker as a whole: "@anna-berg", "@hassan.benyoussef".
      if word.lowerBound > copied, text[text.index(before: word.lowerBound)] == "@" {
        let end = Self.handleEnd(from: word.lowerBound, in: text)
        if let role = handleRole(text[word.lowerBound..<end]) {
          output += text[copied..<text.index(before: word.lowerBound)]
          output += Self.atSentenceStart(output) ? role.capitalizedFirst : role
          copied = end
          position = end
          continue
        }
      }
      guard var found = match(at: word, in: text) else {
        if let person = unlistedName(at: word, in: text) {
          output += text[copied..<person.lowerBound]
          output += Self.atSentenceStart(output) ? "A participant" : "a participant"
          copied = person.upperBound
          position = person.upperBound
        }
        continue
      }
      // The same speaker's names one after another ("María José" as two given names) are one.
      while let next = NameScanner.word(in: text, from: found.end), found.suffix.isEmpty,
        text[found.end..<next.lowerBound].allSatisfy({ $0 == " " }), let more = match(at: next, in: text),
        more.pattern.speaker == found.pattern.speaker
      {
        found = more
      }
      // "HH (Helen Hill)", "Hill (Ms Helen Hill)": the same speaker named again in brackets is one name.
      if found.suffix.isEmpty, let bracketed = sameSpeakerInBrackets(after: found.end, speaker: found.pattern.speaker, in: text) {
        found.end = bracketed
      }
      var start = initialsStart(before: word.lowerBound, in: text, speaker: found.pattern.speaker) ?? word.lowerBound
      start = NameScanner.titleStart(before: start, in: text, titles: Self.titles) ?? start
      // A handle ("@oneill") goes with its "@".
      if start > copied, text[text.index(before: start)] == "@" { start = text.index(before: start) }
      output += text[copied..<max(copied, start)]
      output += Self.atSentenceStart(output) ? found.pattern.replacement.capitalizedFirst : found.pattern.replacement
      output += found.suffix
      copied = found.end
      position = found.end
    }
    output += text[copied...]
    return output
  }

  /// Where initials that stand just before `index` begin ("I. " or "J.P. " or "JP " before a
  /// surname), when they open with the speaker's first initial.
  private func initialsStart(before index: String.Index, in text: String, speaker: Int) -> String.Index? {
    guard let initial = firstInitials[speaker], index > text.startIndex, text[text.index(before: index)] == " " else {
      return nil
    }
    var start = text.index(before: index)
    var letters = 0
    while start > text.startIndex {
      let previous = text[text.index(before: start)]
      guard previous == "." || (previous.isUppercase && previous.isLetter) else { break }
      if previous != "." { letters += 1 }
      start = text.index(before: start)
    }
    guard (1...3).contains(letters), NameScanner.folded(String(text[start])).first == initial else { return nil }
    // The initials are a word of their own.
    if start > text.startIndex, NameScanner.isWordCharacter(text[text.index(before: start)]) { return nil }
    return start
  }

  /// The role of the speaker a handle (without its "@") names, if it names one.
  func handleRole(_ handle: Substring) -> String? {
    let key = NameScanner.folded(handle).filter { $0.isLetter || $0.isNumber }
    return handleRoles[key]
  }

  /// Where a handle that starts at `start` ends: letters, digits and `.`, `-` or `_` between them.
  static func handleEnd(from start: String.Index, in text: String) -> String.Index {
    var end = start
    var index = start
    while index < text.endIndex, text[index].isLetter || text[index].isNumber || "._-".contains(text[index]) {
      index = text.index(after: index)
      if text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber { end = index }
    }
    return end
  }

  /// The end of " (NAME)" at `index` when NAME, after an optional title, is the speaker's.
  private func sameSpeakerInBrackets(after index: String.Index, speaker: Int, in text: String) -> String.Index? {
    var open = index
    while open < text.endIndex, text[open] == " " { open = text.index(after: open) }
    guard open < text.endIndex, text[open] == "(", var word = NameScanner.word(in: text, from: text.index(after: open)),
      text[text.index(after: open)..<word.lowerBound].allSatisfy({ $0 == " " })
    else { return nil }
    if Self.titles.contains(NameScanner.key(text[word]).trimmingCharacters(in: ".")),
      let next = NameScanner.word(in: text, from: word.upperBound)
    {
      word = next
    }
    guard let inner = match(at: word, in: text), inner.pattern.speaker == speaker, inner.suffix.isEmpty else { return nil }
    var close = inner.end
    while close < text.endIndex, text[close] == " " { close = text.index(after: close) }
    guard close < text.endIndex, text[close] == ")" else { return nil }
    return text.index(after: close)
  }

  /// The longest name that starts with `word`, where it ends and the possessive after it.
  private func match(at word: Range<String.Index>, in text: String) -> (pattern: Pattern, end: String.Index, suffix: Substring)? {
    guard let initial = NameScanner.folded(String(text[word.lowerBound])).first, initials.contains(initial),
      let candidates = byFirstWord[NameScanner.key(text[word])]
    else { return nil }
    for pattern in candidates {
      if pattern.capitalsOnly, text[word].contains(where: { !$0.isUppercase }) { continue }
      if let match = NameScanner.match(pattern.words, in: text, at: word) { return (pattern, match.end, match.suffix) }
    }
    return nil
  }

  /// Whether a replacement appended to `output` opens a sentence, a line or a list item.
  static func atSentenceStart(_ output: String) -> Bool {
    // Backwards over blanks and list or heading markers ("- ", "1. ", "## ") to the line's start.
    var index = output.endIndex
    while index > output.startIndex {
      index = output.index(before: index)
      let character = output[index]
      if character == " " || character == "\t" { continue }
      if character == "\n" || ".!?:".contains(character) { return true }
      if "-*+#>0123456789)".contains(character) { continue }
      return false
    }
    return true
  }

  /// "Deputy minister" → "a deputy minister"; a role that brings its own article keeps it.
  static func rolePhrase(_ role: String) -> String {
    let trimmed = role.trimmingBlanks
    let first = trimmed.split(separator: " ").first.map { $0.lowercased() } ?? ""
    if ["a", "an", "the"].contains(first) { return Self.lowerFirst(trimmed) }
    return Self.article(for: trimmed) + " " + Self.lowerFirst(trimmed)
  }

  static func article(for role: String) -> String {
    guard let first = role.lowercased().first else { return "a" }
    // An acronym is read letter by letter: "an NGO director", "a UN official".
    let firstWord = role.split(separator: " ").first.map(String.init) ?? ""
    if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) {
      return "aefhilmnorsx".contains(first) ? "an" : "a"
    }
    return "aeiou".contains(first) ? "an" : "a"
  }

  static func lowerFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    // Keep acronyms ("PVE coordinator", "UNDP adviser") as written.
    let firstWord = text.split(separator: " ").first.map(String.init) ?? ""
    if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return text }
    return first.lowercased() + text.dropFirst()
  }
}

/// Words of a text as names are written: letters, digits, hyphens and apostrophes inside a word
/// ("Okonkwo-Hale", "O'Brien"); a possessive "'s" is part of the word but not of the name.
enum NameScanner {
  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "-"
  }

  static func isApostrophe(_ character: Character) -> Bool { character == "'" || character == "\u{2019}" }

  /// The next word at or after `start`.
  static func word(in text: String, from start: String.Index) -> Range<String.Index>? {
    guard let first = text[start...].firstIndex(where: isWordCharacter) else { return nil }
    var end = first
    while end < text.endIndex {
      let character = text[end]
      if isWordCharacter(character) {
        end = text.index(after: end)
      } else if isApostrophe(character), text.index(after: end) < text.endIndex,
        text[text.index(after: end)].isLetter
      {
        end = text.index(after: end)
      } else {
        break
      }
    }
    return first..<end
  }

  /// The possessive ending of a word, if any.
  static func possessive(_ word: Substring) -> Substring? {
    guard word.count > 2, let apostrophe = word.dropLast().last, isApostrophe(apostrophe),
      word.last == "s" || word.last == "S"
    else { return nil }
    return word.suffix(2)
  }

  /// A word lower-cased, without accents ("García" and "Garcia" are one name), with straight
  /// apostrophes.
  static func folded<Text: StringProtocol>(_ word: Text) -> String {
    let lowered = word.lowercased()
    guard !lowered.utf8.allSatisfy({ $0 < 0x80 }) else { return lowered }
    let plain = lowered.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    return plain.contains("\u{2019}") ? plain.replacingOccurrences(of: "\u{2019}", with: "'") : plain
  }

  /// A word folded, without its possessive ending.
  static func key(_ word: Substring) -> String {
    folded(possessive(word).map { word.dropLast($0.count) } ?? word)
  }

  /// Where a name of `words` that starts with the word at `first` ends, and the possessive
  /// ending that follows it; `nil` when the text does not continue with the name. Only blanks and
  /// line breaks stand between the name's words.
  static func match(_ words: [String], in text: String, at first: Range<String.Index>)
    -> (end: String.Index, suffix: Substring)?
  {
    var word = first
    for (offset, expected) in words.enumerated() {
      if offset > 0 {
        guard let next = self.word(in: text, from: word.upperBound),
          text[word.upperBound..<next.lowerBound].allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" })
        else { return nil }
        word = next
      }
      let isLast = offset == words.count - 1
      let written = text[word]
      if folded(written) == expected { continue }
      guard isLast, let ending = possessive(written), key(written) == expected else { return nil }
      return (word.upperBound, ending)
    }
    return (word.upperBound, "")
  }

  /// Where a title ("Dr. ", "Ms ") that stands just before `index` on the same line begins.
  static func titleStart(before index: String.Index, in text: String, titles: Set<String>) -> String.Index? {
    var cursor = index
    while cursor > text.startIndex, text[text.index(before: cursor)] == " " { cursor = text.index(before: cursor) }
    guard cursor < index else { return nil }
    var end = cursor
    if end > text.startIndex, text[text.index(before: end)] == "." { end = text.index(before: end) }
    var start = end
    while start > text.startIndex, text[text.index(before: start)].isLetter { start = text.index(before: start) }
    guard start < end, titles.contains(text[start..<end].lowercased()) else { return nil }
    if start > text.startIndex, isWordCharacter(text[text.index(before: start)]) { return nil }
    return start
  }
}

extension Anonymiser {
  /// The items with every speaker's name replaced in their text, owner and evidence; lines,
  /// tags and dates stay as they are.
  public func anonymised(_ extract: SessionExtract) -> SessionExtract {
    func hide(_ item: ExtractedItem) -> ExtractedItem {
      var item = item
      item.text = apply(item.text)
      item.owner = item.owner.map { owner in handleRole(owner[...]).map(\.capitalizedFirst) ?? apply(owner) }
      item.evidence = item.evidence.map { Evidence(rule: $0.rule, words: apply($0.words)) }
      return item
    }
    var result = extract
    result.title = apply(extract.title)
    result.recommendations = extract.recommendations.map(hide)
    result.actions = extract.actions.map(hide)
    return result
  }

  /// The session as every output shows it under the rule: its notes, title and purpose with each
  /// speaker's name replaced, parsed again so that sections, items and line numbers follow the
  /// new text. The front matter (speakers, chair) is kept as written.
  public func anonymised(_ session: Session, catalog: SectionCatalog) -> Session {
    let text = session.text
    var bodyStart = text.startIndex
    for _ in 0..<session.document.lineOffset {
      guard let newline = text[bodyStart...].firstIndex(of: "\n") else { break }
      bodyStart = text.index(after: newline)
    }
    let rewritten = String(text[..<bodyStart]) + apply(String(text[bodyStart...]))
    guard case var .success(result) = SessionLoader.load(file: session.file, text: rewritten, catalog: catalog) else {
      return session
    }
    result.title = apply(result.title)
    return result
  }
}
