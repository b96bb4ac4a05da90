import Foundation
import RapporteurCore

/// Renders the event report (`index.html`).
public enum ReportRenderer {
  /// How the report template lists the sessions when it renders each with the session partial
  /// alone: then the sessions, the bulk of the report, are rendered on all cores a batch at a
  /// time and handed on as they are done, so the report is never whole in memory.
  static let sessionLoop = "\n{{#sessions}}\n{{> partials/session}}\n{{/sessions}}\n"

  public static func render(
    event: Event, sessions: [Session], extracts: [SessionExtract], rules: TaggingRules,
    leftOut: [RapporteurError] = [], summaries: [String: SummaryDraft] = [:], templates: TemplateSet
  ) throws -> String {
    var out = ""
    try render(
      event: event, sessions: sessions, extracts: extracts, rules: rules, leftOut: leftOut, summaries: summaries,
      templates: templates
    ) { out += $0 }
    return out
  }

  /// The same report, handed to `emit` a piece at a time.
  public static func render(
    event: Event, sessions: [Session], extracts: [SessionExtract], rules: TaggingRules,
    leftOut: [RapporteurError] = [], summaries: [String: SummaryDraft] = [:], templates: TemplateSet,
    to emit: (String) throws -> Void
  ) throws {
    let view = ReportView(
      event: event, sessions: sessions, extracts: extracts, rules: rules, leftOut: leftOut, summaries: summaries,
      css: templates.css)
    let report = MustacheReference(view)
    // Only where the partial is used in that loop alone: elsewhere it is rendered as written.
    let source = templates.reportSource
    guard source.components(separatedBy: sessionLoop).count == 2,
      source.components(separatedBy: "{{> partials/session}}").count == 2, view.sessions.count > 1
    else {
      return try emit(templates.render(report, template: "report"))
    }
    // The report with a marker where the loop stands; the marker cannot come from the notes,
    // which are escaped, nor from the template, which is checked for it.
    let marker = "\u{1}rapporteur-sessions-\(UUID().uuidString)\u{1}"
    let outer = try templates.replacing("report", with: source.replacingOccurrences(of: sessionLoop, with: "\n{{{sessionsMarker}}}\n"))
      .render(NamesAnsweredFirst(["sessionsMarker": marker], over: report), template: "report")
    // Byte for byte: the report is long, and the marker is ASCII that nothing composes with.
    let parts = TextSearch.components(of: outer, separatedBy: marker)
    guard parts.count == 2, !source.contains(marker) else {
      return try emit(templates.render(report, template: "report"))
    }
    // The sessions one after another, as the loop gives them (a partial alone on its line adds no break).
    try emit(String(parts[0]))
    // Each session as Mustache sees it inside {{#sessions}}: the session first, then the report.
    try Parallel.forEachBatch(view.sessions, map: { session in
      Result {
        try templates.render(ContextStack([MustacheReference(session), MustacheReference(view)]), template: "partials/session")
      }
    }) { _, rendered in
      for html in rendered { try emit(html.get()) }
    }
    try emit(String(parts[1].dropFirst()))
  }
}
