import Foundation
/// A sentence (or item text) with its tokens and the phrases found in it, and the grammar-light
/// reading rapporteur needs: which cue marks it, whom it addresses, who owns it.
struct SentenceAnalysis {
  let text: String
  let tokens: [Token]
  let matches: [PhraseMatcher.Match]
  /// The rules' cues, the only part of the rules read after the phrases are found (one array,
  /// not the whole rule set, is retained per sentence).
  let cues: [Cue]
  /// The matches starting at token `i` are `matches[matchOffsets[i]..<matchOffsets[i + 1]]`, so
  /// that no question about one position reads every match of the text.
  private let matchOffsets: [Int]
  /// The most tokens a phrase spans.
  private let longestPhrase: Int
  /// What the cue tests ask of every position, worked out once per text when first asked.
  private let memo = Memo()
  /// The year the session took place, when known: a cue after "in 2019" is history before it.
  var referenceYear: Int?
  /// The month of the session, when known: "In January … urged" told in March is history.
  var referenceMonth: Int?
  /// Whether the notes tell the session in the past perfect, so that tense is no sign of history.
  var backshifted = false

  init(_ text: String, rules: TaggingRules, backshifted: Bool = false) {
    // "Governments (not donors) should …", "Youth groups, not governments, should …": the actor set
    // against another is read as if the contrast were not there.
    let text = Self.blankingContrasts(text)
    self.text = text
    self.backshifted = backshifted
    cues = rules.cues
    tokens = Self.droppingFillers(Tokenizer.tokenize(text), in: text)
    matches = Self.droppingBareDo(Self.droppingUnnamedHeads(Self.droppingNestedActors(rules.matcher.matches(in: tokens)), tokens: tokens), tokens: tokens)
    longestPhrase = rules.matcher.longestPhrase
    var offsets = [Int](repeating: matches.count, count: tokens.count + 1)
    var position = matches.count
    for start in stride(from: tokens.count - 1, through: 0, by: -1) {
      while position > 0, matches[position - 1].start >= start { position -= 1 }
      offsets[start] = position
    }
    matchOffsets = offsets
  }

  /// Matches without the verb "do" where it names no task: "agreed to do the first joint baraza"
  /// and "will do its own leaflet drop" do one; "Donors to do more", "will do its best" do not.
  static func droppingBareDo(_ matches: [PhraseMatcher.Match], tokens: [Token]) -> [PhraseMatcher.Match] {
    guard matches.contains(where: { $0.payload.category == .verb && tokens[$0.start].normalized == "do" }) else { return matches }
    let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those"]
    return matches.filter { match in
      guard match.payload.category == .verb, tokens[match.start].normalized == "do" else { return true }
      guard match.end < tokens.count else { return false }
      // "will do its own leaflet drop": what is its own is a thing to do, not "its best".
      return determiners.contains(tokens[match.end].normalized)
        || (match.end + 1 < tokens.count && ["its", "their", "our", "his", "her", "my", "your"].contains(tokens[match.end].normalized)
          && tokens[match.end + 1].normalized == "own")
    }
  }

  /// Matches without the actors read inside a longer actor's words: "authorities" in "local
  /// authorities", "government" in "local government" name no second actor.
  static func droppingNestedActors(_ matches: [PhraseMatcher.Match]) -> [PhraseMatcher.Match] {
    // Most texts name one actor or none: counting to two allocates nothing.
    var count = 0
    for match in matches where match.payload.category == .actor {
      count += 1
      if count > 1 { break }
    }
    guard count > 1 else { return matches }
    let actors = matches.filter { $0.payload.category == .actor }
    return matches.filter { match in
      guard match.payload.category == .actor else { return true }
      return !actors.contains { other in
        other.payload.id != match.payload.id && other.start <= match.start && other.end >= match.end
          && other.end - other.start > match.end - match.start
      }
    }
  }

  /// The matches starting at token `index`, longest first.
  func matches(startingAt index: Int) -> ArraySlice<PhraseMatcher.Match> {
    guard index >= 0, index < tokens.count else { return [] }
    return matches[matchOffsets[index]..<matchOffsets[index + 1]]
  }

  /// The matches that end just before token `end` (none spans more than `longestPhrase` tokens).
  func matches(endingAt end: Int) -> [PhraseMatcher.Match] {
    guard end > 0 else { return [] }
    var found: [PhraseMatcher.Match] = []
    for start in max(0, end - longestPhrase)..<min(end, tokens.count) {
      found += matches(startingAt: start).filter { $0.end == end }
    }
    return found
  }

  /// The matches lying wholly inside tokens `range`.
  func matches(within range: Range<Int>) -> [PhraseMatcher.Match] {
    var found: [PhraseMatcher.Match] = []
    for start in range.clamped(to: 0..<tokens.count) {
      found += matches(startingAt: start).filter { $0.end <= range.upperBound }
    }
    return found
  }

  private final class Memo {
    var positions: Positions?
    var rejected: Bool?
  }

  /// For each token: whether it stands inside quotation marks, the last "that" before it, and
  /// where its clause begins; and the first word that makes the text hypothetical.
  private struct Positions {
    var quoted: [Bool]
    var lastThat: [Int]
    var clauseStart: [Int]
    var firstHypothetical: Int
  }

  private var positions: Positions {
    if let known = memo.positions { return known }
    var quoted: [Bool] = []
    quoted.reserveCapacity(tokens.count)
    var straight = 0
    var opening = 0
    var closing = 0
    var scanned = text.startIndex
    var lastThat: [Int] = []
    lastThat.reserveCapacity(tokens.count)
    var clauseStart: [Int] = []
    clauseStart.reserveCapacity(tokens.count)
    var that = -1
    var firstHypothetical = tokens.count
    for (index, token) in tokens.enumerated() {
      // Quotation marks by their bytes: '"', and “ ” „ (E2 80 9C, E2 80 9D, E2 80 9E). A straight
      // mark after an opening curly one closes it, as Romanian and German typing leaves them:
      // „Punți".
      var state = 0
      for byte in text[scanned..<token.range.lowerBound].utf8 {
        switch (state, byte) {
        case (_, 0x22):
          if opening > closing, straight % 2 == 0 { closing += 1 } else { straight += 1 }
          state = 0
        case (_, 0xE2): state = 1
        case (1, 0x80): state = 2
        case (2, 0x9C), (2, 0x9E): opening += 1; state = 0
        case (2, 0x9D): closing += 1; state = 0
        default: state = 0
        }
      }
      scanned = token.range.lowerBound
      quoted.append(straight % 2 == 1 || opening > closing)
      lastThat.append(that)
      if token.normalized == "that" { that = index }
      // `subjectStart`'s backward reading: the nearest "that"/"said" (after it) or clause
      // boundary (at it) before the token.
      if index == 0 {
        clauseStart.append(0)
      } else {
        let previous = index - 1
        // "He also says the mosque committee and the churches on Ashdown Road should …".
        if norm(previous) == "that" || Self.clauseOpeningVerbs.contains(norm(previous)) {
          clauseStart.append(previous + 1)
        } else if clauseBoundary(before: previous) {
          clauseStart.append(previous)
        } else {
          clauseStart.append(clauseStart[previous])
        }
      }
      if firstHypothetical == tokens.count, Self.hypothetical.contains(token.normalized) { firstHypothetical = index }
    }
    let result = Positions(quoted: quoted, lastThat: lastThat, clauseStart: clauseStart, firstHypothetical: firstHypothetical)
    memo.positions = result
    return result
  }

  func cue(_ id: String) -> Cue? { cues.first { $0.id == id } }

  // MARK: - Word lists

