import Foundation

/// The dates a session's notes give beside names, as a calendar or a list of dates writes them:
/// "GA5: hosted by UTV in Vel Tessa, 08/11/2028", "Programme Board – 26.09.2028 · PAC meeting –
/// 14.11.2028", "**100-day check-in:** Friday 1/6". Tasks due "before GA5" or "at its next meeting"
/// are due then. The notes are read once, when a task first asks, and only for days from the
/// session on.
final class DatedNames {
  private let notes: String
  private let sessionDate: CalendarDate
  private let order: DueDateResolver.SlashOrder
  private lazy var table: [String: CalendarDate] = read()

  init(notes: String, sessionDate: CalendarDate, order: DueDateResolver.SlashOrder) {
    self.notes = notes
    self.sessionDate = sessionDate
    self.order = order
  }

  /// The date beside `name` ("GA5", "the Programme Board"), whatever its case; failing that, the
  /// one name the notes date that opens or closes with it ("the next call" for "the next call for
  /// proposals", "the consultation" for "the online consultation").
  func date(of name: String) -> CalendarDate? {
    let wanted = Self.key(name)
    if let date = table[wanted] { return date }
    guard wanted.count >= 4 else { return nil }
    // One word opens no longer name ("PFR-2" is not "PFR-2 Highlights"); it may end one.
    let words = wanted.contains(" ")
    let near = table.filter { (words && $0.key.hasPrefix(wanted + " ")) || $0.key.hasSuffix(" " + wanted) }
    return near.count == 1 ? near.first?.value : nil
  }

