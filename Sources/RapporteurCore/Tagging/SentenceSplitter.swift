/// Splits text into sentences, surviving the abbreviations notes are full of (e.g., i.e., U.N.,
/// No. 2250, Dr., Ms.), initials and decimal numbers.
public enum SentenceSplitter {
  static let abbreviations: Set<String> = [
    "e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "mx", "dr", "prof", "st", "no", "nos", "vs", "v", "approx", "art",
    "para", "paras", "cf", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gen", "gov", "sen", "rep", "hon", "amb", "h.e", "min", "dept", "inc", "ltd", "co", "corp", "jr", "sr", "vol",
    "ed", "eds", "p", "pp", "op", "al", "ca", "incl", "esp", "resp", "govt", "int'l", "intl", "est", "ref", "sec",
    "ch", "cap", "reg", "res", "u.n", "u.s", "u.k", "e.u", "a.m", "p.m", "viz", "ibid", "mt", "ft", "col", "lt", "capt", "maj", "sgt", "adm", "brig", "cmdr", "rev", "fr", "sr", "hr", "mme", "mlle", "messrs", "insp", "supt", "cllr", "sgt", "cpl", "det",
    // Indian English: "Smt. Meena Jadhav", "Adv. Joseph Mathew", "Addl. SP", "Dy. Collector".
    "smt", "shri", "sri", "kum", "km", "adv", "addl", "dy", "asst",
    // Swahili: "Bi. Said" (Mrs), "Bw. Otieno" (Mr). Lithuanian: "kun. V. Lapinas" (the Rev.).
    "bi", "bw", "kun",
    // Filipino: "Kgd. Roxas" (councillor), "Gng. Ocampo" (Mrs), "PCpl. Dizon", "Ptr. Lacson", "Brgy.".
    "kgd", "gng", "g", "bb", "pcpl", "ptr", "brgy", "kap",
    // Polish: "dyr. Smolarek", "nadkom. Grzelak", "ks. Mielczarek".
    "dyr", "nadkom", "ks",
    // Italian: "dott. Benali", "avv. Ruggeri", "sig. Neri", "ing. Contini", "comm. Alberti".
    "dott", "avv", "sig", "ing", "comm", "geom", "prot",
    // Romanian: "dl. Bădescu"; Bosnian, Croatian, Serbian: "gđa. Karup" ("g. Ivković" as Filipino's "g." above).
    "dl", "gđa", "gđica", "gosp",
    // "c.o.b. Friday", "e.o.d. tomorrow": the close of a day, written with dots.
    "c.o.b", "e.o.d",
  ]

  /// The most characters a sentence may have. Longer runs without an end (lines of notes
  /// written without full stops, pasted text) are divided, so no sentence costs more than this
  /// to read; real sentences in notes stay far below it.
  public static let maximumLength = 2_000

  /// The ranges of the sentences of `text`, blanks trimmed. A run longer than `maximumLength`
  /// is divided at the `lineStarts` inside it (where the text's lines begin), and what is still
  /// too long at a blank.
  ///
  /// `parts`, where given, divides a long sentence first (a list of clauses set apart by
  /// semicolons): each part that is still too long is divided as above.
  public static func split(
    _ text: String, lineStarts: [String.Index] = [], parts: ((Range<String.Index>) -> [Range<String.Index>])? = nil
  ) -> [Range<String.Index>] {
    // In ASCII text without `\r` every byte is a `Character`: the bytes are read directly.
    let sentences: [Range<String.Index>]
    if text.isASCII, !text.utf8.contains(UInt8(ascii: "\r")) {
      sentences = split(text, units: text.utf8)
    } else {
      sentences = split(text, units: text)
    }
    // UTF-8 is never shorter than the characters it encodes: most sentences are known short at once.
    func isLong(_ range: Range<String.Index>) -> Bool {
      text.utf8.distance(from: range.lowerBound, to: range.upperBound) > maximumLength && text[range].count > maximumLength
    }
    guard sentences.contains(where: isLong) else { return sentences }
    var result: [Range<String.Index>] = []
    var nextLine = 0
    for whole in sentences {
      guard isLong(whole) else {
        result.append(whole)
        continue
      }
      let divided = parts?(whole) ?? [whole]
      for sentence in divided {
        guard isLong(sentence) else {
          result.append(sentence)
          continue
        }
        // The lines that start inside the sentence (the list is in text order).
        while nextLine < lineStarts.count, lineStarts[nextLine] <= sentence.lowerBound { nextLine += 1 }
        var pieceStart = sentence.lowerBound
        while nextLine < lineStarts.count, lineStarts[nextLine] < sentence.upperBound {
          cut(text, pieceStart..<lineStarts[nextLine], into: &result)
          pieceStart = lineStarts[nextLine]
          nextLine += 1
        }
        cut(text, pieceStart..<sentence.upperBound, into: &result)
      }
    }
    return result
  }

