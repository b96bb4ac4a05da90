import Mustache
import RapporteurCore

// Field lookup for the templates without reflection: Mustache asks each view for its fields by
// name. `MustacheParentTests` checks that every stored field of every view is reachable here.

extension ReportView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "lang": return lang
    case "reportTitle": return reportTitle
    case "name": return name
    case "title": return title
    case "dates": return dates
    case "venue": return venue
    case "address": return address
    case "organisers": return organisers
    case "hasOrganisers": return hasOrganisers
    case "css": return css
    case "sessions": return sessions
    case "sessionCount": return sessionCount
    case "leftOut": return leftOut
    case "hasLeftOut": return hasLeftOut
    case "sections": return sections
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
    case "file": return file
    case "title": return title
    case "kind": return kind
    case "date": return date
    case "time": return time
    case "venue": return venue
    case "chairs": return chairs
    case "hosts": return hosts
    case "rapporteur": return rapporteur
    case "speakers": return speakers
    case "hasSpeakers": return hasSpeakers
    case "chathamHouse": return chathamHouse
    case "notesHTML": return notesHTML
    case "recommendations": return recommendations
    case "actions": return actions
    case "hasRecommendations": return hasRecommendations
    case "hasActions": return hasActions
    case "summary": return summary
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
    case "tags": return tags
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
    case "sentences": return sentences
    default: return nil
    }
  }
}

extension SummaryView.GroupView: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "heading": return heading
    case "items": return items
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
    case "title": return title
    case "metaLine": return metaLine
    case "opening": return opening
    case "purpose": return purpose
    case "hasPurpose": return hasPurpose
    case "keyMessages": return keyMessages
    case "hasKeyMessages": return hasKeyMessages
    case "groups": return groups
    case "hasRecommendations": return hasRecommendations
    case "nextSteps": return nextSteps
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
    case "cells": return cells
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
    case "sources": return sources
    case "merged": return merged
    default: return nil
    }
  }
}

extension ReportSections.AddresseeGroup: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "heading": return heading
    case "entries": return entries
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
    case "addressees": return addressees
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
    case "sessions": return sessions
    default: return nil
    }
  }
}

extension ReportSections: MustacheParent {
  public func child(named key: String) -> Any? {
    switch key {
    case "counts": return counts
    case "themeChart": return themeChart
    case "matrixHeaders": return matrixHeaders
    case "matrixRows": return matrixRows
    case "crossCutting": return crossCutting
    case "hasCrossCutting": return hasCrossCutting
    case "sectorHeaders": return sectorHeaders
    case "participation": return participation
    case "participationTotal": return participationTotal
    case "participationChart": return participationChart
    case "hasGender": return hasGender
    case "tracker": return tracker
    case "hasTracker": return hasTracker
    case "programme": return programme
    case "speakers": return speakers
    case "hasSpeakers": return hasSpeakers
    case "glossary": return glossary
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
