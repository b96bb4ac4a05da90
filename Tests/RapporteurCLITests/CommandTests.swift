import Foundation
import RapporteurCLI
import Testing
import TestSupport

@Suite struct CommandTests {
  @Test func buildsTheSampleAndExitsZero() throws {
    let output = try TemporaryFolder()
    defer { output.cleanUp() }
    let status = Rapporteur.run(["build", "--input", repositoryPath("Inputs"), "--output", output.path])
    #expect(status == 0)
    #expect(output.exists("index.html"))
  }

  @Test func aMissingInputFolderExitsTwoAndWritesNothing() throws {
    let output = try TemporaryFolder()
    defer { output.cleanUp() }
    let status = Rapporteur.run(["build", "--input", output.path + "/nowhere", "--output", output.path + "/out"])
    #expect(status == 2)
    #expect(!output.exists("out"))
  }

  /// A folder of notes without event.yml builds as the same notes named one by one do: the report
  /// has a plain title.
  @Test func aMissingEventFileBuildsWithAPlainTitle() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("sessions/a.md", "---\ntitle: A\ndate: 2017-09-21\ntime: 10:00-11:00\n---\n## Discussion\n\nText.\n")
    #expect(Rapporteur.run(["build", "--input", input.path, "--output", input.path + "/out"]) == 0)
    let report = try String(contentsOfFile: input.path + "/out/index.html", encoding: .utf8)
    #expect(report.contains("<title>Event report"))
  }

  @Test func aNoteWithoutFrontMatterExitsTwoAndWritesNothing() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\n")
    try input.write("sessions/a.md", "## Purpose\n\nText.\n")
    #expect(Rapporteur.run(["build", "--input", input.path, "--output", input.path + "/out"]) == 2)
    #expect(!input.exists("out"))
  }

  /// A templates folder named on the command line that does not exist stops the build: without
  /// it the report would silently lose the house style. The default folder may be absent.
  @Test func aMistypedTemplatesFolderExitsTwoAndWritesNothing() throws {
    let output = try TemporaryFolder()
    defer { output.cleanUp() }
    let input = repositoryPath("Inputs")
    let status = Rapporteur.run(["build", "--input", input, "--output", output.path + "/out", "--templates", output.path + "/Templats"])
    #expect(status == 2)
    #expect(!output.exists("out"))
    #expect(Rapporteur.run(["build", "--input", input, "--output", output.path + "/out2", "--templates", repositoryPath("Templates")]) == 0)
  }

  @Test func badUsageExitsTwo() {
    #expect(Rapporteur.run(["build", "--no-such-option"]) == 2)
    #expect(Rapporteur.run(["no-such-command"]) == 2)
  }

  @Test func summaryBySessionIDOrPath() throws {
    let output = try TemporaryFolder()
    defer { output.cleanUp() }
    let input = repositoryPath("Inputs")
    #expect(Rapporteur.run(["summary", "nap-side-event", "--input", input, "--output", output.path]) == 0)
    #expect(output.exists("summaries/nap-side-event.html") && output.exists("summaries/nap-side-event.md"))
    let path = repositoryPath("Inputs/sessions/opening-plenary.md")
    #expect(Rapporteur.run(["summary", path, "--input", input, "--output", output.path, "--max-words", "150"]) == 0)
    #expect(output.exists("summaries/opening-plenary.md"))
    #expect(Rapporteur.run(["summary", "no-such-session", "--input", input, "--output", output.path]) == 2)
    #expect(Rapporteur.run(["summary", "nap-side-event", "--max-words", "0"]) == 2)
  }

  /// The summary of an id two notes give cannot tell which note is meant: it is refused.
  @Test func summaryOfATakenIDIsRefused() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\n")
    try input.write("sessions/talk.md", "---\nid: talk\ntitle: Talk\ndate: \"2017-09-21\"\n---\n## Purpose\n\nTalk.\n")
    try input.write("sessions/talk-copy.md", "---\nid: talk\ntitle: Copy\ndate: \"2017-09-21\"\n---\n## Purpose\n\nCopy.\n")
    try input.write("sessions/other.md", "---\nid: other\ntitle: Other\ndate: \"2017-09-21\"\n---\n## Purpose\n\nOther.\n")
    #expect(Rapporteur.run(["summary", "talk", "--input", input.path, "--stdout"]) == 2)
    #expect(Rapporteur.run(["summary", "other", "--input", input.path, "--stdout"]) == 0)
  }

  /// A negative budget is a value refused with its reason, not taken for an unknown option.
  @Test func aNegativeWordBudgetIsRefusedWithItsReason() {
    do {
      _ = try Rapporteur.parseAsRoot(["summary", "nap-side-event", "--max-words", "-5"])
      Issue.record("--max-words -5 was taken")
    } catch {
      #expect(Rapporteur.message(for: error) == "--max-words must be a positive number of words")
    }
  }

  @Test func helpExitsZero() {
    #expect(Rapporteur.run(["--help"]) == 0)
    #expect(Rapporteur.run(["build", "--help"]) == 0)
    #expect(Rapporteur.run(["help", "lint"]) == 0)
  }

  /// Help for a command that does not exist is bad usage.
  @Test func helpForAnUnknownCommandExitsTwo() {
    #expect(Rapporteur.run(["nosuch", "--help"]) == 2)
    #expect(Rapporteur.run(["help", "nosuch"]) == 2)
    #expect(Rapporteur.run(["summarise", "-h"]) == 2)
  }
}

@Suite struct ArchitectureTests {
  /// Only the CommonMark module sees libcmark's C interface.
  @Test func onlyCommonMarkImportsCCmark() throws {
    let sources = repositoryPath("Sources")
    let enumerator = try #require(FileManager.default.enumerator(atPath: sources))
    var importers: [String] = []
    while let file = enumerator.nextObject() as? String {
      guard file.hasSuffix(".swift"),
        let text = FileManager.default.contents(atPath: sources + "/" + file).map({ String(decoding: $0, as: UTF8.self) })
      else { continue }
      if text.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "import CCmark" }) {
        importers.append(file)
      }
    }
    #expect(!importers.isEmpty)
    #expect(importers.allSatisfy { $0.hasPrefix("CommonMark/") }, "CCmark imported outside CommonMark: \(importers)")
  }
}
