import Mustache
import RapporteurCore

// Field lookup for the templates without reflection: Mustache asks each view for its fields by
// name. `MustacheParentTests` checks that every stored field of every view is reachable here.
// The views rendered and the views inside them are handed over by reference (`MustacheReference`).

/// A view handed to Mustache by reference. For every name it looks up, Mustache casts each object
/// on its stack to `MustacheParent`, which copies a struct with all its fields; a reference is
/// copied with one retain. It reads as its view does, `{{.}}` included.
final class MustacheReference: MustacheParent, CustomStringConvertible {
  let view: any MustacheParent

  init(_ view: any MustacheParent) {
    self.view = view
  }

  func child(named key: String) -> Any? {
    view.child(named: key)
  }

  var description: String {
    String(describing: view)
  }
}

/// Views looked up in turn, the first first, as Mustache looks up its context stack.
final class ContextStack: MustacheParent, CustomStringConvertible {
  let views: [any MustacheParent]

  init(_ views: [any MustacheParent]) {
    self.views = views
  }

  func child(named key: String) -> Any? {
    for view in views {
      if let value = view.child(named: key) { return value }
    }
    return nil
  }

  var description: String {
    views.first.map { String(describing: $0) } ?? ""
  }
}

extension Array where Element: MustacheParent {
  var byReference: [MustacheReference] {
    map(MustacheReference.init)
  }
}

extension ReportView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "lang": return lang
    case "reportTitle": return reportTitle
    case "name": return name
    case "title": return title
    case "dates": return dates
    case "datesLabel": return datesLabel
    case "venue": return venue
    case "address": return address
    case "organisers": return organisers
    case "hasOrganisers": return hasOrganisers
    case "css": return css
    case "sessions": return sessions.byReference
    case "sessionCount": return sessionCount
    case "sessionsText": return sessionsText
    case "leftOut": return leftOut.byReference
    case "hasLeftOut": return hasLeftOut
    case "sections": return MustacheReference(sections)
    default: return nil
    }
  }
}

extension LeftOutView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "file": return file
    case "reason": return reason
    default: return nil
    }
  }
}

extension SpeakerView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "name": return name
    case "details": return details
    default: return nil
    }
  }
}

extension SessionView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "id": return id
    case "anchor": return anchor
    case "idBase": return idBase
    case "file": return file
    case "title": return title
    case "kind": return kind
    case "date": return date
    case "time": return time
    case "venue": return venue
    case "chairs": return chairs
    case "chairLabel": return chairLabel
    case "hosts": return hosts
    case "rapporteur": return rapporteur
    case "speakers": return speakers.byReference
    case "hasSpeakers": return hasSpeakers
    case "chathamHouse": return chathamHouse
    case "notesHTML": return notesHTML
    case "notesSource": return notesSource
    case "recommendations": return recommendations.byReference
    case "actions": return actions.byReference
    case "hasRecommendations": return hasRecommendations
    case "hasActions": return hasActions
    case "summary": return summary.map(MustacheReference.init)
    default: return nil
    }
  }
}

extension ItemView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "anchor": return anchor
    case "text": return text
    case "source": return source
    case "owner": return owner
    case "due": return due
    case "done": return done
    case "status": return status
    case "tags": return tags.byReference
    case "hasTags": return hasTags
    case "rule": return rule
    default: return nil
    }
  }
}

extension TagView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "id": return id
    case "label": return label
    case "kind": return kind
    default: return nil
    }
  }
}

extension SummaryView.Sourced: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "text": return text
    case "source": return source
    default: return nil
    }
  }
}

extension SummaryView.KeyMessageView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "theme": return theme
    case "sentences": return sentences.byReference
    default: return nil
    }
  }
}

extension SummaryView.GroupView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "heading": return heading
    case "items": return items.byReference
    default: return nil
    }
  }
}

extension SummaryView.NextStepView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "text": return text
    case "owner": return owner
    case "due": return due
    case "source": return source
    default: return nil
    }
  }
}

extension SummaryView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "lang": return lang
    case "css": return css
    case "marker": return marker
    case "id": return id
    case "anchor": return anchor
    case "idBase": return idBase
    case "title": return title
    case "metaLine": return metaLine
    case "opening": return opening
    case "purpose": return purpose.byReference
    case "hasPurpose": return hasPurpose
    case "keyMessages": return keyMessages.byReference
    case "hasKeyMessages": return hasKeyMessages
    case "groups": return groups.byReference
    case "hasRecommendations": return hasRecommendations
    case "nextSteps": return nextSteps.byReference
    case "hasNextSteps": return hasNextSteps
    case "chairsMarkdown": return chairsMarkdown
    case "chairsHTML": return chairsHTML
    case "verbatim": return verbatim
    case "missing": return missing
    case "leftOut": return leftOut
    case "closingLine": return closingLine
    default: return nil
    }
  }
}

