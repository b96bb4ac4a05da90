import Foundation

/// One motion as a council's minutes or register set it out, a line for each part:
///
///     Moved: Cr Karakas · Seconded: Cr Albescu
///     That Council:
///     (a) call on the State Government to restore …;
///     (c) write to the Minister … before 19 May 2037.
///     CARRIED 9–0
///     Officer to action: Mayor's Office
///     Report back: Jun OCM
///
/// The lines of the motion's own words stay in `lines`; who moved and seconded it, the verdict
/// and the officer's fields are read out of them.
public struct MotionRecord: Sendable {
  public enum Outcome: Sendable { case carried, fell, open }

  /// Whether the meeting passed it ("CARRIED 6–3"), turned it down ("LOST 2–7", "Withdrawn",
  /// "Lapsed for want of a seconder"), or the paragraph does not say.
  public var outcome: Outcome = .open
  /// The motion's words, a line at a time ("That Council …", "(a) …").
  public var lines: [LocatedText] = []
  /// Who is to act on it: "Officer to action: Manager Community Safety".
  public var officer: String?
  /// When that officer reports back: "Report back: October 2037 OCM".
  public var reportBack: String?

  /// The labels of the field naming the officer who acts on a motion.
  static let officerLabels: Set<String> = [
    "officer to action", "action officer", "responsible officer", "officer responsible", "lead officer", "action by",
    "for action", "responsible", "officer", "action",
  ]
  /// The labels of the field saying when it comes back to the meeting, or is due.
  static let reportLabels: Set<String> = [
    "report back", "report-back", "reporting", "report to", "report by", "due", "deadline", "timeframe", "by when", "target date",
  ]

  /// The motion a paragraph sets out on lines of its own, with a line that says who moved it and
  /// one (or the same) that says who seconded it; `nil` for any other paragraph. With `closing`,
  /// the paragraph that closes a motion whose words ended in a list ("CARRIED 8–1" / "Officer to
  /// action: …"): only a verdict and fields, no words of the motion.
  public init?(_ text: LocatedText, closing: Bool = false) {
    let starts = text.lineStarts
    // Most paragraphs move no motion: their bytes say so before any line is read.
    guard closing || starts.count >= 2, text.text.utf8.count <= 20_000,
      closing || text.text.utf8.containsBytes("oved".utf8) || text.text.utf8.containsBytes("OVED".utf8)
    else { return nil }
    var moved = false
    var seconded = false
    for (number, start) in starts.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1] : text.text.endIndex
      let line = text.text[start..<end].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
      let lowered = line.lowercased()
      let opening = Self.pastLabel(lowered)
      if opening.hasPrefix("moved") || opening.hasPrefix("mover") {
        moved = true
        if opening.contains("second") { seconded = true }
        continue
      }
      if opening.hasPrefix("seconded") || opening.hasPrefix("seconder") {
        seconded = true
        continue
      }
      if let outcome = Self.verdict(lowered) {
        // "Amendment … LOST" then "Substantive motion … CARRIED": the last verdict is the motion's.
        self.outcome = outcome
        continue
      }
      if let colon = line.prefix(24).firstIndex(of: ":") {
        let label = line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
        let none = Extractor.isPlaceholder(value) || value.allSatisfy { "-\u{2013}\u{2014} ".contains($0) }
        if Self.officerLabels.contains(label) {
          officer = none ? nil : value
          continue
        }
        if Self.reportLabels.contains(label) {
          reportBack = none ? nil : value
          continue
        }
      }
      lines.append(text.slice(start..<end))
    }
    if closing {
      guard lines.isEmpty, outcome != .open || officer != nil else { return nil }
    } else {
      guard moved, seconded else { return nil }
    }
  }

  /// A line's words past a short label before a colon that leads into who moved it:
  /// "amendment: moved: cr dunn" → "moved: cr dunn"; any other line as it is.
  static func pastLabel(_ lowered: String) -> Substring {
    guard let colon = lowered.prefix(32).firstIndex(of: ":") else { return Substring(lowered) }
    let rest = lowered[lowered.index(after: colon)...].drop { $0 == " " || $0 == "*" || $0 == "_" }
    return rest.hasPrefix("moved") || rest.hasPrefix("mover") ? rest : Substring(lowered)
  }

  /// What a line of a motion's record says became of it, when that is all it says: "carried
  /// 6–3 (against: …)", "motion lost", "withdrawn", "lapsed for want of a seconder"; `nil` for a
  /// line that goes on to say more ("carried over to the May meeting", "agreed that …").
  public static func verdict(_ lowered: String) -> Outcome? {
    var words = lowered.split(whereSeparator: { !$0.isLetter }).map(String.init)
    while let first = words.first, ["the", "motion", "amendment", "was", "result", "resolution", "vote", "substantive"].contains(first) {
      words.removeFirst()
    }
    guard let first = words.first, words.count <= 16 else { return nil }
    let second = words.dropFirst().first ?? ""
    if ["carried", "adopted", "passed", "agreed", "approved"].contains(first) {
      return ["over", "forward", "to", "that", "on", "the"].contains(second) ? nil : .carried
    }
    if ["lost", "defeated", "withdrawn", "lapsed", "failed", "rejected", "fell", "negatived"].contains(first)
      || (first == "not" && ["carried", "adopted", "passed", "agreed"].contains(second))
    {
      return .fell
    }
    return nil
  }

  /// A line of the motion without the letter or number of its limb: "(a) call on …" → "call
  /// on …", "ii) write to …" → "write to …".
  static func droppingLimb(_ line: LocatedText) -> LocatedText {
    let text = line.text
    guard let match = text.range(of: #"^\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+"#, options: .regularExpression), match.upperBound < text.endIndex
    else { return line }
    return line.slice(match.upperBound..<text.endIndex)
  }
}
