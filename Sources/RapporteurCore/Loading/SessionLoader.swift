import Foundation
import CommonMark

/// Turns one notes file into a `Session`. Only problems that make the note unusable are
/// errors (unreadable text, no or broken front matter); everything else is left for the linter.
public enum SessionLoader {
  /// Loads a note from its bytes. `file` is the path to show the user.
  public static func load(file: String, data: [UInt8], catalog: SectionCatalog = .standard) -> Result<
    Session, RapporteurError
  > {
    switch TextDecoding.decodeNote(data) {
    case let .failure(invalid):
      let position = TextDecoding.position(ofByte: invalid.byteOffset, in: data)
      return .failure(
        RapporteurError(
          .invalidUTF8, file: file, line: position.line, column: position.column,
          "is not text (a binary file?): its first byte that is not UTF-8 is on line \(position.line), column \(position.column); notes must be text files, saved as UTF-8"))
    case let .success(decoded):
      return load(file: file, decoded: decoded, data: data, catalog: catalog)
    }
  }

  /// Loads a note from its decoded text, noting where its bytes stopped being UTF-8 when they did.
  public static func load(
    file: String, decoded: TextDecoding.NoteText, data: [UInt8], catalog: SectionCatalog = .standard
  ) -> Result<Session, RapporteurError> {
    let result = load(file: file, text: decoded.text, catalog: catalog)
    guard let offset = decoded.firstInvalidByte, case var .success(session) = result else { return result }
    let position = TextDecoding.position(ofByte: offset, in: data)
    session.notUTF8From = SourceLocation(line: position.line, column: position.column)
    return .success(session)
  }

