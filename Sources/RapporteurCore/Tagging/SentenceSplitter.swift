/// Splits text into sentences, surviving the abbreviations notes are full of (e.g., i.e., U.N.,
/// No. 2250, Dr., Ms.), initials and decimal numbers.
public enum SentenceSplitter {
  static let abbreviations: Set<String> = [
    "e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "mx", "dr", "prof", "st", "no", "nos", "vs", "v", "approx", "art",
    "para", "paras", "cf", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gen", "gov", "sen", "rep", "hon", "amb", "h.e", "min", "dept", "inc", "ltd", "co", "corp", "jr", "sr", "vol",
    "ed", "eds", "p", "pp", "op", "al", "ca", "incl", "esp", "resp", "govt", "int'l", "intl", "est", "ref", "sec",
    "ch", "cap", "reg", "res", "u.n", "u.s", "u.k", "e.u", "a.m", "p.m", "viz", "ibid", "mt", "ft", "col", "lt", "capt", "maj", "sgt", "adm", "brig", "cmdr", "rev", "fr", "sr", "hr", "mme", "mlle", "messrs",
  ]

  /// The ranges of the sentences of `text`, blanks trimmed.
  public static func split(_ text: String) -> [Range<String.Index>] {
    var sentences: [Range<String.Index>] = []
    var start = text.startIndex
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      guard character == "." || character == "!" || character == "?" || character == "\u{2026}" else {
        index = text.index(after: index)
        continue
      }
      // Take closing punctuation with the sentence: `done.”`, `(sic.)`, `?!`.
      var end = text.index(after: index)
      while end < text.endIndex, ".!?\"'\u{201D}\u{2019})]*_".contains(text[end]) { end = text.index(after: end) }
      guard end == text.endIndex || text[end].isWhitespace else {
        index = end
        continue
      }
      var next = end
      while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
      if next < text.endIndex, !startsSentence(text[next]) {
        index = next
        continue
      }
      if character == ".", isAbbreviation(before: index, in: text, next: next < text.endIndex ? text[next] : " "),
        next < text.endIndex
      {
        index = next
        continue
      }
      append(start..<end, of: text, to: &sentences)
      start = next
      index = next
    }
    append(start..<text.endIndex, of: text, to: &sentences)
    return sentences
  }

  private static func append(_ range: Range<String.Index>, of text: String, to sentences: inout [Range<String.Index>]) {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
    while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
    if lower < upper { sentences.append(lower..<upper) }
  }

  private static func startsSentence(_ character: Character) -> Bool {
    character.isUppercase || character.isNumber || "\"'\u{201C}\u{2018}([@*_#-\u{2013}".contains(character)
      || (character.isLetter && !character.isLowercase)
  }

  /// Whether the word ending just before `dot` is an abbreviation or an initial.
  /// Abbreviations that stand before a number ("No. 2250", "Art. 5") and end a sentence otherwise
  /// ("A: No. Governments should …").
  static let numberAbbreviations: Set<String> = ["no", "nos", "art", "para", "paras", "vol", "p", "pp", "fig", "sec", "ch", "ref"]

  private static func isAbbreviation(before dot: String.Index, in text: String, next: Character) -> Bool {
    var wordStart = dot
    while wordStart > text.startIndex {
      let previous = text.index(before: wordStart)
      let character = text[previous]
      if character.isLetter || character == "." || character == "'" { wordStart = previous } else { break }
    }
    let word = text[wordStart..<dot]
    guard !word.isEmpty else { return false }
    if word.count == 1, let first = word.first, first.isUppercase {
      // An initial ("A. Name"), unless it is a unit or symbol ("40 °C.", "Plan B.").
      let before = wordStart > text.startIndex ? text[text.index(before: wordStart)] : " "
      return before == " " || before == "(" || before == "\n"
    }
    let lowered = word.lowercased()
    if numberAbbreviations.contains(lowered) { return next.isNumber }
    return abbreviations.contains(lowered)
  }
}
