import Foundation

/// Notes kept in Emacs Org mode and pasted into a note as they are: `*` headlines (which Markdown
/// reads as bullets or stars), TODO keywords, `DEADLINE:` lines and `:PROPERTIES:` drawers.
/// Extraction reads them as the Markdown they stand for, line for line, so that every item keeps
/// its line: a first-level headline is a section heading, a deeper one a list item (a task with
/// its box when a keyword marks it), a deadline and an owner in the drawer fields under it.
enum OrgOutline {
  /// The note's text with its Org outline written as Markdown, or `nil` when the note is no Org
  /// outline (fewer than three headlines, none below the first level, or Markdown headings).
  static func asMarkdown(_ text: String) -> String? {
    // Most notes hold no second-level headline: their bytes say so before any line is read.
    guard text.utf8.containsBytes("\n** ".utf8) else { return nil }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let body = bodyStart(lines)
    var headlines = 0
    var deeper = 0
    var headings = 0
    var settings = false
    for line in lines[body...] {
      if let level = headlineLevel(line) {
        headlines += 1
        if level > 1 { deeper += 1 }
      } else if line.hasPrefix("#+") {
        settings = true
      } else if line.hasPrefix("#"), line.drop(while: { $0 == "#" }).first == " " {
        headings += 1
      }
    }
    // "# pasted raw …" in a file with "#+TITLE:" lines is an Org comment, not a Markdown heading.
    guard headlines >= 3, deeper >= 2, headings == 0 || settings else { return nil }
    // The note's date, against which a task closed earlier is one done before the session.
    let noteDate = lines[..<body].lazy.compactMap { line -> String? in
      guard line.hasPrefix("date:") else { return nil }
      let value = line.dropFirst(5).trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
      return value.count >= 10 ? String(value.prefix(10)) : nil
    }.first
    // Where the fields of the last headline's item go: one level inside it.
    var fieldIndent = ""
    var quoting = false
    for index in lines.indices.dropFirst(body) {
      let line = lines[index]
      let trimmed = line.trimmingBlanks
      if quoting {
        if trimmed.uppercased().hasPrefix("#+END_") {
          quoting = false
          lines[index] = ""
        } else {
          lines[index] = "> " + trimmed
        }
        continue
      }
      if let level = headlineLevel(line) {
        var (marker, words) = headline(String(line.dropFirst(level + 1)))
        // "Translate the statement [1/2]": a headline over a checklist counts its boxes; the boxes
        // are the tasks.
        if let cookie = words.range(of: #"\s*\[\d+(?:/\d+|%)\]"#, options: .regularExpression), !marker.isEmpty, level > 1 {
          lines[index] = String(repeating: "#", count: min(6, level + 1)) + " " + words.replacingCharacters(in: cookie, with: "")
          fieldIndent = ""
          continue
        }
        // "DONE Book the interpreters" closed before the session met: done before, no outcome of it.
        if marker == "[x] ", let noteDate, let closed = lines.dropFirst(index + 1).first.flatMap(closedDay), closed < noteDate {
          marker = ""
        }
        if level == 1 {
          lines[index] = "## " + words
          fieldIndent = ""
        } else {
          let indent = String(repeating: "  ", count: level - 2)
          lines[index] = indent + "- " + marker + words
          fieldIndent = indent + "  "
        }
      } else if trimmed.uppercased().hasPrefix("#+BEGIN_QUOTE") || trimmed.uppercased().hasPrefix("#+BEGIN_VERSE") {
        // A block quoted from elsewhere is set apart as Markdown quotes it.
        quoting = true
        lines[index] = ""
      } else if trimmed.hasPrefix("#+") || line.hasPrefix("# ") {
        // "#+TITLE: …", "#+BEGIN_SRC": the file's settings; "# …" a comment: no words of the notes.
        lines[index] = ""
      } else if let due = deadline(trimmed) {
        lines[index] = fieldIndent + "- due: " + due
      } else if trimmed.hasPrefix("SCHEDULED:") || trimmed.hasPrefix("CLOSED:") {
        // When the work is planned to start or was closed: no deadline.
        lines[index] = ""
      } else if trimmed.hasPrefix(":"), trimmed.count > 2, let close = trimmed.dropFirst().firstIndex(of: ":") {
        // A drawer's field ("  :OWNER:    JP"); its other lines (":PROPERTIES:", ":END:") hold nothing.
        let key = trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercased()
        let value = trimmed[trimmed.index(after: close)...].trimmingBlanks
        lines[index] = ["owner", "assignee", "responsible", "lead", "who"].contains(key) && !value.isEmpty ? fieldIndent + "- owner: " + value : ""
      } else if line.contains("<"), line.contains(">") {
        // "by <2036-03-14 Fri>": an active timestamp is the day it gives.
        lines[index] = line.replacingOccurrences(
          of: #"<(\d{4}-\d{2}-\d{2})(?: [A-Za-z]{2,3}\.?)?(?: \d{1,2}:\d{2})?(?: [-+.]?\d+[dwmy])?>"#, with: "$1", options: .regularExpression)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The index of the first line after the front matter.
  private static func bodyStart(_ lines: [String]) -> Int {
    guard lines.first?.trimmingBlanks == "---", let close = lines.dropFirst().firstIndex(where: { $0.trimmingBlanks == "---" }) else { return 0 }
    return close + 1
  }

  /// The level of an Org headline ("** Money  :donors:" → 2), or `nil` for any other line.
  static func headlineLevel(_ line: String) -> Int? {
    let stars = line.prefix { $0 == "*" }.count
    guard (1...8).contains(stars), line.dropFirst(stars).first == " ", line.dropFirst(stars + 1).first.map({ !$0.isWhitespace }) == true
    else { return nil }
    return stars
  }

  /// A headline's words without its trailing tags (":donors:youth:") and priority ("[#A]"), and
  /// the task box its keyword stands for: "TODO" and "WAITING" open, "DONE" ticked, "CANCELLED"
  /// struck through.
  private static func headline(_ text: String) -> (marker: String, words: String) {
    var words = text.trimmingBlanks
    if let tags = words.range(of: #"\s+:[\w@#%:]+:$"#, options: .regularExpression) { words = String(words[..<tags.lowerBound]) }
    var marker = ""
    let keyword = words.prefix { $0 != " " }
    if ["TODO", "NEXT", "WAITING", "DOING", "STARTED", "HOLD"].contains(keyword) {
      marker = "[ ] "
    } else if ["DONE"].contains(keyword) {
      marker = "[x] "
    } else if ["CANCELLED", "CANCELED"].contains(keyword) {
      words = String(words.dropFirst(keyword.count)).trimmingBlanks
      return ("", "~~" + words + "~~ (cancelled)")
    }
    if !marker.isEmpty { words = String(words.dropFirst(keyword.count)).trimmingBlanks }
    if words.hasPrefix("[#"), let close = words.firstIndex(of: "]") { words = String(words[words.index(after: close)...]).trimmingBlanks }
    return (marker, words)
  }

  /// The day a planning line's `CLOSED:` gives ("CLOSED: [2036-03-02 Sun 18:40]" → "2036-03-02").
  private static func closedDay(_ line: String) -> String? {
    guard let found = line.range(of: "CLOSED: [") else { return nil }
    let date = line[found.upperBound...].prefix(10)
    return date.count == 10 && date.allSatisfy({ $0.isNumber || $0 == "-" }) ? String(date) : nil
  }

  /// The day a planning line's `DEADLINE:` gives ("DEADLINE: <2036-04-30 Wed -1w>" → "2036-04-30").
  private static func deadline(_ line: String) -> String? {
    guard let found = line.range(of: "DEADLINE: <") else { return nil }
    let date = line[found.upperBound...].prefix(10)
    return date.count == 10 && date.allSatisfy({ $0.isNumber || $0 == "-" }) ? String(date) : nil
  }
}
