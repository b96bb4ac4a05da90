import RapporteurCore

/// Groups recommendations from different sessions that say the same thing to the same addressees
/// on the same themes.
/// Similarity is the Jaccard index of their folded content words; candidates are found through an
/// index of each text's rarest words, so the work grows with the number of items, not its square.
public struct NearDuplicateMerger: Sendable {
  public struct Member: Sendable {
    public var session: Int
    public var item: Int
  }

  public let threshold: Double

  public init(threshold: Double) {
    self.threshold = threshold
  }

  static let stopWords: Set<String> = [
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "that", "this",
    "their", "its", "be", "is", "are", "should", "must", "shall", "need", "ha", "have", "will", "would", "can",
    "could", "may", "also", "all", "other", "more", "into", "so", "such", "than", "then", "they", "them", "it",
    "which", "who", "not", "but", "including", "both", "each", "every", "any", "there", "these", "those", "we",
    "our", "encouraged", "urged", "called", "invited", "requested", "participant", "speaker",
  ]

  /// Each group lists its members (session index, item index), first member first; groups and
  /// members in input order. `items[s]` are the recommendations of session `s`.
  public func groups(_ items: [[ExtractedItem]]) -> [[Member]] {
    var flat: [(member: Member, words: Set<String>, actors: [String], themes: [String])] = []
    for (session, list) in items.enumerated() {
      for (index, item) in list.enumerated() {
        let words = Set(Tokenizer.tokenize(item.text).map(\.normalized).filter { !Self.stopWords.contains($0) && $0.count > 1 })
        flat.append((Member(session: session, item: index), words, item.actors, item.themes))
      }
    }
    // How many texts each word appears in: the rarest words make the index keys.
    var frequency: [String: Int] = [:]
    for entry in flat { for word in entry.words { frequency[word, default: 0] += 1 } }
    func keys(_ words: Set<String>) -> [String] {
      Array(words.sorted { (frequency[$0] ?? 0, $0) < (frequency[$1] ?? 0, $1) }.prefix(4))
    }
    var groupOf: [Int] = Array(repeating: -1, count: flat.count)
    var groups: [[Int]] = []
    var index: [String: [Int]] = [:]  // key word → group ids
    for (position, entry) in flat.enumerated() {
      var best: (group: Int, similarity: Double)? = nil
      var seen: Set<Int> = []
      for key in keys(entry.words) {
        for group in index[key] ?? [] where seen.insert(group).inserted {
          let leader = flat[groups[group][0]]
          // Only across sessions, and only for the same addressees and themes.
          guard leader.actors == entry.actors, leader.themes == entry.themes,
            !groups[group].contains(where: { flat[$0].member.session == entry.member.session })
          else { continue }
          let similarity = Self.jaccard(leader.words, entry.words)
          if similarity >= threshold, similarity > (best?.similarity ?? 0) { best = (group, similarity) }
        }
      }
      if let best {
        groups[best.group].append(position)
        groupOf[position] = best.group
      } else {
        groups.append([position])
        groupOf[position] = groups.count - 1
        for key in keys(entry.words) { index[key, default: []].append(groups.count - 1) }
      }
    }
    return groups.map { $0.map { flat[$0].member } }
  }

  static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
    let union = a.union(b).count
    return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
  }
}
