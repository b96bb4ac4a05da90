/// Finds every phrase of every rule in one pass over a text's tokens: the phrases are compiled
/// into a token trie, so the cost grows with the text (times the longest phrase), not with the
/// number of rules.
public struct PhraseMatcher: Sendable {
  /// What a phrase stands for: a theme, an actor, an addressee word or a cue.
  public struct Payload: Sendable, Hashable {
    public var category: Category
    public var id: String
    /// The phrase as written in the rules, for explanations.
    public var phrase: String
  }

  public enum Category: String, Sendable, Hashable {
    case theme, actor, addressee, cue, verb
    /// Words in which a theme's phrase does not mark the theme ("human resources" for
    /// `funding`'s "resource"); the payload's id is the theme's. Never returned as a match.
    case themeException
  }

  /// One phrase found in a text: tokens `start..<end`.
  public struct Match: Sendable, Hashable {
    public var payload: Payload
    public var start: Int
    public var end: Int
  }

  /// Words are looked up once per token and compared by number inside the trie.
  private struct Node: Sendable {
    var children: [Int: Int] = [:]
    var payloads: [Payload] = []
  }

  private var nodes: [Node] = [Node()]
  /// The number of each word of the phrases, by normalized form.
  private var wordNumbers: [String: Int] = [:]
  /// The numbers of words written in capitals in the phrases (an acronym such as "WHO" or "UN"
  /// matches only capitals, so "who" and "un" do not), by normalized form.
  private var acronymNumbers: [String: Int] = [:]
  /// Every normalized word of the phrases, for a quick test before the dictionaries are asked.
  private var wordFilter = WordFilter()
  public private(set) var longestPhrase = 0

  public init() {}

  public mutating func add(_ phrase: String, _ payload: Payload) {
    let words = Tokenizer.tokenize(phrase).map { number(of: $0) }
    guard !words.isEmpty else { return }
    var current = 0
    for word in words {
      if let next = nodes[current].children[word] {
        current = next
      } else {
        nodes.append(Node())
        nodes[current].children[word] = nodes.count - 1
        current = nodes.count - 1
      }
    }
    if !nodes[current].payloads.contains(payload) { nodes[current].payloads.append(payload) }
    longestPhrase = max(longestPhrase, words.count)
  }

  /// The number of a phrase's word, assigned on first sight.
  private mutating func number(of token: Token) -> Int {
    wordFilter.insert(token.normalized)
    let next = wordNumbers.count + acronymNumbers.count
    if token.isAcronym {
      if let known = acronymNumbers[token.normalized] { return known }
      acronymNumbers[token.normalized] = next
    } else {
      if let known = wordNumbers[token.normalized] { return known }
      wordNumbers[token.normalized] = next
    }
    return next
  }

  /// Every match in `tokens`, ordered by start and then by length (longest first); only those of
  /// `category` when one is given.
  public func matches(in tokens: [Token], only category: Category? = nil) -> [Match] {
    var found: [Match] = []
    // A token that is no word of any phrase ends every path through the trie.
    var plain: [Int?] = []
    var capital: [Int?] = []
    plain.reserveCapacity(tokens.count)
    capital.reserveCapacity(tokens.count)
    for token in tokens {
      guard wordFilter.mayContain(token.normalized) else {
        plain.append(nil)
        capital.append(nil)
        continue
      }
      plain.append(wordNumbers[token.normalized])
      capital.append(token.isAcronym ? acronymNumbers[token.normalized] : nil)
    }
    var states: [Int] = []
    var next: [Int] = []
    var atStart: [Match] = []
    var excepted = false
    for start in tokens.indices where plain[start] != nil || capital[start] != nil {
      states.removeAll(keepingCapacity: true)
      states.append(0)
      atStart.removeAll(keepingCapacity: true)
      var position = start
      while position < tokens.count, !states.isEmpty {
        next.removeAll(keepingCapacity: true)
        for state in states {
          if let word = plain[position], let child = nodes[state].children[word] { next.append(child) }
          if let word = capital[position], let child = nodes[state].children[word] { next.append(child) }
        }
        position += 1
        for state in next {
          for payload in nodes[state].payloads
          where category == nil || payload.category == category
            || (category == .theme && payload.category == .themeException)
          {
            atStart.append(Match(payload: payload, start: start, end: position))
            if payload.category == .themeException { excepted = true }
          }
        }
        swap(&states, &next)
      }
      found.append(contentsOf: atStart.reversed())
    }
    return excepted ? Self.droppingExcepted(found) : found
  }

  /// `matches` without the theme phrases that lie inside one of that theme's exceptions, and
  /// without the exceptions themselves.
  private static func droppingExcepted(_ matches: [Match]) -> [Match] {
    let exceptions = matches.filter { $0.payload.category == .themeException }
    return matches.filter { match in
      switch match.payload.category {
      case .themeException: return false
      case .theme:
        return !exceptions.contains {
          $0.payload.id == match.payload.id && $0.start <= match.start && $0.end >= match.end
        }
      default: return true
      }
    }
  }
}

/// A set of words that may answer "maybe" for a word it does not hold, never "no" for one it
/// does: two bits of a hash of the word's bytes. Asking it costs far less than hashing the word
/// for a dictionary, and most words of a text are no word of any phrase.
struct WordFilter: Sendable {
  private static let bitCount = 8192
  private var bits = [UInt64](repeating: 0, count: bitCount / 64)

  mutating func insert(_ word: String) {
    let (first, second) = Self.positions(word)
    bits[first >> 6] |= 1 << UInt64(first & 63)
    bits[second >> 6] |= 1 << UInt64(second & 63)
  }

  func mayContain(_ word: String) -> Bool {
    let (first, second) = Self.positions(word)
    return bits[first >> 6] & (1 << UInt64(first & 63)) != 0 && bits[second >> 6] & (1 << UInt64(second & 63)) != 0
  }

  /// Two bit positions from an FNV-1a hash of the word's UTF-8.
  private static func positions(_ word: String) -> (Int, Int) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    hash ^= hash >> 29
    let mask = UInt64(bitCount - 1)
    return (Int(truncatingIfNeeded: hash & mask), Int(truncatingIfNeeded: (hash >> 32) & mask))
  }
}
