/// Task lists kept in plain-text formats and pasted into notes as they are:
///
/// - todo.txt lines ("(A) 2037-03-14 Draft the protocol +PVEplan @secretariat due:2037-04-01",
///   "x 2037-03-20 2037-03-14 Book the hall @Lena"), two or more in a row, which CommonMark would
///   run together into one paragraph: each is read as an item of a list.
/// - TaskPaper projects ("Follow-ups:") over tab-indented items ("- Send invites @owner(Lena)
///   @due(2037-03-30)"), which CommonMark would read as the project's paragraph going on: each is
///   read as an item of a list, its tags as the fields rapporteur reads ("- [ ] Send invites —
///   owner: Lena, due: 2037-03-30"; "@done" ticks the box), other tags ("@to(council)",
///   "@question") left out.
///
/// Every line keeps its number; what stands in a fenced code block stays as written.
public enum PlainTextTasks {
  /// The text with such lists read as lists; the text itself when it holds none (most notes).
  public static func listed(_ text: String) -> String {
    let mayHoldTodo = text.utf8.containsBytes("\nx 20".utf8) || text.utf8.containsBytes("\n(".utf8) || text.utf8.containsBytes(" due:".utf8)
    // TaskPaper's items are indented under their project, and some carry its tags.
    let mayHoldTaskPaper = (text.utf8.containsBytes("\t- ".utf8) || text.utf8.containsBytes("  - ".utf8))
      && ["@done", "@due(", "@owner(", "@to(", "@question", "@today", "@priority(", "@flag", "@waiting"].contains { text.utf8.containsBytes($0.utf8) }
    guard mayHoldTodo || mayHoldTaskPaper, text.utf8.contains(UInt8(ascii: "\n")) else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var changed = false
    var fences = CodeFences()
    var inProject = false
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if fences.hold(trimmed) {
        inProject = false
        index += 1
        continue
      }
      // A run of todo.txt lines.
      if mayHoldTodo, isTodoTxt(line) {
        var end = index
        while end < lines.count, isTodoTxt(lines[end]) { end += 1 }
        if end - index >= 2 {
          for row in index..<end { lines[row] = "- " + lines[row] }
          changed = true
        }
        index = end
        inProject = false
        continue
      }
      // A TaskPaper project: a line of its own ending in a colon, then its indented items.
      if trimmed.count == line.count {
        // Not a list's item ("13. Post will:"), a heading or a quotation.
        inProject = mayHoldTaskPaper && !line.isEmpty && line.hasSuffix(":") && line.utf8.count <= 60
          && !line.hasPrefix("-") && !line.hasPrefix("#") && !line.hasPrefix("*") && !line.hasPrefix("+") && !line.hasPrefix(">")
          && !(line.first?.isNumber ?? false)
        index += 1
        continue
      }
      if inProject, line.first == "\t" || line.hasPrefix("  "), trimmed.hasPrefix("- ") {
        lines[index] = taskPaperItem(String(trimmed))
        changed = true
      } else if !trimmed.isEmpty {
        inProject = false
      }
      index += 1
    }
    return changed ? lines.joined(separator: "\n") : text
  }

  /// Whether a line is a todo.txt task: "x" with the day it was done (and written), or a
  /// priority in brackets, perhaps with the day it was written, then the task's words.
  static func isTodoTxt(_ line: String) -> Bool {
    guard let opening = Extractor.todoTxtOpening(line) else { return false }
    // "(A) Governments should …" over "(B) …": lettered paragraphs, unless the line files the task
    // as todo.txt does (a project, a context or a due field).
    return opening.dated || line.split(separator: " ").dropFirst().contains { word in
      word.count > 1 && (word.first == "+" || word.first == "@") || word.hasPrefix("due:")
    }
  }

  /// A TaskPaper item ("- Send invites @owner(Lena) @due(2037-03-30)") as a list item whose tags
  /// are fields: a task box when it names an owner, a date or that it is done.
  static func taskPaperItem(_ item: String) -> String {
    var words = item.dropFirst(2).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    var fields: [(String, String)] = []
    var done = false
    var tagged = false
    // Tags stand at the end of the item, each "@name" or "@name(value)" (a value may hold blanks).
    while let last = words.last {
      var tag = last
      var taken = 1
      if last.hasSuffix(")"), !last.hasPrefix("@") || !last.contains("(") {
        // "@owner(Sgt. Okafor)": the value's words back to the tag's opening.
        guard let open = words.indices.reversed().first(where: { words[$0].hasPrefix("@") && words[$0].contains("(") }),
          words.count - open <= 6
        else { break }
        tag = words[open...].joined(separator: " ")
        taken = words.count - open
      }
      guard tag.hasPrefix("@"), tag.count > 1 else { break }
      let name = tag.dropFirst().prefix { $0 != "(" }.lowercased()
      guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { break }
      let value = tag.contains("(") ? String(tag.drop { $0 != "(" }.dropFirst().dropLast()) : ""
      switch name {
      case "owner", "who", "assigned", "assignee", "responsible", "lead":
        if !value.isEmpty { fields.insert(("owner", value), at: 0) }
      case "due", "deadline", "by", "start":
        if !value.isEmpty { fields.append(("due", value)) }
      case "done", "completed":
        done = true
        if !value.isEmpty { fields.append(("done", value)) }
      default:
        break
      }
      tagged = true
      words.removeLast(taken)
    }
    guard tagged else { return item }
    var text = words.joined(separator: " ")
    while text.hasSuffix(" ") { text.removeLast() }
    guard done || !fields.isEmpty else { return "- " + text }
    let written = fields.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
    return "- [\(done ? "x" : " ")] " + text + (written.isEmpty ? "" : " \u{2014} " + written)
  }
}
