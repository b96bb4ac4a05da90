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

  /// The date beside `name` ("GA5", "the Programme Board"), whatever its case.
  func date(of name: String) -> CalendarDate? {
    table[Self.key(name)]
  }

  private static func key(_ name: String) -> String {
    let lowered = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " *_#>-\t"))
    return lowered.hasPrefix("the ") ? String(lowered.dropFirst(4)) : lowered
  }

  /// Each name set off by a colon or dash before a date on its line; the first date a name has wins.
  private func read() -> [String: CalendarDate] {
    var table: [String: CalendarDate] = [:]
    for line in notes.split(separator: "\n") where line.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
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

  /// The first date written with digits in `words` ("08/11/2028", "Friday 1/6", "14 November"),
  /// when it is on or after the session.
  private func firstDate(in words: Substring) -> CalendarDate? {
    guard let range = words.range(of: #"\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?"#, options: .regularExpression),
      let found = DueDateResolver.find(in: "by " + words[range], sessionDate: sessionDate, order: order), found.date >= sessionDate
    else { return nil }
    return found.date
  }
}
