import Foundation
import RapporteurCore
import RapporteurKit
import RapporteurRender
import Testing
import TestSupport

/// `build` reads its notes a batch at a time; whatever the batch size, its outputs, messages and
/// errors are those of the steps run one after another over every note at once.
@Suite struct BatchedBuildTests {
  /// The steps of a build as they ran before notes were read in batches.
  static let stepByStep: [BuildStep] = [
    .loadInputs(requireEvent: true), .extract, .lint, .anonymise, .loadTemplates, .renderSummaries, .renderReport,
    .writeExtract, .commitBuild,
  ]

  struct Outcome: Equatable {
    var files: [String: String]
    var messages: [String]
    var leftOut: [RapporteurError]
    var sessions: [String]
    var error: RapporteurError?
  }

  func build(_ input: String, steps: [BuildStep], batchSize: Int = 256, keepGoing: Bool = false) throws -> Outcome {
    let output = try TemporaryFolder()
    defer { output.cleanUp() }
    let options = BuildOptions(
      input: input, output: output.path, templates: repositoryPath("Templates"), keepGoing: keepGoing,
      batchSize: batchSize)
    do {
      let context = try BuildPipeline.run(steps, options: options)
      let files = Dictionary(uniqueKeysWithValues: output.allFiles().map { ($0, output.read($0) ?? "") })
      return Outcome(
        files: files, messages: context.messages, leftOut: context.leftOut, sessions: context.sessions.map(\.id),
        error: nil)
    } catch let error as RapporteurError {
      return Outcome(files: [:], messages: [], leftOut: [], sessions: [], error: error)
    }
  }

  /// Notes whose file order is not their programme order, with a Chatham House session, lint
  /// findings, and ids that make the same file name (`x/y`, `x:y`, `X-Y`) or the name another's
  /// second one would take (`x-y-2`): summaries staged under one name must move to another.
  func tangledInput() throws -> TemporaryFolder {
    let input = try TemporaryFolder()
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\", \"2017-09-22\"]\n")
    let notes: [(String, String, String, String)] = [
      ("a.md", "x/y", "2017-09-22", "10:00-11:00"), ("b.md", "x:y", "2017-09-21", "09:00-10:00"),
      ("c.md", "X-Y", "2017-09-21", "08:00-09:00"), ("d.md", "x-y-2", "2017-09-21", "07:00-08:00"),
      ("e.md", "plain", "2017-09-22", "08:00-09:00"), ("f.md", "late", "2017-09-23", "08:00-09:00"),
    ]
    for (index, (file, id, date, time)) in notes.enumerated() {
      let chatham = index == 4 ? "chatham-house: true\n" : ""
      try input.write(
        "sessions/\(file)",
        """
        ---
        id: "\(id)"
        title: Session \(index)
        date: "\(date)"
        time: "\(time)"
        \(chatham)speakers:
          - name: Amina Diallo
            role: national coordinator
        ---
        ## Purpose

        To compare national action plans (NAPs) with the United Nations Development Programme (UNDP). TODO check.

        ## Recommendations

        - Donors should fund youth groups, said Amina Diallo.
        - Governments should publish NAP reviews.

        ## Action items

        - [ ] The secretariat to circulate the notes by 30 September 2017.

        """)
    }
    return input
  }

  @Test(arguments: [1, 2, 4, 256])
  func batchesGiveTheOutputsOfOneReading(batchSize: Int) throws {
    for input in [repositoryPath("Inputs")] {
      let expected = try build(input, steps: Self.stepByStep)
      #expect(expected.error == nil)
      #expect(try build(input, steps: BuildPipeline.buildSteps, batchSize: batchSize) == expected)
    }
    let tangled = try tangledInput()
    defer { tangled.cleanUp() }
    let expected = try build(tangled.path, steps: Self.stepByStep)
    // In programme order: x-y-2, X-Y, x:y (x-y-3), x/y (x-y-4); the first file, x/y, had x-y at first.
    #expect(expected.files.keys.contains("summaries/X-Y.md"))
    #expect(expected.files.keys.contains("summaries/x-y-4.html"))
    #expect(!expected.files.keys.contains("summaries/x-y.md"))
    #expect(!expected.messages.isEmpty)
    #expect(try build(tangled.path, steps: BuildPipeline.buildSteps, batchSize: batchSize) == expected)
  }

  @Test(arguments: [1, 3, 256])
  func errorsAndLeftOutNotesAreThoseOfOneReading(batchSize: Int) throws {
    let input = try tangledInput()
    defer { input.cleanUp() }
    // A taken id in an early file, an unusable note in a later one: the unusable note is reported.
    try input.write("sessions/b2.md", "---\nid: plain\ntitle: Same id\n---\n")
    try input.write("sessions/e2.md", "## Purpose\n\nNo front matter here.\n")
    for keepGoing in [false, true] {
      let expected = try build(input.path, steps: Self.stepByStep, keepGoing: keepGoing)
      #expect(try build(input.path, steps: BuildPipeline.buildSteps, batchSize: batchSize, keepGoing: keepGoing) == expected)
    }
    // With only the taken id, it is what stops the build.
    try FileManager.default.removeItem(atPath: input.path + "/sessions/e2.md")
    let expected = try build(input.path, steps: Self.stepByStep)
    #expect(expected.error?.kind == .duplicateSession)
    #expect(try build(input.path, steps: BuildPipeline.buildSteps, batchSize: batchSize) == expected)
    // Every taken id is named at once.
    try input.write("sessions/b3.md", "---\nid: plain\ntitle: Same id again\n---\n")
    let both = try build(input.path, steps: Self.stepByStep)
    #expect(both.error?.kind == .duplicateSession && both.error?.more.count == 1)
    #expect(try build(input.path, steps: BuildPipeline.buildSteps, batchSize: batchSize) == both)
  }
}
