/// Under the Chatham House Rule a session's id shows in anchors, file names and the extracted data,
/// and its notes file's name in source references: one that holds a speaker's name
/// ("halvorsen-keynote" of Ingrid Halvorsen) names who spoke. These are the id and file name the
/// outputs show in its place.
public enum SpeakerNamedID {
  /// The words of the session's speakers' names that can tell who spoke: three letters or more, and
  /// neither a common word nor a title ("Hope", "Dr").
  static func nameWords(of session: Session) -> Set<String> {
    var words: Set<String> = []
    for speaker in session.speakers + (session.speakersInNotes ?? []) {
      for word in speaker.name.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 3 {
        let name = String(word)
        if !CommonWords.contains(name), !SentenceAnalysis.personalTitles.contains(name) { words.insert(name) }
      }
    }
    return words
  }

  /// The id the outputs show under the Chatham House Rule, when the id names a speaker: its other
  /// words, and six hexadecimal digits of the id as written so that two ids that differ only by a
  /// name stay apart ("keynote-3f09a1"). Nil when the id names no one.
  public static func unnamedID(of session: Session) -> String? {
    let names = nameWords(of: session)
    guard !names.isEmpty else { return nil }
    let (kept, removed) = unnamed(session.id, names: names)
    guard removed else { return nil }
    return (kept.isEmpty ? "session" : kept) + "-" + hexDigest(session.id)
  }

  /// The file name the outputs show under the Chatham House Rule, when the name of the notes file
  /// holds a speaker's name: "sessions/keynote.md" for "sessions/halvorsen-keynote.md". Nil when it
  /// names no one.
  public static func unnamedFile(_ path: String, of session: Session) -> String? {
    let names = nameWords(of: session)
    guard !names.isEmpty else { return nil }
    let slash = path.lastIndex(where: { $0 == "/" || $0 == "\\" })
    let folder = slash.map { String(path[...$0]) } ?? ""
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    let dot = base.lastIndex(of: ".").flatMap { $0 == base.startIndex ? nil : $0 }
    let stem = dot.map { String(base[..<$0]) } ?? base
    let suffix = dot.map { String(base[$0...]) } ?? ""
    let (kept, removed) = unnamed(stem, names: names)
    guard removed else { return nil }
    return folder + (kept.isEmpty ? "notes" : kept) + suffix
  }

  /// `text` without the runs of letters that are names, the rest joined by hyphens.
  static func unnamed(_ text: String, names: Set<String>) -> (kept: String, removed: Bool) {
    // Runs of letters, of digits and of anything else (the separators).
    enum Kind { case letters, digits, separator }
    var runs: [(text: String, kind: Kind)] = []
    for character in text {
      let kind: Kind = character.isLetter ? .letters : character.isNumber ? .digits : .separator
      if let last = runs.last, last.kind == kind {
        runs[runs.count - 1].text.append(character)
      } else {
        runs.append((String(character), kind))
      }
    }
    let parts = runs.filter { !($0.kind == .letters && names.contains($0.text.lowercased())) }.map(\.text)
    guard parts.count < runs.count else { return (text, false) }
    // The separators left beside a removed name are folded into one hyphen.
    var kept = ""
    var pendingSeparator = false
    for part in parts {
      if !part.contains(where: { $0.isLetter || $0.isNumber }) {
        pendingSeparator = true
        continue
      }
      if pendingSeparator, !kept.isEmpty { kept += "-" }
      pendingSeparator = false
      kept += part
    }
    return (kept, true)
  }

  /// Six hexadecimal digits of FNV-1a over the text's bytes: the same on every run and machine.
  static func hexDigest(_ text: String) -> String {
    var hash: UInt32 = 2_166_136_261
    for byte in text.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 16_777_619
    }
    let hex = String(hash & 0xFF_FFFF, radix: 16)
    return String(repeating: "0", count: 6 - hex.count) + hex
  }
}
