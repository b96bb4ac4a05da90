/// Lint: a `rapporteur-disable` comment that silences nothing — an unknown command, an unknown rule
/// id (the nearest id is suggested), or no id at all — is reported, so a typo does not leave a
/// rule running unnoticed.
public struct DirectiveInvalidRule: LintRule {
  public let description = LintRuleDescription(
    id: "directive-invalid", name: "Directive invalid",
    description: "A 'rapporteur-disable' comment must name a known rule id (or 'all'); one that names none, or a misspelt one, silences nothing",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Purpose\n\n↓<!-- rapporteur-disable -->\n"),
      LintExample.note("## Purpose\n\n↓<!-- rapporteur-disable todo-markers -->\nTODO\n"),
      LintExample.note("## Purpose\n\n↓<!-- rapporteur-disable: todo-marker -->\n"),
      LintExample.note("## Purpose\n\nText. ↓<!-- rapporteur-disable-next-line nothing-here -->\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\n<!-- rapporteur-disable todo-marker -->\nTODO\n"),
      LintExample.note("## Purpose\n\n<!-- rapporteur-disable-next-line all -->\nTODO\n"),
      LintExample.note("## Purpose\n\n`<!-- rapporteur-disable -->` is how a rule is silenced.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    file.directives.problems
  }
}
