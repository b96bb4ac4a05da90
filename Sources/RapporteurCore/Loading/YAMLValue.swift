import Yams

/// YAML read as text: every scalar stays the string that was written (`2017-09-21` is not a date,
/// `yes` is not a boolean until a field asks for one), and every value keeps its line in the file.
public indirect enum YAMLValue: Sendable, Equatable {
  case scalar(String, line: Int)
  case sequence([YAMLValue], line: Int)
  case mapping([(key: String, value: YAMLValue, line: Int)], line: Int)
  case null(line: Int)

  public static func == (lhs: YAMLValue, rhs: YAMLValue) -> Bool {
    switch (lhs, rhs) {
    case let (.scalar(a, la), .scalar(b, lb)): return a == b && la == lb
    case let (.sequence(a, la), .sequence(b, lb)): return a == b && la == lb
    case let (.null(la), .null(lb)): return la == lb
    case let (.mapping(a, la), .mapping(b, lb)):
      return la == lb && a.count == b.count
        && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value && $0.line == $1.line }
    default: return false
    }
  }

  public var line: Int {
    switch self {
    case let .scalar(_, line), let .sequence(_, line), let .mapping(_, line), let .null(line): return line
    }
  }

  /// The scalar's text; `nil` for lists, maps and null.
  public var string: String? {
    if case let .scalar(text, _) = self { return text }
    return nil
  }

  /// The list's items; a single scalar counts as a one-item list.
  public var list: [YAMLValue]? {
    switch self {
    case let .sequence(items, _): return items
    case .scalar: return [self]
    default: return nil
    }
  }

  /// A list of strings, or `nil` when an item is not a scalar.
  public var strings: [String]? {
    guard let list else { return nil }
    var result: [String] = []
    for item in list {
      guard let text = item.string else { return nil }
      result.append(text)
    }
    return result
  }

  public var entries: [(key: String, value: YAMLValue, line: Int)]? {
    if case let .mapping(entries, _) = self { return entries }
    return nil
  }

  public subscript(key: String) -> YAMLValue? {
    entries?.first(where: { $0.key == key })?.value
  }

  /// A YAML boolean written in any of its usual spellings.
  public var bool: Bool? {
    switch string?.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: return nil
    }
  }

  public var kindName: String {
    switch self {
    case .scalar: return "a text"
    case .sequence: return "a list"
    case .mapping: return "a map"
    case .null: return "empty"
    }
  }
}

public enum YAMLReader {
  /// More nodes than this (reached by a small file through aliases, "billion laughs") is refused.
  public static let maximumNodes = 100_000

  public struct Problem: Error, Equatable, Sendable {
    public var line: Int
    /// The column (in characters) where YAML puts the problem, when it says.
    public var column: Int?
    public var message: String

    public init(line: Int, column: Int? = nil, message: String) {
      self.line = line
      self.column = column
      self.message = message
    }
  }

  /// The encoding Yams parses in, found once: Yams works it out from the environment on every
  /// parse when not given one, which costs more than parsing a note's front matter.
  private static let encodingName = Parser.Encoding.default.rawValue
  private static var encoding: Parser.Encoding { Parser.Encoding(rawValue: encodingName) ?? .utf8 }

  /// Parses `yaml`; `firstLine` is the file line the text starts on, so that every line reported
  /// is a line of the file.
  public static func read(_ yaml: String, firstLine: Int = 1) -> Result<YAMLValue, Problem> {
    let node: Node?
    do {
      // Values are read as text (dates, times and flags are checked by their fields), so scalars
      // need no implicit types: the basic resolver spares a regular expression per value.
      node = try Yams.compose(yaml: yaml, .basic, .default, encoding)
    } catch let error as YamlError {
      return .failure(problem(from: error, yaml: yaml, firstLine: firstLine))
    } catch {
      return .failure(Problem(line: firstLine, message: "YAML does not parse: \(error)"))
    }
    guard let node else { return .success(.null(line: firstLine)) }
    var budget = maximumNodes
    guard let value = convert(node, firstLine: firstLine, budget: &budget, depth: 0) else {
      return .failure(
        Problem(
          line: firstLine,
          message: "YAML expands to more than \(maximumNodes) values or nests too deeply (aliases?); refused"))
    }
    return .success(value)
  }

