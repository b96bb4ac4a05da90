import Foundation
import RapporteurCore
import RapporteurKit
import RapporteurRender
import Testing
import TestSupport

/// Builds the report of `input` into a fresh folder and returns that folder.
func buildReport(input: String, keepGoing: Bool = false, output: TemporaryFolder? = nil) throws -> TemporaryFolder {
  let folder = try output ?? TemporaryFolder()
  _ = try BuildPipeline.run(
    BuildPipeline.buildSteps,
    options: BuildOptions(
      input: input, output: folder.path, templates: repositoryPath("Templates"), keepGoing: keepGoing))
  return folder
}

let hostileEvent = """
  name: "Forum <script>alert('e')</script>"
  title: "{{title}} & more"
  dates: ["2017-09-21"]
  organisers: ["<img src=x onerror=alert(1)>"]
  """

let hostileNote = """
  ---
  id: hostile
  title: "<script>alert('t')</script> {{#sessions}}loop{{/sessions}}"
  date: 2017-09-21
  time: 10:00-11:00
  chair: "<b onmouseover=alert(1)>Chair</b>"
  speakers:
    - name: "\\"><svg onload=alert(1)>"
      affiliation: "javascript:alert(1)"
  ---
  ## Discussion

  <script>alert('body')</script>
  <img src=x onerror="alert(1)">
  [a link](javascript:alert(1)) and [another](JaVaScRiPt:alert(2)) and <a href="javascript:alert(3)">raw</a>
  ![img](javascript:alert(4)) and {{mustache}} and {{{triple}}}

  <iframe src="https://example.org"></iframe>
  """

@Suite struct ReportBuildTests {
  @Test func sampleReportMatchesItsGoldenFile() throws {
    let output = try buildReport(input: repositoryPath("Inputs"))
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    // The notes' paths are given from wherever the repository is checked out.
    let portable = html.replacingOccurrences(of: repositoryRoot + "/", with: "")
    #expect(!portable.contains(repositoryRoot))
    assertSnapshot(portable, named: "sample-report.html", target: "RapporteurRenderTests")
  }

  @Test func oneSessionSectionPerNote() throws {
    let output = try buildReport(input: repositoryPath("Inputs"))
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    let notes = try FileManager.default.contentsOfDirectory(atPath: repositoryPath("Inputs/sessions"))
      .filter { $0.hasSuffix(".md") }
    #expect(notes.count >= 5)
    #expect(html.components(separatedBy: "<section class=\"session\" id=\"session-").count - 1 == notes.count)
    for note in notes {
      let id = String(note.dropLast(3))
      #expect(html.contains("id=\"session-\(id)\""))
    }
    #expect(html.contains("<html lang=\"en\">"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<link "))
  }

