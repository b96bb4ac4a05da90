import Foundation
import RapporteurCore

/// Renders the event report (`index.html`).
public enum ReportRenderer {
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
    spill: SpillFile? = nil, to emit: (String) throws -> Void
  ) throws {
    let view = ReportView(
      event: event, sessions: sessions, extracts: extracts, rules: rules, leftOut: leftOut, summaries: summaries,
      css: templates.css, spill: spill)
    try templates.renderReport(MustacheReference(view), to: emit)
  }
}
