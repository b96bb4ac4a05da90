import Foundation
import RapporteurCLI
import RapporteurCore
import RapporteurKit
import Testing
import TestSupport

@Suite struct LintCommandTests {
  @Test func theSampleLintsClean() throws {
    let result = try LintRun.run(input: repositoryPath("Inputs"), paths: [])
    let serious = result.findings.filter { $0.severity != .info }
    #expect(serious.isEmpty, "\(serious)")
    #expect(result.summary.files >= 5)
    #expect(Rapporteur.run(["lint", "--input", repositoryPath("Inputs"), "--strict"]) == 0)
  }

  @Test func theSeedAgendaOverlapIsFoundOnThe1320Line() throws {
    let fixture = repositoryPath("Tests/RapporteurCLITests/Fixtures/seed-agenda.md")
    let result = try LintRun.run(input: repositoryPath("Inputs"), paths: [fixture])
    let overlaps = result.findings.filter { $0.rule == "agenda-overlap" }
    #expect(overlaps.count == 1)
    let line = try #require(overlaps.first?.line)
    let text = try String(contentsOfFile: fixture, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(text[line - 1].hasPrefix("13:20"))
    #expect(overlaps.first?.column == 1)
  }

  /// Lines that once stopped every command or were misread (a paragraph of only a colon, empty
  /// task boxes, transcript turns, dictated lines, nested quotes under Recommendations): they are
  /// linted and read. The file is also a seed of `make fuzz`.
  @Test func oddLinesAreLintedAndRead() throws {
    let fixture = repositoryPath("Tests/RapporteurCLITests/Fixtures/odd-lines.md")
    let result = try LintRun.run(input: repositoryPath("Inputs"), paths: [fixture])
    #expect(result.findings.filter { $0.severity == .error }.isEmpty, "\(result.findings)")
    let session = try SessionLoader.load(file: fixture, text: String(contentsOfFile: fixture, encoding: .utf8)).get()
    let extract = Extractor().extract(session)
    #expect(extract.actions.map(\.owner) == ["UNDP", "panellist, ministry", "Secretariat", "Mme Diallo", "Sra. López"])
    #expect(extract.actions.map(\.due) == ["2017-09-22", "2017-09-21", "2017-10-20", "2017-10-15", "2017-09-22"])
    #expect(extract.recommendations.map(\.actors) == [["donors"], ["donors"], ["governments"], ["donors"], [], ["local-authorities"]])
  }

  /// Front matter that does not parse stops the fields' rules, not those that read only the
  /// Markdown: its links, tables and acronyms are still checked.
  @Test func theMarkdownUnderBrokenFrontMatterIsStillChecked() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write(
      "sessions/a.md",
      "---\ntitle: Side event 4: Early warning\ndate: \"2023-10-18\"\ntime: \"14:00-15:00\"\n---\n## Discussion\n\n"
        + "The slides are [here]().\nA DDR adviser spoke.\n")
    let result = try LintRun.run(input: input.path, paths: [])
    #expect(result.findings.map(\.rule) == ["front-matter-invalid", "link-placeholder", "acronym-undefined"])
    #expect(result.findings.map(\.line) == [2, 8, 9])
  }