  private static func key(_ name: String) -> String {
    let lowered = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " *_#>-\t"))
    return lowered.hasPrefix("the ") ? String(lowered.dropFirst(4)) : lowered
  }

  /// Each name set off by a colon or dash before a date on its line, or told with what happens
  /// then ("Release 2.3 ships Monday 2029-07-02; sprint 14 ends Friday 2029-06-29; the next board
  /// meets 2029-09-11"); the first date a name has wins.
  private func read() -> [String: CalendarDate] {
    var table: [String: CalendarDate] = [:]
    for line in notes.split(separator: "\n") where line.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
      // Most lines tell no such day: the verbs' bytes say so before any clause is read.
      // "Two dates everyone know: the council's public meeting … , and the online consultation
      // closes on Friday 28 June 2030": a clause after a colon or ", and" too.
      let clauses = String(line).containsAnyBytes(Self.toldVerbs)
        ? line.components(separatedBy: CharacterSet(charactersIn: ";")).flatMap { $0.components(separatedBy: ". ") }
          .flatMap { $0.components(separatedBy: ": ") }.flatMap { $0.components(separatedBy: ", and ") } : []
      for clause in clauses {
        let whole = NSRange(clause.startIndex..<clause.endIndex, in: clause)
        guard let match = Self.toldPattern.firstMatch(in: clause, range: whole) ?? Self.heldPattern.firstMatch(in: clause, range: whole)
          ?? Self.givenPattern.firstMatch(in: clause, range: whole) ?? Self.sessionPattern.firstMatch(in: clause, range: whole),
          let nameRange = Range(match.range(at: 1), in: clause),
          let valueRange = Range(match.range(at: match.numberOfRanges - 1), in: clause),
          let date = firstDate(in: clause[valueRange].prefix(40))
        else { continue }
        // "The third round of informal consultations (PFR-3) is scheduled for 2–4 December 2030":
        // the name in brackets too.
        var names = [Self.key(String(clause[nameRange]))]
        if match.numberOfRanges > 3, let alias = Range(match.range(at: 2), in: clause) { names.append(Self.key(String(clause[alias]))) }
        for name in names where name.count >= 3 && (1...6).contains(name.split(separator: " ").count) && table[name] == nil {
          table[name] = date
        }
      }
      // "SUMMER FORUM 18 JUNE, OSTRIN", "YOUTH COUNCIL ELECTIONS 30 APRIL": a name and its day,
      // quoted as a poster or a drawing writes them, in capitals.
      if line.utf8.contains(UInt8(ascii: "\"")) || line.contains("\u{201C}") {
        let text = String(line)
        for match in Self.quotedCapitalsPattern.matches(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) {
          guard let nameRange = Range(match.range(at: 1), in: text), let dayRange = Range(match.range(at: 2), in: text) else { continue }
          let name = Self.key(String(text[nameRange]))
          let day = text[dayRange].split(separator: " ").map { $0.first?.isLetter == true ? $0.prefix(1) + $0.dropFirst().lowercased() : $0 }
          guard name.count >= 3, table[name] == nil, let date = firstDate(in: Substring(day.joined(separator: " "))) else { continue }
          table[name] = date
        }
      }
      // Entries side by side: "Programme Board – 26.09.2028 · PAC meeting – 14.11.2028".
      for entry in line.replacingOccurrences(of: " - ", with: " \u{2013} ").components(separatedBy: " \u{00B7} ") {
        let parts = entry.split(omittingEmptySubsequences: false, whereSeparator: { ":\u{2013}\u{2014}".contains($0) })
        for (name, value) in zip(parts, parts.dropFirst()) {
          let name = Self.key(String(name))
          guard name.count >= 3, (1...6).contains(name.split(separator: " ").count), table[name] == nil,
            let date = firstDate(in: value.prefix(60))
          else { continue }
          table[name] = date
        }
      }
    }
    return table
  }

  /// The verbs `toldPattern` needs, as bytes, one of which a line must hold.
  private static let toldVerbs = [
    " ships ", " ends ", " meets ", " starts ", " begins ", " opens ", " closes ", " launches ", " sits ", " convenes ",
    " falls ", " is ", " is held ", " takes place ", " will meet ", " will be held ", " goes live ", " to be held ",
    " is scheduled ", " goes to ", " go to ", " reopens ", " closes ",
    " will deliver ", " will present ", " will hold ", " will launch ", " will publish ", " be held ", " is listed for ", " is set for ", "hold its ", "hold their ",
  ].map { Array($0.utf8) }

  /// A body's numbered session and when it is held, as records of committees write it: "the tenth
  /// session be held in Port Meriden from 17 to 19 October 2033", "decided to hold its eleventh
  /// session in Geneva on 3 June".
  private static let sessionPattern = NSRegularExpression.builtIn(
    "session-date",
    #"\b(?:the|its|their|our)\s+((?:next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:session|meeting|sitting|plenary|summit|conference|round))\s+(?:(?:be|will\s+be|would\s+be|shall\s+be|is\s+to\s+be|to\s+be)\s+held\s+)?(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4})?(?:on\s+|from\s+)?(\d.+)$"#, options: [])

  /// An event someone will give, named in capitals, then its day: "The Finance Minister will
  /// deliver the Budget statement on 11 March 2032".
  private static let givenPattern = NSRegularExpression.builtIn(
    "given-date",
    #"\bwill\s+(?:deliver|present|hold|launch|publish)\s+(?:the|its|their|his|her)\s+([A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,2}?)\s+on\s+(.+)$"#, options: [])

  /// An event named in capitals, then when it is held, anywhere in a clause: "… at the Joint
  /// Border Festival, to be held at the Harra crossing on 20 September 2031".
  private static let heldPattern = NSRegularExpression.builtIn(
    "held-date",
    #"\b((?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*),?\s+(?:to\s+be|(?:which|that)\s+will\s+be|will\s+be)\s+held\s+(?:(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,4}|(?:at|in)\s+[a-z]+\s+)?(?:on\s+)?(.+)$"#, options: [])

  /// A name, what happens on its day, the day: "sprint 14 ends Friday 2029-06-29"; or what day
  /// it is: "ọjọ́ ọjà tó kàn (next market day) is Wednesday 16/04/2036", the name given in
  /// translation too.
  private static let toldPattern = NSRegularExpression.builtIn(
    "told-date",
    #"^[\s*_>#-]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:the\s+)?(\p{L}[\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,5}?)(?:\s+\(([\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,3})\))?\s+(?:is(?=\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d)|ships|ends|meets|starts|begins|opens|reopens|closes|launches|sits|convenes|falls|is\s+due|is\s+held|takes\s+place|will\s+meet|will\s+be\s+held|goes\s+live|is\s+scheduled\s+for|is\s+listed\s+for|is\s+set\s+for|goes\s+to\s+(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+)\s+(?:on\s+)?(.+)$"#)

  /// A quoted name in capitals, then its day with the month in capitals: "SUMMER FORUM 18 JUNE".
  private static let quotedCapitalsPattern = NSRegularExpression.builtIn(
    "quoted-capitals-date",
    #"["\u201C]((?:[A-Z][A-Z'\u2019-]+\s+){0,4}[A-Z][A-Z'\u2019-]+)\s+(\d{1,2}\s+[A-Z]{3,9}(?:\s+\d{4})?)\b"#, options: [])

  /// The first date written with digits in `words` ("08/11/2028", "Friday 1/6", "14 November",
  /// "2029-06-29"), when it is on or after the session.
  private func firstDate(in words: Substring) -> CalendarDate? {
    // "2–4 December 2030", "from 17 to 19 October": the first of the days.
    var words = words
    if let range = words.range(of: #"\b\d{1,2}(?:\s*[\u2013-]\s*|\s+to\s+)(?=\d{1,2}\s+[A-Z][a-z]+)"#, options: .regularExpression) {
      let first = words[range].prefix { $0.isNumber }
      words = words[..<range.lowerBound] + first + " " + words[range.upperBound...].drop { $0.isNumber }
    }
    guard let range = words.range(of: #"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?"#, options: .regularExpression),
      let found = DueDateResolver.find(in: "by " + words[range], sessionDate: sessionDate, order: order), found.date >= sessionDate
    else { return nil }
    return found.date
  }
}