extension ReportSections.Count: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "label": return label
    case "value": return value
    default: return nil
    }
  }
}

extension ReportSections.Cell: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "count": return count
    case "level": return level
    case "label": return label
    default: return nil
    }
  }
}

extension ReportSections.MatrixRow: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "title": return title
    case "anchor": return anchor
    case "cells": return cells.byReference
    default: return nil
    }
  }
}

extension ReportSections.SourceLink: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "session": return session
    case "anchor": return anchor
    case "source": return source
    default: return nil
    }
  }
}

extension ReportSections.Entry: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "text": return text
    case "sources": return sources.byReference
    case "merged": return merged
    default: return nil
    }
  }
}

extension ReportSections.AddresseeGroup: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "heading": return heading
    case "entries": return entries.byReference
    default: return nil
    }
  }
}

extension ReportSections.ThemeGroup: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "anchor": return anchor
    case "theme": return theme
    case "count": return count
    case "addressees": return addressees.byReference
    default: return nil
    }
  }
}

extension ReportSections.ParticipationRow: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "title": return title
    case "anchor": return anchor
    case "total": return total
    case "sectors": return sectors
    case "women": return women
    case "men": return men
    case "unknownGender": return unknownGender
    default: return nil
    }
  }
}

extension ReportSections.TrackerRow: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "text": return text
    case "anchor": return anchor
    case "owner": return owner
    case "due": return due
    case "status": return status
    case "session": return session
    case "sessionAnchor": return sessionAnchor
    case "source": return source
    default: return nil
    }
  }
}

extension ReportSections.ProgrammeRow: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "date": return date
    case "time": return time
    case "title": return title
    case "anchor": return anchor
    case "kind": return kind
    case "venue": return venue
    case "chairs": return chairs
    default: return nil
    }
  }
}

extension ReportSections.SpeakerEntry: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "name": return name
    case "details": return details
    case "sessions": return sessions.byReference
    default: return nil
    }
  }
}

extension ReportSections: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "counts": return counts.byReference
    case "themeChart": return themeChart
    case "matrixHeaders": return matrixHeaders
    case "matrixRows": return matrixRows.byReference
    case "crossCutting": return crossCutting.byReference
    case "hasCrossCutting": return hasCrossCutting
    case "sectorHeaders": return sectorHeaders
    case "participation": return participation.byReference
    case "participationTotal": return MustacheReference(participationTotal)
    case "participationChart": return participationChart
    case "hasGender": return hasGender
    case "tracker": return tracker.byReference
    case "hasTracker": return hasTracker
    case "programme": return programme.byReference
    case "speakers": return speakers.byReference
    case "hasSpeakers": return hasSpeakers
    case "hasChathamSessions": return hasChathamSessions
    case "glossary": return glossary.byReference
    case "hasGlossary": return hasGlossary
    default: return nil
    }
  }
}

extension Glossary.Entry: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "acronym": return acronym
    case "longForm": return longForm
    default: return nil
    }
  }
}

/// Every name a view above answers: what an edited template may look up. `MustacheParentTests`
/// checks that it names every field the views answer to and nothing else.
enum TemplateNames {
  static let known: Set<String> = [
    "acronym", "actions", "address", "addressees", "anchor", "cells", "chairLabel", "chairs", "chairsHTML", "chairsMarkdown",
    "chathamHouse", "closingLine", "count", "counts", "crossCutting", "css", "date", "dates", "datesLabel", "details", "done",
    "due", "entries", "file", "glossary", "groups", "hasActions", "hasChathamSessions", "hasCrossCutting", "hasGender", "hasGlossary",
    "hasKeyMessages", "hasLeftOut", "hasNextSteps", "hasOrganisers", "hasPurpose", "hasRecommendations",
    "hasSpeakers", "hasTags", "hasTracker", "heading", "hosts", "id", "idBase", "items", "keyMessages", "kind",
    "label", "lang", "leftOut", "level", "longForm", "marker", "matrixHeaders", "matrixRows", "men", "merged",
    "metaLine", "missing", "name", "nextSteps", "notesHTML", "notesSource", "opening", "organisers", "owner",
    "participation", "participationChart", "participationTotal", "programme", "purpose", "rapporteur", "reason",
    "recommendations", "reportTitle", "rule", "sections", "sectorHeaders", "sectors", "sentences", "session",
    "sessionAnchor", "sessionCount", "sessions", "sessionsText", "source", "sources", "speakers", "status",
    "summary", "tags", "text", "theme", "themeChart", "time", "title", "total", "tracker", "unknownGender",
    "value", "venue", "verbatim", "women",
  ]

  /// The known name `name` most likely misspells: at most two letters off (one for short names).
  static func nearest(to name: String) -> String? {
    Spelling.nearest(name, in: known, within: name.count <= 4 ? 1 : 2)
  }
}
