import Foundation

/// Notes written in LaTeX and pasted as their source (`\section{Recommendations}`, `\item`,
/// `\textbf{Donors}`, a `tabular` of tasks, `% remarks`) are read as the writer sees them typeset:
/// sections as headings, items as a list, the table as a table, commands and remarks gone. Every
/// line keeps its number. Only a note that holds LaTeX's sections and items or a document class is
/// read so.
public enum LaTeXMarkup {
  /// The text as typeset; the text itself for any other note (most notes).
  public static func plain(_ text: String) -> String {
    // Most notes hold no "\section" or "\begin{": their bytes say so first.
    guard text.utf8.containsBytes("\\section".utf8) || text.utf8.containsBytes("\\documentclass".utf8),
      text.utf8.containsBytes("\\begin{".utf8)
    else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var inTable = false
    var headerDone = false
    for index in lines.indices {
      var line = lines[index]
      let trimmed = line.trimmingBlanks
      if trimmed.hasPrefix("%") {
        lines[index] = ""
        continue
      }
      if trimmed.hasPrefix("\\begin{tabular") || trimmed.hasPrefix("\\begin{longtable") || trimmed.hasPrefix("\\begin{tabularx") {
        inTable = true
        headerDone = false
        lines[index] = ""
        continue
      }
      if inTable {
        if trimmed.hasPrefix("\\end{tabular") || trimmed.hasPrefix("\\end{longtable") {
          inTable = false
          lines[index] = ""
        } else if trimmed.hasPrefix("\\midrule") || trimmed.hasPrefix("\\hline"), headerDone, index > 0, lines[index - 1].hasPrefix("|"),
          !lines[..<index].reversed().prefix(while: { !$0.isEmpty }).contains(where: { $0.hasPrefix("|-") })
        {
          let columns = lines[index - 1].filter { $0 == "|" }.count - 1
          lines[index] = "|" + String(repeating: "---|", count: max(1, columns))
        } else if trimmed.contains("&") {
          let row = trimmed.hasSuffix("\\\\") ? String(trimmed.dropLast(2)) : trimmed
          let cells = row.components(separatedBy: "&").map { inline($0).trimmingBlanks }
          lines[index] = "| " + cells.joined(separator: " | ") + " |"
          headerDone = true
        } else {
          lines[index] = ""
        }
        continue
      }
      // Drop a remark after an unescaped "%".
      if let percent = line.firstIndex(of: "%"), percent == line.startIndex || line[line.index(before: percent)] != "\\" {
        line = String(line[..<percent])
      }
      if let title = heading(line) {
        lines[index] = title
      } else if trimmed.hasPrefix("\\item") {
        let rest = trimmed.dropFirst(5).drop { $0 == " " || $0 == "]" }
        lines[index] = "- " + inline(String(rest))
      } else if trimmed.hasPrefix("\\begin{") || trimmed.hasPrefix("\\end{") || trimmed.hasPrefix("\\documentclass")
        || trimmed.hasPrefix("\\usepackage") || trimmed.hasPrefix("\\maketitle") || trimmed.hasPrefix("\\title") || trimmed.hasPrefix("\\author")
        || trimmed.hasPrefix("\\date") || trimmed.hasPrefix("\\toprule") || trimmed.hasPrefix("\\bottomrule") || trimmed.hasPrefix("\\label")
      {
        lines[index] = ""
      } else if line.contains("\\") || line.contains("``") || line.contains("~") {
        // An item's second line keeps the item's indent.
        let indent = line.prefix { $0 == " " }
        lines[index] = (indent.count >= 2 ? "  " : "") + inline(String(line.drop { $0 == " " }))
      } else {
        lines[index] = line
      }
    }
    return lines.joined(separator: "\n")
  }

  /// "\section{Recommendations}" → "## Recommendations", "\subsection*{…}" → "### …".
  static func heading(_ line: String) -> String? {
    let trimmed = line.trimmingBlanks
    for (command, marks) in [("\\section", "##"), ("\\subsection", "###"), ("\\subsubsection", "####")] where trimmed.hasPrefix(command) {
      let rest = trimmed.dropFirst(command.count).drop { $0 == "*" }
      guard rest.first == "{", let close = rest.lastIndex(of: "}") else { return nil }
      return marks + " " + inline(String(rest[rest.index(after: rest.startIndex)..<close]))
    }
    return nil
  }

  /// Words as typeset: "\textbf{Donors}" → "Donors", "``audits''" → "\"audits\"", "S.~Arvas" → "S. Arvas",
  /// a footnote and its words gone.
  static func inline(_ text: String) -> String {
    var result = text
    // "\footnote{…}": an aside below the page, not the sentence's words.
    while let start = result.range(of: "\\footnote{"), let close = matchingBrace(in: result, from: start.upperBound) {
      result.removeSubrange(start.lowerBound...close)
    }
    for command in ["textbf", "emph", "textit", "underline", "texttt", "textsc", "mbox", "large", "Large"] {
      result = result.replacingOccurrences(of: "\\" + command + "{", with: "{")
    }
    result = result.replacingOccurrences(of: "``", with: "\"").replacingOccurrences(of: "''", with: "\"")
      .replacingOccurrences(of: "~", with: " ").replacingOccurrences(of: "---", with: "—").replacingOccurrences(of: "--", with: "–")
      .replacingOccurrences(of: "\\&", with: "&").replacingOccurrences(of: "\\%", with: "%").replacingOccurrences(of: "\\\\", with: " ")
    result.removeAll { $0 == "{" || $0 == "}" }
    return result
  }

  /// The index of the brace that closes the one opened just before `start`.
  static func matchingBrace(in text: String, from start: String.Index) -> String.Index? {
    var depth = 1
    var index = start
    while index < text.endIndex {
      if text[index] == "{" { depth += 1 }
      if text[index] == "}" {
        depth -= 1
        if depth == 0 { return index }
      }
      index = text.index(after: index)
    }
    return nil
  }
}
