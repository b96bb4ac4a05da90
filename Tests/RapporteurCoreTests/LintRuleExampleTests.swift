import Foundation
import RapporteurCore
import Testing

extension LintRuleDescription: CustomTestStringConvertible {
  public var testDescription: String { id }
}

/// A note with its `↓` markers taken out, and where they stood (line, column in characters).
struct MarkedNote {
  var text: String
  var markers: Set<Location>

  struct Location: Hashable, CustomStringConvertible {
    var line: Int
    var column: Int
    var description: String { "\(line):\(column)" }
  }

  init(_ marked: String) {
    var text = ""
    var markers: Set<Location> = []
    var line = 1
    var column = 1
    for character in marked.unicodeScalars {
      if character == "↓" {
        markers.insert(Location(line: line, column: column))
        continue
      }
      text.unicodeScalars.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    self.text = text
    self.markers = markers
  }
}

/// Runs one rule's example: the findings of that rule in the example's own note.
func findings(
  of rule: String, in text: String, example: LintExample, lintSettings: String? = nil
) throws -> [Finding] {
  var rules = TaggingRules.defaults
  if let lintSettings { rules = try TaggingRules.loading(text: lintSettings, file: "rules.yml") }
  let linter = try Linter(rules: rules, event: Event(dates: example.eventDates, requiredSections: example.requiredSections))
  var files = example.others.enumerated().map { linter.file(path: "other-\($0.offset + 1).md", text: MarkedNote($0.element).text) }
  files.append(linter.file(path: "example.md", data: Array(text.utf8)))
  return linter.lint(files).filter { $0.file == "example.md" && $0.rule == rule }
}

/// The note with a directive line before every marked line: a YAML comment inside front matter,
/// an HTML comment (indented like the line) elsewhere.
func withNextLineDirectives(_ note: MarkedNote, rule: String) -> String {
  var lines = note.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  var frontMatter: ClosedRange<Int>? = nil
  if let open = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }),
    let close = lines[(open + 1)...].firstIndex(where: { $0 == "---" || $0 == "..." })
  {
    frontMatter = (open + 2)...(close + 1)
  } else if let open = lines.firstIndex(of: "---") {
    frontMatter = (open + 2)...(lines.count + 1)
  }
  for line in note.markers.map(\.line).sorted(by: >) where line >= 1 {
    let index = min(line - 1, lines.count)
    let indent = index < lines.count ? String(lines[index].prefix { $0 == " " }) : ""
    let directive =
      frontMatter?.contains(line) == true
      ? "\(indent)# rapporteur-disable-next-line \(rule)" : "\(indent)<!-- rapporteur-disable-next-line \(rule) -->"
    lines.insert(directive, at: index)
  }
  return lines.joined(separator: "\n")
}

