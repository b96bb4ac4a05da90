import Foundation
import CommonMark
import RapporteurCore

/// Acronyms spelled out in the notes, as `long form (ACR)` or `ACR (long form)`.
public enum Glossary {
  public typealias Entry = AcronymDefinition

  /// The longest acronym the glossary spells out.
  static let maximumAcronymLength = 12

  static let smallWords: Set<String> = ["of", "and", "the", "for", "to", "on", "in", "at", "de", "la", "&", "a"]

  /// Every acronym defined in the sessions, with its first long form, sorted by acronym.
  public static func entries(in sessions: [Session]) -> [Entry] {
    // Each session's definitions on all cores (read from its tree unless already found); the first
    // long form of each acronym in session order.
    let definitionsBySession = Parallel.map(sessions) { $0.acronymDefinitions ?? definitions(of: $0) }
    var found: [String: String] = [:]
    for entry in definitionsBySession.joined() where found[entry.acronym] == nil {
      found[entry.acronym] = entry.longForm
    }
    return found.keys.sorted { $0.lowercased() < $1.lowercased() }.map { Entry(acronym: $0, longForm: found[$0] ?? "") }
  }

  /// The definitions in one session's notes, in the order they stand: its paragraphs and
  /// headings, code left out. A build finds them before it drops the session's parse tree.
  public static func definitions(of session: Session) -> [Entry] {
    var texts: [String] = []
    session.document.root.forEachNode { node in
      if case .codeBlock = node.kind { return false }
      if node.kind == .paragraph || node.headingLevel > 0 {
        texts.append(InlineText.lines(of: node).map(\.text).joined(separator: " "))
        return false
      }
      return true
    }
    // Initials of a person ("JH (Jane Hill) to circulate …") are no acronym of the event.
    let people = Set(([session.rapporteur] + session.chairs + session.speakers.map(\.name)).map { $0.lowercased() })
    return texts.flatMap(definitions(in:)).filter { !people.contains($0.longForm.lowercased()) }
  }

