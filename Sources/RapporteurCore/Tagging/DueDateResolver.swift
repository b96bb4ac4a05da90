import Foundation

/// Finds the due date of an action in the forms rapporteurs write, and resolves relative forms
/// against the session's date:
/// `by 31 October 2017`, `by October 31, 2017`, `by 2017-10-31`, `due: 2017-10-31`,
/// `deadline: 31 Oct`, `by end of October`, `by the end of the month`, `by end of 2017`,
/// `by mid-October`, `by 15/10/2017` (day first), `by Q4 2017`, `within two weeks`, `within 10 days`,
/// `within a month`, `within a fortnight`, `w/in 10 days`, `within 10 working days` (weekdays),
/// `in two weeks' time`, `by tomorrow`, `by Friday` (the next Friday after the session), `by end of
/// day`/`COB`, `by the end of the week` (its Friday), `by next week`, `by next month` (its last day);
/// a month alone stands for its last day: `by December 2025`, `by October`,
/// `in January 2026`, `in Q1 2026` (not `in January`, which says when rather than by when);
/// `in week 22` (the Friday of that ISO week); `within 1 April`, `within the end of Q3` ("within" for
/// "by", as Nordic English writes it); `within the week` (its Friday), `within the month`;
/// `by the weekend`, `over the weekend` (its Sunday); `by the end of Fifth Month`, `by Fifth Day`
/// (Quaker minutes' old style, capitalised: May, Thursday).
public enum DueDateResolver {
  public struct Due: Sendable, Equatable {
    public var date: CalendarDate
    /// The words the date was read from.
    public var words: String
  }

  /// English month names and abbreviations, then French, Spanish and Portuguese names as notes in those
  /// habits write them ("by 30 novembre", "by 1er décembre", "by 15 de marzo").
  /// Quaker minutes number months and days in the old style, with capitals: "Fifth Month" (May),
  /// "Sixth Day" (Friday); only so written are they read.
  private static let plainMonths =
    "(?-i:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)\\s+Month)"
  private static let plainDays = "(?-i:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)\\s+Day)"
  private static let months =
    plainMonths + "|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    + "|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
    + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    // "Marco", capitalised and without its cedilla, is a man's name ("— Marco D."), not March.
    + "|janeiro|fevereiro|(?-i:mar[çc]o)|Março|MARÇO|maio|junho|julho|setembro|outubro|novembro|dezembro"
    // Tetum's, after the Portuguese: "15 Dezembru", "iha fulan Marsu".
    + "|janeiru|fevereiru|marsu|maiu|ju[ñn]u|juniu|jullu|juliu|agostu|setembru|outubru|novembru|dezembru"
  private static let weekdays =
    plainDays + "|sunday|monday|tuesday|wednesday|thursday|friday|saturday|mon|tues|tue|weds|wed|thurs|thur|thu|fri"
    + "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    + "|segunda-feira|ter[çc]a-feira|quarta-feira|quinta-feira|sexta-feira"
  private static let quarterWords = "first|second|third|fourth|last|final|1st|2nd|3rd|4th"
  /// The days of a month in words, "first" to "thirty-first", longest first.
  private static let dayWords = DueDateResolver.dayNumbers.keys.sorted { $0.count > $1.count }.joined(separator: "|")
  static let dayNumbers: [String: Int] = {
    let units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    var table: [String: Int] = [:]
    for (index, word) in units.enumerated() { table[word] = index + 1 }
    let teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
    for (index, word) in teens.enumerated() { table[word] = index + 10 }
    table["twentieth"] = 20
    table["thirtieth"] = 30
    for (index, word) in units.enumerated() {
      table["twenty-" + word] = 21 + index
      table["twenty " + word] = 21 + index
    }
    table["thirty-first"] = 31
    table["thirty first"] = 31
    return table
  }()
  private static let numbers =
    "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|una|un|dos|tres|une|deux|trois|quatre|cinq|huit|dix|quinze|dois|duas|tr[eê]s|\\d{1,3}"

  static let pattern: NSRegularExpression = {
    // A lead is followed by blanks, or "due:" by an ISO date at once, as todo.txt writes it
    // ("due:2036-03-11").
    let lead = "(?:\\b(?:target|timeline|time\\s?frame|when|fecha|date|milestone|delivery)(?:\\s+date)?\\s*:|\\bfirst\\s+thing(?:\\s+on)?|\\b(?:para|hasta|antes\\s+de|a\\s+m[aá]s\\s+tardar)\\s+(?:el|la|del)(?:\\s+pr[oó]xim[oa])?|\\bel(?=\\s+\\d)|\\b(?:by|before)\\s+(?:the\\s+)?next\\s+(?:meeting|session|call|review|plenary|workshop)(?:\\s+on|,)?|\\bantes\\s+del|\\bantes(?=\\s+(?:\\d|natal\\b))|\\bat[ée](?:\\s+(?:o|a|ao|à)(?:\\s+dia)?)?|\\bprazo\\s*:?|\\bsrok\\s*:|\\b(?:[eé]ch[eé]ance|d[eé]lai|fecha\\s+l[ií]mite|plazo)\\s*:|\u{0627}\u{0644}\u{0645}\u{0648}\u{0639}\u{062F}(?:\\s*/\\s*due)?\\s*:|\\blatest\\s+(?:on|by)|\\bat\\s+the\\s+latest(?:\\s+(?:on|by))?|\\bfor(?=\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:\(months))\\b)|\\bd['\u{2019}]ici(?:\\s+(?:le|la|au))?|\\bavant(?:\\s+(?:le|la))?|\\bby(?:\\s*:)?|\\bdue(?:\\s+(?:by|on|date))?\\s*:?|\\bdeadline\\s*:?|\\bbefore|\\bb4|\\baim(?:ing)?(?:\\s+for)?(?=\\s+(?:\\d{1,2}/\\d{1,2}(?!\\d)|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]{2}))|\\bb/f(?=\\s)|\\buntil|\\bbis(?:\\s+(?:zum|zur))?|\\bno(?:t)?\\s+later\\s+than|\\bnlt|\\bw/c|\\bat(?=\\s+(?:the\\s+)?end\\s+of\\b)|\\bmigrated\\s+to|\\bwithin(?=\\s+the\\s+(?:week|month|year|quarter)\\b|\\s+(?:the\\s+)?end\\s+of\\b|\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:\(months))\\b)|\\bin(?=\\s+(?:iso\\s+|calendar\\s+)?week\\s+\\d{2}\\b)|\\bweek\\s+(?:commencing|beginning|starting)|\u{1F4C5}\u{FE0F}?|\\b(?:week|wk)\\s+of(?=\\s+\\d))(?:\\s+(?:the\\s+|el\\s+)?|(?<=due:)(?=\\d{4}-\\d{2}-\\d{2}\\b))"
    let alternatives = [
      "(?<iso>\\d{4}-\\d{2}-\\d{2})\\b",
      // "NLT 211700C MAR 29": a date-time group as military staff write it (day, hour and minute,
      // time zone letter, month, year in two digits).
      "(?<d28>[0-3]\\d)(?:[01]\\d|2[0-3])[0-5]\\d[A-Z]\\s+(?<m28>\(months))\\b\\.?(?:\\s+(?<y29>\\d{2}(?:\\d{2})?)\\b)?",
      "(?<d1>\\d{1,2})(?:st|nd|rd|th|er)?\\s+(?:of\\s+|de\\s+)?(?<m1>\(months))\\b\\.?,?(?:\\s+(?:de\\s+)?(?<y1>\\d{4})\\b)?",
      "(?<m2>\(months))\\b\\.?\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\b,?(?:\\s+(?<y2>\\d{4})\\b)?",
      // "by end of October"; "Sept–Oct 2026", a span of months: the end of its last.
      "(?:end(?:\\s+of|-)?|a\\s+finales\\s+de|fin(?:\\s+d['\u{2019}]|\\s+de)?|fi(?:m|nal)\\s+de|(?:\(months))\\.?\\s*[-\u{2013}/]\\s*)\\s*(?:the\\s+)?(?<m3>\(months))\\b(?:\\s+(?:de\\s+)?(?<y3>\\d{4})\\b)?",
      // "by end of the month", and "by end month" as East African English says it.
      "(?:end\\s+(?:of\\s+)?(?:the\\s+|this\\s+)?|(?<=\\bwithin\\sthe\\s))(?<period>month|year|quarter)\\b(?:\\s+(?<y21>\\d{4})\\b)?",
      "end(?:\\s+of\\s+|-)(?<y4>\\d{4})\\b",
      "mid-?\\s*(?<m4>\(months))\\b(?:\\s+(?<y5>\\d{4})\\b)?",
      // "by mid-2027": the middle of that year, its 30 June.
      "mid-?\\s*(?<y26>\\d{4})\\b",
      // "by the thirtieth of june", as dictated.
      "(?<dw3>\(dayWords))\\s+(?:of\\s+)?(?<m26>\(months))\\b(?:,?\\s+(?<y27>\\d{4})\\b)?",
      "(?<d6>\\d{1,2})(?<sep>[/.-])(?<m6>\\d{1,2})\\k<sep>(?<y6>\\d{4}|\\d{2})\\b",
      // "by 2017/11/30": year first with slashes or dots.
      "(?<y23>\\d{4})[/.](?<m23>\\d{1,2})[/.](?<d23>\\d{1,2})\\b",
      // "by W45", "by CW 45 2017", "by calendar week 3", "by week 45" (two digits: "week 2" may
      // count a programme's weeks): the Friday of that ISO week.
      "(?:(?:the\\s+)?end\\s+of\\s+)?(?:(?:c|k)?w\\s?|wk\\.?\\s?|calendar\\s+week\\s+|week\\s+(?=\\d{2}\\b))(?<isoweek>\\d{1,2})\\b(?:\\s+(?<y22>\\d{4})\\b)?",
      // "until 15.03.": a day and month as German notes write them, the dot after the month said.
      "(?<d15>\\d{1,2})\\.(?<m15>\\d{1,2})\\.(?!\\d)",
      // "by 06:00 on Mon 14.4 and …": without the closing dot, after a day's name or where the
      // notes declare the order ("Dates are day.month").
      "(?<d16>\\d{1,2})\\.(?<m16>\\d{1,2})\\b(?![.,]?\\d)(?!\\s*(?:%|per|million|billion|bn\\b|m\\b|k\\b))",
      // "by 30/10": a day and month without the year (not a fraction: "by 1/3", "by 2/3 %").
      "(?<d13>\\d{1,2})/(?<m13>\\d{1,2})\\b(?![/.]?\\d)(?!\\s*(?:%|per))",
      "(?:the\\s+)?ende?(?:\\s+|-)(?:of\\s+)?(?<q>q[1-4])\\b(?:\\s+(?<y7>\\d{4})\\b)?",
      "(?<q2>q[1-4])\\s+(?<y8>\\d{4})\\b",
      // "by the end of the first quarter of 2026".
      // "before the close of the second quarter": the end of the next such quarter.
      "(?:(?:the\\s+)?(?:end|close)\\s+of\\s+)?(?:the\\s+)?(?<qword2>\(quarterWords))\\s+quarter\\b(?:\\s+(?:of\\s+)?(?<y16>\\d{4})\\b)?",
      // "by the first half of 2025", "by H2 2025": the end of the half year.
      "(?:(?:the\\s+)?end\\s+of\\s+)?(?:the\\s+)?(?<half>first|second|1st|2nd)\\s+half\\s+(?:of\\s+)?(?<y17>\\d{4})\\b",
      "(?<hnum>h[12])\\s+(?<y18>\\d{4})\\b",
      // "by end of H1": the end of the next such half year.
      "(?:(?:the\\s+)?end\\s+(?:of\\s+)?)?(?<hnext>h[12])\\b(?![\\s/.-]*\\d)",
      // "by 1Q25", "by 1Q 2025": the quarter written first.
      "(?<q5>[1-4])q\\s?(?<y14>\\d{4}|\\d{2})\\b",
      // "by Q1": the end of the next such quarter.
      "(?<q4>q[1-4])\\b(?!\\s*\\d)",
      // "by early November" (its 10th), "by late November" (its last day).
      "(?<part>early|late)[-\\s]+(?<m9>\(months))\\b\\.?(?:\\s+(?<y13>\\d{4})\\b)?",
      // "by EOY", "by year-end", "by EOM", "by month-end".
      "(?:this\\s+)?(?:(?<eoy>eoy|year[-\\s]end)(?:\\s+(?<y20>\\d{4})\\b)?|(?<eom>eom|month[-\\s]end))\\b",
      // "before Christmas", "by Xmas": Christmas Eve.
      "(?<xmas>christmas|xmas|natal)\\b",
      // "until Pentecost", "before Easter": the feasts whose day Easter sets.
      "(?<feast>easter(?!\\s+(?:monday|recess|holiday|holidays|break|vacation|term|weekend|week))|pentecost|whitsun(?:day)?|whit\\s+sunday|ascension\\s+day|good\\s+friday)\\b",
      // "by the 15th": the next such day from the session on; "the 15th prox." is next month's,
      // "the 15th inst." this month's, as letters in the old style write them.
      "(?<d14>\\d{1,2})(?:st|nd|rd|th)\\b(?:\\s+(?:(?<prox>prox|proximo)|(?<inst>inst|instant))\\b\\.?)?(?!\\s*[A-Za-z0-9])",
      // "by the fifteenth", as dictated: a day in words, not "the second draft" nor "the third of May".
      "(?<dw>\(dayWords))(?=\\s*(?:$|[.,;:!?)\\]\u{2014}\u{2013}]|-\\s|\\s(?:because|and|or|at|so|then|if|unless|no|latest|please|when|which|but|as|since|ok|okay)\\b))",
      "end-(?<y9>\\d{4})\\b",
      // A month alone, after the forms with a day: "by December 2025", "by October".
      "(?<m7>\(months))\\b(?:\\s+(?<y10>\\d{4})\\b)?(?!\\s*\\d)",
      // Days named from the session on: "by tomorrow", "by Friday", "by end of day", "by COB".
      "(?<dayafter>(?:the\\s+)?day\\s+after\\s+tomorrow)\\b",
      "(?<tomorrow>tomorrow|tmrw|tmr|(?<!la\\s)ma\u{F1}ana|demain)\\b(?!['\u{2019}]s)",
      "(?:(?<today>today|tonight)\\b(?!['\u{2019}]s)|(?<eod>(?:end|close)\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+)?day|close\\s+of\\s+(?:business|play)|eod|cob)\\b(?:\\s+(?:on\\s+)?(?:(?<eodday>\(weekdays))|(?<eodtomorrow>tomorrow|tmrw|tmr))\\b)?)",
      "(?:(?<nextday>next|this\\s+coming|this|coming|pr[oó]xim[oa])\\s+)?(?<weekday>\(weekdays))\\b\\.?(?<weekafter>\\s+(?<wnext>next\\s+)?week\\b)?(?!\\s*\\d(?!\\d?\\s*(?:h\\b|h\\d|:\\d|[ap]\\.?m\\b)))",
      "(?:(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?|this\\s+|(?<=\\bwithin\\sthe\\s))(?<thisweek>week|wk)(?!\\.?\\s?\\d)|(?<eow>eow)|(?:the\\s+)?(?:end\\s+of\\s+)?(?:the\\s+)?(?:next|following)\\s+(?<nextweek>week|wk))\\b",
      "(?:end\\s+of\\s+)?(?:the\\s+)?(?:next|following)\\s+(?<nextmonth>month)\\b",
      // "next quarter": the last day of the quarter after the session's; "this quarter" of its own.
      "(?:end\\s+of\\s+)?(?:the\\s+)?(?<thisquarter>(?:(?<nextquarter>next|following|coming)|this|the\\s+current)\\s+quarter)\\b",
      // "by this weekend", "over the weekend": its Sunday; "next weekend" the one after.
      "(?:(?:over\\s+|at\\s+)?(?:the|this|coming)\\s+|(?<nextweekend>next|following)\\s+)(?<weekend>weekend)\\b",
    ]
    // "in January 2026", "in Q1 2026", "in Q3" (the next third quarter): when a task is to be done,
    // its due date unless "by …" gives another; "in December" alone says when, not by when.
    let during =
      "\\bin\\s+(?:(?<m8>\(months))\\s+(?<y11>\\d{4})\\b|(?<q3>q[1-4])\\b(?:\\s+(?<y12>\\d{4})\\b)?|(?:the\\s+)?(?<qword>\(quarterWords))\\s+quarter\\s+(?:of\\s+)?(?<y15>\\d{4})\\b|(?:the\\s+)?(?<half2>first|second|1st|2nd)\\s+half\\s+(?:of\\s+)?(?<y19>\\d{4})\\b|(?<hnext2>h[12])\\b(?![\\s/.-]*\\d))"
    // "during two weeks", as a writer new to English may put "within".
    let within =
      "(?:\\bwithin|\\bw/in|\\bin|\\bduring|\\bdentro\\s+de|\\bdans(?:\\s+(?:les|un\\s+d[eé]lai\\s+de))?|\\ben|\\bd['\u{2019}]ici|\\bsous)\\s+(?:the\\s+next\\s+|(?:a\\s+|the\\s+)?period\\s+of\\s+)?(?:~\\s?|(?:about|around|approx\\.?|roughly|some)\\s+)?(?:(?<n>\(numbers))(?:\\s*\\(\\d{1,3}\\))?\\s*(?:(?<working>working|business)\\s+)?(?<unit>day|week|wk|month|mth|year|yr|hour|hr|h|d[ií]a|semana|mes|m[eê]s|jour|semaine|mois)(?:s?['\u{2019}]s?|es|s)?|(?:a\\s+)?(?<fortnight>fortnight))(?:\\s+time)?\\b"
    // "by Friday, 13 October": the day's name before a date is read past.
    // "Sat 7 October", "Sun. 8 October": before a date, the short names that are also words are days.
    let dayName = "(?:(?<wd>\(weekdays)|sat|sun)\\b\\.?,?\\s+(?:the\\s+)?(?=\\d|(?:\(months))\\b))?"
    // "D+30", "J+7": so many days after the day of the session, as event planners count them.
    let dayCount = "\\b[dj]\\+\\s?(?<dplus>\\d{1,3})\\b"
    let source = "\(lead)\(dayName)(?:\(alternatives.joined(separator: "|")))|\(during)|\(within)|\(dayCount)"
    return .builtIn("due-date", source)
  }()

  /// How a note writes a date with slashes: `15/10` (day first, as the UN and most of the world
  /// write it) or `10/15` (month first, as in the United States).
  public enum SlashOrder: Sendable {
    /// `dayFirstShown`: day first, and some date of the note can only be read so (`18/02`), which
    /// makes a day and month of one digit each (`by 6/3`) a date too, not a fraction; so does
    /// `monthFirst` (`8/18` shown, then `on or before 9/3`).
    case dayFirst, monthFirst, dayFirstShown

