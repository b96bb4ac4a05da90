/// Reads clock times and time ranges as rapporteurs write them: `13:15-15:00`, `13:15 – 15:00`,
/// `9.30–10.00`, `13h30–14h00`, `2pm–2:45pm`, `2:30 p.m. to 4 p.m.`, `2–3pm`. The front matter's
/// `time:` and the agenda's items are read alike; `time:` may end with a time zone (`EST`,
/// `UTC+2`, `(New York time)`).
public enum TimeParsing {
  /// Parses a whole string as a time range; `nil` unless it is exactly one valid range.
  /// Whether a session's time is written as the front matter asks: `HH:MM-HH:MM` (one digit
  /// for the hour will do), a hyphen or an en dash between, blanks around it or not, a time zone
  /// after it or not.
  public static func isWrittenAsSpecified(_ text: String) -> Bool {
    var text = text.trimmingBlanks
    // A time zone may follow: "13:15-15:00 EST", "13:15-15:00 UTC+2".
    if let space = text.lastIndex(of: " "), text[text.index(after: space)...].first?.isUppercase == true,
      text[text.index(after: space)...].allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "+" || $0 == "-" })
    {
      text = String(text[..<space]).trimmingBlanks
    }
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" }).map { $0.trimmingBlanks }
    guard parts.count == 2 else { return false }
    return parts.allSatisfy { part in
      let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
      return pieces.count == 2 && (1...2).contains(pieces[0].count) && pieces[1].count == 2
        && pieces.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
  }

  public static func range(_ text: String) -> TimeRange? {
    guard let (range, rest) = leadingRange(Substring(text)),
      rest.allSatisfy({ $0 == " " || $0 == "\t" }) || isTimeZone(rest)
    else { return nil }
    return range
  }

  /// A time zone after a range: `EST`, `UTC+2`, `GMT-4`, `(NY time)`, `New York time`.
  static func isTimeZone(_ text: Substring) -> Bool {
    var zone = text.trimmingCharacters(in: .whitespaces)
    if zone.hasPrefix("("), zone.hasSuffix(")") { zone = String(zone.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces) }
    guard !zone.isEmpty, zone.count <= 24 else { return false }
    if zone.lowercased().hasSuffix(" time") || zone.lowercased() == "local" { return zone.allSatisfy { $0.isLetter || $0 == " " || $0 == "." } }
    let letters = zone.prefix { $0.isLetter }
    let offset = zone.dropFirst(letters.count)
    guard (2...5).contains(letters.count), letters.allSatisfy(\.isUppercase) else { return false }
    return offset.isEmpty || ((offset.first == "+" || offset.first == "-") && offset.dropFirst().allSatisfy { $0.isNumber || $0 == ":" }
      && offset.count <= 6)
  }

  /// A time range at the start of `text` and what follows it (leading blanks, a colon or dash
  /// after the range dropped). The range must run forwards.
  public static func leadingRange(_ text: Substring) -> (TimeRange, Substring)? {
    guard case let .range(range, rest) = leadingTime(text) else { return nil }
    return (range, rest)
  }

  /// What a line that may open with a time holds.
  public enum Leading: Equatable, Sendable {
    /// A time range that runs forwards, and the text after it.
    case range(TimeRange, Substring)
    /// A single clock time (`09:30 Opening`), and the text after it.
    case start(Int, Substring)
    /// Something written as a time that is not one: `25:00`, `9:75`, `15:00–13:15`, `14:00–`.
    case unreadable(String)
    /// No time at the start.
    case none
  }

  /// Reads the time (a range, or a single clock time) that `text` opens with.
  public static func leadingTime(_ text: Substring) -> Leading {
    let opening = text.drop(while: { $0 == " " || $0 == "\t" })
    var rest = opening
    guard let start = clock(&rest, bareHour: true) else {
      return looksLikeClock(opening) ? .unreadable("'\(firstWord(opening))' is not a clock time") : .none
    }
    var afterStart = rest
    rest = rest.drop(while: { $0 == " " })
    var hasDash = false
    if let first = rest.first, first == "-" || first == "\u{2013}" || first == "\u{2014}" {
      rest = rest.dropFirst()
      hasDash = true
    } else if rest.lowercased().hasPrefix("to ") {
      rest = rest.dropFirst(2)
    } else {
      guard start.meridiem != nil || start.hasMinutes else { return .none }
      return .start(start.minutes(), trimmedRest(afterStart))
    }
    rest = rest.drop(while: { $0 == " " })
    let endText = rest
    guard let end = clock(&rest, bareHour: false) else {
      // `10-12 participants` holds no time; `09:30 - Opening` is a start time and a title;
      // `14:00-25:00` or `14:00–` are not times.
      guard start.meridiem != nil || start.hasMinutes else { return .none }
      if hasDash, let next = endText.first, !next.isNumber {
        afterStart = afterStart.drop(while: { $0 == " " }).dropFirst()
        return .start(start.minutes(), trimmedRest(afterStart))
      }
      let written = String(opening[..<endText.endIndex]) + firstWord(endText)
      return .unreadable("'\(written.trimmingBlanks)' does not end with a clock time")
    }
    // What follows must not continue the number (e.g. `13:15-14:005`).
    if let next = rest.first, next.isNumber {
      return .unreadable("'\(firstWord(opening))' is not a time range")
    }
    guard start.meridiem != nil || start.hasMinutes || end.meridiem != nil else { return .none }
    // A start without am/pm takes the end's: `2–3pm`, `10:30–12pm`, `11–1pm` (11am).
    var startMinutes = start.minutes()
    if start.meridiem == nil, let meridiem = end.meridiem, start.hours <= 12 {
      let later = start.minutes(meridiem: meridiem)
      startMinutes = later <= end.minutes() ? later : start.minutes(meridiem: .am)
    }
    let written = String(opening[..<rest.startIndex])
    var endMinutes = end.minutes()
    // A late sitting runs past midnight: "22:30-00:45" starts in the evening and ends in the
    // early morning of the next day ("10:00-09:00" still ends before it starts).
    if endMinutes <= startMinutes, startMinutes >= TimeRange.eveningStart, endMinutes <= TimeRange.morningEnd {
      endMinutes += TimeRange.day
    }
    guard endMinutes > startMinutes else {
      return .unreadable("'\(written.trimmingBlanks)' does not end after it starts")
    }
    return .range(TimeRange(start: startMinutes, end: endMinutes), trimmedRest(rest))
  }

  /// What follows a time: blanks, then a colon or dash set after the time, dropped.
  private static func trimmedRest(_ text: Substring) -> Substring {
    var rest = text.drop(while: { $0 == " " || $0 == "\t" })
    if let first = rest.first, first == ":" || first == "-" || first == "\u{2013}" || first == "\u{2014}" {
      rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
    }
    return rest
  }

  private static func firstWord(_ text: Substring) -> String {
    String(text.prefix { !$0.isWhitespace })
  }

  enum Meridiem { case am, pm }

  /// A clock time as written: hours, minutes, am or pm.
  struct Clock {
    var hours: Int
    var minutes: Int
    var hasMinutes: Bool
    var meridiem: Meridiem?

    /// Minutes since midnight, with `meridiem` (or the clock's own) applied.
    func minutes(meridiem given: Meridiem? = nil) -> Int {
      switch given ?? meridiem {
      case .am?: return (hours % 12) * 60 + minutes
      case .pm?: return (hours % 12 + 12) * 60 + minutes
      case nil: return hours * 60 + minutes
      }
    }
  }

  /// `H:MM`, `HH:MM`, `HH.MM`, `13h30`, `13h`, `2pm`, `2:45 pm`, `2.45 p.m.`; 00:00 to 24:00, and
  /// 1 to 12 with am or pm. A bare hour (`2` in `2–3pm`) only with `bareHour`, the end supplying
  /// the am or pm. Advances `text` past the time.
  static func clock(_ text: inout Substring, bareHour: Bool) -> Clock? {
    let hourDigits = text.prefix(while: { $0.isASCII && $0.isNumber })
    guard (1...2).contains(hourDigits.count), let hours = Int(hourDigits) else { return nil }
    var rest = text.dropFirst(hourDigits.count)
    var minutes = 0
    var hasMinutes = false
    if let separator = rest.first, separator == ":" || separator == "." || separator == "h" || separator == "H" {
      let minuteDigits = rest.dropFirst().prefix(while: { $0.isASCII && $0.isNumber })
      if minuteDigits.count == 2, let value = Int(minuteDigits) {
        minutes = value
        hasMinutes = true
        rest = rest.dropFirst(3)
      } else if separator == "h" || separator == "H", minuteDigits.isEmpty, !(rest.dropFirst().first?.isLetter ?? false) {
        hasMinutes = true  // `13h`
        rest = rest.dropFirst()
      } else if separator == ":" || separator == "h" || separator == "H" {
        return nil
      }
    }
    var meridiem: Meridiem?
    var afterMeridiem = rest.drop(while: { $0 == " " })
    if afterMeridiem.startIndex > rest.startIndex && afterMeridiem.startIndex != rest.index(after: rest.startIndex) {
      afterMeridiem = rest  // at most one blank before am or pm
    }
    for (written, value) in [("a.m.", Meridiem.am), ("p.m.", .pm), ("am", .am), ("pm", .pm)] {
      guard afterMeridiem.lowercased().hasPrefix(written) else { continue }
      let after = afterMeridiem.dropFirst(written.count)
      if let next = after.first, next.isLetter { continue }
      meridiem = value
      rest = after
      break
    }
    if meridiem != nil {
      guard (1...12).contains(hours), minutes < 60 else { return nil }
    } else {
      guard hasMinutes || bareHour else { return nil }
      guard hours < 24 && minutes < 60 || hours == 24 && minutes == 0 else { return nil }
    }
    text = rest
    return Clock(hours: hours, minutes: minutes, hasMinutes: hasMinutes, meridiem: meridiem)
  }

  /// Whether `text` opens with what is meant as a clock time, readable or not: one or two digits
  /// and `:`, `h` or `.` with a digit, or am/pm (`25:00`, `9:75`, `13h3`, `13pm`).
  static func looksLikeClock(_ text: Substring) -> Bool {
    let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
    guard (1...2).contains(digits.count) else { return false }
    let rest = text.dropFirst(digits.count)
    if let separator = rest.first, ":.hH".contains(separator), let next = rest.dropFirst().first, next.isASCII, next.isNumber {
      return true
    }
    let lower = rest.drop(while: { $0 == " " }).lowercased()
    return lower.hasPrefix("am") || lower.hasPrefix("pm") || lower.hasPrefix("a.m.") || lower.hasPrefix("p.m.")
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

  /// Reads a date written another way than `YYYY-MM-DD`, as front matter sometimes gives it:
  /// `2017/09/21`, `2017-9-21`, `21.09.2017`, `21/09/2017` (day first), `21 September 2017`,
  /// `September 21, 2017`, `Thursday, 21 September 2017`. A day, month and year must all be there.
  public init?(written text: String) {
    let trimmed = text.trimmingBlanks
    let numbers = trimmed.split(whereSeparator: { "/-.".contains($0) })
    if numbers.count == 3, numbers[0].count == 4, numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2])
    {
      self.init(year: year, month: month, day: day)
      return
    }
    // The words must be the date and nothing else, with a year of four digits.
    let groups = trimmed.split(whereSeparator: { !$0.isNumber })
    guard groups.count >= 2, groups.contains(where: { $0.count == 4 }),
      let found = DueDateResolver.find(in: "by " + trimmed, sessionDate: nil),
      found.words.trimmingCharacters(in: " .,") == "by " + trimmed.trimmingCharacters(in: " .,")
    else { return nil }
    self = found.date
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
