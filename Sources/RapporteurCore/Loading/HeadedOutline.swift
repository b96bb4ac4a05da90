/// Notes kept in an outliner (Bike, Logseq) come out with every row a list item, headings too:
/// "- ## Purpose" over "\t- Try out a one-page scorecard …". rapporteur reads them as the document
/// they outline: a row that opens with a heading is that heading, and the rows under it one level
/// less deep, so the sections are found as in any other note. Every line keeps its number.
public enum HeadedOutline {
  /// The text with its headed rows written as headings; the text itself when fewer than two rows
  /// at the top level open with a heading, or when headings outside the list outnumber them.
  public static func flattened(_ text: String) -> String {
    // Most notes hold no bullet before a heading: their bytes say so before any line is read.
    guard text.utf8.containsBytes("- #".utf8) || text.utf8.containsBytes("* #".utf8) else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var headed = 0
    var plain = 0
    for line in lines {
      if headingRow(line) != nil { headed += 1 } else if isHeading(line[...]) { plain += 1 }
    }
    guard headed >= 2, headed > plain else { return text }
    // Whether the lines read are the rows under a headed row, one level less deep once it is gone.
    var under = false
    var fenced = false
    for index in lines.indices {
      let line = lines[index]
      if line.trimmingBlanks.hasPrefix("```") || line.trimmingBlanks.hasPrefix("~~~") { fenced.toggle() }
      if fenced && !under { continue }
      if let heading = headingRow(line) {
        lines[index] = heading
        under = true
      } else if line.first == "\t" {
        if under { lines[index] = String(line.dropFirst()) }
      } else if line.hasPrefix("  ") {
        if under { lines[index] = String(line.dropFirst(2)) }
      } else if !line.trimmingBlanks.isEmpty {
        // A row at the top level that opens with no heading ends the rows under the last one.
        under = false
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The heading a top-level row opens with ("- ## Purpose" → "## Purpose"), or `nil`.
  static func headingRow(_ line: String) -> String? {
    guard line.hasPrefix("- #") || line.hasPrefix("* #") else { return nil }
    let rest = line.dropFirst(2)
    return isHeading(rest) ? String(rest) : nil
  }

  /// Whether a line is an ATX heading: one to six "#" and a blank.
  static func isHeading(_ line: Substring) -> Bool {
    let marks = line.prefix { $0 == "#" }.count
    guard (1...6).contains(marks) else { return false }
    let after = line.dropFirst(marks).first
    return after == " " || after == "\t"
  }
}