@Suite struct LintRuleExampleTests {
  @Test(arguments: LintRegistry.descriptions)
  func examples(_ rule: LintRuleDescription) throws {
    #expect(rule.triggering.count >= 2, "\(rule.id) needs at least two triggering examples")
    #expect(rule.nonTriggering.count >= 2, "\(rule.id) needs at least two non-triggering examples")
    for example in rule.triggering {
      let location = SourceLocation(
        fileID: "RapporteurCore/\(example.sourceFile.split(separator: "/").last ?? "")",
        filePath: example.sourceFile, line: example.sourceLine, column: 1)
      let note = MarkedNote(example.text)
      #expect(!note.markers.isEmpty, "a triggering example of \(rule.id) has no ↓ marker", sourceLocation: location)
      let found = try findings(of: rule.id, in: note.text, example: example)
      let where_ = Set(found.map { MarkedNote.Location(line: $0.line, column: $0.column) })
      #expect(
        where_ == note.markers,
        "\(rule.id): findings at \(where_.sorted { ($0.line, $0.column) < ($1.line, $1.column) }), markers at \(note.markers.sorted { ($0.line, $0.column) < ($1.line, $1.column) })",
        sourceLocation: location)
      #expect(found.allSatisfy { $0.severity == rule.defaultSeverity })
      #expect(found.allSatisfy { !$0.message.hasSuffix(".") && !$0.message.isEmpty }, "messages end without a period")

      // The three ways to silence a rule.
      let disabled = "<!-- rapporteur-disable \(rule.id) -->\n" + note.text
      #expect(try findings(of: rule.id, in: disabled, example: example).isEmpty, "rapporteur-disable", sourceLocation: location)
      let nextLine = withNextLineDirectives(note, rule: rule.id)
      let stillFound = try findings(of: rule.id, in: nextLine, example: example)
      #expect(stillFound.isEmpty, "rapporteur-disable-next-line left \(stillFound)", sourceLocation: location)
      let off = try findings(of: rule.id, in: note.text, example: example, lintSettings: "lint:\n  \(rule.id): off\n")
      #expect(off.isEmpty, "'\(rule.id): off' in rules.yml", sourceLocation: location)
    }
    for example in rule.nonTriggering {
      let location = SourceLocation(
        fileID: "RapporteurCore/x.swift", filePath: example.sourceFile, line: example.sourceLine, column: 1)
      let note = MarkedNote(example.text)
      let found = try findings(of: rule.id, in: note.text, example: example)
      #expect(found.isEmpty, "\(rule.id) fired on a non-triggering example: \(found)", sourceLocation: location)
    }
  }

  @Test func ruleIDsAreUniqueKebabCase() {
    let ids = LintRegistry.descriptions.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      #expect(id.range(of: "^[a-z]+(-[a-z]+)*$", options: .regularExpression) != nil, "\(id) is not kebab-case")
    }
  }

  @Test func theSpecCatalogueIsComplete() {
    let spec: [(String, Severity)] = [
      ("front-matter-missing", .error), ("front-matter-invalid", .error), ("field-missing", .error),
      ("field-invalid", .error), ("section-missing", .error), ("section-empty", .warning),
      ("section-duplicate", .warning), ("agenda-overlap", .warning), ("agenda-outside-session", .warning),
      ("action-no-owner", .warning), ("action-no-due", .info), ("recommendation-no-actor", .info),
      ("acronym-undefined", .warning), ("link-placeholder", .warning), ("todo-marker", .warning),
      ("session-id-duplicate", .error), ("gfm-table", .warning),
    ]
    for (id, severity) in spec {
      #expect(LintRegistry.rule(id)?.description.defaultSeverity == severity, "\(id)")
    }
  }

  @Test func columnsCountCodePointsNotBytes() throws {
    let linter = try Linter()
    let file = linter.file(
      path: "x.md", text: LintExample.standardFrontMatter() + "## Purpose\n\nCafé — 🇺🇳 ÜN ABC here.\n")
    let acronyms = linter.lint([file]).filter { $0.rule == "acronym-undefined" }
    // "Café — 🇺🇳 ÜN " is 13 code points (the flag is two), 22 bytes: ABC starts at column 14.
    // ("ÜN" is no acronym: acronyms start with an ASCII capital.)
    #expect(acronyms.map(\.column) == [14])
  }

  @Test func aMissingSectionIsNamedWithItsArticle() throws {
    let linter = try Linter(event: Event(requiredSections: ["panel": [.agenda, .purpose]]))
    let file = linter.file(path: "x.md", text: LintExample.standardFrontMatter(kind: "panel") + "## Discussion\n\nText.\n")
    let messages = linter.lint([file]).filter { $0.rule == "section-missing" }.map(\.message)
    #expect(messages.contains { $0.hasPrefix("'panel' sessions need an 'Agenda' section") })
    #expect(messages.contains { $0.hasPrefix("'panel' sessions need a 'Purpose' section") })
  }

  @Test func manyFindingsOnOneLineKeepTheirColumns() throws {
    let linter = try Linter()
    let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    // 676 different acronyms, each after an "é": "é QAA é QBA …".
    let words = (0..<676).map { "é Q\(letters[$0 % 26])\(letters[$0 / 26])" }
    let text = LintExample.standardFrontMatter() + "## Purpose\n\n" + words.joined(separator: " ") + "\n"
    let columns = linter.lint([linter.file(path: "x.md", text: text)]).filter { $0.rule == "acronym-undefined" }
      .map(\.column)
    // Each word and its space are six code points (seven bytes): the acronyms stand at 3, 9, 15, …
    #expect(columns == (0..<676).map { 3 + 6 * $0 })
  }

  @Test func directivesThatSilenceNothingAreWarnings() throws {
    let linter = try Linter()
    let text =
      LintExample.standardFrontMatter()
      + "<!-- rapporteur-disable todo-markers -->\n<!-- rapporteur-disable -->\n\n## Discussion\n\nTODO here. <!-- rapporteur-disable-line todo-marker -->\n"
    let found = linter.lint([linter.file(path: "x.md", text: text)])
    let unused = found.filter { $0.rule == "directive-invalid" }
    #expect(unused.map(\.line) == [7, 8, 12])
    #expect(unused.allSatisfy { $0.severity == .warning })
    #expect(unused.first?.message == "'todo-markers' in 'rapporteur-disable' is not a lint rule; did you mean 'todo-marker'?")
    #expect(unused.last?.column == 12)
    // None of them silenced the marker.
    #expect(found.contains { $0.rule == "todo-marker" && $0.line == 12 })
  }

  @Test func unknownLintSettingsAreConfigurationErrors() throws {
    let rules = try TaggingRules.loading(text: "lint:\n  no-such-rule: off\n", file: "rules.yml")
    #expect(throws: RapporteurError.self) { try Linter(rules: rules) }
    let bad = try TaggingRules.loading(text: "lint:\n  todo-marker: loud\n", file: "rules.yml")
    #expect(throws: RapporteurError.self) { try Linter(rules: bad) }
    for word in ["none", "fatal", "ignore"] {
      let unknown = try TaggingRules.loading(text: "lint:\n  todo-marker: \(word)\n", file: "rules.yml")
      let error = #expect(throws: RapporteurError.self) { try Linter(rules: unknown) }
      #expect(error?.description == "rules.yml:2: 'lint: todo-marker' is '\(word)'; use error, warning, info or off")
    }
    let raised = try TaggingRules.loading(text: "lint:\n  action-no-due: error\n", file: "rules.yml")
    #expect(try Linter(rules: raised).severities["action-no-due"] == .error)
  }
}
