/// Lint: a note must have the sections `event.yml` requires for its kind of session.
public struct SectionMissingRule: LintRule {
  static let required: [String: [SectionID]] = ["workshop": [.purpose, .recommendations, .actions]]

  public let description = LintRuleDescription(
    id: "section-missing", name: "Section missing",
    description: "A note must have every section that event.yml's required-sections lists for its kind",
    defaultSeverity: .error,
    triggering: [
      LintExample(
        "---\ntitle: T\nkind: workshop\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nText.\n\n## Recommendations\n\n- Donors should act.\n\n↓### Next steps\n\n- UNDP to act.\n",
        requiredSections: required),
      LintExample(
        "---\ntitle: T\nkind: ↓workshop\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nText.\n",
        requiredSections: required),
      LintExample(
        "---\ntitle: T\nkind: ↓workshop\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Objectives\n\nText.\n\n## Follow-up\n\n- UNDP to act.\n",
        requiredSections: required),
      LintExample(
        "↓---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nText.\n",
        requiredSections: ["session": [.discussion]]),
      LintExample(
        "---\ntitle: T\nkind: workshop\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nText.\n\n## Recommendations\n\n- Donors should act.\n\n↓##\u{00A0}Next steps\n\n- UNDP to act.\n",
        requiredSections: required),
      LintExample(
        "---\ntitle: T\nkind: workshop\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nText.\n\n## Recommendations\n\n- Donors should act.\n\n↓##Next steps\n\n- UNDP to act.\n",
        requiredSections: required),
      LintExample(
        "---\ntitle: T\nkind: ↓Side event\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nText.\n",
        requiredSections: ["side-event": [.purpose, .discussion]]),
    ],
    nonTriggering: [
      LintExample.note(
        "## Aim\n\nText.\n\n## Key recommendations\n\n- Donors should act.\n\n## Next steps\n\n- UNDP to act.\n",
        requiredSections: required),
      LintExample.note("## Purpose\n\nText.\n", kind: "plenary", requiredSections: required),
      LintExample.note("## Purpose\n\n#NAPs are trending.\n\n## Discussion\n\nText.\n", kind: "panel", requiredSections: ["panel": [.purpose, .discussion]]),
      LintExample.note(
        "## Purpose\n\nText.\n\n## Recommendations and next steps\n\n- Donors should act.\n- UNDP to act.\n",
        requiredSections: required),
      LintExample.note("## Programme\n\n- 13:15–14:00 Panel\n", kind: "panel", requiredSections: ["panel": [.agenda]]),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    // "Workshop" and "side event" are the kinds `workshop` and `side-event`.
    let required = file.event.requiredSections[session.kind] ?? file.event.requiredSections[Self.kindID(session.kind)] ?? []
    // "## Recommendations and next steps" stands for both sections it names.
    let present = Set(session.sections.flatMap { section in
      section.id == nil ? [] : file.rules.catalog.sections(forHeading: section.heading)
    })
    let kindValue = session.frontMatter["kind"]
    let line = kindValue?.line ?? session.frontMatterLine
    let column = kindValue == nil ? 1 : file.valueColumn(line: line, key: "kind")
    return required.filter { !present.contains($0) }.map { id in
      // "**Action items**" on a line of its own: the section is there, written as bold text.
      if let bold = session.sectionsAsRead?.first(where: { $0.id == id && !session.sections.map(\.headingRange).contains($0.headingRange) }) {
        return RawFinding(
          line: bold.line, column: 1,
          "'\(session.kind)' sessions need \(Self.article(before: id.title)) '\(id.title)' section: the bold paragraph '\(bold.heading)' reads as its heading; write it '## \(bold.heading)'")
      }
      // "### Next steps" under "## Recommendations": the section is there, a level too deep.
      for section in session.sections {
        for block in section.blocks {
          guard case let .heading(level) = block.kind, file.rules.catalog.sections(forHeading: block.plainText).contains(id),
            let start = block.range?.start
          else { continue }
          let marks = String(repeating: "#", count: max(1, level - 1))
          return RawFinding(
            line: start.line, column: 1,
            "'\(session.kind)' sessions need \(Self.article(before: id.title)) '\(id.title)' section: the heading '\(block.plainText)' is one level below the note's sections; write it '\(marks) \(block.plainText)'")
        }
      }
      // "##\u{00A0}Speakers" or "##Speakers", as a word processor's export writes them: a paragraph to
      // CommonMark, though the writer sees the heading.
      for section in session.sections {
        for block in section.blocks {
          guard case .paragraph = block.kind, let start = block.range?.start,
            let name = Self.headingWithoutSpace(block.plainText), file.rules.catalog.sections(forHeading: name).contains(id)
          else { continue }
          return RawFinding(
            line: start.line, column: 1,
            "'\(session.kind)' sessions need \(Self.article(before: id.title)) '\(id.title)' section: the line '\(name)' is no heading, as no ordinary space follows its '#'; write it '## \(name)'")
        }
      }
      return RawFinding(
        line: line, column: column,
        "'\(session.kind)' sessions need \(Self.article(before: id.title)) '\(id.title)' section (\(id.defaultNames.joined(separator: ", ")))")
    }
  }

  /// The words after the hashes of a paragraph's first line that a writer meant as a heading:
  /// "##\u{00A0}Speakers" (a non-breaking or other unusual space) or "##Speakers" (none at all).
  static func headingWithoutSpace(_ text: String) -> String? {
    guard text.hasPrefix("#") else { return nil }
    let line = text.prefix { $0 != "\n" }
    let hashes = line.prefix { $0 == "#" }
    guard hashes.count <= 6 else { return nil }
    let rest = line.dropFirst(hashes.count)
    guard let first = rest.first, first != " ", first != "\t" else { return nil }
    var name = rest.drop { $0.isWhitespace }
    while name.last?.isWhitespace == true { name.removeLast() }
    return name.isEmpty ? nil : String(name)
  }

  /// A kind as `required-sections` names it: lower case, words joined by hyphens.
  static func kindID(_ kind: String) -> String {
    kind.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
  }

  /// "a" or "an" before `word`, by its first letter: "an 'Agenda' section", "a 'Purpose' section".
  static func article(before word: String) -> String {
    guard let first = word.first?.lowercased() else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
  }
}
