import Foundation
import RapporteurCore
import RapporteurRender
import Testing

/// Near-duplicate merging grows with the recommendations, not with their square: one session of
/// 20,000 recommendations that share all but a number, none of which may merge with another of
/// its session, is grouped in seconds, and a later session's copy of one still joins it.
@Suite struct NearDuplicateScaleTests {
  static let size = 20_000

  static func item(_ text: String, line: Int) -> ExtractedItem {
    ExtractedItem(
      kind: .recommendation, text: text, location: .init(line: line, column: 3), owner: nil, due: "2017-10-31",
      done: false, themes: ["youth"], actors: ["governments"], rule: "section:recommendations", evidence: [],
      strength: 3, section: .recommendations)
  }

  static func text(_ number: Int) -> String {
    "Governments should fund youth organisation number \(number) by 2017-10-31."
  }

  @Test func oneLargeSessionIsGroupedInSeconds() {
    let session = (0..<Self.size).map { Self.item(Self.text($0), line: 8 + $0) }
    // A session without recommendations, then one that repeats the first.
    let items = [session, [], [Self.item(Self.text(0), line: 8)]]
    let merger = NearDuplicateMerger(threshold: TaggingRules.defaults.nearDuplicateThreshold)
    let start = Self.threadTime()
    let groups = merger.groups(items)
    let elapsed = Self.threadTime() - start
    #expect(groups.count == Self.size)
    #expect(groups.first?.map(\.session) == [0, 2])
    #expect(groups.first?.map(\.item) == [0, 0])
    #expect(groups.dropFirst().allSatisfy { $0.count == 1 && $0[0].session == 0 })
    // Near-linear work takes a second or two in a debug build; comparing each item with every
    // earlier one of its session takes many minutes.
    #expect(elapsed < 30, "\(elapsed) s")
  }

  /// Many sessions of recommendations worded alike but for their figures ("fund project 12-3"),
  /// which never merge: each is compared only with groups that give its figures or none, so 400
  /// sessions of 40 are grouped in seconds where comparing all pairs took minutes.
  @Test func manySessionsWordedAlikeButForTheirFiguresAreGroupedInSeconds() {
    let items = (0..<400).map { session in
      (0..<40).map { Self.item("Governments should fund project \(session)-\($0) for youth.", line: 8 + $0) }
    } + [[Self.item("Governments should fund project 0-0 for youth.", line: 8), Self.item("Governments should fund projects for youth.", line: 9)]]
    let merger = NearDuplicateMerger(threshold: TaggingRules.defaults.nearDuplicateThreshold)
    let start = Self.threadTime()
    let groups = merger.groups(items)
    let elapsed = Self.threadTime() - start
    // Texts whose figures differ never merge ("0-10" and "10-0" give the same figures, and do);
    // the last session's copy of the first joins it, and so does its text without figures.
    #expect(groups.allSatisfy { group in Set(group.filter { $0.session < 400 }.map { Set([$0.session, $0.item]) }).count == 1 })
    #expect(groups.first?.map(\.session) == [0, 400, 400])
    #expect(groups.count == 16_000 - (0..<400).reduce(0) { sum, session in sum + (0..<40).filter { $0 > session && $0 < 400 }.count })
    #expect(elapsed < 30, "\(elapsed) s")
  }

  /// The processor time of the calling thread, in seconds: other tests running beside this one
  /// do not count.
  static func threadTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
