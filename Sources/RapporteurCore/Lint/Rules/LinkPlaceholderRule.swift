import CommonMark

/// Lint: a link whose target is empty, `#`, or a word standing in for the address (`TBD`, `link`,
/// `url`, a bare `https://`). Images are not links, and are left alone.
public struct LinkPlaceholderRule: LintRule {
  public let description = LintRuleDescription(
    id: "link-placeholder", name: "Link placeholder",
    description: "A link must lead somewhere: an empty target, '#' or a stand-in ('TBD', 'link', 'https://') is a placeholder left in",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Context\n\nSee the ↓[NAP Task Force](#) page.\n"),
      // A note's link to another ("[[concept-note]]") through a definition at its foot.
      LintExample.note("## Context\n\nSee ↓[[concept-note]] and [[other-note]].\n\n[concept-note]: #\n"),
      LintExample.note("## Context\n\n- ↓[Plan of Action]() and ↓[annex](<>)\n"),
      LintExample.note("## Context\n\nSee the ↓[concept note that\nwraps over\nthree lines](#) and ↓[this\none]().\n\n- Read ↓[the *long*\n  title](#)\n"),
      LintExample.note("## Context\n\nSee ↓[the plan](TBD), ↓[the annex](link), ↓[the site](https://) and ↓[the note](<insert link>).\n"),
    ],
    nonTriggering: [
      LintExample.note("## Context\n\nSee [the plan](https://www.un.org/counterterrorism/plan-of-action-to-prevent-violent-extremism).\n"),
      LintExample.note("## Context\n\nSee [the agenda](#agenda) below.\n"),
      LintExample.note("## Context\n\nSee [[concept-note]] and [[#]].\n\n[concept-note]: concept-note.md \"Concept note\"\n"),
      LintExample.note("## Context\n\nSee [the links page](links.html), [TBD list](https://example.org/tbd) and [site](https://un.org).\n"),
      // An image is no link: the contract's rule is about links.
      LintExample.note("## Context\n\nThe venue: ![map of the venue]() and ![floor plan](#).\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let document = file.document else { return [] }
    var found: [RawFinding] = []
    document.root.forEachNode { node in
      if case let .link(destination) = node.kind, Self.isPlaceholder(destination), let range = node.range {
        let target = destination.trimmingBlanks
        let message =
          target.isEmpty || target == "#"
          ? "link '\(node.plainText)' has no target ('\(destination)')"
          : "link '\(node.plainText)' has '\(destination)' for its target; give the address"
        found.append(RawFinding(Self.start(of: node, range: range), message))
      }
      return true
    }
    return found
  }

  /// Targets that stand in for an address not yet known.
  static let placeholders: Set<String> = [
    "", "#", "tbd", "tbc", "todo", "xxx", "link", "url", "http://", "https://", "www", "...", "\u{2026}", "?", "insert link",
    "insert url", "link here", "url here", "add link",
  ]

  static func isPlaceholder(_ destination: String) -> Bool {
    placeholders.contains(destination.trimmingBlanks.lowercased())
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