  @Test func aSessionWithoutAVenueIsAtTheEventsInItsBlockAndInTheProgramme() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    _ = try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\nvenue: Hall A\n")
    for (id, venue) in [("own", "venue: Room 4\n"), ("none", "")] {
      _ = try input.write(
        "sessions/\(id).md", "---\nid: \(id)\ntitle: T \(id)\ndate: 2017-09-21\ntime: 10:00-11:00\n\(venue)---\n## Discussion\n\nWords.\n")
    }
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    let rows = html.components(separatedBy: "\n").filter { $0.hasPrefix("<tr><td>") && $0.contains("href=\"#session-") }
    #expect(rows.count == 2)
    #expect(rows.contains { $0.contains("#session-own") && $0.contains("<td>Room 4</td>") })
    #expect(rows.contains { $0.contains("#session-none") && $0.contains("<td>Hall A</td>") })
    #expect(html.contains("<dt>Venue</dt><dd>Room 4</dd>"))
  }

  /// The speakers index says Chatham House sessions' speakers are left out only where some are.
  @Test func theSpeakersIndexMentionsTheChathamHouseRuleOnlyWhereASessionKeptIt() throws {
    for chatham in [false, true] {
      let input = try TemporaryFolder()
      defer { input.cleanUp() }
      _ = try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
      _ = try input.write(
        "sessions/open.md", "---\nid: open\ntitle: T\ndate: 2017-09-21\ntime: 10:00-11:00\nspeakers: [Ana Lopez]\n---\n## Discussion\n\nWords.\n")
      if chatham {
        _ = try input.write(
          "sessions/closed.md",
          "---\nid: closed\ntitle: C\ndate: 2017-09-21\ntime: 11:00-12:00\nchatham-house: true\nspeakers: [Bo Li]\n---\n## Discussion\n\nWords.\n")
      }
      let output = try buildReport(input: input.path)
      defer { output.cleanUp() }
      let html = try #require(output.read("index.html"))
      #expect(html.contains("Ana Lopez"))
      #expect(!html.contains("Bo Li"))
      #expect(html.contains("held under the Chatham House Rule are not listed") == chatham)
    }
  }

  @Test func noOutputFileHoldsADirectionOverride() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    _ = try input.write("event.yml", "name: \"Forum \u{202E}x\"\ndates: [\"2017-09-21\"]\nvenue: \"Hall \u{2067}A\"\n")
    _ = try input.write(
      "sessions/\u{202E}bidi.md",
      "---\nid: \"\u{202E}bidi\"\ntitle: \"Pledges \u{202E}000,01$\"\ndate: 2017-09-21\ntime: 10:00-11:00\nvenue: \"Room \u{202D}4\"\n---\n"
        + "## Purpose\n\nDonors pledged \u{202E}000,01$ \u{2066}today.\n\n## Discussion\n\nWords.\n\n## Recommendations\n\n- Donors should pledge \u{202E}000,01$ to local groups.\n")
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    let files = output.allFiles()
    #expect(files.contains { $0.hasSuffix("index.html") } && files.contains { $0.hasSuffix(".md") } && files.contains { $0.hasSuffix(".csv") })
    for file in files {
      let text = try #require(output.read(file))
      #expect(!text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }, "\(file)")
    }
    // The words themselves stay.
    #expect(output.read("index.html")?.contains("000,01$") == true)
  }

  @Test func anEventDateGivenTwiceIsShownOnce() {
    #expect(ReportView.datesText(["2017-09-22", "2017-09-21", "2017-09-21"]) == "21 September 2017, 22 September 2017")
  }

  @Test func twoBuildsAreByteIdentical() throws {
    let first = try buildReport(input: repositoryPath("Inputs"))
    let second = try buildReport(input: repositoryPath("Inputs"))
    defer {
      first.cleanUp()
      second.cleanUp()
    }
    #expect(first.allFiles() == second.allFiles())
    #expect(!first.allFiles().isEmpty)
    for file in first.allFiles() {
      #expect(first.read(file) == second.read(file), "\(file) differs between two builds")
    }
  }

  @Test func hostileNotesAreNeutralised() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", hostileEvent)
    try input.write("sessions/hostile.md", hostileNote)
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    let lowered = html.lowercased()
    #expect(!lowered.contains("<script"))
    // The only SVG is the report's own charts.
    #expect(htmlTags(in: html).filter { $0.lowercased().hasPrefix("<svg") }.allSatisfy { $0.contains("class=\"chart\"") })
    #expect(!lowered.contains("<iframe"))
    #expect(!lowered.contains("<img src=x"))
    for tag in htmlTags(in: html) {
      #expect(tag.range(of: #"\son[a-z]+\s*="#, options: [.regularExpression, .caseInsensitive]) == nil, "handler in \(tag)")
      #expect(!tag.lowercased().contains("javascript:"), "javascript: URL in \(tag)")
    }
    // Raw HTML in the notes is shown as text, not dropped.
    #expect(html.contains("&lt;script&gt;alert('body')&lt;/script&gt;"))
    #expect(!lowered.contains("href=\"javascript:"))
    #expect(!lowered.contains("src=\"javascript:"))
    #expect(html.contains("{{mustache}}"))
    #expect(html.contains("{{{triple}}}"))
    #expect(html.contains("{{#sessions}}loop{{/sessions}}"))
    #expect(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"))
  }

  @Test func aFailedBuildLeavesThePreviousOutputIntact() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    try input.write("sessions/a.md", "---\ntitle: A\ndate: 2017-09-21\ntime: 10:00-11:00\n---\n## Purpose\n\nText.\n")
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    let files = output.allFiles()
    let before = files.map { output.read($0) }
    #expect(files.contains("index.html") && files.contains("summaries/a.md"))
    try input.write("sessions/b.md", "## Purpose\n\nNo front matter here.\n")
    #expect(throws: RapporteurError.self) { try buildReport(input: input.path, output: output) }
    #expect(output.allFiles() == files)
    #expect(files.map { output.read($0) } == before)
  }

  @Test func aRebuildReplacesChangedFilesAndLinksAndLeavesTheOthers() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    try input.write("sessions/a.md", "---\ntitle: A\ndate: 2017-09-21\n---\n## Purpose\n\nText.\n")
    try input.write("sessions/b.md", "---\ntitle: B\ndate: 2017-09-21\n---\n## Purpose\n\nOther text.\n")
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    let files = output.allFiles()
    let before = files.map { output.read($0) }
    func fileNumber(_ relative: String) throws -> String? {
      try FileManager.default.attributesOfItem(atPath: output.path + "/" + relative)[.systemFileNumber].map { "\($0)" }
    }
    let untouched = try fileNumber("summaries/b.html")
    // One file with other bytes of the same length, one a link to a file elsewhere.
    let html = try #require(output.read("summaries/a.html"))
    try Data(html.replacingOccurrences(of: "<h1>", with: "<h2>").utf8).write(to: URL(fileURLWithPath: output.path + "/summaries/a.html"))
    try FileManager.default.removeItem(atPath: output.path + "/summaries/b.md")
    try FileManager.default.createSymbolicLink(atPath: output.path + "/summaries/b.md", withDestinationPath: input.path + "/sessions/b.md")
    _ = try buildReport(input: input.path, output: output)
    #expect(output.allFiles() == files)
    #expect(files.map { output.read($0) } == before)
    let link = try FileManager.default.attributesOfItem(atPath: output.path + "/summaries/b.md")[.type] as? FileAttributeType
    #expect(link == .typeRegular)
    #expect(try fileNumber("summaries/b.html") == untouched)
    #expect(input.read("sessions/b.md")?.contains("Other text.") == true)
  }

  /// The report lists the notes left out and says why, without quoting them.
  @Test func keepGoingLeavesOutUnusableNotesAndSaysSo() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\n")
    try input.write("sessions/a.md", "---\ntitle: A\ndate: 2017-09-21\n---\n## Purpose\n\nText.\n")
    try input.write("sessions/b.md", "## Purpose\n\nNo front matter here.\n")
    try input.write("sessions/c.md", "---\nid: a\ntitle: Same id\n---\n")
    // Its broken line names a speaker of a session under the Chatham House Rule.
    try input.write(
      "sessions/d.md",
      "---\ntitle: D\ndate: 2017-09-21\nchatham-house: true\nspeakers:\n  - name: Secret Person: the Minister\n---\n## Purpose\n\nText.\n")
    let output = try buildReport(input: input.path, keepGoing: true)
    defer { output.cleanUp() }
    let html = try #require(output.read("index.html"))
    #expect(html.contains("id=\"session-a\""))
    #expect(html.contains("Notes left out"))
    #expect(html.contains("sessions/b.md"))
    #expect(html.contains("sessions/c.md"))
    #expect(html.contains("it has no front matter"))
    // Why a note was left out, never its words.
    #expect(html.contains("sessions/d.md"))
    #expect(html.contains("its front matter is not valid YAML"))
    #expect(!html.contains("Secret Person"))
  }

  @Test func anOutputPathThatIsAFileIsRefused() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let file = try folder.write("not-a-folder", "x")
    #expect(throws: RapporteurError.self) {
      _ = try BuildPipeline.run(
        BuildPipeline.buildSteps, options: BuildOptions(input: repositoryPath("Inputs"), output: file))
    }
    #expect(folder.read("not-a-folder") == "x")
  }

  @Test func builtInTemplatesAreTheTemplatesFolder() throws {
    // The binary carries Templates/ as its defaults: the same files, byte for byte.
    let builtIn = try TemplateSet.builtInSet()
    let folder = try TemplateSet(directory: repositoryPath("Templates"))
    #expect(builtIn.css == folder.css)
    #expect(builtIn.css.contains("@media print"))
  }
}

