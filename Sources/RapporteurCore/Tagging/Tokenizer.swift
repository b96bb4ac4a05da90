/// A word of a text, with the form rules match on and where it stands.
public struct Token: Sendable, Equatable {
  /// The form phrases are compared on: case-folded, possessive dropped, plural folded to the
  /// singular, British `-ise` spellings folded to `-ize`.
  public var normalized: String
  /// The word as written.
  public var text: Substring
  /// Character offsets of the word in the tokenized text.
  public var range: Range<String.Index>
}

/// Splits text into words and folds each to the form rules compare, once, for every rule.
public enum Tokenizer {
  /// Words are runs of letters and digits, joined inside by `'`, `’`, `&`, `.` (between letters, as in
  /// `U.N.`) or `@` at the start (handles). Hyphens and dashes separate words, so `whole-of-society`
  /// and `whole of society` match alike.
  public static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard isWordCharacter(character) || (character == "@" && nextIsWord(text, after: index)) else {
        index = text.index(after: index)
        continue
      }
      let start = index
      index = text.index(after: index)
      while index < text.endIndex {
        let current = text[index]
        if isWordCharacter(current) {
          index = text.index(after: index)
        } else if isJoiner(current), nextIsWord(text, after: index) {
          if current == ".", !(text[text.index(before: index)].isLetter) { break }
          index = text.index(after: index)
        } else {
          break
        }
      }
      let word = text[start..<index]
      tokens.append(Token(normalized: normalize(word), text: word, range: start..<index))
    }
    return tokens
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  static func isJoiner(_ character: Character) -> Bool {
    character == "'" || character == "\u{2019}" || character == "&" || character == "."
  }

  private static func nextIsWord(_ text: String, after index: String.Index) -> Bool {
    let next = text.index(after: index)
    return next < text.endIndex && isWordCharacter(text[next])
  }

  /// The folded form of one word.
  public static func normalize<S: StringProtocol>(_ word: S) -> String {
    var folded = word.lowercased()
    if folded.hasPrefix("@") { folded.removeFirst() }
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] where folded.hasSuffix(suffix) && folded.count > suffix.count {
      folded.removeLast(suffix.count)
      break
    }
    folded = folded.replacingOccurrences(of: "\u{2019}", with: "'")
    // Dotted acronyms: U.N. → un, A.U. → au.
    if folded.contains("."), folded.count <= 8 { folded = folded.replacingOccurrences(of: ".", with: "") }
    // British spellings: organisation → organization, mobilised → mobilized.
    for (british, american) in [
      ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"),
      ("ise", "ize"),
    ] where folded.hasSuffix(british) && folded.count > british.count + 2 {
      folded = String(folded.dropLast(british.count)) + american
      break
    }
    return singular(folded)
  }

  /// A crude, consistent singular: applied alike to phrases and text, it only has to agree with itself.
  static func singular(_ word: String) -> String {
    guard word.count > 3, word.last == "s", word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "&" || $0 == "." })
    else { return word }
    if word.hasSuffix("ies") && word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("sses") || word.hasSuffix("xes") || word.hasSuffix("ches") || word.hasSuffix("shes") {
      return String(word.dropLast(2))
    }
    if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
    return String(word.dropLast())
  }
}
