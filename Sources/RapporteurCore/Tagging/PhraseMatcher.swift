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

  /// Every match in `tokens`, ordered by start and then by length (longest first).
  public func matches(in tokens: [Token]) -> [Match] {
    var found: [Match] = []
    // A token that is no word of any phrase ends every path through the trie.
    let plain = tokens.map { wordNumbers[$0.normalized] }
    let capital = tokens.map { $0.isAcronym ? acronymNumbers[$0.normalized] : nil }
    var states: [Int] = []
    var next: [Int] = []
    var atStart: [Match] = []
    for start in tokens.indices where plain[start] != nil || capital[start] != nil {
      states = [0]
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
          for payload in nodes[state].payloads {
            atStart.append(Match(payload: payload, start: start, end: position))
          }
        }
        swap(&states, &next)
      }
      found.append(contentsOf: atStart.reversed())
    }
    return found
  }
}
