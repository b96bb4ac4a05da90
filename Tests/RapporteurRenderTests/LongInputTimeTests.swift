import CommonMark
import RapporteurCore
@testable import RapporteurRender
import Testing

/// A session of thousands of items is summarised in time near its size: each item is compared
/// only with the kept items that share a word with it, and with at most
/// `SummaryComposer.comparedAtMost` of them. Compared with every item kept before, tasks for one
/// owner took time growing with their square (a table of 20,000 such rows built in 41 s where
/// 10,000 took 14 s, in a debug build); these 12,000 now take seconds.
@Suite struct LongSummaryInputTests {
  static func task(_ text: String, line: Int) -> ExtractedItem {
    ExtractedItem(
      kind: .action, text: text, location: CommonMark.SourceLocation(line: line, column: 1), owner: "UNDP", due: nil, done: false,
      themes: [], actors: [], rule: "section:actions", evidence: [], strength: 1, section: nil)
  }

  /// A word of small letters for a number: 0 → "aaaa", 1 → "aaab".
  static func letters(_ number: Int) -> String {
    var rest = number
    var word = ""
    for _ in 0..<4 {
      word = String(UnicodeScalar(UInt8(97 + rest % 26))) + word
      rest /= 26
    }
    return word
  }

  @Test func manyTasksOfOneOwnerAreComparedInNearLinearTime() {
    // (The processor time of this test's own thread: tests running beside it do not count.)
    let start = NearDuplicateScaleTests.threadTime()
    // Every one restates the first in other words: only the first is kept.
    let same = (0..<12_000).map { Self.task("Send note \($0) to the partners by Friday", line: $0 + 1) }
    #expect(SummaryComposer.restatedOnce(same, threshold: 0.8, audience: { $0.owner }).count == 1)
    // Four content words, one of them each task's own, three of four shared: none restates another.
    let distinct = (0..<12_000).map { Self.task("Send note \(Self.letters($0)) to partners", line: $0 + 1) }
    #expect(SummaryComposer.restatedOnce(distinct, threshold: 0.8, audience: { $0.owner }).count == 12_000)
    #expect(NearDuplicateScaleTests.threadTime() - start < 120)
  }
}
