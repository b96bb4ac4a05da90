/// Which known word a misspelt one most likely means.
public enum Spelling {
  /// The word of `known` closest to `word` by edit distance, at most `limit` edits away; of two
  /// as close, the first in order. Letter case counts.
  public static func nearest(_ word: String, in known: Set<String>, within limit: Int) -> String? {
    let scored = known.map { ($0, editDistance(Array(word.utf8), Array($0.utf8), limit: limit)) }.filter { $0.1 <= limit }
    return scored.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
  }

  /// Bytes to insert, delete or change, or neighbours to swap, to turn one word into the other
  /// (optimal string alignment), or more than `limit` when the lengths alone differ by more.
  static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int = 2) -> Int {
    guard !a.isEmpty, !b.isEmpty, abs(a.count - b.count) <= limit, a.count < 100 else { return max(a.count, b.count) }
    var beforePrevious: [Int] = []
    var previous = Array(0...b.count)
    for i in a.indices {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      for j in b.indices {
        current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a[i] == b[j] ? 0 : 1))
        if i > 0, j > 0, a[i] == b[j - 1], a[i - 1] == b[j] {
          current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1)
        }
      }
      beforePrevious = previous
      previous = current
    }
    return previous[b.count]
  }
}
