import Foundation
import RapporteurCore
import Testing

/// Extraction time grows with the notes, not with the square of a paragraph or a sentence: one
/// paragraph of 1 MB, in the shapes that cost most (lines without full stops, thousands of
/// sentences, one sentence without any end), takes about twice the time of one of 0.5 MB.
@Suite struct ExtractionScaleTests {
  static let size = 1_000_000

  /// A note whose one section holds `unit` repeated up to `size` bytes, in one paragraph.
  static func note(section: String, before: String = "", unit: String, size: Int) -> String {
    let body = String(repeating: unit, count: size / unit.utf8.count)
    return "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"09:00-10:00\"\n---\n## \(section)\n\n\(before)\(body)\n"
  }

  struct Shape: Sendable, CustomTestStringConvertible {
    var name: String
    var section: String
    var before: String
    var unit: String
    /// How many items a paragraph of so many bytes gives.
    var items: @Sendable (Int) -> ClosedRange<Int>
    var testDescription: String { name }
  }

  static let shapes: [Shape] = [
    // Each line a recommendation that lacks its full stop.
    Shape(name: "lines without full stops", section: "Discussion", before: "", unit: "Governments should act\n", items: { ($0 / 23)...($0 / 23) }),
    // Beside a list every sentence of the Action items section is an action.
    // Each sentence is read as a task; the same task written again is the one task.
    Shape(name: "sentences of actions", section: "Action items", before: "- Book the room.\n\n", unit: "Bob to send it. ", items: { _ in 2...2 }),
    // One sentence without end, read in pieces of at most 2,000 characters, each a recommendation.
    Shape(
      name: "one endless sentence", section: "Discussion", before: "", unit: "governments should act and donors fund it ",
      items: { ($0 / SentenceSplitter.maximumLength)...($0 / (SentenceSplitter.maximumLength * 3 / 4)) }),
    // A paragraph of recommendations without a list: one item per cued sentence.
    Shape(name: "a paragraph of recommendations", section: "Recommendations", before: "", unit: "Donors should act on the review's findings. ", items: { ($0 / 44)...($0 / 44) }),
    // Lines numbered by item codes: one item per line.
    Shape(name: "lines with item codes", section: "Recommendations", before: "", unit: "R1. Fund the youth networks\n", items: { ($0 / 28)...($0 / 28) }),
    // Struck-out words in every sentence.
    Shape(name: "struck-out words", section: "Discussion", before: "", unit: "Donors should fund ~~x~~ it. ", items: { ($0 / 29)...($0 / 29) }),
  ]

  /// The processor time extracting a paragraph of `size` bytes of `shape` takes, checking its items.
  static func extractionTime(_ shape: Shape, size: Int) throws -> Double {
    let text = note(section: shape.section, before: shape.before, unit: shape.unit, size: size)
    let session = try SessionLoader.load(file: "big.md", text: text).get()
    let start = threadTime()
    let extract: SessionExtract? = Extractor().extract(session)
    let elapsed = threadTime() - start
    let items = try #require(extract).items
    #expect(shape.items(size).contains(items.count), "\(items.count) items")
    #expect(items.allSatisfy { $0.text.count <= SentenceSplitter.maximumLength })
    return elapsed
  }

  @Test(arguments: shapes)
  func twiceTheParagraphTakesAboutTwiceTheTime(_ shape: Shape) throws {
    let half = try Self.extractionTime(shape, size: Self.size / 2)
    let whole = try Self.extractionTime(shape, size: Self.size)
    // Linear work takes twice the time, quadratic work four times. Processor time of this thread
    // alone, so tests running beside it do not count; whatever the machine, the square of 1 MB
    // also takes hours, which the generous bound catches.
    #expect(whole / half < 3, "\(shape.name): \(half) s for 0.5 MB, \(whole) s for 1 MB")
    #expect(whole < 120, "\(shape.name): \(whole) s")
  }

  /// The processor time of the calling thread, in seconds: other tests running beside this one
  /// do not count.
  static func threadTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  @Test func aLongRunIsDividedAtLinesThenAtBlanks() {
    let lines = String(repeating: "Governments should act\n", count: 200)
    let lineStarts = lines.indices.filter { $0 == lines.startIndex || lines[lines.index(before: $0)] == "\n" }
    let pieces = SentenceSplitter.split(lines, lineStarts: lineStarts).map { String(lines[$0]) }
    #expect(pieces.count == 200)
    #expect(pieces.allSatisfy { $0 == "Governments should act" })

    let endless = String(repeating: "donors fund it ", count: 1_000)
    let cut = SentenceSplitter.split(endless).map { String(endless[$0]) }
    #expect(cut.count == 8)
    #expect(cut.allSatisfy { $0.count <= SentenceSplitter.maximumLength && $0.hasPrefix("donors") && $0.hasSuffix("it") })
    // Sentences of common length are left as they are.
    let short = "Donors should fund it. Governments should act"
    #expect(SentenceSplitter.split(short).map { String(short[$0]) } == ["Donors should fund it.", "Governments should act"])
  }
}