  /// Appends `range` in pieces of at most `maximumLength` characters, each ending at a blank where
  /// one stands in its last quarter, blanks trimmed.
  private static func cut(_ text: String, _ range: Range<String.Index>, into result: inout [Range<String.Index>]) {
    var lower = range.lowerBound
    while lower < range.upperBound {
      var upper = text.index(lower, offsetBy: maximumLength, limitedBy: range.upperBound) ?? range.upperBound
      if upper < range.upperBound {
        var blank = upper
        var steps = 0
        while blank > lower, steps < maximumLength / 4, !text[text.index(before: blank)].isWhitespace {
          blank = text.index(before: blank)
          steps += 1
        }
        if blank > lower, text[text.index(before: blank)].isWhitespace { upper = blank }
      }
      var trimmedLower = lower
      var trimmedUpper = upper
      while trimmedLower < trimmedUpper, text[trimmedLower].isWhitespace { trimmedLower = text.index(after: trimmedLower) }
      while trimmedUpper > trimmedLower, text[text.index(before: trimmedUpper)].isWhitespace {
        trimmedUpper = text.index(before: trimmedUpper)
      }
      if trimmedLower < trimmedUpper { result.append(trimmedLower..<trimmedUpper) }
      lower = upper
    }
  }

  /// `split` over the text's characters, or its bytes when each byte is a character.
  private static func split<Units: BidirectionalCollection>(_ text: String, units: Units) -> [Range<String.Index>]
  where Units.Index == String.Index, Units.Element: SentenceUnit {
    var sentences: [Range<String.Index>] = []
    var start = units.startIndex
    var index = units.startIndex
    let end = units.endIndex
    while index < end {
      let unit = units[index]
      guard unit.endsSentence else {
        index = units.index(after: index)
        continue
      }
      // Take closing punctuation with the sentence: `done.”`, `(sic.)`, `?!`.
      var close = units.index(after: index)
      while close < end, units[close].closesSentence { close = units.index(after: close) }
      guard close == end || units[close].isBlank else {
        index = close
        continue
      }
      var next = close
      while next < end, units[next].isBlank { next = units.index(after: next) }
      if next < end, !units[next].startsSentence {
        index = next
        continue
      }
      if unit.isDot, next < end, isAbbreviation(before: index, in: text, units: units, nextIsNumber: units[next].isDigit) {
        index = next
        continue
      }
      append(start..<close, of: units, to: &sentences)
      start = next
      index = next
    }
    append(start..<end, of: units, to: &sentences)
    return sentences
  }

  private static func append<Units: BidirectionalCollection>(
    _ range: Range<String.Index>, of units: Units, to sentences: inout [Range<String.Index>]
  ) where Units.Index == String.Index, Units.Element: SentenceUnit {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, units[lower].isBlank { lower = units.index(after: lower) }
    while upper > lower, units[units.index(before: upper)].isBlank { upper = units.index(before: upper) }
    if lower < upper { sentences.append(lower..<upper) }
  }

  /// Whether the word ending just before `dot` is an abbreviation or an initial.
  /// Abbreviations that stand before a number ("No. 2250", "Art. 5") and end a sentence otherwise
  /// ("A: No. Governments should …").
  /// So do months and times of day before a capital: "by 15 Nov. Donors should …", "closed at 5
  /// p.m. Governments …" are two sentences; "Nov. 22nd" is one.
  static let numberAbbreviations: Set<String> = [
    "no", "nos", "art", "para", "paras", "vol", "p", "pp", "fig", "sec", "ch", "ref", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m",
    // Currencies written before the sum: "Rs. 10,000", "KSh. 5,000", "Tk. 200", "Rp. 50.000".
    "rs", "re", "ksh", "kshs", "shs", "tsh", "ush", "dhs", "frs", "tk", "rp",
  ]

