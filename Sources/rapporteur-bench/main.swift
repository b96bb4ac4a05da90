import CommonMark
import Foundation
import RapporteurCore
import RapporteurKit
import RapporteurRender

// rapporteur-bench: generates synthetic events and measures each phase of a build against
// libcmark alone parsing and rendering the same bytes, in the same process.
//
//   rapporteur-bench generate N DIR [--seed S]   write an event of N sessions into DIR
//   rapporteur-bench run [N …] [--work DIR]      measure builds of N generated sessions (default 1000 10000)

func usage() -> Never {
  FileHandle.standardError.write(Data("usage: rapporteur-bench generate N DIR [--seed S] | run [N …] [--work DIR]\n".utf8))
  exit(2)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { usage() }
arguments.removeFirst()

@MainActor func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  let value = arguments[index + 1]
  arguments.removeSubrange(index...(index + 1))
  return value
}

switch command {
case "generate":
  let seed = option("--seed").flatMap { UInt64($0) } ?? 2017
  guard arguments.count == 2, let count = Int(arguments[0]), count > 0 else { usage() }
  try EventGenerator(seed: seed).write(sessions: count, to: arguments[1])
  print("wrote \(count) sessions to \(arguments[1])")

case "run":
  let work = option("--work") ?? NSTemporaryDirectory() + "rapporteur-bench"
  let counts = arguments.isEmpty ? [1_000, 10_000] : arguments.compactMap { Int($0) }
  print("| sessions | MB | phase | seconds | MB/s | peak MB after |")
  print("|---:|---:|---|---:|---:|---:|")
  for count in counts {
    let input = "\(work)/\(count)"
    if !FileManager.default.fileExists(atPath: input + "/event.yml") {
      try EventGenerator().write(sessions: count, to: input)
    }
    let output = "\(work)/out-\(count)"
    // A first build into an empty folder: a rebuild leaves files that did not change untouched.
    try? FileManager.default.removeItem(atPath: output)
    let files = try InputsLoader.noteFiles(input: input, paths: [])
    var texts = files.compactMap { FileManager.default.contents(atPath: $0).map { String(decoding: $0, as: UTF8.self) } }
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576

    // libcmark alone: parse and render every note, on both cores as the build does.
    var start = now()
    let rendered = Parallel.map(texts) { MarkdownHTMLRenderer.render($0).utf8.count }
    let cmarkSeconds = now() - start
    precondition(rendered.count == texts.count)
    // The build reads the notes itself: the texts are not kept alive beside it.
    texts = []

    var phases: [(String, Double, Double?)] = []
    var context = BuildContext(options: BuildOptions(input: input, output: output, templates: "Templates"))
    let steps: [(String, [BuildStep])] = [
      ("notes, a batch at a time", [.processNotes]), ("render report + extract", [.renderReport, .writeExtract]),
      ("write", [.commitBuild]),
    ]
    // The phases are the build's own steps, in its order. The first runs its own phases batch
    // after batch; each is shown with its time summed over the batches (indented), with no
    // peak of its own, as memory is only sampled between steps.
    precondition(steps.flatMap(\.1).map(\.name) == BuildPipeline.buildSteps.map(\.name))
    let total = now()
    for (name, group) in steps {
      start = now()
      for step in group { try step.run(&context) }
      let seconds = now() - start
      if group.first?.name == BuildStep.processNotes.name {
        for phase in context.phaseTimes.phases { phases.append(("· " + phase.name, phase.seconds, nil)) }
      }
      phases.append((name, seconds, peakMemoryMB()))
    }
    let buildSeconds = now() - total
    let size = String(format: "%.1f", megabytes)
    for (name, seconds, peak) in phases {
      let peakText = peak.map { String(format: "%.0f", $0) } ?? ""
      print("| \(count) | \(size) | \(name) | \(String(format: "%.3f", seconds)) | \(String(format: "%.1f", megabytes / seconds)) | \(peakText) |")
    }
    print("| \(count) | \(size) | **whole build** | \(String(format: "%.3f", buildSeconds)) | \(String(format: "%.1f", megabytes / buildSeconds)) | \(String(format: "%.0f", peakMemoryMB())) |")
    print("| \(count) | \(size) | libcmark parse + render | \(String(format: "%.3f", cmarkSeconds)) | \(String(format: "%.1f", megabytes / cmarkSeconds)) | |")
    print("")
    print("sessions \(count): build / libcmark = \(String(format: "%.2f", buildSeconds / cmarkSeconds))×; peak memory so far \(String(format: "%.0f", peakMemoryMB())) MB for \(String(format: "%.1f", megabytes)) MB of notes")
    print("")
  }

default:
  usage()
}