  /// Loads a note from its text (already decoded, LF line endings).
  public static func load(file: String, text: String, catalog: SectionCatalog = .standard) -> Result<
    Session, RapporteurError
  > {
    let split: SplitNote
    switch FrontMatterSplitter.split(text) {
    case let .failure(.unterminated(line)):
      return .failure(
        RapporteurError(
          .frontMatterInvalid, file: file, line: line,
          "front matter opened with '---' is never closed; add a '---' line after the last field"))
    case let .success(value):
      split = value
    }
    guard let yaml = split.yaml else {
      let line = firstContentLine(of: text)
      let opening = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false).dropFirst(line - 1).first
      return .failure(
        RapporteurError(
          .frontMatterMissing, file: file, line: line,
          opening.map(isTOMLDelimiter) == true
            ? "has its front matter in TOML ('+++'), which is not read; write it as YAML ('title: …') between '---' lines"
            : "has no front matter; start the note with a '---' line, fields such as 'title:' and 'date:', and '---'"))
    }
    let frontMatter: YAMLValue
    switch YAMLReader.read(yaml, firstLine: split.yamlFirstLine) {
    case let .failure(problem):
      return .failure(
        RapporteurError(.frontMatterInvalid, file: file, line: problem.line, column: problem.column, problem.message))
    case let .success(value):
      frontMatter = value
    }
    if case .scalar = frontMatter {
      return .failure(
        RapporteurError(
          .frontMatterInvalid, file: file, line: frontMatter.line,
          "front matter is not a list of 'field: value' lines"))
    }
    if case .sequence = frontMatter {
      return .failure(
        RapporteurError(
          .frontMatterInvalid, file: file, line: frontMatter.line,
          "front matter is not a list of 'field: value' lines"))
    }
    // A shared draft in suggestion mode is read with its suggestions accepted, a site's page
    // without its shortcodes, plain-text task lists as lists.
    let document = MarkdownParser.parse(
      HeadedOutline.flattened(SpokenPunctuation.written(CriticMarkup.accepted(WikiMarkup.plain(AsciiDocMarkup.plain(LaTeXMarkup.plain(TemplateShortcodes.plain(PlainTextTasks.listed(split.body)))))))), lineOffset: split.bodyLineOffset)
    var session = makeSession(file: file, text: text, frontMatter: frontMatter, document: document, catalog: catalog)
    session.frontMatterLine = split.openingLine
    return .success(session)
  }

  static func makeSession(
    file: String, text: String, frontMatter: YAMLValue, document: MarkdownDocument, catalog: SectionCatalog
  ) -> Session {
    // One-line fields stay on one line: a line break in a title must not open a heading in a draft.
    let oneLine = { (text: String) -> String in
      text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isWhitespace).joined(separator: " ") : text
    }
    let field = { (name: String) -> String in oneLine(frontMatter[name]?.string ?? "") }
    // A date written another way ("21 September 2017") is read for the outputs; lint still asks for YYYY-MM-DD.
    let written = field("date")
    let date = CalendarDate(iso: written) == nil ? CalendarDate(written: written)?.description ?? written : written
    let level = sectionLevel(of: document.root, catalog: catalog)
    let sections = findSections(in: document.root, catalog: catalog, level: level)
    let timeText = field("time")
    var session = Session(
      file: file,
      id: frontMatter["id"]?.string.map { $0.trimmingBlanks }.flatMap { $0.isEmpty ? nil : $0 } ?? defaultID(for: file),
      title: field("title"),
      kind: frontMatter["kind"]?.string ?? "session",
      date: date,
      timeText: timeText,
      time: TimeParsing.range(timeText),
      venue: field("venue"),
      // An empty name ("chair: \"\"", "hosts: [\"\"]") names no one.
      chairs: (frontMatter["chair"]?.strings ?? []).map { oneLine($0).trimmingBlanks }.filter { !$0.isEmpty },
      hosts: (frontMatter["hosts"]?.strings ?? []).map { oneLine($0).trimmingBlanks }.filter { !$0.isEmpty },
      speakers: speakers(frontMatter["speakers"]),
      rapporteur: oneLine(frontMatter["rapporteur"]?.strings?.joined(separator: ", ") ?? ""),
      tags: (frontMatter["tags"]?.strings ?? []).flatMap(tags(written:)),
      // Any value but a clear "false" keeps the rule: a mistyped value must not name speakers.
      // Notes that say the session was held under the rule keep it, when the front matter is silent.
      chathamHouse: chathamHouseField(frontMatter).map { $0.value.bool != false } ?? declaresChathamHouse(document.source),
      frontMatter: frontMatter,
      document: document,
      sections: sections,
      agenda: agenda(in: sections),
      text: text)
    session.sectionLevel = level
    // Most notes have no bold paragraph naming a section: their sections as read are the same.
    let bold = document.root.children.contains { boldSectionName($0, catalog: catalog) != nil }
    if bold { session.sectionsAsRead = findSections(in: document.root, catalog: catalog, level: level, boldNames: true) }
    return session
  }

  /// Whether the notes say the session was held under the Chatham House Rule: "The roundtable was
  /// held under the Chatham House Rule", "Chatham House rules apply" (not "not under the …").
  public static func declaresChathamHouse(_ text: String) -> Bool {
    guard text.utf8.containsBytes("hatham".utf8) else { return false }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    return chathamDeclaration.matches(in: text, range: range).contains { match in
      guard let found = Range(match.range, in: text) else { return false }
      let before = text[..<found.lowerBound].suffix(24).lowercased()
      return !before.contains("not ") && !before.contains("n't ") && !before.contains("never ")
    }
  }

  private static let chathamDeclaration = NSRegularExpression.builtIn(
    "chatham declaration",
    "(?i)\\bunder\\s+(?:the\\s+)?chatham\\s+house\\s+rules?\\b|\\bchatham\\s+house\\s+rules?\\s+(?:appl(?:y|ies|ied)|w(?:as|ere)\\s+(?:in\\s+force|applied|observed)|(?:is|are)\\s+in\\s+force)")

  /// The `chatham-house` field, or one whose key is written another way ("Chatham-House",
  /// "chatham_house", "chatham-house-rule", "chathamhouse"): a mistyped key must not name
  /// speakers either. Lint asks for the key as the front matter defines it.
  public static func chathamHouseField(_ frontMatter: YAMLValue) -> (key: String, value: YAMLValue, line: Int)? {
    guard let entries = frontMatter.entries else { return nil }
    // Of two keys that disagree ("chatham-house: no", "chatham_house: true"), the rule wins: a
    // speaker named by mistake cannot be unnamed.
    let named = entries.filter { isChathamHouseKey($0.key) }
    if let field = named.first(where: { $0.value.bool == true }) ?? named.first(where: { $0.key == "chatham-house" }) ?? named.first {
      return field
    }
    // YAML's merge key ("<<: *defaults") brings the fields of another mapping in.
    for merged in entries where merged.key == "<<" {
      for value in merged.value.list ?? [merged.value] {
        if let field = chathamHouseField(value) { return field }
      }
    }
    return nil
  }

  /// Whether a key names the Chatham House Rule, however written.
  public static func isChathamHouseKey(_ key: String) -> Bool {
    let letters = key.lowercased().filter(\.isLetter)
    // "chatham", "Chatham_House", and as typed in haste, "chatam-house", "chathamhosue".
    return letters.hasPrefix("chatham")
      || (letters.hasPrefix("chat") && Spelling.editDistance(Array(letters.utf8), Array("chathamhouse".utf8)) <= 2)
  }

  /// The fields a note's front matter is read for.
  public static let frontMatterKeys: Set<String> = [
    "id", "title", "kind", "date", "time", "venue", "chair", "hosts", "speakers", "rapporteur", "tags", "chatham-house",
  ]

  /// Whether a line opens front matter written in TOML, which is not read.
  public static func isTOMLDelimiter(_ line: Substring) -> Bool {
    line.trimmingBlanks == "+++"
  }

  /// The first line that is neither blank nor a one-line HTML comment.
  static func firstContentLine(of text: String) -> Int {
    var number = 0
    var afterComments = 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let trimmed = String(line).trimmingBlanks
      if trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->") {
        afterComments = number + 1
        continue
      }
      if trimmed.isEmpty { continue }
      return number
    }
    return afterComments
  }

  /// The file name without its folder and `.md`.
  /// The tags one value holds: `gender, youth` written as one text is two tags.
  static func tags(written text: String) -> [String] {
    text.split(separator: ",").map { String($0).trimmingBlanks }.filter { !$0.isEmpty }
  }

  public static func defaultID(for file: String) -> String {
    var name = file.split(separator: "/").last.map(String.init) ?? file
    if name.lowercased().hasSuffix(".md") { name.removeLast(3) }
    return name
  }

  static func speakers(_ value: YAMLValue?) -> [Speaker] {
    guard let items = value?.list else { return [] }
    let all = items.compactMap { item -> Speaker? in
      if let text = item.string { return speaker(written: text, line: item.line) }
      guard item.entries != nil else { return nil }
      let text = { (key: String) -> String? in
        guard let value = item[key]?.string, !value.isEmpty else { return nil }
        return value
      }
      // "Ana  Lopez" is Ana Lopez: blanks squeezed.
      let name = (text("name") ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
      return Speaker(
        name: name, affiliation: text("affiliation"), role: text("role"),
        sector: text("sector").map(Speaker.sector(written:)), gender: text("gender")?.lowercased(), line: item.line)
    }
    // A speaker listed twice takes part once (lint names the second listing).
    var seen: Set<String> = []
    return all.filter { $0.name.isEmpty || seen.insert(duplicateKey($0.name)).inserted }
  }

  /// A speaker's name as two listings are compared: case and blanks set aside.
  public static func duplicateKey(_ name: String) -> String {
    // "María López" and "maria lopez" are one person, however a list writes the name.
    let folded = name.isASCII ? name.lowercased() : name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// A speaker written as one line: "Jane Roe", "Jane Roe (moderator)", "Jane Roe, Ministry of
  /// Interior", "Jane Roe – UNDP" or, surname first, "Roe, Jane". The name is what comes before the
  /// first parenthesis, comma or spaced dash; a parenthesis gives the role ("(moderator)",
  /// "(national PVE coordinator)") or, when it names a body ("(OHCHR)", "(Women's Peace Network)"),
  /// the affiliation; the rest the affiliation.
  public static func speaker(written text: String, line: Int) -> Speaker {
    var name = Substring(text)
    var role: String?
    var affiliation: String?
    if let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
      let inside = name[name.index(after: open)..<close].trimmingBlanks
      if !inside.isEmpty {
        if namesRole(inside) { role = String(inside) } else { affiliation = String(inside) }
      }
      name = name[..<open] + name[name.index(after: close)...]
    }
    let separators = [", ", " – ", " — ", " - "]
    if let cut = separators.compactMap({ name.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
      let rest = name[cut.upperBound...].trimmingBlanks
      // "O'Brien, Siobhán", as participants' lists write names: one word each side, the second a
      // given name's shape (a capital, then small letters).
      if name[cut] == ", ", !name[..<cut.lowerBound].contains(" "), !rest.contains(" "), rest.count > 1,
        rest.first?.isUppercase == true, rest.dropFirst().allSatisfy(\.isLowercase)
      {
        return Speaker(name: "\(rest) \(name[..<cut.lowerBound])", role: role, line: line)
      }
      if !rest.isEmpty { affiliation = affiliation.map { "\(rest), \($0)" } ?? String(rest) }
      name = name[..<cut.lowerBound]
    }
    let trimmed = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return Speaker(name: trimmed.isEmpty ? text : trimmed, affiliation: affiliation, role: role, line: line)
  }

  /// Whether words in brackets after a name say what the speaker does ("moderator", "Deputy
  /// Minister", "national PVE coordinator"), not where they work ("OHCHR", "Women's Network").
  static func namesRole(_ words: String) -> Bool {
    let lowered = words.lowercased()
    let parts = lowered.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
    // A role opens or closes the words ("Director, WPN", "National Youth Council Coordinator"); a
    // body's name holds a word for a body ("Sahel Youth Council", "Ministry of Youth").
    if let first = parts.first, let last = parts.last, roleNouns.contains(first) || roleNouns.contains(last) { return true }
    if parts.contains(where: { bodyNouns.contains($0) }) { return false }
    if parts.contains(where: { roleNouns.contains($0) }) { return true }
    // A body is written in capitals ("OHCHR") or with capitalised words; a role in small letters.
    return words.first?.isLowercase == true
  }

  /// Words that name a body, not what someone does in it.
  static let bodyNouns: Set<String> = [
    "council", "network", "ministry", "office", "organisation", "organization", "association", "foundation", "union",
    "agency", "commission", "institute", "institution", "centre", "center", "coalition", "forum", "programme", "program",
    "fund", "alliance", "committee", "society", "department", "bank", "university", "movement", "federation", "trust",
    "initiative", "platform", "league", "partnership", "secretariat", "mission", "embassy", "parliament", "assembly",
  ]

  public static let roleNouns: Set<String> = [
    "moderator", "chair", "co-chair", "chairperson", "chairman", "chairwoman", "panellist", "panelist", "speaker",
    "rapporteur", "coordinator", "co-ordinator", "adviser", "advisor", "officer", "director", "minister", "ambassador",
    "researcher", "journalist", "activist", "representative", "president", "vice-president", "secretary", "head",
    "expert", "specialist", "consultant", "facilitator", "discussant", "keynote", "manager", "founder", "co-founder",
    "member", "professor", "student", "analyst", "lead", "leader", "commissioner", "mayor", "governor", "envoy",
    "delegate", "chief", "deputy", "counsellor", "counselor", "advocate", "organiser", "organizer", "host", "presenter",
    "lecturer", "fellow", "editor", "imam", "pastor", "priest", "bishop", "rabbi", "survivor", "youth", "teacher",
  ]

  /// The section a paragraph of bold words alone names ("**Recommendations**", "**Next steps:**").
  public static func boldSectionName(_ block: MarkdownNode, catalog: SectionCatalog) -> SectionID? {
    guard block.kind == .paragraph, let strong = block.children.first, strong.kind == .strong else { return nil }
    if block.children.count > 1 { return remarkedSectionName(block, strong: strong, catalog: catalog) }
    let text = block.plainText.trimmingBlanks
    guard !text.isEmpty, text.utf8.count <= 60 else { return nil }
    return catalog.section(forHeading: text.trimmingCharacters(in: ":*_ "))
  }

  /// "**8. ÀBÁ (RECOMMENDATIONS)** — to go to the LG Chairman, copy Kábíyèsí": bold words that
  /// name a section, then a dash and a remark in small letters on the same line (whom it goes to,
  /// where it came from), not an item ("**Recommendation** — The ministry should …").
  static func remarkedSectionName(_ block: MarkdownNode, strong: MarkdownNode, catalog: SectionCatalog) -> SectionID? {
    let name = strong.plainText.trimmingBlanks
    let rest = block.children.dropFirst().map(\.plainText).joined().trimmingBlanks
    guard !name.isEmpty, name.utf8.count <= 60, isDashRemark(rest) else { return nil }
    return catalog.section(forHeading: name.trimmingCharacters(in: ":*_ "))
  }

  /// "— to go to the LG Chairman, copy Kábíyèsí": a dash and a few words in small letters on one
  /// line, a remark on the name before it.
  public static func isDashRemark(_ text: String) -> Bool {
    let rest = text.trimmingBlanks
    guard rest.utf8.count <= 80, !rest.contains("\n"), let dash = rest.first, dash == "\u{2014}" || dash == "\u{2013}" else { return false }
    return rest.dropFirst().trimmingBlanks.first?.isLowercase == true
  }

  /// The heading level of a note's sections: 2, as the SPEC has it, when a level-2 heading names a
  /// section or no heading does; otherwise the highest level at which one does, so that notes
  /// written with `# Purpose`, `# Discussion` … or `### Purpose` … are read by their sections too.
  ///
  /// A note's title at level 1 over its level-2 headings is no section, though its last part
  /// names one: "# DPG-PP · 14th meeting · Decisions and action points" over "## 1. Agenda".
  public static func sectionLevel(of root: MarkdownNode, catalog: SectionCatalog) -> Int {
    var levels: Set<Int> = []
    var firstHeading = true
    var titleLevelOne = false
    for block in root.children {
      guard case let .heading(level) = block.kind else { continue }
      defer { firstHeading = false }
      guard catalog.section(forHeading: block.plainText) != nil else { continue }
      if level == 2 { return 2 }
      if firstHeading, isTitle(block, catalog: catalog) {
        titleLevelOne = true
        continue
      }
      levels.insert(level)
    }
    if titleLevelOne, levels.isEmpty,
      root.children.filter({ if case .heading(2) = $0.kind { return true } else { return false } }).count >= 2
    {
      return 2
    }
    if titleLevelOne { levels.insert(1) }
    return levels.min() ?? 2
  }

  /// Whether a note's first heading is its title, though its last part names a section: a level-1
  /// heading of parts set apart by middle dots ("# DPG-PP · 14th meeting · Decisions and action points").
  ///
  /// Given the note's blocks, so is a first heading of four words or more over two level-2
  /// headings or more that name sections of their own: "# Follow-up to the 2035 special report"
  /// over "## Introduction", "## Discussion", "## New recommendations".
  static func isTitle(_ heading: MarkdownNode, catalog: SectionCatalog = .standard, over blocks: [MarkdownNode] = []) -> Bool {
    guard heading.kind == .heading(level: 1) else { return false }
    let text = heading.plainText
    if text.contains(" \u{00B7} ") { return true }
    if !blocks.isEmpty, text.split(separator: " ").count >= 4,
      blocks.lazy.filter({ $0.kind == .heading(level: 2) && catalog.section(forHeading: $0.plainText) != nil }).prefix(2).count == 2
    {
      return true
    }
    // "# PRE-MORTEM — side event follow-up": a name, then what it is about after a dash, the
    // name itself no section's.
    guard let dash = [" \u{2014} ", " \u{2013} "].compactMap({ text.range(of: $0) }).first else { return false }
    let name = String(text[..<dash.lowerBound])
    return !name.isEmpty && catalog.section(forHeading: name) == nil
  }

  /// Splits the document at the headings of the section level. A heading above that level closes
  /// the current section, or opens one when it names a section (`# Recommendations` among
  /// `## …` sections).
  ///
  /// With `boldNames`, a bold paragraph of its own that names a section ("**Purpose**", "**Action
  /// items:**", as word processors and e-mail leave them) opens that section too, where no heading
  /// of the note names it ("## Chair's summary" pasted back below): the sections as extraction
  /// and the summary read them. Lint holds notes to headings.
  static func findSections(in root: MarkdownNode, catalog: SectionCatalog, level sectionLevel: Int, boldNames: Bool = false) -> [Section] {
    var sections: [Section] = []
    var current: Section?
    var headed: Set<SectionID> = []
    for block in root.children where boldNames {
      if case .heading = block.kind, let id = catalog.section(forHeading: block.plainText) { headed.insert(id) }
    }
    let firstHeading = root.children.first { if case .heading = $0.kind { return true } else { return false } }
    for block in root.children {
      if boldNames, block.kind == .paragraph, let id = boldSectionName(block, catalog: catalog), !headed.contains(id) {
        if let current { sections.append(current) }
        current = Section(id: id, heading: block.plainText.trimmingBlanks.trimmingCharacters(in: ":*_ "), headingRange: block.range, blocks: [])
        continue
      }
      if case let .heading(level) = block.kind, level <= sectionLevel {
        if let current { sections.append(current) }
        current = nil
        let heading = block.plainText
        // The note's title over its sections opens none.
        let id = sectionLevel > 1 && firstHeading == block && isTitle(block, catalog: catalog, over: root.children) ? nil : catalog.section(forHeading: heading)
        if level == sectionLevel || id != nil {
          current = Section(id: id, heading: heading, headingRange: block.range, blocks: [])
        }
        continue
      }
      current?.blocks.append(block)
    }
    if let current { sections.append(current) }
    return sections
  }

  /// Agenda items: list items (or paragraph lines) of the agenda section that open with a time
  /// range. A list item may also open with a start time alone (`- 09:30 Opening`), read as an item
  /// at that time.
  static func agenda(in sections: [Section]) -> [AgendaItem] {
    agendaLines(in: sections).compactMap { line, isListItem, part in
      switch TimeParsing.leadingTime(Substring(line.text)) {
      case let .range(time, rest):
        return AgendaItem(time: time, title: String(rest).trimmingBlanks, location: line.location, part: part)
      case let .start(minutes, rest) where isListItem:
        return AgendaItem(
          time: TimeRange(start: minutes, end: minutes), title: String(rest).trimmingBlanks, location: line.location, part: part)
      default:
        return nil
      }
    }
  }

  /// Agenda list items that open with something written as a time that cannot be read
  /// (`25:00`, `15:00–13:15`, `14:00–`), with what is wrong.
  public static func unreadableAgendaTimes(in sections: [Section]) -> [(location: SourceLocation, problem: String)] {
    agendaLines(in: sections).compactMap { line, isListItem, _ in
      guard isListItem, case let .unreadable(problem) = TimeParsing.leadingTime(Substring(line.text)) else { return nil }
      return (line.location, problem)
    }
  }

  /// The lines of the agenda section that may be items: the first line of each list item, and
  /// each line of its paragraphs; with the part of the agenda each stands in. A sub-heading, or a
  /// short paragraph that gives no time ("**Day 2**"), opens a part.
  static func agendaLines(in sections: [Section]) -> [(line: InlineText.Line, isListItem: Bool, part: Int)] {
    var lines: [(line: InlineText.Line, isListItem: Bool, part: Int)] = []
    var part = 0
    for section in sections where section.id == .agenda {
      for block in section.blocks {
        switch block.kind {
        case .list:
          for item in block.children {
            guard let first = item.children.first, first.kind == .paragraph,
              let line = InlineText.lines(of: first).first
            else { continue }
            lines.append((line, true, part))
          }
        case .paragraph:
          let paragraph = InlineText.lines(of: block)
          let timed = paragraph.contains { line in
            switch TimeParsing.leadingTime(Substring(line.text)) {
            case .range, .start: true
            case .unreadable, .none: false
            }
          }
          if !timed, !lines.isEmpty, block.plainText.split(separator: " ").count <= 8 { part += 1 }
          lines += paragraph.map { ($0, false, part) }
        case .heading:
          if !lines.isEmpty { part += 1 }
        default:
          break
        }
      }
      part += 1
    }
    return lines
  }
}

extension String {
  /// The text with its first character in upper case.
  public var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }

  /// The text without leading and trailing blanks and line breaks.
  public var trimmingBlanks: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
