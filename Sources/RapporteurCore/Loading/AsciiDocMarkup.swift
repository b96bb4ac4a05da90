/// Notes written in AsciiDoc and pasted as they are (`== Recommendations`, `. item`, `[[anchor]]`,
/// a `|===` table) are read as the writer sees them rendered: its section titles as headings, its
/// numbered items as a list, its table as a table, its anchors gone. Every line keeps its number.
/// Only a note that writes AsciiDoc's section titles and one more of its marks (a document title,
/// an attribute such as `:toc:`, a table) is read so; a note converted to Markdown is left as it is.
public enum AsciiDocMarkup {
  /// The text as rendered; the text itself for any other note (most notes).
  public static func plain(_ text: String) -> String {
    // Most notes hold no "\n== " at all: their bytes say so first.
    guard text.utf8.containsBytes("\n== ".utf8) || text.hasPrefix("== ") else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let titles = lines.filter { isSectionTitle($0) }.count
    let marks = lines.contains { $0.hasPrefix("|===") || $0.hasPrefix(":toc") || ($0.hasPrefix("= ") && $0.count > 2) }
    guard titles >= 1, marks, !lines.contains(where: { $0.hasPrefix("## ") }) else { return text }
    var inTable = false
    var index = 0
    while index < lines.count {
      let line = lines[index]
      let trimmed = line.trimmingBlanks
      if trimmed.hasPrefix("|===") {
        if inTable {
          lines[index] = ""
          inTable = false
        } else if index + 1 < lines.count, lines[index + 1].hasPrefix("|") {
          // The table's first row is its header: it takes the opening line, and a delimiter row
          // the header's own line.
          let header = cells(lines[index + 1])
          lines[index] = "| " + header.joined(separator: " | ") + " |"
          lines[index + 1] = "|" + Array(repeating: "---|", count: header.count).joined()
          inTable = true
          index += 2
          continue
        } else {
          lines[index] = ""
          inTable = true
        }
      } else if inTable, trimmed.hasPrefix("|") {
        lines[index] = "| " + cells(line).joined(separator: " | ") + " |"
      } else if isSectionTitle(line) {
        let level = line.prefix { $0 == "=" }.count
        lines[index] = String(repeating: "#", count: level) + line.dropFirst(level)
      } else if line.hasPrefix("= "), !lines[..<index].contains(where: { !$0.trimmingBlanks.isEmpty }) {
        lines[index] = "#" + line.dropFirst()
      } else if isBlockAttribute(trimmed) || (trimmed.hasPrefix(":") && trimmed.range(of: #"^:[\w-]+:"#, options: .regularExpression) != nil) {
        // "[[recs]]", "[cols="1,4,2,2",options="header"]", ":toc:", ":author: …": marks shown as nothing.
        lines[index] = ""
      } else if line.hasPrefix(". ") {
        // ". [[rec-1]]The national government should …": a numbered item, its anchor gone.
        lines[index] = "1. " + droppingAnchor(line.dropFirst(2))
      } else if line.hasPrefix("* ") || line.hasPrefix("- ") {
        lines[index] = String(line.prefix(2)) + droppingAnchor(line.dropFirst(2))
      }
      index += 1
    }
    return lines.joined(separator: "\n")
  }

  /// "== Recommendations", "=== Who does what": a section title of level 2 to 4.
  static func isSectionTitle(_ line: String) -> Bool {
    let level = line.prefix { $0 == "=" }.count
    return (2...4).contains(level) && line.dropFirst(level).first == " " && line.dropFirst(level + 1).first.map { !$0.isWhitespace } == true
      && !line.hasSuffix(" " + String(repeating: "=", count: level))
  }

  /// A line that is only an anchor or a block's attributes: "[[recs]]", "[#annex-a]", "[NOTE]",
  /// "[cols="1,4",options="header"]".
  static func isBlockAttribute(_ line: String) -> Bool {
    guard line.hasPrefix("["), line.hasSuffix("]"), line.count <= 120 else { return false }
    if line.hasPrefix("[[") { return line.hasSuffix("]]") && !line.dropFirst(2).dropLast(2).contains(" ") }
    let inside = line.dropFirst().dropLast()
    return !inside.isEmpty && !inside.contains(" ") || inside.contains("=")
  }

  /// A table row's cells: "|1 |Send this report |Anouk Vesely" → ["1", "Send this report", "Anouk Vesely"].
  static func cells(_ line: String) -> [String] {
    line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().map { $0.trimmingBlanks }
  }

  /// Words without the anchor that opens them: "[[rec-1]]The national …" → "The national …".
  static func droppingAnchor(_ words: Substring) -> String {
    guard words.hasPrefix("[["), let close = words.range(of: "]]"), !words[..<close.lowerBound].contains(" ") else { return String(words) }
    return String(words[close.upperBound...])
  }
}
