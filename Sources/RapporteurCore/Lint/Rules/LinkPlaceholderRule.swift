import CommonMark

/// Lint: a link whose target is empty or `#`.
public struct LinkPlaceholderRule: LintRule {
  public let description = LintRuleDescription(
    id: "link-placeholder", name: "Link placeholder",
    description: "A link must lead somewhere: an empty target or '#' is a placeholder left in",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Context\n\nSee the ↓[NAP Task Force](#) page.\n"),
      LintExample.note("## Context\n\n- ↓[Plan of Action]() and ↓[annex](<>)\n"),
      LintExample.note("## Context\n\nSee the ↓[concept note that\nwraps over\nthree lines](#) and ↓[this\none]().\n\n- Read ↓[the *long*\n  title](#)\n"),
    ],
    nonTriggering: [
      LintExample.note("## Context\n\nSee [the plan](https://www.un.org/counterterrorism/plan-of-action-to-prevent-violent-extremism).\n"),
      LintExample.note("## Context\n\nSee [the agenda](#agenda) below.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    var found: [RawFinding] = []
    session.document.root.forEachNode { node in
      if case let .link(destination) = node.kind, destination.trimmingBlanks.isEmpty || destination == "#",
        let range = node.range
      {
        found.append(RawFinding(Self.start(of: node, range: range), "link '\(node.plainText)' has no target ('\(destination)')"))
      }
      return true
    }
    return found
  }

  /// Where a link starts. cmark gives a link whose text wraps over several lines the line of its
  /// closing bracket (with the opening bracket's column); its text starts on the right line.
  static func start(of link: MarkdownNode, range: SourceRange) -> SourceLocation {
    var start = range.start
    var first: SourceLocation?
    link.forEachNode { node in
      guard first == nil else { return false }
      if node.kind == .text || node.kind == .code, let range = node.range { first = range.start }
      return true
    }
    if let first, first.line < start.line { start.line = first.line }
    return start
  }
}
