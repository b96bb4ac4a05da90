import Foundation

/// Separates the YAML front matter (between `---` lines at the very top) from the Markdown body.
/// cmark does not know front matter: the body is parsed alone and the front matter's line count
/// is added to every source position.
public struct SplitNote: Sendable, Equatable {
  /// The YAML text between the delimiters, or `nil` when the file has no front matter.
  public var yaml: String?
  /// The line of the file on which the YAML text starts (1-based).
  public var yamlFirstLine: Int
  /// The Markdown after the closing delimiter.
  public var body: String
  /// Lines before the body (both delimiters and the YAML).
  public var bodyLineOffset: Int
  /// The line of the opening `---` (1 unless comment lines precede it).
  public var openingLine: Int = 1
}

public enum FrontMatterSplitter {
  public enum Problem: Error, Equatable, Sendable {
    /// An opening `---` with no closing `---` or `...`.
    case unterminated(openingLine: Int)
  }

  /// Blank lines, and lines of one HTML comment each (such as `<!-- rapporteur-disable … -->`),
  /// may stand before the front matter; the front matter is the first other line's `---`.
  public static func split(_ text: String) -> Result<SplitNote, Problem> {
    var openingStart = text.startIndex
    var openingLine = 1
    while openingStart < text.endIndex {
      let end = text[openingStart...].firstIndex(of: "\n") ?? text.endIndex
      let line = text[openingStart..<end].trimmingCharacters(in: .whitespaces)
      guard line.isEmpty || (line.hasPrefix("<!--") && line.hasSuffix("-->")), end < text.endIndex else { break }
      openingStart = text.index(after: end)
      openingLine += 1
    }
    // Only a line of exactly `---` (trailing blanks allowed) opens front matter.
    guard let firstBreak = text[openingStart...].firstIndex(of: "\n") ?? (openingStart == text.endIndex ? nil : text.endIndex),
      isDelimiter(text[openingStart..<firstBreak], closing: false)
    else {
      return .success(SplitNote(yaml: nil, yamlFirstLine: 1, body: text, bodyLineOffset: 0))
    }
    var lineNumber = openingLine
    var lineStart = firstBreak < text.endIndex ? text.index(after: firstBreak) : text.endIndex
    let yamlStart = lineStart
    while lineStart < text.endIndex {
      lineNumber += 1
      let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
      if isDelimiter(text[lineStart..<lineEnd], closing: true) {
        let yaml = String(text[yamlStart..<lineStart])
        let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        return .success(
          SplitNote(
            yaml: yaml, yamlFirstLine: openingLine + 1, body: String(text[bodyStart...]), bodyLineOffset: lineNumber,
            openingLine: openingLine))
      }
      lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
    }
    return .failure(.unterminated(openingLine: openingLine))
  }

  private static func isDelimiter(_ line: Substring, closing: Bool) -> Bool {
    var trimmed = line
    while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
    return trimmed == "---" || (closing && trimmed == "...")
  }
}
