import RapporteurCore
import Testing

/// Sentences outside the Recommendations and Action items sections: the item keeps the whole
/// sentence as written, and labels in their common variants mark it.
@Suite struct SentenceItemTests {
  static let extractor = Extractor()
  var extractor: Extractor { Self.extractor }

  @Test(arguments: [
    "It was recommended that donors align their reporting requirements.",
    "We recommend that local authorities publish their budgets.",
    "It is recommended that governments consult youth networks early.",
  ])
  func aRecommendationKeepsItsWholeSentence(_ sentence: String) throws {
    let found = extractor.classifySentence(sentence, sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.kind == .recommendation)
    #expect(item.text == sentence)
  }

  @Test func aLabelEndingInAColonIsLeftOut() throws {
    let found = extractor.classifySentence("Recommendation: donors should fund core costs.", sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.text == "donors should fund core costs.")
  }

  @Test(arguments: [
    ("Action point – the Ministry to draft terms of reference by end of Q2.", "Ministry"),
    ("Action - UNDP to convene the partners by 30 April 2024.", "UNDP"),
    ("ACTION POINT: Secretariat to share the notes.", "Secretariat"),
  ])
  func actionLabelsWithADashOrColon(_ sentence: String, owner: String) throws {
    let found = extractor.classifySentence(sentence, sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.kind == .action)
    #expect(item.owner == owner)
  }

  @Test func urgingSomeoneToActIsARecommendationWhoeverTheyAre() throws {
    let found = extractor.classifySentence(
      "Several speakers urged river basin bodies to open their meetings to observers.", sessionDate: "2024-03-12")
    let item = try #require(found)
    #expect(item.kind == .recommendation)
    let fellow = extractor.classifySentence("She urged fellow donors to fund core costs.", sessionDate: "2024-03-12")
    #expect(fellow?.actors == ["donors"])
    let caution = extractor.classifySentence("She urged caution about the figures.", sessionDate: "2024-03-12")
    #expect(caution == nil)
  }
}
