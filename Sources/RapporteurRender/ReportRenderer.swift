import RapporteurCore

/// Renders the event report (`index.html`).
public enum ReportRenderer {
  /// How the report template lists the sessions when it renders each with the session partial
  /// alone: then the sessions, the bulk of the report, are rendered on all cores first.
  static let sessionLoop = "\n{{#sessions}}\n{{> partials/session}}\n{{/sessions}}\n"

  public static func render(
    event: Event, sessions: [Session], extracts: [SessionExtract], rules: TaggingRules,
    leftOut: [RapporteurError] = [], summaries: [String: SummaryDraft] = [:], templates: TemplateSet
  ) throws -> String {
    let view = ReportView(
      event: event, sessions: sessions, extracts: extracts, rules: rules, leftOut: leftOut, summaries: summaries,
      css: templates.css)
    let report = MustacheReference(view)
    // Only where the partial is used in that loop alone: elsewhere it is rendered as written.
    let source = templates.reportSource
    guard source.components(separatedBy: sessionLoop).count == 2,
      source.components(separatedBy: "{{> partials/session}}").count == 2, view.sessions.count > 1
    else {
      return try templates.render(report, template: "report")
    }
    // Each session as Mustache sees it inside {{#sessions}}: the session first, then the report.
    let rendered = try Parallel.map(view.sessions) { session in
      Result {
        try templates.render(ContextStack([MustacheReference(session), MustacheReference(view)]), template: "partials/session")
      }
    }.map { try $0.get() }
    let sessionsDone = zip(view.sessions, rendered).map { session, html in
      NamesAnsweredFirst(["renderedSession": html], over: MustacheReference(session))
    }
    return try templates.replacing("partials/session", with: "{{{renderedSession}}}")
      .render(NamesAnsweredFirst(["sessions": sessionsDone], over: report), template: "report")
  }
}