  static let determiners: Set<String> = [
    "the", "all", "national", "local", "other", "relevant", "international", "key", "those", "these", "our",
    "their", "each", "every", "both", "many", "some", "concerned", "individual", "participating", "also", "in",
    "particular", "especially", "notably", "regional", "domestic", "bilateral", "multilateral", "major", "partner",
    "host", "donor", "affected", "frontline", "front", "line", "respective", "various", "further", "more", "most",
    "such", "its", "his", "her", "your", "global", "development",
    // Spanish and French, as bilingual notes write them.
    "los", "las", "el", "la", "sus", "todos", "todas", "le", "les", "des", "l'",
  ]
  static let joiners: Set<String> = ["and", "or", "as", "well", "together", "with", "plus", "nor", "either", "neither", "y", "e", "aur", "na"]
  static let prepositions: Set<String> = [
    "according", "in", "for", "with", "at", "on", "as", "after", "before", "despite", "given", "from", "under",
    "within", "by", "to", "of", "following", "moreover", "however", "therefore", "overall", "finally", "first",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "firstly", "secondly", "thirdly",
    "fourthly", "fifthly", "lastly", "similarly", "meanwhile", "crucially", "importantly", "above", "during", "throughout",
    "beyond", "without", "through", "across", "when", "while", "where", "once", "since", "because", "thus", "hence",
    "instead", "rather", "ultimately", "looking", "going", "in order", "regarding", "concerning", "about", "re",
  ]
  /// Words that cannot stand anywhere in an owner: verbs and function words ("Participants came
  /// to the view", "Working group 4 met to test").
  static let notOwnerWords: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "ha", "has", "have", "had", "do", "doe", "does", "did",
    "will", "would", "can", "could", "may", "might", "shall", "should", "must", "came", "come", "went", "go",
    "goe", "want", "wanted", "hope", "hoped", "planned", "aimed", "seek", "sought", "expect", "expected", "try",
    "tried", "agreed", "agree", "decided", "decide", "used", "asked", "invited", "urged", "encouraged", "how", "what",
    // "The Co-Chairs urge donors to …", "The Board invites partners to …": advice to the one named after.
    "urge", "urges", "encourage", "encourages", "invite", "invites", "call", "calls", "appeal", "appeals", "recommend",
    "recommends", "ask", "asks", "request", "requests", "direct", "directs", "advise", "advises",
    "advize",  // "advise(s)" as tokens fold them
    "why", "where", "when", "who", "whom", "which", "whether", "if", "that", "this", "it", "there", "they", "we",
    "he", "she", "i", "you", "failed", "fail", "managed", "continue", "continued", "began", "begin", "started",
    "start", "wish", "wished", "like", "liked", "chose", "choose", "refused", "refuse", "tend", "tended", "seem",
    "seemed", "appear", "appeared", "happen", "happened", "turned", "turn", "led", "helped", "help", "allowed",
    "allow", "enough", "too", "so", "not", "never", "also", "said", "say", "noted", "note", "called", "committed",
    "commit", "pledged", "pledge", "promised", "promise", "offered", "volunteered", "meant", "supposed", "required",
    "obliged", "intend", "intended", "but", "met", "took", "gave", "made", "held", "got", "sat", "stood", "ran",
    "saw", "told", "left", "felt", "kept", "brought", "thought", "found", "spoke", "wrote", "gathered", "worked",
    "moved", "returned", "travelled", "traveled", "rushed", "struggled", "stopped", "paused", "waited", "then",
    "still", "already", "only", "just", "even", "now", "once", "again", "sent", "shared", "circulated", "did", "done",
    "bought", "built", "paid", "read", "won", "lost", "ought", "idea", "ideas", "proposal", "suggestion", "suggestions",
    "asking",
    // "She'll raise ask 1 …": a pronoun, however written, names no one.
    "she'll", "he'll", "they'll", "i'll", "we'll", "you'll", "it'll", "she'd", "he'd", "they'd", "i'd", "we'd",
  ]
  /// Words that take an infinitive ("the right to protest", "time to act", "reluctant to commit")
  /// and so cannot end an owner, though they may stand inside a name ("Digital Rights Collective").
  static let notOwnerHeads: Set<String> = [
    "detail", "date", "information", "info", "material", "document", "slide", "more", "rest", "remainder",
    "way", "time", "right", "opportunity", "chance", "ability", "commitment", "effort", "attempt", "step", "access",
    "contribution", "approach", "able", "unable", "likely", "unlikely", "ready", "willing", "prepared", "reluctant",
    "eager", "keen", "due", "prior", "according", "close", "closer", "similar", "related", "subject", "thanks",
    "thank", "next", "first", "last", "need", "plan", "aim", "order", "introduction", "welcome", "response", "answer",
    "reply", "key", "call", "invitation", "request", "proposal", "decision", "failure", "refusal", "tendency",
    "pressure", "push", "move", "bid", "drive", "effort", "freedom", "obligation", "duty", "responsibility",
    "mandate", "power", "capacity", "resource", "fund", "money", "budget", "plan", "space", "room", "license",
    "permission", "support", "agreement", "intention", "hard", "difficult", "easy", "important", "necessary",
    "possible", "impossible", "essential", "crucial", "vital", "useful", "better", "best",
    // "The panel set out to explore …", "The session sought to …": what a session meant to do.
    "out", "sought", "aimed", "tried", "wanted", "hoped", "intended", "wished", "went", "came", "managed", "failed",
    "used", "seemed", "appeared", "began", "started", "continued", "got",
    // "The festival exists to show that …": what a thing is for, not a task.
    "exists", "exist", "seeks", "aims", "serves", "tends", "hopes", "wants", "needs",
  ]
  static let pronounsAndOpeners: Set<String> = [
    "we", "they", "it", "this", "that", "these", "those", "there", "he", "she", "i", "you", "one", "in", "on", "at",
    "for", "from", "with", "by", "of", "as", "if", "when", "while", "how", "what", "why", "where", "who", "which",
    "whether", "because", "since", "so", "and", "but", "or", "not", "to", "an", "a", "its", "their", "our", "my",
    "his", "her", "your", "some", "many", "most", "more", "less", "much", "what", "nothing", "something", "everyone",
    "anyone", "no", "yes",
    // "I'm going to ask the Clerk …": a pronoun and its verb in one word is no owner's name.
    "i'm", "we're", "they're", "you're", "he's", "she's", "it's", "i've", "we've", "they've", "you've", "that's", "there's",
  ]
  /// Past participles that end in neither "ed" nor "en": "must have known", "should have gone".
  static let pastForms: Set<String> = ["known", "gone", "got", "gotten", "become", "come", "begun", "done", "had", "seen", "thought"]
  static let irregularParticiples: Set<String> = [
    "made", "held", "done", "given", "taken", "seen", "built", "heard", "kept", "paid", "set", "found", "brought",
    "sent", "led", "put", "met", "shown", "known", "told", "spent", "understood", "drawn", "written", "spoken",
    "chosen", "run", "won", "shared", "borne", "put", "left", "taught", "thought", "sought", "bought", "caught", "felt",
    "hidden", "forgotten", "overlooked", "lost", "struck",
  ]
  static let documentWords: Set<String> = [
    "plan", "resolution", "strategy", "report", "declaration", "document", "framework", "convention", "charter",
    "law", "guideline", "guidance", "agenda", "text", "article", "paragraph", "mandate", "council", "assembly",
    "secretary-general", "policy", "action", "roadmap", "communique", "communiqué", "statement", "treaty", "act",
    "unscr", "scr", "sdg", "sdgs", "nap", "constitution", "regulation", "protocol",
  ]

  /// Papers that speak only in writing, whatever the verb: "the minutes said", "the literature says".
  static let writtenOnlyWords: Set<String> = [
    "minute", "literature", "study", "research", "evidence", "survey", "handbook", "manual", "toolkit", "textbook",
    "guideline", "report", "law", "rulebook", "statute",
  ]

  // MARK: - Helpers

  /// The text between token `index - 1` and token `index` (or the start).
  func gap(before index: Int) -> Substring {
    let lower = index == 0 ? text.startIndex : tokens[index - 1].range.upperBound
    let upper = index < tokens.count ? tokens[index].range.lowerBound : text.endIndex
    return lower <= upper ? text[lower..<upper] : text[upper..<upper]
  }

  /// Matches of `categories` starting at token `index`, longest first.
  func matchesStarting(at index: Int, in categories: Set<PhraseMatcher.Category>) -> [PhraseMatcher.Match] {
    matches(startingAt: index).filter { categories.contains($0.payload.category) }
  }

  func norm(_ index: Int) -> String { index < tokens.count ? tokens[index].normalized : "" }

  /// Whether a clause boundary (`;`, `:`, a dash, a bracket, an arrow) stands just before token `index`.
  func clauseBoundary(before index: Int) -> Bool {
    let gap = gap(before: index)
    // Most gaps are a blank or two: read as bytes, with no dash there can be no other answer.
    if gap.utf8.allSatisfy({ $0 < 0x80 }) {
      // "->" is an arrow, as in "map the routes -> UNDP".
      return gap.utf8.contains {
        $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ">")
      }
    }
    if gap.contains(where: { ";:(\u{2192}\u{21D2}\u{2794}\u{279C}".contains($0) }) { return true }
    // A dash between spaces separates clauses; one inside a name ("Hedayah–Global") does not.
    return gap.contains(where: { "—–".contains($0) }) && gap.contains(where: \.isWhitespace)
  }

  func hasComma(before index: Int) -> Bool { gap(before: index).utf8.contains(UInt8(ascii: ",")) }

  // MARK: - Addressees

  struct Addressee {
    var actors: [String] = []
    var words: [String] = []
    /// The token after the chain, where `addresseeChain` stopped.
    var end = 0
    var found: Bool { !words.isEmpty }
  }

  /// Words for a kind of body that an actor's name may come before: "the UN programme".
  static let bodyHeads: Set<String> = ["programme", "program", "office", "team", "mission", "unit", "secretariat", "desk", "project", "fund"]

  /// Words for parts of an actor, named after "of": "the agencies of the UN system".
  static let partWords: Set<String> = [
    "agency", "agencie", "agencies", "member", "members", "entity", "entities", "body", "bodies", "office", "offices",
    "head", "heads", "representative", "representatives", "part", "parts", "branch", "branches", "unit", "units",
  ]

  /// The chain of actors and addressee words starting at `start` ("governments, donors and the UN
  /// system"), determiners skipped; stops at the first other word or at `limit`.
  func addresseeChain(from start: Int, limit: Int) -> Addressee {
    var result = Addressee()
    var index = start
    var sawMatch = false
    while index < limit {
      let word = norm(index)
      if index > start, clauseBoundary(before: index) { break }
      let found = matchesStarting(at: index, in: [.actor, .addressee]).filter { $0.end <= limit && !isModifier($0) }
      if let longest = found.max(by: { $0.end - $0.start < $1.end - $1.start }) {
        // "the agencies of the UN system": a generic word gives way to the actor named after "of".
        if !sawMatch, !found.contains(where: { $0.payload.category == .actor }), norm(longest.end) == "of" {
          var after = norm(longest.end + 1) == "the" ? longest.end + 2 : longest.end + 1
          // "the leaders of the town's faith communities": whose they are, before them.
          if after + 1 < limit, tokens[after].text.first?.isLowercase == true, tokens[after].text.hasSuffix("'s") || tokens[after].text.hasSuffix("\u{2019}s"),
            !matchesStarting(at: after + 1, in: [.actor]).isEmpty
          {
            after += 1
          }
          if matchesStarting(at: after, in: [.actor]).contains(where: { $0.end <= limit }) {
            index = after
            continue
          }
          // "the councils of the border districts of Harra and Tesk": a council of districts,
          // towns or counties is their local authority.
          if after < limit, ["council", "administration", "authority", "assembly"].contains(norm(longest.end - 1)),
            let unit = (after..<min(limit, after + 3)).first(where: { Self.localUnits.contains(norm($0)) }),
            (after..<unit).allSatisfy({ tokens[$0].text.first?.isLowercase == true })
          {
            result.actors.append("local-authorities")
            result.words.append(text[tokens[longest.start].range.lowerBound..<tokens[unit].range.upperBound].description)
            sawMatch = true
            index = unit + 1
            continue
          }
        }
        for match in found where match.end == longest.end && match.payload.category == .actor {
          if !result.actors.contains(match.payload.id) { result.actors.append(match.payload.id) }
        }
        result.words.append(text[tokens[longest.start].range.lowerBound..<tokens[longest.end - 1].range.upperBound].description)
        sawMatch = true
        index = longest.end
        continue
      }
      if Self.determiners.contains(word) || (sawMatch && (Self.joiners.contains(word) || word == "the")) {
        index += 1
        continue
      }
      // "The UN programme and the embassies …": the body's kind after the actor that names it,
      // before another actor is joined.
      if sawMatch, Self.bodyHeads.contains(word), index + 1 < limit, Self.joiners.contains(norm(index + 1)) {
        index += 1
        continue
      }
      // "Ministries of social protection and local authorities": what names the actor's field, up
      // to the next actor joined to it.
      if sawMatch, word == "of", let joined = fieldEnd(after: index, limit: limit) {
        index = joined
        continue
      }
      // "mining ministries", "investigative media": a word that describes the actor named next, at
      // the chain's start or after "and" ("donors and investigative media").
      if !sawMatch || Self.joiners.contains(norm(index - 1)), let head = headAfterModifier(at: index, limit: limit) {
        index = head
        continue
      }
      // "the agencies of the UN system", "the members of the donor group": the actor named after "of".
      if !sawMatch, index + 1 < limit, norm(index + 1) == "of", tokens[index].text.first?.isLowercase == true,
        Self.partWords.contains(word)
      {
        index += norm(index + 2) == "the" ? 3 : 2
        if index < limit, !matchesStarting(at: index, in: [.actor]).isEmpty { continue }
        break
      }
      break
    }
    result.end = index
    return result
  }

  /// The chain with the actors an aside after it names: "civil society organisations in the border
  /// districts, including women's organisations, to take part …".
  func withIncluded(_ chain: Addressee) -> Addressee {
    let upper = min(tokens.count - 1, chain.end + 8)
    guard chain.end < upper, let aside = (chain.end..<upper).first(where: { hasComma(before: $0) }),
      !(chain.end..<aside).contains(where: { clauseBoundary(before: $0) || Self.urgingVerbs.contains(norm($0)) || norm($0) == "to" })
    else { return chain }
    var first = aside + 1
    switch norm(aside) {
    case "including", "especially", "notably", "particularly": break
    case "in" where norm(aside + 1) == "particular": first += 1
    default: return chain
    }
    let included = addresseeChain(from: first, limit: tokens.count)
    var result = chain
    for actor in included.actors where !result.actors.contains(actor) { result.actors.append(actor) }
    return result
  }

  /// The actor a group's own name says it is, where the taxonomy names no actor in it: "The Kessa
  /// Women's Peace Network should …", "urged the Harra Youth Forum to …". The name is a run of
  /// capitalised words just before a modal cue or just after a reporting one, ending in a word
  /// for a group.
  func namedGroupActor(for hit: CueHit) -> Addressee? {
    var run: Range<Int>
    switch hit.cue.form {
    case .modal:
      var start = hit.match.start
      while start > 0, tokens[start - 1].text.first?.isUppercase == true || (start > 1 && ["of", "for"].contains(norm(start - 1))) {
        start -= 1
      }
      run = start..<hit.match.start
    case .reporting:
      var end = hit.match.end
      if norm(end) == "the" { end += 1 }
      let first = end
      while end < tokens.count, tokens[end].text.first?.isUppercase == true || (end > first && ["of", "for"].contains(norm(end))) {
        end += 1
      }
      run = first..<end
    default:
      return nil
    }
    guard run.count >= 2, run.count <= 7, let last = run.last, Self.groupHeads.contains(norm(last)),
      let actor = Self.groupActor(words: run.map { norm($0) })
    else { return nil }
    return Addressee(actors: [actor], words: [run.map { tokens[$0].text }.joined(separator: " ")])
  }

  /// The actor a group's name says it is: "Kerrow Valley Women Mediators' Forum", "Lowgate Youth
  /// Assembly".
  static func groupActor(named name: String) -> String? {
    let words = Tokenizer.tokenize(name).map(\.normalized)
    guard words.count >= 2, words.count <= 8, let last = words.last, groupHeads.contains(last) else { return nil }
    return groupActor(words: words)
  }

  static func groupActor(words: [String]) -> String? {
    // "The Harrowby Trust", "the Stronger Communities Fund": those who give the money.
    if let last = words.last, ["trust", "fund", "foundation"].contains(last) { return "donors" }
    if words.contains(where: { ["women", "women's", "woman"].contains($0) }) { return "women-organisations" }
    if words.contains(where: { ["youth", "young"].contains($0) }) { return "youth-organisations" }
    return nil
  }

  /// Words that end a group's name, folded: "… Peace Network", "… Youth Forum".
  static let groupHeads: Set<String> = [
    "network", "forum", "association", "union", "league", "collective", "alliance", "coalition", "federation", "movement",
    "club", "group", "initiative", "platform", "caucus", "circle", "society", "trust", "council", "assembly", "parliament",
    "fund", "foundation", "kitchen", "centre", "center", "cooperative", "committee", "project", "hub",
  ]

  /// Verbs after which the words said begin without "that", folded: "He also says the churches …".
  static let clauseOpeningVerbs: Set<String> = Set([
    "said", "says", "say", "argued", "argues", "added", "adds", "thinks", "believes", "felt", "feels", "insisted", "insists",
    "suggested", "suggests", "warned", "explained",
  ].map(Tokenizer.normalize))

  /// Places a local authority governs, folded: "the councils of the border districts".
  static let localUnits: Set<String> = [
    "district", "municipality", "county", "province", "village", "town", "city", "commune", "ward", "borough", "region",
    "municipalitie", "countie", "citie",
  ]

  /// Whether an actor's words describe the word they are joined to by a hyphen, as in
  /// "producer-country governments" or "donor-funded projects" ("UN-Habitat" names an actor).
  func isModifier(_ match: PhraseMatcher.Match) -> Bool {
    guard match.end < tokens.count, gap(before: match.end) == "-" else { return false }
    return tokens[match.end].text.first?.isLowercase == true
  }

  /// Words that neither describe an actor nor stand before one as its description.
  static let notModifiers: Set<String> = [
    "to", "for", "that", "on", "in", "with", "by", "of", "and", "or", "nor", "but", "at", "from", "into", "about",
    "as", "than", "more", "less", "most", "not", "no", "their", "its", "his", "her", "our", "your", "my", "them",
    "they", "it", "this", "these", "those", "which", "who", "whom", "whose", "be", "is", "are", "was", "were", "been",
    "being", "have", "has", "had", "do", "does", "did", "will", "would", "should", "must", "can", "could", "may",
    "might", "shall", "such", "stronger", "better", "greater", "new", "whether", "if", "how", "why", "what", "when",
    "where", "while", "because", "since", "although", "though", "so", "then", "there", "here", "very", "just", "only",
    "even", "still", "yet", "already", "again", "any", "one", "much", "few", "said", "says", "say", "asked", "told",
    "we", "you", "he", "she", "i", "me", "us", "him", "up", "out", "over", "under", "after", "before", "against",
  ]

  /// Words that may follow an actor that ends a noun phrase: "mining ministries to …", "…
  /// ministries should", "investigative media and NGOs".
  static let afterHeads: Set<String> = [
    "to", "and", "or", "as", "should", "must", "need", "needs", "would", "will", "shall", "can", "could", "may", "are",
    "is", "were", "was", "that", "who", "which", "themselves",
  ]

  /// Where "of" and the few words after an actor end ("Ministries of social protection and …"),
  /// when "and" or "or" joins another actor to them; `nil` otherwise.
  private func fieldEnd(after of: Int, limit: Int) -> Int? {
    let end = min(limit, tokens.count)
    var index = of + 1
    while index < end, index - of <= 4 {
      if clauseBoundary(before: index) || hasComma(before: index) { return nil }
      let word = norm(index)
      if ["and", "or"].contains(word) {
        return index > of + 1 && index + 1 < end && (!matchesStarting(at: index + 1, in: [.actor, .addressee]).isEmpty
          || Self.determiners.contains(norm(index + 1))) ? index : nil
      }
      guard !Self.notModifiers.contains(word), matchesStarting(at: index, in: [.actor, .addressee]).isEmpty else { return nil }
      index += 1
    }
    return nil
  }

  /// Where the actor starts after a word that describes it ("mining ministries", "investigative
  /// media"), when the actor ends its noun phrase ("called for stronger community engagement"
  /// names no community, "the interim Secretariat at UNEP" is UNEP's); `nil` otherwise.
  private func headAfterModifier(at index: Int, limit: Int) -> Int? {
    func describes(_ position: Int) -> Bool {
      let modifier = tokens[position]
      return !Self.notModifiers.contains(modifier.normalized) && modifier.text.allSatisfy(\.isLetter)
        && !modifier.normalized.hasSuffix("ly") && !clauseBoundary(before: position + 1)
    }
    guard describes(index) else { return nil }
    // One word, or two where the second is an acronym or both are in small letters ("national PVE
    // task forces", "the mobile money companies"); or a place's name of up to three words before
    // the actor it names: "Lower Tessin Police".
    let named = (index..<min(index + 3, limit, tokens.count)).prefix { tokens[$0].text.first?.isUppercase == true && describes($0) }.count
    for head in [index + 1, index + 2, index + 3] {
      guard head < min(limit, tokens.count) else { return nil }
      let plain = tokens[index].text.first?.isLowercase == true && tokens[index + 1].text.first?.isLowercase == true
      if head == index + 2, !((tokens[index + 1].isAcronym || plain) && describes(index + 1)) && named < 2 { return nil }
      if head == index + 3, named < 3 { return nil }
      let matches = matchesStarting(at: head, in: [.actor, .addressee]).filter { $0.end <= limit && !isModifier($0) }
      guard let end = matches.map(\.end).max() else { continue }
      // What follows the actor ends its phrase: a clause break, a verb of the rules, another actor.
      let endsPhrase =
        end >= limit || end >= tokens.count || clauseBoundary(before: end) || hasComma(before: end)
        || Self.afterHeads.contains(norm(end)) || !matchesStarting(at: end, in: [.actor, .addressee]).isEmpty
        || !matchesStarting(at: end, in: [.verb]).isEmpty
        // "the Merrin Department of Education": the field the body's own name gives it.
        || (norm(end) == "of" && end + 1 < min(limit, tokens.count) && tokens[end + 1].text.first?.isUppercase == true)
        // "That Tarrow Borough Council put the posts back": a place's name before the body, and a
        // verb in small letters after it.
        || (named >= 2 && index == 1 && norm(0) == "that" && end < min(limit, tokens.count) && tokens[end].text.first?.isLowercase == true
          && !["of", "for", "in", "on", "and", "or", "with", "at", "from", "to", "s", "'s", "who", "which", "that"].contains(norm(end)))
      return endsPhrase ? head : nil
    }
    return nil
  }

  /// The subject of the clause that ends at `cue`: an introductory phrase ("According to the UN,")
  /// and anything before "that", `;` or `:` are not part of it.
  func subjectStart(before cue: Int) -> Int {
    // After the nearest "that" or "said", or at the nearest clause boundary, before the cue.
    let start = cue < tokens.count ? positions.clauseStart[cue] : 0
    // Drop introductory phrases that end with a comma.
    var index = start
    while index < cue {
      if Self.prepositions.contains(norm(index)) || Self.prepositions.contains(norm(index) + " " + norm(index + 1)),
        let comma = (index + 1..<cue).first(where: { hasComma(before: $0) })
      {
        index = comma
        continue
      }
      // "Three, the police post should …": a point counted aloud, its number set off by a comma.
      let counted = norm(index) == "and" ? index + 1 : index
      if counted + 1 < cue, Self.countedPoints.contains(norm(counted)), hasComma(before: counted + 1) {
        index = counted + 1
        continue
      }
      break
    }
    return index
  }

  static let countedPoints: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

  // MARK: - Cues

  struct CueHit {
    var cue: Cue
    var match: PhraseMatcher.Match
  }

  /// The earliest (then longest) recommendation cue of the modal or reporting form.
  func recommendationCue() -> CueHit? {
    recommendationCues().first
  }

  /// Every recommendation cue of the modal or reporting form, earliest first, none overlapping.
  func recommendationCues() -> [CueHit] {
    var hits: [CueHit] = []
    var covered = 0
    for match in matches where match.payload.category == .cue && match.start >= covered {
      guard let cue = self.cue(match.payload.id), cue.kind == .recommendation,
        cue.form == .modal || cue.form == .reporting
      else { continue }
      // A cue ending in "to" needs a verb after it: "invited to consultations" is no request.
      if match.payload.phrase.hasSuffix(" to"), match.end < tokens.count {
        let next = tokens[match.end].text
        if Self.pronounsAndOpeners.contains(next.lowercased()) || ["the", "a", "an"].contains(next.lowercased()) {
          continue
        }
        if next.count > 3, next.hasSuffix("s"), !next.hasSuffix("ss"), !next.hasSuffix("us"), !next.hasSuffix("is") {
          continue
        }
      }
      // "technical assistance, upon request, to Member States": a request as a noun asks no one.
      if ["request", "requests"].contains(norm(match.start)), match.start > 0,
        ["upon", "on", "at", "by", "a", "the", "their", "its", "per", "your", "our", "his", "her", "my", "this", "that"].contains(norm(match.start - 1))
      {
        continue
      }
      if match.end - match.start == 1, norm(match.start) == "could", !couldAdvises(at: match.start) { continue }
      hits.append(CueHit(cue: cue, match: match))
      covered = match.end
    }
    return hits
  }

  /// Whether "could" at `index` advises: "the NAP Task Force could compile a menu", "Donors could
  /// fund women's groups directly". Its subject is an actor the rules know, right before it, and
  /// a verb follows; not what could be or could have been ("Young people could be recruited"),
  /// not what someone could not do, nor an offer told ("indicated that the Fund could finance …").
  func couldAdvises(at index: Int) -> Bool {
    // "could jointly run …": a manner adverb before the verb.
    let verb = index + 2 < tokens.count && norm(index + 1).hasSuffix("ly") && norm(index + 1).count > 5
      && !["hardly", "barely", "easily", "likely", "possibly", "probably", "really", "usually", "already"].contains(norm(index + 1))
      ? index + 2 : index + 1
    // "The municipal councils of Hesk and Lower Brava could reopen …": the places named after "of".
    var subjectEnd = index
    while subjectEnd > 1, tokens[subjectEnd - 1].text.first?.isUppercase == true || (subjectEnd < index && norm(subjectEnd - 1) == "and") {
      subjectEnd -= 1
    }
    if subjectEnd == index || norm(subjectEnd - 1) != "of" { subjectEnd = index } else { subjectEnd -= 1 }
    guard index > 0, verb < tokens.count,
      matches.contains(where: { ($0.end == index || $0.end == subjectEnd) && $0.payload.category == .actor }),
      !["not", "n't", "have", "hardly", "only", "never", "barely", "no", "be", "also", "still", "then", "easily", "well"]
        .contains(norm(index + 1)),
      !matchesStarting(at: verb, in: [.verb]).isEmpty || Self.adviceVerbs.contains(norm(verb))
    else { return false }
    // "were a supplementary estimate approved, the counties could launch …": what could be, if.
    return !(0..<index).contains { Self.offerReporting.contains(norm($0)) || Self.conditionWords.contains(norm($0)) }
  }

  static let conditionWords: Set<String> = ["if", "unless", "provided", "providing", "once", "were", "assuming", "whether", "when"]

  /// Verbs "could" advises with that the rules' verb list may not hold: "could do more".
  static let adviceVerbs: Set<String> = ["do", "play", "take", "make", "give", "help", "use", "work", "invest", "step", "put", "reopen"]
  /// Verbs that tell what someone offered or expected, not what the room advised.
  static let offerReporting: Set<String> = [
    "indicated", "informed", "said", "explained", "mentioned", "confirmed", "added", "noted", "stated", "hoped", "feared",
    "worried", "warned", "offered", "announced", "reported", "observed", "thought", "believed", "felt", "wondered", "asked",
  ]

  /// A label cue opening the text (`Action:`, `Recommendation:`, `We recommend`), and the token
  /// where the rest begins.
  /// Whether a colon, or a dash between blanks, stands before token `index`.
  func setOff(before index: Int) -> Bool {
    let separator = gap(before: index)
    return separator.contains(where: { ":–—".contains($0) })
      || (separator.utf8.contains(UInt8(ascii: "-")) && separator.contains(where: \.isWhitespace))
  }

  func labelCue() -> (cue: Cue, rest: Int, words: String)? {
    // A spoken "So, …" or "And …" may come first: "So, my recommendation to the government …".
    let opened = Self.spokenOpeners.contains(norm(0))
    for match in matches where (match.start == 0 || (opened && match.start == 1)) && match.payload.category == .cue {
      guard let cue = self.cue(match.payload.id), cue.form == .label else { continue }
      // "Action:" also stands as "Action –", "Action - " or numbered, "Recommendation 2:".
      let needsColon = match.payload.phrase.hasSuffix(":")
      if match.start == 1, needsColon { continue }
      var end = match.end
      // "Suggestion 4.1 –": a number with a part after its full stop.
      if needsColon, !setOff(before: end), end + 2 < tokens.count, tokens[end].text.allSatisfy(\.isNumber),
        gap(before: end + 1) == ".", tokens[end + 1].text.allSatisfy(\.isNumber), setOff(before: end + 2)
      {
        end += 2
      }
      if needsColon, !setOff(before: end), end < tokens.count, tokens[end].text.first?.isNumber == true,
        tokens[end].text.count <= 4, setOff(before: end + 1) || gap(before: end + 1).utf8.contains(UInt8(ascii: "("))
      {
        end += 1
      }
      // … or with its owner in brackets, "Action (UNDP):".
      if needsColon, !setOff(before: end), end < tokens.count, gap(before: end).utf8.contains(UInt8(ascii: "(")),
        let close = (end + 1..<min(tokens.count, end + 8)).first(where: { gap(before: $0).utf8.contains(UInt8(ascii: ")")) }),
        setOff(before: close)
      {
        end = close
      }
      // … or with its owners' initials, as British minutes write them: "ACTION JS:", "ACTION MK/AB:",
      // "ACTION TO-H:", "ACTION JA + PN:".
      if needsColon, !setOff(before: end), end < tokens.count,
        let close = (end + 1..<min(tokens.count, end + 6)).first(where: { setOff(before: $0) }),
        (end..<close).allSatisfy({ index in
          let written = tokens[index].text
          let hyphened = index > end && gap(before: index) == "-"
          return (hyphened ? (1...4) : (2...4)).contains(written.count) && written.allSatisfy({ $0.isUppercase || $0 == "-" })
            && (index == end || hyphened || ["/", "&", " / ", " & ", " + ", "+"].contains(gap(before: index)))
        })
      {
        end = close
      }
      // … or with whom it addresses after an arrow, "Rec. → govt:", "Action -> UNDP:".
      if needsColon, !setOff(before: end), end < tokens.count, Self.hasArrow(gap(before: end)),
        let close = (end + 1..<min(tokens.count, end + 8)).first(where: { setOff(before: $0) }),
        !(end + 1..<close).contains(where: { gap(before: $0).contains(where: { ".;,".contains($0) }) })
      {
        end = close
      }
      // … or with whom it addresses after "to" or "for", "Recommendation to donors:".
      if needsColon, !setOff(before: end), end < tokens.count, ["to", "for"].contains(norm(end)),
        let close = (end + 1..<min(tokens.count, end + 8)).first(where: { setOff(before: $0) }),
        !(end + 1..<close).contains(where: { gap(before: $0).contains(where: { ".;,".contains($0) }) }),
        addresseeChain(from: end + 1, limit: close).found
      {
        end = close
      }
      if needsColon, !setOff(before: end) { continue }
      // "AI:" is an action item's label where a task follows ("AI: Dana to send …", "AI: draft
      // …", "AI (Marcus): …"), not where artificial intelligence is the subject.
      if match.payload.phrase == "AI:", end == match.end,
        !(end < tokens.count && (ownerPhrase(from: end, requireKnownVerb: true) != nil
          || (tokens[end].text.first?.isLowercase == true && !matchesStarting(at: end, in: [.verb]).isEmpty)))
      {
        continue
      }
      // The label as written, up to its colon or dash: "Recommendation 3 (to donors):".
      let upper = end < tokens.count ? tokens[end].range.lowerBound : text.endIndex
      let words = String(text[tokens[match.start].range.lowerBound..<upper]).trimmingCharacters(in: " :-\u{2013}\u{2014}")
      return (cue, end, words + (needsColon ? ":" : ""))
    }
    return nil
  }

  /// Whether the text ends with a question mark (a closing quotation mark may follow it).
  var isQuestion: Bool {
    var last = text.unicodeScalars.endIndex
    func previous() -> Unicode.Scalar? {
      guard last > text.unicodeScalars.startIndex else { return nil }
      last = text.unicodeScalars.index(before: last)
      return text.unicodeScalars[last]
    }
    var scalar = previous()
    // "Can we add …? 🙏": pictographs after the question mark, as chats send them.
    while let trailing = scalar, trailing.properties.isWhitespace || trailing.properties.isEmojiPresentation
      || trailing.properties.generalCategory == .nonspacingMark || trailing.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(trailing.value)
    {
      scalar = previous()
    }
    if scalar == "\"" || scalar == "\u{201D}" { scalar = previous() }
    if scalar == "?" { return true }
    // "shd schools just ban phones?? → no answer, parked": the question before what became of it.
    // Most sentences hold no question mark, which their bytes tell.
    let utf8 = text.utf8
    guard utf8.contains(UInt8(ascii: "?")),
      let arrow = utf8.indices.first(where: { index in
        utf8[index] == 0xE2 ? utf8[index...].starts(with: "\u{2192}".utf8) : utf8[index...].starts(with: "->".utf8)
      })
    else { return false }
    return text[..<arrow].trimmingBlanks.hasSuffix("?")
  }

  /// Whether token `index` lies inside quotation marks.
  func isQuoted(token index: Int) -> Bool {
    index < tokens.count && positions.quoted[index]
  }

  /// States a document is expected to reach: "should be out", "should be available".
  static let expectedStates: Set<String> = [
    "out", "available", "ready", "online", "finalised", "finalized", "complete", "completed", "released", "published",
    "done", "finished",
  ]

  /// What a meeting asks of those in the room to run it: "must register", "should bring".
  static let housekeepingVerbs: Set<String> = [
    "register", "sign", "arrive", "bring", "wear", "collect", "switch", "mute", "return", "check", "badge", "queue", "pick",
    "leave", "vacate",
  ]

  /// Verbs by which a text gives a document's words ("the NAP itself says: …"), as normalised.
  static let quotingVerbs: Set<String> = ["say", "says", "read", "reads", "state", "states", "stipulate", "stipulates", "said"]

  /// Bytes a contrast cannot do without: most sentences hold none.
  static let contrastBytes = ["(not ", "(no ", "(none", "(neither", "(nor ", ", not ", ", and not ", ", but not ", ", if not ", "rather than", "instead of", "ot only"]
    .map { Array($0.utf8) }

  /// The text with the asides that set one party against another blanked out, byte for byte, so
  /// that the words around keep their places: "(not donors)", "(none of them registered)", ", not
  /// governments,", ", and not governments,", ", if not most,", ", rather than donors,"; "Not only
  /// X but also Y" reads "X and Y".
  static func blankingContrasts(_ text: String) -> String {
    guard text.utf8.count < 2_000, text.containsAnyBytes(contrastBytes) else { return text }
    var bytes = Array(text.utf8)
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    var changed = false
    for match in contrastPattern.matches(in: text, range: range) {
      guard let found = Range(match.range, in: text) else { continue }
      let lower = text.utf8.distance(from: text.utf8.startIndex, to: found.lowerBound)
      let upper = text.utf8.distance(from: text.utf8.startIndex, to: found.upperBound)
      let words = text[found]
      // ", not governments," keeps a comma's place for neither side: the sentence reads on.
      for index in lower..<upper { bytes[index] = UInt8(ascii: " ") }
      if words.lowercased().hasPrefix("but also") {
        bytes.replaceSubrange(lower..<(lower + 3), with: Array("and".utf8))
      }
      changed = true
    }
    guard changed else { return text }
    return String(decoding: bytes, as: UTF8.self)
  }

  static let contrastPattern = NSRegularExpression.builtIn(
    "contrast",
    "\\((?:not|none|no|neither|nor)\\b[^()]{0,60}\\)|,\\s+(?:and\\s+|but\\s+)?not\\s+[^,;:.()]{1,50},|,\\s+if\\s+not\\s+\\w+,|,\\s+(?:rather\\s+than|instead\\s+of)\\s+[^,;:.()]{1,50},|\\bnot\\s+only\\b(?=[^.;]{1,60}\\bbut\\s+also\\b)|(?<=\\s)but\\s+also\\b")

  /// Verbs by which only a text gives words ("it reads: …", "Article 4 stipulates: …"); a person
  /// says them too ("She said, \"Governments must …\"").
  static let textOnlyVerbs: Set<String> = ["read", "reads", "state", "states", "stipulate", "stipulates"]

  /// Words that open the subject of a condition after "should": "…, should the review confirm it".
  static let conditionSubjects: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "any", "he", "she", "it", "they", "we",
    "you", "there", "funding", "funds", "conditions", "circumstances",
  ]

  /// Verbs by which a room turns advice down: "rejected the call for …".
  static let rejectingVerbs: Set<String> = ["rejected", "dismissed", "opposed", "declined", "refused", "turned"]

  static let hypothetical: Set<String> = [
    "if", "unless", "whether", "wondered", "questioned", "whereas", "although", "si", "se", "perguntou", "perguntado", "perguntaram",
  ]
  /// "… noted that ministries must …": an observation reported, not a recommendation.
  static let observations: Set<String> = [
    "noted", "note", "notes", "highlighted", "highlight", "cautioned", "observed", "acknowledged", "recalled",
    "remarked", "reported", "explained", "warned", "mentioned", "recognised", "recognized", "admitted", "described",
    "pointed", "complained", "lamented", "regretted", "feared", "worried", "disagreed", "doubted", "denied", "disputed",
    "explains", "fears", "worries", "describes", "stipulates", "explain", "fear", "describe", "stipulate",
    // "The Committee is concerned that … must be registered", "regrets that": a concern stated.
    "concerned", "regrets", "deplores", "deplored", "laments", "alarmed", "troubled",
  ]

  static let modalVerbs: Set<String> = [
    "should", "must", "shall", "ought", "need", "have", "ha", "has", "could", "may", "might", "can", "will", "would",
  ]

  /// The first token of the clause that the last semicolon between tokens `lower` and `upper`
  /// opens, connectives skipped ("; rather, participants …" → "participants").
  func clauseAfterSemicolon(between lower: Int, and upper: Int) -> Int? {
    guard lower < upper, let semicolon = (lower + 1...upper).last(where: { gap(before: $0).utf8.contains(UInt8(ascii: ";")) }) else {
      return nil
    }
    var start = semicolon
    while start < upper, ["rather", "instead", "but", "however", "and", "yet", "so"].contains(norm(start)) { start += 1 }
    return start
  }

  /// Words that deny what follows them: "did not call on", "Nobody suggested", "never urged".
  static let negations: Set<String> = [
    "not", "never", "nobody", "none", "neither", "nor", "no", "no-one", "didn't", "don't", "doesn't", "wasn't",
    "weren't", "hasn't", "haven't", "hadn't", "isn't", "aren't", "cannot", "can't", "won't", "wouldn't",
  ]

  /// Whether a negation stands among the few words just before token `index`, in its clause
  /// ("Participants did not call on", "Nobody suggested that"; not "Governments, not donors, should").
  func isNegated(before index: Int) -> Bool {
    var position = index
    while position > 0, index - position < 4 {
      if clauseBoundary(before: position) || hasComma(before: position) { return false }
      position -= 1
      if Self.negations.contains(norm(position)) { return true }
    }
    return false
  }

  static let pastAdverbs: Set<String> = ["already", "previously", "also", "earlier", "once", "long", "repeatedly", "themselves"]

  /// Whether the verb at token `index` is in the past perfect: "had recommended", "had been urged
  /// to", "had already called on". What had been asked before the session is background.
  func isPastPerfect(at index: Int) -> Bool {
    guard !backshifted else { return false }
    var position = index
    while position > 0, Self.pastAdverbs.contains(norm(position - 1)) { position -= 1 }
    if position > 0, norm(position - 1) == "been" { position -= 1 }
    while position > 0, Self.pastAdverbs.contains(norm(position - 1)) { position -= 1 }
    return position > 0 && (norm(position - 1) == "had" || norm(position - 1) == "'d")
  }

  /// Words after "last" or "previous" that date what follows before the session ("last year",
  /// "at the previous session").
  static let periods: Set<String> = [
    "year", "month", "week", "session", "meeting", "time", "round", "cycle", "edition", "summer", "spring", "autumn",
    "fall", "winter", "conference", "forum", "exchange", "review", "plenary", "assembly", "summit",
  ]

  /// Whether the clause before token `index` dates it before the session: "Last year …",
  /// "In 2019 …" or "The 2018 Compact …" (a year before the session's), "previously", "two years
  /// ago", "in the past".
  func isDatedBefore(_ index: Int) -> Bool {
    // "2026: the savings-group women urged …": a timeline's line, dated by its year before a colon.
    if let referenceYear, tokens.count > 1, norm(0).count == 4, let year = Int(norm(0)), (1900..<referenceYear).contains(year),
      gap(before: 1).contains(where: { ":\u{2013}\u{2014}".contains($0) })
    {
      return true
    }
    let start = max(index < tokens.count ? positions.clauseStart[index] : 0, index - 12)
    for position in start..<index {
      let word = norm(position)
      switch word {
      case "previously", "formerly", "ago": return true
      case "last", "previous", "prior": if Self.periods.contains(norm(position + 1)) { return true }
      case "past": if position > start, norm(position - 1) == "the", position > start + 1, norm(position - 2) == "in" { return true }
      default:
        // "In JAN the Regional Governor urged …", told in March: a month earlier in the session's
        // year, before a cue in the past tense.
        if let referenceMonth, position > start, norm(position - 1) == "in", let month = Self.englishMonths[word],
          month < referenceMonth, norm(position + 1).count != 4, norm(index).hasSuffix("ed")
        {
          return true
        }
        if let referenceYear, word.count == 4, let year = Int(word), (1900..<referenceYear).contains(year),
          position > start, ["in", "since", "during", "until", "the"].contains(norm(position - 1))
        {
          return true
        }
      }
    }
    return false
  }

  /// English months by name and by their three-letter abbreviation.
  static let englishMonths: [String: Int] = {
    let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    var table: [String: Int] = [:]
    for (offset, name) in names.enumerated() {
      table[name] = offset + 1
      table[String(name.prefix(3))] = offset + 1
    }
    table["sept"] = 9
    return table
  }()

  /// Participles that say a proposal was turned down or put off: "was rejected", "were withdrawn".
  static let rejections: Set<String> = [
    "rejected", "withdrawn", "deferred", "dropped", "shelved", "overruled", "parked", "postponed", "defeated",
    // "… a qual, posta à votação, foi rejeitada": a proposal voted down, in Portuguese minutes.
    "rejeitada", "rejeitado", "rejeitadas", "rejeitados",
  ]
  /// Participles that, negated, say the same: "was not taken forward", "were not adopted", "this
  /// opinion was not shared by the majority".
  static let uptakes: Set<String> = [
    "adopted", "pursued", "accepted", "retained", "endorsed", "agreed", "supported", "shared", "approved", "included", "entertained",
    // "this idea is not agree by other participant", as a writer new to English puts it.
    "agree",
  ]
  /// Who in a room may turn a proposal down: "others", "the majority", "several delegations".
  static let roomWords: Set<String> = [
    "others", "other", "majority", "participant", "delegation", "delegate", "member", "speaker", "state",
    "country", "many", "most", "several", "some", "room", "they", "panellist", "panelist", "everyone",
  ]
  /// What a room may find a proposal: "most others considered this unworkable".
  static let dismissals: Set<String> = [
    "unworkable", "unrealistic", "impractical", "unfeasible", "infeasible", "premature", "harmful",
    "counterproductive", "counter-productive", "undesirable", "unacceptable",
  ]

  /// Whether `isRejected` can hold: one of its words stands in the text (most texts hold none).
  static func mayBeRejected(_ text: String) -> Bool {
    guard let lowered = text.lowercasedASCIIBytes else { return true }
    return lowered.withUnsafeBufferPointer { TextBytes.containsAny(rejectionWords, in: $0) }
  }

  /// The words `isRejected` needs, as lower-case bytes: "rejected", "not adopted", "not taken",
  /// "no consensus" ….
  private static let rejectionWords: [[UInt8]] =
    (["not taken", "no consensus", "no support", "no agreement", "disagreed", "support", "consensus", "agreement", "not adopt", "not accept",
      "not endorse", "not be entertained", "not retain", "not approve", "not sign", "no decision", " fell", " failed", " lost"] + rejections + uptakes.map { "not " + $0 }
      + objections + dismissals)
    .map { Array($0.utf8) }

  /// Whether the text reports a proposal that was turned down or put off: "A proposal that the UN
  /// should appoint an envoy was not taken forward", "Deferred: a proposal that the Secretariat
  /// should draft a code …", "The idea of a new fund was rejected", "found no support", "no consensus".
  var isRejected: Bool {
    if let known = memo.rejected { return known }
    let rejected = findsRejection()
    memo.rejected = rejected
    return rejected
  }

  private func findsRejection() -> Bool {
    let count = tokens.count
    guard count > 1 else { return false }
    if norm(0) == "deferred" || norm(0) == "rejected" || norm(0) == "withdrawn", setOff(before: 1) { return true }
    // What was said of a proposal after it: "…, but others disagreed", "…; most others considered
    // this unworkable".
    var contrasted = false
    for index in 0..<count {
      let word = norm(index)
      // "Postponed; budget not confirmed." after the proposal, as a sentence of its own.
      // "proposal: officers to do school assemblies → REJECTED, yth said …".
      if Self.rejections.contains(word), index > 0, Self.hasArrow(gap(before: index)) { return true }
      if Self.rejections.contains(word), index > 0, gap(before: index).contains("."),
        index + 1 == count || setOff(before: index + 1) || clauseBoundary(before: index + 1) || hasComma(before: index + 1)
          || gap(before: index + 1).contains(".")
      {
        return true
      }
      // "… var borin undir atkvæði og felld með fjórum atkvæðum gegn einu": voted down, in Icelandic.
      if ["felld", "felldur", "fellt", "felldar"].contains(word) { return true }
      if word == "but" || gap(before: index).utf8.contains(UInt8(ascii: ";")) { contrasted = true }
      // Only when the room is the subject: "but the majority opposed it", not "but not projects
      // opposed by communities".
      if contrasted, Self.objections.contains(word) || word == "disagreed"
        || (["considered", "found", "deemed", "thought"].contains(word) && ["this", "it", "that"].contains(norm(index + 1))
          && Self.dismissals.contains(norm(index + 2))),
        (max(0, index - 3)..<index).contains(where: { Self.roomWords.contains(norm($0)) })
      {
        return true
      }
      // "…, a view most participants rejected", "…, which the majority opposed".
      if Self.rejections.contains(word) || Self.objections.contains(word) || word == "disputed", index > 2,
        (max(0, index - 3)..<index).contains(where: { Self.roomWords.contains(norm($0)) }),
        let lead = (max(1, index - 6)..<index).first(where: { hasComma(before: $0) }),
        ["a", "which", "an", "something", "this", "that"].contains(norm(lead))
      {
        return true
      }
      let passive = index > 0 && ["was", "were", "been", "be", "foi", "foram"].contains(norm(index - 1))
      // Not "… to restore the emergency short code that was withdrawn in 2030": a thing the
      // relative clause describes, not a proposal turned down.
      let describesThing = index > 2 && ["that", "which"].contains(norm(index - 2))
        && !Self.proposalNouns.contains(norm(index - 3))
      if passive, Self.rejections.contains(word), !describesThing { return true }
      // "… was put from the floor and rejected by the room", "… was discussed and rejected.".
      if Self.rejections.contains(word), index > 2, norm(index - 1) == "and",
        (0..<(index - 1)).contains(where: { ["was", "were"].contains(norm($0)) }),
        index + 1 == count || norm(index + 1) == "by" || setOff(before: index + 1) || clauseBoundary(before: index + 1)
      {
        return true
      }
      // "The proposal fell with 9 votes against 25", "the motion failed", "the amendment was lost".
      if ["fell", "failed", "lost"].contains(word), norm(index + 1) != "to", index > 0,
        Self.motionNouns.contains(norm(index - 1)) || (passive && index > 1 && Self.motionNouns.contains(norm(index - 2)))
      {
        return true
      }
      // "… was opposed by most participants".
      if passive, Self.objections.contains(word), norm(index + 1) == "by",
        (index + 2..<min(count, index + 5)).contains(where: { Self.roomWords.contains(norm($0)) })
      {
        return true
      }
      // "was not adopted"; as notes shorten it, "… -> NOT agreed, parked", "… – not agreed", "Not
      // taken up by others."
      if word == "not",
        index == 0 || ["was", "were", "been", "could", "can"].contains(norm(index - 1)) || clauseBoundary(before: index)
          || (["is", "are"].contains(norm(index - 1)) && ["endorsed", "supported", "adopted"].contains(norm(index + 1)))
          || (["is", "are"].contains(norm(index - 1)) && norm(index + 1) == "agree")
          || hasComma(before: index) || gap(before: index).contains("-") || gap(before: index).contains(".")
          // "… was discussed but not supported", "← Ruth, but grp not agreed".
          || norm(index - 1) == "but" || ["group", "grp", "plenary", "meeting", "room"].contains(norm(index - 1))
      {
        let next = norm(index + 1)
        if Self.uptakes.contains(next) || Self.rejections.contains(next) { return true }
        // "the proposal could not be entertained", as official minutes refuse one.
        if next == "be", norm(index + 2) == "entertained", index > 0, ["could", "can", "cannot", "would"].contains(norm(index - 1)) { return true }
        if next == "taken", ["forward", "up"].contains(norm(index + 2)) { return true }
      }
      // "The WG considered, but did not adopt, a proposal that …".
      // "The Opposition would not sign it, so it is not common ground."
      if word == "not", index > 0, ["did", "does", "do", "would", "will"].contains(norm(index - 1)),
        ["adopt", "accept", "endorse", "retain", "support", "approve", "agree", "take", "sign"].contains(norm(index + 1)),
        (0..<count).contains(where: { ["proposal", "idea", "suggestion", "motion", "amendment", "option"].contains(norm($0)) })
          || (norm(index + 1) != "take" && ["it", "this", "them", "that"].contains(norm(index + 2)))
      {
        return true
      }
      // "did not attract broad support", "failed to win consensus".
      if ["support", "consensus", "agreement", "backing"].contains(word), index >= 2,
        (max(0, index - 4)..<index).contains(where: { norm($0) == "not" || norm($0) == "failed" }),
        (max(0, index - 3)..<index).contains(where: {
          ["attract", "find", "gain", "win", "receive", "get", "command", "obtain", "garner", "meet"].contains(norm($0))
        })
      {
        return true
      }
      // "found no support", "on which no consensus was reached".
      // "No decision; the board may look at it", "no decision was taken" (not "no decision was
      // needed on the venue").
      let decided = norm(index + 1) != "decision" || index + 2 >= count || gap(before: index + 2).contains(where: { ";.,".contains($0) })
        || (["was", "has"].contains(norm(index + 2)) && ["taken", "reached", "made", "been"].contains(norm(index + 3)))
      if word == "no", ["consensus", "support", "agreement", "decision"].contains(norm(index + 1)), decided,
        index == 0 || ["found", "was", "there", "with", "met", "reached", "which", "whom"].contains(norm(index - 1))
          || hasComma(before: index) || clauseBoundary(before: index)
      {
        return true
      }
    }
    return false
  }

  /// Words after "invited … to" that name an event, not a deed: "to two hearings", "to the launch".
  static let eventInvitationOpeners: Set<String> = [
    "the", "a", "an", "its", "their", "our", "this", "these", "two", "three", "four", "five", "several", "all", "every", "each",
  ]

  /// What a room may put forward and turn down, folded: "the proposal that was withdrawn".
  static let proposalNouns: Set<String> = [
    "proposal", "idea", "suggestion", "motion", "amendment", "option", "resolution", "recommendation", "request", "text",
    "paragraph", "clause", "point", "item", "draft", "offer",
  ]

  /// What a meeting votes on, folded.
  static let motionNouns: Set<String> = ["proposal", "motion", "amendment", "resolution"]

  /// Verbs by which a sentence objects to the proposal before it: "Kenya objected that this went
  /// beyond the mandate".
  static let objections: Set<String> = ["objected", "opposed", "disagreed", "vetoed", "blocked", "resisted"]
  /// Verbs by which a sentence turns down or withdraws what it names: "Brazil withdrew the proposal".
  static let turningDown: Set<String> = [
    "withdrew", "rejected", "dropped", "shelved", "overruled", "declined", "retracted", "scrapped", "discarded",
  ]
  /// Their plain forms, after "agreed to", "decided to": "the house agreed to drop the idea".
  static let turningDownPlain: Set<String> = ["drop", "reject", "withdraw", "shelve", "scrap", "discard"]
  /// Words that point back to the sentence before: "this", "the proposal".
  static let backReferences: Set<String> = [
    "this", "it", "these", "them", "proposal", "proposals", "idea", "suggestion", "motion", "amendment",
    "recommendation", "recommendations",
  ]
  /// Words that say a proposal stood in spite of an objection: "Kenya objected, but the plenary agreed".
  static let uptakeWords: Set<String> = [
    "but", "however", "nevertheless", "nonetheless", "although", "though", "yet", "agreed", "adopted", "carried",
    "prevailed", "endorsed", "accepted", "consensus",
  ]

  /// Whether this sentence turns down the proposal of the sentence before it: "[Brazil proposed
  /// that governments should ….] Kenya objected that this went beyond the mandate; Brazil withdrew
  /// the proposal." or "[… proposed that donors should ….] The idea was not taken forward." An
  /// objection counts only after a proposal (`previousProposes`), and not when the sentence says
  /// the proposal stood ("… objected, but the plenary agreed").
  func turnsDown(previousProposes: Bool) -> Bool {
    let count = tokens.count
    guard count > 0 else { return false }
    // A sentence that makes a proposal of its own before it turns one down turns down its own:
    // "One panellist argued that X should …; this was firmly resisted".
    let ownCue = recommendationCue()?.match.start ?? count
    let backReference = (0..<min(count, ownCue)).first(where: refersBack(at:))
    // "Not taken up by others.", "No agreement.": said of the sentence before, with no subject.
    let elliptical = ["not", "no", "rejected", "withdrawn", "deferred", "dropped", "parked", "postponed", "shelved"]
      .contains(norm(0))
    // "… and the proposal could not be entertained": the one before refused, however far in.
    if let index = (4..<max(4, count)).first(where: { norm($0) == "entertained" && norm($0 - 1) == "be" && norm($0 - 2) == "not" }),
      (max(0, index - 6)..<(index - 2)).contains(where: { Self.proposalNouns.contains(norm($0)) })
    {
      return true
    }
    if isRejected { return backReference.map { $0 < 10 } ?? elliptical }
    // "Someone suggested that … . (Laughter. No.)": a proposal laughed off.
    if previousProposes, norm(0) == "laughter", count <= 3 { return true }
    // After a proposal, "Falls.", "Lost.": a vote's outcome in a word or two; "Show of hands: 3
    // for, 9 against, 2 abstain.": more against than for.
    if previousProposes, count <= 3, ["fall", "fell", "lost", "defeated", "failed"].contains(norm(0)) { return true }
    if previousProposes, let tally = Self.voteTally(text), tally.against > tally.for { return true }
    // "KD suggested we should send it again; JM said to wait. Agreed to wait.": the room chose to
    // wait instead.
    if previousProposes, let agreed = (0..<min(count, 4)).first(where: { ["agreed", "decided"].contains(norm($0)) }),
      norm(agreed + 1) == "to", ["wait", "hold", "leave"].contains(norm(agreed + 2)), agreed + 4 >= count || norm(agreed + 3) != "and"
    {
      return true
    }
    // "withdrew the proposal", "rejected it", "dropped this idea" (not "declined to comment").
    for index in 0..<min(count, ownCue)
    where Self.turningDown.contains(norm(index)) && norm(index + 1) != "to"
      || (Self.turningDownPlain.contains(norm(index)) && index > 1 && norm(index - 1) == "to"
        && ["agreed", "decided", "voted", "chose", "resolved"].contains(norm(index - 2)))
    {
      if ((index + 1)..<min(count, index + 4)).contains(where: refersBack(at:)) { return true }
    }
    guard previousProposes else { return false }
    guard (0..<min(count, ownCue)).contains(where: { Self.objections.contains(norm($0)) }) else { return false }
    return !(0..<count).contains { Self.uptakeWords.contains(norm($0)) }
  }

  /// Whether the sentence speaks of the one before within its first words: "The board recommended
  /// to reject it."
  func speaksOfTheOneBefore() -> Bool {
    (0..<min(tokens.count, 10)).contains(where: refersBack(at:)) || Self.voteTally(text) != nil
  }

  /// The votes a sentence counts for and against a proposal: "3 for, 9 against, 2 abstain", "in
  /// favour: 12, against: 4".
  static func voteTally(_ text: String) -> (for: Int, against: Int)? {
    guard text.utf8.containsBytes("against".utf8) else { return nil }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    func count(_ pattern: NSRegularExpression) -> Int? {
      guard let match = pattern.firstMatch(in: text, range: range) else { return nil }
      for group in 1..<match.numberOfRanges {
        if let found = Range(match.range(at: group), in: text), let number = Int(text[found]) { return number }
      }
      return nil
    }
    guard let yes = count(votesFor), let no = count(votesAgainst) else { return nil }
    return (yes, no)
  }

  private static let votesFor = NSRegularExpression.builtIn(
    "votes-for", "\\b(\\d{1,4})\\s+(?:for|in\\s+favou?r|yes|yeas|ayes)\\b|\\b(?:for|in\\s+favou?r|yes|ayes)\\s*[:=]?\\s*(\\d{1,4})\\b")
  private static let votesAgainst = NSRegularExpression.builtIn(
    "votes-against", "\\b(\\d{1,4})\\s+against\\b|\\bagainst\\s*[:=]?\\s*(\\d{1,4})\\b")

  /// Whether token `index` points back to the sentence before: "this", "it", "That was …", "the
  /// proposal", "this idea"; not "a proposal from the floor that …", "the idea of a fund", "argued
  /// that …", which name what they speak of.
  private func refersBack(at index: Int) -> Bool {
    let word = norm(index)
    if index == 0 && word == "that" { return true }
    guard Self.backReferences.contains(word) else { return false }
    // "It was not agreed that donors should …": "it" stands for the clause after "that".
    if word == "it", ["was", "is", "has", "had"].contains(norm(index + 1)),
      (index + 2..<min(tokens.count, index + 7)).contains(where: { norm($0) == "that" })
    {
      return false
    }
    // "if prices spike again this winter": a time named, not the sentence before.
    if ["this", "these"].contains(word), Self.timeNouns.contains(norm(index + 1)) { return false }
    // "The Government rejected that recommendation in its response."
    guard ["proposal", "proposals", "idea", "suggestion", "motion", "amendment", "recommendation", "recommendations"].contains(word) else {
      return true
    }
    return index > 0 && ["the", "this", "that", "these", "those", "such"].contains(norm(index - 1))
      && !["of", "that", "for", "to", "from"].contains(norm(index + 1))
  }

  /// Nouns of time after "this": "this winter", "this year".
  static let timeNouns: Set<String> = [
    "winter", "summer", "spring", "autumn", "fall", "year", "month", "week", "time", "morning", "afternoon", "evening",
    "season", "quarter", "decade", "term", "round", "cycle", "session", "meeting", "week's", "year's",
  ]

  /// Whether a sentence puts a proposal forward rather than reports one agreed: "Brazil proposed
  /// that …", "One participant suggested …", "An idea floated was …".
  static func proposes(_ text: String) -> Bool {
    text.containsAnyBytes(proposalWords)
  }

  private static let proposalWords = ["propos", "Propos", "suggest", "Suggest", "floated", "put forward", "idea of", "n idea"]
    .map { Array($0.utf8) }

  /// Whether `turnsDown` can hold: one of its words stands in the text (most texts hold none).
  static func mayTurnDown(_ text: String) -> Bool {
    mayBeRejected(text) || text.containsAnyBytes(turningDownWords) || text.containsAnyBytes(outcomeWords)
  }

  private static let outcomeWords = ["against", "Fall", "Fell", "Lost", "Defeated", "Failed", "aughter", " to wait", " to hold", " to leave"]
    .map { Array($0.utf8) }
  private static let turningDownWords = turningDown.union(objections).union(turningDownPlain).sorted().map { Array($0.utf8) }

  /// Whether the words before `index` cite a standing rule: "According to § 9 of the statutes the
  /// network shall …", "reminded everyone that under the Circle's charter members must …", "Under
  /// the 2026 national guidelines every committee should …". Not a new or draft one.
  func citesStandingRule(before index: Int) -> Bool {
    guard index > 1 else { return false }
    for position in 0..<(index - 1) where norm(position) == "under" || (norm(position) == "according" && norm(position + 1) == "to") {
      let span = (position + 1)..<min(index, position + 9)
      if span.contains(where: { Self.standingRuleNouns.contains(norm($0)) }),
        !span.contains(where: { ["new", "draft", "proposed", "revised", "future", "upcoming"].contains(norm($0)) })
      {
        return true
      }
    }
    return false
  }

  /// Documents that lay down standing rules, folded ("terms of reference" by its last word).
  static let standingRuleNouns: Set<String> = [
    "statute", "charter", "guideline", "constitution", "bylaw", "by-law", "rulebook", "article", "reference", "directive", "decree", "regulation",
  ]

  /// Reasons a cued sentence is not a recommendation: a question, a hypothetical, reported
  /// history (`should have been`, `had recommended`, "Last year donors were urged to"), a denial
  /// ("Nobody suggested that …", "did not call on"), a quotation, a document's words, a proposal
  /// turned down ("… was not taken forward").
  /// Whether the words before `index` say that what follows is the rule in force: "as per the
  /// present practice", "under the current rules", "as things stand", "at present".
  func describesPresentRule(before index: Int) -> Bool {
    guard index > 1 else { return false }
    // "Under the 2023 Online Safety Act, platforms must remove …": the law in force.
    if norm(0) == "under", ["the", "current"].contains(norm(1)),
      (2..<min(index, 8)).contains(where: { ["act", "law", "decree", "regulation", "regulations", "code", "ordinance"].contains(norm($0)) })
    {
      return true
    }
    let rules: Set<String> = ["practice", "rules", "rule", "law", "laws", "system", "regulations", "procedure"]
    for position in 0..<(index - 1) {
      let (first, second) = (norm(position), norm(position + 1))
      // "as per the present practice", "under current rules".
      if ["present", "current", "existing"].contains(first), rules.contains(second), position > 0,
        ["the", "per", "under", "in"].contains(norm(position - 1))
      {
        return true
      }
      if (first == "as" && second == "things" && norm(position + 2) == "stand") || (first == "at" && second == "present") { return true }
      // "In her country, CSOs must register with the police": the rules where a speaker comes from.
      if first == "in", ["her", "his", "their", "my", "our"].contains(second),
        ["country", "region", "county", "province", "city", "state", "district", "community", "village", "jurisdiction"]
          .contains(norm(position + 2))
      {
        return true
      }
      // "By law every ministry must …", "by the 2024 decree every ministry must …".
      if first == "by", (position + 1..<min(index, position + 4)).contains(where: {
        ["law", "decree", "statute", "regulation", "constitution"].contains(norm($0))
      }) {
        return true
      }
    }
    return false
  }

  func isTrap(_ hit: CueHit) -> Bool {
    if isQuestion || isRejected { return true }
    // "… lost his stall in 2031; in his view the police should be at every market", "(In his view
    // the town should …)": one person's opinion reported in passing or as an aside (not a
    // panellist's advice told as such: "In her view, line ministries should …").
    if hit.match.start >= 3,
      (0..<hit.match.start - 2).contains(where: {
        // "in her personal view", "in his own opinion".
        norm($0) == "in" && ["his", "her"].contains(norm($0 + 1))
          && (["view", "opinion"].contains(norm($0 + 2)) || (["personal", "own"].contains(norm($0 + 2)) && ["view", "opinion"].contains(norm($0 + 3))))
          && ($0 > 0 || text.hasPrefix("("))
      })
    {
      return true
    }
    // "The Panel notes the view expressed by the delegation that "broadcasters must …"": another's
    // view, noted.
    if hit.match.start >= 4, (1..<hit.match.start - 2).contains(where: { norm($0) == "view" && norm($0 + 1) == "expressed" && norm($0 + 2) == "by" }) {
      return true
    }
    // "Fra referatet 28.01.: «Rådet anbefaler at …»": the last minutes' words, quoted.
    if norm(0) == "fra", ["referatet", "protokollen", "forrige"].contains(norm(1)) { return true }
    // "In our 2035 paper Local Roots, we argued that governments should …", "In 2034, after the
    // fire, we wrote that "the authorities must …"": what was said in an earlier year, recalled.
    if norm(0) == "in", hit.match.start > 3,
      let year = (1..<min(4, hit.match.start)).lazy.compactMap({ Int(self.norm($0)) }).first, (1900...2100).contains(year),
      referenceYear.map({ year < $0 }) ?? true,
      (2..<hit.match.start).contains(where: { ["argued", "wrote", "said", "stated", "recommended", "urged", "proposed", "warned", "called"].contains(norm($0)) })
    {
      return true
    }
    // "The 2034 Qadirra Peace Accord (Art. 9) stated that \"all places of worship should …\"": an
    // earlier year's text, quoted.
    if hit.match.start > 3, let referenceYear,
      (0..<min(5, hit.match.start)).contains(where: { Int(self.norm($0)).map { (1900..<referenceYear).contains($0) } ?? false }),
      (1..<hit.match.start).contains(where: { ["stated", "state", "provided", "provide", "declared", "declare", "read", "required", "require"].contains(norm($0)) }),
      text.contains(where: { $0 == "\"" || $0 == "\u{201C}" })
    {
      return true
    }
    // "Tabled for information: the National Police Commissioner's 2036 report, which recommends
    // that …": a paper put before the meeting, its advice its authors'.
    if norm(0) == "tabled", norm(1) == "for", norm(2) == "information" { return true }
    // "Her own view, and she flagged it as hers: municipalities should …": an opinion its speaker
    // marked as hers alone.
    if hit.match.start >= 4, ["his", "her"].contains(norm(0)), ["own", "personal"].contains(norm(1)), ["view", "opinion"].contains(norm(2)) {
      return true
    }
    // "Cllr Ferris … said that personally he thinks \"the police should lead\"": one visitor's
    // opinion, said as his.
    if hit.match.start >= 3, (0..<hit.match.start).contains(where: { norm($0) == "personally" }),
      (0..<hit.match.start).contains(where: { ["think", "thought", "feel", "felt", "believe", "believed"].contains(norm($0)) })
    {
      return true
    }
    // "… manifestou a opinião de que a Câmara Municipal deveria …, tendo esclarecido que falava a
    // título pessoal": one member's view, said as such.
    if (0..<tokens.count - 1).contains(where: { index in
      (norm(index) == "título" && norm(index + 1) == "pessoal")
        || (["manifestou", "manifestaram"].contains(norm(index)) && norm(index + 1) == "a" && norm(index + 2) == "opinião")
    }) {
      return true
    }
    // "Civil society was encouraged by the minister's words", "Young activists were urged by
    // their families to stay away": what someone felt or was told, not the session's advice.
    if ["encouraged", "urged"].contains(norm(hit.match.start)) || (hit.match.end > hit.match.start
      && ["encouraged", "urged"].contains(norm(hit.match.end - 1))),
      hit.match.end < tokens.count, norm(hit.match.end) == "by" || norm(hit.match.end - 1) == "by"
    {
      // "Donors were encouraged by participants to pool funds": the room's advice all the same.
      let agent = norm(hit.match.end) == "by" ? hit.match.end + 1 : hit.match.end
      let to = (agent..<min(tokens.count, agent + 7)).first { norm($0) == "to" }
      let room = ["participants", "panel", "panellists", "panelists", "speakers", "chair", "meeting", "session", "workshop",
        "delegates", "delegations", "members", "several", "many", "most", "all", "co-chairs", "moderator", "rapporteur"]
      guard let to, (agent..<to).contains(where: { room.contains(tokens[$0].text.lowercased()) }) else { return true }
    }
    // "“We are asked to certify everything,” one miner said": what is asked of the speakers, told.
    if ["is", "are", "am"].contains(norm(hit.match.start)), hit.match.start > 0, ["we", "i"].contains(norm(hit.match.start - 1)) {
      return true
    }
    // "The Ministry of Justice invited the network to two hearings": an invitation to an event,
    // not to act.
    if hit.cue.form == .reporting, ["invited", "invite"].contains(norm(hit.match.start)), hit.match.end < tokens.count - 1,
      let to = (hit.match.end..<min(tokens.count - 1, hit.match.end + 8)).first(where: { norm($0) == "to" }),
      Self.eventInvitationOpeners.contains(norm(to + 1)) || tokens[to + 1].text.first?.isNumber == true
    {
      return true
    }
    // "… the Institution had then recommended to the Ministry to issue …": advice given before,
    // recalled (unless the whole note is told in the past perfect).
    if !backshifted, hit.cue.form == .reporting, hit.match.start > 0,
      (max(0, hit.match.start - 2)..<hit.match.start).contains(where: { norm($0) == "had" })
    {
      return true
    }
    // "… under the amendments to the Law on Associations in force since July, every association
    // must report …": a rule in force, told.
    if hit.cue.form == .modal, tokens.indices.contains(where: { norm($0) == "in" && norm($0 + 1) == "force" }) { return true }
    // "… the Ministry could consider including youth organisations if the Council amends …": a
    // possibility on a condition, no advice.
    if ["could", "might"].contains(norm(hit.match.start)), (hit.match.end..<tokens.count).contains(where: { norm($0) == "if" }) {
      return true
    }
    // "What governments should do about returnees remained unclear": an open question told.
    if ["what", "how", "whether", "which", "why", "when", "where", "who"].contains(norm(0)), hit.match.start > 0 {
      let rest = tokens[hit.match.end...].map(\.normalized)
      let open = ["unclear", "unresolved", "undecided", "open", "debated", "disputed", "contested", "uncertain"]
      if rest.contains(where: open.contains) || rest.contains(where: { ["remained", "remains"].contains($0) }) { return true }
    }
    // "We ask the media to …" opens a declaration's paragraph; "someone suggested we ask the
    // county to pay" reports an idea.
    if norm(hit.match.start) == "we", hit.match.start > 0,
      (max(0, hit.match.start - 3)..<hit.match.start).contains(where: { ["suggested", "proposed", "said", "that", "could", "should", "would", "if", "maybe"].contains(norm($0)) })
    {
      return true
    }
    // "appealed to the media to …" urges; "appealed the court decision" contests.
    if hit.cue.form == .reporting, ["appealed", "appeals", "appeal"].contains(norm(hit.match.start)), norm(hit.match.end) != "to" {
      return true
    }
    // "To the coordinators: you asked for a network": what those spoken to asked for, told back
    // ("You asked the County Government to pay …" is their advice, reported to them).
    if hit.cue.form == .reporting, hit.match.start > 0, norm(hit.match.start - 1) == "you",
      hit.match.end < tokens.count, ["for", "whether", "if", "about", "me", "us", "that"].contains(norm(hit.match.end))
    {
      return true
    }
    // "a route of appeal to a court", "the right of appeal to …": the noun, asking no one.
    if hit.cue.form == .reporting, ["appeals", "appeal"].contains(norm(hit.match.start)), hit.match.start > 0,
      ["a", "an", "the", "of", "no", "any", "their", "its", "his", "her", "right", "route"].contains(norm(hit.match.start - 1)),
      // "made an appeal to donors to fund …" asks all the same.
      !((hit.match.start + 2)..<max(hit.match.start + 2, min(tokens.count - 1, hit.match.start + 9))).contains(where: {
        norm($0) == "to" && !matchesStarting(at: $0 + 1, in: [.verb]).isEmpty
      })
    {
      return true
    }
    // "Now we have to deliver it.": the speakers' resolve with nothing in it but a pronoun.
    if hit.cue.form == .modal, hit.match.start > 0, ["we", "i"].contains(norm(hit.match.start - 1)), hit.match.end < tokens.count,
      case let tail = (hit.match.end + 1)..<tokens.count, tail.count <= 2,
      tail.allSatisfy({ ["it", "this", "that", "them", "now", "too", "again", "together", "so"].contains(norm($0)) })
    {
      return true
    }
    // "Nobody thought the UN should intervene": a view no one held.
    if norm(0) == "nobody" || (norm(0) == "no" && norm(1) == "one"),
      let verb = (1..<min(tokens.count, 3)).first(where: { Self.sayingVerbs.contains(norm($0)) || ["wanted", "proposed"].contains(norm($0)) }),
      verb < hit.match.start, !(verb + 1...hit.match.start).contains(where: { gap(before: $0).contains(";") || norm($0) == "rather" || norm($0) == "but" })
    {
      return true
    }
    // "CSOs must currently register with the security services", "… must already be cleared", "as per
    // the present practice, members must be nominated by the police": a rule in force, told.
    if hit.cue.form == .modal, ["must", "have", "has"].contains(norm(hit.match.start)) || norm(hit.match.start) == "ha",
      ["currently", "already", "presently"].contains(norm(hit.match.end)) || describesPresentRule(before: hit.match.start)
    {
      return true
    }
    if hit.cue.form == .modal, citesStandingRule(before: hit.match.start) { return true }
    // "The commander told us that all meetings must take place in public buildings": an order
    // the writers were given, not advice.
    if hit.cue.form == .modal, hit.match.start > 3,
      (1..<hit.match.start - 2).contains(where: { index in
        ["told", "instructed", "ordered", "informed", "warned"].contains(norm(index))
          && ["us", "them", "me"].contains(norm(index + 1)) && norm(index + 2) == "that"
      })
    {
      return true
    }
    // "The Chair takes note of the statement by one delegation that … should …": a view recorded.
    if hit.cue.form == .modal, hit.match.start > 3,
      (0..<hit.match.start - 2).contains(where: { ["takes", "took", "taking", "take"].contains(norm($0)) && norm($0 + 1) == "note" && norm($0 + 2) == "of" })
    {
      return true
    }
    // "we don't need to reinvent that": no need, no advice.
    if hit.cue.form == .modal, norm(hit.match.start).hasPrefix("need"), hit.match.start > 0,
      ["don't", "doesn't", "didn't", "not", "never", "dont"].contains(norm(hit.match.start - 1))
    {
      return true
    }
    // "the ministry invited fifteen youth groups, all from the capital": an invitation to come,
    // told; one to act says what to do ("invited youth groups to submit …").
    // The one invited may have a long name: "Invites the United Nations Development Programme and
    // other entities of the United Nations system to support …".
    if hit.cue.form == .reporting, Self.requestingVerbs.contains(norm(hit.match.start)), hit.match.end == hit.match.start + 1,
      norm(hit.match.end) != "that",
      !(hit.match.end..<min(tokens.count, hit.match.end + 18)).contains(where: linksInfinitive(at:))
    {
      return true
    }
    // "She requested that the secretariat prepare a table": a request to whoever runs the meeting,
    // no one's task until taken on; "requested that district administrations must include …"
    // asks an actor of the taxonomy.
    if hit.cue.form == .reporting, Self.requestingVerbs.contains(norm(hit.match.start)), norm(hit.match.end) == "that",
      addressee(for: hit).actors.isEmpty
    {
      return true
    }
    // "It would help if the local media also reported the settlement" asks something of those it
    // names; "It would help if we had more time" wishes.
    if hit.cue.form == .reporting, hit.match.payload.phrase.hasPrefix("it would"), addressee(for: hit).actors.isEmpty { return true }
    // "The minister was invited to open the session": the running of the meeting, not advice;
    // "Youth groups were encouraged to take up the monitor roles" is advice.
    // "ought to open", "need to respond" are advice whatever the verb.
    if !["ought to", "need to", "needs to", "have to", "has to"].contains(hit.match.payload.phrase),
      hit.match.payload.phrase.hasSuffix(" to"), hit.match.end < tokens.count,
      Self.proceduralVerbs.contains(norm(hit.match.end)),
      !hit.match.payload.phrase.contains("encouraged"), !hit.match.payload.phrase.contains("urged"), norm(hit.match.end + 1) != "up",
      // "asked to open their halls after school": what is opened is no part of the meeting.
      !actsOutsideTheRoom(verb: hit.match.end)
    {
      return true
    }
    if let first = tokens.first?.normalized, ["should", "must", "shall", "would", "could"].contains(first),
      hit.match.start == 0
    {
      return true
    }
    if positions.firstHypothetical < hit.match.start { return true }
    // "The question of how governments should engage youth was raised": a question asked, no
    // advice given; "… quoted the minister: 'Donors must …'": someone else's words, cited.
    if hit.cue.form == .modal, hit.match.start > 0 {
      if (max(0, hit.match.start - 4)..<hit.match.start).contains(where: { ["how", "why", "whether"].contains(norm($0)) }) {
        return true
      }
      if (0..<hit.match.start).contains(where: { ["quoted", "quoting", "cited", "citing"].contains(norm($0)) }) { return true }
    }
    if hit.match.start > 0, norm(0) == "were" || norm(0) == "had" { return true }
    if hit.cue.form == .modal, hit.match.start < tokens.count, case let that = positions.lastThat[hit.match.start], that > 0 {
      let verb = norm(that - 1) == "out" && that > 1 ? that - 2 : that - 1
      if Self.observations.contains(norm(verb)) { return true }
      // "She reported that the LG Security Council … resolved that all ward guards must register":
      // another body's decision, told.
      if ["resolved", "decided", "agreed", "ruled", "determined", "directed"].contains(norm(verb)), verb > 0,
        case let outer = positions.lastThat[verb], outer > 0, outer < verb, Self.observations.contains(norm(outer - 1))
      {
        return true
      }
      // "Nobody suggested that youth groups should …", "the plenary had agreed that donors must …".
      if isNegated(before: verb) || isPastPerfect(at: verb) || isDatedBefore(verb) { return true }
    }
    // "Participants did not call on donors", "Last year donors were urged to", "the plenary had
    // recommended"; a modal verb's own negation ("must not criminalise") is advice all the same.
    if !Self.modalVerbs.contains(norm(hit.match.start)) {
      if isNegated(before: hit.match.start) || isPastPerfect(at: hit.match.start) || isDatedBefore(hit.match.start) {
        return true
      }
    }
    // "Governments are rarely urged to publish …" says how seldom it happens; "… involved early
    // rather than invited to validate finished drafts" sets aside what it names.
    if (max(0, hit.match.start - 2)..<hit.match.start).contains(where: {
      ["rarely", "seldom", "hardly", "barely", "scarcely"].contains(norm($0))
        || (norm($0) == "than" && $0 > 0 && ["rather", "instead"].contains(norm($0 - 1)))
    }) {
      return true
    }
    // "Participants rejected the call for governments to …": advice the room turned down.
    if hit.cue.form == .reporting,
      (max(0, hit.match.start - 3)..<hit.match.start).contains(where: { Self.rejectingVerbs.contains(norm($0)) && !isNegated(before: $0) })
    {
      return true
    }
    // "Governments were urged last year to adopt plans": advice given before.
    if hit.match.end + 1 < tokens.count,
      (norm(hit.match.end) == "last" && ["year", "month", "week", "time", "session", "meeting"].contains(norm(hit.match.end + 1)))
        || (["at", "in", "during"].contains(norm(hit.match.end)) && norm(hit.match.end + 1) == "last"
          && ["year", "yr", "month", "week", "time", "session", "meeting"].contains(norm(hit.match.end + 2)))
        || ["previously", "earlier", "before"].contains(norm(hit.match.end))
    {
      return true
    }
    // "counsellors must often walk two hours": what happens, not what ought to.
    if hit.cue.form == .modal, ["often", "usually", "sometimes", "frequently", "typically", "generally"].contains(norm(hit.match.end)) {
      return true
    }
    // "The revised report should be out next week": what is expected of a document, not advice.
    if hit.cue.form == .modal, norm(hit.match.end) == "be", Self.expectedStates.contains(norm(hit.match.end + 1)),
      hit.match.start > 0, Self.documentWords.contains(norm(hit.match.start - 1))
        || ["report", "draft", "paper", "brief", "study", "data", "result", "minutes", "summary", "version", "text"]
          .contains(norm(hit.match.start - 1))
    {
      return true
    }
    // `will need to`, `would have to`, `may need to`: a forecast, not advice.
    if hit.cue.form == .modal, hit.match.start > 0,
      ["will", "would", "may", "might", "could", "can"].contains(norm(hit.match.start - 1))
    {
      return true
    }
    // "… agreed governments should.": the advice itself is not in the sentence ("Simpler
    // accreditation is needed." holds it before the cue).
    if hit.cue.form == .modal, hit.match.end >= tokens.count, !saysNeeded(hit) { return true }
    // `should have been shared`, `must have known`: reported history, not advice.
    // "… that the police should have no role, a position which several participants did not
    // share": a view the room did not take up.
    if hit.match.end + 2 < tokens.count,
      (hit.match.end + 2..<tokens.count).contains(where: { index in
        ["share", "support"].contains(norm(index)) && norm(index - 1) == "not" && ["did", "do", "does"].contains(norm(index - 2))
          || (["disagreed", "objected"].contains(norm(index)) && !isNegated(before: index)
            && !["nobody", "none", "one"].contains(norm(index - 1)))
      })
    {
      return true
    }
    // "I don't think donors should channel the money through my ministry": advice the speaker
    // does not give.
    if hit.cue.form == .modal, hit.match.start > 2,
      (max(0, hit.match.start - 6)..<hit.match.start).contains(where: { index in
        ["think", "believe", "feel", "agree"].contains(norm(index)) && isNegated(before: index)
      })
    {
      return true
    }
    // "Participants thanked donors, who should be proud of the results": a clause that describes
    // whom it names, not advice to them.
    if hit.cue.form == .modal, hit.match.start > 0, ["who", "which"].contains(norm(hit.match.start - 1)),
      hasComma(before: hit.match.start - 1)
    {
      return true
    }
    // "The report, which governments should read, was published": the cue is inside a clause that
    // describes the thing named before it.
    if hit.cue.form == .modal, hit.match.start >= 2,
      let pronoun = (max(1, hit.match.start - 4)..<hit.match.start - 1).last(where: { ["which", "whom"].contains(norm($0)) }),
      hasComma(before: pronoun), !(pronoun + 1...hit.match.start).contains(where: { gap(before: $0).contains(",") })
    {
      return true
    }
    // "Mayors should have prevention plans of their own" asks for something to be had.
    // "Donors should never have cut …", "… should not have withdrawn …": the past criticised.
    let negated = ["never", "not"].contains(norm(hit.match.end))
    let have = negated ? hit.match.end + 1 : hit.match.end
    if hit.cue.form == .modal, norm(have) == "have" || norm(have) == "'ve",
      negated || norm(have + 1) == "been" || isParticiple(have + 1) || Self.pastForms.contains(norm(have + 1))
    {
      return true
    }
    // A quotation is someone else's words; a speaker's own, quoted whole with whom they address
    // ("Rasa again: \"Donors should stop asking …\""), are their advice, unless a document speaks.
    if isQuoted(token: hit.match.start) {
      let subject = subjectStart(before: hit.match.start)
      // 'GJ: "We recommend that donors channel …"': a speaker's own request in the first person too.
      let firstPerson = hit.cue.form == .reporting && ["we", "i"].contains(norm(subject)) && subject + 1 == hit.match.start
      let spoken = (hit.cue.form == .modal || firstPerson) && subject < hit.match.start && isQuoted(token: subject)
        && (subject == 0 || !isQuoted(token: subject - 1))
        && !(0..<subject).contains(where: { Self.documentWords.contains(norm($0)) || Self.textOnlyVerbs.contains(norm($0)) })
        // "“we were encouraged to talk about our stress”": what happened to the speaker.
        && !(["we", "i"].contains(norm(subject)) && ["was", "were"].contains(norm(subject + 1)))
      // 'Agreed instead, in the chair's words: "The committee asks …"': the meeting's own words.
      let adopted = ["agreed", "resolved", "decided", "adopted"].contains(norm(0))
        && (1..<subject + 1).contains(where: { gap(before: $0).contains(":") })
      if !spoken && !adopted { return true }
    }
    // "UNSCR 2250 already says states should …", "Article 4 states that …": a document's words,
    // told, whoever they address.
    // Not past a semicolon: "Resolution 2250 asks states to …; governments should now …" advises.
    // "the June minutes said members should …", "The literature says donors should …": papers
    // that only write.
    if let verb = (0..<hit.match.start).first(where: { Self.quotingVerbs.contains(norm($0)) }),
      (max(0, verb - 4)..<verb).contains(where: {
        norm(verb) == "said" ? Self.writtenOnlyWords.contains(norm($0)) : Self.documentWords.contains(norm($0)) || Self.writtenOnlyWords.contains(norm($0))
      }),
      !(verb + 1...hit.match.start).contains(where: { gap(before: $0).contains(";") })
    {
      return true
    }
    // "Resolution 2250 (2015) urges Member States to …": a document's words, its number and year
    // between it and its verb.
    if hit.cue.form == .reporting, hit.match.start > 1 {
      var back = hit.match.start - 1
      while back > 0, tokens[back].text.first?.isNumber == true { back -= 1 }
      if back < hit.match.start - 1, Self.documentWords.contains(norm(back)) { return true }
    }
    // "Everyone must register at the front desk": the meeting's housekeeping, not advice.
    if hit.cue.form == .modal, hit.match.start > 0, hit.match.start <= 2,
      ["everyone", "everybody", "participants", "participant", "delegates", "all", "attendees"].contains(norm(hit.match.start - 1)),
      Self.housekeepingVerbs.contains(norm(hit.match.end))
    {
      return true
    }
    // "We are considering a second phase, should the review confirm it": a condition, not advice.
    if hit.cue.form == .modal, norm(hit.match.start) == "should", hit.match.start == 0 || hasComma(before: hit.match.start),
      Self.conditionSubjects.contains(norm(hit.match.start + 1))
    {
      return true
    }
    // "We could consider a facility if members show interest": the writers' own tentative offer.
    if hit.match.start == 1, ["we", "i"].contains(norm(0)), ["could", "might", "would", "may"].contains(tokens[1].text.lowercased()) {
      return true
    }
    // "The meeting considered, and rejected, a proposal that UNDP should manage …".
    if hit.cue.form == .modal, hit.match.start < tokens.count, case let that = positions.lastThat[hit.match.start], that > 0,
      (0..<that).contains(where: { Self.rejectingVerbs.contains(norm($0)) && !isNegated(before: $0) })
    {
      return true
    }
    // A document or another body speaking ("The Plan of Action calls on states …").
    // A document that is the subject of a passive is acted on, not speaking: "The plan should be
    // reviewed by donors", unless something says so ("The draft says youth should be consulted").
    let window = max(0, hit.match.start - 5)..<hit.match.start
    // "District councils in the Nahr valley should": an actor begun before the window counts when
    // a place or part of it follows.
    let subjectHasActor = matches(within: max(0, window.lowerBound - 3)..<window.upperBound).contains {
      $0.payload.category == .actor && $0.end > window.lowerBound
        && ($0.start >= window.lowerBound || ["in", "of", "from", "across", "at"].contains(norm($0.end)))
    }
    let actedOn = hit.cue.form == .modal && norm(hit.match.end) == "be" && isParticiple(hit.match.end + 1)
      && !(0..<hit.match.start).contains(where: { Self.sayingVerbs.contains(norm($0)) || Self.documentVerbs.contains(norm($0)) })
    // "That this Council calls on …", a motion's words: the meeting itself speaks.
    // "The Council urged donors …" opening a council's own minutes: the meeting speaks too.
    func speaks(_ index: Int) -> Bool {
      guard Self.documentWords.contains(norm(index)), !(index > 0 && norm(index - 1) == "this") else { return false }
      return !(index == 1 && norm(0) == "the" && ["council", "assembly"].contains(norm(index)))
    }
    if !subjectHasActor, !actedOn, window.contains(where: speaks) {
      if hit.cue.form == .reporting || (0..<min(3, hit.match.start)).contains(where: speaks) { return true }
    }
    return false
  }

  /// Whether a verb of running a meeting acts on something outside it: "open their halls", "deliver
  /// services" (not "open the session", "deliver the keynote", "take the floor").
  func actsOutsideTheRoom(verb: Int) -> Bool {
    guard Self.transitiveProceduralVerbs.contains(norm(verb)), verb + 1 < tokens.count else { return false }
    let object = (verb + 1..<min(tokens.count, verb + 5)).map { norm($0) }
    return !object.contains { Self.roomNouns.contains($0) } && !["it", "them", "us", "him", "her", "today"].contains(object[0])
  }

  static let transitiveProceduralVerbs: Set<String> = ["open", "close", "chair", "deliver", "take", "join", "attend"]

  /// What running a meeting opens, chairs or delivers, folded as tokens give them.
  static let roomNouns: Set<String> = Set([
    "session", "meeting", "floor", "discussion", "debate", "panel", "proceedings", "event", "workshop", "dialogue", "conference",
    "plenary", "round", "day", "segment", "forum", "roundtable", "keynote", "remarks", "speech", "statement", "participants",
    "guests", "speakers", "audience", "presentation", "hearing", "conversation", "exchange", "sitting", "agenda", "item",
    "evening", "morning", "afternoon", "talk", "address", "lecture", "break", "group", "breakout", "consultation", "webinar",
    "call", "closing", "opening", "word", "minute", "vote", "ceremony",
  ].map(Tokenizer.normalize))

  /// What someone is invited or asked to do in running a meeting: "invited to open the session",
  /// "asked to chair the panel".
  static let proceduralVerbs: Set<String> = [
    "open", "close", "chair", "moderate", "introduce", "speak", "respond", "comment", "reply", "answer", "deliver",
    "take", "join", "attend", "welcome", "summarise", "summarize", "conclude", "wrap", "begin", "start", "sit",
  ]

  /// Whom the cued text asks to act. For a modal cue the subject before it (an agent after
  /// "by" when passive); for a reporting cue the words after it.
  func addressee(for hit: CueHit) -> Addressee {
    switch hit.cue.form {
    case .modal:
      // "Simpler accreditation for local NGOs is needed" addresses no one.
      if saysNeeded(hit) { return Addressee() }
      var after = hit.match.end
      while ["not", "also", "urgently", "further", "now", "always", "therefore", "still"].contains(norm(after)) { after += 1 }
      // An adverb may stand inside the passive: "should be contractually required to".
      var participle = after + 1
      while participle < tokens.count, norm(participle).hasSuffix("ly"), norm(participle).count > 4 { participle += 1 }
      if norm(after) == "be", isParticiple(participle) {
        // Passive: only an agent ("by governments") is addressed.
        if let by = (participle + 1..<tokens.count).first(where: { norm($0) == "by" }) {
          return addresseeChain(from: by + 1, limit: tokens.count)
        }
        return Addressee()
      }
      // The subject ends where the cue starts: "G20 governments should", "Agri-food companies are
      // encouraged to". Failing that, the clause's opening noun phrase ("Governments that have
      // not yet endorsed the declaration should").
      // "Provincial and municipal councils had been encouraged to": the perfect's auxiliaries
      // stand between the subject and the cue.
      var subjectEnd = hit.match.start
      while subjectEnd > 1, ["been", "had", "have", "has", "also"].contains(norm(subjectEnd - 1)) { subjectEnd -= 1 }
      // "Member States, with the support of UNDP, should": the aside set off by commas is no
      // part of the subject.
      if subjectEnd > 2, gap(before: subjectEnd).contains(","),
        let open = (max(1, subjectEnd - 10)..<subjectEnd - 1).last(where: { gap(before: $0).contains(",") }),
        ["with", "supported", "assisted", "together", "alongside", "backed", "helped", "in", "as"].contains(norm(open)),
        norm(open) != "in" || ["cooperation", "partnership", "collaboration", "coordination"].contains(norm(open + 1))
      {
        subjectEnd = open
      }
      // "Where religious leaders co-convene platforms, they should rotate …": "they" are those
      // the opening clause names.
      if subjectEnd >= 4, norm(subjectEnd - 1) == "they", hasComma(before: subjectEnd - 1),
        ["where", "wherever", "when", "whenever", "if", "once"].contains(norm(0))
      {
        let named = leadingChain(from: 1, limit: subjectEnd - 1)
        if named.found { return named }
      }
      let backward = chainEnding(at: subjectEnd)
      let start = subjectStart(before: hit.match.start)
      let leading = leadingChain(from: start, limit: subjectEnd)
      // "Faith leaders across the city should": the actor the subject opens with, not the one in
      // the words that describe it.
      if backward.found, !leading.actors.isEmpty, leading.end < subjectEnd, describesBefore(leading.end), !hasComma(before: leading.end) {
        return leading
      }
      if backward.found {
        // "Ministries of social protection and local authorities should": read from the subject's
        // start, the chain names more.
        if leading.end == subjectEnd, leading.actors.count > backward.actors.count,
          Set(backward.actors).isSubset(of: leading.actors)
        {
          return leading
        }
        return backward
      }
      if leading.found { return leading }
      // "Telecom and internet companies operating in Almara should …": the subject's head stands
      // before what describes it.
      // "Gaming and messaging companies operating in …": not the first word in "-ing" that may
      // describe, but the first that follows the head.
      if start + 1 < hit.match.start {
        for described in start + 1..<hit.match.start where describesBefore(described) {
          let head = chainEnding(at: described)
          if head.found { return head }
        }
      }
      if start == 0 { return leading }
      // "And civil society organisations that are not youth-led should …": a joining word first.
      // "Dickson: the NGOs that come with PVE projects should …": after the speaker's label.
      var first = (1..<max(1, hit.match.start)).last(where: { gap(before: $0).contains(":") }) ?? 0
      while first < hit.match.start, Self.spokenOpeners.contains(norm(first)) { first += 1 }
      return leadingChain(from: first, limit: hit.match.start)
    case .reporting:
      // "Donors were encouraged by participants to pool funds": the passive's subject is urged,
      // not its agent.
      if hit.match.start > 0, ["were", "was", "are", "is", "been", "be"].contains(norm(hit.match.start - 1)),
        norm(hit.match.end) == "by"
      {
        let verb = hit.match.start - 1
        return leadingChain(from: subjectStart(before: verb), limit: verb)
      }
      var start = hit.match.end
      var linked = false
      // "suosittelee, että hyvinvointialue …", "javasolja, hogy a Kormány …": "that" in Finnish and Hungarian.
      // "sifarish karti hai ke …": "that" in Urdu.
      while ["that", "on", "upon", "for", "to", "että", "hogy", "ke"].contains(norm(start)) {
        linked = linked || !["on", "upon"].contains(norm(start))
        start += 1
      }
      // "Recomenda-se que o governo federal inclua …", "Recomenda-se às plataformas digitais …".
      let cueWord = norm(hit.match.start)
      // So do "instó a los donantes a …" and "ont exhorté les gouvernements à …".
      // "recommande au Ministère …", "invite le PNUD …", "il est essentiel que les partenaires …".
      let articlesFollow = ["recomend", "recommand", "suger", "ped", "solicit", "inst", "exhort", "pid", "hiz", "hic"].contains { cueWord.hasPrefix($0) }
        || cueWord == "ont" || cueWord == "a" || cueWord == "il" || (cueWord == "invite" && tokens.contains { $0.text == "à" })
      while articlesFollow, start < tokens.count,
        ["que", "às", "aos", "à", "ao", "o", "os", "a", "as", "los", "las", "les", "la", "le", "el", "al", "aux", "l"].contains(tokens[start].text)
      {
        linked = true
        start += 1
      }
      // "recomendar ao senhor Pároco …", "… e aos responsáveis da comunidade islâmica": a courtesy
      // title, or those who speak for a body, before the one addressed.
      if articlesFollow, start < tokens.count {
        if ["senhor", "senhora", "senhores", "senhoras", "señor", "señora"].contains(norm(start)) {
          start += 1
        } else if ["responsáveis", "representantes", "dirigentes"].contains(norm(start)), ["da", "do", "das", "dos", "de"].contains(norm(start + 1)) {
          start += 2
        }
      }
      var chain = addresseeChain(from: start, limit: tokens.count)
      // "suosittelee, että alueen työnantajat …", "… että yksityiset säätiöt …": a word or two
      // that describe whom the advice is for ("the area's", "private") stand before them.
      if !chain.found, start > 0, ["että", "hogy", "ke"].contains(norm(start - 1)) {
        for skip in 1...2 where start + skip < tokens.count {
          let further = addresseeChain(from: start + skip, limit: tokens.count)
          if further.found {
            chain = further
            break
          }
        }
      }
      // "urged river basin bodies to open …": whoever is urged to act is addressed, named in the
      // taxonomy or not ("called for funds to …" names nobody).
      let urging = Self.urgingVerbs.contains(norm(hit.match.start))
      // "invited the interim Secretariat at UNEP to prepare …": invited or requested to act, an
      // actor or addressee the rules know ("invited the panel to respond" is procedure).
      let requesting = Self.requestingVerbs.contains(norm(hit.match.start))
      if chain.found { return withIncluded(chain) }
      if linked || !(urging || requesting) { return chain }
      return objectBeforeInfinitive(from: start, requireKnown: requesting)
    case .label, .ownerTo:
      return leadingChain(from: 0, limit: tokens.count)
    }
  }

  /// Heads that name an actor only after a name: "the Home Department", "Information
  /// Department" are a government's; "municipal health departments" are named by their first word.
  static let namedOnlyHeads: Set<String> = ["department", "departments"]

  static func droppingUnnamedHeads(_ matches: [PhraseMatcher.Match], tokens: [Token]) -> [PhraseMatcher.Match] {
    guard matches.contains(where: { $0.payload.phrase.utf8.count >= 10 && namedOnlyHeads.contains($0.payload.phrase) }) else { return matches }
    return matches.filter { match in
      guard namedOnlyHeads.contains(match.payload.phrase) else { return true }
      return match.start > 0 && tokens[match.start - 1].text.first?.isUppercase == true
    }
  }

  /// Whether token `index` opens words that describe the noun before it: "operating in …",
  /// "based in …", "in the region", "who work …".
  func describesBefore(_ index: Int) -> Bool {
    let word = norm(index)
    guard tokens[index].text.first?.isLowercase == true else { return false }
    return ["in", "across", "from", "with", "that", "who", "which", "based", "active", "working", "operating"].contains(word)
      || (word.hasSuffix("ing") && word.count > 5)
  }

  /// Whether a modal cue says what is needed ("is needed", "are urgently needed"): the thing
  /// needed stands before it, and no one is addressed.
  func saysNeeded(_ hit: CueHit) -> Bool {
    hit.cue.form == .modal && norm(hit.match.end - 1) == "needed"
  }

  /// Words that open a clause saying something is needed without asking for it.
  static let notNeeded: Set<String> = [
    "no", "none", "nothing", "it", "this", "that", "what", "where", "when", "if", "whether", "as", "less", "little",
  ]

  /// Whether a cue makes a recommendation with no one addressed: the room "stressed the
  /// importance of recognising customary tenure", "More research is needed on …".
  func needsNoAddressee(_ hit: CueHit) -> Bool {
    switch hit.cue.form {
    case .reporting:
      if (hit.match.start..<hit.match.end).contains(where: { ["importance", "need"].contains(norm($0)) }) { return true }
      // "SC recommends (to the Forum Board) that registration fees be waived": the session's own
      // recommendation, whoever is to act on it.
      // "It is our recommendation that …" too.
      guard (hit.match.start..<hit.match.end).contains(where: { norm($0).hasPrefix("recommend") }) else { return false }
      return (hit.match.end..<min(tokens.count, hit.match.end + 7)).contains { norm($0) == "that" }
        || norm(hit.match.end - 1) == "that"
    case .modal:
      // "Participants agreed that civil society should be represented in the committee": what
      // the room agreed is its recommendation, whoever is to act on it.
      if agreedClause(before: hit.match.start) { return true }
      // "The NCO should cut the indicator set": a body named by its initials, which the rules may
      // not know, followed by what it is to do.
      if namedByInitials(before: hit.match.start), hit.match.end < tokens.count, norm(hit.match.end) != "be",
        norm(hit.match.end) != "have"
      {
        return true
      }
      // "Municipalities should be given their own budgets", "Youth must be consulted on the plan":
      // advice in the passive, to whoever is to act, about those the sentence opens with.
      if ["should", "must", "ought", "need", "needs", "has", "have"].contains(norm(hit.match.start)), norm(hit.match.end) == "be", isParticiple(hit.match.end + 1),
        hit.match.start > 0, case let start = subjectStart(before: hit.match.start), start == 0 || (start == 1 && norm(0) == "the"),
        // "A minimum share of …": the noun after an article.
        case let head = ["a", "an"].contains(norm(start)) ? start + 1 : start, head < hit.match.start,
        !Self.notNeeded.contains(norm(head)), !Self.pronounsAndOpeners.contains(norm(head)),
        // About an actor, or about a thing with no deadline: "A minimum share of the budget should
        // be protected from cuts" advises whoever decides; "Travel claims must be submitted by
        // Friday" and "The hall must be cleared by 19:00" are procedure.
        // "The PDF should be shared with all members" is procedure too, whatever its date.
        matches(within: start..<hit.match.start).contains(where: { $0.payload.category == .actor || $0.payload.category == .addressee })
          || (!Self.proceduralParticiples.contains(norm(hit.match.end + 1)) && !Self.setsDeadline(text[tokens[hit.match.end].range.lowerBound...])),
        // Not what a document or someone says ("The draft says youth groups should be consulted").
        !(0..<hit.match.start).contains(where: { index in
          let word = tokens[index].text.lowercased()
          return Self.sayingVerbs.contains(word) || Self.documentVerbs.contains(word) || Self.sayingVerbs.contains(norm(index))
        })
      {
        return true
      }
      // "Simpler accreditation for local NGOs is needed": what is needed, not by whom ("No visa
      // is needed", "Where funding is needed" ask for nothing).
      guard saysNeeded(hit), hit.match.start > 0 else { return false }
      let start = subjectStart(before: hit.match.start)
      return start < hit.match.start && !Self.notNeeded.contains(norm(start))
    default:
      return false
    }
  }

  /// Participles of what a meeting does with its papers and rooms: "should be shared", "must be
  /// booked"; done with a thing, they make procedure, not advice.
  static let proceduralParticiples: Set<String> = [
    "shared", "circulated", "sent", "distributed", "uploaded", "posted", "emailed", "e-mailed", "forwarded", "printed",
    "booked", "submitted", "cleared", "scheduled", "minuted", "noted", "filed", "signed", "returned", "collected",
  ]

  /// Whether words set a deadline or a time of day: "by Friday", "before 19:00", "by 5 pm".
  static func setsDeadline(_ words: Substring) -> Bool {
    let text = String(words)
    if DueDateResolver.namesDate(in: text) { return true }
    return text.range(of: #"\b(?:by|before|until|at)\s+\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\b)"#, options: [.regularExpression, .caseInsensitive]) != nil
  }

  /// Whether the subject just before `index` is a body's initials alone: "The NCO", "PPS".
  func namedByInitials(before index: Int) -> Bool {
    guard index == 1 || (index == 2 && norm(0) == "the") else { return false }
    var word = Substring(tokens[index - 1].text)
    if word.hasSuffix("s") { word = word.dropLast() }
    return (2...7).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
  }

  /// Whether the token at `index` stands in a clause the room agreed on: "Participants agreed
  /// that …", "It was agreed that …", "There was consensus that …", "The panel concluded that …".
  /// Not an agreement denied ("Nobody agreed that …", "did not agree that"), nor one of the past
  /// ("had agreed that").
  func agreedClause(before index: Int) -> Bool {
    guard index < tokens.count, case let that = positions.lastThat[index], that > 0,
      positions.clauseStart[index] == that + 1, Self.agreementWords.contains(norm(that - 1))
    else { return false }
    let verb = that - 1
    if isNegated(before: verb) || (verb > 0 && ["had", "nobody", "no", "none"].contains(norm(verb - 1))) { return false }
    // "There was broad consensus that", "The general agreement was that": the noun's own "was".
    if ["consensus", "agreement"].contains(norm(verb)) {
      return (max(0, verb - 4)..<verb).contains { ["was", "is", "broad", "general"].contains(norm($0)) }
    }
    return (0..<verb).contains { Self.agreeingBodies.contains(norm($0)) } || (verb >= 2 && norm(verb - 2) == "it" && norm(verb - 1) == "was")
  }

  static let agreementWords: Set<String> = ["agreed", "concluded", "consensus", "agreement", "agree", "conclude"]
  /// Who speaks for the room: "Participants agreed", "The panel concluded", "We agreed".
  static let agreeingBodies: Set<String> = [
    "participant", "meeting", "panel", "panellist", "panelist", "speaker", "we", "workshop", "group", "plenary",
    "roundtable", "delegate", "member", "all", "everyone", "session", "forum", "attendee", "committee",
  ]

  /// Whom a label's brackets address: "Recommendation 3 (to donors): …".
  func labelAddressee(before rest: Int) -> Addressee? {
    for index in 0..<min(rest, tokens.count) {
      // "Recommendation 3 (to donors):", "Rec. → govt:".
      if Self.hasArrow(gap(before: index)) {
        let chain = addresseeChain(from: index, limit: rest)
        if chain.found { return chain }
        // "Ask → Pellum Transit Ltd:", "Ask → Eastgate Ward Council (highways):": a name the
        // taxonomy knows by one of its words, or a group named for whom it serves.
        let named = matches(within: index..<rest).filter { $0.payload.category == .actor && !isModifier($0) }
        var result = Addressee()
        for match in named where !result.actors.contains(match.payload.id) { result.actors.append(match.payload.id) }
        if result.actors.isEmpty, rest > index, let group = Self.groupActor(words: (index..<rest).map { norm($0) }),
          (index..<rest).contains(where: { Self.groupHeads.contains(norm($0)) })
        {
          result.actors = [group]
        }
        if !result.actors.isEmpty {
          result.words = [String(text[tokens[index].range.lowerBound..<tokens[rest - 1].range.upperBound])]
          return result
        }
      }
      // "Recommendation (governments):": whom it addresses alone in the brackets.
      if index > 0, gap(before: index).utf8.contains(UInt8(ascii: "(")), !["to", "for"].contains(norm(index)) {
        let chain = addresseeChain(from: index, limit: rest)
        if chain.found, !chain.actors.isEmpty { return chain }
      }
      // "Recommendation to donors:", "Recommendation 3 (to donors):".
      guard ["to", "for"].contains(norm(index)), gap(before: index).utf8.contains(UInt8(ascii: "(")) || index == 1 || index == 2 else {
        continue
      }
      let chain = addresseeChain(from: index + 1, limit: rest)
      if chain.found { return chain }
    }
    return nil
  }

  /// Whether the text between two words holds an arrow: `→`, `->`, `=>`.
  static func hasArrow(_ gap: Substring) -> Bool {
    gap.contains("\u{2192}") || gap.contains("->") || gap.contains("=>")
  }

  /// Whom an item opening "To the Government: …", "For donors – …" or "Recommendations for the
  /// media: …" addresses: the words between "to"/"for" and the colon or dash that ends them.
  func openingAddressee() -> Addressee? {
    let start = Self.addressedLabels.contains(norm(0)) && tokens.count > 2 ? 1 : 0
    guard ["to", "for"].contains(norm(start)) else { return nil }
    guard let end = (start + 1..<min(tokens.count, start + 9)).first(where: { clauseBoundary(before: $0) }), end > start + 1 else { return nil }
    let chain = addresseeChain(from: start + 1, limit: end)
    return chain.found ? chain : nil
  }

  /// Whom the speakers pass an ask on to: "I commend its first ask to every government here:
  /// that …" (governments).
  func commendedAddressee() -> Addressee? {
    guard let verb = (1..<min(tokens.count, 6)).first(where: { ["commend", "commends"].contains(norm($0)) && ["i", "we"].contains(norm($0 - 1)) }),
      let to = (verb + 1..<max(verb + 1, min(tokens.count - 1, verb + 8))).first(where: { norm($0) == "to" })
    else { return nil }
    let end = (to + 2..<max(to + 2, tokens.count)).first(where: { clauseBoundary(before: $0) }) ?? tokens.count
    let chain = addresseeChain(from: to + 1, limit: end)
    return chain.found ? chain : nil
  }

  /// Whether a cue asks "you": "we invite you to …", "You are encouraged to …".
  func addressesYou(_ hit: CueHit) -> Bool {
    (hit.match.end < tokens.count && norm(hit.match.end) == "you")
      || (hit.match.start > 1 && ["are", "were"].contains(norm(hit.match.start - 1)) && norm(hit.match.start - 2) == "you")
      || (hit.match.start > 0 && ["are", "were"].contains(norm(hit.match.start)) && norm(hit.match.start - 1) == "you")
  }

  /// Words that label what follows as advice before whom it is for ("Recommendations for the
  /// media: …", "Message to donors – …").
  static let addressedLabels: Set<String> = [
    "recommendation", "recommendations", "advice", "message", "messages", "ask", "asks", "suggestion", "suggestions",
    "proposal", "proposals", "priority", "priorities",
  ]

  /// Whom the writers ask in the first person: "We ask the women's organisations to send …",
  /// "we want govts to put …", "We call on donors to …".
  func firstPersonAskAddressee() -> Addressee? {
    guard tokens.count > 4, ["we", "i"].contains(norm(0)),
      ["ask", "want", "urge", "call", "invite", "request", "expect", "encourage", "need", "beg"].contains(norm(1))
    else { return nil }
    var start = 2
    if ["on", "upon"].contains(norm(start)) { start += 1 }
    guard let end = (start + 1..<min(tokens.count, start + 10)).first(where: { norm($0) == "to" }) else { return nil }
    let chain = addresseeChain(from: start, limit: end)
    return chain.found ? chain : nil
  }

  /// Verbs that ask whoever follows them to act ("asked the panel to comment" does not).
  /// Verbs by which a meeting asks someone to take a task on ("requests the Secretariat to …").
  static let askingVerbs: Set<String> = [
    "request", "requests", "asks", "ask", "tasks", "task", "mandates", "mandate", "directs", "direct", "instructs", "instruct",
  ]

  /// The verbs that open an operative paragraph without giving anyone a task: "Urges Member
  /// States to …" and "Invites development partners to …" recommend, "Welcomes …" and "Decides
  /// to …" record.
  static let operativeVerbs: Set<String> = [
    "urges", "encourages", "invites", "calls", "recommends", "appeals", "welcomes", "notes", "stresses",
    "considers", "reaffirms", "reiterates", "emphasises", "emphasizes", "underlines", "recognises", "recognizes",
    "takes", "decides", "expresses", "commends", "acknowledges", "endorses", "supports", "affirms", "recalls",
  ]

  static let urgingVerbs: Set<String> = [
    "urged", "urge", "called", "call", "encouraged", "encourage", "advize" /* "advise(s)", folded */, "appealed", "appeal", "challenged", "exhorted", "exhort",
    "urging", "calling",
  ]
  static let requestingVerbs: Set<String> = ["invited", "invite", "invites", "requested", "request", "requests"]

  /// The few words from `start` up to "to" and a verb ("river basin bodies" in "urged river basin
  /// bodies to open …"), within one clause; no addressee when "to" is followed by a determiner
  /// ("urged caution to the ministry") or comes too late.
  /// Whether token `index` joins whom a request names to what it asks: "to", or Tagalog's "na"
  /// before a verb in "mag-", "mang-", "bumuo" ("invited the Vendors Association na mag-hire …").
  func linksInfinitive(at index: Int) -> Bool {
    let word = norm(index)
    if word == "to" { return true }
    // "invite le PNUD à présenter …", "invita a los donantes a financiar …" (not "invited a
    // partner", in English).
    let spanish = text.utf8.containsBytes(" los ".utf8) || text.utf8.containsBytes(" las ".utf8)
    if tokens[index].text == "\u{E0}" || (spanish && tokens[index].text == "a"), index + 1 < tokens.count,
      ["er", "ir", "re", "ar"].contains(where: { tokens[index + 1].text.hasSuffix($0) })
    {
      return true
    }
    guard word == "na", index + 1 < tokens.count else { return false }
    let next = tokens[index + 1].text.lowercased()
    if ["mag", "mang", "i", "ipa", "magpa"].contains(next) { return index + 2 < tokens.count && gap(before: index + 2) == "-" }
    return ["mag", "mang", "bumuo", "gumawa", "tumulong"].contains { next.hasPrefix($0) }
  }

  func objectBeforeInfinitive(from start: Int, requireKnown: Bool = false) -> Addressee {
    // "imams, priests and granthis to open …": commas in a list that "and" or "or" closes.
    var lastComma: Int?
    // "civil society organisations in the border districts, including women's organisations, to
    // take part …": an aside between commas names more of those asked, not a list.
    var aside = false
    for index in stride(from: start + 1, to: min(start + 12, tokens.count), by: 1) {
      if clauseBoundary(before: index) { break }
      if hasComma(before: index) {
        guard tokens[index].text.first?.isLetter == true else { break }
        if ["including", "especially", "notably", "particularly"].contains(norm(index)) {
          aside = true
        } else if aside {
          aside = false
        } else {
          lastComma = index
        }
      }
      guard linksInfinitive(at: index) else { continue }
      if let lastComma, !(lastComma..<index).contains(where: { ["and", "or"].contains(norm($0)) }) { return Addressee() }
      let verb = index + 1
      guard verb < tokens.count, !Self.determiners.contains(norm(verb)), !Self.prepositions.contains(norm(verb)),
        tokens[verb].text.first.map({ $0.isLowercase }) == true, !hasComma(before: verb)
      else { return Addressee() }
      let words = text[tokens[start].range.lowerBound..<tokens[index - 1].range.upperBound]
      if requireKnown,
        !matches(within: start..<index).contains(where: { $0.payload.category == .actor || $0.payload.category == .addressee })
      {
        return Addressee()
      }
      var actors: [String] = []
      for match in matches(within: start..<index) where match.payload.category == .actor {
        if !actors.contains(match.payload.id) { actors.append(match.payload.id) }
      }
      return Addressee(actors: actors, words: [String(words)])
    }
    return Addressee()
  }

  /// The chain of actors and addressee words that ends just before token `end` (adverbs between
  /// them and `end` skipped), read backwards through "and", "or" and commas.
  func chainEnding(at end: Int) -> Addressee {
    var position = end
    let adverbs: Set<String> = [
      "also", "therefore", "now", "urgently", "still", "all", "themselves", "too", "likewise", "equally", "further",
      "jointly", "together", "each", "both", "itself",
    ]
    while position > 0, adverbs.contains(norm(position - 1)) { position -= 1 }
    var result = Addressee()
    var collected: [PhraseMatcher.Match] = []
    var describedLast = false
    while position > 0 {
      if clauseBoundary(before: position) && !collected.isEmpty { break }
      let ending = matches(endingAt: position).filter {
        $0.payload.category == .actor || $0.payload.category == .addressee
      }
      guard let longest = ending.min(by: { $0.start < $1.start }) else {
        let word = norm(position - 1)
        if !collected.isEmpty, Self.joiners.contains(word) || Self.determiners.contains(word) {
          position -= 1
          continue
        }
        // A possessive before the actor just read describes it: "the mediators' networks".
        let after = tokens[position - 1].range.upperBound
        if !describedLast, !collected.isEmpty, after < text.endIndex, text[after] == "'" || text[after] == "\u{2019}"
          || tokens[position - 1].text.hasSuffix("'s") || tokens[position - 1].text.hasSuffix("\u{2019}s")
        {
          describedLast = true
          position -= 1
          continue
        }
        // A word in small letters before the actor just read, after "and" or a comma, describes
        // it: "Civil society organisations and investigative journalists should …".
        if !describedLast, !collected.isEmpty, position >= 2, tokens[position - 1].text.first?.isLowercase == true,
          Self.joiners.contains(norm(position - 2)) || hasComma(before: position - 1),
          !Self.notOwnerWords.contains(word)
        {
          describedLast = true
          position -= 1
          continue
        }
        break
      }
      describedLast = false
      collected.append(contentsOf: ending.filter { $0.start == longest.start })
      position = longest.start
      if hasComma(before: position), position > 0 {
        // "governments, donors and CSOs": keep reading backwards past the comma.
        continue
      }
    }
    // "UN cluster lead agencies": a generic head ("agencies") takes the actor that modifies it.
    if !collected.isEmpty, !collected.contains(where: { $0.payload.category == .actor }) {
      let head = collected.map(\.start).min() ?? position
      let window = max(0, head - 3)..<head
      let modifiers = matches(within: window.lowerBound..<head).filter {
        $0.payload.category == .actor
          && !(($0.start + 1)...head).contains(where: { clauseBoundary(before: $0) || hasComma(before: $0) })
          && !($0.end..<head).contains(where: { Self.notOwnerWords.contains(norm($0)) })
      }
      collected += modifiers
    }
    for match in collected.sorted(by: { $0.start < $1.start }) {
      if match.payload.category == .actor, !result.actors.contains(match.payload.id) {
        result.actors.append(match.payload.id)
      }
      result.words.append(String(text[tokens[match.start].range.lowerBound..<tokens[match.end - 1].range.upperBound]))
    }
    return result
  }

  /// The first chain in `start..<limit` whose words before it are only determiners.
  func leadingChain(from start: Int, limit: Int) -> Addressee {
    var index = start
    // "Ang Radyo Marayag …", "Dapat ang SK Federation …": Filipino's article, plural mark and
    // "should" before whom an item addresses; "Kiến nghị UBND huyện …", "Đề nghị công ty …":
    // Vietnamese "request" before them.
    while index < limit, Self.determiners.contains(norm(index)) || ["for", "that", "ang", "mga", "dapat", "kiến", "nghị", "đề", "στο", "στην", "στη", "στα", "στους", "στις", "το", "τα", "οι", "η"].contains(norm(index)),
      matchesStarting(at: index, in: [.actor, .addressee]).isEmpty
    {
      index += 1
    }
    return addresseeChain(from: index, limit: limit)
  }

  /// Whom "for … to VERB" asks to act: "There was broad support for ministries of water to
  /// consider …", "One option would be for funders to pool …". Only actors the taxonomy knows, and
  /// "to" within a few words after them, in the same clause.
  func forInfinitiveAddressee() -> Addressee? {
    for index in tokens.indices where norm(index) == "for" {
      let chain = addresseeChain(from: index + 1, limit: tokens.count)
      guard !chain.actors.isEmpty else { continue }
      let reach = min(tokens.count - 1, chain.end + 8)
      guard chain.end <= reach else { continue }
      for next in chain.end...reach {
        if clauseBoundary(before: next) || hasComma(before: next) { break }
        // "to" and a verb; not "up to date", "to the region".
        if norm(next) == "to", next + 1 < tokens.count, !Self.determiners.contains(norm(next + 1)), norm(next - 1) != "up" {
          return chain
        }
      }
    }
    return nil
  }

  func isParticiple(_ index: Int) -> Bool {
    guard index < tokens.count else { return false }
    let word = tokens[index].normalized
    return word.hasSuffix("ed") || word.hasSuffix("en") || Self.irregularParticiples.contains(word)
  }

  // MARK: - Owners

  /// Verbs by which an owner takes a task on, before "to": "UNDP agreed to convene", "UNDP offered
  /// to host".
  /// (As the tokens give them: folded, so "promised" reads as "promized".)
  static let commitmentVerbs: Set<String> = Set([
    "agreed", "offered", "undertook", "committed", "volunteered", "pledged", "promised", "commits", "commit", "pledges",
    "promises", "offers", "undertakes", "agrees",
  ].map(Tokenizer.normalize))
  /// Participles by which an owner is given a task, after "is", "was" …: "UNDP was asked to".
  static let assignmentVerbs: Set<String> = ["asked", "requested", "expected", "invited", "tasked", "mandated", "directed", "instructed", "ordered"]
  /// Words that open an aside between an owner and its verb ("The Government of Kenya, with UNDP
  /// support, to host …"), folded as tokens give them.
  static let asideOpeners: Set<String> = [
    "with", "supported", "together", "backed", "assisted", "jointly", "alongside", "through", "via", "working", "helped",
    "aided", "in", "as",
    // "The Police Directorate, though not a party, has agreed to write …".
    "though", "although", "whilst", "not", "who",
    // Portuguese: "a Secretaria …, por meio da conselheira …, ficou responsável por …".
    "por",
  ]
  /// Words that, opening an item, make it an order to no one in particular ("Remember to book …",
  /// "Try to …"), beside the verbs of the owner-to cue ("Send the report to …").
  static let imperativeOpeners: Set<String> = [
    "remember", "try", "continue", "begin", "start", "seek", "aim", "remind", "need", "want", "hope", "wait", "please",
    "kindly", "ensure", "make", "be", "don't", "do", "also", "then", "first", "next", "decide", "arrange", "prepare",
    "plan", "keep", "get", "go", "see", "use", "let", "think", "look", "bring", "take",
  ]
  /// Words after a bare verb that show it is a noun ("Youth Forum report due …").
  static let notAfterBareVerb: Set<String> = [
    "to", "due", "is", "are", "was", "were", "for", "of", "and", "or", "by", "on", "in", "at", "from", "with", "before",
    "after", "until", "between", "among", "as",
  ]

  /// Where the words after an opening phrase begin ("As regards follow-up, the team will …",
  /// "For the youth paper, Ms. Putri will …"): the token after its comma, within eight tokens of
  /// a preposition at `start`; `nil` when none opens there.
  func openingPhraseEnd(from start: Int) -> Int? {
    guard start < tokens.count else { return nil }
    // "action point halima to write …", as dictated: the label, without its colon.
    if norm(start) == "action", ["point", "item"].contains(norm(start + 1)), start + 2 < tokens.count {
      return start + 2
    }
    // "Next week the secretariat will …", "Later this month, donors will …": when, before whom.
    var index = start
    if norm(index) == "later" || norm(index) == "early" { index += 1 }
    if ["next", "this", "later"].contains(norm(index)), index + 1 < tokens.count, Self.timeUnits.contains(norm(index + 1)) {
      return index + 2 < tokens.count ? index + 2 : nil
    }
    if ["tomorrow", "today", "tonight"].contains(norm(start)), start + 1 < tokens.count { return start + 1 }
    // "Up to 10 participants to attend …": how many, before who.
    if norm(start) == "up", norm(start + 1) == "to", start + 3 < tokens.count, tokens[start + 2].text.allSatisfy(\.isNumber) {
      return start + 3
    }
    // "Reminder to all: UNDP to host.": a short label set off by a colon.
    // A name before the colon ("Kibet: I'll draft …") is the speaker's, not a label.
    if let colon = (start + 1..<min(tokens.count, start + 5)).first(where: { gap(before: $0).contains(":") }),
      tokens[start].text.first?.isUppercase == true,
      (start + 1..<colon).contains(where: { tokens[$0].text.first?.isLowercase == true })
        || (colon == start + 1 && Self.labelWords.contains(norm(start)))
        // "Youth: the youth council to submit …": a topic before the one who acts.
        || (colon == start + 1 && norm(colon) == "the")
    {
      return colon
    }
    // "MATCH B · NEED 05 × OFFER 03 – Kibo Media Collective to train …", "Broker card (no offer):
    // Lumen Legal Aid will review …": a short label set off by a colon or a dash, before a
    // capitalised name (not a speaker's "I" or "We").
    if tokens.count > start + 3, tokens[start].text.first?.isUppercase == true,
      let mark = (start + 1..<min(tokens.count - 2, start + 9)).first(where: { index in
        let gap = gap(before: index)
        return gap.contains(":") || gap.contains(" \u{2013} ") || gap.contains(" \u{2014} ") || gap.contains(" - ") || Self.hasArrow(gap)
      }),
      tokens[mark].text.first?.isUppercase == true,
      !["i", "we", "she", "he", "they", "it", "you"].contains(norm(mark).split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).first ?? ""),
      // "Open point from 14.11.: "RK to sound out …" – obsolete": words quoted are a record.
      !gap(before: mark).contains(where: { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201E}" || $0 == "\u{AB}" })
    {
      return mark
    }
    guard Self.prepositions.contains(norm(start)) else { return nil }
    return (start + 1..<min(tokens.count, start + 8)).first { hasComma(before: $0) }
  }

  /// Words that label what follows them with a colon: "Reminder: UNDP to host."
  static let labelWords: Set<String> = ["reminder", "note", "update", "fyi", "nb", "ps", "important", "also", "finally", "then"]

  /// The words of a time that may open a task: "next week", "this month".
  static let timeUnits: Set<String> = [
    "week", "month", "year", "quarter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// A noun phrase at `start` directly followed by "to" + a verb (or "will" + a word): the owner,
  /// the index of the verb, and the connecting words. Unless `requireKnownVerb` (which also
  /// restricts the verb after "to" to the owner-to cue's phrases), minutes' forms count too:
  /// "The Secretariat is to circulate", "UNDP agreed to convene", "UNDP was asked to host",
  /// "Secretariat circulate notes". A bracket after the name stays with it ("Okafor (UN Women)
  /// to share"); an aside between commas does not ("The Government of Kenya, with UNDP support,
  /// to host"). An item opening with a verb ("Send the report to donors") names no owner.
  func ownerPhrase(from start: Int, requireKnownVerb: Bool) -> (owner: String, verbIndex: Int, connector: String)? {
    guard let found = writtenOwnerPhrase(from: start, requireKnownVerb: requireKnownVerb) else { return nil }
    // "The elections will take place by November", "The review will start in March": an event
    // that happens, no one's task.
    let head = found.owner.lowercased().split(separator: " ").last.map(String.init) ?? ""
    // "The Women's Forum to run listening sessions": an object after the verb makes it a task.
    if Self.eventNouns.contains(head), Self.eventVerbs.contains(norm(found.verbIndex)) && !hasObject(after: found.verbIndex)
      || norm(found.verbIndex) == "be"
    {
      return nil
    }
    return found
  }

  /// Whether the words after the verb at `index` are its object ("run listening sessions", "open
  /// a youth desk"), not when or how long ("run for three days", "take place", "start in March").
  func hasObject(after index: Int) -> Bool {
    let next = index + 1
    guard next < tokens.count, !clauseBoundary(before: next), tokens[next].text.first?.isLowercase == true else { return false }
    let word = norm(next)
    return !Self.prepositions.contains(word) && !["place", "off", "up", "again", "soon", "later", "today", "tomorrow", "next", "this", "until", "till", "by"]
      .contains(word) && !word.hasSuffix("ly")
  }

  /// "ficou a cargo da conselheira Dalva Teixeira Lins enviar …", "ficou a cargo da Secretaria
  /// Executiva do Conselho encaminhar …": the owner after "a cargo de" (a role word before a name
  /// set aside), and the first infinitive after it in small letters.
  func chargedInPortuguese(from start: Int) -> (owner: String, verbIndex: Int, connector: String)? {
    guard start + 4 < tokens.count, norm(start + 1) == "a", norm(start + 2) == "cargo",
      ["da", "do", "de", "das", "dos", "desta", "deste"].contains(norm(start + 3))
    else { return nil }
    var first = start + 4
    while first < tokens.count, ["conselheira", "conselheiro", "senhora", "senhor", "sr", "sra", "vereadora", "vereador"].contains(norm(first)) {
      first += 1
    }
    guard first < tokens.count, tokens[first].text.first?.isUppercase == true,
      let verb = (first + 1..<min(tokens.count, first + 12)).first(where: { index in
        let word = tokens[index].text
        return word.first?.isLowercase == true && word.count >= 4 && ["ar", "er", "ir"].contains(where: { word.hasSuffix($0) })
          && !["por", "para"].contains(word)
      })
    else { return nil }
    // "… Guarda Civil Municipal, na pessoa do Inspetor Josué Ramalho, mapear": the body, before its aside.
    let end = (first + 1..<verb).first(where: { gap(before: $0).contains(",") }) ?? verb
    let owner = text[tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound]
    return (cleanOwner(String(owner)), verb, "will")
  }

  static let eventNouns: Set<String> = [
    "election", "elections", "meeting", "meetings", "conference", "workshop", "session", "review", "plan", "strategy", "deadline",
    "process", "event", "forum", "summit", "launch", "call", "vote", "referendum", "season", "period", "term", "year", "cycle",
    "consultation", "consultations", "hearing", "festival", "programme", "program", "ceremony", "exercise", "round", "phase",
  ]
  static let eventVerbs: Set<String> = [
    "take", "start", "begin", "end", "open", "close", "happen", "occur", "expire", "run", "resume", "conclude", "last", "finish",
    "commence", "restart", "follow",
  ]

  private func writtenOwnerPhrase(from start: Int, requireKnownVerb: Bool) -> (owner: String, verbIndex: Int, connector: String)? {
    guard start < tokens.count else { return nil }
    let first = tokens[start]
    let isHandle = first.text.hasPrefix("@")
    // "Urges Member States to allocate …": an operative paragraph's verb, not an owner's name.
    if first.text.first?.isUppercase == true, Self.operativeVerbs.contains(first.text.lowercased()) { return nil }
    // "ficou a cargo da conselheira Dalva Teixeira Lins enviar …": a charge recorded in Portuguese,
    // whose owner follows it and comes before the verb's infinitive.
    if first.normalized == "ficou" || first.normalized == "ficaram", let charged = chargedInPortuguese(from: start) {
      return charged
    }
    // "Zadužuje se Služba za finansije da … pripremi …": a charge recorded in Bosnian, Croatian or
    // Serbian, whose owner follows it and comes before "da".
    if ["zadužuje", "zadužuju", "obavezuje", "obavezuju"].contains(first.normalized), norm(start + 1) == "se",
      let da = (start + 3..<min(tokens.count, start + 12)).first(where: { norm($0) == "da" }), da + 1 < tokens.count,
      tokens[start + 2].text.first?.isUppercase == true
    {
      let owner = text[tokens[start + 2].range.lowerBound..<tokens[da - 1].range.upperBound]
      return (cleanOwner(String(owner)), da + 1, "is charged to")
    }
    // "WHO country office to share …": the acronym is no pronoun.
    // "A SME vai consolidar …", "A Guarda Municipal apresentará …": a Portuguese article.
    // "o conselheiro Genivaldo Moura comprometeu-se a …": a Portuguese article and role before the name.
    let article = (first.text == "A" && start + 1 < tokens.count && tokens[start + 1].text.first?.isUppercase == true)
      || (["o", "a", "O"].contains(first.text) && start + 2 < tokens.count
        && (["conselheiro", "conselheira", "vereador", "vereadora"].contains(norm(start + 1)) && tokens[start + 2].text.first?.isUppercase == true
          || tokens[start + 1].text.first?.isUppercase == true && tokens.dropFirst(start + 2).prefix(16).contains { ["ficou", "comprometeu"].contains($0.normalized) }))
    // "I. Halvorsen to send …": an initial, not the pronoun.
    let initial = first.text == "I" && start + 1 < tokens.count && gap(before: start + 1).hasPrefix(".")
      && tokens[start + 1].text.first?.isUppercase == true
    // "I (Zalmai, SCPI) will read …": the writer, named in brackets after the pronoun.
    if first.text == "I", start + 2 < tokens.count, gap(before: start + 1).hasSuffix("("),
      tokens[start + 1].text.first?.isUppercase == true,
      let close = (start + 2..<min(tokens.count, start + 10)).first(where: { gap(before: $0).contains(")") }),
      let link = connector(at: close, from: start, requireKnownVerb: requireKnownVerb)
    {
      let end = (start + 2..<close).first(where: { gap(before: $0).contains(",") }) ?? close
      let name = text[tokens[start + 1].range.lowerBound..<tokens[end - 1].range.upperBound]
      return (cleanOwner(String(name)), link.verb, link.words)
    }
    // "Your programme officer, Rasmus Edde, will send …": the name set off after the role.
    if ["your", "our", "my", "their", "his", "her"].contains(first.normalized),
      let open = (start + 2..<min(tokens.count, start + 6)).first(where: { gap(before: $0).contains(",") }),
      let close = (open + 1..<min(tokens.count, open + 5)).first(where: { gap(before: $0).contains(",") }),
      (open..<close).allSatisfy({ tokens[$0].text.first?.isUppercase == true }),
      !(start + 1..<open).contains(where: { gap(before: $0).contains(where: { ",;:()".contains($0) }) }),
      let link = connector(at: close, from: open, requireKnownVerb: requireKnownVerb)
    {
      return (cleanOwner(String(text[tokens[open].range.lowerBound..<tokens[close - 1].range.upperBound])), link.verb, link.words)
    }
    if !isHandle, !first.isAcronym, !article, !initial, Self.pronounsAndOpeners.contains(first.normalized), first.normalized != "the" {
      return nil
    }
    // Up to eight words, or twelve when all but the small words are capitalised ("The Permanent
    // Mission of the Republic of Orlanda will host …").
    var maximum = min(tokens.count - 1, start + 12)
    var index = start
    // Where the owner's words end when an aside follows them, and its last token.
    var aside: (upper: String.Index, last: Int)? = nil
    while index < maximum {
      if index > start, aside == nil {
        let gap = gap(before: index)
        if gap.contains(where: { ",;:()—–\"\u{2192}>|[]".contains($0) }) {
          // "UNDP, UNICEF and OHCHR to share …": owners named in a list.
          if gap.allSatisfy({ $0 == "," || $0 == " " }), let link = listedOwnersEnd(from: index, start: start, requireKnownVerb: requireKnownVerb) {
            index = link
            continue
          }
          guard let found = self.aside(at: index) else { return nil }
          aside = (found.upper, index - 1)
          index = found.next
          // "Mrs Lunda, the Women's Forum chair, she will bring …": spoken, the name is taken up
          // again by a pronoun after the aside.
          if ["he", "she", "they"].contains(norm(index)), index + 1 < tokens.count, tokens[index].text.first?.isLowercase == true {
            index += 1
          }
          // The connecting words come after the aside, however long it was.
          maximum = max(maximum, min(tokens.count - 1, found.next + 1))
          continue
        }
      }
      if index > start, let link = connector(at: index, from: start, requireKnownVerb: requireKnownVerb) {
        let last = aside?.last ?? index - 1
        if last - start >= 8, !isCapitalisedName(start...last) { return nil }
        // "The Nordic Prevention Fund will circulate …": a capital makes the word part of a name.
        guard !Self.notOwnerHeads.contains(norm(last)) || (last > start && tokens[last].text.first?.isUppercase == true)
        else { return nil }
        if !isHandle, opensImperative(start, last: last) { return nil }
        let lower = tokens[start].range.lowerBound
        let upper = aside?.upper ?? tokens[index - 1].range.upperBound
        return (cleanOwner(String(text[lower..<upper])), link.verb, link.words)
      }
      // After an aside only the connecting words may come.
      if aside != nil { return nil }
      let word = tokens[index].normalized
      let written = tokens[index].text
      // "Rina as rapporteur must finish …": the role she acts in is no part of her name.
      if index > start, word == "as", written == "as", index + 2 < min(maximum, index + 5),
        let link = (index + 2..<min(maximum, index + 5)).first(where: { connector(at: $0, from: start, requireKnownVerb: requireKnownVerb) != nil })
      {
        aside = (tokens[index - 1].range.upperBound, index - 1)
        index = link
        continue
      }
      // "Dr. Raman kindly offered to share …": an adverb between the owner and the verb.
      if index > start, written.first?.isLowercase == true, word.hasSuffix("ly"), word.count > 4, index + 1 < tokens.count,
        connector(at: index + 1, from: start, requireKnownVerb: requireKnownVerb) != nil
      {
        aside = (tokens[index - 1].range.upperBound, index - 1)
        index += 1
        continue
      }
      // "The meeting requests the Secretariat to prepare …": the one asked owns the task; so in an
      // operative paragraph that opens with the verb ("Requests UNEP to …").
      // "The task force to share …": a noun after it ("force") makes "task" no verb.
      if Self.askingVerbs.contains(word), index > start ? written.first?.isLowercase == true : !isHandle,
        index + 1 < tokens.count,
        ["the", "all", "each", "every", "its", "their", "both"].contains(norm(index + 1))
          || tokens[index + 1].text.first?.isUppercase == true || tokens[index + 1].text.hasPrefix("@") || tokens[index + 1].isAcronym
      {
        return ownerPhrase(from: index + 1, requireKnownVerb: requireKnownVerb)
      }
      if Self.notOwnerWords.contains(word) && !tokens[index].isAcronym && !(index == start && (word == "the" || initial))
        && !isPartOfName(index, start: start)
      {
        return nil
      }
      if let firstCharacter = written.first, firstCharacter.isLowercase, word.hasSuffix("ed"), word.count > 4 {
        // "Ms Jeptoo apologised for the delay and committed to tabling …": the one who did the
        // first thing takes on the second.
        if index > start, index + 1 < min(tokens.count - 2, index + 10),
          let and = (index + 1..<min(tokens.count - 2, index + 10)).first(where: { norm($0) == "and" }),
          Self.commitmentVerbs.contains(norm(and + 1)),
          (index + 1...and + 1).allSatisfy({ !gap(before: $0).contains(where: { ";:()—–\"".contains($0) }) }),
          connector(at: and + 1, from: start, requireKnownVerb: requireKnownVerb) != nil
        {
          aside = (tokens[index - 1].range.upperBound, index - 1)
          index = and + 1
          continue
        }
        return nil
      }
      index += 1
    }
    return nil
  }

  /// Where the connecting words begin after the rest of a list of owners that goes on at `first`
  /// ("UNICEF and OHCHR to share" after "UNDP,"): names of up to six capitalised words (small
  /// words such as "of" between), separated by commas, the last after "and" or "&".
  func listedOwnersEnd(from first: Int, start: Int, requireKnownVerb: Bool) -> Int? {
    var index = first
    var sawAnd = false
    var words = 0
    while index < min(tokens.count, first + 20) {
      let gap = gap(before: index)
      let word = norm(index)
      if words > 0, sawAnd, gap.allSatisfy({ $0 == " " }), connector(at: index, from: start, requireKnownVerb: requireKnownVerb) != nil {
        return index
      }
      if words > 0, word == "and" || word == "&", tokens[index].text.first?.isLowercase != false {
        guard gap.allSatisfy({ $0 == " " || $0 == "," }) else { return nil }
        sawAnd = true
        words = 0
        index += 1
        continue
      }
      if words > 0, gap.contains(",") {
        guard !sawAnd, gap.allSatisfy({ $0 == " " || $0 == "," }) else { return nil }
        words = 0
      } else if index > first, !gap.allSatisfy({ $0 == " " || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }) {
        return nil
      }
      let written = tokens[index].text
      let small = written == "the" || (words > 0 && ["of", "for", "on"].contains(written))
      guard written.first?.isUppercase == true || tokens[index].isAcronym || written.hasPrefix("@") || small else { return nil }
      words += 1
      if words > 6 { return nil }
      index += 1
    }
    return nil
  }

  /// Whether the token at `index` is the "-ing" form of one of the verbs that make tasks
  /// ("tabling", "sharing", "mapping", "convening").
  func isGerundOfTaskVerb(_ index: Int) -> Bool {
    let word = norm(index)
    guard word.count > 5, word.hasSuffix("ing"), tokens[index].text.first?.isLowercase == true else { return false }
    let stem = String(word.dropLast(3))
    var forms = [stem, stem + "e"]
    if let last = stem.last, stem.dropLast().last == last { forms.append(String(stem.dropLast())) }
    let verbs = cues.lazy.filter { $0.form == .ownerTo }.flatMap(\.phrases)
    return verbs.contains { forms.contains($0) }
  }

  /// Whether a capitalised word that is also a verb or function word ("Said", "May", "Will",
  /// "Hope", "Doe") stands in a person's name: after another capitalised word of the owner
  /// ("Amina Said", "Ms Doe"), or first with a capitalised word after it ("Hope Mensah").
  func isPartOfName(_ index: Int, start: Int) -> Bool {
    func capitalised(_ position: Int) -> Bool {
      position < tokens.count && tokens[position].text.first?.isUppercase == true && !tokens[position].isAcronym
    }
    guard capitalised(index), !gap(before: index).contains(where: { ",;:(".contains($0) }) || index == start else { return false }
    if index > start { return capitalised(index - 1) || Self.personalTitles.contains(norm(index - 1)) }
    return index + 1 < tokens.count && capitalised(index + 1) && !gap(before: index + 1).contains(where: { ",;:(".contains($0) })
      && !Self.notOwnerWords.contains(norm(index + 1))
  }

  static let personalTitles: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "professor", "ambassador", "minister", "mme", "m", "sr", "sra",
    // Offices and callings written before a name: "Governor Halimi", "Elder Baqiyev", "Imam Balogun".
    "governor", "elder", "sheikh", "imam", "senator", "mayor", "councillor", "cllr", "commissioner", "judge", "bishop",
    "pastor", "rev", "inspector", "mullah", "chief", "madam", "mama", "mzee", "hon", "honourable", "honorable",
    "insp", "supt", "superintendent", "sgt", "sergeant", "constable", "det", "detective",
    // Indian English: "Shri Imran Qureshi", "Smt. Meena Jadhav", "Adv. Joseph Mathew", "Maulana …".
    "shri", "sri", "smt", "kum", "adv", "maulana", "fr", "bi", "bw", "bwana",
    // Philippine barangay and police titles: "Kgd. Dela Cruz", "Kap. Bautista", "PMaj. Sison", "Ustadz Lucman".
    "kgd", "kagawad", "kap", "kapitan", "pmaj", "pcpt", "pltcol", "pcol", "ustadz", "ustaz",
    // Clergy and religious: "Rabbi Daniel", "Sister Maryam", "Father Dobrin".
    "rabbi", "sister", "father", "brother", "reverend",
    // Spanish: "Ing. Rodolfo Pineda", "Lic. Ana Quiroga", "Mtra. Lucía Ferrer", "Pbro. Anselmo Rivas", "doña Herminia".
    "ing", "lic", "licda", "licdo", "mtro", "mtra", "pbro", "cmdte", "cmte", "dra", "srta", "arq", "don", "doña",
    // Italian: "dott.ssa Marchetti", "avv. Ruggeri", "sig.ra Sessa", "comm. Alberti", "geom. Rossi".
    "dott", "dottssa", "dott.ssa", "avv", "sig", "sigra", "sig.ra", "comm", "geom", "arch", "profssa", "prof.ssa",
    // Bosnian, Croatian, Serbian: "g. Ivković", "gđa Karup", "gđica Softić"; Romanian: "dl. Bădescu", "dna Murgu".
    "g", "gđa", "gđica", "gosp", "dl", "dna",
  ]

  /// Words between a pronoun and the undertaking it makes: "She also promised to …".
  static let commitmentAdverbs: Set<String> = ["also", "then", "further", "kindly", "immediately", "personally"]

  /// "She committed to share …", "He also undertook to brief …", "They were asked to send …":
  /// an undertaking whose owner a pronoun stands for; the verb's index, the linking words and
  /// the pronoun.
  func pronounCommitment() -> (verbIndex: Int, connector: String, pronoun: String)? {
    guard tokens.count > 3, ["he", "she", "they"].contains(norm(0)) else { return nil }
    var index = 1
    while index < tokens.count, Self.commitmentAdverbs.contains(norm(index)) { index += 1 }
    guard index < tokens.count, let link = connector(at: index, from: 0, requireKnownVerb: true) else { return nil }
    return (link.verb, link.words, norm(0))
  }

  /// The person a sentence opens by naming, two or three capitalised words before a verb of the
  /// past ("Lena Berg presented the toolkit" → "Lena Berg"); not a body the rules know as an actor.
  func namedOpening() -> String? {
    guard tokens.count > 3, !["the", "a", "an", "this", "our", "we"].contains(norm(0)) else { return nil }
    var end = 0
    while end < min(tokens.count, 3), let first = tokens[end].text.first, first.isUppercase, !tokens[end].isAcronym,
      end == 0 || !gap(before: end).contains(where: { ",;:()".contains($0) })
    {
      end += 1
    }
    guard (2...3).contains(end), end < tokens.count, tokens[end].text.first?.isLowercase == true,
      norm(end).hasSuffix("ed") || Self.sayingVerbs.contains(norm(end)),
      !matches(within: 0..<end).contains(where: { $0.payload.category == .actor || $0.payload.category == .addressee })
    else { return nil }
    return String(text[tokens[0].range.lowerBound..<tokens[end - 1].range.upperBound])
  }

  /// The person a sentence opens by naming with a title ("Ms Achieng of the National Counter
  /// Terrorism Centre presented …" → "Ms Achieng"), and "she" or "he" where the title says which.
  func titledName() -> (name: String, pronoun: String?)? {
    guard tokens.count > 2, Self.personalTitles.contains(norm(0)), tokens[0].text.first?.isUppercase == true else { return nil }
    var end = 1
    while end < min(tokens.count, 4), tokens[end].text.first?.isUppercase == true, !gap(before: end).contains(where: { ",;:(".contains($0) }) {
      end += 1
    }
    guard end > 1 else { return nil }
    let name = String(text[tokens[0].range.lowerBound..<tokens[end - 1].range.upperBound])
    let title = norm(0)
    let pronoun: String? = ["ms", "mrs", "mme", "sra"].contains(title) ? "she" : ["mr", "m", "sr"].contains(title) ? "he" : nil
    return (name, pronoun)
  }

  /// Whom an imperative recommendation names outside a subject it lacks: "… — for national
  /// governments", "(for donors)", "Fund, with donors taking the lead, …", "Offer, as a duty of
  /// local authorities, …", "Ensure that, in every budget, governments ring-fence …".
  /// `lawMaker` is the actor that makes a country's laws, where the rules know one.
  func imperativeAddressee(lawMaker: String? = nil) -> Addressee? {
    guard tokens.count > 2 else { return nil }
    // A closing "— for X" or "(for X)".
    if let index = tokens.indices.last(where: { $0 > 0 && norm($0) == "for" }),
      gap(before: index).contains(where: { "\u{2014}\u{2013}-(".contains($0) })
    {
      let chain = addresseeChain(from: index + 1, limit: tokens.count)
      if !chain.actors.isEmpty { return chain }
    }
    // An aside between commas after the opening verb.
    if hasComma(before: 1), ["with", "as", "by", "through", "via", "led"].contains(norm(1)),
      let close = (2..<tokens.count).first(where: { hasComma(before: $0) })
    {
      var found = Addressee()
      for match in matches(within: 1..<close) where match.payload.category == .actor {
        if !found.actors.contains(match.payload.id) { found.actors.append(match.payload.id) }
        found.words.append(String(text[tokens[match.start].range.lowerBound..<tokens[match.end - 1].range.upperBound]))
      }
      if !found.actors.isEmpty { return found }
    }
    // "Ensure that X …", an aside between commas before X left out.
    if ["ensure", "guarantee"].contains(norm(0)), norm(1) == "that" {
      var start = 2
      if hasComma(before: 2), let close = (3..<tokens.count).first(where: { hasComma(before: $0) }) { start = close }
      let chain = leadingChain(from: start, limit: tokens.count)
      if !chain.actors.isEmpty { return chain }
    }
    // "Amend Article 4 of the Counter-Terrorism Act …", "Repeal the 2025 decree …": only a
    // government makes or changes a country's laws.
    if let lawMaker {
      let lawWords: Set<String> = ["law", "act", "decree", "legislation", "constitution", "code", "ordinance", "statute", "bill"]
      let law = (1..<min(tokens.count, 12)).first { lawWords.contains(norm($0)) && tokens[$0].text.first?.isUppercase == true || ["law", "decree", "legislation", "constitution", "statute"].contains(norm($0)) }
      if Self.legislativeVerbs.contains(norm(0)) || (Self.lawChangingVerbs.contains(norm(0)) && law != nil) {
        let end = law ?? 0
        return Addressee(actors: [lawMaker], words: [String(text[tokens[0].range.lowerBound..<tokens[end].range.upperBound])], end: end + 1)
      }
    }
    return nil
  }

  /// Verbs only a government or a parliament can carry out.
  static let legislativeVerbs: Set<String> = ["repeal", "ratify", "enact", "legislate", "decriminalise", "decriminalize", "promulgate", "accede"]
  /// Verbs that change a law when a law is their object: "Amend the Act", "Review the decree".
  static let lawChangingVerbs: Set<String> = ["amend", "review", "revise", "reform", "abolish", "withdraw", "suspend", "adopt", "pass"]

  /// Whether every word of `range` but "of", "the", "and" and the like opens with a capital.
  func isCapitalisedName(_ range: ClosedRange<Int>) -> Bool {
    range.allSatisfy { index in
      tokens[index].text.first?.isUppercase == true || ["of", "the", "and", "for", "on", "de", "du", "des", "la", "el"].contains(norm(index))
    }
  }

  /// The agent of a passive task: "a mapping … will be prepared by the Secretariat by 31 March"
  /// gives "Secretariat"; a date after "by" is not one ("will be circulated by 31 March").
  func passiveAgent() -> String? {
    for index in tokens.indices.dropLast(2) where ["be", "been", "being"].contains(norm(index)) {
      guard isParticiple(index + 1), norm(index + 2) == "by" else { continue }
      var first = index + 3
      if norm(first) == "the" { first += 1 }
      guard first < tokens.count else { continue }
      var end = first
      if let match = matchesStarting(at: first, in: [.actor, .addressee]).first {
        end = match.end
      } else {
        while end < tokens.count, end - first < 6, tokens[end].text.first?.isUppercase == true || tokens[end].isAcronym,
          end == first || !clauseBoundary(before: end)
        {
          end += 1
        }
      }
      guard end > first else { continue }
      let words = String(text[tokens[first].range.lowerBound..<tokens[end - 1].range.upperBound])
      guard !DueDateResolver.namesDate(in: "by " + words)
      else { continue }
      return words
    }
    return nil
  }

  /// The words at token `index` that join an owner (tokens `start..<index`) to its verb, and the
  /// verb's index.
  private func connector(at index: Int, from start: Int, requireKnownVerb: Bool) -> (words: String, verb: Int)? {
    let word = norm(index)
    // "Kofi also promised to bring …", "UNDP then agreed to host …": an adverb before the verb of
    // a commitment.
    if Self.commitmentAdverbs.contains(word), index + 2 < tokens.count, Self.commitmentVerbs.contains(norm(index + 1)),
      norm(index + 2) == "to"
    {
      return connector(at: index + 1, from: start, requireKnownVerb: requireKnownVerb)
    }
    func verb(at position: Int) -> Int? {
      guard position < tokens.count else { return nil }
      let verbWord = norm(position)
      return Self.pronounsAndOpeners.contains(verbWord) || ["be", "the"].contains(verbWord) ? nil : position
    }
    if word == "to" {
      // "The secretariat to kindly circulate …", "UNDP to urgently send …": an adverb before the verb.
      if index + 2 < tokens.count, norm(index + 1).hasSuffix("ly") || norm(index + 1) == "please",
        tokens[index + 1].text.first?.isLowercase == true, !matchesStarting(at: index + 2, in: [.verb]).isEmpty
      {
        return ("to", index + 2)
      }
      // "Information to workers", "the chat export to hosts": a plural noun, where a verb would
      // stand bare ("to discuss", "to focus" end in "s" all the same).
      let next = index + 1 < tokens.count ? tokens[index + 1].text.lowercased() : ""
      if next.hasSuffix("s"), !next.hasSuffix("ss"), !next.hasSuffix("us"), !next.hasSuffix("is") { return nil }
      let knownVerb = index + 1 < tokens.count && !matchesStarting(at: index + 1, in: [.verb]).isEmpty
      if requireKnownVerb { return knownVerb ? ("to", index + 1) : nil }
      // "takes the play to Lodwa village": a place's name after "to", no verb.
      if !knownVerb, index + 1 < tokens.count, tokens[index + 1].text.first?.isUppercase == true { return nil }
      return verb(at: index + 1).map { ("to", $0) }
    }
    // "UNDP will be in charge of the mapping", "IOM will be responsible for …".
    if word == "will" || word == "shall", norm(index + 1) == "be", index + 2 < tokens.count,
      ["in", "responsible", "tasked", "charged", "leading"].contains(norm(index + 2)),
      norm(index + 2) != "in" || norm(index + 3) == "charge"
    {
      return ("\(tokens[index].text) be", index + 2)
    }
    // "The secretariat will, if funds allow, host a webinar": the verb after the aside.
    if word == "will", index + 2 < tokens.count, gap(before: index + 1).contains(","),
      let close = (index + 2..<min(tokens.count, index + 9)).first(where: { gap(before: $0).contains(",") }),
      !requireKnownVerb || !matchesStarting(at: close, in: [.verb]).isEmpty
    {
      return verb(at: close).map { ("will", $0) }
    }
    // "UNDP will be hosting the webinar by 30 November": the future told with "-ing".
    if word == "will", norm(index + 1) == "be", index + 2 < tokens.count, isGerundOfTaskVerb(index + 2) {
      return ("will", index + 2)
    }
    if word == "will" { return verb(at: index + 1).map { ("will", $0) } }
    // "UNICEF is going to share …", "The Ministry plans to nominate …": a task taken on, told
    // another way.
    if ["is", "are"].contains(word), norm(index + 1) == "going", norm(index + 2) == "to", index + 3 < tokens.count,
      !matchesStarting(at: index + 3, in: [.verb]).isEmpty
    {
      return ("\(tokens[index].text) going to", index + 3)
    }
    if ["plans", "plan", "intends", "intend"].contains(word), norm(index + 1) == "to", index + 2 < tokens.count,
      tokens[index].text.first?.isLowercase == true, !matchesStarting(at: index + 2, in: [.verb]).isEmpty
    {
      return ("\(tokens[index].text) to", index + 2)
    }

    // "O secretariado vai enviar …": a future said with "vai" (Portuguese).
    if !requireKnownVerb, word == "vai" || word == "vão", index + 1 < tokens.count, tokens[index + 1].text.first?.isLowercase == true {
      return verb(at: index + 1).map { ("will", $0) }
    }
    // "Cami + Xio van a escribir …", "Renee quedó en mandarnos …": a future or a promise said in
    // Spanish, with the verb's infinitive.
    if !requireKnownVerb, index + 2 < tokens.count,
      (["va", "van", "vamos"].contains(word) && norm(index + 1) == "a") || (["quedó", "quedaron", "quedamos"].contains(word) && norm(index + 1) == "en"),
      Self.isSpanishInfinitive(String(tokens[index + 2].text))
    {
      return ("will", index + 2)
    }
    // "o conselheiro Genivaldo Moura comprometeu-se a trazer …", "a Secretaria … ficou
    // responsável por incluir …": a promise or a charge recorded in Portuguese, whatever the verb.
    if ["comprometeu", "comprometeram", "compromete", "comprometem"].contains(word), norm(index + 1) == "se", norm(index + 2) == "a",
      index + 3 < tokens.count
    {
      return ("committed to", index + 3)
    }
    // "Verkefnastjóra forvarna falið að boða til fyrsta fundar": a task given, in Icelandic minutes.
    if word == "falið", norm(index + 1) == "að", index + 2 < tokens.count {
      return ("was tasked to", index + 2)
    }
    if ["ficou", "ficaram", "fica", "ficam"].contains(word), ["responsável", "responsáveis", "encarregado", "encarregada"].contains(norm(index + 1)),
      ["por", "de"].contains(norm(index + 2)), index + 3 < tokens.count
    {
      return ("took responsibility for", index + 3)
    }
    // "Komandir Lipovača je preuzeo obavezu da …", "g. Ivković je rekao da će do petka …": an
    // undertaking recorded in Bosnian, Croatian or Serbian; "Durić će pokrenuti …": its future.
    if word == "je", ["preuzeo", "preuzela", "preuzeli"].contains(norm(index + 1)), ["obavezu", "obavezu", "obvezu"].contains(norm(index + 2)),
      norm(index + 3) == "da", index + 4 < tokens.count
    {
      return ("undertook to", index + 4)
    }
    if word == "je", ["rekao", "rekla", "izjavio", "izjavila", "obećao", "obećala"].contains(norm(index + 1)), norm(index + 2) == "da",
      norm(index + 3) == "će", index + 4 < tokens.count
    {
      return ("will", index + 4)
    }
    if !requireKnownVerb, word == "će", index + 1 < tokens.count, tokens[index + 1].text.first?.isLowercase == true {
      return ("will", index + 1)
    }
    // "Dna Ilinca Sârbu s-a angajat să trimită …", "s-au angajat să": a promise recorded in
    // Romanian, a task whatever the verb; "Dna Rusu va convoca …": a future said with "va".
    if word == "s", ["a", "au"].contains(norm(index + 1)), gap(before: index + 1) == "-",
      ["angajat", "angajată", "angajați", "angajate", "obligat", "obligată"].contains(norm(index + 2)),
      norm(index + 3) == "să", index + 4 < tokens.count, tokens[index + 4].text.first?.isLowercase == true
    {
      return ("committed to", index + 4)
    }
    if !requireKnownVerb, word == "va" || word == "vor", index + 1 < tokens.count, norm(index + 1) != "a",
      tokens[index + 1].text.first?.isLowercase == true, Self.isRomanianInfinitive(String(tokens[index + 1].text))
    {
      return ("will", index + 1)
    }
    // "L'ing. Contini si impegna a completare …", "si impegnano a": a promise said in Italian, a
    // task whatever the verb.
    if word == "si", ["impegna", "impegnano"].contains(norm(index + 1)), norm(index + 2) == "a", index + 3 < tokens.count,
      tokens[index + 3].text.first?.isLowercase == true
    {
      return ("commits to", index + 3)
    }
    // "Sra. López enviará el acta …", "Mme Diallo enverra …": a future says "will" by its ending.
    if !requireKnownVerb, Self.isFutureTense(tokens[index].text) { return ("will", index) }
    // "Rina must finish the notes", "Rina must to finish …" as a writer new to English puts it.
    if word == "must", !requireKnownVerb {
      return verb(at: norm(index + 1) == "to" ? index + 2 : index + 1).map { ("must", $0) }
    }
    // "The Committee agreed to hold a further session …": a commitment, with one of the verbs
    // that make tasks.
    // "Ms Jeptoo committed to tabling the report …": a commitment to a task in its "-ing" form.
    if requireKnownVerb, Self.commitmentVerbs.contains(word), norm(index + 1) == "to", index + 2 < tokens.count,
      !matchesStarting(at: index + 2, in: [.verb]).isEmpty || (word.hasPrefix("commit") && isGerundOfTaskVerb(index + 2))
    {
      return ("\(tokens[index].text) to", index + 2)
    }
    // "Mrs. Ben Youssef took the responsibility to prepare …", "UNDP took responsibility for
    // drafting …": a task taken on.
    if ["took", "takes", "take"].contains(word), index + 3 < tokens.count {
      var position = index + 1
      // "Malik Abdul Wahid took upon himself to return …", "She took it upon herself to bring …".
      if norm(position) == "it" { position += 1 }
      if ["upon", "on"].contains(norm(position)), position + 3 < tokens.count,
        ["himself", "herself", "themselves", "itself", "ourselves", "myself"].contains(norm(position + 1)), norm(position + 2) == "to",
        tokens[position + 3].text.first?.isLowercase == true, verb(at: position + 3) != nil
      {
        return ("\(tokens[index].text) upon \(tokens[position + 1].text) to", position + 3)
      }
      if norm(position) == "the" { position += 1 }
      // The words themselves say a task was taken on: any verb after them ("to carry the demands").
      if norm(position) == "responsibility", ["to", "for"].contains(norm(position + 1)), position + 2 < tokens.count,
        tokens[position + 2].text.first?.isLowercase == true, verb(at: position + 2) != nil,
        norm(position + 1) == "to" || norm(position + 2).hasSuffix("ing")
      {
        return ("\(tokens[index].text) responsibility \(tokens[position + 1].text)", position + 2)
      }
    }
    // "UNDP has agreed to draft …", "The Institute has kindly offered to draft …": a commitment in
    // the present perfect, as taken on at the meeting.
    if word == "has" || word == "have", index + 3 < tokens.count {
      var position = index + 1
      if norm(position).hasSuffix("ly"), tokens[position].text.first?.isLowercase == true { position += 1 }
      if Self.commitmentVerbs.contains(norm(position)), norm(position + 1) == "to", position + 2 < tokens.count,
        !requireKnownVerb || !matchesStarting(at: position + 2, in: [.verb]).isEmpty, verb(at: position + 2) != nil
      {
        return ("\(tokens[index].text) \(tokens[position].text) to", position + 2)
      }
    }
    // Notes told in the past perfect: "The Chair had undertaken to brief …", "The Ministry had
    // committed itself to publishing …", "The rapporteur had been tasked with preparing …".
    if backshifted, word == "had", index + 3 < tokens.count {
      var position = index + 1
      if norm(position) == "been", ["tasked", "charged"].contains(norm(position + 1)), norm(position + 2) == "with",
        position + 3 < tokens.count, isGerundOfTaskVerb(position + 3)
      {
        return ("had been \(tokens[position + 1].text) with", position + 3)
      }
      let taken = norm(position)
      guard Self.commitmentVerbs.contains(taken) || taken == "undertaken" else { return nil }
      position += 1
      if ["itself", "themselves", "himself", "herself"].contains(norm(position)) { position += 1 }
      if norm(position) == "to", position + 1 < tokens.count,
        !matchesStarting(at: position + 1, in: [.verb]).isEmpty || isGerundOfTaskVerb(position + 1)
      {
        return ("had \(tokens[index + 1].text) to", position + 1)
      }
      return nil
    }
    // "Panellists are to send …", "The Secretariat is to circulate …": a task given to a role or a
    // name, with one of the verbs that make tasks.
    if requireKnownVerb, ["is", "are"].contains(word), norm(index + 1) == "to", index + 2 < tokens.count,
      !matchesStarting(at: index + 2, in: [.verb]).isEmpty, index > start,
      tokens[start].text.first?.isUppercase == true || Extractor.ownerRoles.contains(norm(index - 1))
    {
      return ("\(tokens[index].text) to", index + 2)
    }
    // "The Secretariat was asked to circulate …": a task given, with one of the verbs that make tasks.
    if requireKnownVerb, ["is", "are", "was", "were"].contains(word), Self.assignmentVerbs.contains(norm(index + 1)),
      norm(index + 2) == "to", index + 3 < tokens.count, !matchesStarting(at: index + 3, in: [.verb]).isEmpty
    {
      return ("\(tokens[index].text) \(tokens[index + 1].text) to", index + 3)
    }
    // "The board is given the mandate to apply …", "The secretariat was given the task to draft …".
    if ["is", "are", "was", "were"].contains(word), norm(index + 1) == "given", ["the", "a"].contains(norm(index + 2)),
      ["mandate", "task", "responsibility", "job"].contains(norm(index + 3)), norm(index + 4) == "to",
      index + 5 < tokens.count, tokens[index + 5].text.first?.isLowercase == true
    {
      return verb(at: index + 5).map { ((index...(index + 4)).map { String(tokens[$0].text) }.joined(separator: " "), $0) }
    }
    guard !requireKnownVerb else { return nil }
    // "Polar Components pledged a five-year warranty …": a pledge of a thing.
    if ["pledged", "pledges", "committed", "commits", "promized", "promizes"].contains(word), index + 1 < tokens.count,
      ["a", "an", "the", "its", "their"].contains(norm(index + 1)) || tokens[index + 1].text.first?.isNumber == true
    {
      return (String(tokens[index].text), index)
    }
    // "Fundación Palabra Libre is responsible to prepare …", "IOM is in charge of drafting …".
    if ["is", "are"].contains(word), ["responsible", "tasked", "charged"].contains(norm(index + 1)) || (norm(index + 1) == "in" && norm(index + 2) == "charge"),
      case let link = norm(index + 1) == "in" ? index + 3 : index + 2, ["to", "for", "of", "with"].contains(norm(link))
    {
      return verb(at: link + 1).map { ("\(tokens[index].text) \(tokens[index + 1].text)", $0) }
    }
    // "The Secretariat is to circulate", "UNDP agreed to convene", "UNDP was asked to host".
    if ["is", "are"].contains(word), norm(index + 1) == "to" {
      return verb(at: index + 2).map { ("\(tokens[index].text) to", $0) }
    }
    if Self.commitmentVerbs.contains(word), norm(index + 1) == "to" {
      return verb(at: index + 2).map { ("\(tokens[index].text) to", $0) }
    }
    if ["is", "are", "was", "were"].contains(word), Self.assignmentVerbs.contains(norm(index + 1)), norm(index + 2) == "to" {
      return verb(at: index + 3).map { ("\(tokens[index].text) \(tokens[index + 1].text) to", $0) }
    }
    // "Secretariat circulate notes": a name in capitals, then one of the owner-to verbs, standing
    // alone ("Online follow-up" is a noun).
    if index - start <= 4, tokens[index].text.first?.isLowercase == true, !matchesStarting(at: index, in: [.verb]).isEmpty,
      !Self.askingVerbs.contains(word),
      index + 1 < tokens.count, !Self.notAfterBareVerb.contains(norm(index + 1)),
      gap(before: index).allSatisfy(\.isWhitespace), gap(before: index + 1).allSatisfy(\.isWhitespace),
      (start..<index).allSatisfy({ tokens[$0].text.first?.isUppercase == true || tokens[$0].isAcronym }),
      // "The Institute's research team will …": a noun follows a possessive, not a verb.
      !tokens[index - 1].text.hasSuffix("'s"), !tokens[index - 1].text.hasSuffix("\u{2019}s"),
      // "The host government will …": an article alone is no one.
      (start..<index).contains(where: { !["the", "a", "an", "this", "our", "its", "their"].contains(norm($0)) })
    {
      return ("", index)
    }
    return nil
  }

  /// An aside at token `index` between an owner and its verb: a bracket ("Okafor (UN Women)"),
  /// kept with the owner, or words between commas that open with "with", "supported by" …,
  /// left out. Where the owner's text ends and the token after the aside.
  private func aside(at index: Int) -> (upper: String.Index, next: Int)? {
    let opening = gap(before: index)
    // "the Secretariat, in cooperation with the World Health Organization and the …, to develop":
    // a partnership aside may name bodies at length.
    // "a Secretaria …, por meio da conselheira Rosimeire Paixão de Araújo, ficou responsável": the
    // person through whom a body acts, named at length.
    let partnership = ["cooperation", "consultation", "collaboration", "partnership", "coordination"].contains(norm(index + 1))
      || (norm(index) == "por" && norm(index + 1) == "meio")
    let limit = min(tokens.count, index + (partnership ? 24 : 8))
    if opening.allSatisfy({ $0 == "(" || $0.isWhitespace }), opening.utf8.contains(UInt8(ascii: "(")) {
      // A bracket closes what it holds, however many words: "Kessa FM (the station manager, Dan
      // Otieno, was in the square) agreed to …".
      guard let close = (index + 1..<min(tokens.count, index + 16)).first(where: { gap(before: $0).utf8.contains(UInt8(ascii: ")")) }),
        gap(before: close).allSatisfy({ $0 == ")" || $0.isWhitespace || "\"\u{201D}\u{201C}'\u{2019}".contains($0) }),
        let bracket = gap(before: close).firstIndex(of: ")")
      else { return nil }
      return (text.index(after: bracket), close)
    }
    if opening.allSatisfy({ $0 == "," || $0.isWhitespace }), Self.asideOpeners.contains(norm(index)) {
      guard let close = (index + 1..<limit).first(where: { hasComma(before: $0) }),
        gap(before: close).allSatisfy({ $0 == "," || $0.isWhitespace })
      else { return nil }
      return (tokens[index - 1].range.upperBound, close)
    }
    // "Inspector Peter Mwangi, the OCS Kadzonzo, promised to …": the office the person holds,
    // between commas, is no part of the name.
    if opening.allSatisfy({ $0 == "," || $0.isWhitespace }), opening.utf8.contains(UInt8(ascii: ",")),
      ["the", "a", "an"].contains(norm(index)), index > 0, tokens[index - 1].text.first?.isUppercase == true
    {
      guard let close = (index + 1..<limit).first(where: { hasComma(before: $0) }),
        gap(before: close).allSatisfy({ $0 == "," || $0.isWhitespace }),
        (index + 1..<close).contains(where: { tokens[$0].text.first?.isUppercase == true })
      else { return nil }
      return (tokens[index - 1].range.upperBound, close)
    }
    // "Ministry of Interior, Department of Prevention, to circulate …", "Jane Smith, UNOCT, to
    // send …": a unit or an affiliation between commas, written as a name, stays with the owner.
    if opening.allSatisfy({ $0 == "," || $0.isWhitespace }), opening.utf8.contains(UInt8(ascii: ",")),
      tokens[index].text.first?.isUppercase == true
    {
      guard let close = (index + 1..<limit).first(where: { hasComma(before: $0) }),
        gap(before: close).allSatisfy({ $0 == "," || $0.isWhitespace }), isCapitalisedName(index...(close - 1))
      else { return nil }
      return (tokens[close - 1].range.upperBound, close)
    }
    return nil
  }

  /// Whether the words `start...last` are an order rather than a name: a verb opening them,
  /// alone or before a word in small letters ("Remember", "Send the report"), unless they end
  /// in someone ("Host government", "Lead agency").
  func opensImperative(_ start: Int, last: Int) -> Bool {
    guard !tokens[start].isAcronym,
      Self.imperativeOpeners.contains(norm(start)) || !matchesStarting(at: start, in: [.verb]).isEmpty
    else { return false }
    if last == start { return true }
    guard tokens[start + 1].text.first?.isLowercase == true else { return false }
    return !matches(endingAt: last + 1).contains { $0.payload.category == .actor || $0.payload.category == .addressee }
  }

  /// Verbs by which minutes record that someone took something on: "The meeting agreed that the
  /// Secretariat would circulate …", "UNDP indicated that UNDP would prepare …".
  /// An undertaking reported after a verb of speech: "… said she will meet its former members
  /// …" (the speaker's own: `pronoun`), "… said UNDP will cover the cost … by March" (UNDP's);
  /// the owner (`nil` for a pronoun) and the verb.
  func saidCommitment() -> (owner: String?, verbIndex: Int, speaker: String?)? {
    for verb in tokens.indices where Self.reportingSpeech.contains(norm(verb)) && verb > 0 && verb + 3 < tokens.count {
      let saying = verb
      var start = verb + 1
      if norm(start) == "that" { start += 1 }
      // "… said \"the city will appoint …\"": words quoted, not an undertaking reported.
      guard start + 2 < tokens.count, !gap(before: start).contains(where: { "\"\u{201C}\u{2018}'".contains($0) }) else { continue }
      // "he'll", "she'd": the pronoun and its "will" in one word.
      let word = norm(start)
      let contracted = Self.contractedPronouns.contains(word) || ["we'll", "we'd"].contains(word)
      let pronoun = contracted ? String(word.prefix { $0 != "'" }) : word
      // "He said they will look at it": another's undertaking, told.
      if ["she", "he", "they"].contains(norm(0)), ["she", "he", "they", "we"].contains(pronoun), pronoun != norm(0) { continue }
      let verb = contracted ? start + 1 : start + 2
      if ["she", "he", "they", "we"].contains(pronoun), contracted || ["will", "would"].contains(norm(start + 1)),
        !matchesStarting(at: verb, in: [.verb]).isEmpty || undertakes(at: verb)
      {
        return (nil, verb, speaker(before: saying))
      }
      // "The DC said his office will convene …": the speaker's own office, named by whose it is.
      if ["his", "her", "their", "its"].contains(norm(start)), Self.ownOffices.contains(norm(start + 1)),
        start + 3 < tokens.count, ["will", "would"].contains(norm(start + 2)),
        !matchesStarting(at: start + 3, in: [.verb]).isEmpty || undertakes(at: start + 3)
      {
        return ("\(tokens[start].text) \(tokens[start + 1].text)", start + 3, speaker(before: saying))
      }
      if let found = ownerPhrase(from: start, requireKnownVerb: true), found.connector == "will" {
        return (found.owner, found.verbIndex, speaker(before: saying))
      }
    }
    return nil
  }

  /// The one who speaks, named just before the verb of speech in the middle of a sentence: "…
  /// and after a lot of people had had their say the Sergeant said she would …" → "Sergeant",
  /// "… on the underpass, PCSO Dimitri said …" → "PCSO Dimitri"; `nil` where no capitalised
  /// name or role in small letters stands there.
  func speaker(before saying: Int) -> String? {
    var start = saying
    while start > 0, start > saying - 5, !gap(before: start).contains(where: { ",;:()—–\"".contains($0) }),
      tokens[start - 1].text.first?.isUppercase == true
    {
      start -= 1
    }
    if start == saying {
      // "… the chair said she would …": a role in small letters after "the".
      guard saying >= 2, norm(saying - 2) == "the", Extractor.ownerRoles.contains(norm(saying - 1)),
        !gap(before: saying - 1).contains(where: { ",;:".contains($0) })
      else { return nil }
      return String(tokens[saying - 1].text)
    }
    // The sentence's own first word ("Then Mrs Abara said …") is no name.
    if start == 0, Self.pronounsAndOpeners.contains(norm(0)) { start += 1 }
    guard start < saying else { return nil }
    return cleanOwner(String(text[tokens[start].range.lowerBound..<tokens[saying - 1].range.upperBound]))
  }

  /// What a speaker calls their own in "said her office will …": an office, not a person.
  static let ownOffices: Set<String> = [
    "office", "ministry", "department", "team", "unit", "agency", "organisation", "organization", "directorate", "secretariat",
    "staff", "service", "services", "bureau", "administration",
  ]

  static let reportingSpeech: Set<String> = ["said", "confirmed", "announced", "added", "stated", "explained", "indicated"]

  /// The name a sentence opens with, before its first word in small letters: "The UNDP Resident
  /// Representative, speaking …" → "UNDP Resident Representative", "The Deputy Minister admitted …"
  /// → "Deputy Minister".
  func openingName() -> String? {
    var start = 0
    if norm(0) == "the" { start = 1 }
    var end = start
    while end < min(tokens.count, start + 6), tokens[end].text.first?.isUppercase == true,
      end == start || !gap(before: end).contains(where: { ",;:(".contains($0) })
    {
      end += 1
    }
    // "He said he would …": a pronoun names no one.
    guard end > start, end < tokens.count, end - start > 1 || !Self.pronounsAndOpeners.contains(norm(start)) else { return nil }
    return String(text[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
  }

  /// A task given by direction: "The Chair … directed the DCs of Khanpur and Sialgarh to notify
  /// …", "instructed the secretariat to circulate …"; its owner and verb.
  /// A promise that something will be done, its doer the one who promised: "Deputy Minister Keld
  /// promised that the guidelines would be published … by the end of June" → "Deputy Minister
  /// Keld" and the participle.
  func promisedPassive() -> (owner: String, verbIndex: Int)? {
    guard let verb = (1..<min(tokens.count, 7)).first(where: { ["promised", "pledged", "undertook", "assured"].contains(tokens[$0].text.lowercased()) }),
      // "assured participants that …": whom the promise was made to, before "that".
      let that = (verb + 1..<min(tokens.count, verb + 4)).first(where: { norm($0) == "that" }),
      that == verb + 1 || tokens[verb].text.lowercased() == "assured",
      !["nobody", "no", "none", "noone", "no-one", "neither"].contains(norm(0)),
      (0..<verb).allSatisfy({ tokens[$0].text.first?.isUppercase == true || ["of", "the", "and"].contains(norm($0)) }),
      !(1...verb).contains(where: { gap(before: $0).contains(where: { ",;:()".contains($0) }) }),
      !Self.pronounsAndOpeners.contains(norm(0)) || norm(0) == "the",
      let be = (that + 2..<min(tokens.count - 1, that + 12)).first(where: { ["would", "will"].contains(norm($0 - 1)) && norm($0) == "be" }),
      isParticiple(be + 1)
    else { return nil }
    let owner = cleanOwner(String(text[tokens[0].range.lowerBound..<tokens[verb - 1].range.upperBound]))
    return owner.isEmpty ? nil : (owner, be + 1)
  }

  func directedTask() -> (owner: String, verbIndex: Int)? {
    // "I direct the Committee … to report": the chair's own direction.
    func firstPersonDirection(_ verb: Int) -> Bool {
      ["direct", "instruct"].contains(norm(verb)) && verb > 0
        && (["i", "we"].contains(norm(verb - 1)) || (verb > 1 && ["i", "we"].contains(norm(verb - 2)) && ["also", "hereby", "now"].contains(norm(verb - 1))))
    }
    for verb in tokens.indices where (Self.directingVerbs.contains(norm(verb)) || firstPersonDirection(verb)) && verb + 3 < tokens.count {
      guard !isNegated(before: verb), !(verb > 0 && ["was", "were", "is", "are", "been", "be"].contains(norm(verb - 1))) else { continue }
      var start = verb + 1
      while start < tokens.count, ["the", "its", "their"].contains(norm(start)) { start += 1 }
      guard start + 1 < tokens.count,
        let to = (start + 1..<min(tokens.count - 1, start + 10)).first(where: { norm($0) == "to" }),
        !matchesStarting(at: to + 1, in: [.verb]).isEmpty,
        !(start + 1...to).contains(where: { gap(before: $0).contains(where: { ",;:()".contains($0) }) })
      else { continue }
      let owner = String(text[tokens[start].range.lowerBound..<tokens[to - 1].range.upperBound])
      return (owner, to + 1)
    }
    return nil
  }

  /// A task the meeting asks of someone: "The annual meeting asks the board to work for …", "The
  /// meeting asked the secretariat to circulate …"; its owner, verb, and whether the verb is one of
  /// those that make tasks. Not a request turned down or reported as denied.
  func askedTask(verbs: Set<String> = askingTaskVerbs) -> (owner: String, verbIndex: Int, knownVerb: Bool, byMeeting: Bool)? {
    for verb in tokens.indices where verbs.contains(norm(verb)) && verb + 3 < tokens.count {
      guard !isNegated(before: verb), !(verb > 0 && ["was", "were", "is", "are", "been", "be"].contains(norm(verb - 1))) else { continue }
      var start = verb + 1
      while start < tokens.count, ["the", "its", "their", "our"].contains(norm(start)) { start += 1 }
      guard start + 1 < tokens.count,
        let to = (start + 1..<min(tokens.count - 1, start + 6)).first(where: { norm($0) == "to" }),
        tokens[to + 1].text.first?.isLowercase == true, !Self.pronounsAndOpeners.contains(norm(to + 1)), norm(to + 1) != "be",
        !(start + 1...to).contains(where: { gap(before: $0).contains(where: { ",;:()".contains($0) }) })
      else { continue }
      let owner = String(text[tokens[start].range.lowerBound..<tokens[to - 1].range.upperBound])
      let byMeeting = verb > 0 && Self.meetingSubjects.contains(norm(verb - 1))
      return (owner, to + 1, !matchesStarting(at: to + 1, in: [.verb]).isEmpty, byMeeting)
    }
    return nil
  }

  /// Words by which a meeting names itself as the one asking ("The meeting asked …", "Participants
  /// requested …"), folded.
  static let meetingSubjects: Set<String> = [
    "meeting", "participant", "plenary", "assembly", "session", "conference", "workshop", "group", "we", "member", "room",
    "forum", "roundtable", "consultation", "attendee",
  ]
  /// Verbs by which a meeting asks a task of someone, folded as tokens give them ("asks" → "ask").
  static let askingTaskVerbs: Set<String> = ["asked", "ask", "requested", "request"]

  /// An obligation laid on a body by name: "FURTHER RESOLVED that the Secretariat shall prepare
  /// …", "The Risk Committee shall review …", "Ministry of Interior (Department for Prevention)
  /// shall to send …"; its owner (a remark in brackets left out) and verb. Not in quoted words.
  func obligedTask() -> (owner: String, verbIndex: Int)? {
    guard let shall = tokens.indices.first(where: { norm($0) == "shall" }), shall > 0 else { return nil }
    let verb = norm(shall + 1) == "to" ? shall + 2 : shall + 1
    guard verb < tokens.count, !matchesStarting(at: verb, in: [.verb]).isEmpty else { return nil }
    var start = (0..<shall).last(where: { norm($0) == "that" }).map { $0 + 1 } ?? 0
    if start < shall, norm(start) == "the" { start += 1 }
    guard start < shall, shall - start <= 8 else { return nil }
    let before = text[..<tokens[shall].range.lowerBound]
    guard !before.contains(where: { "\"\u{201C}\u{201D}\u{00AB}".contains($0) }) else { return nil }
    var owner = ""
    var depth = 0
    for character in text[tokens[start].range.lowerBound..<tokens[shall - 1].range.upperBound] {
      if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { owner.append(character) }
    }
    owner = owner.trimmingBlanks
    while owner.contains("  ") { owner = owner.replacingOccurrences(of: "  ", with: " ") }
    // "The convening organisations, CCSC and WDN, shall publish …": the names set off after the
    // description.
    let parts = owner.split(separator: ",", omittingEmptySubsequences: true).map { $0.trimmingBlanks }
    if parts.count == 2, case let named = parts[1], !named.isEmpty,
      named.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["and", "&", "+"].contains($0) })
    {
      owner = named
    }
    guard !owner.isEmpty, !owner.contains(where: { ",;:".contains($0) }) else { return nil }
    return (owner, verb)
  }

  static let directingVerbs: Set<String> = ["directed", "instructed", "tasked", "mandated", "charged", "directs", "instructs"]

  /// Whether the words before "that" report an undertaking: "agreed that", "informed the meeting
  /// that", "assured participants that".
  func reportsCommitment(before that: Int) -> Bool {
    if Self.reportedCommitmentVerbs.contains(norm(that - 1)) { return true }
    // A summary record: "Mr. Arrowood said that the Secretariat would circulate the text by
    // Friday": what a speaker says someone will do, when a date may be given.
    if norm(that - 1) == "said", Extractor.mayGiveDate(text) { return true }
    // Minutes: "Noted that the Chairman would brief the Council …", "It was noted that …" (not
    // "The Chair noted that the outcome will feed into …", a remark).
    if norm(that - 1) == "noted" { return that == 1 || (that >= 2 && norm(that - 2) == "was") }
    // A few words in small letters between: "informed the meeting that", "committed on the record
    // that Kastoria will …".
    return (2...4).contains { back in
      that - back >= 0
        && (["committed", "undertook", "pledged", "promized"].contains(norm(that - back))
          || (back <= 3 && ["informed", "told", "assured", "notified"].contains(norm(that - back))))
        && (that - back + 1..<that).allSatisfy { tokens[$0].text.first?.isLowercase == true }
    }
  }

  /// A task taken on in a sentence's second clause by its subject: "The Lesmaran side informed
  /// the Working Group that the hotline received 41 calls, and undertook to send the call log next
  /// week". The subject is the words before the first verb, a name or a noun phrase opening in
  /// capitals; the second clause opens "and undertook / agreed / committed / offered … to VERB".
  func coordinatedCommitment() -> (owner: String, verbIndex: Int)? {
    let takers: Set<String> = ["undertook", "agreed", "committed", "offered", "promised", "pledged", "volunteered"]
    guard tokens.count > 6, tokens[0].text.first?.isUppercase == true,
      !Self.pronounsAndOpeners.contains(norm(0)) || norm(0) == "the",
      let and = (3..<(tokens.count - 3)).first(where: {
        norm($0) == "and" && takers.contains(norm($0 + 1)) && norm($0 + 2) == "to" && hasComma(before: $0)
      }),
      !matchesStarting(at: and + 3, in: [.verb]).isEmpty, !isNegated(before: and + 1),
      // The subject's words run to its verb, a past tense in small letters, with no break inside.
      let verb = (1..<min(and, 9)).first(where: {
        let word = tokens[$0].text
        return word.first?.isLowercase == true && (word.hasSuffix("ed") || ["told", "said", "gave", "spoke", "made"].contains(word))
      }),
      !(1..<verb).contains(where: { gap(before: $0).contains(where: { ",;:()".contains($0) }) }),
      !takers.contains(norm(verb))
    else { return nil }
    let owner = cleanOwner(String(text[tokens[0].range.lowerBound..<tokens[verb - 1].range.upperBound]))
    guard !owner.isEmpty else { return nil }
    return (owner, and + 3)
  }

  static let reportedCommitmentVerbs: Set<String> = Set([
    "agreed", "decided", "indicated", "confirmed", "undertook", "offered", "announced", "committed", "pledged",
    "promised", "volunteered", "resolved",
  ].map(Tokenizer.normalize))

  /// The owner and verb of a commitment recorded in reported speech: "… agreed that X would VERB",
  /// "… assured the house that X will VERB", the verb one of the owner-to cue's. A pronoun ("…
  /// that it would …") names no one.
  func reportedCommitment() -> (owner: String, verbIndex: Int)? {
    if let found = resolvedTask() { return found }
    for that in tokens.indices where that > 0 && norm(that) == "that" && reportsCommitment(before: that) {
      if let found = commitment(reportedAt: that - 1, ownerStart: that + 1) { return found }
    }
    return nil
  }

  static let contractedPronouns: Set<String> = ["she'd", "he'd", "they'd", "she'll", "he'll", "they'll", "it'll"]

  /// The owner and verb of a commitment whose owner opens at `ownerStart`, after the verb at
  /// `reportedAt` that reports it ("agreed", "said") and any "that" between.
  private func commitment(reportedAt verb: Int, ownerStart: Int) -> (owner: String, verbIndex: Int)? {
    // "The Ministry of Interior agreed that it would circulate …": the pronoun stands for the
    // one who agreed, named before the verb.
    // "RK said on the spot she'd find out why by Wednesday": a contracted "would" or "will".
    let pronoun = ownerStart < tokens.count ? tokens[ownerStart].text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") : ""
    let taskVerb = ["it", "they", "he", "she"].contains(pronoun) && ownerStart + 1 < tokens.count && ["would", "will"].contains(norm(ownerStart + 1))
      ? ownerStart + 2 : Self.contractedPronouns.contains(pronoun) ? ownerStart + 1 : nil
    if verb >= 1, let taskVerb, taskVerb < tokens.count, !matchesStarting(at: taskVerb, in: [.verb]).isEmpty,
      Self.reportedCommitmentVerbs.contains(norm(verb)) || (norm(verb) == "said" && DueDateResolver.namesAnyDate(in: text)),
      verb <= 8, !isNegated(before: verb),
      tokens[0].text.first?.isUppercase == true, !Self.pronounsAndOpeners.contains(norm(0)) || norm(0) == "the",
      !(1...verb).contains(where: { gap(before: $0).contains(where: { ",;:()".contains($0) }) })
    {
      let owner = cleanOwner(String(text[tokens[0].range.lowerBound..<tokens[verb - 1].range.upperBound]))
      // "Participants agreed that they would meet again": the room, no one's task.
      let room = ["participants", "the participants", "the meeting", "the group", "all", "everyone", "members", "we"]
      if !owner.isEmpty, !room.contains(owner.lowercased()) { return (owner, taskVerb) }
    }
    // "… that her Government would host …": a body named by whose it is.
    let possessive = ["her", "his", "its", "their"].contains(norm(ownerStart)) && tokens.indices.contains(ownerStart + 1)
      && tokens[ownerStart + 1].text.first?.isUppercase == true
    guard ownerStart < tokens.count, !Self.pronounsAndOpeners.contains(norm(ownerStart)) || ["the", "a", "an"].contains(norm(ownerStart)) || possessive,
      let would = (ownerStart + 1..<min(tokens.count, ownerStart + 17)).first(where: { norm($0) == "would" || norm($0) == "will" }),
      would + 1 < tokens.count, !matchesStarting(at: would + 1, in: [.verb]).isEmpty,
      // "… the 2022 Roundtable, at which participants had agreed that …": an earlier meeting's.
      !isNegated(before: verb), !isPastPerfect(at: verb)
    else { return nil }
    // The owner's words run up to "would", with no clause break inside them, bar an aside that
    // describes them ("a small drafting group, whose members were still to be named, would …").
    var ownerEnd = would - 1
    if let comma = (ownerStart + 1..<would).first(where: { gap(before: $0).contains(",") }) {
      guard ["whose", "who", "which", "with", "including"].contains(norm(comma)), gap(before: would).contains(",") else { return nil }
      ownerEnd = comma - 1
    }
    guard ownerEnd >= ownerStart,
      !(ownerStart + 1..<max(ownerStart + 1, ownerEnd + 1)).contains(where: { gap(before: $0).contains(where: { ",;:".contains($0) }) })
    else { return nil }
    let owner = cleanOwner(String(text[tokens[ownerStart].range.lowerBound..<tokens[ownerEnd].range.upperBound]))
    guard !owner.isEmpty else { return nil }
    return (owner, would + 1)
  }

  /// A resolution's task in the subjunctive: "(RESOLVED:) that the Chair write to the National
  /// Coordinator …", "It was resolved that the Treasurer open …": the named owner, then the verb
  /// in its bare form ("that this Council calls on …" is a motion's advice, not a task).
  func resolvedTask() -> (owner: String, verbIndex: Int)? {
    // "5.4 RESOLVED (BT/2034/14): That …": a resolution's number before "that".
    guard let that = (0..<min(tokens.count, 8)).first(where: { norm($0) == "that" }),
      that == 0 || ["resolved", "decided", "agreed", "ordered", "directed"].contains(norm(that - 1))
        || (tokens[that].text == "That" && (0..<that).contains(where: { tokens[$0].text == "RESOLVED" })),
      that == 0 || !isNegated(before: that - 1)
    else { return nil }
    if let found = resolvedTask(after: that) { return found }
    // "That the Strategy be adopted …, and that the Chief Executive publish it by 31 July": the
    // resolution's later clause.
    for later in tokens.indices.dropFirst(that + 2) where norm(later) == "that" && norm(later - 1) == "and" {
      if let found = resolvedTask(after: later) { return found }
    }
    return nil
  }

  private func resolvedTask(after that: Int) -> (owner: String, verbIndex: Int)? {
    var index = that + 1
    if index < tokens.count, norm(index) == "the" { index += 1 }
    let start = index
    // "That the Treasurer and the Head of Grants review …": two holders of office.
    while index < tokens.count, tokens[index].text.first?.isUppercase == true || (index > start && ["of", "for", "and"].contains(norm(index)))
      || (index > start && norm(index) == "the" && norm(index - 1) == "and")
    {
      index += 1
    }
    guard index > start, index < tokens.count, index - start <= 7, tokens[index].text.first?.isLowercase == true,
      !tokens[index].text.hasSuffix("s") || tokens[index].text.hasSuffix("ss"),
      !matchesStarting(at: index, in: [.verb]).isEmpty,
      !(start..<index).contains(where: { gap(before: $0).contains(where: { ",;:".contains($0) }) }),
      norm(start) != "this",
      // "that Member States consider …": advice to a kind of actor, not one body's task.
      !matches(within: start..<index).contains(where: {
        $0.payload.category == .actor && $0.start == start && $0.end == index && tokens[index - 1].text.hasSuffix("s")
      })
    else { return nil }
    let owner = cleanOwner(String(text[tokens[start].range.lowerBound..<tokens[index - 1].range.upperBound]))
    return owner.isEmpty ? nil : (owner, index)
  }

  /// The owner of a task minutes write in reported speech: "The rapporteur would send this draft
  /// …", "It was agreed that the secretariat would circulate …".
  func reportedOwner() -> String? {
    if let found = reportedCommitment() { return found.owner }
    guard let first = tokens.first, !Self.pronounsAndOpeners.contains(first.normalized) || first.normalized == "the",
      let would = (1..<min(tokens.count, 6)).first(where: { norm($0) == "would" }), would + 1 < tokens.count,
      !matchesStarting(at: would + 1, in: [.verb]).isEmpty, !Self.tentativeVerbs.contains(norm(would + 1)),
      !(1..<would).contains(where: { gap(before: $0).contains(where: { ",;:".contains($0) }) }),
      // "ColdSpan said it would consider …" reports what someone said.
      !(1..<would).contains(where: { Self.pronounsAndOpeners.contains(norm($0)) || Self.sayingVerbs.contains(norm($0)) })
    else { return nil }
    let owner = cleanOwner(String(text[first.range.lowerBound..<tokens[would - 1].range.upperBound]))
    return owner.isEmpty ? nil : owner
  }

  /// The verb of a speaker's own undertaking that opens a sentence: "I will post …", "I'll
  /// share …", "We will send …"; `nil` for what only says how they will speak ("I will be
  /// brief", "I will come back to this") or hedges ("We will probably …").
  func firstPersonCommitment() -> Int? {
    guard tokens.count >= 3 else { return nil }
    // "Yes, of course, we'll get that to you by Friday", "We can host it, and we'll confirm …":
    // after a reply's opening words, or after "and" in the sentence.
    // A speaker's label may open the sentence: "[00:10:50] Speaker 2 (Ministry of Youth): Yes, …".
    var first = (1..<min(tokens.count, 16)).last(where: { index in
      gap(before: index).contains(":") && (0..<index).contains(where: { tokens[$0].text.first?.isUppercase == true })
    }) ?? 0
    while first < tokens.count, Self.replyOpeners.contains(norm(first)) { first += 1 }
    // So may an opening phrase: "On the youth window in our fund, I'll check …".
    let starts = [first] + (openingPhraseEnd(from: first).map { [$0] } ?? [])
      + (min(first + 1, tokens.count)..<tokens.count).filter { ["and", "so"].contains(norm($0 - 1)) && gap(before: $0 - 1).contains(",") }
    // "What I can promise is that I will give …": the undertaking after what introduces it.
    let promised = (2..<max(2, min(tokens.count, 12))).filter { index in
      norm(index - 1) == "that" && (norm(index - 2) == "is" || Self.promisingVerbs.contains(norm(index - 2)))
        && (0..<(index - 1)).contains(where: { Self.promisingVerbs.contains(norm($0)) })
    }
    // "Will share the mapping with her": a speaker's line that leaves its "I" out.
    guard let start = (starts + promised).first(where: { start in
      ["i'll", "we'll"].contains(norm(start)) || (["i", "we"].contains(norm(start)) && ["will", "shall"].contains(norm(start + 1)))
        || (start == 0 && norm(start) == "will" && tokens[start].text.first == "w")
        // "I'm going to ask the Clerk to …", "We're going to publish …".
        || (["i'm", "we're"].contains(norm(start)) && norm(start + 1) == "going" && norm(start + 2) == "to")
    }) else { return nil }
    var index = ["i'm", "we're"].contains(norm(start)) ? start + 3
      : ["i'll", "we'll"].contains(norm(start)) || norm(start) == "will" ? start + 1 : start + 2
    while index < tokens.count, ["also", "then", "gladly", "happily", "personally", "myself", "ourselves"].contains(norm(index)) {
      index += 1
    }
    guard index < tokens.count, tokens[index].text.first?.isLowercase == true else { return nil }
    // "I will take it to the Committee …": a matter carried to others; "I will give this House the
    // answer in writing": an answer promised, not the floor given.
    if norm(index) == "take", ["it", "this", "that", "them", "these", "those"].contains(norm(index + 1)), norm(index + 2) == "to",
      index + 3 < tokens.count, ["the", "a", "an", "our", "my", "their", "its"].contains(norm(index + 3)) || tokens[index + 3].text.first?.isUppercase == true
    {
      return index
    }
    if norm(index) == "give", (index + 1..<tokens.count).contains(where: { ["writing", "answer", "reply", "response", "figures"].contains(norm($0)) }) {
      return index
    }
    // "I'll ask Dolores at the Women's Network tomorrow": someone named, asked outside the room.
    if norm(index) == "ask", index + 1 < tokens.count, tokens[index + 1].text.first?.isUppercase == true, norm(index + 1) != "i" {
      return index
    }
    guard !Self.speakingVerbs.contains(norm(index)), !Self.tentativeVerbs.contains(norm(index)),
      !matchesStarting(at: index, in: [.verb]).isEmpty || undertakes(at: index)
    else { return nil }
    return index
  }

  /// Verbs that introduce an undertaking ("What I can promise is that I will …"), folded as the
  /// tokens are ("promise" is read as "promize").
  static let promisingVerbs: Set<String> = ["promise", "promize", "undertake", "commit", "assure"]

  /// Joining words a spoken sentence may open with: "So, my recommendation …", "And civil society
  /// organisations … should …".
  static let spokenOpeners: Set<String> = ["and", "but", "also", "so", "then", "plus", "or", "well"]

  /// Words that open a reply before what it says: "Yes, yes, of course, we'll …".
  static let replyOpeners: Set<String> = [
    "yes", "yeah", "ok", "okay", "sure", "of", "course", "absolutely", "right", "so", "well", "and", "certainly",
    "definitely", "fine", "good", "great", "thanks", "thank", "you",
  ]

  /// Verbs by which a speaker says how they will speak, not what they will do.
  static let speakingVerbs: Set<String> = [
    "come", "say", "repeat", "end", "close", "stop", "leave", "let", "give", "turn", "keep", "continue", "think", "see",
    "wait", "talk", "speak", "answer", "respond", "start", "begin", "probably", "rather", "not", "never", "just", "now",
    "focus", "touch", "mention", "add", "conclude", "summarise", "summarize", "explain", "tell", "ask", "move", "pass",
  ]
  /// Verbs of undertakings beyond the rules' task verbs.
  /// Whether the word at `index` is one a speaker's undertaking opens with: one of the
  /// `undertakingVerbs`, or "drop" or "take" where something is carried somewhere ("drop the
  /// leaflets round to the shops", "take the complaint to the council"), not "drop it" nor "take
  /// part".
  func undertakes(at index: Int) -> Bool {
    let word = norm(index)
    if Self.undertakingVerbs.contains(word) { return true }
    guard ["drop", "take"].contains(word), index + 2 < tokens.count,
      !["part", "place", "note", "questions", "stock", "time", "care", "heart", "turns"].contains(norm(index + 1))
    else { return false }
    for next in index + 2..<min(tokens.count, index + 9) {
      if clauseBoundary(before: next) { return false }
      let said = norm(next)
      if ["round", "around", "off"].contains(said) { return true }
      if said == "to", next + 1 < tokens.count,
        ["the", "all", "every", "each", "our", "their", "his", "her"].contains(norm(next + 1)) || tokens[next + 1].text.first?.isUppercase == true
      {
        return true
      }
    }
    return false
  }

  static let undertakingVerbs: Set<String> = [
    "make", "post", "raise", "check", "follow", "put", "look", "call", "email", "write", "find", "set", "get", "book", "forward",
    "upload", "arrange", "bring", "hand", "ring", "phone",
  ]

  /// A transcript's hesitations ("the, uh, the municipalities", "I'll, um, I'll share") are no
  /// words of the sentence: they are read past, and a word said twice across one counts once.
  private static let fillers: Set<Substring> = ["uh", "um", "er", "erm", "uhm", "umm", "hmm", "uh-huh"]

  static func droppingFillers(_ tokens: [Token], in text: String) -> [Token] {
    let fillers = Self.fillers
    // "…, you know, …" and "…, I mean, …" set off by commas say nothing either.
    func isSetOffPair(_ index: Int) -> Bool {
      guard index + 1 < tokens.count, index > 0,
        (tokens[index].text == "you" && tokens[index + 1].text == "know") || (tokens[index].text == "I" && tokens[index + 1].text == "mean")
      else { return false }
      let before = text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
      let after = index + 2 < tokens.count ? text[tokens[index + 1].range.upperBound..<tokens[index + 2].range.lowerBound] : ""
      return before.contains(",") && after.contains(",")
    }
    // Most sentences hold none: a look at each word's first byte and length says so.
    func mayBeFiller(_ token: Token) -> Bool {
      guard let first = token.text.utf8.first, token.text.utf8.count <= 6 else { return false }
      return first == UInt8(ascii: "u") || first == UInt8(ascii: "e") || first == UInt8(ascii: "h") || first == UInt8(ascii: "y")
        || first == UInt8(ascii: "I")
    }
    guard tokens.indices.contains(where: { mayBeFiller(tokens[$0]) && (fillers.contains(tokens[$0].text) || isSetOffPair($0)) })
    else { return tokens }
    var kept: [Token] = []
    kept.reserveCapacity(tokens.count)
    var afterFiller = false
    var skip = 0
    for (index, token) in tokens.enumerated() {
      if skip > 0 {
        skip -= 1
        continue
      }
      if isSetOffPair(index) {
        skip = 1
        afterFiller = true
        continue
      }
      if fillers.contains(token.text) {
        afterFiller = true
        continue
      }
      if afterFiller, let last = kept.last, last.normalized == token.normalized { kept.removeLast() }
      afterFiller = false
      kept.append(token)
    }
    return kept
  }

  /// Whether a word is a Spanish verb's infinitive, a pronoun maybe joined to it: "escribir",
  /// "mandarnos", "subirlo".
  static func isSpanishInfinitive(_ word: String) -> Bool {
    guard word.count >= 4, word.first?.isLowercase == true, word.allSatisfy(\.isLetter) else { return false }
    return spanishInfinitive.firstMatch(in: word, range: NSRange(word.startIndex..<word.endIndex, in: word)) != nil
  }
  static let spanishInfinitive = NSRegularExpression.builtIn("spanish infinitive", "(?:ar|er|ir)(?:nos|los|las|les|le|lo|la|me|te|se)?$", options: [])

  /// Whether a word is a Spanish or French verb in the future tense, as bilingual notes write
  /// tasks: "enviará", "prepararán"; "enverra", "préparera", "transmettra".
  static func isFutureTense(_ word: Substring) -> Bool {
    guard word.count >= 5, word.first?.isLowercase == true else { return false }
    if ["ará", "erá", "irá", "arán", "erán", "irán"].contains(where: { word.hasSuffix($0) }) { return true }
    // Italian: "presenterà", "invierà", "fornirà".
    if ["erà", "irà", "arà"].contains(where: { word.hasSuffix($0) }) { return true }
    return word.count >= 6 && ["era", "ira", "tra", "dra", "vra", "rra", "eront", "iront", "rront"].contains { word.hasSuffix($0) }
  }

  /// Verbs after "would" that offer or wish, and give no task: "would consider", "would welcome".
  static let tentativeVerbs: Set<String> = [
    "consider", "like", "be", "have", "need", "welcome", "prefer", "want", "hope", "try", "wish", "love", "appreciate",
    "study", "explore", "reflect", "think",
  ]
  /// Verbs that report what someone said.
  /// What a document does when it speaks: "The plan reads …", "the draft states …".
  static let documentVerbs: Set<String> = ["reads", "states", "read", "stated", "provides", "stipulates", "recommends", "calls"]
  static let sayingVerbs: Set<String> = [
    "said", "says", "noted", "stated", "added", "explained", "replied", "suggested", "thought", "felt", "hoped",
    "expected", "believed", "argued", "indicated", "mentioned",
  ]

  /// An owner as shown: no leading "The", no "@", no emphasis marks.
  /// An owner without the title a note's language writes before a name: Tok Pisin's "Kaunsela
  /// Hosea Wambi" (Councillor), Swahili's "Bi. Fatuma Kombo", "Mzee Kazungu Nyale na Sheikh
  /// Abdallah Faki" (each name's), where a name in full follows it.
  static func droppingLocalTitle(_ owner: String) -> String {
    let titles = ["Kaunsela ", "Bi. ", "Bw. ", "Mzee ", "Sheikh ", "Mchungaji ", "Inspekta "]
    guard titles.contains(where: owner.contains) else { return owner }
    // Only before a name in full: "Bi. Said" and "Sheikh Ali" are how the notes name them.
    return owner.components(separatedBy: " na ").map { name in
      guard let title = titles.first(where: name.hasPrefix), name.dropFirst(title.count).first?.isUppercase == true,
        name.dropFirst(title.count).prefix(while: { $0 != "," && $0 != ";" }).split(separator: " ").count >= 2
      else { return name }
      return String(name.dropFirst(title.count))
    }.joined(separator: " na ")
  }

  /// Titles and honorifics a Japanese name is followed by, the longer first.
  static let japaneseTitles = ["副委員長", "委員長", "副会長", "会長", "委員", "課長", "部長", "係長", "局長", "室長", "主事", "主任", "理事", "先生", "さん", "様", "氏"]

  func cleanOwner(_ raw: String) -> String {
    var owner = raw.trimmingBlanks
    // "تقوم الأمانة بمشاركة المحضر … / Secretariat": a bilingual item's other language before the slash.
    if let slash = owner.range(of: " / ", options: .backwards), !owner.isASCII,
      owner[..<slash.lowerBound].unicodeScalars.contains(where: Self.isLetterOfAnotherScript),
      owner[slash.upperBound...].unicodeScalars.allSatisfy({ $0.value < 0x0370 })
    {
      owner = String(owner[slash.upperBound...]).trimmingBlanks
    }
    owner = owner.trimmingCharacters(in: "*_`")
    // "Juridiskās nodaļas vadītājs O. Lācis", "Sociālā dienesta vadītāja I. Kalniņa": a post in
    // words, then the person by initial and surname.
    if case let words = owner.split(separator: " "), words.count >= 3, let initial = words.dropLast().last,
      initial.count == 2, initial.last == ".", initial.first?.isUppercase == true,
      let surname = words.last, surname.first?.isUppercase == true, surname.dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" || $0 == "'" }),
      words.dropLast(2).last?.first?.isLowercase == true,
      // Not two people: "S. Arvas and N. Kello", "V. Lapinas, R. Jakubauskas".
      !owner.contains(","), !owner.contains("&"),
      !words.contains(where: { ["and", "un", "ir", "ja", "og", "och", "und", "et", "y", "e"].contains($0.lowercased()) })
    {
      owner = "\(initial) \(surname)"
    }
    // "大森委員長", "ハリーリさん": a Japanese name's title or honorific after it.
    if !owner.isASCII, let title = Self.japaneseTitles.first(where: { owner.hasSuffix($0) }), owner.count > title.count {
      owner = String(owner.dropLast(title.count))
    }
    // "MATCHED ↔ Mothers' Circle 🟢 Dr Lenk": a board's marks before the owner's name.
    if !owner.isASCII, let mark = owner.lastIndex(where: Extractor.isPictograph), owner.index(after: mark) < owner.endIndex {
      let after = owner[owner.index(after: mark)...].trimmingBlanks
      if after.first?.isUppercase == true { owner = after }
    }
    // "نور خطابي (Nour Khattabi)": a name in its own script, then in Latin letters in brackets.
    if !owner.isASCII, owner.hasSuffix(")"), let open = owner.lastIndex(of: "("),
      owner[..<open].unicodeScalars.contains(where: Self.isLetterOfAnotherScript),
      case let inside = owner[owner.index(after: open)..<owner.index(before: owner.endIndex)].trimmingBlanks,
      inside.first?.isUppercase == true, inside.unicodeScalars.allSatisfy({ $0.value < 0x0370 }),
      // Not "ลลิตา วงศ์ทอง (UNDP)": an acronym in capitals is whom the person works for.
      inside.contains(where: \.isLowercase)
    {
      owner = inside
    }
    // "정하린 주임", "김도윤 경위": a Korean name, then the person's title.
    if owner.utf8.first.map({ (0xEA...0xED).contains($0) }) == true, case let parts = owner.split(separator: " "), parts.count == 2,
      Self.koreanTitles.contains(String(parts[1]))
    {
      owner = String(parts[0])
    }
    // "นายอับดุลเลาะ มะเซ็ง", "นางสาวอามีนะห์": Thai's Mr, Mrs and Miss, written onto the name (not
    // "นายก", a mayor, nor "นายอำเภอ", a district chief).
    if owner.utf8.first == 0xE0, let title = ["นางสาว", "นาง", "นาย"].first(where: owner.hasPrefix),
      !["นายก", "นายอำเภอ"].contains(where: owner.hasPrefix), owner.count > title.count + 1
    {
      owner.removeFirst(title.count)
    }
    // "AP 13/1 · UNDP", "34/09-A3 · Probation": an action point's code set apart before its owner.
    if let dot = owner.range(of: " \u{00B7} "), case let code = owner[..<dot.lowerBound],
      code.contains(where: \.isNumber), code.split(separator: " ").count <= 3, !owner[dot.upperBound...].isEmpty
    {
      owner = String(owner[dot.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "*_` "))
    }
    // "A13.2 UNDP", "R4 Youth organisations": an item's number in a log, before its owner.
    if let code = owner.split(separator: " ", maxSplits: 1).first, code.count <= 8, code.first?.isUppercase == true,
      code.dropFirst().first?.isNumber == true || code.dropFirst(2).first?.isNumber == true && code.dropFirst().first?.isUppercase == true,
      code.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "." }), code.last?.isNumber == true,
      owner.count > code.count + 2
    {
      owner.removeFirst(code.count + 1)
    }
    // "Under Standing Order 31 the Clerk", "In line with the MoU the Secretariat": the rule cited
    // before the one who acts.
    if let opener = ["Under ", "Pursuant to ", "In line with ", "In accordance with ", "As per ", "Per "].first(where: owner.hasPrefix),
      let article = owner.range(of: " the ", options: .backwards), article.lowerBound > owner.index(owner.startIndex, offsetBy: opener.count),
      owner[article.upperBound...].first?.isUppercase == true
    {
      owner = String(owner[article.upperBound...])
    }
    if owner.lowercased().hasPrefix("the ") { owner.removeFirst(4) }
    // Spanish, French and Portuguese articles, as bilingual notes write them: "La secretaría
    // técnica", "O secretariado"; "A SME", "A Guarda Municipal" before a capital only.
    let portugueseA = (owner.hasPrefix("A ") || owner.hasPrefix("a ")) && owner.dropFirst(2).first?.isUppercase == true
    for article in ["La ", "El ", "Los ", "Las ", "Le ", "Les ", "L'", "L\u{2019}", "O ", "Os "] + (portugueseA ? ["A ", "a "] : [])
    where owner.hasPrefix(article) && owner.count > article.count + 2 {
      owner.removeFirst(article.count)
      break
    }
    // "o conselheiro Genivaldo Moura", "a conselheira Maria das Dores Quitério e do conselheiro
    // Thiago Nery Cavalcante": a Portuguese record's article and role before each name.
    if owner.contains("conselheir") || owner.contains("vereador") {
      for role in ["o conselheiro ", "a conselheira ", "O conselheiro ", "A conselheira ", "conselheiro ", "conselheira ", "o vereador ", "a vereadora ", "vereador ", "vereadora "]
      where owner.hasPrefix(role) && owner.dropFirst(role.count).first?.isUppercase == true {
        owner.removeFirst(role.count)
        break
      }
      for joined in [" e do conselheiro ", " e da conselheira ", " e do vereador ", " e da vereadora "] {
        owner = owner.replacingOccurrences(of: joined, with: " e ")
      }
    }
    // "professor Paulo Anjos": a title in small letters before a name.
    // Polish ones: "p. T. Wrzos-Kalinowski", "dyr. E. Smolarek", "nadkom. P. Grzelak", "pani Agata Sroka";
    // Lithuanian "kun. V. Lapinas" (the Rev.).
    owner = Self.droppingLocalTitle(owner)
    for title in ["professor ", "professora ", "prof. ", "dr. ", "dr ", "minister ", "ambassador ", "p. ", "pan ", "pani ", "dyr. ", "nadkom. ", "kom. ", "ks. ", "begum ", "Begum ", "kun. "]
    where owner.hasPrefix(title) && owner.dropFirst(title.count).first?.isUppercase == true {
      owner.removeFirst(title.count)
      break
    }
    // "השיח' כמאל אבו-ראס", "הרב חפץ", "עו\"ד רנא מנסור": Hebrew's titles before a name.
    if owner.utf8.first == 0xD7, let title = ["השיח' ", "השייח' ", "הרב ", "הרבנית ", "עו\"ד ", "ד\"ר ", "פרופ' ", "מר ", "גב' "].first(where: owner.hasPrefix),
      owner.count > title.count + 1
    {
      owner.removeFirst(title.count)
    }
    if owner.hasPrefix("@") { owner.removeFirst() }
    // "Harpal Singh ji", "ASHA Sunita ji + Sarpanch ji", "BDO sahab": a Hindi honorific after a
    // name or a role.
    if owner.utf8.containsBytes(" ji".utf8) || owner.utf8.containsBytes(" sahab".utf8) {
      let words = owner.split(separator: " ", omittingEmptySubsequences: false)
      owner = words.enumerated().filter { index, word in
        !(index > 0 && ["ji", "sahab"].contains(word) && words[index - 1].first?.isUppercase == true)
      }.map(\.element).joined(separator: " ")
    }
    // "Thiếu tá Quân", "ông Pha + chị Mai", "anh Tuấn": Vietnamese ranks and forms of address
    // before a name.
    if !owner.isASCII || owner.hasPrefix("anh ") {
      let words = owner.split(separator: " ", omittingEmptySubsequences: false)
      var kept: [Substring] = []
      var index = 0
      while index < words.count {
        let next = index + 1 < words.count ? words[index + 1] : ""
        let pair = index + 2 < words.count ? words[index] + " " + words[index + 1] : ""
        if Self.vietnameseRanks.contains(String(pair)), words[index + 2].first?.isUppercase == true {
          index += 2
          continue
        }
        if Self.vietnameseAddress.contains(String(words[index])), next.first?.isUppercase == true {
          index += 1
          continue
        }
        kept.append(words[index])
        index += 1
      }
      owner = kept.joined(separator: " ")
    }
    // "dl. Ion Bădescu", "primar Ion Bădescu", "Pr. Vasile Onu": a Romanian title before a full
    // name (kept before a surname alone: "dna Murgu", "viceprimar Păun").
    for title in ["dl. ", "Dl. ", "dl ", "dna ", "Dna ", "d-na ", "domnul ", "doamna ", "primar ", "primarul ", "viceprimar ", "comisar-șef ", "comisar ", "Pr. "]
    where owner.hasPrefix(title) {
      let name = owner.dropFirst(title.count).prefix { $0 != "(" }.split(separator: " ")
      if name.count >= 2, name.allSatisfy({ $0.first?.isUppercase == true }) { owner.removeFirst(title.count) }
      break
    }
    // "Лисенко Г.М., секретар ради", "Ion Popescu, secretarul comisiei": a person, then the office
    // they hold in small letters.
    if let comma = owner.range(of: ", "), case let after = owner[comma.upperBound...], after.first?.isLowercase == true,
      after.split(separator: " ").count <= 4, let office = after.split(separator: " ").first,
      !Self.prepositions.contains(String(office)) && !["via", "with", "and", "or", "plus", "together", "supported", "assisted", "backed", "cc", "if", "then"].contains(String(office)),
      case let name = owner[..<comma.lowerBound].split(separator: " "), (1...3).contains(name.count),
      name.allSatisfy({ $0.first?.isUppercase == true && ($0.contains(where: \.isLowercase) || $0.contains(".")) })
    {
      owner = String(owner[..<comma.lowerBound])
    }
    // "Bibi Gulalai (through her nephew)": a remark in brackets that opens in small letters is
    // how the owner acts, not their name.
    if owner.hasSuffix(")"), let open = owner.lastIndex(of: "("), open > owner.startIndex,
      owner[owner.index(after: open)...].first?.isLowercase == true
    {
      owner = String(owner[..<open]).trimmingBlanks
    }
    // "Petrova A.V.": the full stop after a last initial is the initial's.
    let initialled = Self.endsWithInitials(owner)
    while !initialled, let last = owner.last, ".,;:".contains(last) { owner.removeLast() }
    // "Maria from the Ministry", "Hanne from the United Nations": a person by first name, and
    // where they come from.
    if let from = owner.range(of: " from the "), case let name = owner[..<from.lowerBound],
      (1...2).contains(name.split(separator: " ").count), name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true })
    {
      owner = String(name)
    }
    // "Cohesion Officer, Samira Trent": a role, then the person who holds it.
    let parts = owner.components(separatedBy: ", ")
    if parts.count == 2, let role = parts[0].split(separator: " ").last?.lowercased(), Self.roleNouns.contains(role),
      case let name = parts[1].split(separator: " "), (2...3).contains(name.count),
      name.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) })
    {
      owner = parts[1]
    }
    return Self.droppingReflexive(owner).trimmingBlanks
  }

  /// Whether a word may be a Romanian verb's short infinitive, as the future with "va" takes it:
  /// "convoca", "trimite", "organiza", "publica", "anunța", "veni" (not "a", nor a noun in "-ul").
  static func isRomanianInfinitive(_ word: String) -> Bool {
    word.count >= 3 && ["a", "e", "i", "î", "ea"].contains(where: word.hasSuffix) && word.allSatisfy(\.isLetter)
  }

  /// Whether a letter is of a script other than Latin (Greek, Cyrillic, Arabic, …): not one of
  /// Latin's extended letters, as Vietnamese writes ("Thiếu tá").
  static func isLetterOfAnotherScript(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x0370 && scalar.properties.isAlphabetic && !(0x1E00...0x1EFF).contains(scalar.value)
      && !(0x2C60...0x2C7F).contains(scalar.value) && !(0xA720...0xA7FF).contains(scalar.value)
  }

  /// Korean titles written after a name: 주임 (officer), 센터장 (centre head), 경위 (inspector), …
  static let koreanTitles: Set<String> = [
    "주임", "센터장", "경위", "경감", "장학사", "주무관", "대표", "목사", "기자", "팀장", "과장", "국장", "위원장", "위원", "씨", "님",
    "사무국장", "간사", "교수", "신부", "스님",
  ]

  /// Vietnamese forms of address before a name: "anh Tuấn", "chị Mai", "ông Pha", "Thầy Minh".
  static let vietnameseAddress: Set<String> = ["anh", "chị", "ông", "bà", "em", "cô", "thầy", "Anh", "Chị", "Ông", "Bà", "Cô", "Thầy"]
  /// Vietnamese ranks of two words before a name: "Thiếu tá Quân", "Trung tá Vinh".
  static let vietnameseRanks: Set<String> = ["Thiếu tá", "Trung tá", "Thượng tá", "Đại tá", "Thiếu úy", "Trung úy", "Đại úy"]

  /// Whether a name ends in initials written with full stops ("Petrova A.V."), whose last stop
  /// is the initial's, not a sentence's.
  static func endsWithInitials(_ name: String) -> Bool {
    guard name.hasSuffix("."), let word = name.split(separator: " ").last, (4...6).contains(word.count) else { return false }
    return word.split(separator: ".").allSatisfy { $0.count == 1 && $0.first?.isUppercase == true }
  }

  /// Nouns that end a role's title: "Cohesion Officer", "programme coordinator".
  static let roleNouns: Set<String> = [
    "officer", "coordinator", "chair", "chairperson", "director", "secretary", "manager", "adviser", "advisor", "minister",
    "mayor", "head", "lead", "commissioner", "clerk", "rapporteur", "facilitator", "convenor", "convener", "liaison",
  ]

  /// An owner's name without the pronoun that stresses it: "The Council itself", "the members
  /// themselves".
  static func droppingReflexive(_ name: String) -> String {
    var name = name
    // "The Council itself"; "National coordinators present", "the members in attendance".
    for reflexive in [" itself", " themselves", " himself", " herself", " present", " in attendance", " in the room"]
    where name.lowercased().hasSuffix(reflexive) && name.count > reflexive.count + 2 {
      name.removeLast(reflexive.count)
    }
    return name
  }
}

extension String {
  public func trimmingCharacters(in set: String) -> String {
    var result = Substring(self)
    while let first = result.first, set.contains(first) { result.removeFirst() }
    while let last = result.last, set.contains(last) { result.removeLast() }
    return String(result)
  }
}
