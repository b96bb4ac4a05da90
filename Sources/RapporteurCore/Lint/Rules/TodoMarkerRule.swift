/// Lint: TODO, TBD, XXX or `??` left in the text, and the TBC and FIXME that notes also use.
public struct TodoMarkerRule: LintRule {
  public let description = LintRuleDescription(
    id: "todo-marker", name: "TODO marker",
    description: "TODO, TBD, TBC, FIXME, XXX or '??' left in the notes",
    defaultSeverity: .warning,
    triggering: [
      LintExample.note("## Purpose\n\nSpeaker from ↓TBD ministry; check name↓??\n"),
      LintExample("---\ntitle: \"↓TODO title\"\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n## Discussion\n\n↓XXX fill in\n"),
      LintExample.note("## Discussion\n\nThe final figure is ↓tbd.\n\n- ↓Todo: confirm the quote.\n- ↓todo: ask the chair\n\nTags: #roundtable #↓TBD\n"),
      LintExample.note("## Discussion\n\nText with ↓TBD <!-- rapporteur-disable-next-line acronym-undefined -->\nPVE, then ↓TODO.\n"),
      LintExample.note(
        "## Discussion\n\n```\n<!-- rapporteur-disable todo-marker -->\n```\n\n    <!-- rapporteur-disable todo-marker -->\n\nShown as `<!-- rapporteur-disable todo-marker -->`.\n\n↓TODO still found.\n"),
      LintExample.note("## Discussion\n\nSee `TODO` in code, then ↓TBD.\n\n```\nTODO\n```\n\n↓XXX after ``a `TBD` span``, and ↓??\n"),
      LintExample.note("## Speakers\n\n- Minister (↓TBC)\n- Name ↓tbc\n\n## Discussion\n\n↓FIXME: the figure.\n"),
      LintExample.note("## Discussion\n\nThe [venue](↓TBD) and (↓TBD) and [the report](https://example.org/r.pdf) ↓TBD.\n"),
      LintExample.note("## Discussion\n\nAudience figures — ↓TODO—check against the survey; ↓TBD’s place.\n"),
    ],
    nonTriggering: [
      // The label of a task with its owner, as the notes' format reads it.
      LintExample.note("## Discussion\n\nTODO: Secretariat to circulate the venue comparison.\n\n- [ ] TODO UNDP to book the room\n"),
      LintExample.note("## Purpose\n\nThe todo list was short. Who? Why? Today, Todorova spoke.\n"),
      LintExample.note("## Discussion\n\nTBDs and XXXL sizes are words, not markers; the to-do list, TBDA and tbdx too.\n"),
      LintExample.note(
        "## Discussion\n\nRun `x ?? y` and ``TODO: `a` ``.\n\n```\nTODO in a fenced transcript ??\n```\n\n    TBD in indented code\n"),
      LintExample.note("## Discussion\n\n- First\n\n      todo: indented code in a list item\n\nWhat next!? Nobody knew.\n"),
      LintExample.note("## Discussion\n\nTBCs, Tbc and the Fixme app are words; FIXMEs too.\n"),
      // An HTML comment is not text: nothing in it is shown.
      LintExample.note("## Discussion\n\n<!--\nTODO before sending: ask for the slides ??\n-->\nMarta <!-- spelling TBD --> presented.\n"),
      // Nor is a block of raw HTML, which the outputs leave out.
      LintExample.note("## Discussion\n\n<table><tr><td>Seats</td><td>TBD</td></tr></table>\n\nText.\n"),
      // Nor is a tag's attribute inside a line of text.
      LintExample.note("## Discussion\n\nThe threshold <Badge type=\"warning\" text=\"TODO\" /> is a draft.\n"),
      LintExample.note("## Discussion\n\nTODOé and XXXñ are words.\n"),
      // A tag in small letters files the note.
      LintExample.note("## Discussion\n\n#roundtable #tbd #todo\n\nText.\n"),
      LintExample.note(
        "## Discussion\n\nThe [copy](https://example.org/outcome-TBD-v3.docx) and [notes](drafts/TBD.md), <https://example.org/TODO>, www.example.org/TBD.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    var findings: [RawFinding] = []
    var layout: NoteLayout?
    // HTML comments are not text: what they hold is never shown ("<!-- surname spelling TBD -->").
    var comments: [HTMLComment]? = nil
    func inComment(_ line: Int, _ offset: Int) -> Bool {
      if comments == nil { comments = HTMLComment.all(in: file) }
      return comments?.contains { $0.contains(line: line, offset: offset) } ?? false
    }
    for (offset, line) in file.lines.enumerated() {
      // Every marker starts with one of these bytes; most lines hold none.
      guard line.utf8.contains(where: Self.canStartMarker) else { continue }
      let number = offset + 1
      let bytes = Array(line.utf8)
      var index = 0
      while index < bytes.count {
        guard Self.canStartMarker(bytes[index]), let marker = Self.marker(in: bytes, at: index) else {
          index += 1
          continue
        }
        let notes = layout ?? file.layout
        layout = notes
        if !notes.isCode(line: number, offset: index), !notes.isHTMLBlock(line: number), !Self.isInsideAddress(bytes, at: index),
          !Self.isInsideTag(bytes, at: index),
          !inComment(number, index), !Self.labelsOwnedTask(bytes, at: index, marker: marker)
        {
          findings.append(RawFinding(line: number, column: index + 1, "'\(marker)' left in the notes"))
        }
        index += marker.utf8.count
        while index < bytes.count, bytes[index] == UInt8(ascii: "?") { index += 1 }
      }
    }
    return findings
  }

  /// Whether the marker stands inside an HTML tag on its line, an attribute's value that is never
  /// shown: `<Badge type="warning" text="TODO" />`. The tag opens with "<" and a letter before it,
  /// and closes with ">" after it, with no other "<" or ">" between.
  static func isInsideTag(_ bytes: [UInt8], at index: Int) -> Bool {
    guard let open = bytes[..<index].lastIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }),
      bytes[open] == UInt8(ascii: "<"), open + 1 < index, bytes[open + 1].isASCIILetter,
      let close = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
    else { return false }
    return bytes[close] == UInt8(ascii: ">")
  }

