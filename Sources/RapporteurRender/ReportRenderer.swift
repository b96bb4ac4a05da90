import RapporteurCore

/// Renders the event report (`index.html`).
public enum ReportRenderer {
  public static func render(
    event: Event, sessions: [Session], leftOut: [RapporteurError] = [], templates: TemplateSet
  ) throws -> String {
    let view = ReportView(event: event, sessions: sessions, leftOut: leftOut, css: templates.css)
    return try templates.render(view, template: "report")
  }
}
