import RapporteurCore

/// Renders the event report (`index.html`).
public enum ReportRenderer {
  public static func render(
    event: Event, sessions: [Session], extracts: [SessionExtract], rules: TaggingRules,
    leftOut: [RapporteurError] = [], summaries: [String: SummaryDraft] = [:], templates: TemplateSet
  ) throws -> String {
    let view = ReportView(
      event: event, sessions: sessions, extracts: extracts, rules: rules, leftOut: leftOut, summaries: summaries,
      css: templates.css)
    return try templates.render(MustacheReference(view), template: "report")
  }
}