  private static func isAbbreviation<Units: BidirectionalCollection>(
    before dot: String.Index, in text: String, units: Units, nextIsNumber: Bool
  ) -> Bool where Units.Index == String.Index, Units.Element: SentenceUnit {
    var wordStart = dot
    while wordStart > units.startIndex {
      let previous = units.index(before: wordStart)
      if units[previous].continuesAbbreviation { wordStart = previous } else { break }
    }
    let word = units[wordStart..<dot]
    guard let first = word.first else { return false }
    if word.count == 1, first.isCapital {
      // An initial ("A. Name"), unless it is a unit or symbol ("40 °C.", "Plan B.").
      return wordStart == units.startIndex || units[units.index(before: wordStart)].precedesInitial
    }
    let lowered = text[wordStart..<dot].lowercased()
    if numberAbbreviations.contains(lowered) { return nextIsNumber }
    // "L'ing. Contini", "dell'avv. Ruggeri": an article elided before the title.
    if let apostrophe = lowered.lastIndex(where: { $0 == "'" || $0 == "\u{2019}" }), abbreviations.contains(String(lowered[lowered.index(after: apostrophe)...])) {
      return true
    }
    return abbreviations.contains(lowered)
  }
}

/// What the splitter asks of a character (or of a byte of ASCII text).
protocol SentenceUnit {
  /// `.`, `!`, `?` or `…`.
  var endsSentence: Bool { get }
  var isDot: Bool { get }
  /// Punctuation taken with the sentence after its end: `.!?"'”’)]*_`.
  var closesSentence: Bool { get }
  var isBlank: Bool { get }
  /// Capitals, digits, opening quotes and brackets, list and emphasis marks.
  var startsSentence: Bool { get }
  /// A letter, `.` or `'`: part of an abbreviation read backwards.
  var continuesAbbreviation: Bool { get }
  var isCapital: Bool { get }
  var isDigit: Bool { get }
  /// A space, `(` or a line break: what stands before an initial.
  var precedesInitial: Bool { get }
}

extension Character: SentenceUnit {
  var endsSentence: Bool { self == "." || self == "!" || self == "?" || self == "\u{2026}" }
  var isDot: Bool { self == "." }
  var closesSentence: Bool { ".!?\"'\u{201D}\u{2019})]*_".contains(self) }
  var isBlank: Bool { isWhitespace }
  var startsSentence: Bool {
    isUppercase || isNumber || "\"'\u{201C}\u{2018}([@*_#-\u{2013}".contains(self) || (isLetter && !isLowercase)
  }
  var continuesAbbreviation: Bool { isLetter || self == "." || self == "'" }
  var isCapital: Bool { isUppercase }
  var isDigit: Bool { isNumber }
  var precedesInitial: Bool { self == " " || self == "(" || self == "\n" }
}

extension UInt8: SentenceUnit {
  var endsSentence: Bool { self == UInt8(ascii: ".") || self == UInt8(ascii: "!") || self == UInt8(ascii: "?") }
  var isDot: Bool { self == UInt8(ascii: ".") }
  var closesSentence: Bool { Self.closing.contains(self) }
  /// Unicode's White_Space within ASCII: tab, line feed, vertical tab, form feed, return, space.
  var isBlank: Bool { (0x09...0x0D).contains(self) || self == 0x20 }
  var startsSentence: Bool { isASCIICapital || isASCIIDigit || Self.opening.contains(self) }
  var continuesAbbreviation: Bool { isASCIILetter || self == UInt8(ascii: ".") || self == UInt8(ascii: "'") }
  var isCapital: Bool { isASCIICapital }
  var isDigit: Bool { isASCIIDigit }
  var precedesInitial: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "(") || self == UInt8(ascii: "\n") }

  private static let closing = Array(".!?\"')]*_".utf8)
  private static let opening = Array("\"'([@*_#-".utf8)
}
