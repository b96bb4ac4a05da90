/// `<!-- rapporteur-disable RULE-ID -->` silences a rule for the rest of the file;
/// `<!-- rapporteur-disable-next-line RULE-ID -->` for the next line only. Inside front matter the
/// YAML comment forms `# rapporteur-disable …` work alike. Several ids may be given, separated by
/// spaces or commas; `all` names every rule.
struct DisableDirectives {
  /// Rule id → the first line from which it is silenced.
  private var fromLine: [String: Int] = [:]
  /// Line → rule ids silenced on it.
  private var onLine: [Int: Set<String>] = [:]

  init(lines: [Substring]) {
    for (offset, raw) in lines.enumerated() {
      guard raw.containsText("rapporteur-disable") else { continue }
      var line = raw.trimmingBlanks
      if line.hasPrefix("<!--"), line.hasSuffix("-->") {
        line = String(line.dropFirst(4).dropLast(3))
      } else if line.hasPrefix("#") {
        line = String(line.dropFirst())
      } else {
        continue
      }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
      guard let command = words.first else { continue }
      let ids = Set(words.dropFirst())
      let number = offset + 1
      switch command {
      case "rapporteur-disable":
        for id in ids where fromLine[id] == nil { fromLine[id] = number }
      case "rapporteur-disable-next-line":
        onLine[number + 1, default: []].formUnion(ids)
      default:
        continue
      }
    }
  }

  func silences(_ rule: String, line: Int) -> Bool {
    if let start = fromLine[rule] ?? fromLine["all"], line >= start { return true }
    if let ids = onLine[line], ids.contains(rule) || ids.contains("all") { return true }
    return false
  }
}
