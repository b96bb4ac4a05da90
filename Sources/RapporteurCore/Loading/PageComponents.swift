import Foundation

/// Notes kept as MDX pages (Docusaurus, Astro) hold the site's components around their text:
/// `<Recommendation actor="donors">…</Recommendation>`, `<Tabs>` and `<TabItem>`,
/// `<SessionMeta id="…" />`, and the `import` lines that bring them in. rapporteur reads the text
/// as the page shows it: imports and components go (a component alone on its line leaves the line
/// blank), and an `<ActionItem owner="…" due="…">` (or `done`) is read as a task box with those
/// fields ("- [ ] Circulate the summary — owner: Forum Secretariat, due: 2036-11-20"). Every line
/// keeps its number. Only a component's name starts with a capital letter, as MDX has it: HTML's
/// own tags stay as written.
public enum PageComponents {
  /// The text as the page shows it; the text itself when it holds no component (most notes).
  public static func plain(_ text: String) -> String {
    guard text.utf8.containsBytes("</".utf8) || text.utf8.containsBytes("/>".utf8), hasComponent(text) else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var fences = CodeFences()
    // An action item whose text runs over lines: its fields, and the line its text starts on.
    var openTask: (fields: String, done: Bool, start: Int?)? = nil
    for index in lines.indices {
      let trimmed = lines[index].drop { $0 == " " || $0 == "\t" }
      if fences.hold(trimmed) { continue }
      // MDX's own lines: "import Tabs from '@theme/Tabs';", "import { A, B } from '…';".
      if (trimmed.hasPrefix("import ") || trimmed.hasPrefix("export ")) && (trimmed.contains(" from '") || trimmed.contains(" from \"")) {
        lines[index] = ""
        continue
      }
      var line = lines[index]
      var task: (fields: String, done: Bool)? = nil
      var closesTask = false
      var result = ""
      // Every tag on the line in one pass, so that a line of thousands of tags is read once.
      var rest = line.startIndex
      for tag in components(in: line) {
        result += line[rest..<tag.range.lowerBound]
        if tag.name == "ActionItem" {
          if tag.closing {
            closesTask = true
          } else {
            task = taskFields(tag.attributes)
          }
        }
        rest = tag.range.upperBound
      }
      result += line[rest...]
      guard result.count != line.count || task != nil || closesTask else { continue }
      line = result.trimmingCharacters(in: .whitespaces).isEmpty ? "" : result
      if let opened = task {
        if closesTask {
          if !line.isEmpty { line = written(line, fields: opened.fields, done: opened.done) }
        } else {
          openTask = (opened.fields, opened.done, line.isEmpty ? nil : index)
          if !line.isEmpty { line = boxed(line, done: opened.done) }
        }
      } else if var open = openTask {
        if open.start == nil, !line.isEmpty {
          open.start = index
          line = boxed(line, done: open.done)
        }
        if closesTask {
          if !line.isEmpty {
            line += fieldsText(open.fields)
          } else if let last = (open.start.map { Array($0..<index) } ?? []).last(where: { !lines[$0].isEmpty }) {
            lines[last] += fieldsText(open.fields)
          }
          openTask = nil
        } else {
          openTask = open
        }
      }
      lines[index] = line
    }
    return lines.joined(separator: "\n")
  }

  /// Whether a text holds a component's tag at all: "<" and a capital letter.
  static func hasComponent(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "<") {
        let next = bytes[index + 1] == UInt8(ascii: "/") && index + 2 < bytes.count ? bytes[index + 2] : bytes[index + 1]
        if next >= UInt8(ascii: "A"), next <= UInt8(ascii: "Z") { return true }
      }
      index += 1
    }
    return false
  }

  struct Tag {
    var name: String
    var closing: Bool
    var attributes: [String: String]
    var range: Range<String.Index>
  }

  /// The components' tags on a line, in order: `<Name …>`, `<Name … />` or `</Name>`.
  static func components(in line: String) -> [Tag] {
    guard line.utf8.contains(UInt8(ascii: "<")) else { return [] }
    return componentTag.matches(in: line, range: NSRange(line.startIndex..<line.endIndex, in: line)).compactMap { match in
      guard let whole = Range(match.range, in: line), let nameRange = Range(match.range(at: 2), in: line) else { return nil }
      var attributes: [String: String] = [:]
      if let inside = Range(match.range(at: 3), in: line) {
        let part = String(line[inside])
        for found in attribute.matches(in: part, range: NSRange(part.startIndex..<part.endIndex, in: part)) {
          guard let key = Range(found.range(at: 1), in: part) else { continue }
          var value = ""
          for group in 2...3 {
            if let range = Range(found.range(at: group), in: part) { value = String(part[range]) }
          }
          attributes[String(part[key])] = value
        }
      }
      return Tag(name: String(line[nameRange]), closing: match.range(at: 1).length > 0, attributes: attributes, range: whole)
    }
  }

  private static let componentTag = NSRegularExpression.builtIn(
    "MDX component tag", #"<(/)?([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)?)((?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*/?>"#, options: [])
  private static let attribute = NSRegularExpression.builtIn(
    "MDX component attribute", #"([A-Za-z_:][-A-Za-z0-9_:.]*)(?:=(?:"([^"]*)"|'([^']*)'|\{[^}]*\}))?"#, options: [])

  /// An action item's fields as rapporteur reads them, and whether it is done.
  static func taskFields(_ attributes: [String: String]) -> (fields: String, done: Bool) {
    let owner = ["owner", "assignee", "who", "responsible", "lead"].lazy.compactMap { attributes[$0] }.first(where: { !$0.isEmpty })
    let due = ["due", "deadline", "by", "date"].lazy.compactMap { attributes[$0] }.first(where: { !$0.isEmpty })
    let status = (attributes["status"] ?? "").lowercased()
    let done = attributes["done"].map { $0 != "false" } ?? false || ["done", "complete", "completed", "closed"].contains(status)
    let fields = [owner.map { "owner: \($0)" }, due.map { "due: \($0)" }].compactMap { $0 }.joined(separator: ", ")
    return (fields, done)
  }

  static func boxed(_ line: String, done: Bool) -> String {
    let indent = line.prefix { $0 == " " || $0 == "\t" }
    return indent + "- [\(done ? "x" : " ")] " + line.dropFirst(indent.count)
  }

  static func fieldsText(_ fields: String) -> String { fields.isEmpty ? "" : " \u{2014} " + fields }

  static func written(_ line: String, fields: String, done: Bool) -> String {
    var text = line
    while text.hasSuffix(" ") { text.removeLast() }
    return boxed(text, done: done) + fieldsText(fields)
  }
}
