/// Every lint rule, in the order of the catalogue. This is the only list: the linter, the
/// `--list-rules` catalogue, SARIF's rule metadata and the generic example test all read it.
public enum LintRegistry {
  public static let all: [any LintRule] = [
    FrontMatterMissingRule(),
    FrontMatterInvalidRule(),
    FileUnreadableRule(),
    FieldMissingRule(),
    FieldInvalidRule(),
    SectionMissingRule(),
    SectionEmptyRule(),
    SectionDuplicateRule(),
    AgendaOverlapRule(),
    AgendaOutsideSessionRule(),
    ActionNoOwnerRule(),
    ActionNoDueRule(),
    RecommendationNoActorRule(),
    AcronymUndefinedRule(),
    LinkPlaceholderRule(),
    TodoMarkerRule(),
    SessionIDDuplicateRule(),
    GFMTableRule(),
    DirectiveInvalidRule(),
  ]

  public static func rule(_ id: String) -> (any LintRule)? {
    all.first { $0.description.id == id }
  }

  public static var descriptions: [LintRuleDescription] { all.map(\.description) }
}