  @Test func exitStatusZeroWhenOnlyWarnings() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter() + "## Purpose\n\nTBD\n")
    #expect(Rapporteur.run(["lint", "--input", input.path]) == 0)
  }

  @Test func exitStatusOneOnErrorsOrStrictWarnings() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", "## Purpose\n\nNo front matter.\n")
    #expect(Rapporteur.run(["lint", "--input", input.path]) == 1)
    try input.write("sessions/a.md", LintExample.standardFrontMatter() + "## Purpose\n\nTBD\n")
    #expect(Rapporteur.run(["lint", "--input", input.path, "--strict"]) == 1)
  }

  /// The examples of the event's rules file are checked by `lint`: one its rules do not tag as it
  /// says is a warning naming the file and the example's line, as is a built-in example (at its
  /// entry's line) that a phrase the file adds now breaks.
  @Test func rulesFileExamplesThatDoNotHoldAreReported() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter() + "## Purpose\n\nText.\n")
    try input.write(
      "rules.yml",
      "themes:\n  gender:\n    phrases: [parity]\n    examples:\n      match: [\"Parity matters.\", \"Balance matters.\"]\n"
        + "  funding:\n    phrases: [panel]\n")
    let result = try LintRun.run(input: input.path, paths: [])
    let file = input.path + "/rules.yml"
    #expect(
      result.ruleExampleWarnings == [
        "\(file):5: warning: themes: gender: the match example “Balance matters.” is not tagged gender (themes found: none)",
        "\(file):6: warning: themes: funding: the no-match example “The panel met in the morning.” is tagged funding",
      ])
    try input.write("rules.yml", "themes:\n  gender:\n    phrases: [parity]\n    examples:\n      match: [\"Parity matters.\"]\n")
    #expect(try LintRun.run(input: input.path, paths: []).ruleExampleWarnings.isEmpty)
  }

  @Test func exitStatusTwoWhenLintCannotRun() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter())
    try input.write("rules.yml", "lint:\n  no-such-rule: off\n")
    #expect(Rapporteur.run(["lint", "--input", input.path]) == 2)
    try input.write("rules.yml", "lint: [broken\n")
    #expect(Rapporteur.run(["lint", "--input", input.path]) == 2)
    #expect(Rapporteur.run(["lint", "--format", "xml"]) == 2)
    #expect(Rapporteur.run(["lint", "--input", input.path, input.path + "/missing.md"]) == 2)
  }

  @Test func aFolderOfNotesIsReadAndARepeatedFileOnce() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter(id: "a") + "## Purpose\n\nTBD\n")
    try input.write("sessions/b.md", LintExample.standardFrontMatter(id: "b") + "## Purpose\n\nText.\n")
    let sessions = input.path + "/sessions"
    let files = try InputsLoader.noteFiles(input: input.path, paths: [sessions, sessions + "/a.md", sessions + "/./b.md"])
    #expect(files == [sessions + "/a.md", sessions + "/b.md"])
    let result = try LintRun.run(input: input.path, paths: [sessions + "/a.md", sessions + "/a.md"])
    #expect(result.summary.files == 1)
    #expect(!result.findings.contains { $0.rule == "session-id-duplicate" })
    try FileManager.default.createDirectory(atPath: input.path + "/empty", withIntermediateDirectories: true)
    #expect(Rapporteur.run(["lint", "--input", input.path, input.path + "/empty"]) == 2)
  }

  /// `lint` lets each note go once it is linted; its findings, the cross-file ones included, are
  /// those of linting all the notes held at once.
  @Test func streamedLintEqualsAllAtOnce() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    let body = "## Action items\n\n- Circulate the draft to the WG.\n\n## Recommendations\n\n- More funding is needed.\n"
    try input.write("sessions/a.md", LintExample.standardFrontMatter(id: "dup") + body)
    try input.write("sessions/b.md", "---\ntitle: Éé\nid:   dup\ndate: \"2017-09-21\"\ntime: \"13:15-15:00\"\n---\n" + body)
    try input.write(
      "sessions/c.md",
      "---\n# rapporteur-disable-next-line session-id-duplicate\nid: dup\ntitle: T\ndate: \"2017-09-21\"\n---\nTODO\n")
    try input.write("sessions/dup.md", "---\ntitle: T\ndate: \"2017-09-21\"\n---\n<!-- rapporteur-disable nothing -->\n")
    try input.write("sessions/e.md", Data([0x2D, 0x2D, 0xFF, 0x0A]))
    try input.write("sessions/f.md", LintExample.standardFrontMatter(id: "f") + "Binary\u{0}data\n")
    let streamed = try LintRun.run(input: input.path, paths: [])

    let linter = try Linter()
    let files = try InputsLoader.noteFiles(input: input.path, paths: []).map { path in
      linter.file(path: path, data: [UInt8](FileManager.default.contents(atPath: path) ?? Data()))
    }
    #expect(streamed.findings == linter.lint(files))
    let duplicates = streamed.findings.filter { $0.rule == "session-id-duplicate" }
      .map { "\(($0.file as NSString).lastPathComponent):\($0.line):\($0.column) \($0.message)" }
    let first = input.path + "/sessions/a.md"
    #expect(
      duplicates == [
        "b.md:3:7 session id 'dup' is also used by \(first)", "dup.md:1:1 session id 'dup' is also used by \(first)",
      ])
    #expect(Set(streamed.findings.map(\.rule)).isSuperset(of: ["action-no-owner", "recommendation-no-actor", "file-unreadable", "directive-invalid"]))
  }

  /// A file that is not text gets the one finding that says so, not findings about its bytes.
  @Test func aBinaryFileHasOnlyItsUnreadableFinding() throws {
    let linter = try Linter()
    let bytes: [UInt8] = [0x2D, 0x2D, 0xFF, 0x0A, 0x58, 0x51, 0x20, 0x58, 0x51, 0x0A, 0x00, 0xC3]
    let findings = linter.lint([linter.file(path: "binary.md", data: bytes)])
    #expect(findings.map(\.rule) == ["file-unreadable"])
  }

  @Test func aFolderNamedLikeANoteIsReportedAsAFolder() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter() + "## Purpose\n\nText.\n")
    try FileManager.default.createDirectory(atPath: input.path + "/sessions/folder.md", withIntermediateDirectories: true)
    let result = try LintRun.run(input: input.path, paths: [])
    let finding = try #require(result.findings.first { $0.file.hasSuffix("folder.md") })
    #expect(finding.rule == "file-unreadable")
    #expect(finding.message == "is a folder, not a notes file")
  }

  @Test func brokenAndLoopingLinksAreFindingsNamedForWhatTheyAre() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter() + "## Purpose\n\nText.\n")
    let sessions = input.path + "/sessions"
    try FileManager.default.createSymbolicLink(atPath: sessions + "/loop1.md", withDestinationPath: "loop2.md")
    try FileManager.default.createSymbolicLink(atPath: sessions + "/loop2.md", withDestinationPath: "loop1.md")
    try FileManager.default.createSymbolicLink(atPath: sessions + "/gone.md", withDestinationPath: "nowhere.md")
    let result = try LintRun.run(input: input.path, paths: [])
    let messages = result.findings.filter { $0.rule == "file-unreadable" }.map { "\($0.file.split(separator: "/").last ?? ""): \($0.message)" }
    #expect(messages == [
      "gone.md: is a link to 'nowhere.md', which does not exist",
      "loop1.md: is a link that leads back to itself; point it at a notes file",
      "loop2.md: is a link that leads back to itself; point it at a notes file",
    ])
    // A build refuses them with the same words.
    #expect(InputsLoader.unreadableNote(sessions + "/loop1.md")?.description == sessions + "/loop1.md: is a link that leads back to itself; point it at a notes file")
  }

  @Test(arguments: ["event.yml", "rules.yml"])
  func aSettingsFileThatIsAFolderStopsEveryCommand(name: String) throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", LintExample.standardFrontMatter() + "## Purpose\n\nText.\n")
    if name == "rules.yml" { try input.write("event.yml", "name: Forum\n") }
    try FileManager.default.createDirectory(atPath: input.path + "/" + name, withIntermediateDirectories: true)
    let error = #expect(throws: RapporteurError.self) { try LintRun.run(input: input.path, paths: []) }
    #expect(error?.description == "\(input.path)/\(name): is a folder, not a file; remove it or put the settings file in its place")
    let commands = [
      ["lint", "--input", input.path], ["extract", "--input", input.path],
      ["build", "--input", input.path, "--output", input.path + "/out"],
    ]
    for command in commands {
      #expect(Rapporteur.run(command) == 2, "\(command[0])")
    }
  }

  @Test func readmeTableMatchesTheRegistry() throws {
    let readme = try String(contentsOfFile: repositoryPath("README.md"), encoding: .utf8)
    var rows: [String: String] = [:]
    for line in readme.split(separator: "\n") where line.hasPrefix("| ") {
      let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard cells.count >= 3, let severity = Severity(rawValue: cells[1]) else { continue }
      rows[cells[0]] = severity.rawValue
    }
    let registry = Dictionary(uniqueKeysWithValues: LintRegistry.descriptions.map { ($0.id, $0.defaultSeverity.rawValue) })
    #expect(rows == registry, "README's lint table and the registry differ")
  }

  @Test func listRulesPrintsTheCatalogue() {
    let table = LintCatalogue.table()
    for rule in LintRegistry.descriptions {
      #expect(table.contains(rule.id))
    }
    #expect(Rapporteur.run(["lint", "--list-rules"]) == 0)
    // With --format json, the same rules as JSON any parser reads.
    let json = try? JSONSerialization.jsonObject(with: Data(LintCatalogue.json().utf8)) as? [String: Any]
    let rules = json?["rules"] as? [[String: String]]
    #expect(rules?.map { $0["id"] ?? "" } == LintRegistry.descriptions.map(\.id))
    #expect(rules?.map { $0["severity"] ?? "" } == LintRegistry.descriptions.map(\.defaultSeverity.rawValue))
  }
}

