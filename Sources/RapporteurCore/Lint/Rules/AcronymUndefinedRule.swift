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
    ],
    nonTriggering: [
      LintExample.note(
        "## Purpose\n\nNational action plans (NAPs) matter. Each NAP differs; UNDP (the United Nations Development Programme) helps.\n"),
      LintExample.note("## Purpose\n\nThe UN and NGOs met; `HTTP` in code and [a link](https://example.org/ABC) are not text.\n"),
      LintExample.note("## PURPOSE\n\nACTION ITEM: NOTE the UK and EU positions.\n"),
    ])

  public init() {}

  /// All-capital words that are not acronyms to spell out.
  static let plainWords: Set<String> = [
    "ACTION", "ITEM", "ITEMS", "NOTE", "NOTES", "TODO", "TBD", "XXX", "DONE", "NEW", "NOT", "AND", "OR", "ALL", "NO",
    "YES", "URGENT", "IMPORTANT", "UPDATE", "FYI", "NB", "OK", "AM", "PM", "PURPOSE", "AGENDA", "DISCUSSION", "Q&A",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "THE", "OF", "FOR", "TO", "IN", "ON", "DRAFT",
    "FINAL", "ONLY", "MUST", "SHOULD", "NEXT", "STEPS", "WHO", "WHAT", "WHY", "HOW",
  ]

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    var known = Set(file.rules.knownAcronyms.map { Self.base($0) }).union(Self.plainWords)
    var texts: [(text: String, start: SourceLocation)] = []
    session.document.root.forEachNode { node in
      if case .codeBlock = node.kind { return false }
      if node.kind == .text, let range = node.range { texts.append((node.literal, range.start)) }
      return true
    }
    // First pass: where each acronym is defined. Second: uses before that.
    var definedAt: [String: SourceLocation] = [:]
    var uses: [(acronym: String, location: SourceLocation)] = []
    for text in texts {
      let bytes = Array(text.text.utf8)
      for word in Self.words(in: text.text) {
        // An acronym starts with an ASCII capital: most words end here.
        guard let first = word.text.utf8.first, first.isASCIICapital else { continue }
        let written = String(word.text)
        let location = SourceLocation(line: text.start.line, column: text.start.column + word.byteOffset)
        let acronym = Self.base(written)
        guard Self.isAcronym(written), !known.contains(acronym) else { continue }
        if Self.isDefinition(word, in: bytes) {
          if definedAt[acronym] == nil { definedAt[acronym] = location }
        } else {
          uses.append((acronym, location))
        }
      }
    }
    var findings: [RawFinding] = []
    for use in uses where !known.contains(use.acronym) {
      if let defined = definedAt[use.acronym], defined < use.location { continue }
      known.insert(use.acronym)  // one finding per acronym
      let hint = definedAt[use.acronym].map { " (it is spelled out later, on line \($0.line))" } ?? ""
      findings.append(RawFinding(use.location, "acronym '\(use.acronym)' is used before it is spelled out\(hint)"))
    }
    return findings
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

  /// `(NAPs)` after a long form, or `NAP (national action plan)` before one.
  static func isDefinition(_ word: Word, in bytes: [UInt8]) -> Bool {
    let before = word.byteOffset > 0 ? bytes[word.byteOffset - 1] : 0
    let after = word.byteEnd < bytes.count ? bytes[word.byteEnd] : 0
    // "(NAPs)" after its long form, which may end on the line before.
    if before == UInt8(ascii: "("), after == UInt8(ascii: ")") { return true }
    // `ACR (Long form words)`: a parenthesis of two or more words right after the acronym.
    var index = word.byteEnd
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "("),
      let close = bytes[index...].firstIndex(of: UInt8(ascii: ")"))
    else { return false }
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
