/// Lint: an action item that names nobody to carry it out.
public struct ActionNoOwnerRule: LintRule {
  public let description = LintRuleDescription(
    id: "action-no-owner", name: "Action without owner",
    description: "An action item should name its owner (Owner: X, @X, (owner: X), 'X to …', 'X will …')",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Action items\n\n- ↓Circulate the draft by 31 October 2017.\n- UNDP to convene a call.\n"),
      LintExample.note("## Discussion\n\n- [ ] ↓book a room for the review\n\nAction: ↓share the slides.\n"),
      LintExample.note("## Action items\n\n- ↓Circulate the draft — by 31 October 2017\n- ↓Review the budget - ongoing\n"),
    ],
    nonTriggering: [
      LintExample.note("## Action items\n\n- Circulate the draft (owner: NAP Task Force).\n- @undp.pve to share notes.\n"),
      LintExample.note("## Next steps\n\n- The co-chairs will send the summary to missions.\n- Owner: GSX secretariat. Publish the report.\n"),
      LintExample.note("## Next steps\n\n- Circulate the draft — UNDP — 31 October 2017\n- Book the venue | Forum secretariat\n"),
      LintExample.note("## Action items\n\n- [x] Circulate the speakers' bios\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    // A finished task needs no one to carry it out any more.
    (file.extract?.actions ?? []).filter { $0.owner == nil && !$0.done }.map {
      RawFinding($0.location, "action item names no owner; add 'Owner: …', '@…' or start with 'X to …'")
    }
  }
}
