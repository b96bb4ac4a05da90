/// `<!-- rapporteur-disable RULE-ID -->` silences a rule for the rest of the file;
/// `<!-- rapporteur-disable-next-line RULE-ID -->` for the line after the comment only. The comment
/// may stand on a line of its own or end a line of text. Inside front matter the YAML comment
/// forms `# rapporteur-disable …` work alike. Several ids may be given, separated by spaces or
/// commas; `all` names every rule. A comment shown as code (in a code block or a code span) is
/// text, not a directive.
struct DisableDirectives {
  static let commands = ["rapporteur-disable", "rapporteur-disable-next-line"]
  static let knownIDs = Set(LintRegistry.descriptions.map(\.id)).union(["all"])

  /// Rule id → the first line from which it is silenced.
  private var fromLine: [String: Int] = [:]
  /// Line → rule ids silenced on it.
  private var onLine: [Int: Set<String>] = [:]
  /// Directives that silence nothing: an unknown rule id or command, or no id at all
  /// (`directive-invalid` reports them).
  private(set) var problems: [RawFinding] = []

  init(file: LintFile) {
    guard file.text.utf8.containsBytes("rapporteur-disable".utf8) else { return }
    let layout = file.layout
    for (offset, line) in file.lines.enumerated() {
      let number = offset + 1
      let bytes = Array(line.utf8)
      if layout.frontMatter?.contains(number) ?? false {
        guard bytes.containsBytes("rapporteur-disable".utf8),
          let hash = bytes.firstIndex(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }),
          bytes[hash] == UInt8(ascii: "#")
        else { continue }
        read(bytes[(hash + 1)...], line: number, column: hash + 1, lastLine: number)
        continue
      }
    }
    // HTML comments, which may run over several lines.
    for comment in HTMLComment.all(in: file) where comment.end.line <= file.lines.count {
      read(comment.text[...], line: comment.start.line, column: comment.start.offset + 1, lastLine: comment.end.line)
    }
  }

  /// Reads the text of one comment; `line` and `column` are where it opens, `lastLine` where it ends.
  private mutating func read(_ text: ArraySlice<UInt8>, line: Int, column: Int, lastLine: Int) {
    let words = text.split(whereSeparator: {
      $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\t")
    }).map { String(decoding: $0, as: UTF8.self) }
    guard let command = words.first, command.hasPrefix("rapporteur-disable") else { return }
    let ids = Array(words.dropFirst())
    guard Self.commands.contains(command) else {
      problems.append(
        RawFinding(
          line: line, column: column,
          "'\(command)' is not a directive; use 'rapporteur-disable RULE-ID' or 'rapporteur-disable-next-line RULE-ID'"))
      return
    }
    guard !ids.isEmpty else {
      problems.append(
        RawFinding(
          line: line, column: column,
          "'\(command)' names no rule and silences nothing; add a rule id such as 'todo-marker', or 'all'"))
      return
    }
    for id in ids where !Self.knownIDs.contains(id) {
      let hint = Self.nearest(id, in: Self.knownIDs).map { "; did you mean '\($0)'?" } ?? "; 'rapporteur lint --list-rules' lists them"
      problems.append(RawFinding(line: line, column: column, "'\(id)' in '\(command)' is not a lint rule\(hint)"))
    }
    if command == "rapporteur-disable" {
      for id in ids where fromLine[id] == nil { fromLine[id] = line }
    } else {
      onLine[lastLine + 1, default: []].formUnion(ids)
    }
  }

  func silences(_ rule: String, line: Int) -> Bool {
    if let start = fromLine[rule] ?? fromLine["all"], line >= start { return true }
    if let ids = onLine[line], ids.contains(rule) || ids.contains("all") { return true }
    return false
  }

  /// The known id closest to a misspelt one (at most two edits away).
  static func nearest(_ id: String, in known: Set<String>) -> String? {
    Spelling.nearest(id, in: known, within: 2)
  }
}
