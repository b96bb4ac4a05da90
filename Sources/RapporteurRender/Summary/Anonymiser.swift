import RapporteurCore

/// Under the Chatham House Rule nothing is attributed to a named speaker: every speaker's name in
/// a text — full, surname or given name alone, with or without a title such as "Ms" or "Dr" — is
/// replaced by the speaker's role ("a national PVE coordinator") or "a participant". The chair may
/// be named.
public struct Anonymiser: Sendable {
  struct Pattern: Sendable {
    var words: [String]
    var replacement: String
  }

  private let patterns: [Pattern]
  static let titles: Set<String> = [
    "ms", "mr", "mrs", "mx", "dr", "prof", "professor", "sir", "dame", "h.e", "he", "amb", "ambassador", "minister",
    "hon", "rev", "sr", "fr", "madam", "mme", "m",
  ]

  /// `nil` when the session is not under the rule.
  public init?(session: Session) {
    guard session.chathamHouse else { return nil }
    let chairs = Set(session.chairs.map { $0.lowercased() })
    var patterns: [Pattern] = []
    for speaker in session.speakers where !speaker.name.isEmpty && !chairs.contains(speaker.name.lowercased()) {
      let role = speaker.role.map { Self.article(for: $0) + " " + Self.lowerFirst($0) } ?? "a participant"
      let words = speaker.name.split(whereSeparator: { $0 == " " }).map(String.init).filter {
        !Self.titles.contains($0.lowercased().trimmingCharacters(in: "."))
      }
      guard !words.isEmpty else { continue }
      patterns.append(Pattern(words: words, replacement: role))
      // Surname and given name alone ("Kellerman-Oteng said", "Zainab added").
      if words.count > 1 {
        if let last = words.last, last.count > 2 { patterns.append(Pattern(words: [last], replacement: role)) }
        if let first = words.first, first.count > 2, first.last != "." { patterns.append(Pattern(words: [first], replacement: role)) }
      }
    }
    // Longest first, so "Zainab Kellerman-Oteng" goes before "Zainab".
    self.patterns = patterns.sorted { $0.words.count > $1.words.count }
  }

  /// The text with every speaker's name replaced.
  public func apply(_ text: String) -> String {
    var result = text
    for pattern in patterns { result = replace(pattern, in: result) }
    return result
  }

  private func replace(_ pattern: Pattern, in text: String) -> String {
    let phrase = pattern.words.joined(separator: " ")
    guard TextSearch.contains(pattern.words[0], in: text) else { return text }
    var output = ""
    var rest = Substring(text)
    while let range = TextSearch.range(of: phrase, in: rest) {
      let before = rest[rest.startIndex..<range.lowerBound]
      let after = rest[range.upperBound...]
      let boundaryBefore = before.last.map { !($0.isLetter || $0.isNumber || $0 == "-") } ?? true
      let boundaryAfter = after.first.map { !($0.isLetter || $0.isNumber || $0 == "-") } ?? true
      guard boundaryBefore && boundaryAfter else {
        output += rest[rest.startIndex..<range.upperBound]
        rest = after
        continue
      }
      // Drop a title just before the name: "Dr. ", "Ms ".
      var kept = String(before)
      let trailing = kept.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
      let titleWord = kept.hasSuffix(" ") ? kept.dropLast().split(separator: " ").last.map(String.init) ?? "" : trailing
      if kept.hasSuffix(" "), Self.titles.contains(titleWord.lowercased().trimmingCharacters(in: ".")) {
        kept.removeLast(titleWord.count + 1)
      }
      let atSentenceStart = kept.trimmingBlanks.isEmpty || [".", "!", "?", ":", "\n"].contains(kept.trimmingBlanks.last.map(String.init) ?? "")
      output += kept + (atSentenceStart ? pattern.replacement.capitalizedFirst : pattern.replacement)
      rest = after
    }
    output += rest
    return output
  }

  static func article(for role: String) -> String {
    guard let first = role.lowercased().first else { return "a" }
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
