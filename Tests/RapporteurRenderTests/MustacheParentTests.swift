import Foundation
import Mustache
import RapporteurCore
import RapporteurKit
@testable import RapporteurRender
import Testing
import TestSupport

@Suite struct MustacheParentTests {
  /// Every stored field of every view the templates see is reachable by name, so that the fast
  /// lookup gives the templates exactly what reflection would.
  @Test func everyFieldOfEveryViewIsReachable() throws {
    let context = try BuildPipeline.run(
      [.loadInputs(requireEvent: true), .extract, .loadTemplates, .renderSummaries],
      options: BuildOptions(input: repositoryPath("Inputs"), templates: repositoryPath("Templates")))
    let view = ReportView(
      event: context.event, sessions: context.sessions, extracts: context.extracts, rules: context.rules,
      leftOut: [RapporteurError(.frontMatterInvalid, file: "sessions/broken.md", line: 3, "does not parse")],
      summaries: context.summaryDrafts, css: "")
    var checked: Set<String> = []
    var answered: Set<String> = []
    var labels: Set<String> = []
    func visit(_ value: Any) {
      let mirror = Mirror(reflecting: value)
      if mirror.displayStyle == .optional {
        mirror.children.first.map { visit($0.value) }
        return
      }
      if mirror.displayStyle == .collection {
        mirror.children.forEach { visit($0.value) }
        return
      }
      guard mirror.displayStyle == .struct else { return }
      let type = String(describing: Swift.type(of: value))
      guard let parent = value as? MustacheParent else {
        Issue.record("\(type) is not a MustacheParent")
        return
      }
      checked.insert(type)
      answered.formUnion(TemplateNames.known.filter { parent.child(named: $0) != nil })
      for child in mirror.children {
        // A session's parts and an item's place are no fields of the templates: the views and
        // texts made from them on demand are checked below.
        guard let label = child.label, label != "parts", label != "place" else { continue }
        let isNil = Mirror(reflecting: child.value).displayStyle == .optional && Mirror(reflecting: child.value).children.isEmpty
        let found = parent.child(named: label)
        labels.insert(label)
        #expect(TemplateNames.known.contains(label), "\(type).\(label) is missing from TemplateNames.known")
        #expect((found == nil) == isNil, "\(type).\(label) is not reachable by name")
        // Plain values must be the field's own, not something else of the same name.
        let expected = isNil ? nil : (Mirror(reflecting: child.value).displayStyle == .optional ? Mirror(reflecting: child.value).children.first?.value : child.value)
        if let expected = expected as? String { #expect(found as? String == expected, "\(type).\(label)") }
        if let expected = expected as? Int { #expect(found as? Int == expected, "\(type).\(label)") }
        if let expected = expected as? Bool { #expect(found as? Bool == expected, "\(type).\(label)") }
        visit(child.value)
      }
    }
    visit(view)
    for session in view.sessions {
      #expect((session.child(named: "recommendations") as? [Any])?.count == session.recommendations.count)
      #expect((session.child(named: "actions") as? [Any])?.count == session.actions.count)
      #expect((session.child(named: "summary") == nil) == (session.summary == nil))
      visit(session.recommendations)
      visit(session.actions)
      session.summary.map(visit)
    }
    let links = view.sections.crossCutting.flatMap(\.addressees).flatMap(\.entries).flatMap(\.sources)
      + view.sections.speakers.flatMap(\.sessions)
    #expect(links.count > 10)
    for link in links {
      #expect(link.child(named: "anchor") as? String == link.anchor && !link.anchor.isEmpty)
      #expect(link.child(named: "source") as? String == link.source && link.source.hasSuffix(".md") != link.source.contains(".md:"))
    }
    #expect(view.sections.tracker.count > 3)
    for row in view.sections.tracker {
      #expect(row.child(named: "anchor") as? String == row.anchor && row.anchor.hasPrefix("act-\(row.sessionAnchor)-"))
      #expect(row.child(named: "source") as? String == row.source && row.source.contains(".md:"))
    }
    // Every name the template check takes for known is one some view answers (or a field of one
    // that is empty in the sample).
    #expect(TemplateNames.known.subtracting(answered).subtracting(labels).sorted() == [])
    #expect(checked.contains("ItemView") && checked.contains("SummaryView") && checked.contains("TagView"))
    #expect(checked.count >= 15, "only \(checked.sorted()) were visited")
  }
}
