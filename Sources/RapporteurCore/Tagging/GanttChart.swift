/// The tasks of a Gantt chart written in Mermaid's text form, as a wiki page keeps an action plan
/// ("```mermaid" over "gantt", "section …", "Train the facilitators (YO) :y1, after p3, 2w"): each
/// bar is a task, due when it ends; a milestone is a date, not a task.
enum GanttChart {
  struct Task: Equatable {
    /// The bar's name, as written before its colon.
    var name: String
    /// The line of the notes the bar is on.
    var line: Int
    var done: Bool
    /// The day the bar ends, where its dates say.
    var end: CalendarDate?
  }

  /// The tasks of a chart's text, its first line on `firstLine` of the notes; `nil` for text that
  /// is no Gantt chart.
  static func tasks(in code: String, firstLine: Int) -> [Task]? {
    let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    guard let opening = lines.firstIndex(where: { !$0.trimmingBlanks.isEmpty && !$0.trimmingBlanks.hasPrefix("%%") }),
      lines[opening].trimmingBlanks.lowercased() == "gantt"
    else { return nil }
    // "dateFormat HH:mm": a day's programme drawn as a chart, its bars the sessions of the day.
    if let format = lines.first(where: { $0.trimmingBlanks.lowercased().hasPrefix("dateformat") }),
      !format.dropFirst(format.prefix { $0 == " " }.count + 10).contains(where: { "DdYy".contains($0) })
    {
      return nil
    }
    let settings = ["title", "dateformat", "axisformat", "tickinterval", "excludes", "includes", "todaymarker", "weekday", "section", "accTitle", "accDescr"]
    var tasks: [Task] = []
    var starts: [String: CalendarDate] = [:]
    var ends: [String: CalendarDate] = [:]
    var previousEnd: CalendarDate? = nil
    for (offset, raw) in lines.enumerated().dropFirst(opening + 1) {
      let line = raw.trimmingBlanks
      guard !line.isEmpty, !line.hasPrefix("%%"), let colon = line.firstIndex(of: ":") else { continue }
      let first = line.prefix { $0 != " " && $0 != ":" }.lowercased()
      if settings.contains(where: { $0.lowercased() == first }) { continue }
      let name = line[..<colon].trimmingBlanks
      var fields = line[line.index(after: colon)...].split(separator: ",").map { $0.trimmingBlanks }
      var tags: Set<String> = []
      while let field = fields.first, ["done", "active", "crit", "milestone"].contains(field.lowercased()) {
        tags.insert(field.lowercased())
        fields.removeFirst()
      }
      guard !name.isEmpty, !fields.isEmpty, fields.count <= 3 else { continue }
      var id: String? = nil
      var startField: String? = nil
      let endField = fields[fields.count - 1]
      if fields.count == 3 {
        id = fields[0]
        startField = fields[1]
      } else if fields.count == 2 {
        if CalendarDate(iso: fields[0]) != nil || fields[0].lowercased().hasPrefix("after ") { startField = fields[0] } else { id = fields[0] }
      }
      let start = startField.map { startDate($0, ends: ends) } ?? previousEnd
      let end = endDate(endField, start: start, starts: starts)
      if let id {
        if let start { starts[id] = start }
        if let end { ends[id] = end }
      }
      previousEnd = end ?? previousEnd
      if tags.contains("milestone") { continue }
      tasks.append(Task(name: name, line: firstLine + offset, done: tags.contains("done"), end: end))
    }
    return tasks
  }

  /// A bar's start: a date, or "after p3 p4", when the last of those ends.
  private static func startDate(_ field: String, ends: [String: CalendarDate]) -> CalendarDate? {
    if let date = CalendarDate(iso: field) { return date }
    guard field.lowercased().hasPrefix("after ") else { return nil }
    let ids = field.dropFirst(6).split(separator: " ").map(String.init)
    let found = ids.compactMap { ends[$0] }
    guard found.count == ids.count else { return nil }
    return found.max()
  }

  /// A bar's end: a date, a length from its start ("2w", "10d"), or "until m1", when that starts.
  private static func endDate(_ field: String, start: CalendarDate?, starts: [String: CalendarDate]) -> CalendarDate? {
    if let date = CalendarDate(iso: field) { return date }
    let lowered = field.lowercased()
    if lowered.hasPrefix("until ") { return starts[String(field.dropFirst(6)).trimmingBlanks] }
    guard let start, let unit = lowered.last, let count = Int(lowered.dropLast()), count >= 0, count < 10_000 else { return nil }
    switch unit {
    case "d": return start.adding(days: count)
    case "w": return start.adding(days: count * 7)
    default: return nil
    }
  }
}
