/// Lint: the front matter must give the fields every session needs.
public struct FieldMissingRule: LintRule {
  /// Fields a session cannot do without.
  public static let requiredFields = ["title", "date", "time"]

  public let description = LintRuleDescription(
    id: "field-missing", name: "Field missing",
    description: "The front matter must give title, date (YYYY-MM-DD) and time (HH:MM-HH:MM), and chatham-house: true where the notes say the Chatham House Rule applied",
    defaultSeverity: .error,
    triggering: [
      LintExample("↓---\ntitle: Partnership in practice\ndate: \"2017-09-21\"\n---\n\n## Purpose\n\nText.\n"),
      LintExample("↓---\nkind: workshop\n---\n"),
      LintExample("<!-- draft -->\n---\n↓title: \"\"\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n"),
      LintExample("↓---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nThe roundtable was held under the Chatham House Rule.\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\n↓time:: 10:00-11:00\n---\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nText.\n"),
      LintExample("---\ntitle: T\ndate: 2017-09-21\ntime: 09:00-10:00\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Purpose\n\nThe session was not held under the Chatham House Rule; Chatham House published a paper.\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nchatham-house: true\n---\n## Purpose\n\nHeld under the Chatham House Rule.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    // Notes that say the session was held under the Chatham House Rule, with no field to say so:
    // the outputs name no speaker, but the front matter should say why.
    let chatham = SessionLoader.chathamHouseField(session.frontMatter) == nil && session.chathamHouse
      ? [RawFinding(line: session.frontMatterLine, "the notes say the session was held under the Chatham House Rule, but the front matter has no 'chatham-house: true' (outputs name no speaker all the same)")]
      : []
    return chatham + Self.requiredFields.compactMap { field in
      let value = session.frontMatter[field]
      if let text = value?.string, !text.trimmingBlanks.isEmpty { return nil }
      if let value, value.string == nil, value != .null(line: value.line) { return nil }  // wrong type: field-invalid
      // An empty field is named where it stands; a missing one where the front matter opens, or
      // where it is written with a key that is not read ("time:: 14:00-15:30" is read as "time:").
      if value == nil, let misspelt = FieldInvalidRule.misspeltFields(session.frontMatter).first(where: { $0.nearest == field }) {
        return RawFinding(
          line: misspelt.entry.line, column: 1,
          "front matter has no '\(field)' field: '\(misspelt.entry.key)' is not read as it; write it '\(field)'")
      }
      return RawFinding(
        line: value?.line ?? session.frontMatterLine,
        value == nil ? "front matter has no '\(field)' field" : "front matter field '\(field)' is empty")
    }
  }
}
