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

  /// Words and their opposites: "increase" and "decrease" funding are not the same recommendation.
  static let opposites: [String: Set<String>] = {
    let pairs = [
      ("increase", "decrease"), ("increase", "reduce"), ("increase", "cut"), ("raise", "lower"), ("raise", "reduce"),
      ("expand", "reduce"), ("expand", "shrink"), ("extend", "shorten"), ("include", "exclude"), ("before", "after"),
      ("more", "less"), ("more", "fewer"), ("higher", "lower"), ("start", "stop"), ("begin", "end"), ("allow", "ban"),
      ("allow", "prohibit"), ("permit", "ban"), ("permit", "prohibit"), ("open", "close"), ("add", "remove"),
      ("strengthen", "weaken"), ("accelerate", "slow"), ("grow", "shrink"), ("maximise", "minimise"),
      ("maximize", "minimize"), ("minimum", "maximum"), ("highest", "lowest"),
      // Whom or where a recommendation concerns: "in rural areas" is not "in urban areas".
      ("rural", "urban"), ("public", "private"), ("online", "offline"), ("formal", "informal"), ("men", "women"),
      ("boys", "girls"), ("north", "south"), ("east", "west"), ("short-term", "long-term"), ("domestic", "foreign"),
    ]
    var table: [String: Set<String>] = [:]
    for (a, b) in pairs {
      table[a, default: []].insert(b)
      table[b, default: []].insert(a)
    }
    return table
  }()

  /// Whether two texts ask opposite things, or give different figures: one says "increase" where
  /// the other says "decrease", or "by 2018" where the other says "by 2019", "10 million" where the
  /// other says "1 million". `a` and `b` are each text's direction words and figures.
  static func opposed(_ a: [String], _ b: [String]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    let figuresA = a.filter(isFigure)
    let figuresB = b.filter(isFigure)
    if !figuresA.isEmpty, !figuresB.isEmpty, figuresA != figuresB { return true }
    return a.contains { word in !(opposites[word] ?? []).isDisjoint(with: b) && !b.contains(word) }
  }

  /// Whether a word gives a figure: digits ("30", "2018"), or a number in words ("three seats",
  /// "for ten years").
  static func isFigure(_ word: String) -> Bool {
    word.contains(where: \.isNumber) || numberWords.contains(word)
  }

  static let numberWords: Set<String> = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
    "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "half", "double", "twice", "dozen", "single",
  ]

  /// Whether two texts each name a place or body the other does not ("… in Kenya" and "… in
  /// Uganda"). `a` and `b` are each text's names, sorted.
  static func namesApart(_ a: [String], _ b: [String]) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    // Each list has a name the other lacks: one walk over both sorted lists.
    var onlyA = false
    var onlyB = false
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i] < b[j]) {
        onlyA = true
        i += 1
      } else if i == a.count || b[j] < a[i] {
        onlyB = true
        j += 1
      } else {
        i += 1
        j += 1
      }
      if onlyA && onlyB { return true }
    }
    return false
  }

  /// The names a text gives, sorted: words written with a capital inside it ("Kenya", "UNDP"),
  /// not the one that opens it.
  static func names(_ tokens: [Token]) -> [String] {
    Set(tokens.indices.dropFirst().compactMap { index in
      tokens[index].text.first?.isUppercase == true ? tokens[index].normalized : nil
    }).sorted()
  }

  /// A word that turns a recommendation into its opposite: the extractor's denials, and any
  /// "n't" (the tokenizer straightens apostrophes).
  /// The verb a recommendation asks for: the word after its modal ("should protect", "must not
  /// restrict") or after the "to" of an urging ("urged governments to involve"); `nil` when its
  /// words give none.
  static func headVerb(_ words: [String]) -> String? {
    let skipped: Set<String> = ["not", "also", "now", "urgently", "further", "still", "always", "never", "continue", "to", "be", "consider"]
    func after(_ index: Int) -> String? {
      var next = index + 1
      // "should directly fund": past the adverb (not "apply", "supply", "comply", "rely").
      while next < words.count,
        skipped.contains(words[next]) || (words[next].hasSuffix("ly") && !["apply", "supply", "comply", "rely", "reply", "multiply"].contains(words[next]))
      {
        next += 1
      }
      // "provide funding", "give women's organisations funding": the act is in the noun.
      return next < words.count && !Self.lightVerbs.contains(words[next]) ? words[next] : nil
    }
    for (index, word) in words.enumerated() {
      if ["should", "must", "shall", "ought", "need", "needs"].contains(word) { return after(index) }
      if word == "to", (max(0, index - 5)..<index).contains(where: { Self.urgings.contains(words[$0]) }) { return after(index) }
    }
    return nil
  }

  static let lightVerbs: Set<String> = [
    "provide", "give", "offer", "make", "ensure", "take", "put", "have", "ha", "get", "allocate", "do", "grant", "deliver",
    "pay", "work", "play", "step", "look", "use", "seek", "find",
  ]

  static let urgings: Set<String> = ["urged", "encouraged", "called", "invited", "requested", "asked", "recommended", "appealed"]

  /// Verbs that ask for the same act in other words: "fund" and "finance" civil society.
  static let sameActs: [Set<String>] = [
    ["fund", "finance", "resource", "support", "invest"], ["involve", "include", "engage", "consult", "associate"],
    ["publish", "share", "release", "disclose"], ["adopt", "approve", "endorse"], ["increase", "expand", "scale", "raise", "boost"],
    ["develop", "draft", "design", "prepare", "create", "establish", "set"], ["strengthen", "build", "enhance", "improve"],
  ]

  /// Whether two recommendations ask for different acts: "protect civic space" and "restrict
  /// civic space" share every word but the one that matters.
  static func actApart(_ a: String?, _ b: String?) -> Bool {
    guard let a, let b, a != b else { return false }
    return !sameActs.contains { $0.contains(a) && $0.contains(b) }
  }

  static func isNegation(_ word: String) -> Bool {
    Extractor.negations.contains(word) || word.hasSuffix("n't")
  }

  /// Each group lists its members (session index, item index), first member first; groups and
  /// members in input order. `items[s]` are the recommendations of session `s`.
  public func groups(_ items: [[ExtractedItem]]) -> [[Member]] {
    var members: [Member] = []
    members.reserveCapacity(items.reduce(0) { $0 + $1.count })
    for (session, list) in items.enumerated() {
      for item in list.indices { members.append(Member(session: session, item: item)) }
    }
    // Each text's content words, numbered as first met, read on all cores a batch at a time so
    // that only numbers are kept of every text.
    var numberOf: [String: Int32] = [:]
    var vocabulary: [String] = []
    var texts: [[Int32]] = []
    var negated: [Bool] = []
    var contrasts: [[String]] = []
    texts.reserveCapacity(members.count)
    negated.reserveCapacity(members.count)
    var names: [[String]] = []
    var heads: [String?] = []
    Parallel.forEachBatch(members, map: { member -> (words: [String], negated: Bool, contrasts: [String], names: [String], head: String?) in
      let tokens = Tokenizer.tokenize(items[member.session][member.item].text)
      let words = tokens.map(\.normalized)
      let contrasts = Set(words.filter { Self.opposites[$0] != nil || Self.isFigure($0) }).sorted()
      return (
        Array(Set(words.filter { !Self.stopWords.contains($0) && $0.count > 1 })), words.contains(where: Self.isNegation),
        contrasts, Self.names(tokens), Self.headVerb(words)
      )
    }) { _, results in
      for result in results {
        texts.append(
          result.words.map { word in
            if let known = numberOf[word] { return known }
            numberOf[word] = Int32(vocabulary.count)
            vocabulary.append(word)
            return Int32(vocabulary.count - 1)
          })
        negated.append(result.negated)
        contrasts.append(result.contrasts)
        names.append(result.names)
        heads.append(result.head)
      }
    }
    // Words renumbered in their sorted order, so that comparing numbers compares the words; each
    // text as its sorted numbers, so that similarity is a merge of two short lists.
    numberOf = [:]
    var rank = [Int32](repeating: 0, count: vocabulary.count)
    for (position, word) in vocabulary.indices.sorted(by: { vocabulary[$0] < vocabulary[$1] }).enumerated() {
      rank[word] = Int32(position)
    }
    for position in texts.indices { texts[position] = texts[position].map { rank[Int($0)] }.sorted() }
    // Addressees, themes and polarity as one number, to compare them cheaply: "should not
    // involve" and "should involve" are opposites, however many words they share.
    var audiences: [[[String]]: Int] = [:]
    let audience = members.indices.map { position -> Int in
      let item = items[members[position].session][members[position].item]
      let key = [item.actors, item.themes, negated[position] ? ["not"] : []]
      if let known = audiences[key] { return known }
      audiences[key] = audiences.count
      return audiences.count - 1
    }
    // How many texts each word appears in: the rarest words make the index keys.
    var frequency = Array(repeating: 0, count: vocabulary.count)
    for text in texts { for word in text { frequency[Int(word)] += 1 } }
    let keys = texts.map { text in
      Array(text.sorted { (frequency[Int($0)], $0) < (frequency[Int($1)], $1) }.prefix(4))
    }
    // Texts that give figures merge only with texts that give the same figures, or none: each
    // text's figures as one number (0: none), so that the index is kept by addressees, themes
    // and figures, and a thousand "fund project 12" and "fund project 13" are never compared.
    var figureSets: [[String]: Int] = [[]: 0]
    let figures = contrasts.map { words -> Int in
      let given = words.filter(Self.isFigure)
      if let known = figureSets[given] { return known }
      figureSets[given] = figureSets.count
      return figureSets.count - 1
    }
    var groups: [[Int]] = []
    // (addressees and themes, figures, key word) → group ids; and, for texts that give no
    // figures and may join any group, (addressees and themes, key word) → group ids.
    var index: [IndexKey: [Int]] = [:]
    var anyFigures: [IndexKey: [Int]] = [:]
    vocabulary = []
    var lastSeenBy: [Int] = []  // group id → the last position that looked at it
    // Groups opened by the current session's items. No other item of that session may join them,
    // so they enter the index only when the next session begins, still in the order they were
    // opened: a session of many items sharing common words does not compare each with all before it.
    var opened: [Int] = []
    var openedIn = members.first?.session ?? 0
    for (position, member) in members.enumerated() {
      if member.session != openedIn {
        for group in opened {
          let leader = groups[group][0]
          for key in keys[leader] {
            index[IndexKey(audience: audience[leader], figures: figures[leader], word: key), default: []].append(group)
            anyFigures[IndexKey(audience: audience[leader], figures: -1, word: key), default: []].append(group)
          }
        }
        opened = []
        openedIn = member.session
      }
      var best: (group: Int, similarity: Double)? = nil
      // Each key's groups in the order they were opened, as one list of all would give them.
      let buckets = keys[position].map { key -> [Int] in
        if figures[position] == 0 { return anyFigures[IndexKey(audience: audience[position], figures: -1, word: key)] ?? [] }
        return Self.merged(
          index[IndexKey(audience: audience[position], figures: figures[position], word: key)] ?? [],
          index[IndexKey(audience: audience[position], figures: 0, word: key)] ?? [])
      }
      for bucket in buckets {
        for group in bucket where lastSeenBy[group] != position {
          lastSeenBy[group] = position
          let leader = groups[group][0]
          // Only across sessions, and only for the same addressees and themes. Members join in
          // input order, sessions ascending: a group holds one of this session's items only if
          // its last member is one. An item in the very words of the group's first joins it all
          // the same: a session that says one thing twice is not listed twice.
          guard audience[leader] == audience[position], let last = groups[group].last,
            members[last].session != member.session || texts[leader] == texts[position],
            !Self.opposed(contrasts[leader], contrasts[position]), !Self.actApart(heads[leader], heads[position]),
            !Self.namesApart(names[leader], names[position])
          else { continue }
          let similarity = Self.jaccard(texts[leader], texts[position])
          if similarity >= threshold, similarity > (best?.similarity ?? 0) { best = (group, similarity) }
        }
      }
      if let best {
        groups[best.group].append(position)
      } else {
        groups.append([position])
        lastSeenBy.append(position)
        opened.append(groups.count - 1)
      }
    }
    return groups.map { $0.map { members[$0] } }
  }

  /// Where the index keeps a group: its first member's addressees and themes, figures (-1 for
  /// any) and one of its key words.
  struct IndexKey: Hashable {
    var audience: Int
    var figures: Int
    var word: Int32
  }

  /// Two ascending lists as one.
  static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
    if a.isEmpty { return b }
    if b.isEmpty { return a }
    var result: [Int] = []
    result.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if j == b.count || (i < a.count && a[i] < b[j]) {
        result.append(a[i])
        i += 1
      } else {
        result.append(b[j])
        j += 1
      }
    }
    return result
  }

  /// The Jaccard index of two sets given as sorted lists without repeats.
  static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
    var common = 0
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] == b[j] {
        common += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let union = a.count + b.count - common
    return union == 0 ? 0 : Double(common) / Double(union)
  }
}