    /// The order a note's own dates show: month first when some date can only be read so
    /// (`11/15`) and none only day first (`15/11`); day first otherwise.
    public static func of(_ text: String) -> SlashOrder {
      // "Dates in this report are month/day", "dates d/m": the notes say so.
      if let declared = declared(in: text) { return declared }
      let bytes = Array(text.utf8)
      var (dayFirst, monthFirst) = (0, 0)
      func number(_ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 2, range.allSatisfy({ bytes[$0].isASCIIDigit }) else { return nil }
        return range.reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) }
      }
      for (slash, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") {
        var start = slash
        while start > 0, slash - start < 3, bytes[start - 1].isASCIIDigit { start -= 1 }
        var end = slash + 1
        while end < bytes.count, end - slash <= 3, bytes[end].isASCIIDigit { end += 1 }
        // Whole numbers only: not "2024/25" nor the middle of "1/2/3/4".
        if start > 0, bytes[start - 1].isASCIIDigit || bytes[start - 1] == UInt8(ascii: "/") { continue }
        guard let first = number(start..<slash), let second = number((slash + 1)..<end) else { continue }
        if (13...31).contains(first), (1...12).contains(second) { dayFirst += 1 }
        if (1...12).contains(first), (13...31).contains(second) { monthFirst += 1 }
      }
      return monthFirst > 0 && dayFirst == 0 ? .monthFirst : dayFirst > 0 && monthFirst == 0 ? .dayFirstShown : .dayFirst
    }

    /// The order the notes declare in words ("month/day", "dd/mm", "(m/d)"), when they name one.
    static func declared(in text: String) -> SlashOrder? {
      guard text.utf8.containsBytes("/".utf8) || text.utf8.containsBytes("day.month".utf8) || text.utf8.containsBytes("dd.mm".utf8)
        || text.utf8.containsBytes("month.day".utf8)
      else { return nil }
      let lowered = text.lowercased()
      func names(_ forms: [String]) -> Bool {
        forms.contains { form in
          var searched = lowered[...]
          while let range = searched.range(of: form) {
            let before = range.lowerBound == lowered.startIndex ? " " : lowered[lowered.index(before: range.lowerBound)]
            let after = range.upperBound == lowered.endIndex ? " " : lowered[range.upperBound]
            if !before.isLetter, !after.isLetter, before != "/", after != "/" { return true }
            searched = lowered[range.upperBound...]
          }
          return false
        }
      }
      if names(["month/day", "mm/dd", "m/d", "month.day", "mm.dd"]) { return .monthFirst }
      // "Dates are day.month, all 2031."
      if names(["day/month", "dd/mm", "d/m", "day.month", "dd.mm"]) { return .dayFirstShown }
      return nil
    }
  }

  /// The day a task is to be done on, where nothing says by when: "to meet the mission on
  /// Monday", "convene the review on 2017-10-30".
  public static func findOn(in text: String, sessionDate: CalendarDate?, order: SlashOrder = .dayFirst) -> Due? {
    guard text.utf8.containsBytes(" on ".utf8) else { return nil }
    var rest = text[...]
    while let on = rest.range(of: " on ") {
      let after = text[on.upperBound...]
      // Only a task still to do: "approved by the Fund on Tuesday" tells when it was done.
      let before = " " + text[..<on.lowerBound].lowercased() + " "
      let ahead = [" to ", " will ", "'ll ", " shall ", " must ", " should ", " please ", " pls "].contains(where: before.contains)
      if ahead, !before.contains(" already "), after.first.map({ $0.isNumber || $0.isUppercase }) == true,
        let dated = find(in: "by " + after, sessionDate: sessionDate, order: order), after.hasPrefix(dated.words.dropFirst(3))
      {
        // "on Thursday evenings", "on Mondays": a day that comes back each week is no deadline.
        // "asked at the clinic on Wednesday": the day someone was asked.
        if !recurs(after: after.dropFirst(dated.words.count - 3)), !tellsWhenAsked(text[..<on.lowerBound]) {
          return Due(date: dated.date, words: "on " + dated.words.dropFirst(3))
        }
      }
      rest = after
    }
    return nil
  }

  /// A page's inline date chip copied out in angle brackets: "<2037-02-25>".
  private static let bracketedDate = NSRegularExpression.builtIn("bracketed date", #"<(\d{4}-\d{2}-\d{2})>"#, options: [])
  /// A day a planner schedules a task for: ">2036-03-20" after a blank (not an arrow's "->").
  private static let scheduledDate = NSRegularExpression.builtIn("scheduled date", #"(?:^|(?<=\s))>(\d{4}-\d{2}-\d{2})(?![\d-])"#, options: [])

  /// The words before a dotted day and month that make it a deadline.
  private static let dottedLeadBytes = ["by ", "By ", "before ", "Before ", "until ", "due "].map { Array($0.utf8) }
  /// A day and a month with a dot between and none after: "by 31.10", "before 03.11".
  private static let dottedDayMonth = NSRegularExpression.builtIn(
    "dotted day and month",
    #"\b(by|before|until|due)\s+(0?[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])(?![\d.,%]|\s*(?:%|per\b|percent|pct|million|bn|m\b|k\b|EUR|USD|GBP|eur|usd))"#,
    options: [.caseInsensitive])

  /// A date a wiki's editor inserts after "//": "//24 Apr 2037", "//2037-04-24" (not a web
  /// address's "://").
  private static let wikiDate = NSRegularExpression.builtIn(
    "wiki date", #"(?<=\s)//\s?(\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})"#, options: [])

  /// The first due date in `text`, resolved against `sessionDate` where the form is relative.
  public static func find(in text: String, sessionDate: CalendarDate?, order: SlashOrder = .dayFirst) -> Due? {
    // "~~31 May 2034~~ 14 July 2034": struck words are withdrawn; the date after them stands.
    if text.utf8.containsBytes("~~".utf8), case let plain = droppingStruck(text), plain != text {
      return find(in: plain, sessionDate: sessionDate, order: order)
    }
    // "٣٠/١١/٢٠٢٧": Arabic-Indic and Persian digits read as the digits they are.
    if text.utf8.contains(where: { $0 == 0xD9 || $0 == 0xDB }), let western = westernDigits(text) {
      return find(in: western, sessionDate: sessionDate, order: order)
    }
    // "2018‑04‑30" with the non-breaking hyphens word processors put in.
    if text.utf8.containsBytes([0xE2, 0x80, 0x91]) || text.utf8.containsBytes([0xE2, 0x80, 0x90]) {
      return find(
        in: text.replacingOccurrences(of: "\u{2011}", with: "-").replacingOccurrences(of: "\u{2010}", with: "-"),
        sessionDate: sessionDate, order: order)
    }
    // "Circulate the list >2036-03-20": the day a planner (NotePlan) schedules a task for.
    if text.utf8.containsBytes(">20".utf8) {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      let scheduled = scheduledDate.stringByReplacingMatches(in: text, range: range, withTemplate: "by $1")
      if scheduled != text { return find(in: scheduled, sessionDate: sessionDate, order: order) }
    }
    // "by <2037-02-25>": a page's inline date chip (Nuclino) copied out in angle brackets.
    if text.utf8.containsBytes("<20".utf8) {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      let bare = bracketedDate.stringByReplacingMatches(in: text, range: range, withTemplate: "$1")
      if bare != text { return find(in: bare, sessionDate: sessionDate, order: order) }
    }
    // "… to all partners //24 Apr 2037": a wiki's date typed after "//" (Confluence), the day the
    // task is due.
    if text.utf8.containsBytes(" //".utf8) {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      let dated = wikiDate.stringByReplacingMatches(in: text, range: range, withTemplate: " by $1")
      if dated != text { return find(in: dated, sessionDate: sessionDate, order: order) }
    }
    // "by 31.10", "before 03.11": a day and a month written with a dot, the month in two figures,
    // after a word of deadline (not "by 2.5 per cent", nor "by 31.10 EUR").
    if text.utf8.contains(UInt8(ascii: ".")), text.containsAnyBytes(dottedLeadBytes) {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      let dotted = dottedDayMonth.stringByReplacingMatches(in: text, range: range, withTemplate: "$1 $2.$3.")
      if dotted != text { return find(in: dotted, sessionDate: sessionDate, order: order) }
    }
    // Other languages' deadline words, and a scan's misread letters, read in English: "antes del
    // 30" as "by the 30th", "KW 12" as "in week 12", "до 16.03" as "by 16.03", "l0 Decernber" as
    // "10 December" (each in `otherWritings`).
    // A reading that finds no date leaves the text to the next ("20. mars 2037" holds French's
    // month and is Norwegian).
    var read = false
    for writing in otherWritings where writing.mayHold(text) {
      guard let english = writing.read(text) else { continue }
      read = true
      if let found = find(in: english, sessionDate: sessionDate, order: order) { return found }
    }
    if read { return nil }
    // "c.o.b. Friday", "e.o.d.": the close of a day written with dots, read as "cob", "eod".
    if text.utf8.containsBytes(".o.".utf8), let undotted = undottedDayEnd(text) {
      return find(in: undotted, sessionDate: sessionDate, order: order)
    }
    // "due: @{2026-03-20}": a date as task boards export it.
    if text.utf8.containsBytes("@{".utf8) {
      return find(in: text.replacingOccurrences(of: "@{", with: "").replacingOccurrences(of: "}", with: ""), sessionDate: sessionDate, order: order)
    }
    // "by COB Weds 5 Feb", "by close of business on 5 February": the day is the date that follows.
    if text.containsAnyBytes(dayEndBytes) {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      let dated = dayEndBeforeDate.stringByReplacingMatches(in: text, range: range, withTemplate: "")
      if dated != text { return find(in: dated, sessionDate: sessionDate, order: order) }
    }
    // "no later than five working days before its meeting of 2034-05-30": counted back from the date.
    if text.utf8.containsBytes(" before ".utf8), let back = countedBack(in: text, sessionDate: sessionDate, order: order) {
      return back
    }
    // "Due: 15 Sept 2025 — not done; new due date 7 Oct 2025": the date set last stands.
    let due = scan(text, sessionDate: sessionDate, order: order).due
    // "before the IWG meets on 2.10.", "before the board sits on 4 May": the day of what comes first.
    // "before the Cabinet meeting of Tuesday 14 September": so too the day of the meeting named.
    if due == nil, text.utf8.containsBytes("before ".utf8), text.utf8.containsBytes(" on ".utf8) || text.utf8.containsBytes(" of ".utf8),
      let before = text.range(of: "before "),
      // The nearer of the two: "before its session of 18 June 2037, a report on …".
      let on = [
        text[before.upperBound...].range(of: " on "),
        meetingOf.firstMatch(in: text, range: NSRange(before.upperBound..<text.endIndex, in: text)).flatMap({ Range($0.range, in: text) }),
      ].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }),
      text.distance(from: before.upperBound, to: on.lowerBound) <= 40,
      text[on.upperBound...].first.map({ $0.isNumber || $0.isUppercase }) == true,
      !text[before.upperBound..<on.lowerBound].contains(where: { ",;.".contains($0) }),
      let dated = find(in: "by " + text[on.upperBound...], sessionDate: sessionDate, order: order)
    {
      return Due(date: dated.date, words: String(text[before.lowerBound..<on.upperBound]) + dated.words.dropFirst(3))
    }
    // "a short options paper for the Section meeting of 10 January 2035": ready for the meeting
    // the date names.
    if due == nil, text.utf8.containsBytes("for the ".utf8), let dated = forMeeting(text, sessionDate: sessionDate, order: order) {
      return dated
    }
    // "on Human Rights Day (10 December)", "by the Peace Summit (3/5)": a day by its name, its date
    // in brackets after it.
    // "before Parliament's summer recess (starts 6 July)": the day it starts.
    // "on 27 Mizan [T: 19 October]": a translator's gloss in square brackets gives the date.
    // A gloss says what the words before it mean: its date stands over any they give.
    let glossed = text.utf8.containsBytes("[T: ".utf8) || text.utf8.containsBytes("[i.e. ".utf8)
    if due == nil || glossed, Self.opensDateBracket(text), let named = namedDayPattern.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)),
      let bracket = Range(named.range(at: 1), in: text) ?? Range(named.range(at: 2), in: text), let whole = Range(named.range, in: text),
      case let started = bracketStarts.first(where: text[bracket].hasPrefix).map({ text[bracket].dropFirst($0.count) }) ?? text[bracket]
    {
      // "(expected Tuesday 12 December, moon permitting)": the date, then a remark; "[T: 21
      // Mizan, 13 October]": another calendar's date, then ours.
      let remarked = started.range(of: #",\s+\D"#, options: .regularExpression).map { started[..<$0.lowerBound] } ?? started
      let last = started.range(of: ", ", options: .backwards).map { started[$0.upperBound...] }
      for inside in [remarked] + (last.map { [$0] } ?? []) {
        if let dated = find(in: "by " + inside, sessionDate: sessionDate, order: order), dated.words.count == inside.count + 3 {
          return Due(date: dated.date, words: String(text[whole]))
        }
      }
    }
    // "before the planting holiday, which is, I checked, the first of March": a day by its name,
    // its date in the clause after it.
    if due == nil, let dated = datedByClause(text, sessionDate: sessionDate, order: order) { return dated }
    // "within 24 hours whenever a minor is detained", "within a week of receiving the draft": a
    // time counted from something that happens, not from the session.
    if let found = due, found.words.lowercased().hasPrefix("within"), let range = text.range(of: found.words) {
      let after = text[range.upperBound...].drop { $0 == " " }.lowercased()
      // Not "within two weeks of the event": the session itself.
      let counted = ["after ", "whenever ", "when ", "from ", "following ", "once ", "of receiving", "of receipt", "of getting", "of a request", "of the request", "of being"]
      if counted.contains(where: after.hasPrefix) { return nil }
    }
    guard due != nil, text.utf8.count > 20 else { return due }
    // Most texts set no date again: their bytes say so before any lower-casing.
    let utf8 = text.utf8
    guard ["new ", "New ", "revised", "Revised", "now due", "now by", "carried over to", "extended", "moved to", "postponed", "rescheduled", "deferred to", "pushed to"]
      .contains(where: { utf8.containsBytes($0.utf8) })
    else { return due }
    let lowered = text.lowercased()
    if let marker = rescheduling.compactMap({ lowered.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
      let later = scan(String(lowered[marker.lowerBound...]), sessionDate: sessionDate, order: order).due
    {
      return later
    }
    return due
  }

  /// The text without its struck words ("~~31.12~~ 31.03" → " 31.03"): what was struck is withdrawn.
  static func droppingStruck(_ text: String) -> String {
    var plain = text
    while plain.utf8.containsBytes("~~".utf8), let struck = plain.range(of: #"~~[^~]+~~"#, options: .regularExpression) {
      plain.replaceSubrange(struck, with: "")
    }
    return plain
  }

  /// A deadline's value as the resolver reads it: without struck words, and a day and month alone
  /// ("31.03") with the closing dot that makes them a date ("31.03."), unless the notes write the
  /// month first.
  static func deadlineValue(_ value: String, order: SlashOrder) -> String {
    let plain = droppingStruck(value).trimmingBlanks
    guard order != .monthFirst, plain.range(of: #"^\d{1,2}\.\d{1,2}$"#, options: .regularExpression) != nil else { return plain }
    return plain + "."
  }

  /// A span counted back from a date given after "before": "five working days before its meeting
  /// of 2034-05-30" (the 23rd), "two weeks before 1 May". The date may follow a few words naming
  /// what happens on it.
  static func countedBack(in text: String, sessionDate: CalendarDate?, order: SlashOrder) -> Due? {
    guard let said = text.range(of: countedBackPattern, options: [.regularExpression, .caseInsensitive]) else { return nil }
    let words = text[said].split(separator: " ")
    guard words.count >= 3, let count = number(String(words[0])) else { return nil }
    let working = words.count == 4 && ["working", "business"].contains(words[1].lowercased())
    let unit = words[words.count - 2].lowercased()
    var rest = text[said.upperBound...].split(separator: " ").prefix(10)[...]
    for _ in 0..<5 where !rest.isEmpty {
      if let found = openingDate(of: Substring(rest.joined(separator: " ")), sessionDate: sessionDate, order: order) {
        let date = found.date
        let earlier = unit.hasPrefix("month") ? date.adding(months: -count)
          : unit.hasPrefix("week") ? date.adding(days: -7 * count)
          : working ? date.adding(workingDays: -count) : date.adding(days: -count)
        return Due(date: earlier, words: String(text[said]) + found.words)
      }
      rest = rest.dropFirst()
    }
    return nil
  }

  private static let countedBackPattern =
    #"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty)\s+(?:(?:working|business|calendar|clear)\s+)?(?:days?|weeks?|months?)\s+before\s+"#

  private static let dayEndBytes = ["COB", "cob", "EOD", "eod", "business", "of day", "of the day"].map { Array($0.utf8) }

  /// The end of a working day named before a date: "COB Weds ", "close of business on ".
  private static let dayEndBeforeDate: NSRegularExpression = {
    let source =
      "\\b(?:cob|eod|c\\.o\\.b\\.|close\\s+of\\s+business|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:business\\s+|working\\s+)?day)\\s+(?:on\\s+)?(?:(?:\(weekdays))\\.?,?\\s+)?(?:the\\s+)?"
      + "(?=\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:\(months))\\b|\\d{1,2}[/.]\\d{1,2}|\\d{4}-\\d{2}|(?:\(months))\\.?\\s+\\d{1,2}\\b)"
    return .builtIn("day-end", source)
  }()

  /// Words that set a task's due date again, after the first one given.
  private static let rescheduling = [
    "new due date", "new deadline", "revised deadline", "revised due date", "now due", "extended to", "moved to",
    "postponed to", "rescheduled to", "deferred to", "pushed to", "now by", "carried over to",
  ]

  /// The text with a Spanish day of the month or end of a period in English words: "antes del
  /// 30" → "antes del 30th", "antes de fin de mes" → "antes de end of the month"; `nil` where it
  /// holds neither.
  static func spanishDeadline(_ text: String) -> String? {
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    var result = spanishDay.stringByReplacingMatches(in: text, range: range, withTemplate: "$1$2th")
    for (pattern, english) in [(spanishMonthEnd, "by the end of the month"), (spanishYearEnd, "by the end of the year")] {
      result = pattern.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..<result.endIndex, in: result), withTemplate: english)
    }
    // "en un plazo de 30 días", "dentro de los cinco días hábiles siguientes", "primera quincena de mayo".
    result = translated(result, spanishForms) ?? result
    return result == text ? nil : result
  }
  private static let spanishForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("spanish first half of a month", "\\bprimera\\s+quincena\\s+de(?:l\\s+mes\\s+de)?\\s+", options: [.caseInsensitive]), "by 15 "),
      (.builtIn("spanish second half of a month", "\\bsegunda\\s+quincena\\s+de(?:l\\s+mes\\s+de)?\\s+", options: [.caseInsensitive]), "by the end of "),
    ]
    forms += withinForms(
      "spanish within", numbers: [("un", "1"), ("una", "1"), ("dos", "2"), ("tres", "3"), ("cuatro", "4"), ("cinco", "5"), ("diez", "10"), ("quince", "15"), ("treinta", "30")],
      units: [("d[ií]as\\s+h[áa]biles", "working days"), ("d[ií]as", "days"), ("semanas?", "weeks"), ("mes(?:es)?", "months")]
    ) { number, unit in "\\b(?:en\\s+un\\s+plazo\\s+de|dentro\\s+de)\\s+(?:los\\s+|las\\s+)?" + number + "\\s+" + unit + "(?:\\s+siguientes)?\\b" }
    return forms
  }()
  /// Bytes a Spanish deadline cannot do without ("antes del 30", "el 30", "fin de mes"): most
  /// texts, English ones above all, hold none.
  private static let spanishDeadlineBytes = ["antes de", " el ", "fin de", "fin del", "final de", "plazo de", "dentro de", "quincena"].map { Array($0.utf8) }
  private static let spanishMonthEnd = NSRegularExpression.builtIn(
    "spanish month end", "\\b(?:antes\\s+de(?:l)?|para|hasta|a)\\s+(?:el\\s+)?fin(?:al)?\\s+de(?:l)?\\s+mes\\b", options: [.caseInsensitive])
  private static let spanishYearEnd = NSRegularExpression.builtIn(
    "spanish year end", "\\b(?:antes\\s+de(?:l)?|para|hasta|a)\\s+(?:el\\s+)?fin(?:al)?\\s+de(?:l)?\\s+año\\b", options: [.caseInsensitive])
  private static let spanishDay = NSRegularExpression.builtIn(
    "spanish day of the month", "(\\b(?:antes\\s+del?|para\\s+el|hasta\\s+el|el)\\s+)([1-9]|[12]\\d|3[01])\\b(?![./:]\\d|\\s*(?:de\\s+)?\\p{L})", options: [.caseInsensitive])

  /// " meeting of ", " session of " …: the meeting a date after it names.
  private static let meetingOf = NSRegularExpression.builtIn(
    "meeting of", " (?:meeting|session|sitting|hearing|summit|forum|conference) of ", options: [])

  /// Whether a text holds " to " between a day's number and another ("4th to 8th", "4 to 8"),
  /// as its bytes tell: most actions hold " to " with no number before it.
  static func hasDaySpan(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count > 6 else { return false }
    for index in 1..<(bytes.count - 4) where bytes[index] == UInt8(ascii: "t") && bytes[index + 1] == UInt8(ascii: "o")
      && bytes[index - 1] == 0x20 && bytes[index + 2] == 0x20 && (0x30...0x39).contains(bytes[index + 3])
    {
      var before = index - 2
      while before > 0, (0x61...0x7A).contains(bytes[before]) { before -= 1 }
      if (0x30...0x39).contains(bytes[before]) { return true }
    }
    return false
  }

  /// The text with a span of days written in words as due at its end: "4th to 8th June" → "by
  /// 8 June", "between 12 and 16 May" → "by 16 May"; `nil` where it holds none. (A dash's span
  /// ends a sentence; one in words may stand anywhere: "in the week of 4th to 8th June, Mrs Abara
  /// said".)
  static func spanInWords(_ text: String) -> String? {
    guard text.utf8.containsBytes("between ".utf8) || Self.hasDaySpan(text) else { return nil }
    return translated(text, [(spanBetween, "by $2"), (spanTo, "by $2$3")])
  }
  private static let spanBetween = NSRegularExpression.builtIn(
    "span between", "\\bbetween\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:\(months))\\b)",
    options: [.caseInsensitive])
  private static let spanTo = NSRegularExpression.builtIn(
    "span to", "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+to\\s+(\\d{1,2})(?:st|nd|rd|th)?(\\s+(?:\(months))\\b)", options: [.caseInsensitive])

  /// The text with a German calendar week, month, end or middle of a period in English words:
  /// "KW 14/15" → "in week 15", "bis Ende März" → "bis end of March"; `nil` where it holds none.
  static func germanDeadline(_ text: String) -> String? {
    translated(text, germanForms)
  }
  /// Bytes a German deadline cannot do without: most texts hold none.
  private static let germanDeadlineBytes = ["KW", "CW", "Ende ", "Mitte ", "März", "Juni", "Juli", "Oktober", "Dezember"]
    .map { Array($0.utf8) }
  /// The text with each pattern's matches replaced, in order, by its template; `nil` where none
  /// matched.
  private static func translated(_ text: String, _ words: [(NSRegularExpression, String)]) -> String? {
    var result = text
    for (pattern, template) in words {
      result = pattern.stringByReplacingMatches(in: result, range: NSRange(result.startIndex..<result.endIndex, in: result), withTemplate: template)
    }
    return result == text ? nil : result
  }

  /// Other languages' words as whole-word patterns, each with the English that replaces it.
  private static func wholeWords(_ name: String, _ pairs: [(String, String)], caseInsensitive: Bool) -> [(NSRegularExpression, String)] {
    pairs.map { word, english in
      (NSRegularExpression.builtIn(name, "\\b" + word + "\\b", options: caseInsensitive ? [.caseInsensitive] : []), english)
    }
  }

  /// "KW 12", "KW 14/15" (the later week), "CW 12": a calendar week, its number in two digits as
  /// "in week NN" reads it; then month names and "Ende", "Mitte" as whole words ("Februar" is part
  /// of "February").
  private static let germanForms: [(NSRegularExpression, String)] = [
    (.builtIn("german weeks", "\\b(?:KW|CW)\\s?(\\d{1,2})\\s*[/\u{2013}-]\\s*(\\d{1,2})\\b", options: []), "in week $2"),
    (.builtIn("german week", "\\b(?:KW|CW)\\s?(\\d{1,2})\\b", options: []), "in week $1"),
    (.builtIn("one-digit week", "\\bin week (\\d)\\b", options: []), "in week 0$1"),
  ] + wholeWords("german word", [
    ("Ende", "end of"), ("Mitte ", "mid-"), ("Januar", "January"), ("Februar", "February"), ("März", "March"),
    ("Juni", "June"), ("Juli", "July"), ("Oktober", "October"), ("Dezember", "December"),
  ], caseInsensitive: false)

  /// The text with Indonesian deadline words and months in English: "paling lambat 30 Juni" → "by
  /// 30 June", "dalam 2 minggu" → "within 2 weeks"; `nil` where it holds none.
  static func indonesianDeadline(_ text: String) -> String? {
    translated(text, indonesianWords)
  }
  /// Bytes an Indonesian deadline cannot do without: most texts hold none.
  private static let indonesianDeadlineBytes = ["paling lambat", "sebelum ", "akhir ", " depan", "dalam "].map { Array($0.utf8) }
  /// Longest first; only words that do not read as English ones.
  private static let indonesianWords = wholeWords("indonesian word", [
    ("paling lambat", "by"), ("pekan depan", "next week"), ("minggu depan", "next week"), ("bulan depan", "next month"),
    ("akhir bulan", "by the end of the month"), ("akhir", "by end of"), ("sebelum", "before"),
    ("dalam (\\d{1,3}) hari", "within $1 days"), ("dalam (\\d{1,3}) minggu", "within $1 weeks"), ("dalam (\\d{1,3}) bulan", "within $1 months"),
    ("Januari", "January"), ("Februari", "February"), ("Maret", "March"), ("Mei", "May"), ("Juni", "June"), ("Juli", "July"),
    ("Agustus", "August"), ("Oktober", "October"), ("Desember", "December"), ("Senin", "Monday"), ("Selasa", "Tuesday"),
    ("Rabu", "Wednesday"), ("Kamis", "Thursday"), ("Jumat", "Friday"), ("Sabtu", "Saturday"),
  ], caseInsensitive: true)

  /// The text with Swahili deadline words, days and months in English: "kabla ya Ijumaa 23 Machi"
  /// → "by Friday 23 March", "wiki ijayo" → "next week"; `nil` where it holds none.
  static func swahiliDeadline(_ text: String) -> String? {
    // Whole words only: "Machi" is part of "machine".
    translated(text, swahiliWords)
  }
  /// Bytes a Swahili deadline cannot do without: most texts hold none.
  private static let swahiliDeadlineBytes = ["kabla ya", "ijayo", "mwisho wa", "ujao", "ndani ya", "kufikia", "tarehe"].map { Array($0.utf8) }
  /// Longest first, so that "mwisho wa mwezi" is read before "mwezi".
  private static let swahiliWords = wholeWords("swahili word", [
    ("mwisho wa mwezi", "by the end of the month"), ("mwisho wa wiki", "by the end of the week"), ("wiki ijayo", "next week"),
    ("ndani ya wiki mbili", "within 2 weeks"), ("ndani ya wiki tatu", "within 3 weeks"), ("ndani ya wiki moja", "within 1 week"),
    ("ndani ya siku saba", "within 7 days"), ("ndani ya mwezi mmoja", "within 1 month"),
    ("mwezi ujao", "next month"), ("kabla ya tarehe", "by"), ("kabla ya", "by"), ("kufikia tarehe", "by"), ("kufikia", "by"), ("tarehe", ""), ("Jumatatu", "Monday"), ("Jumanne", "Tuesday"), ("Jumatano", "Wednesday"),
    ("Alhamisi", "Thursday"), ("Ijumaa", "Friday"), ("Jumamosi", "Saturday"), ("Jumapili", "Sunday"), ("Januari", "January"),
    ("Februari", "February"), ("Machi", "March"), ("Aprili", "April"), ("Julai", "July"), ("Agosti", "August"),
    ("Septemba", "September"), ("Oktoba", "October"), ("Novemba", "November"), ("Desemba", "December"),
  ], caseInsensitive: true)

  /// The text with a Portuguese week, span or end of a period in English words: "semana de
  /// 10/03" → "week of 10/03", "em 10 dias" → "within 10 days", "até ao fim do mês" → "até by
  /// the end of the month", "fim de Março" → "end of Março"; `nil` where it holds none.
  static func portugueseDeadline(_ text: String) -> String? {
    translated(text, portugueseForms)
  }
  /// Bytes a Portuguese deadline cannot do without: most texts hold none.
  /// "em" as a word ("em 10 dias"), not the end of "them" or "system".
  private static let portugueseDeadlineBytes = ["semana de", " em ", "fim d", "final do ", "prazo", "pr\u{F3}xim", " dia "].map { Array($0.utf8) }
  /// "até o dia vinte de março", "no dia cinco de abril": days written in words, as a legal
  /// record's ata writes them, in digits.
  private static let portugueseDays: [(String, String)] = {
    let units = ["um", "dois", "tr\u{EA}s", "quatro", "cinco", "seis", "sete", "oito", "nove"]
    var days: [(String, String)] = [("trinta\\s+e\\s+um", "31"), ("trinta", "30")]
    for (offset, unit) in units.enumerated().reversed() { days.append(("vinte\\s+e\\s+" + unit, String(21 + offset))) }
    days.append(("vinte", "20"))
    days += [
      ("dezenove|dezanove", "19"), ("dezoito", "18"), ("dezessete|dezassete", "17"), ("dezesseis|dezasseis", "16"), ("quinze", "15"),
      ("catorze|quatorze", "14"), ("treze", "13"), ("doze", "12"), ("onze", "11"), ("dez", "10"), ("nove", "9"), ("oito", "8"),
      ("sete", "7"), ("seis", "6"), ("cinco", "5"), ("quatro", "4"), ("tr\u{EA}s", "3"), ("dois", "2"), ("primeiro|um", "1"),
    ]
    return days
  }()
  private static let portugueseForms: [(NSRegularExpression, String)] = {
    let months = [
      ("janeiro", "January"), ("fevereiro", "February"), ("mar\u{E7}o", "March"), ("abril", "April"), ("maio", "May"), ("junho", "June"),
      ("julho", "July"), ("agosto", "August"), ("setembro", "September"), ("outubro", "October"), ("novembro", "November"), ("dezembro", "December"),
    ]
    let monthNames = months.map(\.0).joined(separator: "|")
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("portuguese month end", "\\b(?:at[e\u{E9}]\\s+)?(?:ao?\\s+|o\\s+)?final\\s+do\\s+(?:corrente\\s+)?m[e\u{EA}]s(?:\\s+corrente)?\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("portuguese next week", "\\b(?:na\\s+)?pr\u{F3}xima\\s+semana\\b", options: [.caseInsensitive]), "by next week"),
    ]
    for (day, digits) in portugueseDays {
      forms.append((
        .builtIn("portuguese day in words", "\\b(?:at[e\u{E9}]\\s+(?:ao?\\s+|o\\s+)?dia|no\\s+dia|em|dia)\\s+(?:" + day + ")\\s+de\\s+(?=(?:" + monthNames + ")\\b)", options: [.caseInsensitive]),
        "by " + digits + " "))
    }
    forms += withinForms(
      "portuguese within", numbers: [("um", "1"), ("uma", "1"), ("dois", "2"), ("duas", "2"), ("tr\u{EA}s", "3"), ("quatro", "4"), ("cinco", "5"), ("dez", "10"),
        ("quinze", "15"), ("vinte", "20"), ("trinta", "30"), ("sessenta", "60"), ("noventa", "90")],
      units: [("dias", "days"), ("semanas", "weeks"), ("meses", "months")]
    ) { number, unit in "\\bno\\s+prazo\\s+(?:m[a\u{E1}]ximo\\s+)?de\\s+" + number + "\\s+(?:" + unit + ")\\b" }
    forms += wordForms(
      "portuguese next day", [("na\\s+pr\u{F3}xima\\s+segunda(?:-feira)?", "by next Monday"), ("na\\s+pr\u{F3}xima\\s+ter\u{E7}a(?:-feira)?", "by next Tuesday"),
        ("na\\s+pr\u{F3}xima\\s+quarta(?:-feira)?", "by next Wednesday"), ("na\\s+pr\u{F3}xima\\s+quinta(?:-feira)?", "by next Thursday"),
        ("na\\s+pr\u{F3}xima\\s+sexta(?:-feira)?", "by next Friday"), ("no\\s+pr\u{F3}ximo\\s+s\u{E1}bado", "by next Saturday")],
      options: [.caseInsensitive])
    forms += [
      (.builtIn("portuguese week", "\\bsemana\\s+de(?=\\s+\\d)", options: [.caseInsensitive]), "week of"),
    (.builtIn("portuguese span", "\\bem(?=\\s+(?:\\d{1,3}|dois|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|quinze)\\s+(?:dias|semanas|meses)\\b)", options: [.caseInsensitive]), "within"),
    (.builtIn("portuguese month end", "\\b(?:at[eé]\\s+(?:a[o]?\\s+|o\\s+)?)?fim\\s+do\\s+(?:corrente\\s+)?m[eê]s(?:\\s+corrente)?\\b", options: [.caseInsensitive]), "by the end of the month"),
    (.builtIn("portuguese end of", "\\b(?:at[eé]\\s+(?:a[o]?\\s+|o\\s+)?)?fim\\s+de(?=\\s+\\p{L})", options: [.caseInsensitive]), "by the end of"),
    ]
    for (portuguese, english) in months {
      forms.append((.builtIn("portuguese month", "\\b" + portuguese + "\\b", options: [.caseInsensitive]), english))
    }
    return forms
  }()

  /// The text with Turkish deadline words in English: "15 Mart'a kadar" → "by 15 March", "ay
  /// sonuna kadar" → "by the end of the month", "iki hafta içinde" → "within 2 weeks", "en geç 30
  /// Nisan" → "by 30 April", "bir sonraki toplantıya kadar" → "by the next meeting"; `nil` where
  /// it holds none.
  static func turkishDeadline(_ text: String) -> String? {
    translated(text, turkishForms)
  }
  /// Bytes a Turkish deadline cannot do without: most texts hold none.
  private static let turkishDeadlineBytes = ["kadar", "içinde", "en geç", "En geç"].map { Array($0.utf8) }
  private static let turkishForms: [(NSRegularExpression, String)] = {
    let months = [
      ("Ocak", "January"), ("Şubat", "February"), ("Mart", "March"), ("Nisan", "April"), ("Mayıs", "May"), ("Haziran", "June"),
      ("Temmuz", "July"), ("Ağustos", "August"), ("Eylül", "September"), ("Ekim", "October"), ("Kasım", "November"), ("Aralık", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("turkish next meeting", "\\bbir\\s+sonraki\\s+toplantıya\\s+kadar\\b", options: [.caseInsensitive]), "by the next meeting"),
      (.builtIn("turkish month end", "\\bay\\s+sonuna\\s+kadar\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("turkish week end", "\\bhafta\\s+sonuna\\s+kadar\\b", options: [.caseInsensitive]), "by the end of the week"),
      (.builtIn("turkish year end", "\\byıl\\s+sonuna\\s+kadar\\b", options: [.caseInsensitive]), "by the end of the year"),
      (.builtIn("turkish at the latest", "\\ben\\s+geç\\b", options: [.caseInsensitive]), "by"),
    ]
    forms += withinForms(
      "turkish within", numbers: [("bir", "1"), ("iki", "2"), ("üç", "3"), ("dört", "4"), ("beş", "5"), ("on", "10")],
      units: [("gün", "days"), ("hafta", "weeks"), ("ay", "months")]
    ) { number, unit in "\\b" + number + "\\s+" + unit + "\\s+içinde\\b" }
    for (turkish, english) in months {
      // "15 Mart'a kadar", "15 Nisan'a kadar": a day and its month, up to which.
      forms.append((.builtIn("turkish by day", "\\b(\\d{1,2})\\s+" + turkish + "(?:['\u{2019}]\\p{L}+)?\\s+kadar\\b", options: []), "by $1 " + english))
      forms.append((.builtIn("turkish month", "\\b" + turkish + "(?:['\u{2019}]\\p{L}+)?(?!\\p{L})", options: []), english))
    }
    return forms
  }()

  /// The text with a Hausa deadline written in English: "kafin Juma'a (18/4)" → "before Friday
  /// (18/4)", "zuwa karshen wata" → "by the end of the month", "gobe" → "tomorrow", "cikin mako
  /// biyu" → "within 2 weeks".
  static func hausaDeadline(_ text: String) -> String? {
    translated(text, hausaForms)
  }
  /// Bytes a Hausa deadline cannot do without: most texts hold none.
  private static let hausaDeadlineBytes = ["kafin", "Kafin", "arshen", "gobe", "Gobe", "jibi", "mai zuwa", "cikin "].map { Array($0.utf8) }
  private static let hausaForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("hausa month end", "\\b(?:zuwa\\s+)?[kƙ]arshen\\s+wata(?:n\\s+nan)?\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("hausa week end", "\\b(?:zuwa\\s+)?[kƙ]arshen\\s+mako(?:n\\s+nan)?\\b", options: [.caseInsensitive]), "by the end of the week"),
      (.builtIn("hausa next week", "\\bmako\\s+mai\\s+zuwa\\b", options: [.caseInsensitive]), "next week"),
      (.builtIn("hausa next month", "\\bwata\\s+mai\\s+zuwa\\b", options: [.caseInsensitive]), "next month"),
      (.builtIn("hausa tomorrow", "\\bgobe\\b", options: [.caseInsensitive]), "tomorrow"),
      (.builtIn("hausa day after tomorrow", "\\bjibi\\b", options: [.caseInsensitive]), "within 2 days"),
      (.builtIn("hausa before", "\\bkafin\\b", options: [.caseInsensitive]), "before"),
    ]
    forms += withinForms(
      "hausa within", numbers: [("[ɗd]aya", "1"), ("biyu", "2"), ("uku", "3"), ("hu[ɗd]u", "4"), ("biyar", "5")],
      units: [("kwana(?:ki)?", "days"), ("mako(?:nni)?", "weeks"), ("wata(?:nni)?", "months")]
    ) { number, unit in "\\bcikin\\s+" + unit + "\\s+" + number + "\\b" }
    forms += wordForms(
      "hausa day", [("Litinin", "Monday"), ("Talata", "Tuesday"), ("Laraba", "Wednesday"), ("Alhamis", "Thursday"),
        ("Juma['\u{2019}]?a", "Friday"), ("Asabar", "Saturday"), ("Lahadi", "Sunday")], options: [])
    return forms
  }()

  /// The text with a Hindi deadline, written in Latin letters, in English: "15 tareekh tak" → "by
  /// 15th", "agle mahine tak" → "by the end of next month", "10 din mein" → "within 10 days",
  /// "agli baithak se pehle" → "before the next meeting", "8 March tak" → "by 8 March", "April
  /// mein" (in April) → "April", read as a due column's month is; `nil` where it holds none.
  static func hindiDeadline(_ text: String) -> String? {
    translated(text, hindiForms)
  }
  /// Bytes a Hindi deadline cannot do without: most texts hold none.
  private static let hindiDeadlineBytes = [" tak", " pehle", " mein", "kal ", "kal)", "agle ", "agli ", " andar"].map { Array($0.utf8) }
  private static let hindiForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("hindi day of the month", "\\b(\\d{1,2})\\s+(?:tareekh|tarikh|taarikh)(?:\\s+tak)?\\b", options: [.caseInsensitive]), "by $1th"),
      // "agle ijlas (7 March) se pehle": before the next meeting, its day in brackets.
      (.builtIn("urdu next meeting on", "\\bagl[ie]\\s+(?:ijlas|ijlaas|gram\\s+sabha|baithak|meeting|sabha)\\s*\\((\\d{1,2}\\s+(?:\(months))\\b[^)]{0,12})\\)\\s+(?:se\\s+pehle|tak)\\b", options: [.caseInsensitive]), "before the next meeting on $1"),
      (.builtIn("hindi next meeting", "\\bagl[ie]\\s+(?:gram\\s+sabha|baithak|meeting|sabha|ijlas|ijlaas)\\s+(?:se\\s+pehle|tak)\\b", options: [.caseInsensitive]), "before the next meeting"),
      // "agle jumme tak": by next Friday; "jumeraat tak": by Thursday.
      (.builtIn("urdu next friday", "\\bagle\\s+(?:jumme|jumma|juma)\\s+(?:tak|se\\s+pehle)\\b", options: [.caseInsensitive]), "by next Friday"),
      (.builtIn("urdu friday", "\\b(?:jumme|jumma|juma)\\s+tak\\b", options: [.caseInsensitive]), "by Friday"),
      (.builtIn("urdu month end", "\\b(?:is\\s+)?mahine\\s+ke\\s+(?:aakhir|akhir|aakhri\\s+din)\\s+tak\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("hindi next month", "\\bagle\\s+mahine\\s+(?:tak|ke\\s+ant\\s+tak)\\b", options: [.caseInsensitive]), "by the end of next month"),
      (.builtIn("hindi next week", "\\bagle\\s+hafte(?:\\s+tak)?\\b", options: [.caseInsensitive]), "by the end of next week"),
      (.builtIn("hindi month end", "\\b(?:is\\s+)?mahine\\s+ke\\s+ant\\s+tak\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("hindi tomorrow", "\\bkal\\s+tak\\b", options: [.caseInsensitive]), "by tomorrow"),
      // "8 March (Mahila Diwas) tak", "31 March tak": a date up to which.
      (.builtIn("hindi by date", "\\b(\\d{1,2}\\s+(?:\(months))\\b\\.?(?:\\s+\\d{4})?)((?:\\s+\\([^)]{1,40}\\))?)\\s+tak\\b", options: [.caseInsensitive]), "by $1$2"),
      (.builtIn("hindi in month", "\\b((?:\(months))(?:\\s+\\d{4})?)\\s+mein\\b", options: [.caseInsensitive]), "$1"),
      (.builtIn("hindi before", "\\b(\\d{1,2}\\s+(?:\(months))\\b\\.?)\\s+se\\s+pehle\\b", options: [.caseInsensitive]), "before $1"),
    ]
    forms += withinForms(
      "hindi within", numbers: [("ek", "1"), ("do", "2"), ("teen", "3"), ("char", "4"), ("paanch", "5"), ("das", "10"), ("pandrah", "15")],
      units: [("din", "days"), ("hafte|hafton|saptah", "weeks"), ("mahine|mahino", "months")]
    ) { number, unit in "\\b" + number + "\\s+(?:" + unit + ")\\s+(?:ke\\s+andar|mein|ke\\s+bheetar)\\b" }
    return forms
  }()

  /// The text with a Polish deadline in English: "do 15.03" → "by 15.03.", "do 10 kwietnia" → "by
  /// 10 April", "do końca miesiąca" → "by the end of the month", "w ciągu 2 tygodni" → "within 2
  /// weeks", "do piątku" → "by Friday"; `nil` where it holds none.
  static func polishDeadline(_ text: String) -> String? {
    translated(text, polishForms)
  }
  /// Bytes a Polish deadline cannot do without: most texts hold none.
  private static let polishDeadlineBytes = ["do 0", "do 1", "do 2", "do 3", "ko\u{144}ca", "ci\u{105}gu", "Do 0", "Do 1", "Do 2", "Do 3", "do pi", "do poniedzia", "do wtorku", "do \u{15B}rody", "do czwartku", "do soboty", "do niedzieli"].map { Array($0.utf8) }
  private static let polishForms: [(NSRegularExpression, String)] = {
    let months = [
      ("stycznia", "January"), ("lutego", "February"), ("marca", "March"), ("kwietnia", "April"), ("maja", "May"), ("czerwca", "June"),
      ("lipca", "July"), ("sierpnia", "August"), ("wrze\u{15B}nia", "September"), ("pa\u{17A}dziernika", "October"), ("listopada", "November"), ("grudnia", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("polish month end", "\\bdo\\s+ko\u{144}ca\\s+(?:bie\u{17C}\u{105}cego\\s+)?miesi\u{105}ca\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("polish week end", "\\bdo\\s+ko\u{144}ca\\s+(?:bie\u{17C}\u{105}cego\\s+)?tygodnia\\b", options: [.caseInsensitive]), "by the end of the week"),
      (.builtIn("polish year end", "\\bdo\\s+ko\u{144}ca\\s+(?:bie\u{17C}\u{105}cego\\s+)?roku\\b", options: [.caseInsensitive]), "by the end of the year"),
      (.builtIn("polish within a week", "\\bw\\s+ci\u{105}gu\\s+tygodnia\\b", options: [.caseInsensitive]), "within 1 weeks"),
      (.builtIn("polish within a month", "\\bw\\s+ci\u{105}gu\\s+miesi\u{105}ca\\b", options: [.caseInsensitive]), "within 1 months"),
      (.builtIn("polish by dotted date", "\\bdo\\s+(\\d{1,2}\\.\\d{1,2}\\.?(?:\\d{4}|\\d{2})?)(?![\\d.])", options: [.caseInsensitive]), "by $1."),
    ]
    forms += withinForms(
      "polish within", numbers: [("dw\u{F3}ch", "2"), ("trzech", "3"), ("czterech", "4"), ("pi\u{119}ciu", "5"), ("dziesi\u{119}ciu", "10"), ("czternastu", "14"), ("trzydziestu", "30")],
      units: [("dni", "days"), ("tygodni", "weeks"), ("miesi\u{119}cy", "months")]
    ) { number, unit in "\\bw\\s+ci\u{105}gu\\s+" + number + "\\s+" + unit + "\\b" }
    for (polish, english) in months {
      forms.append((.builtIn("polish by day", "\\bdo\\s+(\\d{1,2})\\s+" + polish + "\\b", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("polish month end", "\\bdo\\s+ko\u{144}ca\\s+" + polish + "\\b", options: [.caseInsensitive]), "by the end of " + english))
    }
    forms += wordForms(
      "polish day", [("do\\s+poniedzia\u{142}ku", "by Monday"), ("do\\s+wtorku", "by Tuesday"), ("do\\s+\u{15B}rody", "by Wednesday"),
        ("do\\s+czwartku", "by Thursday"), ("do\\s+pi\u{105}tku", "by Friday"), ("do\\s+soboty", "by Saturday"), ("do\\s+niedzieli", "by Sunday")],
      options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Filipino (Tagalog) deadline in English: "bukas" → "by tomorrow", "sa susunod
  /// na buwan" → "by the end of next month", "bago mag-Pasko" → "before Christmas", "sa Lunes" → "by Monday",
  /// "sa loob ng 2 linggo" → "within 2 weeks"; `nil` where it holds none.
  static func filipinoDeadline(_ text: String) -> String? {
    translated(text, filipinoForms)
  }
  /// Bytes a Filipino deadline cannot do without: most texts hold none.
  private static let filipinoDeadlineBytes = ["bukas", "Bukas", "susunod", "bago ", "Bago ", "katapusan", "matapos", "sa loob", "Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado"].map { Array($0.utf8) }
  private static let filipinoForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("filipino next month", "\\b(?:sa\\s+)?susunod\\s+na\\s+buwan\\b", options: [.caseInsensitive]), "by the end of next month"),
      (.builtIn("filipino next week", "\\b(?:sa\\s+)?susunod\\s+na\\s+linggo\\b", options: [.caseInsensitive]), "by next week"),
      (.builtIn("filipino month end", "\\b(?:bago\\s+matapos\\s+ang|sa\\s+katapusan\\s+ng|katapusan\\s+ng)\\s+buwan\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("filipino christmas", "\\bbago\\s+(?:mag-?|ang\\s+)?pasko\\b", options: [.caseInsensitive]), "before Christmas"),
      (.builtIn("filipino tomorrow", "\\b(?:simula\\s+)?bukas\\b", options: [.caseInsensitive]), "by tomorrow"),
    ]
    forms += withinForms(
      "filipino within", numbers: [("isang", "1"), ("dalawang", "2"), ("tatlong", "3"), ("apat\\s+na", "4"), ("limang", "5")],
      units: [("araw", "days"), ("linggo", "weeks"), ("buwan", "months")]
    ) { number, unit in "\\bsa\\s+loob\\s+ng\\s+" + number + "\\s+" + unit + "\\b" }
    forms += wordForms(
      "filipino day", [("sa\\s+Lunes", "by Monday"), ("sa\\s+Martes", "by Tuesday"), ("sa\\s+Miyerkules", "by Wednesday"),
        ("sa\\s+Huwebes", "by Thursday"), ("sa\\s+Biyernes", "by Friday"), ("sa\\s+Sabado", "by Saturday")],
      options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Catalan deadline in English: "abans del 15 de març" → "by 15 March", "d'aquí
  /// a dues setmanes" → "within 2 weeks", "a finals de mes" → "by the end of the month", "la
  /// setmana vinent" → "by next week", "abans de Sant Joan" → "by 24 June"; `nil` where it holds none.
  static func catalanDeadline(_ text: String) -> String? {
    translated(text, catalanForms)
  }
  /// Bytes a Catalan deadline cannot do without: most texts hold none.
  private static let catalanDeadlineBytes = ["abans d", "Abans d", "aqu\u{ED} a", "finals de", "setmana vinent", "Sant Joan"].map { Array($0.utf8) }
  private static let catalanForms: [(NSRegularExpression, String)] = {
    let months = [
      ("gener", "January"), ("febrer", "February"), ("mar\u{E7}", "March"), ("abril", "April"), ("maig", "May"), ("juny", "June"),
      ("juliol", "July"), ("agost", "August"), ("setembre", "September"), ("octubre", "October"), ("novembre", "November"), ("desembre", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("catalan month end", "\\b(?:a|per)\\s+finals?\\s+de(?:l)?\\s+mes\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("catalan next week", "\\b(?:la\\s+)?setmana\\s+vinent\\b", options: [.caseInsensitive]), "by next week"),
      (.builtIn("catalan saint john", "\\babans\\s+de\\s+Sant\\s+Joan\\b", options: [.caseInsensitive]), "by 24 June"),
      (.builtIn("catalan before a day", "\\babans\\s+del?\\s+(?=\\d)", options: [.caseInsensitive]), "by "),
    ]
    forms += withinForms(
      "catalan within", numbers: [("una", "1"), ("un", "1"), ("dues", "2"), ("dos", "2"), ("tres", "3"), ("quatre", "4"), ("deu", "10"), ("quinze", "15")],
      units: [("dies", "days"), ("setmanes|setmana", "weeks"), ("mesos|mes", "months")]
    ) { number, unit in "\\bd['\u{2019}]aqu\u{ED}\\s+a\\s+" + number + "\\s+(?:" + unit + ")\\b" }
    for (catalan, english) in months {
      forms.append((.builtIn("catalan month", "(?<=\\d\\sde\\s)" + catalan + "\\b", options: [.caseInsensitive]), english))
      forms.append((.builtIn("catalan month", "(?<=\\d\\sd['\u{2019}])" + catalan + "\\b", options: [.caseInsensitive]), english))
    }
    forms.append((.builtIn("catalan of a month", "(?<=\\d)\\s+d(?:e\\s+|['\u{2019}])(?=(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b)", options: []), " "))
    return forms
  }()

  /// The text with a Romanian deadline in English: "până la 15 martie" → "by 15 March", "în
  /// termen de două săptămâni" → "within 2 weeks", "până la sfârșitul lunii" → "by the end of the
  /// month", "săptămâna viitoare" → "by next week", "înainte de 1 Iunie" → "by 1 June", "până
  /// vineri" → "by Friday"; `nil` where it holds none. S and t with a comma or a cedilla alike.
  static func romanianDeadline(_ text: String) -> String? {
    translated(text, romanianForms)
  }
  /// Bytes a Romanian deadline cannot do without: most texts hold none.
  private static let romanianDeadlineBytes = ["p\u{E2}n\u{103}", "P\u{E2}n\u{103}", "\u{EE}nainte de", "\u{CE}nainte de", "viitoare", "termen de"].map { Array($0.utf8) }
  private static let romanianForms: [(NSRegularExpression, String)] = {
    let months = [
      ("ianuarie", "January"), ("februarie", "February"), ("martie", "March"), ("aprilie", "April"), ("mai", "May"), ("iunie", "June"),
      ("iulie", "July"), ("august", "August"), ("septembrie", "September"), ("octombrie", "October"), ("noiembrie", "November"), ("decembrie", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("romanian month end", "\\bp\u{E2}n\u{103}\\s+(?:la\\s+)?(?:sf\u{E2}r[\u{219}\u{15F}]itul|finele)\\s+lunii\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("romanian next week", "\\b(?:p\u{E2}n\u{103}\\s+)?(?:\u{EE}n\\s+)?s\u{103}pt\u{103}m\u{E2}na\\s+viitoare\\b", options: [.caseInsensitive]), "by next week"),
      // "până la ședința de plen din 26.02.2036": until a meeting, then its day.
      (.builtIn("romanian by a meeting's day", "\\bp\u{E2}n\u{103}\\s+la\\s+[^\\d.;]{3,40}?\\s+din\\s+(?=\\d)", options: [.caseInsensitive]), "by "),
      (.builtIn("romanian by day", "\\b(?:p\u{E2}n\u{103}\\s+(?:la\\s+|pe\\s+)?(?:data\\s+de\\s+)?|\u{EE}nainte\\s+de\\s+)(?=\\d)", options: [.caseInsensitive]), "by "),
    ]
    forms += withinForms(
      "romanian within", numbers: [("o", "1"), ("un", "1"), ("dou\u{103}", "2"), ("doi", "2"), ("trei", "3"), ("patru", "4"), ("zece", "10"), ("cincisprezece", "15"), ("treizeci", "30")],
      units: [("zile", "days"), ("s\u{103}pt\u{103}m\u{E2}ni|s\u{103}pt\u{103}m\u{E2}n\u{103}", "weeks"), ("luni|lun\u{103}", "months")]
    ) { number, unit in "\\b\u{EE}n\\s+(?:termen\\s+de\\s+)?" + number + "\\s+(?:" + unit + ")\\b" }
    for (romanian, english) in months {
      forms.append((.builtIn("romanian month", "(?<=\\d\\s)" + romanian + "\\b", options: [.caseInsensitive]), english))
    }
    forms += wordForms(
      "romanian day", [("p\u{E2}n\u{103}\\s+luni", "by Monday"), ("p\u{E2}n\u{103}\\s+mar[\u{21B}\u{163}]i", "by Tuesday"), ("p\u{E2}n\u{103}\\s+miercuri", "by Wednesday"),
        ("p\u{E2}n\u{103}\\s+joi", "by Thursday"), ("p\u{E2}n\u{103}\\s+vineri", "by Friday"), ("p\u{E2}n\u{103}\\s+s\u{E2}mb\u{103}t\u{103}", "by Saturday")],
      options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Bosnian, Croatian or Serbian deadline in English: "do 15. marta" → "by 15
  /// March", "u roku od dvije sedmice" → "within 2 weeks", "do kraja mjeseca" → "by the end of
  /// the month", "naredne sedmice" → "by next week", "do petka" → "by Friday"; `nil` where it
  /// holds none.
  static func bosnianDeadline(_ text: String) -> String? {
    translated(text, bosnianForms)
  }
  /// Bytes a Bosnian, Croatian or Serbian deadline cannot do without: most texts hold none.
  private static let bosnianDeadlineBytes = [
    "do 0", "do 1", "do 2", "do 3", "do 4", "do 5", "do 6", "do 7", "do 8", "do 9", "Do 1", "Do 2", "Do 3", "do kraja", "roku od",
    "sedmice", "tjedna", "nedelje", "nedjelje", "do petka", "do ponedjeljka", "do ponedeljka", "do utorka", "do srijede", "do srede",
    "do \u{10D}etvrtka", "do subote", "Rok:", "rok:", ". januar", ". februar", ". mart", ". april", ". maj", ". jun", ". jul", ". avgust",
    ". august", ". septemb", ". oktob", ". novemb", ". decemb",
  ].map { Array($0.utf8) }
  private static let bosnianForms: [(NSRegularExpression, String)] = {
    let months = [
      ("januara|januar|siječnja", "January"), ("februara|februar|veljače", "February"), ("marta|mart|ožujka", "March"),
      ("aprila|april|travnja", "April"), ("maja|maj|svibnja", "May"), ("juna|jun|juni|lipnja", "June"), ("jula|jul|juli|srpnja", "July"),
      ("augusta|avgusta|august|kolovoza", "August"), ("septembra|septembar|rujna", "September"), ("oktobra|oktobar|listopada", "October"),
      ("novembra|novembar|studenog|studenoga", "November"), ("decembra|decembar|prosinca", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("bosnian month end", "\\bdo\\s+kraja\\s+(?:ovog\\s+|tekućeg\\s+)?mjeseca\\b|\\bdo\\s+kraja\\s+(?:ovog\\s+)?meseca\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("bosnian next week", "\\b(?:do\\s+)?(?:naredne|sljedeće|sledeće|iduće)\\s+(?:sedmice|nedjelje|nedelje|tjedna)\\b", options: [.caseInsensitive]), "by next week"),      (.builtIn("bosnian deadline", "(?<!\\p{L})rok\\s*:", options: [.caseInsensitive]), "deadline:"),
      // "do naredne sednice (9. april 2037.)": by the next meeting, its day in brackets.
      (.builtIn("bosnian next meeting", "\\bdo\\s+(?:naredne|sledeće|sljedeće|iduće|slijedeće)\\s+(?:sednice|sjednice|sastanka)(?:\\s*\\((?=\\d))?", options: [.caseInsensitive]), "by the next meeting on "),
    ]
    forms += withinForms(
      "bosnian within", numbers: [("jednog", "1"), ("jedne", "1"), ("dva", "2"), ("dvije", "2"), ("dve", "2"), ("tri", "3"), ("četiri", "4"), ("pet", "5"), ("sedam", "7"), ("osam", "8"), ("deset", "10"), ("četrnaest", "14"), ("petnaest", "15"), ("trideset", "30")],
      units: [("dana", "days"), ("sedmice|sedmica|nedjelje|nedelje|tjedna", "weeks"), ("mjeseca|mjeseci|meseca|meseci", "months")]
    ) { number, unit in "\\bu\\s+roku\\s+od\\s+" + number + "\\s+(?:" + unit + ")\\b" }
    for (bosnian, english) in months {
      forms.append((.builtIn("bosnian by day", "\\bdo\\s+(\\d{1,2})\\.?\\s+(?:" + bosnian + ")\\b", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("bosnian month end", "\\bdo\\s+kraja\\s+(?:" + bosnian + ")\\b", options: [.caseInsensitive]), "by the end of " + english))
      forms.append((.builtIn("bosnian day", "(?<![\\d.])(\\d{1,2})\\.\\s+(?:" + bosnian + ")\\b", options: [.caseInsensitive]), "$1 " + english))
    }
    forms += wordForms(
      "bosnian day", [("do\\s+ponedjeljka", "by Monday"), ("do\\s+ponedeljka", "by Monday"), ("do\\s+utorka", "by Tuesday"), ("do\\s+srijede", "by Wednesday"),
        ("do\\s+srede", "by Wednesday"), ("do\\s+četvrtka", "by Thursday"), ("do\\s+petka", "by Friday"), ("do\\s+subote", "by Saturday")],
      options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Ukrainian deadline in English: "до 15 березня" → "by 15 March", "протягом
  /// двох тижнів" → "within 2 weeks", "до кінця місяця" → "by the end of the month", "наступного
  /// тижня" → "by next week", "до п'ятниці" → "by Friday", "квітень 2037" → "by April 2037";
  /// `nil` where it holds none.
  static func ukrainianDeadline(_ text: String) -> String? {
    translated(text, ukrainianForms)
  }
  /// Bytes a Ukrainian deadline cannot do without: "до ", "протягом", "тижня", a month's stem.
  private static let ukrainianDeadlineBytes = ["до ", "До ", "протягом", "тижня", "ень ", "ий ", "ад "].map { Array($0.utf8) }
  private static let ukrainianForms: [(NSRegularExpression, String)] = {
    let months = [
      ("січня", "січень", "January"), ("лютого", "лютий", "February"), ("березня", "березень", "March"), ("квітня", "квітень", "April"),
      ("травня", "травень", "May"), ("червня", "червень", "June"), ("липня", "липень", "July"), ("серпня", "серпень", "August"),
      ("вересня", "вересень", "September"), ("жовтня", "жовтень", "October"), ("листопада", "листопад", "November"), ("грудня", "грудень", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("ukrainian month end", "(?<!\\p{L})до\\s+кінця\\s+(?:поточного\\s+)?місяця(?!\\p{L})", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("ukrainian week end", "(?<!\\p{L})до\\s+кінця\\s+(?:поточного\\s+)?тижня(?!\\p{L})", options: [.caseInsensitive]), "by the end of the week"),
      (.builtIn("ukrainian next week", "(?<!\\p{L})(?:до\\s+)?наступного\\s+тижня(?!\\p{L})", options: [.caseInsensitive]), "by next week"),
    ]
    forms += withinForms(
      "ukrainian within", numbers: [("одного", "1"), ("двох", "2"), ("трьох", "3"), ("чотирьох", "4"), ("десяти", "10"), ("п'ятнадцяти", "15"), ("тридцяти", "30")],
      units: [("днів|дні", "days"), ("тижнів|тижні|тижня", "weeks"), ("місяців|місяця", "months")]
    ) { number, unit in "(?<!\\p{L})протягом\\s+" + number + "\\s+(?:" + unit + ")(?!\\p{L})" }
    for (genitive, nominative, english) in months {
      forms.append((.builtIn("ukrainian by day", "(?<!\\p{L})до\\s+(\\d{1,2})\\s+" + genitive + "(?!\\p{L})", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("ukrainian month", "(?<!\\p{L})" + nominative + "\\s+(\\d{4})(?!\\p{L})", options: [.caseInsensitive]), "by " + english + " $1"))
    }
    forms += wordForms(
      "ukrainian day", [("до\\s+понеділка", "by Monday"), ("до\\s+вівторка", "by Tuesday"), ("до\\s+середи", "by Wednesday"),
        ("до\\s+четверга", "by Thursday"), ("до\\s+п['’]ятниці", "by Friday"), ("до\\s+суботи", "by Saturday")],
      options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Kinyarwanda deadline in English: "bitarenze tariki 15 Werurwe" → "by 15
  /// March", "mu byumweru bibiri" → "within 2 weeks", "mbere y'impera z'ukwezi kwa Gashyantare"
  /// → "by the end of February", "icyumweru gitaha" → "by next week"; `nil` where it holds none.
  static func kinyarwandaDeadline(_ text: String) -> String? {
    translated(text, kinyarwandaForms)
  }
  /// Bytes a Kinyarwanda deadline cannot do without: most texts hold none.
  private static let kinyarwandaDeadlineBytes = ["tariki", "byumweru", "icyumweru", "impera", "ukwezi", "Tariki"].map { Array($0.utf8) }
  private static let kinyarwandaForms: [(NSRegularExpression, String)] = {
    let months = [
      ("Mutarama", "January"), ("Gashyantare", "February"), ("Werurwe", "March"), ("Mata", "April"), ("Gicurasi", "May"), ("Kamena", "June"),
      ("Nyakanga", "July"), ("Kanama", "August"), ("Nzeri", "September"), ("Ukwakira", "October"), ("Ugushyingo", "November"), ("Ukuboza", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("kinyarwanda next week", "\\b(?:mu\\s+)?cyumweru\\s+gitaha\\b|\\bicyumweru\\s+gitaha\\b", options: [.caseInsensitive]), "by next week"),
      (.builtIn("kinyarwanda month end", "\\b(?:mbere\\s+y['’]|bitarenze\\s+)?impera\\s+z['’]ukwezi\\b(?!\\s+kwa)", options: [.caseInsensitive]), "by the end of the month"),
    ]
    forms += withinForms(
      "kinyarwanda within", numbers: [("kimwe", "1"), ("bibiri", "2"), ("bitatu", "3"), ("bine", "4"), ("icumi", "10")],
      units: [("byumweru", "weeks"), ("minsi", "days"), ("mezi", "months")]
    ) { number, unit in "\\bmu\\s+(?:" + unit + ")\\s+" + number + "\\b" }
    for (kinyarwanda, english) in months {
      forms.append((.builtIn("kinyarwanda month end", "\\b(?:mbere\\s+y['’]|bitarenze\\s+)?impera\\s+z['’]ukwezi\\s+kwa\\s+" + kinyarwanda + "\\b", options: [.caseInsensitive]), "by the end of " + english))
      forms.append((.builtIn("kinyarwanda by day", "\\b(?:bitarenze|mbere\\s+ya)\\s+(?:ku\\s+)?tariki\\s+(?:ya\\s+)?(\\d{1,2})\\s+" + kinyarwanda + "\\b", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("kinyarwanda month", "(?<=\\d\\s)" + kinyarwanda + "\\b", options: []), english))
    }
    return forms
  }()

  /// The text with an Albanian deadline in English: "deri më 15 mars" → "by 15 March", "brenda
  /// dy javëve" → "within 2 weeks", "deri në fund të prillit" → "by the end of April", "javën e
  /// ardhshme" → "by next week", "më 21 maj 2037" → "on 21 May 2037"; `nil` where it holds none.
  static func albanianDeadline(_ text: String) -> String? {
    translated(text, albanianForms)
  }
  /// Bytes an Albanian deadline cannot do without: most texts hold none.
  private static let albanianDeadlineBytes = ["deri ", "Deri ", "brenda ", "Brenda ", "para ", "javën", " më ", "fund të"].map { Array($0.utf8) }
  private static let albanianForms: [(NSRegularExpression, String)] = {
    // Each month's name, then its form after "of" ("fund të prillit").
    let months = [
      ("janar", "janarit", "January"), ("shkurt", "shkurtit", "February"), ("mars", "marsit", "March"), ("prill", "prillit", "April"),
      ("maj", "majit", "May"), ("qershor", "qershorit", "June"), ("korrik", "korrikut", "July"), ("gusht", "gushtit", "August"),
      ("shtator", "shtatorit", "September"), ("tetor", "tetorit", "October"), ("nëntor", "nëntorit", "November"), ("dhjetor", "dhjetorit", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("albanian next week", "\\bjavën\\s+e\\s+ardhshme\\b", options: [.caseInsensitive]), "by next week"),
      (.builtIn("albanian month end", "\\b(?:deri\\s+)?në\\s+fund\\s+të\\s+muajit\\b", options: [.caseInsensitive]), "by the end of the month"),
    ]
    forms += withinForms(
      "albanian within", numbers: [("një", "1"), ("dy", "2"), ("tre", "3"), ("katër", "4"), ("pesë", "5"), ("dhjetë", "10")],
      units: [("javëve|javësh|jave", "weeks"), ("ditëve|ditësh|dite", "days"), ("muajve|muajsh|muaji", "months")]
    ) { number, unit in "\\bbrenda\\s+" + number + "\\s+(?:" + unit + ")(?!\\p{L})" }
    for (name, of, english) in months {
      forms.append((.builtIn("albanian month end", "\\b(?:deri\\s+)?në\\s+fund\\s+të\\s+" + of + "\\b", options: [.caseInsensitive]), "by the end of " + english))
      forms.append((.builtIn("albanian by day", "\\b(?:deri\\s+(?:më|në)|para)\\s+(\\d{1,2})\\s+(?:" + of + "|" + name + ")\\b", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("albanian on day", "\\bmë\\s+(\\d{1,2})\\s+(?:" + of + "|" + name + ")\\b", options: [.caseInsensitive]), "on $1 " + english))
    }
    return forms
  }()

  /// The text with a tracker's shorthand for a deadline written out: "+3 wks" → "within 3 weeks",
  /// "+10 days" → "within 10 days", "before SC mtg 6 Nov" → "before SC meeting 6 Nov", "~2 wks"
  /// → "within 2 weeks", "by Sun" → "by Sunday"; `nil` where it holds none.
  static func shorthandDeadline(_ text: String) -> String? {
    translated(text, shorthandForms)
  }
  private static let shorthandDeadlineBytes = ["+", "mtg", "~", " Sun", " Sat", " sun", " sat"].map { Array($0.utf8) }
  private static let shorthandForms: [(NSRegularExpression, String)] = [
    (.builtIn("shorthand weeks", "(?<![\\w+])\\+\\s?(\\d{1,2})\\s?(?:wks?|weeks?)(?!\\w)", options: [.caseInsensitive]), "within $1 weeks"),
    (.builtIn("shorthand days", "(?<![\\w+])\\+\\s?(\\d{1,3})\\s?(?:d|days?)(?!\\w)", options: [.caseInsensitive]), "within $1 days"),
    (.builtIn("shorthand meeting", "(?<!\\w)before\\s+(?:the\\s+)?((?:[A-Za-z][\\w&-]*\\s+){0,2})mtg\\s+(?:on\\s+)?(?=\\d)", options: []), "before the $1meeting on "),
    (.builtIn("shorthand meeting", "(?<!\\w)mtg(?!\\w)", options: [.caseInsensitive]), "meeting"),
    // "~2 wks": about two weeks, a span the task is to be done in.
    (.builtIn("shorthand about weeks", "(?<![\\w~])~\\s?(\\d{1,2})\\s?(?:wks?|weeks?)(?!\\w)", options: [.caseInsensitive]), "within $1 weeks"),
    (.builtIn("shorthand about days", "(?<![\\w~])~\\s?(\\d{1,3})\\s?(?:d|days?)(?!\\w)", options: [.caseInsensitive]), "within $1 days"),
    // "by Sun", "b4 Sat": the short names that are also words are days after a word of deadline
    // (before a date, "by Sat 7 October", the date's own pattern reads them).
    (.builtIn("shorthand sunday", "(?<=\\b(?:by|before|until|b4)\\s)[Ss]un\\.?(?=$|[\\s,;)\\]])(?!\\s*\\d)", options: []), "Sunday"),
    (.builtIn("shorthand saturday", "(?<=\\b(?:by|before|until|b4)\\s)[Ss]at\\.?(?=$|[\\s,;)\\]])(?!\\s*\\d)", options: []), "Saturday"),
  ]

  /// Serbian written in Cyrillic, in Latin letters, for the Bosnian, Croatian and Serbian
  /// deadlines to read: "до краја априла" → "do kraja aprila", "Рок: 2. април 2037" → "Rok: 2.
  /// april 2037"; `nil` for text that holds no Serbian Cyrillic.
  static func serbianInLatin(_ text: String) -> String? {
    guard text.unicodeScalars.contains(where: { serbianOnly.contains($0) }) || text.containsAnyBytes(serbianMonthBytes) else { return nil }
    var latin = ""
    for scalar in text.unicodeScalars {
      if let letter = serbianLatin[scalar] { latin += letter } else { latin.unicodeScalars.append(scalar) }
    }
    return latin == text ? nil : latin
  }
  /// Letters only Serbian (of the Cyrillic languages read here) writes, and its months' stems.
  private static let serbianOnly: Set<Unicode.Scalar> = ["ј", "Ј", "ђ", "Ђ", "љ", "Љ", "њ", "Њ", "ћ", "Ћ", "џ", "Џ"]
  private static let serbianMonthBytes = ["април", "фебруар", "септемб", "октоб", "новемб", "децемб", "краја", "року од"].map { Array($0.utf8) }
  private static let serbianLatin: [Unicode.Scalar: String] = {
    let pairs: [(String, String)] = [
      ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("ђ", "đ"), ("е", "e"), ("ж", "ž"), ("з", "z"), ("и", "i"),
      ("ј", "j"), ("к", "k"), ("л", "l"), ("љ", "lj"), ("м", "m"), ("н", "n"), ("њ", "nj"), ("о", "o"), ("п", "p"), ("р", "r"),
      ("с", "s"), ("т", "t"), ("ћ", "ć"), ("у", "u"), ("ф", "f"), ("х", "h"), ("ц", "c"), ("ч", "č"), ("џ", "dž"), ("ш", "š"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (cyrillic, latin) in pairs {
      for (small, capital) in [(cyrillic, latin), (cyrillic.uppercased(), latin.prefix(1).uppercased() + latin.dropFirst())] {
        if let scalar = small.unicodeScalars.first { table[scalar] = capital }
      }
    }
    return table
  }()

  /// The text with a Hungarian deadline in English: "2037. április 15." → "15 April 2037",
  /// "2037. március 26-i ülése" → "26 March 2037", "április 30-ig" → "by 30 April", "30 napon
  /// belül" → "within 30 days", "két héten belül" → "within 2 weeks", "a hónap végéig" → "by the
  /// end of the month"; `nil` where it holds none.
  static func hungarianDeadline(_ text: String) -> String? {
    translated(text, hungarianForms)
  }
  /// Bytes a Hungarian deadline cannot do without: most texts hold none.
  private static let hungarianDeadlineBytes = [
    "belül", "végéig", "jövő hét", "atáridő", "január", "február", "március", "április", "május", "június", "július", "augusztus",
    "szeptember", "október", "november", "december",
  ].map { Array($0.utf8) }
  private static let hungarianForms: [(NSRegularExpression, String)] = {
    let months = [
      ("január", "January"), ("február", "February"), ("március", "March"), ("április", "April"), ("május", "May"), ("június", "June"),
      ("július", "July"), ("augusztus", "August"), ("szeptember", "September"), ("október", "October"), ("november", "November"),
      ("december", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("hungarian deadline", "(?<!\\p{L})határidő\\s*:", options: [.caseInsensitive]), "deadline:"),
      (.builtIn("hungarian month end", "\\b(?:a\\s+)?hónap\\s+végéig\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("hungarian next week", "\\bjövő\\s+héten\\b", options: [.caseInsensitive]), "next week"),
    ]
    forms += withinForms(
      "hungarian within", numbers: [("egy", "1"), ("két", "2"), ("három", "3"), ("négy", "4"), ("öt", "5"), ("tíz", "10")],
      units: [("napon", "days"), ("héten", "weeks"), ("hónapon", "months")]
    ) { number, unit in "(?<!\\p{L})" + number + "\\s+(?:" + unit + ")\\s+belül(?!\\p{L})" }
    for (name, english) in months {
      // "2037. április 15.", "2037. március 26-i", "április 30-ig", "április 30."
      forms.append((.builtIn("hungarian month end", "\\b" + name + "\\s+végéig(?!\\p{L})", options: [.caseInsensitive]), "by the end of " + english))
      // "a Képviselő-testület 2037. március 26-i ülése": the council's meeting of that day.
      forms.append((.builtIn("hungarian meeting", "(?<!\\d)(20\\d\\d)\\.\\s+" + name + "\\s+(\\d{1,2})-(?:i|ai|ei|jei)\\s+ülés\\p{L}*", options: [.caseInsensitive]), "by $2 " + english + " $1"))
      forms.append((.builtIn("hungarian dated", "(?<!\\d)(20\\d\\d)\\.\\s+" + name + "\\s+(\\d{1,2})(?:\\.|-(?:i|ig|án|én|a|e|jéig|áig|éig)(?!\\p{L}))", options: [.caseInsensitive]), "$2 " + english + " $1"))
      forms.append((.builtIn("hungarian by day", "(?<!\\p{L})" + name + "\\s+(\\d{1,2})-(?:ig|áig|éig|jéig)(?!\\p{L})", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("hungarian day", "(?<!\\p{L})" + name + "\\s+(\\d{1,2})(?:\\.|-(?:i|án|én|a|e)(?!\\p{L}))", options: [.caseInsensitive]), "$1 " + english))
    }
    return forms
  }()

  /// The text with a Finnish deadline in English: "Aikataulu: 30.4.2037" → "deadline: 30.4.2037",
  /// "maaliskuun loppuun mennessä" → "by the end of March", "kahden viikon kuluessa" → "within 2
  /// weeks", "ensi viikon perjantaihin mennessä" → "by Friday next week", "30.4.2037 mennessä" →
  /// "by 30.4.2037"; `nil` where it holds none.
  static func finnishDeadline(_ text: String) -> String? {
    translated(text, finnishForms)
  }
  /// Bytes a Finnish deadline cannot do without: most texts hold none.
  private static let finnishDeadlineBytes = ["mennessä", "kuluessa", "ikataulu", "äärä", "ensi viiko", "ennen seuraavaa"].map { Array($0.utf8) }
  private static let finnishForms: [(NSRegularExpression, String)] = {
    let months = [
      ("tammikuu", "January"), ("helmikuu", "February"), ("maaliskuu", "March"), ("huhtikuu", "April"), ("toukokuu", "May"),
      ("kesäkuu", "June"), ("heinäkuu", "July"), ("elokuu", "August"), ("syyskuu", "September"), ("lokakuu", "October"),
      ("marraskuu", "November"), ("joulukuu", "December"),
    ]
    let days = [
      ("maanantai", "Monday"), ("tiistai", "Tuesday"), ("keskiviikko", "Wednesday"), ("torstai", "Thursday"), ("perjantai", "Friday"),
      ("lauantai", "Saturday"), ("sunnuntai", "Sunday"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("finnish deadline", "(?<!\\p{L})(?:aikataulu|määräaika|takaraja)\\s*:", options: [.caseInsensitive]), "deadline:"),
      (.builtIn("finnish month end", "(?<!\\p{L})kuun\\s+loppuun\\s+mennessä(?!\\p{L})", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("finnish next meeting", "(?<!\\p{L})ennen\\s+seuraavaa\\s+kokousta(?!\\p{L})", options: [.caseInsensitive]), "before the next meeting"),
      (.builtIn("finnish next week", "(?<!\\p{L})ensi\\s+viikolla(?!\\p{L})", options: [.caseInsensitive]), "next week"),
      (.builtIn("finnish by date", "(?<![\\d.])(\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4})?)\\s+mennessä(?!\\p{L})", options: []), "by $1"),
    ]
    forms += withinForms(
      "finnish within", numbers: [("yhden", "1"), ("kahden", "2"), ("kolmen", "3"), ("neljän", "4"), ("viiden", "5"), ("kymmenen", "10")],
      units: [("viikon", "weeks"), ("päivän", "days"), ("kuukauden", "months")]
    ) { number, unit in "(?<!\\p{L})" + number + "\\s+(?:" + unit + ")\\s+(?:kuluessa|sisällä)(?!\\p{L})" }
    for (month, english) in months {
      forms.append((.builtIn("finnish month end", "(?<!\\p{L})" + month + "n\\s+loppuun\\s+mennessä(?!\\p{L})", options: [.caseInsensitive]), "by the end of " + english))
    }
    for (day, english) in days {
      forms.append((.builtIn("finnish next weekday", "(?<!\\p{L})ensi\\s+viikon\\s+" + day + "h[iu]n\\s+mennessä(?!\\p{L})", options: [.caseInsensitive]), "by " + english + " next week"))
      forms.append((.builtIn("finnish weekday", "(?<!\\p{L})" + day + "h[iu]n\\s+mennessä(?!\\p{L})", options: [.caseInsensitive]), "by " + english))
    }
    return forms
  }()

  /// The text with a Japanese deadline in English: "2037年3月31日" → "by 31.3.2037", "3/6(金)" →
  /// "3/6", "来週金曜日" → "by Friday next week", "今月末まで" → "by the end of the month", "次回会議まで"
  /// → "before the next meeting", "2週間以内" → "within 2 weeks"; `nil` where it holds none.
  static func japaneseDeadline(_ text: String) -> String? {
    translated(text, japaneseForms)
  }
  /// Bytes a Japanese deadline cannot do without: a month, a week, a day of the week, "next time".
  private static let japaneseDeadlineBytes = ["\u{6708}", "\u{9031}", "\u{66DC}", "\u{6B21}\u{56DE}"].map { Array($0.utf8) }
  private static let japaneseForms: [(NSRegularExpression, String)] = {
    let days = [("月", "Monday"), ("火", "Tuesday"), ("水", "Wednesday"), ("木", "Thursday"), ("金", "Friday"), ("土", "Saturday"), ("日", "Sunday")]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("japanese day of week in brackets", "[(（](?:月|火|水|木|金|土|日)[)）]", options: []), " "),
      (.builtIn("japanese full date", "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日", options: []), " by $3.$2.$1 "),
      (.builtIn("japanese day and month", "(?<!\\d)(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日", options: []), " by $2.$1. "),
      (.builtIn("japanese next meeting", "次回(?:会議|会合|定例会)?\\s*(?:まで|前)", options: []), " before the next meeting "),
      (.builtIn("japanese month end", "今月末(?:まで)?", options: []), " by the end of the month "),
      (.builtIn("japanese within weeks", "(\\d{1,2})\\s*週間\\s*以内", options: []), " within $1 weeks "),
      (.builtIn("japanese within days", "(\\d{1,3})\\s*日\\s*以内", options: []), " within $1 days "),
    ]
    for (short, english) in days {
      forms.append((.builtIn("japanese next weekday", "来週\\s*" + short + "曜(?:日)?(?:まで)?", options: []), " by " + english + " next week "))
      forms.append((.builtIn("japanese weekday", short + "曜(?:日)?まで", options: []), " by " + english + " "))
    }
    return forms
  }()

  /// The text with a Korean deadline in English: "3월 15일까지" → "by 15.3.", "3월 말" → "by the end of
  /// March", "2주 이내" → "within 2 weeks", "다음 회의 전" → "before the next meeting", "다음 주
  /// 금요일까지" → "by Friday next week"; `nil` where it holds none.
  static func koreanDeadline(_ text: String) -> String? {
    translated(text, koreanForms)
  }
  private static let koreanForms: [(NSRegularExpression, String)] = {
    let days = [("월", "Monday"), ("화", "Tuesday"), ("수", "Wednesday"), ("목", "Thursday"), ("금", "Friday"), ("토", "Saturday"), ("일", "Sunday")]
    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("korean next meeting", "다음\\s*회의\\s*(?:전|前|이전|까지)", options: []), " before the next meeting "),
      (.builtIn("korean within weeks", "(\\d{1,2})\\s*주\\s*(?:이내|안에|내)", options: []), " within $1 weeks "),
      (.builtIn("korean within days", "(\\d{1,3})\\s*일\\s*(?:이내|안에|내)", options: []), " within $1 days "),
      (.builtIn("korean day and month", "(?<!\\d)(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일\\s*(?:까지|전)?", options: []), " by $2.$1. "),
    ]
    for (number, name) in months.enumerated() {
      forms.append((.builtIn("korean month end", "(?<!\\d)" + String(number + 1) + "\\s*월\\s*(?:말|말까지|중)", options: []), " by the end of " + name + " "))
    }
    for (short, english) in days {
      forms.append((.builtIn("korean next weekday", "다음\\s*주\\s*" + short + "요일\\s*까지", options: []), " by " + english + " next week "))
      forms.append((.builtIn("korean weekday", short + "요일\\s*까지", options: []), " by " + english + " "))
    }
    return forms
  }()

  /// The text with a Thai deadline in English, its Buddhist-era year in ours (2580 → 2037): "31 มี.ค.
  /// 2580" → "31 March 2037", "ภายใน 2 สัปดาห์" → "within 2 weeks", "ภายในสิ้นเดือนมีนาคม 2580" → "by the
  /// end of March 2037", "20/4/2580" → "20/4/2037", "ก่อนประชุมครั้งที่ 4/2580" → "before the next
  /// meeting"; `nil` where it holds none.
  static func thaiDeadline(_ text: String) -> String? {
    guard var result = translated(text, thaiForms) else { return nil }
    // A year of the Buddhist era after a month or a day and month: 543 years ahead of ours.
    let range = NSRange(result.startIndex..<result.endIndex, in: result)
    for match in thaiEraYear.matches(in: result, range: range).reversed() {
      guard let year = Range(match.range(at: 1), in: result), let number = Int(result[year]) else { continue }
      result.replaceSubrange(year, with: String(number - 543))
    }
    return result
  }
  private static let thaiEraYear = NSRegularExpression.builtIn(
    "thai era year", "(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{1,2}/\\d{1,2}/|พ\\.ศ\\.)\\s*(25\\d\\d)(?!\\d)", options: [])
  private static let thaiForms: [(NSRegularExpression, String)] = {
    let months: [(String, String, String)] = [
      ("มกราคม", "ม\\.ค\\.", "January"), ("กุมภาพันธ์", "ก\\.พ\\.", "February"), ("มีนาคม", "มี\\.ค\\.", "March"),
      ("เมษายน", "เม\\.ย\\.", "April"), ("พฤษภาคม", "พ\\.ค\\.", "May"), ("มิถุนายน", "มิ\\.ย\\.", "June"),
      ("กรกฎาคม", "ก\\.ค\\.", "July"), ("สิงหาคม", "ส\\.ค\\.", "August"), ("กันยายน", "ก\\.ย\\.", "September"),
      ("ตุลาคม", "ต\\.ค\\.", "October"), ("พฤศจิกายน", "พ\\.ย\\.", "November"), ("ธันวาคม", "ธ\\.ค\\.", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("thai next meeting", "ก่อน(?:การ)?ประชุมครั้ง(?:ต่อไป|หน้า|ที่\\s*\\d{1,2}/\\d{4})", options: []), " before the next meeting "),
      (.builtIn("thai month end", "ภายใน\\s*สิ้นเดือน", options: []), " by the end of "),
      (.builtIn("thai month end", "สิ้นเดือน", options: []), " end of "),
      (.builtIn("thai within weeks", "ภายใน\\s*(\\d{1,2})\\s*สัปดาห์", options: []), " within $1 weeks "),
      (.builtIn("thai within days", "ภายใน\\s*(\\d{1,3})\\s*วัน(?!ที่)", options: []), " within $1 days "),
      (.builtIn("thai within months", "ภายใน\\s*(\\d{1,2})\\s*เดือน", options: []), " within $1 months "),
      (.builtIn("thai by day", "ภายใน(?:วันที่)?\\s*(?=\\d)", options: []), " by "),
    ]
    for (full, short, english) in months {
      forms.append((.builtIn("thai month", "(?:" + full + "|" + short + ")", options: []), " " + english + " "))
    }
    return forms
  }()

  /// The text with a date written year first with spaces, as Hungarian writes one in figures
  /// ("2037. 03. 11." → "2037-03-11"); `nil` where it holds none.
  static func yearFirstDate(_ text: String) -> String? {
    translated(text, yearFirstForms)
  }
  private static let yearFirstBytes = [". 0", ". 1"].map { Array($0.utf8) }
  private static let yearFirstForms: [(NSRegularExpression, String)] = [
    (.builtIn("year-first date", "(?<![\\d.])(20\\d\\d)\\.\\s(0[1-9]|1[0-2])\\.\\s(0[1-9]|[12]\\d|3[01])\\.(?!\\d)", options: []), "$1-$2-$3")
  ]

  /// The text with a Czech deadline in English: "do 15. března 2037" → "by 15 March 2037",
  /// "15. dubna" → "15 April", "do konce měsíce" → "by the end of the month", "do dvou týdnů",
  /// "do 14 dnů" → "within 2 weeks", "within 14 days"; `nil` where it holds none.
  static func czechDeadline(_ text: String) -> String? {
    translated(text, czechForms)
  }
  /// Bytes a Czech deadline cannot do without: most texts hold none.
  private static let czechDeadlineBytes = ["ezna", "nora", "ezen", "dubna", "května", "ervna", "ervence", "srpna", "září", "íjna", "listopadu", "prosince", "konce", "týdn", "dnů", "dní", "ermín"].map { Array($0.utf8) }
  private static let czechForms: [(NSRegularExpression, String)] = {
    let months = [
      ("ledna", "January"), ("února", "February"), ("března", "March"), ("dubna", "April"), ("května", "May"), ("června", "June"),
      ("července", "July"), ("srpna", "August"), ("září", "September"), ("října", "October"), ("listopadu", "November"),
      ("prosince", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("czech deadline", "(?<!\\p{L})termín\\s*:", options: [.caseInsensitive]), "deadline:"),
      (.builtIn("czech month end", "\\bdo\\s+konce\\s+měsíce(?!\\p{L})", options: [.caseInsensitive]), "by the end of the month"),
    ]
    forms += withinForms(
      "czech within", numbers: [("jednoho", "1"), ("dvou", "2"), ("tří", "3"), ("čtyř", "4"), ("pěti", "5"), ("deseti", "10"), ("čtrnácti", "14")],
      units: [("týdnů|týdne", "weeks"), ("dnů|dní|dnu", "days"), ("měsíců|měsíce", "months")]
    ) { number, unit in "(?<!\\p{L})(?:do|během|v\\s+průběhu)\\s+" + number + "\\s+(?:" + unit + ")(?!\\p{L})" }
    for (name, english) in months {
      forms.append((.builtIn("czech month end", "\\bdo\\s+konce\\s+" + name + "(?!\\p{L})", options: [.caseInsensitive]), "by the end of " + english))
      forms.append((.builtIn("czech by day", "(?<!\\p{L})do\\s+(\\d{1,2})\\.\\s*" + name + "(?!\\p{L})", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("czech day", "(?<!\\d)(\\d{1,2})\\.\\s*" + name + "(?!\\p{L})", options: [.caseInsensitive]), "$1 " + english))
    }
    return forms
  }()

  /// The text with a Malagasy deadline in English: "alohan'ny 15 martsa" → "by 15 March", "ao
  /// anatin'ny herinandro roa" → "within 2 weeks", "amin'ny faran'ny volana" → "by the end of the
  /// month", "amin'ny herinandro ho avy" → "by next week"; `nil` where it holds none.
  static func malagasyDeadline(_ text: String) -> String? {
    translated(text, malagasyForms)
  }
  /// Bytes a Malagasy deadline cannot do without: most texts hold none.
  private static let malagasyDeadlineBytes = ["alohan", "Alohan", "anatin", "faran", "herinandro"].map { Array($0.utf8) }
  private static let malagasyForms: [(NSRegularExpression, String)] = {
    let months = [
      ("janoary", "January"), ("febroary", "February"), ("martsa", "March"), ("aprily", "April"), ("mey", "May"), ("jona", "June"),
      ("jolay", "July"), ("aogositra", "August"), ("septambra", "September"), ("oktobra", "October"), ("novambra", "November"), ("desambra", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("malagasy month end", "\\b(?:amin|hatramin)['’]ny\\s+faran['’]ny\\s+volana\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("malagasy next week", "\\b(?:amin['’]ny\\s+)?herinandro\\s+ho\\s+avy\\b", options: [.caseInsensitive]), "by next week"),
      (.builtIn("malagasy before a day", "\\balohan['’]ny\\s+(?:(?:fetin|fotoan)['’]ny\\s+)?(?=\\d)", options: [.caseInsensitive]), "by "),
    ]
    forms += withinForms(
      "malagasy within", numbers: [("iray", "1"), ("roa", "2"), ("telo", "3"), ("efatra", "4"), ("folo", "10")],
      units: [("andro", "days"), ("herinandro", "weeks"), ("volana", "months")]
    ) { number, unit in "\\b(?:ao\\s+)?anatin['’]ny\\s+(?:" + unit + ")\\s+" + number + "\\b" }
    for (malagasy, english) in months {
      forms.append((.builtIn("malagasy month", "(?<=\\d\\s)" + malagasy + "\\b", options: [.caseInsensitive]), english))
    }
    return forms
  }()

  /// The text with a Greek deadline in English: "έως 15/3" → "by 15/3", "μέχρι το τέλος του μήνα"
  /// → "by the end of the month", "σε δύο εβδομάδες" → "within 2 weeks", "μέχρι την Πέμπτη" → "by
  /// Thursday"; `nil` where it holds none.
  static func greekDeadline(_ text: String) -> String? {
    translated(text, greekForms)
  }
  /// Bytes a Greek deadline cannot do without: "έως", "μέχρι", "σε ".
  private static let greekDeadlineBytes = ["\u{3AD}\u{3C9}\u{3C2}", "\u{39C}\u{3AD}\u{3C7}\u{3C1}\u{3B9}", "\u{3BC}\u{3AD}\u{3C7}\u{3C1}\u{3B9}", "\u{3C3}\u{3B5} "].map { Array($0.utf8) }
  private static let greekForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("greek month end", "(?:μέχρι|έως)\\s+(?:το\\s+)?τέλος\\s+του\\s+μήνα", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("greek next week", "(?:μέχρι\\s+)?την\\s+επόμενη\\s+εβδομάδα", options: [.caseInsensitive]), "by next week"),
      (.builtIn("greek by day", "(?:έως|μέχρι)(?:\\s+τις)?\\s+(?=\\d)", options: [.caseInsensitive]), "by "),
    ]
    forms += withinForms(
      "greek within", numbers: [("μία", "1"), ("μια", "1"), ("ένα", "1"), ("δύο", "2"), ("τρεις", "3"), ("τέσσερις", "4"), ("δέκα", "10"), ("δεκαπέντε", "15")],
      units: [("ημέρες|μέρες|ημερών", "days"), ("εβδομάδες|εβδομάδα|εβδομάδων", "weeks"), ("μήνες|μήνα", "months")]
    ) { number, unit in "(?:σε|μέσα\\s+σε|εντός)\\s+" + number + "\\s+(?:" + unit + ")" }
    forms += [
      ("Δευτέρα", "Monday"), ("Τρίτη", "Tuesday"), ("Τετάρτη", "Wednesday"), ("Πέμπτη", "Thursday"), ("Παρασκευή", "Friday"), ("Σάββατο", "Saturday"),
    ].map { day, english in (NSRegularExpression.builtIn("greek day", "(?:μέχρι|έως)\\s+(?:την|το)\\s+" + day, options: [.caseInsensitive]), "by " + english) }
    return forms
  }()

  /// The text with a Haitian Creole deadline in English: "anvan 15 mas" → "before 15 March",
  /// "nan de semèn" → "within 2 weeks", "fen mwa a" → "by the end of the month", "semèn pwochèn" →
  /// "by next week"; `nil` where it holds none.
  static func creoleDeadline(_ text: String) -> String? {
    translated(text, creoleForms)
  }
  /// Bytes a Haitian Creole deadline cannot do without: most texts hold none.
  private static let creoleDeadlineBytes = ["anvan ", "Anvan ", "sem\u{E8}n", "fen mwa", "Fen mwa", "nan de ", "nan twa "].map { Array($0.utf8) }
  private static let creoleForms: [(NSRegularExpression, String)] = {
    let months = [
      ("janvye", "January"), ("fevriye", "February"), ("mas", "March"), ("avril", "April"), ("me", "May"), ("jen", "June"),
      ("jiy\u{E8}", "July"), ("out", "August"), ("septanm", "September"), ("okt\u{F2}b", "October"), ("novanm", "November"), ("desanm", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("creole month end", "\\b(?:nan\\s+)?fen\\s+mwa\\s+(?:a|sa\\s+a)\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("creole next week", "\\b(?:nan\\s+)?sem\u{E8}n\\s+pwoch\u{E8}n\\b", options: [.caseInsensitive]), "by next week"),
      (.builtIn("creole before a day", "\\banvan\\s+(?=\\d)", options: [.caseInsensitive]), "before "),
    ]
    forms += withinForms(
      "creole within", numbers: [("de", "2"), ("twa", "3"), ("kat", "4"), ("senk", "5"), ("dis", "10"), ("yon", "1")],
      units: [("jou", "days"), ("sem\u{E8}n", "weeks"), ("mwa", "months")]
    ) { number, unit in "\\bnan\\s+" + number + "\\s+" + unit + "\\b" }
    for (creole, english) in months {
      forms.append((.builtIn("creole month", "(?<=\\d\\s)" + creole + "\\b", options: [.caseInsensitive]), english))
    }
    return forms
  }()

  /// The text with an Italian deadline in English: "entro il 15 marzo" → "by 15 March", "entro
  /// due settimane" → "within 2 weeks", "entro fine mese" → "by the end of the month", "entro
  /// maggio" → "by the end of May", "entro la prossima seduta" → "by the next meeting", "prima di
  /// Pasqua" → "before Easter", "entro venerdì" → "by Friday"; `nil` where it holds none.
  static func italianDeadline(_ text: String) -> String? {
    translated(text, italianForms)
  }
  /// Bytes an Italian deadline cannot do without: most texts hold none.
  private static let italianDeadlineBytes = [
    "entro ", "Entro ", "prima di ", "Prima di ", "settimana prossima", "prossima settimana", "domani", "gennaio", "febbraio", "marzo",
    "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
  ].map { Array($0.utf8) }
  private static let italianForms: [(NSRegularExpression, String)] = {
    let months = [
      ("gennaio", "January"), ("febbraio", "February"), ("marzo", "March"), ("aprile", "April"), ("maggio", "May"), ("giugno", "June"),
      ("luglio", "July"), ("agosto", "August"), ("settembre", "September"), ("ottobre", "October"), ("novembre", "November"), ("dicembre", "December"),
    ]
    let monthNames = months.map(\.0).joined(separator: "|")
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("italian month end", "\\bentro\\s+(?:la\\s+)?fine\\s+(?:del\\s+)?mese\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("italian week end", "\\bentro\\s+(?:la\\s+)?fine\\s+(?:della\\s+)?settimana\\b", options: [.caseInsensitive]), "by the end of the week"),
      (.builtIn("italian year end", "\\bentro\\s+(?:la\\s+)?fine\\s+(?:dell['\u{2019}]\\s*)?anno\\b", options: [.caseInsensitive]), "by the end of the year"),
      (.builtIn("italian next meeting", "\\bentro\\s+la\\s+prossima\\s+(?:seduta|riunione)\\b", options: [.caseInsensitive]), "by the next meeting"),
      (.builtIn("italian next week", "\\b(?:entro\\s+)?la\\s+(?:settimana\\s+prossima|prossima\\s+settimana)\\b", options: [.caseInsensitive]), "by next week"),
      (.builtIn("italian easter", "\\bprima\\s+di\\s+Pasqua\\b", options: [.caseInsensitive]), "before Easter"),
      (.builtIn("italian tomorrow", "\\b(?:entro\\s+)?domani\\b", options: [.caseInsensitive]), "by tomorrow"),
      (.builtIn("italian within a week", "\\bentro\\s+(?:una|1)\\s+settimana\\b", options: [.caseInsensitive]), "within 1 weeks"),
      (.builtIn("italian within a month", "\\bentro\\s+(?:un|1)\\s+mese\\b", options: [.caseInsensitive]), "within 1 months"),
      (.builtIn("italian month end named", "\\bentro\\s+(?:la\\s+)?fine\\s+(?:di\\s+)?(" + monthNames + ")\\b", options: [.caseInsensitive]), "by the end of $1"),
      (.builtIn("italian by month", "\\bentro\\s+(?:il\\s+mese\\s+di\\s+)?(" + monthNames + ")\\b", options: [.caseInsensitive]), "by the end of $1"),
      (.builtIn("italian by day", "\\bentro\\s+(?:il\\s+|l['\u{2019}]\\s*)?(?=\\d)", options: [.caseInsensitive]), "by "),
    ]
    forms += withinForms(
      "italian within", numbers: [("due", "2"), ("tre", "3"), ("quattro", "4"), ("cinque", "5"), ("dieci", "10"), ("quindici", "15"), ("trenta", "30")],
      units: [("giorni", "days"), ("settimane", "weeks"), ("mesi", "months")]
    ) { number, unit in "\\bentro\\s+" + number + "\\s+" + unit + "\\b" }
    forms += wordForms(
      "italian day", [("entro\\s+luned\u{EC}", "by Monday"), ("entro\\s+marted\u{EC}", "by Tuesday"), ("entro\\s+mercoled\u{EC}", "by Wednesday"),
        ("entro\\s+gioved\u{EC}", "by Thursday"), ("entro\\s+venerd\u{EC}", "by Friday"), ("entro\\s+sabato", "by Saturday")],
      options: [.caseInsensitive])
    for (italian, english) in months {
      forms.append((.builtIn("italian month", "\\b" + italian + "\\b", options: [.caseInsensitive]), english))
    }
    return forms
  }()

  /// The text with a Yoruba deadline in English, its tone marks and dots below set aside: "Ọjọ́
  /// Ajé tó ń bọ̀" → "by next Monday", "ọ̀sẹ̀ tó ń bọ̀" → "by the end of next week", "oṣù tó ń bọ̀"
  /// → "by the end of next month", "ní ìparí oṣù" → "by the end of the month"; `nil` where it
  /// holds none.
  static func yorubaDeadline(_ text: String) -> String? {
    let folded = text.folding(options: [.diacriticInsensitive], locale: nil)
    return translated(folded, yorubaForms)
  }
  /// Letters with a dot below, which Yoruba writes and most texts never hold: ọ, ẹ, ṣ, or the dot
  /// as a mark of its own.
  private static let yorubaDeadlineBytes = ["\u{1ECD}", "\u{1ECC}", "\u{1EB9}", "\u{1EB8}", "\u{1E63}", "\u{1E62}", "\u{0323}"].map { Array($0.utf8) }
  private static let yorubaForms: [(NSRegularExpression, String)] = {
    let coming = "\\s+to\\s+n\\s+bo\\b"
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("yoruba next week", "\\bose" + coming, options: [.caseInsensitive]), "by the end of next week"),
      (.builtIn("yoruba next month", "\\bosu" + coming, options: [.caseInsensitive]), "by the end of next month"),
      (.builtIn("yoruba month end", "\\b(?:ni\\s+)?(?:ipari|opin)\\s+osu\\b(?!\\s+to\\s+n)", options: [.caseInsensitive]), "by the end of the month"),
    ]
    let days = [("(?:ojo\\s+)?aje", "Monday"), ("(?:ojo\\s+)?isegun", "Tuesday"), ("ojoru", "Wednesday"), ("ojobo", "Thursday"),
      ("(?:ojo\\s+)?eti", "Friday"), ("(?:ojo\\s+)?abameta", "Saturday"), ("(?:ojo\\s+)?aiku", "Sunday")]
    for (day, english) in days {
      forms.append((.builtIn("yoruba day next week", "\\b" + day + coming, options: [.caseInsensitive]), "by next " + english))
    }
    return forms
  }()

  /// The text with a Vietnamese deadline in English: "trước ngày 15/3" → "before 15/3", "cuối
  /// tháng" → "by the end of the month", "trong tuần tới" → "by the end of next week", "thứ Hai tuần
  /// sau" → "by next Monday", "trong tháng 3" → "by the end of March", "Quý II" → "by Q2"; `nil`
  /// where it holds none.
  static func vietnameseDeadline(_ text: String) -> String? {
    translated(text, vietnameseForms)
  }
  /// Bytes a Vietnamese deadline cannot do without: most texts hold none.
  private static let vietnameseDeadlineBytes = ["tr\u{1B0}\u{1EDB}c", "cu\u{1ED1}i", "tu\u{1EA7}n", "th\u{00E1}ng", "Qu\u{00FD}"].map { Array($0.utf8) }
  private static let vietnameseForms: [(NSRegularExpression, String)] = {
    let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("vietnamese before", "\\btr\u{1B0}\u{1EDB}c(?:\\s+ng\u{00E0}y)?\\s+(?=\\d)", options: [.caseInsensitive]), "before "),
      (.builtIn("vietnamese month end", "\\bcu\u{1ED1}i\\s+th\u{00E1}ng(?:\\s+n\u{00E0}y)?(?!\\s*\\d)", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("vietnamese next week", "\\b(?:trong\\s+)?tu\u{1EA7}n\\s+(?:t\u{1EDB}i|sau)\\b", options: [.caseInsensitive]), "by the end of next week"),
    ]
    for (numerals, quarter) in [("I|1", "1"), ("II|2", "2"), ("III|3", "3"), ("IV|4", "4")] {
      forms.append((.builtIn("vietnamese quarter", "\\bqu\u{00FD}\\s+(?:" + numerals + ")(?![\\w/])", options: [.caseInsensitive]), "by Q" + quarter))
    }
    let days = [("Hai", "Monday"), ("Ba", "Tuesday"), ("T\u{01B0}", "Wednesday"), ("N\u{0103}m", "Thursday"), ("S\u{00E1}u", "Friday"), ("B\u{1EA3}y", "Saturday")]
    for (day, english) in days {
      forms.insert((.builtIn("vietnamese day next week", "\\bth\u{1EE9}\\s+" + day + "\\s+tu\u{1EA7}n\\s+(?:sau|t\u{1EDB}i)\\b", options: []), "by next " + english), at: 0)
    }
    for (number, english) in months.enumerated() {
      forms.append((.builtIn("vietnamese in month", "\\btrong\\s+th\u{00E1}ng\\s+" + String(number + 1) + "\\b(?![/.]\\d)", options: [.caseInsensitive]), "by the end of " + english))
    }
    return forms
  }()

  /// The text with a French deadline written in English: "au plus tard le 15 avril" → "by 15
  /// avril", "sous quinzaine" → "within 2 weeks", "sous huitaine" → "within 1 weeks".
  static func frenchDeadline(_ text: String) -> String? {
    translated(text, frenchForms)
  }
  /// Bytes a French deadline of these forms cannot do without: most texts hold none.
  private static let frenchDeadlineBytes = ["au plus tard", "Au plus tard", "quinzaine", "huitaine"].map { Array($0.utf8) }
  private static let frenchForms: [(NSRegularExpression, String)] = [
    (.builtIn("french at the latest", "\\bau\\s+plus\\s+tard\\s+(?:le\\s+|l['\u{2019}])?", options: [.caseInsensitive]), "by "),
    (.builtIn("french fortnight", "\\bsous\\s+(?:la\\s+)?quinzaine\\b", options: [.caseInsensitive]), "within 2 weeks"),
    (.builtIn("french week", "\\bsous\\s+(?:la\\s+)?huitaine\\b", options: [.caseInsensitive]), "within 1 weeks"),
  ]

  /// The text with a Dutch deadline written in English: "uiterlijk 15 maart" → "by 15 March",
  /// "binnen twee weken" → "within 2 weeks", "eind maart" → "end of March", "vrijdag" → "Friday",
  /// "doorgeschoven naar 1 april" → "moved to 1 April".
  static func dutchDeadline(_ text: String) -> String? {
    translated(text, dutchForms)
  }
  /// Bytes a Dutch deadline cannot do without: most texts hold none.
  private static let dutchDeadlineBytes = ["uiterlijk", "Uiterlijk", "binnen ", "Binnen ", "eind ", "Eind ", "doorgeschoven", "volgende week", "morgen"]
    .map { Array($0.utf8) }
  private static let dutchForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("dutch at the latest", "\\buiterlijk\\b", options: [.caseInsensitive]), "by"),
      (.builtIn("dutch moved", "\\bdoorgeschoven\\s+naar\\b", options: [.caseInsensitive]), "moved to"),
      (.builtIn("dutch next week", "\\bvolgende\\s+week\\b", options: [.caseInsensitive]), "next week"),
      (.builtIn("dutch tomorrow", "\\bmorgen\\b", options: [.caseInsensitive]), "tomorrow"),
      (.builtIn("dutch end of month", "\\beind\\s+(?:van\\s+)?de(?:ze)?\\s+maand\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("dutch end of week", "\\beind\\s+(?:van\\s+)?de(?:ze)?\\s+week\\b", options: [.caseInsensitive]), "by the end of the week"),
      (.builtIn("dutch end of", "\\b(?:tegen\\s+|voor\\s+)?eind\\b", options: [.caseInsensitive]), "by the end of"),
    ]
    forms += withinForms(
      "dutch within", numbers: [("een", "1"), ("één", "1"), ("twee", "2"), ("drie", "3"), ("vier", "4"), ("zes", "6")],
      units: [("dag(?:en)?", "days"), ("werkdag(?:en)?", "working days"), ("we(?:ek|ken)", "weeks"), ("maand(?:en)?", "months")]
    ) { number, unit in "\\bbinnen\\s+" + number + "\\s+" + unit + "\\b" }
    forms += wordForms("dutch name", [("januari", "January"), ("februari", "February"), ("maart", "March"), ("april", "April"), ("mei", "May"), ("juni", "June"),
      ("juli", "July"), ("augustus", "August"), ("september", "September"), ("oktober", "October"), ("november", "November"), ("december", "December"),
      ("maandag", "Monday"), ("dinsdag", "Tuesday"), ("woensdag", "Wednesday"), ("donderdag", "Thursday"), ("vrijdag", "Friday"),
      ("zaterdag", "Saturday"), ("zondag", "Sunday")], options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Swedish deadline written in English: "Klart senast: 1 april" → "by 1
  /// April", "senast den 3/4" → "by 3/4", "v. 16" → "week 16", "15 maj" → "15 May".
  static func swedishDeadline(_ text: String) -> String? {
    translated(text, swedishForms)
  }
  /// Bytes a Swedish deadline cannot do without: most texts hold none.
  private static let swedishDeadlineBytes = ["senast", "Senast", "SENAST"].map { Array($0.utf8) }
  private static let swedishForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("swedish done by", "\\b(?:klart\\s*:?\\s*)?senast\\s*:?\\s*(?:den\\s+)?", options: [.caseInsensitive]), "by "),
      (.builtIn("swedish week", "\\bv\\.\\s?(\\d{1,2})\\b", options: [.caseInsensitive]), "week $1"),
    ]
    forms += wordForms("swedish name", [("januari", "January"), ("februari", "February"), ("maj", "May"), ("juni", "June"),
      ("juli", "July"), ("augusti", "August"), ("oktober", "October"),
      ("måndag", "Monday"), ("tisdag", "Tuesday"), ("onsdag", "Wednesday"), ("torsdag", "Thursday"), ("fredag", "Friday"),
      ("lördag", "Saturday"), ("söndag", "Sunday")], options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Danish deadline written in English: "27. marts 2037" → "27 March 2037",
  /// "uge 14" → "week 14", "inden næste møde" → "before the next meeting", "senest fredag" → "by
  /// Friday", "inden for to uger" → "within 2 weeks".
  static func danishDeadline(_ text: String) -> String? {
    translated(text, danishForms)
  }
  /// Bytes a Danish deadline cannot do without: most texts hold none.
  private static let danishDeadlineBytes = ["marts", "uge ", "Uge ", "inden ", "Inden ", "senest", "Senest", "næste", "udgangen", " maj", "dag",
    // Norwegian.
    "innen ", "Innen ", "uke ", "Uke ", " mars", " mai", "neste"]
    .map { Array($0.utf8) }
  private static let danishMonths = "januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|desember"
  private static let danishForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("danish day of month", "\\b(\\d{1,2})\\.\\s+(" + danishMonths + ")\\b", options: [.caseInsensitive]), "$1 $2"),
      (.builtIn("danish the before day", "(?<=\\p{L})\\s+den\\s+(?=\\d)", options: [.caseInsensitive]), " "),
      (.builtIn("danish week", "\\bu(?:g|k)e\\s+(\\d{1,2})\\b", options: [.caseInsensitive]), "week $1"),
      (.builtIn("danish next meeting", "\\b(?:inden|innen|før)\\s+n(?:æ|e)ste\\s+møte?\\b", options: [.caseInsensitive]), "before the next meeting"),
      (.builtIn("danish next week", "\\bn(?:æ|e)ste\\s+u(?:g|k)e\\b", options: [.caseInsensitive]), "next week"),
      (.builtIn("danish end of month", "\\b(?:inden\\s+|ved\\s+)?(?:udgangen|slutningen)\\s+af\\s+måneden\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("danish end of", "\\b(?:inden\\s+|ved\\s+)?(?:udgangen|slutningen)\\s+af\\b", options: [.caseInsensitive]), "by the end of"),
      (.builtIn("danish at the latest", "\\bsenest\\b", options: [.caseInsensitive]), "by"),
    ]
    forms += withinForms(
      "danish within", numbers: [("en", "1"), ("et", "1"), ("to", "2"), ("tre", "3"), ("fire", "4"), ("seks", "6")],
      units: [("dage?", "days"), ("u(?:g|k)er?", "weeks"), ("måneder?", "months")]
    ) { number, unit in "\\bin(?:d|n)en\\s+(?:for\\s+)?" + number + "\\s+" + unit + "\\b" }
    forms += [(.builtIn("danish by", "\\bin(?:d|n)en\\b", options: [.caseInsensitive]), "by")]
    forms += wordForms("danish name", [("januar", "January"), ("februar", "February"), ("marts", "March"), ("mars", "March"), ("maj", "May"), ("mai", "May"), ("desember", "December"), ("juni", "June"),
      ("juli", "July"), ("oktober", "October"), ("mandag", "Monday"), ("tirsdag", "Tuesday"), ("onsdag", "Wednesday"), ("torsdag", "Thursday"),
      ("fredag", "Friday"), ("lørdag", "Saturday"), ("søndag", "Sunday")], options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Latvian deadline written in English: "2037. gada 19. martā" → "19 March
  /// 2037", "līdz 11.03.2037." → "by 11.03.2037.", "divu nedēļu laikā" → "within 2 weeks", "līdz
  /// nākamajai sēdei" → "before the next meeting", "līdz mēneša beigām" → "by the end of the month".
  static func latvianDeadline(_ text: String) -> String? {
    translated(text, latvianForms)
  }
  /// Bytes a Latvian deadline cannot do without: most texts hold none.
  private static let latvianDeadlineBytes = ["l\u{12B}dz", "laik\u{101}", " gada ", "beig\u{101}m", "nedēļ"]
    .map { Array($0.utf8) }
  private static let latvianForms: [(NSRegularExpression, String)] = {
    let months = [
      ("janv\u{101}r(?:\u{12B}|a|is)", "January"), ("febru\u{101}r(?:\u{12B}|a|is)", "February"), ("mart(?:\u{101}|a|s)", "March"),
      ("apr\u{12B}l(?:\u{12B}|a|is)", "April"), ("maij(?:\u{101}|a|s)", "May"), ("j\u{16B}nij(?:\u{101}|a|s)", "June"),
      ("j\u{16B}lij(?:\u{101}|a|s)", "July"), ("august(?:\u{101}|a|s)", "August"), ("septembr(?:\u{12B}|a)|septembris", "September"),
      ("oktobr(?:\u{12B}|a)|oktobris", "October"), ("novembr(?:\u{12B}|a)|novembris", "November"), ("decembr(?:\u{12B}|a)|decembris", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = []
    for (latvian, english) in months {
      // "2037. gada 19. martā", "19. martā".
      forms.append((.builtIn("latvian full date", "\\b(\\d{4})\\.\\s+gada\\s+(\\d{1,2})\\.\\s+(?:" + latvian + ")(?!\\p{L})", options: [.caseInsensitive]), "$2 " + english + " $1"))
      forms.append((.builtIn("latvian day of month", "\\b(\\d{1,2})\\.\\s+(?:" + latvian + ")(?!\\p{L})", options: [.caseInsensitive]), "$1 " + english))
    }
    forms += withinForms(
      "latvian within", numbers: [("divu", "2"), ("tr\u{12B}s", "3"), ("\u{010D}etru", "4"), ("se\u{0161}u", "6")],
      units: [("dienu", "days"), ("ned\u{113}\u{13C}u", "weeks"), ("m\u{113}ne\u{161}u", "months")]
    ) { number, unit in "\\b" + number + "\\s+" + unit + "\\s+laik\u{101}(?!\\p{L})" }
    forms += [
      (.builtIn("latvian next meeting", "\\bl\u{12B}dz\\s+n\u{101}kamajai\\s+(?:komitejas\\s+)?s\u{113}dei(?!\\p{L})", options: [.caseInsensitive]), "before the next meeting"),
      (.builtIn("latvian end of month", "\\b(?:l\u{12B}dz\\s+)?(?:\u{161}\u{12B}\\s+)?m\u{113}ne\u{161}a\\s+beig\u{101}m(?!\\p{L})", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("latvian a week", "\\bned\u{113}\u{13C}as\\s+laik\u{101}(?!\\p{L})", options: [.caseInsensitive]), "within 1 week"),
      (.builtIn("latvian a month", "\\bm\u{113}ne\u{161}a\\s+laik\u{101}(?!\\p{L})", options: [.caseInsensitive]), "within 1 month"),
      (.builtIn("latvian by", "\\bl\u{12B}dz(?!\\p{L})", options: [.caseInsensitive]), "by"),
    ]
    return forms
  }()

  /// The text with an Estonian deadline written in English: "15. märtsiks" → "by 15 March",
  /// "20. märtsini 2037" → "by 20 March 2037", "kahe nädala jooksul" → "within 2 weeks", "kuu
  /// lõpuks" → "by the end of the month", "järgmiseks koosolekuks" → "before the next meeting".
  static func estonianDeadline(_ text: String) -> String? {
    translated(text, estonianForms)
  }
  /// Bytes an Estonian deadline cannot do without: most texts hold none.
  private static let estonianDeadlineBytes = ["iks", "jooksul", "l\u{F5}puks", "koosoleku", "j\u{E4}rgmisel", "m\u{E4}rts", "llini", "uarini", "riini"]
    .map { Array($0.utf8) }
  private static let estonianForms: [(NSRegularExpression, String)] = {
    let months = [
      ("jaanuar", "January"), ("veebruar", "February"), ("m\u{E4}rts", "March"), ("aprill", "April"), ("mai", "May"), ("juuni", "June"),
      ("juuli", "July"), ("august", "August"), ("septemb(?:er|ri)", "September"), ("oktoob(?:er|ri)", "October"), ("novemb(?:er|ri)", "November"),
      ("detsemb(?:er|ri)", "December"),
    ]
    var forms: [(NSRegularExpression, String)] = []
    for (estonian, english) in months {
      // "15. märtsiks" (by), "20. märtsini" (until), "15. märts 2037".
      forms.append((.builtIn("estonian day of month by", "\\b(\\d{1,2})\\.\\s+" + estonian + "i?(?:ks|ni)\\b", options: [.caseInsensitive]), "by $1 " + english))
      forms.append((.builtIn("estonian day of month", "\\b(\\d{1,2})\\.\\s+" + estonian + "i?\\b", options: [.caseInsensitive]), "$1 " + english))
    }
    forms += withinForms(
      "estonian within", numbers: [("kahe", "2"), ("kolme", "3"), ("nelja", "4"), ("kuue", "6")],
      units: [("p\u{E4}eva", "days"), ("n\u{E4}dala", "weeks"), ("kuu", "months")]
    ) { number, unit in "\\b" + number + "\\s+" + unit + "\\s+jooksul\\b" }
    forms += [
      (.builtIn("estonian next meeting", "\\bj\u{E4}rgmise(?:ks)?\\s+koosoleku(?:ks|ni)\\b", options: [.caseInsensitive]), "before the next meeting"),
      (.builtIn("estonian end of month", "\\b(?:k\u{E4}esoleva\\s+)?kuu\\s+l\u{F5}puks\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("estonian next week", "\\bj\u{E4}rgmisel\\s+n\u{E4}dalal\\b", options: [.caseInsensitive]), "next week"),
      (.builtIn("estonian a week", "\\b(?:\u{FC}he\\s+)?n\u{E4}dala\\s+jooksul\\b", options: [.caseInsensitive]), "within 1 week"),
      (.builtIn("estonian a month", "\\b(?:\u{FC}he\\s+)?kuu(?:\\s+aja)?\\s+jooksul\\b", options: [.caseInsensitive]), "within 1 month"),
    ]
    return forms
  }()

  /// The text with an Icelandic deadline written in English: "15. mars 2037" → "15 March 2037",
  /// "innan tveggja vikna" → "within 2 weeks", "fyrir lok mánaðarins" → "by the end of the month",
  /// "fyrir næsta fund" → "before the next meeting", "framlengdur til 30. apríl" → "framlengdur by
  /// 30 April".
  static func icelandicDeadline(_ text: String) -> String? {
    translated(text, icelandicForms)
  }
  /// Bytes an Icelandic deadline cannot do without: most texts hold none.
  private static let icelandicDeadlineBytes = ["innan ", "Innan ", "fyrir ", "Fyrir ", " til ", " mars", "apr\u{ED}l", " ma\u{ED}", "j\u{FA}n\u{ED}", "j\u{FA}l\u{ED}", "\u{E1}g\u{FA}st", "desember", "jan\u{FA}ar", "febr\u{FA}ar", "okt\u{F3}ber", "n\u{F3}vember"]
    .map { Array($0.utf8) }
  private static let icelandicMonths = [
    ("jan\u{FA}ar", "January"), ("febr\u{FA}ar", "February"), ("mars", "March"), ("apr\u{ED}l", "April"), ("ma\u{ED}", "May"), ("j\u{FA}n\u{ED}", "June"),
    ("j\u{FA}l\u{ED}", "July"), ("\u{E1}g\u{FA}st", "August"), ("september", "September"), ("okt\u{F3}ber", "October"), ("n\u{F3}vember", "November"),
    ("desember", "December"),
  ]
  private static let icelandicForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = []
    for (icelandic, english) in icelandicMonths {
      forms.append((.builtIn("icelandic day of month", "\\b(\\d{1,2})\\.\\s+" + icelandic + "\\b", options: [.caseInsensitive]), "$1 " + english))
    }
    forms += [
      (.builtIn("icelandic next meeting", "\\bfyrir\\s+n\u{E6}sta\\s+fund(?:i)?\\b", options: [.caseInsensitive]), "before the next meeting"),
      (.builtIn("icelandic end of month", "\\bfyrir\\s+lok\\s+(?:m\u{E1}na\u{F0}arins|\u{FE}essa\\s+m\u{E1}na\u{F0}ar)\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("icelandic a week", "\\binnan\\s+(?:viku|einnar\\s+viku)\\b", options: [.caseInsensitive]), "within 1 week"),
      (.builtIn("icelandic a month", "\\binnan\\s+(?:m\u{E1}na\u{F0}ar|eins\\s+m\u{E1}na\u{F0}ar)\\b", options: [.caseInsensitive]), "within 1 month"),
    ]
    forms += withinForms(
      "icelandic within", numbers: [("tveggja", "2"), ("\u{FE}riggja", "3"), ("fj\u{F6}gurra", "4"), ("sex", "6")],
      units: [("daga", "days"), ("vikna", "weeks"), ("m\u{E1}na\u{F0}a", "months")]
    ) { number, unit in "\\binnan\\s+" + number + "\\s+" + unit + "\\b" }
    forms += [
      // "Frestur framlengdur til 30. apríl 2037": until a day.
      (.builtIn("icelandic until", "\\btil\\s+(?=\\d{1,2}\\.?\\s)", options: [.caseInsensitive]), "by "),
      (.builtIn("icelandic before", "\\bfyrir\\s+(?=\\d{1,2}\\.\\s)", options: [.caseInsensitive]), "by "),
    ]
    forms += wordForms("icelandic day", [("m\u{E1}nudag(?:inn)?", "Monday"), ("\u{FE}ri\u{F0}judag(?:inn)?", "Tuesday"), ("mi\u{F0}vikudag(?:inn)?", "Wednesday"),
      ("fimmtudag(?:inn)?", "Thursday"), ("f\u{F6}studag(?:inn)?", "Friday"), ("laugardag(?:inn)?", "Saturday"), ("sunnudag(?:inn)?", "Sunday")], options: [.caseInsensitive])
    return forms
  }()

  /// The text with a Malay deadline written in English: "sebelum 15 Mac 2037" → "by 15 March
  /// 2037", "dalam tempoh dua minggu" → "within 2 weeks", "sebelum akhir April" → "by the end of
  /// April", "selewat-lewatnya 6 Mac" → "by 6 March".
  static func malayDeadline(_ text: String) -> String? {
    translated(text, malayForms)
  }
  private static let malayDeadlineBytes = ["sebelum ", "Sebelum ", "dalam tempoh", "selewat-lewatnya", "akhir bulan", " Mac ", " Mei ", " Ogos ", " Disember ", " Julai "].map { Array($0.utf8) }
  private static let malayForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("malay end of month", "\\b(?:sebelum\\s+)?akhir\\s+bulan(?:\\s+ini)?\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("malay end of", "\\bsebelum\\s+akhir\\b", options: [.caseInsensitive]), "by the end of"),
      (.builtIn("malay a month", "\\bdalam\\s+tempoh\\s+sebulan\\b", options: [.caseInsensitive]), "within 1 month"),
      (.builtIn("malay a week", "\\bdalam\\s+tempoh\\s+seminggu\\b", options: [.caseInsensitive]), "within 1 week"),
      (.builtIn("malay at the latest", "\\bselewat-lewatnya\\b", options: [.caseInsensitive]), "by"),
      (.builtIn("malay before", "\\bsebelum\\b", options: [.caseInsensitive]), "by"),
    ]
    forms += withinForms(
      "malay within", numbers: [("satu", "1"), ("dua", "2"), ("tiga", "3"), ("empat", "4")],
      units: [("hari", "days"), ("minggu", "weeks"), ("bulan", "months")]
    ) { number, unit in "\\bdalam\\s+tempoh\\s+" + number + "\\s+" + unit + "\\b" }
    forms += wordForms("malay name", [("Januari", "January"), ("Februari", "February"), ("Mac", "March"), ("Mei", "May"), ("Jun", "June"),
      ("Julai", "July"), ("Ogos", "August"), ("Oktober", "October"), ("Disember", "December")], options: [])
    return forms
  }()

  /// The text with a Lithuanian deadline written in English: "iki 2037-04-15" → "by 2037-04-15",
  /// "iki kovo mėn. pabaigos" → "by the end of March", "per dvi savaites" → "within 2 weeks".
  static func lithuanianDeadline(_ text: String) -> String? {
    translated(text, lithuanianForms)
  }
  private static let lithuanianMonths = [
    ("sausio", "January"), ("vasario", "February"), ("kovo", "March"), ("balandžio", "April"), ("gegužės", "May"), ("birželio", "June"),
    ("liepos", "July"), ("rugpjūčio", "August"), ("rugsėjo", "September"), ("spalio", "October"), ("lapkričio", "November"), ("gruodžio", "December"),
  ]
  private static let lithuanianForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = lithuanianMonths.map { name, english in
      (.builtIn("lithuanian end of month", "\\biki\\s+" + name + "\\s+(?:mėn\\.?\\s+|mėnesio\\s+)?pabaigos\\b", options: [.caseInsensitive]), "by the end of " + english)
    }
    forms += [
      (.builtIn("lithuanian end of this month", "\\biki\\s+(?:šio\\s+)?mėnesio\\s+pabaigos\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("lithuanian by", "\\biki\\s+(?=\\d)", options: [.caseInsensitive]), "by "),
    ]
    forms += withinForms(
      "lithuanian within", numbers: [("vieną", "1"), ("dvi", "2"), ("tris", "3"), ("keturias", "4")],
      units: [("savaites|savaitę", "weeks"), ("dienas|dienų", "days"), ("mėnesius|mėnesį", "months")]
    ) { number, unit in "\\bper\\s+" + number + "\\s+(?:" + unit + ")\\b" }
    return forms
  }()

  /// The text with a Tok Pisin deadline written in English: "long namba 15 Mas" → "by 15 March",
  /// "insait long tupela wik" → "within 2 weeks", "neks Fraide" → "next Friday".
  static func tokPisinDeadline(_ text: String) -> String? {
    translated(text, tokPisinForms)
  }
  /// Bytes a Tok Pisin deadline cannot do without: most texts hold none.
  private static let tokPisinDeadlineBytes = ["insait long", "long namba", "neks ", "Neks ", "bipo long", "pinis long", " mun", "Epril", "Mas "]
    .map { Array($0.utf8) }
  private static let tokPisinForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = [
      (.builtIn("tok pisin by the day", "\\b(?:bipo\\s+)?long\\s+namba\\s+(?=\\d)", options: [.caseInsensitive]), "by "),
      (.builtIn("tok pisin end of month", "\\b(?:long|bipo\\s+long)\\s+pinis\\s+bilong\\s+(?:dispela\\s+)?mun\\b", options: [.caseInsensitive]), "by the end of the month"),
      (.builtIn("tok pisin next week", "\\bneks\\s+wik\\b", options: [.caseInsensitive]), "next week"),
      (.builtIn("tok pisin next", "\\bneks\\b", options: [.caseInsensitive]), "next"),
      (.builtIn("tok pisin before", "\\bbipo\\s+long\\b", options: [.caseInsensitive]), "before"),
    ]
    forms += withinForms(
      "tok pisin within", numbers: [("wanpela", "1"), ("tupela", "2"), ("tripela", "3"), ("fopela", "4")],
      units: [("de", "days"), ("wik", "weeks"), ("mun", "months")]
    ) { number, unit in "\\binsait\\s+long\\s+" + number + "\\s+" + unit + "\\b" }
    forms += wordForms("tok pisin name", [("Janueri", "January"), ("Februeri", "February"), ("Mas", "March"), ("Epril", "April"), ("Me", "May"),
      ("Julai", "July"), ("Ogas", "August"), ("Septemba", "September"), ("Oktoba", "October"), ("Novemba", "November"), ("Disemba", "December"),
      ("Mande", "Monday"), ("Tunde", "Tuesday"), ("Trinde", "Wednesday"), ("Fonde", "Thursday"), ("Fraide", "Friday"), ("Sarere", "Saturday"),
      ("Sande", "Sunday")], options: [])
    return forms
  }()

  /// The text with a Hebrew deadline written in English: "תוך שבועיים" → "within 2 weeks", "עד
  /// סוף החודש" → "by the end of the month", "עד 15.5" → "by 15.5".
  static func hebrewDeadline(_ text: String) -> String? {
    translated(text, hebrewForms)
  }
  private static let hebrewForms: [(NSRegularExpression, String)] = [
    (.builtIn("hebrew two weeks", "תוך\\s+שבועיים", options: []), "within 2 weeks"),
    (.builtIn("hebrew two days", "תוך\\s+יומיים", options: []), "within 2 days"),
    (.builtIn("hebrew weeks", "תוך\\s+(\\d{1,2})\\s+שבועות", options: []), "within $1 weeks"),
    (.builtIn("hebrew days", "תוך\\s+(\\d{1,3})\\s+ימים", options: []), "within $1 days"),
    (.builtIn("hebrew a week", "תוך\\s+שבוע", options: []), "within 1 week"),
    (.builtIn("hebrew a month", "תוך\\s+חודש", options: []), "within 1 month"),
    (.builtIn("hebrew end of month", "עד\\s+סוף\\s+החודש", options: []), "by the end of the month"),
    (.builtIn("hebrew end of week", "עד\\s+סוף\\s+השבוע", options: []), "by the end of the week"),
    (.builtIn("hebrew next week", "בשבוע\\s+הבא", options: []), "next week"),
    (.builtIn("hebrew tomorrow", "מחר", options: []), "tomorrow"),
    (.builtIn("hebrew by", "(?:^|(?<=\\s))עד\\s+(?=\\d)", options: []), "by "),
  ]

  /// A language's words (month and day names) as English writes them, each a whole word.
  static func wordForms(_ name: String, _ words: [(String, String)], options: NSRegularExpression.Options) -> [(NSRegularExpression, String)] {
    words.map { word, english in (NSRegularExpression.builtIn(name, "\\b" + word + "\\b", options: options), english) }
  }

  /// A language's "within two weeks" as English reads it, for each number (in words, and in
  /// digits) and unit: `pattern` places the two as the language does ("iki hafta içinde", "cikin
  /// mako biyu", "binnen twee weken").
  static func withinForms(
    _ name: String, numbers: [(String, String)], units: [(String, String)], pattern: (String, String) -> String
  ) -> [(NSRegularExpression, String)] {
    (numbers + [("(\\d{1,3})", "$1")]).flatMap { number, digits in
      units.map { unit, english in
        (NSRegularExpression.builtIn(name, pattern(number, unit), options: [.caseInsensitive]), "within " + digits + " " + english)
      }
    }
  }

  /// The month a fiscal year starts in, where notes say so: "FY = the Fund's fiscal year, 1 July
  /// to 30 June", "financial year (1 April – 31 March)"; `nil` where they do not.
  public static func fiscalYearStart(in notes: String) -> Int? {
    guard notes.utf8.containsBytes("FY".utf8) || notes.utf8.containsBytes("iscal".utf8) || notes.utf8.containsBytes("inancial year".utf8),
      let match = fiscalStartPattern.firstMatch(in: notes, range: NSRange(notes.startIndex..<notes.endIndex, in: notes)),
      let range = Range(match.range(at: 1), in: notes)
    else { return nil }
    return ["january": 1, "april": 4, "july": 7, "october": 10][notes[range].lowercased()]
  }
  private static let fiscalStartPattern = NSRegularExpression.builtIn(
    "fiscal year start", #"\b(?:FY|fiscal\s+year|financial\s+year)\b[^.\n]{0,60}?\b1\s+(January|April|July|October)\b"#,
    options: [.caseInsensitive])

  /// The text with a fiscal year's periods as calendar deadlines, for a year that starts in
  /// `startMonth`: with July, "end-FY36" → "by 30 June 2036", "Q1 FY37" → "by 30 September 2036",
  /// "H1 FY37" → "by 31 December 2036", "FY37" → "by 30 June 2037"; `nil` where it holds none.
  /// A fiscal year alone ("FY37") counts only where `bare` (a column of due dates); in a sentence
  /// it may name what the task is about ("the FY35 accounts").
  public static func fiscalInCalendar(_ text: String, startMonth: Int, bare: Bool = false) -> String? {
    guard text.utf8.containsBytes("FY".utf8) else { return nil }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    var result = ""
    var last = text.startIndex
    for match in fiscalPeriodPattern.matches(in: text, range: range) {
      guard let whole = Range(match.range, in: text), let yearRange = Range(match.range(at: 3), in: text), let year = Int(text[yearRange])
      else { continue }
      let fiscal = year < 100 ? 2000 + year : year
      // The months of the period, counted from the year's first (0-based), and its last month.
      var lastMonth = 12
      if let kindRange = Range(match.range(at: 1), in: text), let numberRange = Range(match.range(at: 2), in: text), let number = Int(text[numberRange]) {
        let quarter = text[kindRange].uppercased() == "Q"
        guard quarter || number <= 2 else { continue }
        lastMonth = quarter ? number * 3 : number * 6
      } else if !bare, !text[whole].lowercased().hasPrefix("by"), !text[whole].lowercased().hasPrefix("end") {
        continue
      }
      // The fiscal year named by the year it ends in: FY37 runs July 2036 to June 2037.
      let firstYear = startMonth == 1 ? fiscal : fiscal - 1
      let monthIndex = startMonth - 1 + lastMonth - 1
      let calendarYear = firstYear + monthIndex / 12
      let month = monthIndex % 12 + 1
      guard let date = CalendarDate(year: calendarYear, month: month, day: 1)?.endOfMonth else { continue }
      result += text[last..<whole.lowerBound] + "by " + date.description
      last = whole.upperBound
    }
    guard last > text.startIndex else { return nil }
    return result + text[last...]
  }
  private static let fiscalPeriodPattern = NSRegularExpression.builtIn(
    "fiscal period", #"(?:\bby\s+)?(?:\bend[\s-]+(?:of\s+)?)?(?:\b([QH])([1-4])\s+)?\bFY\s?(\d{2}|\d{4})\b"#, options: [])

  /// Whether a text may hold a scan's misread letters in a date: "rnber", "rnonth", or a digit
  /// beside an "l", "I" or "O" (one pass over the bytes; most texts hold none).
  static func hasScanSlip(_ text: String) -> Bool {
    if text.utf8.containsBytes("rnber".utf8) || text.utf8.containsBytes("rnonth".utf8) { return true }
    var previous: UInt8 = 0
    for byte in text.utf8 {
      let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
      let slip = byte == UInt8(ascii: "l") || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "O")
      let previousDigit = previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")
      let previousSlip = previous == UInt8(ascii: "l") || previous == UInt8(ascii: "I") || previous == UInt8(ascii: "O")
      if (digit && previousSlip) || (slip && previousDigit) { return true }
      previous = byte
    }
    return false
  }

  /// The text with the letters a scan misreads in dates put right: "l0" and "l2" for 10 and 12,
  /// "2O35" for 2035, "Decernber" and "rnonth" for December and month; `nil` where it holds none.
  static func ocrRepaired(_ text: String) -> String? {
    translated(text, ocrForms)
  }
  private static let ocrForms: [(NSRegularExpression, String)] = [
    (.builtIn("ocr one before digit", "\\b[lI](?=\\d)", options: []), "1"),
    (.builtIn("ocr one after digit", "(?<=\\d)[lI]\\b", options: []), "1"),
    (.builtIn("ocr zero in number", "(?<=\\d)O(?=\\d|\\b)|\\bO(?=\\d)", options: []), "0"),
    (.builtIn("ocr months", "(?<=[Ss]epte|[Nn]ove|[Dd]ece)rnber\\b", options: []), "mber"),
    (.builtIn("ocr month", "\\brnonth\\b", options: []), "month"),
  ]

  /// The text with Russian deadline words in English: "до 16.03" → "by 16.03", "в течение
  /// месяца" → "within a month", "в течение трёх рабочих дней" → "within 3 working days", "до
  /// конца I квартала" → "by the end of Q1"; `nil` where it holds none.
  static func russianDeadline(_ text: String) -> String? {
    translated(text, russianForms)
  }
  /// Bytes a Russian deadline cannot do without ("до", "течение"): most texts hold neither.
  private static let russianDeadlineBytes = ["до ", "течение"].map { Array($0.utf8) }
  private static let russianForms: [(NSRegularExpression, String)] = {
    var forms: [(NSRegularExpression, String)] = []
    // The quarters, the longest numeral first ("IV" before "I").
    for (numeral, quarter) in [("IV", "4"), ("III", "3"), ("II", "2"), ("I", "1"), ("4", "4"), ("3", "3"), ("2", "2"), ("1", "1")] {
      forms.append((.builtIn("russian quarter end", "\\bдо\\s+конца\\s+" + numeral + "(?:-?го)?\\s+квартала", options: [.caseInsensitive]), "by the end of Q" + quarter))
    }
    for (period, english) in [("месяца", "month"), ("недели", "week"), ("года", "year")] {
      forms.append((.builtIn("russian period end", "\\bдо\\s+конца\\s+" + period + "\\b", options: [.caseInsensitive]), "by the end of the " + english))
      forms.append((.builtIn("russian within period", "\\bв\\s+течение\\s+" + period + "\\b", options: [.caseInsensitive]), "within a " + english))
    }
    for (number, digits) in [("двух", "2"), ("трёх", "3"), ("трех", "3"), ("пяти", "5"), ("десяти", "10"), ("(\\d{1,3})", "$1")] {
      forms.append((.builtIn("russian within days", "\\bв\\s+течение\\s+" + number + "\\s+рабочих\\s+дн(?:ей|я)", options: [.caseInsensitive]), "within " + digits + " working days"))
      forms.append((.builtIn("russian within days", "\\bв\\s+течение\\s+" + number + "\\s+дн(?:ей|я)", options: [.caseInsensitive]), "within " + digits + " days"))
      forms.append((.builtIn("russian within weeks", "\\bв\\s+течение\\s+" + number + "\\s+недель", options: [.caseInsensitive]), "within " + digits + " weeks"))
    }
    forms.append((.builtIn("russian by", "(?<!\\p{L})до(?=\\s+\\d)", options: [.caseInsensitive]), "by"))
    return forms
  }()

  /// Deadlines written in other languages or misread by a scan, in the order `find` tries them:
  /// for each, a test of its bytes that most texts fail before any pattern runs, and its reading
  /// in English (`nil` where it holds none).
  private static let otherWritings: [(mayHold: @Sendable (String) -> Bool, read: @Sendable (String) -> String?)] = [
    // "antes del 30", "para fin de mes": Spanish.
    ({ $0.containsAnyBytesIgnoringCase(spanishDeadlineBytes) }, { spanishDeadline($0) }),
    // "KW 12", "KW 14/15", "bis Ende März", "bis Mitte April": German.
    ({ $0.containsAnyBytes(germanDeadlineBytes) }, { germanDeadline($0) }),
    // "paling lambat 30 Juni", "akhir Juli", "dalam 2 minggu", "pekan depan": Indonesian.
    ({ $0.containsAnyBytesIgnoringCase(indonesianDeadlineBytes) }, { indonesianDeadline($0) }),
    // "kabla ya Ijumaa 23 Machi", "wiki ijayo", "mwisho wa mwezi": Swahili.
    ({ $0.containsAnyBytesIgnoringCase(swahiliDeadlineBytes) }, { swahiliDeadline($0) }),
    // "15 Mart'a kadar", "ay sonuna kadar", "iki hafta içinde", "en geç 30 Nisan": Turkish.
    ({ $0.containsAnyBytes(turkishDeadlineBytes) }, { turkishDeadline($0) }),
    // "до 16.03", "в течение месяца", "до конца I квартала": Russian.
    // "alohan'ny 15 martsa", "ao anatin'ny herinandro roa", "amin'ny faran'ny volana": Malagasy.
    ({ $0.containsAnyBytes(malagasyDeadlineBytes) }, { malagasyDeadline($0) }),
    // "deri më 15 mars", "brenda dy javëve", "deri në fund të prillit", "javën e ardhshme": Albanian.
    ({ $0.containsAnyBytes(albanianDeadlineBytes) }, { albanianDeadline($0) }),
    // "+3 wks", "before SC mtg 6 Nov": a tracker's shorthand.
    ({ $0.containsAnyBytes(shorthandDeadlineBytes) }, { shorthandDeadline($0) }),
    // "2037. április 15.", "30 napon belül", "a hónap végéig": Hungarian.
    ({ $0.containsAnyBytes(hungarianDeadlineBytes) }, { hungarianDeadline($0) }),
    // "3월 15일까지", "2주 이내", "다음 회의 전": Korean (its syllables all open with byte 0xEA to 0xED).
    ({ $0.utf8.contains(where: { (0xEA...0xED).contains($0) }) }, { koreanDeadline($0) }),
    ({ $0.containsAnyBytes(japaneseDeadlineBytes) }, { japaneseDeadline($0) }),
    // "31 มี.ค. 2580", "ภายใน 2 สัปดาห์", "ภายในสิ้นเดือนมีนาคม 2580": Thai, its years of the Buddhist era.
    ({ $0.utf8.contains(0xE0) && ($0.utf8.containsBytes([0xE0, 0xB8]) || $0.utf8.containsBytes([0xE0, 0xB9])) }, { thaiDeadline($0) }),
    // "2037. 03. 11.": a date in figures, the year first.
    ({ $0.containsAnyBytes(yearFirstBytes) }, { yearFirstDate($0) }),
    // "maaliskuun loppuun mennessä", "kahden viikon kuluessa", "Aikataulu: 30.4.2037": Finnish.
    ({ $0.containsAnyBytes(finnishDeadlineBytes) }, { finnishDeadline($0) }),
    // "do 15. března 2037", "do konce měsíce", "do dvou týdnů": Czech.
    ({ $0.containsAnyBytes(czechDeadlineBytes) }, { czechDeadline($0) }),
    // "bitarenze tariki 15 Werurwe", "mu byumweru bibiri", "icyumweru gitaha": Kinyarwanda.
    ({ $0.containsAnyBytes(kinyarwandaDeadlineBytes) }, { kinyarwandaDeadline($0) }),
    // "до краја априла", "Рок: 2. април 2037": Serbian in Cyrillic, read in Latin letters.
    ({ $0.utf8.contains(0xD0) || $0.utf8.contains(0xD1) }, { serbianInLatin($0) }),
    // "до 15 березня", "протягом двох тижнів", "до кінця місяця", "наступного тижня": Ukrainian.
    ({ $0.containsAnyBytes(ukrainianDeadlineBytes) }, { ukrainianDeadline($0) }),
    ({ $0.containsAnyBytes(russianDeadlineBytes) }, { russianDeadline($0) }),
    // "au plus tard le 15 avril", "sous quinzaine": French.
    ({ $0.containsAnyBytes(frenchDeadlineBytes) }, { frenchDeadline($0) }),
    // "uiterlijk 15 maart", "binnen twee weken", "eind maart": Dutch.
    ({ $0.containsAnyBytes(dutchDeadlineBytes) }, { dutchDeadline($0) }),
    // "Klart senast: 1 april", "senast den 3/4", "v. 16": Swedish.
    ({ $0.containsAnyBytes(swedishDeadlineBytes) }, { swedishDeadline($0) }),
    // "sebelum 15 Mac 2037", "dalam tempoh dua minggu", "selewat-lewatnya 6 Mac": Malay.
    ({ $0.containsAnyBytes(malayDeadlineBytes) }, { malayDeadline($0) }),
    // "iki kovo mėn. pabaigos", "iki 2037-04-15", "per dvi savaites": Lithuanian.
    ({ $0.utf8.containsBytes("iki ".utf8) || $0.utf8.containsBytes("per ".utf8) && $0.utf8.containsBytes("savait".utf8) }, { lithuanianDeadline($0) }),
    // "long namba 15 Mas", "insait long tupela wik", "neks Fraide": Tok Pisin.
    ({ $0.containsAnyBytes(tokPisinDeadlineBytes) }, { tokPisinDeadline($0) }),
    // "תוך שבועיים", "עד סוף החודש": Hebrew.
    ({ $0.utf8.contains(0xD7) }, { hebrewDeadline($0) }),
    // "27. marts 2037", "uge 14", "inden næste møde", "inden for to uger": Danish.
    ({ $0.containsAnyBytes(danishDeadlineBytes) }, { danishDeadline($0) }),
    ({ $0.containsAnyBytes(icelandicDeadlineBytes) }, { icelandicDeadline($0) }),
    // "15. märtsiks", "kahe nädala jooksul", "kuu lõpuks", "järgmiseks koosolekuks": Estonian.
    ({ $0.containsAnyBytes(estonianDeadlineBytes) }, { estonianDeadline($0) }),
    // "2037. gada 19. martā", "līdz 11.03.2037.", "divu nedēļu laikā", "līdz nākamajai sēdei": Latvian.
    ({ $0.containsAnyBytes(latvianDeadlineBytes) }, { latvianDeadline($0) }),
    // "kafin Juma'a (18/4)", "zuwa karshen wata", "gobe", "cikin mako biyu": Hausa.
    ({ $0.containsAnyBytes(hausaDeadlineBytes) }, { hausaDeadline($0) }),
    // "trước ngày 15/3", "cuối tháng", "thứ Hai tuần sau", "Quý II": Vietnamese.
    ({ $0.containsAnyBytes(vietnameseDeadlineBytes) }, { vietnameseDeadline($0) }),
    // "abans del 15 de març", "d'aquí a dues setmanes", "a finals de mes": Catalan.
    ({ $0.containsAnyBytes(catalanDeadlineBytes) }, { catalanDeadline($0) }),
    // "do 15. marta", "u roku od dvije sedmice", "do kraja mjeseca", "do petka": Bosnian, Croatian, Serbian.
    ({ $0.containsAnyBytes(bosnianDeadlineBytes) }, { bosnianDeadline($0) }),
    // "până la 15 martie", "în termen de două săptămâni", "până la sfârșitul lunii": Romanian.
    ({ $0.containsAnyBytes(romanianDeadlineBytes) }, { romanianDeadline($0) }),
    // "έως 15/3", "μέχρι το τέλος του μήνα", "σε δύο εβδομάδες", "μέχρι την Πέμπτη": Greek.
    ({ $0.containsAnyBytes(greekDeadlineBytes) }, { greekDeadline($0) }),
    // "anvan 15 mas", "nan de semèn", "fen mwa a", "semèn pwochèn": Haitian Creole.
    ({ $0.containsAnyBytes(creoleDeadlineBytes) }, { creoleDeadline($0) }),
    // "entro il 15 marzo", "entro due settimane", "entro fine mese", "prima di Pasqua": Italian.
    ({ $0.containsAnyBytes(italianDeadlineBytes) }, { italianDeadline($0) }),
    // "Ọjọ́ Ajé tó ń bọ̀", "ọ̀sẹ̀ tó ń bọ̀", "ní ìparí oṣù": Yoruba.
    ({ $0.containsAnyBytes(yorubaDeadlineBytes) }, { yorubaDeadline($0) }),
    // "bukas", "sa susunod na buwan", "bago mag-Pasko", "sa Lunes": Filipino.
    ({ $0.containsAnyBytes(filipinoDeadlineBytes) }, { filipinoDeadline($0) }),
    // "do 15.03", "do końca miesiąca", "w ciągu tygodnia", "do piątku": Polish.
    ({ $0.containsAnyBytes(polishDeadlineBytes) }, { polishDeadline($0) }),
    // "15 tareekh tak", "agle mahine tak", "10 din mein", "agli baithak se pehle": Hindi.
    ({ $0.containsAnyBytes(hindiDeadlineBytes) }, { hindiDeadline($0) }),
    // "semana de 10/03", "em 10 dias", "fim de Março": Portuguese.
    ({ $0.containsAnyBytesIgnoringCase(portugueseDeadlineBytes) }, { portugueseDeadline($0) }),
    // "by l0 Decernber", "2O35", "end of the rnonth": a scan's misread letters.
    ({ hasScanSlip($0) }, { ocrRepaired($0) }),
    // "mid-April latest", "20 March at the latest": the day or time before "latest" is a deadline.
    ({ $0.utf8.containsBytes(" latest".utf8) }, { latestDeadline($0) }),
    // "two weeks today", "a week tomorrow": so long from the day named.
    ({ $0.utf8.containsBytes(" today".utf8) || $0.utf8.containsBytes(" tomorrow".utf8) }, { weeksFromDay($0) }),
  ]

  /// The text with "two weeks today" written "within two weeks" and "a week tomorrow" as "within
  /// 8 days"; `nil` where no such words stand.
  static func weeksFromDay(_ text: String) -> String? {
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = weeksFromDayPattern.firstMatch(in: text, range: range), let whole = Range(match.range, in: text),
      let countRange = Range(match.range(at: 1), in: text), let dayRange = Range(match.range(at: 2), in: text)
    else { return nil }
    let count = String(text[countRange]).lowercased()
    let weeks = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4][count] ?? 0
    guard weeks > 0 else { return nil }
    let days = weeks * 7 + (text[dayRange].lowercased() == "tomorrow" ? 1 : 0)
    return text.replacingCharacters(in: whole, with: "within \(days) days")
  }
  private static let weeksFromDayPattern = NSRegularExpression.builtIn(
    "weeks from a day", #"\b(a|one|two|three|four|[1-4])\s+weeks?\s+(today|tomorrow)\b"#, options: [.caseInsensitive])

  /// The text with a deadline written "mid-April latest" or "20 March at the latest" as "by
  /// mid-April", "by 20 March"; `nil` where no such words stand.
  static func latestDeadline(_ text: String) -> String? {
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard latestPattern.firstMatch(in: text, range: range) != nil else { return nil }
    let read = latestPattern.stringByReplacingMatches(in: text, range: range, withTemplate: "by $1")
    return read == text ? nil : read
  }
  private static let latestPattern = NSRegularExpression.builtIn(
    "latest deadline",
    #"\b((?:mid-|early\s+|late\s+|end\s+of\s+)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\s+\d{1,2})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)\s*,?\s+(?:at\s+the\s+)?latest\b(?!\s+(?:on|the|by)\b)"#,
    options: [.caseInsensitive])

  /// The text with "c.o.b." and "e.o.d." written "cob" and "eod"; `nil` where it holds neither.
  static func undottedDayEnd(_ text: String) -> String? {
    var result = text
    for (dotted, plain) in [("c.o.b.", "cob"), ("e.o.d.", "eod"), ("c.o.b", "cob"), ("e.o.d", "eod")] {
      result = result.replacingOccurrences(of: dotted, with: plain, options: .caseInsensitive)
    }
    return result == text ? nil : result
  }

  /// Words that say a day in brackets is when the named time starts: "(starts 6 July)".
  static let bracketStarts = ["starts ", "begins ", "begin ", "opens ", "starting ", "beginning ", "from ", "expected ", "kick-off ", "T: ", "i.e. "]

  /// Whether a bracket in the text opens as a date in brackets does: on a digit ("(10/12)"), a
  /// capitalised word ("(Dec. 10)"), not an acronym ("(UNDP)"), or a word saying when a time starts.
  private static func opensDateBracket(_ text: String) -> Bool {
    if bracketStarts.contains(where: { text.utf8.containsBytes(("(" + $0).utf8) || text.utf8.containsBytes(("[" + $0).utf8) }) { return true }
    let bytes = Array(text.utf8)
    for index in bytes.indices.dropLast(2) where bytes[index] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: "[") {
      let next = bytes[index + 1]
      if next.isASCIIDigit || (next.isASCIICapital && bytes[index + 2].isASCIISmall) { return true }
    }
    return false
  }

  /// "by Human Rights Day (10/12)", "on Human Rights Day (10 December)": a lead word, a name in
  /// capitals of up to five words, the date in brackets.
  private static let namedDayPattern = NSRegularExpression.builtIn(
    "named-day", "\\b(?:by|before|on|until|for|at)\\s+(?:the\\s+)?[\\p{L}\\d'\u{2019}-]+\\s+(?:[\\p{L}\\d'\u{2019}-]+\\s+){0,4}(?:\\(([^()]{3,60})\\)|\\[([^\\[\\]]{3,60})\\])", options: [])


  private static let periodBytes = [
    "during ", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ].map { Array($0.utf8) }

  /// "in January", "during October 2038", "during 2038", "at its October meeting": a month or a
  /// year alone, which dates a task but does not make a sentence one ("The bill passed its second
  /// reading in July").
  private static let periodPattern = NSRegularExpression.builtIn(
    "due-period",
    "(?<=\\bin\\s|\\bduring\\s|\\bat\\sits\\s|\\bat\\sthe\\s|\\bat\\stheir\\s)(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?(?!\\s+\\d)(?!['\u{2019}]s)"
      + "|(?<=\\bduring\\s)(?:20\\d\\d)\\b")

  private static let barePattern: NSRegularExpression = {
    let source =
      "\\b(?:(?:next|this|coming|pr[oó]xim[oa])\\s+(?:weekend|week|wk|month|quarter|\(weekdays))|(?:over|at)\\s+the\\s+weekend|(?:the\\s+)?day\\s+after\\s+tomorrow|tomorrow|tmrw|tmr|(?<!la\\s)ma\u{F1}ana|demain|today|tonight|(?:eod|cob)\\s+(?:on\\s+)?(?:\(weekdays))(?:\\.?,?\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:\(months)))?|eow|eom|eoy)\\b(?!['\u{2019}]s)"
      // "in Sunday's youth hour": the day's programme.
      + "|(?<=\\bin\\s)(?:\(weekdays))(?=['\u{2019}]s\\s)"
      // "on Tuesday 4th", "on 4 March", "on the 29th": the day the task is done.
      + "|(?<=\\bon\\s|\\ble\\s)(?:(?:\(weekdays))(?:\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:\(months))|(?:the\\s+)?(?:\(dayWords))\\s+of\\s+(?:\(months))|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|the\\s+\\d{1,2}(?:st|nd|rd|th)(?!\\s+(?:of\\s+)?(?:\(months)|century|anniversary|floor|edition|session|meeting|round|time)))\\b"
    return .builtIn("due-date", source)
  }()

  /// Words of which `barePattern` needs one (most actions hold none).
  private static let bareWords = ["next", "this", "coming", "pr\u{F3}xim", "proxim", "tomorrow", "tmr", "demain", "today", "tonight", "eod", "cob", "eow", "eom", "eoy", "on ", " le ", "weekend", "day's", "day\u{2019}s"].map { Array($0.utf8) }

  /// The text with its Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits written as
  /// ASCII digits; `nil` when it holds none.
  static func westernDigits(_ text: String) -> String? {
    var changed = false
    let scalars = text.unicodeScalars.map { scalar -> Unicode.Scalar in
      for zero: UInt32 in [0x0660, 0x06F0] where (zero...zero + 9).contains(scalar.value) {
        changed = true
        return Unicode.Scalar(UInt8(ascii: "0") + UInt8(scalar.value - zero))
      }
      return scalar
    }
    return changed ? String(String.UnicodeScalarView(scalars)) : nil
  }

  /// Whether `text` gives a date at all, whatever day the session was: "by Friday", "15/10".
  public static func namesDate(in text: String) -> Bool {
    find(in: text, sessionDate: anyDay) != nil
  }

  /// Whether `text` gives a date with or without "by": "by Friday", "next Tuesday", "tomorrow".
  static func namesAnyDate(in text: String) -> Bool {
    find(in: text, sessionDate: anyDay) != nil || findBare(in: text, sessionDate: anyDay) != nil
  }
  private static let anyDay = CalendarDate(year: 2000, month: 1, day: 1)

  /// A due date an action gives without "by": "Secretariat to send the list next wk", "share the
  /// slides tomorrow". Only for texts already known to be actions: in other sentences these words
  /// say when something happens ("Report next week" alone is no deadline).
  public static func findBare(in text: String, sessionDate: CalendarDate?, order: SlashOrder = .dayFirst) -> Due? {
    if text.utf8.containsBytes(".o.".utf8), let undotted = undottedDayEnd(text) {
      return findBare(in: undotted, sessionDate: sessionDate, order: order)
    }
    if let lowered = text.lowercasedASCIIBytes, !bareWords.contains(where: { lowered.containsBytes($0) }) { return nil }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    for match in barePattern.matches(in: text, range: range) {
      guard let wordsRange = Range(match.range, in: text) else { continue }
      var words = String(text[wordsRange])
      guard var found = find(in: "by " + words, sessionDate: sessionDate, order: order) else { continue }
      // "to the board's meeting on Tuesday November 7th": the weekday begins the whole date.
      if weekdayNumber(words) != nil, let whole = find(in: "by " + text[wordsRange.lowerBound...].prefix(40), sessionDate: sessionDate, order: order),
        whole.words.hasPrefix("by " + words + " "), whole.words.count > words.count + 4
      {
        found = whole
        words = String(whole.words.dropFirst(3))
      }
      // "took place on 21 September" tells when something happened: a day named without "by" is
      // a due date only after the session, bar "today" and "EOD".
      let sameDay = ["today", "tonight", "eod", "cob"].contains { words.lowercased().hasPrefix($0) }
      if let sessionDate, !sameDay, found.date <= sessionDate { continue }
      // "approved by the Fund on Tuesday": a day named alone after what was done says when it was.
      if words.split(separator: " ").count == 1, weekdayNumber(words) != nil, Self.saysDone(text) { continue }
      // "on Thursday evenings", "on Mondays": a day that comes back each week is no deadline.
      if weekdayNumber(words) != nil, Self.recurs(after: text[wordsRange.upperBound...]) { continue }
      // "asked at the clinic on Wednesday, no reply so far": the day someone was asked or chased.
      if weekdayNumber(words) != nil, Self.tellsWhenAsked(text[..<wordsRange.lowerBound]) { continue }
      return Due(date: found.date, words: words)
    }
    return nil
  }

  /// A task's due date from the month or the year it is to be done in: "send the forms in
  /// January" (its last day), "during 2038" (31 December), "at its October meeting"; a month
  /// already past is next year's. For tasks already known, with no other date.
  public static func findPeriod(in text: String, sessionDate: CalendarDate?) -> Due? {
    // A month's name in capitals, or "during", must stand in it: most texts hold neither.
    guard text.containsAnyBytes(periodBytes) else { return nil }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    for match in periodPattern.matches(in: text, range: range) {
      guard let wordsRange = Range(match.range, in: text) else { continue }
      let words = String(text[wordsRange])
      let deadline = words.count == 4 && words.allSatisfy(\.isNumber) ? "by end of " + words : "by " + words
      guard let found = find(in: deadline, sessionDate: sessionDate) else { continue }
      if let sessionDate, found.date <= sessionDate { continue }
      return Due(date: found.date, words: words)
    }
    return nil
  }

  /// Whether the clause before a weekday tells when someone was asked, reminded or chased
  /// ("asked at the clinic on"), not what they are to do ("asked them to send it on").
  static func tellsWhenAsked(_ before: Substring) -> Bool {
    let clause = before.suffix(60).split(whereSeparator: { ",.;:".contains($0) }).last.map { $0.lowercased() } ?? ""
    let words = clause.split(separator: " ")
    guard let asked = words.lastIndex(where: { ["asked", "chased", "reminded", "requested", "emailed", "e-mailed", "phoned", "called"].contains(String($0)) })
    else { return false }
    return !words[(asked + 1)...].contains("to")
  }

  /// Whether the words after a weekday make it come back each week: "… evenings", "…s".
  static func recurs(after tail: Substring) -> Bool {
    let lowered = tail.prefix(12).lowercased()
    return [" evenings", " mornings", " nights", " afternoons", "s ", "s,", "s."].contains(where: lowered.hasPrefix)
  }

  /// Whether a text says its task was done: "approved", "sent", "✅".
  static func saysDone(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return ["approved", "done", "sent", "completed", "finished", "held", "took place", "submitted", "signed", "\u{2705}", "\u{2714}"]
      .contains { lowered.contains($0) }
  }

  /// The words of a due date written with a day that its month does not have ("by 31 September
  /// 2017", "by 2017-02-30"), when the text gives no date that exists.
  public static func impossibleDate(in text: String, sessionDate: CalendarDate?) -> String? {
    let found = scan(text, sessionDate: sessionDate)
    return found.due == nil ? found.impossible : nil
  }

  private static func scan(_ text: String, sessionDate: CalendarDate?, order: SlashOrder = .dayFirst) -> (due: Due?, impossible: String?) {
    guard mayHoldDueDate(text) else { return (nil, nil) }
    var impossible: String? = nil
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    // "in January 2025" says when; a date after "by" or "until" in the same text is the deadline.
    var during: Due? = nil
    for match in patternMatches(in: text, range: range) {
      func group(_ name: String) -> String? {
        let captured = match.range(withName: name)
        guard captured.location != NSNotFound, let swiftRange = Range(captured, in: text) else { return nil }
        return String(text[swiftRange])
      }
      guard let wordsRange = Range(match.range, in: text) else { continue }
      let words = String(text[wordsRange])
      // "may" in small letters is the verb ("… by may be …"), and "in a month" or "in one day"
      // without "within" is no deadline unless "time" follows ("in two weeks' time").
      if let month = group("m7") ?? group("m8"), month == "may" { continue }
      if group("n") != nil, words.lowercased().hasPrefix("in "),
        !(words.lowercased().hasSuffix("time") || group("n").flatMap(number).map({ $0 > 1 }) == true)
      {
        continue
      }
      // "within two weeks of us getting them": counted from something the notes do not date.
      if group("n") != nil || group("fortnight") != nil {
        // "within six weeks of the end of March": counted from the date the words after it name.
        if let base = countedFromDate(text[wordsRange.upperBound...], sessionDate: sessionDate, order: order),
          let date = resolve(group: group, sessionDate: base.date, order: order), date.year <= 9999
        {
          return (Due(date: date, words: words + base.words), nil)
        }
        if countsFromUndated(text[wordsRange.upperBound...]) { continue }
      }
      // A date past year 9999 cannot be written as YYYY-MM-DD.
      if let resolved = resolve(group: group, sessionDate: sessionDate, order: order), resolved.year <= 9999 {
        let date = Self.commonEra(resolved, sessionDate: sessionDate)
        if group("m8") != nil || group("q3") != nil || group("qword") != nil || group("hnext2") != nil {
          if during == nil { during = Due(date: date, words: words) }
          continue
        }
        // "w/c 16 Oct", "week of 14 October": the task is due by the end of that working week.
        if Self.namesWeek(words) { return (Due(date: date.adding(days: (5 - date.weekday + 7) % 7), words: words), nil) }
        return (Due(date: date, words: words), nil)
      }
      if impossible == nil, ["iso", "d1", "d2", "d6"].contains(where: { group($0) != nil }) { impossible = words }
    }
    return (during, during == nil ? impossible : nil)
  }

  /// The day of a meeting something is for: "for the Section meeting of 10 January 2035", "for
  /// the board's session on 4 May"; `nil` for any other text.
  static func forMeeting(_ text: String, sessionDate: CalendarDate?, order: SlashOrder) -> Due? {
    guard let lead = text.range(of: "for the ") else { return nil }
    let meetings = ["meeting", "session", "sitting", "retreat", "workshop", "summit", "conference", "hearing", "consultations", "review"]
    let span = text[lead.upperBound...].prefix(48)
    for link in [" of ", " on "] {
      guard let at = span.range(of: link), !span[..<at.lowerBound].contains(where: { ",;.".contains($0) }),
        let noun = span[..<at.lowerBound].split(separator: " ").last.map({ $0.lowercased() }),
        meetings.contains(where: { noun == $0 || noun == $0 + "s" })
      else { continue }
      let rest = text[at.upperBound...]
      guard rest.first.map({ $0.isNumber || $0.isUppercase }) == true,
        let dated = openingDate(of: rest, sessionDate: sessionDate, order: order)
      else { continue }
      return Due(date: dated.date, words: String(text[lead.lowerBound..<at.upperBound]) + dated.words)
    }
    return nil
  }

  /// The date a clause gives the day a deadline names: "before the planting holiday, which is, I
  /// checked, the first of March" → 1 March; `nil` where no "which is" follows a deadline's words.
  static func datedByClause(_ text: String, sessionDate: CalendarDate?, order: SlashOrder) -> Due? {
    guard text.utf8.containsBytes(", which ".utf8),
      let which = [", which is", ", which falls on", ", which will be"].lazy.compactMap({ text.range(of: $0) }).first,
      let lead = ["before ", "by ", "until ", "ahead of "].lazy.compactMap({ text[..<which.lowerBound].range(of: $0, options: .backwards) }).first,
      text.distance(from: lead.upperBound, to: which.lowerBound) <= 40,
      !text[lead.upperBound..<which.lowerBound].contains(where: { ",;.".contains($0) })
    else { return nil }
    var rest = text[which.upperBound...].drop { $0 == " " }
    // "which is, I checked, the first of March": an aside of a few words before the date.
    if rest.hasPrefix(","), let close = rest.dropFirst().firstIndex(of: ","),
      rest[rest.index(after: rest.startIndex)..<close].split(separator: " ").count <= 4
    {
      rest = rest[rest.index(after: close)...].drop { $0 == " " }
    }
    guard let dated = openingDate(of: rest, sessionDate: sessionDate, order: order) else { return nil }
    return Due(date: dated.date, words: String(text[lead.lowerBound..<which.lowerBound]) + ", which is " + dated.words)
  }

  /// Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus).
  static func easterSunday(_ year: Int) -> CalendarDate? {
    let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
    let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
    return CalendarDate(year: year, month: month, day: day)
  }

  /// Whether a date's words name the week it opens ("w/c 16 Oct", "week commencing 14 October").
  static func namesWeek(_ words: String) -> Bool {
    let lowered = words.lowercased()
    return lowered.hasPrefix("w/c") || lowered.hasPrefix("week ") || lowered.hasPrefix("wk ")
  }

  /// The date a span of time is counted from when the words after it name one: " of the end of
  /// March" → 31 March, " after 1 May" → 1 May; with the words that name it.
  static func countedFromDate(_ after: Substring, sessionDate: CalendarDate?, order: SlashOrder) -> Due? {
    let lowered = after.lowercased()
    guard let lead = [" of ", " after ", " from "].first(where: { lowered.hasPrefix($0) }) else { return nil }
    let rest = after.dropFirst(lead.count)
    // Only words that may open a date are read again: "the end of …", a number, a month's name.
    let opening = rest.prefix(12).lowercased()
    let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    guard opening.hasPrefix("the end of ") || rest.first?.isNumber == true || monthNames.contains(where: opening.hasPrefix) else { return nil }
    guard let found = openingDate(of: rest, sessionDate: sessionDate, order: order) else { return nil }
    return Due(date: found.date, words: lead + found.words)
  }

  /// The date that opens `words` ("10 January 2035, in Hall B" → 10 January 2035), read as if
  /// "by" stood before it, with the words that name it; `nil` for words that open otherwise.
  static func openingDate(of words: Substring, sessionDate: CalendarDate?, order: SlashOrder) -> Due? {
    guard let found = find(in: "by " + words.prefix(40), sessionDate: sessionDate, order: order), found.words.hasPrefix("by "),
      words.hasPrefix(found.words.dropFirst(3))
    else { return nil }
    return Due(date: found.date, words: String(found.words.dropFirst(3)))
  }

  /// A date written in the Buddhist era ("20/4/2580"), as Thai notes date theirs: 543 years ahead
  /// of the session's own, read in ours (2037-04-20). Any other date stands as written.
  static func commonEra(_ date: CalendarDate, sessionDate: CalendarDate?) -> CalendarDate {
    guard let sessionDate, date.year - 543 >= sessionDate.year - 1, date.year - 543 <= sessionDate.year + 5 else { return date }
    return CalendarDate(year: date.year - 543, month: date.month, day: date.day) ?? date
  }

  /// Whether the words after a span of time count it from something other than the session
  /// ("… of us getting them", "… after approval"); from the session, the event, its adoption or
  /// today they do not ("… of the event", "… after this meeting", "… of the adoption of this text").
  static func countsFromUndated(_ after: Substring) -> Bool {
    let words = after.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).prefix(6)
    guard let first = words.first, ["of", "after", "from", "following", "upon", "once"].contains(first) else { return false }
    let rest = words.dropFirst().drop { ["the", "this", "that", "our", "today's"].contains($0) }
    guard let next = rest.first else { return false }
    // "within two months of its publication", said of the report published that day.
    // "within eight days of its adoption", said of the decision adopted at the session.
    if next == "its", ["publication", "adoption"].contains(rest.dropFirst().first ?? "") { return false }
    // "within one month of the signing of these Agreed Minutes": the text itself, signed the day
    // it is dated (not "of signing the contract").
    if ["signing", "signature"].contains(next), rest.dropFirst().first == "of",
      rest.dropFirst(2).first.map({ ["this", "these", "the"].contains($0) }) == true
    {
      return false
    }
    // "within 14 days of signature" in a record signed at the session: counted from it.
    if ["signing", "signature"].contains(next), rest.count == 1 || (next == "signature" && Array(rest)[1] != "of") { return false }
    let fromSession = [
      "session", "meeting", "event", "workshop", "call", "forum", "conference", "day", "today", "now", "panel", "webinar",
      "discussion", "roundtable", "dialogue", "adoption",
      // "within a month of the side event", "of this consultation".
      "side", "consultation", "hearing", "briefing", "seminar", "training", "retreat", "summit", "lab", "exchange",
      // "within 30 days of this round" (of talks), "of this jirga", "of this assembly".
      "round", "jirga", "shura", "assembly", "gathering", "sitting", "visit", "mission", "debrief", "report",
    ]
    return !fromSession.contains(String(next))
  }

  /// Words of which `pattern` needs one ("no later than" through "later"; "in January 2026"
  /// through "in jan"), by their first byte.
  private static let leadWords: [[[UInt8]]] = {
    var table = [[[UInt8]]](repeating: [], count: 128)
    let words = [
      "by", "due", "deadline", "before", "b4 ", "b/f ", "d+", "j+", "cob", "c.o.b", "eod", "e.o.d", "until", "bis ", "later", "nlt", "within", "w/in", "w/c", "commencing", "beginning",
      "fecha", "dentro", "date:", "date :", "aim ", "aiming ",
      "starting", "target", "delivery", "timeline", "timeframe", "time frame", "when", "first thing", "para ", "hasta ", "antes ", "a mas t",
      "a finales", "d'ici", "d\u{2019}ici", "avant", "at\u{E9}", "prazo", "latest", "for the 1", "for the 2", "for the 3", "for the 4", "for the 5", "for the 6", "for the 7", "for the 8", "for the 9", "in jan", "in feb", "in mar",
      "in apr", "in may", "in jun", "in jul", "in aug", "in sep", "in oct", "in nov", "in dec", "in q", "quarter", "day", "week",
      "month", "wk", "mth", "half", "h1", "h2", "fortnight", "dans les", "dans un", "semaine", "jours", "mois", "plazo", "srok", "at the end",
    ]
    for word in words.map({ Array($0.utf8) }) { table[Int(word[0])].append(word) }
    return table
  }()

  /// The two letters, in small ASCII, that each way into `pattern` opens with ("by", "before",
  /// "within", "d+", …), as bits of a 128 × 128 table.
  private static let openingPairs: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 128 * 128 / 64)
    let pairs = [
      "ta", "ti", "wh", "fe", "da", "mi", "de", "fi", "pa", "ha", "an", "el", "by", "be", "at", "pr", "sr", "ec", "pl", "la",
      "fo", "av", "du", "b4", "ai", "b/", "un", "bi", "no", "nl", "w/", "wi", "in", "we", "wk", "en", "so", "d'", "d+", "j+",
    ]
    for pair in pairs.map({ Array($0.utf8) }) {
      let index = Int(pair[0]) * 128 + Int(pair[1])
      bits[index / 64] |= 1 << UInt64(index % 64)
    }
    return bits
  }()

  /// The matches of `pattern` in `range` of `text`, the same as `pattern.matches(in:range:)`
  /// finds, tried only at the places one can open. Every way into the pattern opens at the start
  /// of a word with one of the pairs of `openingPairs`, with "a" and blanks before "m" ("a más
  /// tardar"), or with a letter beyond ASCII (whose case folding is left to the pattern); the
  /// other places are passed by without asking the pattern there, which tries dozens of ways at
  /// each place it is asked.
  static func patternMatches(in text: String, range: NSRange) -> [NSTextCheckingResult] {
    let units = Array(text.utf16)
    let end = min(units.count, range.location + range.length)
    func lowered(_ unit: UInt16) -> UInt16 { unit >= 65 && unit <= 90 ? unit + 32 : unit }
    func isASCIIWordUnit(_ unit: UInt16) -> Bool {
      (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122) || unit == 95
    }
    func isASCIIBlank(_ unit: UInt16) -> Bool { unit == 32 || (unit >= 9 && unit <= 13) }
    var matches: [NSTextCheckingResult] = []
    var place = range.location
    while place < end {
      let first = lowered(units[place])
      let second = place + 1 < end ? lowered(units[place + 1]) : 0
      let opens: Bool
      if first >= 128 || second >= 128 || (place > 0 && units[place - 1] >= 128) {
        opens = true
      } else if place > 0, isASCIIWordUnit(units[place - 1]), isASCIIWordUnit(first) {
        // Inside a word: every way in that opens with an ASCII letter opens a word (`\b`).
        opens = false
      } else if first == 97, isASCIIBlank(second) {
        var next = place + 1
        while next < end, isASCIIBlank(units[next]) { next += 1 }
        opens = next < end && (lowered(units[next]) == 109 || units[next] >= 128)
      } else {
        let index = Int(first) * 128 + Int(second)
        opens = openingPairs[index / 64] & (1 << UInt64(index % 64)) != 0
      }
      if opens, let match = windowedMatch(in: text, units: units, at: place, end: end) {
        matches.append(match)
        place = max(place + 1, match.range.location + match.range.length)
        continue
      }
      place += 1
    }
    return matches
  }

  /// Units that are not blank, after its opening place, that a window holds: more than twice
  /// what the longest match of `pattern` holds with the look-ahead after it (under a hundred).
  private static let windowContent = 256

  /// The match of `pattern` anchored at `place`, asked of a window around it rather than of the
  /// whole of `text`: the pattern is given its text as a copy of UTF-16 units, so asking the whole
  /// text at every place of a long one (a line of 10,000 mentions) costs the square of its length.
  /// The window opens 16 units before `place`, for `\b` and the look-behinds, and closes once it
  /// holds `windowContent` units that are not blank after `place` (or at `end`), so no match can
  /// run past it; a match that ends near a window's close is asked again of the whole text, so the
  /// look-aheads after it see what follows.
  private static func windowedMatch(in text: String, units: [UInt16], at place: Int, end: Int) -> NSTextCheckingResult? {
    let options: NSRegularExpression.MatchingOptions = [.anchored, .withTransparentBounds, .withoutAnchoringBounds]
    func whole() -> NSTextCheckingResult? {
      pattern.firstMatch(in: text, options: options, range: NSRange(location: place, length: end - place))
    }
    func isContent(_ unit: UInt16) -> Bool {
      guard let scalar = Unicode.Scalar(unit) else { return true }
      return !scalar.properties.isWhitespace
    }
    var start = max(0, place - 16)
    if start > 0, UTF16.isTrailSurrogate(units[start]) { start -= 1 }
    var stop = place
    var content = 0
    while stop < end, content < windowContent {
      if isContent(units[stop]) { content += 1 }
      stop += 1
    }
    if stop < end, UTF16.isTrailSurrogate(units[stop]) { stop += 1 }
    let closesEarly = stop < end
    // A window reaching `end` is the whole text when it opens at its start, and looks ahead no
    // further than `end` where the text goes on.
    if !closesEarly, start == 0 || end < units.count { return whole() }
    let window = String(decoding: units[start..<stop], as: UTF16.self)
    guard let found = pattern.firstMatch(in: window, options: options, range: NSRange(location: place - start, length: stop - place)) else {
      return nil
    }
    if closesEarly, units[(start + found.range.location + found.range.length)..<stop].lazy.filter(isContent).count < windowContent / 2 {
      return whole()
    }
    return found.adjustingRanges(offset: start)
  }

  /// Whether `pattern` can match: ASCII text must hold one of its lead words, in any case (most
  /// texts hold none); one pass over its bytes tells. Other text always goes to the pattern.
  static func mayHoldDueDate(_ text: String) -> Bool {
    guard let lowered = text.lowercasedASCIIBytes else { return true }
    return lowered.withUnsafeBufferPointer { bytes in
      for index in bytes.indices {
        let candidates = leadWords[Int(bytes[index])]
        guard !candidates.isEmpty else { continue }
        for word in candidates where index + word.count <= bytes.count {
          var matches = true
          for offset in word.indices where bytes[index + offset] != word[offset] {
            matches = false
            break
          }
          if matches { return true }
        }
      }
      return false
    }
  }

  private static func resolve(group: (String) -> String?, sessionDate: CalendarDate?, order: SlashOrder) -> CalendarDate? {
    if let iso = group("iso") { return CalendarDate(iso: iso) }
    if let days = group("dplus").flatMap({ Int($0) }) { return sessionDate?.adding(days: days) }
    if let year = group("y23").flatMap({ Int($0) }), let month = group("m23").flatMap({ Int($0) }),
      let day = group("d23").flatMap({ Int($0) })
    {
      return CalendarDate(year: year, month: month, day: day)
    }
    if let week = group("isoweek").flatMap({ Int($0) }), (1...53).contains(week) {
      guard let sessionDate else { return nil }
      let year = group("y22").flatMap { Int($0) }
      let friday = isoWeekFriday(week: week, year: year ?? sessionDate.year)
      // Without a year, the first such week from the session on.
      if year == nil, let friday, friday < sessionDate { return isoWeekFriday(week: week, year: sessionDate.year + 1) }
      return friday
    }
    if let day = group("d28").flatMap({ Int($0) }), let month = group("m28").flatMap(monthNumber) {
      return date(day: day, month: month, year: group("y29").map { $0.count == 2 ? "20" + $0 : $0 }, sessionDate: sessionDate)
    }
    if let day = group("d1").flatMap({ Int($0) }), let month = group("m1").flatMap(monthNumber) {
      return date(day: day, month: month, year: group("y1"), sessionDate: sessionDate)
    }
    if let day = group("d2").flatMap({ Int($0) }), let month = group("m2").flatMap(monthNumber) {
      return date(day: day, month: month, year: group("y2"), sessionDate: sessionDate)
    }
    if let month = group("m3").flatMap(monthNumber) {
      return monthEnd(month: month, year: group("y3"), sessionDate: sessionDate)
    }
    if let month = group("m4").flatMap(monthNumber) {
      return date(day: 15, month: month, year: group("y5"), sessionDate: sessionDate)
    }
    if let year = group("y26").flatMap({ Int($0) }) { return CalendarDate(year: year, month: 6, day: 30) }
    if let day = group("dw3").flatMap({ dayNumbers[$0.lowercased()] }), let month = group("m26").flatMap(monthNumber) {
      return date(day: day, month: month, year: group("y27"), sessionDate: sessionDate)
    }
    if let year = (group("y4") ?? group("y9")).flatMap({ Int($0) }) { return CalendarDate(year: year, month: 12, day: 31) }
    // A month alone: its last day, in the year given or the first such month from the session on.
    if let month = (group("m7") ?? group("m8")).flatMap(monthNumber) {
      return monthEnd(month: month, year: group("y10") ?? group("y11"), sessionDate: sessionDate)
    }
    // 15/10/2017, 15.10.2017 or 15/10/17: day first, as the UN and most of the world write it,
    // unless the note writes its dates month first (`SlashOrder`).
    if let day = group("d6").flatMap({ Int($0) }), let month = group("m6").flatMap({ Int($0) }),
      let written = group("y6"), let number = Int(written)
    {
      let year = written.count == 2 ? 2000 + number : number
      let (first, second) = order == .monthFirst ? (month, day) : (day, month)
      return CalendarDate(year: year, month: second, day: first) ?? CalendarDate(year: year, month: first, day: second)
    }
    // 30/10 without the year: the next such day, as for "by 30 October"; one part has two digits.
    // "Thu 7/5": a day's name before it makes a date of two single figures, not a fraction.
    if let dayText = group("d13"), let monthText = group("m13"),
      dayText.count == 2 || monthText.count == 2 || order == .dayFirstShown || order == .monthFirst || group("wd") != nil,
      let day = Int(dayText), let month = Int(monthText)
    {
      let (first, second) = order == .monthFirst ? (month, day) : (day, month)
      return date(day: first, month: second, year: nil, sessionDate: sessionDate)
        ?? date(day: second, month: first, year: nil, sessionDate: sessionDate)
    }
    if let day = group("d15").flatMap({ Int($0) }), let month = group("m15").flatMap({ Int($0) }) {
      return date(day: day, month: month, year: nil, sessionDate: sessionDate)
    }
    if let first = group("d16").flatMap({ Int($0) }), let second = group("m16").flatMap({ Int($0) }) {
      guard group("wd") != nil || order == .dayFirstShown || order == .monthFirst else { return nil }
      let (day, month) = order == .monthFirst ? (second, first) : (first, second)
      return date(day: day, month: month, year: nil, sessionDate: sessionDate)
    }
    // "the first quarter of 2026" → 2026-03-31.
    if let word = (group("qword") ?? group("qword2"))?.lowercased(),
      let year = (group("y15") ?? group("y16")).flatMap({ Int($0) }) ?? sessionDate?.year
    {
      let quarter = ["first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3][word] ?? 4
      guard let end = CalendarDate(year: year, month: quarter * 3, day: 1)?.endOfMonth else { return nil }
      // "the second quarter" with no year: the next one to end.
      if let sessionDate, group("y15") == nil, group("y16") == nil, end < sessionDate {
        return CalendarDate(year: year + 1, month: quarter * 3, day: 1)?.endOfMonth
      }
      return end
    }
    // "the first half of 2025" → 2025-06-30, "H2 2025" → 2025-12-31.
    if let half = (group("half") ?? group("half2") ?? group("hnum"))?.lowercased(),
      let year = (group("y17") ?? group("y19") ?? group("y18")).flatMap({ Int($0) })
    {
      return CalendarDate(year: year, month: ["first", "1st", "h1"].contains(half) ? 6 : 12, day: 1)?.endOfMonth
    }
    // "by H1", "in H2": the end of the next such half year.
    if let half = (group("hnext") ?? group("hnext2"))?.lowercased(), let sessionDate {
      let month = half == "h1" ? 6 : 12
      guard let end = CalendarDate(year: sessionDate.year, month: month, day: 1)?.endOfMonth else { return nil }
      return end < sessionDate ? CalendarDate(year: sessionDate.year + 1, month: month, day: 1)?.endOfMonth : end
    }
    // End of a quarter: Q4 2017 → 2017-12-31.
    if let quarter = group("q5").flatMap({ Int($0) }), let written = group("y14"), let number = Int(written) {
      return CalendarDate(year: written.count == 2 ? 2000 + number : number, month: quarter * 3, day: 1)?.endOfMonth
    }
    if let quarter = (group("q") ?? group("q2") ?? group("q3") ?? group("q4")).flatMap({ Int($0.dropFirst()) }) {
      let year = (group("y7") ?? group("y8") ?? group("y12")).flatMap { Int($0) } ?? sessionDate?.year
      guard let year, let end = CalendarDate(year: year, month: quarter * 3, day: 1)?.endOfMonth else { return nil }
      if let sessionDate, group("y7") == nil, group("y8") == nil, end < sessionDate {
        return CalendarDate(year: year + 1, month: quarter * 3, day: 1)?.endOfMonth
      }
      return end
    }
    // Early in a month is by its 10th, late in it by its last day.
    if let month = group("m9").flatMap(monthNumber), let part = group("part")?.lowercased() {
      guard let end = date(day: 1, month: month, year: group("y13"), sessionDate: sessionDate)?.endOfMonth else {
        return nil
      }
      return part == "early" ? CalendarDate(year: end.year, month: end.month, day: 10) : end
    }
    guard let sessionDate else { return nil }
    if group("dayafter") != nil { return sessionDate.adding(days: 2) }
    if group("tomorrow") != nil { return sessionDate.adding(days: 1) }
    if group("eoy") != nil { return CalendarDate(year: group("y20").flatMap { Int($0) } ?? sessionDate.year, month: 12, day: 31) }
    if group("xmas") != nil, let eve = CalendarDate(year: sessionDate.year, month: 12, day: 24) {
      return eve < sessionDate ? CalendarDate(year: sessionDate.year + 1, month: 12, day: 24) : eve
    }
    if let feast = group("feast")?.lowercased() {
      let offset = feast.hasPrefix("good") ? -2 : feast.hasPrefix("ascension") ? 39 : feast == "easter" ? 0 : 49
      let day = { (year: Int) in easterSunday(year).map { $0.adding(days: offset) } }
      guard let date = day(sessionDate.year) else { return nil }
      return date < sessionDate ? day(sessionDate.year + 1) : date
    }
    if group("eom") != nil { return sessionDate.endOfMonth }
    // "by the 15th": this month's when it is still to come, else next month's.
    if let day = group("d14").flatMap({ Int($0) }) ?? group("dw").flatMap({ dayNumbers[$0.lowercased()] }) {
      if group("prox") == nil, day >= sessionDate.day || group("inst") != nil,
        let date = CalendarDate(year: sessionDate.year, month: sessionDate.month, day: day)
      {
        return date
      }
      let next = sessionDate.adding(months: 1)
      return CalendarDate(year: next.year, month: next.month, day: day)
    }
    // A day of the week is its next one after the session ("next", "this" and "coming" alike);
    // "COB Friday" is that Friday.
    if let weekday = (group("weekday") ?? group("eodday")).flatMap(weekdayNumber) {
      // "by Wednesday next week": that day of the week after the session's (from a weekend, of
      // the week about to begin).
      if group("wnext") != nil { return sessionDate.adding(days: 8 - sessionDate.weekday + weekday - 1) }
      // "by Friday week": a week after the next one.
      let later = group("weekafter") != nil ? 7 : 0
      return sessionDate.adding(days: (weekday - sessionDate.weekday + 6) % 7 + 1 + later)
    }
    // A weekend is its Sunday: the next one, or the one after ("next weekend") from a weekday.
    if group("weekend") != nil {
      let sunday = sessionDate.adding(days: (7 - sessionDate.weekday) % 7)
      return group("nextweekend") != nil && sessionDate.weekday < 6 ? sunday.adding(days: 7) : sunday
    }
    // The end of a week is its Friday: this week's (the next one, from a weekend) or next week's.
    if group("thisweek") != nil || group("nextweek") != nil || group("eow") != nil {
      let friday = sessionDate.adding(days: (5 - sessionDate.weekday + 7) % 7)
      // From a weekend, "next week" is the one about to begin.
      return group("nextweek") != nil && sessionDate.weekday < 6 ? friday.adding(days: 7) : friday
    }
    if group("nextmonth") != nil { return sessionDate.adding(months: 1).endOfMonth }
    if group("thisquarter") != nil, let end = CalendarDate(year: sessionDate.year, month: (sessionDate.month - 1) / 3 * 3 + 3, day: 1) {
      return group("nextquarter") != nil ? end.adding(months: 3).endOfMonth : end.endOfMonth
    }
    // "by COB tomorrow": the day after the session.
    if group("eodtomorrow") != nil { return sessionDate.adding(days: 1) }
    if group("today") != nil || group("eod") != nil { return sessionDate }
    if let period = group("period")?.lowercased() {
      // "by the end of the year 2018": that year's.
      // "by the end of the quarter": the last day of the session's quarter.
      if period == "quarter", let end = CalendarDate(year: sessionDate.year, month: (sessionDate.month - 1) / 3 * 3 + 3, day: 1) {
        return end.endOfMonth
      }
      return period == "month" ? sessionDate.endOfMonth : CalendarDate(year: group("y21").flatMap { Int($0) } ?? sessionDate.year, month: 12, day: 31)
    }
    if group("fortnight") != nil { return sessionDate.adding(days: 14) }
    if let count = group("n").flatMap(number), let unit = group("unit")?.lowercased() {
      switch unit {
      case "day" where group("working") != nil: return sessionDate.adding(workingDays: count)
      case "day", "día", "dia", "jour": return sessionDate.adding(days: count)
      case "week", "wk", "semana", "semaine": return sessionDate.adding(days: 7 * count)
      // "within 48h": the days those hours reach into.
      case "hour", "hr", "h": return sessionDate.adding(days: (count + 23) / 24)
      case "year", "yr": return sessionDate.adding(months: 12 * count)
      default: return sessionDate.adding(months: count)
      }
    }
    return nil
  }

  /// A date with an optional year: without one, the first such day on or after the session, unless
  /// the day stands in the month before the session: "by 15 September" at a session on 21 September
  /// is a slip or a note written later, not a deadline a year away (lint points it out).
  private static func date(day: Int, month: Int, year: String?, sessionDate: CalendarDate?) -> CalendarDate? {
    if let year = year.flatMap({ Int($0) }) { return CalendarDate(year: year, month: month, day: day) }
    guard let sessionDate else { return nil }
    guard let candidate = CalendarDate(year: sessionDate.year, month: month, day: day) else { return nil }
    // "due 20 Dec" at a session on 15 January: the December just gone, as for a day in the month
    // before the session in the same year.
    if candidate > sessionDate, let before = CalendarDate(year: sessionDate.year - 1, month: month, day: day),
      sessionDate.adding(months: -1) <= before
    {
      return before
    }
    guard candidate < sessionDate else { return candidate }
    if sessionDate.adding(months: -1) <= candidate { return candidate }
    return CalendarDate(year: sessionDate.year + 1, month: month, day: day)
  }

  /// The last day of a month, with an optional year: without one, read as a day is ("by end of
  /// October" as "by 31 October"), so that the two never fall a year apart.
  private static func monthEnd(month: Int, year: String?, sessionDate: CalendarDate?) -> CalendarDate? {
    if let year = year.flatMap({ Int($0) }) { return CalendarDate(year: year, month: month, day: 1)?.endOfMonth }
    guard let sessionDate, let end = CalendarDate(year: sessionDate.year, month: month, day: 1)?.endOfMonth else { return nil }
    // As `date` reads a day: from the session on, or in the month before it; else next year's
    // (whose February may have another last day).
    if sessionDate <= end || sessionDate.adding(months: -1) <= end { return end }
    return CalendarDate(year: sessionDate.year + 1, month: month, day: 1)?.endOfMonth
  }

  static func monthNumber(_ name: String) -> Int? {
    let lowered = name.lowercased()
    // "Fifth Month".
    if lowered.hasSuffix("month"), let ordinal = lowered.split(separator: " ").first, let number = dayNumbers[String(ordinal)], number <= 12 {
      return number
    }
    let others: [String: Int] = [
      "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
      "aout": 8, "décembre": 12, "decembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
      "julio": 7, "agosto": 8, "setiembre": 9, "diciembre": 12, "fevereiro": 2, "maio": 5, "setembro": 9, "outubro": 10,
      "dezembro": 12, "fevereiru": 2, "maiu": 5, "juñu": 6, "agostu": 8, "setembru": 9, "outubru": 10, "dezembru": 12,
    ]
    if let number = others[lowered] { return number }
    let prefix = lowered.prefix(3)
    let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return names.firstIndex(of: String(prefix)).map { $0 + 1 }
  }

  private static let otherWeekdays = [
    "domingo": 0, "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6, "sabado": 6,
    "dimanche": 0, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
    "segunda-feira": 1, "terça-feira": 2, "terca-feira": 2, "quarta-feira": 3, "quinta-feira": 4, "sexta-feira": 5,
  ]

  /// 0 for Sunday through 6 for Saturday, from a day's name or its usual abbreviation, in English,
  /// Spanish, French or Portuguese.
  static func weekdayNumber(_ name: String) -> Int? {
    if let number = otherWeekdays[name.lowercased()] { return number }
    // "First Day" is Sunday, "Seventh Day" Saturday.
    if name.lowercased().hasSuffix(" day"), let ordinal = name.lowercased().split(separator: " ").first,
      let number = dayNumbers[String(ordinal)], number <= 7
    {
      return number - 1
    }
    let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    return names.firstIndex(of: String(name.lowercased().prefix(3)))
  }

  static func number(_ word: String) -> Int? {
    if let value = Int(word) { return value }
    let words = [
      "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
      "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
      "una": 1, "un": 1, "dos": 2, "tres": 3, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10,
      "quinze": 15, "dois": 2, "duas": 2, "três": 3,
    ]
    return words[word.lowercased()]
  }
}

extension DueDateResolver {
  /// The Friday of ISO week `week` of `year` (weeks start on Monday; week 1 holds 4 January).
  static func isoWeekFriday(week: Int, year: Int) -> CalendarDate? {
    guard let fourth = CalendarDate(year: year, month: 1, day: 4) else { return nil }
    // Monday of week 1: back from 4 January to its Monday (weekday 0 is Sunday).
    let mondayOfWeekOne = fourth.adding(days: -((fourth.weekday + 6) % 7))
    return mondayOfWeekOne.adding(days: (week - 1) * 7 + 4)
  }
}

extension CalendarDate {
  /// 0 for Sunday through 6 for Saturday.
  var weekday: Int {
    let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    let year = month < 3 ? self.year - 1 : self.year
    return (year + year / 4 - year / 100 + year / 400 + offsets[month - 1] + day) % 7
  }

  /// The day `days` working days (Monday to Friday) later, or earlier when `days` is negative.
  public func adding(workingDays days: Int) -> CalendarDate {
    var result = self
    var remaining = abs(days)
    while remaining > 0 {
      result = result.adding(days: days > 0 ? 1 : -1)
      if result.weekday != 0, result.weekday != 6 { remaining -= 1 }
    }
    return result
  }

  /// The same day `months` later, moved back to the month's last day where needed.
  public func adding(months: Int) -> CalendarDate {
    let total = year * 12 + (month - 1) + months
    let newYear = total / 12
    let newMonth = total % 12 + 1
    let newDay = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
    return CalendarDate(year: newYear, month: newMonth, day: newDay) ?? self
  }
}