  /// The line (1-based, in `yaml`) of the next key `key` after the one at `mark`, standing at the
  /// same column: the duplicate in a block mapping. `nil` when it cannot be found (a flow mapping).
  static func duplicateLine(of key: String, after mark: Mark, in yaml: String) -> Int? {
    let column = mark.column - 1
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
    guard mark.line >= 1, mark.line < lines.count else { return nil }
    for index in mark.line..<lines.count {
      let line = lines[index]
      guard line.count > column else { continue }
      let rest = line.dropFirst(column)
      for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written) {
        let after = rest.dropFirst(written.count).drop(while: { $0 == " " || $0 == "\t" })
        if after.first == ":" { return index + 1 }
      }
    }
    return nil
  }

  private static func convert(_ node: Node, firstLine: Int, budget: inout Int, depth: Int) -> YAMLValue? {
    budget -= 1
    guard budget >= 0, depth < 64 else { return nil }
    let line = (node.mark?.line ?? 1) + firstLine - 1
    switch node {
    case let .scalar(scalar):
      if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
        return .null(line: line)
      }
      return .scalar(TextDecoding.replacingControls(scalar.string, keepingNUL: false), line: line)
    case let .sequence(sequence):
      var items: [YAMLValue] = []
      for child in sequence {
        guard let value = convert(child, firstLine: firstLine, budget: &budget, depth: depth + 1) else { return nil }
        items.append(value)
      }
      return .sequence(items, line: line)
    case let .mapping(mapping):
      var entries: [(key: String, value: YAMLValue, line: Int)] = []
      for (key, value) in mapping {
        guard let converted = convert(value, firstLine: firstLine, budget: &budget, depth: depth + 1) else {
          return nil
        }
        let keyLine = (key.mark?.line ?? 1) + firstLine - 1
        entries.append((key: TextDecoding.replacingControls(key.string ?? "\(key)", keepingNUL: false), value: converted, line: keyLine))
      }
      return .mapping(entries, line: line)
    case let .alias(alias):
      return .scalar("*" + alias.anchor.rawValue, line: line)
    }
  }

  /// What to change for the YAML errors notes most often make, read from the line the error
  /// stands on (1-based in `yaml`); `line` when the mistake is on an earlier line than Yams reports.
  static func hint(problem: String, line: Int, column: Int, yaml: String, firstLine: Int = 1) -> (line: Int?, text: String)? {
    let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    guard line >= 1, line <= lines.count else { return nil }
    let text = lines[line - 1]
    // A quote left open on a line before takes the lines after it into its value.
    for earlier in stride(from: line - 1, through: 1, by: -1) {
      let candidate = lines[earlier - 1]
      let quotes = candidate.split(separator: "\\\"", omittingEmptySubsequences: false).joined().filter { $0 == "\"" }.count
      let value = (candidate.range(of: ": ").map { candidate[$0.upperBound...] } ?? candidate).drop { $0 == " " || $0 == "-" }
      if quotes % 2 == 1, value.first == "\"" {
        return (earlier, "the quote opened on line \(earlier + firstLine - 1) is not closed on that line; close it there")
      }
      if earlier < line - 3 { break }
    }
    func quoted(_ line: Substring) -> String? {
      guard let colon = line.range(of: ": ") else { return nil }
      let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
      let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      return "\(line[..<colon.lowerBound]): \"\(escaped)\""
    }
    let index = text.index(text.startIndex, offsetBy: min(max(column - 1, 0), text.count))
    let character = index < text.endIndex ? text[index] : nil
    if problem.contains("mapping values are not allowed") {
      return (nil, "a value that holds ': ' must be quoted" + (quoted(text).map { ": \($0)" } ?? ""))
    }
    if problem.contains("tab character") { return (nil, "indent with spaces, not tabs") }
    if problem.contains("cannot start any token") {
      if character == "\t" || text.first == "\t" { return (nil, "indent with spaces, not tabs") }
      if let character { return (nil, "a value that starts with '\(character)' must be quoted" + (quoted(text).map { ": \($0)" } ?? "")) }
    }
    // A bracket left open: the mistake is on the line it opens, which Yams passes by.
    func opening(_ open: Character, _ close: Character) -> Int? {
      for earlier in stride(from: line, through: max(1, line - 8), by: -1) {
        let candidate = lines[earlier - 1]
        if candidate.filter({ $0 == open }).count > candidate.filter({ $0 == close }).count { return earlier }
      }
      return nil
    }
    if problem.contains("expected ',' or ']'") {
      return (opening("[", "]"), "close the list with ']' on the line it opens, or write each item on its own line after '- '")
    }
    if problem.contains("expected ',' or '}'") {
      return (opening("{", "}"), "close the braces with '}' on the line they open, or write each field on its own line")
    }
    if problem.contains("expected '-' indicator") || problem.contains("did not find expected key") || problem.contains("expected <block end>") {
      return (nil, "check the indentation: the fields of one entry, and the items of one list, must start in the same column")
    }
    if problem.contains("could not find expected ':'") {
      return (nil, "each line is 'key: value'; a value that runs over several lines must be quoted or indented under its key")
    }
    return nil
  }

  private static func problem(from error: YamlError, yaml: String, firstLine: Int) -> Problem {
    switch error {
    case let .scanner(context?, problem, _, _) where context.text.contains("quoted scalar") && problem.contains("end of stream"):
      // The error stands where the text ends; the quote that is never closed, where it opened.
      let line = context.mark.line + firstLine - 1
      return Problem(
        line: line, column: context.mark.column,
        message: "YAML does not parse: the quoted value opened on line \(line) is never closed; add the closing quote")
    case let .parser(_, problem, mark, _) where problem.hasPrefix("Maximum nesting level"):
      return Problem(
        line: mark.line + firstLine - 1, column: mark.column,
        message: "YAML does not parse: its lists and maps nest too deeply here; write fields as 'field: value' lines")
    case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
      let .composer(context, problem, mark, _):
      let prefix = context.map { "\($0.text) " } ?? ""
      let fix = hint(problem: problem, line: mark.line, column: mark.column, yaml: yaml, firstLine: firstLine)
      return Problem(
        line: (fix?.line ?? mark.line) + firstLine - 1, column: fix?.line == nil ? mark.column : 1,
        message: "YAML does not parse: \(prefix)\(problem)" + (fix.map { "; \($0.text)" } ?? ""))
    case let .duplicatedKeysInMapping(duplicates, context):
      // Yams marks the first of the keys; the duplicate is the next key of that name at its column.
      let first = context.mark.line + firstLine - 1
      let key = duplicates.first ?? ""
      let second = duplicateLine(of: key, after: context.mark, in: yaml).map { $0 + firstLine - 1 }
      let others = duplicates.dropFirst().map { "'\($0)'" }
      let also = others.isEmpty ? "" : " (and \(others.joined(separator: ", ")) too)"
      return Problem(
        line: second ?? first, column: context.mark.column,
        message: "YAML has the key '\(key)' twice\(also): first on line \(first); keep one")
    case let .reader(problem, _, _, _):
      return Problem(line: firstLine, message: "YAML cannot be read: \(problem)")
    default:
      return Problem(line: firstLine, message: "YAML does not parse: \(error)")
    }
  }
}
