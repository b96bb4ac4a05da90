import Foundation
import RapporteurCLI
import RapporteurCore
import RapporteurKit
import RapporteurRender
import CommonMark
import Testing
import TestSupport

/// Builds `folder`'s notes into `folder/out` and returns the report, failing the test when the
/// build does not succeed.
func builtReport(_ folder: TemporaryFolder) throws -> String {
  #expect(Rapporteur.run(["build", "--input", folder.path, "--output", folder.path + "/out"]) == 0)
  return try #require(folder.read("out/index.html"))
}

/// What hostile notes may not make the outputs do: act on a terminal, break the HTML, fetch from
/// elsewhere, or write a spreadsheet formula.
@Suite struct HostileOutputTests {
  func input(_ notes: [String: String], rules: String? = nil) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    if let rules { try folder.write("rules.yml", rules) }
    for (name, text) in notes { try folder.write("sessions/\(name)", text) }
    return folder
  }

  /// Whether a text holds a control character other than tab, line feed and carriage return.
  func holdsControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { ($0.value < 0x20 && ![0x09, 0x0A, 0x0D].contains($0.value)) || (0x7F...0x9F).contains($0.value) }
  }

  @Test func controlCharactersReachNoOutput() throws {
    let folder = try input([
      "a.md": "---\ntitle: \"T\\x01\\e[31m\\0X\"\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n\n## Discussion\n\nRaw \u{01} and \u{1B}[31m and \u{7F} and \u{85} here.\n\n## Action items\n\n- UNDP to share the \u{1B}]0;OWNED\u{07} list by 2017-10-31.\n"
    ])
    defer { folder.cleanUp() }
    let html = try builtReport(folder)
    #expect(!holdsControls(html))
    #expect(html.contains("Raw \u{FFFD} and \u{FFFD}[31m"))
    let markdown = try #require(folder.read("out/summaries/a.md"))
    #expect(!holdsControls(markdown))
    let text = try #require(folder.read("sessions/a.md"))
    let session = try SessionLoader.load(file: "a.md", data: Array(text.utf8)).get()
    let csv = ExtractCSVWriter.write([Extractor().extract(session)])
    #expect(csv.contains("UNDP"))
    #expect(!holdsControls(csv))
    #expect(!holdsControls(session.title))
  }

  @Test func lintOutputCannotActOnATerminal() throws {
    let folder = try input(["tab\u{1B}[31m.md": "---\ntitle: x\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\ntags: [\"\\e]0;OWNED\\a\\e[2J\"]\n---\n"])
    defer { folder.cleanUp() }
    let result = try LintRun.run(input: folder.path, paths: [])
    #expect(!result.findings.isEmpty)
    for reporter in [TextReporter.self, GitHubReporter.self] as [any LintReporter.Type] {
      let text = reporter.report(result.findings, summary: result.summary, options: LintReportOptions())
      #expect(!holdsControls(text), "\(reporter.id)")
    }
  }

  @Test func imagesBecomeLinksSoTheReportFetchesNothing() throws {
    let folder = try input([
      "a.md": "---\ntitle: I\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n\n## Discussion\n\n![logo](https://tracker.example/p.gif) [![in](a.png)](https://example.org) ![](e.png)\n"
    ])
    defer { folder.cleanUp() }
    let html = try builtReport(folder)
    #expect(!html.contains("<img"))
    #expect(html.contains("<a href=\"https://tracker.example/p.gif\">logo</a>"))
    #expect(html.contains("<a href=\"https://example.org\">in</a>"))
  }

  @Test func ruleIDsThatAreNotIDsAreRefused() throws {
    let folder = try input(
      ["a.md": "---\ntitle: x\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n"],
      rules: "themes:\n  \"=cmd|calc\":\n    phrases: [\"xyzzy\"]\n")
    defer { folder.cleanUp() }
    #expect(Rapporteur.run(["extract", "--input", folder.path, "--format", "csv"]) == 2)
    #expect(throws: RapporteurError.self) {
      _ = try TaggingRules.loading(text: "actors:\n  \"+act\":\n    phrases: [plugh]\n", file: "rules.yml")
    }
  }

  @Test func oneSessionIsOneSession() throws {
    let folder = try input(["a.md": "---\ntitle: x\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n"])
    defer { folder.cleanUp() }
    let html = try builtReport(folder)
    #expect(html.contains("<p>1 session. "))
  }
}

