/// Words as a reader counts them: runs between blanks that hold a letter or a digit. Markup alone
/// (`-`, `###`, `1.`, `|`) is no word.
public enum WordCount {
  public static func count(_ text: String) -> Int {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).filter { word in
      if word.allSatisfy({ $0.isNumber || $0 == "." || $0 == ")" }), word.last == "." || word.last == ")" {
        return false  // an ordered-list marker
      }
      return word.contains { $0.isLetter || $0.isNumber }
    }.count
  }
}