@Suite struct SafeNameTests {
  @Test(arguments: [
    ("../../x", "x"), ("/tmp/x", "tmp-x"), ("a b", "a-b"), (".hidden", "hidden"), ("", "session"),
    ("نشست-۱", "نشست-۱"), ("café😀", "café😀"), ("a\u{0}b", "a-b"), ("evil\u{202E}lmth.exe", "evil-lmth.exe"),
  ])
  func fileNamesStayInTheirFolder(id: String, expected: String) {
    #expect(SafeName.fileName(id) == expected)
    #expect(!SafeName.fileName(id).contains("/"))
  }

  @Test(arguments: [
    (["a b", "a-b"], ["a-b-2", "a-b"]),
    (["a b", "a-b", "a-b-2"], ["a-b-3", "a-b", "a-b-2"]),
    (["x/y", "x-y"], ["x-y-2", "x-y"]),
  ])
  func anIdWrittenAsANameKeepsItsAnchorAndFileName(ids: [String], expected: [String]) {
    #expect(SafeName.uniqueAnchors(ids).anchors == (ids.contains("x/y") ? ["x/y", "x-y"] : expected))
    #expect(SafeName.uniqueFileNames(ids) == expected)
  }

  /// Ids with characters a link cannot name as written give anchors and file names it can.
  @Test(arguments: [
    ("panel\"2", "panel-2", "panel-2"), ("day1#panel", "day1-panel", "day1-panel"), ("q&a<live>", "q-a-live-", "q&a-live-"),
    ("50%-session", "50--session", "50--session"),
  ])
  func idsWithURLCharactersGiveLinkableAnchorsAndFiles(id: String, anchor: String, file: String) {
    #expect(SafeName.anchor(id) == anchor)
    #expect(SafeName.fileName(id) == file)
  }

  @Test(arguments: [String(repeating: "😀", count: 300), "a" + String(repeating: "\u{301}", count: 300), String(repeating: "x", count: 400)])
  func longNamesFitAFileSystemInBytes(id: String) {
    let name = SafeName.fileName(id)
    // "-2.html" and friends still fit in the 255 bytes a file name may have.
    #expect(name.utf8.count <= 200 && !name.isEmpty)
    #expect(id.hasPrefix(name) || name == "session")
  }
}

@Suite struct ProgressTests {
  @Test func progressCountsSessionsPerStep() throws {
    let progress = BuildProgress()
    _ = try BuildPipeline.run(
      [.loadInputs(requireEvent: true), .extract], options: BuildOptions(input: repositoryPath("Inputs")),
      progress: progress)
    #expect(progress.line == "Extract items: 6/6 sessions")
    // Not on a terminal (as under test), no progress line is drawn at all.
    #expect(ProgressLine(progress) == nil)
  }
}
