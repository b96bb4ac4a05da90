import Foundation
import RapporteurCore
import RapporteurKit
@testable import RapporteurRender
import Testing
import TestSupport

@Suite struct OutputStageTests {
  func modificationTime(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
  }

  @Test func nothingIsInPlaceBeforeCommitAndEverythingAfter() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let stage = try OutputStage(directory: folder.path + "/out")
    try stage.add("summaries/a.html", contents: "<p>a</p>\n")
    try stage.addStreamed("index.html") { file in
      for index in 0..<3_000 { file.write("<p>\(index)</p>\n") }
    }
    #expect(!folder.exists("out/index.html") && !folder.exists("out/summaries/a.html"))
    try stage.commit()
    #expect(folder.read("out/summaries/a.html") == "<p>a</p>\n")
    let report = try #require(folder.read("out/index.html"))
    #expect(report.hasPrefix("<p>0</p>\n") && report.hasSuffix("<p>2999</p>\n") && report.count > 1 << 15)
    #expect(stage.addedPaths == ["summaries/a.html", "index.html"])
    // Only the staged files' own names: no temporary file is left beside them.
    #expect(folder.allFiles().filter { $0.contains(".tmp-") }.isEmpty)
  }

  /// What a command stopped by a signal does: a stage aborted while a file is being written
  /// removes that file too, with what it staged and the folders it made.
  @Test func aStageAbortedMidWriteLeavesThePreviousOutputAndNoTemporaryFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("out/index.html", "previous\n")
    let stage = try OutputStage(directory: folder.path + "/out")
    try stage.add("summaries/a.html", contents: "<p>a</p>\n")
    try stage.add("index.html", contents: "new\n")
    try stage.addStreamed("extract.json") { file in
      file.write("{")
      // Stopped while this file is being written.
      #expect(folder.allFiles().contains { $0.contains(".tmp-") })
      stage.abort()
      file.write("}")
    }
    // A commit after it renames nothing.
    try stage.commit()
    #expect(folder.read("out/index.html") == "previous\n")
    #expect(!folder.exists("out/summaries") && !folder.exists("out/extract.json"))
    #expect(folder.allFiles().filter { $0.contains(".tmp-") }.isEmpty, "\(folder.allFiles())")
  }

  @Test func aBuildRemovesThePreviousBuildsStaleFilesAndNoOthers() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    func listed() -> [String] {
      (folder.read("out/.rapporteur-files") ?? "").split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
    }
    let first = try OutputStage(directory: folder.path + "/out")
    for name in ["index.html", "summaries/old.html", "summaries/kept.html", "summaries/edited.md"] {
      try first.add(name, contents: name)
    }
    try first.addStreamed("summaries/streamed.html") { $0.write("streamed") }
    try first.commitReplacingPreviousBuild(keepingStale: false)
    #expect(listed() == ["index.html", "summaries/edited.md", "summaries/kept.html", "summaries/old.html", "summaries/streamed.html"])
    try folder.write("out/summaries/mine.txt", "a user's own file")
    try folder.write("out/summaries/edited.md", "a draft edited by hand")
    let manifest = try #require(folder.read("out/.rapporteur-files"))
    try folder.write("out/.rapporteur-files", manifest + "../escape\t0\n/etc/passwd\t0\n")
    try folder.write("escape", "outside")

    // A build that left notes out keeps the files it did not write, and keeps them listed.
    let keeping = try OutputStage(directory: folder.path + "/out")
    for name in ["index.html", "summaries/kept.html"] { try keeping.add(name, contents: name + " again") }
    try keeping.commitReplacingPreviousBuild(keepingStale: true)
    #expect(folder.read("out/summaries/old.html") == "summaries/old.html")
    #expect(listed() == ["index.html", "summaries/kept.html", "summaries/old.html", "summaries/streamed.html"])

    let second = try OutputStage(directory: folder.path + "/out")
    for name in ["index.html", "summaries/kept.html", "summaries/new.html"] { try second.add(name, contents: name) }
    try second.commitReplacingPreviousBuild(keepingStale: false)
    #expect(!folder.exists("out/summaries/old.html") && !folder.exists("out/summaries/streamed.html"))
    #expect(folder.read("out/summaries/kept.html") == "summaries/kept.html")
    #expect(folder.read("out/summaries/mine.txt") == "a user's own file")
    #expect(folder.read("out/summaries/edited.md") == "a draft edited by hand")
    #expect(folder.read("escape") == "outside")
    #expect(listed() == ["index.html", "summaries/kept.html", "summaries/new.html"])
    // The same files again: the manifest is byte for byte the same.
    let again = try OutputStage(directory: folder.path + "/out")
    for name in ["index.html", "summaries/kept.html", "summaries/new.html"] { try again.add(name, contents: name) }
    let before = folder.read("out/.rapporteur-files")
    try again.commitReplacingPreviousBuild(keepingStale: false)
    #expect(folder.read("out/.rapporteur-files") == before)
  }

  @Test func aStaleFileBehindALinkOutOfTheFolderStays() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("elsewhere/x.html", "kept")
    try FileManager.default.createDirectory(atPath: folder.path + "/out", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/out/linked", withDestinationPath: folder.path + "/elsewhere")
    var fingerprint = Fingerprint()
    var text = "kept"
    text.withUTF8 { fingerprint.add($0) }
    try folder.write("out/.rapporteur-files", "linked/x.html\t\(String(fingerprint.value, radix: 16))\n")
    let stage = try OutputStage(directory: folder.path + "/out")
    try stage.add("index.html", contents: "new")
    try stage.commitReplacingPreviousBuild(keepingStale: false)
    #expect(folder.read("elsewhere/x.html") == "kept")
  }

  @Test func anInputIsNeitherReplacedNorRemovedAsStale() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let first = try OutputStage(directory: folder.path + "/out")
    try first.add("summaries/a.md", contents: "a summary\n")
    try first.commitReplacingPreviousBuild(keepingStale: false)
    // The previous build's file has since become notes that this build reads.
    let notes = folder.path + "/out/summaries/a.md"
    let second = try OutputStage(directory: folder.path + "/out", inputs: [notes])
    let refusal = #expect(throws: RapporteurError.self) { try second.add("summaries/a.md", contents: "another\n") }
    #expect(refusal?.description.hasPrefix(notes + ": is one of the files this command reads") == true)
    try second.add("index.html", contents: "report\n")
    try second.commitReplacingPreviousBuild(keepingStale: false)
    #expect(folder.read("out/summaries/a.md") == "a summary\n")
  }

  @Test func anAbortedStageLeavesThePreviousOutputAndNoNewFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("out/index.html", "previous\n")
    let stage = try OutputStage(directory: folder.path + "/out")
    try stage.add("index.html", contents: "new\n")
    try stage.add("summaries/deep/a.md", contents: "a\n")
    try stage.addStreamed("extract.json") { $0.write("{}\n") }
    stage.abort()
    #expect(folder.read("out/index.html") == "previous\n")
    #expect(!folder.exists("out/summaries"))
    #expect(folder.allFiles().sorted() == ["out/index.html"])
    #expect(throws: RapporteurError.self) { try stage.add("late.html", contents: "x") }
  }

  @Test func aTargetThatCannotBeReplacedStopsTheCommitBeforeAnyRename() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    try folder.write("out/a.html", "previous\n")
    try FileManager.default.createDirectory(atPath: folder.path + "/out/z.html", withIntermediateDirectories: true)
    let stage = try OutputStage(directory: folder.path + "/out")
    try stage.add("a.html", contents: "new\n")
    try stage.add("new/b.html", contents: "new\n")
    try stage.addStreamed("z.html") { $0.write("new\n") }
    let refusal = #expect(throws: RapporteurError.self) { try stage.commit() }
    #expect(refusal?.description == folder.path + "/out/z.html: cannot be replaced: is a folder; move it away and run again")
    #expect(folder.allFiles() == ["out/a.html"])
    #expect(folder.read("out/a.html") == "previous\n")
    #expect(!folder.exists("out/new"))
  }

  /// Another program (a script clearing the output folder between runs) removes the output
  /// folder while a build stages its files: the next file fails with an error that says so, in
  /// place of a bare "No such file or directory", and nothing is left half in place.
  @Test func anOutputFolderRemovedWhileStagingIsNamedAsTheCause() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let stage = try OutputStage(directory: folder.path + "/out")
    try stage.add("summaries/a.html", contents: "<p>a</p>\n")
    try FileManager.default.removeItem(atPath: folder.path + "/out")
    let refusal = #expect(throws: RapporteurError.self) { try stage.add("summaries/b.html", contents: "<p>b</p>\n") }
    let message = try #require(refusal?.description)
    #expect(message.hasPrefix(folder.path + "/out/summaries/b.html: cannot be written: its folder " + folder.path + "/out/summaries was removed while this command ran"))
    #expect(throws: RapporteurError.self) { try stage.commit() }
    #expect(!folder.exists("out"))
  }

  @Test func aFailureInsideAStreamedFileRemovesIt() throws {
    struct Stop: Error {}
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let stage = try OutputStage(directory: folder.path)
    #expect(throws: RapporteurError.self) {
      try stage.addStreamed("index.html") { file in
        file.write("half")
        throw Stop()
      }
    }
    try stage.commit()
    #expect(folder.allFiles().isEmpty)
  }

  @Test func aFileReplacedOrRemovedAfterItWasReadIsNotKeptAsUnchanged() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let stage = try OutputStage(directory: folder.path)
    func fingerprint(_ text: String) -> UInt64 {
      var print = Fingerprint()
      var text = text
      text.withUTF8 { print.add($0) }
      return print.value
    }
    // Another build replaced the file with its own bytes, or removed it, since it was read.
    try folder.write("a.html", "another build's\n")
    #expect(!stage.keepUnchanged(folder.path + "/a.html", fingerprint: fingerprint("this build's\n")))
    #expect(!stage.keepUnchanged(folder.path + "/gone.html", fingerprint: fingerprint("this build's\n")))
    #expect(stage.keepUnchanged(folder.path + "/a.html", fingerprint: fingerprint("another build's\n")))
    try stage.commit()
    #expect(folder.read("a.html") == "another build's\n")
    #expect(folder.allFiles().filter { $0.contains(".tmp-") }.isEmpty)
  }

  @Test func buildsRunningAtOnceIntoOneFolderLeaveOneBuildsWholeOutput() throws {
    let inputs = try TemporaryFolder()
    defer { inputs.cleanUp() }
    // Two events: the sample, and the sample less one note.
    let sample = repositoryPath("Inputs")
    for event in ["a", "b"] {
      try FileManager.default.copyItem(atPath: sample, toPath: inputs.path + "/" + event)
    }
    let notes = try FileManager.default.contentsOfDirectory(atPath: inputs.path + "/b/sessions").filter { $0.hasSuffix(".md") }.sorted()
    try FileManager.default.removeItem(atPath: inputs.path + "/b/sessions/" + (notes.last ?? ""))
    let output = inputs.path + "/out"
    for _ in 0..<3 {
      try? FileManager.default.removeItem(atPath: output)
      DispatchQueue.concurrentPerform(iterations: 4) { index in
        _ = try? BuildPipeline.run(
          BuildPipeline.buildSteps,
          options: BuildOptions(input: inputs.path + (index % 2 == 0 ? "/a" : "/b"), output: output, templates: repositoryPath("Templates")))
      }
      // Every file the manifest lists is there, with the bytes it lists.
      let manifest = try #require(inputs.read("out/.rapporteur-files"))
      for (path, recorded) in OutputStage.entries(ofManifest: manifest) {
        #expect(OutputStage.fingerprint(ofFileAt: output + "/" + path) == recorded, "\(path)")
      }
      let sessions = (inputs.read("out/index.html") ?? "").components(separatedBy: "<section class=\"session\"").count - 1
      let summaries = try FileManager.default.contentsOfDirectory(atPath: output + "/summaries").filter { $0.hasSuffix(".html") }
      #expect(sessions == summaries.count)
    }
  }

  @Test func filesWhoseBytesDidNotChangeAreLeftUntouched() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let first = try OutputStage(directory: folder.path)
    try first.add("a.html", contents: "same\n")
    try first.addStreamed("b.html") { $0.write(String(repeating: "same ", count: 400_000)) }
    try first.addStreamed("c.html") { $0.write("old\n") }
    try first.commit()
    let before = (modificationTime(folder.path + "/a.html"), modificationTime(folder.path + "/b.html"))
    Thread.sleep(forTimeInterval: 0.02)
    let second = try OutputStage(directory: folder.path)
    try second.add("a.html", contents: "same\n")
    try second.addStreamed("b.html") { file in
      for _ in 0..<4 { file.write(String(repeating: "same ", count: 100_000)) }
    }
    try second.addStreamed("c.html") { $0.write("new, and longer\n") }
    try second.commit()
    #expect(modificationTime(folder.path + "/a.html") == before.0)
    #expect(modificationTime(folder.path + "/b.html") == before.1)
    #expect(folder.read("c.html") == "new, and longer\n")
  }

  @Test(arguments: [
    ("O", ""), ("O/index.html", "O"), ("/tmp/x", "/tmp"), ("/x", "/"), ("a/b/", "a"), ("a//b", "a"), ("", ""),
  ])
  func foldersOfPathsAreFoundForShortNamesToo(path: String, parent: String) {
    #expect(OutputStage.parent(of: path) == parent)
  }

  @Test func pathsThatLeaveTheFolderAndAFileAsFolderAreRefused() throws {
    let folder = try TemporaryFolder()
    defer { folder.cleanUp() }
    let stage = try OutputStage(directory: folder.path)
    #expect(throws: RapporteurError.self) { try stage.add("../x.html", contents: "x") }
    #expect(throws: RapporteurError.self) { try stage.add("/tmp/x.html", contents: "x") }
    try folder.write("file", "a file\n")
    #expect(throws: RapporteurError.self) { try OutputStage(directory: folder.path + "/file") }
    #expect(throws: RapporteurError.self) { try stage.add("file/a.html", contents: "x") }
  }
}

@Suite struct SpillFileTests {
  @Test func textsWrittenAsideReadBackAsTheyWere() throws {
    let spilled = try #require(SpillFile())
    let notes = [
      ("a", "## Discussion\n\nPlain text.\n"), ("b", ""), ("c", "نشست 😀 e\u{301}\r\n" + String(repeating: "x", count: 3_000_000)),
      ("d", "\u{0}NUL and more\n"),
    ]
    for (id, text) in notes { #expect(spilled.store(text, for: id)) }
    for (id, text) in notes.reversed() {
      #expect(spilled.text(for: id) == text)
    }
    #expect(spilled.text(for: "e") == nil)
  }
}
