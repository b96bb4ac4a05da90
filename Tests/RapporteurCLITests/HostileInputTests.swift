import Foundation
import RapporteurCLI
import RapporteurCore
import RapporteurKit
import Testing
import TestSupport

/// Broken and hostile notes: each ends in a clear refusal (exit 2, nothing written, the previous
/// output kept) or in a build that keeps all the content.
@Suite struct HostileInputTests {
  /// A fresh input folder with `event.yml` and the given notes.
  func input(_ notes: [String: Data]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    for (name, data) in notes { try folder.write("sessions/\(name)", data) }
    return folder
  }

  func note(_ body: String, fields: String = "title: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n") -> Data {
    Data(("---\n" + fields + "---\n" + body).utf8)
  }

  /// Builds into `input/out`; returns the exit status.
  func build(_ input: TemporaryFolder, _ extra: [String] = []) -> Int32 {
    Rapporteur.run(["build", "--input", input.path, "--output", input.path + "/out"] + extra)
  }

  @Test func notesInAnotherEncodingBuildWithEveryWordAndLintSaysWhere() throws {
    // UTF-8 up to line 4, then Windows-1252: "é" as 0xE9 and curly quotes as 0x93 and 0x94.
    var bytes = Data("---\ntitle: T\ndate: \"2017-09-21\"\n---\n## Discussion\n\nÀ Caf".utf8)
    bytes.append(contentsOf: [0xE9, 0x20, 0x93, 0x6F, 0x6B, 0x94, 0x2E, 0x0A])
    let folder = try input(["latin1.md": bytes])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    let html = try #require(folder.read("out/index.html"))
    #expect(html.contains("À Café “ok”."))
    let lint = try LintRun.run(input: folder.path, paths: [])
    let finding = try #require(lint.findings.first { $0.rule == "file-unreadable" })
    // "À Caf" is five characters (six bytes): the first byte that is not UTF-8 is the sixth
    // character of line 7.
    #expect((finding.line, finding.column) == (7, 6))
    #expect(finding.message.contains("not UTF-8 from line 7, column 6; it was read as Windows-1252"))
  }

  @Test func notesSavedAsUTF16BuildWithEveryWord() throws {
    let text = "---\ntitle: T\ndate: \"2017-09-21\"\n---\n## Discussion\n\nنص عربي and 🇺🇳.\n"
    let little = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let big = Data([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    for bytes in [little, big] {
      let folder = try input(["utf16.md": bytes])
      defer { folder.cleanUp() }
      #expect(build(folder) == 0)
      #expect(folder.read("out/index.html")?.contains("نص عربي and 🇺🇳.") == true)
      #expect(try LintRun.run(input: folder.path, paths: []).findings.allSatisfy { $0.rule != "file-unreadable" })
    }
  }

  @Test func notesOutsideSessionsMdAreNamedAsNotRead() throws {
    let folder = try input([
      "a.md": note("## Purpose\n\nRead.\n"), "day2/b.md": note("## Purpose\n\nNot read.\n"),
      "day2/c.MD": note("## Purpose\n\nNot read.\n"), "c.markdown": note("## Purpose\n\nNot read.\n"),
      "images/photo.png": Data([0x89]),
    ])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    let sessions = folder.path + "/sessions"
    #expect(
      InputsLoader.notesLeftUnread(input: folder.path) == [
        "warning: \(sessions)/c.markdown: not read, as only files ending in .md are notes; rename it to read it",
        "warning: \(sessions)/day2: 2 .md files in a folder inside sessions/ are not read; move the notes into \(sessions) or name the folder on the command line",
      ])
    #expect(Rapporteur.run(["build", "--input", folder.path, "--output", folder.path + "/out", sessions + "/day2"]) == 0)
    #expect(folder.read("out/index.html")?.contains("Not read.") == true)
  }

  @Test func anEmptySessionsFolderIsNamedInAWarning() throws {
    let folder = try input(["notes.txt": Data("not notes".utf8)])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    #expect(
      InputsLoader.notesLeftUnread(input: folder.path) == [
        "warning: \(folder.path)/sessions: no notes in it (files ending in .md); the report lists no sessions"
      ])
    let withNotes = try input(["a.md": note("## Purpose\n\nRead.\n")])
    defer { withNotes.cleanUp() }
    #expect(InputsLoader.notesLeftUnread(input: withNotes.path).isEmpty)
  }

