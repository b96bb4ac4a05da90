import Foundation

/// Notes dictated into a phone and sent unedited keep the punctuation as it was spoken: "… by
/// Friday full stop", "one comma the county should …", "question mark", "new line". rapporteur
/// reads such notes with the marks written, and with what "scratch that" takes back (the line
/// before it) left out. Every line keeps its number: a line taken back is left blank.
public enum SpokenPunctuation {
  /// The text with its spoken punctuation written; the text itself when it is not dictated (at
  /// least three lines ending in "full stop", and half its lines of text in a spoken mark, tell
  /// that it is).
  public static func written(_ text: String) -> String {
    guard text.utf8.count >= 30, mayBeDictated(text) else { return text }
    var lines = text.components(separatedBy: "\n")
    // Most of its lines of text end in a spoken mark: a note with a "full stop" here and there
    // is read as typed (its unpunctuated lines are each a sentence already).
    let textLines = lines.filter { !$0.trimmingBlanks.isEmpty && isPlainLine($0) }
    let marked = textLines.filter { endsInSpokenMark($0) }.count
    guard lines.filter({ endsInFullStop($0) }).count >= 3, marked * 2 >= textLines.count else { return text }
    for index in lines.indices {
      var line = lines[index]
      // "scratch that comma …": the line before is taken back, and so are these words.
      if let range = line.range(of: #"^\s*scratch that\b[\s,]*(?:comma\s+)?"#, options: [.regularExpression, .caseInsensitive]) {
        // The line before, a blank or two apart at most: a run of retractions stays linear.
        if let previous = lines[max(0, index - 3)..<index].lastIndex(where: { !$0.trimmingBlanks.isEmpty }), isPlainLine(lines[previous]) {
          lines[previous] = ""
        }
        line.removeSubrange(range)
      }
      for (spoken, mark) in marks {
        line = line.replacingOccurrences(of: spoken, with: mark, options: [.regularExpression, .caseInsensitive])
      }
      // Each sentence opens with a capital, as the marks now end them: a line spoken as a
      // sentence of its own stays one.
      lines[index] = capitalisingSentences(line)
    }
    // A line spoken without a mark at its end is a sentence of its own all the same, where a
    // line of text follows it ("item three who does what" over "Dave to write up …").
    for index in lines.indices.dropLast() {
      let trimmed = lines[index].trimmingBlanks
      guard let last = trimmed.last, !".?!:;,".contains(last), isPlainLine(lines[index]), isPlainLine(lines[index + 1]) else { continue }
      lines[index] = trimmed + "."
    }
    return lines.joined(separator: "\n")
  }

  /// The spoken marks, in the order they are written: the longer forms first.
  private static let marks: [(String, String)] = [
    (#"\s+full stop(?:\s+new (?:line|paragraph))?(?=\s|$)"#, "."),
    (#"\s+question mark(?:\s+new (?:line|paragraph))?(?=\s|$)"#, "?"),
    (#"\s+exclamation mark(?=\s|$)"#, "!"),
    (#"\s+comma(?=\s|$)"#, ","),
    (#"\s+colon(?=\s*$)"#, ":"),
    (#"^\s*new (?:line|paragraph)\s*$"#, ""),
    (#"\s+new (?:line|paragraph)\s*$"#, ""),
  ]

  /// The line with its first letter, and the first after each sentence's end, in capitals.
  private static func capitalisingSentences(_ line: String) -> String {
    var result = ""
    result.reserveCapacity(line.utf8.count)
    var opens = true
    for character in line {
      if opens, character.isLetter {
        result += character.uppercased()
        opens = false
        continue
      }
      if ".?!".contains(character) {
        opens = true
      } else if !character.isWhitespace {
        opens = false
      }
      result.append(character)
    }
    return result
  }

  /// A line of text, not a heading, table row or fence, that "scratch that" may take back.
  private static func isPlainLine(_ line: String) -> Bool {
    guard let first = line.trimmingBlanks.first else { return false }
    return !"#|`>".contains(first)
  }

  private static func endsInSpokenMark(_ line: String) -> Bool {
    line.range(of: #"\b(?:full stop|question mark|comma|colon|new line|new paragraph)\s*$"#, options: [.regularExpression, .caseInsensitive]) != nil
  }

  private static func endsInFullStop(_ line: String) -> Bool {
    line.range(of: #"\bfull stop(?:\s+new (?:line|paragraph))?\s*$"#, options: [.regularExpression, .caseInsensitive]) != nil
  }

  /// Most notes hold no "full stop" written out: one pass over their bytes tells.
  private static func mayBeDictated(_ text: String) -> Bool {
    text.utf8.containsBytes("full stop".utf8) || text.utf8.containsBytes("Full stop".utf8) || text.utf8.containsBytes("FULL STOP".utf8)
  }
}
