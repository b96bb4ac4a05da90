/// Lint: a section heading with nothing under it.
public struct SectionEmptyRule: LintRule {
  public let description = LintRuleDescription(
    id: "section-empty", name: "Section empty",
    description: "A section heading must have something under it: not only a rule, a bare sub-heading or empty boxes",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Purpose\n\nText.\n\n↓## Recommendations\n\n## Action items\n\n- UNDP to act.\n"),
      LintExample.note("## Purpose\n\nText.\n\n↓## Discussion\n"),
      LintExample.note("↓## Purpose\n<!-- to fill in -->\n\n# Annex\n"),
      LintExample.note("## Purpose\n\nText.\n\n↓## Speakers\n\n&nbsp;\n\n## Discussion\n\nText.\n"),
      // A rule, a sub-heading alone, an empty box.
      LintExample.note("## Purpose\n\nText.\n\n↓## Discussion\n\n---\n\n↓## Recommendations\n\n### For donors\n\n↓## Action items\n\n- [ ]\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nText.\n\n## Recommendations\n\n### For donors\n\n- Fund CSOs.\n"),
      LintExample.note("## Discussion\n\n> A quoted remark.\n"),
      LintExample.note("## Recommendations\n\n### Recommendation 1: Fund youth groups directly\n\n## Action items\n\n- [ ] UNDP to act.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    return session.sections.filter(\.isEmpty).map { section in
      RawFinding(section.headingRange?.start ?? .init(line: section.line, column: 1), "section '\(section.heading)' is empty")
    }
  }
}