/// Session anchors never share an HTML id with another session's.
@Suite struct SessionAnchorTests {
  @Test func everyIdOnThePageIsUnique() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    for (file, id) in [("one.md", "a-b"), ("two.md", "a-b-actions"), ("three.md", "a b"), ("four.md", "plenary"), ("five.md", "plenary-summary")] {
      try folder.write(
        "sessions/\(file)",
        "---\nid: \"\(id)\"\ntitle: \(file)\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n\n## Action items\n\n- UNDP to share it by 2017-10-31.\n")
    }
    let html = try builtReport(folder)
    var ids: [String] = []
    var rest = html[...]
    while let start = rest.range(of: " id=\"") {
      let value = rest[start.upperBound...]
      guard let end = value.firstIndex(of: "\"") else { break }
      ids.append(String(value[..<end]))
      rest = value[end...]
    }
    let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    #expect(repeated.isEmpty, "repeated ids: \(repeated)")
    for id in ["a-b", "a-b-actions", "plenary", "plenary-summary"] { #expect(html.contains("<section class=\"session\" id=\"session-\(id)\"")) }
    // Each session keeps `session-ID`; the ids derived from one that would be another's move.
    let unique = SafeName.uniqueAnchors(["a-b", "a-b-actions", "a b", "plenary", "plenary-summary"])
    #expect(unique.anchors == ["a-b", "a-b-actions", "a-b-2", "plenary", "plenary-summary"])
    #expect(unique.bases == ["a-b-3", "a-b-actions", "a-b-2", "plenary-2", "plenary-summary"])
  }
}

/// A chair's section that leaves a block open does not swallow the draft's closing note.
@Suite struct ChairsSectionTests {
  @Test(arguments: ["Thanks.\n\n```\n", "Thanks.\n\n~~~~ text\nkept\n", "Thanks.\n\n<!-- unclosed\n"])
  func theClosingNoteStaysOutside(_ section: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    try folder.write(
      "sessions/a.md", "---\ntitle: F\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n\n## Chair's summary\n\n" + section)
    #expect(Rapporteur.run(["build", "--input", folder.path, "--output", folder.path + "/out"]) == 0)
    let markdown = try #require(folder.read("out/summaries/a.md"))
    // The closing note is read as emphasised text, after the section's code or comment.
    let html = MarkdownHTMLRenderer.render(markdown)
    #expect(html.contains("<em>This summary is the Chair"))
  }
}

/// The chair's section is copied into the Markdown draft as safe as into the HTML: raw HTML as
/// text, no `javascript:` or other unsafe link, images as links; its words all stay.
@Suite struct ChairsSectionMarkdownTests {
  @Test func rawHTMLAndUnsafeLinksDoNotReachTheDraft() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    let section = """
      Chair text <script>alert(1)</script> and <img src=x onerror=alert(2)>.

      <iframe src="javascript:alert(3)"></iframe>

      [click](javascript:alert(4)) [vb](vbscript:msgbox) [ok](https://example.org) ![pic](https://tracker.example.org/p.gif) ![x](javascript:alert(5)) <javascript:alert(6)>

      > quoted <b onmouseover=alert(7)>bold</b>
      """
    try folder.write(
      "sessions/a.md", "---\ntitle: F\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n\n## Chair's summary\n\n" + section + "\n")
    #expect(Rapporteur.run(["build", "--input", folder.path, "--output", folder.path + "/out"]) == 0)
    let markdown = try #require(folder.read("out/summaries/a.md"))
    let html = MarkdownHTMLRenderer.render(markdown)
    for unsafe in ["<script", "<iframe", "<img", "<b ", "href=\"javascript", "href=\"vbscript", "src=\""] {
      #expect(!html.contains(unsafe), "\(unsafe) in the draft's HTML")
    }
    #expect(!markdown.contains("](javascript") && !markdown.contains("](vbscript") && !markdown.contains("![pic]"))
    for words in ["Chair text", "click", "vb", "[ok](https://example.org)", "[pic](https://tracker.example.org/p.gif)", "quoted", "bold"] {
      #expect(markdown.contains(words), "\(words) lost")
    }
    // A section with nothing unsafe is copied as written.
    let plain = "Thanks to *all*.\n\n- One\n- Two"
    #expect(MarkdownHTMLRenderer.safeMarkdown(plain) == plain)
  }
}

/// Notes build without `event.yml`, named on the command line or as a folder; a folder that is
/// not there is refused.
@Suite struct BuildWithoutEventTests {
  @Test func namedNotesAndAFolderBuildAndAMissingFolderIsRefused() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let note = try folder.write("notes/a.md", "---\ntitle: x\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n\n- Donors should act.\n")
    try folder.write("input/sessions/a.md", "---\ntitle: x\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n")
    #expect(Rapporteur.run(["build", "--input", folder.path + "/input", note, "--output", folder.path + "/out"]) == 0)
    #expect(folder.read("out/index.html")?.contains("<title>Event report</title>") == true)
    #expect(Rapporteur.run(["build", "--input", folder.path + "/input", "--output", folder.path + "/out2"]) == 0)
    #expect(folder.read("out2/index.html")?.contains("<title>Event report</title>") == true)
    #expect(Rapporteur.run(["build", "--input", folder.path + "/missing", "--output", folder.path + "/out3"]) == 2)
  }
}