@Suite struct LintReporterTests {
  static let findings = [
    Finding(file: "Inputs/sessions/a b.md", line: 3, column: 7, rule: "todo-marker", severity: .warning, message: "'TBD' left in the notes"),
    Finding(file: "Inputs/sessions/a b.md", line: 1, column: 1, rule: "field-missing", severity: .error, message: "front matter has no 'date' field"),
    Finding(file: "x.md", line: 9, column: 2, rule: "action-no-due", severity: .info, message: "a, b: \"quoted\"\n100%"),
  ]
  static let summary = LintSummary(files: 2, findings: findings)

  @Test(arguments: ["text", "json", "github", "sarif"])
  func reportersMatchTheirGoldenFiles(id: String) throws {
    let reporter = try #require(LintReporters.reporter(id))
    let output = reporter.report(Self.findings, summary: Self.summary, options: .init(colored: false))
    assertSnapshot(output, named: "lint.\(id)", target: "RapporteurCLITests")
  }

  @Test func jsonIsTheLintSchema() throws {
    let output = JSONReporter.report(Self.findings, summary: Self.summary, options: .init())
    let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(object["schema"] as? String == "rapporteur.lint/1")
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == 3)
    #expect(Set(findings[0].keys) == ["file", "line", "column", "rule", "severity", "message"])
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary == ["files": 2, "errors": 1, "warnings": 1, "infos": 1])
  }

  /// The parts of SARIF 2.1.0 that code-scanning uploads require, checked one by one.
  @Test func sarifHasThe210Structure() throws {
    let output = SARIFReporter.report(Self.findings, summary: Self.summary, options: .init())
    let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
    let runs = try #require(log["runs"] as? [[String: Any]])
    #expect(runs.count == 1)
    let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "rapporteur")
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == LintRegistry.descriptions.map(\.id))
    for rule in rules {
      #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
      let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
      #expect(["error", "warning", "note"].contains(level ?? ""))
    }
    let results = try #require(runs[0]["results"] as? [[String: Any]])
    #expect(results.count == 3)
    for result in results {
      let id = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == id)
      #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
      #expect((result["message"] as? [String: Any])?["text"] is String)
      let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
      let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
      #expect(URL(string: uri) != nil, "\(uri) is not a URI reference")
      let region = try #require(location["region"] as? [String: Int])
      #expect((region["startLine"] ?? 0) >= 1 && (region["startColumn"] ?? 0) >= 1)
    }
  }

  @Test func aDirectiveThatSilencesNothingIsReportedUnderItsOwnRule() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write(
      "sessions/a.md",
      LintExample.standardFrontMatter() + "## Purpose\n\n<!-- rapporteur-disable todo-markers -->\nTODO\n<!-- rapporteur-disable -->\n")
    let findings = try LintRun.run(input: input.path, paths: []).findings
    let directives = findings.filter { $0.rule == "directive-invalid" }
    #expect(directives.map(\.line) == [9, 11])
    #expect(directives.first?.message.contains("did you mean 'todo-marker'?") == true)
    // The misspelt id silences nothing: the marker is still reported.
    #expect(findings.contains { $0.rule == "todo-marker" && $0.line == 10 })
    // Every finding, in every format, names its rule.
    #expect(findings.allSatisfy { !$0.rule.isEmpty })
    let summary = LintSummary(files: 1, findings: findings)
    let text = TextReporter.report(directives, summary: summary, options: .init())
    #expect(text.split(separator: "\n").allSatisfy { $0.hasSuffix("[directive-invalid]") })
  }

  @Test func githubAnnotationsEscapeTheirProperties() {
    let output = GitHubReporter.report(Self.findings, summary: Self.summary, options: .init())
    #expect(output.contains("::warning file=Inputs/sessions/a b.md,line=3,col=7,title=todo-marker::'TBD' left in the notes"))
    #expect(output.contains("::notice file=x.md,line=9,col=2,title=action-no-due::a, b: \"quoted\"%0A100%25"))
  }
}
