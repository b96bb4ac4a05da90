import CommonMark

/// Lint: an acronym used before it is spelled out, e.g. `NAPs` before `national action plans (NAPs)`.
public struct AcronymUndefinedRule: LintRule {
  public let description = LintRuleDescription(
    id: "acronym-undefined", name: "Acronym undefined",
    description: "An acronym must be spelled out at first use: 'national action plans (NAPs)' or 'NAPs (national action plans)'",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Purpose\n\nThe ↓NAPs of three states, national action plans (NAPs), were compared.\n"),
      LintExample.note("## Purpose\n\nSupport from ↓UNDP was discussed.\n\n## Discussion\n\nThe ↓CSOs and ↓M&E teams spoke.\n"),
      LintExample.note("## Purpose\n\n- ↓PVE work, then preventing violent extremism (PVE).\n"),
      LintExample.note("## Discussion\n\nThe ROOM was COLD when ↓UNDP arrived.\n\n- Support ↓WFP and Ana RUIZ.\n"),
      LintExample.note("## Discussion\n\nMs O'SULLIVAN-REYES thanked the UN-↓OHCHR team and the ↓UNDP-↓UNEP group.\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nchair: NDMA Operations Directorate\n---\n## Discussion\n\n↓NDMA to host.\n\n- Paulo Nkemelu, ↓UNFPA youth section\n- Dr. Kofi Mensah, Deputy Director, ↓CEJA\n"
      ),
      LintExample.note(
        "## Discussion\n\nSee https://example.org/GSX/DRAFT.pdf and info@ABC.org on ↓PVE.\n\nThe ↓CARE and SAVE teams met; CARE (Cooperative for Assistance and Relief Everywhere) spoke.\n"
      ),
      // Five letters or more, but never written in small letters.
      LintExample.note("## Discussion\n\nThe ↓UNODC team and the mother spoke.\n"),
      // A time zone's letters that the notes spell out as their own.
      LintExample.note("## Discussion\n\nThe ↓CST logs every complaint.\n\nThe community safety team (CST) spoke.\n"),
      // Letters of a Roman number that the notes spell out as an acronym.
      LintExample.note("## Discussion\n\nThe ↓MDC had sent it to the police.\n\nThe market disputes committee (MDC) met.\n"),
    ],
    nonTriggering: [
      LintExample.note("## Discussion\n\nThe call starts at 16:00 CET (10:00 EST) and ends at 17:00 CST.\n"),
      LintExample.note("## Discussion\n\nThe PVE/CVE (preventing/countering violent extremism) debate went on; PVE was preferred.\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - Hassan Olumide-Varga\n---\n## Discussion\n\nHASSAN OLUMIDE-VARGA shouted.\n"),
      LintExample.note("## Discussion\n\nThe venue is TBC and the figure FIXME; the summit of MMXVII met in room XIV.\n"),
      LintExample.note("## Action items\n\n- AP: Léa to send the list by Friday.\n- AOB: none.\n"),
      LintExample.note("## Discussion\n\nRESOLVED: that the Chair write to the ministry. CARRIED unanimously.\n"),
      LintExample.note("## Action items\n\n- Send the PDF ASAP; the FY2019 figures are in it.\n"),
      // A UN document's symbol.
      LintExample.note("## Discussion\n\nAs resolution A/RES/70/291 and S/RES/2250 (2015) ask.\n"),
      LintExample.note(
        "## Purpose\n\nNational action plans (NAPs) matter. Each NAP differs; UNDP (the United Nations Development Programme) helps.\n"),
      LintExample.note("## Purpose\n\nThe UN and NGOs met; `HTTP` in code and [a link](https://example.org/ABC) are not text.\n"),
      LintExample.note("## PURPOSE\n\nACTION ITEM: NOTE the UK and EU positions.\n"),
      LintExample.note("## Discussion\n\nSubject: RE: FW: notes from the youth session\n"),
      LintExample.note("## Discussion\n\nRECOMMENDATIONS (CONTINUED):\n\n- Donors should act.\n"),
      LintExample.note(
        "## KEY RECOMMENDATIONS\n\n- Donors should act.\n\n## FOLLOW-UP\n\n- Donors to act.\n\n## CHAIR'S SUMMARY\n\nText.\n\n## AIM\n\nText.\n"),
      LintExample.note(
        "## Speakers\n\n- Ms Ana RUIZ, Ministry of Interior\n- Mr Tom OKORO, a youth network\n\n## Discussion\n\nMs RUIZ opened; Dr A. R. SMITH replied, and the chair thanked Ana RUIZ GARCIA.\n"
      ),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nchair: Tom OKORO\nspeakers:\n  - name: Ana Ruiz\n---\n## Discussion\n\n- OKORO opened.\n- RUIZ replied.\n"),
      LintExample.note(
        "## Discussion\n\nSlides at https://example.org/files/GSX-2026/DRAFT.pdf, www.EXAMPLE.org/ABC and <https://example.org/XYZ>; write to info@ABC.org or <info@DEF.org> by 10:00 CET.\n"
      ),
      LintExample.note(
        "## Discussion\n\nMs Siobhan O'SULLIVAN-REYES opened; Mr D\u{2019}ALMEIDA and the chair, Ana RUIZ-GARCIA, replied; thanks to Dr A. N'DIAYE.\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - name: Siobhan O'Sullivan-Reyes\n---\n## Discussion\n\n- REYES opened.\n"),
      LintExample.note("## Discussion\n\nThe ROOM was COLD and the COFFEE LATE.\n\nURGENT: MEETING MOVED TO ROOM B. COVID-19 cut attendance.\n"),
      LintExample.note(
        "## Discussion\n\nNational action plans (“NAPs”) and civil society organisations (\"CSOs\") met; NAPs and CSOs agreed.\nText <!-- rapporteur-disable-next-line acronym-undefined -->\nPVE was discussed.\n"),
      LintExample.note(
        "## Discussion\n\nNational action plans, or NAPs, were discussed; civil society organisations \u{2014} CSOs \u{2014} raised concerns about NAPs and CSOs.\n"
      ),
      LintExample.note("## Discussion\n\nUNDP (United Nations\nDevelopment Programme) spoke; UNDP agreed.\n"),
      // A word the notes also write in small letters is stressed: "the MOTHER" in a play's script.
      LintExample.note("## Scene 1\n\nThe MOTHER goes to the chief alone.\n\n## Discussion\n\nThree mothers spoke; the JOKER asked the joker's question.\n"),
      LintExample(
        "---\ntitle: \"Tide gauges and the Harbour Open Data Portal (HODP)\"\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Discussion\n\nReadings go onto the HODP.\n"
      ),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - name: Ann Lee\n    affiliation: International Organization for Migration (IOM)\n---\n## Discussion\n\nPreventing and countering violent extremism (P/CVE) was discussed. Ann Lee of IOM spoke on CVE.\n"
      ),
    ])

  public init() {}

  /// Whether a word is a number in Roman numerals ("MMXVII", "XIV"): letters I, V, X, L, C, D
  /// and M in the order those numbers write them.
  static func isRomanNumeral<Word: StringProtocol>(_ word: Word) -> Bool {
    guard word.count >= 2, word.allSatisfy({ "IVXLCDM".contains($0) }) else { return false }
    let pattern = #/M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})/#
    return String(word).wholeMatch(of: pattern) != nil
  }

  /// Whether a word names a fiscal year or quarter: "FY2019", "FY19", "FY24/25".
  static func isFiscalYear<Word: StringProtocol>(_ word: Word) -> Bool {
    word.hasPrefix("FY") && word.count >= 4 && word.dropFirst(2).allSatisfy { $0.isNumber || $0 == "/" || $0 == "-" }
  }

  /// All-capital words that are not acronyms to spell out.
  static let plainWords: Set<String> = [
    "ACTION", "ITEM", "ITEMS", "NOTE", "NOTES", "TODO", "TBD", "TBC", "TBA", "FIXME", "XXX", "DONE", "NEW", "NOT", "AND", "OR", "ALL", "NO",
    "YES", "URGENT", "IMPORTANT", "UPDATE", "FYI", "NB", "OK", "AM", "PM", "PDF", "ASAP", "FAQ", "CV", "URL", "RSVP", "ETA",
    "EOD", "COB", "EOW", "EOM", "EOY", "PPT", "CSV", "PURPOSE", "AGENDA", "DISCUSSION", "Q&A",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "THE", "OF", "FOR", "TO", "IN", "ON", "DRAFT",
    "FINAL", "ONLY", "MUST", "SHOULD", "NEXT", "STEPS", "WHO", "WHAT", "WHY", "HOW", "NEVER", "ALWAYS", "VERY",
    "NOW", "AGAIN", "EVERY", "NONE", "BOTH", "ANY",
    // Minutes' own labels: an action point ("AP: Léa to send …"), any other business, and how a
    // motion went ("RESOLVED: that …", "CARRIED unanimously").
    "AP", "AOB", "RESOLVED", "AGREED", "DECIDED", "CARRIED", "LOST", "WITHDRAWN", "REFERRED", "DEFERRED", "NOTED", "MOVED",
    "SECONDED", "ADOPTED", "APPROVED", "REJECTED", "UNANIMOUSLY", "FURTHER",
    // A forwarded e-mail's subject line: "Subject: RE: FW: notes".
    "RE", "FW", "FWD", "CC", "BCC",
    // Sizes.
    "XL", "XXL", "XXXL",
    // Language labels of bilingual notes, and currency codes.
    "EN", "FR", "ES", "AR", "RU", "ZH", "PT", "DE", "USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "KES", "XOF", "XAF",
  ]

  /// Time zones ("16:00 CET"): no acronyms to spell out, unless the notes spell one out as their
  /// own ("the community safety team (CST)"), when a use before that is one.
  static let timeZones: Set<String> = ["CET", "CEST", "GMT", "UTC", "BST", "EST", "EDT", "CST", "PST", "PDT", "EAT", "WAT", "IST", "JST", "AEST"]

  /// Titles before a name: "Ms Ana RUIZ", "H.E. Mr OKORO".
  static let honorifics: Set<String> = [
    "Mr", "Ms", "Mrs", "Mx", "Mme", "Mlle", "Dr", "Prof", "Professor", "Sir", "Dame", "Madam", "Madame", "Lord", "Lady",
    "Ambassador", "Amb", "Minister", "President", "Senator", "Judge", "Hon", "Honourable", "Honorable", "Excellency",
    "Commissioner", "Rev", "Sr", "Sra", "Srta", "Don", "Doña", "Herr", "Frau",
  ]

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let document = file.document else { return [] }
    var known = Set(file.rules.knownAcronyms.map { Self.base($0) }).union(Self.plainWords)
    // Words split at hyphens: `COVID-19` is known as `COVID` too.
    for acronym in file.rules.knownAcronyms where acronym.contains("-") {
      known.formUnion(acronym.split(separator: "-").map { Self.base(String($0)) }.filter(Self.isAcronym))
    }
    let lines = Self.textLines(of: document.root, catalog: file.rules.catalog)
    // Without front matter read, no speaker's name is known.
    let names = file.session.map(Self.nameWords(of:)) ?? []
    // First pass: where each acronym is defined, and its uses. Second: uses before the definition.
    var definedAt: [String: SourceLocation] = [:]
    // The title, shown above the notes, may spell an acronym out: "… Harbour Open Data Portal (HODP)";
    // so may a speaker's affiliation or role, or a host ("International Organization for Migration (IOM)").
    if let session = file.session {
      let fields = [session.title, session.venue] + session.hosts + session.chairs
        + session.speakers.flatMap { [$0.affiliation, $0.role].compactMap { $0 } }
      for field in fields where Self.mayHoldAcronym(Array(field.utf8)) {
        let bytes = Array(field.utf8)
        for word in Self.words(in: field) where Self.isAcronym(String(word.text)) && Self.isDefinition(word, in: bytes) {
          definedAt[Self.base(String(word.text))] = SourceLocation(line: 0, column: 0)
        }
      }
    }
    var uses: [(acronym: String, location: SourceLocation, shouted: Bool)] = []
    // The words the notes write in small letters, read once when a word in capitals first asks.
    var smallWords: Set<Substring>? = nil
    func writesInSmallLetters(_ word: String) -> Bool {
      if smallWords == nil {
        smallWords = Set(file.text.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isLowercase == true })
      }
      return smallWords?.contains(Substring(word)) == true || smallWords?.contains(Substring(word + "s")) == true
    }
    for line in lines {
      // A line with no capital followed by a capital, digit or '&' holds no acronym to check.
      guard line.contains(where: { Self.mayHoldAcronym($0.bytes) }) else { continue }
      let words = Self.words(of: line)
      let shouting = Self.shouting(words)
      let surnames = Self.surnames(in: words, names: names)
      for (index, word) in words.enumerated() {
        guard word.isCapitals else { continue }
        let acronym = Self.base(word.text)
        guard !known.contains(acronym), !Self.isFiscalYear(acronym) else { continue }
        if Self.isDefinition(word.word, in: word.segment.bytes) {
          if definedAt[acronym] == nil { definedAt[acronym] = word.location }
          continue
        }
        if shouting.all || surnames[index] { continue }
        // "A/RES/70/291", "S/RES/2250 (2015)": a UN document's symbol, not an acronym to spell out.
        if Self.inDocumentSymbol(word.word, bytes: word.segment.bytes) { continue }
        // A section's name in capitals ("RECOMMENDATIONS (CONTINUED):") is a label, not an acronym.
        if file.rules.catalog.isSectionName(word: word.text) { continue }
        // "the MOTHER … the mothers' group", "JOKER … the joker": a word of five letters or more
        // that the notes also write in small letters is stressed, not an acronym.
        let stressed = acronym.count >= 5 && writesInSmallLetters(acronym.lowercased())
        // "XIV", "MMXXXVII": a number in Roman numerals, unless the notes spell it out as an
        // acronym ("the market disputes committee (MDC)").
        uses.append((acronym, word.location, shouting.ordinary.contains(index) || stressed || Self.timeZones.contains(acronym) || Self.isRomanNumeral(acronym)))
      }
    }
    var findings: [RawFinding] = []
    for use in uses where !known.contains(use.acronym) {
      if let defined = definedAt[use.acronym], defined < use.location { continue }
      // An ordinary word shouted with others ("the ROOM was COLD"), a time zone or a Roman number
      // is an acronym only where the note spells it out somewhere.
      if use.shouted && definedAt[use.acronym] == nil { continue }
      known.insert(use.acronym)  // one finding per acronym
      let hint = definedAt[use.acronym].map { " (it is spelled out later, on line \($0.line))" } ?? ""
      findings.append(RawFinding(use.location, "acronym '\(use.acronym)' is used before it is spelled out\(hint)"))
    }
    return findings
  }

  /// A run of text nodes of one line of a paragraph or heading, with where it starts.
  struct Segment {
    var text: String
    var bytes: [UInt8]
    var start: SourceLocation
  }

  /// The visible text of the note, line by line: paragraphs and headings, without code, raw
  /// HTML, autolinks (`<https://…>`, `<info@…>`) or headings that name a section ("## KEY
  /// RECOMMENDATIONS").
  static func textLines(of root: MarkdownNode, catalog: SectionCatalog) -> [[Segment]] {
    var lines: [[Segment]] = []
    var current: [Segment] = []
    func inline(_ node: MarkdownNode) {
      switch node.kind {
      case .text:
        if let range = node.range { current.append(Segment(text: node.literal, bytes: Array(node.literal.utf8), start: range.start)) }
      case .softBreak, .lineBreak:
        if !current.isEmpty { lines.append(current) }
        current = []
      case .code, .htmlInline:
        break
      case let .link(destination):
        if node.children.count == 1, node.children[0].kind == .text,
          destination == node.children[0].literal || destination == "mailto:" + node.children[0].literal
        {
          break
        }
        node.children.forEach(inline)
      default:
        node.children.forEach(inline)
      }
    }
    root.forEachNode { node in
      switch node.kind {
      case .codeBlock, .htmlBlock:
        return false
      case .heading:
        if catalog.section(forHeading: node.plainText) == nil { node.children.forEach(inline) }
      case .paragraph:
        node.children.forEach(inline)
      default:
        return true
      }
      if !current.isEmpty { lines.append(current) }
      current = []
      return false
    }
    return lines
  }

  /// A word of a line, with what the checks ask of it.
  struct LineWord {
    var word: Word
    var segment: Segment
    var text: String
    var location: SourceLocation
    /// Written in capitals as an acronym is (`NAP`, `NAPs`, `M&E`).
    var isCapitals: Bool
    /// Capitalised like a name: `Ana`, `Okoro`.
    var isCapitalised: Bool
    /// A single capital, as an initial: `A` in `A. R. Ruiz`.
    var isInitial: Bool
    /// Whether a full stop, colon, semicolon, `?` or `!` stands between this word and the one
    /// before, or it opens the line.
    var startsSentence: Bool
    /// What stands between this word and the one before: only blanks (`Ana RUIZ`), or a full stop
    /// and blanks (`A. RUIZ`, `Dr. RUIZ`); neither for a comma or any other mark.
    var afterBlank: Bool
    var afterFullStop: Bool
    /// Joined to the word before by a hyphen or an apostrophe alone, as parts of a name are
    /// (`O'SULLIVAN-REYES`).
    var afterJoiner: Bool
  }

  /// What joins the parts of a name: a hyphen, an apostrophe, a right single quotation mark.
  static let nameJoiners: [[UInt8]] = [Array("-".utf8), Array("'".utf8), Array("\u{2019}".utf8), Array("\u{2010}".utf8)]

  static func words(of line: [Segment]) -> [LineWord] {
    var result: [LineWord] = []
    var pending: [UInt8] = []  // what stands between the previous word and the next
    var first = true
    for segment in line {
      let skipped = WebAddresses.byteRanges(in: segment.bytes)
      var nextSkipped = 0
      var position = 0
      for word in words(in: segment.text) {
        pending += segment.bytes[position..<word.byteOffset]
        position = word.byteEnd
        while nextSkipped < skipped.count, skipped[nextSkipped].upperBound <= word.byteOffset { nextSkipped += 1 }
        if nextSkipped < skipped.count, skipped[nextSkipped].contains(word.byteOffset) {
          pending.append(UInt8(ascii: " "))
          continue
        }
        let text = String(word.text)
        let bytes = text.utf8
        let startsSentence =
          first
          || pending.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") }
        let capitalised =
          bytes.count >= 2 && (bytes.first?.isASCIICapital ?? false) && text.dropFirst().allSatisfy { $0.isLetter && $0.isLowercase }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let afterBlank = !first && !pending.isEmpty && pending.allSatisfy(isBlank)
        let afterFullStop =
          !first && pending.first == UInt8(ascii: ".") && pending.count >= 2 && pending.dropFirst().allSatisfy(isBlank)
        result.append(
          LineWord(
            word: word, segment: segment, text: text,
            location: SourceLocation(line: segment.start.line, column: segment.start.column + word.byteOffset),
            isCapitals: (bytes.first?.isASCIICapital ?? false) && isAcronym(text), isCapitalised: capitalised,
            isInitial: bytes.count == 1 && (bytes.first?.isASCIICapital ?? false), startsSentence: startsSentence,
            afterBlank: afterBlank, afterFullStop: afterFullStop, afterJoiner: !first && Self.nameJoiners.contains(pending)))
        pending = []
        first = false
      }
      pending += segment.bytes[min(position, segment.bytes.count)...]
    }
    return result
  }

  /// Whether `bytes` hold an ASCII capital followed by a capital, a digit or '&', as every
  /// acronym's first two characters are.
  static func mayHoldAcronym(_ bytes: [UInt8]) -> Bool {
    guard bytes.count > 1 else { return false }
    for index in 0..<(bytes.count - 1) where bytes[index].isASCIICapital {
      let next = bytes[index + 1]
      if next.isASCIICapital || next.isASCIIDigit || next == UInt8(ascii: "&") { return true }
    }
    return false
  }

  /// Capitals that read as shouting rather than as acronyms: `ordinary` are the words written in
  /// capitals that are common English words, when a line has two or more of them ("the ROOM was
  /// COLD"); `all` when such words are also most of the line ("MEETING OPENED BY THE CHAIR").
  static func shouting(_ words: [LineWord]) -> (ordinary: Set<Int>, all: Bool) {
    var ordinary: Set<Int> = []
    var capitals = 0
    for (index, word) in words.enumerated() where word.isCapitals {
      capitals += 1
      // Only words all in capitals: `NAPs` is an acronym's plural, not shouting.
      if !word.text.utf8.contains(where: \.isASCIISmall), CommonWords.contains(word.text.lowercased()) {
        ordinary.insert(index)
      }
    }
    guard ordinary.count >= 2 else { return ([], false) }
    let lettered = words.filter { $0.text.contains(where: \.isLetter) }.count
    return (ordinary, capitals * 2 > lettered)
  }

  /// Which words are surnames written in capitals, as UN lists of participants write them: after
  /// a title ("Ms RUIZ", "Mr Tom OKORO", "Dr. A. R. RUIZ"), after a given name inside a sentence
  /// ("thanked Ana RUIZ"), after another such surname ("Ana RUIZ GARCIA"), or a word of the name
  /// of one of the session's speakers or chairs. A comma or other mark between the words breaks
  /// the name: "Paulo Nkemelu, UNFPA" names an agency.
  static func surnames(in words: [LineWord], names: Set<String>) -> [Bool] {
    /// Whether `word` follows the word before it as a name's parts follow each other.
    func joined(_ word: LineWord, after previous: LineWord) -> Bool {
      word.afterBlank || (word.afterFullStop && (previous.isInitial || honorifics.contains(previous.text)))
    }
    var result = [Bool](repeating: false, count: words.count)
    for (position, word) in words.enumerated() where word.isCapitals {
      if names.contains(word.text) {
        result[position] = true
        continue
      }
      // A part joined by a hyphen or an apostrophe is what the part before it is: `REYES` in
      // `O'SULLIVAN-REYES`; after one initial (`O'`, `D'`), the name is read from that initial.
      var index = position
      if word.afterJoiner, index > 0 {
        if words[index - 1].isCapitals {
          result[position] = result[index - 1]
          continue
        }
        guard words[index - 1].isInitial else { continue }
        index -= 1
      }
      guard index > 0, joined(words[index], after: words[index - 1]) else { continue }
      let previous = words[index - 1]
      if previous.isCapitals {
        result[position] = result[index - 1]
        continue
      }
      // Back over up to two given names or initials to a title.
      var back = index - 1
      while back >= 0, index - back <= 3 {
        let part = words[back]
        if honorifics.contains(part.text) {
          result[position] = true
          break
        }
        guard part.isCapitalised || part.isInitial, back > 0, joined(words[back + 1], after: part) else { break }
        back -= 1
      }
      // A given name: capitalised, not a common word ("Bank IDA", "Global GSX"), inside a sentence.
      if previous.isCapitalised && !previous.startsSentence && !CommonWords.contains(previous.text.lowercased()) {
        result[position] = true
      }
    }
    return result
  }

  /// Surnames in the names of the session's speakers, chairs and rapporteur, in capitals: the
  /// words after a given name or an initial ("Tom OKORO", "Ana Ruiz", "A. R. Smith"), not the
  /// words of an office ("NDMA Operations Directorate" names no one).
  static func nameWords(of session: Session) -> Set<String> {
    let names = session.speakers.map(\.name) + session.chairs + [session.rapporteur]
    var words: Set<String> = []
    for name in names {
      let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
      // The given name too, as a shouted full name writes it ("HASSAN OLUMIDE-VARGA").
      if parts.count >= 2, let given = parts.first, given.first?.isUppercase == true, !given.hasSuffix("."),
        given.count >= 3, given.dropFirst().allSatisfy(\.isLowercase)
      {
        words.insert(given.uppercased())
      }
      for (index, part) in parts.enumerated().dropFirst() {
        let previous = parts[index - 1].filter { $0 != "." }
        guard let initial = previous.first, initial.isUppercase,
          previous.count == 1 || previous.dropFirst().allSatisfy(\.isLowercase)
        else { continue }
        let letters = part.filter { $0.isLetter }
        if letters.count >= 2 { words.insert(letters.uppercased()) }
        // Each part of a joined name (`O'Sullivan-Reyes`), as notes may write one part alone.
        for piece in part.split(whereSeparator: { "-'\u{2019}\u{2010}".contains($0) }) where piece.count >= 2 {
          words.insert(piece.filter { $0.isLetter }.uppercased())
        }
      }
    }
    return words
  }

  /// Whether a word stands in a document symbol: the blank-delimited run around it holds a slash
  /// beside the word and a digit ("A/RES/70/291", "E/CN.6/2020/3").
  static func inDocumentSymbol(_ word: Word, bytes: [UInt8]) -> Bool {
    let slash = UInt8(ascii: "/")
    let before = word.byteOffset > 0 ? bytes[word.byteOffset - 1] : 0
    let after = word.byteEnd < bytes.count ? bytes[word.byteEnd] : 0
    guard before == slash || after == slash else { return false }
    let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A }
    var start = word.byteOffset
    while start > 0, !isBlank(bytes[start - 1]) { start -= 1 }
    var end = word.byteEnd
    while end < bytes.count, !isBlank(bytes[end]) { end += 1 }
    return bytes[start..<end].contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
  }

  struct Word {
    var text: Substring
    var byteOffset: Int
    var byteEnd: Int
  }

  /// Words of letters, digits and `&`, with their byte offsets.
  static func words(in text: String) -> [Word] {
    // In ASCII text the bytes are read directly (`\r\n`, one character, is no word either way).
    text.isASCII ? words(in: text, units: text.utf8) : words(in: text, units: text)
  }

  private static func words<Units: Collection>(in text: String, units: Units) -> [Word]
  where Units.Index == String.Index, Units.Element: WordUnit {
    var words: [Word] = []
    var start: (offset: Int, index: String.Index)? = nil
    var offset = 0
    for index in units.indices {
      let unit = units[index]
      if unit.isLetterOrDigit || (unit.isAmpersand && start != nil) {
        if start == nil { start = (offset, index) }
      } else if let wordStart = start {
        words.append(Word(text: text[wordStart.index..<index], byteOffset: wordStart.offset, byteEnd: offset))
        start = nil
      }
      offset += unit.byteCount
    }
    if let wordStart = start { words.append(Word(text: text[wordStart.index...], byteOffset: wordStart.offset, byteEnd: offset)) }
    return words
  }

  /// Two or more capitals (digits and `&` allowed, a plural `s` at the end), starting with a capital.
  public static func isAcronym(_ word: String) -> Bool {
    let core = base(word)
    if core.isASCII {
      guard let first = core.utf8.first, first.isASCIICapital, !core.utf8.contains(where: \.isASCIISmall) else {
        return false
      }
      return core.utf8.count(where: \.isASCIICapital) >= 2 && core.utf8.last != UInt8(ascii: "&")
    }
    guard let first = core.first, first.isUppercase, first.isASCII else { return false }
    let letters = core.filter(\.isLetter)
    return letters.count >= 2 && letters.allSatisfy { $0.isUppercase } && !core.hasSuffix("&")
  }

  /// `NAPs` → `NAP`.
  public static func base(_ word: String) -> String {
    if word.isASCII {
      let bytes = word.utf8
      guard bytes.count > 2, bytes.last == UInt8(ascii: "s"),
        bytes.dropLast().allSatisfy({ $0.isASCIICapital || $0.isASCIIDigit || $0 == UInt8(ascii: "&") })
      else { return word }
      return String(word.dropLast())
    }
    if word.count > 2, word.hasSuffix("s"), word.dropLast().allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "&" }) {
      return String(word.dropLast())
    }
    return word
  }

  /// `(NAPs)` or `("NAPs")` after a long form, or `NAP (national action plan)` before one.
  static func isDefinition(_ word: Word, in bytes: [UInt8]) -> Bool {
    var before = word.byteOffset
    var after = word.byteEnd
    // Quotation marks around the acronym: " ' “ ” ‘ ’ « ».
    func isQuote(_ index: Int, backwards: Bool) -> Int? {
      guard index >= 0, index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { return 1 }
      let curly: [[UInt8]] = [[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x98], [0xE2, 0x80, 0x99], [0xC2, 0xAB], [0xC2, 0xBB]]
      for mark in curly {
        let start = backwards ? index - mark.count + 1 : index
        if start >= 0, start + mark.count <= bytes.count, Array(bytes[start..<(start + mark.count)]) == mark { return mark.count }
      }
      return nil
    }
    if let length = isQuote(before - 1, backwards: true), let closing = isQuote(after, backwards: false) {
      before -= length
      after += closing
    }
    // "National action plans, or NAPs, were …", "civil society organisations — CSOs — raised …".
    func precededBy(_ text: String) -> Bool {
      let mark = Array(text.utf8)
      return before >= mark.count && Array(bytes[(before - mark.count)..<before]) == mark
    }
    func followedBy(_ text: String) -> Bool {
      let mark = Array(text.utf8)
      return after + mark.count <= bytes.count && Array(bytes[after..<(after + mark.count)]) == mark
    }
    if precededBy(", or ") && (followedBy(",") || followedBy(")") || followedBy(".")) { return true }
    if (precededBy("\u{2014} ") && followedBy(" \u{2014}")) || (precededBy("\u{2013} ") && followedBy(" \u{2013}")) { return true }
    // "(NAPs)" after its long form, which may end on the line before.
    if before > 0, bytes[before - 1] == UInt8(ascii: "("), after < bytes.count, bytes[after] == UInt8(ascii: ")") {
      return true
    }
    // "(P/CVE)", "(M-NAP)": a part of an acronym joined by a slash or hyphen, the whole in brackets.
    func joins(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") }
    func isPart(_ byte: UInt8) -> Bool { byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "&") || joins(byte) }
    var open = before
    while open > 0, isPart(bytes[open - 1]), before - open < 24 { open -= 1 }
    var close = after
    while close < bytes.count, isPart(bytes[close]), close - after < 24 { close += 1 }
    if (open < before && joins(bytes[before - 1])) || (close > after && joins(bytes[after])),
      open > 0, bytes[open - 1] == UInt8(ascii: "("), close < bytes.count, bytes[close] == UInt8(ascii: ")")
    {
      return true
    }
    // `ACR (Long form words)`: a parenthesis of two or more words right after the acronym, or
    // after the acronym it is paired with: "PVE/CVE (preventing/countering violent extremism)".
    var index = word.byteEnd
    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "/"), bytes[index + 1].isASCIICapital {
      index += 1
      while index < bytes.count, bytes[index].isASCIILetter || bytes[index].isASCIIDigit, index - word.byteEnd < 12 { index += 1 }
    }
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "(") else { return false }
    // A long form is short: the closing parenthesis is looked for among the next 200 bytes only.
    let window = bytes[(index + 1)..<min(bytes.count, index + 200)]
    guard let close = window.firstIndex(of: UInt8(ascii: ")")) else {
      // "UNDP (United Nations" at a line's end, the long form going on on the next line.
      return index + 200 > bytes.count && window.first.map(\.isASCIILetter) == true
    }
    let inside = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
    return inside.split(separator: " ").count >= 2
  }
}

/// What `AcronymUndefinedRule.words(in:)` asks of a character (or of a byte of ASCII text).
private protocol WordUnit {
  var isLetterOrDigit: Bool { get }
  var isAmpersand: Bool { get }
  var byteCount: Int { get }
}

extension Character: WordUnit {
  fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
  fileprivate var isAmpersand: Bool { self == "&" }
  fileprivate var byteCount: Int { utf8.count }
}

extension UInt8: WordUnit {
  fileprivate var isLetterOrDigit: Bool { isASCIILetter || isASCIIDigit }
  fileprivate var isAmpersand: Bool { self == UInt8(ascii: "&") }
  fileprivate var byteCount: Int { 1 }
}
