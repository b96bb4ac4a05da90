import Foundation
import RapporteurCore
import Testing
import TestSupport

/// One example of one tagging rule, and the rules file it comes from (nil for the built-in ones).
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
  var example: RuleExample
  var rulesFile: String?

  var testDescription: String {
    "\(example.group.rawValue) \(example.id) \(example.shouldMatch ? "matches" : "does not match") “\(example.text)” (\(example.origin))"
  }

  /// Every example of every rule, for the built-in rules and for `Inputs/rules.yml`.
  static let all: [RuleExampleCase] = {
    var examples = TaggingRules.defaults.examples.map { RuleExampleCase(example: $0, rulesFile: nil) }
    let sample = repositoryPath("Inputs/rules.yml")
    if let text = try? String(contentsOfFile: sample, encoding: .utf8),
      let rules = try? TaggingRules.loading(text: text, file: sample)
    {
      examples += rules.examples.filter { $0.origin.contains(sample) }.map { RuleExampleCase(example: $0, rulesFile: sample) }
    }
    return examples
  }()
}

@Suite struct RuleExampleTests {
  static let sampleRules: TaggingRules? = {
    let path = repositoryPath("Inputs/rules.yml")
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    return try? TaggingRules.loading(text: text, file: path)
  }()

  @Test(arguments: RuleExampleCase.all)
  func example(_ example: RuleExampleCase) throws {
    let rules = example.rulesFile == nil ? TaggingRules.defaults : try #require(Self.sampleRules)
    let failure = Extractor(rules: rules).check(example.example, sessionDate: "2017-09-21")
    #expect(failure == nil, "\(failure ?? "")")
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
    #expect(RuleExampleCase.all.count > 100)
    #expect(RuleExampleCase.all.contains { $0.rulesFile != nil }, "Inputs/rules.yml examples are not run")
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

  @Test func aThemesExceptionsKeepItsPhraseFromCountingInsideThem() throws {
    let rules = try TaggingRules.loading(
      text: "themes:\n  youth:\n    except: [student union]\n", file: "rules.yml")
    let extractor = Extractor(rules: rules)
    #expect(extractor.themes(in: "The student union ran the count.") == [])
    #expect(extractor.themes(in: "Students ran the count.") == ["youth"])
    // A phrase outside the exception still counts in the same text.
    #expect(extractor.themes(in: "The student union asked young people.") == ["youth"])
    #expect(Extractor().themes(in: "The student union ran the count.") == ["youth"])
    // Exceptions belong to themes: an actor's are refused with the file's line.
    #expect(throws: RapporteurError.self) {
      try TaggingRules.loading(text: "actors:\n  donors:\n    except: [grant officer]\n", file: "r.yml")
    }
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

  /// A new cue without its kind and form is refused once, with everything it lacks and an example.
  @Test func aNewCueNamesAllItLacks() throws {
    let error = #expect(throws: RapporteurError.self) {
      _ = try TaggingRules.loading(text: "cues:\n  ought:\n    phrases: [ought to]\n", file: "rules.yml")
    }
    let message = try #require(error).message
    #expect(message.contains("'kind: recommendation' or 'kind: action'") && message.contains("owner-to") && message.contains("for example"))
    // Words added to a built-in cue need neither.
    #expect(try TaggingRules.loading(text: "cues:\n  should:\n    phrases: [ought to]\n", file: "rules.yml").cues.contains { $0.id == "should" })
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
