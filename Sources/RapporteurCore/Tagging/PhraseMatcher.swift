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

  private struct Node: Sendable {
    var children: [String: Int] = [:]
    var payloads: [Payload] = []
  }

  private var nodes: [Node] = [Node()]
  public private(set) var longestPhrase = 0

  public init() {}

  public mutating func add(_ phrase: String, _ payload: Payload) {
    // An acronym written in capitals ("WHO", "UN") matches only capitals, so "who" and "un" do not.
    let words = Tokenizer.tokenize(phrase).map { Self.isAcronym($0.text) ? "^" + $0.normalized : $0.normalized }
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

  /// Every match in `tokens`, ordered by start and then by length (longest first).
  public func matches(in tokens: [Token]) -> [Match] {
    var found: [Match] = []
    let acronym = tokens.map { Self.isAcronym($0.text) }
    for start in tokens.indices {
      var states = [0]
      var position = start
      var atStart: [Match] = []
      while position < tokens.count, !states.isEmpty {
        let word = tokens[position].normalized
        var next: [Int] = []
        for state in states {
          if let child = nodes[state].children[word] { next.append(child) }
          if acronym[position], let child = nodes[state].children["^" + word] { next.append(child) }
        }
        position += 1
        for state in next {
          for payload in nodes[state].payloads {
            atStart.append(Match(payload: payload, start: start, end: position))
          }
        }
        states = next
      }
      found.append(contentsOf: atStart.reversed())
    }
    return found
  }

  /// Two or more capital letters and no small ones (a plural or possessive `s` aside): "UN",
  /// "CSOs", "U.N.", "M&E".
  static func isAcronym(_ word: Substring) -> Bool {
    var letters = word.filter { $0.isLetter }
    if letters.hasSuffix("s") { letters.removeLast() }
    return letters.count >= 2 && letters.allSatisfy { $0.isUppercase }
  }
}