  @Test func byteOrderMarkAndCRLFBuildWithTheirContent() throws {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += note("## Discussion\n\nDonors should fund CSOs.\n").flatMap { $0 == 10 ? [13, 10] : [$0] }
    let folder = try input(["crlf.md": Data(bytes)])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    #expect(folder.read("out/index.html")?.contains("Donors should fund CSOs.") == true)
  }

  @Test func emptyFilesAndUnterminatedFrontMatterAreRefusedOrLeftOut() throws {
    let folder = try input(["a.md": note("## Purpose\n\nKept.\n"), "empty.md": Data(), "open.md": Data("---\ntitle: T\n".utf8)])
    defer { folder.cleanUp() }
    #expect(build(folder) == 2)
    #expect(!folder.exists("out/index.html"))
    #expect(build(folder, ["--keep-going"]) == 0)
    let html = try #require(folder.read("out/index.html"))
    #expect(html.contains("Kept."))
    #expect(html.contains("sessions/empty.md") && html.contains("sessions/open.md"))
  }

  /// Without --keep-going a reading that fails names every unusable note, not only the first.
  @Test func everyUnusableNoteIsNamed() throws {
    let folder = try input(["a.md": note("## Purpose\n\nKept.\n"), "empty.md": Data(), "open.md": Data("---\ntitle: T\n".utf8)])
    defer { folder.cleanUp() }
    for steps in [[BuildStep.loadInputs(requireEvent: false)], [BuildStep.processNotes]] {
      let error = try #require(throws: RapporteurError.self) {
        try BuildPipeline.run(steps, options: BuildOptions(input: folder.path, output: folder.path + "/out"))
      }
      let named = ([error] + error.more).compactMap(\.file).map { $0.split(separator: "/").suffix(2).joined(separator: "/") }
      #expect(named.sorted() == ["sessions/empty.md", "sessions/open.md"])
    }
  }

  @Test func frontMatterOnlyBuilds() throws {
    let folder = try input(["only.md": note("")])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    #expect(folder.read("out/summaries/only.md")?.contains("Not in the notes") == true)
  }

  @Test func yamlErrorsNameTheLine() throws {
    let folder = try input(["bad.md": Data("---\ntitle: T\ndate: [2017\ntime: x\n---\n".utf8)])
    defer { folder.cleanUp() }
    #expect(build(folder) == 2)
    let result = try LintRun.run(input: folder.path, paths: [])
    let finding = try #require(result.findings.first { $0.rule == "front-matter-invalid" })
    #expect(finding.line >= 3)
  }

  @Test func wrongYAMLTypesDoNotCrash() throws {
    let fields = "title: [a, b]\ndate: 5\ntime: {start: 10}\nchair: {name: x}\nspeakers: \"nobody\"\ntags: 7\nchatham-house: [yes]\nhosts: {a: b}\n"
    let folder = try input(["types.md": note("## Purpose\n\nText.\n", fields: fields)])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    let result = try LintRun.run(input: folder.path, paths: [])
    #expect(result.findings.filter { $0.rule == "field-invalid" }.count >= 4)
  }

  @Test func aliasBombsAreRefusedByTheBuild() throws {
    var yaml = "title: T\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
      yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
      previous = name
    }
    let folder = try input(["bomb.md": Data(("---\n" + yaml + "---\n").utf8)])
    defer { folder.cleanUp() }
    #expect(build(folder) == 2)
  }

  @Test func deepNestingAndLongLinesBuild() throws {
    let quotes = String(repeating: "> ", count: 20_000) + "deepest quote\n"
    let lists = (0..<3_000).map { String(repeating: "  ", count: $0) + "- level \($0)" }.joined(separator: "\n") + "\n"
    let line = String(repeating: "word ", count: 1_000_000) + "end of line\n"
    let folder = try input([
      "quotes.md": note("## Discussion\n\n" + quotes), "lists.md": note("## Discussion\n\n" + lists),
      "line.md": note("## Discussion\n\n" + line),
    ])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    let html = try #require(folder.read("out/index.html"))
    #expect(html.contains("deepest quote"))
    #expect(html.contains("level 2999"))
    #expect(html.contains("end of line"))
  }

  @Test func binaryFilesAndNULBytesNeitherCrashNorLoseContent() throws {
    var random = Data((0..<4096).map { UInt8(($0 * 7919 + 13) % 256) })
    random.insert(0, at: 5)
    let folder = try input(["binary.md": random, "nul.md": note("## Discussion\n\nBefore\u{0}after.\n")])
    defer { folder.cleanUp() }
    #expect(build(folder) == 2)  // the binary file is not text
    let refusal = SessionLoader.load(file: "binary.md", data: [UInt8](random))
    guard case let .failure(failure) = refusal else {
      Issue.record("a binary file loaded")
      return
    }
    #expect(failure.description.hasPrefix("binary.md:1:"))
    #expect(failure.message.contains("is not text (a binary file?)"))
    try FileManager.default.removeItem(atPath: folder.path + "/sessions/binary.md")
    #expect(build(folder) == 0)
    let html = try #require(folder.read("out/index.html"))
    #expect(html.contains("Before") && html.contains("after."))
    let lint = try LintRun.run(input: folder.path, paths: [])
    #expect(lint.findings.contains { $0.rule == "file-unreadable" })
  }

  @Test func unicodeInTitlesAndIDsBuilds() throws {
    let folder = try input([
      "rtl.md": note("## Purpose\n\nنص عربي.\n", fields: "id: جلسة-١\ntitle: \"مناقشة 🇺🇳 e\u{301}\"\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n"),
      "emoji.md": note("## Purpose\n\nText.\n", fields: "id: \"🌍 session\"\ntitle: T\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\n"),
    ])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    #expect(folder.exists("out/summaries/جلسة-١.md"))
    #expect(folder.exists("out/summaries/🌍-session.html"))
    let html = try #require(folder.read("out/index.html"))
    #expect(html.contains("id=\"session-🌍-session\""))
    #expect(html.contains("مناقشة 🇺🇳 e\u{301}"))
  }

  @Test func idsThatTryToLeaveTheOutputFolderStayInside() throws {
    let parent = try TemporaryFolder()
    defer { parent.cleanUp() }
    let folder = try input([
      "a.md": note("## Purpose\n\nA.\n", fields: "id: ../../escaped\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n"),
      "b.md": note("## Purpose\n\nB.\n", fields: "id: /tmp/absolute-\(UUID().uuidString)\ntitle: T\ndate: \"2017-09-21\"\ntime: \"11:00-12:00\"\n"),
      "c.md": note("## Purpose\n\nC.\n", fields: "id: ..\ntitle: T\ndate: \"2017-09-21\"\ntime: \"12:00-13:00\"\n"),
    ])
    defer { folder.cleanUp() }
    let output = parent.path + "/deep/out"
    #expect(Rapporteur.run(["build", "--input", folder.path, "--output", output]) == 0)
    let written = try #require(FileManager.default.subpaths(atPath: parent.path))
    #expect(written.allSatisfy { $0.hasPrefix("deep/out") || $0 == "deep" }, "\(written)")
    let summaries = try FileManager.default.contentsOfDirectory(atPath: output + "/summaries")
    #expect(summaries.count == 6)
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/escaped.md"))
  }

  @Test func aThirtyMegabyteNoteBuilds() throws {
    let paragraph = "Participants discussed local prevention networks and the role of municipalities in them. "
    var body = "## Discussion\n\n"
    body.reserveCapacity(31_000_000)
    var count = 0
    while body.utf8.count < 30_000_000 {
      body += paragraph + paragraph + "\n\n"
      count += 1
    }
    body += "The very last words.\n"
    let folder = try input(["huge.md": note(body)])
    defer { folder.cleanUp() }
    #expect(build(folder) == 0)
    #expect(folder.read("out/index.html")?.contains("The very last words.") == true)
  }
}
