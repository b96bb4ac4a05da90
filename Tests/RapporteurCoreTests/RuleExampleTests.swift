import Foundation
import RapporteurCore
import Testing
import TestSupport

/// One example of one tagging rule: a text it must tag, or must not.
struct RuleExample: Sendable, CustomTestStringConvertible {
  enum Group: String, Sendable { case theme, actor, cue }
  var group: Group
  var id: String
  var text: String
  var shouldMatch: Bool
  var origin: String
  var rulesFile: String?

  var testDescription: String {
    "\(group.rawValue) \(id) \(shouldMatch ? "matches" : "does not match") “\(text)” (\(origin))"
  }

  /// Every example of every rule, for the built-in rules and for `Inputs/rules.yml`.
  static let all: [RuleExample] = {
    var examples = collect(TaggingRules.defaults, rulesFile: nil)
    let sample = repositoryPath("Inputs/rules.yml")
    if let text = try? String(contentsOfFile: sample, encoding: .utf8),
      let rules = try? TaggingRules.loading(text: text, file: sample)
    {
      examples += collect(rules, rulesFile: sample).filter { $0.origin.contains(sample) }
    }
    return examples
  }()

  static func collect(_ rules: TaggingRules, rulesFile: String?) -> [RuleExample] {
    var examples: [RuleExample] = []
    func add(_ group: Group, _ id: String, _ set: RuleExamples, _ origin: String) {
      examples += set.match.map { RuleExample(group: group, id: id, text: $0, shouldMatch: true, origin: origin, rulesFile: rulesFile) }
      examples += set.noMatch.map { RuleExample(group: group, id: id, text: $0, shouldMatch: false, origin: origin, rulesFile: rulesFile) }
    }
    for theme in rules.themes { add(.theme, theme.id, theme.examples, theme.origin) }
    for actor in rules.actors { add(.actor, actor.id, actor.examples, actor.origin) }
    for cue in rules.cues { add(.cue, cue.id, cue.examples, cue.origin) }
    return examples
  }
}

@Suite struct RuleExampleTests {
  static let sampleRules: TaggingRules? = {
    let path = repositoryPath("Inputs/rules.yml")
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return try? TaggingRules.loading(text: text, file: path)
  }()

  @Test(arguments: RuleExample.all)
  func example(_ example: RuleExample) throws {
    let rules = example.rulesFile == nil ? TaggingRules.defaults : try #require(Self.sampleRules)
    let extractor = Extractor(rules: rules)
    switch example.group {
    case .theme:
      #expect(extractor.themes(in: example.text).contains(example.id) == example.shouldMatch)
    case .actor:
      #expect(extractor.addressees(of: example.text).contains(example.id) == example.shouldMatch)
    case .cue:
      let item = extractor.classifySentence(example.text, sessionDate: "2017-09-21")
      #expect((item?.rule == "cue:\(example.id)") == example.shouldMatch, "got \(item?.rule ?? "no item")")
    }
  }

  @Test func everyRuleEntryHasBothKindsOfExample() throws {
    for rules in [TaggingRules.defaults] {
      for entry in rules.themes + rules.actors {
        #expect(!entry.examples.match.isEmpty && !entry.examples.noMatch.isEmpty, "\(entry.id) lacks examples")
      }
      for cue in rules.cues {
        #expect(!cue.examples.match.isEmpty && !cue.examples.noMatch.isEmpty, "\(cue.id) lacks examples")
      }
    }
    #expect(RuleExample.all.count > 100)
    #expect(RuleExample.all.contains { $0.rulesFile != nil }, "Inputs/rules.yml examples are not run")
  }

  @Test func theTaxonomyHasTheSpecIDs() {
    let themes = [
      "partnership", "civil-society", "gender", "youth", "nap-development", "nap-implementation",
      "monitoring-evaluation", "funding", "local-drivers", "inclusivity", "international-support",
      "counter-terrorism", "human-rights",
    ]
    let actors = [
      "governments", "civil-society", "un-system", "donors", "nap-task-force", "women-organisations",
      "youth-organisations", "local-authorities", "private-sector", "media", "religious-leaders",
    ]
    #expect(TaggingRules.defaults.themes.map(\.id) == themes)
    #expect(TaggingRules.defaults.actors.map(\.id) == actors)
  }

  @Test func rulesFilesExtendOrReplace() throws {
    let extended = try TaggingRules.loading(
      text: "themes:\n  gender:\n    phrases: [gender parity]\nactors:\n  donors:\n    replace: true\n    phrases: [funder]\n",
      file: "rules.yml")
    #expect(extended.theme("gender")?.phrases.contains("women") == true)
    #expect(extended.theme("gender")?.phrases.contains("gender parity") == true)
    #expect(extended.actor("donors")?.phrases == ["funder"])
  }

  @Test func badRulesFilesNameTheFileAndLine() {
    #expect(throws: RapporteurError.self) { try TaggingRules.loading(text: "themez: {}\n", file: "r.yml") }
    do {
      _ = try TaggingRules.loading(text: "themes:\n  gender:\n    phrasez: [x]\n", file: "r.yml")
      Issue.record("an unknown key was accepted")
    } catch let error as RapporteurError {
      #expect(error.file == "r.yml")
      #expect(error.line == 3)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func foldingIsCentral() {
    let extractor = Extractor()
    #expect(extractor.themes(in: "CSOs' networks").contains("civil-society"))
    #expect(extractor.themes(in: "The Women’s Organisations") .contains("gender"))
    #expect(extractor.themes(in: "organized and mobilised").isEmpty)
    #expect(extractor.addressees(of: "The U.N. should lead.") == ["un-system"])
    #expect(extractor.addressees(of: "Those who should act are ministries.") == [])
  }
}

/// What a rules file may change: its own entries win over the built-in ones, and a heading the
/// SPEC gives one section cannot be given another.
@Suite struct RulesFileTests {
  @Test func anActorOfTheFileTakesItsPhrasesFromTheBuiltInOnes() throws {
    let rules = try TaggingRules.loading(
      text: "actors:\n  parliaments:\n    label: parliaments\n    phrases: [parliament, members of parliament, MPs]\n", file: "rules.yml")
    let extractor = Extractor(rules: rules)
    #expect(extractor.addressees(of: "Parliaments should legislate on data sharing.") == ["parliaments"])
    #expect(extractor.addressees(of: "Ministries should legislate on data sharing.") == ["governments"])
  }

  @Test func aHeadingTheSpecGivesOneSectionCannotNameAnother() throws {
    #expect(throws: RapporteurError.self) {
      _ = try TaggingRules.loading(text: "sections:\n  actions: [Recommendations]\n", file: "rules.yml")
    }
    // A synonym the built-in rules give one section moves to the section the file names.
    let rules = try TaggingRules.loading(text: "sections:\n  recommendations: [Key takeaways]\n", file: "rules.yml")
    #expect(rules.catalog.section(forHeading: "Key takeaways") == .recommendations)
  }
}
