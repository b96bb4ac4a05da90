/// Notes typed up from paper, or read from a scan, keep the paper's page breaks and the scanner's
/// misreadings: a running head between dashed rules ("MEMO - p. 2 of 3") in the middle of a
/// sentence, a word split at the page's end ("appren-" … "ticeships"), "REC0MMENDATI0NS" and
/// "0ffice" with a zero for an O, "wou1d" with a one for an l. rapporteur reads such notes as the
/// paper meant them: the running head goes, the sentence it cut is joined again on the lines
/// before it (the lines it leaves are blank, so that every other line keeps its number), and a
/// zero or a one between letters is the letter it stands for.
public enum TypedPages {
  /// The text as the paper meant it; the text itself when it holds no page break or misreading.
  public static func mended(_ text: String) -> String {
    // Most notes hold neither a long rule nor a misread digit: their bytes say so first.
    let ruled = text.utf8.containsBytes("--------------------".utf8) || text.utf8.containsBytes("====================".utf8)
    guard ruled || mayHoldMisreadDigits(text) else { return text }
    var lines = ruled ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : []
    var changed = false
    var index = 0
    while index < lines.count {
      guard isRule(lines[index]), let close = (index + 1..<min(lines.count, index + 5)).first(where: { isRule(lines[$0]) }),
        close > index + 1, (index + 1..<close).contains(where: { isRunningHead(lines[$0]) })
      else {
        index += 1
        continue
      }
      for row in index...close { lines[row] = "" }
      changed = true
      // The sentence the page break cut: the last words before it, and the lines that carry it on.
      let before = (0..<index).last(where: { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty })
      let after = (close + 1..<lines.count).first(where: { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty })
      if let before, let after, case let last = lines[before].trimmingCharacters(in: .whitespaces),
        case let next = lines[after].trimmingCharacters(in: .whitespaces),
        let first = next.first, first.isLowercase, let end = last.last, !".:;!?".contains(end)
      {
        var joined = last.hasSuffix("-") && last.dropLast().last?.isLetter == true ? String(last.dropLast()) + next : last + " " + next
        lines[after] = ""
        var row = after + 1
        while row < lines.count, !lines[row].trimmingCharacters(in: .whitespaces).isEmpty {
          joined += " " + lines[row].trimmingCharacters(in: .whitespaces)
          lines[row] = ""
          row += 1
        }
        let indent = lines[before].prefix { $0 == " " }
        lines[before] = indent + joined
      }
      index = close + 1
    }
    var result = changed ? lines.joined(separator: "\n") : text
    let misread = misreadDigits(result)
    if misread != result {
      result = misread
      changed = true
    }
    return changed ? result : text
  }

  /// A dashed rule the typist drew across the page: twenty dashes or more, nothing else.
  static func isRule(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    return trimmed.count >= 20 && trimmed.allSatisfy { $0 == "-" || $0 == "=" }
  }

  /// A page's running head: "MEMO - p. 2 of 3", "Page 4", "- 3 -".
  static func isRunningHead(_ line: String) -> Bool {
    let lowered = line.lowercased()
    return lowered.range(of: #"\b(?:p\.|page)\s*\d+(?:\s+of\s+\d+)?\b"#, options: .regularExpression) != nil
      || lowered.trimmingCharacters(in: .whitespaces).range(of: #"^-\s*\d+\s*-$"#, options: .regularExpression) != nil
  }

  /// The text with a scanner's zeros and ones between letters read as the letters: only in a note
  /// that holds two such words or more ("REC0MMENDATI0NS", "wou1d"), so that a code ("G20",
  /// "R2P", "A1") in any other note stays as written.
  /// Whether the bytes hold two zeros or ones between ASCII letters, or opening a word of small
  /// letters: the only notes worth reading character by character.
  static func mayHoldMisreadDigits(_ text: String) -> Bool {
    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    func isSmall(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    var found = 0
    var previous: UInt8 = 32
    var iterator = text.utf8.makeIterator()
    guard var current = iterator.next() else { return false }
    while let next = iterator.next() {
      if current == UInt8(ascii: "0") || current == UInt8(ascii: "1") {
        if (isLetter(previous) || previous >= 0x80) && (isLetter(next) || next >= 0x80) || current == UInt8(ascii: "0") && !isLetter(previous) && !(previous >= 48 && previous <= 57) && isSmall(next) {
          found += 1
          if found >= 2 { return true }
        }
      }
      previous = current
      current = next
    }
    return false
  }

  static func misreadDigits(_ text: String) -> String {
    guard mayHoldMisreadDigits(text) else { return text }
    var words = 0
    let characters = Array(text)
    var mended: [Character] = []
    mended.reserveCapacity(characters.count)
    for (index, character) in characters.enumerated() {
      guard character == "0" || character == "1" else {
        mended.append(character)
        continue
      }
      let previous = index > 0 ? characters[index - 1] : " "
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      let nextNext = index + 2 < characters.count ? characters[index + 2] : " "
      // Between two letters ("REC0MMEND", "wou1d"), or opening a word of small letters ("0ffice").
      let between = previous.isLetter && next.isLetter
      let opening = character == "0" && !previous.isLetter && !previous.isNumber && next.isLowercase && nextNext.isLowercase
      guard between || opening else {
        mended.append(character)
        continue
      }
      words += 1
      let upper = (previous.isUppercase || !previous.isLetter) && (next.isUppercase || opening)
      if character == "0" {
        mended.append(upper || opening ? "O" : "o")
      } else {
        mended.append(upper ? "I" : "l")
      }
    }
    return words >= 2 ? String(mended) : text
  }
}
