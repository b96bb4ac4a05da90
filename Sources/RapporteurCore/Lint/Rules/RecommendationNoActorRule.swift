/// Lint: a recommendation that addresses nobody.
public struct RecommendationNoActorRule: LintRule {
  public let description = LintRuleDescription(
    id: "recommendation-no-actor", name: "Recommendation without addressee",
    description: "A recommendation should say whom it addresses (governments, donors, civil society, …)",
    defaultSeverity: .info,
    triggering: [
      LintExample.note("## Recommendations\n\n- ↓More funding is needed for prevention.\n- Donors should fund CSOs.\n"),
      LintExample.note("## Recommendations\n\n↓Consultations must be inclusive.\n"),
      LintExample.note("## Discussion\n\n↓Simpler accreditation for local NGOs is needed.\n"),
      LintExample.note("## Recommendations\n\n- ↓Mediators' networks need more sustained support.\n- ↓Youth groups need funding.\n"),
    ],
    nonTriggering: [
      LintExample.note("## Recommendations\n\n### For donors\n\n- Provide multi-year funding.\n"),
      LintExample.note("## Discussion\n\nNo visa is needed for the site visit, the host said.\n"),
      LintExample.note("## Recommendations\n\n- The coalition should publish its findings.\n"),
      LintExample.note("## Recommendations\n\n- Mediators' networks need to share their rosters.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    // An addressee outside the taxonomy ("the coalition") is still an addressee.
    (file.extract?.recommendations ?? []).filter { item in
      item.actors.isEmpty && !item.evidence.contains { $0.rule == "addressee" }
    }.map {
      RawFinding($0.location, "recommendation addresses nobody; say who should act (governments, donors, civil society…)")
    }
  }
}