  /// Whether an upper-case `TODO` opens a line's words (after a list's mark or a task box) as the
  /// label of a task with its owner, which the notes' format reads as an action: "TODO: Secretariat
  /// to circulate …", "- [ ] TODO UNDP to book …". A label, not something left to fill in.
  static func labelsOwnedTask(_ bytes: [UInt8], at index: Int, marker: String) -> Bool {
    guard marker == "TODO" else { return false }
    let before = String(decoding: bytes[..<index], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    // Only a list's mark, a task box or a quote's mark stands before it ("-", "1.", "[", "]", "[x]", ">").
    guard before.split(separator: " ").allSatisfy({ mark in
      ["-", "*", "+", "[", "]", "[x]", "[X]", ">"].contains(mark) || mark.allSatisfy { $0.isNumber || $0 == "." || $0 == ")" }
    }) else { return false }
    let rest = String(decoding: bytes[(index + 4)...], as: UTF8.self).drop { $0 == ":" || $0 == " " }
    guard rest.first?.isUppercase == true, let to = rest.prefix(60).range(of: " to ") else { return false }
    let owner = rest[..<to.lowerBound].split(separator: " ")
    let verb = rest[to.upperBound...].prefix { $0.isLetter }
    return (1...5).contains(owner.count) && owner.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "the", "for"].contains($0) })
      && verb.first?.isLowercase == true
  }

  /// Whether the byte at `index` belongs to a web address or a link's target ("…/outcome-TBD-v3.docx",
  /// "](drafts/TBD.md)"): a file's name, not a marker left in the text.
  static func isInsideAddress(_ bytes: [UInt8], at index: Int) -> Bool {
    var start = index
    while start > 0, !" \t<(\"'".utf8.contains(bytes[start - 1]) { start -= 1 }
    let word = bytes[start..<index]
    if word.containsBytes("://".utf8) || word.starts(with: "www.".utf8) || word.starts(with: "mailto:".utf8) { return true }
    // A link's target that names a file: "](" before it, a "/" or "." in it before its ")"
    // ("[venue](TBD)" is a marker).
    guard start >= 2, bytes[start - 1] == UInt8(ascii: "("), bytes[start - 2] == UInt8(ascii: "]") else { return false }
    let target = bytes[start...].prefix { $0 != UInt8(ascii: ")") && $0 != UInt8(ascii: " ") }
    return target.contains(UInt8(ascii: "/")) || target.contains(UInt8(ascii: "."))
  }

  static func canStartMarker(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "X"), UInt8(ascii: "F"), UInt8(ascii: "?"): return true
    default: return false
    }
  }

  /// A marker starting at `index`: two question marks; a whole word TODO, TBD or XXX; `tbd` in any
  /// case; `todo` in any case when a colon follows ("Todo: confirm"), so that "today" or "to-do
  /// list" are words. Returns the marker as written.
  static func marker(in bytes: [UInt8], at index: Int) -> String? {
    if bytes[index] == UInt8(ascii: "?") {
      guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "?") else { return nil }
      var end = index + 2
      while end < bytes.count, bytes[end] == UInt8(ascii: "?") { end += 1 }
      // A combining mark (U+0300–U+036F) on the last question mark makes it another character.
      if end < bytes.count, bytes[end] == 0xCC || bytes[end] == 0xCD { return nil }
      return "??"
    }
    guard index == 0 || !isWordCharacter(bytes, endingAt: index) else { return nil }
    // "#roundtable #tbd": a tag in small letters files the note; it leaves nothing to fill in.
    if index > 0, bytes[index - 1] == UInt8(ascii: "#"), bytes[index] >= UInt8(ascii: "a"),
      index == 1 || bytes[index - 2] == UInt8(ascii: " ") || bytes[index - 2] == UInt8(ascii: "\t")
    {
      return nil
    }
    for word in ["TODO", "TBD", "TBC", "FIXME", "XXX"] {
      let end = index + word.utf8.count
      guard end <= bytes.count, zip(bytes[index..<end], word.utf8).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) else {
        continue
      }
      let written = bytes[index..<end]
      guard end == bytes.count || !isWordCharacter(bytes, startingAt: end) else { continue }
      let upper = written.elementsEqual(word.utf8)
      switch word {
      case "TBD": break
      case "TBC": guard upper || written.elementsEqual("tbc".utf8) else { continue }
      case "TODO": guard upper || Self.colonFollows(bytes, from: end) else { continue }
      default: guard upper else { continue }
      }
      return String(decoding: written, as: UTF8.self)
    }
    return nil
  }

  private static func colonFollows(_ bytes: [UInt8], from index: Int) -> Bool {
    var index = index
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    return index < bytes.count && bytes[index] == UInt8(ascii: ":")
  }

  /// Whether the character starting at byte `index` is part of a word: a letter, digit or `_`
  /// ("TODO—check" ends its marker at the dash; "TODOé" does not).
  static func isWordCharacter(_ bytes: [UInt8], startingAt index: Int) -> Bool {
    guard bytes[index] >= 0x80 else { return isWordByte(bytes[index]) }
    let scalar = String(decoding: bytes[index..<min(bytes.count, index + 4)], as: UTF8.self).unicodeScalars.first
    return scalar.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? true
  }

  /// Whether the character ending just before byte `index` is part of a word.
  static func isWordCharacter(_ bytes: [UInt8], endingAt index: Int) -> Bool {
    var start = index - 1
    while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
    return isWordCharacter(bytes, startingAt: start)
  }

  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
      || byte == UInt8(ascii: "_")
  }
}
