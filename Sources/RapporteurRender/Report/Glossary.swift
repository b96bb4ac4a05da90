import CommonMark
import RapporteurCore

/// Acronyms spelled out in the notes, as `long form (ACR)` or `ACR (long form)`.
public enum Glossary {
  public typealias Entry = AcronymDefinition

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
    return texts.flatMap(definitions(in:))
  }

  /// The definitions in one text.
  static func definitions(in text: String) -> [Entry] {
    var result: [Entry] = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "(") {
      guard let close = rest[open...].firstIndex(of: ")") else { break }
      let inside = String(rest[rest.index(after: open)..<close])
      let before = String(rest[rest.startIndex..<open])
      if AcronymUndefinedRule.isAcronym(inside), !inside.contains(" ") {
        // long form (ACR): the shortest run of words before it whose initials spell the acronym.
        if let long = longForm(before: before, acronym: AcronymUndefinedRule.base(inside)) {
          result.append(Entry(acronym: AcronymUndefinedRule.base(inside), longForm: long))
        }
      } else if let last = before.split(separator: " ").last.map(String.init), AcronymUndefinedRule.isAcronym(last),
        before.hasSuffix(last + " "), inside.split(separator: " ").count >= 2
      {
        result.append(Entry(acronym: AcronymUndefinedRule.base(last), longForm: inside))
      }
      rest = rest[rest.index(after: close)...]
    }
    return result
  }

  static func longForm(before text: String, acronym: String) -> String? {
    let words = text.split(whereSeparator: { $0 == " " }).map(String.init)
    let letters = acronym.filter(\.isLetter).lowercased()
    guard !letters.isEmpty, !words.isEmpty else { return nil }
    for length in 1...min(words.count, letters.count + 4) {
      let candidate = Array(words.suffix(length))
      let initials = candidate.filter { !smallWords.contains($0.lowercased()) }
        .flatMap { word in word.split(whereSeparator: { $0 == "-" || $0 == "–" }).compactMap { $0.first } }
        .map { String($0).lowercased() }.joined()
      if initials == letters || initials == letters + "s" {
        let phrase = candidate.joined(separator: " ").trimmingCharacters(in: ",;:\"“”")
        if let first = candidate.first, smallWords.contains(first.lowercased()) { continue }
        return phrase
      }
    }
    return nil
  }
}

extension MarkdownNode {
  var headingLevel: Int {
    if case let .heading(level) = kind { return level }
    return 0
  }
}