  /// The definitions in one text.
  static func definitions(in text: String) -> [Entry] {
    var result: [Entry] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "(") {
      guard let close = rest[open...].firstIndex(of: ")") else { break }
      // 'countering violent extremism ("CVE")': the acronym in quotation marks.
      let inside = String(rest[rest.index(after: open)..<close]).trimmingCharacters(in: CharacterSet(charactersIn: "\"'\u{201C}\u{201D}\u{2018}\u{2019}"))
      let before = String(rest[rest.startIndex..<open])
      if AcronymUndefinedRule.isAcronym(inside), !inside.contains(" ") {
        // long form (ACR): the shortest run of words before it whose initials spell the acronym.
        if let long = longForm(before: before[...], acronym: AcronymUndefinedRule.base(inside)) {
          // "civil society organisations (CSOs)": the entry is the acronym's one, in the singular.
          let plural = AcronymUndefinedRule.base(inside) != inside
          result.append(Entry(acronym: AcronymUndefinedRule.base(inside), longForm: plural ? singular(long) : long))
        }
      } else if let last = before.split(separator: " ").last.map(String.init), AcronymUndefinedRule.isAcronym(last),
        before.hasSuffix(last + " "), inside.split(separator: " ").count >= 2, spells(AcronymUndefinedRule.base(last), inside)
      {
        result.append(Entry(acronym: AcronymUndefinedRule.base(last), longForm: inside))
      }
      rest = rest[rest.index(after: close)...]
    }
    return result + setOffDefinitions(in: text)
  }

  /// Acronyms set off after their long form by ", or" or between dashes: "the Global
  /// Counterterrorism Forum, or GCTF, …", "preventing violent extremism – PVE – in …".
  static func setOffDefinitions(in text: String) -> [Entry] {
    guard text.contains(", or ") || text.contains("\u{2013} ") || text.contains("\u{2014} ") else { return [] }
    var result: [Entry] = []
    for (opening, closings) in [(", or ", [",", ".", ")", ";"]), (" \u{2013} ", [" \u{2013}"]), (" \u{2014} ", [" \u{2014}"])] {
      var rest = text[...]
      while let found = rest.range(of: opening) {
        rest = rest[found.upperBound...]
        let word = rest.prefix { !$0.isWhitespace && !",.;)".contains($0) }
        let acronym = String(word).trimmingCharacters(in: CharacterSet(charactersIn: "\"'\u{201C}\u{201D}"))
        let after = rest[word.endIndex...]
        guard AcronymUndefinedRule.isAcronym(acronym), closings.contains(where: { after.hasPrefix($0) }),
          let long = longForm(before: text[..<found.lowerBound], acronym: AcronymUndefinedRule.base(acronym))
        else { continue }
        let plural = AcronymUndefinedRule.base(acronym) != acronym
        result.append(Entry(acronym: AcronymUndefinedRule.base(acronym), longForm: plural ? singular(long) : long))
      }
    }
    return result
  }

  /// A long form with its last word in the singular: "national action plans" → "national action
  /// plan", "civil society organisations" → "civil society organisation", "activities" → "activity".
  static func singular(_ longForm: String) -> String {
    let last = longForm[(longForm.lastIndex(of: " ").map { longForm.index(after: $0) } ?? longForm.startIndex)...]
    let lowered = last.lowercased()
    if lowered.hasSuffix("ies"), last.count > 4 { return longForm.dropLast(3) + "y" }
    if lowered.hasSuffix("s"), !lowered.hasSuffix("ss"), !lowered.hasSuffix("us"), !lowered.hasSuffix("is"), last.count > 3 {
      return String(longForm.dropLast())
    }
    return longForm
  }

  /// Whether a long form written after its acronym can spell it: its first word that counts
  /// opens with the acronym's first letter, and the acronym's letters stand in it in order
  /// ("MoJ (Ministry of Justice)"; not "OSCE (see annex)" nor "ORGS (not via INGOs)").
  static func spells(_ acronym: String, _ longForm: String) -> Bool {
    let words = longForm.split(whereSeparator: { !$0.isLetter }).filter { !smallWords.contains($0.lowercased()) }
    guard let first = words.first?.first, let initial = acronym.first, first.uppercased() == initial.uppercased() else { return false }
    var letters = Array(longForm.uppercased().filter(\.isLetter))[...]
    for letter in acronym.uppercased() where letter.isLetter {
      guard let found = letters.firstIndex(of: letter) else { return false }
      letters = letters[(found + 1)...]
    }
    return true
  }

  /// The long form an acronym stands for at the end of `text`: by its words' initials, or else
  /// as Schwartz and Hearst propose (`lettersLongForm`).
  static func longForm(before text: Substring, acronym: String) -> String? {
    // Longer runs of capitals are shouting or noise, and would cost time for nothing.
    guard acronym.count <= maximumAcronymLength else { return nil }
    // Neither reading looks further back than this many words; a long paragraph is not split
    // whole again for each acronym in it.
    let nearby = String(lastWords(of: text, count: maximumAcronymLength * 2 + 6))
    return initialsLongForm(before: nearby, acronym: acronym) ?? lettersLongForm(before: nearby, acronym: acronym)
  }

  /// The end of `text` that holds its last `count` words (runs of characters between spaces),
  /// or all of it when it has fewer.
  static func lastWords(of text: Substring, count: Int) -> Substring {
    var index = text.endIndex
    var words = 0
    var inWord = false
    while index > text.startIndex {
      let previous = text.index(before: index)
      if text[previous] != " " {
        inWord = true
      } else if inWord {
        words += 1
        inWord = false
        if words == count { return text[index...] }
      }
      index = previous
    }
    return text
  }

  /// The shortest run of words before `text`'s end whose initials (small words left out, each
  /// part of a hyphenated word counted) hold the acronym's letters in order, opening and closing
  /// with them, and skip at most two: "Counter-Terrorism Committee Executive Directorate" for CTED.
  static func initialsLongForm(before text: String, acronym: String) -> String? {
    let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
    let letters = Array(acronym.filter(\.isLetter).lowercased())
    guard let first = letters.first, let last = letters.last, !words.isEmpty else { return nil }
    // Small words do not count: "Office of the United Nations High Commissioner for Human Rights".
    for length in 1...min(words.count, letters.count * 2 + 6) {
      let candidate = Array(words.suffix(length))
      guard let opening = candidate.first, !smallWords.contains(opening.lowercased()) else { continue }
      let initials = candidate.filter { !smallWords.contains($0.lowercased()) }
        .flatMap { word in word.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" }).compactMap(\.first) }
        .map { Character($0.lowercased()) }
      guard initials.first == first, initials.last == last || (initials.last == "s" && initials.dropLast().last == last)
      else { continue }
      var matched = 0
      for initial in initials where matched < letters.count && initial == letters[matched] { matched += 1 }
      guard matched == letters.count, initials.count - letters.count <= 2 else { continue }
      let phrase = Self.withoutPossessive(candidate.joined(separator: " ").trimmingCharacters(in: ",;:\"\u{201C}\u{201D}"))
      return phrase.isEmpty ? nil : phrase
    }
    return nil
  }

  /// "Global Counterterrorism Forum's (GCTF) memorandum": the name, not its possessive.
  static func withoutPossessive(_ phrase: String) -> String {
    for mark in ["'s", "\u{2019}s"] where phrase.hasSuffix(mark) { return String(phrase.dropLast(2)) }
    return phrase
  }

  /// Schwartz and Hearst's long form: each letter and digit of the acronym, last first, is found
  /// in the words before it, the first at the start of a word ("Global Counterterrorism Forum" for
  /// GCTF), within a few more words than it has letters.
  static func lettersLongForm(before text: String, acronym: String) -> String? {
    let letters = Array(acronym.lowercased().filter { $0.isLetter || $0.isNumber })
    guard let firstLetter = letters.first else { return nil }
    let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
    guard !words.isEmpty else { return nil }
    let window = Array(words.suffix(min(letters.count + 5, letters.count * 2)))
    let candidate = Array(window.joined(separator: " ").lowercased())
    var position = candidate.count - 1
    for (index, letter) in letters.enumerated().reversed() {
      func startsWord(_ at: Int) -> Bool { at == 0 || !(candidate[at - 1].isLetter || candidate[at - 1].isNumber) }
      while position >= 0, candidate[position] != letter || (index == 0 && !startsWord(position)) { position -= 1 }
      guard position >= 0 else { return nil }
      if index > 0 { position -= 1 }
    }
    guard candidate[position] == firstLetter else { return nil }
    // The long form runs from the word the first letter opens to the end.
    let prefix = String(candidate[..<position])
    let skipped = prefix.split(whereSeparator: { $0 == " " }).count
    let phraseWords = Array(window.dropFirst(skipped))
    guard phraseWords.count >= 2 || (phraseWords.first?.count ?? 0) > letters.count + 1 else { return nil }
    if let first = phraseWords.first, smallWords.contains(first.lowercased()) { return nil }
    let phrase = withoutPossessive(phraseWords.joined(separator: " ").trimmingCharacters(in: ",;:\"\u{201C}\u{201D}"))
    return phrase.isEmpty ? nil : phrase
  }
}

extension MarkdownNode {
  var headingLevel: Int {
    if case let .heading(level) = kind { return level }
    return 0
  }
}
