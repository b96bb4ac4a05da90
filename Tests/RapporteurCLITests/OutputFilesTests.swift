import Foundation
import RapporteurCLI
import RapporteurKit
import Testing
import TestSupport

/// The files a command writes are its own: a chair's summary never lands on another session's,
/// no output replaces an input, and a build that cannot put every file in place changes none.
@Suite struct OutputFilesTests {
  /// A fresh input folder with `event.yml` and the given notes (`sessions/NAME`).
  func input(_ notes: [String: String]) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    for (name, text) in notes { try folder.write("sessions/\(name)", text) }
    return folder
  }

  func note(id: String? = nil, title: String) -> String {
    let idLine = id.map { "id: \"\($0)\"\n" } ?? ""
    return "---\n\(idLine)title: \"\(title)\"\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\n\(title).\n"
  }

  /// Runs `rapporteur ARGUMENTS --input FOLDER --output FOLDER/out`; returns the exit status.
  func run(_ folder: TemporaryFolder, _ arguments: [String]) -> Int32 {
    Rapporteur.run(arguments + ["--input", folder.path, "--output", folder.path + "/out"])
  }

  /// Every file below the folder whose path starts with `prefix`, with its contents.
  func files(_ folder: TemporaryFolder, under prefix: String) -> [String: String] {
    var contents: [String: String] = [:]
    for path in folder.allFiles() where path.hasPrefix(prefix) { contents[path] = folder.read(path) }
    return contents
  }

  /// The paths whose contents differ between two sets of files (present in one only included).
  func changed(_ before: [String: String], _ after: [String: String]) -> [String] {
    Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
  }

  /// `build PATHS` names each note in extract.json and the report as `extract PATHS` does: by the
  /// path given.
  @Test func aBuildOfGivenNotesNamesThemAsGiven() throws {
    let folder = try input(["a.md": note(title: "Session A") + "\n## Action items\n\n- UNDP to share the list by 30 September 2017.\n"])
    defer { folder.cleanUp() }
    let given = folder.path + "/sessions/a.md"
    #expect(run(folder, ["build", given]) == 0)
    let extract = try #require(folder.read("out/extract.json"))
    #expect(extract.contains("\"\(given)\""))
    #expect(try #require(folder.read("out/index.html")).contains("data-source=\"\(given):"))
  }

  @Test(arguments: [
    ("x/y", "x-y"), ("Foo", "foo"),
    (String(repeating: "a", count: 200) + "-one", String(repeating: "a", count: 200) + "-two"),
  ])
  func aSummaryIsWrittenUnderTheNameTheBuildGaveIt(first: String, second: String) throws {
    let folder = try input(["a.md": note(id: first, title: "Session A"), "b.md": note(id: second, title: "Session B")])
    defer { folder.cleanUp() }
    #expect(run(folder, ["build"]) == 0)
    let built = files(folder, under: "out/summaries/")
    #expect(built.count == 4)
    let sessions = folder.path + "/sessions/"
    for selector in [first, second, sessions + "a.md", sessions + "b.md"] {
      #expect(run(folder, ["summary", selector]) == 0)
      #expect(changed(built, files(folder, under: "out/summaries/")) == [], "after 'summary \(selector)'")
    }
    // A copy of B's notes kept elsewhere stands for B: only B's summary changes (the HTML names
    // its source file).
    let copy = try folder.write("elsewhere/b.md", note(id: second, title: "Session B"))
    #expect(run(folder, ["summary", copy]) == 0)
    let summaryOfB = built.keys.filter { $0.hasSuffix(".html") && built[$0]?.contains("Session B") == true }
    #expect(changed(built, files(folder, under: "out/summaries/")) == summaryOfB)
  }

  /// A chair's summary asked for by id needs only its own notes; `extract --keep-going` leaves a
  /// note that cannot be used out, as `build --keep-going` does.
  @Test func buildingOneNoteKeepsTheOtherSummaries() throws {
    let folder = try input(["a.md": note(id: "a", title: "A"), "b.md": note(id: "b", title: "B")])
    defer { folder.cleanUp() }
    #expect(run(folder, ["build"]) == 0)
    #expect(run(folder, ["build", folder.path + "/sessions/a.md"]) == 0)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/out/summaries/a.html"))
    #expect(FileManager.default.fileExists(atPath: folder.path + "/out/summaries/b.html"))
  }

  @Test func anotherNoteThatCannotBeUsedBlocksNoSummary() throws {
    let folder = try input(["good.md": note(id: "good", title: "Good"), "next.md": "# Half-typed notes\n\nNo front matter yet.\n"])
    defer { folder.cleanUp() }
    #expect(run(folder, ["summary", "good"]) == 0)
    #expect(FileManager.default.fileExists(atPath: folder.path + "/out/summaries/good.html"))
    #expect(run(folder, ["summary", "next"]) == 2)
    #expect(Rapporteur.run(["extract", "--input", folder.path]) == 2)
    #expect(Rapporteur.run(["extract", "--keep-going", "--input", folder.path]) == 0)
  }

  /// `extract`'s data names a note given on the command line as it was given (the contract's
  /// `file`), and a note it found by its path under the input folder.
  @Test func extractNamesAGivenNoteAsGiven() throws {
    let folder = try input(["a.md": note(id: "a", title: "Session A")])
    defer { folder.cleanUp() }
    let given = folder.path + "/sessions/a.md"
    let named = try BuildPipeline.run(
      [.loadInputs(requireEvent: false), .extract],
      options: BuildOptions(input: folder.path, paths: [given], showsGivenPaths: true))
    #expect(named.extracts.map(\.file) == [given])
    let found = try BuildPipeline.run(
      [.loadInputs(requireEvent: false), .extract], options: BuildOptions(input: folder.path, showsGivenPaths: true))
    #expect(found.extracts.map(\.file) == ["sessions/a.md"])
  }

  /// Outputs name a note by its path under the input folder, however `--input` is written: the
  /// same notes give the same files.
  @Test func outputsDoNotDependOnHowTheInputIsWritten() throws {
    let folder = try input(["a.md": note(id: "a", title: "Session A") + "\n## Recommendations\n\n- Donors should fund youth groups.\n"])
    defer { folder.cleanUp() }
    let link = folder.path + "-link"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path)
    defer { try? FileManager.default.removeItem(atPath: link) }
    var outputs: [[String: String]] = []
    for (index, written) in [folder.path, folder.path + "/", folder.path + "/./", link].enumerated() {
      #expect(Rapporteur.run(["build", "--input", written, "--output", folder.path + "/out\(index)"]) == 0)
      outputs.append(files(folder, under: "out\(index)/").reduce(into: [:]) { $0[String($1.key.drop { $0 != "/" })] = $1.value })
    }
    #expect(outputs[0]["/extract.json"]?.contains("\"file\": \"sessions/a.md\"") == true)
    for other in outputs.dropFirst() {
      #expect(other.keys.sorted() == outputs[0].keys.sorted())
      for key in ["/extract.json", "/index.html", "/summaries/a.html"] { #expect(other[key] == outputs[0][key], "\(key)") }
    }
  }

  @Test func notesWhereAnOutputGoesAreRefusedAndKept() throws {
    let folder = try input([:])
    defer { folder.cleanUp() }
    let mine = note(title: "MY NOTES")
    let notes = try folder.write("out/summaries/a.md", mine)
    for arguments in [["summary", notes], ["build", notes]] {
      #expect(run(folder, arguments) == 2, "\(arguments[0])")
      #expect(folder.read("out/summaries/a.md") == mine, "\(arguments[0])")
      #expect(folder.allFiles() == ["event.yml", "out/summaries/a.md"], "\(arguments[0])")
    }
  }

  @Test func notesReachedThroughALinkIntoTheOutputAreRefusedAndKept() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("in/event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    let mine = note(title: "MY NOTES")
    try folder.write("out/summaries/a.md", mine)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/in/sessions", withDestinationPath: folder.path + "/out/summaries")
    for arguments in [["build"], ["summary", "a"]] {
      #expect(Rapporteur.run(arguments + ["--input", folder.path + "/in", "--output", folder.path + "/out"]) == 2)
      #expect(folder.read("out/summaries/a.md") == mine, "\(arguments[0])")
      #expect(folder.allFiles().filter { $0.hasPrefix("out/") } == ["out/summaries/a.md"], "\(arguments[0])")
    }
  }

  @Test func notesAndRulesThatLinkIntoTheOutputAreRefusedAndKept() throws {
    // Notes read through a link to a file where a summary goes.
    let folder = try input([:])
    defer { folder.cleanUp() }
    let mine = note(title: "MY NOTES")
    try folder.write("out/summaries/a.md", mine)
    try FileManager.default.createDirectory(atPath: folder.path + "/sessions", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/sessions/a.md", withDestinationPath: folder.path + "/out/summaries/a.md")
    for arguments in [["build"], ["summary", "a"]] {
      #expect(run(folder, arguments) == 2, "\(arguments[0])")
      #expect(folder.read("out/summaries/a.md") == mine, "\(arguments[0])")
      #expect(folder.allFiles().filter { $0.hasPrefix("out/") } == ["out/summaries/a.md"], "\(arguments[0])")
    }
    // The rules file event.yml names, where a summary goes.
    let rules = try input(["a.md": note(title: "A")])
    defer { rules.cleanUp() }
    try rules.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\nrules: out/summaries/a.md\n")
    try rules.write("out/summaries/a.md", "themes: {}\n")
    #expect(run(rules, ["build"]) == 2)
    #expect(rules.read("out/summaries/a.md") == "themes: {}\n")
  }

  /// A draft the chair edited since the build wrote it stays as edited through `build` and
  /// `summary`; one the tool wrote (by `summary` too) is replaced.
  @Test func aDraftEditedByTheChairIsKept() throws {
    let folder = try input(["a.md": note(title: "Session A"), "b.md": note(title: "Session B")])
    defer { folder.cleanUp() }
    #expect(run(folder, ["build"]) == 0)
    let edited = (folder.read("out/summaries/a.md") ?? "") + "\nChair: my own closing words.\n"
    try folder.write("out/summaries/a.md", edited)
    try folder.write("sessions/a.md", note(title: "Session A renamed"))
    try folder.write("sessions/b.md", note(title: "Session B renamed"))
    for arguments in [["build"], ["summary", "a"]] {
      #expect(run(folder, arguments) == 0, "\(arguments[0])")
      #expect(folder.read("out/summaries/a.md") == edited, "\(arguments[0])")
      #expect(folder.read("out/summaries/a.html")?.contains("Session A renamed") == true, "\(arguments[0])")
    }
    #expect(folder.read("out/summaries/b.md")?.contains("Session B renamed") == true)
    // A draft `summary` rewrote is the tool's own: the next build replaces it.
    try folder.write("sessions/b.md", note(title: "Session B again"))
    #expect(run(folder, ["summary", "b"]) == 0)
    try folder.write("sessions/b.md", note(title: "Session B at last"))
    #expect(run(folder, ["build"]) == 0)
    #expect(folder.read("out/summaries/b.md")?.contains("Session B at last") == true)
    // Moved away, the edited draft is written anew.
    try FileManager.default.removeItem(atPath: folder.path + "/out/summaries/a.md")
    #expect(run(folder, ["build"]) == 0)
    #expect(folder.read("out/summaries/a.md")?.contains("Session A renamed") == true)
  }

  /// Temporary files a stopped build left behind go with the next build; two builds into one
  /// folder at once take turns, and every file the last one lists is there.
  @Test func leftoversOfAStoppedBuildGoAndBuildsAtOnceTakeTurns() throws {
    let notes = Dictionary(uniqueKeysWithValues: (0..<30).map { ("s\($0).md", note(title: "Session \($0)")) })
    let folder = try input(notes)
    defer { folder.cleanUp() }
    let other = try input(Dictionary(uniqueKeysWithValues: (0..<30).map { ("t\($0).md", note(title: "Other \($0)")) }))
    defer { other.cleanUp() }
    #expect(run(folder, ["build"]) == 0)
    try folder.write("out/summaries/.s1.md.tmp-999999999", "left by a build that was stopped")
    try folder.write("out/.index.html.tmp-999999999", "left by a build that was stopped")
    #expect(run(folder, ["build"]) == 0)
    #expect(folder.allFiles().filter { $0.contains(".tmp-") } == [])
    for _ in 0..<3 {
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        let input = index == 0 ? folder.path : other.path
        _ = Rapporteur.run(["build", "--input", input, "--output", folder.path + "/out"])
      }
      let manifest = try #require(folder.read("out/.rapporteur-files"))
      let listed = manifest.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
      #expect(listed.count > 30)
      #expect(listed.filter { folder.read("out/" + $0) == nil } == [])
    }
  }

  @Test func aLinkedSummariesFolderIsRefusedAndNothingLandsWhereItLeads() throws {
    let folder = try input(["a.md": note(title: "A")])
    defer { folder.cleanUp() }
    try FileManager.default.createDirectory(atPath: folder.path + "/elsewhere", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/out/summaries", withDestinationPath: folder.path + "/elsewhere")
    for arguments in [["build"], ["summary", "a"]] {
      #expect(run(folder, arguments) == 2, "\(arguments[0])")
      #expect(folder.allFiles().filter { $0.hasPrefix("elsewhere/") || $0.hasPrefix("out/") } == [], "\(arguments[0])")
    }
    // The output folder itself may be a link.
    try FileManager.default.removeItem(atPath: folder.path + "/out/summaries")
    try FileManager.default.removeItem(atPath: folder.path + "/out")
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/out", withDestinationPath: folder.path + "/elsewhere")
    #expect(run(folder, ["build"]) == 0)
    #expect(folder.read("elsewhere/index.html")?.contains("Session") == true || folder.read("elsewhere/index.html") != nil)
  }

  @Test func aBuildThatCannotReplaceEveryFileChangesNone() throws {
    let folder = try input(["a.md": note(title: "Old"), "b.md": note(title: "Old")])
    defer { folder.cleanUp() }
    #expect(run(folder, ["build"]) == 0)
    // A folder where b's summary goes: its rename would fail after the others'.
    try FileManager.default.removeItem(atPath: folder.path + "/out/summaries/b.html")
    try FileManager.default.createDirectory(atPath: folder.path + "/out/summaries/b.html", withIntermediateDirectories: false)
    let before = files(folder, under: "out/")
    for name in ["a.md", "b.md"] { try folder.write("sessions/\(name)", note(title: "Changed")) }
    for arguments in [["build"], ["summary", "b"]] {
      #expect(run(folder, arguments) == 2, "\(arguments[0])")
      #expect(changed(before, files(folder, under: "out/")) == [], "\(arguments[0])")
    }
  }
}
