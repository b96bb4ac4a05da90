/// Reads clock times and time ranges as rapporteurs write them: `13:15-15:00`, `13:15 – 15:00`,
/// `9.30–10.00`, `13:15 to 13:25`.
public enum TimeParsing {
  /// Parses a whole string as a time range; `nil` unless it is exactly one valid range.
  public static func range(_ text: String) -> TimeRange? {
    guard let (range, rest) = leadingRange(Substring(text)),
      rest.allSatisfy({ $0 == " " || $0 == "\t" })
    else { return nil }
    return range
  }

  /// A time range at the start of `text` and what follows it (leading blanks, a colon or dash
  /// after the range dropped). The range must run forwards.
  public static func leadingRange(_ text: Substring) -> (TimeRange, Substring)? {
    var rest = text.drop(while: { $0 == " " || $0 == "\t" })
    guard let start = clock(&rest) else { return nil }
    rest = rest.drop(while: { $0 == " " })
    if let first = rest.first, first == "-" || first == "\u{2013}" || first == "\u{2014}" {
      rest = rest.dropFirst()
    } else if rest.lowercased().hasPrefix("to ") {
      rest = rest.dropFirst(2)
    } else {
      return nil
    }
    rest = rest.drop(while: { $0 == " " })
    guard let end = clock(&rest), end > start else { return nil }
    // What follows must not continue the number (e.g. `13:15-14:005`).
    if let next = rest.first, next.isNumber { return nil }
    rest = rest.drop(while: { $0 == " " || $0 == "\t" })
    if let first = rest.first, first == ":" || first == "-" || first == "\u{2013}" || first == "\u{2014}" {
      rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
    }
    return (TimeRange(start: start, end: end), rest)
  }

  /// `H:MM`, `HH:MM` or `HH.MM`, 00:00 to 24:00, in minutes.
  static func clock(_ text: inout Substring) -> Int? {
    let hourDigits = text.prefix(while: { $0.isASCII && $0.isNumber })
    guard (1...2).contains(hourDigits.count), let hours = Int(hourDigits) else { return nil }
    var rest = text.dropFirst(hourDigits.count)
    guard let separator = rest.first, separator == ":" || separator == "." else { return nil }
    rest = rest.dropFirst()
    let minuteDigits = rest.prefix(while: { $0.isASCII && $0.isNumber })
    guard minuteDigits.count == 2, let minutes = Int(minuteDigits) else { return nil }
    guard hours < 24 && minutes < 60 || hours == 24 && minutes == 0 else { return nil }
    text = rest.dropFirst(2)
    return hours * 60 + minutes
  }

  /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
  public static func isISODate(_ text: String) -> Bool {
    CalendarDate(iso: text) != nil
  }
}

/// A day of the Gregorian calendar, without time zones: what rapporteurs mean by a date.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...9999).contains(year), day >= 1,
      day <= CalendarDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` exactly.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The date `days` later (or earlier, when negative).
  public func adding(days: Int) -> CalendarDate {
    var result = self
    var remaining = days
    while remaining > 0 {
      let left = CalendarDate.daysIn(month: result.month, year: result.year) - result.day
      if remaining <= left {
        result.day += remaining
        remaining = 0
      } else {
        remaining -= left + 1
        result.day = 1
        if result.month == 12 {
          result.month = 1
          result.year += 1
        } else {
          result.month += 1
        }
      }
    }
    while remaining < 0 {
      if -remaining < result.day {
        result.day += remaining
        remaining = 0
      } else {
        remaining += result.day
        if result.month == 1 {
          result.month = 12
          result.year -= 1
        } else {
          result.month -= 1
        }
        result.day = CalendarDate.daysIn(month: result.month, year: result.year)
      }
    }
    return result
  }

  /// The last day of this date's month.
  public var endOfMonth: CalendarDate {
    var result = self
    result.day = CalendarDate.daysIn(month: month, year: year)
    return result
  }

  /// `21 September 2017`.
  public var longDescription: String {
    "\(day) \(CalendarDate.monthNames[month - 1]) \(year)"
  }

  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
}
