/// One example of one tagging rule: a text the rule must tag, or must not.
public struct RuleExample: Sendable, Equatable {
  public enum Group: String, Sendable { case theme, actor, cue }
  public var group: Group
  public var id: String
  public var text: String
  public var shouldMatch: Bool
  /// Where the rule entry was defined ("built-in rules:12, Inputs/rules.yml:4").
  public var origin: String
}

extension TaggingRules {
  /// Every example of every theme, actor and cue.
  public var examples: [RuleExample] {
    var examples: [RuleExample] = []
    func add(_ group: RuleExample.Group, _ id: String, _ set: RuleExamples, _ origin: String) {
      examples += set.match.map { RuleExample(group: group, id: id, text: $0, shouldMatch: true, origin: origin) }
      examples += set.noMatch.map { RuleExample(group: group, id: id, text: $0, shouldMatch: false, origin: origin) }
    }
    for theme in themes { add(.theme, theme.id, theme.examples, theme.origin) }
    for actor in actors { add(.actor, actor.id, actor.examples, actor.origin) }
    for cue in cues { add(.cue, cue.id, cue.examples, cue.origin) }
    return examples
  }

  /// The examples of the entries that `file` defines or extends that these rules do not tag as the
  /// examples say, each with a message naming the file and the entry's line there. A phrase a
  /// rules file adds can break an example of the built-in entry it extends: those count too.
  /// With the file's `text`, an example the file writes is placed at its own line.
  public func failingExamples(of file: String, text: String? = nil) -> [(file: String, line: Int, message: String)] {
    let extractor = Extractor(rules: self)
    let lines = text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
    return examples.compactMap { example in
      // The entry's line in this file: its origin lists "FILE:LINE" for each file that shaped it.
      guard
        let place = example.origin.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) })
          .last(where: { $0.hasPrefix(file + ":") }),
        let entryLine = Int(place.dropFirst(file.count + 1)),
        let got = extractor.check(example)
      else { return nil }
      // The first line from the entry's on that holds the example's words.
      let line = lines.indices.dropFirst(max(0, entryLine - 1)).first { lines[$0].contains(example.text) }.map { $0 + 1 } ?? entryLine
      let list = example.shouldMatch ? "match" : "no-match"
      return (file, line, "\(example.group.rawValue)s: \(example.id): the \(list) example “\(example.text)” \(got)")
    }
  }
}

extension Extractor {
  /// Nil when the rules tag the example's text as it says; otherwise what they did instead.
  public func check(_ example: RuleExample, sessionDate: String? = nil) -> String? {
    switch example.group {
    case .theme:
      return Self.verdict(example, found: themes(in: example.text), missing: "is not tagged", present: "is tagged", kinds: "themes")
    case .actor:
      return Self.verdict(
        example, found: addressees(of: example.text), missing: "does not address", present: "addresses", kinds: "actors")
    case .cue:
      let item = classifySentence(example.text, sessionDate: sessionDate)
      if (item?.rule == "cue:\(example.id)") == example.shouldMatch { return nil }
      return example.shouldMatch
        ? "is not made an item by this cue (\(item.map { "made one by \($0.rule)" } ?? "no item"))"
        : "is made an item by this cue"
    }
  }

  /// Nil when `found` holds the example's id as it says; otherwise what was found instead.
  private static func verdict(_ example: RuleExample, found: [String], missing: String, present: String, kinds: String)
    -> String?
  {
    if found.contains(example.id) == example.shouldMatch { return nil }
    return example.shouldMatch
      ? "\(missing) \(example.id) (\(kinds) found: \(found.isEmpty ? "none" : found.joined(separator: ", ")))"
      : "\(present) \(example.id)"
  }
}
