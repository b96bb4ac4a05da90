import CommonMark
import Foundation

/// Finds a session's recommendations and action items, as the SPEC defines them:
/// every item of the Recommendations and Action items sections, every task-list item, and
/// elsewhere the sentences a cue marks. Every item records the rule that made it and the words
/// behind each tag.
public struct Extractor: Sendable {
  public let rules: TaggingRules

  public init(rules: TaggingRules = .defaults) {
    self.rules = rules
  }

  public func extract(_ session: Session) -> SessionExtract {
    // Notes pasted from Emacs Org mode are read as the Markdown their outline stands for; an MDX
    // page's items as the page shows them, its components aside; a page typed up from paper
    // without its running heads, a scanner's misread letters mended (lint reads these notes as
    // CommonMark has them). The section names are the rules' own, as when the notes were loaded.
    if !session.text.isEmpty, let shown = OrgOutline.asMarkdown(session.text) ?? Self.shownAsMeant(session.text),
      case var .success(read) = SessionLoader.load(file: session.file, text: shown, catalog: rules.catalog)
    {
      read.shownFile = session.shownFile
      return extract(read)
    }
    // A note that defines an acronym for an actor ("TF = national PVE task force") is read with
    // the acronym as that actor's.
    let defined = Self.actorAcronyms(definedIn: session.text, rules: rules) + Self.localCouncil(in: session.text) + Self.localTown(in: session.text)
    if !defined.isEmpty { return Extractor(rules: rules.addingActorPhrases(defined)).extractAsWritten(session) }
    return extractAsWritten(session)
  }

  /// The text of an MDX page or of a typed-up page as it was meant to read; `nil` for any other
  /// note (most notes).
  static func shownAsMeant(_ text: String) -> String? {
    let shown = TypedPages.mended(PageComponents.plain(text))
    return shown == text ? nil : shown
  }

  /// "The Town must fund a helpline …" in notes of a town's own meeting ("Town of Ardmoor", "the
  /// Town Clerk", "the Town's website"): the town is its local authority; elsewhere "towns" are
  /// places.
  static func localTown(in text: String) -> [(phrase: String, actor: String)] {
    ["Town of ", "Town Clerk", "Town Council", "Town's "].contains(where: { text.utf8.containsBytes($0.utf8) })
      ? [("town", "local-authorities")] : []
  }

  /// "The council should publish …" in notes of a local council's meeting ("Cllr Tosh", "council
  /// officers"): the council is the local authority, when the notes name no other council
  /// ("the Interfaith Council", "the Security Council").
  static func localCouncil(in text: String) -> [(phrase: String, actor: String)] {
    guard text.utf8.containsBytes("ouncil".utf8),
      ["Cllr", "Councillor", "councillor", "Councilor", "councilor", "council officer", "City Council", "city council",
        "County Council", "county council", "Borough Council", "borough council", "Town Council", "town council"]
        .contains(where: { text.utf8.containsBytes($0.utf8) })
    else { return [] }
    let local: Set<Substring> = ["City", "County", "Borough", "Town", "District", "Municipal", "Ward", "Parish", "Local", "The", "the"]
    var words = text.split(whereSeparator: { !$0.isLetter }).makeIterator()
    var previous: Substring = ""
    while let word = words.next() {
      if word == "Council", previous.first?.isUppercase == true, !local.contains(previous) { return [] }
      previous = word
    }
    return [("council", "local-authorities")]
  }

  /// The acronyms a note defines for actors of the taxonomy the rules do not know by them:
  /// "TF = national PVE task force", "national PVE task forces (TFs)". Each with the one actor
  /// its spelled-out words name.
  static func actorAcronyms(definedIn text: String, rules: TaggingRules) -> [(phrase: String, actor: String)] {
    var pairs: [(acronym: String, words: String)] = []
    // "TF = national PVE task force": only notes with an "=" are searched for it.
    if text.utf8.contains(UInt8(ascii: "=")) {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      for match in acronymEquals.matches(in: text, range: range) {
        guard let acronym = Range(match.range(at: 1), in: text), let words = Range(match.range(at: 2), in: text) else { continue }
        pairs.append((String(text[acronym]), String(text[words])))
      }
    }
    // "national PVE task forces (TFs)": the few words before an acronym in brackets.
    let bytes = Array(text.utf8)
    var index = 0
    while let open = bytes[index...].firstIndex(of: UInt8(ascii: "(")) {
      index = open + 1
      guard let close = bytes[index..<min(bytes.count, index + 10)].firstIndex(of: UInt8(ascii: ")")) else { continue }
      let inside = bytes[index..<close]
      guard inside.count >= 2, let first = inside.first, (65...90).contains(first),
        inside.allSatisfy({ (65...90).contains($0) || (97...122).contains($0) || $0 == UInt8(ascii: "&") }),
        inside.filter({ (65...90).contains($0) }).count >= 2
      else { continue }
      var start = open
      var words = 0
      while start > 0, bytes[start - 1] != 10, bytes[start - 1] != UInt8(ascii: ","), bytes[start - 1] != UInt8(ascii: ";"),
        bytes[start - 1] != UInt8(ascii: "("), bytes[start - 1] != UInt8(ascii: ":")
      {
        if bytes[start - 1] == 32, start < open, bytes[start] != 32 {
          words += 1
          if words == 6 { break }
        }
        start -= 1
      }
      pairs.append((String(decoding: inside, as: UTF8.self), String(decoding: bytes[start..<open], as: UTF8.self)))
    }
    // "Donor Coordination Group" … "DCG members": capitalised words whose initials the acronym spells.
    pairs += initialisms(in: bytes)
    var defined: [(phrase: String, actor: String)] = []
    for (acronym, words) in pairs where !defined.contains(where: { $0.phrase == acronym }) {
      let known = rules.matcher.matches(in: Tokenizer.tokenize(acronym)).contains { $0.payload.category == .actor }
      guard !known else { continue }
      // The spelled-out words' head names the actor: the last words ("national PVE task force"),
      // or the first before "of" ("Ministry of Social Affairs").
      let tokens = Tokenizer.tokenize(words)
      // "Donor Coordination Group", "Women's Peace Network": a group named for its members by its first word.
      let grouped = tokens.last.map { collectiveNouns.contains($0.normalized) } ?? false
      let heads = rules.matcher.matches(in: tokens, only: .actor).filter {
        // "Department for Communities and Local Safety": "for" as "of".
        $0.end == tokens.count || ($0.start == 0 && $0.end < tokens.count && (["of", "for"].contains(tokens[$0.end].normalized) || grouped))
      }
      let actors = Set(heads.map(\.payload.id))
      if actors.count == 1, let actor = actors.first { defined.append((acronym, actor)) }
    }
    return defined
  }

  /// Words for a body that gathers its members: "Donor Coordination Group", "Youth Peace Network".
  static let collectiveNouns: Set<String> = [
    "group", "network", "forum", "coalition", "council", "platform", "alliance", "association", "consortium", "caucus",
    "committee", "roundtable", "board", "assembly", "federation", "union", "league", "circle", "panel",
  ]

  /// Acronyms the notes use in capitals ("DCG", "NPCOs") paired with a run of capitalised words
  /// whose initials spell them ("Donor Coordination Group", "Ministry of Women Affairs"), the
  /// first such run for each. Small joining words ("of", "and", "for", "the", "on", "&") inside a
  /// run are passed over.
  static func initialisms(in bytes: [UInt8]) -> [(acronym: String, words: String)] {
    // The words, as byte ranges: letters, apostrophes and hyphens inside.
    var words: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      guard isWordByte(bytes[index]) else { index += 1; continue }
      let start = index
      // An apostrophe or hyphen between letters stays inside the word ("Women's", "Anti-Violence").
      func joinsLetters(_ at: Int) -> Bool {
        (bytes[at] == UInt8(ascii: "'") || bytes[at] == UInt8(ascii: "-")) && at + 1 < bytes.count && isWordByte(bytes[at + 1])
      }
      while index < bytes.count, isWordByte(bytes[index]) || joinsLetters(index) { index += 1 }
      words.append(start..<index)
    }
    func isCapitals(_ word: Range<Int>) -> Bool {
      var letters = bytes[word]
      if letters.last == UInt8(ascii: "s") { letters = letters.dropLast() }
      return (2...6).contains(letters.count) && letters.allSatisfy { (65...90).contains($0) }
    }
    var acronyms: Set<[UInt8]> = []
    for word in words where isCapitals(word) {
      var letters = Array(bytes[word])
      if letters.last == UInt8(ascii: "s") { letters.removeLast() }
      acronyms.insert(letters)
    }
    guard !acronyms.isEmpty else { return [] }
    let joining: Set<[UInt8]> = Set(["of", "and", "for", "the", "on", "&"].map { Array($0.utf8) })
    func isCapitalised(_ word: Range<Int>) -> Bool {
      guard let first = bytes[word].first, (65...90).contains(first), word.count >= 2 else { return false }
      return bytes[word].dropFirst().contains { (97...122).contains($0) }
    }
    var found: [(acronym: String, words: String)] = []
    var named: Set<[UInt8]> = []
    for (position, word) in words.enumerated() where isCapitalised(word) {
      var initials: [UInt8] = []
      var next = position
      while next < words.count, initials.count < 6 {
        let current = words[next]
        if isCapitalised(current) {
          // Words a blank apart, or a line break where the lines are wrapped.
          if next > position, !isBlank(bytes[words[next - 1].upperBound..<current.lowerBound]) { break }
          initials.append(bytes[current.lowerBound])
          next += 1
          if acronyms.contains(initials), !named.contains(initials),
            next == words.count || !isCapitalised(words[next]) || !isBlank(bytes[words[next - 1].upperBound..<words[next].lowerBound])
          {
            named.insert(initials)
            found.append((String(decoding: initials, as: UTF8.self), String(decoding: bytes[word.lowerBound..<current.upperBound], as: UTF8.self)))
          }
        } else if next > position, joining.contains(Array(bytes[current])), next + 1 < words.count, isCapitalised(words[next + 1]) {
          next += 1
        } else {
          break
        }
      }
    }
    return found
  }

  /// Blanks with at most one line break among them.
  private static func isBlank(_ gap: ArraySlice<UInt8>) -> Bool {
    gap.allSatisfy { $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 } && gap.filter { $0 == 10 }.count <= 1
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (65...90).contains(byte) || (97...122).contains(byte) || byte >= 0x80
  }

  /// "TF = national PVE task force", up to a comma, semicolon, full stop or line end.
  private static let acronymEquals: NSRegularExpression = {
    let source = "(?<![\\w-])([A-Z][A-Za-z&]{0,6}[A-Z]s?)[ \\t]*=[ \\t]*([^,;=\\n()]{3,60}?)[ \\t]*(?=[,;.\\n]|$)"
    return .builtIn("acronym", source, options: [])
  }()

  private func extractAsWritten(_ session: Session) -> SessionExtract {
    let noteDate = CalendarDate(iso: session.date)
    var state = State(sessionDate: noteDate)
    state.firstDay = noteDate
    state.nextMeeting = Self.nextMeetingDate(in: session.text, sessionDate: state.sessionDate)
    state.projectStart = Self.projectStart(in: session.text)
    state.milestones = Self.milestones(in: session.text, sessionDate: state.sessionDate)
    state.notes = session.text
    state.fiscalStart = DueDateResolver.fiscalYearStart(in: session.text)
    state.slashOrder = .of(session.text)
    if let sessionDate = state.sessionDate {
      state.datedNames = DatedNames(notes: session.text, sessionDate: sessionDate, order: state.slashOrder)
    }
    state.escapedBoxes = Self.escapedBoxLines(session.text)
    state.writer = Self.writerName(session.rapporteur)
    state.officeHolders = Self.officeHolders(in: session.text)
    state.speakerNames = session.speakers.map(\.name)
    state.journalKey = Self.journalKey(in: session.text)
    state.definedInitials = Self.definedInitials(in: session.text)
    // A stand-up's notes: its headings name the members whose "T:" lines are their tasks.
    let standUp = Self.isStandUp(session.text)
    // A task board's columns ("## To do", "## Doing", "## Done"): each holds the board's tasks.
    let board = Self.isTaskBoard(session.document.root.children, level: session.sectionLevel)
    state.escapedPipes = PipeTable.escapedPipes(in: session.text)
    state.backshifted = Self.reportsInPastPerfect(session.text)
    var section: SectionID? = nil
    var sectionHasList = false
    var headingActors: [String] = []
    var skipping = false
    // A chair's summary pasted back without its opening comment: its items that repeat others are dropped.
    // Each such summary is a region: the blocks and items in it, by region, in the order read.
    var pasted = false
    var regions: [(blocks: [Int], items: [Int])] = []
    // The last block already read under a labelled paragraph.
    var readThrough = -1
    // "#### Next steps" inside the Discussion (a break-out group's report-back): the section it
    // names, until a heading as high as it; then the section it stood in again.
    var within: (level: Int, section: SectionID?, words: String?, hasList: Bool)? = nil
    // The section a line marked with an icon ("🗣️ My asks to…") stands in, while the lines after it hold its items.
    var iconOuter: (section: SectionID?, words: String?, hasList: Bool)? = nil
    let sectionLevel = session.sectionLevel
    // One block for each of the document's, in order.
    var blocks = Self.fieldLabelsAsHeadings(session.document.root.children, level: sectionLevel + 1)
    if session.sectionsAsRead != nil, session.sections.allSatisfy({ $0.id == nil }) {
      blocks = Self.boldNamesAsHeadings(blocks, level: sectionLevel, catalog: rules.catalog)
    }
    let firstHeading = blocks.firstIndex { if case .heading = $0.kind { return true } else { return false } }
    // "### Proposals without consensus" inside a section: what it holds was set aside, until a
    // heading as high as it.
    var setAsideBelow: Int? = nil
    // The items the block before gave, which a verdict after it may undo.
    var previousItems = 0..<0
    for (offset, block) in blocks.enumerated() {
      // "Agreed to, Ayes 38, Noes 6.", "*The House divided:* Ayes 12, Noes 32. Motion negatived.":
      // a house's verdict on the motion quoted before it is no item; one the house turned down
      // undoes the motion's.
      // "*Motion 9* (…), calling for a national youth parliament, was by leave withdrawn.", "The
      // Speaker left the Chair at 3.22 pm.": what became of a motion, and the house's procedure.
      // (Both only in a short paragraph: a long one's words are not gathered for them.)
      if block.kind == .paragraph, block.range.map({ $0.end.line - $0.start.line < 4 }) ?? true, case let plain = block.plainText {
        if let outcome = Self.houseVerdict(plain) {
          if outcome == .fell, previousItems.upperBound == state.items.count, !previousItems.isEmpty {
            state.items.removeSubrange(previousItems)
          }
          previousItems = state.items.count..<state.items.count
          continue
        }
        if Self.tellsHouseProcedure(plain) { continue }
      }
      let itemsAtBlock = state.items.count
      defer { previousItems = min(itemsAtBlock, state.items.count)..<state.items.count }
      if let below = setAsideBelow {
        if case let .heading(level) = block.kind, level <= below { setAsideBelow = nil } else { continue }
      }
      if case let .heading(level) = block.kind, level > sectionLevel, Self.introducesSetAside(block.plainText) {
        setAsideBelow = level
        continue
      }
      if let outer = within, case let .heading(level) = block.kind, level <= outer.level {
        within = nil
        if level > sectionLevel {
          section = outer.section
          state.sectionWords = outer.words
          state.actionsToo = false
          headingActors = []
          sectionHasList = outer.hasList
        }
      }
      if case let .heading(level) = block.kind, level <= sectionLevel {
        // A chair's summary pasted back from a draft repeats items found elsewhere in the notes.
        let summary = rules.catalog.section(forHeading: block.plainText) == .chairsSummary
        skipping = summary && blocks.dropFirst(offset + 1).first.map(Self.isDraftMarker) == true
        // "## References", "## Footnotes": what other documents say, cited, holds no outcome.
        skipping = skipping || Self.citationHeadings.contains(SectionCatalog.normalise(block.plainText))
        // "## Parking lot", "## Not taken forward": what the room set aside.
        skipping = skipping || Self.introducesSetAside(block.plainText)
        // "## Looking back: the Forum 2033 asks": advice of an earlier year, with what became of it.
        skipping = skipping || (rules.catalog.section(forHeading: block.plainText) == .recommendations && Self.looksBack(block.plainText, sessionDate: noteDate))
        // "## Sheet 2 – Ground rules": how the room agreed to talk, not what it advised.
        skipping = skipping || Self.introducesMeetingRules(block.plainText)
        // "### 3. Summary of responses": what a consultation's respondents asked for, told by the
        // body that consulted them, before its own response.
        skipping = skipping || Self.summarisesResponses(block.plainText)
        pasted = summary && !skipping
        if pasted { regions.append(([], [])) }
      }
      if skipping { continue }
      if block.kind == .paragraph, Self.opensAsDraftTitle(block), Self.isDraftTitle(block.plainText) {
        pasted = true
        regions.append(([], []))
      }
      // "**15 October 2036**" alone between a chat's messages: the day the messages after it were
      // sent, from which their "today" and "tomorrow" count (a day from the session's on, within
      // a fortnight).
      if block.kind == .paragraph, block.children.count == 1, let only = block.children.first, only.kind == .strong,
        let day = Self.chatDay(only.plainText, sessionDate: noteDate)
      {
        state.sessionDate = day
        continue
      }
      if pasted, !regions.isEmpty { regions[regions.count - 1].blocks.append(offset) }
      let itemsBefore = state.items.count
      defer { if pasted, !regions.isEmpty { regions[regions.count - 1].items += itemsBefore..<state.items.count } }
      if case let .heading(level) = block.kind {
        state.place = level <= sectionLevel ? (offset, -1) : (state.place.section, offset)
        state.lastSentence = nil
        state.headingOwner = Self.organisationHeading(block.plainText, catalog: rules.catalog)
        // "## Follow-ups by owner" over "### Harriet K. (Youth Service)": whose tasks the list under
        // the sub-heading holds.
        state.fieldOwner = nil
        state.taskHeadingOwner = level > sectionLevel && section == .actions
          ? Self.ownerHeading(block.plainText, byOwner: Self.groupsByOwner(state.sectionWords ?? ""), catalog: rules.catalog) : nil
        state.standUpMember = standUp ? Self.standUpMember(block.plainText) : nil
        state.headingDue = nil
        // "## Day 2 (Thu 12 Oct)": a later day of the session, from which its notes count days.
        if let day = Self.headingDay(block.plainText, sessionDate: noteDate) {
          state.sessionDate = day
        } else if level <= sectionLevel {
          state.sessionDate = noteDate
        } else if section == .actions {
          state.headingDue = Self.headingDue(block.plainText, sessionDate: state.sessionDate)
        }
        if level <= sectionLevel {
          // "# DPG-PP · 14th meeting · Decisions and action points" over "## 1. Agenda": the note's title.
          let title = sectionLevel > 1 && offset == firstHeading && SessionLoader.isTitle(block, catalog: rules.catalog, over: blocks)
          var named = title ? [] : rules.catalog.sections(forHeading: block.plainText)
          if board, named.isEmpty, Self.boardColumns.contains(SectionCatalog.normalise(block.plainText)) { named = [.actions] }
          section = named.first
          state.sectionWords = block.plainText.trimmingBlanks
          // "Recommendations and next steps": its items are actions where written as actions.
          state.actionsToo = named.contains(.recommendations) && named.contains(.actions)
          // "Asks of government", "Recommendations for donors": the section's heading names whom
          // its items address.
          headingActors = section == .recommendations ? Self.actorsNamed(in: block.plainText, rules: rules) : []
          state.decisions =
            (section == nil || section == .discussion)
            && ([SectionCatalog.normalise(block.plainText)] + SectionCatalog.glosses(in: block.plainText)).contains(where: Self.isDecisionHeading)
          // Whether this section holds a list decides if its paragraphs are items or introductions.
          sectionHasList = Self.holdsList(blocks[(offset + 1)...], headingContinues: { $0 > sectionLevel })
        } else if section == .recommendations, rules.catalog.sections(forHeading: block.plainText).first == .actions {
          // "### Next steps" under Recommendations: its items are tasks where written as tasks.
          state.actionsToo = true
          headingActors = []
        } else if let named = rules.catalog.sections(forHeading: block.plainText).first, named != section,
          section == .discussion, named == .recommendations || named == .actions
        {
          within = (level, section, state.sectionWords, sectionHasList)
          section = named
          state.sectionWords = block.plainText.trimmingBlanks
          headingActors = named == .recommendations ? Self.actorsNamed(in: block.plainText, rules: rules) : []
          state.actionsToo = false
          sectionHasList = Self.holdsList(blocks[(offset + 1)...], headingContinues: { $0 > level })
        } else if let named = rules.catalog.sections(forHeading: block.plainText).first, named != section,
          (!scansSentences(section) && section != .recommendations && section != .actions)
            || ((named == .recommendations || named == .actions) && (section == nil || section == .actions))
        {
          // "### discussion" under the Speakers section, where a note changes its heading level
          // midway: the section it names opens, where the one it stands in is not read for items.
          // So does "### Recommendations" under "## Outcomes", a heading that names no section.
          section = named
          state.sectionWords = block.plainText.trimmingBlanks
          headingActors = named == .recommendations ? Self.actorsNamed(in: block.plainText, rules: rules) : []
          state.actionsToo = false
          sectionHasList = Self.holdsList(blocks[(offset + 1)...], headingContinues: { _ in false })
        } else if SectionCatalog.isKeywordTask(block.plainText) {
          // "### TODO Confirm the number of mediators": a task an outliner keeps as a heading, its
          // paragraphs what it is about; "DONE" one done, "CANCELLED" none.
          let keyword = block.plainText.trimmingBlanks.prefix { $0 != " " }
          guard !keyword.hasPrefix("CANCEL") else { continue }
          let before = state.items.count
          addSectionItem(.action, text: LocatedText(block: block), extra: [], headingActors: [], state: &state)
          if keyword == "DONE", state.items.count > before {
            state.items[state.items.count - 1].done = true
            state.items[state.items.count - 1].due = nil
          }
        } else {
          // "### Send the recommendations to partners" over "`comms` · 👤 @lise · 📅 Fri": a task
          // board's card, whose line of fields says who does it and by when (the lines under it
          // describe it). Its checklist's tasks are the card owner's unless they name another, due
          // with the card. A card with neither owner nor date waits in the backlog: no task yet.
          if section == .actions, let next = blocks.dropFirst(offset + 1).first,
            let line = next.kind == .paragraph ? InlineText.lines(of: next).first?.text : Self.fieldListLine(next),
            let fields = Self.cardFields(line)
          {
            readThrough = offset + 1
            // "- **Status:** Canceled": an issue closed without being done is no task.
            if fields.closed { continue }
            // An issue tracker's issue, its fields listed under its title: the paragraphs and
            // comments after them describe it, read as the discussion is, for what someone there
            // says they will do ("Ruth will check the coastal ones herself").
            if next.isList {
              within = (level, section, state.sectionWords, sectionHasList)
              section = .discussion
            }
            state.introOwner = fields.owner
            state.headingDue = fields.due.flatMap { dueField("Due: " + $0, state: state) }
            let done = fields.done || Self.doneColumns.contains(SectionCatalog.normalise(state.sectionWords ?? ""))
            if fields.owner != nil || state.headingDue != nil || done {
              let before = state.items.count
              addSectionItem(.action, text: LocatedText(block: block), extra: [], headingActors: [], state: &state)
              if state.items.count > before {
                let last = state.items.count - 1
                if let owner = fields.owner { state.items[last].owner = owner }
                if state.items[last].due == nil, let due = state.headingDue { state.items[last].due = due.date.description }
                if done {
                  state.items[last].done = true
                  // A done card keeps the due date its fields give ("Due date: Sep 26, 2036").
                  state.items[last].due = state.headingDue?.date.description
                }
              }
            }
            continue
          }
          // "### Recommendation 3: Let district councils run the committees" over the paragraphs that
          // argue for it: the heading is the item, and those paragraphs say whom it addresses. A
          // list right after it, or one the paragraphs introduce ("… as follows:"), makes the
          // heading a group's title instead.
          if section == .recommendations || section == .actions, let titled = Self.itemHeading(block.plainText) {
            let body = blocks[(offset + 1)...].prefix { $0.kind == .paragraph && !$0.plainText.hasPrefix("|") }
            let next = blocks.dropFirst(offset + 1 + body.count).first
            let groups = next.map { $0.isList || $0.kind == .blockQuote } == true
              && (body.isEmpty || body.last?.plainText.trimmingBlanks.hasSuffix(":") == true)
            if !groups {
              readThrough = offset + body.count
              if !titled.withdrawn {
                let kind: ItemKind = section == .recommendations ? .recommendation : .action
                let own = kind == .recommendation ? addresseesArguedFor(in: body.map { LocatedText(block: $0) }, state: state) : []
                addSectionItem(
                  kind, text: LocatedText(block: block), extra: [], headingActors: own.isEmpty ? headingActors : own, state: &state)
              }
              continue
            }
          }
          // A sub-heading's own blocks decide: "### To governments" over paragraphs of items, beside
          // "### To donors" over a list.
          if section == .recommendations || section == .actions {
            sectionHasList = Self.holdsList(blocks[(offset + 1)...], headingContinues: { _ in false })
          }
          let heading = SentenceAnalysis(block.plainText, rules: rules)
          headingActors = heading.leadingChain(from: 0, limit: Int.max).actors
          if headingActors.isEmpty {
            headingActors = heading.matches.filter { $0.payload.category == .actor && !heading.isModifier($0) }.map(\.payload.id)
          }
        }
        continue
      }
      // "**Recommendations:**" or "Next steps:" over a list, inside another section: the lists
      // right under it are read as that section's.
      if offset <= readThrough { continue }
      // "No  Action  Owner  Due" over "---  ------  -----  ---" and rows lined up under it: a table
      // kept in a plain-text editor and pasted as it is (CommonMark reads its rule as a break).
      if block.kind == .paragraph, offset + 2 < blocks.count, blocks[offset + 1].kind == .thematicBreak,
        blocks[offset + 2].kind == .paragraph, let table = fixedWidthTable(block, rule: blocks[offset + 1], rows: blocks[offset + 2], notes: state.notes)
      {
        let kind: ItemKind? =
          section == .recommendations || (!table.listsActions && table.roles.contains(.text) && table.roles.contains(.addressee))
          ? .recommendation : section == .actions || table.listsActions ? .action : nil
        if let kind {
          addTableRows(table, kind: kind, headingActors: headingActors, state: &state)
          readThrough = offset + 2
          continue
        }
      }
      // "**Kalandriye:** Kanaval kòmanse dimanch 24/02 …; Premye Tab Dyalòg la: mèkredi 05/03": a
      // calendar of the days ahead, whatever follows each colon in it.
      if block.kind == .paragraph, Self.isCalendarLine(block.plainText.trimmingBlanks) { continue }
      // "*[The Consulta recommends: asks addressed to the Giunta …]*": a translator's gloss of the
      // heading above, in brackets and italics, is no item.
      if block.kind == .paragraph, block.children.count == 1, block.children.first?.kind == .emphasis,
        case let words = block.plainText.trimmingBlanks, words.hasPrefix("["), words.hasSuffix("]")
      {
        continue
      }
      // "**Summary of discussion**" standing alone under the Background: what follows it is read
      // as the section it names, where the section it stands in would not be read for cues.
      // "**To the Ambersea Council of Ministers**" standing alone over a demand: a heading in all
      // but form, and the demands under it, written as bare imperatives, address those it names.
      // "**Nirnaya 3:**", "**Decisions:**" standing alone under a heading of advice: what the
      // meeting decided follows, not advice to others; what is under it is read as an account.
      if section == .recommendations, Self.namesDecisions(block) {
        section = .discussion
        headingActors = []
        continue
      }
      if section == .recommendations, let named = Self.boldAddressees(block, rules: rules) {
        headingActors = named
        continue
      }
      // A section a line marked with an icon opened holds the lines marked with icons after it:
      // the first paragraph with none ("If we can find a city willing to host, …") is the post's
      // text again.
      if let outer = iconOuter {
        if case .heading = block.kind {
          iconOuter = nil
        } else if block.kind == .paragraph, block.plainText.trimmingBlanks.first.map(Self.isPictograph) != true {
          iconOuter = nil
          section = outer.section
          state.sectionWords = outer.words
          headingActors = []
          sectionHasList = outer.hasList
        }
      }
      // "🗣️ My asks to…", "🚀 What's next": a post's line marked with an icon that names a section
      // opens it, as a heading would.
      if block.kind == .paragraph, let named = iconSectionName(block), named != section {
        if iconOuter == nil { iconOuter = (section, state.sectionWords, sectionHasList) }
        section = named
        state.sectionWords = Self.droppingPictographs(block.plainText.trimmingBlanks)
        headingActors = []
        state.actionsToo = false
        sectionHasList = Self.holdsList(blocks[(offset + 1)...], headingContinues: { _ in false })
        continue
      }
      if !scansSentences(section), let named = boldSectionName(block), scansSentences(named) {
        section = named
        state.sectionWords = block.plainText.trimmingCharacters(in: ":*_ ")
        headingActors = []
        continue
      }
      // "6. UN agencies should add …" / "WHO DOES WHAT" / "- me: send these …": a label typed on
      // the line after a list, which CommonMark keeps in its last item, leads into the lists after it.
      if block.isList, let (list, label, named) = splittingTrailingLabel(block) {
        process(list, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        let lists = blocks[(offset + 1)...].prefix(while: \.isList)
        let parted = lists.map(Self.splittingChatMessages)
        processLed(ArraySlice(parted.map(\.0)), by: label, as: named, headingActors: headingActors, state: &state)
        for message in parted.flatMap(\.1) {
          process(message, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        }
        readThrough = offset + lists.count
        continue
      }
      // "**Selin Arat** (admin) · 20:35" then "📌 **AGREED …: who does what**" over a list: a
      // chat's message whose last line labels the list after it; the lines before are read as
      // any are.
      if block.kind == .paragraph, offset + 1 < blocks.count, blocks[offset + 1].isList,
        block.children.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }), labelledSection(block) == nil,
        case let lines = Self.inlineLines(of: block), lines.count >= 2, let last = lines.last,
        case let label = MarkdownNode(kind: .paragraph, range: block.range, children: last), let named = labelledSection(label)
      {
        process(Self.paragraph(joining: lines.dropLast(), range: block.range), section: section, sectionHasList: sectionHasList,
          headingActors: headingActors, state: &state)
        // "**sunniva.k** — 11/06/2036 10:40 AM": the message's sender, whose "me →" the list holds.
        let outerAuthor = state.postAuthor
        if lines.count == 2, let name = Self.senderLine(lines[0]) { state.postAuthor = name }
        let lists = blocks[(offset + 1)...].prefix(while: \.isList)
        processLed(lists, by: label.plainText, as: named, headingActors: headingActors, state: &state)
        state.postAuthor = outerAuthor
        readThrough = offset + lists.count
        continue
      }
      // "6. Incident Action Plan (the items checked below are included):" over "- [x] ICS 203 …":
      // a form's list of what it encloses, boxes ticked for documents, not tasks.
      if block.kind == .paragraph, blocks.dropFirst(offset + 1).first?.isList == true, Self.listsEnclosures(block.plainText) {
        readThrough = offset + 1
        continue
      }
      // "Komise doporučuje Radě města Brodětín:" among resolutions, over a paragraph of lettered
      // lines: each line an ask of whom the lead-in names.
      if section == .recommendations, block.kind == .paragraph, let next = blocks.dropFirst(offset + 1).first, next.kind == .paragraph,
        Self.leadInSection(block) == .recommendations, let parts = Self.letteredLines(of: [block, next])
      {
        addLedItems(parts, kind: .recommendation, leadIn: block.plainText, headingActors: headingActors, state: &state)
        readThrough = offset + 1
        continue
      }
      // "Recommendations rejected by the plenary:" leads into what was set aside, as read below.
      // (A motion's words that end in a list are read as the motion: its verdict follows the list.)
      if let named = labelledSection(block) ?? (scansSentences(section) ? Self.leadInSection(block) : nil),
        block.kind != .paragraph || !Self.introducesSetAside(block.plainText) && !Self.isMotion(block)
      {
        let lists = blocks[(offset + 1)...].prefix(while: \.isList)
        processLed(lists, by: block.plainText, as: named, headingActors: headingActors, state: &state)
        readThrough = offset + lists.count
        if !lists.isEmpty { continue }
        // "… a következőket javasolja [the committee recommends]:" over one paragraph of lettered
        // lines ("a) a Polgármesternek: …", "b) …"): each line one of what the lead-in names.
        if block.kind == .paragraph, let next = blocks.dropFirst(offset + 1).first, next.kind == .paragraph,
          named == .recommendations || named == .actions, let parts = Self.letteredLines(of: [block, next])
        {
          addLedItems(parts, kind: named == .recommendations ? .recommendation : .action, leadIn: block.plainText,
            headingActors: headingActors, state: &state)
          readThrough = offset + 1
          continue
        }
        // "**The Caucus calls upon:**" over "(a) the Government to fund …", "(b) …": lettered
        // paragraphs, each one of what the lead-in names.
        // "**Majukumu (tasks):**" over "5.6 Katibu kuandika barua …", "5.7 …": paragraphs numbered
        // as a record's items, each one of what the label names.
        let labelled = labelledSection(block) != nil
        let lettered = blocks[(offset + 1)...].prefix(while: { Self.isLetteredParagraph($0) || labelled && Self.opensWithItemCode($0) })
        if lettered.count >= 2 {
          for paragraph in lettered {
            process(paragraph, section: named, sectionHasList: false, headingActors: headingActors, state: &state)
          }
          readThrough = offset + lettered.count
          continue
        }
      }
      // "5. The Committee recommends that the State party:" as the last of numbered paragraphs,
      // over a list of its own: that list holds what the paragraph leads into.
      if block.isList, scansSentences(section) || section == .recommendations, let last = block.children.last,
        !last.children.contains(where: \.isList), let paragraph = last.children.last, paragraph.kind == .paragraph,
        let named = Self.leadInSection(paragraph), named == .recommendations || section != .recommendations,
        offset + 1 < blocks.count, blocks[offset + 1].isList
      {
        // The lead-in itself is no item: the list under it holds them.
        var before = block
        before.children.removeLast()
        if !before.children.isEmpty {
          process(before, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        }
        // Only the list right under it: the numbered paragraphs go on after it.
        processLed(blocks[(offset + 1)...].prefix(1), by: paragraph.plainText, as: named, headingActors: headingActors, state: &state)
        readThrough = offset + 1
        continue
      }
      // "8. The participants recommended:" as a numbered paragraph, over "(a) that the District
      // Administration reopen …", "(b) …" paragraphs: each one of what the lead-in names.
      if block.isList, scansSentences(section) || section == .recommendations, block.children.count == 1, let last = block.children.last,
        !last.children.contains(where: \.isList), let paragraph = last.children.last, paragraph.kind == .paragraph,
        let named = Self.leadInSection(paragraph), named == .recommendations || named == .actions,
        case let lettered = blocks[(offset + 1)...].prefix(while: { Self.isLetteredParagraph($0) }), lettered.count >= 2
      {
        for paragraph in lettered {
          process(paragraph, section: named, sectionHasList: false, headingActors: headingActors, state: &state)
        }
        readThrough = offset + lettered.count
        continue
      }
      // "**A2. Format\*\***" or "Which format?" over boxes to tick: a form's field.
      state.afterFormField = block.isList && offset > 0 && Self.isFormField(session.document.root.children[offset - 1])
      process(block, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
    }
    if regions.contains(where: { !$0.items.isEmpty }) {
      // Only what the notes say outside such summaries, or in one before, is repeated; an item the
      // summary alone names stays.
      let inRegions = Set(regions.flatMap(\.blocks))
      var said = RepeatedWords(blocks.indices.filter { !inRegions.contains($0) }.map { blocks[$0].plainText })
      var repeats: Set<Int> = []
      for region in regions {
        repeats.formUnion(region.items.filter { said.repeats(state.items[$0].text) })
        said.add(region.blocks.map { blocks[$0].plainText })
      }
      state.items = state.items.indices.compactMap { repeats.contains($0) ? nil : state.items[$0] }
    }
    // A task written twice in one note (a chat line "Action: Awa to write up … by Thursday" and
    // the same item under Action items) is one task, where it is first written; ticked in either
    // place ("Status at close: - [x] …"), it is done. The same words under two sub-headings of
    // one section ("### Kenya", "### Uganda") are two tasks.
    var firstOfTask: [[String]: [Int]] = [:]
    var repeated: Set<Int> = []
    for (index, item) in state.items.enumerated() where item.kind == .action {
      let key = [Self.comparable(item.text), (item.owner ?? "").lowercased(), item.due ?? ""]
      let place = state.itemPlaces[item.line]
      let same = firstOfTask[key, default: []].first { first in
        let earlier = state.itemPlaces[state.items[first].line]
        return earlier?.section != place?.section || earlier?.subheading == place?.subheading
      }
      if let first = same {
        repeated.insert(index)
        if item.done { state.items[first].done = true }
      } else {
        firstOfTask[key, default: []].append(index)
      }
    }
    if !repeated.isEmpty { state.items = state.items.indices.compactMap { repeated.contains($0) ? nil : state.items[$0] } }
    // "Proposal text (v1): …" then "Proposal text (v2): …" under one heading: the later version
    // stands, the earlier is superseded.
    if state.items.contains(where: { $0.kind == .recommendation && Self.proposalVersion($0.text) != nil }) {
      var latest: [[Int]: Int] = [:]
      for item in state.items where item.kind == .recommendation {
        guard let version = Self.proposalVersion(item.text), let place = state.itemPlaces[item.line] else { continue }
        latest[[place.section, place.subheading]] = max(latest[[place.section, place.subheading]] ?? 0, version)
      }
      state.items.removeAll { item in
        guard item.kind == .recommendation, let version = Self.proposalVersion(item.text), let place = state.itemPlaces[item.line]
        else { return false }
        return version < latest[[place.section, place.subheading]] ?? 0
      }
    }
    // "### P-14.4 · Ask to religious leaders" over "→ NOT CONSENTED": its proposal is none.
    if !state.turnedDown.isEmpty {
      state.items.removeAll { item in
        guard item.kind == .recommendation, let place = state.itemPlaces[item.line] else { return false }
        return state.turnedDown.contains([place.section, place.subheading])
      }
    }
    // "Membership Officer to send the renewal forms in January": a task with no other date is due
    // by the end of the month or year it is to be done in.
    for index in state.items.indices where state.items[index].kind == .action && state.items[index].due == nil && !state.items[index].done {
      let text = state.items[index].text
      if let found = DueDateResolver.findPeriod(in: text, sessionDate: state.sessionDate), !Self.isStartDate(found.words, in: text) {
        state.items[index].due = found.date.description
        state.items[index].evidence.append(Evidence(rule: "due", words: found.words))
      }
    }
    // "[owner:: me]", "Owner: myself": the one who wrote the notes, where the front matter names
    // the rapporteur.
    let writer = session.rapporteur.trimmingBlanks
    if !writer.isEmpty {
      for index in state.items.indices where ["me", "myself", "i"].contains(state.items[index].owner?.lowercased() ?? "") {
        state.items[index].owner = writer
        state.items[index].evidence.append(Evidence(rule: "owner", words: "me: \(writer)"))
      }
    }
    // Under the Chatham House Rule a link's target may name a speaker: the texts keep the words alone.
    if !session.chathamHouse { Self.addLinkTargets(Self.links(in: session), to: &state.items) }
    return SessionExtract(
      sessionID: session.id, file: session.outputFile, title: session.title,
      recommendations: state.items.filter { $0.kind == .recommendation },
      actions: state.items.filter { $0.kind == .action })
  }

  /// Bytes a reported undertaking ("… said UNDP will …") and a task given by direction
  /// ("directed the DCs to …") cannot do without: most sentences hold none.
  static let futureBytes = [" will ", " would ", "'ll ", "\u{2019}ll ", "'d ", "\u{2019}d "].map { Array($0.utf8) }
  static let askingBytes = ["asked", "asks", "ask ", "requested", "requests", "request "].map { Array($0.utf8) }
  /// Verbs of what a session asks of someone in the room, then and there.
  static let inRoomVerbs: Set<String> = [
    "read", "introduce", "open", "close", "speak", "respond", "answer", "summarise", "summarize", "take", "present",
    "moderate", "explain", "clarify", "comment", "elaborate", "repeat", "join", "stay", "sit", "wait", "keep",
  ]
  static let directingBytes = ["ected", "ructed", "tasked", "andated", "harged", "irects", "ructs", "irect ", "nstruct "].map { Array($0.utf8) }

  /// Whether a sentence of the discussion tells what the session did not hold: a proposal turned
  /// down ("… was rejected by a large majority"), a hypothetical ("Had the funding been secured,
  /// …") or a document's words ("Article 4 … states that …").
  public static func isNoMessage(_ text: String) -> Bool {
    let words = text.split(separator: " ", maxSplits: 1)
    if let first = words.first, ["Had", "Were", "If", "Unless", "Should"].contains(String(first)) { return true }
    if SentenceAnalysis.mayBeRejected(text), SentenceAnalysis(text, rules: .defaults).isRejected { return true }
    return text.containsAnyBytesIgnoringCase(documentWordingBytes)
  }

  /// How a note quotes a document's own words.
  static let documentWordingBytes = [" states that", " stipulates that", " says: \"", " states: \"", " reads: \"", " says \u{201C}", " states \u{201C}"]
    .map { Array($0.utf8) }

  /// Whether an item is a question left open: "Should the private sector co-finance local
  /// initiatives? (to be discussed at the next forum)", "Who books the room?".
  static func isOpenQuestion(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "?")) else { return false }
    var trimmed = Substring(text.trimmingBlanks)
    // A remark in brackets after the question ("(to be discussed …)").
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") { trimmed = trimmed[..<open] }
    while let last = trimmed.last, last == " " || last == "*" || last == "_" { trimmed.removeLast() }
    guard trimmed.hasSuffix("?"), !trimmed.dropLast().contains(where: { ".!?".contains($0) }) else { return false }
    let first = trimmed.prefix { $0.isLetter }.lowercased()
    return questionWords.contains(first)
  }

  static let questionWords: Set<String> = [
    "should", "could", "can", "will", "would", "shall", "is", "are", "do", "does", "did", "how", "what", "why", "who", "where",
    "when", "whether", "which", "must", "may", "has", "have",
  ]

  /// Headings over citations: the documents a note quotes, not what the session said.
  static let citationHeadings: Set<String> = [
    "references", "sources", "footnotes", "endnotes", "bibliography", "further reading", "documents cited", "citations",
  ]

  /// A link of the notes to a web or e-mail address: its words, where it is and its target.
  struct Link {
    var words: String
    var line: Int
    var target: String
  }

  /// The notes' links to web and e-mail addresses, in order. A link whose words are its address
  /// is left out, and so is any other target (`#`, a file, a `javascript:` one).
  static func links(in session: Session) -> [Link] {
    // Most notes hold no link at all.
    guard session.text.utf8.containsBytes("](".utf8) || session.text.utf8.containsBytes("]:".utf8)
      || session.text.utf8.containsBytes("][".utf8)
    else { return [] }
    var links: [Link] = []
    session.document.root.forEachNode { node in
      guard case let .link(destination) = node.kind, let line = node.range?.start.line else { return true }
      let target = destination.trimmingBlanks
      let scheme = target.prefix(8).lowercased()
      let words = node.plainText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      guard scheme.hasPrefix("https://") || scheme.hasPrefix("http://") || scheme.hasPrefix("mailto:"),
        !target.contains(where: { $0.isWhitespace || $0.isNewline }), !words.isEmpty, !words.contains("://"),
        !words.lowercased().hasPrefix("www."),
        // "[example.org](https://example.org)" is its address; "[guide](https://example.org/guide)" is not.
        !(target.hasSuffix(words) && words.contains(where: { $0 == "." || $0 == "/" || $0 == "@" }))
      else { return false }
      links.append(Link(words: words, line: line, target: target))
      return false
    }
    return links
  }

  /// Each item's text with the target of a link in it after the link's words: "the guidance
  /// (https://example.org/guide)". A link counts for the item whose line comes last at or before
  /// the link's, when its words stand whole in the item's text.
  static func addLinkTargets(_ links: [Link], to items: inout [ExtractedItem]) {
    guard !links.isEmpty else { return }
    let texts = addingLinkTargets(links, to: items.map { ($0.text, $0.line) })
    for index in items.indices { items[index].text = texts[index] }
  }

  /// Texts of a session's notes, each with the line it starts on, with the targets of the links
  /// in them after the links' words, as items show them (`addLinkTargets`). Under the Chatham
  /// House Rule the texts are left as they are: a target may name a speaker.
  public static func withLinkTargets(_ texts: [(text: String, line: Int)], in session: Session) -> [String] {
    guard !session.chathamHouse else { return texts.map(\.text) }
    let links = links(in: session)
    return links.isEmpty ? texts.map(\.text) : addingLinkTargets(links, to: texts)
  }

  private static func addingLinkTargets(_ links: [Link], to texts: [(text: String, line: Int)]) -> [String] {
    let lines = Set(texts.map(\.line)).sorted()
    // Links by the rarest of their words, so that a text is matched only against links whose
    // words may stand in it: a paragraph of thousands of links ("See report 12", "See report
    // 13" …) is read in linear time. Links whose words hold no word at all are tried with every text.
    let linkWords = links.map { $0.words.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) }
    var counts: [Substring: Int] = [:]
    for words in linkWords { for word in Set(words) { counts[word, default: 0] += 1 } }
    var byWord: [Substring: [Int]] = [:]
    var wordless: [Int] = []
    for (number, words) in linkWords.enumerated() {
      if let rarest = words.min(by: { counts[$0, default: 0] < counts[$1, default: 0] }) {
        byWord[rarest, default: []].append(number)
      } else {
        wordless.append(number)
      }
    }
    return texts.map { item in
      let next = lines.first { $0 > item.line } ?? Int.max
      var text = item.text
      var candidates = Set(wordless)
      for word in Set(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })) {
        if let found = byWord[word] { candidates.formUnion(found) }
      }
      for number in candidates.sorted() {
        let link = links[number]
        guard link.line >= item.line && link.line < next && link.line - item.line < 40 else { continue }
        guard !text.contains(link.target), let found = wholeWords(link.words, in: text) else { continue }
        text.insert(contentsOf: " (\(link.target))", at: found.upperBound)
      }
      return text
    }
  }

  /// Where `words` first stand in `text` with no letter or digit against them.
  static func wholeWords(_ words: String, in text: String) -> Range<String.Index>? {
    var from = text.startIndex
    while let found = text.range(of: words, range: from..<text.endIndex) {
      let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
      let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
      if !before.isLetter, !before.isNumber, !after.isLetter, !after.isNumber { return found }
      from = text.index(after: found.lowerBound)
    }
    return nil
  }

  /// The Recommendations or Action items section a paragraph names when it stands as a heading
  /// would: a few words that name the section, in bold or italics or ending in a colon
  /// ("**Recommendations:**", "*Next steps*", "Follow-up:"). `nil` for any other paragraph.
  func labelledSection(_ block: MarkdownNode) -> SectionID? {
    guard block.kind == .paragraph, block.children.count <= 3 else { return nil }
    let text = block.plainText.trimmingBlanks
    guard !text.isEmpty, text.utf8.count <= 160 else { return nil }
    // "**Aanbevelingen** (van het overleg aan college, raad en partners)": a remark in brackets
    // after the bold label says whose or for whom.
    func isRemark(_ literal: String) -> Bool {
      let trimmed = literal.trimmingBlanks
      return trimmed.hasPrefix("(") && trimmed.hasSuffix(")") || trimmed.hasPrefix("(") && trimmed.hasSuffix("):")
    }
    // "📌 **AGREED AFTER THE SIDE EVENT: who does what**": a pin or another pictograph before the
    // bold label.
    let emphasised = block.children.allSatisfy { child in
      child.kind == .strong || child.kind == .emphasis
        || (child.kind == .text && (child.literal.trimmingBlanks.allSatisfy { $0 == ":" } || isRemark(child.literal)
          || child.literal.trimmingBlanks.allSatisfy { Self.isPictograph($0) || $0 == "\u{FE0F}" }))
    }
    // "**8. ÀBÁ (RECOMMENDATIONS)** — to go to the LG Chairman": a remark after a dash.
    if block.children.count == 2, let first = block.children.first, first.kind == .strong, let remark = block.children.last,
      remark.kind == .text, SessionLoader.isDashRemark(remark.literal)
    {
      let named = SessionLoader.remarkedSectionName(block, strong: first, catalog: rules.catalog)
      return named == .recommendations || named == .actions ? named : nil
    }
    guard emphasised || text.hasSuffix(":"), !Self.recallsOrTells(text) else { return nil }
    var label = text
    if let remark = block.children.last, remark.kind == .text, isRemark(remark.literal), block.children.count > 1,
      let open = label.lastIndex(of: "(")
    {
      label = String(label[..<open])
    }
    // "**[12] Next steps**": a slide's number before its title.
    if label.hasPrefix("["), let close = label.firstIndex(of: "]"), label[label.index(after: label.startIndex)..<close].allSatisfy(\.isNumber) {
      label = String(label[label.index(after: close)...]).trimmingBlanks
    }
    label = String(label.drop { Self.isPictograph($0) || $0 == "\u{FE0F}" || $0 == " " })
    // "**Maazimio 5.1 – 5.5: mapendekezo ya kamati (recommendations)**": a bold label may be longer.
    guard label.utf8.count <= (emphasised ? 80 : 60) else { return nil }
    var named = rules.catalog.section(forHeading: label.trimmingCharacters(in: ":*_ "))
    // "AGREED AFTER THE SIDE EVENT: who does what": what was agreed, then the name of its list.
    if named == nil, let colon = label.range(of: ": ", options: .backwards) {
      named = rules.catalog.section(forHeading: String(label[colon.upperBound...]).trimmingCharacters(in: ":*_ "))
    }
    return named == .recommendations || named == .actions ? named : nil
  }

  /// Whether a box's words are its writer confirming what they did or accept, as a template's
  /// checklist asks ("I searched existing issues for duplicates", "I have read the code of
  /// conduct", "I agree to …"), not a task ("I will call Ana by Friday"); what the writer did
  /// ("I searched …") only under a checklist's heading, elsewhere a task done.
  static func confirmsAsWriter(_ text: String, underChecklist: Bool) -> Bool {
    guard text.hasPrefix("I ") || text.hasPrefix("I've ") else { return false }
    let words = text.split(separator: " ").prefix(3).map { $0.lowercased() }
    guard words.count >= 2 else { return false }
    if ["agree", "confirm", "understand", "accept", "certify"].contains(words[1]) { return true }
    if words[1] == "have" && words.count > 2 && words[2] == "read" { return true }
    guard underChecklist else { return false }
    if words[0] == "i've" || words[1] == "have" && words.count > 2 && words[2].hasSuffix("ed") { return true }
    return words[1].hasSuffix("ed") && !["need", "feed", "speed", "seed"].contains(words[1])
  }

  /// Whether a paragraph opens with an item's number in a record's numbering: "5.6 Katibu …",
  /// "3.2. The secretariat …".
  static func opensWithItemCode(_ block: MarkdownNode) -> Bool {
    guard block.kind == .paragraph, let first = block.children.first, first.kind == .text else { return false }
    let bytes = Array(first.literal.utf8.prefix(12))
    var index = 0
    var groups = 0
    while index < bytes.count {
      let start = index
      while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
      guard index > start, index - start <= 3 else { return false }
      groups += 1
      guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { break }
      index += 1
      if index < bytes.count, bytes[index] == 0x20 { break }
    }
    return groups >= 2 && index < bytes.count && bytes[index] == 0x20
  }

  /// Words by which a label recalls what was done rather than naming what is to be done:
  /// "Actions taken since the last meeting:".
  static let recallingLabelWords: Set<String> = [
    "taken", "since", "last", "previous", "earlier", "past", "completed", "done", "achieved", "implemented",
  ]

  /// Whether a label or lead-in recalls what was done ("Actions taken since the last meeting:") or
  /// tells something of its subject ("Follow-up by participants has been uneven:"), where a form
  /// of "be" comes before no participle; "The following actions were agreed:" names its list.
  static func recallsOrTells(_ text: String) -> Bool {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
    for (index, word) in words.enumerated() {
      if recallingLabelWords.contains(String(word)) { return true }
      guard ["is", "are", "was", "were", "been", "remains", "remained"].contains(word) else { continue }
      guard let next = words.dropFirst(index + 1).first(where: { !["also", "then", "now", "all", "jointly"].contains($0) }) else {
        continue
      }
      if next == "been" { continue }
      if !(next.hasSuffix("ed") || ["made", "set", "given", "drawn", "put", "laid", "read", "identified", "as"].contains(next)) {
        return true
      }
    }
    return false
  }

  /// A heading's words without the tags an outliner adds after them ("Recommendations for the
  /// forum #recommendations").
  static func droppingTags(_ text: String) -> String {
    var words = text.split(separator: " ")
    while words.count > 1, let last = words.last, last.hasPrefix("#"), last.count > 1 { words.removeLast() }
    return words.joined(separator: " ")
  }

  /// The section a list item over a sub-list names as a label: "Next steps:", "**Actions**", or
  /// a word in capitals after marks that flag it ("!! ACTIONS (read out at the end)").
  func labelledItemSection(_ text: String) -> SectionID? {
    guard text.utf8.count <= 80 else { return nil }
    let stripped = text.drop { "!#*_>=- ".contains($0) }.trimmingBlanks
    // "📣 Asks", "✅ Next steps": a mind map's branch, marked with its icon.
    if let first = stripped.first, Self.isPictograph(first) { return iconLabelSection(stripped) }
    guard let firstWord = stripped.split(separator: " ").first.map({ String($0).trimmingCharacters(in: ":*_") }), firstWord.count >= 3 else {
      return nil
    }
    let shouted = firstWord.allSatisfy { $0.isUppercase || $0 == "-" }
    guard shouted || stripped.hasSuffix(":") || text.hasPrefix("**") else { return nil }
    let named = rules.catalog.section(forHeading: stripped.trimmingCharacters(in: ":*_ "))
    return named == .recommendations || named == .actions ? named : nil
  }

  /// The section a sentence leading into a list names: "The following recommendations were
  /// made:", "Participants recommended:", "The following actions were agreed:". Only the last
  /// sentence before the colon is read, and one that recalls earlier outcomes names none.
  static func leadInSection(_ block: MarkdownNode) -> SectionID? {
    // "ที่ประชุมเสนอแนะ ดังนี้ (Recommendations:)": a lead-in glossed in brackets, the gloss's own colon.
    // "הפורום ממליץ: *(The forum recommends:)*": the gloss in emphasis.
    if block.kind == .paragraph, let final = block.children.last,
      final.kind == .text && final.literal.trimmingBlanks.hasSuffix(":)") || final.kind == .emphasis && final.plainText.trimmingBlanks.hasSuffix(":)"),
      case let plain = block.plainText.trimmingBlanks, let open = plain.lastIndex(of: "("), open > plain.startIndex
    {
      return leadInSection(text: String(plain[plain.index(after: open)..<plain.index(before: plain.endIndex)]))
    }
    // "**Beslutning:** Rådet anbefaler, at" over a list: "recommends that" without its colon.
    if block.kind == .paragraph, let final = block.children.last, final.kind == .text, Self.endsInRecommendsThat(final.literal) {
      return .recommendations
    }
    // Most paragraphs do not end in a colon, which their last words tell.
    // "**We call on the Government of Kestrany to:**": the colon may end bold words.
    guard block.kind == .paragraph, let final = block.children.last,
      final.kind == .text && final.literal.utf8.reversed().first(where: { $0 != 0x20 && $0 != 0x0A }) == UInt8(ascii: ":")
        || (final.kind == .strong || final.kind == .emphasis) && final.plainText.trimmingBlanks.hasSuffix(":")
    else { return nil }
    return leadInSection(text: block.plainText)
  }

  /// Whether `words` stand inside brackets of `text`, after their opening: "DONE (sent from the
  /// room, 24/9)".
  static func standsInBrackets(_ words: String, of text: String) -> Bool {
    guard let range = text.range(of: words, options: .backwards) else { return false }
    let before = text[..<range.lowerBound]
    guard let open = before.lastIndex(of: "(") else { return false }
    return !before[open...].contains(")") && text[range.upperBound...].contains(")")
  }

  /// Whether a text is only a vote's tally: "(7–0–1)", "8-0-0", "(5:0:0)".
  static func isVoteTally(_ text: String) -> Bool {
    let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: " ()*_."))
    let parts = inner.split(whereSeparator: { $0 == "\u{2013}" || $0 == "-" || $0 == ":" || $0 == "/" })
    return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }
  }

  /// The person a task's words name to lead it, set off by a comma: ", convened by Yusra
  /// Hadane", ", led by Tomas Grell,"; `nil` for any other text.
  static func ledBy(_ text: String) -> (owner: String, words: String)? {
    for verb in ["convened", "led", "chaired", "coordinated", "hosted"] {
      guard let range = text.range(of: ", " + verb + " by ") else { continue }
      let name = text[range.upperBound...].prefix { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" }
      let words = name.split(separator: " ").prefix { $0.first?.isUppercase == true }
      guard (2...4).contains(words.count) else { continue }
      let owner = words.joined(separator: " ")
      return (owner, verb + " by " + owner)
    }
    return nil
  }

  /// The section a one-line paragraph marked with an icon names ("🗣️ My asks to…", "🚀 What's
  /// next", "✅ Next steps:"): recommendations or actions only; `nil` for any other paragraph.
  func iconSectionName(_ block: MarkdownNode) -> SectionID? {
    guard let first = block.children.first, first.kind == .text, block.children.count <= 2,
      let character = first.literal.first, Self.isPictograph(character)
    else { return nil }
    return iconLabelSection(block.plainText.trimmingBlanks)
  }

  /// The section a label marked with an icon names, a post's line or a mind map's branch ("📣
  /// Asks", "🗣️ My asks to…", "✅ Next steps:"): recommendations or actions only.
  func iconLabelSection(_ label: String) -> SectionID? {
    guard let first = label.first, Self.isPictograph(first) else { return nil }
    var name = Self.droppingPictographs(label).trimmingBlanks
    while let last = name.last, ":.\u{2026} ".contains(last) { name.removeLast() }
    guard !name.isEmpty, name.utf8.count <= 40, name.split(separator: " ").count <= 5 else { return nil }
    let named = rules.catalog.section(forHeading: name)
    return named == .recommendations || named == .actions ? named : nil
  }

  /// A document's comment that assigns what it asks ("[b] Ravi Kannan — 29 Apr 2037: … can you
  /// send us the link by Friday? — Assigned to Lucía Ferrándiz. Reply — …: Done"): its words
  /// before the assignment (past the commenter and the day), the one assigned, whether a reply
  /// says it is done, and the day it was written.
  static func assignedComment(_ text: LocatedText) -> (body: LocatedText, owner: String, done: Bool, sent: CalendarDate?)? {
    guard let assigned = text.text.range(of: " \u{2014} Assigned to ") ?? text.text.range(of: ". Assigned to ") else { return nil }
    let name = text.text[assigned.upperBound...].prefix { $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "." }
      .split(separator: ".").first.map { $0.trimmingBlanks } ?? ""
    guard (1...4).contains(name.split(separator: " ").count), name.first?.isUppercase == true else { return nil }
    var start = text.text.startIndex
    var sent: CalendarDate? = nil
    if let header = text.text.range(of: #"^\[[a-z]{1,2}\]\s+[^\u2014\n]{2,50}\u2014\s+(\d{1,2}\s+\p{L}+\s+\d{4}):\s*"#, options: .regularExpression) {
      let day = text.text[header].split(separator: "\u{2014}").last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ": ")) } ?? ""
      sent = DueDateResolver.find(in: "on " + day, sessionDate: nil)?.date ?? DueDateResolver.find(in: "by " + day, sessionDate: nil)?.date
      start = header.upperBound
    }
    guard start < assigned.lowerBound else { return nil }
    let after = text.text[assigned.upperBound...]
    let done = after.range(of: #":\s*Done\b"#, options: .regularExpression) != nil
    let end = text.text[assigned.lowerBound] == "." ? text.text.index(after: assigned.lowerBound) : assigned.lowerBound
    return (text.slice(start..<end), name, done, sent)
  }

  /// A person's name without the unit or role written after it in an owner's cell: "Kaito
  /// Branner, TMP Unit 4" → "Kaito Branner", "Sima Haddad, Red Crescent" → "Sima Haddad"; not two
  /// people ("Ana Ruiz, Tom Bell") nor a body and its part ("Ministry of Health, Planning Unit").
  static func personBeforeAffiliation(_ owner: String) -> String {
    let parts = owner.components(separatedBy: ", ")
    guard parts.count == 2, case let name = parts[0].split(separator: " "), (2...3).contains(name.count),
      name.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" } }),
      !name.contains(where: { affiliationWords.contains($0.lowercased()) })
    else { return owner }
    let after = parts[1].split(separator: " ").map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".()")) }
    guard after.contains(where: { affiliationWords.contains($0) || SentenceAnalysis.roleNouns.contains($0) || $0.allSatisfy(\.isNumber) })
    else { return owner }
    return parts[0]
  }
  static let affiliationWords: Set<String> = [
    "unit", "dept", "department", "chief", "steward", "council", "crescent", "cross", "logistics", "office", "team", "group",
    "section", "ministry", "police", "division", "service", "services", "agency", "association", "network", "forum", "hub",
    "secretariat", "committee", "board", "programme", "program", "foundation", "authority", "institute", "centre", "center",
  ]

  /// The label every line after a paragraph's first opens with, when they share one of a few
  /// capitals ("PN:", "NB:", "Q:"), as a producer's or a note-taker's running notes mark theirs.
  static func repeatedLineLabel(_ lines: [LocatedText]) -> String? {
    guard lines.count >= 3, let second = lines.dropFirst().first?.text, let colon = second.prefix(6).firstIndex(of: ":") else { return nil }
    let label = String(second[...colon])
    guard label.dropLast().allSatisfy({ $0.isUppercase && $0.isLetter }), (2...5).contains(label.count),
      lines.dropFirst().allSatisfy({ $0.text.hasPrefix(label + " ") })
    else { return nil }
    return label
  }

  /// Whether a lead-in says the list after it is what a document encloses: "(the items checked
  /// below are included):", "Attached:", "Enclosures:".
  static func listsEnclosures(_ text: String) -> Bool {
    let trimmed = text.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    guard trimmed.utf8.count <= 200, trimmed.hasSuffix(":") || trimmed.hasSuffix("):") else { return false }
    let lowered = trimmed.lowercased()
    return [" are included", " are enclosed", " are attached", "attachments:", "enclosures:", "annexes:", "attached:", "enclosed:"]
      .contains(where: lowered.contains)
  }

  /// Whether a paragraph opens with a letter or a small roman number in brackets: "(a) the
  /// Government to fund …", "(iv) …", "b) …".
  static func isLetteredParagraph(_ block: MarkdownNode) -> Bool {
    guard block.kind == .paragraph, let first = block.children.first, first.kind == .text else { return false }
    let text = first.literal.drop { $0 == " " }
    let opened = text.first == "("
    let marker = (opened ? text.dropFirst() : text[...]).prefix { $0.isLetter && $0.isLowercase }
    guard (1...4).contains(marker.count), marker.count == 1 || marker.allSatisfy({ "ivx".contains($0) }) else { return false }
    let rest = (opened ? text.dropFirst() : text[...]).dropFirst(marker.count)
    return rest.hasPrefix(") ")
  }

  /// Whether a text ends "recommends that" with nothing after it, the list below saying what
  /// ("The council recommends that", Danish "Rådet anbefaler, at", Swedish "rekommenderar att").
  static func endsInRecommendsThat(_ text: String) -> Bool {
    let tail = text.utf8.suffix(60)
    guard let last = tail.last, last == UInt8(ascii: "t") || last == UInt8(ascii: " ") || last == 0x0A else { return false }
    let words = String(decoding: tail, as: UTF8.self).lowercased().split(whereSeparator: { !$0.isLetter })
    guard words.count >= 2, let that = words.last, ["that", "at", "att"].contains(that) else { return false }
    return ["recommends", "recommend", "recommended", "urges", "anbefaler", "anbefalede", "rekommenderar", "foreslår"].contains(words[words.count - 2])
  }

  /// The section a lead-in's text names, as `leadInSection(_:)` reads it.
  static func leadInSection(text: String) -> SectionID? {
    let text = text.trimmingBlanks
    guard text.hasSuffix(":"), text.utf8.count <= 400 else { return nil }
    var body = text.dropLast()
    // "… as advice for the Board (see Follow-up):": a pointer elsewhere names no section here.
    if body.hasSuffix(")"), let open = body.lastIndex(of: "("), body[body.index(after: open)...].hasPrefix("see ") {
      body = body[..<open]
    }
    let last = body.range(of: ". ", options: .backwards).map { body[$0.upperBound...] } ?? body
    let words = last.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
    // "Pursuant to Article 32 of the Law …, the Special Report will contain the following
    // recommendations, which the participants supported:": "the following" names the list however long the rest.
    let following = words.count <= 40 && last.lowercased().contains("the following ")
    guard (1...14).contains(words.count) || following, !recallsOrTells(String(last)),
      !words.contains(where: { ["recalled", "previous", "earlier", "last", "past", "original", "not", "no", "rejected"].contains($0) })
    else { return nil }
    // "Komise doporučuje Radě města Brodětín:", "A bizottság … javasolja:", "Këshilli rekomandon:".
    if words.contains(where: {
      ["recommendations", "recommendation", "recommended", "recommends", "proposals", "asks", "advice", "doporučuje", "javasolja", "rekomandon", "syor-syor", "syor"].contains($0)
    }) {
      return .recommendations
    }
    // Vietnamese "Đề nghị:", "Kiến nghị:": requests, as a chair's conclusions end in them.
    if ["đề nghị", "kiến nghị"].contains(where: { last.lowercased().hasSuffix($0) }) { return .recommendations }
    // "We call on the Government of Kestrany to:", "We urge the members of the Development
    // Partners' Group to:": the asks the list after it makes.
    if words.last == "to", words.count >= 3, words.count <= 14,
      ["call", "calls", "urge", "urges", "ask", "asks", "invite", "invites", "encourage", "encourages", "request", "requests"]
        .contains(where: { verb in words.prefix(5).contains(Substring(verb)) })
    {
      return .recommendations
    }
    // "It calls on:", "The statement urges:": the asks the list after it makes, each naming whom
    // it is for.
    if (2...8).contains(words.count), let last = words.last,
      (["on", "upon"].contains(last) && words.dropLast().last.map({ ["call", "calls", "called"].contains($0) }) == true)
        || ["urges", "urged", "urge"].contains(last)
    {
      return .recommendations
    }
    // "The Caucus resolves to:": what the body itself will do.
    if (2...8).contains(words.count), words.last == "to", words.dropLast().last.map({ ["resolves", "resolved"].contains($0) }) == true {
      return .actions
    }
    // "Kept:", "Endorsed by the plenary:": what the room kept of the ideas brought to it.
    if words.count <= 4, words.first.map({ ["kept", "retained", "endorsed", "adopted"].contains($0) }) == true { return .recommendations }
    let joined = " " + words.joined(separator: " ") + " "
    // "Oppgaver:", "Opgaver:", "Uppgifter:": tasks, in Norwegian, Danish and Swedish.
    if [" actions ", " action points ", " action items ", " next steps ", " follow-up ", " tasks ", " to-dos ", " undertakings ", " commitments ", " pledges ",
      " oppgaver ", " opgaver ", " uppgifter ", " oppfølging "].contains(where: joined.contains) {
      return .actions
    }
    return nil
  }

  /// The lists a lead-in ("Recommendations:", "The meeting made the following recommendations to
  /// donors:", "**Recommendations to the UN system**") stands over, read as the section it names;
  /// under recommendations, their items address whom it names.
  private func processLed(
    _ lists: ArraySlice<MarkdownNode>, by leadIn: String, as section: SectionID, headingActors: [String], state: inout State
  ) {
    let outer = state.sectionWords
    state.sectionWords = leadIn.trimmingCharacters(in: ":*_ ")
    defer { state.sectionWords = outer }
    let addressed = section == .recommendations ? leadInAddressees(leadIn) : []
    for list in lists {
      process(list, section: section, sectionHasList: true, headingActors: addressed.isEmpty ? headingActors : addressed, state: &state)
    }
  }

  /// The actors a lead-in into recommendations names: "recommends that the State party:",
  /// "made the following recommendations to donors:".
  func leadInAddressees(_ text: String) -> [String] {
    let analysis = SentenceAnalysis(text, rules: rules)
    if let hit = analysis.recommendationCue() {
      let found = analysis.addressee(for: hit)
      if !found.actors.isEmpty { return found.actors }
    }
    return Self.actorsNamed(in: text, rules: rules)
  }

  /// Whether a list stands among `blocks` before the first heading that `continues` does not let
  /// through (given its level): what decides if a section's paragraphs are items or introductions.
  static func holdsList(_ blocks: ArraySlice<MarkdownNode>, headingContinues continues: (Int) -> Bool) -> Bool {
    // A table of tasks or recommendations (pipes, or pasted as HTML) holds its items as a list does.
    blocks.prefix {
      if case let .heading(level) = $0.kind { return continues(level) }
      return true
    }.contains { ($0.isList && !isNumberedLeadIn($0)) || isTable($0) }
  }

  /// Whether a list is one numbered paragraph that leads into the paragraphs after it ("14. The
  /// Commission recommends that:" over "(a) the Ministry of Interior suspend …"): a report's
  /// numbered paragraph, no list of items.
  static func isNumberedLeadIn(_ list: MarkdownNode) -> Bool {
    guard list.children.count == 1, let item = list.children.first, item.children.count == 1,
      let paragraph = item.children.first, paragraph.kind == .paragraph
    else { return false }
    return paragraph.plainText.trimmingBlanks.hasSuffix(":")
  }

  /// Whether a block is a table, of pipes or pasted as HTML; most blocks hold neither mark.
  public static func isTable(_ block: MarkdownNode) -> Bool {
    switch block.kind {
    case .paragraph:
      return block.children.contains { $0.kind == .text && $0.literal.utf8.contains(UInt8(ascii: "|")) } && PipeTable(block) != nil
    case .htmlBlock:
      return PipeTable(html: block) != nil
    default:
      return false
    }
  }

  /// The section a paragraph of bold words alone names ("**Summary of discussion**").
  func boldSectionName(_ block: MarkdownNode) -> SectionID? {
    SessionLoader.boldSectionName(block, catalog: rules.catalog)
  }

  /// Words that deny what follows them ("not", "nobody", "didn't" …), as tokens normalise them.
  public static var negations: Set<String> { SentenceAnalysis.negations }

  /// The comment that opens a chair's summary drafted by `rapporteur summary`.
  public static let draftMarker = "<!-- rapporteur:chair-summary -->"

  /// Whether a paragraph's first words may be a draft's title line (`Chair…`): a cheap test
  /// before its whole text is read.
  static func opensAsDraftTitle(_ block: MarkdownNode) -> Bool {
    var node = block
    while node.kind != .text, let first = node.children.first { node = first }
    guard node.kind == .text, let first = node.literal.utf8.first else { return false }
    return first == UInt8(ascii: "C") || first == UInt8(ascii: "c")
  }

  /// Whether a paragraph is the title line a chair's summary draft opens with
  /// (`**Chair's summary: TITLE**`), when pasted back into the notes.
  static func isDraftTitle(_ text: String) -> Bool {
    let lowered = text.trimmingBlanks.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    return lowered.hasPrefix("chair's summary:") || lowered.hasPrefix("chairs' summary:")
  }

  /// The runs of words of some text, to tell whether an item of a pasted chair's summary says
  /// again what they say: most of its runs of five words stand among them. The draft adds a theme
  /// before a key message and `(owner: …; due: …)` after a next step, and may cut or join
  /// sentences, so whole texts are not compared. Linear in the words on both sides.
  struct RepeatedWords {
    static let run = 5
    private var runs: Set<Int> = []
    private var words: Set<String> = []

    init(_ texts: [String]) {
      add(texts)
    }

    mutating func add(_ texts: [String]) {
      for text in texts {
        let words = Self.words(text)
        if words.count < Self.run { self.words.formUnion(words.map(String.init)) }
        for start in words.indices.dropLast(Self.run - 1) { runs.insert(Self.hash(words[start..<(start + Self.run)])) }
      }
    }

    func repeats(_ text: String) -> Bool {
      var body = Substring(text)
      if let suffix = body.range(of: "(owner:", options: .backwards) ?? body.range(of: "(due:", options: .backwards) {
        body = body[..<suffix.lowerBound]
      }
      let words = Self.words(String(body))
      guard words.count >= Self.run else { return !words.isEmpty && words.allSatisfy { self.words.contains(String($0)) } }
      let starts = words.indices.dropLast(Self.run - 1)
      let found = starts.filter { runs.contains(Self.hash(words[$0..<($0 + Self.run)])) }.count
      return found * 10 >= starts.count * 6
    }

    static func words(_ text: String) -> [Substring] {
      Substring(text.lowercased()).split { !$0.isLetter && !$0.isNumber }
    }

    static func hash(_ words: ArraySlice<Substring>) -> Int {
      var hasher = Hasher()
      for word in words { hasher.combine(word) }
      return hasher.finalize()
    }
  }

  /// Whether `block` is the draft's opening comment.
  static func isDraftMarker(_ block: MarkdownNode) -> Bool {
    guard case .htmlBlock = block.kind else { return false }
    return block.literal.trimmingBlanks.hasPrefix(draftMarker)
  }

  struct State {
    /// Whom a paragraph ending in a colon asks ("6. The Panel recommends that the State party:"),
    /// for the lettered paragraphs under it ("(a) Amend section 4 …"), and the last line read.
    var letteredAsks: (actors: [String], through: Int)?
    /// The last line of a lead-in that asks without naming whom ("Therefore, we ask:") or of the
    /// asks under it, each naming whom it asks before a comma ("Parents, to know …").
    var asksEachNamed: Int?
    /// Whether the notes hold a social network's comment buttons ("Like · Reply · 2h"), once asked.
    var holdsCommentButtons: Bool?
    /// Lines of a paragraph wholly in italics that translate the line above them ("Velferðarráð
    /// hvetur …" over "*The committee urges …*"), each with the line it translates.
    var glossedLines: [Int: Int] = [:]
    var sessionDate: CalendarDate?
    /// Whether the notes write `11/15` or `15/11`.
    var slashOrder = DueDateResolver.SlashOrder.dayFirst
    /// The date the notes give for the next meeting ("Next meeting: 14 May 2025"), for tasks due
    /// "by the next meeting".
    var nextMeeting: CalendarDate?
    /// The notes' text, where a meeting named by its month ("before the December board") may be
    /// dated ("The board meets on 12 December").
    var notes = ""
    /// The last line of a tracker pasted with tabs between its cells, read from the file's lines:
    /// the blocks Markdown made of its rows are read no more.
    var tabbedThrough = 0
    /// The month a fiscal year starts in, where the notes say so ("FY = 1 July to 30 June").
    var fiscalStart: Int?
    /// The file's lines, split once when a tracker pasted with tabs is first read.
    var noteLines: [Substring]?
    var items: [ExtractedItem] = []
    /// Whom the paragraph just read, ending in a colon, addresses: the next list's items.
    var introActors: [String] = []
    /// Whether the section read names action items besides recommendations.
    var actionsToo = false
    /// The owner a list item names over the actions under it ("Secretariat" over "circulate …").
    var groupOwner: String?
    /// The due date a lead-in gives the tasks under it ("By 31 October 2017:").
    var groupDue: DueDateResolver.Due?
    /// The owner a label over the next list names ("**UNDP**", "Hedayah:").
    var introOwner: String?
    /// Whether the next list holds the tasks of `introOwner`, as a lead-in outside the actions
    /// says ("The Ministry will:").
    var introTasks = false
    /// What separates the owner, the task and its date in the items of the next list, as a line
    /// naming those columns over it says ("WHO — WHAT — WHEN").
    var rowSeparator: String?
    /// Whether the next list holds points the meeting agreed, as a lead-in over it says.
    var introAgreed = false
    /// Whether the list being read holds points the meeting agreed.
    var agreedPoints = false
    /// The person who wrote the notes, as their `rapporteur` field names one: the "I" of a task
    /// written in the first person with no one else speaking ("I will reply … by Friday").
    var writer: String?
    /// Whether the list read follows a form's field: a required one ("A2. Format*") or a question.
    var afterFormField = false
    /// Whom the paragraph read speaks to ("To our development partners: …"), and the words naming them.
    var vocative: (actors: [String], words: String) = ([], "")
    /// The items of the last sentence read for cues, and whether it put a proposal forward: the
    /// first sentence of the next paragraph may turn it down ("This proposal did not find support").
    var lastSentence: (items: Range<Int>, proposes: Bool)? = nil
    /// Whether the section read records decisions ("## Key decisions"): advice in it is a
    /// recommendation whoever it addresses, and procedure ("Meetings move to weekly") is none.
    var decisions = false
    /// Whether the notes tell the whole session in the past perfect ("It had been agreed that …",
    /// "Donors had been urged to …"): then that tense alone does not make a sentence history.
    var backshifted = false
    /// Whether the paragraph just read says the list after it holds no items: it restates what was
    /// said before, or lists what was set aside.
    var skippingList = false
    /// Whether the paragraph just read says the block quote after it is a text the session adopted
    /// ("The annual meeting adopted the following statement:"): its words are the session's own.
    var adoptedQuote = false
    /// The texts of the block quote just read, as items show them: a reply after it may turn
    /// them down ("> The UN should chair …" then "No: the chair stays national. Dropped.").
    var quoted: [String] = []
    /// The session's date as its front matter gives it: the first day of a session of several.
    var firstDay: CalendarDate?
    /// The block quote just read, while nothing has followed it: a verdict after it ("**CARRIED**
    /// (card vote …)") makes the quoted motion the session's own.
    var lastQuote: MarkdownNode?
    /// A motion whose verdict and fields had not come when its paragraph ended (its words go on
    /// in a list): where its items begin, and its lines that gave none.
    var openMotion: (itemsFrom: Int, quiet: [LocatedText])?
    /// The line of each numbered list item read last under its number: "point 4 is dropped"
    /// turns down the items of that line.
    var numberedLines: [Int: Int] = [:]
    /// The numbered answers a list quotes (a poll's, a wall of sticky notes'), by number, until a
    /// later line endorses them: "the room endorsed 1, 2, 3, 4 and 6".
    var quotedAnswers: [Int: LocatedText] = [:]
    /// Who speaks in the paragraph being read, where it opens by saying so ("A (panellist,
    /// ministry): …"): the owner of what they say they will do ("I will post the link today").
    var speaker: String?
    /// The persons a Hansard names beside an office the first time it gives the floor
    /// ("THE DEPUTY MINISTER (Hon. Petra Volkan):"), by office.
    var officeHolders: [String: String] = [:]
    /// The speakers the front matter names, as written there.
    var speakerNames: [String] = []
    /// Who writes the forum post read, by its header ("sara.m | 2030-06-11 09:07:10 UTC | #5").
    var postAuthor: String?
    /// Whom "she", "he" or "they" stands for in the paragraph being read: the owner of the last
    /// action, or a person the last sentence opened by naming with a title; and the pronoun that
    /// fits them, where known.
    var antecedent: (name: String, pronoun: String?)?
    /// The antecedent the list item before left, which the next item's "She also said she will …"
    /// may take up.
    var carriedAntecedent: (name: String, pronoun: String?)?
    /// How many readings of a text stand around the one under way ("And And … UNDP will …").
    var nesting = 0
    /// The lines whose list item opens with an escaped box (`- \\[ \\] …`): text, not a task.
    var escapedBoxes: Set<Int> = []
    /// The signifiers of a bullet journal's key, where the notes give one.
    var journalKey: [Character: JournalMark] = [:]
    /// The initials the notes define for people ("TO = Tomas Okri", "Mira Lenz (ML)").
    var definedInitials: Set<String> = []
    /// The pipes each line escapes (`\|`), which part no table cells.
    var escapedPipes: [Int: [Bool]] = [:]
    /// Where the notes stand as they are read: the block offsets of the last section heading and
    /// of the last sub-heading under it; and where each item was found, by its line.
    var place = (section: -1, subheading: -1)
    var itemPlaces: [Int: (section: Int, subheading: Int)] = [:]
    /// The sub-headings whose proposal the meeting turned down ("→ NOT CONSENTED"), by the
    /// offsets of their section and sub-heading.
    var turnedDown: Set<[Int]> = []
    /// The organisation the heading read last names ("## Nordvale Development Agency (NDA)"):
    /// whom "We will …" and "We commit to …" under it stand for.
    var headingOwner: String?
    /// The owner a sub-heading of the actions names ("### Harriet K. (Youth Service, MCC)",
    /// "### Online Harms Unit"), whose tasks the items under it are where they name no other.
    var taskHeadingOwner: String?
    /// The agency a commitment's field names as its lead ("**Lead implementing agency:** Ministry
    /// of Justice (MoJ)"), whose milestones are the tasks in the table under it, to the next heading.
    var fieldOwner: String?
    /// The owner the text around an item gives it where it names none: a lead-in's, a
    /// sub-heading's, a commitment's lead field's.
    var impliedOwner: String? { groupOwner ?? taskHeadingOwner ?? fieldOwner }
    /// The member a stand-up's heading names ("## @lena", "## Kofi (Zoom, Accra)"), whose "T:"
    /// lines are that member's tasks for the day; `nil` where the notes are no stand-up.
    var standUpMember: String?
    /// The dates the notes give beside names ("GA5: …, 08/11/2028"), for deadlines named after
    /// those events; read when a task first needs one.
    var datedNames: DatedNames?
    /// The first day of a grant project's month 1, where the notes give it ("M1 = February 2027"):
    /// deadlines in project months ("due M18") count from it.
    var projectStart: CalendarDate?
    /// Milestones the notes name with their dates ("`M2 Oct partners call` (due Oct 16, 2035)"),
    /// by code: a task tagged "[M2]" is due when its milestone is.
    var milestones: [String: CalendarDate] = [:]
    /// Whether an item of the list being read was a task after its owner's name and a colon or
    /// dash ("NPCO — put the draft plan online … — by 31 March"): its siblings may then give
    /// theirs as a noun phrase ("TCSPP + Youth Forum: 4 regional listening sessions before …").
    var ownerTasksInList = false
    /// The due date a sub-heading of Action items gives the tasks under it: "### By 14 July",
    /// "### Before the budget hearing (Thursday 12 October)".
    var headingDue: DueDateResolver.Due?
    /// The words of the heading (or bold paragraph) that opened the section read, as `--explain`
    /// shows them: "Next steps", "Prochaines étapes".
    var sectionWords: String?
  }

  /// The organisation a heading names, by its acronym where it gives one: "Nordvale Development
  /// Agency (NDA)" → "NDA", "Hollis Foundation", "UN Resident Coordinator's Office (RCO) – as
  /// pooled fund manager" → "RCO", "### UNDP". `nil` for a section's name or a topic ("Youth
  /// engagement", "Session 2: Funding").
  /// Whether the actions' heading says they are grouped by whose they are: "Follow-ups by
  /// owner", "Actions by organisation", "Who does what".
  static func groupsByOwner(_ heading: String) -> Bool {
    let lowered = heading.lowercased()
    return ["by owner", "by person", "by organisation", "by organization", "by agency", "by partner", "by lead", "per owner",
      "per person", "per organisation", "per organization", "who does what", "by who"].contains(where: lowered.contains)
  }

  /// The owner a sub-heading over tasks names: a body ("Online Harms Unit (Aldmere Police)"), a
  /// person with an initial ("Harriet K. (Youth Service, MCC)"), initials ("JM (me)"), or a name
  /// with its contact in brackets ("Chatterbox (Noor Halvorsen, Trust & Safety)"); under a
  /// heading that groups the tasks by owner, any name. Not a topic ("Logistics", "Next RT").
  public static func ownerHeading(_ heading: String, byOwner: Bool, catalog: SectionCatalog) -> String? {
    var main = Substring(heading.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_:# ")))
    var bracketed = false
    if let open = main.firstIndex(of: "("), open > main.startIndex, main.hasSuffix(")") {
      let inside = main[main.index(after: open)..<main.index(before: main.endIndex)]
      bracketed = inside.first?.isUppercase == true
      main = main[..<open]
    }
    if let comma = main.firstIndex(of: ",") { main = main[..<comma] }
    let name = main.trimmingBlanks
    let words = name.split(separator: " ")
    guard (1...5).contains(words.count), let first = name.first, first.isUppercase || first == "@", catalog.sections(forHeading: name).isEmpty,
      !name.contains(where: \.isNumber), looksLikeName(name)
    else { return nil }
    let joiners: Set<String> = ["of", "for", "the", "and", "&", "+", "de", "du", "la"]
    guard words.allSatisfy({ $0.first?.isUppercase == true || $0.first == "@" || joiners.contains(String($0)) }) else { return nil }
    if byOwner { return name }
    // A topic, a time or a state opens many a sub-heading over tasks.
    guard !ownerHeadingOpeners.contains(words[0].lowercased()) else { return nil }
    let initial = words.contains { $0.count == 2 && $0.first?.isUppercase == true && $0.last == "." }
    let initials = words.count == 1 && (2...4).contains(name.count) && name.allSatisfy(\.isUppercase)
    let named = words.contains { word in
      let lowered = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
      return !joiners.contains(lowered) && !CommonWords.contains(lowered)
    }
    guard initial || initials || organisationHeading(heading, catalog: catalog) != nil || (bracketed && named) else { return nil }
    return name
  }

  /// Words that open a sub-heading over tasks that names no owner: when, in what state, on what.
  static let ownerHeadingOpeners: Set<String> = [
    "next", "before", "after", "by", "until", "due", "week", "day", "phase", "stage", "step", "part", "item", "agenda", "session",
    "topic", "theme", "group", "table", "breakout", "workstream", "track", "pillar", "objective", "output", "outcome", "priority",
    "immediate", "short", "medium", "long", "urgent", "open", "closed", "done", "completed", "pending", "ongoing", "parked",
    "unassigned", "other", "others", "misc", "general", "new", "old", "all", "everyone", "joint", "shared", "follow-up", "follow-ups",
  ]

  static func organisationHeading(_ heading: String, catalog: SectionCatalog) -> String? {
    let trimmed = heading.trimmingBlanks
    guard let first = trimmed.first, first.isUppercase, trimmed.utf8.count < 120, catalog.sections(forHeading: trimmed).isEmpty
    else { return nil }
    // "Improve: what BYT will do differently", an after-action review's heading over the
    // organisation's own "We will …".
    if let what = trimmed.range(of: "what ", options: .caseInsensitive),
      let will = trimmed[what.upperBound...].range(of: " will do")
    {
      var name = trimmed[what.upperBound..<will.lowerBound].trimmingBlanks
      // "What we at Amani Bridges will do".
      for opening in ["we at ", "we in ", "we, "] where name.lowercased().hasPrefix(opening) {
        name = String(name.dropFirst(opening.count)).trimmingBlanks
      }
      return name.lowercased() != "we" && looksLikeName(name) ? name : nil
    }
    var main = Substring(trimmed)
    for separator in [" \u{2013} ", " \u{2014} ", " - ", ": "] {
      if let cut = main.range(of: separator) { main = main[..<cut.lowerBound] }
    }
    // "(NDA)": an acronym the heading defines.
    if let open = main.lastIndex(of: "("), let close = main[open...].firstIndex(of: ")") {
      let inside = main[main.index(after: open)..<close]
      if (2...8).contains(inside.count), inside.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "&" || $0 == "-" }),
        inside.contains(where: \.isLetter)
      {
        return String(inside)
      }
      main = main[..<open]
    }
    let words = main.split(separator: " ")
    guard let last = words.last, (1...7).contains(words.count) else { return nil }
    if words.count == 1 {
      let word = last
      return (2...8).contains(word.count) && word.allSatisfy({ $0.isUppercase || $0 == "&" }) && !headingAbbreviations.contains(String(word))
        ? String(word) : nil
    }
    let small: Set<String> = ["of", "for", "the", "and", "on", "in", "to", "&", "de", "du", "des", "la", "le", "et"]
    guard words.allSatisfy({ $0.first?.isUppercase == true || small.contains(String($0)) }),
      words.contains(where: { organisationWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) })
    else { return nil }
    return main.trimmingCharacters(in: .whitespaces)
  }

  /// Adds the recommendations a government supported, where a table is a review's matrix of them
  /// with its responses ("| 118.31 | Adopt and implement … | Ostrand | S |"), addressed to it where
  /// they name no one else; tells whether the table was one.
  private func addSupported(_ table: PipeTable, state: inout State) -> Bool {
    guard let column = table.responseColumn else { return false }
    var accepted = table
    // "| … | Supported | … | Implemented: ratified 9 January 2036 |": a recommendation carried out
    // is history, not advice still open.
    // (A management response's status tells of its key actions, not of the recommendation.)
    let status = table.responseActionColumn == nil ? table.roles.lastIndex(of: .done) : nil
    accepted.rows = table.rows.filter { row in
      guard column < row.count, PipeTable.accepts(row[column].text) else { return false }
      guard let status, status < row.count else { return true }
      let said = row[status].text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
      return !["implemented", "fully implemented"].contains { said.hasPrefix($0) }
    }
    // The recommending State is no addressee.
    accepted.roles = table.roles.indices.map { index in
      let role = table.roles[index]
      if table.responseActionColumn != nil { return index == table.respondedColumn ? .text : .other }
      return role == .owner || role == .addressee ? .other : role
    }
    addTableRows(accepted, kind: .recommendation, headingActors: ["governments"], state: &state)
    // "| … | **Accepted.** | 1.1 Write to MoF … | OPV | Oct 2036 | Initiated |": the key actions a
    // management response sets, each with its unit and timeframe.
    if let actions = table.responseActionColumn {
      var tasks = table
      tasks.roles = table.roles.indices.map { index in
        index == actions ? .text : index == column || table.roles[index] == .text ? .other : table.roles[index]
      }
      tasks.rows = table.rows.filter { actions < $0.count && !Self.isPlaceholder($0[actions].text) }
      addTableRows(tasks, kind: .action, headingActors: [], state: &state)
    }
    return true
  }

  /// Whether a paragraph of more than one line opens with a line holding two commas or more, as a
  /// comma-separated header does.
  static func opensWithCommaLine(_ block: MarkdownNode) -> Bool {
    guard let first = block.children.first, first.kind == .text, block.children.contains(where: { $0.kind == .softBreak })
    else { return false }
    return first.literal.utf8.filter { $0 == UInt8(ascii: ",") }.count >= 2
  }

  /// A tracker pasted from a spreadsheet with tabs between its cells, whose header is the first
  /// line of `block`, read from the file's lines down to the first blank one; the blocks Markdown
  /// made of its rows are then passed over.
  private func tabbedTracker(_ block: MarkdownNode, state: inout State) -> PipeTable? {
    guard let first = InlineText.lines(of: block).first, first.text.utf8.filter({ $0 == UInt8(ascii: "\t") }).count >= 2,
      let start = block.range?.start.line, start >= 1
    else { return nil }
    var lines: [InlineText.Line] = []
    // Split once per note, not once per tracker: a note of many such paragraphs stays linear.
    if state.noteLines == nil { state.noteLines = state.notes.split(separator: "\n", omittingEmptySubsequences: false) }
    for (offset, line) in (state.noteLines ?? []).dropFirst(start - 1).enumerated() {
      let text = line.hasSuffix("\r") ? line.dropLast() : line
      guard !text.allSatisfy({ $0 == " " || $0 == "\t" }) else { break }
      lines.append(InlineText.Line(text: String(text), location: SourceLocation(line: start + offset, column: 1)))
    }
    guard let table = PipeTable(delimited: lines), let last = lines.last else { return nil }
    state.tabbedThrough = last.location.line
    return table
  }

  /// Whether a paragraph is one link and nothing else ("[Day 1 in pictures](https://…)").
  static func isLinkAlone(_ block: MarkdownNode) -> Bool {
    let children = block.children.filter { !($0.kind == .text && $0.literal.trimmingBlanks.isEmpty) }
    guard children.count == 1, case .link = children[0].kind else { return false }
    return true
  }

  /// The lines of a paragraph that numbers its points with decimals ("1.1. …", "2.4 …"), each
  /// with the lines that go on from it, when two or more are so numbered; the lines before the
  /// first (a lead-in such as "**DECIDED**:") are left out.
  static func numberedLineGroups(_ block: MarkdownNode) -> [LocatedText]? {
    // Most paragraphs have no line that opens with a number: their nodes say so before any line
    // is assembled.
    let children = block.children
    guard children.indices.contains(where: { index in
      children[index].kind == .softBreak && index + 1 < children.count && children[index + 1].kind == .text
        && children[index + 1].literal.first?.isNumber == true
    }) else { return nil }
    let lines = InlineText.lines(of: block)
    guard lines.count >= 2 else { return nil }
    var groups: [[InlineText.Line]] = []
    for line in lines {
      let trimmed = line.text.trimmingBlanks
      let digits = trimmed.prefix { $0.isNumber || $0 == "." }
      if digits.count >= 3, digits.contains("."), digits.first?.isNumber == true, trimmed.dropFirst(digits.count).first == " " {
        groups.append([line])
      } else if !groups.isEmpty {
        groups[groups.count - 1].append(line)
      }
    }
    return groups.count >= 2 ? groups.map { LocatedText(lines: $0) } : nil
  }

  /// A marketplace's ask card ("A1 · ASK from Youth Bench to the Municipal Council: "a room for
  /// evening drop-ins"") as a recommendation to those it names (none for an ask of no one the
  /// rules know: "to anyone"), and the card's other lines; `nil` for any other paragraph.
  private func askCard(_ block: MarkdownNode) -> (ask: ExtractedItem?, rest: LocatedText)? {
    let lines = InlineText.lines(of: block)
    guard let first = lines.first, case let line = first.text.trimmingBlanks else { return nil }
    // "O6 · OFFER by University of Kestrel: two MA students …": an offer is no one's task until
    // taken; what the lines after it say of it is read on its own.
    if lines.count > 1, Self.offerCardPattern.firstMatch(in: line, range: NSRange(line.startIndex..<line.endIndex, in: line)) != nil {
      return (nil, LocatedText(lines: Array(lines.dropFirst())))
    }
    guard let match = Self.askCardPattern.firstMatch(in: line, range: NSRange(line.startIndex..<line.endIndex, in: line)),
      let to = Range(match.range(at: 1), in: line)
    else { return nil }
    let actors = Self.actorsNamed(in: String(line[to]), rules: rules)
    guard !actors.isEmpty else { return (nil, LocatedText(lines: Array(lines.dropFirst()))) }
    var item = makeRecommendation(LocatedText(lines: [first]), extra: [], rule: "ask-card", strength: 3, headingActors: actors)
    item.actors = actors
    item.evidence.removeAll { $0.rule.hasPrefix("actor:") }
    item.evidence.insert(Evidence(rule: "ask-card", words: String(line[..<to.upperBound])), at: 0)
    item.evidence += actors.map { Evidence(rule: "actor:\($0)", words: String(line[to])) }
    return (item, LocatedText(lines: Array(lines.dropFirst())))
  }

  private static let offerCardPattern = NSRegularExpression.builtIn(
    "offer card", #"^(?:[A-Z]{0,2}\d{1,3}\s*[·.:\-\u2013]\s*)?OFFER\s+(?:by|from)\s+.+?:\s*\S"#, options: [])
  private static let askCardPattern = NSRegularExpression.builtIn(
    "ask card", #"^(?:[A-Z]{0,2}\d{1,3}\s*[·.:\-\u2013]\s*)?ASK\b(?:\s+from\s+.+?)?\s+to\s+(.+?):\s*\S"#, options: [])

  /// Whether a sentence opens with a verdict's label and then tells, in words of its own, what the
  /// verdict was on: "Not agreed: someone suggested turning the marketplace into a monthly event."
  /// (not "Not agreed: 5 votes to 12", which gives the verdict on the one before).
  static func labelsItsOwnAccount(_ text: String) -> Bool {
    guard let colon = text.prefix(24).firstIndex(of: ":") else { return false }
    let label = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()
    guard ["not agreed", "rejected", "dropped", "not adopted", "parked", "deferred", "turned down", "declined"].contains(label) else { return false }
    let words = text[text.index(after: colon)...].split(separator: " ")
    return words.count > 3 && !words.contains(where: { $0.contains(where: \.isNumber) })
  }

  /// Abbreviations a heading may be that name no organisation.
  static let headingAbbreviations: Set<String> = ["AOB", "FAQ", "TOR", "TORS", "QA", "Q&A", "NB", "PS", "TBD", "TODO", "AOCB", "MISC"]

  /// Nouns that make a capitalised name an organisation's.
  static let organisationWords: Set<String> = [
    "agency", "facility", "foundation", "office", "ministry", "bank", "group", "fund", "network", "council", "coalition",
    "secretariat", "institute", "association", "union", "commission", "programme", "program", "delegation", "embassy",
    "partnership", "organisation", "organization", "centre", "center", "trust", "society", "committee", "department",
    "platform", "alliance", "unit", "authority", "service", "mission", "federation", "initiative", "forum", "consortium",
  ]

  /// Whether a reply turns down what it answers: "Sorry, no: …", "Dropped.", "I would drop it".
  static func turnsDownReply(_ text: String) -> Bool {
    let opening = text.trimmingBlanks.prefix(200).lowercased()
    if opening.hasPrefix("no:") || opening.hasPrefix("no,") || opening.hasPrefix("no.") || opening.hasPrefix("no -") { return true }
    if opening.contains("not drop") || opening.contains("keep it") { return false }
    return ["sorry, no", ", no:", ", no.", "dropped", "drop it", "drop this", "would drop", "disagree", "cannot agree", "can't agree",
      "not agreed", "rejected", "strike it", "delete it", "remove it", "take it out"].contains { opening.contains($0) }
  }

  /// Stems one of which a sentence that drops a point holds, and their bytes, small or capitalised.
  static let droppingStems = ["drop", "delet", "remov", "withdr", "reject", "strike", "struck"]
  static let droppingWords = droppingStems.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] }.map { Array($0.utf8) }

  /// The numbers of the points a sentence drops: "On point 4 (the boycott line): I would drop
  /// it", "Point 4 is dropped", "dropping points 2 and 3".
  static func droppedPoints(_ text: String) -> [Int] {
    let lowered = text.lowercased()
    guard lowered.contains("point") || lowered.contains("item") || lowered.contains("para"),
      droppingStems.contains(where: { lowered.contains($0) }),
      !lowered.contains("not drop"), !lowered.contains("keep")
    else { return [] }
    let words = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    var numbers: [Int] = []
    for (index, word) in words.enumerated() where ["point", "points", "item", "items", "para", "paragraph", "paragraphs"].contains(word) {
      var next = index + 1
      while next < words.count, let number = Int(words[next]), number < 1_000 {
        numbers.append(number)
        next += 1
        if next < words.count, words[next] == "and" { next += 1 }
      }
    }
    return numbers
  }

  /// The text as items show it, for comparing a quotation with them.
  static func comparable(_ text: String) -> String {
    display(text).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .;,:"))
  }

  /// Whether a paragraph introduces a list that restates earlier points: "The harvest mostly
  /// restated the tables:", "To recap:", "The chair summed up the main points:".
  static func introducesRestatement(_ text: String) -> Bool {
    // Only a short paragraph that ends in a colon introduces a list.
    guard text.utf8.count <= 240,
      text.utf8.last(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: ":")
    else { return false }
    let lowered = text.lowercased()
    return ["restated", "restate", "recap", "recapitulat", "summed up", "summing up", "reiterated", "repeated", "repeating", "in summary"]
      .contains { lowered.contains($0) }
  }

  /// Whether a short paragraph ending in a colon says that the text after it is one the session
  /// adopted: "The annual meeting adopted the following statement unanimously:", "The agreed
  /// wording reads:", "Participants endorsed this call:". Not "The following text was not adopted:".
  static func introducesAdoptedText(_ text: String) -> Bool {
    guard text.utf8.count <= 240, text.trimmingBlanks.hasSuffix(":") else { return false }
    let lowered = text.lowercased()
    guard adoptingWords.contains(where: { lowered.contains($0) }), adoptedTextNouns.contains(where: { lowered.contains($0) }),
      !notAgreedLeadIns.contains(where: { lowered.contains($0) }),
      ![" not ", "n't ", "never ", "rejected", "no consensus", "without"].contains(where: { lowered.contains($0) })
    else { return false }
    return true
  }

  static let adoptingWords = ["adopted", "agreed", "endorsed", "approved", "carried", "passed", "reads", "read as follows"]
  static let adoptedTextNouns = [
    "following", "statement", "declaration", "communiqué", "communique", "resolution", "text", "wording", "call", "this",
    "recommendations", "motion", "outcome",
  ]

  /// Whether a heading says its section reviews the actions of earlier meetings: "Review of action
  /// points from meeting #6", "Matters arising", "Status of previous actions", "Partner updates".
  static func reviewsEarlierActions(_ heading: String) -> Bool {
    let lowered = heading.lowercased()
    return ["review", "previous", "last meeting", "matters arising", "earlier", "outstanding", "from meeting", "carried over",
      "status of", "progress on", "update"].contains { lowered.contains($0) }
  }

  /// Whether a paragraph as short as a label heads a list of what was set aside: "Not taken
  /// forward ⬇️", "Parked:", "Rejected ideas", "Dropped after discussion:".
  static func introducesSetAside(_ text: String) -> Bool {
    // "*Suggestions of the meeting tool, never discussed – do not track.*": what follows is no outcome.
    if text.utf8.count <= 200 {
      let lowered = text.lowercased()
      // "(upside down on purpose, the worse the better)": a list of what not to do, written to be turned round.
      if ["do not track", "never discussed", "not for tracking", "were not discussed", "upside down on purpose", "upside-down on purpose",
        "the worse the better", "the worst we could", "worst possible ideas",
        // "### 1 (alone, one idea per sticky note)", "### 2 (pairs)": a harvest's raw ideas, before
        // the room chose among them.
        "one idea per", "(alone", "(pairs)", "(in pairs)", "(fours)", "(in fours)", "(trios)", "raw ideas", "ideas from individuals"].contains(where: { lowered.contains($0) })
      {
        return true
      }
    }
    // "The following proposals were discussed but did not reach consensus:": a lead-in that says
    // the list under it was not agreed.
    if text.utf8.count <= 200, text.trimmingBlanks.hasSuffix(":") {
      let lowered = text.lowercased()
      if notAgreedLeadIns.contains(where: { lowered.contains($0) }) { return true }
    }
    guard text.utf8.count <= 60 else { return false }
    let lowered = text.lowercased()
    guard lowered.split(separator: " ").count <= 5,
      setAsideLabels.contains(where: { lowered.contains($0) }),
      // "Rejected:" and not "Rejected the proposal that …", a sentence of its own.
      !lowered.contains(" that "), !lowered.contains(".")
    else { return false }
    return true
  }

  /// The due date a heading gives alone, or in its brackets: "By 14 July (one month)", "By the
  /// end of September", "Before the county budget hearing (Thursday 12 October)".
  static func headingDue(_ heading: String, sessionDate: CalendarDate?) -> DueDateResolver.Due? {
    let text = heading.trimmingBlanks.trimmingCharacters(in: ":*_ ")
    guard text.utf8.count <= 80 else { return nil }
    var main = Substring(text)
    var inside: Substring = ""
    if main.hasSuffix(")"), let open = main.lastIndex(of: "(") {
      inside = main[main.index(after: open)..<main.index(before: main.endIndex)]
      main = main[..<open]
    }
    for words in [main.trimmingBlanks, inside.trimmingBlanks] where !words.isEmpty {
      if let found = dateAlone(words, leads: ["", "by "], sessionDate: sessionDate) { return found }
    }
    return nil
  }

  static func introducesMeetingRules(_ text: String) -> Bool {
    guard text.utf8.count <= 60 else { return false }
    let lowered = text.lowercased()
    return ["ground rule", "house rule", "working agreement", "rules of the room", "meeting norms", "group norms", "rules of engagement"]
      .contains { lowered.contains($0) }
  }

  /// Words by which a lead-in says the list under it was not agreed.
  static let notAgreedLeadIns = [
    "did not reach consensus", "no consensus was reached", "without consensus", "did not find consensus", "were not agreed",
    "was not agreed", "were not adopted", "were rejected", "were not endorsed", "did not reach agreement", "no agreement was reached",
    "were not taken forward", "did not gain support", "found no support", "rejected by", "did not agree", "did not endorse",
    "not carried", "were defeated", "were voted down", "did not pass", "were lost", "fell:",
  ]

  static let setAsideLabels = [
    "without consensus", "no agreement", "parking lot", "car park", "not taken forward", "not agreed", "rejected", "parked", "dropped", "not adopted", "discarded", "below the line",
    "not retained", "not prioritised", "not prioritized", "did not make the cut", "set aside", "not pursued", "withdrawn",
    "not endorsed", "no consensus", "not kept", "nicht angenommen", "rejeté", "rejetées", "rechazad",
    // A matrix's verdict on a row: "Not approved", "For further discussion", "Deferred to the AGM".
    "not approved", "not accepted", "not supported", "for further discussion", "further discussion needed", "deferred",
    // An issue tracker's export: what is closed is done with.
    "closed issues", "closed tasks", "closed items", "closed actions",
    // A board's column of what will not be done: "Won't do (2)", "Not planned", "Canceled".
    "canceled", "cancelled", "won't do", "won\u{2019}t do", "wont do", "will not do", "not planned",
  ]

  /// The day a part of a multi-day session's notes covers, from its heading: "Day 2 (Thu 12 Oct):
  /// Sources and safety", "Follow-up (as agreed at the close, Fri 13 Oct)" — a weekday and a
  /// date, or "Day N" and a date, within two weeks after the session's first day. Not a heading
  /// that gives a deadline ("Actions (due Fri 20 Oct)").
  /// The day a chat's separator names in full ("15 October 2036", "Wednesday, 15 October 2036"):
  /// from the session's day on, within a fortnight; `nil` for any other words.
  static func chatDay(_ text: String, sessionDate: CalendarDate?) -> CalendarDate? {
    let words = text.trimmingBlanks
    guard let sessionDate, (8...40).contains(words.utf8.count), words.range(of: #"^(?:[A-Z][a-z]+,?\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}$|^[A-Z][a-z]+\s+\d{1,2},\s+\d{4}$"#, options: .regularExpression) != nil,
      let found = DueDateResolver.find(in: "by " + words, sessionDate: sessionDate), found.date >= sessionDate,
      found.date <= sessionDate.adding(days: 14)
    else { return nil }
    return found.date
  }

  static func headingDay(_ heading: String, sessionDate: CalendarDate?) -> CalendarDate? {
    guard let sessionDate, heading.utf8.count <= 120, heading.contains(where: \.isNumber) else { return nil }
    let lowered = heading.lowercased()
    guard !["due", "deadline", "by ", "until", "before"].contains(where: { lowered.contains($0) }) else { return nil }
    let words = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    let opensWithDay = words.first == "day" && words.dropFirst().first?.allSatisfy(\.isNumber) == true
    let start: Substring.Index?
    if let weekday = words.first(where: { dayNames.contains(String($0)) }) {
      start = weekday.startIndex
    } else if opensWithDay, let open = lowered.firstIndex(where: { $0 == "(" || $0 == ":" || $0 == "\u{2013}" || $0 == "\u{2014}" }) {
      start = lowered.index(after: open)
    } else {
      start = nil
    }
    if let start, lowered[start...].contains(where: \.isNumber),
      let found = DueDateResolver.find(in: "by " + lowered[start...], sessionDate: sessionDate),
      found.date >= sessionDate, found.date <= sessionDate.adding(days: 13)
    {
      return found.date
    }
    // "## Day 2 wrap-up · Thursday": the first such weekday from the session's first day on;
    // "## Day 3" alone: so many days after the first.
    guard opensWithDay, let number = words.dropFirst().first.flatMap({ Int($0) }), (1...14).contains(number) else { return nil }
    if let weekday = words.lazy.compactMap({ dayNames.contains(String($0)) ? DueDateResolver.weekdayNumber(String($0)) : nil }).first {
      return sessionDate.adding(days: (weekday - sessionDate.weekday + 7) % 7)
    }
    return sessionDate.adding(days: number - 1)
  }

  /// A deadline that names a later day of a session of several days, in notes that number them
  /// ("Day 1 = Wednesday 23 September"): "to the Day 2 morning session", "by Day 3 morning".
  static func numberedDayDue(_ text: String, firstDay: CalendarDate?, notes: String) -> DueDateResolver.Due? {
    guard let firstDay, text.utf8.containsBytes("Day ".utf8), notes.utf8.containsBytes("Day 1".utf8),
      let found = text.range(of: #"\b(?:by|before|on|for|until|to|at)\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?Day\s+(\d{1,2})\b"#, options: .regularExpression),
      let number = text[found].split(separator: " ").last.flatMap({ Int($0) }), (1...14).contains(number)
    else { return nil }
    return DueDateResolver.Due(date: firstDay.adding(days: number - 1), words: String(text[found]))
  }

  /// Whether a heading names what an earlier session asked: "Looking back: the Forum 2033 asks",
  /// "Last year's recommendations", a year before the session's and none after it.
  static func looksBack(_ heading: String, sessionDate: CalendarDate?) -> Bool {
    let lowered = heading.lowercased()
    if ["looking back", "last year's", "last year\u{2019}s", "previous "].contains(where: lowered.contains) { return true }
    // "the Forum 2033 asks", "2031 recommendations: where they stand".
    guard let sessionDate, let said = lowered.range(of: #"\b(?:19|20)\d\d\s+(?:asks|recommendations|calls|demands)\b"#, options: .regularExpression),
      let year = Int(lowered[said].prefix(4))
    else { return false }
    return year < sessionDate.year
  }

  /// Names of the days of the week, whole or shortened, as notes write them.
  static let dayNames: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "weds",
    "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  /// Whether a line is a call or chat app's record of an event, its time after a dot ("Meeting
  /// ended · 13:44 · 1 h 14 min", "Recording started · 12:31", "Call ended · 45 min").
  static func isCallEventLine(_ text: String) -> Bool {
    guard text.utf8.containsBytes(" \u{00B7} ".utf8), let dot = text.range(of: " \u{00B7} ") else { return false }
    let event = text[..<dot.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()
    let words = event.split(separator: " ")
    guard words.count == 2, let first = words.first, let last = words.last else { return false }
    return ["meeting", "call", "recording", "transcription", "screen", "breakout", "webinar", "huddle"].contains(first)
      && ["ended", "started", "stopped", "paused", "resumed", "began", "closed", "opened"].contains(last)
  }

  /// The words that announce the next meeting's day in a sentence, in Malay and Lithuanian, up to
  /// where the day is written.
  static let nextMeetingAnnouncements = [
    NSRegularExpression.builtIn("malay next meeting", #"\bmesyuarat\s+[^\n]{0,40}?\bdijadualkan\s+pada\s+"#),
    NSRegularExpression.builtIn("lithuanian next meeting", #"\bkitas\s+(?:komisijos\s+|tarybos\s+)?posėdis\s+(?:numatytas|įvyks|vyks|šaukiamas)\s+"#),
    NSRegularExpression.builtIn("japanese next meeting", #"次回(?:[（(][^）)\n]{0,12}[）)])?\s*(?:会議|会合|定例会)?\s*[：:]\s*"#),
    NSRegularExpression.builtIn("icelandic next meeting", #"\bnæsti\s+fundur\s+(?:ráðsins\s+|nefndarinnar\s+)?verður\s+(?:haldinn\s+)?"#),
  ]

  /// "Before the next meeting" in other languages: bytes any such text holds, and the words.
  static let nextMeetingPhrasings: [(bytes: [UInt8], pattern: NSRegularExpression)] = [
    // Malay, Lithuanian, Swahili, Tok Pisin.
    ("mesyuarat", #"(?i)\bsebelum\s+mesyuarat\s+(?:akan\s+datang|seterusnya|berikutnya)\b"#),
    ("kito pos", #"(?i)\biki\s+kito\s+(?:komisijos\s+)?posėdžio\b"#),
    ("mkutano ujao", #"(?i)\b(?:kabla\s+ya\s+)?mkutano\s+ujao\b"#),
    ("neks miting", #"(?i)\b(?:bipo\s+long|long)\s+neks\s+miting\b"#),
    // Hebrew; Danish and Norwegian.
    ("הבאה", #"(?:לפני|עד)\s+(?:ה)?(?:ישיבה|פגישה)\s+הבאה"#),
    ("ste m\u{00F8}", #"(?i)\b(?:inden|innen|før|til)\s+n(?:æ|e)ste\s+møde?t?\b"#),
    // Icelandic.
    ("sta fund", #"(?i)\bfyrir\s+næsta\s+fund(?:i)?\b"#),
    // Latvian.
    ("kamajai s", #"(?i)\blīdz\s+nākamajai\s+(?:komitejas\s+)?sēdei(?!\p{L})"#),
    // Estonian.
    ("koosoleku", #"(?i)\bjärgmise(?:ks)?\s+koosoleku(?:ks|ni)\b"#),
    // Japanese.
    ("次回", #"次回(?:会議|会合|定例会)?\s*(?:まで|前)"#),
  ].map { bytes, pattern in (Array(bytes.utf8), NSRegularExpression.builtIn("next meeting in another language", pattern, options: [])) }

  /// "Next meeting" in the notes' other languages, the longer forms first.
  static let otherNextMeetingNames = [
    "Próxima reunião", "próxima reunião", "Próxima reunión", "próxima reunión", "Prochaine réunion", "prochaine réunion",
    "Agli Gram Sabha", "Agli gram sabha", "Agli baithak", "Agli Baithak", "Agli meeting", "Agli Meeting",
    "La prossima seduta è fissata per", "La prossima riunione è fissata per", "La prossima seduta si terrà", "La prossima riunione si terrà",
    "Prossima seduta", "prossima seduta", "Prossima riunione", "prossima riunione",
    // Danish and Norwegian; Tok Pisin; Swahili.
    "Næste møde", "næste møde", "Neste møte", "neste møte", "Neks miting", "neks miting", "Mkutano ujao", "mkutano ujao",
    // Ukrainian, Bosnian (Croatian, Serbian), Romanian.
    "Наступне засідання провести", "Наступне засідання", "наступне засідання", "sljedeća sjednica Savjeta je", "Sljedeća sjednica je",
    "sljedeća sjednica je", "Naredna sjednica je", "naredna sjednica je", "Următoarea ședință a comisiei", "Următoarea ședință",
    // Estonian.
    "Järgmine koosolek toimub", "järgmine koosolek toimub", "Järgmine koosolek", "järgmine koosolek",
    // Latvian.
    "Nākamā komitejas sēde notiks", "Nākamā sēde notiks", "Nākamā komitejas sēde", "Nākamā sēde",
  ]

  /// Whether a text opens by naming the next meeting in another language, a label's colon or a
  /// gloss after it ("**Næste møde** *(next meeting)*: …", "Prochaine réunion : …").
  static func opensWithOtherNextMeeting(_ text: String) -> Bool {
    guard !text.isASCII || ["Agli", "Prossima", "prossima", "Neks", "neks", "Mkutano", "mkutano"].contains(where: text.drop(while: { "*_ ".contains($0) }).hasPrefix) else { return false }
    let opening = text.drop { "*_ ".contains($0) }
    // "次回（第12回）会議：2037年3月19日(木)": the next meeting, its number and its name before the colon.
    if opening.hasPrefix("次回"), let colon = opening.prefix(16).firstIndex(where: { $0 == "：" || $0 == ":" }) {
      return !opening[..<colon].contains("。")
    }
    guard let name = otherNextMeetingNames.first(where: { opening.hasPrefix($0) }) else { return false }
    let after = opening.dropFirst(name.count).drop { "*_ ".contains($0) }
    // "Mkutano ujao utafanyika Jumanne, …": or the verb that says when it is held.
    // "Järgmine koosolek toimub 12.03.2037": so in Estonian.
    return after.first == ":" || after.first == "(" || after.first == "\u{2013}" || after.first == "\u{2014}" || after.hasPrefix("utafanyika ")
      || after.hasPrefix("toimub ") || (name.hasSuffix(" notiks") && after.first?.isNumber == true)
  }

  /// The date of the next meeting where the notes give it on a line of its own: "Next meeting
  /// (No. 8): Wednesday 14 May 2025, 15:00", "- Next meeting: 23.04.2024". Only after the session.
  static func nextMeetingDate(in text: String, sessionDate: CalendarDate?) -> CalendarDate? {
    guard let sessionDate else { return nil }
    // "**Próxima reunião:** terça-feira, 18/03/2036", "Prochaine réunion : …": the next meeting
    // named in the notes' other languages.
    // "Agli Gram Sabha: Somvar 14 April 2036": Hindi's.
    if text.utf8.containsBytes("xima reuni".utf8) || text.utf8.containsBytes("rochaine réunion".utf8) || text.utf8.containsBytes("gli ".utf8)
      || text.utf8.containsBytes("rossima seduta".utf8) || text.utf8.containsBytes("rossima riunione".utf8)
      || text.utf8.containsBytes("æste møde".utf8) || text.utf8.containsBytes("este møte".utf8) || text.utf8.containsBytes("eks miting".utf8)
      || text.utf8.containsBytes("kutano ujao".utf8) || text.utf8.containsBytes("posėdis".utf8) || text.utf8.containsBytes("dijadualkan".utf8)
      || text.utf8.containsBytes("аступне засідання".utf8) || text.utf8.containsBytes(" sjednica ".utf8) || text.utf8.containsBytes("rmătoarea ședință".utf8)
      || text.utf8.containsBytes("æsti fundur".utf8) || text.utf8.containsBytes("次回".utf8) || text.utf8.containsBytes("rgmine koosolek".utf8) || text.utf8.containsBytes("kamā ".utf8)
    {
      var english = text
      for name in otherNextMeetingNames {
        english = english.replacingOccurrences(of: name, with: "Next meeting")
      }
      if english != text, let date = nextMeetingDate(in: english, sessionDate: sessionDate) { return date }
      // "Mesyuarat JKAA Bil. 2/2037 dijadualkan pada 26 Mei 2037", "… kad kitas komisijos posėdis
      // numatytas 2037-05-14": told in a sentence, its day after the words.
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      for announcement in Self.nextMeetingAnnouncements {
        if let match = announcement.firstMatch(in: text, range: range), let told = Range(match.range, in: text),
          let due = DueDateResolver.find(in: "by " + text[told.upperBound...].prefix(40), sessionDate: sessionDate), due.date > sessionDate
        {
          return due.date
        }
      }
      // "… informou que a próxima reunião ordinária será realizada no dia dezenove de abril": told
      // inside a sentence of an ata.
      if let told = text.range(of: #"(?i)pr[oó]xima\s+reuni[aã]o(?:\s+(?:ordin[aá]ria|extraordin[aá]ria))?\s+(?:ser[aá]\s+realizada|ocorrer[aá]|acontecer[aá])\s+[^.;]{0,80}"#, options: .regularExpression),
        let due = DueDateResolver.find(in: String(text[told]), sessionDate: sessionDate), due.date > sessionDate
      {
        return due.date
      }
    }
    // "**12. ÌPÀDÉ TÓ KÀN (NEXT MEETING):** Saturday 10/05/2036": the name glossed in brackets.
    if text.utf8.containsBytes("ext meeting)".utf8) || text.utf8.containsBytes("EXT MEETING)".utf8) {
      let english = text.replacingOccurrences(
        of: #"(?m)^[*_#\s\d.]*[^\n()]{1,40}\((?i:next meeting)\)"#, with: "Next meeting", options: .regularExpression)
      if english != text, let date = nextMeetingDate(in: english, sessionDate: sessionDate) { return date }
    }
    // "5.4 ประชุมครั้งที่ 4/2580 … (Next meeting 9 April 2037.)", "(Next meeting: 9.6.2037.)": the next meeting glossed in brackets.
    if text.utf8.containsBytes("(Next meeting".utf8), let gloss = text.range(of: #"\(Next meeting:?\s+[^()\n]{4,60}\)"#, options: .regularExpression),
      let found = DueDateResolver.find(in: "by " + text[gloss].dropFirst(14).dropLast(), sessionDate: sessionDate), found.date > sessionDate
    {
      return found.date
    }
    // Lines are found by their bytes: only one that opens "next " and a meeting's name is decoded.
    let bytes = Array(text.utf8)
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
      defer { lineStart = lineEnd + 1 }
      var index = lineStart
      while index < lineEnd, " -*_#+\t".utf8.contains(bytes[index]) { index += 1 }
      // "6. Next meeting 19.05.2037": a decision's number before it.
      var numbered = index
      while numbered < lineEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[numbered]) { numbered += 1 }
      if numbered > index, numbered < lineEnd - 1, bytes[numbered] == UInt8(ascii: ".") || bytes[numbered] == UInt8(ascii: ")"),
        bytes[numbered + 1] == 32
      {
        index = numbered + 2
      }
      // "Next meeting: …", and "nxt mtg …" as notes typed in haste write it.
      let short = lineEnd - index > 8 && bytes[index] | 0x20 == UInt8(ascii: "n") && bytes[index + 1] | 0x20 == UInt8(ascii: "x")
        && bytes[index + 2] | 0x20 == UInt8(ascii: "t") && bytes[index + 3] == 32
      guard short || (lineEnd - index > 9 && bytes[index] | 0x20 == UInt8(ascii: "n") && bytes[index + 1] | 0x20 == UInt8(ascii: "e")
        && bytes[index + 2] | 0x20 == UInt8(ascii: "x") && bytes[index + 3] | 0x20 == UInt8(ascii: "t") && bytes[index + 4] == 32)
      else {
        if let date = announcedNextMeeting(in: bytes[lineStart..<lineEnd], sessionDate: sessionDate) { return date }
        continue
      }
      var rest = String(decoding: bytes[(index + (short ? 4 : 5))..<lineEnd], as: UTF8.self)
      // "Next DCG meeting: 4 September 2024": the body's acronym before the meeting; "Next PSC:
      // Wed 12 March 2025": the acronym for the meeting.
      let acronym = rest.prefix { $0.isUppercase || $0 == "-" || $0.isNumber }
      if (2...8).contains(acronym.count), acronym.first?.isUppercase == true, rest.dropFirst(acronym.count).first == " " {
        rest = String(rest[rest.index(after: acronym.endIndex)...])
        // "Next DCG (#15): Thursday 22 April 2027": the meeting's number in brackets.
        if rest.hasPrefix("("), let close = rest.prefix(12).firstIndex(of: ")") { rest = String(rest[rest.index(after: close)...]) }
      }
      let lowered = rest.lowercased()
      let named = (2...8).contains(acronym.count) && acronym.first?.isUppercase == true && rest.hasPrefix(":") ? "" : nil
      guard let noun = named ?? meetingNouns.first(where: { lowered.hasPrefix($0) }) else { continue }
      // "Next meeting: 14 May 2025", "next call 2 Apr, 10:00 CET".
      var words = rest.dropFirst(noun.count)
      // "**Next meeting** *(…)*:": the label's emphasis closes before its gloss.
      guard let first = words.first, first == ":" || first == " " || first == "\u{2013}" || first == "\u{2014}" || first == "-" || first == "*" || first == "_" else {
        continue
      }
      // "Next call:: [[Dec 7th, 2027]]": an outliner's property and its link.
      // "**Next session:** Thu 6.4.": the label's emphasis closes after the colon.
      words = words.drop { $0 == ":" || $0 == " " || $0 == "\u{2013}" || $0 == "\u{2014}" || $0 == "-" || $0 == "[" || $0 == "*" || $0 == "_" }
      // "Next meeting (No. 8): Wednesday 14 May 2025".
      if words.first == "(", let close = words.prefix(60).firstIndex(of: ")") {
        words = words[words.index(after: close)...].drop { $0 == ":" || $0 == " " || $0 == "*" || $0 == "_" }
      }
      // "Next meeting will be held on Wed 25 Mar": the date after the verb.
      var said = words.split(separator: " ", omittingEmptySubsequences: true)
      // "Mkutano ujao utafanyika Jumanne, tarehe 7 Aprili 2037": Swahili's "will be held", "the date".
      while let word = said.first, ["will", "shall", "is", "would", "be", "held", "on", "take", "takes", "place", "utafanyika"].contains(word.lowercased()) {
        said.removeFirst()
      }
      if let found = DueDateResolver.find(in: "by " + said.joined(separator: " "), sessionDate: sessionDate), found.date > sessionDate {
        return found.date
      }
      // "Somvar 14 April 2036": a day's name in a language the rules do not read, before the date.
      if said.count > 2, said[0].allSatisfy(\.isLetter), said[1].allSatisfy(\.isNumber),
        let found = DueDateResolver.find(in: "by " + said.dropFirst().joined(separator: " "), sessionDate: sessionDate), found.date > sessionDate
      {
        return found.date
      }
    }
    // "## 7. DATE OF NEXT MEETING" over "7.1 The Third Meeting will be held in Lissant on Tuesday
    // 12 February 2036 at 09:30.": the date the paragraph under the heading gives.
    if text.utf8.containsBytes("EXT MEETING".utf8) || text.utf8.containsBytes("ext meeting".utf8) {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() where line.hasPrefix("#") && line.lowercased().contains("next meeting") {
        guard let body = lines[(index + 1)...].first(where: { !$0.trimmingBlanks.isEmpty }), !body.hasPrefix("#") else { continue }
        // A day written in full: "12 February 2036", "February 12, 2036".
        guard let day = body.range(of: #"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b"#, options: .regularExpression)
        else { continue }
        if let found = DueDateResolver.find(in: "by " + body[day], sessionDate: sessionDate), found.date > sessionDate {
          return found.date
        }
      }
    }
    return nil
  }

  /// "The next forum meeting would be held on 12 November in Marrowick.", "The Council's next
  /// plenary is on Thursday 2 November.": the date of the next meeting in a sentence of a line
  /// that announces it.
  static func announcedNextMeeting(in line: ArraySlice<UInt8>, sessionDate: CalendarDate) -> CalendarDate? {
    guard line.count < 1_000, line.containsBytes("next ".utf8) || line.containsBytes("again on ".utf8) || line.containsBytes("until ".utf8)
      || line.containsBytes("prochaine ".utf8) || line.containsBytes("pr\u{F3}xima ".utf8)
    else { return nil }
    let text = String(decoding: line, as: UTF8.self)
    // "La prochaine réunion du Comité se tiendra le jeudi 18 mai 2034", "La próxima reunión será el
    // 3 de junio de 2034": the first day written in full after it.
    if let said = text.range(of: #"\b(?:[Pp]rochaine|[Pp]r\u00F3xima)\s+(?:r\u00E9union|session|s\u00E9ance|reuni\u00F3n|reuni\u00E3o|sesi\u00F3n|sess\u00E3o)\b"#, options: .regularExpression),
      let day = text[said.upperBound...].range(of: #"\b\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4}\b"#, options: .regularExpression),
      let found = DueDateResolver.find(in: "by " + text[day], sessionDate: sessionDate), found.date > sessionDate
    {
      return found.date
    }
    // "The House rose at twelve minutes past One o'clock until Saturday, 2 December 2028", "The
    // meeting was adjourned until 3 May": the day the body sits again.
    if let until = text.range(of: " until "), case let before = text[..<until.lowerBound].lowercased(),
      before.contains(" rose") || before.contains("adjourned"),
      let found = DueDateResolver.find(in: "by " + text[until.upperBound...], sessionDate: sessionDate), found.date > sessionDate
    {
      return found.date
    }
    // "We will meet next on Second Day 10th of Seventh Month 2028", "We meet again on 3 May".
    for form in ["will meet next on ", "will meet again on ", "meet next on ", "meet again on "] {
      if let said = text.range(of: form), text[..<said.lowerBound].lowercased().hasSuffix("we ") || text[..<said.lowerBound].hasSuffix("We "),
        let found = DueDateResolver.find(in: "by " + text[said.upperBound...], sessionDate: sessionDate), found.date > sessionDate
      {
        return found.date
      }
    }
    // The sentence that holds "next": "The next forum meeting …", "The Council's next plenary …".
    guard let next = text.range(of: "next ") else { return nil }
    let start = text[..<next.lowerBound].range(of: ". ", options: .backwards)?.upperBound ?? text.startIndex
    var sentence = text[start...].drop { $0 == " " || $0 == "-" || $0 == "*" || $0 == "\t" }
    if let end = sentence.range(of: ". ") { sentence = sentence[..<end.lowerBound] }
    // "It had been announced that the next consultation would be held …": the clause after "that".
    if let that = sentence.range(of: " that the next "), that.lowerBound < next.lowerBound {
      sentence = sentence[sentence.index(that.lowerBound, offsetBy: 6)...]
    }
    let lowered = sentence.lowercased()
    // The subject is the next meeting itself: a few words, no verb of their own.
    guard lowered.utf8.count == sentence.utf8.count,
      let verb = (announcingWords + [" would be held", " would take place"]).compactMap({ lowered.range(of: $0) })
        .min(by: { $0.lowerBound < $1.lowerBound }),
      // "The next meeting of the CPS advisory group is on 18 June 2037": the body it is of, named.
      case let subject = lowered[..<verb.lowerBound].split(separator: " "), subject.count <= (subject.contains("of") ? 9 : 6),
      subject.contains(where: { word in meetingNouns.contains { word.hasPrefix($0) } }),
      !subject.contains("to"), !subject.contains("will"), !subject.contains("should")
    else { return nil }
    // "… would be held on 12 November": the date after the verb and its preposition.
    // "… is on **Tuesday 10 July 2029** at 10 o'clock": emphasis is no part of the date.
    let after = String(decoding: sentence.utf8.dropFirst(lowered.utf8.distance(from: lowered.startIndex, to: verb.upperBound)), as: UTF8.self)
      .replacingOccurrences(of: "**", with: "")
    // "… would be held in Ombrin on 16 September": the date after a place.
    let place = after.range(of: " on ").map { String(after[$0.upperBound...]) }
    guard let found = DueDateResolver.find(in: "by " + after.trimmingBlanks.drop { $0.isLetter && $0.isLowercase }.trimmingBlanks, sessionDate: sessionDate)
      ?? place.flatMap({ DueDateResolver.find(in: "by " + $0, sessionDate: sessionDate) }),
      found.date > sessionDate
    else { return nil }
    return found.date
  }

  /// "two weeks before the meeting", "no later than 10 days before Round 3 (14 May)": a span
  /// counted back from a date the text or the notes give (the next meeting's, where it names one).
  static func dueBefore(_ text: String, sessionDate: CalendarDate?, nextMeeting: CalendarDate?) -> DueDateResolver.Due? {
    // "two weeks before", "10 days prior to": a unit of time right before the word.
    guard text.containsAnyBytes(spanBeforeBytes) else { return nil }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = spanBeforePattern.firstMatch(in: text, range: range), let whole = Range(match.range, in: text),
      let countRange = Range(match.range(withName: "n"), in: text), let unitRange = Range(match.range(withName: "unit"), in: text)
    else { return nil }
    let countWord = text[countRange].lowercased()
    let counts = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10]
    guard let count = Int(countWord) ?? counts[countWord] else { return nil }
    let rest = String(text[whole.upperBound...])
    let lowered = rest.lowercased().drop { $0 == " " }
    let target: CalendarDate?
    if let found = DueDateResolver.find(in: "by " + rest, sessionDate: sessionDate) ?? bracketedDate(in: rest, sessionDate: sessionDate),
      found.words.count > 3
    {
      target = found.date
    } else {
      let named = ["the next ", "next ", "the ", "our next ", "our "].compactMap { lowered.hasPrefix($0) ? lowered.dropFirst($0.count) : nil }.first
      target = named.flatMap { words in meetingNouns.contains { words.hasPrefix($0) } ? nextMeeting : nil }
    }
    guard let target else { return nil }
    let unit = text[unitRange].lowercased()
    let date = unit.hasPrefix("month") ? target.adding(months: -count) : target.adding(days: -(unit.hasPrefix("week") ? 7 : 1) * count)
    if let sessionDate, date < sessionDate { return nil }
    return DueDateResolver.Due(date: date, words: String(text[whole]) + rest.prefix(while: { $0 != "," && $0 != ";" && $0 != "." }))
  }

  private static let spanBeforeBytes = ["day", "week", "month"].flatMap { unit in
    ["before", "prior", "ahead"].flatMap { word in [" \(word)", "s \(word)"].map { unit + $0 } }
  }.map { Array($0.utf8) }

  private static let spanBeforePattern = NSRegularExpression.builtIn(
    "span",
    "\\b(?<n>\\d{1,2}|an?|one|two|three|four|five|six|ten)\\s+(?:full\\s+|working\\s+|calendar\\s+)?(?<unit>days?|weeks?|months?)\\s+(?:before|prior\\s+to|ahead\\s+of)\\s+")

  /// A meeting a task is due before, named by its month: "before the December board", "by the
  /// March PSC" (the words, the month, the meeting's name).
  static func meetingNamedByMonth(in text: String) -> (words: String, month: Int, name: String)? {
    guard text.utf8.containsBytes("before the ".utf8) || text.utf8.containsBytes("by the ".utf8) else { return nil }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = monthMeetingPattern.firstMatch(in: text, range: range), let whole = Range(match.range, in: text),
      let monthRange = Range(match.range(withName: "month"), in: text), let nameRange = Range(match.range(withName: "name"), in: text),
      let month = DueDateResolver.monthNumber(String(text[monthRange]))
    else { return nil }
    let name = String(text[nameRange])
    // "before the December 2025 deadline" has its own date; "by the May 5" too.
    guard !["deadline", "end", "the", "and", "or"].contains(name.lowercased()) else { return nil }
    return (String(text[whole]), month, name)
  }

  /// English month names and their short forms, as a pattern's alternatives.
  private static let monthAlternatives =
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"

  private static let monthMeetingPattern = NSRegularExpression.builtIn(
    "month meeting", "\\b(?:before|by)\\s+the\\s+(?<month>\(monthAlternatives))\\.?\\s+(?<name>[A-Za-z][A-Za-z-]+)\\b")

  /// The date of a meeting named by its month: the next meeting's, when it falls in that month,
  /// or a day of that month the notes give beside its name ("The board meets on 12 December").
  static func dateOfMeeting(_ meeting: (words: String, month: Int, name: String), state: State) -> DueDateResolver.Due? {
    if let next = state.nextMeeting, next.month == meeting.month { return DueDateResolver.Due(date: next, words: meeting.words) }
    let name = meeting.name.lowercased()
    for line in state.notes.split(separator: "\n") where line.lowercased().contains(name) && !line.lowercased().contains(meeting.words.lowercased()) {
      let lineRange = NSRange(line.startIndex..<line.endIndex, in: line)
      for match in dayOfMonthPattern.matches(in: String(line), range: NSRange(location: 0, length: lineRange.length)) {
        guard let range = Range(match.range, in: String(line)) else { continue }
        let words = String(String(line)[range])
        if let found = DueDateResolver.find(in: "by " + words, sessionDate: state.sessionDate), found.date.month == meeting.month {
          return DueDateResolver.Due(date: found.date, words: meeting.words)
        }
      }
    }
    return nil
  }

  private static let dayOfMonthPattern = NSRegularExpression.builtIn(
    "day",
    "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:\(monthAlternatives))\\b(?:\\s+\\d{4})?|\\b(?:\(monthAlternatives))\\s+\\d{1,2}\\b(?:,?\\s+\\d{4})?")

  /// "by the next meeting", "until next call": the date the notes give for it.
  static func byNextMeeting(_ text: String, date: CalendarDate?, notes: String) -> DueDateResolver.Due? {
    // "before we meet in Seventh Month", "before we meet again": the next meeting's day.
    if let date, text.utf8.containsBytes("we meet".utf8), let said = text.range(of: #"\b(?:before|by the time|when) we meet\b(?: again| next)?"#, options: .regularExpression) {
      return DueDateResolver.Due(date: date, words: String(text[said]))
    }
    // "até à próxima reunião", "avant la prochaine réunion", "antes de la próxima reunión".
    if let date, text.utf8.containsBytes("xima reuni".utf8) || text.utf8.containsBytes("prochaine réunion".utf8),
      let said = text.range(of: #"(?i)\b(?:at[eé]\s+(?:[àa]\s+)?|antes\s+de\s+la\s+|avant\s+la\s+|para\s+la\s+|pour\s+la\s+)(?:pr[oó]xima\s+reuni[aãó]o?n?|prochaine\s+réunion)\b"#, options: .regularExpression)
    {
      return DueDateResolver.Due(date: date, words: String(text[said]))
    }
    // "ก่อนประชุมครั้งที่ 4/2580", "ก่อนประชุมครั้งต่อไป": before the (next) meeting, in Thai.
    if let date, text.utf8.containsBytes("ประชุมครั้ง".utf8),
      let said = text.range(of: #"ก่อน(?:การ)?ประชุมครั้ง(?:ต่อไป|หน้า|ที่\s*\d{1,2}/\d{4})"#, options: .regularExpression)
    {
      return DueDateResolver.Due(date: date, words: String(text[said]))
    }
    // "entro la prossima seduta", "prima della prossima riunione": Italian.
    if let date, text.utf8.containsBytes("rossima ".utf8),
      let said = text.range(of: #"(?i)\b(?:entro|prima\s+della|per)\s+la\s+prossima\s+(?:seduta|riunione)\b|\bprima\s+della\s+prossima\s+(?:seduta|riunione)\b"#, options: .regularExpression)
    {
      return DueDateResolver.Due(date: date, words: String(text[said]))
    }
    // "до наступного засідання" (Ukrainian), "prije naredne sjednice" (Bosnian, Croatian, Serbian),
    // "până la următoarea ședință" (Romanian).
    if let date, text.utf8.containsBytes("наступного засідання".utf8) || text.utf8.containsBytes(" sjednice".utf8) || text.utf8.containsBytes("următoarea".utf8),
      let said = text.range(
        of: #"(?i)(?:до|перед)\s+наступного\s+засідання|\b(?:prije|do)\s+(?:naredne|sljedeće|sledeće|iduće)\s+sjednice\b|\b(?:până\s+la|înainte\s+de)\s+următoarea\s+(?:ședință|şedinţă|ședința|reuniune)"#,
        options: .regularExpression)
    {
      return DueDateResolver.Due(date: date, words: String(text[said]))
    }
    // "agli Gram Sabha se pehle", "agli baithak tak": Hindi's.
    if let date, text.utf8.containsBytes("gli ".utf8),
      let said = text.range(of: #"(?i)\bagl[ie]\s+(?:gram\s+sabha|baithak|meeting|sabha)\s+(?:se\s+pehle|tak)\b"#, options: .regularExpression)
    {
      return DueDateResolver.Due(date: date, words: String(text[said]))
    }
    // "sebelum mesyuarat akan datang", "iki kito posėdžio", "kabla ya mkutano ujao", "bipo long
    // neks miting", "לפני הישיבה הבאה", "inden næste møde": the same in other languages.
    if let date {
      for phrasing in Self.nextMeetingPhrasings where text.utf8.containsBytes(phrasing.bytes) {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        if let match = phrasing.pattern.firstMatch(in: text, range: range), let said = Range(match.range, in: text) {
          return DueDateResolver.Due(date: date, words: String(text[said]))
        }
      }
    }
    guard let date, text.utf8.containsBytes("ext ".utf8) || text.utf8.containsBytes("EXT ".utf8) || text.utf8.containsBytes("xt mtg".utf8)
    else { return nil }
    // "to the nxt mtg", as notes typed in haste write it.
    let lowered = text.lowercased().replacingOccurrences(of: "nxt mtg", with: "next meeting")
    for noun in meetingNouns {
      // "at the next CUC meeting": the body's name between.
      guard let range = lowered.range(of: "next " + noun)
        ?? (text.utf8.count == lowered.utf8.count
          ? text.range(of: "(?i:next) [A-Z][A-Z0-9-]{1,9} (?i:" + NSRegularExpression.escapedPattern(for: noun) + ")", options: .regularExpression)
          : nil)
      else { continue }
      let before = lowered[..<range.lowerBound].split(separator: " ").suffix(2)
      // "Due: next meeting", "…, for the next call": a field, or "for" set off by a comma, names
      // the deadline too ("booked the interpreters for the next meeting" says what for).
      guard before.contains(where: {
        ["by", "until", "before", "b4", "at", "to", "\u{2192}", "->", "due", "due:", "deadline:", "timeline:", "when:", "fecha:"].contains($0)
          || ($0 == "for" && lowered[..<range.lowerBound].hasSuffix(", for the "))
      }) else { continue }
      // "at its next meeting": some body's own meeting, the one the notes date only when they
      // announce a meeting of that name elsewhere ("The Council's next plenary is on …").
      if let last = before.last, ["its", "their", "his", "her"].contains(last),
        notes.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
          .components(separatedBy: "next " + noun).count < 3
      {
        continue
      }
      let words = text.utf8.count == lowered.utf8.count ? String(text[range]) : "next " + noun
      return DueDateResolver.Due(date: date, words: words)
    }
    // "by next DCG", where the notes announce "Next DCG (#15): Thursday 22 April 2027".
    if let range = text.range(of: "(?i:next) [A-Z][A-Z0-9-]{1,9}\\b", options: .regularExpression) {
      let acronym = text[range].dropFirst(5)
      let before = lowered[..<range.lowerBound].split(separator: " ").suffix(2)
      if before.contains(where: { ["by", "until", "before", "at", "to"].contains($0) }),
        notes.contains("Next \(acronym) ") || notes.contains("Next \(acronym):")
      {
        return DueDateResolver.Due(date: date, words: String(text[range]))
      }
    }
    return nil
  }

  /// A sub-heading that numbers and names an item: "Recommendation 3: Let district councils run
  /// the committees", "Rec. 2 – Publish what was heard", "Action 4. Book the hall"; `withdrawn` when
  /// it says the item was dropped ("Recommendation 6 (withdrawn): …"). `nil` for any other heading.
  static func itemHeading(_ heading: String) -> (title: String, withdrawn: Bool)? {
    let words = heading.trimmingBlanks
    let lowered = words.lowercased()
    guard let stem = ["recommendation", "rec.", "rec", "proposal", "action point", "action item", "action"].first(where: lowered.hasPrefix)
    else { return nil }
    var rest = lowered.dropFirst(stem.count).drop { $0 == " " || $0 == "\u{A0}" }
    // A number or letter code: "3", "3a", "A", "III", "no. 2".
    if rest.hasPrefix("no.") { rest = rest.dropFirst(3).drop { $0 == " " } }
    let code = rest.prefix { $0.isLetter || $0.isNumber }
    guard !code.isEmpty, code.count <= 4, code.contains(where: \.isNumber) || code.count == 1 || code.allSatisfy({ "ivxl".contains($0) })
    else { return nil }
    rest = rest.dropFirst(code.count).drop { $0 == " " }
    var note = ""
    if rest.first == "(", let close = rest.firstIndex(of: ")") {
      note = String(rest[rest.index(after: rest.startIndex)..<close])
      rest = rest[rest.index(after: close)...].drop { $0 == " " }
    }
    guard let separator = rest.first, ":.-\u{2013}\u{2014}".contains(separator) else { return nil }
    let title = rest.dropFirst().trimmingBlanks
    guard title.count >= 3 else { return nil }
    let dropped = ["withdrawn", "dropped", "rejected", "deleted", "struck", "not agreed", "not adopted", "removed"]
    return (title, dropped.contains { note.contains($0) || title.hasPrefix($0) || title.hasPrefix("(\($0)") })
  }

  /// Whom the paragraphs under an item's heading say it addresses: the first of their sentences that
  /// is advice to someone ("The national government should publish …"), or that says to whom it is
  /// addressed ("This is addressed first of all to donors.").
  private func addresseesArguedFor(in paragraphs: [LocatedText], state: State) -> [String] {
    for paragraph in paragraphs {
      for sentence in sentences(of: paragraph) {
        if let item = classify(sentence, state: state), item.kind == .recommendation, !item.actors.isEmpty { return item.actors }
        if sentence.text.lowercased().contains("addressed") {
          let named = Self.actorsNamed(in: sentence.text, rules: rules)
          if !named.isEmpty { return named }
        }
      }
    }
    return []
  }

  /// Verbs that open advice written as a bare instruction ("Increase funding for …"), beyond those
  /// the rules name for tasks.
  static let adviceVerbs: Set<String> = [
    "increase", "strengthen", "expand", "fund", "support", "invest", "adopt", "allocate", "reduce", "integrate", "include",
    "promote", "protect", "involve", "build", "recognise", "recognize", "guarantee", "give", "allow", "avoid", "stop",
    "improve", "extend", "train", "ensure", "prioritise", "prioritize", "empower", "facilitate", "enable", "encourage",
    "form", "hold", "open", "publish", "review", "designate", "appoint", "ratify", "repeal", "amend", "revise", "monitor",
    "evaluate", "consult", "engage", "respect", "uphold", "ban", "provide", "offer", "pool", "simplify", "align",
    "ring-fence", "ringfence", "earmark", "end", "drop", "scrap", "lift", "abolish", "listen", "pay", "treat", "use",
    "commit", "co-design", "refrain", "hire", "create", "establish", "set",
  ]

  /// Headings of a section of decisions, or of what the meeting concluded ("Takeaways"), whose
  /// advice is the meeting's own.
  static let decisionHeadings: Set<String> = [
    "decisions", "key decisions", "decisions taken", "agreed decisions", "main decisions", "takeaways", "key takeaways",
    "main takeaways", "conclusions", "key conclusions", "main conclusions", "agreed conclusions", "outcomes",
    "key outcomes", "agreed outcomes",
    // Italian minutes: "what is resolved", "resolutions", "decisions".
    "si delibera", "delibere", "deliberazioni", "decisioni", "αποφάσεις",
  ]

  /// Reads a text for cues as what the meeting decided: its advice is the meeting's whoever it
  /// addresses.
  private func scanSentencesAsDecided(_ text: LocatedText, section: SectionID?, state: inout State) {
    let decisions = state.decisions
    state.decisions = true
    scanSentences(text, section: section, state: &state)
    state.decisions = decisions
  }

  /// The lines of a paragraph that names its parts on lines of their own ("*Our asks*", "Who does
  /// what:"), each with the kind of item it is: a line marked with a bullet, a keycap or a number
  /// under a part's name is one of that part's items; any other line (`nil`) ends the part. `nil`
  /// when no line names a part of recommendations or actions with a marked line under it.
  func labelledLineParts(of block: MarkdownNode) -> [(kind: ItemKind?, agreed: Bool, line: LocatedText)]? {
    let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
    // Most paragraphs hold no line marked as an item: no part of theirs is looked up.
    guard lines.count > 2, lines.dropFirst().contains(where: { Self.opensWithBox($0.text) || Self.afterLineMark($0) != nil }) else { return nil }
    var parts: [(kind: ItemKind?, agreed: Bool, line: LocatedText)] = []
    var kind: ItemKind? = nil
    var agreed = false
    var items = 0
    for line in lines {
      // "☐ `AI-117` Circulate the template · owner @dawit.mersa · due Tue, May 24": a box to
      // tick is a task wherever it stands ("☑ …" a done one).
      if Self.opensWithBox(line.text) {
        parts.append((.action, false, line))
        items += 1
        continue
      }
      let marked = Self.afterLineMark(line)
      let name = Self.droppingPictographs(line.text.trimmingBlanks).trimmingCharacters(in: CharacterSet(charactersIn: ":*_ "))
      if let id = (name.utf8.count <= 40 && name.split(separator: " ").count <= 5 ? rules.catalog.section(forHeading: name) : nil)
          ?? (marked == nil ? Self.partName(name).flatMap({ rules.catalog.section(forHeading: $0) }) : nil),
        id == .recommendations || id == .actions
      {
        kind = id == .recommendations ? .recommendation : .action
        agreed = false
        continue
      }
      // "*WG2 input to the Forum outcome paper, as agreed on the call*": what the lines under it
      // say was agreed, each read for what it advises or gives to do.
      let lowered = name.lowercased()
      if marked == nil, name.split(separator: " ").count <= 24,
        [" as agreed", "we agreed", "what we agreed", "agreed on the call", "agreed at the meeting", "agreed points"].contains(where: lowered.contains)
          || Self.isDecisionHeading(SectionCatalog.normalise(name))
      {
        kind = nil
        agreed = true
        continue
      }
      if let marked, kind != nil || agreed {
        parts.append((kind, agreed && kind == nil, marked))
        items += 1
      } else {
        kind = nil
        agreed = false
        parts.append((nil, false, line))
      }
    }
    return items > 0 ? parts : nil
  }

  /// Whether a paragraph is an annotated agenda's note on an item: "Annotation: …",
  /// "*Annotation:* …".
  static func isAgendaAnnotation(_ text: String) -> Bool {
    guard let first = text.utf8.first, first == UInt8(ascii: "A") else { return false }
    return ["Annotation:", "Annotations:", "Annotation \u{2013} ", "Annotation - "].contains(where: text.hasPrefix)
  }

  /// Whether a lead-in says the list under it holds what the meeting agreed: "Points agreed at
  /// session 6, read back and initialled …:", "Agreed points:" (not "Not agreed:", "Points on
  /// which no one agreed:").
  static func leadsIntoAgreedPoints(_ text: String) -> Bool {
    let lowered = text.trimmingBlanks.lowercased()
    guard lowered.hasSuffix(":"), lowered.split(separator: " ").count <= 24, lowered.contains("agreed") else { return false }
    return !["not agreed", "disagreed", "no one agreed", "nobody agreed", "had agreed", "not yet agreed", "to be agreed", "agreed to disagree"]
      .contains(where: lowered.contains)
  }

  /// The separator of a line that names the columns of a sheet of tasks, owner first: "WHO — WHAT
  /// — WHEN", "Owner | Task | Due", "Who - what - by when"; `nil` for any other line.
  static func whoWhatWhenHeader(_ text: String) -> String? {
    let line = text.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_:"))
    guard line.utf8.count <= 48,
      let separator = [" \u{2014} ", " \u{2013} ", " - ", " | ", " / ", " \u{00B7} "].first(where: { line.contains($0) })
    else { return nil }
    let columns = line.components(separatedBy: separator).map { $0.trimmingBlanks.lowercased() }
    guard columns.count == 3, ["who", "owner", "lead", "responsible"].contains(columns[0]), ["what", "task", "action"].contains(columns[1]),
      ["when", "by when", "due", "deadline", "date"].contains(columns[2])
    else { return nil }
    return separator
  }

  /// The name of a part in a line that says more around it: "16/ 📣 The panel's asks, as @MarOsagie
  /// summed them up (1 of 2):" → "The panel's asks"; "Asks (2 of 2)" → "Asks". `nil` where
  /// nothing is left out.
  static func partName(_ line: String) -> String? {
    var name = Substring(line)
    // A post's number in a thread: "16/ ".
    if let slash = name.prefix(4).firstIndex(of: "/"), name[..<slash].allSatisfy(\.isNumber), !name[..<slash].isEmpty {
      name = name[name.index(after: slash)...].drop { $0 == " " }
    }
    if let comma = name.firstIndex(of: ",") { name = name[..<comma] }
    // "📢 ASKS — HM read back at the end": a remark after a dash.
    if let dash = [" \u{2014} ", " \u{2013} ", " - "].compactMap({ name.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
      name = name[..<dash.lowerBound]
    }
    if name.hasSuffix(")"), let open = name.lastIndex(of: "(") { name = name[..<open] }
    let trimmed = String(name).trimmingCharacters(in: CharacterSet(charactersIn: ":*_ "))
    guard trimmed != line, !trimmed.isEmpty, trimmed.utf8.count <= 40, trimmed.split(separator: " ").count <= 5 else { return nil }
    return trimmed
  }

  /// The words after the box to tick a line opens with ("☐ TA – alert stats …" → "TA – alert
  /// stats …"); the text itself when it opens otherwise.
  static func droppingBox(_ text: LocatedText) -> LocatedText {
    guard opensWithBox(text.text) else { return text }
    let rest = text.text.dropFirst().drop { $0 == " " || $0 == "\u{FE0F}" }
    return rest.isEmpty ? text : text.slice(rest.startIndex..<text.text.endIndex)
  }

  /// Whether a line opens with a box to tick: "☐ …", "☑ …", "☒ …".
  static func opensWithBox(_ text: String) -> Bool {
    text.unicodeScalars.first.map { ["\u{2610}", "\u{2611}", "\u{2612}"].contains($0) } ?? false
  }

  /// The words of a line after the mark that opens it as an item: a bullet ("• ", "▫️ "), a
  /// keycap ("1️⃣ "), a number ("1. ", "2) "); `nil` for a line without one.
  static func afterLineMark(_ line: LocatedText) -> LocatedText? {
    guard let first = line.text.first else { return nil }
    let keycap = first.unicodeScalars.contains("\u{20E3}")
    if keycap || bulletCharacters.contains(first) || "\u{25AB}\u{25FD}\u{25FE}\u{25AA}\u{1F539}\u{1F538}\u{1F449}\u{27A1}".contains(where: { $0.unicodeScalars.first == first.unicodeScalars.first }) {
      let rest = line.text.dropFirst().drop { $0 == " " || $0 == "\u{FE0F}" || $0 == "\u{00A0}" }
      guard rest.startIndex < line.text.endIndex, rest.startIndex > line.text.index(after: line.text.startIndex) else { return nil }
      return line.slice(rest.startIndex..<line.text.endIndex)
    }
    let unnumbered = droppingNumber(line)
    return unnumbered.text != line.text ? unnumbered : nil
  }

  /// The body a lead-in names and the lettered lines under it, in one paragraph, each opening with
  /// what the body did ("At the close of the meeting the Committee, by consensus:" over "(a)
  /// adopted …", "(b) requested …") → "The Committee" and those lines.
  static func decidedLines(of block: MarkdownNode) -> (subject: String, lines: [LocatedText])? {
    // Most paragraphs' first line does not end in a colon, which its last words tell.
    guard let firstBreak = block.children.firstIndex(where: { $0.kind == .softBreak }), firstBreak > 0,
      case let leadEnd = block.children[firstBreak - 1], leadEnd.kind == .text,
      leadEnd.literal.utf8.reversed().first(where: { $0 != 0x20 }) == UInt8(ascii: ":")
    else { return nil }
    let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
    guard lines.count >= 3, let lead = lines.first?.text.trimmingBlanks, lead.hasSuffix(":"), lead.utf8.count <= 160 else { return nil }
    let items = Array(lines.dropFirst())
    let decidingVerbs: Set<String> = [
      "adopted", "requested", "invited", "decided", "recommended", "agreed", "called", "urged", "encouraged", "welcomed",
      "noted", "approved", "endorsed", "asked", "tasked", "mandated", "directed", "took", "expressed", "reaffirmed",
    ]
    guard items.allSatisfy({ line in
      let body = droppingLetter(line)
      guard body.text != line.text, let first = body.text.split(separator: " ").first else { return false }
      return decidingVerbs.contains(first.lowercased()) && first.first?.isLowercase == true
    }) else { return nil }
    // The body: the last name in capitals before the colon and any aside after a comma.
    let before = lead.dropLast().split(separator: ",").first.map(String.init) ?? ""
    let words = before.split(separator: " ")
    guard let last = words.lastIndex(where: { $0.first?.isUppercase == true }), last > 0 || words.count == 1 else { return nil }
    var first = last
    while first > 0, words[first - 1].first?.isUppercase == true || (first > 1 && ["of", "for", "on"].contains(words[first - 1]) && words[first - 2].first?.isUppercase == true) {
      first -= 1
    }
    let name = words[first...last].joined(separator: " ")
    guard !["I", "We"].contains(name) else { return nil }
    return ("The " + name, items)
  }

  /// The lettered or numbered lines under a first line that leads into advice ("The Parties
  /// jointly recommend that:", "The meeting urges:"), each without its letter and the "; and"
  /// that joins it to the next; `nil` for any other paragraph.
  static func recommendedLines(of block: MarkdownNode) -> [LocatedText]? {
    guard let firstBreak = block.children.firstIndex(where: { $0.kind == .softBreak }), firstBreak > 0,
      case let leadEnd = block.children[firstBreak - 1], leadEnd.kind == .text,
      leadEnd.literal.utf8.reversed().first(where: { $0 != 0x20 }) == UInt8(ascii: ":")
    else { return nil }
    let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
    guard lines.count >= 3, let lead = lines.first?.text.trimmingBlanks.lowercased(), lead.utf8.count <= 200,
      ["recommend that:", "recommends that:", "recommended that:", "recommend:", "recommends:", "urge that:", "urges that:",
        "call on:", "calls on:", "call upon:", "calls upon:", "propose that:", "proposes that:"].contains(where: lead.hasSuffix)
    else { return nil }
    var limbs: [LocatedText] = []
    for line in lines.dropFirst() {
      let body = droppingLetter(line)
      guard body.text != line.text else { return nil }
      var words = body.text.trimmingBlanks
      for ending in ["; and", ";", ", and", "; or"] where words.hasSuffix(ending) {
        words.removeLast(ending.count)
        break
      }
      limbs.append(body.slice(body.text.startIndex..<(body.text.index(body.text.startIndex, offsetBy: words.count, limitedBy: body.text.endIndex) ?? body.text.endIndex)))
    }
    return limbs
  }

  /// Whether a row's task ends by citing the article of an agreement it restates: "(Art. 5.2)",
  /// "(Article 4)", "(see para. 12)".
  public static func citesArticle(_ text: String) -> Bool {
    var trimmed = text.trimmingBlanks
    while let last = trimmed.last, ".;".contains(last) { trimmed.removeLast() }
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return false }
    let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].lowercased()
    // "(para. 15)" points to where a report discussed the task, which a mission's table of agreed
    // actions gives all the same: no restatement.
    return inside.range(of: #"^(?:see\s+)?(?:art\.?|article|clause|§)\s*\d+(?:\.\d+)*[a-z]?$"#, options: .regularExpression) != nil
  }

  /// The columns of a task board, normalised.
  static let boardColumns: Set<String> = [
    "backlog", "to do", "todo", "doing", "in progress", "blocked", "waiting", "review", "in review", "done", "completed",
  ]

  /// The columns of a task board that hold what is done.
  static let doneColumns: Set<String> = ["done", "completed"]

  /// An issue's fields as its tracker lists them under its title ("- **Status:** In Progress",
  /// "- **Assignee:** Nadia Ferreira-Okoth", "- **Due date:** Oct 8, 2036"), side by side as a
  /// card's line holds them; `nil` unless every item of the list is one labelled field.
  static func fieldListLine(_ block: MarkdownNode) -> String? {
    guard block.isList, (2...12).contains(block.children.count) else { return nil }
    var fields: [String] = []
    for item in block.children {
      guard item.children.count == 1, let paragraph = item.children.first, paragraph.kind == .paragraph else { return nil }
      let text = paragraph.plainText.trimmingBlanks
      guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20,
        text[..<colon].allSatisfy({ $0.isLetter || $0 == " " }), !text.contains("\n")
      else { return nil }
      fields.append(text)
    }
    return fields.joined(separator: " \u{00B7} ")
  }

  /// Whether notes are a task board's: among their section headings, one for what is to do and one
  /// for what is done or being done.
  static func isTaskBoard(_ blocks: [MarkdownNode], level: Int) -> Bool {
    var columns: Set<String> = []
    for block in blocks {
      guard case let .heading(headingLevel) = block.kind, headingLevel <= level else { continue }
      let name = SectionCatalog.normalise(block.plainText)
      if boardColumns.contains(name) { columns.insert(name) }
    }
    return !columns.isDisjoint(with: ["backlog", "to do", "todo"]) && !columns.isDisjoint(with: ["doing", "in progress", "done", "completed"])
  }

  /// The fields of a task board's card, from the line under its title: "`🟨 comms` · 👤
  /// @lise.amberg · 📅 Fri", "Owner: Amara · Due: 18 June", "👤 @tomas.r · ✔ Apr 15"; `nil`
  /// when the line holds no owner, date or done field. An owner left open ("👤 —", "no member")
  /// is none.
  static func cardFields(_ line: String) -> (owner: String?, due: String?, done: Bool, closed: Bool)? {
    var owner: String? = nil
    var due: String? = nil
    var done = false
    // "Status: Canceled", "Status: Duplicate": closed without being done.
    var closed = false
    var found = false
    for part in line.split(whereSeparator: { $0 == "\u{00B7}" || $0 == "|" }) {
      let segment = part.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "`*_ "))
      guard let first = segment.unicodeScalars.first else { continue }
      let lowered = segment.lowercased()
      let value = droppingPictographs(segment).trimmingCharacters(in: CharacterSet(charactersIn: "`*_ "))
      // The value after a field's pictograph ("👤 Amara") or its label ("Owner: Amara").
      func field(_ marks: [Unicode.Scalar], _ labels: [String]) -> String? {
        if marks.contains(first) { return value }
        guard let label = labels.first(where: { lowered.hasPrefix($0 + ":") }) else { return nil }
        return String(segment.dropFirst(label.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "`*_ "))
      }
      if let name = field(["\u{1F464}", "\u{1F465}"], ["owner", "owners", "assignee", "assignees", "assigned to", "members", "member"]) {
        found = true
        if name.contains(where: \.isLetter), !isPlaceholder(name), !["none", "nobody", "unassigned", "no member", "no assignee"].contains(name.lowercased()) {
          // "@marit.l + @lise.amberg": handles, written as the notes' other handles are, unmarked.
          owner = name.split(separator: " ").map { $0.hasPrefix("@") && $0.count > 1 ? $0.dropFirst() : $0 }.joined(separator: " ")
        }
      } else if var words = field(["\u{1F4C5}", "\u{1F5D3}", "\u{1F4C6}", "\u{23F0}"], ["due", "due date", "deadline"]) {
        found = true
        // "📅 ~~Jun 4~~ Jun 16": the date struck through was moved.
        if let struck = words.range(of: "~~", options: .backwards) { words = String(words[struck.upperBound...]).trimmingBlanks }
        if words.contains(where: \.isNumber) || words.contains(where: \.isLetter) { due = words }
      } else if let status = field([], ["status"])?.lowercased(),
        ["done", "completed", "closed"].contains(status) || ["canceled", "cancelled", "duplicate", "won't do", "wont do", "not planned"].contains(where: status.hasPrefix)
      {
        found = true
        if ["done", "completed", "closed"].contains(status) { done = true } else { closed = true }
      } else if ["\u{2714}", "\u{2705}", "\u{2611}"].contains(first) {
        found = true
        done = true
      } else if lowered == "no member" || lowered == "no date" || lowered == "no owner" || lowered == "unassigned" {
        found = true
      }
    }
    return found ? (owner, due, done, closed) : nil
  }

  /// The table a paragraph ending in a header row, the rule under it and the paragraph of rows
  /// after it make, as the notes' own lines lay them out (a paragraph's lines lose their leading
  /// blanks); `nil` unless the header's words stand where the rule's runs of dashes open. A title
  /// line above the header ("ACTION LOG") is no part of it.
  func fixedWidthTable(_ header: MarkdownNode, rule: MarkdownNode, rows: MarkdownNode, notes: String) -> PipeTable? {
    guard let headerEnd = header.range?.end.line, let headerStart = header.range?.start.line, headerEnd - headerStart <= 1,
      let ruleLine = rule.range?.start.line, ruleLine == headerEnd + 1,
      let first = rows.range?.start.line, let last = rows.range?.end.line, first == ruleLine + 1,
      // A header row's cells stand apart by two blanks or more: a paragraph above a break seldom does.
      InlineText.lines(of: header).last?.text.utf8.containsBytes("  ".utf8) == true
    else { return nil }
    let lines = notes.split(separator: "\n", omittingEmptySubsequences: false)
    guard last <= lines.count else { return nil }
    func raw(_ line: Int) -> String { String(lines[line - 1]).replacingOccurrences(of: "\t", with: "    ") }
    // The table's left edge: where its rule opens (inside a list or a quote, after their marks).
    let ruleText = raw(ruleLine)
    guard let dash = ruleText.firstIndex(of: "-") else { return nil }
    let margin = ruleText.distance(from: ruleText.startIndex, to: dash)
    func trimmed(_ text: String) -> String { String(text.unicodeScalars.dropFirst(min(margin, text.unicodeScalars.count)).map(Character.init)) }
    return PipeTable(
      fixedWidth: trimmed(raw(headerEnd)), rule: trimmed(ruleText).trimmingCharacters(in: .whitespaces),
      rows: (first...last).map { (text: trimmed(raw($0)), line: $0) })
  }

  /// Whether a line opens an item of its own: with a number, a letter, a code ("R1"), a bullet
  /// or a box to tick.
  static func opensCodedItem(_ line: LocatedText) -> Bool {
    opensWithBox(line.text) || droppingItemCode(droppingNumber(droppingLetter(droppingBullet(line)))).text != line.text
  }

  /// A paragraph's lines as coded items, each wrapped over the lines after it that go on in small
  /// letters, with the title in capitals above them, if any; lines in brackets, and coded lines
  /// whose words are all in brackets, are asides. `nil`
  /// unless two items or more take up every other line.
  static func wrappedCodedItems(_ lines: [LocatedText], opensItem: (LocatedText) -> Bool) -> (title: String?, items: [LocatedText])? {
    guard lines.count > 2 else { return nil }
    var rest = lines[...]
    var title: String? = nil
    if let first = rest.first?.text, first.contains(where: \.isLetter), first == first.uppercased(), !opensItem(lines[0]) {
      title = first.replacingOccurrences(of: #"\s*\([^)]*\)\s*$"#, with: "", options: .regularExpression)
      rest = rest.dropFirst()
    }
    var items: [LocatedText] = []
    var wrapped = false
    for line in rest {
      let text = line.text.trimmingBlanks
      if opensItem(line) {
        items.append(line)
      } else if text.hasPrefix("("), text.hasSuffix(")") {
        continue
      } else if text.range(of: #"^[A-Z]{1,3}\d{1,3}[.:)]?\s+\[[^\]]*\]$"#, options: .regularExpression) != nil {
        // "R7  [withdrawn at the chair's request - covered by R2]": an item set aside in brackets.
        continue
      } else if !items.isEmpty, text.first?.isLowercase == true {
        items[items.count - 1].append(line)
        wrapped = true
      } else {
        return nil
      }
    }
    return items.count > 1 && wrapped ? (title, items) : nil
  }

  /// The outcome section a title in capitals names among its words ("OUTCOME STATEMENT -
  /// RECOMMENDATIONS AS READ OUT BY THE CHAIR").
  static func sectionInCapitals(_ title: String) -> SectionID? {
    let words = Set(title.lowercased().split(whereSeparator: { !$0.isLetter }))
    if !words.isDisjoint(with: ["recommendations", "recommendation", "recs", "asks"]) { return .recommendations }
    if !words.isDisjoint(with: ["actions", "tasks", "todo"]) || title.lowercased().contains("next steps") { return .actions }
    return nil
  }

  /// Whether a paragraph's last line, after the text put to the vote, gives a share or a count
  /// of votes and a verdict that did not carry it: "34% support — NOT ADOPTED", "55% agree ·
  /// median 3 — no consensus, to round 3", "18% agree — consensus against".
  /// Whether an item's title says its card holds the recommendations agreed: "📌 **Agreed
  /// recommendations (side event 26 Mar)**", "Outcome: recommendations adopted".
  static func namesPinnedOutcome(_ title: String) -> Bool {
    let lowered = title.lowercased()
    // Not a sentence that quotes another body's text: "The conference adopted the Call (Annex A).
    // Its main recommendations read:".
    guard lowered.utf8.count <= 200, lowered.contains("recommendations") || lowered.contains("asks"), !lowered.contains(". "),
      !lowered.trimmingBlanks.hasSuffix(":"), ![" read:", " reads:", " read as follows", " reads as follows"].contains(where: lowered.contains)
    else { return false }
    return ["agreed", "adopted", "endorsed", "final", "outcome"].contains(where: lowered.contains)
      && !["not agreed", "not adopted", "rejected", "draft", "proposed"].contains(where: lowered.contains)
  }

  /// A house's verdict on a motion, alone in its paragraph: "Agreed to, Ayes 38, Noes 6.", "Agreed
  /// to on a voice vote.", "*The House divided:* Ayes 12, Noes 32. Motion negatived.", "Question
  /// put and agreed to."; `nil` for any other paragraph.
  static func houseVerdict(_ text: String) -> MotionRecord.Outcome? {
    // Most paragraphs are longer, or open otherwise: their first bytes say so first.
    guard text.utf8.count <= 160, let first = text.trimmingBlanks.utf8.first,
      [UInt8(ascii: "A"), UInt8(ascii: "a"), UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "Q"), UInt8(ascii: "q"), UInt8(ascii: "R"),
        UInt8(ascii: "r"), UInt8(ascii: "M"), UInt8(ascii: "m"), UInt8(ascii: "N"), UInt8(ascii: "n"), UInt8(ascii: "H"), UInt8(ascii: "h")].contains(first)
    else { return nil }
    let lowered = text.trimmingBlanks.lowercased()
    guard lowered.utf8.count <= 140, !lowered.isEmpty else { return nil }
    let opensVerdict = ["agreed to", "the house divided", "house divided", "question put", "resolved accordingly", "motion negatived", "motion agreed",
      "negatived", "not agreed to"].contains(where: lowered.hasPrefix)
    guard opensVerdict else { return nil }
    if ["negatived", "not agreed", " lost", "defeated", "withdrawn"].contains(where: lowered.contains) { return .fell }
    // "Ayes 12, Noes 32": the count says which way it went.
    if let ayes = lowered.range(of: #"ayes\s*(\d+)"#, options: .regularExpression), let noes = lowered.range(of: #"noes\s*(\d+)"#, options: .regularExpression),
      let yes = Int(lowered[ayes].filter(\.isNumber)), let no = Int(lowered[noes].filter(\.isNumber)), yes < no
    {
      return .fell
    }
    return .carried
  }

  /// Whether a paragraph tells what became of a motion that was not put ("… was by leave
  /// withdrawn."), or the house's own procedure ("The Speaker left the Chair at 3.22 pm.").
  static func tellsHouseProcedure(_ text: String) -> Bool {
    guard text.utf8.count <= 320 else { return false }
    let lowered = text.trimmingBlanks.lowercased()
    guard lowered.utf8.count <= 300 else { return false }
    if lowered.hasPrefix("motion "), [" by leave withdrawn", " was withdrawn", " was negatived", " was not moved", " lapsed", " fell"].contains(where: lowered.contains) {
      return true
    }
    return lowered.utf8.count <= 90
      && [" left the chair", " resumed the chair", " took the chair", "the house adjourned", "sitting suspended", "sitting was suspended", "sitting adjourned"]
        .contains(where: lowered.contains)
  }

  /// A card of labelled lines, one a proposal and one its status: the follow-up line ("Follow-up
  /// owner: Lenka Ovarova — to cost the proposal"), the date line ("By: 30 September 2037"), and
  /// whether the status sets the proposal aside ("not adopted", "referred", "example only").
  static func outcomeCard(_ block: MarkdownNode) -> (followUp: LocatedText?, by: String?, setAside: Bool)? {
    guard block.children.first?.kind == .strong else { return nil }
    let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
    guard lines.count >= 3 else { return nil }
    var fields: [String: LocatedText] = [:]
    for line in lines {
      guard let colon = line.text.prefix(32).firstIndex(of: ":") else { continue }
      let label = line.text[..<colon].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " *_"))
      guard !label.isEmpty, fields[label] == nil else { continue }
      let value = line.text[line.text.index(after: colon)...].drop { $0 == " " || $0 == "*" || $0 == "_" }
      fields[label] = line.slice(value.startIndex..<line.text.endIndex)
    }
    guard ["proposal", "recommendation", "ask", "idea", "motion"].contains(where: { fields[$0] != nil }),
      let status = ["status", "outcome", "result", "verdict", "decision"].lazy.compactMap({ fields[$0] }).first
    else { return nil }
    let verdict = status.text.lowercased()
    let setAside = ["not adopted", "not agreed", "not carried", "rejected", "referred", "example", "withdrawn", "deferred", "dropped", "failed", "no consensus", "parked", "lost"]
      .contains(where: verdict.hasPrefix)
    let followUp = ["follow-up owner", "follow-up", "owner", "follow up owner", "follow-up lead", "lead"].lazy.compactMap({ fields[$0] }).first
      .flatMap { value in isPlaceholder(value.text) || value.text.allSatisfy({ "—–-  ".contains($0) }) ? nil : value }
    let by = ["by", "due", "deadline", "by when", "when"].lazy.compactMap({ fields[$0]?.text }).first
    return (followUp, by, setAside)
  }

  static func failedVoteLine(_ block: MarkdownNode) -> Bool {
    // Most paragraphs give no share or count of votes, which their bytes tell first.
    guard block.kind == .paragraph, case let plain = block.plainText.utf8,
      plain.contains(UInt8(ascii: "%")) || plain.containsBytes(" votes".utf8) || plain.containsBytes(" in favo".utf8),
      case let lines = InlineText.lines(of: block), lines.count >= 2, let last = lines.last?.text,
      last.contains(where: \.isNumber), last.utf8.count < 240
    else { return false }
    let lowered = last.lowercased()
    // The count first, then the verdict ("Agreed ☑ Not agreed ☐ — "Agreed, but at 10 %"" is a
    // form ticked, not a vote).
    guard let count = ["%", " votes", " in favour", " in favor"].compactMap({ lowered.range(of: $0)?.lowerBound }).min() else { return false }
    return ["not adopted", "no consensus", "consensus against", "rejected", "not carried", "defeated", "did not pass", "not agreed", "not endorsed"]
      .contains { verdict in lowered.range(of: verdict).map { $0.lowerBound > count } ?? false }
  }

  /// Whether a paragraph reports what someone said (a quotation it opens with, "said", "added
  /// that", "told") and holds no undertaking ("will", "shall", "'ll", "are going to", "had
  /// undertaken to", "agreed", "volunteered").
  static func reportsSpeechWithoutUndertaking(_ text: String) -> Bool {
    let lowered = text.lowercased()
    let reports = ["\"", "\u{201C}", "\u{2018}"].contains(where: text.hasPrefix)
      || [" said", " added that", " added:", " told ", " stressed that", " noted that", " remarked"].contains(where: lowered.contains)
    guard reports else { return false }
    return ![
      " will ", " shall ", "'ll ", "\u{2019}ll ", " are going to ", " is going to ", " commit", " pledg", " undert", " agreed", " volunteer",
      " decided", " promise", " offered to",
    ].contains(where: lowered.contains)
  }

  /// Whether a paragraph opens (after its number or letter) or closes with a bracketed mark that
  /// sets it aside: "[Withdrawn: see 4.2.]", "[Superseded: see 5.1.]", "[Deleted]".
  static func bracketSetsAside(_ text: String) -> Bool {
    text.range(of: bracketedSetAside, options: [.regularExpression, .caseInsensitive]) != nil
      // "(NOT added: "ask the police to leave the youth panel" — AB wanted it …)": a remark in
      // brackets on what the list left out.
      || text.range(of: #"^\s*\((?:NOT|Not)\s+(?:added|adopted|agreed|included|taken\s+forward|kept)\b"#, options: .regularExpression) != nil
  }
  private static let bracketedSetAside =
    #"^\s*(?:\(?[a-z0-9]{1,3}(?:\.\d{1,2}){0,2}[.)]?\s+)?\*{0,2}\[(?:withdrawn|superseded|deleted|dropped)\b|\[(?:withdrawn|superseded|deleted|dropped)\b[^\]]{0,80}\]\W*$"#

  /// The milestones a note names with their dates, by code: "`M1 post-event` (due Sep 28,
  /// 2035) · `M2 Oct partners call` (due Oct 16, 2035)", as a code host lists them.
  static func milestones(in text: String, sessionDate: CalendarDate?) -> [String: CalendarDate] {
    guard text.utf8.containsBytes("(due ".utf8) else { return [:] }
    var found: [String: CalendarDate] = [:]
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    for match in milestonePattern.matches(in: text, range: range) {
      guard let code = Range(match.range(at: 1), in: text), let when = Range(match.range(at: 2), in: text),
        let due = DueDateResolver.find(in: "by " + text[when], sessionDate: sessionDate)
      else { continue }
      found[String(text[code])] = due.date
    }
    return found
  }
  private static let milestonePattern = NSRegularExpression.builtIn(
    "milestone", "`?\\b(M\\d{1,2})\\b[^`\\n(]{0,40}`?\\s*\\(due\\s+([^)\\n]{4,30})\\)", options: [])

  /// Whether a paragraph is a bold label of decisions, numbered or not, and nothing else:
  /// "**Decisions:**", "**Nirnaya 3:**" (Nepali and Hindi), "**Sidhanto**" (Bengali).
  static func namesDecisions(_ block: MarkdownNode) -> Bool {
    guard block.kind == .paragraph, block.children.count <= 2, block.children.first?.kind == .strong,
      block.children.dropFirst().allSatisfy({ $0.kind == .text && $0.literal.trimmingBlanks.allSatisfy { $0 == ":" } })
    else { return false }
    var words = SectionCatalog.normalise(block.plainText.trimmingCharacters(in: ":*_ ")).split(separator: " ")
    if words.count > 1, let last = words.last, last.allSatisfy(\.isNumber) { words.removeLast() }
    var label = words.joined(separator: " ")
    // "**9. ÌPINNU (RESOLUTIONS)**": the name glossed in brackets.
    if label.hasSuffix(")"), let open = label.lastIndex(of: "("), open > label.startIndex {
      let gloss = String(label[label.index(after: open)..<label.index(before: label.endIndex)])
      if isDecisionHeading(gloss) { return true }
      label = String(label[..<open]).trimmingBlanks
    }
    return isDecisionHeading(label) || ["nirnaya", "nirnay", "nirnayharu", "sidhanto", "desizaun", "beslut", "besluiten", "kararlar", "decisiones", "décisions"].contains(label)
  }

  /// Whether a normalised heading names what the meeting decided: one of `decisionHeadings`, or
  /// one that opens with their word and says whose ("Agreements of the circle", "Decisions of the
  /// board", "Agreed at the meeting"), or asks it ("What was agreed", "What the council decided").
  static func isDecisionHeading(_ heading: String) -> Bool {
    if decisionHeadings.contains(heading) { return true }
    let words = heading.split(separator: " ")
    guard let first = words.first, words.count <= 7 else { return false }
    if ["agreements", "agreed", "decisions", "resolutions"].contains(first),
      words.count == 1 || ["of", "by", "at", "from", "reached", "taken", "made", "in"].contains(words[1])
    {
      return true
    }
    return first == "what" && ["agreed", "decided", "resolved"].contains(words.last.map { $0.filter(\.isLetter) } ?? "")
      && !words.contains("not")
  }

  private func process(
    _ block: MarkdownNode, section: SectionID?, sectionHasList: Bool, headingActors: [String], state: inout State
  ) {
    if state.tabbedThrough > 0, let start = block.range?.start.line, start <= state.tabbedThrough { return }
    // "Donors should:" before a list names whom its items address, as a sub-heading would.
    let introActors = state.introActors
    state.introActors = []
    let introOwner = state.introOwner
    state.introOwner = nil
    let introTasks = state.introTasks
    state.introTasks = false
    let rowSeparator = state.rowSeparator
    state.rowSeparator = nil
    let introAgreed = state.introAgreed
    state.introAgreed = false
    let skipping = state.skippingList
    state.skippingList = false
    let adopted = state.adoptedQuote
    state.adoptedQuote = false
    let quoted = state.quoted
    state.quoted = []
    let lastQuote = state.lastQuote
    state.lastQuote = nil
    switch block.kind {
    case .codeBlock(let info) where info.lowercased().hasPrefix("mermaid"):
      // A Gantt chart's bars, each a task: its owner in the brackets that close its name
      // ("Train the youth facilitators (YO, ACLP)"), due when the bar ends, done when it says so.
      // (An agenda drawn as a chart holds its programme, no task.)
      guard section != .agenda, let range = block.range, let tasks = GanttChart.tasks(in: block.literal, firstLine: range.start.line + 1)
      else { return }
      for task in tasks {
        var name = task.name
        var owner: String? = nil
        if name.hasSuffix(")"), let open = name.lastIndex(of: "("), open > name.startIndex {
          owner = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingBlanks
          name = String(name[..<open]).trimmingBlanks
        }
        let before = state.items.count
        addSectionItem(
          .action, text: LocatedText(lines: [InlineText.Line(text: name, location: SourceLocation(line: task.line, column: 1))]), extra: [],
          headingActors: [], state: &state)
        guard state.items.count > before else { continue }
        if task.done { state.items[before].done = true }
        // The bar's end is the day it is due; a bar done is due no more.
        state.items[before].due = task.done ? nil : task.end?.description
        state.items[before].evidence.removeAll { $0.rule == "due" }
        if !task.done, let end = task.end { state.items[before].evidence.append(Evidence(rule: "due", words: "bar ends " + end.description)) }
        if let owner, !owner.isEmpty, !Self.isPlaceholder(owner) {
          state.items[before].owner = owner
          state.items[before].evidence.removeAll { $0.rule == "owner" }
          state.items[before].evidence.append(Evidence(rule: "owner", words: "(" + owner + ")"))
        }
      }
    case .codeBlock(let info) where ["csv", "tsv"].contains(info.lowercased().split(separator: " ").first ?? ""):
      // "```csv" over "Nr;Type;Description;Owner;Due;Status" and its rows: a tracker exported from
      // a spreadsheet and pasted in a fence that names its format.
      guard let range = block.range else { return }
      let lines = block.literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
        InlineText.Line(text: String(line), location: SourceLocation(line: range.start.line + 1 + offset, column: 1))
      }
      guard let table = PipeTable(delimited: lines) else { return }
      addTrackerRows(table, otherwise: section == .recommendations ? .recommendation : .action, headingActors: headingActors, state: &state)
    case .codeBlock(let info) where ["yaml", "yml"].contains(info.lowercased().split(separator: " ").first ?? ""):
      // "```yaml" over "recommendations:" / "- to: donors / text: …" and "actions:" / "- who: … /
      // what: … / when: …": the session's records kept as data, each list read by its key's name.
      guard let range = block.range, case .success(let value) = YAMLReader.read(block.literal, firstLine: range.start.line + 1) else { return }
      for (kind, records) in Self.recordLists(in: value, otherwise: section == .recommendations ? .recommendation : section == .actions ? .action : nil) {
        guard let table = PipeTable(records: records) else { continue }
        addTrackerRows(table, otherwise: kind, headingActors: headingActors, state: &state)
      }
    case .codeBlock where section == .actions:
      // A plain-text table of actions pasted as it was typed, indented so it reads as code: each
      // row is a task with its owner and date fields.
      for row in Self.fixedWidthActionRows(block) {
        let before = state.items.count
        addSectionItem(.action, text: row.text, extra: [], headingActors: [], state: &state)
        if row.done, state.items.count > before { state.items[state.items.count - 1].done = true }
      }
    case .list(let ordered, let start, _):
      // "6. The Panel recommends that the State party:", a numbered paragraph alone over lettered
      // ones: their lead-in.
      // ("5. The Panel is concerned …" before it is the list's first item, read as any other.)
      if ordered, let item = block.children.last, item.children.count == 1, let paragraph = item.children.first, paragraph.kind == .paragraph,
        let range = block.range, case let words = LocatedText(block: paragraph), words.text.hasSuffix(":"),
        noteLetteredLead(words, through: range.end.line, state: &state)
      {
        guard block.children.count > 1 else { return }
        let lead = state.letteredAsks
        var rest = block
        rest.children.removeLast()
        process(rest, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        state.letteredAsks = lead
        return
      }
      // "5. The Department should fund …" with "CARRIED 8–1" / "Officer to action: …" on the lines
      // after it, which CommonMark keeps in the item: the verdict of the motion the list ends.
      let (motionBlock, motionClosing) = state.openMotion == nil ? (block, nil) : Self.splittingMotionClosing(block)
      // "- Owen: check if UNDP can pay …" / "[21/11/2035, 16:21:30] Owen B: 👍": a chat's messages
      // pasted under a list, which CommonMark keeps in its items, are read as messages after it.
      let (block, messages) = Self.splittingChatMessages(motionBlock)
      defer {
        if let motionClosing {
          process(motionClosing, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        }
        for message in messages {
          process(message, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        }
      }
      if ordered {
        for (offset, item) in block.children.enumerated() {
          if let line = item.range?.start.line { state.numberedLines[start + offset] = line }
          if let answer = Self.quotedAnswer(Self.text(of: item)) { state.quotedAnswers[start + offset] = answer }
        }
      }
      // "The harvest mostly restated the tables:" over a list: its items were said before;
      // "Not taken forward:" over one: they were set aside.
      if skipping { return }
      // "WHO — WHAT — WHEN" over a list: each item is the task of the one it names first.
      if introTasks, let separator = rowSeparator {
        let outerOwner = state.groupOwner
        for item in block.children {
          let text = Self.text(of: item)
          state.groupOwner = text.text.range(of: separator).map { String(text.text[..<$0.lowerBound]).trimmingBlanks }
            .map { $0.drop { "\u{2714}\u{2705}\u{2611} ".contains($0) }.trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")) }
            .flatMap { $0.isEmpty || Self.isPlaceholder($0) ? nil : $0 }
          let before = state.items.count
          addSectionItem(.action, text: text, extra: [], headingActors: [], state: &state)
          // "… — for Thursday 8 December": the last column says when, however it is put.
          if state.items.count > before, state.items[before].due == nil, !state.items[before].done,
            let when = text.text.components(separatedBy: separator).dropFirst(2).last?.trimmingBlanks,
            case let bare = ["for ", "on ", "at ", "in "].first(where: when.hasPrefix).map({ String(when.dropFirst($0.count)) }) ?? when,
            let due = dueColumn(bare, state: state)
          {
            state.items[before].due = due.date.description
            state.items[before].evidence.append(Evidence(rule: "due", words: when))
          }
        }
        state.groupOwner = outerOwner
        return
      }
      // "The Ministry will:" over a list, in the discussion: each item is the Ministry's task.
      if introTasks, let introOwner {
        let outerOwner = state.groupOwner
        state.groupOwner = introOwner
        for item in block.children {
          addSectionItem(.action, text: Self.text(of: item), extra: [], headingActors: [], state: &state)
        }
        state.groupOwner = outerOwner
        return
      }
      // "- [x] Workshop  - [ ] Open forum": a form's boxes to tick, outside the actions.
      if section != .actions, state.afterFormField, isOptionList(block, escaped: state.escapedBoxes) { return }
      let outerOwner = state.groupOwner
      let outerOwnerTasks = state.ownerTasksInList
      state.ownerTasksInList = false
      if let introOwner { state.groupOwner = introOwner }
      let outerDecisions = (state.decisions, state.agreedPoints)
      if introAgreed { (state.decisions, state.agreedPoints) = (true, true) }
      defer { (state.decisions, state.agreedPoints) = outerDecisions }
      // "- On stops, Chief Inspector Kovac said …" over "- She also said she will bring …": whom a
      // pronoun stands for carries from one item to the next.
      var carried: (name: String, pronoun: String?)? = nil
      for item in block.children {
        let before = state.items.count
        state.antecedent = nil
        state.carriedAntecedent = carried
        processListItem(item, section: section, headingActors: introActors.isEmpty ? headingActors : introActors, state: &state)
        // A task's owner, in a list of tasks, is the one a pronoun in the next item stands for.
        if let owner = state.items.dropFirst(before).last(where: { $0.kind == .action })?.owner {
          // The pronoun the item itself used for them ("She also said she will …") stays known.
          carried = state.antecedent?.name == owner ? state.antecedent : (owner, carried?.name == owner ? carried?.pronoun : nil)
        } else {
          carried = state.antecedent
        }
        state.carriedAntecedent = nil
        if state.items.dropFirst(before).contains(where: { $0.rule == "cue:owner-to-verb" && $0.owner != nil }) { state.ownerTasksInList = true }
      }
      state.groupOwner = outerOwner
      state.ownerTasksInList = outerOwnerTasks
    case .blockQuote where Self.calloutBody(block) != nil:
      // "> [!tip] Recommendation" over "> Donors should …": a typed callout. One that quotes, asks or
      // muses holds no outcome; any other's body is read as if unquoted, without its title line.
      guard let (type, body) = Self.calloutBody(block), !Self.calloutsWithoutItems.contains(type) else { return }
      for child in body {
        process(child, section: section, sectionHasList: sectionHasList || body.contains(where: \.isList),
          headingActors: introActors.isEmpty ? headingActors : introActors, state: &state)
      }
    case .blockQuote where state.journalKey[">"] == .migrated && block.children.allSatisfy({ $0.kind == .paragraph }):
      // "> call Rahel … – migrated to Thu": a bullet journal's migrated task, which Markdown reads
      // as a quotation; each line one task.
      // The lines after it that open with a signifier of their own ("o 11:15 coffee", "< 1-pager
      // …") are what Markdown lets run on into the quotation: each read for its own mark.
      for child in block.children {
        for (offset, line) in InlineText.lines(of: child).enumerated() where !LocatedText(lines: [line]).isEmpty {
          let text = LocatedText(lines: [line])
          if offset > 0, let (glyph, mark) = Self.journalMark(of: text, in: state.journalKey) {
            if mark.isTask { addJournalTask(text, glyph: glyph, mark: mark, section: section, state: &state) }
            continue
          }
          addJournalTask(text, glyph: ">", mark: .migrated, section: section, state: &state)
        }
      }
    case .blockQuote where block.plainText.contains("the undersigned"):
      // "> We, the undersigned, call on Brackenholt Town Council to:": a petition lodged at the
      // session, quoted whole; its asks are put to the meeting, read as if unquoted, a lead-in with
      // the list under it.
      var led = -1
      for (offset, child) in block.children.enumerated() where offset > led {
        if child.kind == .paragraph, let named = Self.leadInSection(child), offset + 1 < block.children.count, block.children[offset + 1].isList {
          processLed(block.children[(offset + 1)...].prefix(1), by: child.plainText, as: named, headingActors: headingActors, state: &state)
          led = offset + 1
          continue
        }
        process(child, section: section, sectionHasList: sectionHasList || block.children.contains(where: \.isList),
          headingActors: introActors.isEmpty ? headingActors : introActors, state: &state)
      }
    case .blockQuote where adopted:
      // "The meeting adopted the following statement:" over a block quote: the quoted text is what
      // the session itself agreed, read as if unquoted.
      for child in block.children {
        process(child, section: section, sectionHasList: sectionHasList || block.children.contains(where: \.isList),
          headingActors: introActors.isEmpty ? headingActors : introActors, state: &state)
      }
    case .blockQuote where Self.isThreadReply(block):
      // "> **u/imam_harun_b** · ▲ 530" over "> … Religious leaders should visit …": a thread's reply,
      // quoted under the post it answers; its words are its writer's own, read as if unquoted,
      // the writer the owner of what they say they will do.
      let outerAuthor = state.postAuthor
      for child in block.children {
        process(child, section: section, sectionHasList: sectionHasList || block.children.contains(where: \.isList),
          headingActors: introActors.isEmpty ? headingActors : introActors, state: &state)
      }
      state.postAuthor = outerAuthor
    case .blockQuote where section == .recommendations || section == .actions:
      // Under Recommendations or Action items, a block quote is one way to set items off (a
      // callout, a pasted draft): its blocks are the section's items as if unquoted.
      for child in block.children {
        process(child, section: section, sectionHasList: sectionHasList || block.children.contains(where: \.isList),
          headingActors: introActors.isEmpty ? headingActors : introActors, state: &state)
      }
    case .blockQuote where boxTitleSection(block) != nil:
      // "> **KEY RECOMMENDATIONS**" over a list in a box: a brief's boxed items, read as the
      // section the box's title names.
      let named = boxTitleSection(block) ?? .recommendations
      let rest = block.children.dropFirst()
      for child in rest {
        process(child, section: named, sectionHasList: rest.contains(where: \.isList), headingActors: [], state: &state)
      }
    case .blockQuote where Self.isCallout(block, rules: rules):
      // "> Action: IOM to map returnees …", "> Speaker notes: …": a callout sets the notes' own
      // words apart; they are read as if unquoted.
      for child in block.children {
        process(child, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
      }
    case .blockQuote where block.children.first.map({ $0.kind == .paragraph && Self.recommendationCode($0.plainText) != nil }) == true:
      // "> **R4.** Allocate at least 15 per cent …": a handout's numbered recommendations, set off
      // as quotations, are the ones the session puts forward.
      for child in block.children {
        process(child, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
      }
    case .blockQuote where block.children.allSatisfy({ $0.kind == .paragraph && Self.pastedBulletItems($0, journalKey: state.journalKey) != nil }):
      // "> ▶ The Platform recommends that …" under an agenda item's annotation: the outcomes the
      // notes add, each marked line set off as the writer's own, not a quotation.
      for child in block.children {
        process(child, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
      }
    case .blockQuote where block.children.contains(where: { list in
      list.isList && list.children.contains { item in
        item.children.first.map { $0.kind == .paragraph && taskState(LocatedText(block: $0), escaped: state.escapedBoxes) != nil } == true
      }
    }):
      // "> **Follow-up box**" over "> - [ ] Concept note … · Josef · by 30 April": a checklist of
      // the notes' own set off in a box; its tasks are read as if unquoted.
      for child in block.children {
        process(child, section: section, sectionHasList: true, headingActors: headingActors, state: &state)
      }
    case .blockQuote where Self.captionTurns(block) != nil:
      // ">> MAYOR: Two. The Town must fund a confidential helpline …": live captions mark each
      // change of speaker with ">>", which Markdown reads as a quotation; the turns are the
      // session's own words.
      for paragraph in Self.captionTurns(block) ?? [] {
        process(paragraph, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
      }
    case .blockQuote:
      // Elsewhere block quotes are quotations: they hold no outcome of the session's own, but a
      // reply after one may turn down the items it quotes.
      var texts: [String] = []
      block.forEachNode { node in
        guard node.kind == .paragraph else { return true }
        texts.append(Self.comparable(node.plainText))
        return false
      }
      state.quoted = texts
      state.lastQuote = block
    case .paragraph:
      // "[^2]: See the regional review …": a footnote cites or comments; it holds no outcome.
      if Self.isFootnote(block) || Self.isSignature(block) { return }
      Self.noteGlosses(in: block, into: &state.glossedLines)
      // "10. The Panel recommends that the State party:" over "(a) Publish each year data …;",
      // "(b) Guarantee in law …": each lettered paragraph an ask of whom the lead-in names.
      if let range = block.range {
        let lettered = state.letteredAsks
        state.letteredAsks = nil
        let words = LocatedText(block: block)
        if let lead = lettered, range.start.line <= lead.through + 2, words.text.hasPrefix("("),
          case let ask = Self.droppingLetter(words), ask.text.utf8.count < words.text.utf8.count
        {
          let before = state.items.count
          addSectionItem(.recommendation, text: ask, extra: [], headingActors: lead.actors, state: &state)
          // "(c) Involve women's organisations …": the lead-in names whom each ask is put to; those
          // its words name are whom it is about.
          if state.items.count == before + 1, state.items[before].actors != lead.actors {
            state.items[before].actors = lead.actors
            state.items[before].evidence.removeAll { $0.rule.hasPrefix("actor:") }
            state.items[before].evidence += lead.actors.map { Evidence(rule: "actor:\($0)", words: "lead-in") }
          }
          state.letteredAsks = (lead.actors, range.end.line)
          return
        }
        noteLetteredLead(words, through: range.end.line, state: &state)
        // "Therefore, with humility and with firmness, we ask:" over "Parents, to know …",
        // "Our brother and sister clergy — priests, … — to visit …": each an ask of whom it names.
        let asking = state.asksEachNamed
        state.asksEachNamed = nil
        if let through = asking, range.start.line <= through + 2, Self.namesWhomItAsks(words.text) {
          let before = state.items.count
          addSectionItem(.recommendation, text: words, extra: [], headingActors: [], state: &state)
          // Whom it names before its ask, where the words' reading found no one.
          if state.items.count == before + 1, state.items[before].actors.isEmpty, let to = words.text.range(of: " to ") {
            let named = Self.actorsNamed(in: String(words.text[..<to.lowerBound]), rules: rules)
            state.items[before].actors = named
            state.items[before].evidence += named.map { Evidence(rule: "actor:\($0)", words: String(words.text[..<to.lowerBound])) }
          }
          state.asksEachNamed = range.end.line
          return
        }
        if words.text.utf8.count <= 120, words.text.hasSuffix(":"),
          [" we ask:", " we ask you:", " we urge:", " we appeal:", " we call on:", " we invite:", " we request:"]
            .contains(where: { (" " + words.text.lowercased()).hasSuffix($0) })
        {
          state.asksEachNamed = range.end.line
          return
        }
      }
      // "… falið að boða til fyrsta fundar." / "Ábyrgð: …" / "Frestur: …" / "*The prevention manager
      // is to convene …*": a translation after the fields of what it translates is left out, so
      // the fields close the paragraph as they do untranslated.
      var block = block
      if let last = block.children.last, last.kind == .emphasis, let line = last.range?.start.line,
        let original = state.glossedLines[line], original < line - 1,
        let cut = block.children.lastIndex(where: { $0.kind == .softBreak || $0.kind == .lineBreak })
      {
        block.children = Array(block.children[..<cut])
      }
      // The paragraph's words, walked once for every reading below.
      let plain = block.plainText
      // "[Day 1 in pictures](https://…)" under the next steps' list: a link alone points elsewhere.
      // "**Linked records:** Speakers (4) · Recommendations (3)", "Anselm Quayle <a.q@…> Tue, 10 Mar
      // 2037 at 18:31", "[Quoted text hidden]": a record's links, a mail's header and its marks.
      if section == .actions || section == .recommendations, Self.isLinkAlone(block) || Self.isRecordOrMailLine(plain) { return }
      // "👍 ❤️ 23 · 9 comments · Seen by 41", "Like · Reply · 2h": a group post's counts and a
      // comment's buttons; a comment over its buttons is what its writer said, no item of the
      // section its post ends with.
      if section == .actions || section == .recommendations, plain.utf8.containsBytes(" \u{00B7} ".utf8) || plain.utf8.count <= 300 {
        if Self.isSocialCountsLine(plain) { return }
        if let end = block.range?.end.line, socialFooterFollows(line: end, state: &state) {
          scanSentences(LocatedText(block: block), section: .discussion, state: &state)
          return
        }
      }
      // "**해온경찰서 (Police)**" over "2. 혐오 범죄 …": a bold addressee over numbered asks, which
      // Markdown keeps in the paragraph (only a "1." opens a list there); each ask addressed to it.
      if section == .actions || section == .recommendations, let title = block.children.first, title.kind == .strong,
        case let lines = InlineText.lines(of: block).map({ LocatedText(lines: [$0]) }).filter({ !$0.isEmpty }), lines.count >= 2,
        case let label = title.plainText, lines[0].text == label.trimmingBlanks,
        lines.dropFirst().first.map({ Self.droppingNumber($0).text != $0.text }) == true
      {
        let own = Self.actorsNamed(in: label, rules: rules)
        let named = own.isEmpty ? Self.glossedActors(in: label, rules: rules) : own
        var items: [LocatedText] = []
        for line in lines.dropFirst() {
          if Self.droppingNumber(line).text != line.text || items.isEmpty { items.append(Self.droppingNumber(line)) } else { items[items.count - 1].append(line) }
        }
        for item in items {
          // ("**Others**" over its asks: whom the section's heading names is not whom they ask.)
          addSectionItem(section == .actions ? .action : .recommendation, text: item, extra: [], headingActors: named, state: &state)
        }
        return
      }
      // "[Daniel Oh] [오후 1:52] 수고하셨습니다 🙏" under the next steps: a chat's messages are talk, each
      // read as its sender said it, not a task because of where it stands.
      if section == .actions || section == .recommendations, let first = plain.utf8.first, first == UInt8(ascii: "["),
        case let lines = InlineText.lines(of: block).map({ LocatedText(lines: [$0]) }).filter({ !$0.isEmpty }),
        lines.allSatisfy({ Self.chatLineTurn($0) != nil })
      {
        let (outerSpeaker, outerAuthor) = (state.speaker, state.postAuthor)
        for line in lines {
          guard let (speaker, words) = Self.chatLineTurn(line) else { continue }
          (state.speaker, state.postAuthor) = (speaker, speaker)
          scanSentences(words, section: .discussion, state: &state)
        }
        (state.speaker, state.postAuthor) = (outerSpeaker, outerAuthor)
        return
      }
      // "OP16. *Urges* member States to … **[new]** (not discussed)": a draft's paragraph not agreed.
      if Self.hasOpenDraftStatus(plain) { return }
      // "Annotation: The Platform is invited to adopt the agenda.": an annotated agenda's note,
      // written before the meeting, says what it may do, not what it did.
      if Self.isAgendaAnnotation(plain) { return }
      // "**A2.** The Government should lower the age …" over "34% support — **NOT ADOPTED**", a
      // Delphi panel's statement over "55% agree · IQR 2 — no consensus": a draft the vote on its
      // last line did not carry is none.
      if Self.failedVoteLine(block) { return }
      // "**Proposal:** … / **Support:** 52% (n=209) / **Status:** not adopted / **Follow-up owner:**
      // Poll secretariat — send the card … / **By:** within two weeks": a poll's outcome card. Its
      // follow-up is a task, whatever became of the proposal; a proposal set aside is none.
      if let card = Self.outcomeCard(block) {
        if let followUp = card.followUp { addCardFollowUp(followUp, by: card.by, state: &state) }
        if card.setAside { return }
      }
      // ": Agree on all three. — User:Kwabena Lute (talk) 18:02, 1 May 2037 (UTC)" under a post: a
      // wiki talk page's thread, each line a reply its signer wrote, read as said, whatever the
      // thread's title names.
      if plain.utf8.containsBytes("(UTC)".utf8), case let lines = InlineText.lines(of: block).map({ LocatedText(lines: [$0]) }).filter({ !$0.isEmpty }),
        lines.allSatisfy({ Self.wikiSignature(in: $0.text) != nil })
      {
        for line in lines { scanSentences(line, section: .discussion, state: &state) }
        return
      }
      // "(e) [Withdrawn: see 4.2.] Religious leaders should …", "2.3 The Committee AGREED that …
      // [Superseded: see 5.1.]": words the record itself marks as set aside.
      if plain.utf8.contains(UInt8(ascii: "[")) || plain.utf8.first == UInt8(ascii: "("), Self.bracketSetsAside(plain) { return }
      // "**A1 · ASK from** Youth Bench **to** the Municipal Council: "a room for …"", then what
      // became of it: a marketplace's ask card is advice to those it names; the lines after it are
      // read on their own.
      if section != .actions, plain.utf8.containsBytes("ASK ".utf8) || plain.utf8.containsBytes("OFFER ".utf8),
        let card = askCard(block)
      {
        if let ask = card.ask { append(ask, section: .recommendations, state: &state) }
        if !card.rest.isEmpty { scanSentences(card.rest, section: section, state: &state) }
        return
      }
      // "Moved: Cr Ng · Seconded: Cr Osei" / "That Council …" / "CARRIED 6–3" / "Officer to
      // action: …": a council's motion, read as its verdict and its fields say.
      if Self.isMotion(block, plain: plain), let motion = MotionRecord(LocatedText(block: block)) {
        readMotion(motion, section: section, state: &state)
        return
      }
      // "CARRIED 8–1" / "Officer to action: …" after the list that ended the motion's words.
      if let open = state.openMotion, let closing = MotionRecord(LocatedText(block: block), closing: true) {
        state.openMotion = nil
        if closing.outcome == .fell {
          state.items.removeSubrange(min(open.itemsFrom, state.items.count)...)
        } else {
          giveMotionTask(closing, itemsFrom: open.itemsFrom, quiet: open.quiet, section: section, state: &state)
        }
        return
      }
      // "**Commitment ID:** TAM0042" / "**Lead implementing agency:** Ministry of Justice (MoJ)": a
      // commitment's fields, whose lead owns the milestones in the table under them.
      if plain.containsAnyBytes(Self.leadFieldBytes), let lead = Self.leadAgencyField(block) {
        state.fieldOwner = lead
      }
      // "OUTCOME STATEMENT - RECOMMENDATIONS …" over "R1  The customs authorities … should post
      // at least one female" and "officer on every night shift …": coded items wrapped over lines
      // that go on in small letters, under a title in capitals that names their kind, wherever
      // they stand; a line in brackets is an aside.
      // (Only a paragraph that opens with words in capitals is looked at line by line.)
      if case let opening = plain.prefix(12), opening.filter(\.isLetter).count >= 3, opening == opening.uppercased(),
        let items = Self.wrappedCodedItems(InlineText.lines(of: block).map { LocatedText(lines: [$0]) }, opensItem: Self.opensCodedItem),
        let title = items.title, let named = rules.catalog.section(forHeading: title) ?? Self.sectionInCapitals(title),
        named == .recommendations || named == .actions
      {
        for item in items.items {
          addSectionItem(named == .recommendations ? .recommendation : .action, text: item, extra: [], headingActors: headingActors, state: &state)
        }
        return
      }
      // "**DECIDED**:" over "1.1. …", "1.2. … Responsible: …" on lines of their own in one
      // paragraph: each numbered line, with the lines that go on from it, is read on its own.
      // (Each line's "Responsible:" and "Deadline:" fields give its task's owner and date, as
      // `splittingFieldLine` reads them.)
      if section != .recommendations, section != .actions, let groups = Self.numberedLineGroups(block) {
        for group in groups { scanSentences(Self.droppingNumber(group), section: section, state: &state) }
        return
      }
      // "Action points" over ": **AP 14/2.1** · All members to record …": each definition an item
      // of the section its term names, or of this one under a label ("Discussion", "Decision").
      if let (term, definitions) = Self.definitionLines(of: block) {
        let named = rules.catalog.section(forHeading: term.trimmingCharacters(in: CharacterSet(charactersIn: ":*_ ")))
        let label = term.split(separator: " ").first.map { Self.definitionLabels.contains($0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":*_"))) } ?? false
        if named != nil || label {
          let target = named == .recommendations || named == .actions ? named : section
          for definition in definitions {
            process(definition, section: target, sectionHasList: target == section ? sectionHasList : false, headingActors: headingActors, state: &state)
          }
          return
        }
      }
      if let (head, tasks) = arrowedTaskLines(of: block) {
        process(head, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        process(tasks, section: section, sectionHasList: sectionHasList, headingActors: headingActors, state: &state)
        return
      }
      if !state.quotedAnswers.isEmpty { addEndorsedAnswers(block.plainText, section: section, state: &state) }
      if !quoted.isEmpty || !state.numberedLines.isEmpty {
        let plain = block.plainText
        if !quoted.isEmpty, Self.turnsDownReply(plain) {
          let turnedDown = Set(quoted)
          state.items.removeAll { turnedDown.contains(Self.comparable($0.text)) }
        }
        // Most paragraphs drop nothing: their bytes say so before any sentence is read.
        if !state.numberedLines.isEmpty, plain.containsAnyBytes(Self.droppingWords) {
          let dropped = SentenceSplitter.split(plain).flatMap { Self.droppedPoints(String(plain[$0])) }
            .compactMap { state.numberedLines[$0] }
          if !dropped.isEmpty { state.items.removeAll { dropped.contains($0.line) } }
        }
      }
      if Self.introducesSetAside(block.plainText) {
        state.skippingList = true
        return
      }
      if Self.introducesAdoptedText(block.plainText) { state.adoptedQuote = true }
      // "> Congress calls on the Government to …" then "**CARRIED** (card vote: 3,412 for …)": a
      // motion quoted as printed, which the session passed, is its own text.
      if let lastQuote, Self.isCarriedVerdict(block.plainText) {
        for child in lastQuote.children {
          process(child, section: section, sectionHasList: sectionHasList || lastQuote.children.contains(where: \.isList),
            headingActors: introActors.isEmpty ? headingActors : introActors, state: &state)
        }
        return
      }
      if section == .recommendations || section == .actions, let table = PipeTable(block, escapedPipes: state.escapedPipes) {
        if table.followsUpEarlier {
          scanRemarks(of: table, state: &state)
          return
        }
        if addSupported(table, state: &state) { return }
        addTrackerRows(table, otherwise: section == .recommendations ? .recommendation : .action, headingActors: headingActors, state: &state)
        return
      }
      // A grid table as pandoc writes it ("+---+------+" borders, "|" edges): its rows, as a pipe
      // table's are read, wherever it stands.
      // "What we ask | Of whom": asks, each to the one its row names. A grid table of neither is
      // read as any other paragraph is.
      if block.kind == .paragraph, plain.utf8.first == UInt8(ascii: "+"), let table = PipeTable(grid: InlineText.lines(of: block)) {
        if section == .recommendations || (!table.listsActions && table.roles.contains(.text) && table.roles.contains(.addressee)) {
          addTableRows(table, kind: .recommendation, headingActors: headingActors, state: &state)
          return
        }
        if section == .actions || table.listsActions {
          addTableRows(table, kind: .action, headingActors: headingActors, state: &state)
          return
        }
      }
      // "ID,Action,Owner,Due,Status,Notes" over its rows: a tracker downloaded as CSV, or copied
      // from a spreadsheet with tabs between its cells, and pasted.
      // Most paragraphs hold no tab and open with no line of commas: their bytes say so first.
      if block.kind == .paragraph, section != .recommendations,
        let table = (plain.utf8.contains(9) ? tabbedTracker(block, state: &state) : nil)
          ?? (Self.opensWithCommaLine(block) ? PipeTable(csv: block) : nil)
      {
        addTrackerRows(table, otherwise: .action, headingActors: headingActors, state: &state)
        return
      }
      // "What we asked for in the room:" over "**To the Ministry of Interior**" and "▪️ Publish the
      // draft protocol …" lines, in one paragraph as a chat sends it: each bullet advice to whom
      // the line above it names; the other lines are read as any are.
      if section != .actions, block.kind == .paragraph, let lines = addressedBulletLines(block) {
        for (line, actors) in lines {
          if let actors {
            addSectionItem(.recommendation, text: Self.droppingBullet(line), extra: [], headingActors: actors, state: &state)
          } else if scansSentences(section) {
            scanSentences(line, section: section, state: &state)
          }
        }
        return
      }
      // "📝 @Priya … will turn the notes into a checklist …" over "📊 @Tomás … to map …": under the
      // tasks or the asks, lines that each open with an icon are one item each.
      if section == .actions || section == .recommendations, block.kind == .paragraph,
        block.children.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }),
        case let lines = InlineText.lines(of: block), lines.count >= 2,
        lines.allSatisfy({ $0.text.trimmingBlanks.first.map(Self.isPictograph) == true })
      {
        for line in lines {
          addSectionItem(section == .actions ? .action : .recommendation, text: LocatedText(lines: [line]), extra: [],
            headingActors: headingActors, state: &state)
        }
        return
      }
      // Lines pasted from a word processor, each opening with a bullet ("• …", "– …"), are a
      // list: each bullet and the lines that continue it is one item, or one text read for cues.
      if let items = Self.pastedBulletItems(block, journalKey: state.journalKey) {
        for item in items {
          if let (glyph, mark) = Self.journalMark(of: item, in: state.journalKey) {
            if mark.isTask {
              addJournalTask(item, glyph: glyph, mark: mark, section: section, state: &state)
            } else if scansSentences(section) || section == .recommendations || section == .actions {
              // "– note", "○ event", "? question": read for cues without the signifier.
              scanSentences(item.slice(item.text.index(item.text.startIndex, offsetBy: 2)..<item.text.endIndex), section: section, state: &state)
            }
          } else if section == .recommendations || section == .actions {
            addSectionItem(
              section == .recommendations ? .recommendation : .action, text: item, extra: [], headingActors: headingActors,
              state: &state)
          } else if scansSentences(section) {
            // "→ JB + PR: 1-pager for councillors, tmrw": an arrow that marks a task keeps it.
            scanSentences(Self.arrowTask(item.text) != nil ? item : Self.droppingBullet(item), section: section, state: &state)
          }
        }
        return
      }
      var text = LocatedText(block: block)
      if section == .actions, Self.isTaskFieldBlock(block) {
        addSectionItem(.action, text: Self.fromTaskField(text), extra: [], headingActors: headingActors, state: &state)
        return
      }
      // "**ADV-38-01 · 🔴 · to: District Commissioner, Sarn.** Convene the district security
      // committee …": an advisory whose bold title names whom it is to; the words after it are
      // advice to them, whatever the section.
      if section != .actions, let title = Self.addressedTitle(of: block), let addressee = Self.addresseeOfTitle(title),
        let cut = text.text.range(of: title)?.upperBound, text.text[cut...].contains(where: \.isLetter)
      {
        let rest = text.text[cut...].drop { $0 == " " || $0 == "*" || $0 == "_" }
        var named = Self.actorsNamed(in: addressee, rules: rules)
        if named.isEmpty, let group = SentenceAnalysis.groupActor(named: addressee) { named = [group] }
        let advice = text.slice(rest.startIndex..<text.text.endIndex)
        if !advice.text.trimmingBlanks.hasSuffix("?") {
          addSectionItem(.recommendation, text: advice, extra: [], headingActors: named, state: &state)
          return
        }
      }
      // "**Recommendation 1 – Inclusive drafting.** Governments should …": the bold title names
      // the item that follows it; it is no item of its own.
      if let title = Self.boldTitle(of: block), section == .recommendations || section == .actions || Self.namesNumberedItem(title),
        let cut = text.text.range(of: title)?.upperBound, text.text[cut...].contains(where: \.isLetter),
        Self.namesNumberedItem(title) || classify(text.slice(text.text.startIndex..<cut), state: state) == nil,
        // Outside those sections "**Recommendation 6.** …" keeps its label, which makes the words
        // after it advice.
        section == .recommendations || section == .actions || Self.afterNumberedRecommendation(text.text) == nil
      {
        let rest = text.text[cut...].drop { $0 == " " || $0 == "*" || $0 == "_" }
        text = text.slice(rest.startIndex..<text.text.endIndex)
      }
      // "Not forwarded: J2 proposal that …", "Withdrawn: …": words the meeting set aside.
      if section == .recommendations || section == .actions, Self.labelsReplacedWords(text.text) { return }
      // "Forwarded to the RSC and circulated to all partners:" leads into the lines after it.
      let leadIn = text.text.trimmingBlanks.hasSuffix(":") || text.text.trimmingBlanks.hasSuffix(":)") && Self.leadInSection(block) != nil
      if (section == .recommendations || section == .actions) && !sectionHasList && !leadIn {
        let kind: ItemKind = section == .recommendations ? .recommendation : .action
        // Lines that each open with a number or code ("R1. …" then "R2. …") are items of their own.
        // So are lines that open with a bullet pasted from a word processor ("• …").
        let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
        // So are lines that each open with a box to tick ("☐ TA – alert stats to HM tmrw").
        if lines.count > 1, lines.allSatisfy(Self.opensCodedItem) {
          for line in lines { addSectionItem(kind, text: line, extra: [], headingActors: headingActors, state: &state) }
          return
        }
        // "R1  The customs authorities … should post at least one female" over "officer on every
        // night shift …": coded items wrapped over lines that go on in small letters.
        if let items = Self.wrappedCodedItems(lines, opensItem: Self.opensCodedItem) {
          for item in items.items { addSectionItem(kind, text: item, extra: [], headingActors: headingActors, state: &state) }
          return
        }
        // "Ms Fenn-Osorio added that her government "is looking at" a budget line …", ""Young
        // people are tired of being studied," said …": under a heading of commitments, a
        // paragraph that reports what was said, with no one saying they will do anything, is
        // the account around them.
        if kind == .action, Self.reportsSpeechWithoutUndertaking(text.text) { return }
        // A paragraph is one item, with the sentences that explain it; unless two or more of its
        // sentences are items of their own ("Member States need to … . Donors are urged to …").
        let parts = sentences(of: text)
        let marked = parts.map {
          classify($0, state: state) != nil
            || (kind == .action && (opensOwnedTask($0) || SentenceAnalysis($0.text, rules: rules).reportedOwner() != nil))
        }
        // Dictated lines are each an item of their own, or nothing: none explains the one before.
        if parts.count > 1, SentenceSplitter.split(text.text, lineStarts: text.lineStarts).count == 1,
          Self.unpunctuatedLines(of: text) != nil
        {
          for (part, isMarked) in zip(parts, marked) {
            addSectionItem(kind, text: part, extra: [], headingActors: headingActors, requireOwnerOrDate: kind == .action && !isMarked, state: &state)
          }
          return
        }
        // Two lines, neither ending its sentence, each opening with a capital and each an item
        // of its own: "Mark to upload the recording by tomorrow" / "Amy to send the minutes by
        // Friday" (a sentence wrapped over two lines is not two items).
        if parts.count == 1, let pair = Self.unpunctuatedLines(of: text, least: 2), pair.count == 2,
          pair.allSatisfy({ line in
            line.text.first?.isUppercase == true
              && (classify(line, state: state) != nil || (kind == .action && opensOwnedTask(line)))
          })
        {
          for line in pair { addSectionItem(kind, text: line, extra: [], headingActors: headingActors, state: &state) }
          return
        }
        guard parts.count > 1, marked.filter({ $0 }).count > 1 else {
          addSectionItem(kind, text: text, extra: [], headingActors: headingActors, state: &state)
          return
        }
        // Each marked sentence opens an item; the sentences after it, up to the next, explain it.
        // Sentences before the first marked one are an item only when they name an owner or a
        // date ("The chair closed the meeting and thanked everyone." gives no task).
        let starts = [0] + parts.indices.dropFirst().filter { marked[$0] }
        for (number, first) in starts.enumerated() {
          let end = number + 1 < starts.count ? starts[number + 1] : parts.count
          addSectionItem(
            kind, text: parts[first], extra: Array(parts[(first + 1)..<end]), headingActors: headingActors,
            requireOwnerOrDate: kind == .action && first == 0 && !marked[0], state: &state)
        }
      } else if section == .recommendations || section == .actions {
        // Beside a list, a paragraph introduces it ("Participants urged donors to:", a bold
        // "**Governments**" over the asks to them) or is read for cues like any other ("Donors
        // should also …").
        if text.text.trimmingBlanks.hasSuffix(":") || Self.isBoldLabel(block) {
          // "**UNDP**" or "Hedayah:" over tasks: the one who does those that name no one.
          // "**Translate the statement**" over its checklist: a task's name, not an owner's.
          if section == .actions, let label = Self.ownerLabel(text.text) ?? Self.leadInOwner(text.text, committed: true), label.split(separator: " ").count <= 4,
            rules.catalog.section(forHeading: label) == nil,
            SentenceAnalysis(label, rules: rules).matchesStarting(at: 0, in: [.verb]).isEmpty
          {
            state.introOwner = label
          }
          let analysis = SentenceAnalysis(text.text, rules: rules)
          state.introActors = makeRecommendation(
            text, extra: [], rule: "", strength: 0, headingActors: [], analysis: analysis).actors
          // A label as short as a heading names whom the list addresses: "**To the mayors:**".
          if state.introActors.isEmpty, analysis.tokens.count <= 10 {
            state.introActors = Self.actorsNamed(in: text.text, rules: rules)
          }
          // "**해온시청 (City Hall)**": whom the list addresses, named in the gloss.
          if state.introActors.isEmpty, analysis.tokens.count <= 10 { state.introActors = Self.glossedActors(in: text.text, rules: rules) }
          if let hit = analysis.recommendationCue(), hit.cue.form == .modal, !analysis.isTrap(hit),
            analysis.addressee(for: hit).found, section == .recommendations
          {
            addSectionItem(.recommendation, text: text, extra: [], headingActors: headingActors, state: &state)
          }
        } else if section == .actions {
          // A sentence beside the list is an action when it names an owner or a date ("UNDP
          // will share …"), not when it closes the meeting ("The Chair thanked everyone.").
          for sentence in sentences(of: text) {
            addSectionItem(.action, text: sentence, extra: [], headingActors: [], requireOwnerOrDate: true, state: &state)
          }
        } else {
          // Under Recommendations, advice beside the list is the session's whoever it addresses
          // ("*General:* exchanges between communes should continue").
          let before = state.items.count
          scanSentencesAsDecided(text, section: section, state: &state)
          // So is a paragraph of one sentence that opens with what to do ("Create a regional youth
          // platform."), as it would be without the list.
          let parts = sentences(of: text)
          if state.items.count == before, parts.count == 1, let only = parts.first {
            let analysis = SentenceAnalysis(only.text, rules: rules)
            if !analysis.tokens.isEmpty, analysis.tokens[0].text.first?.isUppercase == true,
              Self.adviceVerbs.contains(analysis.norm(0)) || !analysis.matchesStarting(at: 0, in: [.verb]).isEmpty,
              !only.text.hasSuffix("?")
            {
              addSectionItem(.recommendation, text: only, extra: [], headingActors: headingActors, state: &state)
            } else if let colon = only.text.prefix(48).firstIndex(of: ":"), !only.text.hasSuffix("?"),
              case let actors = Self.actorsNamed(in: String(only.text[..<colon]), rules: rules), !actors.isEmpty,
              only.text[only.text.index(after: colon)...].trimmingBlanks.first?.isLetter == true
            {
              // "Religious leaders: speak out against hate speech." beside the list: advice to those
              // its label names, as it would be in the list.
              addSectionItem(.recommendation, text: only, extra: [], headingActors: actors, state: &state)
            }
          }
        }
      } else if scansSentences(section) {
        if Self.introducesRestatement(text.text) {
          state.skippingList = true
          return
        }
        // "The Ministry will:", "Before the first grant, WTVN undertook to:" over a list: the tasks
        // of the one it names.
        // (The next block read, if a list, takes them; a lead-in is no item of its own.)
        if leadIn, let owner = Self.leadInOwner(text.text, committed: true) ?? Self.commitmentsOwner(text.text) {
          state.introOwner = owner
          state.introTasks = true
          return
        }
        // "Points agreed at session 6, read back and initialled …:" over a list: the meeting's
        // decisions.
        if leadIn, Self.leadsIntoAgreedPoints(text.text) {
          state.introAgreed = true
          return
        }
        // "WHO — WHAT — WHEN" over a list: each item a task, its owner first.
        if let separator = Self.whoWhatWhenHeader(text.text) {
          state.introTasks = true
          state.rowSeparator = separator
          return
        }
        // Minutes per agenda item: "**Agreed:** The Secretariat to revise … / **Owner:** … /
        // **Deadline:** 8 June 2018" is one action, its owner and date as the fields say.
        if Self.isTaskFieldBlock(block) {
          addSectionItem(.action, text: Self.fromTaskField(text), extra: [], headingActors: [], state: &state)
          return
        }
        // "**Owner:** (1) M&E working group; (2) National Youth Council" under a numbered list of
        // tasks: each number's owner and date go to that task.
        if !state.numberedLines.isEmpty, let fields = Self.numberedFields(block), !fields.isEmpty {
          for (number, field) in fields {
            guard let line = state.numberedLines[number],
              let index = state.items.lastIndex(where: { $0.line == line && $0.kind == .action })
            else { continue }
            if let owner = field.owner, !Self.isPlaceholder(owner) {
              state.items[index].owner = owner
              state.items[index].evidence.removeAll { $0.rule == "owner" }
              state.items[index].evidence.append(Evidence(rule: "owner", words: owner))
            }
            if state.items[index].due == nil, let words = field.due, let due = Self.fieldDue(words, state: state) {
              state.items[index].due = due.date.description
              state.items[index].evidence.append(Evidence(rule: "due", words: due.words))
            }
          }
          return
        }
        // A pipe table in the discussion: each cell is read as its own text, not the row's pipes;
        // a table of actions ("Action | Owner | Due") holds actions wherever it stands, unless a
        // status column under a heading of review ("Review of action points from meeting #6")
        // makes it the review of earlier ones.
        if text.text.utf8.contains(UInt8(ascii: "|")), let table = PipeTable(block, escapedPipes: state.escapedPipes) {
          // "| 118.31 | Adopt and implement a national action plan … | Ostrand | S |": a review's
          // matrix of recommendations made to a government; those it supported are the session's
          // to follow up, addressed to it where they name no one else.
          if table.followsUpEarlier {
            scanRemarks(of: table, state: &state)
            return
          }
          if addSupported(table, state: &state) { return }
          // "| OUT-203 | Action | Circulate the summary … | | Mireille Tanaka | 14/11/2036 |": a
          // grid of records whose type column says what each row is.
          if table.typeColumn != nil {
            addTrackerRows(table, otherwise: .action, headingActors: headingActors, state: &state)
            return
          }
          if table.listsActions, !table.roles.contains(.done) || !Self.reviewsEarlierActions(state.sectionWords ?? "") {
            addTableRows(table, kind: .action, headingActors: headingActors, state: &state)
            // "| Suggestion: the Task Force should publish its minutes. | … | ROC: noted | – |": in a
            // log of questions, what the floor asked for and what the panel promised in its answer,
            // where the row's follow-up gives no task of its own.
            for row in table.rows where !table.spokenColumns.isEmpty {
              let followUp = table.cell(.text, in: row)?.text.trimmingCharacters(in: CharacterSet(charactersIn: " -\u{2013}\u{2014}")) ?? ""
              for column in table.spokenColumns where column < row.count && !row[column].isEmpty {
                let before = state.items.count
                scanSentences(row[column], section: section, state: &state)
                // The follow-up column holds the task: what the answer promises is that task again.
                if !followUp.isEmpty, !followUp.lowercased().hasPrefix("none"), !followUp.lowercased().hasPrefix("see ") {
                  state.items.removeSubrange(state.items.indices.dropFirst(before).filter { state.items[$0].kind == .action }.first.map { $0..<state.items.count } ?? state.items.count..<state.items.count)
                }
              }
            }
            return
          }
          // "| NEXT STEPS ↓ | AF read these out: |": a row whose first cell names a section leads
          // the rows after it, each non-empty cell an item of that section.
          var led: SectionID? = nil
          for row in table.rows {
            if let first = row.first, case let label = first.text.trimmingCharacters(in: CharacterSet(charactersIn: "\u{2193}\u{2192}:*_ ")),
              !label.isEmpty, let named = rules.catalog.section(forHeading: label), named == .actions || named == .recommendations
            {
              led = named
              continue
            }
            for cell in row where !cell.isEmpty {
              if let led {
                addSectionItem(led == .actions ? .action : .recommendation, text: cell, extra: [], headingActors: [], state: &state)
              } else {
                scanSentences(cell, section: section, state: &state)
              }
            }
          }
          return
        }
        // "sara.m | 2030-06-11 09:07:10 UTC | #5": a forum post's header names who writes the
        // paragraphs under it, up to the next post.
        if let author = Self.postAuthor(of: text.text) {
          state.postAuthor = author
          return
        }
        // "At the close of the meeting the Committee, by consensus:" over "(a) adopted …;", "(b)
        // requested the Secretariat to …;": each lettered line is what the body decided, read with
        // the body as its subject.
        let breaksLines = block.children.contains(where: { $0.kind == .softBreak })
        // "The Parties jointly recommend that:" over "(a) the Ministry of Local Government extend …;",
        // "(b) donors … fund …": each lettered line is advice to those it opens with.
        if breaksLines, let limbs = Self.recommendedLines(of: block) {
          for limb in limbs {
            addSectionItem(.recommendation, text: limb, extra: [], headingActors: [], state: &state)
          }
          return
        }
        if breaksLines, let (subject, lines) = Self.decidedLines(of: block) {
          for line in lines {
            let body = Self.droppingLetter(line)
            var words = body.text.trimmingBlanks
            for ending in ["; and", ";", ", and"] where words.hasSuffix(ending) {
              words.removeLast(ending.count)
              break
            }
            let said = LocatedText(lines: [InlineText.Line(text: subject + " " + words + ".", location: body.firstLocation)])
            scanSentencesAsDecided(said, section: section, state: &state)
          }
          return
        }
        // A pinned message that names its parts on lines of their own ("*Our asks*" over "1️⃣
        // Dorrek … please hold …", "*Who does what*" over "▫️ Olga: receipts to Amira by Wed"):
        // each marked line under a part's name is an item of that part; the other lines are read
        // as any text is.
        if breaksLines, let parts = labelledLineParts(of: block) {
          let outerOwnerTasks = state.ownerTasksInList
          defer { state.ownerTasksInList = outerOwnerTasks }
          state.ownerTasksInList = false
          for (kind, agreed, line) in parts {
            if agreed {
              scanSentencesAsDecided(line, section: section, state: &state)
            } else if let kind {
              // As in a list, tasks beside owners' tasks may be noun phrases ("Amira: Halvard report by 31/03").
              let before = state.items.count
              addSectionItem(kind, text: line, extra: [], headingActors: [], state: &state)
              if state.items.dropFirst(before).contains(where: { $0.kind == .action && $0.owner != nil }) { state.ownerTasksInList = true }
            } else {
              state.ownerTasksInList = false
              scanSentences(Self.droppingTimestamp(line), section: section, state: &state)
            }
          }
          return
        }
        // "What was promised on the stream tonight:" over "[24:10] Mayor Ilunga: Eastgate hub open
        // till 22:00 … by 1 March.": each line after the lead-in is its speaker's promise.
        if text.text.containsAnyBytes(Self.promiseBytes), let promises = Self.promisedLines(of: block) {
          for line in promises {
            if let (speaker, words) = Self.transcriptTurn(line) ?? Self.labelledPromise(line),
              !words.text.contains(" said "), !words.text.hasSuffix("?"),
              var item = ownedAction(
                words, owner: ["us", "we"].contains(speaker.lowercased()) ? state.postAuthor : speaker,
                cueWords: "promised: \(speaker)", state: state, analysis: SentenceAnalysis(words.text, rules: rules))
            {
              if Self.marksDone(Self.droppingTimestamp(line).text) { item.done = true }
              append(item, section: section, state: &state)
            } else {
              scanSentences(line, section: section, state: &state)
            }
          }
          return
        }
        // A transcript's turns, one per line of a paragraph, are read one by one, each with its
        // speaker and without its label ("[00:33:08] Speaker 5 (UNDP): UNDP will …").
        var turns = [text]
        // "**05:00 GUEST 1 — Grace Hallward …**" over "PN: Grace called on …" and "PN: PROMISED ON
        // AIR: …": a producer's notes, each line under its label a note of its own.
        if block.children.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }),
          text.text.utf8.containsBytes(":".utf8),
          case let lines = InlineText.lines(of: block).map({ LocatedText(lines: [$0]) }).filter({ !$0.isEmpty }), lines.count >= 3,
          let label = Self.repeatedLineLabel(lines)
        {
          turns = lines.map { line in
            guard line.text.hasPrefix(label) else { return line }
            let rest = line.text.dropFirst(label.count).drop { $0 == " " }
            return rest.isEmpty ? line : line.slice(rest.startIndex..<line.text.endIndex)
          }
        } else if text.text.hasPrefix("[") {
          let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
          // "[a] Ravi Kannan — 29 Apr 2037: …", "[b] …": a document's comments, one to a line.
          if lines.count > 1, lines.allSatisfy({ $0.text.range(of: #"^\[[a-z]{1,2}\]\s"#, options: .regularExpression) != nil }) {
            turns = lines
          } else if lines.count > 1, lines.allSatisfy({ Self.transcriptTurn($0) != nil }) {
            turns = lines
          } else if lines.count > 1, Self.isChatMessage(lines[0].text) {
            // A chat's messages, a line each where they hold one, and the lines that go on from
            // one ("which Friday Thandi, this one or next?") with it.
            turns = Self.messages(in: lines) { Self.isChatMessage($0.text) }
          }
        } else if text.text.utf8.first.map({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) == true,
          block.children.contains(where: { $0.kind == .softBreak }),
          case let lines = InlineText.lines(of: block).map({ LocatedText(lines: [$0]) }).filter({ !$0.isEmpty }),
          lines.count > 1, Self.callChatTurn(lines[0]) != nil
        {
          // A video call's chat as the meeting tool saves it ("10:24:02 From Ana Ruiz to Everyone:
          // …"), read the same way.
          turns = Self.messages(in: lines) { Self.callChatTurn($0) != nil }
        } else if let first = text.text.first, first.isLetter || first.isNumber || first == "(", block.children.contains(where: { $0.kind == .softBreak }) {
          // "a) The Government should …" then "b) Municipalities should …", a line each: lettered
          // or numbered points, each read on its own.
          let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
          if lines.count > 1, lines.allSatisfy({ Self.droppingNumber(Self.droppingLetter($0)).text != $0.text }) {
            turns = lines.map { Self.droppingNumber(Self.droppingLetter($0)) }
          }
        }
        // "**Lena Marsh** · 08:40" over the message: a chat export's name and time on a line of
        // their own, the message on the lines after.
        if turns.count == 1, let (speaker, words) = Self.chatHeaderMessage(block) {
          state.speaker = speaker
          let outerAuthor = state.postAuthor
          state.postAuthor = speaker
          scanSentences(words, section: section, state: &state)
          state.postAuthor = outerAuthor
          return
        }
        for turn in turns {
          if let (speaker, words) = Self.callChatTurn(turn) {
            // What a reaction says of another message is no message of its own.
            guard !words.text.hasPrefix("Reacted to ") else { continue }
            state.speaker = speaker
            scanSentences(words, section: section, state: &state)
          } else if let (speaker, words) = Self.transcriptTurn(turn) {
            state.speaker = speaker
            // "[22/11/2035, 08:15:39] Lucía B: …": a chat's message counts its days from the day
            // it was sent, and the lines pasted after it ("- me: send these …") go on with it.
            let sent = Self.chatMessageDate(turn.text, state: state)
            let outerDate = state.sessionDate
            if let sent {
              state.sessionDate = sent
              state.postAuthor = speaker
            }
            scanSentences(words, section: section, state: &state)
            state.sessionDate = outerDate
          } else if let (speaker, words) = Self.undertakingTurn(turn) {
            state.speaker = speaker
            scanSentences(words, section: section, state: &state)
          } else {
            state.speaker = Self.speakerLabel(of: turn.text) ?? state.postAuthor
            scanSentences(turn, section: section, state: &state)
          }
        }
        state.speaker = nil
      } else if section == .speakers, Self.isPanelProse(text) {
        // "## Panel" written up a paragraph per panellist: what they urged and undertook is read
        // as the discussion is; a list of names and roles is not.
        scanSentences(text, section: .discussion, state: &state)
      }
    case .htmlBlock:
      // A table pasted as HTML under Recommendations or Action items: its rows are items.
      if section == .recommendations || section == .actions, let table = PipeTable(html: block) {
        addTableRows(table, kind: section == .recommendations ? .recommendation : .action, headingActors: headingActors, state: &state)
      } else if scansSentences(section), let table = PipeTable(html: block), table.listsActions, !table.roles.contains(.done) {
        addTableRows(table, kind: .action, headingActors: headingActors, state: &state)
      }
    default:
      // Code is code: it holds none of the session's own outcomes.
      break
    }
  }

  /// Words by which an item points back to one given before: "Accident insurance from day one —
  /// see above", "the call, made earlier in the discussion, for States to …".
  static let restatementMarks = [
    "see above", "as noted above", "as mentioned above", "as stated above", "as above", "outlined above",
    "described above", "discussed above", "set out above", "referred to above", "made earlier", "mentioned earlier",
    "noted earlier", "reaffirms its call", "reiterates its call", "as set out in paragraph", "by repeating that",
    "by recalling that", "reiterated that", "reiterating that", "recalled that", "recalling that", "repeated that",
    "as agreed under", "as said in the recommendations", "as agreed earlier", "reiterated her call", "reiterated his call",
    "reiterated their call", "reiterated the call", "reiterated its call", "repeated her call", "repeated his call",
    "repeated their call", "repeated the call", "repeated its call", "as she said at the start", "as he said at the start",
    "as she said earlier", "as he said earlier", "como ella dijo", "como él dijo", "como dijo", "como se dijo",
    "standing line", "standing position", "not something new", "nothing new from today",
  ].map { Array($0.utf8) }

  private static let restatementHints = [
    "above", "earlier", "its call", "in paragraph", "repeat", "reiterat", "recall", "as agreed", "as said", "said at the start",
    "dijo", "standing ", "ing new",
  ]
    .map { Array($0.utf8) }

  /// Whether an item restates one given before it, as its own words say.
  /// A recommendation numbered "R1.", "R2." …, read whole (its code is no sentence of its own).
  func codedRecommendation(_ text: LocatedText) -> ExtractedItem? {
    guard text.text.utf8.first == UInt8(ascii: "R"), let code = Self.recommendationCode(text.text) ?? labelledRecommendationCode(text.text),
      let cue = rules.cues.first(where: { $0.kind == .recommendation && $0.form == .label })
    else { return nil }
    // Whom it addresses is read past its code; the item keeps it ("R4. Allocate …").
    let rest = text.text.dropFirst(code.count).drop { $0 == " " || $0 == "*" || $0 == "_" }
    var item = makeRecommendation(
      text.slice(rest.startIndex..<text.text.endIndex), extra: [], rule: "cue:\(cue.id)", strength: cue.strength, headingActors: [])
    item.text = Self.display(text.text)
    item.location = text.firstLocation
    item.evidence.insert(Evidence(rule: "cue:\(cue.id)", words: code), at: 0)
    return item
  }

  /// Whether a paragraph is the verdict that passes a motion, and no more: "**CARRIED** (card vote
  /// …)", "Carried as amended, on a show of hands.", "Result: ADOPTED unanimously". Not "LOST",
  /// "REMITTED", "NOT CARRIED", "Carried over to the next meeting", nor "AGREED: Ministries of
  /// health should …", a decision of its own.
  static func isCarriedVerdict(_ text: String) -> Bool {
    var body = text.trimmingBlanks
    if let open = body.firstIndex(of: "(") { body = String(body[..<open]) }
    guard body.utf8.count <= 80, !body.contains(":") || body.lowercased().hasPrefix("result:") || body.lowercased().hasPrefix("decision:")
    else { return false }
    var words = body.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
    if let first = words.first, ["result", "decision", "outcome", "verdict", "vote"].contains(first) { words.removeFirst() }
    guard let verdict = words.first, ["carried", "adopted", "passed", "approved", "agreed"].contains(verdict), words.count <= 8 else { return false }
    return words.count < 2 || !["over", "forward", "to", "that", "on"].contains(words[1])
  }

  /// A resolution the meeting passed that asks someone to act, by its title: "Proposed Barangay
  /// Resolution No. 27 — “A Resolution Requesting the Honorable Municipal Mayor to Create a
  /// Prevention Desk.” … APPROVED unanimously", "The council adopted a resolution urging the
  /// provincial government to fund …". Advice to whom it asks, its words the title's; a
  /// resolution lost, withdrawn or only proposed is none.
  func approvedResolution(_ text: LocatedText) -> ExtractedItem? {
    let words = text.text
    // Most paragraphs name no resolution, as their bytes tell.
    guard words.utf8.containsBytes("esolution ".utf8) || words.utf8.containsBytes("ESOLUTION ".utf8), words.utf8.count <= 4_000
    else { return nil }
    let lowered = words.lowercased()
    let passed = ["approved", "adopted", "passed", "carried"].contains { lowered.contains($0) }
    let fell = ["lost", "defeated", "withdrawn", "rejected", "deferred", "not approved", "not adopted", "not carried"]
      .contains { lowered.range(of: "\\b\($0)\\b", options: .regularExpression) != nil }
    guard passed, !fell else { return nil }
    // "Requesting", "Urging", "Calling on": how it asks, after "Resolution" and any number it has
    // ("Resolution No. 27, s. 2027 requesting …").
    let forms = ["requesting ", "urging ", "calling on ", "calling upon ", "enjoining ", "asking ", "encouraging ", "inviting ",
      "recommending to ", "directing "]
    var found: (named: Range<String.Index>, form: String, asked: Substring)?
    var from = words.startIndex
    while found == nil, let named = words.range(of: "resolution ", options: .caseInsensitive, range: from..<words.endIndex) {
      from = named.upperBound
      var after = words[named.upperBound...]
      if let number = after.range(of: #"^(?:no\.?\s*)?\d+[\w/.-]*,?(?:\s*s\.\s*\d{4},?)?\s+"#, options: [.regularExpression, .caseInsensitive]) {
        after = after[number.upperBound...]
      }
      if let form = forms.first(where: { after.prefix(16).lowercased().hasPrefix($0) }) {
        found = (named, form, after.dropFirst(form.count))
      }
    }
    guard let (named, form, asked) = found else { return nil }
    guard let to = asked.prefix(120).range(of: " to ", options: .caseInsensitive) ?? asked.prefix(120).range(of: " that ", options: .caseInsensitive),
      let cue = rules.cues.first(where: { $0.id == "urged" })
    else { return nil }
    var addressee = String(asked[..<to.lowerBound])
    for title in ["the Honorable ", "the Honourable ", "the Hon. "] where addressee.hasPrefix(title) {
      addressee = "the " + addressee.dropFirst(title.count)
    }
    // The title in quotation marks is the item's words; otherwise the whole sentence.
    var start = words.startIndex
    var end = words.endIndex
    if let open = words[..<named.lowerBound].lastIndex(where: { $0 == "\"" || $0 == "\u{201C}" }),
      let close = words[named.upperBound...].firstIndex(where: { $0 == "\"" || $0 == "\u{201D}" })
    {
      start = words.index(after: open)
      end = close
    }
    let asks = Self.actorsNamed(in: addressee, rules: rules)
    var item = makeRecommendation(text.slice(start..<end), extra: [], rule: "cue:\(cue.id)", strength: cue.strength, headingActors: asks)
    if item.actors.isEmpty { item.actors = asks }
    item.location = text.firstLocation
    item.evidence.insert(Evidence(rule: "cue:\(cue.id)", words: String(words[named.lowerBound..<named.upperBound]) + form), at: 0)
    return item
  }

  /// Whether a task says in so many words that no one owns it yet: "— owner TBD (@lena or
  /// @kofi?)", "no owner yet"; the names it wonders about own nothing.
  static func saysNoOwnerYet(_ text: String) -> Bool {
    // Most tasks speak of no owner at all, as their bytes tell.
    guard text.utf8.containsBytes("wner".utf8) || text.utf8.containsBytes("WNER".utf8) else { return false }
    let lowered = text.lowercased()
    return ["owner tbd", "owner tbc", "owner tba", "owner unknown", "owner unclear", "owner to be confirmed", "owner to be decided",
      "owner to be found", "owner not yet", "owner still open", "no owner"].contains { lowered.contains($0) }
  }

  /// Whether the date `words` give is when something starts, not when it is due: "from next
  /// Monday", "starting 1 March", "as of January".
  static func isStartDate(_ words: String, in text: String) -> Bool {
    let lowered = words.lowercased()
    let starts = ["from ", "starting ", "as of ", "beginning ", "as from ", "effective "]
    if starts.contains(where: lowered.hasPrefix) { return true }
    guard let range = text.range(of: words, options: .caseInsensitive) else { return false }
    let before = text[..<range.lowerBound].lowercased()
    return starts.contains { before.hasSuffix($0) }
  }

  /// Whether a text may give a due date: a digit, or a word dates are written with.
  static func mayGiveDate(_ text: String) -> Bool {
    text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) || text.containsAnyBytesIgnoringCase(dateWordBytes)
  }

  static let dateWordBytes = [
    "within", "by end", "end of", "next ", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "week",
    "month", "quarter", "eod", "cob", "fortnight",
  ].map { Array($0.utf8) }

  /// Whether an issue tracker's line is tagged as a task: "#118 ~task — Draft …".
  static func isTaggedTask(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "~")) else { return false }
    return ["~task", "~action", "~todo", "~to-do", "~action-item"].contains { tag in
      guard let found = text.range(of: tag, options: .caseInsensitive) else { return false }
      return (found.lowerBound == text.startIndex || text[text.index(before: found.lowerBound)] == " ")
        && (found.upperBound == text.endIndex || !(text[found.upperBound].isLetter || text[found.upperBound] == "-"))
    }
  }

  /// The code that numbers a recommendation written in the imperative: "R4." in "R4. Allocate at
  /// least 15 per cent …", "R12:"; not a reviewer's or a room's code ("R3 thinks …", "R1: the
  /// applicant should have …").
  static func recommendationCode(_ text: String) -> String? {
    let digits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
    guard (1...2).contains(digits.count) else { return nil }
    let after = text.dropFirst(1 + digits.count)
    guard let mark = after.first, mark == "." || mark == ":" || mark == ")", after.dropFirst().first == " " else { return nil }
    let rest = after.dropFirst(2).drop { $0 == " " || $0 == "*" || $0 == "_" }
    guard let word = rest.split(separator: " ", maxSplits: 1).first, word.first?.isUppercase == true,
      policyImperatives.contains(word.lowercased())
    else { return nil }
    return String(text.prefix(2 + digits.count))
  }

  /// The label of a recommendation numbered as a report numbers them, "Rec 1.2.1",
  /// "Recommendation 4:", "REC-3.", before advice whoever it is for ("Rec 1.2.1 National Situation
  /// Rooms should log …", "Rec 2 Publish the plan"); `nil` for any other text.
  func labelledRecommendationCode(_ text: String) -> String? {
    guard let match = Self.recommendationLabelPattern.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)),
      let range = Range(match.range, in: text)
    else { return nil }
    let rest = text[range.upperBound...].drop { $0 == " " || $0 == "*" || $0 == "_" }
    guard let word = rest.split(separator: " ", maxSplits: 1).first, word.first?.isUppercase == true else { return nil }
    guard Self.policyImperatives.contains(word.lowercased()) || SentenceAnalysis(String(rest), rules: rules).recommendationCue() != nil
    else { return nil }
    return String(text[range]).trimmingCharacters(in: CharacterSet(charactersIn: " *_"))
  }

  private static let recommendationLabelPattern = NSRegularExpression.builtIn(
    "recommendation label", #"^(?:Rec\.?|REC|Recommendation)[\s-]*\d{1,2}(?:\.\d{1,2}){0,3}[.:)]?[*_]*\s+"#, options: [])

  /// Verbs that open a recommendation asked in the imperative.
  static let policyImperatives: Set<String> = [
    "amend", "repeal", "adopt", "allocate", "make", "lower", "raise", "extend", "accept", "ratify", "establish", "ensure", "guarantee",
    "review", "revise", "publish", "fund", "include", "involve", "consult", "train", "protect", "remove", "abolish", "end", "stop",
    "create", "develop", "strengthen", "increase", "reduce", "provide", "invest", "recognise", "recognize", "release", "investigate",
    "introduce", "implement", "decriminalise", "decriminalize", "withdraw", "align", "set", "support", "engage", "reform", "open",
  ]

  /// The words of a statement in quotation marks that the verdict after it adopts: "→ consensus",
  /// "– agreed", "(adopted)"; not "no consensus", "consensus against", "dropped", "back to R3".
  static func adoptedStatement(_ text: String) -> Range<String.Index>? {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == 0xE2 }) else { return nil }
    let start = text.drop { $0.isLetter && $0.isUppercase || $0.isNumber || " *_.:".contains($0) }
    guard let first = start.first, first == "\"" || first == "\u{201C}" else { return nil }
    let closing: Character = first == "\"" ? "\"" : "\u{201D}"
    let open = start.startIndex
    guard let close = text[text.index(after: open)...].firstIndex(of: closing) else { return nil }
    let verdict = text[text.index(after: close)...].lowercased()
    guard ["consensus", "agreed", "adopted", "endorsed", "approved", "carried", "retained"].contains(where: verdict.contains),
      !["no consensus", "against", "not ", "dropped", "rejected", "back to", "lost", "failed"].contains(where: verdict.contains)
    else { return nil }
    return text.index(after: open)..<close
  }

  /// Whether a text is a statement in quotation marks followed by its scores, as a scorecard or a
  /// survey gives them: "\"Police should inform parents within 24 hours\" – C 1.9 / P 3.0".
  static func isRatedStatement(_ text: String) -> Bool {
    guard let first = text.first, first == "\"" || first == "\u{201C}" else { return false }
    let closing: Character = first == "\"" ? "\"" : "\u{201D}"
    guard let close = text.dropFirst().firstIndex(of: closing) else { return false }
    let tail = text[text.index(after: close)...]
    guard tail.contains(where: \.isNumber) else { return false }
    // Scores, percentages and votes, with no words of a sentence among them.
    return !tail.split(whereSeparator: { !$0.isLetter }).contains { $0.count >= 3 && $0.contains(where: \.isLowercase) }
  }

  /// Labels of the steps a proposal goes through in a meeting ("Driver (Aysel): …", "Reactions:
  /// …", "Consent round: no objections", "Objection (Tamar, paramount): …").
  static let processLabels: Set<String> = [
    "driver", "clarifying", "clarifying questions", "clarification", "clarifications", "reactions", "reaction", "objection",
    "objections", "concern", "concerns", "concern logged", "consent round", "check-in", "check-in round", "round", "question",
    "questions", "comment", "comments", "response", "responses", "rationale", "vote", "voting", "votes", "tally",
  ]

  /// Verdicts a meeting writes on a proposal, alone on their line: "→ CONSENTED · review at #18",
  /// "NOT CONSENTED", "CARRIED (v2)".
  static let verdictWords: Set<String> = [
    "consented", "not consented", "carried", "lost", "adopted", "not adopted", "agreed", "not agreed", "rejected", "approved",
    "not approved", "endorsed", "not endorsed", "withdrawn", "deferred", "passed", "failed",
  ]

  /// Whether an item only records a step a proposal went through or the verdict on it, with no
  /// advice of its own: "Consent round: no objections.", "→ CONSENTED · review at #18".
  func isProcessLine(_ text: String) -> Bool {
    let stripped = text.drop { "→->*_ ".contains($0) }
    guard let first = stripped.first, first.isLetter else { return false }
    // A verdict alone, with a remark after a dot or a bracket.
    let head = stripped.prefix { $0 != "\u{00B7}" && $0 != "(" && $0 != "." && $0 != ":" && $0 != "\u{2013}" }
      .trimmingCharacters(in: CharacterSet(charactersIn: " *_")).lowercased()
    // ("AGREED: Donors should …" is what was agreed, not a verdict alone.)
    let afterHead = stripped.dropFirst(head.count).drop { $0 == " " || $0 == "*" || $0 == "_" }
    if Self.verdictWords.contains(head), stripped.prefix(head.count).allSatisfy({ !$0.isLetter || $0.isUppercase }),
      afterHead.first != ":"
    {
      return true
    }
    // A step's label, with the one who spoke in brackets.
    guard let colon = stripped.prefix(48).firstIndex(of: ":") else { return false }
    var label = stripped[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " *_")).lowercased()
    if let open = label.firstIndex(of: "(") { label = label[..<open].trimmingCharacters(in: .whitespaces) }
    // "Consent round on v2: …": the step's name and what it was on.
    return Self.processLabels.contains(label) || Self.processLabels.contains { label.hasPrefix($0 + " on ") }
  }

  /// The version a proposal's label gives it: "Proposal text (v2): …" → 2.
  static func proposalVersion(_ text: String) -> Int? {
    guard let open = text.prefix(40).range(of: "(v"), let close = text[open.upperBound...].prefix(3).firstIndex(of: ")") else {
      return nil
    }
    return Int(text[open.upperBound..<close])
  }

  /// Whether an item is a verdict that turns a proposal down: "→ NOT CONSENTED · back to the
  /// driver", "REJECTED", "NOT ADOPTED".
  static func isNegativeVerdict(_ text: String) -> Bool {
    let stripped = text.drop { "→->*_ ".contains($0) }
    guard let first = stripped.first, first == "N" || first == "R" || first == "L" || first == "F" else { return false }
    let head = stripped.prefix(16).uppercased()
    return ["NOT CONSENTED", "REJECTED", "NOT ADOPTED", "NOT AGREED", "NOT APPROVED", "NOT ENDORSED", "LOST", "FAILED"]
      .contains { head.hasPrefix($0) && stripped.hasPrefix($0) }
  }

  static func isRestatement(_ text: String) -> Bool {
    // Most texts hold neither word: no lower-casing for them.
    guard text.containsAnyBytes(restatementHints) else { return false }
    let lowered = text.lowercasedASCIIBytes ?? Array(text.lowercased().utf8)
    return restatementMarks.contains { lowered.containsBytes($0) }
  }

  /// The actors a heading names after its section's words: "Asks of government" → governments.
  /// The actors a paragraph wholly in bold names after "To" or "For" ("**To donors, the Bank
  /// included**"), where it stands alone as a heading would; `nil` for any other paragraph.
  static func boldAddressees(_ block: MarkdownNode, rules: TaggingRules) -> [String]? {
    // "*To the organisers (MCA)*": in italics as well as in bold.
    guard block.kind == .paragraph, let strong = block.children.first, strong.kind == .strong || strong.kind == .emphasis else { return nil }
    // "**Als mitjans i a les comunitats religioses** (no previst a l'ordre del dia)": a remark in
    // brackets after the bold words.
    if block.children.count > 1 {
      let rest = block.children.dropFirst().map(\.plainText).joined().trimmingBlanks
      guard block.children.count == 2, rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
    }
    let text = strong.plainText.trimmingCharacters(in: CharacterSet(charactersIn: ":*_ \n"))
    // "**To the Ambersea Council of Ministers**", and so in other languages: "**A la Generalitat de
    // Marenya**", "**Al Ministeri de l'Interior**", "**Aux autorités locales**", "**Alla Giunta**".
    let lowered = text.lowercased()
    guard text.utf8.count <= 120, !text.hasSuffix("."),
      ["to ", "for ", "a la ", "a les ", "a l'", "al ", "als ", "aux ", "à la ", "à l'", "au ", "alla ", "alle ", "ai ", "agli ", "para ", "pour "]
        .contains(where: lowered.hasPrefix)
    else { return nil }
    // "**To reach young people, donors should fund radio.**" is advice in bold, not a heading.
    let analysis = SentenceAnalysis(text, rules: rules)
    guard analysis.recommendationCue() == nil, analysis.tokens.count > 1, analysis.matchesStarting(at: 1, in: [.verb]).isEmpty
    else { return nil }
    // "**To the committees we sit on**": a heading all the same, naming no actor the rules know.
    return actorsNamed(in: text, rules: rules)
  }

  /// The actors a label in another language names in the gloss that closes it: "해온경찰서
  /// (Police)" → governments.
  static func glossedActors(in label: String, rules: TaggingRules) -> [String] {
    let trimmed = label.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_: "))
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex,
      trimmed[..<open].unicodeScalars.contains(where: SentenceAnalysis.isLetterOfAnotherScript)
    else { return [] }
    return actorsNamed(in: String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]), rules: rules)
  }

  static func actorsNamed(in heading: String, rules: TaggingRules) -> [String] {
    // A remark in brackets names whom the items address only where it says so first: "(for
    // donors)", not "(pinned for the 12 Feb donor roundtable)".
    if heading.hasSuffix(")"), let open = heading.lastIndex(of: "("), open > heading.startIndex {
      let inside = heading[heading.index(after: open)..<heading.index(before: heading.endIndex)].trimmingBlanks
      let outside = actorsNamed(in: String(heading[..<open]), rules: rules)
      guard let first = inside.split(separator: " ").first, ["to", "for"].contains(first.lowercased()) else { return outside }
      let named = SentenceAnalysis(String(inside.dropFirst(first.count)).trimmingBlanks, rules: rules)
        .leadingChain(from: 0, limit: Int.max).actors
      return outside + named.filter { !outside.contains($0) }
    }
    let analysis = SentenceAnalysis(heading, rules: rules)
    var actors: [String] = []
    for match in analysis.matches where match.payload.category == .actor && !analysis.isModifier(match) {
      if !actors.contains(match.payload.id) { actors.append(match.payload.id) }
    }
    return actors
  }

  /// Whether a paragraph is an e-mail's signature: its first line is the "-- " that sets one off.
  static func isSignature(_ block: MarkdownNode) -> Bool {
    // "*Signed off by Hana Okello, Deputy Secretary, 04/25/2030.*"
    if block.children.count <= 2, let opening = InlineText.lines(of: block).first?.text.trimmingBlanks,
      ["Signed off by ", "Signed by ", "Approved by ", "Minutes taken by ", "Recorded by ", "Prepared by "].contains(where: opening.hasPrefix),
      opening.utf8.count <= 120
    {
      return true
    }
    guard let first = block.children.first, first.kind == .text, first.literal.hasPrefix("--") else { return false }
    return InlineText.lines(of: block).first?.text.trimmingBlanks == "--"
  }

  /// The task a line of pictograph fields gives, its owner and when: "⚠ 1. No single way in. ✎ The
  /// hub publishes one number … 👤 Leena Sandvik ⏱ by 1 March." The task is the fix, the words
  /// after "✎" up to the owner's "👤"; `nil` without both.
  static func pictographTask(_ text: String) -> (task: Range<String.Index>, owner: String, when: String?)? {
    guard text.utf8.contains(0xF0), let ownerMark = text.range(of: "\u{1F464}") else { return nil }
    // (A line of fields set apart by middle dots, "🗓 Fri · prototype · 👤 Omar", is a card's, read as such.)
    guard let fix = ["\u{270E}", "\u{270F}"].compactMap({ text.range(of: $0) }).first(where: { $0.upperBound < ownerMark.lowerBound }) else {
      return nil
    }
    let start = fix.upperBound
    let task = text[start..<ownerMark.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " \u{FE0F}·|"))
    guard task.split(separator: " ").count >= 2, let taskRange = text[start..<ownerMark.lowerBound].range(of: task) else { return nil }
    let afterOwner = text[ownerMark.upperBound...]
    let whenMark = ["\u{23F1}", "\u{1F4C5}", "\u{23F0}", "\u{1F5D3}", "\u{1F4C6}"].compactMap { afterOwner.range(of: $0) }
      .min { $0.lowerBound < $1.lowerBound }
    let owner = (whenMark.map { afterOwner[..<$0.lowerBound] } ?? afterOwner).trimmingCharacters(in: CharacterSet(charactersIn: " .;,*_\u{FE0F}·|"))
    let when = whenMark.map { afterOwner[$0.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .;*_\u{FE0F}·|")) }
    guard !owner.isEmpty, owner.split(separator: " ").count <= 8 else { return nil }
    return (taskRange, owner, when)
  }

  /// Whether a line says who did what with a done mark before the name: "✓ NK: called the
  /// centre's manager Sun am", "✔ Halden Foundation: grant letter signed".
  static func isDoneOwnerLine(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, doneMarks.contains(first) else { return false }
    let rest = text.unicodeScalars.dropFirst().drop { $0 == "\u{FE0F}" || $0 == " " }
    let words = String(rest)
    guard let colon = words.prefix(40).firstIndex(of: ":") else { return false }
    let label = words[..<colon].trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_"))
    guard let owner = colonOwner(label), !labelsNotNames(owner),
      // "✓ Strong turnout: 300 came" is a topic, not a name.
      owner.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["+", "&", "and", "/"].contains($0) })
    else { return false }
    return words[words.index(after: colon)...].split(separator: " ").count >= 2
  }

  /// The paragraphs of a quotation that are live captions' turns (">> MAYOR: One. …"): each opens
  /// with a speaker's label in capitals and a colon; `nil` for any other quotation.
  static func captionTurns(_ block: MarkdownNode) -> [MarkdownNode]? {
    var inner = block
    while inner.kind == .blockQuote, inner.children.count == 1, let only = inner.children.first, only.kind == .blockQuote { inner = only }
    let paragraphs = inner.children
    guard !paragraphs.isEmpty, paragraphs.allSatisfy({ paragraph in
      guard paragraph.kind == .paragraph, let first = paragraph.children.first, first.kind == .text,
        let colon = first.literal.prefix(24).firstIndex(of: ":")
      else { return false }
      let label = first.literal[..<colon]
      return label.count >= 3 && label.contains(where: \.isLetter) && label.allSatisfy { $0.isUppercase || $0 == " " || $0 == "." || $0 == "-" }
    }) else { return nil }
    return paragraphs
  }

  /// "Rumour control." over "→ PR: post on city socials, 12:00 today" and "→ JB + PR: 1-pager
  /// for councillors, tmrw", lines of one paragraph: a line an arrow opens with a name before a
  /// colon is a task of its own, as it would be in a paragraph of such lines alone; the lines
  /// before the first of them are read as they stand, and a line that continues one stays with it.
  /// `nil` unless such a line follows another line, not a lead-in ending in a colon; a verdict
  /// ("→ CONSENTED · …") is no task line.
  func arrowedTaskLines(of block: MarkdownNode) -> (head: MarkdownNode, tasks: MarkdownNode)? {
    guard block.kind == .paragraph, block.children.contains(where: { $0.kind == .softBreak }) else { return nil }
    let lines = Self.inlineLines(of: block)
    func arrow(_ line: [MarkdownNode]) -> (String, Substring)? {
      guard let first = line.first, first.kind == .text else { return nil }
      let text = first.literal.drop { $0 == " " || $0 == "\t" }
      return Self.taskArrows.first(where: { text.hasPrefix($0 + " ") }).map { ($0, text) }
    }
    func opensTask(_ line: [MarkdownNode]) -> Bool {
      guard let (arrow, text) = arrow(line) else { return false }
      let rest = text.dropFirst(arrow.count + 1)
      guard let colon = rest.prefix(40).firstIndex(of: ":"), !isProcessLine(String(rest)) else { return false }
      let label = rest[..<colon].trimmingBlanks
      return label.allSatisfy({ $0 == "?" }) || Self.ownerLabel(label) != nil
    }
    // ("→ Municipalities to publish …" then "→ Local media: report …": arrowed lines of one kind.)
    guard let first = lines.indices.dropFirst().first(where: { opensTask(lines[$0]) }), arrow(lines[first - 1]) == nil else { return nil }
    let head = Self.paragraph(joining: lines[..<first], range: block.range)
    let tasks = Self.paragraph(joining: lines[first...], range: lines[first].first?.range ?? block.range)
    // "The panel's asks (1 of 2):" over "→ Govts: transfer …": a lead-in says what its lines are.
    guard !head.children.isEmpty, !tasks.children.isEmpty, InlineText.lines(of: head).last?.text.trimmingBlanks.hasSuffix(":") == false
    else { return nil }
    return (head, tasks)
  }

  /// A list without the lines that close the motion its last item ends ("CARRIED 8–1",
  /// "Officer to action: …"), and those lines as a paragraph of their own; the list as it is, and
  /// `nil`, when its last item ends otherwise.
  static func splittingMotionClosing(_ list: MarkdownNode) -> (MarkdownNode, MarkdownNode?) {
    guard var item = list.children.last, let index = item.children.indices.last, item.children[index].kind == .paragraph else {
      return (list, nil)
    }
    let lines = inlineLines(of: item.children[index])
    // A verdict and a few fields at most: the lines are tried from the last one back.
    guard let first = lines.indices.dropFirst().reversed().prefix(6).last(where: { start in
      MotionRecord(LocatedText(block: paragraph(joining: lines[start...], range: nil)), closing: true) != nil
    })
    else { return (list, nil) }
    item.children[index] = paragraph(joining: lines[..<first], range: item.children[index].range)
    var shortened = list
    shortened.children[shortened.children.count - 1] = item
    return (shortened, paragraph(joining: lines[first...], range: lines[first].first?.range))
  }

  /// A list without the lines of a chat's messages its items hold from their second line on
  /// ("[21/11/2035, 15:47:55] Karim H: …", as a chat's export pastes them under a list), and
  /// those lines, a paragraph for each item they were cut from.
  static func splittingChatMessages(_ list: MarkdownNode) -> (MarkdownNode, [MarkdownNode]) {
    // Most lists hold no message: a chat's stamp opens a line with a bracket or a digit, which the
    // nodes after each item's line breaks tell without reading its text.
    func mayHoldMessage(_ item: MarkdownNode) -> Bool {
      guard let paragraph = item.children.last, paragraph.kind == .paragraph else { return false }
      return zip(paragraph.children, paragraph.children.dropFirst()).contains { node, next in
        node.kind == .softBreak && next.kind == .text
          && next.literal.utf8.first.map { $0 == UInt8(ascii: "[") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } == true
      }
    }
    guard list.children.contains(where: mayHoldMessage) else { return (list, []) }
    var shortened = list
    var messages: [MarkdownNode] = []
    for (number, item) in list.children.enumerated() {
      guard let index = item.children.indices.last, item.children[index].kind == .paragraph,
        item.children[index].children.contains(where: { $0.kind == .softBreak })
      else { continue }
      let lines = inlineLines(of: item.children[index])
      guard let cut = lines.indices.dropFirst().first(where: { line in
        let text = paragraph(joining: [lines[line]], range: nil).plainText
        return isChatMessage(text)
      })
      else { continue }
      shortened.children[number].children[index] = paragraph(joining: lines[..<cut], range: item.children[index].range)
      messages.append(paragraph(joining: lines[cut...], range: lines[cut].first?.range))
    }
    return (shortened, messages)
  }

  /// Whether a line is a chat's exported message: its stamp, who sent it, a colon ("[21/11/2035,
  /// 14:52:10] Thandi M: …", "21/11/2035, 14:52 - Thandi M: …").
  static func isChatMessage(_ line: String) -> Bool {
    chatStamp(line) != nil
  }

  /// A chat message's sender and words, as a chat export writes one line: "[21/11/2035, 14:52]
  /// Thandi M: …", or KakaoTalk's "[Daniel Oh] [오후 1:52] …" (its sender, then the time).
  static func chatLineTurn(_ line: LocatedText) -> (speaker: String, words: LocatedText)? {
    if isChatMessage(line.text) { return transcriptTurn(line) }
    let range = NSRange(line.text.startIndex..<line.text.endIndex, in: line.text)
    guard line.text.utf8.first == UInt8(ascii: "["), let match = kakaoLinePattern.firstMatch(in: line.text, range: range),
      let sender = Range(match.range(at: 1), in: line.text), let whole = Range(match.range, in: line.text), whole.upperBound < line.text.endIndex
    else { return nil }
    return (String(line.text[sender]).trimmingBlanks, line.slice(whole.upperBound..<line.text.endIndex))
  }
  private static let kakaoLinePattern = NSRegularExpression.builtIn(
    "kakao message", #"^\[([^\[\]]{1,40})\]\s+\[(?:오전|오후|AM|PM)\s?\d{1,2}:\d{2}\]\s+"#, options: [])

  /// Whether a line is a record's links or a mail's header, not an item: "Linked records: Speakers
  /// (4) · Recommendations (3)", "Anselm Quayle <a.quayle@tidewater.example> Tue, 10 Mar 2037 at
  /// 18:31", "To: Tomas Lindgren <…>", "[Quoted text hidden]".
  /// "👍 ❤️ 23 · 9 comments · Seen by 41", "Like · Reply · 2h": counts and buttons a social
  /// network's post and comments show.
  static func isSocialCountsLine(_ text: String) -> Bool {
    guard text.utf8.count <= 160, text.utf8.containsBytes(" \u{00B7} ".utf8) else { return false }
    let line = text.trimmingBlanks
    if commentButtons.contains(where: line.hasPrefix) { return true }
    let parts = line.components(separatedBy: " \u{00B7} ").map { $0.trimmingBlanks.lowercased() }
    return parts.count >= 2 && parts.allSatisfy { part in
      part.allSatisfy { !$0.isLetter }
        || ["comment", "comments", "share", "shares", "like", "likes", "reaction", "reactions", "view", "views", "repost", "reposts"]
          .contains(where: { part.hasSuffix(" " + $0) })
        || part.hasPrefix("seen by ")
    }
  }

  /// Whether the next line with words after `line` is a comment's buttons ("Like · Reply · 2h").
  private func socialFooterFollows(line: Int, state: inout State) -> Bool {
    // Whether the notes hold a comment's buttons at all, looked for once per note, not per paragraph.
    if state.holdsCommentButtons == nil {
      state.holdsCommentButtons = state.notes.utf8.containsBytes("Like \u{00B7} ".utf8) || state.notes.utf8.containsBytes("Reply \u{00B7} ".utf8)
    }
    guard state.holdsCommentButtons == true else { return false }
    if state.noteLines == nil { state.noteLines = state.notes.split(separator: "\n", omittingEmptySubsequences: false) }
    guard let lines = state.noteLines, line < lines.count,
      let next = lines[line...].prefix(3).first(where: { !$0.trimmingBlanks.isEmpty })
    else { return false }
    return Self.commentButtons.contains(where: next.trimmingBlanks.hasPrefix)
  }

  /// How a social network's comment's buttons line opens.
  static let commentButtons = ["Like \u{00B7} Reply", "Like \u{00B7} Comment", "Reply \u{00B7} Share"]

  static func isRecordOrMailLine(_ text: String) -> Bool {
    // Most paragraphs hold no address, no record's links and no mark of quoted text.
    guard text.utf8.contains(UInt8(ascii: "@")) || text.utf8.containsBytes("Linked rec".utf8) || text.utf8.containsBytes("Related rec".utf8)
      || text.utf8.containsBytes("uoted text".utf8) || text.utf8.containsBytes("essage clipped".utf8)
    else { return false }
    let line = text.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    guard line.utf8.count <= 300 else { return false }
    if ["[Quoted text hidden]", "[Message clipped]", "Quoted text hidden"].contains(line) { return true }
    if ["Linked records:", "Linked record:", "Related records:"].contains(where: line.hasPrefix) { return true }
    // A header: a name and an address in angle brackets, then a date, or the fields of one.
    // (The address may be a link already, its angle brackets gone.)
    guard line.utf8.contains(UInt8(ascii: "@")),
      line.range(of: #"^(?:(?:From|To|Cc|Bcc|Reply-To):\s*)?[^<>@\n]{1,60}\s<?[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+>?(?:\s|$)"#, options: .regularExpression) != nil
    else { return false }
    let fields = ["From:", "To:", "Cc:", "Bcc:", "Reply-To:"].contains(where: line.hasPrefix)
    return fields || line.range(of: #"@[^<>@\s]+>?\s+(?:\p{L}{3},\s+)?\d{1,2}\s+\p{L}{3}\s+\d{4}"#, options: .regularExpression) != nil
  }

  /// The day written in a chat message's stamp ("21/11/2035" of "[21/11/2035, 14:52:10] Thandi
  /// M: …"); `nil` for a line that opens with no stamp, a sender and a colon.
  static func chatStamp(_ line: String) -> Substring? {
    guard let first = line.utf8.first, first == UInt8(ascii: "[") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return nil }
    let range = NSRange(line.startIndex..<line.endIndex, in: line)
    guard let match = chatMessagePattern.firstMatch(in: line, range: range), let day = Range(match.range(at: 1), in: line) else { return nil }
    return line[day]
  }
  private static let chatMessagePattern = NSRegularExpression.builtIn(
    "chat message",
    #"^\[?(\d{1,2}[./]\d{1,2}[./]\d{2,4}),?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s+(?:-\s+)?[^:]{1,40}:"#, options: [])

  /// Bytes a commitment's lead field cannot do without: most paragraphs hold none.
  static let leadFieldBytes = ["ead implementing", "ead agency", "ead institution", "ead ministry", "mplementing agency", "ead organi", "ead partner"]
    .map { Array($0.utf8) }

  /// The agency a line of a commitment's fields names as its lead ("**Lead implementing agency:**
  /// Ministry of Local Government (MLG), with the Association of Municipalities" → "MLG"): its
  /// short name in brackets where it has one, those it works with aside.
  static func leadAgencyField(_ block: MarkdownNode) -> String? {
    for line in InlineText.lines(of: block) {
      let text = line.text.trimmingBlanks.drop { $0 == "*" || $0 == "_" }
      guard let colon = text.prefix(40).firstIndex(of: ":") else { continue }
      let label = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()
      guard ["lead implementing agency", "lead agency", "lead institution", "lead ministry", "implementing agency", "lead organisation",
        "lead organization", "lead partner"].contains(label)
      else { continue }
      var value = text[text.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
      if let with = value.range(of: ", with ") ?? value.range(of: " with the ") { value = String(value[..<with.lowerBound]) }
      if value.hasSuffix(")"), let open = value.lastIndex(of: "(") {
        let short = value[value.index(after: open)..<value.index(before: value.endIndex)]
        if (2...12).contains(short.count), short.first?.isUppercase == true, !short.contains(" ") { return String(short) }
      }
      let owner = value.trimmingBlanks
      return owner.isEmpty || isPlaceholder(owner) ? nil : owner
    }
    return nil
  }

  /// A list without the label typed on the line after it ("WHO DOES WHAT", "Next steps:"), which
  /// CommonMark keeps in its last item, the label, and the section it names; `nil` where the last
  /// item ends otherwise.
  func splittingTrailingLabel(_ list: MarkdownNode) -> (MarkdownNode, String, SectionID)? {
    guard var item = list.children.last, let index = item.children.indices.last, item.children[index].kind == .paragraph,
      // Most lists end in an item of one line, and a label is a line of few nodes: the last
      // item's nodes tell before any text is read.
      let lastBreak = item.children[index].children.lastIndex(where: { $0.kind == .softBreak }),
      item.children[index].children.count - lastBreak <= 4
    else { return nil }
    let lines = Self.inlineLines(of: item.children[index])
    guard lines.count >= 2, let last = lines.last else { return nil }
    let written = Self.paragraph(joining: [last], range: nil).plainText.trimmingBlanks
    let label = written.trimmingCharacters(in: CharacterSet(charactersIn: ":*_ "))
    guard !label.isEmpty, label.utf8.count <= 40, label.split(separator: " ").count <= 5,
      written.hasSuffix(":") || label.allSatisfy({ !$0.isLetter || $0.isUppercase }), !Self.recallsOrTells(label),
      let named = rules.catalog.section(forHeading: label), named == .recommendations || named == .actions
    else { return nil }
    item.children[index] = Self.paragraph(joining: lines.dropLast(), range: item.children[index].range)
    var shortened = list
    shortened.children[shortened.children.count - 1] = item
    return (shortened, label, named)
  }

  /// A paragraph's inline nodes line by line, without the breaks between the lines.
  static func inlineLines(of block: MarkdownNode) -> [[MarkdownNode]] {
    var lines: [[MarkdownNode]] = [[]]
    for child in block.children {
      if child.kind == .softBreak || child.kind == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(child) }
    }
    return lines
  }

  /// A paragraph of `lines` of inline nodes, a break between each two.
  static func paragraph(joining lines: some Collection<[MarkdownNode]>, range: SourceRange?) -> MarkdownNode {
    var children: [MarkdownNode] = []
    for line in lines {
      if !children.isEmpty { children.append(MarkdownNode(kind: .softBreak)) }
      children += line
    }
    return MarkdownNode(kind: .paragraph, range: range, children: children)
  }

  /// A definition list as Pandoc and PHP Markdown Extra write it, which CommonMark reads as one
  /// paragraph: a term ("Action points", "Discussion") over lines opening with ": ", each a
  /// definition, returned without its mark. `nil` unless the term is a short label and every
  /// line after it opens with ": " (or continues the one before).
  static func definitionLines(of block: MarkdownNode) -> (term: String, definitions: [MarkdownNode])? {
    guard block.kind == .paragraph, block.children.contains(where: { $0.kind == .softBreak }) else { return nil }
    let lines = inlineLines(of: block)
    func opensDefinition(_ line: [MarkdownNode]) -> Bool {
      guard let first = line.first, first.kind == .text else { return false }
      return first.literal.hasPrefix(": ")
    }
    guard lines.count >= 2, !opensDefinition(lines[0]), opensDefinition(lines[1]) else { return nil }
    let term = InlineText.lines(of: paragraph(joining: lines.prefix(1), range: nil)).first?.text.trimmingBlanks ?? ""
    guard !term.isEmpty, term.split(separator: " ").count <= 8 else { return nil }
    var definitions: [[[MarkdownNode]]] = []
    for line in lines.dropFirst() {
      if opensDefinition(line), var first = line.first {
        first.literal.removeFirst(2)
        if var range = first.range {
          range.start.column += 2
          first.range = range
        }
        definitions.append([[first] + line.dropFirst()])
      } else if !definitions.isEmpty {
        definitions[definitions.count - 1].append(line)
      }
    }
    return (term, definitions.map { paragraph(joining: $0, range: $0.first?.first?.range) })
  }

  /// Terms of a definition list that label what their definitions are: "Decision", "Discussion".
  static let definitionLabels: Set<String> = [
    "decision", "decisions", "discussion", "outcome", "outcomes", "comments", "comment", "notes", "note", "status", "summary",
  ]

  /// The marks that open a task's line in terse notes: "→ NK: draft ToR, Fri".
  static let taskArrows = ["\u{2192}", "->", "\u{21D2}", "=>", "\u{279C}", "\u{2794}", "\u{27A1}\u{FE0F}", "\u{27A1}"]

  /// Whether a paragraph is a footnote as GitHub and Pandoc write them: "[^2]: See …".
  public static func isFootnote(_ block: MarkdownNode) -> Bool {
    // CommonMark leaves the brackets as text nodes of their own: the first holds "[".
    guard let first = block.children.first, first.kind == .text, first.literal.hasPrefix("[") else { return false }
    let text = block.children.prefix(4).map(\.literal).joined().utf8
    guard text.starts(with: "[^".utf8), let close = text.firstIndex(of: UInt8(ascii: "]")) else { return false }
    let label = text.distance(from: text.startIndex, to: close)
    return label > 2 && label <= 22 && text[text.index(after: close)...].first == UInt8(ascii: ":")
  }

  /// Whether a label before a colon says the words after it were replaced or struck: "Draft 2
  /// (superseded):", "Old wording:", "Deleted by the ERG:", "Original text (withdrawn):".
  static func labelsReplacedWords(_ text: String) -> Bool {
    guard let colon = text.utf8.prefix(48).firstIndex(of: UInt8(ascii: ":")) else { return false }
    let words = String(text[..<colon]).lowercased().split(whereSeparator: { !$0.isLetter })
    // "Old wording:", "Previous draft:"; not "Old town youth:" nor "Original idea:".
    let earlierText = words.contains { ["old", "previous", "original", "earlier"].contains($0) }
      && words.contains { ["wording", "text", "draft", "version", "decision"].contains($0) }
    // "Not forwarded:", "Not adopted:": set aside by the meeting.
    let refused = words.first == "not" && words.count <= 3
      && words.contains { ["forwarded", "adopted", "agreed", "endorsed", "retained", "accepted", "approved", "carried"].contains($0) }
    return earlierText || refused
      || words.contains { ["superseded", "deleted", "withdrawn", "replaced", "struck", "dropped", "obsolete", "rejected"].contains($0) }
  }

  /// Sections whose sentences are read for cues. The agenda and speaker list never hold outcomes;
  /// the context is background (often quoting documents); the purpose says what the session
  /// set out to do ("To agree what donors should change …"), before anyone spoke.
  private func scansSentences(_ section: SectionID?) -> Bool {
    switch section {
    case .purpose, .agenda, .speakers, .context, .recommendations, .actions: return false
    default: return true
    }
  }

  private func processListItem(
    _ item: MarkdownNode, section: SectionID?, headingActors: [String], state: inout State
  ) {
    // "- Rumour control." over "→ PR: post …, 12:00 today": the item's words, then its arrowed
    // task lines, then its sub-items.
    if let first = item.children.first, let (head, tasks) = arrowedTaskLines(of: first) {
      var headItem = item
      headItem.children = [head]
      processListItem(headItem, section: section, headingActors: headingActors, state: &state)
      process(tasks, section: section, sectionHasList: true, headingActors: headingActors, state: &state)
      var rest = item
      rest.children = Array(item.children.dropFirst())
      if !rest.children.isEmpty { processListItem(rest, section: section, headingActors: headingActors, state: &state) }
      return
    }
    // "5. Next steps" after a list's last recommendation: a heading a document numbered as the
    // list's next item, no item of its own.
    // The words of the paragraph that opens the item, walked once for the readings below.
    let opening = item.children.first.flatMap { $0.kind == .paragraph ? $0.plainText : nil }
    if item.children.count == 1, let words = opening?.trimmingBlanks,
      words.split(separator: " ").count <= 3, !words.hasSuffix("."), rules.catalog.section(forHeading: words) != nil
    {
      return
    }
    // "* '''Support'''. … I'll take it to our station manager by the end of the month. — User:Ottilie
    // Brandt (talk) 14:22, 3 May 2037 (UTC)": a vote on a wiki talk page, read as its signer said it.
    if let first = item.children.first, let opening, opening.utf8.containsBytes("(UTC)".utf8),
      Self.wikiSignature(in: opening.trimmingBlanks) != nil
    {
      scanSentences(LocatedText(block: first), section: .discussion, state: &state)
      for list in item.children.dropFirst() where list.isList {
        for child in list.children { processListItem(child, section: section, headingActors: headingActors, state: &state) }
      }
      return
    }
    // "* • @Tomas send …" over "• Ines to circulate …": a bullet journal's lines, the first one's
    // priority mark taken for a list's bullet and the others run on into its item.
    if !state.journalKey.isEmpty, let first = item.children.first, first.kind == .paragraph,
      first.children.contains(where: { $0.kind == .softBreak }), Self.pastedBulletItems(first, journalKey: state.journalKey) != nil
    {
      for child in item.children { process(child, section: section, sectionHasList: true, headingActors: headingActors, state: &state) }
      return
    }
    // "- OP3. *Encourages* [youth parliaments and] … **[bracketed]**": a draft's paragraph not agreed.
    if let opening, Self.hasOpenDraftStatus(opening) { return }
    // "- ~~KM8. Security forces should …~~ Deleted.": an item struck out holds nothing.
    if let first = item.children.first, let opening, Self.isStruckOut(opening),
      taskState(LocatedText(block: first), escaped: state.escapedBoxes) == nil
    {
      return
    }
    // "- 📌 **Agreed recommendations (side event 26 Mar) — read-only** (#1)" over a quoted card:
    // the card a board pins for the outcome, whose quoted body holds the recommendations.
    if item.children.count >= 2, let first = item.children.first, first.kind == .paragraph,
      item.children.dropFirst().contains(where: { $0.kind == .blockQuote }), Self.namesPinnedOutcome(first.plainText)
    {
      // Its lists hold the recommendations; the words around them say how they were agreed.
      for quote in item.children.dropFirst() where quote.kind == .blockQuote {
        for block in quote.children where block.isList {
          process(block, section: .recommendations, sectionHasList: true, headingActors: [], state: &state)
        }
      }
      return
    }
    let paragraphs = item.children.filter { $0.kind == .paragraph }
    let nestedLists = item.children.filter(\.isList)
    // "Draft 2 (superseded): …", "Deleted by the ERG: …": words the meeting replaced or struck.
    if let first = paragraphs.first, item.children.first?.kind == .paragraph, Self.labelsReplacedWords(first.plainText) { return }
    // An item that opens with a block quote or a code block ("2. > Donors should …", a line
    // indented so far that it became code) is read for the words in it; one that opens with a
    // list ("3. - Civil society should …") for its sub-items, each an item of its own.
    if paragraphs.isEmpty, let first = item.children.first {
      var unwrapped = item
      switch first.kind {
      case .blockQuote:
        unwrapped.children = first.children + item.children.dropFirst()
      case .codeBlock:
        unwrapped.children = [Self.paragraph(ofCode: first)] + item.children.dropFirst()
      case .htmlBlock:
        // "- <!-- from breakout B --> Governments should …": the words after the markup.
        var words = first
        words.literal = Self.blankingMarkup(first.literal)
        unwrapped.children = [Self.paragraph(ofCode: words)] + item.children.dropFirst()
      case .list:
        for list in nestedLists {
          for child in list.children { processListItem(child, section: section, headingActors: headingActors, state: &state) }
        }
        return
      case .heading:
        // "- ## Tasks" over a sub-list (an outliner's page): a heading that names a section
        // makes its sub-items that section's; a section not read for items (Context) gives none.
        let heading = Self.droppingTags(first.plainText)
        if let named = rules.catalog.section(forHeading: heading) {
          if named == .recommendations || named == .actions {
            processLed(nestedLists[...], by: heading, as: named, headingActors: [], state: &state)
          } else if scansSentences(named) {
            for list in nestedLists {
              for child in list.children { processListItem(child, section: named, headingActors: [], state: &state) }
            }
          }
          return
        }
        // Any other heading's words are the item's first paragraph.
        var words = first
        words.kind = .paragraph
        unwrapped.children = [words] + item.children.dropFirst()
      default:
        // Anything else ("- ---" over a sub-list) holds no words: the rest of the item is read.
        unwrapped.children = Array(item.children.dropFirst())
      }
      if unwrapped.children.contains(where: { $0.kind == .paragraph || $0.isList }) {
        processListItem(unwrapped, section: section, headingActors: headingActors, state: &state)
        return
      }
    }
    var text = LocatedText()
    for paragraph in paragraphs { text.append(LocatedText(block: paragraph)) }
    // "Përgjegjës: Gentian Lleshi · Afati: 31 mars 2037": fields named in the notes' language.
    text = Self.withEnglishFieldNames(text)
    // "[water bottle] "NPCO — put the draft plan online … by 31 March" ●●●": a card of a wall
    // typed up, the whole item in quotation marks, is read as its words.
    if let card = Self.quotedCard(text) {
      // A card that asks ("Who pays the lawyer …??"), waits on a condition ("If OPF says yes → …")
      // or that the typist marks as another's double ("[same as Y1 …]") holds no outcome.
      if card.text.trimmingBlanks.hasSuffix("?") || card.text.hasPrefix("If ") || text.text.contains("[same as ") { return }
      text = card
    }
    // "Y7 [crossed out by the writer in red …]": a card's code and the typist's remark, its words struck.
    let unstruck = text.text.contains("~~") ? DueDateResolver.droppingStruck(text.text) : text.text
    if let open = unstruck.firstIndex(of: "["), unstruck.last == "]", case let code = unstruck[..<open].trimmingBlanks,
      (2...4).contains(code.count), code.first?.isUppercase == true, code.last?.isNumber == true,
      code.allSatisfy({ $0.isUppercase || $0.isNumber })
    {
      return
    }
    // "- "I'll ask my boss at Brindle Foods to take two trainees by Christmas." (Sanjay, Brindle
    // Foods)": a pledge card and who signed it, the signer the owner of a promise in the first
    // person; "(no name)" leaves it unowned, and a pledge on a condition ("If the Council gives us
    // the keys, …") is none yet.
    if section == .actions, let (card, signer) = Self.signedCard(text) {
      if card.text.hasPrefix("If ") { return }
      let before = state.items.count
      addSectionItem(.action, text: card, extra: [], headingActors: [], state: &state)
      if state.items.count > before {
        let last = state.items.count - 1
        let firstPerson = ["I ", "I'll ", "I\u{2019}ll ", "We ", "We'll ", "We\u{2019}ll ", "My ", "Our "].contains(where: card.text.hasPrefix)
        if firstPerson || state.items[last].owner == nil {
          state.items[last].owner = signer
          state.items[last].evidence.removeAll { $0.rule == "owner" }
          if let signer { state.items[last].evidence.append(Evidence(rule: "owner", words: signer)) }
        }
        if Self.marksDone(card.text) {
          state.items[last].done = true
          state.items[last].due = nil
        }
      }
      return
    }
    // "- **Youth Night Kitchen.** The Community Safety Team will release …": under the outcomes, a
    // bold title that names what the item is about is no part of its words (nor its owner or
    // addressee).
    if section == .actions || section == .recommendations, let first = paragraphs.first, item.children.first?.kind == .paragraph,
      let title = Self.boldTitle(of: first), title.hasSuffix("."), let cut = text.text.range(of: title)?.upperBound
    {
      let rest = text.text[cut...].drop { " *_".contains($0) }
      if rest.first?.isUppercase == true, rest.contains(" ") { text = text.slice(rest.startIndex..<text.text.endIndex) }
    }
    // "#118 ~task — Draft a template …" over "assignee: @l.moraes · milestone: …": an issue
    // tracker's task, an action item wherever it stands, read as one of Action items.
    if section != .actions, Self.isTaggedTask(text.text) {
      processListItem(item, section: .actions, headingActors: [], state: &state)
      return
    }
    // "## @lena" over "- T: ask the Exec Director for sign-off, by COB Wed": in a stand-up, what a
    // member will do today is that member's task, due today unless it says when.
    if let member = state.standUpMember, let label = Self.standUpTodayLabel(text.text) {
      let body = text.slice(text.text.index(text.text.startIndex, offsetBy: label)..<text.text.endIndex)
      if !body.isEmpty, !body.text.hasSuffix("?"), let sessionDate = state.sessionDate {
        var action = classify(body, state: state).flatMap { $0.kind == .action ? $0 : nil }
          ?? makeAction(body, extra: [], rule: "stand-up", strength: 2, state: state)
        // The member owns it, unless the line gives an owner as a field.
        if Self.explicitOwner(in: body.text) == nil {
          action.owner = member
          action.evidence.removeAll { $0.rule == "owner" }
          action.evidence.insert(Evidence(rule: "owner", words: member), at: 0)
        }
        if action.due == nil {
          action.due = sessionDate.description
          action.evidence.append(Evidence(rule: "due", words: String(text.text.prefix(label)).trimmingBlanks))
        }
        action.evidence.removeAll { $0.rule == "stand-up" }
        action.evidence.insert(Evidence(rule: "stand-up", words: String(text.text.prefix(label)).trimmingBlanks), at: 0)
        action.text = Self.openingInCapitals(action.text)
        append(action, section: section, state: &state)
      }
      return
    }
    // "* • Ilyas: propose dates …": a bullet journal's task, its priority mark read as a list's.
    if let (glyph, mark) = Self.journalMark(of: text, in: state.journalKey), mark.isTask {
      addJournalTask(text, glyph: glyph, mark: mark, section: section, state: &state)
      for list in nestedLists {
        for child in list.children { processListItem(child, section: section, headingActors: headingActors, state: &state) }
      }
      return
    }
    // "⚠ 1. No single way in … ✎ The hub publishes one number … 👤 Leena Sandvik ⏱ by 1 March.":
    // the fix is a task, its owner and date in the fields after it.
    if scansSentences(section) || section == .actions, let fields = Self.pictographTask(text.text) {
      var action = makeAction(text.slice(fields.task), extra: [], rule: "task-fields", strength: 3, state: state)
      let owner = SentenceAnalysis(fields.owner, rules: rules).cleanOwner(fields.owner)
      action.owner = Self.isPlaceholder(owner) ? nil : owner
      action.evidence.removeAll { $0.rule == "owner" || $0.rule == "due" }
      if let owner = action.owner { action.evidence.append(Evidence(rule: "owner", words: owner)) }
      action.due = nil
      if let when = fields.when, let due = dueColumn(when, state: state) {
        action.due = due.date.description
        action.evidence.append(Evidence(rule: "due", words: when))
      }
      action.evidence.insert(Evidence(rule: "task-fields", words: "\u{1F464}"), at: 0)
      action.text = Self.openingInCapitals(action.text)
      append(action, section: section, state: &state)
      return
    }
    if let task = taskState(text, escaped: state.escapedBoxes) {
      guard !Self.isOtherTodoTxtTask(text.text, sessionDate: state.sessionDate) else { return }
      // A task-list item is an action wherever it stands; an empty box ("- [ ]") is none.
      guard text.text.utf8.count > task.markerLength, !text.text.dropFirst(task.markerLength).trimmingBlanks.isEmpty else {
        for list in nestedLists { processNestedTasks(list.children, section: section, state: &state) }
        return
      }
      var stripped = LocatedText()
      var offset = text.text.index(text.text.startIndex, offsetBy: task.markerLength)
      // "- [x] T-37-02 · KV-01: train …": the task's code is no part of it.
      while offset < text.text.endIndex, text.text[offset] == " " { offset = text.text.index(after: offset) }
      if let end = Self.taskCodeEnd(in: text.text[offset...]) { offset = end }
      let location = text.location(at: offset)
      // "DEADLINE: <2027-11-19 Fri>" and "SCHEDULED: <…>" lines: an outliner's dates, the
      // deadline first.
      let planning = Self.planningDates(in: Self.droppingTodoTxtTags(String(text.text[offset...]), marked: Self.todoTxtMark(text.text) != nil))
      stripped.append(InlineText.Line(text: planning.text, location: location))
      // "- [ ] Maria to order catering over "  - UNDP to pay the caterer": a plain sub-item that
      // gives its own owner a task is an action of its own, not a remark on the box's.
      var extra: [LocatedText] = []
      var ownTasks: [LocatedText] = []
      for nested in nestedTexts(nestedLists, escaped: state.escapedBoxes) {
        if opensOwnedTask(nested) { ownTasks.append(nested) } else { extra.append(nested) }
      }
      defer {
        for task in ownTasks { addSectionItem(.action, text: task, extra: [], headingActors: [], state: &state) }
      }
      // "[ ] UNDP to share …; OHCHR to convene …": one task per owner, boxed alike.
      // "[x] ~~Done~~ Secretariat to book the room": the words struck out before the task are none of it.
      // "[ ] ACTION: UNDP — map donor funding": the box already says it is a task.
      let unlabelled = Self.droppingLeadingStrike(stripped)
      let unstruck = droppingCueLabel(unlabelled, kind: .action)
      let labelDropped = unstruck.text.utf8.count != unlabelled.text.utf8.count
      let parts = (extra.isEmpty ? ownedClauses(unstruck)?.parts : nil) ?? [unstruck]
      // "[ ] ~~present the outcomes~~ (cancelled)": a task struck out or called off is none.
      if (!task.done && Self.isStruckOut(stripped.text)) || Self.isCancelled(stripped.text) || Self.isCancelled(text.text) { return }
      // "- [x] I searched existing issues for duplicates": a form's box its writer ticks to confirm.
      if Self.confirmsAsWriter(stripped.text, underChecklist: state.sectionWords?.lowercased().contains("checklist") == true) { return }
      for part in parts {
        var action = makeAction(part, extra: parts.count == 1 ? extra : [], rule: "task-list", strength: 3, state: state)
        action.done = task.done
        if let due = planning.due, parts.count == 1 {
          action.due = due
          action.evidence.append(Evidence(rule: "due", words: planning.words))
        }
        if let owner = action.owner, let rest = Self.droppingOwner(owner, from: action.text) {
          action.text = Self.sentenceText(rest, droppingLabelOf: "", owner: nil, rules: rules)
        }
        // "[x] JK sent the attendee list": a task done names who did it.
        if task.done, action.owner == nil, let doer = Self.doer(of: part.text) {
          action.owner = doer
          action.evidence.append(Evidence(rule: "owner", words: doer))
        }
        // "- [ ] insurance quote" on a card of "👤 @nikos.f": the card's owner's.
        if action.owner == nil, let owner = state.impliedOwner {
          action.owner = owner
          action.evidence.append(Evidence(rule: "owner", words: owner))
        }
        // A box ticked under "### By 14 July" or on a card due Friday: done, so due no more.
        if task.done, let due = action.due, due == state.headingDue?.date.description { action.due = nil }
        if let owner = action.owner { action.text = Self.droppingOwnerField(action.text, owner: Self.ownerAsWritten(action) ?? owner) }
        if action.due != nil { action.text = Self.droppingDueField(action.text) }
        if labelDropped { action.text = Self.openingInCapitals(action.text) }
        // The box or the outliner's keyword as written: "[x]", "TODO".
        let marker = String(text.text.prefix(task.markerLength)).trimmingBlanks
        action.evidence.insert(Evidence(rule: "task-list", words: marker.isEmpty ? (task.done ? "[x]" : "[ ]") : marker), at: 0)
        append(action, section: section, state: &state)
      }
      for list in nestedLists { processNestedTasks(list.children, section: section, state: &state) }
      return
    }
    switch section {
    case _ where section != .recommendations && !nestedLists.isEmpty && ownerFirstRecord(text, nestedLists) != nil:
      // "- Owner: Ministry of Youth" over "- Task: set up …" and "- Due: 30 November": one task,
      // in any section.
      if let (task, fields) = ownerFirstRecord(text, nestedLists) {
        addSectionItem(.action, text: task, extra: fields, headingActors: [], state: &state)
      }
    case .recommendations, .actions:
      let kind: ItemKind = section == .recommendations ? .recommendation : .action
      // "The workshop RESOLVED:" over lines "a. That …", "b. That …" in one paragraph: each
      // lettered line is an item, addressed as the lead-in says when it names no one.
      if nestedLists.isEmpty, (1...2).contains(paragraphs.count), let parts = Self.letteredLines(of: paragraphs) {
        // "17. The Meeting agreed on the following recommendations:" in Way forward, or "the
        // following follow-up actions:" under Recommendations: the lead-in says what its lines are.
        let leadIn = paragraphs.count == 2
          ? LocatedText(block: paragraphs[0]).text : InlineText.lines(of: paragraphs[0]).first?.text ?? ""
        let named = Self.leadInSection(text: leadIn)
        let lineKind: ItemKind = named.map { $0 == .recommendations ? .recommendation : .action } ?? kind
        addLedItems(parts, kind: lineKind, leadIn: leadIn, headingActors: headingActors, state: &state)
        return
      }
      // "24. The Co-Chairs identified the following follow-up:" over paragraphs "(a) The Nordic
      // Prevention Fund will circulate …;", "(b) UNDP to convene …": each paragraph is an item.
      if nestedLists.isEmpty, paragraphs.count >= 3, LocatedText(block: paragraphs[0]).text.trimmingBlanks.hasSuffix(":") {
        addLedItems(
          paragraphs.dropFirst().map { LocatedText(block: $0) }, kind: kind, leadIn: LocatedText(block: paragraphs[0]).text,
          headingActors: headingActors, state: &state)
        return
      }
      // "Governments should:" over its items: each is a recommendation to whom the lead-in addresses.
      var leadInActors: [String]? = nil
      if kind == .recommendation, !nestedLists.isEmpty, text.text.trimmingBlanks.hasSuffix(":") {
        let leadIn = SentenceAnalysis(text.text, rules: rules)
        // "Donors should support youth groups, in particular:" is a recommendation whole, its
        // sub-items the particulars; "Governments should:" and "Donors to:" lead into theirs.
        // "Donors should provide core funding to:" over "women's organisations;", "youth
        // networks; and …": the sub-items finish its sentence, and it is one recommendation.
        // "The participants recommend that Member States:" names whom its items address.
        let named = leadIn.recommendationCue().map { leadIn.addressee(for: $0) }
        // So does "… call upon donors to:".
        let last = leadIn.tokens.count - (leadIn.norm(leadIn.tokens.count - 1) == "to" ? 1 : 0)
        if let named, !named.actors.isEmpty, named.end >= last {
          leadInActors = named.actors
        } else if let cue = leadIn.recommendationCue(), leadIn.tokens.count - cue.match.end >= 3,
          !Self.leadInEnds.contains(leadIn.norm(leadIn.tokens.count - 1))
            || nestedLists.allSatisfy({ $0.children.allSatisfy(completesLeadIn) })
        {
          leadInActors = nil
        } else {
          let opening = ["to", "for"].contains(leadIn.norm(0)) ? 1 : 0
          leadInActors = leadIn.leadingChain(from: opening, limit: leadIn.tokens.count).actors
        }
      }
      // "Follow-up on funding" over "NDA:" over its tasks: a label over labelled groups is one too,
      // whatever its words.
      let overGroups = !nestedLists.isEmpty && nestedLists.flatMap(\.children).contains { child in
        Self.text(of: child).text.trimmingBlanks.hasSuffix(":") && child.children.contains(where: \.isList)
      }
      // "Mapping of youth groups" over "UNDP to lead": a sub-item that only says who leads makes
      // its parent a task, not a label over tasks.
      let ledTask = kind == .action && !overGroups
        && nestedLists.contains { $0.children.contains { Self.onlyLeads(Self.text(of: $0).text) } }
      if !nestedLists.isEmpty, !ledTask,
        let actors = leadInActors ?? groupLabel(text, paragraphs: paragraphs) ?? (overGroups ? [] : nil)
      {
        // "**To national governments**" over its items: each item is one, addressed as the label
        // says; "Secretariat" over actions owns those that name no owner of their own.
        let outerOwner = state.groupOwner
        let outerDue = state.groupDue
        if overGroups { state.groupOwner = nil }
        if kind == .action, !overGroups, let label = Self.ownerLabel(text.text) ?? Self.leadInOwner(text.text) {
          state.groupOwner = label
        }
        // "By 31 October 2017:" over its tasks: the date of those that give none.
        if kind == .action, !overGroups {
          let label = text.text.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: ":*_ "))
          if label.utf8.count <= 40, let due = Self.dateAlone(label, leads: ["", "by "], sessionDate: state.sessionDate, order: state.slashOrder) {
            state.groupDue = due
          }
        }
        for list in nestedLists {
          for child in list.children {
            processListItem(child, section: section, headingActors: actors.isEmpty ? headingActors : actors, state: &state)
          }
        }
        state.groupOwner = outerOwner
        state.groupDue = outerDue
        return
      }
      var extra: [LocatedText] = []
      // Each sub-item, and whether it is an item of its own.
      var children: [(item: MarkdownNode, own: Bool)] = []
      // A parent with no advice of its own ("Strengthen partnerships between governments and
      // CSOs.") addresses no one: sub-items that advise someone are items of their own.
      let parentAddressees = kind == .recommendation && !nestedLists.isEmpty
        ? (modalAddressees(of: text.text) ?? (text.text.trimmingBlanks.hasSuffix(":") ? nil : [])) : nil
      for child in nestedLists.flatMap(\.children) {
        let childText = Self.text(of: child)
        // An action's sub-item with an owner of its own is an action of its own ("Amina to
        // circulate the agenda by 5 December" under "Prepare the workshop").
        // A sub-item that only names the owner ("owner: Tomasz, with the port surveyor") is the
        // parent's.
        let isTask = taskState(childText, escaped: state.escapedBoxes) != nil
        let own: Bool
        if kind == .action {
          own = !isTask && !Self.onlyNamesOwner(childText.text)
            && makeAction(childText, extra: [], rule: "", strength: 0, state: state).owner != nil
        } else if let parent = parentAddressees, !isTask, let addressed = modalAddressees(of: childText.text) {
          // "The ministry should fund …" over "Donors should …": advice to someone the parent
          // does not address is a recommendation of its own.
          own = !addressed.isEmpty && (parent.isEmpty ? nestedLists.flatMap(\.children).count >= 2 : !Set(addressed).isSubset(of: parent))
        } else {
          own = false
        }
        children.append((child, own))
        if own || isTask { continue }
        if ledTask, Self.onlyLeads(childText.text), let last = text.text.trimmingBlanks.last, !".;:!?".contains(last) {
          let location = childText.location(at: childText.text.startIndex)
          // "Mapping of youth groups – UNDP to lead": who leads is set off from the task it leads.
          extra.append(LocatedText(lines: [InlineText.Line(text: "\u{2013} " + childText.text, location: location)]))
          continue
        }
        if !childText.isEmpty { extra.append(childText) }
        extra += nestedTexts(child.children.filter(\.isList), escaped: state.escapedBoxes)
      }
      addSectionItem(kind, text: text, extra: extra, headingActors: headingActors, state: &state)
      for (child, own) in children {
        if own {
          processListItem(child, section: section, headingActors: headingActors, state: &state)
        } else {
          processNestedTasks([child], section: section, state: &state)
        }
      }
    case .speakers where text.text.split(separator: " ").count >= 6 && !Self.opensWithNameAndRole(text.text):
      // "## Panel" written up as points under each panellist ("- says govts shd pay women
      // mediators"): what they urged and undertook is read as the discussion is; a list of
      // names and roles holds no such words.
      scanSentences(text, section: .discussion, state: &state)
      for list in nestedLists {
        for child in list.children {
          processListItem(child, section: section, headingActors: headingActors, state: &state)
        }
      }
    case .purpose, .agenda, .speakers, .context:
      for list in nestedLists { processNestedTasks(list.children, section: section, state: &state) }
    case _ where !nestedLists.isEmpty && scansSentences(section) && labelledItemSection(text.text) != nil:
      // "- !! ACTIONS (read out at the end)" over its tasks, "- Next steps:" over its list.
      if let named = labelledItemSection(text.text) {
        processLed(nestedLists[...], by: text.text, as: named, headingActors: headingActors, state: &state)
      }
    case _ where !nestedLists.isEmpty && (scansSentences(section) || section == .actions) && Self.leadInSection(text: text.text) == .recommendations:
      // "10. (U) … read out the closing statement, which the room adopted. It calls on:" over
      // "(a) the Ministry of Interior to reserve …": the asks it makes. The words before the
      // lead-in are read as any are.
      let leadIn = text.text.range(of: ". ", options: .backwards).map { text.slice($0.upperBound..<text.text.endIndex) } ?? text
      if leadIn.text.utf8.count < text.text.utf8.count, scansSentences(section) {
        scanSentences(text.slice(text.text.startIndex..<text.text.index(text.text.endIndex, offsetBy: -leadIn.text.count)), section: section, state: &state)
      }
      processLed(nestedLists[...], by: leadIn.text, as: .recommendations, headingActors: headingActors, state: &state)
    case _ where !state.quotedAnswers.isEmpty && !Self.endorsedNumbers(text.text).isEmpty:
      addEndorsedAnswers(text.text, section: section, state: &state)
    case _ where scansSentences(section) && nestedLists.isEmpty && (1...2).contains(paragraphs.count)
      && text.text.utf8.contains(UInt8(ascii: ":")) && ledLines(paragraphs) != nil:
      // "5. … the Special Report will contain the following recommendations:" over lines "a) to
      // the Ministry of Civil Affairs: to issue …", among conclusions: each lettered line is an item.
      if let (named, parts, leadIn) = ledLines(paragraphs) {
        addLedItems(parts, kind: named == .recommendations ? .recommendation : .action, leadIn: leadIn, headingActors: headingActors, state: &state)
      }
    case _ where !nestedLists.isEmpty && section != .recommendations && fieldSubItems(nestedLists) != nil:
      // "1. The Institution will finalise the report" over "- Nosilac / Responsible: …" and "- Rok /
      // Deadline: 15.XII.2027.": a task with its owner and date as fields, in any section.
      addSectionItem(.action, text: text, extra: fieldSubItems(nestedLists) ?? [], headingActors: [], state: &state)
    case _ where scansSentences(section) && addressedImperative(text.text, sessionDate: state.sessionDate) != nil:
      // "**To the Peace Fund:** accept the outcome harvest …": advice, whom it addresses first.
      addSectionItem(.recommendation, text: text, extra: [], headingActors: addressedImperative(text.text, sessionDate: state.sessionDate) ?? [], state: &state)
    case _ where Self.retrospectiveLabel(text.text):
      // "**Start:** publishing a quarterly update" under "### District councils": a retrospective's
      // advice, addressed as its heading says.
      addSectionItem(.recommendation, text: text, extra: [], headingActors: headingActors, state: &state)
    case _ where scansSentences(section) && Self.isDoneOwnerLine(text.text):
      // "- ✓ NK: called the centre's manager Sun am re window" among a stand-up's news: a task
      // done, and by NK.
      addSectionItem(.action, text: text, extra: [], headingActors: [], state: &state)
    default:
      if let (speaker, words) = Self.undertakingTurn(text) ?? initialsTurn(text) {
        // "- Ayesha (Women's Network): I will bring ten young women …", a commitment wall's line.
        let outer = state.speaker
        state.speaker = speaker
        let before = state.items.count
        scanSentences(words, section: section, state: &state)
        state.speaker = outer
        // "- UNDP: share the mapping by 1 October": initials before a dated task of their own.
        if state.items.count == before, let task = ownerColonTask(text, state: state) { append(task, section: section, state: &state) }
      } else {
        let before = state.items.count
        scanSentences(text, section: section, state: &state)
        // "Risk owner: NAP Secretariat. First step: draft the request by 15 October.": the owner
        // field in its own sentence owns the one task the item gives.
        if state.items.count == before + 1, state.items[before].kind == .action, state.items[before].owner == nil,
          let found = Self.explicitOwner(in: text.text), !Self.isPlaceholder(found.owner),
          !state.items[before].text.contains(found.words)
        {
          state.items[before].owner = found.owner
          state.items[before].evidence.append(Evidence(rule: "owner", words: found.words))
        } else if state.items.count == before, scansSentences(section), text.text.utf8.contains(UInt8(ascii: ":")),
          case let fielded = Self.withEnglishFieldNames(text).text, let found = Self.explicitOwner(in: fielded),
          found.owner.first?.isUppercase == true || Self.isPlaceholder(found.owner) || Self.looksLikeOwner(found.owner) || !found.owner.isASCII,
          Self.mayGiveDate(fielded) && (dueField(fielded, state: state) ?? DueDateResolver.find(in: fielded, sessionDate: state.sessionDate, order: state.slashOrder))
            .map({ !Self.isStartDate($0.words, in: fielded) }) == true
            // "Responsible: Yoav Ben-Ami · Deadline: TBD", "Responsible: Suha Halabi · done ✔": the
            // fields of a task whose date is not set, or that is done.
            || Self.hasOpenDeadlineField(fielded) || (fielded.utf8.containsBytes("Responsible:".utf8) && Self.marksDone(fielded))
        {
          // "**D1 · Joint funding map** — R: UNDP secretariat · A: co-chairs — due 31 Jan 2028",
          // "Draft the request — Owner: NAP Secretariat — 15 October": a row with an owner field and
          // a due date is a task, wherever it stands.
          addSectionItem(.action, text: text, extra: [], headingActors: headingActors, state: &state)
        }
      }
      for list in nestedLists {
        for child in list.children {
          processListItem(child, section: section, headingActors: headingActors, state: &state)
        }
      }
    }
  }

  /// Raw HTML's words with its markup blanked out, every line kept: comments, tags, and what
  /// `<script>` and `<style>` hold.
  static func blankingMarkup(_ html: String) -> String {
    var result = ""
    var rest = html[...]
    func blank(_ part: Substring) { result += part.map { $0 == "\n" ? "\n" : " " } }
    while let open = rest.firstIndex(of: "<") {
      result += rest[..<open]
      let tail = rest[open...]
      let lowered = tail.prefix(8).lowercased()
      let end: String.Index
      if tail.hasPrefix("<!--") {
        end = tail.range(of: "-->")?.upperBound ?? tail.endIndex
      } else if lowered.hasPrefix("<script") || lowered.hasPrefix("<style") {
        let closing = lowered.hasPrefix("<script") ? "</script>" : "</style>"
        end = tail.range(of: closing, options: .caseInsensitive)?.upperBound ?? tail.endIndex
      } else if let close = tail.firstIndex(of: ">"), tail.dropFirst().first.map({ $0.isLetter || $0 == "/" || $0 == "!" }) == true {
        end = tail.index(after: close)
      } else {
        result += "<"
        rest = tail.dropFirst()
        continue
      }
      blank(tail[..<end])
      rest = tail[end...]
    }
    result += rest
    return result
  }

  /// A code block's lines as a paragraph's, each at its line in the file.
  /// The rows of a plain-text table of actions ("No.  Action  Who  By" over a line of dashes per
  /// column), each as "TASK — Owner: WHO — Due: BY" at its row's line, and whether its date column
  /// says it is done ("DONE 30/01"); a row's words that wrap onto the next lines, under an empty
  /// first column, stay with it. None for other code.
  /// "  <chr>    <chr>    <date>": the row of column types a data frame prints under its header.
  static func isColumnTypeRow(_ line: [UInt8]) -> Bool {
    let words = line.split(separator: 32)
    return words.count >= 2 && words.allSatisfy { word in
      word.count >= 3 && word.count <= 7 && word.first == UInt8(ascii: "<") && word.last == UInt8(ascii: ">")
        && word.dropFirst().dropLast().allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    }
  }

  static func fixedWidthActionRows(_ block: MarkdownNode) -> [(text: LocatedText, done: Bool)] {
    guard let range = block.range else { return [] }
    let lines = block.literal.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).utf8) }
    guard lines.count >= 3,
      let rule = lines.firstIndex(where: { line in line.contains(UInt8(ascii: "-")) && line.allSatisfy { $0 == UInt8(ascii: "-") || $0 == 32 } })
        ?? lines.firstIndex(where: isColumnTypeRow),
      rule > 0
    else { return [] }
    // The columns are the runs of dashes; under a data frame's header, each column's type
    // ("<chr>") runs to where the next one starts.
    var columns: [Range<Int>] = []
    var index = 0
    let typed = isColumnTypeRow(lines[rule])
    if typed {
      let starts = lines[rule].indices.filter { lines[rule][$0] == UInt8(ascii: "<") }
      for (offset, start) in starts.enumerated() {
        columns.append(start..<(offset + 1 < starts.count ? starts[offset + 1] - 1 : max(start + 1, lines.map(\.count).max() ?? start + 1)))
      }
    }
    while !typed, index < lines[rule].count {
      guard lines[rule][index] == UInt8(ascii: "-") else { index += 1; continue }
      let start = index
      while index < lines[rule].count, lines[rule][index] == UInt8(ascii: "-") { index += 1 }
      columns.append(start..<index)
    }
    guard columns.count >= 2 else { return [] }
    func cells(_ line: [UInt8]) -> [String] {
      columns.enumerated().map { offset, column in
        let upper = offset + 1 < columns.count ? columns[offset + 1].lowerBound : line.count
        guard column.lowerBound < line.count else { return "" }
        return String(decoding: line[column.lowerBound..<min(upper, line.count)], as: UTF8.self).trimmingBlanks
      }
    }
    let header = cells(lines[rule - 1]).map { $0.lowercased() }
    let task = header.firstIndex { ["action", "actions", "task", "what", "action point", "item"].contains($0) }
    let owner = header.firstIndex { ["who", "owner", "lead", "responsible", "resp", "resp.", "by whom"].contains($0) }
    let due = header.firstIndex { ["by", "when", "due", "deadline", "by when", "due date"].contains($0) }
    guard let task, owner != nil || due != nil else { return [] }
    let fenced = range.end.line - range.start.line + 1 > lines.count - (lines.last?.isEmpty == true ? 1 : 0)
    var rows: [(line: Int, cells: [String])] = []
    for (offset, line) in lines.enumerated().dropFirst(rule + 1) where !line.allSatisfy({ $0 == 32 }) {
      let found = cells(line)
      let number = range.start.line + (fenced ? 1 : 0) + offset
      // A row wrapped onto the next line: its first column is empty.
      if found[0].isEmpty, task != 0, !rows.isEmpty {
        for (column, words) in found.enumerated() where !words.isEmpty {
          rows[rows.count - 1].cells[column] += (rows[rows.count - 1].cells[column].isEmpty ? "" : " ") + words
        }
      } else {
        rows.append((number, found))
      }
    }
    return rows.compactMap { row -> (text: LocatedText, done: Bool)? in
      guard !row.cells[task].isEmpty else { return nil }
      var text = row.cells[task]
      var done = false
      if let owner, !row.cells[owner].isEmpty { text += " \u{2014} Owner: " + row.cells[owner] }
      if let due, !row.cells[due].isEmpty {
        var when = row.cells[due]
        // "c/f -> 14/03": carried forward to a new date, which stands.
        if let arrow = when.range(of: "->") ?? when.range(of: "\u{2192}") { when = String(when[arrow.upperBound...]).trimmingBlanks }
        // "DONE 30/01": the day it was done, not a deadline.
        done = ["done", "closed", "complete", "completed", "\u{2714}", "\u{2705}"].contains(where: when.lowercased().hasPrefix)
        if !done { text += " \u{2014} Due: " + when }
      }
      return (LocatedText(lines: [InlineText.Line(text: text, location: SourceLocation(line: row.line, column: 1))]), done)
    }
  }

  static func paragraph(ofCode block: MarkdownNode) -> MarkdownNode {
    guard let range = block.range else { return MarkdownNode(kind: .paragraph) }
    var texts = block.literal.split(separator: "\n", omittingEmptySubsequences: false)
    if texts.last?.isEmpty == true { texts.removeLast() }
    // A fenced block spans more lines than its text (an indented one ends at its last line of
    // text): its text starts after the fence.
    let fenced = range.end.line - range.start.line + 1 > texts.count
    var line = range.start.line + (fenced ? 1 : 0)
    var children: [MarkdownNode] = []
    for text in texts {
      defer { line += 1 }
      guard !text.trimmingBlanks.isEmpty else { continue }
      if !children.isEmpty { children.append(MarkdownNode(kind: .softBreak)) }
      let location = SourceLocation(line: line, column: range.start.column)
      children.append(MarkdownNode(kind: .text, literal: String(text), range: SourceRange(start: location, end: location)))
    }
    return MarkdownNode(kind: .paragraph, range: range, children: children)
  }

  /// The lettered lines that a lead-in ending in a colon opens ("RESOLVED:" then "a. That …",
  /// "b. That …"), in its paragraph or the next, each with the lines that continue it; `nil`
  /// unless two or more.
  static func letteredLines(of paragraphs: [MarkdownNode]) -> [LocatedText]? {
    let lines = paragraphs.flatMap { InlineText.lines(of: $0) }
    // The lead-in is the first line, or the first paragraph when two stand in the item.
    let leadIn = paragraphs.count == 2 ? InlineText.lines(of: paragraphs[0]).count : 1
    guard lines.count >= leadIn + 2, lines[leadIn - 1].text.trimmingBlanks.hasSuffix(":") || lines[leadIn - 1].text.trimmingBlanks.hasSuffix(":)")
    else { return nil }
    var parts: [LocatedText] = []
    for line in lines.dropFirst(leadIn) {
      let bytes = Array(line.text.trimmingBlanks.utf8.prefix(8))
      // "(1) …", "(12) …": a number in brackets opens a line as a letter does.
      let numbered = bytes.first == UInt8(ascii: "(") && (1...2).contains(bytes.dropFirst().prefix(while: { (48...57).contains($0) }).count)
        && bytes.dropFirst().drop(while: { (48...57).contains($0) }).starts(with: ") ".utf8)
      if numbered || letterLength(in: bytes, at: 0) != nil {
        parts.append(LocatedText(lines: [line]))
      } else if !parts.isEmpty {
        parts[parts.count - 1].append(line)
      } else {
        return nil
      }
    }
    return parts.count >= 2 ? parts : nil
  }

  /// Words that end a lead-in its sub-items complete ("Governments should ensure that:").
  /// Whether a sub-item only finishes its lead-in's sentence: a few words with no verb of the
  /// rules to open them and no cue ("women's organisations;", "youth networks; and").
  private func completesLeadIn(_ item: MarkdownNode) -> Bool {
    guard !item.children.contains(where: \.isList) else { return false }
    let text = Self.text(of: item).text
    let analysis = SentenceAnalysis(text, rules: rules)
    return (1...8).contains(analysis.tokens.count) && analysis.matchesStarting(at: 0, in: [.verb]).isEmpty
      && analysis.recommendationCue() == nil && !analysis.opensImperative(0, last: analysis.tokens.count - 1)
  }

  static let leadInEnds: Set<String> = [
    "to", "that", "should", "must", "shall", "will", "would", "can", "could", "by", "for", "on", "of", "with", "and",
    "or", "namely", "follows", "following", "below", "should:", "including", "include", "includes",
  ]

  /// The actors whom a sentence's first modal cue addresses as its subject ("Donors should …"):
  /// `nil` when it has no such cue or the cue is a trap.
  private func modalAddressees(of text: String) -> [String]? {
    let analysis = SentenceAnalysis(text, rules: rules)
    guard let hit = analysis.recommendationCue(), hit.cue.form == .modal, !analysis.isTrap(hit) else { return nil }
    return analysis.addressee(for: hit).actors
  }

  /// The text of a list item's own paragraphs.
  static func text(of item: MarkdownNode) -> LocatedText {
    var text = LocatedText()
    for paragraph in item.children where paragraph.kind == .paragraph { text.append(LocatedText(block: paragraph)) }
    return text
  }

  /// Whom an item that opens with whom it is for, set off by a colon or a dash, then asks to do
  /// something addresses: "**To the Peace Fund:** accept the harvest …", "For donors – fund core
  /// costs". `nil` for any other text.
  func addressedImperative(_ text: String, sessionDate: CalendarDate? = nil) -> [String]? {
    let opening = text.utf8.drop { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }.prefix(4)
    guard opening.starts(with: "To ".utf8) || opening.starts(with: "For ".utf8) else {
      return labelledImperative(text, sessionDate: sessionDate)
    }
    let analysis = SentenceAnalysis(text, rules: rules)
    // "To be confirmed: …", "To sum up: …": a verb after "to" says no one.
    guard ["to", "for"].contains(analysis.norm(0)), analysis.tokens.count > 3, analysis.norm(1) != "be", analysis.norm(1) != "do",
      analysis.matchesStarting(at: 1, in: [.verb]).isEmpty,
      let colon = (2..<min(analysis.tokens.count, 10)).first(where: { analysis.gap(before: $0).contains(where: { ":\u{2013}\u{2014}".contains($0) }) }),
      colon + 1 < analysis.tokens.count, analysis.tokens[colon].text.first?.isLowercase == true,
      !Self.notImperatives.contains(analysis.norm(colon)), !analysis.norm(colon).hasSuffix("ed")
    else { return nil }
    return analysis.addresseeChain(from: 1, limit: colon).actors
  }

  /// The actors a kind of addressee names before a colon and an undated imperative: "Tech
  /// platforms: open a 24-hour channel …". Not one body by name with a task ("UNDP: share the
  /// mapping by 1 October"), nor a report of what they did ("Donors: agreed …").
  func labelledImperative(_ text: String, sessionDate: CalendarDate? = nil) -> [String]? {
    guard let colon = text.prefix(80).firstIndex(of: ":") else { return nil }
    var label = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    // "National government (Ministry of Interior, registration office): issue …": who in it, in brackets.
    if label.hasSuffix(")"), let open = label.firstIndex(of: "(") { label = label[..<open].trimmingCharacters(in: .whitespaces) }
    let rest = text[text.index(after: colon)...].drop { $0 == " " || $0 == "*" || $0 == "_" }
    // "Imams, pastors and the Council of Churches: hold …": a few actors, each in a few words.
    let parts = label.replacingOccurrences(of: " and ", with: ",").split(separator: ",")
    // "journalists: stop using …": a kind of actor in small letters addresses it as well.
    guard let first = label.first, first.isLetter, label.split(separator: " ").count <= 4 || (parts.count <= 3 && parts.allSatisfy { $0.split(separator: " ").count <= 4 }),
      !Tokenizer.isAcronymByLetters(Substring(label)),
      let verb = rest.split(separator: " ").first, verb.first?.isLowercase == true, !verb.hasSuffix("ed"), !verb.hasSuffix("ing"),
      !Self.notImperatives.contains(verb.lowercased()), !Self.ownerColonOpeners.contains(verb.lowercased()),
      case let actors = Self.actorsNamed(in: label, rules: rules), !actors.isEmpty,
      Self.adviceVerbs.contains(verb.lowercased()) || !SentenceAnalysis(String(rest), rules: rules).matchesStarting(at: 0, in: [.verb]).isEmpty,
      DueDateResolver.find(in: text, sessionDate: sessionDate) == nil
    else { return nil }
    return actors
  }

  /// Whom a line written on a banner or a card names before its colon, when the line is quoted
  /// whole after a label (`Flag 4 (orange): "DONORS: FUND YOUTH GROUPS"`) or written in capitals
  /// throughout (`NATIONAL GOVT: NO CURFEWS …`); not a report of what they did (`… AGREED …`).
  static func bannerLabel(_ text: String) -> String? {
    var line = Substring(text)
    if let colon = line.prefix(48).firstIndex(of: ":"), let quoted = quotedWhole(line[line.index(after: colon)...]) {
      line = Substring(quoted)
    } else if line.contains(where: \.isLowercase) {
      return nil
    }
    guard let colon = line.prefix(40).firstIndex(of: ":") else { return nil }
    let label = line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    let rest = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard !label.isEmpty, label.split(separator: " ").count <= 4, let verb = rest.split(separator: " ").first,
      !verb.uppercased().hasSuffix("ED"), !["IS", "ARE", "WAS", "WERE", "HAS", "HAVE", "WILL"].contains(verb.uppercased())
    else { return nil }
    return label
  }

  /// The words inside double quotes that hold the whole of a text, and nothing after them.
  static func quotedWhole(_ text: Substring) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard trimmed.count > 2, let first = trimmed.first, let last = trimmed.last,
      (first == "\"" && last == "\"") || (first == "\u{201C}" && last == "\u{201D}")
    else { return nil }
    let inside = trimmed.dropFirst().dropLast()
    guard !inside.contains(where: { $0 == "\"" || $0 == "\u{201C}" || $0 == "\u{201D}" }) else { return nil }
    return String(inside)
  }

  /// The lettered lines of an item whose first line (or paragraph) leads into them and names a
  /// section ("… the following recommendations:"), with that section and the lead-in.
  func ledLines(_ paragraphs: [MarkdownNode]) -> (SectionID, [LocatedText], String)? {
    guard let parts = Self.letteredLines(of: paragraphs) else { return nil }
    let leadIn = paragraphs.count == 2
      ? LocatedText(block: paragraphs[0]).text : InlineText.lines(of: paragraphs[0]).first?.text ?? ""
    guard let named = Self.leadInSection(text: leadIn) else { return nil }
    return (named, parts, leadIn)
  }

  /// The sub-items of an item when each is a field and one names an owner ("Responsible: …",
  /// "Owner: …"), as plain fields: a label or value in two languages keeps its last ("Nosilac /
  /// Responsible: X" → "Responsible: X"), a month in Roman numerals is a number ("15.XII.2027").
  func fieldSubItems(_ lists: [MarkdownNode], ownerRequired: Bool = true) -> [LocatedText]? {
    let items = lists.flatMap(\.children)
    guard !items.isEmpty, items.count <= 6 else { return nil }
    var fields: [LocatedText] = []
    var owned = false
    for item in items {
      guard !item.children.contains(where: \.isList), let first = item.children.first, first.kind == .paragraph else { return nil }
      let located = LocatedText(block: first)
      guard let colon = located.text.prefix(40).firstIndex(of: ":") else { return nil }
      var label = String(located.text[..<colon])
      if let slash = label.range(of: " / ", options: .backwards) { label = String(label[slash.upperBound...]) }
      // The field's name in the notes' other language: "Nosilac" (responsible), "Rok" (deadline).
      label = Self.fieldTranslations[label.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))] ?? label
      var value = String(located.text[located.text.index(after: colon)...]).trimmingBlanks
      if let slash = value.range(of: " / ", options: .backwards) { value = String(value[slash.upperBound...]).trimmingBlanks }
      let field = label.trimmingBlanks + ": " + Self.romanMonthsAsNumbers(value)
      guard Self.isFieldLine(field) else { return nil }
      owned = owned || Self.ownerFieldNames.contains(label.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")))
      fields.append(LocatedText(lines: [InlineText.Line(text: field, location: located.firstLocation)]))
    }
    return owned || !ownerRequired ? fields : nil
  }

  /// The names of a field that gives a task's owner: "Owner:", "Lead:", "Responsible:", "Who:".
  static let ownerFieldNames: Set<String> = ["owner", "owners", "lead", "responsible", "who"]

  /// Names of the owner and deadline fields in other languages, as bilingual notes keep them.
  static let fieldTranslations: [String: String] = [
    "nosilac": "Responsible", "nositelj": "Responsible", "odgovoran": "Responsible", "odgovorni": "Responsible",
    "responsable": "Responsible", "verantwortlich": "Responsible", "zuständig": "Responsible", "responsável": "Responsible",
    "rok": "Deadline", "plazo": "Deadline", "délai": "Deadline", "échéance": "Deadline", "frist": "Deadline", "termin": "Deadline",
    "prazo": "Deadline", "fecha límite": "Deadline", "aufgabe": "Task", "tâche": "Task", "tarea": "Task", "tarefa": "Task",
    // Malay: a minute's "Tindakan:" (action by) in its right-hand margin.
    "tindakan": "Responsible",
    // Lithuanian.
    "atsakingas": "Responsible", "atsakinga": "Responsible", "atsakingi": "Responsible", "terminas": "Deadline",
    // Swahili.
    "mhusika": "Responsible", "wahusika": "Responsible", "muda": "Deadline",
    // Tok Pisin.
    "husat bai mekim": "Responsible", "husat": "Responsible", "taim": "Deadline",
    // Hebrew.
    "אחראי": "Responsible", "אחראית": "Responsible", "אחראים": "Responsible", "תאריך יעד": "Deadline", "מועד": "Deadline",
    // Latvian.
    "atbild\u{12B}gais": "Responsible", "atbild\u{12B}g\u{101}": "Responsible", "atbild\u{12B}gie": "Responsible", "termi\u{146}\u{161}": "Deadline",
    // Estonian.
    "vastutaja": "Responsible", "vastutajad": "Responsible", "vastutav": "Responsible", "tähtaeg": "Deadline",
    // Icelandic.
    "ábyrgð": "Responsible", "ábyrgðarmaður": "Responsible", "frestur": "Deadline", "staða": "Status",
    // Danish and Norwegian.
    "ansvarlig": "Responsible", "ansvarlige": "Responsible", "tidsfrist": "Deadline", "ansvar": "Responsible",
    // Albanian, Czech, Hungarian, Georgian.
    "përgjegjës": "Responsible", "pergjegjes": "Responsible", "afati": "Deadline", "zodpovídá": "Responsible",
    "zodpovědná osoba": "Responsible", "termín": "Deadline", "felelős": "Responsible", "határidő": "Deadline",
    "პასუხისმგებელი": "Responsible", "ვადა": "Deadline",
    // Finnish.
    "vastuuhenkilö": "Responsible", "vastuuhenkilöt": "Responsible", "vastuu": "Responsible", "aikataulu": "Deadline",
    "määräaika": "Deadline",
    // Serbian, in Cyrillic and Latin letters.
    "задужен": "Responsible", "задужена": "Responsible", "задужени": "Responsible", "рок": "Deadline", "zadužen": "Responsible",
    "zadužena": "Responsible", "zaduženi": "Responsible",
    // Urdu and Hindi in Latin letters.
    "zimmedar": "Responsible", "zimmedaar": "Responsible", "zimmedari": "Responsible", "muddat": "Deadline",
  ]

  /// Values of the owner and deadline fields in other languages, as bilingual notes write them.
  static let fieldValueTranslations: KeyValuePairs<String, String> = [
    "טרם נקבע": "TBD", "בוצע": "done", "IMEKAMILIKA": "done", "Imekamilika": "done", "imekamilika": "done",
    "įvykdyta": "done", "Įvykdyta": "done", "óákveðinn": "TBD", "óákveðið": "TBD", "Lokið": "done", "lokið": "done",
  ]

  /// A text whose lines of fields named in another language have their names in English, each
  /// line where it was; the text itself when it holds no such line.
  static func withEnglishFieldNames(_ text: LocatedText) -> LocatedText {
    let starts = text.lineStarts
    guard !starts.isEmpty, text.text.utf8.contains(UInt8(ascii: ":")), !text.text.isASCII || starts.count >= 2 else { return text }
    var translated = LocatedText()
    var changed = false
    for (offset, start) in starts.enumerated() {
      let end = offset + 1 < starts.count ? starts[offset + 1] : text.text.endIndex
      let line = text.text[start..<end]
      // "Ansvar: Øystein Lie oversender uttalelsen. Frist: 20. mars 2037.": fields after a
      // sentence's end on one line, the first line's too.
      let english = (offset > 0 ? translatedFieldLine(line) : nil) ?? translatedInlineFields(line)
      if english != nil { changed = true }
      translated.append(InlineText.Line(text: english ?? String(line), location: text.location(at: start)))
    }
    return changed ? translated : text
  }

  /// A line whose fields in another language stand at its start or after a sentence's end, their
  /// names in English: "Ansvar: Yonas Tesfay undersøker lokaler. Frist: 1.4." → "Responsible: Yonas
  /// Tesfay undersøker lokaler. Deadline: 1.4."; `nil` unless it holds an owner's or a deadline's.
  static func translatedInlineFields(_ line: Substring) -> String? {
    guard line.utf8.contains(UInt8(ascii: ":")), !line.isASCII || line.contains(". ") else { return nil }
    let text = String(line)
    var result = text
    var changed = false
    for match in inlineFieldPattern.matches(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)).reversed() {
      guard let label = Range(match.range(at: 1), in: text),
        let english = fieldTranslations[text[label].lowercased()], english == "Responsible" || english == "Deadline",
        let target = Range(match.range(at: 1), in: result)
      else { continue }
      result.replaceSubrange(target, with: english)
      changed = true
    }
    return changed ? result : nil
  }
  private static let inlineFieldPattern = NSRegularExpression.builtIn(
    "inline field", #"(?:^[\s*_\-]*|[.;\x{00B7}|]\s+)\**(\p{L}[\p{L}\s]{1,22}?)\**\s*:"#, options: [])

  /// A line of fields named in another language, their names in English ("Përgjegjës: Gentian
  /// Lleshi · Afati: 31 mars 2037" → "Responsible: Gentian Lleshi · Deadline: 31 mars 2037");
  /// `nil` unless the line opens with such a name.
  static func translatedFieldLine(_ line: Substring) -> String? {
    let opening = line.drop { "*_ ".contains($0) }
    guard let colon = opening.prefix(40).firstIndex(of: ":"),
      let english = fieldTranslations[opening[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()],
      english == "Responsible" || english == "Deadline"
    else { return nil }
    var parts: [String] = []
    // "Zimmedar: Kashif Lodhi — Muddat: TBD": fields set apart by a dot or a dash.
    // "אחראי: רנא מנסור | תאריך יעד: 15.5.2037": or by a bar.
    let pieces = opening.components(separatedBy: " \u{00B7} ").flatMap { $0.components(separatedBy: " | ") }.flatMap { part in
      part.components(separatedBy: " \u{2014} ").reduce(into: [String]()) { joined, piece in
        let name = piece.prefix(40).split(separator: ":", maxSplits: 1).first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased() }
        if joined.isEmpty || (piece.contains(":") && name.map { fieldTranslations[$0] != nil } == true) {
          joined.append(piece)
        } else {
          joined[joined.count - 1] += " \u{2014} " + piece
        }
      }
    }
    for part in pieces {
      let field = part.drop { "*_ ".contains($0) }
      if let colon = field.firstIndex(of: ":"),
        let english = fieldTranslations[field[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()]
      {
        parts.append(english + ":" + field[field.index(after: colon)...].drop { $0 == "*" || $0 == "_" })
      } else {
        parts.append(part)
      }
    }
    // "Задужена: Ана Тошић. Рок: 2. април 2037.": a field after the full stop that ends the one before.
    let line = parts.map(translatingFieldsAfterStops).joined(separator: " \u{00B7} ")
    // "טרם נקבע" (not yet set), "בוצע" (done), "IMEKAMILIKA" (completed): the values a record
    // writes in its fields in its own language.
    return Self.fieldValueTranslations.reduce(line) { line, pair in
      line.contains(pair.key) ? line.replacingOccurrences(of: pair.key, with: pair.value) : line
    }
  }

  /// A line's fields named in another language after a full stop, their names in English ("…
  /// Тошић. Рок: 2. април" → "… Тошић. Deadline: 2. април").
  static func translatingFieldsAfterStops(_ part: String) -> String {
    guard part.utf8.containsBytes(". ".utf8) else { return part }
    var result = part
    for (name, english) in fieldTranslations where english == "Responsible" || english == "Deadline" {
      for written in [name.prefix(1).uppercased() + name.dropFirst(), name] {
        result = result.replacingOccurrences(of: ". " + written + ":", with: ". " + english + ":")
      }
    }
    return result
  }

  /// A task written as a record whose owner field opens it ("Owner: UNDP") over its other fields
  /// ("Task: share the tool", "Due: 15 October"): the task's words, and the owner and other fields.
  func ownerFirstRecord(_ text: LocatedText, _ lists: [MarkdownNode]) -> (task: LocatedText, fields: [LocatedText])? {
    guard text.text.prefix(12).contains(":"), let colon = text.text.firstIndex(of: ":"),
      Self.ownerFieldNames.contains(text.text[..<colon].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))),
      var fields = fieldSubItems(lists, ownerRequired: false)
    else { return nil }
    guard let index = fields.firstIndex(where: { field in
      ["task", "what", "action"].contains { field.text.lowercased().hasPrefix($0 + ":") }
    }) else { return nil }
    let field = fields.remove(at: index)
    guard let start = field.text.firstIndex(of: ":"), case let rest = field.text[field.text.index(after: start)...].drop(while: { $0 == " " }),
      rest.startIndex < field.text.endIndex
    else { return nil }
    var task = field.slice(rest.startIndex..<field.text.endIndex)
    if let first = task.text.first, first.isLowercase {
      task = LocatedText(lines: [InlineText.Line(text: first.uppercased() + task.text.dropFirst(), location: task.firstLocation)])
    }
    return (task, [text] + fields)
  }

  /// A date with its month in Roman numerals as a number: "15.XII.2027." → "15.12.2027.".
  static func romanMonthsAsNumbers(_ text: String) -> String {
    guard text.contains("."), text.contains(where: { "IVX".contains($0) }) else { return text }
    let months = ["XII": 12, "XI": 11, "X": 10, "IX": 9, "VIII": 8, "VII": 7, "VI": 6, "V": 5, "IV": 4, "III": 3, "II": 2, "I": 1]
    var result = text
    for (roman, number) in months.sorted(by: { $0.key.count > $1.key.count }) {
      result = result.replacingOccurrences(of: "." + roman + ".", with: "." + String(number) + ".")
    }
    return result
  }

  /// Words that open no request after "To X:" ("To UNDP: thanks for hosting").
  static let notImperatives: Set<String> = [
    "the", "a", "an", "we", "i", "it", "this", "that", "these", "those", "thanks", "thank", "no", "not", "all", "our",
    "their", "its", "his", "her", "they", "he", "she", "there", "done", "n/a", "none", "see", "tbc", "tbd",
  ]

  /// Whom a list item that only labels the items under it addresses ("**To national
  /// governments**", "For donors:", "Donors", "Funding:"), or `nil` when it says more than a
  /// label: a cue, an owner, a sentence.
  func groupLabel(_ text: LocatedText, paragraphs: [MarkdownNode]) -> [String]? {
    // "🏛️ → City council": a mind map's icon and arrow before whom the branch's asks are for.
    var label = Self.droppingPictographs(text.text.trimmingBlanks)
    let colon = label.hasSuffix(":")
    while let last = label.last, ":*_ ".contains(last) { label.removeLast() }
    let analysis = SentenceAnalysis(label, rules: rules)
    // "IRG research team:" over its tasks is a label all the same: a verb standing bare after a
    // name ("research") may be a noun.
    let owned = analysis.ownerPhrase(from: 0, requireKnownVerb: false)
    guard !analysis.tokens.isEmpty, analysis.tokens.count <= 8, analysis.recommendationCue() == nil,
      analysis.labelCue() == nil, owned == nil || (colon && owned?.connector.isEmpty == true)
    else { return nil }
    let opening = ["to", "for"].contains(analysis.norm(0)) ? 1 : 0
    let chain = analysis.leadingChain(from: opening, limit: analysis.tokens.count)
    let namesOnly = chain.found && chain.end == analysis.tokens.count
    // Bold or italic throughout, as group headings are written.
    let emphasised = paragraphs.count == 1 && paragraphs.allSatisfy { paragraph in
      let marks = paragraph.children.filter { !($0.kind == .text && $0.literal.trimmingBlanks.allSatisfy { ":".contains($0) }) }
      return !marks.isEmpty && marks.allSatisfy { $0.kind == .strong || $0.kind == .emphasis }
    }
    // A few words without a verb to open them or a full stop to end them ("Funding", "Risk").
    let short = analysis.tokens.count <= 4 && !".!?".contains(label.last ?? ".")
      && !analysis.opensImperative(0, last: analysis.tokens.count - 1)
      && analysis.matchesStarting(at: 0, in: [.verb]).isEmpty
    guard namesOnly || colon || emphasised || short else { return nil }
    return chain.found ? chain.actors : []
  }

  /// A form's field labels, each a paragraph of its own in bold with its number ("**B4. Calls to
  /// action\*** *(say to whom …)*"), as the headings below the section they stand in
  /// ("Calls to action"): the field names what the blocks after it hold.
  static func fieldLabelsAsHeadings(_ blocks: [MarkdownNode], level: Int) -> [MarkdownNode] {
    guard blocks.contains(where: { $0.kind == .paragraph && $0.children.first?.kind == .strong }) else { return blocks }
    return blocks.map { block in
      guard block.kind == .paragraph, let label = block.children.first, label.kind == .strong else { return block }
      // Nothing but blanks and a guide in brackets after the label.
      let rest = block.children.dropFirst().filter { !($0.kind == .softBreak || ($0.kind == .text && $0.literal.trimmingBlanks.isEmpty)) }
      guard rest.count <= 1, rest.allSatisfy({ node in
        let guide = node.plainText.trimmingBlanks
        return node.kind == .emphasis && guide.hasPrefix("(") && guide.hasSuffix(")")
      }) else { return block }
      let words = label.plainText.trimmingBlanks
      guard let code = fieldCode.firstMatch(in: words, range: NSRange(words.startIndex..<words.endIndex, in: words)),
        let end = Range(code.range, in: words)
      else { return block }
      var name = words[end.upperBound...].trimmingBlanks
      while name.last == "*" || name.last == ":" { name.removeLast() }
      guard !name.isEmpty else { return block }
      return MarkdownNode(
        kind: .heading(level: level), range: block.range, children: [MarkdownNode(kind: .text, literal: name, range: label.range)])
    }
  }

  /// Minutes whose sections are numbered bold paragraphs, with no heading that names one ("**8.
  /// ÀBÁ (RECOMMENDATIONS)** — to go to the LG Chairman", "**10. TASKS**", "**11. AOB**"): each
  /// such paragraph as a heading of the sections' level, those that name no section closing the
  /// one before. Where fewer than two name a section, the bold paragraphs are left as they are.
  static func boldNamesAsHeadings(_ blocks: [MarkdownNode], level: Int, catalog: SectionCatalog) -> [MarkdownNode] {
    func heading(_ block: MarkdownNode, _ words: String) -> MarkdownNode {
      MarkdownNode(kind: .heading(level: level), range: block.range, children: [MarkdownNode(kind: .text, literal: words, range: block.range)])
    }
    // "8.", "10.", "3)": the number each title opens with.
    func numbered(_ block: MarkdownNode) -> String? {
      guard block.kind == .paragraph, let strong = block.children.first, strong.kind == .strong else { return nil }
      let words = strong.plainText.trimmingBlanks
      guard words.utf8.count <= 60, let first = words.split(separator: " ").first, first.count <= 4, first.first?.isNumber == true,
        first.last == "." || first.last == ")", first.dropLast().allSatisfy(\.isNumber)
      else { return nil }
      return words
    }
    let named = Set(blocks.indices.filter { numbered(blocks[$0]) != nil && SessionLoader.boldSectionName(blocks[$0], catalog: catalog) != nil })
    guard named.count >= 2 else { return blocks }
    return blocks.enumerated().map { offset, block in
      guard let words = numbered(block) else { return block }
      // "**5. MATTERS ARISING**": a numbered title alone on its line, in the same form, closes the
      // section before it.
      guard named.contains(offset) || block.children.count == 1 else { return block }
      return heading(block, words)
    }
  }

  /// A form's field number: "B4.", "A2", "Q3)", "C1.2".
  private static let fieldCode = NSRegularExpression.builtIn("form field code", "^[A-Z]{1,2}\\d{1,2}(?:\\.\\d{1,2})?[.)]?\\s+(?=\\S)", options: [])

  /// The owner a task names after its last colon, in a few words of its own: "Round 4
  /// collection, Jan–Mar 2028: facilitators"; "Follow up with the NGO: Musa + Brenn facilitator,
  /// within ten days" (the date after a comma); "Letter to the chief: Faith to draft, for Musa's
  /// signature" (the one before "to"). Not a date ("Next meeting: 4 May"), nor where the words
  /// before the colon are an owner's label ("UNDP: share the roster"), nor in a line of fields.
  static func trailingColonOwner(in text: String) -> String? {
    // One colon only: "… · Chair: Ingrid Sowande-Marsh · Hosts: …" is a line of fields.
    guard let colon = text.range(of: ": ", options: .backwards), text.range(of: ": ")?.lowerBound == colon.lowerBound else { return nil }
    let before = text[..<colon.lowerBound]
    guard before.split(separator: " ").count >= 3, before.contains(where: \.isLowercase) else { return nil }
    // "… by 2036-03-19 when: This Evening", "where: Town Hall": a planner's field of when or where,
    // named by its label, is no owner.
    if let label = before.split(separator: " ").last?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_")),
      ownerColonNonNames.contains(label) || ["tags", "tag", "list", "area", "project", "heading", "notes", "reminder", "repeat", "scheduled", "start"].contains(label)
    {
      return nil
    }
    var after = text[colon.upperBound...].trimmingBlanks
    while let last = after.last, ".;".contains(last) { after.removeLast() }
    if let comma = after.firstIndex(of: ",") { after = String(after[..<comma]).trimmingBlanks }
    var words = after.split(separator: " ")
    if let to = words.firstIndex(of: "to"), to > 0, to + 1 < words.count, words[to + 1].first?.isLowercase == true { words = Array(words[..<to]) }
    guard (1...4).contains(words.count), !words.joined().contains(where: { $0.isNumber || "()[]\"".contains($0) }) else { return nil }
    let owner = words.joined(separator: " ")
    let capitalised = words[0].first?.isUppercase == true
      && words.allSatisfy { $0.first?.isUppercase == true || ["+", "&", "and", "/"].contains($0) || $0 == words.last }
    guard capitalised || Self.rolePlurals.contains(owner.lowercased()), !isPlaceholder(owner),
      DueDateResolver.find(in: "by " + owner, sessionDate: nil) == nil
    else { return nil }
    return owner
  }

  /// Those a task is given to, named by their part, in small letters.
  static let rolePlurals: Set<String> = [
    "facilitators", "partners", "all partners", "members", "all members", "everyone", "organisers", "organizers", "co-chairs",
    "volunteers", "rapporteurs", "note-takers", "trainers", "moderators", "coordinators", "all",
  ]

  /// Whether a list is a form's choices, boxes ticked or not: two or more items, every one a box
  /// before a few words with no figure, owner or date ("- [x] Workshop", "- [ ] Open forum").
  func isOptionList(_ list: MarkdownNode, escaped: Set<Int>) -> Bool {
    guard list.children.count >= 2 else { return false }
    return list.children.allSatisfy { item in
      guard item.children.count == 1, let paragraph = item.children.first, paragraph.kind == .paragraph else { return false }
      let text = LocatedText(block: paragraph)
      guard let task = taskState(text, escaped: escaped), Self.taskKeyword(opening: text.text) == nil else { return false }
      let words = text.text.dropFirst(task.markerLength).split(separator: " ")
      return (1...3).contains(words.count) && !words.joined().contains(where: { $0.isNumber || ":@/()".contains($0) })
    }
  }

  /// Whether a block is a form's field over what answers it: a heading or a paragraph (bold as a
  /// rule) that ends in the asterisk of a required field or in a question mark.
  static func isFormField(_ block: MarkdownNode) -> Bool {
    switch block.kind {
    case .paragraph, .heading: break
    default: return false
    }
    let text = block.plainText.trimmingBlanks
    return text.utf8.count <= 120 && (text.hasSuffix("*") || text.hasSuffix("?"))
  }

  /// Task-list items nested under an item that is not itself read for sentences.
  private func processNestedTasks(_ items: [MarkdownNode], section: SectionID?, state: inout State) {
    for item in items {
      let firstText = item.children.first { $0.kind == .paragraph }.map { LocatedText(block: $0) } ?? LocatedText()
      if taskState(firstText, escaped: state.escapedBoxes) != nil {
        processListItem(item, section: section, headingActors: [], state: &state)
      } else {
        for child in item.children where child.isList {
          processNestedTasks(child.children, section: section, state: &state)
        }
      }
    }
  }

  /// The texts of nested items that belong to their parent (task-list items excepted).
  private func nestedTexts(_ lists: [MarkdownNode], escaped: Set<Int>) -> [LocatedText] {
    var result: [LocatedText] = []
    for list in lists {
      for item in list.children {
        var text = LocatedText()
        for paragraph in item.children where paragraph.kind == .paragraph { text.append(LocatedText(block: paragraph)) }
        if taskState(text, escaped: escaped) != nil { continue }
        if !text.isEmpty { result.append(text) }
        let deeper = item.children.filter(\.isList)
        result += nestedTexts(deeper, escaped: escaped)
      }
    }
    return result
  }

  private func taskState(_ located: LocatedText, escaped: Set<Int>) -> (done: Bool, markerLength: Int)? {
    let text = located.text
    // "TODO Draft the MoU", "DONE Send the list": an outliner's (Logseq's, Org mode's) task.
    if let keyword = Self.taskKeyword(opening: text) { return (keyword == "DONE", keyword.count + 1) }
    if let mark = Self.todoTxtMark(text) { return mark }
    guard text.hasPrefix("["), !escaped.contains(located.firstLocation.line) else { return nil }
    // "[ ]", "[x]", "[X]", and as hurried hands type them, "[ x ]", "[x ]", "[  ]".
    guard let close = text.prefix(6).firstIndex(of: "]") else { return nil }
    let inside = text[text.index(after: text.startIndex)..<close].filter { $0 != " " }
    guard inside.isEmpty || inside == "x" || inside == "X" else { return nil }
    let length = text.distance(from: text.startIndex, to: close) + 1
    let rest = text.dropFirst(length)
    guard rest.isEmpty || rest.first == " " else { return nil }
    // "[ ] TODO UNDP to book …": a keyword after the box is part of the mark.
    if let keyword = Self.taskKeyword(opening: String(rest.dropFirst())) {
      return (!inside.isEmpty || keyword == "DONE", length + 1 + keyword.count + 1)
    }
    return (!inside.isEmpty, length + (rest.isEmpty ? 0 : 1))
  }

  /// A todo.txt line's mark: its priority and the day it was written ("(A) 2036-03-04 Send …
  /// +project due:2036-03-11"), or "x", the day it was done and the day it was written ("x
  /// 2036-03-05 2036-03-04 Book …"). A priority alone ("(A) Governments should …") is a lettered
  /// item unless the line holds a todo.txt project or due field.
  static func todoTxtMark(_ text: String) -> (done: Bool, markerLength: Int)? {
    guard let opening = todoTxtOpening(text),
      opening.done || opening.dated || todoTxtField.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    else { return nil }
    return (opening.done, opening.length)
  }

  /// How a line opens if it opens as a todo.txt task does: "x" and the days it was done and
  /// written, or a priority in brackets and perhaps the day it was written; with the length of
  /// that opening.
  static func todoTxtOpening(_ text: String) -> (done: Bool, dated: Bool, length: Int)? {
    guard text.hasPrefix("x ") || text.hasPrefix("("),
      let match = todoTxtOpening.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)),
      let whole = Range(match.range, in: text)
    else { return nil }
    let done = text.hasPrefix("x ")
    return (done, done || match.range(at: 1).location != NSNotFound, text.distance(from: text.startIndex, to: whole.upperBound))
  }

  /// A todo.txt task's words without its projects and contexts ("… +youthbudget @email
  /// due:2036-03-11" → "… due:2036-03-11"): they file the task, and a context is no one's handle.
  /// A handle that opens the task ("@mateo.silva type up …") names its owner.
  /// A context that is a name ("@Maren") or a role ("@secretariat") names the task's owner, as
  /// an owner's field after the task.
  static func droppingTodoTxtTags(_ text: String, marked: Bool) -> String {
    guard marked else { return text }
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    var owner: Substring? = nil
    let kept = words.enumerated().filter { index, word in
      guard word.count > 1, let first = word.first, first == "+" || (first == "@" && index > 0) else { return true }
      let tag = word.dropFirst()
      guard tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else { return true }
      if first == "@", owner == nil, tag.first?.isUppercase == true || ownerRoles.contains(tag.lowercased()) { owner = word }
      return false
    }
    let rest = kept.map(\.element).joined(separator: " ")
    return owner.map { "\(rest) \u{2014} owner: \($0.dropFirst())" } ?? rest
  }

  /// Whether a todo.txt line is none of this session's tasks: one filed for "+someday" or as
  /// "maybe:", or one written before the session day ("x 2037-02-21 2037-02-14 Send …" in notes
  /// of 14 March).
  static func isOtherTodoTxtTask(_ text: String, sessionDate: CalendarDate?) -> Bool {
    let lowered = text.lowercased()
    if lowered.contains(" +someday") || lowered.contains(" +maybe") || lowered.contains(" maybe:") { return true }
    guard let sessionDate, let mark = todoTxtMark(text) else { return false }
    let opening = text.prefix(mark.markerLength).split(separator: " ")
    guard let written = opening.last.flatMap({ CalendarDate(written: String($0)) }) else { return false }
    return written < sessionDate
  }

  private static let todoTxtOpening = NSRegularExpression.builtIn(
    "todo.txt opening", "^(?:x(?: \\d{4}-\\d{2}-\\d{2}){1,2}|\\([A-Z]\\)( \\d{4}-\\d{2}-\\d{2})?) (?=\\S)", options: [])
  private static let todoTxtField = NSRegularExpression.builtIn("todo.txt field", "\\s(?:\\+[\\w-]+|due:\\d{4}-\\d{2}-\\d{2})(?=\\s|$)", options: [])

  /// An outliner's planning dates in a task's text ("DEADLINE: <2027-11-19 Fri>", "SCHEDULED:
  /// <2027-11-08 Mon>"): the text without them, and the due date, the deadline before the
  /// scheduled day, with the words that gave it.
  static func planningDates(in text: String) -> (text: String, due: String?, words: String) {
    guard text.utf8.containsBytes("D: <".utf8) || text.utf8.containsBytes("E: <".utf8) else { return (text, nil, "") }
    var rest = text
    var found: [String: (date: String, words: String)] = [:]
    for keyword in ["DEADLINE", "SCHEDULED"] {
      guard let start = rest.range(of: keyword + ": <"), let close = rest[start.upperBound...].firstIndex(of: ">") else { continue }
      let inside = rest[start.upperBound..<close]
      let words = String(rest[start.lowerBound...close])
      if inside.count >= 10, let date = CalendarDate(iso: String(inside.prefix(10))) {
        found[keyword] = (date.description, words)
      }
      rest.removeSubrange(start.lowerBound...close)
    }
    let due = found["DEADLINE"] ?? found["SCHEDULED"]
    return (rest.split(separator: " ").joined(separator: " "), due?.date, due?.words ?? "")
  }

  /// A text without the editor's mark that opens it: "[Added:] …", "[Added by VQ] …", "[New] …",
  /// "[Correction:] …" (a reviewer's note on a draft, not the item's words).
  static func droppingEditorialMark(_ text: LocatedText) -> LocatedText {
    guard text.text.hasPrefix("["), let close = text.text.prefix(40).firstIndex(of: "]") else { return text }
    let inside = text.text[text.text.index(after: text.text.startIndex)..<close].lowercased()
    let words = inside.split(separator: " ")
    guard (1...5).contains(words.count), let first = words.first,
      ["added", "new", "correction", "corrected", "edit", "edited", "update", "updated", "note", "insert", "inserted"].contains(first.trimmingCharacters(in: CharacterSet(charactersIn: ":")))
        || inside.hasSuffix("missed this:") || inside.hasSuffix("missed this")
        // "[green] Donors: stop funding …": a board's sticky note, its colour before its words.
        || stickyColours.contains(inside)
    else { return text }
    let rest = text.text[text.text.index(after: close)...].drop { $0 == " " || $0 == ":" }
    guard rest.startIndex < text.text.endIndex else { return text }
    return text.slice(rest.startIndex..<text.text.endIndex)
  }

  /// The colours a board's sticky notes are typed up with: "[yellow]", "[light blue]".
  static let stickyColours: Set<String> = [
    "yellow", "pink", "green", "blue", "orange", "red", "purple", "violet", "grey", "gray", "white", "light blue", "dark blue",
    "light green", "dark green", "light yellow", "cyan", "magenta", "lilac", "teal",
  ]

  /// The outliner's keyword a text opens with, a word following it ("TODO Draft …" → "TODO").
  static func taskKeyword(opening text: String) -> String? {
    guard let first = text.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
      let space = text.prefix(12).firstIndex(of: " "), taskKeywords.contains(String(text[..<space])),
      text[space...].dropFirst().first.map({ !$0.isWhitespace }) == true
    else { return nil }
    return String(text[..<space])
  }

  /// The keywords that open an outliner's task, in capitals: its state.
  static let taskKeywords: Set<String> = [
    "TODO", "DOING", "NOW", "LATER", "WAITING", "WAIT", "DONE", "CANCELED", "CANCELLED", "IN-PROGRESS",
  ]

  /// The lines of `text` whose list item opens with an escaped box, `- \\[ \\] …` or `1. \\[x] …`:
  /// written so as not to be a task. Most notes have no `\\[` at all.
  static func escapedBoxLines(_ text: String) -> Set<Int> {
    guard text.utf8.containsBytes(#"\["#.utf8) else { return [] }
    var lines: Set<Int> = []
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var rest = line.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
      if let bullet = rest.first, bullet == UInt8(ascii: "-") || bullet == UInt8(ascii: "*") || bullet == UInt8(ascii: "+") {
        rest = rest.dropFirst()
      } else {
        let digits = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        rest = rest.dropFirst(digits.count)
        guard !digits.isEmpty, let mark = rest.first, mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")") else { continue }
        rest = rest.dropFirst()
      }
      if rest.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).starts(with: #"\["#.utf8) {
        lines.insert(offset + 1)
      }
    }
    return lines
  }

  // MARK: - Items of the Recommendations and Action items sections

  /// Whether a heading opens a summary of what a consultation's respondents said: "Summary of
  /// responses", "What respondents told us", "Analysis of the consultation responses".
  static func summarisesResponses(_ heading: String) -> Bool {
    let name = SectionCatalog.normalise(heading)
    guard name.contains("respon") else { return false }
    return [
      "summary of responses", "summary of the responses", "summary of consultation responses", "summary of the consultation responses",
      "analysis of responses", "analysis of the responses", "analysis of the consultation responses", "consultation responses",
      "what respondents said", "what respondents told us", "responses received", "overview of responses",
    ].contains(name)
  }

  /// The initials a note defines for people: "TO = Tomas Okri · ML = Mira Lenz", "Mira Lenz (ML)":
  /// a name of two or three words whose first letters the initials are, no body's name ("Regional
  /// Office (RO)").
  static func definedInitials(in text: String) -> Set<String> {
    guard text.utf8.contains(UInt8(ascii: "=")) || text.utf8.contains(UInt8(ascii: "(")) else { return [] }
    var found: Set<String> = []
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    for (pattern, initialsGroup, nameGroup) in [(initialsEqualName, 1, 2), (nameThenInitials, 2, 1)] {
      for match in pattern.matches(in: text, range: range) {
        guard let initials = Range(match.range(at: initialsGroup), in: text), let name = Range(match.range(at: nameGroup), in: text) else { continue }
        let words = text[name].split(whereSeparator: { $0 == " " || $0 == "-" })
        guard (2...3).contains(words.count), String(words.compactMap(\.first)) == text[initials],
          !words.contains(where: { SessionLoader.bodyNouns.contains($0.lowercased()) || ["group", "unit", "team", "party"].contains($0.lowercased()) })
        else { continue }
        found.insert(String(text[initials]))
      }
    }
    return found
  }
  private static let initialsEqualName = NSRegularExpression.builtIn(
    "initials equal name", #"(?<![\w=])([A-Z]{2,3})\s?=\s?([A-Z][\p{Ll}]+(?:[ -][A-Z][\p{Ll}'-]+){1,2})"#, options: [])
  private static let nameThenInitials = NSRegularExpression.builtIn(
    "name then initials", #"\b([A-Z][\p{Ll}]+(?:[ -][A-Z][\p{Ll}'-]+){1,2})\s\(([A-Z]{2,3})\)"#, options: [])

  /// The one person (or a pair joined by "+", "&" or "/") that defined initials name where a clause
  /// opens in a task: "ML" in "Each owner writes their own; ML checks by Fri 4/7", "… follow-up: ML,
  /// with a tracker", "(TO — done in the room ✔)"; `nil` where none or several apart are named.
  static func initialsNamed(in text: String, defined: Set<String>) -> String? {
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    let found = openingInitials.matches(in: text, range: range).compactMap { match -> String? in
      guard let first = Range(match.range(at: 1), in: text), defined.contains(String(text[first])) else { return nil }
      guard let second = Range(match.range(at: 2), in: text) else { return String(text[first]) }
      return defined.contains(String(text[second])) ? text[first] + " + " + text[second] : nil
    }
    return Set(found).count == 1 ? found.first : nil
  }
  private static let openingInitials = NSRegularExpression.builtIn(
    "opening initials", #"(?:^|[:;(\u2014]\s*)([A-Z]{2,3})(?:\s*[+&/]\s*([A-Z]{2,3}))?\b(?!\.)"#, options: [])

  /// "IF the Holm Foundation says yes in July → ML moves …", "If the grant comes → we hire":
  /// a condition opening the item (after a list's number), then an arrow to what follows from it.
  static func opensWithConditionArrow(_ text: String) -> Bool {
    let words = text.drop { !$0.isLetter }
    guard words.prefix(3).lowercased() == "if ", let arrow = ["\u{2192}", "->", "=>"].compactMap({ words.range(of: $0) }).first else { return false }
    return words.distance(from: words.startIndex, to: arrow.lowerBound) <= 120
  }

  private func addSectionItem(
    _ kind: ItemKind, text: LocatedText, extra: [LocatedText], headingActors: [String], requireOwnerOrDate: Bool = false,
    clause: Bool = false, state: inout State
  ) {
    // "[Add next step] [Open tracker]": a document tool's buttons, copied with the list.
    if text.text.utf8.contains(UInt8(ascii: "[")), text.text.utf8.last == UInt8(ascii: "]"), Self.isButtonRow(text.text) { return }
    // "FOR ACTION — MAREND DESK: circulate …": a readout's mark of a task, no part of it; "FOR
    // INFORMATION — …" marks none.
    if text.text.hasPrefix("FOR ") || text.text.hasPrefix("For ") {
      let marked = text.text.prefix(20).uppercased()
      if marked.hasPrefix("FOR INFORMATION") || marked.hasPrefix("FOR INFO ") || marked.hasPrefix("FOR INFO:") { return }
      if marked.hasPrefix("FOR ACTION"), let rest = text.text.dropFirst(10).firstIndex(where: { $0.isLetter }) {
        let marks = text.text[text.text.index(text.text.startIndex, offsetBy: 10)..<rest]
        if marks.contains(where: { ":\u{2014}\u{2013}-".contains($0) }) {
          addSectionItem(kind, text: text.slice(rest..<text.text.endIndex), extra: extra, headingActors: headingActors,
            requireOwnerOrDate: requireOwnerOrDate, clause: clause, state: &state)
          return
        }
      }
    }
    // "(7–0–1)", "(8-0-0)": a vote's tally on a line of its own.
    if text.text.utf8.count <= 16, Self.isVoteTally(text.text) { return }
    // "Issued by the Secretariat, …, 5 August 2037.": who issued the document, under its last list.
    if kind == .recommendation, text.text.hasPrefix("Issued by ") || text.text.hasPrefix("*Issued by "), Self.isSignedOrSentTo(text.text) { return }
    // "TBC: Erlen remote KIIs — only if the security focal point clears it": waiting on another's yes.
    // "Only if funds are available; no date", "Subject to the availability of funds, the
    // Secretariat may …": waiting on money not yet found.
    if kind == .action, text.text.utf8.containsBytes("nly if ".utf8) || text.text.utf8.containsBytes("vailability of funds".utf8),
      text.text.lowercased().contains("only if ") || text.text.lowercased().contains("subject to the availability of funds")
    {
      return
    }
    // "IF the Holm Foundation says yes in July → **ML** moves the district workshops. Only then.":
    // a step to take if something happens, written as the condition and an arrow to it.
    if kind == .action, Self.opensWithConditionArrow(text.text) { return }
    // "**Meeting ended** · 13:44 · 1 h 14 min · Rosa's Personal Room": a call app's own line.
    if kind == .action, Self.isCallEventLine(text.text) { return }
    // "**Næste møde** *(next meeting)*: tirsdag den 12. maj 2037": when the body meets next, no task.
    if Self.opensWithOtherNextMeeting(text.text) { return }
    // "✓ Mirror Stage: recording to Kessa FM": a mark before the owner's label says it is done.
    let markedDone = text.text.unicodeScalars.first.map(Self.doneMarks.contains) ?? false
    let unlabelled = Self.droppingItemLabel(
      Self.droppingTaskCode(Self.droppingItemCode(Self.droppingNumber(Self.droppingLetter(Self.droppingBullet(Self.droppingBox(Self.droppingEditorialMark(Self.droppingTimestamp(text)))))))))
    // "4.2 ACTION (Chair): forward the recommendations …" among them: a task its label gives an owner.
    if kind == .recommendation, Self.labelledOwner(in: unlabelled.text) != nil {
      addSectionItem(.action, text: text, extra: extra, headingActors: [], requireOwnerOrDate: requireOwnerOrDate, clause: clause, state: &state)
      return
    }
    // A paragraph beside the section's list is an item by its label ("TODO: confirm …"): it keeps it.
    // "Përgjegjës: Gentian Lleshi · Afati: 31 mars 2037": fields named in the notes' language.
    let text = Self.withEnglishFieldNames(requireOwnerOrDate ? unlabelled : droppingCueLabel(unlabelled, kind: kind))
    if Self.isNegativeVerdict(text.text), state.place.subheading >= 0 {
      state.turnedDown.insert([state.place.section, state.place.subheading])
    }
    // "**Civil society:** —": a field the notes leave empty.
    if let colon = text.text.range(of: ": "), text.text[..<colon.lowerBound].split(separator: " ").count <= 4,
      text.text[colon.upperBound...].allSatisfy({ "-\u{2013}\u{2014}. /".contains($0) })
        || ["n/a", "none", "nil", "none.", "n/a."].contains(text.text[colon.upperBound...].trimmingBlanks.lowercased())
    {
      return
    }
    // "Bring back the 2019 night curfew? [about 20 hands; dropped]": a remark that sets it aside,
    // or a question left as one.
    if let remark = Self.closingRemark(text.text) {
      let lowered = remark.remark.lowercased()
      if ["dropped", "rejected", "withdrawn", "not adopted", "not kept", "not agreed", "ruled out", "voted down"].contains(where: lowered.contains) {
        return
      }
      if kind == .recommendation, remark.before.hasSuffix("?") { return }
    }
    // "→ CONSENTED · delegation: Tamar to send the one-pager … by 2028-01-31": the verdict, then
    // a task it gives.
    if text.text.utf8.containsBytes(": ".utf8), isProcessLine(text.text), let colon = text.text.range(of: ": ", options: .backwards),
      let task = classify(text.slice(colon.upperBound..<text.text.endIndex), state: state), task.kind == .action
    {
      append(task, section: .actions, state: &state)
      return
    }
    guard !text.isEmpty, !Self.isStruckOut(text.text), !Self.isCancelled(text.text), !Self.isRestatement(text.text),
      !Self.announcesItems(text.text), !isProcessLine(text.text),
      !Self.isPlaceAndDate(text.text, sessionDate: state.sessionDate), !(kind == .action && Self.announcesMeeting(text.text)),
      !Self.pointsElsewhere(text.text), !Self.isOpenQuestion(text.text), !Self.isRapporteursAside(text.text)
    else {
      return
    }
    // "Deferred: a proposal that the Secretariat should draft …", "… was not taken forward."
    guard !(SentenceAnalysis.mayBeRejected(text.text) && SentenceAnalysis(text.text, rules: rules).isRejected) else { return }
    // "After the break, the Commissioner for Youth will speak about the youth pillar": the
    // programme, not a task ("will speak to the ministry" is one).
    if kind == .action, Self.announcesTalk(text.text) || Self.onlyConsiders(text.text) { return }
    // "Calendar: drafting session 4, Friday …", "Tolvany asked whether …", "Drummore said it could
    // lift its brackets … if …": dates, a question, an offer on a condition.
    if kind == .action, Self.opensWithCalendarLabel(text.text) || Self.reportsQuestion(text.text) || Self.couldOnCondition(text.text) { return }
    // "Should the Department approve para 17, Mission would inform the co-hosts": an offer on a
    // condition, no task yet.
    if Self.isJokeOrGroundRule(text.text) || (kind == .action && (Self.isInvertedCondition(text.text) || Self.offersOnApproval(text.text))) { return }
    // "Governments should adopt a plan. TODO: check wording with UNDP.": a sentence a task label
    // opens is an action of its own, not words of the recommendation before it.
    if kind == .recommendation, extra.isEmpty, let cut = labelledSentenceStart(in: text.text) {
      let before = text.slice(text.text.startIndex..<cut)
      let after = text.slice(cut..<text.text.endIndex)
      addSectionItem(kind, text: before, extra: [], headingActors: headingActors, state: &state)
      if let item = classify(after, state: state), item.kind == .action { append(item, section: .recommendations, state: &state) }
      return
    }
    // "UNDP to share the mapping; OHCHR to convene partners by 30 October": one action per owner.
    // The analysis that finds the clauses serves the action when there is only one.
    let clauses = kind == .action && extra.isEmpty ? ownedClauses(text) : nil
    if let parts = clauses?.parts, parts.count > 1 {
      for part in parts {
        addSectionItem(
          kind, text: part, extra: [], headingActors: headingActors, requireOwnerOrDate: requireOwnerOrDate, clause: true,
          state: &state)
      }
      return
    }
    var kind = kind
    // "The question of the per diems is postponed to the next meeting", "The network will not sign
    // …": nothing is to be done.
    if kind == .action, Self.isPostponed(text.text) || Self.refusesTask(text.text) { return }
    // "To urge the municipal governments to lend their youth centres …", among a network's
    // decisions: advice to those named, whatever the section.
    var infinitiveRequest = false
    if kind == .action, extra.isEmpty, Self.opensWithInfinitiveRequest(text.text) {
      kind = .recommendation
      infinitiveRequest = true
    }
    // "It was resolved that the President shall write to the Commission by 31 July": among
    // resolutions, a decision that gives the meeting's own people a task is that task.
    // "The RSA to compile a list … by 29th October", "The Chairperson to write to …" among a
    // meeting's resolutions: a task of one of its own, dated or given to one who runs it.
    if kind == .recommendation, !state.actionsToo, text.text.utf8.containsBytes(" to ".utf8),
      let found = classify(text, state: state), found.kind == .action, found.rule == "cue:owner-to-verb", let owner = found.owner,
      namesOneOwner(owner),
      Self.ownerRoles.contains(owner.lowercased()) || ["chairperson", "chairman", "secretary"].contains(owner.lowercased())
        || (found.due != nil && owner.split(separator: " ").count <= 2 && owner.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." }))
    {
      append(found, section: .recommendations, state: &state)
      return
    }
    // "Regional seminar on online hate – responsible: the secretariat; in week 22." after "Among the
    // priorities:": a task with its owner's field and its date, though the lead-in named advice.
    if kind == .recommendation, extra.isEmpty, Self.isOwnedAndDated(text.text, sessionDate: state.sessionDate) { kind = .action }
    if kind == .recommendation, state.actionsToo || Self.opensWithDecision(text.text) {
      let found = classify(text, state: state)
      // "Compile the case studies. Owner: Secretariat, due: 2017-12-10." under Next steps: a task
      // written with its owner's field, though no cue makes it one.
      if found?.kind == .action || (state.actionsToo && found == nil && Self.explicitOwner(in: text.text) != nil) {
        kind = .action
      }
    }
    var action: ExtractedItem? = nil
    var adviceCue: Evidence? = nil
    if kind == .action {
      let made = makeAction(text, extra: extra, rule: "section:actions", strength: 3, state: state, analysis: clauses?.analysis)
      action = made
      // "Way forward" holding advice: "that governments ought to include costed indicators" is a
      // recommendation, when it names no owner and no date of its own.
      // "The secretariat should circulate the report" is a task all the same: one body is to do it.
      // "To urge the municipal governments to lend their youth centres", among a network's
      // decisions: advice to an actor the taxonomy knows.
      if extra.isEmpty, !clause, made.owner == nil, made.due == nil, let found = classify(text, state: state),
        found.kind == .recommendation,
        found.rule == "cue:should" || (found.rule == "cue:urged" && !found.actors.isEmpty && !Self.opensWithCue(found))
      {
        if let owner = modalTaskOwner(text.text) {
          action?.owner = owner
          action?.evidence.insert(Evidence(rule: "owner", words: owner), at: 0)
        } else if let first = text.text.split(separator: " ").first, ["we", "i"].contains(first.lowercased()) {
          // "We need to circulate minutes": the room's own task, with no one named yet.
        } else {
          kind = .recommendation
          adviceCue = found.evidence.first { $0.rule.hasPrefix("cue:") }
        }
      }
    }
    // Advice under Action items is a recommendation by its cue; the section is named as it is.
    let rule = adviceCue?.rule ?? (infinitiveRequest ? "cue:urged" : kind == .recommendation ? "section:recommendations" : "section:actions")
    var item: ExtractedItem
    if kind == .action, let made = action {
      item = made
      if markedDone { item.done = true }
      // "We ask the Ministry of Interior to send us, by the end of January, …", "We expect the
      // Government to respond within two months": under follow-up, the one asked owns the task.
      // "Co-Facilitator Tomasz Wren-Halloran added that he will hold informal consultations …":
      // the one who said it. One analysis serves both, made only when a word asks for it.
      let asks = text.text.containsAnyBytes(Self.askingBytes) || text.text.utf8.containsBytes("expect".utf8)
      let says = text.text.containsAnyBytes(Self.futureBytes)
      if item.owner == nil, extra.isEmpty, asks || says {
        let analysis = clauses?.analysis ?? SentenceAnalysis(text.text, rules: rules)
        if asks, let found = analysis.askedTask(verbs: SentenceAnalysis.askingTaskVerbs.union(["expect"])),
          found.byMeeting, found.knownVerb, Self.looksLikeOwner(found.owner) || Self.looksLikeName(found.owner)
        {
          item.owner = analysis.cleanOwner(found.owner)
          item.evidence.insert(Evidence(rule: "owner", words: found.owner), at: 0)
        } else if says, let found = analysis.saidCommitment(),
          let owner = Self.speakersOwn(found.owner, speaker: analysis.openingName()) ?? found.owner ?? analysis.openingName(),
          !Self.isPlaceholder(owner), !Self.namesPossessive(owner)
        {
          item.owner = owner
          item.evidence.insert(Evidence(rule: "owner", words: owner), at: 0)
        }
      }
      // "Sgt Moira Quaye (Alcyon Police): "I'll take ask 2 to the superintendent …"": the one who
      // said the promise quoted after the name.
      // "Dana Hadley (head, Upper School): "The school will hold …"": an offer quoted after the
      // name is that person's; one on a condition ("If the council pays …") is no task yet.
      if let colon = text.text.prefix(60).firstIndex(of: ":"), item.owner.map({ text.text[..<colon].contains($0) }) ?? true,
        case let after = text.text[text.text.index(after: colon)...].drop(while: { $0 == " " }),
        case let quoted = after.first.map({ "\"\u{201C}".contains($0) }) == true,
        case let said = after.drop(while: { "\"\u{201C}".contains($0) }),
        quoted || ["I'll ", "I will ", "I\u{2019}ll ", "I shall ", "I can ", "We'll ", "We will ", "We\u{2019}ll "].contains(where: said.hasPrefix),
        case let label = String(text.text[..<colon]).trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")),
        let owner = Self.colonOwner(label) ?? label.firstIndex(of: "(").flatMap({ Self.colonOwner(String(label[..<$0]).trimmingBlanks) })
      {
        if quoted, said.hasPrefix("If ") { return }
        item.owner = owner
        item.evidence.removeAll { $0.rule == "owner" }
        item.evidence.append(Evidence(rule: "owner", words: owner))
      }
      if item.owner == nil, let owner = state.impliedOwner {
        item.owner = owner
        item.evidence.append(Evidence(rule: "owner", words: owner))
      }
      // "hold a public hearing in September, convened by Yusra Hadane", "send a delegation, led
      // by Tomas Grell, to Brennholm": the one named to lead the task.
      if item.owner == nil, text.text.first?.isLowercase == true, text.text.utf8.containsBytes(" by ".utf8), let (owner, words) = Self.ledBy(text.text) {
        item.owner = owner
        item.evidence.append(Evidence(rule: "owner", words: words))
      }
      // "One owner for the whole follow-up: ML, with a tracker", "Each owner writes their own; ML
      // checks by Fri 4/7": the one person the notes' initials name in the task.
      if item.owner == nil, !state.definedInitials.isEmpty, let owner = Self.initialsNamed(in: text.text, defined: state.definedInitials) {
        item.owner = owner
        item.evidence.append(Evidence(rule: "owner", words: owner))
      }
      if item.due == nil, let due = state.groupDue {
        item.due = due.date.description
        item.evidence.append(Evidence(rule: "due", words: due.words))
      }
      // An action with an owner says there is something to do; "Lunch is served in the garden" is
      // the running of the day.
      if item.owner == nil, statesNone(text.text) || Self.isHousekeeping(text.text) || Self.isScheduledEvent(text.text) || Self.isSourceNote(text.text) {
        return
      }
      // "La Presidente – dott.ssa Elena Marchetti · Il Segretario – dott. Luca Ferraro": who
      // signed the minutes, whatever owner a dash seems to give.
      if Self.isSignatureLine(text.text) || Self.isContactLine(text.text) || Self.isCalendarLine(text.text) || Self.tellsStruckLines(text.text)
        || Self.isExportStamp(text.text) || Self.isSignedOrSentTo(text.text) || Self.opensClosingLine(text.text)
      {
        return
      }
      // "**Minister's decision:** Option A ☐ · Option B ☐ · Discuss ☐": boxes to choose from, no task.
      if text.text.filter({ $0 == "\u{2610}" }).count >= 2 { return }
      // "The Director said he 'would look into it if the 2037 budget allows'": an offer on a
      // condition, not yet a task, wherever it stands.
      if text.text.utf8.containsBytes(" if ".utf8) {
        let analysis = SentenceAnalysis(text.text, rules: rules)
        if let modal = analysis.tokens.indices.first(where: { ["would", "could", "might"].contains(analysis.norm($0)) }),
          Self.onCondition(analysis, after: modal)
        {
          return
        }
      }
      if requireOwnerOrDate, item.due == nil {
        let analysis = SentenceAnalysis(text.text, rules: rules)
        // Beside a list, a sentence whose verb follows its subject bare reports, as minutes do:
        // "Aisha Bello set out the union's position …" gives no one a task.
        if item.owner != nil, analysis.ownerPhrase(from: 0, requireKnownVerb: false)?.connector.isEmpty == true {
          item.owner = nil
        }
        // "someone needs to book the hall": a task nobody has taken, which the list still holds.
        if item.owner == nil, !Self.opensUnownedTask(analysis) {
          guard let label = analysis.labelCue(), label.cue.kind == .action else { return }
        }
      }
    } else {
      guard !statesNone(text.text), extra.isEmpty ? !concludesWithoutAsking(text.text) : true else { return }
      item = makeRecommendation(text, extra: extra, rule: rule, strength: 3, headingActors: headingActors)
    }
    // "Who: OHCHR What: draft the guidance note When: 15 November": the task is what "What:" says;
    // the owner and the date stay beside it.
    if kind == .action, let task = Self.fieldTask(item.text) { item.text = task }
    item.text = Self.sentenceText(item.text, droppingLabelOf: text.text, owner: item.owner, rules: rules)
    // "… Responsible: Katibu. Deadline: done ✔": its fields, before they are dropped, say it is done.
    if kind == .action, !item.done, item.text.utf8.containsBytes(": done".utf8), Self.marksDone(item.text) { item.done = true }
    if kind == .action, let owner = item.owner { item.text = Self.droppingOwnerField(item.text, owner: Self.ownerAsWritten(item) ?? owner) }
    if kind == .action, item.due != nil { item.text = Self.droppingDueField(item.text) }
    // A clause cut from a sentence ends as one.
    if clause, let last = item.text.last, !".!?".contains(last) { item.text += "." }
    if let adviceCue {
      item.evidence.insert(adviceCue, at: 0)
      item.evidence.insert(Evidence(rule: "section:actions", words: state.sectionWords ?? "Action items"), at: 0)
    } else {
      item.evidence.insert(Evidence(rule: rule, words: state.sectionWords ?? (kind == .recommendation ? "Recommendations" : "Action items")), at: 0)
    }
    append(item, section: kind == .recommendation ? .recommendations : .actions, state: &state)
  }

  /// The one body or person a task under Action items is given with a modal verb: "The
  /// secretariat should circulate the report" → "secretariat", "Ms Lee must book the room";
  /// `nil` for advice to a kind of actor ("Governments ought to include costed indicators").
  func modalTaskOwner(_ text: String) -> String? {
    let analysis = SentenceAnalysis(text, rules: rules)
    if text.utf8.containsBytes(" shall ".utf8), let owner = analysis.obligedTask()?.owner {
      // Under Action items whoever it is laid on owns it: "Ministries of interior from three
      // countries shall to inform RRI …".
      return Self.ownerRoles.contains(owner.lowercased()) || owner.first?.isUppercase == true ? owner : nil
    }
    guard let hit = analysis.recommendationCue(), hit.cue.form == .modal, (1...6).contains(hit.match.start),
      hit.match.end < analysis.tokens.count, !analysis.matchesStarting(at: hit.match.end, in: [.verb]).isEmpty,
      !(1..<hit.match.start).contains(where: { analysis.gap(before: $0).contains(where: { ",;:(".contains($0) }) })
    else { return nil }
    var owner = String(text[analysis.tokens[0].range.lowerBound..<analysis.tokens[hit.match.start - 1].range.upperBound])
    if owner.lowercased().hasPrefix("the ") { owner.removeFirst(4) }
    guard Self.ownerRoles.contains(owner.lowercased()) || (Self.looksLikeName(owner) && namesOneOwner(owner)) else { return nil }
    return owner
  }

  /// Whether a paragraph of the Speakers section is prose, a panellist's contribution written up
  /// (three sentences or more, forty words or more), not a speaker's line or short biography.
  /// The owner a label over tasks names ("**UNDP**", "Hedayah:", "Secretariat"), not the kind of
  /// task ("Logistics", "Communications") nor a placeholder.
  static func ownerLabel(_ text: String) -> String? {
    let label = SentenceAnalysis.droppingReflexive(text.trimmingBlanks.trimmingCharacters(in: ":*_ "))
    guard looksLikeName(label), !isPlaceholder(label), !leadingLabels.contains(label.lowercased()), !labelsNotNames(label) else { return nil }
    return label
  }

  /// The items a lead-in stands over (its lettered lines or paragraphs): recommendations addressed
  /// as it says ("The participants call upon donors to:"), tasks owned by whom it names ("The
  /// Secretariat is requested to:"), where an item names no one of its own.
  private func addLedItems(_ parts: [LocatedText], kind: ItemKind, leadIn: String, headingActors: [String], state: inout State) {
    let addressed = kind == .recommendation ? leadInAddressees(leadIn) : []
    let outerOwner = state.groupOwner
    if kind == .action, let owner = Self.leadInOwner(leadIn) { state.groupOwner = owner }
    for part in parts {
      addSectionItem(kind, text: part, extra: [], headingActors: addressed.isEmpty ? headingActors : addressed, state: &state)
    }
    state.groupOwner = outerOwner
  }

  /// Who a lead-in into tasks names as doing them: "The Secretariat is requested to:", "The
  /// Secretariat will:", "UNDP agreed to:" → "Secretariat", "UNDP".
  /// Whose commitments a bold lead-in names: "**JPH's commitments to the room:**" → "JPH"; not a
  /// speaker's words ("Her commitments:").
  static func commitmentsOwner(_ text: String) -> String? {
    let label = text.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_: "))
    guard let mark = label.range(of: #"['\u2019]s\s+(?:commitments|undertakings|pledges|promises)\b"#, options: .regularExpression) else { return nil }
    var owner = String(label[..<mark.lowerBound])
    if owner.hasPrefix("The ") { owner.removeFirst(4) }
    guard (1...4).contains(owner.split(separator: " ").count), looksLikeName(owner), !isPlaceholder(owner) else { return nil }
    return owner
  }

  /// `committed`: only a lead-in that says the tasks will be done ("will", "shall", "agreed to",
  /// "undertook to"), its owner the last name after any comma ("By June, UNDP will:").
  static func leadInOwner(_ text: String, committed: Bool = false) -> String? {
    var body = text.trimmingBlanks
    guard body.hasSuffix(":") else { return nil }
    body.removeLast()
    // "7. The Secretariat …": past the paragraph's number.
    if let first = body.first, first.isNumber, let space = body.firstIndex(of: " ") {
      body = String(body[space...]).trimmingBlanks
    }
    // "Congress instructs the General Council to:": the body a meeting instructs does the tasks.
    if let instructed = body.range(of: #"\b(?:instructs|instructed|directs|directed|mandates|mandated|tasks|tasked)\s+(?:the\s+)?(.+)\s+to$"#, options: .regularExpression) {
      var owner = String(body[instructed]).split(separator: " ").dropFirst().dropLast().joined(separator: " ")
      if owner.hasPrefix("the ") { owner.removeFirst(4) }
      return looksLikeName(owner) && !isPlaceholder(owner) && owner.split(separator: " ").count <= 5 ? owner : nil
    }
    let endings = committed
      ? [" is requested to", " are requested to", " will", " shall", " agreed to", " undertook to", " undertakes to", " committed to", " commits to"]
      : [" is requested to", " are requested to", " is asked to", " are asked to", " is invited to", " are invited to",
        " will", " shall", " agreed to", " undertook to", " undertakes to", " to"]
    for ending in endings where body.hasSuffix(ending) {
      var owner = String(body.dropLast(ending.count)).trimmingBlanks
      if committed, let comma = owner.range(of: ", ", options: .backwards) { owner = String(owner[comma.upperBound...]) }
      if owner.hasPrefix("The ") { owner.removeFirst(4) }
      return looksLikeName(owner) && !isPlaceholder(owner) && owner.split(separator: " ").count <= 5 ? owner : nil
    }
    return nil
  }

  /// Whether a text opens as a list of speakers writes them: a name of capitalised words before a
  /// comma or a dash ("Samira Haddad, youth delegate, who called on …").
  static func opensWithNameAndRole(_ text: String) -> Bool {
    guard let cut = text.firstIndex(where: { $0 == "," || $0 == "\u{2013}" || $0 == "\u{2014}" || $0 == "(" }) else { return false }
    let words = text[..<cut].split(separator: " ")
    return (1...5).contains(words.count) && words.allSatisfy { word in
      word.first?.isUppercase == true || ["de", "van", "von", "der", "al", "el", "bin", "da", "dos", "la", "le"].contains(word.lowercased())
    }
  }

  /// Whether a text tells the running of the day: meals, buses, badges, the wifi.
  /// Whether a text tells when something happens, in the present, with no one to do it: "Ideas for
  /// Kellmore Decides 2034 open on 1 March 2033", "The consultation closes on 30 June".
  static func isScheduledEvent(_ text: String) -> Bool {
    let words = text.split(separator: " ").prefix(12).map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",;:*_")) }
    guard let verb = words.indices.dropFirst().first(where: { presentEventVerbs.contains(words[$0]) }), verb + 1 < words.count,
      ["on", "from", "in", "at", "until", "between", "for"].contains(words[verb + 1])
    else { return false }
    return !words[..<verb].contains { ["to", "will", "would", "should", "must", "shall", "can", "could", "may", "we", "i", "please"].contains($0) }
  }

  static let presentEventVerbs: Set<String> = [
    "open", "opens", "close", "closes", "start", "starts", "begin", "begins", "end", "ends", "run", "runs", "resume",
    "resumes", "reopen", "reopens", "expire", "expires",
  ]

  /// Whether a task opens with its owner's name or initials before a colon and goes on in small
  /// letters: "HPA: draft inception report → RG", "Ilse Berg: send the letters".
  static func opensWithOwnerLabel(_ text: String) -> Bool {
    guard let colon = text.prefix(40).firstIndex(of: ":") else { return false }
    let label = text[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    let words = label.split(separator: " ")
    guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
      !leadingLabels.contains(label.lowercased()), !isPlaceholder(label)
    else { return false }
    return text[text.index(after: colon)...].drop { $0 == " " || $0 == "*" || $0 == "_" }.first?.isLowercase == true
  }

  /// Whether a line says where the text below comes from: "Exported from Planner on 9/24/2036
  /// and pasted as is.", "Copied from the shared sheet".
  static func isSourceNote(_ text: String) -> Bool {
    let lowered = text.trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()
    return ["exported from ", "pasted from ", "copied from ", "imported from ", "generated by ", "source: "].contains(where: lowered.hasPrefix)
  }

  static func isHousekeeping(_ text: String) -> Bool {
    guard text.utf8.count < 240 else { return false }

    let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
    return !words.isDisjoint(with: ["lunch", "dinner", "breakfast", "coffee", "buses", "shuttle", "shuttles", "badges", "badge", "cloakroom", "wifi", "wi-fi", "refreshments"])
      && (words.contains("served") || words.contains("starts") || words.contains("leave") || words.contains("leaves")
        || words.contains("return") || words.contains("available") || words.contains("is") || words.contains("are"))
  }

  /// Whether a sentence's owner is the one a body asks ("requests", "asks") and names
  /// governments ("the State party", "Member States").
  static func asksGovernments(_ analysis: SentenceAnalysis, owner: String, rules: TaggingRules) -> Bool {
    guard (0..<min(analysis.tokens.count, 6)).contains(where: { SentenceAnalysis.askingVerbs.contains(analysis.norm($0)) }) else { return false }
    let lowered = owner.lowercased()
    if ["state party", "states parties", "member states", "member state", "states"].contains(where: { lowered.hasSuffix($0) }) { return true }
    return rules.matcher.matches(in: Tokenizer.tokenize(owner), only: .actor).contains { $0.payload.id == "governments" }
  }

  /// Whether a text opens with a request in the infinitive, as a network's decisions are written:
  /// "To request the Ministry to …", "To urge the municipal governments to …", "To recommend to
  /// UNDP that …".
  static func opensWithInfinitiveRequest(_ text: String) -> Bool {
    let opening = text.prefix(24).lowercased()
    guard opening.hasPrefix("to ") else { return false }
    return ["to request ", "to ask ", "to urge ", "to recommend ", "to call on ", "to call upon ", "to invite ", "to encourage ",
      "to appeal to ", "to propose to "].contains { opening.hasPrefix($0) }
  }

  /// Whether a text says a matter was put off: "The question of per diems is postponed to the
  /// next meeting", "… was deferred to the AGM".
  static func isPostponed(_ text: String) -> Bool {
    guard text.utf8.count < 300 else { return false }
    let lowered = text.lowercased()
    return [" is postponed", " was postponed", " are postponed", " were postponed", " is deferred", " was deferred",
      " are deferred", " were deferred", " is kept pending", " was kept pending"].contains { lowered.contains($0) }
  }

  /// Whether the one named says they will not do something: "The network will not sign …".
  static func refusesTask(_ text: String) -> Bool {
    guard text.utf8.count < 400, !text.contains(";") else { return false }
    let lowered = text.lowercased()
    guard let cut = [" will not ", " shall not ", " won't ", " will never "].compactMap({ lowered.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
    else { return false }
    let subject = lowered[..<cut.lowerBound]
    return !subject.contains(",") && subject.split(separator: " ").count <= 6
  }

  /// Whether an item's cue is its first word: an order ("Invite the NCTC colleague to …"), not a
  /// request reported.
  static func opensWithCue(_ item: ExtractedItem) -> Bool {
    guard let words = item.evidence.first(where: { $0.rule.hasPrefix("cue:") })?.words.lowercased() else { return false }
    return item.text.lowercased().hasPrefix(words)
  }

  /// Whether a block quote is a callout of the notes' own: its first paragraph opens with an
  /// item's label ("Action:", "**Recommendation:**") or "Speaker notes:".
  /// The callout types whose words are no outcome: quotations, questions, the writer's own ideas.
  static let calloutsWithoutItems: Set<String> = ["quote", "cite", "question", "faq", "help", "idea", "comment", "aside"]

  /// A typed callout's type and its blocks without the title line: "> [!tip] Recommendation" over
  /// "> Donors should …" → "tip", the paragraph from "Donors should …"; "> [!tip] Recommendation –
  /// Governments should …" keeps the words after the dash. `nil` for any other block quote.
  static func calloutBody(_ block: MarkdownNode) -> (type: String, blocks: [MarkdownNode])? {
    guard let first = block.children.first, first.kind == .paragraph else { return nil }
    let lines = InlineText.lines(of: first)
    guard let header = lines.first, case let text = header.text.trimmingBlanks, text.hasPrefix("[!"),
      let close = text.prefix(24).firstIndex(of: "]")
    else { return nil }
    let type = text[text.index(text.startIndex, offsetBy: 2)..<close].lowercased()
    guard !type.isEmpty, type.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
    var kept = Array(lines.dropFirst())
    let title = text[text.index(after: close)...].drop { "+- ".contains($0) }
    if let dash = [" \u{2013} ", " \u{2014} ", " - ", ": "].lazy.compactMap({ title.range(of: $0) }).first {
      let words = title[dash.upperBound...].trimmingBlanks
      if !words.isEmpty {
        var location = header.location
        location.column += header.text.utf8.count - words.utf8.count
        kept.insert(InlineText.Line(text: words, location: location), at: 0)
      }
    }
    var children: [MarkdownNode] = []
    for line in kept {
      if !children.isEmpty { children.append(MarkdownNode(kind: .softBreak)) }
      children.append(MarkdownNode(kind: .text, literal: line.text, range: SourceRange(start: line.location, end: line.location)))
    }
    let rest = Array(block.children.dropFirst())
    return (type, children.isEmpty ? rest : [MarkdownNode(kind: .paragraph, range: first.range, children: children)] + rest)
  }

  /// The section a box's title names, where a block quote opens with one in bold or as a heading
  /// ("> **KEY RECOMMENDATIONS**", "> ### Next steps") over more: recommendations or actions only.
  func boxTitleSection(_ block: MarkdownNode) -> SectionID? {
    guard block.children.count > 1, let first = block.children.first else { return nil }
    let named: SectionID?
    if case .heading = first.kind {
      named = rules.catalog.section(forHeading: first.plainText.trimmingCharacters(in: CharacterSet(charactersIn: ":*_ ")))
    } else {
      named = boldSectionName(first)
    }
    return named == .recommendations || named == .actions ? named : nil
  }

  static func isCallout(_ block: MarkdownNode, rules: TaggingRules) -> Bool {
    guard let first = block.children.first, first.kind == .paragraph else { return false }
    let text = first.plainText.trimmingBlanks
    let opening = text.prefix(24).lowercased()
    if ["speaker notes:", "speaker's notes:", "rapporteur's note:", "rapporteur note:", "note to chair:"].contains(where: opening.hasPrefix) {
      return true
    }
    guard let colon = text.prefix(24).firstIndex(of: ":") else { return false }
    let analysis = SentenceAnalysis(String(text[...colon]) + " x", rules: rules)
    return analysis.labelCue() != nil
  }

  /// A paragraph of a few bold words alone: "**Governments**", "**UN system**".
  static func isBoldLabel(_ block: MarkdownNode) -> Bool {
    guard block.kind == .paragraph, block.children.count == 1, block.children.first?.kind == .strong else { return false }
    return block.plainText.split(separator: " ").count <= 6
  }

  static func isPanelProse(_ text: LocatedText) -> Bool {
    guard text.text.utf8.count > 200 else { return false }
    return text.text.split(separator: " ").count >= 40 && SentenceSplitter.split(text.text).count >= 3
  }

  /// Whether a text announces who will speak on what: "will speak about …", "will talk on …",
  /// "will give a presentation on …".
  static func announcesTalk(_ text: String) -> Bool {
    guard text.utf8.containsBytes(" will ".utf8) else { return false }
    let lowered = text.lowercased()
    return [" will speak about ", " will speak on ", " will talk about ", " will talk on ", " will give a presentation on ",
      " will give a talk on ", " will give a talk about ", " will present on "].contains { lowered.contains($0) }
  }

  /// The one a task is asked of, as requests are written: "The Department is also requested to
  /// provide …" and "Mission requests that the Department confirm …" → "Department".
  private static let requestBytes = ["request", " asked", " asks"].map { Array($0.utf8) }

  static func requestedOwner(in text: String) -> String? {
    guard text.containsAnyBytes(requestBytes) else { return nil }
    let lowered = text.lowercased()
    // The capitalised words of a name, with the small words names hold.
    func name<S: Sequence>(_ words: S) -> String? where S.Element == Substring {
      var kept: [Substring] = []
      for word in words {
        guard word.first?.isUppercase == true || (!kept.isEmpty && ["of", "for", "and", "on"].contains(word)) else { break }
        kept.append(word)
      }
      while let last = kept.last, last.first?.isLowercase == true { kept.removeLast() }
      if kept.first == "The" { kept.removeFirst() }
      let joined = kept.joined(separator: " ")
      return kept.isEmpty || !looksLikeName(joined) ? nil : joined
    }
    for marker in [" is requested to ", " are requested to ", " is also requested to ", " are also requested to ", " is asked to ",
      " are asked to ", " is also asked to ", " is kindly requested to "]
    {
      guard let found = lowered.range(of: marker) else { continue }
      // The subject's last words: "(U) The Department" → "The Department"; "Capital (Space
      // Agency, Legal Dept.)" → "Capital".
      var subject = text[..<found.lowerBound].trimmingBlanks
      if subject.hasSuffix(")"), let open = subject.lastIndex(of: "(") { subject = subject[..<open].trimmingBlanks }
      let before = subject.split(separator: " ")
      var start = before.endIndex
      while start > before.startIndex, case let word = before[start - 1],
        word.first?.isUppercase == true || (start < before.endIndex && ["of", "for", "and", "on"].contains(word))
      {
        start -= 1
      }
      return name(before[start...])
    }
    for marker in [" requests that ", " requested that ", " asks that ", " asked that "] {
      guard let found = lowered.range(of: marker) else { continue }
      var after = text[found.upperBound...].split(separator: " ")[...]
      if after.first?.lowercased() == "the" { after = after.dropFirst() }
      return name(after)
    }
    return nil
  }

  /// A numbered answer that is a quotation alone, after its votes ("▲41 \"The municipality should
  /// pay youth facilitators\"", "(12) “…”"): its words without the quotation marks.
  static func quotedAnswer(_ text: LocatedText) -> LocatedText? {
    let words = text.text
    guard let open = words.prefix(12).firstIndex(where: { $0 == "\"" || $0 == "\u{201C}" }),
      words[..<open].allSatisfy({ !$0.isLetter }),
      let last = words.lastIndex(where: { $0 == "\"" || $0 == "\u{201D}" }), last > words.index(after: open),
      words[words.index(after: last)...].allSatisfy({ !$0.isLetter })
    else { return nil }
    return text.slice(words.index(after: open)..<last)
  }

  /// The numbers a text says were endorsed: "the room endorsed 1, 2, 3, 4 and 6 by show of hands",
  /// "Endorsed by show of hands: Slide 3 answers 1, 2, 3, 4 and 6"; none where it was not.
  static func endorsedNumbers(_ text: String) -> [Int] {
    let lowered = text.lowercased()
    guard let verb = ["endorsed", "adopted", "approved"].lazy.compactMap({ lowered.range(of: $0) }).first,
      !lowered[..<verb.lowerBound].hasSuffix("not "), !lowered[..<verb.lowerBound].hasSuffix("never ")
    else { return [] }
    // The first run of numbers after the verb, joined by commas and "and".
    let words = lowered[verb.upperBound...].split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    var numbers: [Int] = []
    for word in words {
      if let number = Int(word), number < 100 {
        numbers.append(number)
      } else if !numbers.isEmpty, word != "and" {
        break
      }
    }
    return numbers
  }

  /// The quoted answers a text endorses, made the items their words are.
  private func addEndorsedAnswers(_ text: String, section: SectionID?, state: inout State) {
    for number in Self.endorsedNumbers(text) {
      guard let answer = state.quotedAnswers.removeValue(forKey: number), let item = classify(answer, state: state),
        !state.items.contains(where: { $0.line == item.line })
      else { continue }
      append(item, section: section, state: &state)
    }
  }

  /// Whether a list item opens with a start–stop–continue retrospective's label ("**Start:** …",
  /// "Stop doing: …", "Keep: …"); a disputed one ("Stop (disputed): …") is no advice.
  static func retrospectiveLabel(_ text: String) -> Bool {
    // Every label opens with S, C, K or D, after any emphasis.
    guard let first = text.utf8.first(where: { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }).map({ $0 | 0x20 }),
      [UInt8(ascii: "s"), UInt8(ascii: "c"), UInt8(ascii: "k"), UInt8(ascii: "d")].contains(first)
    else { return false }
    let opening = text.prefix(24).lowercased().filter { $0 != "*" && $0 != "_" }
    return ["start:", "stop:", "continue:", "keep:", "keep doing:", "start doing:", "stop doing:", "do more:", "do more of:",
      "do less:", "do less of:"].contains { opening.hasPrefix($0) }
  }

  /// "Should the Department approve …, Mission would …", "Were donors to agree, we would …".
  /// Whether a text offers help that waits on someone's approval: "UNDP indicated its willingness
  /// to support the printing …, subject to the approval of its 2035 work plan" (no task yet; "kindly
  /// offered to share …, subject to clearance" is one).
  static func offersOnApproval(_ text: String) -> Bool {
    guard text.utf8.containsBytes(" subject to ".utf8) else { return false }
    let lowered = text.lowercased()
    return ["willingness", "willing to", "indicative", "could ", "might "].contains(where: lowered.contains)
  }

  static func isInvertedCondition(_ text: String) -> Bool {
    var body = Substring(text.trimmingBlanks)
    // Past a cable's marking: "(U) Should …", "(SBU) Were …".
    if body.hasPrefix("("), let close = body.prefix(7).firstIndex(of: ")") {
      body = body[body.index(after: close)...].drop { $0 == " " }
    }
    // "If the Home Secretary agrees to meet, he will take …": a task that waits on another's yes.
    if body.hasPrefix("If ") || body.hasPrefix("Unless "), let comma = body.prefix(120).firstIndex(of: ",") {
      let condition = body[..<comma].lowercased().split(separator: " ")
      if condition.contains(where: { consentWords.contains(String($0)) }) { return true }
    }
    guard ["Should ", "Were ", "Had "].contains(where: { body.hasPrefix($0) }), let comma = body.firstIndex(of: ",") else {
      return false
    }
    return body[comma...].contains(" would ") || body[comma...].contains(" could ")
  }

  /// Verbs of a condition that waits on someone's yes: "If the Board agrees, …".
  static let consentWords: Set<String> = [
    "agrees", "agree", "approves", "approve", "accepts", "accept", "allows", "allow", "renews", "renew", "confirms",
    "confirm", "funds", "fund", "pays", "pay", "grants", "grant", "consents", "consent", "objects", "object", "approved",
    "accepted", "renewed", "funded", "granted", "confirmed", "allowed",
  ]

  private static let announcingBytes = ["ecommendations", "roposals", "steps", "ctions", "points"].map { Array($0.utf8) }

  /// Whether a text is a lead-in in another language, glossed as one in brackets: "הפורום ממליץ:
  /// (The forum recommends:)".
  static func isGlossedLeadIn(_ text: String) -> Bool {
    guard text.utf8.count <= 200, text.hasSuffix(":)"), let open = text.lastIndex(of: "("), text[..<open].trimmingBlanks.hasSuffix(":") else { return false }
    return leadInSection(text: String(text[text.index(after: open)..<text.index(before: text.endIndex)])) != nil
  }

  /// Whether a sentence only announces the items that follow it: "The workshop made three
  /// recommendations.", "Participants agreed on the following next steps:".
  static func announcesItems(_ text: String) -> Bool {
    if isGlossedLeadIn(text) { return true }
    // "The consultation recommended that:", "Participants urged donors to:": a chapeau over the
    // items that complete it, with nothing after the colon.
    if text.utf8.count <= 160, let last = text.trimmingBlanks.last, last == ":" {
      let words = text.trimmingBlanks.dropLast().lowercased().split(separator: " ")
      // Not "Donors should provide core funding to:" over the words that finish it.
      let advises = words.contains(where: { ["should", "must", "shall", "need", "needs", "ought"].contains($0) })
      // "The co-hosts will take the following steps:", "… identified the following key
      // recommendations:": the items follow.
      if !advises, words.suffix(4).contains("following"), words.count <= 24 { return true }
      if !advises, text.utf8.count <= 100, let final = words.last, ["that", "to", "following", "follows"].contains(final), words.count <= 12 {
        return true
      }
    }
    // "The workshop agreed the following for the closing plenary.": so with a full stop, the
    // items set apart below it.
    if text.utf8.count <= 100, text.trimmingBlanks.hasSuffix("."), case let words = text.lowercased().split(separator: " "),
      words.count <= 12, let following = words.firstIndex(where: { $0.hasPrefix("following") }), following > 0, words[following - 1] == "the",
      !words.contains(where: { ["should", "must", "shall", "need", "needs", "ought", "will"].contains($0) })
    {
      return true
    }
    // "To take note of the information of the Committee": a decision that records, asking nothing.
    if text.hasPrefix("To ") && (text.hasPrefix("To take note") || text.hasPrefix("To note ") || text.hasPrefix("To welcome ")) {
      return true
    }
    guard text.utf8.count <= 120, text.containsAnyBytes(announcingBytes) else { return false }
    var trimmed = text.trimmingBlanks.lowercased()
    while let last = trimmed.last, ".:".contains(last) { trimmed.removeLast() }
    guard ["recommendations", "proposals", "next steps", "actions", "action points", "follow-up actions"]
      .contains(where: { trimmed.hasSuffix(" " + $0) })
    else { return false }
    let words = trimmed.split(separator: " ")
    return words.count <= 10 && !words.contains(where: { ["should", "must", "urged", "called", "to"].contains($0) })
  }

  /// Whether a text only says someone means to think about doing something: "expressed its
  /// intention to consider hosting the next Workshop", "intends to consider a grant".
  static func onlyConsiders(_ text: String) -> Bool {
    guard text.utf8.containsBytes(" to consider ".utf8) else { return false }
    let lowered = text.lowercased()
    return [" intention to consider ", " intentions to consider ", " intends to consider ", " intend to consider ",
      " willingness to consider ", " readiness to consider ", " is ready to consider ", " are ready to consider "]
      .contains { lowered.contains($0) }
  }

  /// Whether a sentence opens with a task nobody has yet taken: "someone needs to book the
  /// hall", "Somebody has to call the venue".
  static func opensUnownedTask(_ analysis: SentenceAnalysis) -> Bool {
    guard analysis.tokens.count >= 4, ["someone", "somebody"].contains(analysis.norm(0)) else { return false }
    let modal = analysis.norm(1)
    return (["need", "needs", "has", "have"].contains(modal) && analysis.norm(2) == "to") || ["should", "must", "will"].contains(modal)
  }

  /// Whether a sentence of the Action items section gives someone a task, whatever its verb:
  /// "Professor Achterberg will approach the partnership …". A verb with no word to link it
  /// ("Aisha Bello set out the union's position") reports, as minutes do, in a paragraph.
  func opensOwnedTask(_ text: LocatedText) -> Bool {
    let analysis = SentenceAnalysis(text.text, rules: rules)
    // "For the youth paper, Ms. Putri will contact …": an opening phrase before the owner.
    for start in (analysis.openingPhraseEnd(from: 0).map { [$0] } ?? []) + [0] {
      if let found = analysis.ownerPhrase(from: start, requireKnownVerb: false), !found.connector.isEmpty {
        return !Self.isPlaceholder(found.owner)
      }
    }
    return false
  }

  /// Where a sentence after the first opens with a task's label ("… plan. TODO: check wording"),
  /// if one does.
  func labelledSentenceStart(in text: String) -> String.Index? {
    guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
    let labels = rules.cues.filter { $0.form == .label }.flatMap(\.phrases).map { $0.lowercased() }
    for range in SentenceSplitter.split(text).dropFirst() {
      let sentence = text[range].lowercased()
      if labels.contains(where: { sentence.hasPrefix($0) }) { return range.lowerBound }
    }
    return nil
  }

  /// The clauses of an action that gives tasks to two owners or more, each opening with its
  /// owner and a verb ("UNDP to share the mapping; OHCHR to convene partners", "UNDP will
  /// circulate the draft and OHCHR will convene the group"), split after `;` or `and`, with the
  /// analysis of the whole text; one part when the text gives one owner a task (`UNDP and OHCHR
  /// to co-host` is one action of two); `nil` when it has no `;` or `and` to split at.
  func ownedClauses(_ text: LocatedText) -> (parts: [LocatedText], analysis: SentenceAnalysis)? {
    let utf8 = text.text.utf8
    guard utf8.contains(UInt8(ascii: ";")) || utf8.containsBytes(" and ".utf8) || utf8.containsBytes(". ".utf8) else { return nil }
    let analysis = SentenceAnalysis(text.text, rules: rules)
    var start = 0
    if let label = analysis.labelCue() { start = label.rest }
    // "In closing, UNDP to share …; OHCHR to convene …", "It was agreed: …": a lead-in before the
    // first owner.
    if analysis.tokens.count >= 6, analysis.ownerPhrase(from: start, requireKnownVerb: false) == nil,
      let after = (start + 1..<min(analysis.tokens.count, start + 6)).first(where: { index in
        analysis.gap(before: index).contains(where: { $0 == "," || $0 == ":" || $0 == ")" })
      }),
      analysis.ownerPhrase(from: after, requireKnownVerb: false) != nil
    {
      start = after
    }
    guard analysis.tokens.count >= 6, let first = analysis.ownerPhrase(from: start, requireKnownVerb: false) else {
      return ([text], analysis)
    }
    var owner = first.owner
    // The clause before a cut has its own verb: "UN Women and the Ministry will co-host …" is one.
    var verbIndex = first.verbIndex
    var cuts: [String.Index] = []
    // Whether the text is written in a language whose "and" is "a", "i" or "și": asked once.
    let slavicOrRomanian = !text.text.isASCII && text.text.contains(where: { "čćšžđșțăîâ".contains($0) })
    for index in (start + 2)..<analysis.tokens.count {
      // ", a g. Ivković je rekao …", ", iar dl. Păun …": "and" after a comma in other languages.
      let afterAnd = index - 2 > start
        && (analysis.norm(index - 1) == "and"
          || ["a", "i", "iar", "și"].contains(analysis.tokens[index - 1].text) && analysis.gap(before: index - 1).contains(",")
            && (SentenceAnalysis.personalTitles.contains(analysis.norm(index)) || slavicOrRomanian))
      // "UNDP to share X by 1 October. Secretariat to circulate Y by 5 October." too.
      let gap = analysis.gap(before: index).utf8
      // ("… patrole, a g. Ivković je rekao …": a title's full stop ends no clause.)
      guard afterAnd || gap.contains(UInt8(ascii: ";"))
        || (gap.contains(UInt8(ascii: ".")) && analysis.tokens[index].text.first?.isUppercase == true
          && !SentenceSplitter.abbreviations.contains(analysis.tokens[index - 1].text.lowercased()))
      else { continue }
      // "…; (2) OHCHR to review …": the number before the owner.
      var from = index
      if !afterAnd, index + 1 < analysis.tokens.count, analysis.tokens[index].text.count <= 2,
        analysis.gap(before: index + 1).hasPrefix(")")
      {
        from = index + 1
      }
      guard verbIndex < (afterAnd ? index - 1 : index),
        let next = analysis.ownerPhrase(from: from, requireKnownVerb: false),
        ["to", "will", "shall", "would", "is to", "are to"].contains(next.connector.lowercased()),
        next.owner.lowercased() != owner.lowercased(), !Self.isPlaceholder(next.owner),
        // "… send the attendance list and photos to Tumaini Fund": a thing, not someone, before "to".
        !afterAnd || next.owner.first?.isUppercase == true || next.owner.hasPrefix("@") || Self.ownerRoles.contains(next.owner.lowercased())
          || next.owner.split(separator: " ").first.map({ SentenceAnalysis.personalTitles.contains($0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) }) == true
      else { continue }
      cuts.append(afterAnd ? analysis.tokens[index - 1].range.lowerBound : analysis.tokens[index].range.lowerBound)
      owner = next.owner
      verbIndex = next.verbIndex
    }
    guard !cuts.isEmpty else { return ([text], analysis) }
    var parts: [LocatedText] = []
    var from = text.text.startIndex
    for cut in cuts + [text.text.endIndex] {
      var part = text.text[from..<cut]
      while let last = part.last, last == " " || last == ";" || last == "," || last == "(" { part = part.dropLast() }
      for and in ["and ", "a ", "i ", "iar ", "și "] where part.hasPrefix(and) && from > text.text.startIndex {
        part = part.dropFirst(and.count)
        break
      }
      // "2) OHCHR to review …": the number that opened the clause.
      if let close = part.prefix(4).firstIndex(of: ")"), part[..<close].allSatisfy({ $0.isNumber || $0.isLetter }),
        !part[..<close].isEmpty, part[part.index(after: close)...].first == " "
      {
        part = part[part.index(after: close)...]
      }
      while let first = part.first, first == " " { part = part.dropFirst() }
      guard !part.isEmpty else { return ([text], analysis) }
      parts.append(text.slice(part.startIndex..<part.endIndex))
      from = cut
    }
    return (parts, analysis)
  }

  /// One item per row of a pipe table in the Recommendations or Action items section: the task
  /// from its column ("Action", "Task", "What"), the owner, due date and addressees from theirs
  /// ("Owner", "Lead", "Who"; "Due", "Deadline", "When", "By"; "To", "For").
  /// The words of a short bold title that opens a paragraph and ends in a full stop or a colon
  /// ("**Recommendation 1 – Inclusive drafting.**"), when more words follow it.
  static func boldTitle(of block: MarkdownNode) -> String? {
    guard let first = block.children.first, first.kind == .strong, block.children.count > 1 else { return nil }
    let title = first.plainText.trimmingBlanks
    guard let last = title.last, ".:".contains(last), title.split(separator: " ").count <= 10 else { return nil }
    // "**Who:** OHCHR", "**Note:** …": a field's label, not a title.
    if last == ":", title.split(separator: " ").count <= 2, !namesNumberedItem(title) { return nil }
    return title
  }

  /// A bold title that opens a paragraph and ends in a full stop or a colon, up to twenty-four
  /// words, when more words follow it: an advisory's "ADV-38-03 · 🔴 · to: the imam of … and the
  /// pastor of ….".
  static func addressedTitle(of block: MarkdownNode) -> String? {
    guard let first = block.children.first, first.kind == .strong, block.children.count > 1 else { return nil }
    let title = first.plainText.trimmingBlanks
    guard let last = title.last, ".:".contains(last), title.split(separator: " ").count <= 24 else { return nil }
    return title
  }

  /// Whom a bold title says what follows is addressed to: "ADV-38-01 · 🔴 · to: District
  /// Commissioner, Sarn." → "District Commissioner, Sarn"; "Ask → Pellum Transit Ltd:" → "Pellum
  /// Transit Ltd".
  static func addresseeOfTitle(_ title: String) -> String? {
    let first = title.prefix { $0.isLetter }.lowercased()
    guard !["action", "actions", "task", "tasks", "todo", "ap", "ai", "follow", "next", "owner", "lead", "who"].contains(first),
      let marker = [" to: ", "To: "].compactMap({ title.range(of: $0) }).first
        ?? (["ask", "asks", "advisory", "rec", "recommendation", "message", "call", "appeal", "request"].contains(first)
          ? [" \u{2192} ", " -> "].compactMap({ title.range(of: $0) }).first : nil)
    else { return nil }
    let name = title[marker.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .:*_"))
    guard !name.isEmpty, name.split(separator: " ").count <= 16, name.first?.isLetter == true else { return nil }
    return name
  }

  /// Whether a title names a numbered item: "Recommendation 1 – …", "Rec. 2:", "Action 3".
  static func namesNumberedItem(_ title: String) -> Bool {
    let words = title.lowercased().split(separator: " ")
    guard words.count >= 2, ["recommendation", "rec.", "rec", "action", "proposal"].contains(words[0]) else { return false }
    return words[1].first?.isNumber == true
  }

  /// The ways to read a due date column's cell: as written; each part of a cell in two languages
  /// ("今月末 / end of this month"); a day and a month of one digit each ("3/5") with a zero
  /// before each, as only a date stands alone in that column; "31.03" with its closing dot.
  static func dueCellReadings(_ cell: String, order: DueDateResolver.SlashOrder = .dayFirst) -> [String] {
    var readings = [cell]
    // "March 20, 2028 → March 24, 2028": a span's end is the date it is due.
    for separator in ["\u{2192}", "->", " \u{2013} ", " \u{2014} ", " to "] {
      if let range = cell.range(of: separator, options: .backwards) {
        readings.insert(String(cell[range.upperBound...]).trimmingBlanks, at: 0)
        break
      }
    }
    if cell.utf8.containsBytes(" / ".utf8) { readings += cell.components(separatedBy: " / ").map(\.trimmingBlanks) }
    // "ExCo, 12 Feb": the meeting, then its date; "next baraza, Sat 20 Sept" its day and date.
    if let comma = cell.range(of: ", ", options: .backwards), case let after = cell[comma.upperBound...],
      after.first?.isNumber == true || (after.split(separator: " ").first.map { DueDateResolver.weekdayNumber(String($0).trimmingCharacters(in: ".,")) != nil } == true
        && after.contains(where: \.isNumber))
    {
      readings.append(String(after).trimmingBlanks)
    }
    // "24-Apr", "w/c 11-May", "next DG mtg 14-May": a day and a month's name joined by a hyphen.
    if cell.utf8.contains(UInt8(ascii: "-")),
      let joined = cell.range(of: #"\b\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\b"#, options: [.regularExpression, .caseInsensitive])
    {
      readings.append(cell.replacingCharacters(in: joined, with: cell[joined].replacingOccurrences(of: "-", with: " ")))
    }
    // "2 weeks", "10 days": so long from the session.
    if cell.trimmingBlanks.range(of: #"^\d{1,3}\s+(?:days?|weeks?|months?|wks?)$"#, options: [.regularExpression, .caseInsensitive]) != nil {
      readings.append("within " + cell.trimmingBlanks)
    }
    let parts = cell.trimmingBlanks.split(separator: "/", omittingEmptySubsequences: false)
    if parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
      readings.append(parts.map { $0.count == 1 ? "0" + $0 : String($0) }.joined(separator: "/"))
    }
    // "~~31.12~~ 31.03": the struck date is withdrawn; "31.03" alone is a day and a month.
    let value = DueDateResolver.deadlineValue(cell, order: order)
    if value != cell.trimmingBlanks { readings.append(value) }
    // "29/May/37": a ticket board's day, month's name and year of two digits.
    if parts.count == 3, (1...2).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
      (3...9).contains(parts[1].count), parts[1].allSatisfy(\.isLetter), [2, 4].contains(parts[2].count), parts[2].allSatisfy({ $0.isASCII && $0.isNumber })
    {
      readings.append("\(parts[0]) \(parts[1]) \(parts[2].count == 2 ? "20" + parts[2] : String(parts[2]))")
    }
    // "semana oin (next week)", "Domingu oin (this coming Sunday)": a date in a language the rules
    // do not read, glossed in brackets.
    for (opening, closing) in [("(", ")"), ("[", "]")] as [(Character, Character)] {
      guard let open = cell.firstIndex(of: opening), open > cell.startIndex, let close = cell[open...].firstIndex(of: closing) else { continue }
      let gloss = cell[cell.index(after: open)..<close].trimmingBlanks
      if !gloss.isEmpty { readings.append(gloss) }
    }
    return readings
  }

  /// The date a column for when a task is due gives: "来週金曜 / Friday next week" (each language's
  /// words in turn), "3/5" alone (a day and a month), "46477" (a spreadsheet's serial number).
  /// A card's follow-up, "Lenka Ovarova — to cost the proposal for the 2038 budget", as a task:
  /// the one named before the dash owns it (a contact in brackets after a body left out), due by
  /// the card's date line.
  private func addCardFollowUp(_ followUp: LocatedText, by: String?, state: inout State) {
    var item = makeAction(followUp, extra: [], rule: "section:actions", strength: 3, state: state)
    if let dash = [" \u{2014} ", " \u{2013} ", " - "].lazy.compactMap({ followUp.text.range(of: $0) }).first {
      var owner = String(followUp.text[..<dash.lowerBound]).trimmingBlanks
      if owner.hasSuffix(")"), let open = owner.lastIndex(of: "("), open > owner.startIndex { owner = String(owner[..<open]).trimmingBlanks }
      if !owner.isEmpty, owner.split(separator: " ").count <= 8 {
        item.owner = owner
        item.evidence.removeAll { $0.rule == "owner" }
        item.evidence.insert(Evidence(rule: "owner", words: owner), at: 0)
      }
    }
    if let by {
      let found = dueColumn(by, state: state)
      item.due = found?.date.description
      item.evidence.removeAll { $0.rule == "due" }
      if found != nil { item.evidence.append(Evidence(rule: "due", words: by)) }
    }
    append(item, section: .actions, state: &state)
  }

  private func dueColumn(_ due: String, state: State) -> DueDateResolver.Due? {
    let due = state.fiscalStart.flatMap { DueDateResolver.fiscalInCalendar(due, startMonth: $0, bare: true) } ?? due
    var found: DueDateResolver.Due? = nil
    for due in Self.dueCellReadings(due, order: state.slashOrder) where found == nil {
      found = Self.dueBefore(" " + due, sessionDate: state.sessionDate, nextMeeting: state.nextMeeting)
        ?? DueDateResolver.find(in: due, sessionDate: state.sessionDate, order: state.slashOrder)
        ?? DueDateResolver.find(in: "by " + due, sessionDate: state.sessionDate, order: state.slashOrder)
        ?? Self.byNextMeeting("by " + due, date: state.nextMeeting, notes: state.notes)
        ?? Self.eventDated(due.lowercased().hasPrefix("before ") ? due : "by " + due, names: state.datedNames)
    }
    // "46477": a date cell pasted from a spreadsheet as its serial number (days since 30
    // December 1899).
    if found == nil, let serial = Int(due.trimmingBlanks), (36526...73050).contains(serial),
      let epoch = CalendarDate(year: 1899, month: 12, day: 30)
    {
      found = DueDateResolver.Due(date: epoch.adding(days: serial), words: due)
    }
    // "Month 18" in an agreement's work plan, where no project start is given: counted from the
    // day it was signed, the session's.
    if found == nil, let sessionDate = state.sessionDate,
      let match = due.trimmingBlanks.range(of: #"^(?:[Mm]onth|M)\s?(\d{1,2})$"#, options: .regularExpression),
      let months = Int(due.trimmingBlanks[match].filter(\.isNumber)), (1...60).contains(months)
    {
      let start = state.projectStart ?? sessionDate
      found = DueDateResolver.Due(date: state.projectStart == nil ? start.adding(months: months) : start.adding(months: months - 1).endOfMonth, words: due)
    }
    return found
  }

  /// The remarks beside earlier recommendations in a table that follows them up ("Finance Manager
  /// to complete the register by 31 March 2037"), read as the discussion is: a task given there
  /// is one.
  private func scanRemarks(of table: PipeTable, state: inout State) {
    for row in table.rows {
      for (index, cell) in row.enumerated() where index < table.roles.count && table.roles[index] == .other && !cell.isEmpty {
        scanSentences(cell, section: .discussion, state: &state)
      }
    }
  }

  /// A tracker's rows: by its type column's "REC" and "ACT" where it has one, otherwise each of
  /// the `otherwise` kind.
  /// The lists of records in YAML a note keeps in a fenced block, each with what its key names:
  /// "recommendations:", "asks:" hold recommendations; "actions:", "tasks:", "follow_up:",
  /// "next_steps:" tasks; "rejected:", "open_questions:", "parked:" neither. A list with no key
  /// is what the section around it holds (`otherwise`). Maps are looked into two levels down.
  static func recordLists(in value: YAMLValue, otherwise: ItemKind?, depth: Int = 0) -> [(ItemKind, [YAMLValue])] {
    switch value {
    case .sequence(let items, _):
      guard let otherwise, items.contains(where: { $0.entries != nil }) else { return [] }
      return [(otherwise, items)]
    case .mapping(let entries, _):
      guard depth < 3 else { return [] }
      return entries.flatMap { entry -> [(ItemKind, [YAMLValue])] in
        let words = entry.key.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        // "rejected:", "not_adopted:", "open_questions:", "previous_actions:": kept apart by their writer.
        if words.contains(where: ["rejected", "dropped", "withdrawn", "not", "open", "questions", "parked", "previous", "old", "ideas", "history", "declined", "deferred"].contains) {
          return []
        }
        let kind: ItemKind? =
          words.contains(where: ["recommendations", "recommendation", "recs", "asks", "advice"].contains) ? .recommendation
          : words.contains(where: ["actions", "action", "tasks", "task", "todo", "todos", "commitments", "follow", "followups", "steps", "assignments"].contains) ? .action
          : nil
        if case .sequence = entry.value { return kind.map { recordLists(in: entry.value, otherwise: $0, depth: depth + 1) } ?? [] }
        return recordLists(in: entry.value, otherwise: kind ?? otherwise, depth: depth + 1)
      }
    default:
      return []
    }
  }

  private func addTrackerRows(_ table: PipeTable, otherwise kind: ItemKind, headingActors: [String], state: inout State) {
    if let parted = table.partedByType() {
      addTableRows(parted.recommendations, kind: .recommendation, headingActors: headingActors, state: &state)
      addTableRows(parted.actions, kind: .action, headingActors: headingActors, state: &state)
    } else {
      addTableRows(table, kind: kind, headingActors: headingActors, state: &state)
    }
  }

  private func addTableRows(_ table: PipeTable, kind: ItemKind, headingActors: [String], state: inout State) {
    let rule = kind == .recommendation ? "section:recommendations" : "section:actions"
    // A spreadsheet pasted with merged cells leaves them blank below their first row: a blank
    // owner, in a row whose grouping cells before the task (raised at, workstream) are blank where
    // the row above fills them, is the owner above.
    var ownerAbove: (cell: LocatedText?, row: [LocatedText])? = nil
    let taskColumn = table.roles.firstIndex(of: .text) ?? 0
    for row in table.rows {
      // "| | | and circulate to members (48h) | | |": a cell's second line, wrapped into a row.
      if let text = table.cell(.text, in: row), text.text.first?.isLowercase == true,
        row.indices.allSatisfy({ !table.roles.indices.contains($0) || table.roles[$0] == .text || row[$0].isEmpty })
      {
        continue
      }
      var ownerCell = table.cell(.owner, in: row)
      if kind == .action, table.roles.contains(.owner), ownerCell?.isEmpty ?? true, let above = ownerAbove,
        row.indices.contains(where: { index in
          index < taskColumn && table.roles.indices.contains(index) && table.roles[index] == .other && row[index].isEmpty
            && above.row.indices.contains(index) && !above.row[index].isEmpty
        })
      {
        ownerCell = above.cell
      }
      ownerAbove = (ownerCell, row)
      // A row struck out, or said to be withdrawn ("~~Set up a fund~~ (withdrawn in plenary)"), is none.
      guard let text = table.cell(.text, in: row).map(Self.droppingNumber), !text.isEmpty, !statesNone(text.text),
        !Self.isStruckOut(text.text), !Self.isCancelled(text.text),
        // "see #12", "see above": a pointer to another row's task, no task of its own.
        !(text.text.count <= 24 && text.text.lowercased().hasPrefix("see ")),
        // "Designate municipal focal point (Art. 5.2)": a work plan's row that restates an article
        // of the agreement above it, read there.
        !Self.citesArticle(text.text),
        // "Hackathon with platforms?", "IF the board says yes: draft the call": a question or a
        // task waiting on another's yes.
        !text.text.trimmingBlanks.hasSuffix("?"), !text.text.lowercased().hasPrefix("if "),
        // "| Ideas | Repeat the event … | … | Idea; Parked |": a board's bucket or label that keeps
        // an idea not agreed.
        !row.indices.contains(where: { index in
          table.roles.indices.contains(index) && table.roles[index] == .other
            && row[index].text.lowercased().split(whereSeparator: { $0 == ";" || $0 == "," }).contains { part in
              ["idea", "ideas", "parked", "parking lot", "on hold"].contains(part.trimmingCharacters(in: .whitespaces))
            }
        }),
        // A row whose status says it will not be done ("cancelled", "dropped") is no task.
        !(table.cell(.done, in: row).map { cell in
          Self.cancellingWords.contains { cell.text.trimmingCharacters(in: " *_.~").lowercased().hasPrefix($0) }
        } ?? false),
        // A column that gives the room's verdict ("Plenary: Not endorsed", "For further discussion").
        !row.indices.contains(where: { table.roles.indices.contains($0) && table.roles[$0] != .text && Self.isVerdictAgainst(row[$0].text) }),
        // "only if the Lorrimer Foundation grant is approved": a row that waits on another's yes.
        // "| Police post at the park | LG | — | only tí owó bá dé (if State fund is released) |": so
        // too a remark that says so.
        !row.indices.contains(where: { index in
          guard table.roles.indices.contains(index) else { return false }
          let cell = row[index].text.lowercased().trimmingBlanks
          switch table.roles[index] {
          case .done, .due: return ["only if", "if ", "subject to", "conditional on", "depends on"].contains(where: cell.hasPrefix)
          case .other:
            return ["only if", "subject to", "conditional on", "depends on"].contains(where: cell.hasPrefix)
              || (cell.hasPrefix("only ") && (cell.contains("(if ") || cell.contains(" if ")))
          default: return false
          }
        }),
        // "| Lunch packs late | … | — | — | noted, no action |", "| Keep as is | Rustam | — (good
        // practice) |": a lesson that asks nothing to be done.
        !row.indices.contains(where: { index in
          table.roles.indices.contains(index) && (table.roles[index] == .done || table.roles[index] == .due)
            && ["no action", "no further action", "good practice"].contains(where: row[index].text.lowercased().contains)
        }),
        !["keep as is", "no change", "continue as is", "as is"].contains(text.text.lowercased().trimmingCharacters(in: " .*_")),
        // "| ToR for the pooled mechanism (only if donor group agrees in July) | Unassigned |".
        !text.text.lowercased().contains("(only if "),
        // "| Build a police post at the stage (below the cut-off, not carried) |": set aside.
        !(Self.closingRemark(text.text).map { remark in
          ["not carried", "not agreed", "not adopted", "dropped", "withdrawn", "rejected"].contains(where: remark.remark.lowercased().contains)
        } ?? false)
      else {
        continue
      }
      var item: ExtractedItem
      if kind == .action {
        item = makeAction(text, extra: [], rule: rule, strength: 3, state: state)
        if var owner = ownerCell?.text {
          // "[Forum Secretariat]": a linked record, as a grid's export writes it.
          if owner.hasPrefix("["), owner.hasSuffix("]"), owner.dropFirst().allSatisfy({ $0 != "[" && $0 != "]" || $0 == owner.last }) {
            owner = String(owner.dropFirst().dropLast())
          }
          let name = Self.personBeforeAffiliation(SentenceAnalysis(owner, rules: rules).cleanOwner(owner))
          item.owner = Self.isPlaceholder(name) ? nil : name
          item.evidence.removeAll { $0.rule == "owner" }
          if let name = item.owner { item.evidence.append(Evidence(rule: "owner", words: name)) }
        }
        // A commitment's milestones, under "**Lead implementing agency:** …": the lead's.
        if item.owner == nil, let implied = state.impliedOwner {
          item.owner = implied
          item.evidence.append(Evidence(rule: "owner", words: implied))
        }
        if let due = table.cell(.due, in: row)?.text {
          // "Completed 2035-10-31" where the date to complete it by stands: done that day.
          if ["completed", "complete", "done", "already implemented", "already done", "\u{2713}", "\u{2714}", "\u{2705}", "tamamlandı", "đã xong", "fatto", "completato", "eseguito", "fèt deja", "fin fèt", "ολοκληρώθηκε", "fet", "realizat", "îndeplinit", "realizovano", "realizirano", "urađeno", "završeno", "виконано", "выполнено", "byakozwe", "byarangiye", "vita", "완료", "済", "完了"].contains(where: { due.lowercased().trimmingBlanks.hasPrefix($0) })
            // "ลงนามแล้วในที่ประชุม (done)", "signed in the room (done)": the gloss or the words that close it say so.
            || ["(done)", "(completed)", "(done.)", "เสร็จแล้ว"].contains(where: { due.lowercased().trimmingBlanks.hasSuffix($0) })
          {
            item.done = true
            item.due = nil
            item.evidence.removeAll { $0.rule == "due" }
          } else {
            // "来週金曜 / Friday next week": each language's words in turn; "3/5" alone in the
            // column is a day and a month. "Within one week" counts from the row's start, where
            // a column gives it.
            var counted = state
            if let start = table.cell(.start, in: row).flatMap({ DueDateResolver.find(in: "by " + $0.text, sessionDate: state.sessionDate, order: state.slashOrder) }) {
              counted.sessionDate = start.date
            }
            var found = dueColumn(due, state: counted)
            // "Q3 2036" beside "Present … to the Ministers' Forum (17 Sept)": the day the task's
            // own words give, within its quarter; "by 31 July" in its status, the day it says.
            if let quarter = found, due.trimmingBlanks.first == "Q" {
              let said = item.due.flatMap { own in CalendarDate(iso: own) }.map { DueDateResolver.Due(date: $0, words: "") }
              let status = table.cell(.done, in: row).flatMap { cell in
                cell.text.lowercased().contains("by ") ? DueDateResolver.find(in: cell.text, sessionDate: state.sessionDate, order: state.slashOrder) : nil
              }
              if let earlier = status ?? said, earlier.date <= quarter.date { found = earlier }
            }
            item.due = found?.date.description
            item.evidence.removeAll { $0.rule == "due" }
            if found != nil { item.evidence.append(Evidence(rule: "due", words: due)) }
          }
        }
        // Owner and due date first, as for other actions.
        let known = item.evidence.filter { $0.rule == "owner" } + item.evidence.filter { $0.rule == "due" }
        item.evidence = known + item.evidence.filter { $0.rule != "owner" && $0.rule != "due" }
        defer {
          // What is done has no date left to meet.
          if item.done { item.due = nil }
        }
        // "not done: extended to 1 Sha'ban (4 Oct)": the status gives the task a new date.
        if let status = table.cell(.done, in: row)?.text,
          let moved = ["extended to ", "postponed to ", "moved to ", "deferred to ", "new date ", "revised to ", "rescheduled to "]
            .lazy.compactMap({ status.range(of: $0, options: .caseInsensitive) }).first,
          let found = DueDateResolver.find(in: "by " + status[moved.upperBound...], sessionDate: state.sessionDate, order: state.slashOrder)
            ?? DueDateResolver.findBare(in: String(status[moved.upperBound...]), sessionDate: state.sessionDate, order: state.slashOrder)
        {
          item.due = found.date.description
          item.evidence.removeAll { $0.rule == "due" }
          item.evidence.append(Evidence(rule: "due", words: String(status[moved.lowerBound...])))
        }
        if let status = table.cell(.done, in: row)?.text.trimmingCharacters(in: " *_.").lowercased(), !item.done {
          // "✔ Done 19 Dec": the mark or the word, and the day it was done.
          item.done = ["done", "completed", "complete", "closed", "finished", "yes", "x", "réalisé", "fait", "terminé", "achevé"].contains(status)
            || ["réalisé ", "terminé ", "fait "].contains(where: status.hasPrefix)
            || (status.unicodeScalars.first.map(Self.doneMarks.contains) ?? false) || ["done ", "completed ", "done,", "completed,", "done;", "completed;"].contains(where: status.hasPrefix)
            // "CLOSED 08-Apr", "closed 16:10": closed on the day or at the hour it names.
            || (status.hasPrefix("closed ") && status.dropFirst(7).first?.isNumber == true)
        }
      } else {
        item = makeRecommendation(text, extra: [], rule: rule, strength: 3, headingActors: headingActors)
        if let addressee = table.cell(.addressee, in: row) ?? table.cell(.owner, in: row) {
          // "Donors; UN Country Team", "NAP Task Force / women's organisations": each one named.
          var named: [String] = []
          for part in addressee.text.split(whereSeparator: { ";/,".contains($0) }) {
            for actor in addressees(of: String(part)) where !named.contains(actor) { named.append(actor) }
          }
          if named.isEmpty { named = addressees(of: addressee.text) }
          if !named.isEmpty {
            item.actors = named
            item.evidence.removeAll { $0.rule.hasPrefix("actor:") }
            item.evidence += named.map { Evidence(rule: "actor:\($0)", words: addressee.text) }
          }
        }
      }
      item.evidence.insert(Evidence(rule: rule, words: state.sectionWords ?? (kind == .recommendation ? "Recommendations" : "Action items")), at: 0)
      append(item, section: kind == .recommendation ? .recommendations : .actions, state: &state)
    }
  }

  /// The signatures under minutes, side by side: "La Presidente – dott.ssa Elena Marchetti · Il
  /// Segretario – dott. Luca Ferraro", "Chair – Ana Ruiz · Secretary – Tom Bell". Each part a role,
  /// a dash and a name, in a few words with no figure.
  static func isSignatureLine(_ text: String) -> Bool {
    guard text.utf8.containsBytes([0xC2, 0xB7]) else { return false }
    let parts = text.trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).components(separatedBy: " \u{00B7} ")
    return parts.count >= 2 && parts.allSatisfy { part in
      // "Apwouve pa Majistra W. Pierre-Gousse, 07/02/2036": approved or signed by, then the day.
      var part = part
      if let date = part.range(of: #",?\s\d{1,2}[./]\d{1,2}[./]\d{2,4}$"#, options: .regularExpression) { part.removeSubrange(date) }
      let words = part.split(separator: " ")
      let approval = ["approved by ", "signed by ", "checked by ", "apwouve pa ", "siyen pa ", "approuvé par ", "aprobado por ", "aprovado por "]
        .contains(where: part.lowercased().hasPrefix)
      return (2...10).contains(words.count) && !part.contains(where: \.isNumber)
        && (approval || [" \u{2013} ", " \u{2014} ", " - ", ": "].contains(where: part.contains))
        && words.last?.first?.isUppercase == true
    }
  }

  /// "**Kalandriye:** Kanaval kòmanse dimanch 24/02 …", "Key dates: …": a calendar of what
  /// happens when, no one's task.
  static func isCalendarLine(_ text: String) -> Bool {
    ["Calendar:", "Key dates:", "Dates:", "Kalandriye:", "Calendario:", "Calendrier:", "Kalender:"].contains(where: text.hasPrefix)
      // "La propera sessió ordinària serà el dimecres 6 de maig": the next meeting's day, told.
      || ["La propera sessió", "La propera reunió", "La prossima seduta", "La prossima riunione", "La próxima reunión", "La próxima sesión",
        "La prochaine réunion", "La prochaine séance", "A próxima reunião"].contains(where: text.hasPrefix)
  }

  /// "Zapisnik vodila: Amra Hurtić, s.r." (signed in person), "Dostaviti: članovima Savjeta, a/a"
  /// (to be sent to): who signed the minutes and whom they go to, no task.
  static func isSignedOrSentTo(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    // "This summary has been prepared under the sole responsibility of the co-hosts.": whose
    // account the document is, no task.
    if trimmed.utf8.count <= 400, trimmed.hasPrefix("This "), trimmed.contains(" prepared under the ") && trimmed.contains("responsibility of") {
      return true
    }
    guard trimmed.utf8.count <= 160 else { return false }
    if [", s.r.", " s.r.", ", s. r.", ", v.r.", ", m.p."].contains(where: trimmed.hasSuffix) { return true }
    if ["Dostaviti:", "Dostavljeno:", "Distribution:", "Distribution list:", "Copies to:", "Copy to:", "cc:", "Cc:", "CC:", "Diffusion :", "Diffusion:"]
      .contains(where: trimmed.hasPrefix)
    {
      return true
    }
    // "Issued by the Secretariat, National Human Rights Commission of Kestrania, 5 August 2037.":
    // who issued the document, and when.
    guard ["Issued by ", "Adopted by ", "Approved by "].contains(where: trimmed.hasPrefix), trimmed.contains(",") else { return false }
    return trimmed.reversed().drop { $0 == "." }.first?.isNumber == true
  }

  /// "Exported as Markdown · 14 Mar 2036 18:47", "Generated by Sphinx on 14 March 2036": the line
  /// an app leaves under what it exported, no task.
  static func isExportStamp(_ text: String) -> Bool {
    guard text.utf8.count <= 100,
      ["Exported ", "Generated by ", "Generated with ", "Generated on ", "Created with ", "Printed on ", "Downloaded on ", "Copied from "]
        .contains(where: text.hasPrefix)
    else { return false }
    return text.contains(where: \.isNumber) || text.contains(" as ") || text.contains(" by ") || text.contains(" with ")
  }

  /// "Two more lines of the clipboard are crossed out with a red X: "Youth hackathon · Kiri ·
  /// April" …": what was written and then struck, told before a colon, is no one's task.
  static func tellsStruckLines(_ text: String) -> Bool {
    guard let colon = text.prefix(160).firstIndex(of: ":") else { return false }
    let told = text[..<colon].lowercased()
    return [" crossed out", " crossed through", " struck out", " struck through", " scratched out", " scored out", " crossed off"]
      .contains(where: told.contains)
      && [" are ", " is ", " were ", " was ", " been "].contains(where: told.contains)
  }

  /// "Enquiries: prevention.consult@dcc.gov.sv · Prevention Unit, 4 Castle Wynd": where to write,
  /// an address or a number after a contact's label.
  static func isContactLine(_ text: String) -> Bool {
    guard text.utf8.count < 240,
      ["Enquiries:", "Enquiries to", "Inquiries:", "Contact:", "Contacts:", "Media enquiries:", "Press enquiries:", "Media contact:", "Press contact:"]
        .contains(where: text.hasPrefix)
    else { return false }
    return text.contains("@") || text.contains(where: \.isNumber)
  }

  /// Words of outcome sections that say there is none ("No further actions were agreed.").
  static let outcomeWords: Set<String> = [
    "action", "follow", "step", "recommendation", "proposal", "outcome", "decision", "point", "item", "task", "advice", "ask", "request",
  ]
  /// Verbs that close a meeting rather than give anyone a task ("The Chair thanked everyone …").
  /// Whether a line opens with a verb that closes a meeting in another language, written first as
  /// those languages put it ("Nakatona tamin'ny 12 ora …", "Nisaotra ny mpanatrika …"); English
  /// ones are read with their subject by `statesNone`.
  static func opensClosingLine(_ text: String) -> Bool {
    guard let first = text.split(separator: " ").first, first.first?.isUppercase == true, text.utf8.count <= 200 else { return false }
    return ["nakatona", "nisaotra", "završena", "zatvorena", "закрито", "закрите"].contains(first.lowercased())
  }

  /// In other languages too: Malagasy "Nakatona" (closed) and "Nisaotra" (thanked), Bosnian
  /// "završena", Romanian "s-a încheiat", Ukrainian "закрито".
  static let closingVerbs: Set<String> = [
    "thanked", "thank", "thanks", "closed", "adjourned", "concluded", "ended", "nakatona", "nisaotra", "završena", "zatvorena", "încheiat",
    "закрито", "закрите",
  ]

  /// Whether an item of the Recommendations or Action items sections says there is nothing to
  /// record: "None.", "N/A", "No further actions were agreed.", "Actions on funding: none agreed.",
  /// or closes the meeting: "The Chair thanked everyone for their contributions.", "Meeting adjourned."
  func statesNone(_ text: String) -> Bool {
    // Most items hold none of the words these forms need, which a look at their bytes tells.
    // The words sought stand at the start (a closing verb among the first six words), or after a
    // colon near the end.
    if let lowered = text.prefix(100).lowercasedASCIIBytes, lowered.contains(where: { $0.isASCIILetter || $0.isASCIIDigit }) {
      let firstWord = lowered.drop { !$0.isASCIILetter }.prefix { $0.isASCIILetter }
      let mayState =
        ["no", "none", "nothing", "nil", "n", "na", "tbd", "tbc", "tba", "done", "signed", "for", "notes", "note", "record", "minutes", "summary"]
          .contains { firstWord.elementsEqual($0.utf8) }
        || (text.utf8.count <= 24 && lowered.starts(with: "to be ".utf8))
        || text.utf8.suffix(41).contains(UInt8(ascii: ":")) || Self.closingStems.contains { lowered.containsBytes($0) }
      if !mayState { return false }
    }
    let nothing = Self.nothingWords
    if text.utf8.count <= 24, case let core = text.trimmingCharacters(in: " *_.;()[]").lowercased(),
      nothing.contains(core) || Self.placeholderItems.contains(core)
    {
      return true
    }
    // The opening words decide; the rest of a long text is read only when they may say no.
    let isShort = text.utf8.count <= 160
    let opening = Tokenizer.tokenize(isShort ? text : String(text.prefix(160)))
    func all() -> [Token] { isShort ? opening : Tokenizer.tokenize(text) }
    guard let first = opening.first else { return all().isEmpty }
    // "None.", "None agreed.", "Actions on funding: none agreed."
    if let colon = text.lastIndex(of: ":"), text.utf8.distance(from: colon, to: text.endIndex) <= 40 {
      let after = Tokenizer.tokenize(String(text[text.index(after: colon)...]))
      if let word = after.first?.normalized, nothing.contains(word), after.count <= 3 { return true }
    }
    if nothing.contains(first.normalized), isShort, opening.count <= 3 { return true }
    // "No further actions were agreed.", "No follow-up action was agreed at this stage."
    // "No decision was taken …; the item is deferred to the next meeting": a "to" after a verb
    // of putting off gives nobody a task.
    if first.normalized == "no" || first.normalized == "nothing",
      opening.prefix(5).contains(where: { Self.outcomeWords.contains($0.normalized) })
    {
      let tokens = all()
      let tasked = tokens.indices.contains { index in
        let word = tokens[index].normalized
        guard ["to", "will", "by"].contains(word) else { return false }
        return !(word == "to" && index > 0 && Self.puttingOff.contains(tokens[index - 1].normalized))
      }
      if !tasked { return true }
    }
    // "The Chair thanked everyone", "Meeting adjourned", "Thanks to the hosts": the verb opens the
    // item or follows whoever runs the meeting.
    if let verb = opening.prefix(6).firstIndex(where: { Self.closingVerbs.contains($0.normalized) }),
      opening[..<verb].allSatisfy({ Self.closingSubjects.contains($0.normalized) }),
      !all().contains(where: { $0.normalized == "by" || $0.normalized == "due" })
    {
      return true
    }
    // "The Lesmaran delegation thanked the Corvanian side for its warm hospitality.": thanks, from
    // anyone, that ask nothing more.
    // ("Vale manda el thank-you email …" is a task: the note that says thanks.)
    if let verb = opening.prefix(6).firstIndex(where: { ["thanked", "thank"].contains($0.normalized) }), verb > 0,
      !all().contains(where: { ["by", "due", "to", "will", "shall", "would", "and"].contains($0.normalized) }),
      !text.lowercased().contains("thank-you ")
    {
      return true
    }
    // "Notes checked by Odile on 17 October.", "Record checked by both co-convenors on 19 June.":
    // a word on the record itself.
    if ["notes", "note", "record", "minutes", "summary"].contains(first.normalized), opening.count > 2, opening.count <= 14,
      ["checked", "approved", "taken", "typed", "recorded", "written", "prepared", "reviewed", "signed", "verified"].contains(opening[1].text.lowercased()),
      opening.contains(where: { $0.normalized == "by" }),
      // Not "Note prepared by the Secretariat will be circulated by Friday".
      !all().contains(where: { ["will", "to", "shall", "due"].contains($0.normalized) })
    {
      return true
    }
    // An agreement's closing words and signatures: "Done at Aldport on 15 May 2031, in two
    // originals …", "**For the Republic of Corvania** Ilona Varek, Director-General …".
    if ["done", "signed"].contains(first.normalized), opening.count > 3, ["at", "in"].contains(opening[1].normalized),
      opening[2].text.first?.isUppercase == true,
      all().contains(where: { ["original", "originals", "duplicate", "triplicate", "authentic"].contains($0.text.lowercased()) })
    {
      return true
    }
    if first.normalized == "for", opening.count >= 3, opening.count <= 24, !text.contains(":"),
      opening.dropFirst().allSatisfy({ $0.text.first?.isUppercase == true || ["the", "of", "for", "and", "on", "in"].contains($0.text) })
    {
      return true
    }
    return false
  }

  /// Whether a numbered conclusion among recommendations asks nothing: "We welcome NAP-2 …"
  /// with no cue, or "The Ministry should have consulted councils before it cut the grant", a
  /// reproach for what was not done.
  func concludesWithoutAsking(_ text: String) -> Bool {
    let lowered = text.prefix(24).lowercased()
    let opensWithView = ["we welcome ", "we note ", "we acknowledge ", "we regret ", "we are concerned "].contains(where: lowered.hasPrefix)
    guard opensWithView || text.utf8.containsBytes(" have ".utf8) else { return false }
    let analysis = SentenceAnalysis(text, rules: rules)
    let hits = analysis.recommendationCues()
    if opensWithView { return hits.isEmpty }
    // Every cue a modal of the past: "should have consulted", "ought to have".
    return !hits.isEmpty && hits.allSatisfy { hit in
      hit.cue.form == .modal && analysis.norm(hit.match.end) == "have" && analysis.isParticiple(hit.match.end + 1)
    }
  }

  /// Verbs that put an item off rather than give it to anyone ("deferred to the next meeting").
  static let puttingOff: Set<String> = ["deferred", "postponed", "referred", "returned", "adjourned", "carried", "moved"]

  static let closingStems = ["thank", "closed", "adjourned", "concluded", "ended"].map { Array($0.utf8) }
  static let nothingWords: Set<String> = ["none", "nothing", "nil", "n/a", "na", "-", "\u{2013}", "\u{2014}"]
  /// An item that is only a placeholder where one will go: "TBD", "To be confirmed.".
  static let placeholderItems: Set<String> = [
    "tbd", "tbc", "tba", "to be confirmed", "to be decided", "to be determined", "to be agreed", "to follow",
  ]

  /// Who closes a meeting, as the words before a closing verb ("The Chair", "The meeting was").
  static let closingSubjects: Set<String> = [
    "the", "chair", "co-chair", "co", "moderator", "facilitator", "meeting", "session", "workshop", "president",
    "host", "organizer", "participant", "rapporteur", "was", "were", "is", "and", "then", "finally", "she", "he",
    "they", "we", "i", "formally", "warmly",
  ]

  /// Whether a paragraph names whom it asks, then the ask after a comma or a dash: "Parents, to
  /// know the names …", "Our brother and sister clergy — priests, pastors — to visit …".
  static func namesWhomItAsks(_ text: String) -> Bool {
    text.range(of: #"^[^.;:]{2,120}?(?:,|\s[\x{2014}\x{2013}])\s+to\s+\p{Ll}"#, options: .regularExpression) != nil
  }

  /// Notes whom a lead-in ending in a colon asks ("The Panel recommends that the State party:"),
  /// for the lettered paragraphs under it; whether it is one.
  @discardableResult
  private func noteLetteredLead(_ words: LocatedText, through line: Int, state: inout State) -> Bool {
    guard words.text.hasSuffix(":"), words.text.utf8.count <= 240, words.lineStarts.count == 1 else { return false }
    let analysis = SentenceAnalysis(words.text, rules: rules)
    guard let hit = analysis.recommendationCue(), hit.cue.form == .reporting, !analysis.isTrap(hit), analysis.addressee(for: hit).found
    else { return false }
    let actors = makeRecommendation(words, extra: [], rule: "", strength: 0, headingActors: [], analysis: analysis).actors
    guard !actors.isEmpty else { return false }
    state.letteredAsks = (actors, line)
    return true
  }

  /// Notes each line of `block` wholly in italics, in English, under a line in another language
  /// not in italics: its translation.
  static func noteGlosses(in block: MarkdownNode, into glosses: inout [Int: Int]) {
    guard block.children.contains(where: { $0.kind == .emphasis }) else { return }
    var lines: [[MarkdownNode]] = [[]]
    for child in block.children {
      if child.kind == .softBreak || child.kind == .lineBreak { lines.append([]) } else { lines[lines.count - 1].append(child) }
    }
    for index in lines.indices.dropFirst() {
      let line = lines[index].filter { !($0.kind == .text && $0.literal.trimmingBlanks.isEmpty) }
      let above = lines[index - 1]
      // English, bar a name or two ("… including Hafnarvíkurpósturinn, …").
      guard line.count == 1, let gloss = line.first, gloss.kind == .emphasis, case let words = gloss.plainText,
        words.utf8.filter({ $0 >= 0x80 }).count * 20 <= words.utf8.count,
        !above.isEmpty, !(above.count == 1 && above[0].kind == .emphasis),
        let glossLine = gloss.range?.start.line, var originalLine = above.first?.range?.start.line, originalLine < glossLine
      else { continue }
      // "Ábyrgð: Þórarinn Eggertsson." / "Frestur: …" between: the gloss is of the words above the
      // fields.
      var row = index - 1
      while row > 0, let first = lines[row].first, first.kind == .text, let colon = first.literal.prefix(24).firstIndex(of: ":"),
        first.literal[..<colon].split(separator: " ").count <= 3, let line = lines[row - 1].first?.range?.start.line
      {
        row -= 1
        originalLine = line
      }
      guard !lines[row].allSatisfy({ $0.plainText.isASCII }) else { continue }
      glosses[glossLine] = originalLine
    }
  }

  private func append(_ item: ExtractedItem, section: SectionID?, state: inout State) {
    // "*The committee urges the Ministry …*" under "Ráðið hvetur … ráðuneytið …": a translation
    // of the line above is that line's item, read once, where the line stands.
    // "Kommunen bør flytte ansvaret … [The municipality should move the plan …]": the line's
    // translation in brackets after it is the item read already.
    // "4.2. … ministeerium peaks rahastama … (The ministry should fund …)": so in round brackets.
    if let open = item.text.first, open == "[" || open == "(",
      item.text.trimmingCharacters(in: CharacterSet(charactersIn: ". ")).hasSuffix(open == "[" ? "]" : ")"),
      state.items.contains(where: { $0.line == item.line && $0.kind == item.kind && !$0.text.hasPrefix(String(open)) })
    {
      return
    }
    if let original = state.glossedLines[item.line] {
      guard !state.items.contains(where: { $0.line == original }) else { return }
      var moved = item
      moved.location = SourceLocation(line: original, column: 1)
      return append(moved, section: section, state: &state)
    }
    // "Circulate the compendium (see OP 10)": a task that points to a numbered paragraph already
    // read as an item is that item again.
    if let point = Self.pointReferredTo(item.text), let line = state.numberedLines[point],
      state.items.contains(where: { $0.line == line })
    {
      return
    }
    // "Baraza = public meeting called by the chief · Mzee = elder · …": a key to the notes' terms.
    // "*[NAP]: national action plan": an abbreviation a page's Markdown defines for its tooltips.
    if Self.isTermKey(item.text) || Self.definesAbbreviation(item.text) { return }
    // "OP13. [Requests the Secretariat to …] **[bracketed]**": a draft's paragraph not agreed.
    if Self.hasOpenDraftStatus(item.text) { return }
    var item = item
    item.section = section
    // "… (rec 5) [M3]": a milestone's code is no owner; the milestone's date is the task's.
    if item.kind == .action, !state.milestones.isEmpty {
      if let owner = item.owner, state.milestones[owner] != nil {
        item.owner = nil
        item.evidence.removeAll { $0.rule == "owner" }
      }
      if item.due == nil, !item.done,
        let code = item.text.range(of: #"\[M\d{1,2}\]"#, options: .regularExpression).map({ String(item.text[$0].dropFirst().dropLast()) }),
        let date = state.milestones[code]
      {
        item.due = date.description
        item.evidence.append(Evidence(rule: "due", words: "[\(code)]"))
      }
    }
    // "I will reply by text … by Friday" under the next steps: the writer's own task.
    if item.kind == .action, item.owner == nil, let writer = state.writer, Self.firstPersonTask(item.text) != nil,
      !Self.someoneElseSpeaks(item.location, notes: state.notes)
    {
      item.owner = writer
      item.evidence.append(Evidence(rule: "owner", words: writer))
    }
    if item.kind == .action, !item.done, Self.marksDone(item.text) { item.done = true }
    // "…: completed in Harra on 12 May 2031": the day it was done is no deadline.
    if item.kind == .action, item.done, item.due != nil, let clause = Self.doneClause(item.text.lowercased().trimmingCharacters(in: " .!*_\"\u{201D}")),
      let when = clause.range(of: #"\b(?:on\s+)?(?:\d.*|today|yesterday)$"#, options: .regularExpression),
      DueDateResolver.find(in: "by " + clause[when].replacingOccurrences(of: "on ", with: ""), sessionDate: state.sessionDate, order: state.slashOrder)?
        .date.description == item.due
    {
      item.due = nil
      item.evidence.removeAll { $0.rule == "due" }
    }
    // "- [x] SKL: declarations filed (11.05, during the meeting)": a done task's day in brackets
    // after it is the day it was done.
    if item.kind == .action, item.done, item.due != nil, item.text.utf8.contains(UInt8(ascii: "(")),
      let words = item.evidence.first(where: { $0.rule == "due" })?.words,
      case let bare = words.hasPrefix("by ") ? String(words.dropFirst(3)) : words,
      case let trimmed = bare.trimmingCharacters(in: CharacterSet(charactersIn: ". ")), !trimmed.isEmpty,
      item.text.contains("(" + trimmed) || Self.standsInBrackets(trimmed, of: item.text)
    {
      item.due = nil
      item.evidence.removeAll { $0.rule == "due" }
    }
    // "… undertook to write to us. That letter arrived on 3 November.": the day a done task was
    // done on is no deadline.
    if item.kind == .action, item.done, item.due != nil,
      item.evidence.contains(where: { $0.rule == "due" && $0.words.lowercased().hasPrefix("on ") })
    {
      item.due = nil
      item.evidence.removeAll { $0.rule == "due" }
    }
    // "✓ Done (Secretariat): the dates … were published on 10 March.": who did it is named in the
    // brackets, and the day it was done is no deadline.
    if item.kind == .action, let done = Self.doneByLabel(item.text) {
      item.done = true
      if item.owner == nil {
        item.owner = done.owner
        item.evidence.append(Evidence(rule: "owner", words: done.owner))
      }
      if item.due != nil, done.rest.range(of: #"\b(?:was|were|has been|have been)\s+[a-z]+"#, options: .regularExpression) != nil,
        done.rest.range(of: #"\b(?:by|due|before|until|deadline)\b"#, options: [.regularExpression, .caseInsensitive]) == nil
      {
        item.due = nil
        item.evidence.removeAll { $0.rule == "due" }
      }
    }
    // "KV uploaded the dot-vote photos … (done during the break)": who did it is its owner.
    if item.kind == .action, item.done, item.owner == nil, let doer = Self.doer(of: item.text) {
      item.owner = doer
      item.evidence.append(Evidence(rule: "owner", words: doer))
    }
    if state.itemPlaces[item.line] == nil { state.itemPlaces[item.line] = state.place }
    state.items.append(item)
  }

  /// What one has already done when a task is over: "has already written", "have already sent".
  static let deliveredParticiples: Set<String> = [
    "written", "sent", "shared", "circulated", "submitted", "delivered", "published", "booked", "paid", "uploaded",
    "signed", "called", "contacted", "emailed", "e-mailed", "posted", "filed", "completed", "done", "finished",
  ]

  /// Whether a text opens with a label for the calendar: "Calendar:", "Dates for the diary:".
  static func opensWithCalendarLabel(_ text: String) -> Bool {
    let head = text.prefix(24).lowercased().drop { "*_ ".contains($0) }
    return ["calendar:", "dates:", "key dates:", "dates for the diary:", "for the diary:", "diary:", "upcoming dates:"]
      .contains { head.hasPrefix($0) }
  }

  /// Whether a text reports a question someone asked: "Tolvany asked whether … Left open."
  static func reportsQuestion(_ text: String) -> Bool {
    guard text.utf8.containsBytes(" whether ".utf8) || text.utf8.containsBytes(" asked if ".utf8) else { return false }
    let lowered = text.lowercased()
    return [" asked whether ", " asked if ", " wondered whether ", " queried whether ", " questioned whether "]
      .contains { lowered.contains($0) } && !lowered.contains(" will ") && !lowered.contains(" to find out")
  }

  /// Whether a text says only what someone could do if something happened: "Drummore said it could
  /// lift its brackets on OP13 if the office were cost-neutral".
  static func couldOnCondition(_ text: String) -> Bool {
    guard let could = text.range(of: " could "), let condition = text[could.upperBound...].range(of: " if ") else { return false }
    let next = text[condition.upperBound...].prefix { $0.isLetter }.lowercased()
    return !["needed", "necessary", "possible", "required", "appropriate", "requested"].contains(next)
  }

  /// Whether a draft's paragraph carries a status that it is not agreed: "[bracketed]",
  /// "[deleted]", "[new]" (not yet discussed), "[agreed ad ref]" (to be confirmed), "[pending]".
  static func hasOpenDraftStatus(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "[")) else { return false }
    let lowered = text.lowercased()
    // The status closes the paragraph, or only a remark in brackets follows it ("… **[new]**
    // *(tabled at 17:40)*"); "whether an [agreed ad ref] paragraph can go to the vote" names one.
    return openDraftStatuses.contains { status in
      guard let found = lowered.range(of: status, options: .backwards) else { return false }
      let after = lowered[found.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " *_.;,\n"))
      return after.isEmpty || after.hasPrefix("(")
    }
  }
  static let openDraftStatuses = [
    "[bracketed]", "[deleted]", "[new]", "[agreed ad ref]", "[ad ref]", "[pending]", "[no consensus]", "[not agreed]",
    "[withdrawn]", "[parked]", "[reserved]", "[under discussion]",
  ]

  /// Whether a text is a key to terms, two or more "term = meaning" pairs: "Baraza = public
  /// meeting · Mzee = elder", "PJ = penanggung jawab; KW = calendar week".
  /// Whether a text opens with an abbreviation's definition as MkDocs and PHP Markdown Extra
  /// write it: "*[CSOs]: civil society organisations".
  static func definesAbbreviation(_ text: String) -> Bool {
    guard text.hasPrefix("*["), let close = text.prefix(40).firstIndex(of: "]") else { return false }
    return text[close...].hasPrefix("]:") && close > text.index(text.startIndex, offsetBy: 2)
  }

  static func isTermKey(_ text: String) -> Bool {
    guard text.utf8.containsBytes(" = ".utf8) else { return false }
    return text.components(separatedBy: " = ").count >= 3
  }

  /// Marks that say a task is done: ✅ ✔ ☑ ✓.
  static let doneMarks: Set<Unicode.Scalar> = ["\u{2705}", "\u{2714}", "\u{2611}", "\u{2713}"]

  /// Whether a task's text says it is done: "(done)", "— DONE", "— completed 20/09", "Status:
  /// completed", "DONE:" before it, a check mark before or after it ("✅ OHCHR to share …").
  static func marksDone(_ text: String) -> Bool {
    let trimmed = text.trimmingBlanks
    // "… undertook to write to us. That letter arrived on 3 November.", "… By letter of 15
    // September he informed the Commission that both were transferred on 11 September.": a later
    // sentence tells that it was done.
    if trimmed.utf8.containsBytes(" on ".utf8) || trimmed.utf8.containsBytes(" since ".utf8), let stop = trimmed.range(of: ". "),
      case let later = trimmed[stop.upperBound...].lowercased(),
      [" arrived on ", " was sent on ", " were sent on ", " was published on ", " were transferred on ", " was transferred on ",
        " was done on ", " were done on ", " has since been ", " have since been "].contains(where: later.contains)
    {
      return true
    }
    if let first = trimmed.unicodeScalars.first, doneMarks.contains(first) { return true }
    // "DONE: Ministry to confirm …", "Completed: UNICEF to circulate …".
    // "Already done: ✔ Design contract … signed on 2 November".
    let head = trimmed.prefix(16).lowercased().drop { $0 == "*" || $0 == "_" }
    if ["done:", "done -", "completed:", "complete:", "finished:", "already done", "imefanyika"].contains(where: { head.hasPrefix($0) }) { return true }
    // "… Responsible: Katibu. Deadline: done ✔": the deadline's field says it is done.
    if trimmed.utf8.containsBytes(": done".utf8), trimmed.range(of: #"(?i)\b(?:deadline|due|status):\s*done\b"#, options: .regularExpression) != nil {
      return true
    }
    // "Photos … sent to everyone. ✔ done Sunday morning": the mark and the word, whatever follows.
    if trimmed.utf8.contains(0xE2), trimmed.contains("\u{2714} done") || trimmed.contains("\u{2705} done") || trimmed.contains("\u{2714}\u{FE0F} done") { return true }
    var tail = trimmed.suffix(32).lowercased().trimmingCharacters(in: " .!*_")
    // "— completed 20/09", "— done 3 Oct", "✓ done 12:55", "· DONE today": the day or time it was
    // done after the word.
    if let last = tail.split(separator: " ").last,
      last.first?.isNumber == true && last.allSatisfy({ $0.isNumber || "/.-:".contains($0) }) || ["today", "yesterday"].contains(last)
    {
      let before = tail.dropLast(last.count).trimmingCharacters(in: .whitespaces)
      if ["done", "completed", "complete", "finished"].contains(where: { before.hasSuffix(" " + $0) }) { tail = before }
    }
    // "… online ✔ (done at lunch)": a remark in brackets after the mark, or one that says it.
    let whole = trimmed.lowercased().trimmingCharacters(in: " .!*_")
    if whole.hasSuffix(")"), let open = whole.lastIndex(of: "(") {
      let remark = whole[whole.index(after: open)...]
      let before = whole[..<open].trimmingCharacters(in: .whitespaces)
      if ["done ", "completed ", "finished "].contains(where: { remark.hasPrefix($0) }) { return true }
      if let mark = before.unicodeScalars.last, ["\u{2705}", "\u{2714}", "\u{2611}", "\u{FE0F}"].contains(mark) { return true }
      // "… Done 13:20 (DC Achterberg agreed by phone; JL holds the keys).": the remark after the mark.
      if before.count > 8, !before.hasSuffix(")"), marksDone(String(before)) { return true }
    }
    if let last = tail.unicodeScalars.last, ["\u{2705}", "\u{2714}", "\u{2611}", "\u{FE0F}"].contains(last) { return true }
    // "… handed over at lunch. ✔ done": the mark before the word.
    if let word = ["done", "completed"].first(where: { tail.hasSuffix(" " + $0) }),
      let mark = tail.dropLast(word.count).trimmingCharacters(in: .whitespaces).unicodeScalars.last,
      doneMarks.contains(mark)
    {
      return true
    }
    // "✔ This is done.", "It has been done".
    if ["this is done", "it is done", "has been done", "is already done", "this is finished"].contains(where: { tail.hasSuffix($0) }) {
      return true
    }
    // "He has already written to the employer (letter sent Monday 14 September)".
    if let already = whole.range(of: " already "), ["has", "have"].contains(where: { whole[..<already.lowerBound].hasSuffix(" " + $0) }),
      let participle = whole[already.upperBound...].split(separator: " ").first, deliveredParticiples.contains(String(participle))
    {
      return true
    }
    // "… OPR: 3 Bde. COMPLETE (signed in the meeting).": the state in capitals as a sentence of its
    // own, a remark in brackets after it.
    for word in ["COMPLETE", "COMPLETED", "DONE", "CLOSED"] {
      guard let range = trimmed.range(of: ". " + word, options: .backwards) else { continue }
      let after = trimmed[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .*_"))
      if after.isEmpty || (after.hasPrefix("(") && after.hasSuffix(")") && !after.dropFirst().contains("(")) { return true }
    }
    if doneClause(whole) != nil { return true }
    for word in ["done", "completed", "complete", "finished"] {
      if tail.hasSuffix("(\(word))") || tail.hasSuffix("[\(word)]") || tail.hasSuffix("status: \(word)") { return true }
      for separator in [" \u{2014} ", " \u{2013} ", " - ", " -- ", ": ", " \u{2192} ", " -> ", " \u{00B7} "] where tail.hasSuffix(separator + word) {
        return true
      }
    }
    return false
  }

  /// "✓ Done (Secretariat): the dates … were published on 10 March.": who did it, and the words
  /// after the label.
  static func doneByLabel(_ text: String) -> (owner: String, rest: Substring)? {
    guard text.utf8.contains(UInt8(ascii: "(")),
      let match = text.range(of: #"^(?:[\u2713\u2714\u2705\u2611]\uFE0F?\s*)?(?:Done|DONE|Completed|COMPLETED)\s*\(([^)]{2,40})\)\s*:\s*"#, options: .regularExpression),
      let open = text[match].firstIndex(of: "("), let close = text[match].firstIndex(of: ")")
    else { return nil }
    let owner = text[text.index(after: open)..<close].trimmingBlanks
    guard !owner.isEmpty, !isPlaceholder(owner) else { return nil }
    return (owner, text[match.upperBound...])
  }

  /// A closing clause that says where or when a task was done, in small letters: "…, as agreed at
  /// the Second Session: completed in Harra on 12 May 2031.", "… Done on 12 May.", "…: completed
  /// 14 May." The date in it is the day it was done, not a deadline.
  static func doneClause(_ lowered: String) -> Substring? {
    let cuts = [": ", ". ", " \u{2014} ", " \u{2013} ", " \u{00B7} "].compactMap { lowered.range(of: $0, options: .backwards) }
    guard let cut = cuts.max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
    let clause = lowered[cut.upperBound...]
    guard ["completed ", "done ", "finished "].contains(where: { clause.hasPrefix($0) }),
      case let next = clause.drop(while: { $0 != " " }).dropFirst(),
      ["on ", "in ", "at "].contains(where: { next.hasPrefix($0) }) || next.first?.isNumber == true || ["today", "yesterday"].contains(next.trimmingCharacters(in: CharacterSet(charactersIn: "\"”"))),
      clause.split(separator: " ").count <= 8
    else { return nil }
    return clause
  }

  /// The number of the point a bracket refers to: "(see OP 10)", "(cf. para. 4)", "(see point 3)".
  static func pointReferredTo(_ text: String) -> Int? {
    // Most items hold no bracket at all.
    guard text.utf8.contains(UInt8(ascii: "(")), let open = text.range(of: "(see ", options: .caseInsensitive) ?? text.range(of: "(cf", options: .caseInsensitive),
      let close = text[open.upperBound...].firstIndex(of: ")")
    else { return nil }
    let words = text[open.upperBound..<close].lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard words.count <= 3, let last = words.last, let number = Int(last),
      words.dropLast().allSatisfy({ ["op", "para", "paragraph", "point", "item", "no", "cf", "above"].contains($0) })
    else { return nil }
    return number
  }

  // MARK: - Sentences elsewhere

  private func scanSentences(_ text: LocatedText, section: SectionID?, state: inout State) {
    // The items of the sentence before, and whether it put a proposal forward: a sentence may turn
    // them down ("Brazil proposed that governments should …. Kenya objected; Brazil withdrew it.").
    var previous = state.lastSentence
    defer { state.lastSentence = previous }
    state.antecedent = state.carriedAntecedent
    state.carriedAntecedent = nil
    let text = Self.carriedMotion(text) ?? Self.droppingEditorialMark(text)
    // "I'll draft a protocol … within two weeks. — User:Nadira Vos (talk) 18:15, 1 May 2037 (UTC)":
    // a wiki talk page's signed reply, its signer the writer, read without the signature or the
    // colons that indent it.
    if state.nesting < Self.deepestNesting, text.text.utf8.containsBytes("(UTC)".utf8), let (signer, cut) = Self.wikiSignature(in: text.text) {
      let start = text.text[..<cut].firstIndex(where: { !":*# '".contains($0) }) ?? cut
      guard start < cut else { return }
      let (outerSpeaker, outerAuthor) = (state.speaker, state.postAuthor)
      (state.speaker, state.postAuthor) = (signer, signer)
      state.nesting += 1
      scanSentences(text.slice(start..<cut), section: section, state: &state)
      state.nesting -= 1
      (state.speaker, state.postAuthor) = (outerSpeaker, outerAuthor)
      return
    }
    // "[d] … Suggested insertion: "8. Governments should repeal …" … — Suggestion rejected —
    // Resolved": a comment whose suggestion the document turned down holds nothing.
    if text.text.utf8.containsBytes("uggestion rejected".utf8) || text.text.utf8.containsBytes("uggestion declined".utf8) { return }
    // "[i] Tobiah Okonjo — 4 May 2037: … Hanne, please send the cleared text … within a week. —
    // Assigned to Hanne Mortensen": a document's comment that assigns its request to someone.
    if state.nesting < Self.deepestNesting, text.text.utf8.containsBytes("Assigned to ".utf8), let (body, owner, done, sent) = Self.assignedComment(text) {
      let before = state.items.count
      let outerDate = state.sessionDate
      if let sent { state.sessionDate = sent }
      defer { state.sessionDate = outerDate }
      state.nesting += 1
      scanSentences(body, section: .discussion, state: &state)
      state.nesting -= 1
      var found = state.items.indices.dropFirst(before).filter { state.items[$0].kind == .action }
      if found.isEmpty, let asked = sentences(of: body).last(where: { sentence in
        let lowered = sentence.text.lowercased()
        return ["please ", "can you ", "could you ", "pls "].contains(where: lowered.contains) })
      {
        let strength = rules.cues.first { $0.id == "owner-to-verb" }?.strength ?? 2
        var action = makeAction(asked, extra: [], rule: "cue:owner-to-verb", strength: strength, state: state)
        action.evidence.insert(Evidence(rule: "cue:owner-to-verb", words: "Assigned to " + owner), at: 0)
        append(action, section: section, state: &state)
        found = state.items.indices.dropFirst(before).filter { state.items[$0].kind == .action }
      }
      for index in found {
        state.items[index].owner = owner
        state.items[index].evidence.removeAll { $0.rule == "owner" }
        state.items[index].evidence.append(Evidence(rule: "owner", words: "Assigned to " + owner))
        if done {
          state.items[index].done = true
          state.items[index].due = nil
        }
      }
      return
    }
    // "… The FMU will table a draft template …" over "Action owner: FMU Reporting Officer ·
    // Target date: 12 March 2030": the line of fields that closes the paragraph gives its task an
    // owner and a date.
    if state.nesting < Self.deepestNesting, let (body, fields) = Self.splittingFieldLine(text) {
      let before = state.items.count
      state.nesting += 1
      scanSentences(body, section: section, state: &state)
      state.nesting -= 1
      applyFields(fields, to: body, itemsFrom: before, section: section, state: &state)
      return
    }
    // "… submit the same to the Chair by 15th instant. **(Action: DYO)**": the tag that closes a
    // paragraph names who does its task.
    if state.nesting < Self.deepestNesting, let (body, owner) = Self.splittingActionTag(text) {
      let before = state.items.count
      state.nesting += 1
      scanSentences(body, section: section, state: &state)
      state.nesting -= 1
      // "(Action: none)" gives no one a task.
      if let owner { applyActionTag(owner, to: body, itemsFrom: before, section: section, state: &state) }
      return
    }
    // "… and report back at the next meeting.        ACTION: HV" at the end of a typed line, as
    // minutes put their owners in the right margin: each tag closes the text before it.
    if state.nesting < Self.deepestNesting, text.text.utf8.containsBytes("ACTION:".utf8), let segments = Self.marginActionTags(text) {
      state.nesting += 1
      for segment in segments {
        let before = state.items.count
        scanSentences(segment.body, section: section, state: &state)
        if let owner = segment.owner { applyActionTag(owner, to: segment.body, itemsFrom: before, section: section, state: &state) }
      }
      state.nesting -= 1
      return
    }
    // "**Recommendation 6.** UNOCR, as Administrative Agent, should publish …": an audit report's
    // numbered recommendation, its first sentence the advice whoever it names.
    if let start = Self.afterNumberedRecommendation(text.text) {
      let rest = text.slice(start..<text.text.endIndex)
      let parts = sentences(of: rest)
      if let first = parts.first, !SentenceAnalysis(first.text, rules: rules).isQuestion {
        let item = makeRecommendation(first, extra: [], rule: "cue:recommendation-label", strength: 3, headingActors: [])
        append(item, section: section, state: &state)
        for part in parts.dropFirst() { scanSentences(part, section: section, state: &state) }
        return
      }
    }
    // "To our development partners: … should sit with you": whom the paragraph speaks to.
    state.vocative = vocativeActors(of: text.text)
    defer { state.vocative = ([], "") }
    if let item = codedRecommendation(text) ?? approvedResolution(text) {
      append(item, section: section, state: &state)
      return
    }
    // A rated statement and its verdict, read whole: its full stop is inside the quotation marks.
    if Self.adoptedStatement(text.text) != nil {
      if let item = classify(text, state: state) { append(item, section: section, state: &state) }
      return
    }
    // Laughter turns down advice of its own paragraph only ("… That's my point. [laughter]" is not).
    let paragraphStart = state.items.count
    for sentence in sentences(of: text).map(droppingParagraphNumber) {
      let start = state.items.count
      // "HN also said the Platform should get its own jingle. (Laughter.)": advice the room laughed at.
      if let previous, !previous.items.isEmpty, previous.items.upperBound == start, previous.items.lowerBound >= paragraphStart,
        Self.isLaughter(sentence.text),
        state.items[previous.items].allSatisfy({ $0.kind == .recommendation })
      {
        state.items.removeSubrange(previous.items)
        continue
      }
      // "Not agreed:" over a list leads into what was not agreed; it turns nothing before it down.
      // "Not agreed: someone suggested a monthly event …": a label over what it tells of its own.
      if let previous, !previous.items.isEmpty, previous.items.upperBound == start, SentenceAnalysis.mayTurnDown(sentence.text),
        !sentence.text.trimmingBlanks.hasSuffix(":"), !Self.labelsItsOwnAccount(sentence.text),
        SentenceAnalysis(sentence.text, rules: rules).turnsDown(previousProposes: previous.proposes)
      {
        state.items.removeSubrange(previous.items)
        continue
      }
      defer {
        let added = start..<max(start, state.items.count)
        // "Proposal: that … . The board recommended to reject it. The proposal fell.": a sentence
        // that only speaks of the proposal before leaves it the one a later sentence may turn down.
        let keepsProposal = added.isEmpty && previous.map { !$0.items.isEmpty && $0.items.upperBound == start } == true
          && SentenceAnalysis(sentence.text, rules: rules).speaksOfTheOneBefore()
        if !keepsProposal { previous = (added, !added.isEmpty && SentenceAnalysis.proposes(sentence.text)) }
        if let owner = state.items[added].last(where: { $0.kind == .action })?.owner {
          // "She also said she will …" tells which pronoun the one named before takes.
          let opening = sentence.text.prefix { $0 != " " }.lowercased()
          let pronoun = state.antecedent?.name == owner ? state.antecedent?.pronoun ?? (["she", "he"].contains(opening) ? opening : nil) : nil
          state.antecedent = (owner, pronoun)
        } else if case let opening = Self.afterTopic(sentence.text) ?? sentence.text[...],
          Self.mayOpenWithTitle(String(opening)), let named = SentenceAnalysis(String(opening), rules: rules).titledName()
        {
          // "On stops, Chief Inspector Kovac said …": the one named after the topic.
          state.antecedent = named
        } else if Self.mayOpenWithName(sentence.text), let named = SentenceAnalysis(sentence.text, rules: rules).namedOpening() {
          // "Lena Berg presented the toolkit. She will send the slides by …".
          state.antecedent = (named, nil)
        }
      }
      // "(a) the UN system should …; (b) media should …": each lettered part that is an item of its
      // own is one; a chapeau they all complete ("Member States should: (a) …; (b) …") stays whole.
      let parts = Self.letteredParts(of: sentence)
      if parts.count > 1 {
        let items = parts.map { classify(Self.droppingLetter($0), state: state) }
        if items.allSatisfy({ $0 != nil }) {
          for var item in items.compactMap({ $0 }) {
            // Each part reads as a sentence of its own: capitalised, with its full stop.
            item.text = Self.sentenceText(item.text, droppingLabelOf: "", owner: nil, rules: rules)
            if let last = item.text.last, !".!?".contains(last) { item.text += "." }
            append(item, section: section, state: &state)
          }
          continue
        }
      }
      let sentence = Self.droppingStageDirection(Self.droppingLetter(sentence))
      guard var item = classify(sentence, state: state) ?? Self.pastOpeningAside(sentence).flatMap({ classify($0, state: state) }) else {
        continue
      }
      if item.kind == .recommendation, item.actors.isEmpty, case let vocative = state.vocative, !vocative.words.isEmpty,
        Tokenizer.tokenize(sentence.text).contains(where: { ["you", "your"].contains($0.normalized) })
      {
        item.actors = vocative.actors
        item.evidence += vocative.actors.map { Evidence(rule: "actor:\($0)", words: vocative.words) }
      }
      // "Andrés Quintero-Mbaye explained …. He urged governments to …": who "he" is, for a
      // summary that shows the sentence out of its paragraph.
      if item.kind == .recommendation, let antecedent = state.antecedent,
        let pronoun = ["He ": "he", "She ": "she"].first(where: { item.text.hasPrefix($0.key) })?.value,
        antecedent.pronoun.map({ $0 == pronoun }) ?? true
      {
        item.evidence.append(Evidence(rule: "speaker", words: antecedent.name))
      }
      // "UNDP to share the toolkit; OHCHR to convene a call by 20 January": one action per owner,
      // as in the Action items section.
      if item.kind == .action, let clauses = ownedClauses(sentence)?.parts, clauses.count > 1 {
        let actions = clauses.compactMap { classify($0, state: state) }.filter { $0.kind == .action }
        if actions.count == clauses.count {
          for action in actions { append(action, section: section, state: &state) }
          continue
        }
      }
      append(item, section: section, state: &state)
    }
  }

  /// Whether a sentence is a story's words quoted under a label: 'Quote: "The police should say
  /// sorry to us …"', as a story collection gives a storyteller's own words.
  static func isLabelledQuote(_ text: String) -> Bool {
    guard let first = text.utf8.first, first == UInt8(ascii: "Q") || first == UInt8(ascii: "I") || first == UInt8(ascii: "T") else {
      return false
    }
    guard let label = ["Quote:", "Quotes:", "In their words:", "In her words:", "In his words:", "Testimony:"].first(where: text.hasPrefix)
    else { return false }
    let rest = text.dropFirst(label.count).drop { $0 == " " || $0 == "*" || $0 == "_" }
    return rest.first.map { "\"\u{201C}'\u{2018}\u{00AB}".contains($0) } ?? false
  }
  /// The fields that, after a task's last sentence on its line, give its owner or its deadline
  /// ("… . Responsible: …", "… . Vastuuhenkilö: …", "… . Задужена: …", "… . Vastutaja: …").
  static let closingFieldLabels = [
    "Responsible:", "Responsible person:", "Executor:", "Deadline:", "Ansvarig:", "Owner:", "Vastuuhenkilö:", "Задужен:", "Задужена:",
    "Задужени:", "Zimmedar:", "Vastutaja:",
  ]
  /// Bytes one of them, or its name, cannot do without.
  private static let closingFieldBytes = (["Deadline:", "Executor:", "Ansvarig:", ". Owner:", "Vastuuhenkilö:", ". Задужен", ". Zimmedar:", ". Vastutaja:"]).map { Array($0.utf8) }

  /// The lines that close a text when each gives a task's owner or deadline as a field named in
  /// another language ("Felelős: …", "Afati: …"), or one after another in English ("Owner: …"
  /// over "Deadline: …"), with where the first of them starts; `nil` unless such a line closes it.
  static func trailingFieldLines(_ text: LocatedText) -> (start: String.Index, fields: LocatedText)? {
    let starts = text.lineStarts
    var first = starts.count
    var lines: [InlineText.Line] = []
    var english = 0
    // "*[Izpildīts 09.03.2037., vēstules Nr. 3-12/114 — K. L.]*" under the fields: a note that the
    // task was done since, read as its status.
    var doneNote: InlineText.Line? = nil
    if first > 2, let start = starts.last, isDoneNote(text.text[start...]) {
      doneNote = InlineText.Line(text: "Status: done", location: text.location(at: start))
      first -= 1
    }
    while first > 1 {
      let start = starts[first - 1]
      let line = text.text[start..<(first < starts.count ? starts[first] : text.text.endIndex)]
      let written: String
      if let translated = translatedFieldLine(line) {
        written = translated
      } else if let name = fieldName(of: line), ownerFieldNames.contains(name) || deadlineFieldNames.contains(name) {
        written = String(line)
        english += 1
      } else {
        break
      }
      lines.insert(InlineText.Line(text: written, location: text.location(at: start)), at: 0)
      first -= 1
    }
    // English fields close a text this way only as two lines or more: one is read as it was.
    guard !lines.isEmpty, english == 0 || lines.count >= 2 else { return nil }
    if let doneNote { lines.append(doneNote) }
    return (starts[first], LocatedText(lines: lines))
  }

  /// Whether a line, in brackets or emphasis, says a task was done: "*[Izpildīts 09.03.2037.]*",
  /// "(Done 3 March)".
  static func isDoneNote(_ line: Substring) -> Bool {
    let inside = line.trimmingCharacters(in: CharacterSet(charactersIn: "*_ \n"))
    guard let open = inside.first, open == "[" || open == "(", inside.count <= 160 else { return false }
    let words = inside.dropFirst().lowercased()
    return ["izpild\u{12B}ts", "izpild\u{12B}ta", "done", "completed", "t\u{E4}idetud", "erledigt", "fait le", "hecho", "feito", "wykonano", "\u{432}\u{44B}\u{43F}\u{43E}\u{43B}\u{43D}\u{435}\u{43D}\u{43E}"]
      .contains(where: { words.hasPrefix($0 + " ") || words.hasPrefix($0 + ":") || words.hasPrefix($0 + ",") })
  }

  /// The names of a field that gives a task's deadline: "Deadline:", "Due:", "By when:".
  static let deadlineFieldNames: Set<String> = ["deadline", "due", "due date", "by when", "when"]

  /// The name of the field a line opens with, in small letters ("**Owner:** …" → "owner").
  static func fieldName(of line: Substring) -> String? {
    let opening = line.drop { "*_ ".contains($0) }
    guard let colon = opening.prefix(24).firstIndex(of: ":") else { return nil }
    return opening[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()
  }


  /// A paragraph's last line when it is a line of fields naming an owner and a date ("Action
  /// owner: Head of FMU · Target date: before the next call opens"), and the lines before it.
  static func splittingFieldLine(_ text: LocatedText) -> (body: LocatedText, fields: LocatedText)? {
    // Most paragraphs end in no such line: its first letter, and a colon in it, tell.
    guard text.text.utf8.containsBytes(": ".utf8), let last = text.lineStarts.last else { return nil }
    // "Përgjegjës: Gentian Lleshi · Afati: 31 mars 2037": the fields named in another language.
    // "… szervezzen." over "Felelős: Molnár Tibor" and "Határidő: 2037. április 15.": one field to
    // a line, the lines that close the paragraph, their names in English.
    if last > text.text.startIndex, let (first, fields) = trailingFieldLines(text) {
      return (text.slice(text.text.startIndex..<first), fields)
    }
    // A line of its own opens with a field's name; fields after the task's words stand in its last line.
    let opensWithField = last > text.text.startIndex && text.text[last...].utf8.first.map { "aAoOrRlL".utf8.contains($0) } == true
    guard opensWithField || text.text[last...].utf8.containsBytes("esponsible".utf8) || closingFieldBytes.contains(where: { text.text[last...].utf8.containsBytes($0) })
    else { return nil }
    let line = text.text[last...].lowercased()
    if opensWithField, ["action owner:", "owner:", "owners:", "responsible:", "lead:", "resp.:"].contains(where: line.hasPrefix),
      ["target date:", "due:", "due date:", "deadline:", "by when:", "timeline:", "when:"].contains(where: line.contains)
    {
      return (text.slice(text.text.startIndex..<last), text.slice(last..<text.text.endIndex))
    }
    // "2.2. To finalise the draft … Responsible: Petrova A.V. Deadline: до 16.03.": the fields
    // after the task's last sentence, on its own line.
    // "… Ansvarig: fritidschef Jonas Ek. Klart senast: 1 april.", as a Swedish protokoll writes them.
    // "Tehtävä: hakemuksen valmistelu. Vastuuhenkilö: Riikka Halonen. Aikataulu: …", in Finnish.
    guard let field = closingFieldLabels.lazy.compactMap({ text.text[last...].range(of: ". " + $0) }).first,
      text.text[..<field.lowerBound].split(separator: " ").count >= 3
    else { return nil }
    let start = text.text.index(field.lowerBound, offsetBy: 2)
    return (text.slice(text.text.startIndex..<text.text.index(after: field.lowerBound)), text.slice(start..<text.text.endIndex))
  }

  /// A paragraph without the tag in brackets that closes it naming who acts ("… by 15th instant.
  /// (Action: DYO)", "[Action by: ADC (G)]"), and the one it names (none for "(Action: none)");
  /// `nil` for any other paragraph.
  static func splittingActionTag(_ text: LocatedText) -> (body: LocatedText, owner: String?)? {
    let trimmed = text.text.trimmingBlanks
    guard let last = trimmed.last, last == ")" || last == "]", text.text.utf8.containsBytes("ction".utf8) else { return nil }
    let closing: Character = last
    let opening: Character = last == ")" ? "(" : "["
    // The tag's opening bracket: the last one before a label, so that "ADC (G)" stays whole.
    let tags = ["(Action: ", "(Action by: ", "(Action by ", "(Action - ", "(Action \u{2013} ", "(Action \u{2014} "]
      .map { opening == "(" ? $0 : "[" + $0.dropFirst() }
    guard let tag = tags.lazy.compactMap({ trimmed.range(of: $0, options: [.backwards, .caseInsensitive]) }).first,
      tag.lowerBound > trimmed.startIndex, trimmed.distance(from: tag.upperBound, to: trimmed.endIndex) <= 60
    else { return nil }
    var owner = trimmed[tag.upperBound..<trimmed.index(before: trimmed.endIndex)].trimmingBlanks
    while owner.hasSuffix("*") || owner.hasSuffix("_") { owner.removeLast() }
    // The brackets inside the owner's words must pair up: "ADC (G)".
    guard !owner.isEmpty, owner.filter({ $0 == opening }).count == owner.filter({ $0 == closing }).count,
      let end = text.text.range(of: String(trimmed[tag.lowerBound...]), options: .backwards)
    else { return nil }
    var bodyEnd = end.lowerBound
    // "**(Action: DYO)**": the emphasis around the tag goes with it.
    while bodyEnd > text.text.startIndex, "*_ ".contains(text.text[text.text.index(before: bodyEnd)]) { bodyEnd = text.text.index(before: bodyEnd) }
    guard bodyEnd > text.text.startIndex else { return nil }
    return (text.slice(text.text.startIndex..<bodyEnd), isPlaceholder(String(owner)) ? nil : String(owner))
  }

  /// The parts of a paragraph that lines ending in a margin tag ("ACTION: KD/NOB") close, each with
  /// the owner its tag names, the words after the last tag a part with none; `nil` where no line
  /// ends so.
  static func marginActionTags(_ text: LocatedText) -> [(body: LocatedText, owner: String?)]? {
    let starts = text.lineStarts
    guard !starts.isEmpty else { return nil }
    var segments: [(body: LocatedText, owner: String?)] = []
    var from = text.text.startIndex
    for (number, start) in starts.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1] : text.text.endIndex
      let line = text.text[start..<end]
      guard let tag = line.range(of: "ACTION:", options: .backwards) else { continue }
      let owner = line[tag.upperBound...].trimmingBlanks
      let words = owner.split(separator: " ")
      guard !owner.isEmpty, (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
        tag.lowerBound > from
      else { continue }
      segments.append((text.slice(from..<tag.lowerBound), isPlaceholder(owner) ? nil : owner))
      from = end
    }
    guard !segments.isEmpty else { return nil }
    if from < text.text.endIndex, !text.text[from...].trimmingBlanks.isEmpty {
      segments.append((text.slice(from..<text.text.endIndex), nil))
    }
    return segments
  }

  /// Gives the last task read from `body` the owner its closing tag names; when the body held no
  /// task, its last sentence is the task.
  private func applyActionTag(_ owner: String, to body: LocatedText, itemsFrom start: Int, section: SectionID?, state: inout State) {
    if let index = state.items.indices.dropFirst(start).last(where: { state.items[$0].kind == .action }) {
      state.items[index].owner = owner
      state.items[index].evidence.removeAll { $0.rule == "owner" }
      state.items[index].evidence.append(Evidence(rule: "owner", words: "Action: " + owner))
      return
    }
    guard let sentence = sentences(of: body).last(where: { !Self.isStruckOut($0.text) }) else { return }
    // What the sentence advised is its task now: the tag says who does it.
    state.items.removeSubrange(start...)
    var action = makeAction(sentence, extra: [], rule: "cue:action-label", strength: 3, state: state)
    action.owner = owner
    action.evidence.removeAll { $0.rule == "owner" }
    action.evidence.insert(Evidence(rule: "cue:action-label", words: "Action: " + owner), at: 0)
    action.evidence.append(Evidence(rule: "owner", words: "Action: " + owner))
    append(action, section: section, state: &state)
  }

  /// Whether a line of fields holds a deadline's field that says no day is set yet ("Deadline:
  /// TBD", "Tähtaeg: täpsustamisel").
  static func hasUnsetDeadlineField(_ text: String) -> Bool {
    guard let field = text.range(of: "Deadline:") else { return false }
    let value = text[field.upperBound...].prefix { $0 != "," && $0 != ";" }.trimmingCharacters(in: CharacterSet(charactersIn: " .*_"))
    let lowered = value.lowercased()
    return isPlaceholder(value) || ["t\u{E4}psustamisel", "t\u{E4}psustamata", "to be set", "to be agreed", "tiks preciz\u{113}ts", "tiks preciz\u{113}ta"]
      .contains(where: { lowered == $0 || lowered.hasPrefix($0 + " (") })
  }

  /// Gives the last task read from `body` the owner and date its line of fields names; when the
  /// body held no task, the last sentence in which someone "will" act is the task.
  private func applyFields(_ fields: LocatedText, to body: LocatedText, itemsFrom start: Int, section: SectionID?, state: inout State) {
    // "Zimmedar: Secretary." after a decision's full stop: a field named in another language.
    let written = Self.translatedFieldLine(fields.text[...]) ?? fields.text
    let owner = Self.explicitOwner(in: written).flatMap { Self.isPlaceholder($0.owner) ? nil : $0 }
    let due = dueField(written, state: state)
      ?? DueDateResolver.find(in: written, sessionDate: state.sessionDate, order: state.slashOrder)
    func given(_ item: inout ExtractedItem) {
      if let owner {
        // "Zimmedar: Begum Nusrat Jabeen": the field's name shown as an owner is, its title aside.
        item.owner = SentenceAnalysis(owner.owner, rules: rules).cleanOwner(owner.owner)
        item.evidence.removeAll { $0.rule == "owner" }
        item.evidence.append(Evidence(rule: "owner", words: owner.words))
      }
      if let due {
        item.due = due.date.description
        item.evidence.removeAll { $0.rule == "due" }
        item.evidence.append(Evidence(rule: "due", words: due.words))
      }
    }
    if let index = state.items.indices.dropFirst(start).last(where: { state.items[$0].kind == .action }) {
      given(&state.items[index])
      return
    }
    // "… The FMU will table a draft …", or a decision's task in the infinitive: "To finalise the
    // draft Programme …".
    let writtenAsTask = { (sentence: LocatedText) in
      sentence.text.utf8.containsBytes(" will ".utf8)
        // "att ta fram en gemensam lägesbild …": a Swedish protokoll's decision, in the infinitive.
        || sentence.text.hasPrefix("att ")
        || (sentence.text.hasPrefix("To ") && sentence.text.dropFirst(3).first?.isLowercase == true
          && !SentenceAnalysis(sentence.text, rules: self.rules).matchesStarting(at: 1, in: [.verb]).isEmpty)
        // "Naamon ki fehrist Secretary ko … bheji jaye.": an Urdu decision, "let it be sent".
        || [" jaye", " jayen", " jaaye"].contains(where: sentence.text.trimmingCharacters(in: CharacterSet(charactersIn: ". ")).hasSuffix)
        // "IPD Sungai Lebar akan berkongsi data …": Malay's "will", over its owner's field.
        || sentence.text.utf8.containsBytes(" akan ".utf8) && !sentence.text.hasPrefix("Sekiranya ") && !sentence.text.utf8.containsBytes(" mungkin ".utf8)
    }
    // "A bizottság felkéri a referenst, hogy … szervezzen." over "Felelős: …" and "Határidő: …",
    // "УГ „Мост“ да поднесе писани извештај … . Задужена: Амра Хоџић. Рок: …": fields that give
    // both an owner and a date make the words before them, with no item of their own, its task.
    // "Atsakinga: R. Gelažienė. Terminas: įvykdyta posėdžio metu": or done already; "… sebelum 15
    // Mac 2037." over "Tindakan: JPNIN Daerah": or dated in the words above.
    // "Tähtaeg: täpsustamisel" ("to be set"): or a deadline's field that says none is set yet.
    let ownedAndDated = owner != nil && state.items.count == start
      && (due != nil || Self.marksDone(written) || DueDateResolver.find(in: body.text, sessionDate: state.sessionDate, order: state.slashOrder) != nil
        || Self.hasUnsetDeadlineField(written))
    let givenByFields = { (sentence: LocatedText) in
      ownedAndDated && !sentence.text.trimmingBlanks.hasSuffix("?") && !sentence.text.trimmingBlanks.hasSuffix(":")
    }
    // A decision written on one line is its task whole ("17/2037. (III. 4.) sz. határozat: …").
    let candidates = ownedAndDated && body.lineStarts.count == 1 && !writtenAsTask(body) ? [body] : sentences(of: body)
    guard owner != nil || due != nil,
      let chosen = candidates.indices.last(where: { !Self.isStruckOut(candidates[$0].text) && (givenByFields(candidates[$0]) || writtenAsTask(candidates[$0])) })
    else { return }
    var sentence = candidates[chosen]
    // "ייערך סיור משותף …." over "*(Joint visit of faith leaders to two schools.)*": a sentence's
    // gloss on the next line belongs to it.
    if chosen > 0, sentence.text.hasPrefix("("), sentence.text.hasSuffix(")"), !candidates[chosen - 1].text.hasSuffix(")") {
      var joined = candidates[chosen - 1]
      joined.append(sentence)
      sentence = joined
    }
    // Its fields, not words of its own, make it a task: the explanation says so.
    let byFields = !writtenAsTask(sentence)
    var action = makeAction(sentence, extra: [], rule: byFields ? "cue:owner-and-deadline-fields" : "owner-field", strength: 2, state: state)
    if byFields { action.evidence.insert(Evidence(rule: "cue:owner-and-deadline-fields", words: fields.text), at: 0) }
    given(&action)
    // "Muddat: — (jari kar diya gaya ✔)": the deadline's field says it is done.
    if Self.marksDone(written) || fields.text.contains("\u{2714}") || fields.text.contains("\u{2713}") {
      action.done = true
      action.due = nil
    }
    append(action, section: section, state: &state)
  }

  /// Whether a paragraph sets out a motion line by line (`MotionRecord`).
  static func isMotion(_ block: MarkdownNode, plain: String? = nil) -> Bool {
    let plain = plain ?? block.plainText
    // Most paragraphs move and second nothing: their bytes say so first.
    guard plain.utf8.containsBytes("econd".utf8) || plain.utf8.containsBytes("ECOND".utf8),
      plain.utf8.containsBytes("oved".utf8) || plain.utf8.containsBytes("OVED".utf8)
    else { return false }
    return MotionRecord(LocatedText(block: block)) != nil
  }

  /// Reads a motion its record sets out line by line: one lost, withdrawn or lapsed holds
  /// nothing; one carried is read for what it asks of others ("(a) call on the State Government
  /// to …") and, where an officer is to act on it, for that officer's task: the first of its
  /// lines that asked nothing else (past a lead-in "That Council:"), dated by its own words or
  /// else by when it reports back.
  private func readMotion(_ motion: MotionRecord, section: SectionID?, state: inout State) {
    state.openMotion = nil
    guard motion.outcome != .fell else { return }
    let before = state.items.count
    var quiet: [LocatedText] = []
    for line in motion.lines {
      let limb = MotionRecord.droppingLimb(line)
      let start = state.items.count
      scanSentences(limb, section: section, state: &state)
      if state.items.count == start { quiet.append(limb) }
    }
    if motion.outcome == .open, motion.officer == nil {
      state.openMotion = (before, quiet)
      return
    }
    giveMotionTask(motion, itemsFrom: before, quiet: quiet, section: section, state: &state)
  }

  /// Gives the officer a carried motion names the task its items hold, or else the first of its
  /// quiet lines (`readMotion`).
  private func giveMotionTask(_ motion: MotionRecord, itemsFrom before: Int, quiet: [LocatedText], section: SectionID?, state: inout State) {
    guard let officer = motion.officer else { return }
    let due = motion.reportBack.flatMap { reportBackDue($0, state: state) }
    func given(_ item: inout ExtractedItem) {
      item.owner = officer
      item.evidence.removeAll { $0.rule == "owner" }
      item.evidence.append(Evidence(rule: "owner", words: "Officer to action: " + officer))
      if item.due == nil, !item.done, let due {
        item.due = due.date.description
        item.evidence.append(Evidence(rule: "due", words: "Report back: " + due.words))
      }
    }
    if let index = state.items.indices.dropFirst(before).first(where: { state.items[$0].kind == .action }) {
      given(&state.items[index])
      return
    }
    guard let task = quiet.first(where: { !$0.text.trimmingBlanks.hasSuffix(":") }) ?? quiet.first else { return }
    var action = makeAction(task, extra: [], rule: "owner-field", strength: 2, state: state)
    given(&action)
    append(action, section: section, state: &state)
  }

  /// When a motion's officer reports back: a date its words give ("by 30 June"), or the meeting
  /// of the month they name ("Jun OCM", "October 2037 meeting"): the next meeting's day when
  /// the notes give it in that month, else the month's end.
  private func reportBackDue(_ words: String, state: State) -> DueDateResolver.Due? {
    if let due = dueField("Due: " + words, state: state) { return due }
    var kept = words.split(separator: " ")
    while kept.count > 1 {
      kept.removeLast()
      let month = kept.joined(separator: " ")
      guard let found = DueDateResolver.find(in: "by " + month, sessionDate: state.sessionDate, order: state.slashOrder) else { continue }
      if let next = state.nextMeeting, next.year == found.date.year, next.month == found.date.month {
        return DueDateResolver.Due(date: next, words: words)
      }
      return DueDateResolver.Due(date: found.date, words: words)
    }
    return nil
  }

  /// Whether a sentence only records laughter: "(Laughter.)", "[Laughter]", "(General laughter)".
  static func isLaughter(_ text: String) -> Bool {
    guard text.utf8.count < 40 else { return false }
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
    return !words.isEmpty && words.count <= 3 && (words.contains("laughter") || words.contains("laughs"))
      && words.allSatisfy { ["laughter", "laughs", "general", "loud", "some", "and", "applause"].contains($0) }
  }

  /// A sentence without the stage direction in brackets that opens it ("[crosstalk] What I will
  /// say is this: …", "[pause] We invite you …"): a few words in small letters, as a transcript
  /// or a speech marks what happened. The sentence then begins, and is placed, where its words do.
  static func droppingStageDirection(_ sentence: LocatedText) -> LocatedText {
    let text = sentence.text
    guard text.hasPrefix("["), let close = text.prefix(32).firstIndex(of: "]") else { return sentence }
    let inside = text[text.index(after: text.startIndex)..<close]
    let words = inside.split(separator: " ")
    guard (1...3).contains(words.count), inside.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == " " }) else { return sentence }
    let rest = text[text.index(after: close)...].drop { $0 == " " }
    guard rest.first?.isLetter == true else { return sentence }
    return sentence.slice(rest.startIndex..<text.endIndex)
  }

  /// A sentence read past an aside in brackets or braces that opens it, after an ordinal at most:
  /// "Third, [ONLY IF CONFIRMED BY 16:00 — confirmed 15:42, KA] the UN country team has agreed to
  /// …", "{Fourth, then —} the LSRC Secretariat will open …" (a speech's marks for its reader).
  static func pastOpeningAside(_ sentence: LocatedText) -> LocatedText? {
    let text = sentence.text
    guard let open = text.prefix(16).firstIndex(where: { $0 == "[" || $0 == "{" }) else { return nil }
    let closer: Character = text[open] == "[" ? "]" : "}"
    guard let close = text[open...].prefix(160).firstIndex(of: closer) else { return nil }
    let before = text[..<open].trimmingBlanks
    guard before.isEmpty || (before.hasSuffix(",") && before.split(separator: " ").count == 1) else { return nil }
    let rest = text[text.index(after: close)...].drop { $0 == " " || $0 == ":" || $0 == "\u{2014}" || $0 == "\u{2013}" || $0 == "-" }
    guard let first = rest.first, first.isLetter, rest.split(separator: " ").count >= 3 else { return nil }
    return LocatedText(lines: [InlineText.Line(text: first.uppercased() + rest.dropFirst(), location: sentence.location(at: rest.startIndex))])
  }

  /// Whom a paragraph that opens "To …:" speaks to, as a speech turns from one group to the next
  /// ("To our development partners [look at donor row]: …"), and the words that name them.
  func vocativeActors(of text: String) -> (actors: [String], words: String) {
    guard text.hasPrefix("To "), let colon = text.prefix(160).firstIndex(of: ":") else { return ([], "") }
    let words = String(text[text.index(text.startIndex, offsetBy: 3)..<colon])
    // A stage direction or aside in brackets, and a clause about them after a comma, name no one.
    let named = String(words.prefix { $0 != "[" && $0 != "(" && $0 != "," && $0 != "{" }).trimmingBlanks
    let actors = Self.actorsNamed(in: named, rules: rules)
    return actors.isEmpty ? ([], "") : (actors, named)
  }

  /// A motion's words in quotation marks followed by the vote that carried it ("“That this Council
  /// calls on …” CARRIED: 25 for, 4 against"): the paragraph from the motion's words on, read as
  /// the meeting's own. A motion lost, withdrawn or referred stays a quotation, and so no item.
  private static let motionBytes = ["\"That ", "\u{201C}That "].map { Array($0.utf8) }

  static func carriedMotion(_ text: LocatedText) -> LocatedText? {
    let words = text.text
    // Most paragraphs quote no motion, as their bytes tell without reading characters.
    guard words.containsAnyBytes(motionBytes) else { return nil }
    guard let open = words.firstIndex(where: { $0 == "\"" || $0 == "\u{201C}" }),
      words[words.index(after: open)...].hasPrefix("That "),
      words.distance(from: words.startIndex, to: open) <= 300, words.utf8.count <= 4_000
    else { return nil }
    let after = words[words.index(after: open)...]
    guard let close = after.firstIndex(where: { $0 == "\"" || $0 == "\u{201D}" }) else { return nil }
    let outcome = after[after.index(after: close)...].prefix(300).uppercased()
    let carried = ["CARRIED", "ADOPTED", "PASSED", "AGREED"].contains { outcome.contains($0) }
    let fell = ["LOST", "DEFEATED", "WITHDRAWN", "REFERRED", "REJECTED", "FELL", "NOT CARRIED", "NOT ADOPTED", "NOT PASSED"]
      .contains { outcome.contains($0) }
    guard carried, !fell else { return nil }
    return text.slice(words.index(after: open)..<close)
  }

  /// A sentence without the number of the paragraph it opens, and without a topic before a colon
  /// when a person's title follows it: "5.3 Mr. Fashola-Grant promised …", "3.2 Grazing reserves:
  /// Dr. Obiora-Adamu informed …" (so that a "she" after it knows whom it stands for).
  func droppingParagraphNumber(_ written: LocatedText) -> LocatedText {
    guard let first = written.text.utf8.first else { return written }
    if first == UInt8(ascii: "[") { return Self.droppingTaskCode(written) }
    // "11:03 Dickson will go …": a running record's time stamp.
    let sentence = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) ? Self.droppingTimestamp(written) : written
    guard let first = sentence.text.utf8.first else { return sentence }
    let numbered = (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first) ? Self.droppingNumber(sentence) : sentence
    let text = numbered.text
    guard let colon = text.prefix(40).firstIndex(of: ":"), case let label = text[..<colon],
      (1...4).contains(label.split(separator: " ").count), label.first?.isUppercase == true,
      case let rest = text[text.index(after: colon)...].drop(while: { $0 == " " }), rest.startIndex < text.endIndex,
      Self.mayOpenWithTitle(String(rest.prefix(16))),
      !rules.cues.contains(where: { $0.form == .label && $0.phrases.contains { $0.lowercased() == text[...colon].lowercased() } })
    else { return numbered }
    return numbered.slice(rest.startIndex..<text.endIndex)
  }

  /// A task marked with an arrow and its owner before a colon: "→ @Sam (council officer): set up
  /// the shared folder" → "Sam", the words from "set up" on. The owner is a name, a handle or a
  /// role; the task opens with a word in small letters.
  /// Bytes a Portuguese charge cannot do without: "incumbid…", "encarregad…".
  static let chargeBytes = (incumbent: Array("incumbid".utf8), charged: Array("encarregad".utf8))
  /// "Charged with …" in a Portuguese record, the one charged after the verb: "ficou incumbido o
  /// senhor Presidente da Junta, Joaquim Vilela Prates, de remeter …" → "Joaquim Vilela Prates";
  /// "Ficou o senhor Presidente da Mesa, Aníbal Queirós Mendonça, encarregado de solicitar …";
  /// "ficou a Comissão Permanente … incumbida de apresentar …"; "Ficou ainda incumbida a primeira
  /// secretária de remeter …" → "primeira secretária". A person named after their post is the
  /// owner by name; articles and "senhor", "senhora" are dropped.
  static func portugueseCharge(_ text: String) -> (owner: String, words: String)? {
    guard let match = chargePatterns.lazy.compactMap({ $0.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) }).first,
      let range = Range(match.range(withName: "owner"), in: text), let wordsRange = Range(match.range, in: text)
    else { return nil }
    var owner = text[range].trimmingCharacters(in: CharacterSet(charactersIn: ", "))
    // "o senhor Presidente da Junta, Joaquim Vilela Prates": the post, then the one who holds it.
    if let comma = owner.range(of: ", ", options: .backwards), case let name = owner[comma.upperBound...],
      name.split(separator: " ").count >= 2, name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["da", "de", "do", "dos", "das", "e"].contains($0) })
    {
      owner = String(name)
    }
    var words = owner.split(separator: " ").map(String.init)
    while let first = words.first, ["o", "a", "os", "as", "senhor", "senhora", "sr.", "sra.", "dr.", "dra.", "dr.ª", "eng.", "eng.ª"].contains(first.lowercased()) {
      words.removeFirst()
    }
    // "vogal Tiago Moura Sequeira": a post in lower case before a full name.
    if let name = words.firstIndex(where: { $0.first?.isUppercase == true }), name > 0, words.count - name >= 2,
      words[name...].allSatisfy({ $0.first?.isUppercase == true || ["da", "de", "do", "dos", "das", "e"].contains($0) })
    {
      words.removeFirst(name)
    }
    guard !words.isEmpty, words.count <= 12 else { return nil }
    return (words.joined(separator: " "), String(text[wordsRange]))
  }

  /// "ficou [ainda] incumbido X de …" and "ficou X[,] encarregado de …": the charge before or after
  /// the one charged, then "de" and a verb's infinitive.
  static let chargePatterns: [NSRegularExpression] = {
    let charge = "(?:incumbid|encarregad)[oa]s?"
    let opening = "\\bfic(?:ou|aram|a|am)\\s+(?:ainda\\s+|tamb\u{E9}m\\s+)?"
    return [
      .builtIn("portuguese charge first", opening + charge + "\\s+(?<owner>[^.;:]{2,140}?)\\s+d[eo]\\s+\\p{Ll}+[aei]r\\b", options: [.caseInsensitive]),
      .builtIn("portuguese charge after", opening + "(?<owner>[^.;:]{2,140}?),?\\s+" + charge + "\\s+d[eo]\\s+\\p{Ll}+[aei]r\\b", options: [.caseInsensitive]),
    ]
  }()

  static func arrowTask(_ text: String) -> (owner: String, task: String.Index, words: String)? {
    guard let arrow = taskArrows.first(where: { text.hasPrefix($0) }) else { return nil }
    let rest = text.dropFirst(arrow.count).drop { $0 == " " }
    // "→ Bev — letter to council re graffiti …", "→ Sandra → posters round the shops": or a dash,
    // or another arrow, after the owner.
    let dash = [" \u{2014} ", " \u{2013} ", " \u{2192} ", " -> "].compactMap { rest.prefix(40).range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    let colonIndex = rest.prefix(60).firstIndex(of: ":")
    let separator: Range<Substring.Index>
    if let dash, colonIndex.map({ dash.lowerBound < $0 }) ?? true {
      separator = dash
    } else if let colonIndex {
      separator = colonIndex..<rest.index(after: colonIndex)
    } else {
      return nil
    }
    let colon = rest.index(before: separator.upperBound)
    var owner = DueDateResolver.droppingStruck(String(rest[..<separator.lowerBound])).trimmingBlanks
    // "(council officer)", "(me)": a remark on who the owner is.
    if owner.hasSuffix(")"), let open = owner.lastIndex(of: "("), open > owner.startIndex {
      owner = String(owner[..<open]).trimmingBlanks
    }
    let handle = owner.hasPrefix("@")
    if handle { owner.removeFirst() }
    let task = rest[rest.index(after: colon)...].drop { $0 == " " }
    // "→ PR: "what we know" post …": a title in quotation marks may open the task.
    guard let opening = task.drop(while: { "\"\u{201C}'\u{2018}".contains($0) }).first, opening.isLowercase || opening.isNumber,
      task.split(separator: " ").count >= 2, !owner.isEmpty
    else { return nil }
    // "→ ??: ask Youth Service for …": a task no one has taken yet.
    if owner.allSatisfy({ $0 == "?" }) { return (owner, task.startIndex, String(text[..<task.startIndex]).trimmingBlanks) }
    // "Kofi & Priya", "Imam Karimi + Rev. Holt", "secretariat"; not "Next year's edition".
    let names = owner.split(separator: " ").filter { !["&", "+", "and", "/"].contains($0) }
    if handle ? owner.contains(" ") : !(ownerRoles.contains(owner.lowercased())
      || (looksLikeName(names.joined(separator: " ")) && names.allSatisfy { $0.first?.isUppercase == true }))
    {
      return nil
    }
    return (owner, task.startIndex, String(text[..<task.startIndex]).trimmingBlanks)
  }

  /// Whether a sentence says something is still to be done: "would be prepared", "will be
  /// drafted", "is to be shared", "to be circulated", "was agreed", "shall be".
  static func saysToBeDone(_ analysis: SentenceAnalysis) -> Bool {
    let count = analysis.tokens.count
    for index in 0..<count {
      switch analysis.norm(index) {
      case "will", "would", "shall":
        if analysis.norm(index + 1) == "be" || !analysis.matchesStarting(at: index + 1, in: [.verb]).isEmpty { return true }
      case "to":
        if analysis.norm(index + 1) == "be", analysis.isParticiple(index + 2) { return true }
      case "agreed", "decided", "resolved":
        if index + 1 < count, ["that", "to"].contains(analysis.norm(index + 1)) { return true }
      default:
        continue
      }
    }
    return false
  }

  /// Whether notes tell their session in the past perfect throughout: "had been" and "had"
  /// before a verb of agreeing or urging at least eight times, and more than twice as often as
  /// "was" and "were".
  static func reportsInPastPerfect(_ text: String) -> Bool {
    // One pass over the bytes, a word at a time: only the word after "had" is made a string.
    let bytes = text.utf8
    guard bytes.containsBytes("had ".utf8) else { return false }
    var had = 0
    var simple = 0
    var afterHad = false
    var index = bytes.startIndex
    while index < bytes.endIndex {
      guard bytes[index].isASCIILetter else {
        index = bytes.index(after: index)
        continue
      }
      let start = index
      while index < bytes.endIndex, bytes[index].isASCIILetter { index = bytes.index(after: index) }
      let word = bytes[start..<index]
      let lowered = { (expected: String) in word.count == expected.utf8.count && zip(word, expected.utf8).allSatisfy { $0 | 0x20 == $1 } }
      if afterHad, Self.backshiftedVerbs.contains(String(decoding: word, as: UTF8.self).lowercased()) { had += 1 }
      afterHad = lowered("had")
      if lowered("was") || lowered("were") { simple += 1 }
    }
    return had >= 8 && had > 2 * simple
  }

  static let backshiftedVerbs: Set<String> = [
    "been", "undertaken", "agreed", "volunteered", "committed", "urged", "called", "recommended", "decided", "offered",
    "pledged", "promised", "proposed", "suggested", "requested", "invited", "encouraged", "asked", "stressed", "noted",
  ]

  /// Whether a sentence opens by setting what it tells in the past: "Last yr the embassy agreed
  /// to …", "In 2016, UNDP agreed to fund …", "Two years ago UNDP committed to …", "Previously,
  /// …": a task of the past, told, not one taken on.
  static func opensInThePast(_ analysis: SentenceAnalysis, sessionYear: Int?) -> Bool {
    let first = analysis.norm(0)
    if first == "last", ["yr", "year", "month", "week", "time", "session", "meeting"].contains(analysis.norm(1)) { return true }
    if ["previously", "formerly", "originally", "historically"].contains(first) { return true }
    if first == "in" || first == "back", let year = Int(analysis.norm(first == "back" ? 2 : 1)), (1900...2100).contains(year),
      first == "in" || analysis.norm(1) == "in"
    {
      return sessionYear.map { year < $0 } ?? false
    }
    if ["year", "years", "month", "months", "week", "weeks", "yr", "yrs"].contains(analysis.norm(1)), analysis.norm(2) == "ago" {
      return true
    }
    return first == "in" && analysis.norm(1) == "the" && analysis.norm(2) == "past"
  }

  /// The capital letters a person's title opens with ("Ms", "Fr.", "Hon.", "Ustadz").
  private static let titleInitials = Set(SentenceAnalysis.personalTitles.compactMap { $0.uppercased().utf8.first })

  /// The pronoun a task opens with ("She'll send …", "He also promised to …") and whether the
  /// words after it take the task on; `nil` for a task that opens otherwise.
  static func openingPronoun(_ text: String) -> (word: String, takesOn: Bool)? {
    let words = text.split(separator: " ", maxSplits: 3).map { $0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
    guard let first = words.first else { return nil }
    let word = String(first.prefix { $0 != "'" })
    guard ["he", "she"].contains(word) else { return nil }
    if first.hasSuffix("'ll") { return (word, true) }
    let next = words.dropFirst().first { !SentenceAnalysis.commitmentAdverbs.contains($0) } ?? ""
    return (word, ["will", "shall", "promised", "undertook", "agreed", "committed", "offered", "pledged", "volunteered"].contains(next))
  }

  /// The words after a topic that opens a sentence: "On stops, Chief Inspector Kovac said …" →
  /// "Chief Inspector Kovac said …"; `nil` for a sentence that opens otherwise.
  static func afterTopic(_ text: String) -> Substring? {
    guard let opener = ["On ", "About ", "Regarding ", "As for ", "As to ", "Asked about "].first(where: text.hasPrefix),
      let comma = text.utf8.prefix(48).firstIndex(of: UInt8(ascii: ",")), comma > text.utf8.index(text.startIndex, offsetBy: opener.utf8.count)
    else { return nil }
    let rest = text[text.utf8.index(after: comma)...].drop { $0 == " " }
    return rest.isEmpty ? nil : rest
  }

  /// Whether a sentence opens with a person's title ("Ms", "Dr.", "Ambassador"), read from its
  /// bytes before any analysis.
  static func mayOpenWithTitle(_ text: String) -> Bool {
    guard let first = text.utf8.first, titleInitials.contains(first) else { return false }
    let word = text.utf8.prefix { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: ".") }
    guard word.count <= 10 else { return false }
    return SentenceAnalysis.personalTitles.contains(String(decoding: word, as: UTF8.self).lowercased())
  }

  /// Whether a sentence may open with a person's name: two or three capitalised words, then a
  /// word in small letters ending in "ed" or "said" ("Lena Berg presented …"); bytes only.
  static func mayOpenWithName(_ text: String) -> Bool {
    let capital = UInt8(ascii: "A")...UInt8(ascii: "Z")
    let small = UInt8(ascii: "a")...UInt8(ascii: "z")
    let bytes = text.utf8
    guard let first = bytes.first, capital.contains(first) else { return false }
    // The first four words, as slices of the text's bytes.
    var words: [Substring.UTF8View] = []
    var rest = Substring(text).utf8
    while words.count < 4, let space = rest.firstIndex(of: UInt8(ascii: " ")) {
      words.append(rest[..<space])
      rest = rest[rest.index(after: space)...]
    }
    guard words.count >= 3, !text.hasPrefix("The "), !text.hasPrefix("This "), !text.hasPrefix("In ") else { return false }
    for end in 2...min(3, words.count - 1) {
      guard words[..<end].allSatisfy({ $0.first.map(capital.contains) == true }) else { return false }
      let verb = words[end]
      guard verb.first.map(small.contains) == true else { continue }
      if verb.reversed().starts(with: "de".utf8) || verb.starts(with: "said".utf8) { return true }
    }
    return false
  }

  /// The sentences of a text, each where it begins.
  private func sentences(of text: LocatedText) -> [LocatedText] {
    guard !text.isEmpty else { return [] }
    // Dictated or typed-on-the-go notes put one thought on each line and no full stop anywhere:
    // each line is read as a sentence, where the whole paragraph would otherwise be one.
    // A list of clauses too long for one sentence is divided at its clauses first.
    // One that runs on for pages, its thoughts set apart by semicolons only, at its semicolons.
    let whole = SentenceSplitter.split(text.text, lineStarts: text.lineStarts) { range in
      let clauses = Self.splittingClauseList(text.text, range)
      return clauses.count > 1 ? clauses : Self.splittingAtSemicolons(text.text, range)
    }
    if whole.count == 1, let lines = Self.unpunctuatedLines(of: text) {
      return lines.flatMap { line in
        SentenceSplitter.split(line.text, lineStarts: line.lineStarts).map { Self.droppingNumber(line.slice($0)) }
      }
    }
    return whole.flatMap { Self.splittingTaskAfterQuestion(text.text, $0) }.flatMap { Self.splittingClauseList(text.text, $0) }
      .map { Self.droppingNumber(text.slice($0)) }
  }

  /// "… as seguintes recomendações: recomenda-se à Secretaria … que implante …; recomenda-se à
  /// Câmara … que aprove …; e recomenda-se às associações …": a sentence that lists its items as
  /// clauses after a colon, set apart by semicolons, most of them opening with the same word. The
  /// words before the colon, and each clause (an "and" before the last set aside), as sentences
  /// of their own. Any other sentence is left whole.
  static func splittingClauseList(_ text: String, _ range: Range<String.Index>) -> [Range<String.Index>] {
    let sentence = text[range]
    guard sentence.utf8.count > 200, let colon = sentence.range(of: ": ") else { return [range] }
    var clauses: [Range<String.Index>] = []
    var start = colon.upperBound
    while let semicolon = sentence[start...].range(of: "; ") {
      clauses.append(start..<semicolon.lowerBound)
      start = semicolon.upperBound
    }
    clauses.append(start..<range.upperBound)
    guard clauses.count >= 3 else { return [range] }
    // "e ficou a cargo …", "and the Ministry …": the last clause's joining word.
    clauses = clauses.map { clause in
      let words = text[clause]
      for joiner in ["e ", "and ", "y ", "et ", "und ", "i ", "en "] where words.hasPrefix(joiner) {
        return text.index(clause.lowerBound, offsetBy: joiner.count)..<clause.upperBound
      }
      return clause
    }
    let openings = clauses.map { text[$0].prefix { $0 != " " && $0 != "," }.lowercased() }
    let counts = Dictionary(openings.map { ($0, 1) }, uniquingKeysWith: +)
    guard let most = counts.values.max(), most >= 2, most * 2 >= clauses.count,
      clauses.allSatisfy({ text[$0].split(separator: " ").count >= 4 })
    else { return [range] }
    return [range.lowerBound..<colon.upperBound] + clauses
  }

  /// A run-on sentence's clauses, divided at each semicolon set off by a blank ("…; the plenary
  /// agreed … that municipalities should …; Nuri to convene …"), blanks trimmed.
  static func splittingAtSemicolons(_ text: String, _ range: Range<String.Index>) -> [Range<String.Index>] {
    var clauses: [Range<String.Index>] = []
    var start = range.lowerBound
    while start < range.upperBound, let semicolon = text[start..<range.upperBound].range(of: "; ") {
      clauses.append(start..<semicolon.upperBound)
      start = semicolon.upperBound
    }
    if start < range.upperBound { clauses.append(start..<range.upperBound) }
    return clauses.map { clause in
      var lower = clause.lowerBound
      var upper = clause.upperBound
      while lower < upper, text[lower].isWhitespace { lower = text.index(after: lower) }
      while upper > lower, text[text.index(before: upper)].isWhitespace { upper = text.index(before: upper) }
      return lower..<upper
    }.filter { !$0.isEmpty }
  }

  /// "Can the secretariat share drafts? → @nuru.w to ask the ombudsman, W35": the question, and
  /// the task that answers it after the arrow, as two sentences.
  static func splittingTaskAfterQuestion(_ text: String, _ range: Range<String.Index>) -> [Range<String.Index>] {
    let sentence = text[range]
    guard sentence.utf8.contains(UInt8(ascii: "?")),
      let mark = ["? \u{2192} ", "? -> ", "? => ", "?? \u{2192} ", "?? -> "].compactMap({ sentence.range(of: $0) }).first
    else { return [range] }
    let question = range.lowerBound..<sentence.index(after: mark.lowerBound)
    let arrow = sentence.index(mark.upperBound, offsetBy: -1)
    var start = sentence.index(after: mark.lowerBound)
    while start < arrow, sentence[start] == " " || sentence[start] == "?" { start = sentence.index(after: start) }
    // "→ RQL: only with IMF buy-in" answers the question: a task names its owner before "to" or
    // "will", not before a colon.
    let answer = sentence[mark.upperBound...]
    guard let verb = [" to ", " will "].compactMap({ answer.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
      !answer[..<verb.lowerBound].contains(":"), answer[..<verb.lowerBound].split(separator: " ").count <= 4
    else { return [range] }
    return [question, start..<range.upperBound]
  }

  /// The lines of a text of three source lines or more none of which ends a sentence (no `.`, `!`,
  /// `?`, `:` or `;` at a line's end); `nil` for any other text, whose lines wrap its sentences.
  /// Asked only of a text with no sentence end inside it either.
  static func unpunctuatedLines(of text: LocatedText, least: Int = 3) -> [LocatedText]? {
    let starts = text.lineStarts
    guard starts.count >= least else { return nil }
    // A paragraph that ends in a comma is one clause hard-wrapped: "*Recalling* the Plan of Action
    // … with the participation of civil society,".
    if let last = text.text.utf8.last(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }),
      last == UInt8(ascii: ",")
    {
      return nil
    }
    // Inline markup may begin a new piece on the same source line: it continues that line.
    var lineStarts: [String.Index] = []
    var lastLine = -1
    for start in starts {
      let line = text.location(at: start).line
      if line != lastLine { lineStarts.append(start) }
      lastLine = line
    }
    guard lineStarts.count >= least else { return nil }
    let closers = Set(" )]\"'*_\u{201D}\u{2019}".utf8)
    var lines: [LocatedText] = []
    var fields = 0
    for (offset, start) in lineStarts.enumerated() {
      let end = offset + 1 < lineStarts.count ? lineStarts[offset + 1] : text.text.endIndex
      let line = text.slice(start..<end)
      var bytes = line.text.utf8[...]
      while let byte = bytes.last, closers.contains(byte) { bytes = bytes.dropLast() }
      // "…" ends a sentence too (its last byte is 0xA6).
      guard let last = bytes.last, !".!?:;".utf8.contains(last), !line.text.hasSuffix("\u{2026}") else { return nil }
      if isFieldLine(line.text) { fields += 1 }
      lines.append(line)
    }
    // "**Who:** OHCHR / **What:** draft … / **When:** 15 November": one task's fields, one item.
    return fields >= 2 ? nil : lines
  }

  /// The labels of a task's fields written one to a line: "Who: …", "What: …", "When: …".
  static let fieldLabels = [
    "who", "what", "when", "owner", "owners", "lead", "task", "due", "deadline", "by when", "action", "status", "responsible",
    "timeline", "agreed", "decision", "decided",
  ]

  /// Owner and date fields that number the tasks they belong to: "Owner: (1) M&E working group;
  /// (2) National Youth Council" / "Deadline: (1) next meeting, 12 July 2018; (2) within two
  /// weeks". By number; `nil` for any other paragraph.
  static func numberedFields(_ block: MarkdownNode) -> [Int: (owner: String?, due: String?)]? {
    let plain = block.plainText
    guard plain.contains("(1)"), plain.contains("(2)") else { return nil }
    var fields: [Int: (owner: String?, due: String?)] = [:]
    for line in InlineText.lines(of: block).map(\.text) {
      let words = line.drop { "*_ ".contains($0) }
      guard let colon = words.firstIndex(of: ":") else { return nil }
      let label = words[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased()
      let isOwner = ownerFieldNames.contains(label)
      let isDue = ["deadline", "due", "when", "by when", "timeline"].contains(label)
      guard isOwner || isDue else { return nil }
      var rest = Substring(words[words.index(after: colon)...])
      while let open = rest.range(of: "("), let close = rest[open.upperBound...].firstIndex(of: ")"),
        let number = Int(rest[open.upperBound..<close])
      {
        let after = rest[rest.index(after: close)...]
        let end = after.range(of: "(")?.lowerBound ?? after.endIndex
        let value = after[..<end].trimmingCharacters(in: CharacterSet(charactersIn: " ;,*_"))
        var field = fields[number] ?? (nil, nil)
        if isOwner { field.owner = value } else { field.due = value }
        fields[number] = field
        rest = after[end...]
      }
    }
    return fields
  }

  /// The due date of a date field's words: "within two weeks", "next meeting, 12 July 2018".
  private static func fieldDue(_ words: String, state: State) -> DueDateResolver.Due? {
    if let found = DueDateResolver.find(in: words, sessionDate: state.sessionDate, order: state.slashOrder) { return found }
    for piece in words.split(separator: ",") {
      if let found = DueDateResolver.find(in: "by " + piece.trimmingBlanks, sessionDate: state.sessionDate, order: state.slashOrder) { return found }
    }
    return nil
  }

  /// An action's text without the field that names its owner, which is shown beside it:
  /// "Circulate the list (owner: session rapporteur)." → "Circulate the list."; "Gather the
  /// statements. Owner: GSX secretariat, due: 2017-10-15." → "Gather the statements." (the date,
  /// too, is shown beside it).
  /// A task's owner as its field wrote it, where that differs from the owner kept ("Responsible:
  /// Kaunsela Hosea Wambi" → "Kaunsela Hosea Wambi" for "Hosea Wambi", "Recorder (Benny Sarai)"
  /// for "Benny Sarai"); `nil` otherwise.
  static func ownerAsWritten(_ item: ExtractedItem) -> String? {
    guard let owner = item.owner, let words = item.evidence.last(where: { $0.rule == "owner" })?.words,
      let colon = words.range(of: ": ")
    else { return nil }
    let written = words[colon.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    return written != owner && written.hasSuffix(owner) || written.hasPrefix(owner + " (") || written.hasSuffix("(" + owner + ")") ? written : nil
  }

  static func droppingOwnerField(_ text: String, owner: String) -> String {
    // "… implementation. @NAP-Task-Force", "@gsx-secretariat: share …": the handle of the owner
    // shown beside the task.
    if text.utf8.contains(UInt8(ascii: "@")) {
      let handle = "@" + owner
      var result = text.trimmingBlanks
      if result.hasPrefix(handle + ":") || result.hasPrefix(handle + " \u{2013}") {
        var rest = result.dropFirst(handle.count + 1).drop { $0 == " " || $0 == "\u{2013}" }
        if let first = rest.first, first.isLowercase { rest = Substring(first.uppercased()) + rest.dropFirst() }
        if rest.count > 3 { return droppingOwnerField(String(rest), owner: owner) }
      }
      if let range = result.range(of: " " + handle, options: .backwards),
        result[range.upperBound...].allSatisfy({ " .,;:".contains($0) }) || result[range.upperBound...].hasPrefix(",")
          && result[range.upperBound...].lowercased().contains("due"),
        range.lowerBound > result.startIndex, ".;".contains(result[result.index(before: range.lowerBound)])
      {
        let after = result[range.upperBound...]
        result = String(result[..<range.lowerBound]) + (after.allSatisfy({ " .,;:".contains($0) }) ? "" : String(after))
        return result
      }
    }
    let utf8 = text.utf8
    guard utf8.containsBytes("wner".utf8) || utf8.containsBytes("ead:".utf8) || utf8.containsBytes("esponsible:".utf8) else {
      return text
    }
    var result = text
    let labels = ["owner", "owners", "lead", "responsible"]
    let bracketed = labels.flatMap { ["(\($0): \(owner))", "[\($0): \(owner)]"] }
      .lazy.compactMap { result.range(of: $0, options: .caseInsensitive) }.first
    let field = labels.lazy.compactMap { label in
      result.range(of: "\(label): \(owner)", options: [.caseInsensitive, .backwards]).flatMap { range in
        // "Owner: X" at any field's place; "lead:" or "responsible:" only set off as a field.
        label.hasPrefix("owner") || result[..<range.lowerBound].hasSuffix("; ") || result[..<range.lowerBound].hasSuffix(", ")
          || result[..<range.lowerBound].hasSuffix(". ")
          || result[..<range.lowerBound].hasSuffix("\u{2014} ") || result[..<range.lowerBound].hasSuffix("| ") ? range : nil
      }
    }.first
    if let range = bracketed {
      var lower = range.lowerBound
      while lower > result.startIndex, result[result.index(before: lower)] == " " { lower = result.index(before: lower) }
      result.replaceSubrange(lower..<range.upperBound, with: "")
    } else if let range = field, range.lowerBound > result.startIndex {
      // Fields set off by dashes or bars too: "Publish report — Owner: X — Due: 2017-11-30".
      var rest = result[range.upperBound...].drop { ",; \u{2014}\u{2013}\u{00B7}-|.".contains($0) }
      // "Owner: X, due: 2017-10-15.": the date is shown beside the task too; "owner: X, done 18
      // Nov" its state.
      let lowered = rest.lowercased()
      // The date field dropped after it ends the task as the field would have.
      let datedAfter = lowered.hasPrefix("due") || lowered.hasPrefix("by ") || lowered.hasPrefix("deadline")
      if datedAfter || lowered.hasPrefix("done") { rest = "" }
      if let first = rest.first, first.isLowercase {
        rest = Substring(first.uppercased()) + rest.dropFirst()
      }
      var head = String(result[..<range.lowerBound])
      while let last = head.last, " \u{2014}\u{2013}\u{00B7}-|,;".contains(last) { head.removeLast() }
      // "… Verantwortlich / Lead: HO": the label's other language goes with it.
      if head.hasSuffix(" /"), let space = head.dropLast(2).lastIndex(of: " ") {
        head = String(head[..<space])
        while let last = head.last, " \u{2014}\u{2013}\u{00B7}-|,;".contains(last) { head.removeLast() }
      }
      // "Risk owner: X (donor co-chair). First step: …": the field's own word and the owner's
      // gloss go with it.
      if ["risk", "task", "action", "item", "activity", "process", "budget", "output", "deliverable", "issue", "workstream", "pillar"]
        .contains(head.lowercased())
      {
        head = ""
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
          rest = rest[rest.index(after: close)...].drop { ",;. ".contains($0) }
        }
      }
      let stop = datedAfter && !head.isEmpty && !".!?".contains(head.last ?? ".") ? "." : ""
      result = rest.isEmpty || rest == "." ? head + stop : head.isEmpty ? String(rest) : head + " " + rest
    }
    return result.isEmpty ? text : result
  }

  /// An action's text without the date field that ends it, which is shown beside it: "Hold a
  /// call with funders, due: 2017-11-15." → "Hold a call with funders."; "… implementation.
  /// @NAP-Task-Force, due: 2017-11-30." keeps the handle only where it names no owner shown.
  static func droppingDueField(_ text: String) -> String {
    let utf8 = text.utf8
    guard utf8.containsBytes("due".utf8) || utf8.containsBytes("Due".utf8) || utf8.containsBytes("DUE".utf8)
      || utf8.containsBytes("eadline".utf8)
    else { return text }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = dueFieldPattern.firstMatch(in: text, range: range), let found = Range(match.range, in: text),
      found.lowerBound > text.startIndex
    else { return text }
    var head = String(text[..<found.lowerBound])
    while let last = head.last, " ,;\u{2013}\u{2014}\u{00B7}-|".contains(last) { head.removeLast() }
    guard head.count > 3 else { return text }
    if let last = head.last, !".!?".contains(last) { head += "." }
    return head
  }

  private static let dueFieldPattern = NSRegularExpression.builtIn(
    // The date runs to the end, but not across a sentence: "Deadline: 2017-12-13. Prepare accounts."
    // keeps its task.
    "due field",
    "[\\s,;\u{2013}\u{2014}\u{00B7}|-]*[(\\[]?\\b(?:due(?:\\s+date)?|deadline)\\s*:\\s*(?:[^,;().\\[\\]]|\\.(?!\\s*\\p{Lu})){1,40}[)\\]]?[.\\s]*$")

  /// A task's fields from its first field on ("**Issue:** …" before them is left out).
  static func fromTaskField(_ text: LocatedText) -> LocatedText {
    for start in text.lineStarts where isFieldLine(String(text.text[start...].prefix(40))) {
      return text.slice(start..<text.text.endIndex)
    }
    return text
  }

  /// Whether a paragraph is one task written as fields, one to a line: a task ("Agreed:",
  /// "Action:", "What:") and its owner or date ("Owner:", "Deadline:", "Who:", "When:").
  static func isTaskFieldBlock(_ block: MarkdownNode) -> Bool {
    guard block.plainText.utf8.contains(UInt8(ascii: ":")) else { return false }
    let lines = InlineText.lines(of: block).map(\.text).filter { !$0.trimmingBlanks.isEmpty }
    guard lines.count >= 2 else { return false }
    let labels = lines.compactMap { Self.fieldLabel(opening: $0) }
    let task = labels.contains { ["agreed", "decision", "decided", "action", "what", "task"].contains($0) }
    let beside = labels.contains { ["owner", "owners", "who", "lead", "responsible", "deadline", "due", "when", "by when", "timeline"].contains($0) }
    return task && beside
  }

  /// The task of an item written as fields ("Who: OHCHR What: draft the guidance note When: 15
  /// November" → "draft the guidance note"): the words after "What:" or "Task:" up to the next
  /// field; `nil` unless another field (who, owner, when, due …) stands beside it.
  static func fieldTask(_ text: String) -> String? {
    guard text.containsAnyBytes(taskFieldBytes) else { return nil }
    let lowered = text.lowercased()
    guard lowered.utf8.count == text.utf8.count else { return nil }
    // Where each field's label starts, its label and where its value starts.
    var fields: [(start: String.Index, label: String, value: String.Index)] = []
    for label in fieldLabels {
      var from = lowered.startIndex
      while let found = lowered.range(of: label + ":", range: from..<lowered.endIndex) {
        from = found.upperBound
        let opensWord = found.lowerBound == lowered.startIndex || !lowered[lowered.index(before: found.lowerBound)].isLetter
        // "Action: update the list (owner: Maria Santos)": a field in brackets is a remark of the task's.
        let bracketed = lowered[..<found.lowerBound].last(where: { $0 != " " }) == "("
        if opensWord, !bracketed { fields.append((found.lowerBound, label, found.upperBound)) }
      }
    }
    fields.sort { $0.start < $1.start }
    guard fields.count >= 2, let what = fields.firstIndex(where: { ["what", "task", "action", "agreed", "decision", "decided"].contains($0.label) })
    else { return nil }
    let end = what + 1 < fields.count ? fields[what + 1].start : text.endIndex
    var value = text[fields[what].value..<end].trimmingCharacters(in: CharacterSet(charactersIn: " *_;,|-\u{2013}\u{2014}"))
    value = droppingOtherLanguageLabel(value).trimmingCharacters(in: CharacterSet(charactersIn: " *_;,|-\u{2013}\u{2014}"))
    return value.isEmpty ? nil : value
  }

  /// Words without the other language's half of the label after them: "brief the working party
  /// Verantwortlich /" (before "Lead:") → "brief the working party".
  static func droppingOtherLanguageLabel(_ words: String) -> String {
    let trimmed = words.trimmingCharacters(in: CharacterSet(charactersIn: " *_"))
    guard trimmed.hasSuffix("/"), let space = trimmed.dropLast().trimmingBlanks.lastIndex(of: " ") else { return words }
    return String(trimmed[..<space])
  }

  /// The bytes one of the task's field labels ends with: most texts hold none.
  private static let taskFieldBytes = ["hat:", "HAT:", "ask:", "ASK:", "ion:", "ION:", "eed:", "EED:", "ded:", "DED:"].map { Array($0.utf8) }

  /// Whether a line opens with a field label and its colon ("**Who:** OHCHR", "Due: 15 Nov").
  static func isFieldLine(_ text: String) -> Bool {
    fieldLabel(opening: text) != nil
  }

  /// The field label a line opens with, in English: "**Who:** OHCHR" → "who"; a bilingual label
  /// names it in either language ("**Aufgabe / Task:**" → "task", "Verantwortlich / Lead:" →
  /// "lead"); `nil` for a line that opens with none.
  static func fieldLabel(opening text: String) -> String? {
    let words = text.drop { "*_ ".contains($0) }.prefix(48).lowercased()
    guard let colon = words.firstIndex(of: ":") else { return nil }
    let written = words[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    for part in written.components(separatedBy: " / ") {
      let name = part.trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
      let english = fieldTranslations[name]?.lowercased() ?? name
      if fieldLabels.contains(english) { return english }
    }
    return nil
  }

  /// The length of a letter that numbers a part at `index` ("(a) ", "b) ", "(iv) ", "ii) "), its
  /// blank included; `nil` when none stands there.
  static func letterLength(in bytes: [UInt8], at index: Int) -> Int? {
    var position = index
    let opened = position < bytes.count && bytes[position] == UInt8(ascii: "(")
    if opened { position += 1 }
    let lettersStart = position
    // "α. ", "β) ", "στ. ": a Greek letter (two bytes each, "στ" the sixth) numbers the line.
    func isGreekSmall(_ at: Int) -> Bool {
      at + 1 < bytes.count && ((bytes[at] == 0xCE && (0xB1...0xBF).contains(bytes[at + 1])) || (bytes[at] == 0xCF && (0x80...0x89).contains(bytes[at + 1])))
    }
    if isGreekSmall(position) {
      position += 2
      if position + 1 < bytes.count, bytes[position] == 0xCF, bytes[position + 1] == 0x84, bytes[position - 1] == 0x83 { position += 2 }
      guard bytes.count > position + 1, bytes[position] == UInt8(ascii: ")") || (!opened && bytes[position] == UInt8(ascii: ".")),
        bytes[position + 1] == UInt8(ascii: " ")
      else { return nil }
      return position + 2 - index
    }
    while position < bytes.count, position - lettersStart < 4, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[position]) {
      position += 1
    }
    let letters = bytes[lettersStart..<position]
    guard letters.count == 1 || (!letters.isEmpty && letters.allSatisfy { "ivx".utf8.contains($0) }) else { return nil }
    // "a) ", "(a) ", and "a. " on a line of its own ("a. That the governments …"), not "(a." .
    let closes = bytes.count > position + 1
      && (bytes[position] == UInt8(ascii: ")") || (!opened && letters.count == 1 && bytes[position] == UInt8(ascii: ".")))
    guard closes, bytes[position + 1] == UInt8(ascii: " ") else { return nil }
    return position + 2 - index
  }

  /// A text without the letter that numbers it ("(a) the UN system should …" → "the UN system should …").
  static func droppingLetter(_ text: LocatedText) -> LocatedText {
    let text = droppingTally(text)
    let bytes = Array(text.text.utf8.prefix(8))
    guard let length = letterLength(in: bytes, at: 0), length < text.text.utf8.count else { return text }
    let start = text.text.utf8.index(text.text.startIndex, offsetBy: length)
    return text.slice(start..<text.text.endIndex)
  }

  /// A text without a dot vote's tally that opens it: "●●●● (4) Youth councils should …",
  /// "★★★ Donors to …", "(9) The Ministry should …".
  static func droppingTally(_ text: LocatedText) -> LocatedText {
    let characters = text.text
    guard let first = characters.first, first == "(" || tallyMarks.contains(first) else { return text }
    var index = characters.startIndex
    var marks = 0
    while index < characters.endIndex, tallyMarks.contains(characters[index]) {
      marks += 1
      index = characters.index(after: index)
    }
    while index < characters.endIndex, characters[index] == " " { index = characters.index(after: index) }
    var counted = false
    if index < characters.endIndex, characters[index] == "(" {
      let digits = characters[characters.index(after: index)...].prefix { $0.isASCII && $0.isNumber }
      if (1...3).contains(digits.count), digits.endIndex < characters.endIndex, characters[digits.endIndex] == ")" {
        counted = true
        index = characters.index(after: digits.endIndex)
        while index < characters.endIndex, characters[index] == " " { index = characters.index(after: index) }
      }
    }
    // One mark alone is a bullet, read as one elsewhere; a count alone must open a sentence.
    guard marks > 1 || counted, index < characters.endIndex,
      marks > 1 || characters[index].isUppercase || characters[index] == "@"
    else { return text }
    return text.slice(index..<characters.endIndex)
  }

  /// Marks that count a dot vote's dots or stars.
  static let tallyMarks: Set<Character> = ["\u{25CF}", "\u{2022}", "\u{2B24}", "\u{2605}", "\u{2B50}", "\u{2731}", "\u{25C9}"]

  /// The parts of a sentence that lettered parts divide ("(a) …; (b) …", or "(a) …" and "(b) …"
  /// on lines of their own), each with its letter; the sentence alone when fewer than two letters
  /// open parts after a semicolon or at a line's start.
  static func letteredParts(of sentence: LocatedText) -> [LocatedText] {
    let text = sentence.text
    guard text.utf8.contains(UInt8(ascii: ")")) else { return [sentence] }
    let bytes = Array(text.utf8)
    let lineStarts = Set(sentence.lineStarts.map { text.utf8.distance(from: text.startIndex, to: $0) })
    var cuts: [Int] = []
    var index = 1
    while index < bytes.count {
      defer { index += 1 }
      guard bytes[index - 1] == UInt8(ascii: " ") || lineStarts.contains(index) else { continue }
      // What stands before: a semicolon (with "and" or "or" after it), or the start of a line.
      var before = index - 1
      while before >= 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
      var afterSemicolon = before >= 0 && bytes[before] == UInt8(ascii: ";")
      for word in ["and", "or"] where !afterSemicolon {
        let length = word.utf8.count
        guard before >= length, Array(bytes[(before - length + 1)...before]) == Array(word.utf8) else { continue }
        var earlier = before - length
        while earlier >= 0, bytes[earlier] == UInt8(ascii: " ") { earlier -= 1 }
        afterSemicolon = earlier >= 0 && bytes[earlier] == UInt8(ascii: ";")
      }
      guard afterSemicolon || lineStarts.contains(index), letterLength(in: bytes, at: index) != nil else { continue }
      cuts.append(index)
    }
    guard !cuts.isEmpty, letterLength(in: bytes, at: 0) != nil || cuts.count >= 2 else { return [sentence] }
    var parts: [LocatedText] = []
    var from = 0
    for cut in cuts + [bytes.count] {
      var end = cut
      // The ";", "; and" or "; or" that joined the parts stays out of them.
      while end > from, [UInt8(ascii: " "), UInt8(ascii: ";")].contains(bytes[end - 1]) { end -= 1 }
      for word in [" and", " or"] where end - from > word.utf8.count {
        if Array(bytes[(end - word.utf8.count)..<end]) == Array(word.utf8) {
          end -= word.utf8.count
          while end > from, [UInt8(ascii: " "), UInt8(ascii: ";")].contains(bytes[end - 1]) { end -= 1 }
        }
      }
      if end > from {
        let lower = text.utf8.index(text.startIndex, offsetBy: from)
        let upper = text.utf8.index(text.startIndex, offsetBy: end)
        parts.append(sentence.slice(lower..<upper))
      }
      from = cut
    }
    return parts.count > 1 ? parts : [sentence]
  }

  /// Makes an item of a sentence when a cue marks it; `nil` otherwise.
  func classify(_ text: LocatedText, state: State) -> ExtractedItem? {
    if text.text.utf8.last == UInt8(ascii: ")"), Self.isGlossedLeadIn(text.text) { return nil }
    // A reading inside another reads fewer words ("And …", "Agreed: …", "…: UNDP will …"); a
    // text made of hundreds of such openings is read a few deep, no deeper.
    guard state.nesting < Self.deepestNesting, !Self.isBracketedQuery(text.text) else { return nil }
    var inner = state
    inner.nesting += 1
    if text.text.utf8.containsBytes(Self.thaiAssigned), let item = thaiAssignedTask(text, state: inner) { return item }
    if let item = classifyAsWritten(text, state: inner) { return item }
    return writersTask(text, state: inner)
  }

  private static let thaiAssigned = Array("มอบหมายให้".utf8)

  /// "มอบหมายให้นางพรทิพย์ ใจดี แจ้งเวียนรายงานการประชุมภายในสิ้นเดือนมีนาคม 2580": a task Thai minutes
  /// assign, to the person whose title and name follow "assigned to" (Thai writes no space between
  /// words, so only a name set off by its title and the space after the family name is read).
  private func thaiAssignedTask(_ text: LocatedText, state: State) -> ExtractedItem? {
    guard let assigned = text.text.range(of: "มอบหมายให้") else { return nil }
    let rest = text.text[assigned.upperBound...]
    guard ["นางสาว", "นาง", "นาย"].contains(where: rest.hasPrefix), !["นายก", "นายอำเภอ"].contains(where: rest.hasPrefix) else { return nil }
    let chunks = rest.split(separator: " ", maxSplits: 2)
    guard chunks.count == 3 else { return nil }
    let owner = SentenceAnalysis(String(chunks[0] + " " + chunks[1]), rules: rules).cleanOwner(String(chunks[0] + " " + chunks[1]))
    let strength = rules.cues.first { $0.id == "owner-to-verb" }?.strength ?? 2
    var item = makeAction(text, extra: [], rule: "cue:owner-to-verb", strength: strength, state: state)
    item.owner = owner
    item.evidence.removeAll { $0.rule == "owner" }
    item.evidence.insert(Evidence(rule: "owner", words: owner), at: 0)
    return item
  }

  /// How many readings may stand inside one another.
  static let deepestNesting = 6

  /// Whether a text is the note-taker's query to themselves, wholly in square brackets: "[rec 2:
  /// DAH said "govt" but JP said the line is run by the council?? ask DAH]".
  static func isBracketedQuery(_ text: String) -> Bool {
    guard text.utf8.first == UInt8(ascii: "["), text.utf8.contains(UInt8(ascii: "?")) else { return false }
    let trimmed = text.trimmingBlanks
    return trimmed.last == "]" && trimmed.firstIndex(of: "]") == trimmed.index(before: trimmed.endIndex)
  }

  /// A task the notes' writer takes on in the first person, where nothing else made the text an
  /// item: "I will reply by text to the 12 people … by Friday", "And me, I'll type up the
  /// attendance list … the day after tomorrow". It needs a date, a verb of the owner-to cue, and a
  /// writer the `rapporteur` field names as a person.
  private func writersTask(_ text: LocatedText, state: State) -> ExtractedItem? {
    // "I will file a short note … two weeks before the review hearing", the hearing dated elsewhere.
    guard state.writer != nil, let (form, rest) = Self.firstPersonTask(text.text),
      DueDateResolver.namesAnyDate(in: text.text) || Self.eventDated(text.text, names: state.datedNames) != nil,
      !Self.someoneElseSpeaks(text, notes: state.notes)
    else { return nil }
    let analysis = SentenceAnalysis(text.text, rules: rules)
    // "type up the attendance list": a verb of one or more words.
    guard let verb = rest.split(separator: " ").first,
      rules.matcher.matches(in: Tokenizer.tokenize(rest.split(separator: " ").prefix(3).joined(separator: " ")), only: .verb).contains(where: { $0.start == 0 })
        || Self.adviceVerbs.contains(String(verb).lowercased())
    else { return nil }
    return ownedAction(text, owner: state.writer, cueWords: form + verb, state: state, analysis: analysis)
  }

  /// Whether a text gives a day, with "by" or without ("next Tuesday"), or the day something
  /// starts ("from Monday 4 September").
  static func givesDay(_ text: String) -> Bool {
    DueDateResolver.namesAnyDate(in: text)
      || (text.utf8.containsBytes(" from ".utf8) && DueDateResolver.namesAnyDate(in: text.replacingOccurrences(of: " from ", with: " by ")))
  }

  /// Whether the line a text starts on names who speaks before its words ("[10/03, 19:52]
  /// Nadezhda K: I'll ring …", "**Jonas:** I will …"): then "I" is that one, not the writer.
  static func someoneElseSpeaks(_ text: LocatedText, notes: String) -> Bool {
    someoneElseSpeaks(text.firstLocation, notes: notes)
  }

  static func someoneElseSpeaks(_ location: SourceLocation, notes: String) -> Bool {
    var lines = notes.split(separator: "\n", omittingEmptySubsequences: false)[...]
    lines = lines.dropFirst(max(0, location.line - 1))
    guard let line = lines.first, let form = line.range(of: "I") else { return false }
    // A label's colon after a word or a bracket; a time's colon stands between digits.
    return line[..<form.lowerBound].range(of: #"[\p{L}\)\]*_]\s*:"#, options: .regularExpression) != nil
  }

  /// The form and the words after it of a text that opens with the writer taking a task on ("I
  /// will …", "[1:25] And me, I'll …"); `nil` for any other text and for a question.
  static func firstPersonTask(_ text: String) -> (form: String, rest: String)? {
    guard text.utf8.prefix(40).contains(UInt8(ascii: "I")), !text.hasSuffix("?") else { return nil }
    var words = Substring(text)
    // "[1:25] And me, I'll …": a recording's time mark and the turn to oneself.
    if words.hasPrefix("["), let close = words.prefix(10).firstIndex(of: "]") { words = words[words.index(after: close)...].drop { $0 == " " } }
    for opener in ["And me, ", "And me: ", "Me, ", "Me: ", "me, ", "And ", "Also, ", "So "] where words.hasPrefix(opener) {
      words = words.dropFirst(opener.count)
    }
    // "To support that decision, I will prepare …", "Next week, I'll …": a phrase of purpose or
    // time before the undertaking (not "If the Board agrees, I will …", an offer on a condition).
    if ["To ", "For ", "After ", "Before ", "By ", "On ", "Next ", "Tomorrow", "Today", "Later", "Meanwhile", "As agreed", "As promised", "Following "]
      .contains(where: words.hasPrefix), let comma = words.prefix(60).firstIndex(of: ",")
    {
      let after = words[words.index(after: comma)...].drop { $0 == " " }
      if after.hasPrefix("I ") || after.hasPrefix("I'") || after.hasPrefix("I\u{2019}") { words = after }
    }
    let forms = ["I will ", "I'll ", "I\u{2019}ll ", "I shall ", "I am going to ", "I'm going to ", "I\u{2019}m going to "]
    guard let form = forms.first(where: { words.hasPrefix($0) }) else { return nil }
    return (form, String(words.dropFirst(form.count)))
  }

  /// The person the `rapporteur` field names, without a remark after a comma or in brackets
  /// ("Priya Okafor-Lund (Digital Engagement Officer)"); none for an office or a service.
  static func writerName(_ field: String) -> String? {
    let name = field.prefix { $0 != "(" && $0 != "," && $0 != ";" }.trimmingBlanks
    let words = name.split(separator: " ")
    let offices: Set<String> = ["Office", "Secretariat", "Service", "Services", "Reporters", "Unit", "Team", "Department", "Council", "Ministry", "Staff"]
    guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }), !words.contains(where: { offices.contains(String($0)) }),
      looksLikeName(name)
    else { return nil }
    return name
  }

  /// The task after a lead-in that a colon closes, when the words after it open with the task's
  /// owner: "6/ And an announcement: @UNDPKessaria will open …" is UNDPKessaria's.
  /// Not a speaker's own words ("Kibet: I'll draft …"), nor a quotation after the colon.
  private func afterLeadIn(_ text: LocatedText, state: State) -> ExtractedItem? {
    let bytes = text.text.utf8
    guard let colon = bytes.prefix(72).firstIndex(of: UInt8(ascii: ":")), colon > bytes.startIndex,
      case let after = text.text[bytes.index(after: colon)...].drop(while: { $0 == " " }), after.startIndex < text.text.endIndex,
      bytes[bytes.index(after: colon)] == UInt8(ascii: " "),
      let first = after.first, first.isUppercase || first == "@",
      !after.hasPrefix("I ") && !after.hasPrefix("I'") && !after.hasPrefix("I\u{2019}") && !after.hasPrefix("We "),
      // A time's colon ("10:30") stands between digits; a label's colon after a word.
      text.text[..<colon].last?.isLetter == true,
      // A lead-in of a few words ("… commits:", "… announcement:", "One more, agreed in the corridor after we closed:").
      text.text[..<colon].split(separator: " ").count <= 10,
      // "If two or more signposts point to Dry Season: IB to open talks …": what would be done, if.
      !["If ", "if ", "When ", "Unless ", "Should "].contains(where: text.text.hasPrefix),
      // A label the rules know ("Action:", "AI:") says what the item is itself.
      case let lead = text.text[...colon].lowercased(),
      !rules.cues.contains(where: { $0.form == .label && $0.phrases.contains { $0.hasSuffix(":") && lead.hasSuffix($0.lowercased()) } })
    else { return nil }
    let rest = text.slice(after.startIndex..<text.text.endIndex)
    // A task's owner stands before "will", "to" or "shall": words most sentences lack.
    guard [" will ".utf8, " to ".utf8, " shall ".utf8].contains(where: { rest.text.utf8.containsBytes($0) }),
      let item = classify(rest, state: state), item.kind == .action, let owner = item.owner,
      rest.text.hasPrefix(owner) || rest.text.hasPrefix("@" + owner) || rest.text.hasPrefix("The " + owner) || rest.text.hasPrefix("the " + owner)
    else { return nil }
    return item
  }

  /// A line the rapporteur tagged: "… from the pulpit and in the madrassas [REC]" is a
  /// recommendation; "… we'll draft a curriculum … [ACTION nour haddadin curriculum two weeks]" a
  /// task of the one the tag names first (a listed speaker in the speakers' spelling), due when the
  /// tag or the words say, done where the tag says so.
  private func taggedItem(_ text: LocatedText, state: State) -> ExtractedItem? {
    let words = text.text
    if let tag = words.range(of: "[REC]") {
      let body = text.slice(words.startIndex..<tag.lowerBound)
      guard body.text.contains(where: \.isLetter) else { return nil }
      var item = makeRecommendation(body, extra: [], rule: "tag:rec", strength: 3, headingActors: [])
      item.evidence.insert(Evidence(rule: "tag:rec", words: "[REC]"), at: 0)
      return item
    }
    guard let open = words.range(of: "[ACTION"), let close = words[open.upperBound...].firstIndex(of: "]") else { return nil }
    let inside = words[open.upperBound..<close].trimmingCharacters(in: CharacterSet(charactersIn: " :-"))
    let body = text.slice(words.startIndex..<open.lowerBound)
    guard body.text.contains(where: \.isLetter) else { return nil }
    var item = makeAction(body, extra: [], rule: "tag:action", strength: 3, state: state)
    item.evidence.insert(Evidence(rule: "tag:action", words: "[ACTION " + inside + "]"), at: 0)
    // Who: a listed speaker the tag opens with, else the words before its first comma or dash.
    let lowered = inside.lowercased()
    var rest = Substring(inside)
    if let speaker = state.speakerNames.filter({ lowered.hasPrefix($0.lowercased()) }).max(by: { $0.count < $1.count }) {
      item.owner = speaker
      rest = inside.dropFirst(speaker.count)
    } else if let cut = [",", " - ", " \u{2013} ", " \u{2014} "].compactMap({ inside.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
      let owner = inside[..<cut.lowerBound].trimmingBlanks
      if !owner.isEmpty, owner.split(separator: " ").count <= 4 { item.owner = owner }
      rest = inside[cut.upperBound...]
    }
    if let owner = item.owner {
      item.evidence.removeAll { $0.rule == "owner" }
      item.evidence.insert(Evidence(rule: "owner", words: owner), at: 1)
    }
    if rest.lowercased().contains("done") {
      item.done = true
      item.due = nil
    } else {
      // "youth network, whatsapp group, fri 16 oct": the part that holds a day's number first.
      let parts = rest.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " -")) }.filter { !$0.isEmpty }
      let ordered = parts.filter { $0.contains(where: \.isNumber) } + parts.filter { !$0.contains(where: \.isNumber) }
      if let due = ordered.lazy.compactMap({ DueDateResolver.find(in: "by " + $0, sessionDate: state.sessionDate, order: state.slashOrder) }).first {
        item.due = due.date.description
      }
    }
    return item
  }

  private func classifyAsWritten(_ text: LocatedText, state: State) -> ExtractedItem? {
    // "… [REC]", "… [ACTION clara huisman, 22 oct]": a rapporteur's tag says what the line is.
    if text.text.utf8.containsBytes("[REC]".utf8) || text.text.utf8.containsBytes("[ACTION".utf8), let item = taggedItem(text, state: state) {
      return item
    }
    // "A: Donors should stop …": a transcript's answer label is no part of what is said.
    if let first = text.text.utf8.first, first == UInt8(ascii: "A") || first == UInt8(ascii: "R"),
      Self.answerLabels.contains(where: text.text.hasPrefix)
    {
      let start = text.text.index(text.text.firstIndex(of: ":") ?? text.text.startIndex, offsetBy: 2)
      return classify(text.slice(start..<text.text.endIndex), state: state)
    }
    // "TODO UNDP to share the tool by 20 October" in a paragraph: the keyword marks a task.
    if let keyword = Self.taskKeyword(opening: text.text), case let start = text.text.index(text.text.startIndex, offsetBy: keyword.count + 1),
      text.text[start...].first?.isUppercase == true, let item = classify(text.slice(start..<text.text.endIndex), state: state),
      item.kind == .action
    {
      return keyword.hasPrefix("CANCEL") ? nil : item
    }
    // "But Ilse will send Karim the figures by the 3rd": a joining word before a name.
    if let first = text.text.utf8.first, first == UInt8(ascii: "B") || first == UInt8(ascii: "A") || first == UInt8(ascii: "S"),
      let opener = ["But ", "And ", "So "].first(where: { text.text.hasPrefix($0) }),
      case let rest = text.text.dropFirst(opener.count), rest.first?.isUppercase == true,
      !rest.hasPrefix("I ") && !rest.hasPrefix("We "), let item = classify(text.slice(rest.startIndex..<text.text.endIndex), state: state),
      item.kind == .action
    {
      return item
    }
    // "Big one 👇 @MayorTelvik commits: Orvand City Council will publish …", "They go to the
    // plenary: @MarOsagie will present them …": a lead-in before a colon, then a task whose owner
    // its own words name.
    if let item = afterLeadIn(text, state: state) { return item }
    // "Agreed: Joseph to run a clinic …", "Decided: …": what was agreed is read as if unlabelled.
    if let first = text.text.utf8.first, first == UInt8(ascii: "A") || first == UInt8(ascii: "D") || first == UInt8(ascii: "R"),
      let label = Self.agreementLabels.first(where: { text.text.hasPrefix($0) }),
      case var start = text.text[text.text.utf8.index(text.text.startIndex, offsetBy: label.utf8.count)...].drop(while: { $0 == " " }).startIndex,
      start < text.text.endIndex
    {
      // "RESOLVED: That the Board endorse the following recommendations …:": a lead-in over the
      // list that holds them.
      if text.text.trimmingBlanks.hasSuffix(":") { return nil }
      // "RESOLVED (BT/2034/15): That …": the resolution's number in brackets goes with the label.
      if text.text[start...].hasPrefix("("), let close = text.text[start...].prefix(24).firstIndex(of: ")") {
        let after = text.text[text.text.index(after: close)...].drop { $0 == ":" || $0 == " " || $0 == "\u{2013}" || $0 == "\u{2014}" }
        if after.startIndex < text.text.endIndex { start = after.startIndex }
      }
      return classify(text.slice(start..<text.text.endIndex), state: state)
    }
    // "A1 \"Municipalities should …\" – 85 %, IQR 1 → consensus": a statement the room rated and
    // adopted is its recommendation, in the statement's words.
    if let quoted = Self.adoptedStatement(text.text), let item = classify(text.slice(quoted), state: state), item.kind == .recommendation {
      return item
    }
    guard !Self.isStruckOut(text.text), !Self.closedStatus(text.text), !Self.isRapporteursAside(text.text), !Self.recallsTheirAsk(text.text),
      !Self.saysItIsNoItem(text.text), !Self.quotesAModalAsWords(text.text),
      !Self.isJokeOrGroundRule(text.text), !Self.isPreambular(text.text), !Self.isLabelledQuote(text.text),
      !Self.isRestatement(text.text), !Self.isRatedStatement(text.text), !Self.quotesVagueUndertaking(text.text)
    else { return nil }
    // "R4. Allocate at least 15 per cent of the plan's budget to women-led organisations": a
    // recommendation numbered as a handout or a report numbers them, asking in the imperative.
    if let item = codedRecommendation(text) { return item }
    // "→ @Dee: share the survey data by Fri", "→ Kofi & Priya (Streetwise): draft a guide …":
    // notes taken in haste mark a task with an arrow, its owner before a colon.
    if let first = text.text.utf8.first, first == 0xE2 || first == UInt8(ascii: "-") || first == UInt8(ascii: "="),
      let found = Self.arrowTask(text.text)
    {
      let task = text.slice(found.task..<text.text.endIndex)
      var analysis = SentenceAnalysis(task.text, rules: rules, backshifted: state.backshifted)
      analysis.referenceYear = state.sessionDate?.year
      analysis.referenceMonth = state.sessionDate?.month
      if var item = ownedAction(task, owner: found.owner, cueWords: found.words, state: state, analysis: analysis) {
        item.text = Self.openingInCapitals(item.text)
        if found.owner.allSatisfy({ $0 == "?" }) {
          item.owner = nil
          item.evidence.removeAll { $0.rule == "owner" }
        }
        return item
      }
    }
    // "Ficou incumbido o senhor vogal Tiago Moura Sequeira de dar conhecimento … até ao final do
    // corrente mês": a charge a Portuguese record lays on someone it names after the verb.
    if text.text.utf8.containsBytes(Self.chargeBytes.incumbent) || text.text.utf8.containsBytes(Self.chargeBytes.charged),
      let charge = Self.portugueseCharge(text.text)
    {
      var analysis = SentenceAnalysis(text.text, rules: rules, backshifted: state.backshifted)
      analysis.referenceYear = state.sessionDate?.year
      analysis.referenceMonth = state.sessionDate?.month
      return ownedAction(text, owner: charge.owner, cueWords: charge.words, state: state, analysis: analysis)
    }
    var analysis = SentenceAnalysis(text.text, rules: rules, backshifted: state.backshifted)
    analysis.referenceYear = state.sessionDate?.year
    analysis.referenceMonth = state.sessionDate?.month
    if let label = analysis.labelCue() {
      // "proposal: officers to visit schools → REJECTED": a labelled item turned down is none.
      if SentenceAnalysis.mayBeRejected(text.text), analysis.isRejected { return nil }
      // A label set off by a colon or dash ("Action: …") is left out of the item; one that is
      // part of the sentence ("We recommend that …") stays.
      var restIndex = label.rest < analysis.tokens.count ? analysis.tokens[label.rest].range.lowerBound : text.text.endIndex
      // "Actions: (1) UNDP to draft …": the number after the label goes with it.
      if restIndex < text.text.endIndex, let next = Self.pastBracketedNumber(in: text.text, at: restIndex) { restIndex = next }
      guard restIndex < text.text.endIndex else { return nil }
      let rest = label.words.hasSuffix(":") ? text.slice(restIndex..<text.text.endIndex) : text
      guard !rest.isEmpty else { return nil }
      // "Ask: what time is it?": a question under the label asks nothing of anyone.
      if label.cue.kind == .recommendation, rest.text.trimmingBlanks.hasSuffix("?") { return nil }
      var item: ExtractedItem
      if label.cue.kind == .action {
        item = makeAction(rest, extra: [], rule: "cue:\(label.cue.id)", strength: label.cue.strength, state: state)
        // The owner may stand in the label left out: "Action (UNDP): circulate …". It is the
        // owner whatever the rest names: "AP (MB + RS): joint comments → MoFA" is sent to MoFA.
        if let owner = Self.labelledOwner(in: text.text), !Self.isPlaceholder(owner), owner != item.owner {
          item.owner = owner
          item.evidence.removeAll { $0.rule == "owner" }
          item.evidence.insert(Evidence(rule: "owner", words: owner), at: 0)
        }
      } else {
        // "Recommendation 3 (to donors): …" names whom it addresses in its label.
        let labelActors = analysis.labelAddressee(before: label.rest)?.actors ?? []
        item = makeRecommendation(
          rest, extra: [], rule: "cue:\(label.cue.id)", strength: label.cue.strength, headingActors: labelActors)
      }
      item.evidence.insert(Evidence(rule: "cue:\(label.cue.id)", words: label.words), at: 0)
      // "Action: the session rapporteur to share …": a sentence once its label is left out.
      if label.words.hasSuffix(":"), let first = item.text.first, first.isLowercase, item.text.dropFirst().first?.isLowercase == true {
        item.text = first.uppercased() + item.text.dropFirst()
      }
      return item
    }
    // "Lucía: circulate these notes by Fri", "UNDP: share the mapping by 1 October": a name set
    // off by a colon before a dated task in the imperative.
    if let item = ownerColonTask(text, state: state) { return item }
    // "Fatuma, you will send me the map by the 3rd": an undertaking told to the one who gave it.
    if let (owner, words) = Self.vocativeUndertaking(text.text),
      let item = ownedAction(text, owner: owner, cueWords: words, state: state, analysis: analysis)
    {
      return item
    }
    // "A (chair): … I will raise it with the Task Force.": a speaker's own undertaking.
    // 'Chair, to Mr Seda: can you find out? Mr Seda: "I will call …"': the sentence's own speaker.
    if let speaker = Self.speakerLabel(of: text.text) ?? state.speaker, let verb = analysis.firstPersonCommitment(),
      let item = ownedAction(text, owner: speaker, cueWords: String(analysis.tokens[verb].text), state: state, analysis: analysis)
    {
      return item
    }
    // "Radio Miren Vale can host the first slot; I'll take it to our station manager by the end of
    // the month.": the speaker's undertaking in the clause after a semicolon.
    if let speaker = state.speaker, text.text.utf8.containsBytes("; I".utf8),
      let clause = ["; I'll ", "; I\u{2019}ll ", "; I will "].lazy.compactMap({ text.text.range(of: $0) }).first,
      case let rest = text.slice(text.text.index(clause.lowerBound, offsetBy: 2)..<text.text.endIndex),
      case let restAnalysis = SentenceAnalysis(rest.text, rules: rules), let verb = restAnalysis.firstPersonCommitment(),
      let item = ownedAction(rest, owner: speaker, cueWords: String(restAnalysis.tokens[verb].text), state: state, analysis: restAnalysis)
    {
      return item
    }
    // "Ms Achieng presented the plans. She committed to share the template …": the person named
    // before owns it (a "she" never stands for a "Mr").
    if let antecedent = state.antecedent, let found = analysis.pronounCommitment(),
      found.pronoun == "they" ? antecedent.pronoun == nil : antecedent.pronoun.map({ $0 == found.pronoun }) ?? true,
      found.connector != "will" || DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil,
      let item = ownedAction(
        text, owner: antecedent.name, cueWords: "\(analysis.tokens[0].text) \(found.connector) \(analysis.tokens[found.verbIndex].text)",
        state: state, analysis: analysis)
    {
      return item
    }
    // "@j.smith can you chase the non-reporters by COB Weds?", "@l.hartmann pls send …": a task
    // asked of the one named.
    if let first = analysis.tokens.first, first.text.hasPrefix("@"), first.text.count > 2, analysis.tokens.count > 4 {
      let askIndex = ["can", "could", "would", "will"].contains(analysis.norm(1)) && analysis.norm(2) == "you" ? 3
        : ["pls", "please", "plz"].contains(analysis.norm(1)) ? 2 : nil
      if let verb = askIndex, !analysis.matchesStarting(at: verb, in: [.verb]).isEmpty,
        let item = ownedAction(
          text, owner: String(first.text.dropFirst()), cueWords: "\(first.text) \(analysis.tokens[1].text) … \(analysis.tokens[verb].text)",
          state: state, analysis: analysis)
      {
        return item
      }
    }
    // "We will fund …", "We commit to publishing …" under "## Nordvale Development Agency (NDA)":
    // the organisation the heading names undertakes it.
    if let owner = state.headingOwner, analysis.norm(0) == "we", analysis.tokens.count > 3,
      let cue = analysis.firstPersonCommitment().map({ "we \(analysis.norm(1)) \(analysis.tokens[$0].text)" })
        ?? (["commit", "pledge", "undertake", "promise"].contains(analysis.norm(1)) && analysis.norm(2) == "to"
          ? "we \(analysis.norm(1)) to" : nil),
      let item = ownedAction(text, owner: owner, cueWords: cue, state: state, analysis: analysis)
    {
      return item
    }
    // "We will circulate the minutes by 28 September": the room's own task, dated, with no one
    // named yet.
    if analysis.norm(0) == "we", analysis.tokens.count > 3, analysis.norm(1) == "will" || analysis.norm(1) == "'ll",
      !analysis.matchesStarting(at: 2, in: [.verb]).isEmpty,
      DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil,
      let ownerCue = rules.cues.first(where: { $0.form == .ownerTo })
    {
      var item = makeAction(text, extra: [], rule: "cue:\(ownerCue.id)", strength: ownerCue.strength, state: state, analysis: analysis)
      // "We will: design a pilot (lead: NPS Reintegration Desk; …)": the owner's field names one.
      if Self.explicitOwner(in: text.text) == nil {
        item.owner = nil
        item.evidence.removeAll { $0.rule == "owner" }
      }
      item.evidence.insert(Evidence(rule: "cue:\(ownerCue.id)", words: "we will \(analysis.tokens[2].text)"), at: 0)
      return item
    }
    // "Deputy Minister Keld promised that the guidelines would be published … by the end of June":
    // the one who promised sees to it, by the date given.
    if analysis.text.containsAnyBytes(Self.promiseBytes) || analysis.text.utf8.containsBytes("undertook".utf8) || analysis.text.utf8.containsBytes("assured".utf8),
      let found = analysis.promisedPassive(), DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil,
      let item = ownedAction(
        text, owner: found.owner, cueWords: "\(found.owner) promised … \(analysis.tokens[found.verbIndex].text)", state: state,
        analysis: analysis)
    {
      return item
    }
    // "The Chair directed the DCs of Khanpur and Sialgarh to notify the focal persons by the 15th";
    // "Leaders agreed to establish a Platform … and tasked the Secretariat to prepare its terms of
    // reference": the one tasked does what is to be done, before any owner the sentence opens with.
    if analysis.text.containsAnyBytes(Self.directingBytes), let found = analysis.directedTask(),
      let item = ownedAction(
        text, owner: found.owner, cueWords: "\(found.owner) to \(analysis.tokens[found.verbIndex].text)", state: state,
        analysis: analysis)
    {
      return item
    }
    // The owner phrase first: it is rarely there, and the cue is looked up only then. "UNDP will
    // draft the terms of reference by end of month" is a commitment too when it has a date.
    // "The EU Delegation will continue to chair the Group" goes on as before: no new task.
    // "The Secretariat was asked to circulate the report by Friday" is a task given; without a date
    // ("The Task Force was asked to compile a menu") the room's advice.
    // "On next steps, the Coalition will circulate …": an opening phrase may stand before the owner.
    // "Last yr the embassy agreed to simplify reporting": a task of the past, told.
    let past = Self.opensInThePast(analysis, sessionYear: state.sessionDate?.year)
    var phrase = past ? nil : analysis.ownerPhrase(from: 0, requireKnownVerb: true)
      ?? (analysis.text.utf8.prefix(80).contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ":") || $0 == 0xE2 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ">") })
        ? analysis.openingPhraseEnd(from: 0).flatMap { analysis.ownerPhrase(from: $0, requireKnownVerb: true) } : nil)
    // "Aldmark pledged EUR 4 million; the Aldmark Development Agency will open the call …": the
    // clause after a semicolon names its own owner.
    if phrase == nil, !past, analysis.text.utf8.contains(UInt8(ascii: ";")),
      let clause = analysis.clauseAfterSemicolon(between: 0, and: analysis.tokens.count - 1),
      let found = analysis.ownerPhrase(from: clause, requireKnownVerb: true), found.connector == "will" || found.connector == "to"
    {
      phrase = found
    }
    // "Agreed: … Mirela sends this typed-up board to everyone by Wednesday": a task the rules'
    // verbs name, told in the present among the points agreed (the gate below wants its day).
    if phrase == nil, !past, state.agreedPoints, let found = analysis.ownerPhrase(from: 0, requireKnownVerb: false),
      found.connector.isEmpty, !analysis.matchesStarting(at: found.verbIndex, in: [.verb]).isEmpty
    {
      phrase = found
    }
    // "Dna Rusu va convoca prima reuniune … până la 06.03.2036", "Sra. López enviará el acta el
    // viernes": a future another language writes, with its day, by one person or body.
    if phrase == nil, !past, Self.mayGiveDate(analysis.text), let found = analysis.ownerPhrase(from: 0, requireKnownVerb: false),
      found.connector == "will", found.verbIndex > 0,
      ["va", "vor"].contains(analysis.norm(found.verbIndex - 1)) || SentenceAnalysis.isFutureTense(analysis.tokens[found.verbIndex].text),
      namesOneOwner(found.owner), found.owner.split(separator: " ").count <= 5,
      !found.owner.split(separator: " ").contains(where: { $0.first?.isLowercase == true && !["de", "du", "des", "of", "la", "și", "and"].contains($0) }),
      DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil
    {
      phrase = found
    }
    // "The Ministry of Youth to tabulate the answers by 15 October": with a due date, a verb the
    // rules do not list still gives a task, when one body or person is named.
    // Most sentences name no date: a digit or a word of time among their bytes comes first.
    if phrase == nil, !past, analysis.text.utf8.containsBytes(" to ".utf8), Self.mayGiveDate(analysis.text),
      let found = analysis.ownerPhrase(from: 0, requireKnownVerb: false), found.connector == "to",
      !Self.wholeRoom.contains(found.owner.lowercased()),
      DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil, namesOneOwner(found.owner)
    {
      phrase = found
    }
    // "was asked to" gives a task; "had undertaken to", in notes told in the past perfect, takes one on.
    // "has agreed to", "took responsibility for" take one on as well.
    let assigned = phrase.map { found in
      let words = found.connector.lowercased().split(separator: " ")
      return words.count == 3 && ["is", "are", "was", "were"].contains(words[0])
    } ?? false
    // "Nobody will host the next meeting": a task no one takes on.
    if let found = phrase, ["nobody", "no one", "no-one", "none", "noone", "neither"].contains(found.owner.lowercased()) { return nil }
    // "The Committee requests the State party to submit …", "Requests Member States to …": what
    // a body asks of governments is its recommendation to them, not a task of its own people.
    if let found = phrase, Self.asksGovernments(analysis, owner: found.owner, rules: rules) { phrase = nil }
    // "Norland will host a retreat in June if the headquarters funding is approved": an offer on a
    // condition, not yet a task ("… if needed" still is one).
    // "MDA offered to pay for a consultant if at least two other members share the cost": the same.
    if let found = phrase, ["will", "would", "shall", "offered to", "offers to", "offer to"].contains(found.connector.lowercased()),
      Self.onCondition(analysis, after: found.verbIndex)
    {
      return nil
    }
    if let found = phrase, !found.connector.contains("continue"),
      analysis.norm(found.verbIndex) != "continue",
      found.connector == "to" || (analysis.backshifted && found.connector.hasSuffix(" with"))
        || found.connector.hasSuffix(" responsibility for")
        || (found.connector.hasSuffix(" to")
          && (!Self.wholeRoom.contains(found.owner.lowercased()) || found.connector == "are to" || found.connector == "is to")
          && (!assigned || DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil))
        || (found.connector == "will"
          // "… will do its own leaflet drop in the week of 4th to 8th June": a span of days dates it.
          && (DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil || DueDateResolver.spanInWords(text.text) != nil
            // "… will audit the FY35 accounts by end-FY36", in notes that say when the fiscal year starts.
            || state.fiscalStart.flatMap({ DueDateResolver.fiscalInCalendar(text.text, startMonth: $0) }) != nil
            || handsOver(analysis, owner: found.owner, verb: found.verbIndex)
            // "Points agreed: … The District Council will reopen the market road from Thursday":
            // what one body agreed to do, among the meeting's decisions.
            || (state.agreedPoints && namesOneOwner(found.owner) && !SentenceAnalysis.eventVerbs.contains(analysis.norm(found.verbIndex)))
            // "The Ministry will publish the full draft on its website on 30.06.2031": the day the
            // task is done, written out.
            // Not what happens to the owner or where it goes: "The hub will move to its new office
            // on 20/10", "The next meeting will hold on Thursday".
            || ((namesOneOwner(found.owner) || Self.namesOneBody(found.owner, in: text.text)) && !SentenceAnalysis.eventVerbs.contains(analysis.norm(found.verbIndex))
              && !["on", "at", "in", "to", "from", "into"].contains(analysis.norm(found.verbIndex + 1))
              && DueDateResolver.findOn(in: text.text, sessionDate: state.sessionDate, order: state.slashOrder).map { $0.words.contains(where: \.isNumber) } == true)
            // "Wanjiru will call the hotel before the closing plenary tomorrow": a day named.
            || (found.verbIndex + 1..<analysis.tokens.count).contains(where: { ["tomorrow", "tonight"].contains(analysis.norm($0)) })
              && namesOneOwner(found.owner)))
        // "Agreed: … Mirela sends this typed-up board to everyone by Wednesday": among the points
        // agreed, one person's doing told in the present, with its day.
        || (found.connector.isEmpty && state.agreedPoints && namesOneOwner(found.owner)
          && analysis.tokens[found.verbIndex].text.hasSuffix("s") && !analysis.tokens[found.verbIndex].text.hasSuffix("ss")
          && DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil),
      let ownerCue = rules.cues.first(where: { $0.form == .ownerTo })
    {
      var item = makeAction(
        text, extra: [], rule: "cue:\(ownerCue.id)", strength: ownerCue.strength, state: state, analysis: analysis)
      let verb = analysis.tokens[found.verbIndex].text
      item.evidence.insert(Evidence(rule: "cue:\(ownerCue.id)", words: "\(found.owner) \(found.connector) \(verb)"), at: 0)
      return item
    }
    // Minutes in reported speech: "The meeting agreed that the Secretariat would circulate …".
    if !past, let found = analysis.reportedCommitment(), let ownerCue = rules.cues.first(where: { $0.form == .ownerTo }) {
      var item = makeAction(
        text, extra: [], rule: "cue:\(ownerCue.id)", strength: ownerCue.strength, state: state, analysis: analysis)
      // "Mr. Arrowood (Secretary of the Committee) said that the Secretariat would …": the one
      // named after "that", not the speaker's gloss; "Ms. Veyrac (Ostria) said that her
      // Government would …": the Government of the country the speaker's bracket names.
      let speakerGloss = item.owner.map { owner in text.text.range(of: "(" + owner + ")").map { $0.lowerBound < (text.text.range(of: " said ")?.lowerBound ?? text.text.startIndex) } ?? false } ?? false
      let owner = Self.possessedBody(found.owner, in: text.text) ?? found.owner
      if item.owner == nil || speakerGloss || item.owner == found.owner {
        item.owner = owner
        item.evidence.removeAll { $0.rule == "owner" }
        item.evidence.insert(Evidence(rule: "owner", words: found.owner), at: 0)
      }
      let verb = analysis.tokens[found.verbIndex].text
      item.evidence.insert(Evidence(rule: "cue:\(ownerCue.id)", words: "\(found.owner) \(analysis.tokens[found.verbIndex - 1].text) \(verb)"), at: 0)
      return item
    }
    // "The Lesmaran side informed the Working Group that …, and undertook to send the call log
    // next week": the subject of the sentence takes the task on in its second clause.
    if !past, let found = analysis.coordinatedCommitment(),
      let item = ownedAction(
        text, owner: found.owner, cueWords: "\(analysis.tokens[found.verbIndex - 2].text) to \(analysis.tokens[found.verbIndex].text)",
        state: state, analysis: analysis)
    {
      return item
    }
    // "The Deputy Minister … said she will meet its former members …": the speaker's own task;
    // "… said UNDP will cover the cost … by March": UNDP's, dated.
    // "He said he would circulate the map by Friday" with no one named before: a dated task, its
    // owner unknown (never "He").
    // "Leon said the Youth Forum will run … next Tuesday": for one named, a day given without "by"
    // dates it too, and so does the day it starts ("… as a trial from Monday 4 September").
    if analysis.text.containsAnyBytes(Self.futureBytes), let found = analysis.saidCommitment(),
      // "She said she will …" stands for the one named before only if the pronoun fits them.
      case let antecedent = state.antecedent.flatMap({ named in
        named.pronoun.map { $0 == analysis.norm(0) || !["she", "he"].contains(analysis.norm(0)) } ?? true ? named.name : nil
      }),
      case let known = Self.speakersOwn(found.owner, speaker: analysis.openingName() ?? antecedent)
        ?? found.owner ?? analysis.openingName() ?? antecedent,
      // "… the Sergeant said she would look into …": the one named before the verb of speech
      // over the one named in the sentence before (who alone does not make it a task).
      case let owner = found.owner == nil && analysis.openingName() == nil && known != nil ? found.speaker ?? known : known,
      owner.map(Self.isPlaceholder) != true, owner.map(Self.namesPossessive) != true,
      case let dated = found.owner != nil ? Self.givesDay(text.text) : DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil,
      owner != nil || dated, found.owner == nil || dated || handsOver(analysis, owner: owner ?? "", verb: found.verbIndex),
      let item = ownedAction(
        text, owner: owner, cueWords: "\(analysis.tokens[found.verbIndex - 1].text) \(analysis.tokens[found.verbIndex].text)",
        state: state, analysis: analysis)
    {
      return item
    }
    // "It was agreed that a mapping would be prepared (Lead: OHCHR; timeline: Q2)": a task still to
    // do, its owner written as a field.
    if !past, Self.mayNameOwner(text.text), Self.saysToBeDone(analysis), let found = Self.explicitOwner(in: text.text),
      !Self.isPlaceholder(found.owner),
      let item = ownedAction(text, owner: found.owner, cueWords: found.words, state: state, analysis: analysis)
    {
      return item
    }
    // "FURTHER RESOLVED that the Secretariat shall prepare a results framework …": an obligation
    // laid on one body by name is its task; "Member States shall …" lays one on a kind of actor.
    if analysis.text.utf8.containsBytes(" shall ".utf8), let found = analysis.obligedTask(),
      Self.ownerRoles.contains(found.owner.lowercased()) || (Self.looksLikeName(found.owner) && namesOneOwner(found.owner)),
      let item = ownedAction(
        text, owner: found.owner, cueWords: "\(found.owner) shall \(analysis.tokens[found.verbIndex].text)", state: state,
        analysis: analysis)
    {
      return item
    }
    // "The annual meeting asks the board to work for …", "The meeting asked the secretariat to
    // circulate the draft by 30 May": a task the meeting gives one of its own, or one body by name
    // with a date. "asked governments to fund …" stays advice, as does a procedural request in the
    // room ("asked the rapporteur to read back the conclusions").
    if analysis.text.containsAnyBytes(Self.askingBytes), let found = analysis.askedTask(),
      case let owner = found.owner.lowercased(), !SentenceAnalysis.notOwnerWords.contains(owner),
      case let dated = DueDateResolver.find(in: text.text, sessionDate: state.sessionDate) != nil,
      (Self.looksLikeOwner(found.owner) && !Self.looksLikeName(found.owner) && (dated || !Self.inRoomVerbs.contains(analysis.norm(found.verbIndex))))
        || (dated && found.knownVerb && found.byMeeting && Self.looksLikeName(found.owner) && namesOneOwner(found.owner))
        // "We ask Peter Vance to release the first part …", "We ask the Clerk and Grace Olumide to
        // send this minute …": the meeting gives its own people their tasks by name.
        || (found.byMeeting && !Self.inRoomVerbs.contains(analysis.norm(found.verbIndex)) && namesPeople(found.owner))
        // "The Committee requested the Secretariat to compile the reports …": the body's own
        // secretariat or officers are given the work.
        || (found.knownVerb
          && (found.byMeeting || ["committee", "commission", "board", "council", "leader", "summit"].contains(analysis.norm(1)) && analysis.norm(0) == "the")
          && Self.isOfficer(found.owner.lowercased().hasPrefix("the ") ? String(found.owner.lowercased().dropFirst(4)) : found.owner.lowercased())
          // "… requested the Fund Manager to present options at its tenth session": a word of the
          // room is work to do when it is due at a later sitting.
          && (!Self.inRoomVerbs.contains(analysis.norm(found.verbIndex)) || dated || Self.eventDated(text.text, names: state.datedNames) != nil)),
      let item = ownedAction(
        text, owner: found.owner, cueWords: "\(found.owner) to \(analysis.tokens[found.verbIndex].text)", state: state,
        analysis: analysis)
    {
      return item
    }
    // "I commend its first ask to every government here: that youth organisations hold a seat …":
    // an ask passed on to those named.
    if text.text.utf8.containsBytes("ommend".utf8), let addressee = analysis.commendedAddressee() {
      var item = makeRecommendation(text, extra: [], rule: "commended", strength: 2, headingActors: [], analysis: analysis)
      if item.actors.isEmpty {
        item.actors = addressee.actors
        item.evidence += addressee.actors.map { Evidence(rule: "actor:\($0)", words: addressee.words.joined(separator: ", ")) }
      }
      item.evidence.insert(Evidence(rule: "commended", words: "commend … to " + addressee.words.joined(separator: ", ")), at: 0)
      return item
    }
    // The first cue that is no trap: "Nobody suggested that …; rather, participants called on
    // donors to …" holds one recommendation, the second clause.
    let hits = analysis.recommendationCues()
    // The first cue that is no trap and has someone to address, or needs no one: "It was
    // suggested that it may be advisable for ministries to …" is read at "advisable for".
    // A few cues at most: a sentence with hundreds of cues and no one to address is read in
    // linear time.
    var tried = 0
    var found: Int? = nil
    for index in hits.indices where tried < 4 && !analysis.isTrap(hits[index]) {
      if state.decisions || analysis.addressee(for: hits[index]).found || analysis.needsNoAddressee(hits[index])
        || (!state.vocative.words.isEmpty && analysis.addressesYou(hits[index]))
      {
        found = index
        break
      }
      tried += 1
    }
    guard let index = found else { return nil }
    let hit = hits[index]
    // "Resolution 2250 asks states to …; governments should now implement it": a document's words
    // before the semicolon are no part of the item.
    if index == 0, hit.match.start > 2, let clause = analysis.clauseAfterSemicolon(between: 0, and: hit.match.start),
      clause > 1, (0..<min(clause, 4)).contains(where: { SentenceAnalysis.documentWords.contains(analysis.norm($0)) })
    {
      let start = analysis.tokens[clause].range.lowerBound
      if var item = classify(text.slice(start..<text.text.endIndex), state: state) {
        item.text = Self.openingInCapitals(item.text)
        return item
      }
    }
    if index > 0, let clause = analysis.clauseAfterSemicolon(between: hits[index - 1].match.end, and: hit.match.start) {
      // The denied or dated clause before the semicolon is left out of the item.
      let start = analysis.tokens[clause].range.lowerBound
      guard var item = classify(text.slice(start..<text.text.endIndex), state: state) else { return nil }
      item.text = Self.openingInCapitals(item.text)
      return item
    }
    var item = makeRecommendation(
      text, extra: [], rule: "cue:\(hit.cue.id)", strength: hit.cue.strength, headingActors: [], analysis: analysis)
    let cueWords = analysis.text[
      analysis.tokens[hit.match.start].range.lowerBound..<analysis.tokens[hit.match.end - 1].range.upperBound]
    item.evidence.insert(Evidence(rule: "cue:\(hit.cue.id)", words: String(cueWords)), at: 0)
    return item
  }

  /// Verbs by which those an item opens with are in want, not asked to act ("Youth groups need
  /// funding"; but "Ministries need to act").
  static let wantVerbs: Set<String> = ["need", "needs", "require", "requires", "deserve", "deserves", "lack", "lacks"]

  /// Verbs that tell a fact of those who open an item: "Families come back to the same streets
  /// they left" asks nothing of them (but "PARENTS → COME TO SCHOOL", "come and join" do).
  static let factVerbs: Set<String> = [
    "come", "comes", "came", "return", "returns", "returned", "live", "lives", "lived", "face", "faces", "faced", "feel", "feels", "felt",
  ]

  /// Everyone in the room: "Participants agreed to meet again" plans, giving no one a task.
  static let wholeRoom: Set<String> = [
    "participants", "everyone", "all", "we", "delegates", "delegations", "members", "attendees", "speakers",
    "panellists", "panelists", "the meeting", "meeting", "the group", "group", "all participants", "the participants",
  ]

  /// Verbs by which someone undertakes to hand something over or bring people together.
  static let handOverVerbs: Set<String> = [
    "send", "share", "circulate", "forward", "compile", "prepare", "draft", "convene", "organise", "organize", "host",
    "brief", "distribute", "upload", "email", "contact", "invite", "schedule", "submit", "present", "transmit", "deliver", "translate",
    "raise", "bring", "carry", "relay", "table",
  ]
  /// Verbs of work done for someone, a task only when a body or person is named by its name
  /// ("Lumen Legal Aid will review the draft constitution"; not "the project will train …").
  static let servingVerbs: Set<String> = ["review", "train", "map", "book", "lend", "facilitate", "design", "mentor"]

  /// Whether "OWNER will VERB …" with no date is a task taken on: a named owner hands something
  /// over ("AR will send the mortality study to GO", "The Chair will brief the Commission"), where
  /// a kind of actor in general only says what will happen ("Donors will fund youth groups").
  func handsOver(_ analysis: SentenceAnalysis, owner: String, verb: Int) -> Bool {
    // "will take the study-spaces idea to the Faith Forum": carried to someone, not "take part".
    let count = analysis.tokens.count
    let takesTo = analysis.norm(verb) == "take"
      && !["part", "place", "note", "time", "stock", "care", "over", "up", "action", "steps"].contains(analysis.norm(verb + 1))
      && (verb + 2..<max(verb + 2, min(count - 1, verb + 8))).contains { to in
        analysis.norm(to) == "to" && (analysis.norm(to + 1) == "the" || analysis.tokens[to + 1].text.first?.isUppercase == true)
      }
    return (Self.handOverVerbs.contains(analysis.norm(verb)) || takesTo
      || Self.servingVerbs.contains(analysis.norm(verb)) && owner.first?.isUppercase == true && Self.looksLikeName(owner))
      && namesOneOwner(owner)
  }

  /// Whether an owner names people (or a role of the meeting's own) and no body: "Peter Vance",
  /// "the Clerk and Grace Olumide", "Hannah Brightwell and Tomas Reyes"; not "Young Friends and
  /// other youth organisations", "the Ministry of Home Affairs", "donors".
  func namesPeople(_ owner: String) -> Bool {
    let parts = owner.components(separatedBy: " and ").flatMap { $0.components(separatedBy: " & ") }.flatMap { $0.components(separatedBy: ", ") }
    var person = false
    for part in parts {
      var words = part.split(separator: " ")
      if words.first.map({ ["the", "our"].contains($0.lowercased()) }) == true { words.removeFirst() }
      let name = words.joined(separator: " ")
      if Self.ownerRoles.contains(name.lowercased()) { continue }
      guard (2...3).contains(words.count),
        words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "-.'\u{2019}".contains($0) } }),
        !words.contains(where: { Self.organisationWords.contains($0.lowercased()) || Self.isInitials($0) }),
        !SentenceAnalysis(name, rules: rules).matches.contains(where: { $0.payload.category == .actor || $0.payload.category == .addressee })
      else { return false }
      person = true
    }
    return person
  }

  /// Whether an owner's words name one body or person ("UNDP", "the Secretariat", "Ms Lee"), not
  /// a kind of actor in general ("governments", "civil society organisations").
  func namesOneOwner(_ owner: String) -> Bool {
    let name = SentenceAnalysis(owner.lowercased().hasPrefix("the ") ? String(owner.dropFirst(4)) : owner, rules: rules)
    guard let first = name.tokens.first else { return false }
    if first.isAcronym || Self.isInitials(first.text) { return true }
    // A kind of actor in general: one word or phrase the rules know, in small letters or plural.
    let general = name.matches.contains { $0.start == 0 && $0.end == name.tokens.count
      && ($0.payload.category == .actor || $0.payload.category == .addressee) }
    return !general || (first.text.first?.isUppercase == true && !(name.tokens.last?.text.hasSuffix("s") ?? false))
  }

  /// An office named by whose it is, the speaker's: "his office" after "The DC said" → "DC's
  /// office"; `nil` for any other owner or without a speaker.
  static func speakersOwn(_ owner: String?, speaker: String?) -> String? {
    guard let owner, let speaker, namesPossessive(owner), let space = owner.firstIndex(of: " ") else { return nil }
    return "\(speaker)'s \(owner[owner.index(after: space)...])"
  }

  /// Whether an owner opens with "his", "her", "their" or "its".
  static func namesPossessive(_ owner: String) -> Bool {
    let first = owner.prefix { $0 != " " }.lowercased()
    return ["his", "her", "their", "its"].contains(first)
  }

  /// A body named by whose it is, as a summary record writes it: "her Government" after "Ms.
  /// Veyrac (Ostria) said that …" → "Government of Ostria"; `nil` without such a bracket.
  static func possessedBody(_ owner: String, in text: String) -> String? {
    let words = owner.split(separator: " ")
    guard words.count == 2, ["her", "his", "its", "their"].contains(words[0].lowercased()), words[1].first?.isUppercase == true,
      let said = text.range(of: " said "), let close = text[..<said.lowerBound].lastIndex(of: ")"),
      let open = text[..<close].lastIndex(of: "(")
    else { return nil }
    let country = text[text.index(after: open)..<close].trimmingBlanks
    guard (1...3).contains(country.split(separator: " ").count), country.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true })
    else { return nil }
    return "\(words[1]) of \(country)"
  }

  /// Whether a text names an owner as one body by its kind: "the council", "Calder's council".
  static func namesOneBody(_ owner: String, in text: String) -> Bool {
    let lowered = owner.lowercased()
    guard !lowered.hasSuffix("s"), !lowered.isEmpty else { return false }
    let written = text.lowercased()
    return written.contains("the " + lowered + " ") || written.contains("'s " + lowered + " ") || written.contains("\u{2019}s " + lowered + " ")
  }

  // MARK: - Single texts (rule examples, tests)

  /// The item a sentence found outside the Recommendations and Action items sections would
  /// give, or `nil` when no cue marks it.
  /// A task of a bullet journal ("• Dana: send …", "× send Margit …", "< 3 Oct · call on …"): an
  /// action whatever its words, done where its signifier says so; a scheduled one is due on the date
  /// it opens with; the writer's own where no one is named.
  private func addJournalTask(_ text: LocatedText, glyph: Character, mark: JournalMark, section: SectionID?, state: inout State) {
    // "~~• ask Nordhavn …~~": struck through, no longer relevant.
    guard !text.text.hasPrefix("~~") else { return }
    // "* • @Tomas send …": past every signifier that opens the line (a priority's and the task's).
    let rest = text.text.drop { $0 == " " || $0 == "\u{2022}" || $0 == glyph || state.journalKey[$0] != nil }
    guard rest.startIndex < text.text.endIndex, !Self.isStruckOut(String(rest)), !Self.isCancelled(String(rest)) else { return }
    let body = text.slice(rest.startIndex..<text.text.endIndex)
    var action: ExtractedItem
    if let found = classify(body, state: state), found.kind == .action {
      action = found
    } else {
      action = makeAction(body, extra: [], rule: "task-list", strength: 3, state: state)
      // "call Rahel (Frontline Relief) …": the writer's own task; the bracket names whom to call.
      if body.text.first?.isLowercase == true, Self.explicitOwner(in: body.text) == nil {
        action.owner = nil
        action.evidence.removeAll { $0.rule == "owner" }
      }
    }
    // "< 12/12 …", and in a future log "• 12/12 chase …": the day it is set for, first.
    if mark == .scheduled || mark == .task, action.due == nil, body.text.first?.isNumber == true,
      let due = DueDateResolver.find(in: "by " + body.text, sessionDate: state.sessionDate, order: state.slashOrder), body.text.hasPrefix(String(due.words.dropFirst(3)))
    {
      action.due = due.date.description
      action.evidence.append(Evidence(rule: "due", words: String(due.words.dropFirst(3))))
    }
    action.done = action.done || mark == .done
    action.text = Self.openingInCapitals(action.text)
    action.evidence.removeAll { $0.rule == "task-list" }
    action.evidence.insert(Evidence(rule: "task-list", words: String(glyph)), at: 0)
    append(action, section: section, state: &state)
  }

  /// An action of the owner-to cue whose owner the sentence's form names, not its words alone
  /// (a speaker's label, a pronoun's antecedent, the one directed or reported): `owner`, with
  /// `cueWords` as the evidence of the cue.
  private func ownedAction(
    _ text: LocatedText, owner: String?, cueWords: String, state: State, analysis: SentenceAnalysis
  ) -> ExtractedItem? {
    guard let ownerCue = rules.cues.first(where: { $0.form == .ownerTo }) else { return nil }
    var item = makeAction(text, extra: [], rule: "cue:\(ownerCue.id)", strength: ownerCue.strength, state: state, analysis: analysis)
    // "THE DEPUTY MINISTER:" after "THE DEPUTY MINISTER (Hon. Petra Volkan):": the person named
    // the first time.
    let owner = owner.map { state.officeHolders[$0] ?? Self.listedSpeaker(calledBy: $0, in: state.speakerNames) ?? $0 }
    item.owner = owner
    item.evidence.removeAll { $0.rule == "owner" }
    if let owner { item.evidence.insert(Evidence(rule: "owner", words: owner), at: 0) }
    item.evidence.insert(Evidence(rule: "cue:\(ownerCue.id)", words: cueWords), at: 0)
    return item
  }

  public func classifySentence(_ text: String, sessionDate: String? = nil) -> ExtractedItem? {
    var located = LocatedText()
    located.append(InlineText.Line(text: text, location: SourceLocation(line: 1, column: 1)))
    return classify(located, state: State(sessionDate: sessionDate.flatMap(CalendarDate.init(iso:))))
  }

  /// The themes the rules find in a text.
  public func themes(in text: String) -> [String] {
    // Only the theme phrases are asked for, and no words are kept for evidence.
    let found = rules.matcher.matches(in: Tokenizer.tokenize(text), only: .theme)
    return orderedThemes { id in found.contains { $0.payload.id == id } }
  }

  /// The actors a recommendation written as `text` addresses.
  public func addressees(of text: String) -> [String] {
    var located = LocatedText()
    located.append(InlineText.Line(text: text, location: SourceLocation(line: 1, column: 1)))
    return makeRecommendation(located, extra: [], rule: "", strength: 0, headingActors: []).actors
  }

  // MARK: - Building items

  private func makeRecommendation(
    _ text: LocatedText, extra: [LocatedText], rule: String, strength: Int, headingActors: [String],
    analysis given: SentenceAnalysis? = nil
  ) -> ExtractedItem {
    let fullText = ([text.text] + extra.map(\.text)).joined(separator: " ")
    let analysis = given ?? SentenceAnalysis(text.text, rules: rules)
    var evidence: [Evidence] = []
    var actors: [String]
    // The text's own addressees first; a `### For donors` sub-heading names them otherwise.
    var addressee = SentenceAnalysis.Addressee()
    // Several reporting cues ("urged governments to …, and invited the private sector to …") each
    // add their addressees; a cue inside another's request ("should invite X") does not.
    let hits = analysis.recommendationCues().filter { !analysis.isTrap($0) }
    // So do modal cues of clauses a semicolon divides: "Governments should act; donors should fund."
    var counted = hits.first?.cue.form == .reporting ? hits.filter { $0.cue.form == .reporting } : Array(hits.prefix(1))
    if let first = counted.first, first.cue.form == .modal {
      var previous = first
      for hit in hits.dropFirst() where hit.cue.form == .modal {
        if ((previous.match.end + 1)..<max(previous.match.end + 1, hit.match.start)).contains(where: {
          analysis.gap(before: $0).utf8.contains(UInt8(ascii: ";"))
        }) {
          counted.append(hit)
        }
        previous = hit
      }
    }
    for hit in counted {
      let found = analysis.addressee(for: hit)
      addressee.actors += found.actors.filter { !addressee.actors.contains($0) }
      addressee.words += found.words
    }
    if addressee.actors.isEmpty, let opening = analysis.openingAddressee() ?? analysis.firstPersonAskAddressee() {
      addressee = opening
    }
    // "Amaris → district and municipal councils: put a woman mediator …": who asks, an arrow, and
    // whom the ask is for, before a colon.
    if addressee.actors.isEmpty, let arrow = text.text.prefix(60).range(of: " \u{2192} "),
      let colon = text.text[arrow.upperBound...].prefix(80).firstIndex(of: ":"),
      case let named = Self.actorsNamed(in: String(text.text[arrow.upperBound..<colon]), rules: rules), !named.isEmpty
    {
      addressee = SentenceAnalysis.Addressee(actors: named, words: [String(text.text[arrow.upperBound..<colon])])
    }
    // "Golaha Degmada (district council): give women two seats …": whom the ask is for, named in
    // another language before a colon and glossed in brackets.
    if addressee.actors.isEmpty, let colon = text.text.prefix(120).firstIndex(of: ":"), case let label = text.text[..<colon],
      let open = label.firstIndex(of: "("), let close = label[open...].firstIndex(of: ")"),
      Self.actorsNamed(in: String(label[..<open]), rules: rules).isEmpty,
      case let named = Self.actorsNamed(in: String(label[label.index(after: open)..<close]), rules: rules), !named.isEmpty
    {
      addressee = SentenceAnalysis.Addressee(actors: named, words: [String(label[open...close])])
    }
    // "(2) ที่ประชุมเสนอแนะให้ผู้นำศาสนา… (Religious leaders: joint statement within 24 h.)": a line in
    // another script, its gloss in the closing brackets naming whom it asks before a colon.
    if addressee.actors.isEmpty, text.text.hasSuffix(")"), !text.text.isASCII, let open = text.text.lastIndex(of: "("),
      text.text[..<open].unicodeScalars.contains(where: SentenceAnalysis.isLetterOfAnotherScript),
      case let gloss = text.text[text.text.index(after: open)..<text.text.index(before: text.text.endIndex)],
      let colon = gloss.prefix(60).firstIndex(of: ":"),
      case let named = Self.actorsNamed(in: String(gloss[..<colon]), rules: rules), !named.isEmpty
    {
      addressee = SentenceAnalysis.Addressee(actors: named, words: [String(gloss[..<colon])])
    }
    // "Kommunalbestyrelsen afsætter midler …; (the municipal council funds two more outreach
    // workers)": a line in another language, whom its English gloss in the closing brackets opens with.
    if addressee.actors.isEmpty, text.text.hasSuffix(")"), let open = text.text.lastIndex(of: "("), open > text.text.startIndex,
      case let gloss = text.text[text.text.index(after: open)..<text.text.index(before: text.text.endIndex)],
      gloss.split(separator: " ").count >= 4, !gloss.contains(where: { "(:\"\u{201C}".contains($0) }),
      // After the line's own closing mark, not a dash's aside.
      text.text[..<open].trimmingBlanks.last.map({ ";.,".contains($0) || $0.isLetter }) == true,
      gloss.first?.isLowercase == true || gloss.hasPrefix("The ") || gloss.hasPrefix("A "),
      case let subjects = gloss.split(separator: ";").map({ $0.trimmingBlanks }),
      case let named = subjects.flatMap({ SentenceAnalysis($0, rules: rules).leadingChain(from: 0, limit: Int.max).actors }), !named.isEmpty
    {
      addressee = SentenceAnalysis.Addressee(actors: named.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }, words: subjects)
    }
    // "**Ho an'ny Minisiteran'ny Fitsarana:** …", "**Aux partenaires techniques et financiers :**
    // …": whom the item is for, named before a colon in another language.
    if addressee.actors.isEmpty, let colon = text.text.prefix(120).firstIndex(of: ":"), case let label = text.text[..<colon],
      ["Ho an'ny ", "Ho an\u{2019}ny ", "Ho an'i ", "Aux ", "Au ", "À la ", "À l'", "Para la ", "Para el ", "Para los ", "Para las "].contains(where: label.hasPrefix),
      case let named = Self.actorsNamed(in: String(label), rules: rules), !named.isEmpty
    {
      addressee = SentenceAnalysis.Addressee(actors: named, words: [String(label)])
    }
    // "Flag 4 (orange): "DONORS: FUND YOUTH GROUPS FOR 3 YEARS"": a banner's or card's line,
    // quoted whole after its label, or written in capitals, that names whom it asks first.
    if addressee.actors.isEmpty, text.text.utf8.contains(UInt8(ascii: ":")), let label = Self.bannerLabel(text.text),
      case let named = [label, label.lowercased()].lazy.map({ Self.actorsNamed(in: $0, rules: self.rules) }).first(where: { !$0.isEmpty }) ?? [], !named.isEmpty
    {
      addressee = SentenceAnalysis.Addressee(actors: named, words: [label])
    }
    if addressee.actors.isEmpty {
      if let label = analysis.labelCue() {
        addressee = analysis.labelAddressee(before: label.rest)
          ?? analysis.leadingChain(from: label.rest, limit: analysis.tokens.count)
      } else if analysis.recommendationCue() == nil
        || (rule.hasPrefix("section:") && !addressee.found && !hits.contains { $0.cue.form == .modal })
      {
        // An item of the Recommendations section addresses whoever opens it, even when a reporting
        // cue stands later in it ("The UN system … might offer secretariats to basins that request
        // them"); not when a modal cue says it is passive ("Local authorities should be given …").
        // "Governments should:" over "fund youth-led networks": an item that opens with its verb
        // addresses whom the lead-in names, not the object of its verb.
        if headingActors.isEmpty || analysis.tokens.isEmpty || !analysis.opensImperative(0, last: 0) {
          addressee = analysis.leadingChain(from: 0, limit: analysis.tokens.count)
        }
        // "Mediators' networks need more support": those in need are not asked to act, nor are
        // those a fact is told of ("Families come back to …").
        if Self.wantVerbs.contains(analysis.norm(addressee.end)), analysis.norm(addressee.end + 1) != "to" {
          addressee = SentenceAnalysis.Addressee()
        } else if Self.factVerbs.contains(analysis.norm(addressee.end)), analysis.norm(addressee.end + 1) != "and",
          !["\u{2192}", "->", "=>", ":"].contains(where: fullText.contains)
        {
          addressee = SentenceAnalysis.Addressee()
        }
      }
    }
    // "Food vendors and the Chamber of Commerce: no glass …; every stall worker should know …": an
    // item under the heading of asks, whom it is for named before its colon.
    if addressee.actors.isEmpty, rule.hasPrefix("section:"), let colon = text.text.prefix(100).firstIndex(of: ":"),
      case let label = text.text[..<colon], label.split(separator: " ").count <= 10,
      case let named = Self.actorsNamed(in: String(label), rules: rules), !named.isEmpty
    {
      addressee = SentenceAnalysis.Addressee(actors: named, words: [String(label)])
    }
    // "broad support for ministries to consider …", "One option would be for funders to pool …".
    if addressee.actors.isEmpty, let asked = analysis.forInfinitiveAddressee() {
      addressee = asked
    }
    if addressee.actors.isEmpty, headingActors.isEmpty, let named = analysis.imperativeAddressee(lawMaker: rules.actors.contains(where: { $0.id == "governments" }) ? "governments" : nil) {
      addressee = named
    }
    if addressee.actors.isEmpty, let named = hits.lazy.compactMap({ analysis.namedGroupActor(for: $0) }).first {
      addressee = named
    }
    if addressee.actors.isEmpty, !headingActors.isEmpty {
      actors = headingActors
      evidence += actors.map { Evidence(rule: "actor:\($0)", words: "sub-heading") }
    } else {
      actors = addressee.actors
      // Each actor shows the words that name it ("religious leaders", not "religious leaders,
      // media outlets"), when they can be told apart.
      let named = actors.count > 1 && addressee.words.count > 1
        ? addressee.words.map { words in Set(rules.matcher.matches(in: Tokenizer.tokenize(words), only: .actor).map(\.payload.id)) } : []
      for actor in actors {
        let own = zip(addressee.words, named).filter { $0.1.contains(actor) }.map(\.0)
        var seen: Set<String> = []
        let words = (own.isEmpty ? addressee.words : own).filter { seen.insert($0.lowercased()).inserted }
        evidence.append(Evidence(rule: "actor:\(actor)", words: words.joined(separator: ", ")))
      }
      // Addressed, though to no one the taxonomy knows ("The coalition should …"); "everyone",
      // "we all" name no one in particular.
      if actors.isEmpty, addressee.found,
        !addressee.words.allSatisfy({ ["everyone", "everybody", "all", "we all", "all of us", "everyone involved"].contains($0.lowercased()) })
      {
        evidence.append(Evidence(rule: "addressee", words: addressee.words.joined(separator: ", ")))
      }
    }
    let themeAnalysis = extra.isEmpty ? analysis : SentenceAnalysis(fullText, rules: rules)
    let (themes, themeEvidence) = themesOf(themeAnalysis)
    return ExtractedItem(
      kind: .recommendation, text: Self.display(fullText), location: text.firstLocation, owner: nil, due: nil,
      done: false, themes: themes, actors: orderedActors(actors), rule: rule, evidence: evidence + themeEvidence,
      strength: strength, section: nil)
  }

  /// `given` is the analysis of `text.text` when the caller has it.
  /// The owner who opens the clause after a label set off by a dash ("MATCH B · NEED 05 – Kibo
  /// Media Collective to train …"), rather than any part of the label.
  private func labelledOwner(_ analysis: SentenceAnalysis?) -> (owner: String, words: String)? {
    guard let analysis, let end = analysis.openingPhraseEnd(from: 0), end > 0,
      let found = analysis.ownerPhrase(from: end, requireKnownVerb: true), !Self.isPlaceholder(found.owner)
    else { return nil }
    return (found.owner, [found.owner, found.connector, String(analysis.tokens[found.verbIndex].text)].filter { !$0.isEmpty }.joined(separator: " "))
  }

  private func makeAction(
    _ text: LocatedText, extra: [LocatedText], rule: String, strength: Int, state: State,
    analysis given: SentenceAnalysis? = nil
  ) -> ExtractedItem {
    // Words struck out ("~~by 30 April~~ by 16 May") set neither owner nor date.
    let fullText = Self.droppingEditorMarks(([text.text] + extra.map(\.text)).joined(separator: " "))
    // Without extra texts the item's own text is the full text: one analysis serves both.
    let ownAnalysis = given ?? (extra.isEmpty ? SentenceAnalysis(text.text, rules: rules, backshifted: state.backshifted) : nil)
    var evidence: [Evidence] = []
    var owner: String? = nil
    // "Owner: TBD", "Someone to book the venue": a placeholder names no one.
    let named: (String) -> Bool = { !Self.isPlaceholder($0) }
    // A row written "task | lead | deadline" names its owner in a column of its own, whatever the
    // task's words ask of others ("request OCHA to consider … | CC | 18/11").
    let bytes = text.text.utf8
    let columns = bytes.contains(UInt8(ascii: "|")) || bytes.contains(0xE2) || bytes.containsBytes(" - ".utf8)
      ? Self.ownerSeparators.reduce(0) { $0 + text.text.components(separatedBy: $1).count - 1 } : 0
    // "Resp.: tbc": the owner field says no one owns the task yet; nothing else is asked.
    let explicit = Self.explicitOwner(in: fullText)
    let unassigned = explicit.map { !named($0.owner) } ?? Self.saysNoOwnerYet(fullText)
    if unassigned {
      owner = nil
    } else if let found = explicit ?? Self.handle(in: fullText)
      ?? (columns >= 2 ? labelledOwner(ownAnalysis) : nil)
      ?? (columns >= 2 && Self.isShouting(text.text) ? leadingOwner(in: text.text).flatMap { named($0) ? ($0, $0) : nil } : nil)
      ?? (columns >= 2 ? Self.separatedOwner(in: text.text).flatMap { named($0) ? ($0, $0) : nil } : nil)
    {
      owner = found.owner
      evidence.append(Evidence(rule: "owner", words: found.words))
    } else {
      for (offset, candidate) in ([text] + extra).enumerated() {
        let analysis = (offset == 0 ? ownAnalysis : nil) ?? SentenceAnalysis(candidate.text, rules: rules, backshifted: state.backshifted)
        var start = 0
        if let label = analysis.labelCue() { start = label.rest }
        // "(a) The Nordic Prevention Fund will circulate …": past the item's letter.
        if start == 0, analysis.tokens.count > 2, analysis.tokens[0].text.count <= 4, candidate.text.hasPrefix("(")
          || candidate.text.utf8.dropFirst(analysis.tokens[0].text.utf8.count).first == UInt8(ascii: ")"),
          analysis.gap(before: 1).contains(")")
        {
          start = 1
        }
        // A clause after a semicolon may name the owner: "No decision yet; UNDP to propose …"; so
        // may one after a comma that opens with initials or an acronym ("webinar in ~2 wks, NDl
        // to find a date"; not "Kenya, Uganda to confirm"), or after an opening phrase ("As
        // regards follow-up, the convening team will circulate …").
        // "Due 30 June: Treasurer to circulate the accounts", "30 June – UNDP to share the roster":
        // the date opens the item, its owner comes after.
        let dated = start == 0 ? Self.afterLeadingDate(analysis) : nil
        let clauses = (dated.map { [$0] } ?? []) + (analysis.openingPhraseEnd(from: start).map { [$0] } ?? []) + [start] + (start + 1..<max(start + 1, analysis.tokens.count)).filter {
          let gap = analysis.gap(before: $0).utf8
          return gap.contains(UInt8(ascii: ";"))
            || (gap.contains(UInt8(ascii: ",")) && analysis.norm($0 + 1) == "to" && Self.isInitials(analysis.tokens[$0].text))
        }
        // After a semicolon the owner is given a task ("…; UNDP to propose …"), not described: "(DC
        // agreed by phone; JL holds the keys)" names no owner.
        if let found = clauses.lazy.compactMap({ clause in
          analysis.ownerPhrase(from: clause, requireKnownVerb: false).flatMap { found in
            found.connector.isEmpty && clause > start && analysis.gap(before: clause).contains(";") ? nil : found
          }
        }).first(where: { named($0.owner) })
        {
          owner = found.owner
          let verb = analysis.tokens[found.verbIndex].text
          // "Le secrétariat diffusera …" is read as "will diffuse": the evidence quotes the notes' words.
          let written = candidate.text.range(of: found.connector, options: .caseInsensitive) != nil
          let words = [found.owner, written ? found.connector : "", String(verb)].filter { !$0.isEmpty }
          evidence.append(Evidence(rule: "owner", words: words.joined(separator: " ")))
          break
        }
      }
    }
    // "- **Amaris** will hold …" over "- She'll send the notes …": the one the item before named.
    if owner == nil, !unassigned, let named = state.carriedAntecedent ?? state.antecedent, let pronoun = Self.openingPronoun(text.text),
      named.pronoun.map({ $0 == pronoun.word }) ?? true, pronoun.takesOn
    {
      owner = named.name
      evidence.append(Evidence(rule: "owner", words: pronoun.word + " (" + named.name + ")"))
    }
    // "me: type these up … by Fri", "Me – the report to the committee": the writer's own task.
    if owner == nil, !unassigned, let writer = state.postAuthor ?? state.writer,
      ["me:", "me -", "me \u{2013}", "me \u{2014}", "me \u{2192}", "me ->"].contains(where: { text.text.lowercased().hasPrefix($0) })
    {
      owner = writer
      evidence.append(Evidence(rule: "owner", words: String(text.text.prefix(2))))
    }
    // Each way of writing an owner is tried only when the ones before it found none.
    let ownerForms: [() -> String?] = [
      // "Round 4 collection, Jan–Mar 2028: facilitators": the task first, its owner after a colon.
      { Self.trailingColonOwner(in: text.text) },
      // "KT: reach out to 3 cities (Ahmedabad, Dhaka, Lagos) next wk": the owner who opens the item
      // comes before a bracket inside it.
      // "HPA: draft inception report → RG, 20/3": the owner's label before the task, not the one
      // the arrow sends the work to.
      { Self.labelledOwner(in: text.text) }, { Self.opensWithOwnerLabel(text.text) ? nil : Self.separatedOwner(in: text.text) },
      { self.leadingOwner(in: text.text) }, { Self.arrowedOwner(in: text.text) },
      // "Ministry of Interior (Department for Prevention) shall to send …": the one it is laid on,
      // not the remark in brackets.
      {
        guard text.text.utf8.containsBytes(" shall ".utf8) else { return nil }
        return (ownAnalysis ?? SentenceAnalysis(text.text, rules: self.rules)).obligedTask()?.owner
      },
      // "Capital (Space Agency, Legal Dept.) is requested to …": the one requested, not the remark.
      { Self.requestedOwner(in: text.text) }, { Self.bracketedOwner(in: text.text) }, { Self.vocativeUndertaking(text.text)?.owner },
      { (ownAnalysis ?? SentenceAnalysis(text.text, rules: self.rules)).passiveAgent() },
      { (ownAnalysis ?? SentenceAnalysis(text.text, rules: self.rules)).reportedOwner() },
      // "**Tomás Ferreira** — Circulate the draft …": the name set off before the task's verb.
      { Self.dashedLeadingOwner(in: text.text) },
    ]
    if owner == nil, !unassigned, let found = ownerForms.lazy.compactMap({ $0() }).first(where: named) {
      owner = found
      evidence.append(Evidence(rule: "owner", words: found))
    }
    // "**AP-0415-1** WASH Cluster (UNICEF) to extend …": the action point's code is no part of its owner.
    if let written = owner, let bare = Self.pastLeadingCode(written) { owner = bare }
    // "Recorder (Benny Sarai)": the person who holds the post, named in full.
    if let written = owner, written.hasSuffix(")"), let holder = Self.personHoldingRole(written) { owner = holder }
    // "Kaunsela Hosea Wambi", "Bi. Fatuma Kombo": a title before a name, in the note's language.
    if let written = owner { owner = SentenceAnalysis.droppingLocalTitle(written) }
    // "la présidente", "el PNUD" after "Action :": the article is no part of the owner's name.
    if let written = owner, let article = ["la ", "le ", "les ", "el ", "los ", "las ", "l'", "l\u{2019}"].first(where: written.hasPrefix),
      written.count > article.count + 1
    {
      owner = String(written.dropFirst(article.count))
    }
    var due: String? = nil
    // "in the week of 4th to 8th June", "between 12 and 16 May": a span of days, due at its end,
    // read as a dash writes it.
    // "by end-FY36", "Q1 FY37": a fiscal year's periods, in notes that say when it starts.
    let calendarText = state.fiscalStart.flatMap { DueDateResolver.fiscalInCalendar(fullText, startMonth: $0) } ?? fullText
    let dueText = DueDateResolver.spanInWords(calendarText) ?? calendarText
    // The item's own words without editors' marks and a task plugin's done date.
    let ownText = extra.isEmpty ? dueText : Self.droppingEditorMarks(text.text)
    let monthMeeting = Self.meetingNamedByMonth(in: dueText)
    // Deadlines the notes date elsewhere: a project month, a body's next meeting on the calendar.
    let datedElsewhere = {
      Self.projectMonthDue(dueText, start: state.projectStart)
        ?? Self.bodysNextMeeting(dueText, names: state.datedNames) ?? Self.eventDated(dueText, names: state.datedNames)
        ?? Self.numberedDayDue(dueText, firstDay: state.firstDay, notes: state.notes)
    }
    if let found = Self.dueBefore(dueText, sessionDate: state.sessionDate, nextMeeting: state.nextMeeting)
      ?? monthMeeting.flatMap({ Self.dateOfMeeting($0, state: state) })
      ?? (monthMeeting != nil ? nil : DueDateResolver.find(in: dueText, sessionDate: state.sessionDate, order: state.slashOrder))
      ?? Self.byNextMeeting(dueText, date: state.nextMeeting, notes: state.notes)
      ?? datedElsewhere()
      ?? Self.trailingDate(in: ownText, sessionDate: state.sessionDate, order: state.slashOrder)
      ?? Self.leadingDate(in: ownText, sessionDate: state.sessionDate, order: state.slashOrder)
      ?? Self.bracketedDate(in: ownText, sessionDate: state.sessionDate, order: state.slashOrder)
      ?? DueDateResolver.findBare(in: ownText, sessionDate: state.sessionDate, order: state.slashOrder)
      ?? DueDateResolver.findOn(in: ownText, sessionDate: state.sessionDate, order: state.slashOrder),
      !Self.isStartDate(found.words, in: dueText)
    {
      due = found.date.description
      evidence.append(Evidence(rule: "due", words: found.words))
    } else if let found = extra.lazy.compactMap({ self.dueField($0.text, state: state) }).first ?? state.headingDue {
      // "- due: before the budget hearing on 18 Mar" under the task; "### By 14 July" over it.
      due = found.date.description
      evidence.append(Evidence(rule: "due", words: found.words))
    }
    let (themes, themeEvidence) = themesOf(
      (extra.isEmpty ? ownAnalysis : nil) ?? SentenceAnalysis(fullText, rules: rules))
    return ExtractedItem(
      kind: .action, text: Self.display(fullText), location: text.firstLocation, owner: owner, due: due, done: false,
      themes: themes, actors: [], rule: rule, evidence: evidence + themeEvidence, strength: strength, section: nil)
  }

  /// An owner's words after the code of the item that opens them ("AP-0415-1 WASH Cluster" →
  /// "WASH Cluster", "A7.3 UNDP" → "UNDP"); `nil` where no such code opens them ("G20 ministers").
  public static func pastLeadingCode(_ owner: String) -> String? {
    guard let space = owner.firstIndex(of: " ") else { return nil }
    let code = owner[..<space]
    guard code.first?.isUppercase == true, code.contains(where: \.isNumber), code.contains(where: { $0 == "-" || $0 == "." }),
      code.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "." || $0 == "/" })
    else { return nil }
    let rest = owner[owner.index(after: space)...].trimmingBlanks
    return rest.first?.isUppercase == true ? rest : nil
  }

  /// Whether a promise is quoted as said and holds nothing to do: 'The chair promised to "look
  /// into it"', 'The mayor said he would "look at it"'. The quote marks keep the vagueness the
  /// speaker's.
  static func quotesVagueUndertaking(_ text: String) -> Bool {
    guard text.utf8.contains(UInt8(ascii: "\"")) || text.contains("\u{201C}") else { return false }
    let lowered = text.lowercased().replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
    return vagueUndertakings.contains { lowered.contains("\"" + $0) }
  }

  static let vagueUndertakings = [
    "look at it", "look into it", "look at this", "look into this", "look into that", "look at that", "see what can be done",
    "see what we can do", "see what i can do", "think about it", "consider it", "bear it in mind", "keep it in mind", "reflect on it",
  ]

  /// "… to the Programme Board at its next meeting", where the notes' calendar dates that body's
  /// meeting ("Programme Board – 26.09.2028"): that day.
  static func bodysNextMeeting(_ text: String, names: DatedNames?) -> DueDateResolver.Due? {
    guard let names, text.utf8.containsBytes(" its next ".utf8) || text.utf8.containsBytes(" their next ".utf8),
      let said = text.range(of: #"(?:[A-Z][\w'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*\s+at\s+(?:its|their)\s+next\s+\w+"#, options: .regularExpression),
      let at = text[said].range(of: " at "), let date = names.date(of: String(text[said][..<at.lowerBound]))
    else { return nil }
    return DueDateResolver.Due(date: date, words: String(text[said]))
  }

  /// A deadline named after an event the notes date where they name it: "before GA5" with "GA5:
  /// hosted by UTV …, 08/11/2028", "at the 100-day check-in" with "**100-day check-in:** Friday
  /// 1/6". The event's name is one to three words, and a one-word name holds a digit or capitals.
  private static let eventLeadPattern = NSRegularExpression.builtIn(
    "event lead",
    #"\b(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?)\s+before|before|by|at|until)\s+(?:the\s+)?(?:(?:end|opening|start|beginning|close)\s+of\s+(?:the\s+)?)?([A-Za-z0-9][\w.-]*(?:\s+[\w.-]+){0,2})"#,
    options: [])

  static func eventDated(_ text: String, names: DatedNames?) -> DueDateResolver.Due? {
    guard let names else { return nil }
    // "raise ask 5 at the partners' group and report back by the next board": each lead word in turn,
    // found in one pass over the text (not one per lead word, which a long line made quadratic).
    for match in eventLeadPattern.matches(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) {
      guard let said = Range(match.range, in: text) else { continue }
      // "by the end of sprint 14": the end of what ends on its day; "release 2.3." ends a sentence.
      // "six weeks before the opening of the tenth session": that many before its first day.
      let all = text[said].split(separator: " ")
      let counted = all.count > 3 && all[2].lowercased() == "before" ? DueDateResolver.number(String(all[0])) : nil
      let lead = ["before", "by", "at", "until", "the", "end", "of", "opening", "start", "beginning", "close"]
      let words = all.dropFirst(counted == nil ? 0 : 2).drop { lead.contains($0.lowercased()) }
        .map { $0.count > 1 && $0.hasSuffix(".") ? $0.dropLast() : $0 }
      for count in stride(from: min(3, words.count), through: 1, by: -1) {
        let name = words.prefix(count).joined(separator: " ")
        // "before the consultation closes": one word in small letters, when what it does follows.
        let acts = count < words.count && ["closes", "opens", "starts", "begins", "ends", "reopens", "meets", "goes"].contains(words[count].lowercased())
        guard name.count >= 3, count > 1 || acts || name.contains(where: { $0.isNumber || $0.isUppercase }), let date = names.date(of: name) else { continue }
        if let counted, let unit = all[1].lowercased().first {
          let earlier = unit == "m" ? date.adding(months: -counted) : date.adding(days: -(unit == "w" ? 7 * counted : counted))
          return DueDateResolver.Due(date: earlier, words: String(text[said]))
        }
        return DueDateResolver.Due(date: date, words: String(text[said]))
      }
    }
    return nil
  }

  /// Where a grant project's months are counted from, as consortium minutes say it: "M1 = February
  /// 2027", "project start on 1 February 2027", "Project start: 1 Feb 2027"; its month's first day.
  static func projectStart(in notes: String) -> CalendarDate? {
    // Most notes count no project months, as their bytes tell.
    guard notes.utf8.containsBytes("M1".utf8) || notes.utf8.containsBytes("roject start".utf8) else { return nil }
    let pattern = #"\bM1\s*(?:=|:|is)\s*([A-Za-z]+\.?\s+\d{4})|\b[Pp]roject\s+start(?:ed|s)?(?:\s+on|\s*:)?\s+((?:\d{1,2}\s+)?[A-Za-z]+\.?\s+\d{4})"#
    guard let match = notes.range(of: pattern, options: .regularExpression) else { return nil }
    let words = String(notes[match])
    guard let date = words.range(of: #"(?:\d{1,2}\s+)?[A-Za-z]+\.?\s+\d{4}$"#, options: .regularExpression)
      .flatMap({ DueDateResolver.find(in: "by " + words[$0], sessionDate: nil) })?.date
    else { return nil }
    return CalendarDate(year: date.year, month: date.month, day: 1)
  }

  /// A deadline in project months, counted from `start`: "Due: M18", "in M19", "end of M18" (the
  /// month's last day), "two weeks before its M20 deadline".
  static func projectMonthDue(_ text: String, start: CalendarDate?) -> DueDateResolver.Due? {
    guard let start, text.utf8.contains(UInt8(ascii: "M")) else { return nil }
    let pattern = #"(?:\b(\d{1,2}|one|two|three|four)\s+(weeks?|days?)\s+before\s+(?:its\s+|the\s+)?|\b(?:due|by|in|before|until|deadline)\s*:?\s*(?:the\s+)?(?:end\s+of\s+)?(?:project\s+month\s+)?)M(\d{1,2})\b"#
    guard let match = text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) else { return nil }
    let words = String(text[match])
    guard let month = words.range(of: #"M\d{1,2}$"#, options: .regularExpression).flatMap({ Int(words[$0].dropFirst()) }),
      (1...120).contains(month)
    else { return nil }
    var date = start.adding(months: month - 1).endOfMonth
    // "two weeks before its M20 deadline".
    if let before = words.range(of: " before") {
      let counted = words[..<before.lowerBound].split(separator: " ")
      if counted.count == 2, let count = DueDateResolver.number(String(counted[0])) {
        date = date.adding(days: -(counted[1].lowercased().hasPrefix("week") ? 7 * count : count))
      }
    }
    return DueDateResolver.Due(date: date, words: words)
  }

  /// The date a task's due-date line gives under it ("due: before the budget hearing on 18 Mar",
  /// "deadline: before the assembly (28 Mar)"), read as the task's own words would be.
  private func dueField(_ line: String, state: State) -> DueDateResolver.Due? {
    // "assignee: @l.moraes · milestone: Q4 2027": fields side by side, each read on its own.
    if line.contains(where: { $0 == "\u{00B7}" || $0 == "|" || $0 == ";" }) {
      let fields = line.split(whereSeparator: { $0 == "\u{00B7}" || $0 == "|" || $0 == ";" })
      if fields.count > 1 { return fields.lazy.compactMap { self.dueField(String($0), state: state) }.first }
    }
    let trimmed: String = line.trimmingBlanks.trimmingCharacters(in: "*_")
    // "Responsible: O. Stankutė. Deadline: iki kito posėdžio.": the deadline's field after the full
    // stop that ends the owner's.
    // "Responsible: A. Bērziņš" over "Deadline: līdz nākamajai sēdei": or the fields' lines, joined.
    if !trimmed.hasPrefix("Deadline:"),
      let field = trimmed.range(of: ". Deadline: ") ?? (trimmed.hasPrefix("Responsible:") ? trimmed.range(of: " Deadline: ") : nil)
    {
      return dueField(String(trimmed[trimmed.index(after: field.lowerBound)...]), state: state)
    }
    guard let colon = trimmed.prefix(16).firstIndex(of: ":") else { return nil }
    let label: String = String(trimmed[..<colon]).trimmingCharacters(in: "*_ ").lowercased()
    guard ["due", "deadline", "when", "by", "by when", "due date", "timeline", "milestone", "target date", "delivery", "delivery date"].contains(label) else { return nil }
    // "milestone: %\"Q4 2027\"": a tracker's quoting marks are no part of the date.
    // "Due: ~~31.12~~ 31.03": the struck date is withdrawn; "31.03" alone is a day and a month.
    let value = DueDateResolver.deadlineValue(
      String(trimmed[trimmed.index(after: colon)...]).trimmingCharacters(in: "*_ %\""), order: state.slashOrder)
    return Self.dueBefore(" " + value, sessionDate: state.sessionDate, nextMeeting: state.nextMeeting)
      ?? Self.dateAlone(value, leads: ["by "], sessionDate: state.sessionDate, order: state.slashOrder)
      ?? Self.byNextMeeting(value, date: state.nextMeeting, notes: state.notes)
      ?? Self.bracketedDate(in: value, sessionDate: state.sessionDate, order: state.slashOrder)
      ?? DueDateResolver.findBare(in: value, sessionDate: state.sessionDate, order: state.slashOrder)
      ?? Self.eventDated(value, names: state.datedNames)
  }

  private func themesOf(_ analysis: SentenceAnalysis) -> ([String], [Evidence]) {
    var words: [String: String] = [:]
    for match in analysis.matches where match.payload.category == .theme && words[match.payload.id] == nil {
      words[match.payload.id] = String(
        analysis.text[
          analysis.tokens[match.start].range.lowerBound..<analysis.tokens[match.end - 1].range.upperBound])
    }
    // Most texts name no theme: the rules' list need not be walked for them.
    if words.isEmpty { return ([], []) }
    let ordered = orderedThemes { words[$0] != nil }
    return (ordered, ordered.map { Evidence(rule: "theme:\($0)", words: words[$0] ?? "") })
  }

  /// The ids of the rules' themes that `isFound` accepts, in the rules' order.
  private func orderedThemes(_ isFound: (String) -> Bool) -> [String] {
    rules.themes.compactMap { isFound($0.id) ? $0.id : nil }
  }

  private func orderedActors(_ actors: [String]) -> [String] {
    if actors.isEmpty { return [] }
    return rules.actors.map(\.id).filter(actors.contains)
  }

  /// Bullets that word processors paste as characters, not as Markdown list markers.
  static let bulletCharacters: Set<Character> = [
    "\u{2022}", "\u{25E6}", "\u{25AA}", "\u{2023}", "\u{25CF}", "\u{25CB}", "\u{25A0}", "\u{00B7}", "\u{2043}", "\u{2013}",
    "\u{2014}", "\u{27A2}", "\u{2192}", "\u{25B8}", "\u{25BA}", "\u{25B6}", "\u{2713}", "\u{2714}", "\u{F0B7}",
    "\u{27A1}", "\u{27A1}\u{FE0F}", "\u{25AA}\u{FE0F}", "\u{25AB}\u{FE0F}",
  ]

  /// A paragraph's lines when bulleted lines stand under lines that name whom they are for
  /// ("**To donors (UNDP window, others)**"): each bulleted line with the actors of the line
  /// above it, each other line with `nil`. `nil` unless two bulleted lines stand under such
  /// lines; the lines that name whom are left out.
  func addressedBulletLines(_ block: MarkdownNode) -> [(LocatedText, [String]?)]? {
    // Most paragraphs are one line, or name no one to whom in bold: their bytes say so first.
    guard block.children.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }),
      block.children.contains(where: { $0.kind == .strong }) || block.plainText.contains("To ")
    else { return nil }
    let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
    var result: [(LocatedText, [String]?)] = []
    var current: [String]? = nil
    var bulleted = 0
    for line in lines {
      let words = line.text.trimmingCharacters(in: CharacterSet(charactersIn: "*_: "))
      if Self.droppingBullet(line).text != line.text {
        if let actors = current { bulleted += 1; result.append((line, actors)) } else { result.append((line, nil)) }
        continue
      }
      if ["To ", "For "].contains(where: words.hasPrefix), !words.hasSuffix("."), words.split(separator: " ").count <= 12,
        case let actors = Self.actorsNamed(in: words, rules: rules), !actors.isEmpty
      {
        current = actors
        continue
      }
      current = nil
      result.append((line, nil))
    }
    return bulleted >= 2 ? result : nil
  }

  /// The items of a paragraph whose lines were pasted as a bulleted list: two or more, the first
  /// line opening with a bullet and each item running to the next line that opens with one.
  /// `nil` for any other paragraph.
  static func pastedBulletItems(_ block: MarkdownNode, journalKey: [Character: JournalMark] = [:]) -> [LocatedText]? {
    // Most paragraphs open with a letter: only those that open with a bullet are split into lines.
    var first = block
    while first.kind != .text, let child = first.children.first { first = child }
    // "DEC" over "• 12/12 chase …": a future log's month, a label over the journal's lines.
    let monthLabel = !journalKey.isEmpty && first.kind == .text && first.literal.count <= 12 && first.literal.allSatisfy { $0.isUppercase || $0 == " " || $0.isNumber }
      && first.literal.contains(where: \.isLetter)
    guard first.kind == .text, let opening = first.literal.first, bulletCharacters.contains(opening) || journalKey[opening] != nil || monthLabel
    else { return nil }
    let lines = InlineText.lines(of: block).filter { !LocatedText(lines: [$0]).isEmpty }.dropFirst(monthLabel ? 1 : 0)
    guard lines.count > 1 || (lines.count == 1 && journalKey[opening]?.isTask == true) else { return nil }
    var groups: [[InlineText.Line]] = []
    for line in lines {
      let single = LocatedText(lines: [line])
      if droppingBullet(single).text != single.text || journalMark(of: single, in: journalKey) != nil {
        groups.append([line])
      } else if groups.isEmpty {
        return nil
      } else {
        groups[groups.count - 1].append(line)
      }
    }
    return groups.count > 1 || !journalKey.isEmpty ? groups.map { LocatedText(lines: $0) } : nil
  }

  /// Whether notes are a stand-up's: list lines labelled "Y:" and "T:", or "Yesterday:" and "Today:".
  static func isStandUp(_ notes: String) -> Bool {
    (notes.contains("- Y:") && notes.contains("- T:")) || (notes.contains("- Yesterday:") && notes.contains("- Today:"))
  }

  /// The length of a stand-up line's "today" label with the blanks after it ("T: ", "Today: "),
  /// or `nil`.
  static func standUpTodayLabel(_ text: String) -> Int? {
    for label in ["T:", "Today:"] where text.hasPrefix(label) {
      return label.count + text.dropFirst(label.count).prefix { $0 == " " }.count
    }
    return nil
  }

  /// The member a stand-up's heading names: a handle ("@lena") or a name of up to three words,
  /// without a remark in brackets ("Kofi (Zoom, Accra)").
  static func standUpMember(_ heading: String) -> String? {
    var name = heading.trimmingBlanks
    if let open = name.firstIndex(of: "(") { name = String(name[..<open]).trimmingBlanks }
    guard !name.isEmpty, name.split(separator: " ").count <= 3 else { return nil }
    if name.hasPrefix("@"), name.count > 1, !name.contains(" ") { return name }
    return looksLikeName(name) ? name : nil
  }

  /// The words of an item that is one quotation and nothing else but a drawing's description
  /// in brackets before it, or a tally or a remark in brackets after it: `[map] "TCSPP: 4
  /// listening sessions (6/6)" ●●●`. `nil` for any other item ("…," she said).
  /// A card quoted whole with its signer in brackets after it: ""I'll run …" (Sanjay, Brindle
  /// Foods)" → the words and "Sanjay"; "(no name)" signs none.
  static func signedCard(_ text: LocatedText) -> (card: LocatedText, signer: String?)? {
    let whole = text.text.trimmingBlanks
    guard let open = whole.first, open == "\"" || open == "\u{201C}", whole.hasSuffix(")"), let bracket = whole.lastIndex(of: "("),
      case let quoted = whole[..<bracket].trimmingBlanks, let close = quoted.last, close == "\"" || close == "\u{201D}", quoted.count > 2,
      let start = text.text.firstIndex(of: open)
    else { return nil }
    let inside = whole[whole.index(after: bracket)..<whole.index(before: whole.endIndex)].trimmingBlanks
    guard !inside.isEmpty, inside.split(separator: " ").count <= 8 else { return nil }
    let innerStart = text.text.index(after: start)
    guard let innerEnd = text.text[innerStart...].lastIndex(of: close), innerStart < innerEnd else { return nil }
    let unsigned = ["no name", "anonymous", "unsigned", "not signed", "no signature", "anon", "anon."].contains(inside.lowercased())
    let name = inside.split(separator: ",").first.map { String($0).trimmingBlanks } ?? inside
    guard unsigned || looksLikeName(name) else { return nil }
    return (text.slice(innerStart..<innerEnd), unsigned ? nil : name)
  }

  static func quotedCard(_ text: LocatedText) -> LocatedText? {
    var rest = text.text[...]
    while rest.hasPrefix("["), let close = rest.firstIndex(of: "]") { rest = rest[rest.index(after: close)...].drop { $0 == " " } }
    // "Y1 "POLICE: one named contact officer …" [11 dots]": a card's code on the wall before it.
    let code = rest.prefix(5).prefix { $0.isUppercase || $0.isNumber }
    if (2...4).contains(code.count), code.first?.isUppercase == true, code.last?.isNumber == true,
      rest.dropFirst(code.count).first == " "
    {
      rest = rest.dropFirst(code.count + 1)
    }
    guard let open = rest.first, open == "\"" || open == "\u{201C}" else { return nil }
    let closing: Character = open == "\"" ? "\"" : "\u{201D}"
    let inner = rest.dropFirst()
    guard let close = inner.firstIndex(of: closing), inner.startIndex < close else { return nil }
    var after = inner[inner.index(after: close)...].drop { $0 == " " }
    while after.hasPrefix("["), let end = after.firstIndex(of: "]") { after = after[after.index(after: end)...].drop { $0 == " " } }
    guard after.allSatisfy({ tallyMarks.contains($0) || $0 == " " || $0 == "." }) else { return nil }
    return text.slice(inner.startIndex..<close)
  }

  /// Whether a clause after `index` makes what goes before it depend on a condition: "… if the
  /// funding is approved", "… unless the ministry objects"; not "if needed", "if possible".
  static func onCondition(_ analysis: SentenceAnalysis, after index: Int) -> Bool {
    guard index < analysis.tokens.count else { return false }
    for position in (index + 1)..<analysis.tokens.count where ["if", "unless", "provided"].contains(analysis.norm(position)) {
      let next = analysis.norm(position + 1)
      if ["needed", "necessary", "possible", "required", "so", "any", "appropriate", "relevant", "useful", "helpful", "requested"].contains(next) {
        continue
      }
      return true
    }
    return false
  }

  /// The text with its first letter in capitals: an item shows as a sentence does.
  static func openingInCapitals(_ text: String) -> String {
    guard let first = text.first, first.isLowercase else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// What a bullet journal's signifiers mean, as its key gives them.
  enum JournalMark: Sendable {
    case task, done, migrated, scheduled, other
    var isTask: Bool { self != .other }
  }

  /// Bytes of which a key's label needs one ("Key:", "**Key**:", "Legend:", "Signifiers:").
  private static let journalKeyLabels = ["ey:", "EY:", "ey**:", "ey*:", "egend", "EGEND", "ignifiers", "IGNIFIERS", "ullets:", "ULLETS:"]
    .map { Array($0.utf8) }

  /// The signifiers a bullet journal's key line declares ("Key: • task · × done · > migrated · <
  /// scheduled · – note · ○ event"), when it names a task's: empty for other notes.
  static func journalKey(in notes: String) -> [Character: JournalMark] {
    guard notes.utf8.containsBytes("task".utf8) || notes.utf8.containsBytes("Task".utf8),
      notes.containsAnyBytes(journalKeyLabels)
    else { return [:] }
    for line in notes.split(separator: "\n", omittingEmptySubsequences: true).prefix(200) {
      // "`key:  • task   × done   > migrated`": in a code span, its entries set apart by blanks.
      let trimmed = line.trimmingBlanks.trimmingCharacters(in: CharacterSet(charactersIn: "*_ `"))
      guard let colon = trimmed.prefix(12).firstIndex(of: ":"),
        ["key", "legend", "signifiers", "bullets"].contains(trimmed[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).lowercased())
      else { continue }
      var key: [Character: JournalMark] = [:]
      let entries = trimmed[trimmed.index(after: colon)...]
      let parts = entries.contains(where: { "\u{00B7}|;,".contains($0) })
        ? entries.split(whereSeparator: { "\u{00B7}|;,".contains($0) }).map(String.init)
        : entries.components(separatedBy: "  ").filter { !$0.trimmingBlanks.isEmpty }
      for part in parts {
        let entry = part.trimmingBlanks
        let word = entry.dropFirst(2).lowercased().split(separator: " ").first.map(String.init) ?? ""
        // "o event": a small "o" stands for the circle a journal draws.
        guard let glyph = entry.first, !glyph.isLetter || glyph == "o", !glyph.isNumber, entry.dropFirst().first == " " else { continue }
        switch word {
        case "task", "tasks", "todo", "to-do": key[glyph] = .task
        case "done", "completed", "complete": key[glyph] = .done
        case "migrated", "moved", "forwarded": key[glyph] = .migrated
        case "scheduled": key[glyph] = .scheduled
        default: key[glyph] = .other
        }
      }
      if key.values.contains(.task) { return key }
    }
    return [:]
  }

  /// The signifier that opens a line of a bullet journal, and its meaning.
  static func journalMark(of text: LocatedText, in key: [Character: JournalMark]) -> (glyph: Character, mark: JournalMark)? {
    guard !key.isEmpty else { return nil }
    // "~~• ask …~~": a task struck through is still a line of its own.
    let line = text.text.hasPrefix("~~") ? text.text.dropFirst(2) : text.text[...]
    guard let glyph = line.first, let mark = key[glyph], line.dropFirst().first == " " else { return nil }
    // "* • @Tomas send me the mapping — Fri": a priority's mark before the task's.
    if mark == .other, case let next = line.dropFirst(2), let inner = next.first, let innerMark = key[inner], innerMark.isTask,
      next.dropFirst().first == " "
    {
      return (inner, innerMark)
    }
    return (glyph, mark)
  }

  /// The text without a pasted bullet that opens it ("• Donors should …", "– UNDP to …").
  static func droppingBullet(_ text: LocatedText) -> LocatedText {
    // "-[ ] Kofi to send …": a task box typed without its space, which no list reads.
    let opening = Array(text.text.utf8.prefix(2))
    if opening.count == 2, opening[0] == UInt8(ascii: "-") || opening[0] == UInt8(ascii: "*"), opening[1] == UInt8(ascii: "["),
      let box = ["-[ ] ", "-[x] ", "-[X] ", "*[ ] ", "*[x] "].first(where: { text.text.hasPrefix($0) })
    {
      let rest = text.text.dropFirst(box.count).drop { $0 == " " }
      if rest.startIndex < text.text.endIndex { return text.slice(rest.startIndex..<text.text.endIndex) }
    }
    guard let first = text.text.first, bulletCharacters.contains(first) else { return text }
    let rest = text.text.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
    guard rest.startIndex < text.text.endIndex, rest.startIndex > text.text.index(after: text.text.startIndex) else {
      return text
    }
    return text.slice(rest.startIndex..<text.text.endIndex)
  }

  /// The text without the code that numbers an item in some notes: "R1. …", "A2) …", "REC3: …",
  /// "R3 – …" (up to three capitals and three digits); "G20 governments …" keeps its "G20".
  /// The letters of the codes minutes give action points, recommendations and decisions.
  static let itemCodeLetters: Set<String> = ["AP", "AI", "A", "R", "REC", "D", "DEC", "AC"]

  /// The text after a chat's time stamp that opens it: "[11:48] Kibet: I'll draft …" → "Kibet:
  /// I'll draft …" (also "[11:48 AM]", "(9:05)").
  static func droppingTimestamp(_ text: LocatedText) -> LocatedText {
    let bytes = Array(text.text.utf8.prefix(26))
    if let first = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return droppingClock(text, bytes: bytes) }
    guard let open = bytes.first, open == UInt8(ascii: "[") || open == UInt8(ascii: "(") else { return text }
    let close = open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
    guard let end = bytes.firstIndex(of: close), end >= 5, end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: " ") else {
      return text
    }
    var stamp = String(decoding: bytes[1..<end], as: UTF8.self).uppercased()
    // "[10/03, 19:38]", "[10.03.33, 19:38:05]": a chat's export stamps the day before the time.
    if let comma = stamp.firstIndex(of: ","), case let day = stamp[..<comma], (3...10).contains(day.count),
      day.allSatisfy({ $0.isASCII && ($0.isNumber || "/.-".contains($0)) })
    {
      stamp = String(stamp[stamp.index(after: comma)...]).trimmingBlanks
    }
    let clock = stamp.hasSuffix(" AM") || stamp.hasSuffix(" PM") ? String(stamp.dropLast(3)) : stamp
    let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return text }
    var lower = text.text.utf8.index(text.text.startIndex, offsetBy: end + 2)
    // "[00:15:15] >> YOUTH DIR: …": live captions mark each change of speaker.
    if text.text[lower...].hasPrefix(">> ") { lower = text.text.index(lower, offsetBy: 3) }
    return text.slice(lower..<text.text.endIndex)
  }

  /// The text after a bare clock time that opens it, as a running record stamps each moment:
  /// "11:03 Dickson will go …", "14.30 – Chair asks …" (the next word in capitals).
  static func droppingClock(_ text: LocatedText, bytes: [UInt8]) -> LocatedText {
    func isDigit(_ index: Int) -> Bool { index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) }
    var index = isDigit(1) ? 2 : 1
    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") || bytes[index] == UInt8(ascii: "."), isDigit(index + 1), isDigit(index + 2),
      !isDigit(index + 3)
    else { return text }
    index += 3
    // "11:03 am", "11:03 –", "11:03:"
    for mark in [" am", " pm", " AM", " PM", "am", "pm"] where bytes[index...].starts(with: mark.utf8) {
      index += mark.utf8.count
      break
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    guard index < bytes.count else { return text }
    let after = text.text.utf8.index(text.text.startIndex, offsetBy: index)
    var words = text.text[after...]
    if let dash = words.first, "\u{2013}\u{2014}-".contains(dash) { words = words.dropFirst().drop { $0 == " " } }
    guard let opening = words.first, opening.isUppercase || opening == "\"" || opening == "\u{201C}" else { return text }
    return text.slice(words.startIndex..<text.text.endIndex)
  }

  /// An item without the label that numbers it: "Ask 1. The Ministry …", "Priority 2: …",
  /// "Key message 3 – …" (not "Ask the ministry …").
  /// An item of its section without the label that says what it is: "ACTION: UNDP — map donor
  /// funding" under Action items reads "UNDP — map donor funding".
  func droppingCueLabel(_ text: LocatedText, kind: ItemKind) -> LocatedText {
    guard text.text.utf8.prefix(24).contains(UInt8(ascii: ":")), let colon = text.text.firstIndex(of: ":") else { return text }
    // Only a label the rules know opens so: its words before the colon tell, before any reading.
    let head = text.text[..<colon].lowercased().trimmingBlanks
    guard rules.cues.contains(where: { cue in
      cue.kind == kind && cue.form == .label && cue.phrases.contains { $0.lowercased().hasPrefix(head) }
    }) else { return text }
    let analysis = SentenceAnalysis(text.text, rules: rules)
    guard let label = analysis.labelCue(), label.cue.kind == kind, label.words.hasSuffix(":"), label.rest < analysis.tokens.count
    else { return text }
    // "Action (UN Women): …", "[ACTION: KMO] …", "Rec. → TF: …": the label names the owner or
    // the addressee; it stays to be read.
    let start = analysis.tokens[label.rest].range.lowerBound
    // "Actions: (1) UNDP to draft …": the number after the label goes with it.
    if let next = Self.pastBracketedNumber(in: text.text, at: start) {
      guard !text.text[..<text.text.index(before: start)].contains(where: { "([@\u{2192}>".contains($0) }) else { return text }
      return text.slice(next..<text.text.endIndex)
    }
    guard !text.text[..<start].contains(where: { "([@\u{2192}>".contains($0) }) else { return text }
    return text.slice(start..<text.text.endIndex)
  }

  /// Where the words begin after a number in the brackets a label opened ("Actions: (1) UNDP …",
  /// `index` at "1"): at "UNDP"; `nil` when no such number stands at `index`.
  static func pastBracketedNumber(in text: String, at index: String.Index) -> String.Index? {
    guard index > text.startIndex, text[..<index].hasSuffix("("), let close = text[index...].prefix(4).firstIndex(of: ")"),
      close > index, text[index..<close].allSatisfy({ $0.isNumber || $0.isLetter })
    else { return nil }
    return text[text.index(after: close)...].firstIndex { $0 != " " }
  }

  static func droppingItemLabel(_ text: LocatedText) -> LocatedText {
    guard let first = text.text.first, "AaPpRrKkDdMmCcIi".contains(first) else { return text }
    let lowered = text.text.prefix(24).lowercased()
    guard let label = itemLabels.first(where: { lowered.hasPrefix($0 + " ") }) else { return text }
    var index = lowered.index(lowered.startIndex, offsetBy: label.count + 1)
    let code = lowered[index...].prefix { $0.isNumber || ($0.isLetter && $0.isASCII) }
    guard !code.isEmpty, code.count <= 3, code.contains(where: \.isNumber) || code.count == 1 else { return text }
    index = lowered.index(index, offsetBy: code.count)
    let mark = lowered[index...].prefix { ".:)–—- ".contains($0) }
    guard mark.contains(where: { ".:)–—-".contains($0) }), mark.last == " " else { return text }
    let offset = text.text.utf8.index(text.text.startIndex, offsetBy: lowered[..<index].utf8.count + mark.utf8.count)
    guard offset < text.text.endIndex else { return text }
    return text.slice(offset..<text.text.endIndex)
  }

  /// A transcript's answer labels ("A: …", "R: …" for "réponse", "Answer: …"): no part of what is said.
  public static let answerLabels = ["A: ", "R: ", "Answer: "]

  /// Labels that say a sentence records what a meeting agreed.
  static let agreementLabels = [
    "Agreed: ", "Agreed - ", "Agreed \u{2013} ", "Agreed \u{2014} ", "Decided: ", "Agreement: ", "AGREED: ", "DECIDED: ",
    "RESOLVED: ", "Resolved: ", "RESOLVED ", "DECIDED ",
    // "Agreed the shops on the parade should put …": agreed, its "that" left out.
    "Agreed the ",
  ]

  static let itemLabels = [
    "ask", "recommendation", "rec", "proposal", "priority", "key message", "message", "demand", "point",
    // A decision's or a commitment's number: "Acuerdo 2.", "Decision 3:", "Action point 4 –".
    "acuerdo", "compromiso", "decision", "decisión", "décision", "resolution", "commitment", "agreement", "action point",
    "action", "item",
  ]

  /// A task's code set off by a dot or bar: "T-38-01 · KV-02 (Hamid) to phone …" → "KV-02
  /// (Hamid) to phone …".
  static func droppingTaskCode(_ text: LocatedText) -> LocatedText {
    guard let end = taskCodeEnd(in: text.text[...]) else { return text }
    return text.slice(end..<text.text.endIndex)
  }

  /// Where the words after a task's code or a bracketed paragraph number begin: "T-38-01 · KV-02
  /// …", "[34] The Registrar …".
  static func taskCodeEnd(in text: Substring) -> String.Index? {
    // "[34] The Registrar is directed to …": a judgment's paragraph number in brackets.
    if text.utf8.first == UInt8(ascii: "[") {
      return text.range(of: #"^\[\d{1,3}\]\s+(?=\S)"#, options: .regularExpression)?.upperBound
    }
    guard let first = text.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
      text.utf8.prefix(24).contains(UInt8(ascii: "-"))
    else { return nil }
    return text.range(of: #"^[A-Z]{1,5}(?:-\d{1,4}){1,3}[a-z]?\s+[\u00B7\u2022|\u2013\u2014]\s+"#, options: .regularExpression)?.upperBound
  }

  static func droppingItemCode(_ text: LocatedText) -> LocatedText {
    let bytes = Array(text.text.utf8.prefix(16))
    var index = 0
    while index < bytes.count, index < 3, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index]) { index += 1 }
    let digitsStart = index
    while index < bytes.count, index - digitsStart < 3, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      index += 1
    }
    guard digitsStart > 0, index > digitsStart else { return text }
    let rest = Array(bytes[index...])
    let space = UInt8(ascii: " ")
    let start: Int
    if rest.count >= 2, [UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: ":")].contains(rest[0]), rest[1] == space {
      start = index + 2
    } else if rest.count >= 3, rest[0] == space, rest[1] == UInt8(ascii: "-"), rest[2] == space {
      start = index + 3
    } else if rest.count >= 5, rest[0] == space, rest[1] == 0xE2, rest[2] == 0x80, rest[3] == 0x93 || rest[3] == 0x94,
      rest[4] == space
    {
      // An en or em dash.
      start = index + 5
    } else if case let blanks = rest.prefix(while: { $0 == space }).count, blanks >= 1, rest.count > blanks,
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(rest[blanks]),
      itemCodeLetters.contains(String(decoding: bytes[..<digitsStart], as: UTF8.self))
    {
      // Minutes' codes standing alone: "AP5 Send the call …", "D4 SC recommends …" (not "G20
      // Leaders"), and lined up in a plain-text log: "R1  The customs authorities …".
      start = index + blanks
    } else {
      return text
    }
    let lower = text.text.utf8.index(text.text.startIndex, offsetBy: start)
    guard lower < text.text.endIndex else { return text }
    return text.slice(lower..<text.text.endIndex)
  }

  /// The text without the paragraph number of minutes that opens it ("2.5 On the proposal of …",
  /// "3.1.2 The meeting urged …", "4) Donors …", "2.6 2.5 million …"); a figure ("2.5 million
  /// people") stays.
  static func droppingNumber(_ text: LocatedText) -> LocatedText {
    let characters = text.text
    var index = characters.startIndex
    var dots = 0
    var digits = 0
    while index < characters.endIndex, characters[index].isASCII, characters[index].isNumber || characters[index] == "." {
      if characters[index] == "." { dots += 1 } else { digits += 1 }
      index = characters.index(after: index)
    }
    if index < characters.endIndex, characters[index] == ")", digits > 0 {
      dots += 1
      index = characters.index(after: index)
    }
    guard digits > 0, dots > 0, digits <= 6, index < characters.endIndex, characters[index] == " " else { return text }
    // A year that opens the text ("2030. Agenda targets …", written `2030\.` so as not to be a
    // list) is part of it.
    if dots == 1, digits == 4, let year = Int(characters[..<index].dropLast()), (1900...2100).contains(year) { return text }
    var next = index
    while next < characters.endIndex, characters[next] == " " { next = characters.index(after: next) }
    // A script without capitals (Korean, Arabic, Thai) opens its words with any letter.
    guard next < characters.endIndex,
      characters[next].isUppercase || characters[next].isNumber || "\"\u{201C}".contains(characters[next])
        || (characters[next].isLetter && !characters[next].isLowercase && !characters[next].isASCII)
    else {
      return text
    }
    return text.slice(next..<characters.endIndex)
  }

  /// The text after an owner that opens it, set off by a colon or a dash ("UNDP: share …",
  /// "UNDP — share …"); `nil` when the text does not open so. The owner is shown beside the item.
  static func droppingOwner(_ owner: String, from text: String) -> String? {
    guard let mark = [":", " \u{2014}", " \u{2013}", " -"].first(where: { text.hasPrefix(owner + $0 + " ") }) else {
      return nil
    }
    return String(text.dropFirst(owner.count + mark.count)).trimmingBlanks
  }

  /// A section item's text as a sentence of its own: an opening label or owner set off by a colon
  /// or dash left out ("Action (UNDP): share …", "UNDP: share …" → "Share …"), the first letter
  /// capitalised, and the ";", "; and" or "," that ran the item into the next in the notes made a
  /// full stop. A first word written with capitals inside ("eSwatini", "iOS") keeps its case.
  static func sentenceText(_ shown: String, droppingLabelOf original: String, owner: String?, rules: TaggingRules) -> String {
    var text = shown
    if let owner, let rest = droppingOwner(owner, from: text) {
      return sentenceText(rest, droppingLabelOf: "", owner: nil, rules: rules)
    }
    // A label is set off by a colon or a dash near the start: without one, no analysis is needed.
    let mayOpenWithLabel = original.utf8.prefix(120).contains {
      $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "-") || $0 == 0xE2
    }
    let analysis = SentenceAnalysis(mayOpenWithLabel ? original : "", rules: rules)
    if let label = analysis.labelCue(), label.words.hasSuffix(":"), label.rest < analysis.tokens.count {
      let prefix = display(String(original[..<analysis.tokens[label.rest].range.lowerBound]))
      // "[ACTION: KMO] Share …": a label in brackets stays whole with its bracket.
      if !prefix.isEmpty, !prefix.hasPrefix("["), text.hasPrefix(prefix) {
        text = String(text.dropFirst(prefix.count)).trimmingBlanks
      }
    } else if labelledOwner(in: original) != nil, let close = original.firstIndex(of: ")"),
      let mark = original[close...].firstIndex(where: { ":\u{2013}\u{2014}-".contains($0) })
    {
      // "A (Dr Okoro): convene …": the owner is the item's owner, the label no part of its text.
      let prefix = display(String(original[...mark]))
      if text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)).trimmingBlanks }
    }
    for ending in ["; and", "; or", ", and", ", or", ";", ","] where text.hasSuffix(ending) {
      text = String(text.dropLast(ending.count)) + "."
      break
    }
    let firstWord = text.prefix { !$0.isWhitespace }
    if let first = firstWord.first, first.isLowercase, first.isLetter,
      !firstWord.dropFirst().contains(where: { $0.isUppercase || $0.isNumber || $0 == "." })
    {
      text = first.uppercased() + text.dropFirst()
    }
    return text
  }

  /// Words struck out as GitHub writes it, which CommonMark leaves as text.
  /// As GitHub strikes words: `~~` right before a word and right after one (`~~ 10 groups ~~`,
  /// spaced, strikes nothing).
  static let struckOut = "~~(?=[^~\\s])[^~]*[^~\\s]~~"

  /// The text without struck-out words that open it, when words follow them: "~~Done~~
  /// Secretariat to book the room" reads "Secretariat to book the room".
  static func droppingLeadingStrike(_ text: LocatedText) -> LocatedText {
    guard text.text.hasPrefix("~~"), let match = text.text.range(of: "^" + struckOut + " +", options: .regularExpression),
      match.upperBound < text.text.endIndex
    else { return text }
    // "[x] ~~Amina to book the venue by 10 March~~ done": the words struck out as done are the
    // task, and the status after them says so.
    let after = String(text.text[match.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " .!()-\u{2013}\u{2014}")).lowercased()
    if ["done", "completed", "complete", "finished", "closed", "\u{2713}", "\u{2714}", "\u{2705}", "done \u{2705}", "done \u{2713}"].contains(after) {
      let words = text.text[text.text.index(text.text.startIndex, offsetBy: 2)...]
      guard let close = words.range(of: "~~") else { return text }
      return text.slice(words.startIndex..<close.lowerBound)
    }
    return text.slice(match.upperBound..<text.text.endIndex)
  }

  /// Whether a text says nothing once its struck-out words (`~~…~~`, as notes written for GitHub
  /// strike them) are left out: "~~Donors should fund conferences.~~ (withdrawn)".
  static func isStruckOut(_ text: String) -> Bool {
    guard text.utf8.containsBytes("~~".utf8) else { return false }
    let left = text.replacingOccurrences(of: struckOut, with: "", options: .regularExpression)
    guard left.utf8.count < text.utf8.count else { return false }
    let rest = left.trimmingCharacters(in: " .,;:-\u{2013}\u{2014}")
    // "~~DB to draft the survey~~ -> dropped, ILO already runs one": what follows the struck-out
    // item, after an arrow or a dash, says why.
    let commented = text.trimmingBlanks.hasPrefix("~~")
      && ["->", "\u{2192}", "=>", "\u{2014}", "\u{2013}", "- ", ":"].contains { left.trimmingBlanks.hasPrefix($0) }
    // "~~**KM8.** Security forces should …~~ GA vote: 2 in favour, 4 against. Deleted.": struck
    // out, and the words after say it was dropped.
    let dropped = text.trimmingBlanks.hasPrefix("~~") && droppingStems.contains(where: rest.lowercased().contains)
    return rest.isEmpty || (rest.hasPrefix("(") && rest.hasSuffix(")")) || rest.hasPrefix("[") || commented || dropped
  }

  /// Whether a text is the rapporteur's own aside, not the session's: "[Rapporteur's note: …]",
  /// "*Rapporteur's comment: ministries must …*".
  static func isRapporteursAside(_ text: String) -> Bool {
    let start = text.drop { "[(*_ ".contains($0) }
    // Every opening below starts with "ra", "ed", "no", "in", "tr" or "re": most sentences are settled
    // by their first two letters, before any lower-casing.
    let two = start.utf8.prefix(2).map { $0 | 0x20 }
    guard two.count == 2, asideOpenings.contains(where: { $0.elementsEqual(two) }) else { return false }
    let opening = String(start.prefix(40).lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    return ["rapporteur's note", "rapporteur's comment", "rapporteur note", "rapporteur comment", "editor's note",
      "note from the rapporteur", "note by the rapporteur", "interpreter's note", "interpreter note", "interp.:", "interp:",
      "translator's note", "note from the interpreter", "note by the interpreter", "reminder for editors", "reminder to editors",
      "note for editors", "note to editors", "editors' note", "editorial note"].contains { opening.hasPrefix($0) }
  }

  private static let asideOpenings = ["ra", "ed", "no", "in", "tr", "re"].map { Array($0.utf8) }

  /// Whether a line of a "You said, we did" record recalls what people asked before ("**You
  /// said:** the plan should be written in Haldani"): the ask reported back on, not a new one.
  /// Whether a text says of itself that it holds no item: "(HM also said \"more data sharing is
  /// needed\" but she said herself that's not one of the asks)", "… that's a wish not a
  /// recommendation".
  /// Whether a text quotes a modal as words, its quotation closing on it: "\"The council should\"
  /// appeared on nearly every sticky note": what people wrote, counted, not advice given.
  static func quotesAModalAsWords(_ text: String) -> Bool {
    guard text.utf8.count <= 400, text.contains(where: { $0 == "\"" || $0 == "\u{201D}" }) else { return false }
    let lowered = text.lowercased()
    return ["should\"", "should\u{201D}", "must\"", "must\u{201D}", "ought to\"", "ought to\u{201D}"].contains(where: lowered.contains)
  }

  static func saysItIsNoItem(_ text: String) -> Bool {
    guard text.utf8.containsBytes("not ".utf8) else { return false }
    let lowered = text.lowercased()
    return ["not one of the asks", "not one of our asks", "not an ask", "not a recommendation", "not one of the recommendations",
      "not a commitment", "not an outcome", "wish not a recommendation"].contains(where: lowered.contains)
  }

  static func recallsTheirAsk(_ text: String) -> Bool {
    guard let first = text.utf8.first(where: { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }), first | 0x20 == UInt8(ascii: "y")
      || first | 0x20 == UInt8(ascii: "l")
    else { return false }
    let opening = text.drop { $0 == "*" || $0 == "_" }.prefix(24).lowercased()
    return ["you said:", "you told us:", "you asked:", "you asked us:", "last time you said:", "last year you said:"].contains { opening.hasPrefix($0) }
  }

  /// Faces that laugh, as chat lines end a joke with them.
  private static let laughingFaces = ["\u{1F602}", "\u{1F923}", "\u{1F606}", "\u{1F605}"]
  private static let jestBytes = (["jok", "augh", "quip", "jest", "cheek", "lol", "haha"] + laughingFaces).map { Array($0.utf8) }

  /// Whether a sentence is said in jest ("Mr Wren joked that the UN must …", "…, to laughter: next
  /// time the coffee must be stronger") or sets a rule for the meeting itself ("Ground rule for
  /// the day: everyone must speak once").
  static func isJokeOrGroundRule(_ text: String) -> Bool {
    // "…; everyone must stick to time": the running of the meeting.
    if text.utf8.containsBytes(" to time".utf8), text.contains("stick to time") || text.contains("keep to time") { return true }
    if let first = text.utf8.first.map({ $0 | 0x20 }), first == UInt8(ascii: "g") || first == UInt8(ascii: "h") || first == UInt8(ascii: "r") {
      let opening = text.prefix(16).lowercased()
      if ["ground rule", "house rule", "rule of the day"].contains(where: { opening.hasPrefix($0) }) { return true }
    }
    // "The lead facilitator repeated the ground rule: members must not …".
    if text.utf8.containsBytes("rule:".utf8) || text.utf8.containsBytes("rules:".utf8) {
      let lowered = text.prefix(100).lowercased()
      if ["ground rule:", "ground rules:", "house rule:", "house rules:", "chatham house rule:"].contains(where: lowered.contains) { return true }
    }
    guard text.containsAnyBytes(jestBytes) else { return false }
    let lowered = text.lowercased()
    // A laughing face or "lol" in a chat line says it was not meant.
    let laughing = laughingFaces.contains { lowered.contains($0) }
      || lowered.hasSuffix(" lol") || lowered.contains(" lol ") || lowered.contains("haha")
    return laughing
      || [" joked", "jokingly", "half-joking", "in jest", "to laughter", "to general laughter", "(laughter", "[laughter", "(laughs)", "[laughs]",
        " quipped", "tongue-in-cheek", "tongue in cheek", "\u{2013} laughter", "\u{2014} laughter", "- laughter", "said laughing"]
        .contains { lowered.contains($0) }
  }

  /// Words that open a preambular paragraph of a resolution-style outcome: what it recalls or
  /// welcomes, not what it asks ("Welcoming the decision of ministers to establish …").
  static let preambularOpeners: Set<String> = [
    "Recalling", "Noting", "Welcoming", "Recognizing", "Recognising", "Acknowledging", "Reaffirming", "Bearing",
    "Expressing", "Emphasizing", "Emphasising", "Stressing", "Mindful", "Concerned", "Deeply", "Having", "Taking",
    "Affirming", "Considering", "Convinced", "Aware", "Guided", "Underlining", "Alarmed",
  ]

  /// Whether a text is a preambular paragraph: it opens with one of `preambularOpeners`, written
  /// with a capital, and ends with a comma or semicolon, as resolutions write them ("Taking the
  /// floor, the minister urged donors to …." is no such paragraph).
  static func isPreambular(_ text: String) -> Bool {
    // "PP3 (agreed) *Recognising* that …": past a paragraph's code and its status.
    if let first = text.first, first.isUppercase, let code = coded(text) { return isPreambular(String(code)) }
    // "PP1. *Recalling* …": past a paragraph's code and its full stop.
    if let first = text.first, first.isUppercase, case let code = text.prefix(while: { $0.isUppercase || $0.isNumber }),
      code.count >= 3, code.contains(where: \.isNumber), text.dropFirst(code.count).hasPrefix(". ")
    {
      return isPreambular(String(text.dropFirst(code.count + 2)))
    }
    let opening = text.drop { "*_ ".contains($0) }
    let first = opening.prefix { $0.isLetter }
    guard first.first?.isUppercase == true, recordingOpeners.contains(String(first)) || preambularOpeners.contains(String(first))
    else { return false }
    // "*Takes note of* the proposal … that donors should …", "Welcomes the offer …": an
    // operative paragraph that records what was said asks nothing itself.
    let rest = opening.dropFirst(first.count).drop { "*_ ".contains($0) }
    if recordingOpeners.contains(String(first)), !rest.hasPrefix(":"), first != "Takes" || rest.hasPrefix("note"),
      first != "Notes" || rest.hasPrefix("that ") || rest.hasPrefix("with ")
    {
      return true
    }
    guard preambularOpeners.contains(String(first)) else { return false }
    var ending = text.trimmingCharacters(in: " *_\n")
    // "…, and noting that three have done so, **[agreed]**": past the paragraph's status.
    if ending.hasSuffix("]"), let open = ending.lastIndex(of: "[") { ending = String(ending[..<open]).trimmingCharacters(in: " *_\n") }
    return ending.last.map { ",;".contains($0) } ?? false
  }

  /// Verbs that open an operative paragraph which records rather than asks: "Takes note of",
  /// "Welcomes", "Acknowledges with appreciation".
  static let recordingOpeners: Set<String> = [
    "Takes", "Welcomes", "Acknowledges", "Recalls", "Reaffirms", "Recognizes", "Recognises", "Commends", "Notes",
  ]

  /// Whether a line is where and when a text was signed, and nothing else: "Port Selwyn, 12 June
  /// 2024.", "Geneva, 3 March".
  static func isPlaceAndDate(_ text: String, sessionDate: CalendarDate?) -> Bool {
    guard text.utf8.count <= 64, text.utf8.contains(UInt8(ascii: ",")) else { return false }
    var trimmed = text.trimmingCharacters(in: " *_.\n")
    guard let comma = trimmed.lastIndex(of: ","), trimmed.utf8.count <= 60 else { return false }
    let place = trimmed[..<comma].split(separator: " ")
    trimmed = String(trimmed[trimmed.index(after: comma)...]).trimmingBlanks
    guard (1...4).contains(place.count), place.allSatisfy({ $0.first?.isUppercase == true }),
      trimmed.first?.isNumber == true || trimmed.first?.isUppercase == true
    else { return false }
    return dateAlone(trimmed, leads: ["by "], sessionDate: sessionDate) != nil
  }

  /// Whether a sentence says when and where a meeting is, and asks nothing: "The January review of
  /// the working group will be held on 1/21 in Lenholt.", "The next session is on 17 September.",
  /// "La reunión con el viceministro será el 2 de abril."
  static func announcesMeeting(_ text: String) -> Bool {
    guard text.utf8.count <= 240 else { return false }
    if opensWithNextMeetingDate(text) { return true }
    if text.containsAnyBytes(Self.sittingHints) {
      // "The Institute's board meets on 12 December", "The Committee will next sit on Tuesday …".
      let lowered = text.lowercased()
      if let verb = sittingWords.compactMap({ lowered.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
        let subject = lowered[..<verb.lowerBound].split(whereSeparator: { !$0.isLetter })
        if subject.count <= 8, subject.contains(where: { word in bodyNouns.contains(String(word)) || meetingNouns.contains { word.hasPrefix($0) } }),
          !subject.contains("to")
        {
          return true
        }
      }
    }
    guard text.containsAnyBytes(Self.announcingHints) else { return false }
    let lowered = text.lowercased()
    guard let verb = announcingWords.compactMap({ lowered.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
      return false
    }
    // The meeting is the subject: named before the verb, in the sentence's first words.
    let subject = lowered[..<verb.lowerBound]
    guard subject.split(separator: " ").count <= 12,
      meetingNouns.contains(where: { meeting in subject.split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix(meeting) } })
    else { return false }
    // "The secretariat will ensure the review is on the agenda" gives a task: no verb of its own
    // before the announcement.
    return !subject.contains(" to ") && !subject.contains(" will ") && !subject.contains(" should ")
  }

  /// "Next call 2 Apr, 10:00 CET, JK chairs", "Next plenary: 12 Dec": a line that dates the next
  /// meeting (not "Next meeting: UNDP to present …", a task for it).
  static func opensWithNextMeetingDate(_ text: String) -> Bool {
    // "※ 다음 회의: 2037년 4월 2일(목) 14:00": Korean, a reference mark before it.
    let korean = text.drop { "※*_ ".contains($0) }
    if korean.hasPrefix("다음 회의") || korean.hasPrefix("차기 회의") {
      return korean.dropFirst(5).prefix(16).contains(where: \.isNumber)
    }
    let lowered = text.lowercased()
    // "Próxima reunião: terça-feira, 18/03/2036", "Prochaine réunion : mardi 18 mars".
    if let foreign = ["próxima reunião", "próxima reunión", "prochaine réunion"].first(where: lowered.hasPrefix) {
      return lowered.dropFirst(foreign.count).prefix(32).contains(where: \.isNumber)
    }
    guard lowered.hasPrefix("next ") else { return false }
    // "Next PSC: Wed 12 March 2025": an acronym for the meeting.
    let acronym = text.dropFirst(5).prefix { $0.isUppercase || $0.isNumber || $0 == "-" }
    let named = (2...8).contains(acronym.count) && text.dropFirst(5 + acronym.count).first == ":" ? String(acronym).lowercased() : nil
    guard let noun = named ?? meetingNouns.first(where: { lowered.dropFirst(5).hasPrefix($0) }) else { return false }
    let rest = lowered.dropFirst(5 + noun.count).drop { $0 == ":" || $0 == " " || $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }
    guard let first = rest.first else { return false }
    if first.isNumber { return true }
    let word = rest.prefix { $0.isLetter }
    return word.count >= 3 && (DueDateResolver.weekdayNumber(String(word)) != nil || DueDateResolver.monthNumber(String(word)) != nil)
  }

  /// "See APs above", "as noted above": a pointer to items written elsewhere, no item itself.
  static func pointsElsewhere(_ text: String) -> Bool {
    guard text.utf8.count <= 120 else { return false }
    let lowered = text.lowercased()
    // "The panel's recommendations are listed above.", "Actions: see the table below."
    if ["are listed above", "are listed below", "is listed above", "is listed below", "are set out above", "are set out below",
      "appear above", "appear below", "are given above", "are given below"].contains(where: { lowered.contains($0) }),
      !lowered.contains(" should "), !lowered.contains(" must ")
    {
      return true
    }
    guard lowered.hasPrefix("see ") || lowered.hasPrefix("cf. ") || lowered.hasPrefix("as above") || lowered.hasPrefix("as noted")
    else { return false }
    return lowered.contains("above") || lowered.contains("below")
  }

  /// What notes call a meeting: "The next call is on …", "Next plenary: 12 Dec", "by the next sync".
  static let meetingNouns = [
    "meeting", "session", "call", "review", "workshop", "webinar", "conference", "forum", "sync", "retreat", "plenary",
    "consultation", "roundtable", "round table", "hearing", "baraza", "jirga", "shura", "mtg",
    "check-in", "catch-up", "dialogue", "reunión", "réunion", "sesión", "reunion", "reunião", "oficina", "meetup", "meet-up",
    "simulation", "summit", "seminar", "edition", "event", "sitting", "launch", "ceremony", "festival", "tournament",
  ]
  private static let announcingWords = [
    " will be held", " will take place", " takes place", " is scheduled", " are scheduled", " is planned for", " may be held",
    " shall be held", " shall take place",
    " will be announced",
    " is on ", " will be on ", " will be in ", " is set for", " será ", " aura lieu", " se celebrará", " tendrá lugar",
  ]

  /// Bytes of which a meeting's announcement holds one.
  /// Verbs by which a body's next sitting is announced, and their bytes.
  private static let sittingWords = [" meets on ", " meets again on ", " will meet on ", " will next meet", " next meets", " will next sit", " sits on ", " will sit on ", " reconvenes on "]
  private static let sittingHints = ["meets ", "meet on", "next meet", "next sit", "sits on", "sit on", "reconvenes"].map { Array($0.utf8) }
  /// Bodies whose sittings are announced.
  static let bodyNouns: Set<String> = [
    "board", "committee", "council", "group", "commission", "assembly", "parliament", "panel", "network", "forum", "bureau",
    "taskforce", "force", "platform", "cluster", "coalition",
  ]

  private static let announcingHints = ["held", "place", "schedul", "planned", "announced", " is on ", " be on ", " be in ", " set for", "ser\u{E1}", "aura", "celebrar", "tendr"]
    .map { Array($0.utf8) }

  /// Whether an item ends by saying it was called off: "… in the region (dropped)", "(cancelled:
  /// no funding)".
  static func isCancelled(_ text: String) -> Bool {
    var trimmed = text.trimmingBlanks
    // "[-] Co-write op-ed": a task plugin's cancelled task; "CANCELED Book the hotel", an outliner's.
    if trimmed.hasPrefix("[-] ") || trimmed.hasPrefix("CANCELED ") || trimmed.hasPrefix("CANCELLED ") { return true }
    while let last = trimmed.last, ".;".contains(last) { trimmed.removeLast() }
    if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
      let inside = trimmed[trimmed.index(after: open)...].lowercased()
      if cancellingWords.contains(where: { inside.hasPrefix($0) }) { return true }
    }
    return closedStatus(trimmed)
  }

  /// The stems a closing status holds, small or capitalised.
  static let closedStems = ["ancel", "ANCEL", "losed", "LOSED", "ropped", "ROPPED", "ithdrawn", "ITHDRAWN", "bandoned", "BANDONED"]
    .map { Array($0.utf8) }

  /// Whether a text opens by telling what the meeting decided: "It was resolved that …", "The
  /// meeting agreed that …".
  static func opensWithDecision(_ text: String) -> Bool {
    let opening = text.prefix(40).lowercased()
    return ["it was resolved that", "it was decided that", "it was agreed that", "resolved that", "the meeting resolved that",
      "the meeting decided that", "the meeting agreed that", "the committee resolved that", "the committee decided that",
      "the board resolved that", "the board decided that"].contains { opening.hasPrefix($0) }
  }

  /// A table cell that says the room did not take a row up: "Not endorsed", "Rejected", "For
  /// further discussion", "Deferred to the general assembly".
  static func isVerdictAgainst(_ cell: String) -> Bool {
    var words = cell.trimmingCharacters(in: " *_.~()[]").lowercased()
    // "**Deferred:** referred to the Council of County Governors for legal advice": the verdict
    // is the label before the colon.
    if words.utf8.count > 60, let colon = words.prefix(24).firstIndex(of: ":") {
      words = String(words[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: " *_"))
    }
    guard !words.isEmpty, words.utf8.count <= 60 else { return false }
    return setAsideLabels.contains { words.hasPrefix($0) }
  }

  static let cancellingWords = [
    "dropped", "cancelled", "canceled", "withdrawn", "abandoned", "scrapped", "no longer needed", "removed", "parked", "on hold",
    "superseded", "replaced by", "duplicate", "idea", "not agreed", "not taken forward", "abandonné", "abandonnée", "annulé", "annulée",
    "conditionnel", "conditional",
    "won't do", "won\u{2019}t do", "will not do", "wont do", "batal", "dibatalkan",
  ]

  /// Whether a task's text ends in a status saying it will not be done or was closed before:
  /// "… – CANCELLED, replaced by R6", "… – closed at SC-13", "~~book the room~~ cancelled",
  /// "… → dropped". A status of "done" alone keeps the task, done.
  /// A drafting record's paragraph code and status before the words: "OP5 (deleted – merged into
  /// OP1) We call on …" gives the status and the words.
  static func coded(_ text: String) -> Substring? {
    let code = text.prefix { $0.isUppercase || $0.isNumber || $0 == "*" }
    guard code.count >= 3, code.contains(where: \.isNumber), code.contains(where: \.isLetter) else { return nil }
    let rest = text.dropFirst(code.count).drop { $0 == " " || $0 == "*" }
    guard rest.hasPrefix("("), let close = rest.firstIndex(of: ")") else { return nil }
    return rest[rest.index(after: close)...].drop { $0 == " " }
  }

  /// Whether a drafting record's status says a paragraph is out: "OP5 (deleted …)", "(withdrawn)".
  static func withdrawnParagraph(_ text: String) -> Bool {
    guard let first = text.first, first.isUppercase, let words = coded(text) else { return false }
    let status = text[..<words.startIndex].lowercased()
    return ["deleted", "withdrawn", "bracketed", "dropped", "not agreed", "rejected"].contains { status.contains("(" + $0) }
  }

  /// The remark in brackets that ends a text ("… [most hands]", "… (dropped)") and the text
  /// before it, trimmed; `nil` when the text ends otherwise.
  static func closingRemark(_ text: String) -> (before: String, remark: String)? {
    let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    guard let last = trimmed.last, last == "]" || last == ")" else { return nil }
    let opening: Character = last == "]" ? "[" : "("
    guard let open = trimmed.lastIndex(of: opening), open > trimmed.startIndex else { return nil }
    return (String(trimmed[..<open]).trimmingBlanks, String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]))
  }

  static func closedStatus(_ text: String) -> Bool {
    if withdrawnParagraph(text) { return true }
    // A status stands at the end: only the last bytes are searched, once, for its stems.
    let tail = Array(text.utf8.suffix(96))
    guard tail.withUnsafeBufferPointer({ TextBytes.containsAny(closedStems, in: $0) }) else { return false }
    let lowered = text.lowercased()
    if cancellingWords.contains(where: { lowered == $0 }) { return true }
    let separators = [" \u{2013} ", " \u{2014} ", " - ", " -- ", " \u{2192} ", " -> ", " => ", ": ", "~~ ", ", "]
    for separator in separators {
      guard let cut = lowered.range(of: separator, options: .backwards) else { continue }
      let status = lowered[cut.upperBound...].drop { $0 == " " || $0 == "*" || $0 == "_" }
      let statusWords = cancellingWords + ["closed", "status: cancelled", "status: closed"]
      guard let word = statusWords.first(where: { status.hasPrefix($0) }) else { continue }
      // "– closed", "– CANCELLED, replaced by …", "– closed at SC-13"; not "– closed meetings are …".
      let after = status.dropFirst(word.count)
      let next = after.split(whereSeparator: { $0 == " " }).first.map(String.init)
      if after.first.map({ !$0.isLetter && $0 != " " }) ?? true
        || ["at", "on", "in", "since", "by", "as", "after", "because", "due", "and", "replaced", "\u{2013}", "\u{2014}", "-"].contains(next ?? "")
        || next?.first?.isNumber == true || next?.first == "("
      {
        return true
      }
    }
    return false
  }

  /// The text without what CommonMark leaves as text but editors mean as marks: footnote
  /// references (`plans[^2]`) and struck-out words (`fund ~~conferences~~ networks`).
  /// ✅, ❌, ➕ and 🛫 in UTF-8.
  private static let taskPluginDateBytes: [[UInt8]] = [[0xE2, 0x9C, 0x85], [0xE2, 0x9D, 0x8C], [0xE2, 0x9E, 0x95], [0xF0, 0x9F, 0x9B, 0xAB]]

  public static func droppingEditorMarks(_ text: String) -> String {
    var text = text
    if text.utf8.containsBytes("[^".utf8) {
      text = text.replacingOccurrences(of: "\\[\\^[A-Za-z0-9_-]{1,20}\\]", with: "", options: .regularExpression)
    }
    if text.utf8.containsBytes("~~".utf8) {
      text = text.replacingOccurrences(of: struckOut + " ?", with: "", options: .regularExpression)
    }
    // A task plugin's dates of completion, cancellation, creation and start ("✅ 2027-11-02"): when
    // it was done, not when it is due.
    if text.containsAnyBytes(taskPluginDateBytes) {
      text = text.replacingOccurrences(
        of: " ?(?:\u{2705}|\u{274C}|\u{2795}|\u{1F6EB})\u{FE0F}? ?\\d{4}-\\d{2}-\\d{2}", with: "", options: .regularExpression)
    }
    return text
  }

  /// The item's text as shown: blanks squeezed.
  static func display(_ text: String) -> String {
    // Direction overrides and isolates would make an item read otherwise than it is written.
    var text = DirectionControls.removed(from: droppingEditorMarks(text))
    // "·         PBSO to circulate …": a word processor's bullet, pasted as text.
    if let first = text.utf8.first, first >= 0x80, let glyph = text.first, wordProcessorBullets.contains(glyph),
      text.dropFirst().first?.isWhitespace == true
    {
      text = String(text.dropFirst().drop(while: \.isWhitespace))
    }
    if isSqueezed(text) { return text }
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }

  /// Bullets word processors write as characters, which pasted notes keep as text.
  public static let wordProcessorBullets: Set<Character> = [
    "\u{B7}", "\u{2022}", "\u{25AA}", "\u{25E6}", "\u{2023}", "\u{2219}", "\u{25CF}", "\u{25CB}", "\u{25A0}", "\u{25A1}",
    "\u{27A2}", "\u{27A4}", "\u{F0B7}", "\u{F0A7}",
  ]

  /// Whether squeezing leaves `text` as it is: no line feed or tab, and no space at either end or
  /// beside another (as most item texts are). Splitting such a text at its spaces and joining
  /// the pieces with one gives the text back, whichever spaces a character boundary splits at.
  static func isSqueezed(_ text: String) -> Bool {
    var previous = UInt8(ascii: " ")
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || (byte == UInt8(ascii: " ") && previous == byte) {
        return false
      }
      previous = byte
    }
    return previous != UInt8(ascii: " ")
  }

  // MARK: - Owners written out

  private static let explicitOwnerPattern: NSRegularExpression = {
    let source =
      "(?:^|[\\s(\\[;,*_])(?:owners?|lead(?:\\s+(?:dept\\.?|department|office|unit|agency))?|responsible|responsable|respons[áa]vel|ansvarig|vastuuhenkil[öo]t?|задужен[аи]?|zadužen[ai]?|mhusika|mas['\u{2019}]uul|resp\\.?|opr|assigned\\s+to|assignees?|point\\s+person|poc|point\\s+of\\s+contact|focal\\s+point|who|\u{0627}\u{0644}\u{0645}\u{0633}\u{0624}\u{0648}\u{0644}(?:\u{0629})?)\\s*[:=]\\s*\\**\\s*([^,;)\\]|\\n*]+?)\\s*(?=[,;)\\]|*\u{00B7}]|\\.?$|\\s+by\\s|\\s+due\\b|\\s+within\\b|\\s+until\\b|\\s+\\(|\\s+[-–—]\\s|(?:\\s+\\**(?:termin|frist|rok|plazo|prazo|d[ée]lai|[ée]ch[ée]ance|fecha|datum))?\\s*/\\s*\\**(?:date|due|deadline|when|by\\s+when)\\s*:|\\s+(?:what|when|deadline|due|due\\s+date|timeline|by\\s+when|status|sla|window|notes?|comments?|remarks?|\u{0627}\u{0644}\u{0645}\u{0648}\u{0639}\u{062F})\\s*:)"
    return .builtIn("owner", source)
  }()

  /// The party a RACI row makes responsible ("R: UNDP secretariat · A: co-chairs · C: …"): the
  /// one who does the work, named beside who is accountable (a placeholder when no one is yet,
  /// "R: ???").
  static func raciResponsible(in text: String) -> (owner: String, words: String)? {
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard raciPattern.firstMatch(in: text, range: range) != nil,
      let match = raciResponsiblePattern.firstMatch(in: text, range: range),
      let ownerRange = Range(match.range(at: 1), in: text), let wordsRange = Range(match.range, in: text)
    else { return nil }
    let owner = String(text[ownerRange]).trimmingCharacters(in: "*_ ")
    return (owner, String(text[wordsRange]).trimmingCharacters(in: " \u{B7}|;"))
  }

  /// An accountable party beside a responsible one: the mark of a RACI row.
  private static let raciPattern = NSRegularExpression.builtIn("RACI row", "(?:^|[\\s\u{B7}|;,(*_])A\\s*:\\s*\\S", options: [])
  private static let raciResponsiblePattern = NSRegularExpression.builtIn(
    "RACI responsible", "(?:^|[\\s\u{B7}|;,(*_])R\\s*:\\s*([^\u{B7}|;\\n]+?)\\s*(?=[\u{B7}|;]|\\s+[-\u{2013}\u{2014}]\\s|$)",
    options: [])

  /// Whether a text has a deadline field that names no date yet: "Deadline: TBD", "Due: not set".
  static func hasOpenDeadlineField(_ text: String) -> Bool {
    guard let field = ["Deadline:", "Due:", "Target date:"].lazy.compactMap({ text.range(of: $0) }).first else { return false }
    let value = text[field.upperBound...].prefix(30).trimmingCharacters(in: CharacterSet(charactersIn: " *_")).lowercased()
    // "Taim: i no klia yet (TBD)": the writer's own gloss says so.
    return ["tbd", "tbc", "to be decided", "to be confirmed", "not set", "not yet set", "open", "n/a"].contains(where: value.hasPrefix)
      || value.contains("(tbd)") || value.contains("(tbc)")
  }

  /// Whether a text gives an owner in a field and a due date: "… – responsible: the secretariat;
  /// in week 22", "… (lead: UNDP), by 15 October".
  static func isOwnedAndDated(_ text: String, sessionDate: CalendarDate?) -> Bool {
    guard text.utf8.contains(UInt8(ascii: ":")), mayGiveDate(text), let found = explicitOwner(in: text),
      found.owner.first?.isUppercase == true || looksLikeOwner(found.owner),
      let due = DueDateResolver.find(in: text, sessionDate: sessionDate), !isStartDate(due.words, in: text)
    else { return false }
    return true
  }

  /// Whether a text opens by naming an owner, as a field: "owner: Tomasz", "Lead – UNDP".
  static func onlyNamesOwner(_ text: String) -> Bool {
    if onlyLeads(text) { return true }
    guard let found = explicitOwner(in: text) else { return false }
    return text.trimmingBlanks.trimmingCharacters(in: "*_(").lowercased().hasPrefix(
      found.words.trimmingCharacters(in: "*_( ").lowercased().prefix(6))
  }

  /// Whether a text only says who leads ("UNDP to lead, with the Youth Network", "The Secretariat
  /// will coordinate"): under a task, it names the task's owner and gives no task of its own.
  static func onlyLeads(_ text: String) -> Bool {
    // "👤 Imam Rashid Benali + Pastor Ilse Varga": a mind map's or a board's person icon before a name.
    if text.hasPrefix("\u{1F464}") { return text.utf8.count < 120 && text.contains(where: \.isLetter) }
    guard text.utf8.count < 160, text.containsAnyBytesIgnoringCase(leadingBytes) else { return false }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    return leadsPattern.firstMatch(in: text, range: range) != nil
  }

  private static let leadingBytes = [" lead", " co-lead", " coordinate", " chair", " convene", " oversee", " own", " be responsible", " be in charge", " be the focal", " be focal"]
    .map { Array($0.utf8) }

  private static let leadsPattern: NSRegularExpression = {
    let owner = "(?:the\\s+)?[\\p{Lu}@][\\w.&'\u{2019}-]*(?:\\s+(?:[\\p{Lu}&][\\w.&'\u{2019}-]*|of|and|for|the|de|du|des|on))*"
    let role = "(?:co-?lead|lead|coordinate|own|chair|convene|oversee|take\\s+the\\s+lead|be\\s+(?:the\\s+)?(?:lead|responsible|in\\s+charge|focal\\s+point))"
    let partners = "(?:\\s*[,(]?\\s*(?:with|jointly\\s+with|together\\s+with|supported\\s+by|in\\s+cooperation\\s+with|assisted\\s+by)\\s[^.;]*?\\)?)?"
    let source = "^[\\s*_\u{2013}\u{2014}-]*\(owner)\\s+(?:to|will|would|shall|is\\s+to)\\s+\(role)(?:\\s+(?:this|it|on\\s+this|on\\s+it))?\(partners)[\\s*_]*[.;]?\\s*$"
    return .builtIn("sub-item that names who leads", source, options: [])
  }()

  /// `Owner: X`, `(owner: X)`, `Lead: X`, and the responsible party of a RACI row (`R: X · A: Y
  /// · C: Z · I: all`).
  /// An owner's names without the task written after them in a Scandinavian present tense:
  /// "Yonas Tesfay undersøker lokaler" → "Yonas Tesfay".
  static func droppingScandinavianTask(_ owner: String) -> String {
    let words = owner.split(separator: " ")
    guard words.count >= 3, let first = words.first, first.first?.isUppercase == true else { return owner }
    let joiners: Set<Substring> = ["og", "och", "and", "i", "de", "van", "von", "der", "af", "av"]
    let english: Set<Substring> = ["under", "other", "after", "over", "never", "either", "whether", "together", "power", "member", "water", "later", "per", "sooner"]
    for (index, word) in words.enumerated().dropFirst() {
      if word.first?.isUppercase == true || joiners.contains(word) { continue }
      guard word.count >= 5, word.hasSuffix("er"), !english.contains(word), index + 1 < words.count else { return owner }
      return words[..<index].joined(separator: " ")
    }
    return owner
  }

  /// The one "Assigned to Kofi A." names, up to the next field's dot or the line's end.
  static func assignedTo(in text: String) -> (owner: String, words: String)? {
    guard let match = assignedToPattern.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)),
      let name = Range(match.range(at: 1), in: text), let words = Range(match.range, in: text)
    else { return nil }
    let owner = text[name].trimmingBlanks
    guard !owner.isEmpty, owner.split(separator: " ").count <= 6, !isPlaceholder(owner) else { return nil }
    return (owner, text[words].trimmingBlanks)
  }
  private static let assignedToPattern = NSRegularExpression.builtIn(
    "assigned to", #"(?:^|\n|\s)(?:Assigned to|Completed by) ([^\x{00B7}|\n:]{2,60}?)\s*(?=\x{00B7}|\||\n|$|\son\s)"#, options: [])

  static func explicitOwner(in text: String) -> (owner: String, words: String)? {
    if text.utf8.containsBytes("R:".utf8), text.utf8.containsBytes("A:".utf8), let found = raciResponsible(in: text) { return found }
    // "Draft the form 👤 Mirela Stoica (youth council) 📅 28 Nov": the person icon an app (a
    // mind map, a board) puts before whom a task is given to.
    if text.utf8.containsBytes([0xF0, 0x9F, 0x91, 0xA4]), let mark = text.range(of: "\u{1F464}") {
      let rest = text[mark.upperBound...].drop { $0 == " " || $0 == "\u{FE0F}" }
      let name = rest.prefix { character in
        character != "\u{00B7}" && character != "|" && character != "\n"
          && !(character.unicodeScalars.first.map { $0.properties.isEmojiPresentation || $0.value >= 0x1F000 } ?? false)
      }.trimmingBlanks
      if name.contains(where: \.isLetter), name.utf8.count <= 80, !isPlaceholder(name) {
        return (name.split(separator: " ").map { $0.hasPrefix("@") && $0.count > 1 ? $0.dropFirst() : $0 }.joined(separator: " "), "\u{1F464} " + name)
      }
    }
    // "Assigned to Nadia K. · Due on Mar 20": a to-do app's line under its task.
    // "Completed by Lena M. on Mar 11": or the one who did it.
    if text.utf8.containsBytes("ssigned to ".utf8) || text.utf8.containsBytes("ompleted by ".utf8), let found = assignedTo(in: text) { return found }
    guard mayNameOwner(text) else { return bareOwnerField(in: text) }
    // "(owner: Nilsson, Sara)", "(lead: Finance, Admin and HR unit)": the whole bracket's words.
    if let bracketed = bracketedOwnerField(in: text) { return bracketed }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = explicitOwnerPattern.firstMatch(in: text, range: range),
      let ownerRange = Range(match.range(at: 1), in: text), let wordsRange = Range(match.range, in: text)
    else { return bareOwnerField(in: text) }
    var owner = String(text[ownerRange]).trimmingCharacters(in: "*_ ")
    // The owner ends where its sentence does ("Lead: I. Varga. Write to …" → "I. Varga").
    if let first = SentenceSplitter.split(owner + " X").first {
      let cut = String((owner + " X")[first])
      // "د. هالة منصور": a title's one-letter abbreviation ends no sentence.
      let letters = cut.trimmingCharacters(in: ". ")
      if letters.count > 1 || owner.utf8.count <= cut.utf8.count + 2 {
        owner = cut
      } else if let next = SentenceSplitter.split(owner + " X").dropFirst().first {
        owner = String((owner + " X")[first.lowerBound..<next.upperBound])
      }
    }
    // "Petrova A.V.": the full stop after a last initial is the initial's.
    let initialled = SentenceAnalysis.endsWithInitials(owner)
    while !initialled, let last = owner.last, last == "." || last == " " { owner.removeLast() }
    if owner.hasSuffix(" X") { owner.removeLast(2) }
    // "Owner: SB / Timescale: within 10 working days": the next field, after a slash, is no part of it.
    if let slash = owner.range(of: " / "), let colon = owner[slash.upperBound...].firstIndex(of: ":"),
      owner.distance(from: slash.upperBound, to: colon) <= 24, !owner[slash.upperBound..<colon].contains(" / ")
    {
      owner = String(owner[..<slash.lowerBound]).trimmingBlanks
    }
    // "AA Ref. 310 Termin /" before "Due:" on the next line: the next field's label in another language.
    if owner.hasSuffix("/"), owner.contains(" ") { owner = droppingOtherLanguageLabel(owner) }
    if owner.lowercased().hasPrefix("the ") { owner.removeFirst(4) }
    // "Ansvar: Åse Bråten og Marit Nygård Solheim lager invitasjon …": the names, then the verb of
    // what they do, in Norwegian, Danish or Swedish (present tense in "-er").
    owner = droppingScandinavianTask(owner)
    if owner.hasPrefix("@") { owner.removeFirst() }
    owner = droppingRoleAfterName(owner)
    guard !owner.isEmpty else { return nil }
    // "Owner: Secretariat, UNDP": owners named one after another, to the end of the text.
    var words = String(text[wordsRange]).trimmingBlanks
    // "Responsible: Recorder (Benny Sarai)": the role's holder, named in full in brackets after it.
    if case let after = text[wordsRange.upperBound...].drop(while: { $0 == " " }), after.hasPrefix("("),
      let close = after.prefix(60).firstIndex(of: ")"), let holder = personHoldingRole(owner + " " + after[...close])
    {
      words += " " + after[...close]
      return (holder, words)
    }
    var rest = text[wordsRange.upperBound...]
    while rest.hasPrefix(", ") || rest.hasPrefix(",") {
      let after = rest.drop { $0 == "," || $0 == " " }
      var name = after.prefix { $0 != "," && $0 != ";" && $0 != "." && $0 != "\u{00B7}" && $0 != "|" }
      // "R. Jakubauskas": an initial's full stop is the name's.
      if name.count == 1, name.first?.isUppercase == true, after.dropFirst().hasPrefix(". "),
        case let surname = after.dropFirst(3).prefix(while: { $0 != "," && $0 != ";" && $0 != "." && $0 != "\u{00B7}" && $0 != "|" }),
        surname.first?.isUppercase == true, !surname.contains(":")
      {
        name = after.prefix(3 + surname.count)
      }
      let trimmed = name.trimmingBlanks
      let ends = after.dropFirst(name.count)
      // "Arben Hoxha, Klodian Meta · Afati: …": the next field, after its separator, ends the names.
      guard !trimmed.isEmpty, looksLikeName(trimmed), !isTimingWords(trimmed), isAcronymOrName(trimmed),
        ends.isEmpty || ends.hasPrefix(",") || ends.trimmingBlanks == "." || ends.trimmingBlanks.isEmpty
          || ends.hasPrefix("\u{00B7}") || ends.hasPrefix("|")
          // "Atsakingi: V. Lapinas, R. Jakubauskas. Terminas: …": the next field after a full stop.
          || ends.hasPrefix(". ") && ends.dropFirst(2).prefix(24).contains(":") && ends.dropFirst(2).first?.isUppercase == true
      else { break }
      owner += ", " + trimmed
      words += ", " + trimmed
      rest = ends
    }
    return (owner, words)
  }

  /// The person a one-person post names in brackets after it, in full ("Recorder (Benny Sarai)",
  /// "formanden (Birgitte Lund-Ravn)" → the name); `nil` where the bracket holds initials or a
  /// title ("Secretary (K. Obi)", "Chair (Mr Ndiaye-Larsen)") or the words before it are a body's
  /// ("Council of Churches (Sister Agnes)", "Joint secretariat (Priya Castellane)").
  static func personHoldingRole(_ owner: String) -> String? {
    guard owner.hasSuffix(")"), let open = owner.lastIndex(of: "("), open > owner.startIndex else { return nil }
    let role = owner[..<open].trimmingBlanks
    let inside = owner[owner.index(after: open)..<owner.index(before: owner.endIndex)].trimmingBlanks
    // A one-person post only: a body's name ("Council of Churches (Sister Agnes)") is its owner.
    let post = role.lowercased().hasPrefix("the ") ? role.dropFirst(4).lowercased() : role.lowercased()
    guard onePersonPosts.contains(post), isFullPersonalName(inside) else { return nil }
    return inside
  }

  /// Posts one person holds, as notes name them before the holder's name in brackets.
  static let onePersonPosts: Set<String> = [
    "recorder", "chair", "chairperson", "chairman", "chairwoman", "co-chair", "vice-chair", "secretary", "rapporteur", "coordinator",
    "facilitator", "convenor", "convener", "president", "moderator", "minute-taker", "clerk", "treasurer", "host", "focal point",
    "formanden", "formand", "forkvinden", "ordförande", "puheenjohtaja", "vorsitzende", "vorsitzender", "président", "présidente",
  ]

  /// Whether words are a person's name written in full: two to four words, each a capital and
  /// small letters ("Birgitte Lund-Ravn", "Priya Castellane"), no initial and no title first.
  static func isFullPersonalName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (2...4).contains(words.count), let first = words.first,
      !["mr", "mrs", "ms", "dr", "prof", "sr", "rev", "cllr", "hon", "sir", "dame", "amb", "pastor", "sheikh", "fr"].contains(first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    else { return false }
    return words.allSatisfy { word in
      word.count >= 2 && word.first?.isUppercase == true && word.contains(where: \.isLowercase)
        && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }
  }

  /// A person's name without the role written after it in small letters, as Hungarian and other
  /// languages write it ("Molnár Tibor közbiztonsági referens" → "Molnár Tibor", "Oláh Renáta
  /// intézményvezető" → "Oláh Renáta"); any other owner as it is ("Youth Forum secretariat").
  public static func droppingRoleAfterName(_ owner: String) -> String {
    let words = owner.split(separator: " ")
    guard words.count >= 3, words.count <= 6 else { return owner }
    let titles: Set<String> = ["dr.", "dr", "prof.", "mr", "mr.", "ms", "ms.", "mrs", "mrs."]
    let opening = words.drop { titles.contains($0.lowercased()) }
    let name = opening.prefix { word in
      word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
    }
    let role = opening.dropFirst(name.count)
    let bodies: Set<String> = [
      "secretariat", "team", "office", "unit", "staff", "members", "member", "committee", "council", "group", "network", "forum",
      "department", "ministry", "and", "or", "with", "of", "the", "to", "for", "tbc", "tbd", "cluster", "coalition", "platform",
      "agency", "centre", "center", "association", "initiative", "programme", "program", "project", "board", "panel", "alliance",
      "union", "service", "services", "police", "foundation", "fund", "trust", "institute", "commission", "authority", "bureau",
      "desk", "hub", "taskforce", "force", "working", "club", "school", "university", "mission", "embassy", "bank", "house",
    ]
    guard (2...3).contains(name.count), (1...3).contains(role.count),
      role.allSatisfy({ word in word.allSatisfy { $0.isLetter && $0.isLowercase } && !bodies.contains(String(word)) }),
      !name.contains(where: { bodies.contains($0.lowercased()) })
    else { return owner }
    return name.joined(separator: " ")
  }

  /// An owner field in brackets, to its closing bracket: "(owner: Nilsson, Sara)".
  static func bracketedOwnerField(in text: String) -> (owner: String, words: String)? {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) else { return nil }
    let labels = ["owner:", "owners:", "lead:", "responsible:", "who:", "resp.:", "focal point:"]
    for field in labels {
      for (opening, closing) in [("(", ")" as Character), ("[", "]")] {
        guard let open = text.range(of: opening + field, options: .caseInsensitive),
          let close = text[open.upperBound...].firstIndex(of: closing),
          !text[open.upperBound..<close].contains(where: { $0 == "(" || $0 == "[" })
        else { continue }
        var owner = text[open.upperBound..<close].trimmingBlanks.trimmingCharacters(in: "*_ ")
        // "(Lead: NPCC; timeline: end-February)": the next field is no part of the name.
        if let end = owner.firstIndex(where: { $0 == ";" || $0 == "|" }) { owner = String(owner[..<end]).trimmingBlanks }
        // A full stop ends the name, not an initial's ("Smith, J.").
        while owner.hasSuffix("."), let last = owner.split(separator: " ").last, last.count > 2 { owner.removeLast() }
        // "(owner: Secretariat, by 30 June)": a date beside the name is no part of it.
        owner = droppingDates(owner)
        // "(owner: Sunita Rao, with Pastor Ade Balogun and Imam Bilal Karimi)": the lead owns it;
        // those with her help.
        if let with = owner.range(of: ", with ") { owner = String(owner[..<with.lowerBound]).trimmingBlanks }
        // "(owner: TBD)" is returned as written: the caller reads it as no one yet.
        guard !owner.isEmpty else { return nil }
        return (owner, String(text[open.lowerBound...close]))
      }
    }
    return nil
  }

  /// "follow up with Meta - owner Léa, due end of March": an owner field written without a colon.
  static func bareOwnerField(in text: String) -> (owner: String, words: String)? {
    guard text.utf8.count < 400, text.contains("owner ") || text.contains("Owner ") else { return nil }
    let range = NSRange(text.startIndex..<text.endIndex, in: text)
    guard let match = bareOwnerPattern.firstMatch(in: text, range: range), let ownerRange = Range(match.range(at: 1), in: text),
      let wordsRange = Range(match.range, in: text)
    else { return nil }
    let owner = String(text[ownerRange]).trimmingCharacters(in: "@ ")
    guard !owner.isEmpty, !isPlaceholder(owner) else { return nil }
    return (owner, String(text[wordsRange]).trimmingCharacters(in: " -\u{2013}\u{2014},;("))
  }

  private static let bareOwnerPattern: NSRegularExpression = .builtIn(
    "bare-owner", "(?:^|\\s[-\u{2013}\u{2014}]|[,;(])\\s*[Oo]wner\\s+(@?\\p{Lu}[\\p{L}.@'\u{2019}-]*(?:\\s+\\p{Lu}[\\p{L}'\u{2019}-]*){0,2})\\s*(?=[,;)]|$)", options: [])

  /// Whether a short text is one name: an acronym ("UNDP") or up to three capitalised words.
  static func isAcronymOrName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
  }

  /// Words that end the keywords of `explicitOwnerPattern` before its `:` or `=`.
  private static let ownerKeywordEnds = [
    "owner", "owners", "lead", "responsible", "responsable", "resp", "resp.", "opr", "to", "person", "poc", "contact", "point", "who",
    "dept", "dept.", "department", "office", "unit", "agency", "mhusika", "responsavel", "mas'uul", "ansvarig",
  ]
    .map { Array($0.utf8) }

  /// Whether `explicitOwnerPattern` can match: some `:` or `=` must stand in the text, and in ASCII
  /// text follow one of its keywords, blanks between (most texts have none). Other text with a
  /// `:` or `=` goes to the pattern (case folding may turn other letters into its keywords).
  static func mayNameOwner(_ text: String) -> Bool {
    let isASCII = text.isASCII
    let bytes = Array(text.utf8)
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: ":") || byte == UInt8(ascii: "=") {
      guard isASCII else { return true }
      var end = offset
      while end > 0, (0x09...0x0D).contains(bytes[end - 1]) || bytes[end - 1] == 0x20 { end -= 1 }
      let before = bytes[..<end]
      let keywordEnds = ownerKeywordEnds.contains { keyword in
        before.count >= keyword.count && zip(before.suffix(keyword.count), keyword).allSatisfy { $0 | 0x20 == $1 }
      }
      if keywordEnds { return true }
    }
    return false
  }

  /// The owner a pinned list names before an arrow, the task after it: "Nilu → reporting form in
  /// Lissan, within 10 days", "Tomas + Aida → one sheet …", "everyone → October logs in" (not a
  /// label, "Ask → …", nor a condition, "If … → …").
  static func arrowedOwner(in text: String) -> String? {
    guard let arrow = [" \u{2192} ", " -> "].lazy.compactMap({ text.prefix(48).range(of: $0) }).first else { return nil }
    let owner = text[..<arrow.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    guard !owner.isEmpty, !text[arrow.upperBound...].trimmingBlanks.isEmpty else { return nil }
    let names = owner.components(separatedBy: " + ").flatMap { $0.components(separatedBy: " & ") }.flatMap { $0.components(separatedBy: " and ") }
      .map { $0.trimmingBlanks }
    guard (1...3).contains(names.count), names.allSatisfy({ name in
      let words = name.split(separator: " ")
      return !words.isEmpty && words.count <= 3
        && (rolePlurals.contains(name.lowercased()) || ownerRoles.contains(name.lowercased())
          || words.allSatisfy { $0.first?.isUppercase == true && !$0.contains(where: \.isNumber) } && looksLikeName(name))
        && !ownerColonNonNames.contains(name.lowercased())
        && !["ask", "asks", "rec", "recommendation", "action", "actions", "if", "then", "we", "i", "you"].contains(name.lowercased())
    }) else { return nil }
    return owner
  }

  /// Marks that set an owner or a due date off from the task in note-style actions.
  static let ownerSeparators = [" \u{2014} ", " \u{2013} ", " - ", " | ", " \u{2192} ", " -> ", " \u{B7} "]

  /// An owner set off at the end of a note-style action: "Circulate the draft — UNDP — 31 Oct",
  /// "Book the venue | Secretariat", "Circulate the draft → IOM, 2 weeks". A short name or
  /// acronym, or a role ("— secretariat"), not a date or a clause.
  static func separatedOwner(in text: String) -> String? {
    var segments: [String] = [text]
    for separator in ownerSeparators {
      segments = segments.flatMap { $0.components(separatedBy: separator) }
    }
    guard segments.count >= 2 else { return nil }
    for segment in segments.dropFirst() {
      // "· 👤 Lin (EduSafe)": a pictograph labels the field.
      var candidate = droppingDates(droppingPictographs(segment.trimmingBlanks))
      // "| Lead: Secretariat |": the field's value; "| By: 31 May |" names no one.
      if let colon = candidate.firstIndex(of: ":") {
        let label = String(candidate[..<colon]).trimmingCharacters(in: " *_").lowercased()
        guard ownerFieldLabels.contains(label) else { continue }
        candidate = String(candidate[candidate.index(after: colon)...]).trimmingCharacters(in: " *_")
        if isPlaceholder(candidate) { continue }
      }
      // "Owner - Secretariat. Circulate minutes.": the owner's name ends with its sentence (not at
      // a title's or an initial's full stop: "Dr. Wen", "J. Smith").
      if let stop = candidate.range(of: ". "), case let last = candidate[..<stop.lowerBound].split(separator: " ").last ?? "",
        last.count > 1, !SentenceAnalysis.personalTitles.contains(last.lowercased())
      {
        candidate = String(candidate[..<stop.lowerBound])
      }
      while let last = candidate.last, ".;,".contains(last) { candidate.removeLast() }
      // "— Rustam, finance —": a remark in small letters after the name.
      candidate = droppingRemark(candidate)
      // "— Ana Costa (by 25 September)": the date in brackets is no part of the name.
      candidate = droppingBracketedTiming(candidate)
      // "— the Secretariat (KM) —": an article is no part of the owner's name.
      if candidate.hasPrefix("the "), candidate.dropFirst(4).first?.isUppercase == true { candidate.removeFirst(4) }
      let name = candidate.hasPrefix("@") ? String(candidate.dropFirst()) : candidate
      guard candidate.hasPrefix("@") ? !name.contains(" ") && !name.isEmpty : looksLikeOwner(name) else { continue }
      if isTimingWords(candidate) { continue }
      return name
    }
    return nil
  }

  /// The first word after a date that opens an item and is set off by a colon or a dash: "Due 30
  /// June: …", "By Friday – …", "15/10: …"; `nil` when the item opens otherwise.
  static func afterLeadingDate(_ analysis: SentenceAnalysis) -> Int? {
    guard analysis.tokens.count > 2 else { return nil }
    for index in 1..<min(analysis.tokens.count, 8) {
      let gap = analysis.gap(before: index)
      guard gap.contains(":") || gap.contains("\u{2013}") || gap.contains("\u{2014}") || gap.contains(" - ") else { continue }
      let words = analysis.text[..<analysis.tokens[index - 1].range.upperBound]
      return isTimingWords(String(words)) ? index : nil
    }
    return nil
  }

  /// A name without the timing in brackets that closes it: "UNEP (Q1 2025)" → "UNEP".
  static func droppingBracketedTiming(_ name: String) -> String {
    guard name.hasSuffix(")"), let open = name.lastIndex(of: "("),
      isTimingWords(String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
    else { return name }
    return String(name[..<open]).trimmingBlanks
  }

  /// Labels of a column that names a task's owner ("| Lead: UNDP |").
  static let ownerFieldLabels: Set<String> = [
    "lead", "leads", "owner", "owners", "responsible", "who", "poc", "focal point", "point person", "assigned to", "resp", "opr",
    "ansvarig", "ansvariga",
  ]

  /// An owner's words without the due date written beside them: "UNDP, 30 Oct" and "OHCHR, by
  /// 30/10" are "UNDP" and "OHCHR".
  static func droppingDates(_ text: String) -> String {
    guard text.contains(",") || text.contains(";") || text.contains("|") else { return text }
    let parts = text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "|" }).map { $0.trimmingBlanks }
    // "TBD" stays: it says no one owns the task yet, which the caller reads as no owner.
    let kept = parts.filter { !isTimingWords($0) || isPlaceholder($0) }
    return kept.isEmpty || kept.count == parts.count ? text : kept.joined(separator: ", ")
  }

  /// Whether words set off beside a task give when it is due, not who owns it: "30 Oct",
  /// "by 30/10", "due Friday", "within two weeks".
  static func isDueWords(_ text: String) -> Bool {
    let lowered = text.lowercased()
    if ["by ", "due", "within", "deadline", "before ", "until "].contains(where: { lowered.hasPrefix($0) }) { return true }
    return DueDateResolver.namesDate(in: "by " + text) || DueDateResolver.namesDate(in: "within " + text)
  }

  /// Words beside a task that say when, not by whom, without giving a date.
  static let timingWords: Set<String> = [
    "asap", "a.s.a.p", "soon", "urgent", "urgently", "immediately", "ongoing", "on-going", "tbc", "tbd", "tba", "n/a",
    "as soon as possible", "when possible", "no date set", "no date", "no deadline", "undated", "date tbc", "date tbd",
  ]
  /// Timing words that open no name, so words may follow them ("TBC (depends on funding)").
  static let timingOpeners: Set<String> = ["asap", "ongoing", "on-going", "tbc", "tbd", "tba", "n/a", "from", "starting", "weekly", "monthly", "daily"]

  /// Whether words set off beside a task say when it is due: a date ("30 Oct", "2 weeks") or a
  /// timing without one ("asap", "ongoing").
  static func isTimingWords(_ text: String) -> Bool {
    let lowered = text.lowercased().trimmingCharacters(in: " .!()")
    let firstWord = lowered.prefix { $0 != " " }
    // "(Thursday night)", "(Friday)": when it was done or is due, not who does it.
    let words = lowered.split(separator: " ")
    if dayNames.contains(String(firstWord)), words.count == 1 || (words.count == 2 && partsOfDay.contains(String(words[1]))) { return true }
    return timingWords.contains(lowered) || timingOpeners.contains(String(firstWord)) || isDueWords(text)
  }

  static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "noon", "lunchtime", "am", "pm"]

  /// Whether a short text reads as a name: one to five words, the first capitalised, none of
  /// them a word that no owner has ("agreed", "see", …).
  static func looksLikeName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard (1...5).contains(words.count), let first = text.first, first.isUppercase, text.count > 1 else { return false }
    // An acronym is a name whatever word it spells ("WHO").
    let isAcronym = { (word: Substring) in word.count >= 2 && word.allSatisfy { $0.isUppercase || $0 == "-" } }
    if words.contains(where: { !isAcronym($0) && SentenceAnalysis.notOwnerWords.contains($0.lowercased()) }) { return false }
    // "Treasurer to circulate the accounts": a task, not a name ("Committee to Protect Journalists" is).
    if let to = words.firstIndex(of: "to"), to + 1 < words.count, words[to + 1].first?.isLowercase == true { return false }
    return !words.contains { $0.first?.isLowercase == true && ($0.hasSuffix("ed") || $0.hasSuffix("ing")) }
  }

  /// A first name or a role as hurried notes write it, in small letters: "jess: type up the notes",
  /// "secretariat: book the room"; not a word of the language ("budget: …") nor a label ("note: …").
  static func looksLikeNameInSmallLetters(_ text: String) -> Bool {
    if ownerRoles.contains(text) { return true }
    guard (3...12).contains(text.count), text.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
    return !CommonWords.contains(text) && !leadingLabels.contains(text) && !SentenceAnalysis.notOwnerWords.contains(text)
  }

  /// Roles written in small letters that name an owner when set off in an action ("(rapporteur)",
  /// "— secretariat").
  static let ownerRoles: Set<String> = [
    "rapporteur", "rapporteurs", "secretariat", "chair", "chairs", "co-chair", "co-chairs", "moderator", "moderators",
    "facilitator", "facilitators", "co-facilitators", "organisers", "organizers", "host", "hosts", "focal point",
    "focal points", "presenters", "panellists", "panelists", "speakers", "board", "bureau", "treasurer", "general secretary", "secretary",
    "team", "teams", "coordinator", "coordinators", "officers", "volunteers", "observers", "trainers", "monitors", "clerk", "assistant clerk", "recording clerk",
  ]

  /// Whether words in small letters name one who serves a body, whose work the body gives: a
  /// role the owner roles name, or one of up to three words ending in an officer's title ("fund
  /// manager", "executive secretary", "registrar").
  static func isOfficer(_ lowered: String) -> Bool {
    if ownerRoles.contains(lowered) { return true }
    let words = lowered.split(separator: " ")
    return (1...3).contains(words.count) && words.last.map { officerTitles.contains(String($0)) } == true
  }

  static let officerTitles: Set<String> = [
    "manager", "officer", "director", "registrar", "treasurer", "secretary", "secretariat", "coordinator", "clerk", "rapporteur",
    "rapporteurs", "bureau", "president", "chair", "chairperson",
  ]

  /// Whether a short text set off beside a task names its owner: a name, or a role in small letters.
  static func looksLikeOwner(_ text: String) -> Bool {
    if looksLikeName(text) || ownerRoles.contains(text.lowercased()) { return true }
    // "group rapporteurs", "all facilitators": a role with a word or two before it.
    let words = text.lowercased().split(separator: " ")
    return (2...3).contains(words.count) && words.last.map { ownerRoles.contains(String($0)) } == true
      && !words.dropLast().contains { SentenceAnalysis.notOwnerWords.contains(String($0)) }
  }

  /// The owner a task names first, set off from its words by a dash: "Tomás Ferreira — Circulate
  /// the draft …", "UNDP – Set up the folder …"; a person's name of two or three words, an
  /// acronym or a role, before words that open with a verb in capitals; `nil` for a topic
  /// ("Funding — Send the proposal") or anything else.
  static func dashedLeadingOwner(in text: String) -> String? {
    guard let dash = [" \u{2014} ", " \u{2013} ", " - "].lazy.compactMap({ text.prefix(60).range(of: $0) }).first else { return nil }
    let name = text[..<dash.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    let rest = text[dash.upperBound...].drop { "*_ ".contains($0) }
    let restWords = rest.split(separator: " ")
    guard restWords.count >= 3, let verb = restWords.first, verb.first?.isUppercase == true, verb.dropFirst().allSatisfy(\.isLowercase),
      verb.count >= 3, !SentenceAnalysis.notOwnerWords.contains(verb.lowercased())
    else { return nil }
    let words = name.split(separator: " ")
    let isAcronym = words.count == 1 && (2...8).contains(name.count) && name.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" }
    let isPerson = (2...3).contains(words.count) && words.allSatisfy { word in
      word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase) && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" }
    } && looksLikeName(name)
    guard isAcronym || isPerson || ownerRoles.contains(name.lowercased()) else { return nil }
    return name
  }

  /// A bracketed owner with a remark after a comma: "Youssef, last night" → "Youssef". Names
  /// joined by a comma ("UNDP, OHCHR") stay together.
  static func droppingRemark(_ inside: String) -> String {
    guard let comma = inside.firstIndex(of: ",") else { return inside }
    let rest = inside[inside.index(after: comma)...]
    guard !rest.contains(where: \.isUppercase) else { return inside }
    let owner = inside[..<comma].trimmingBlanks
    return owner.isEmpty ? inside : owner
  }

  /// An owner in square brackets anywhere ("Draft the strategy [OCHA]"), or in brackets that end
  /// the item ("Map the routes (WFP)"), or end it but for its due date ("Follow up with CSOs
  /// (UNDP) – 2 weeks", "Share the mapping (OHCHR), by 30 Oct").
  static func bracketedOwner(in text: String) -> String? {
    var rest = text[...]
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
      var inside = droppingDates(rest[rest.index(after: open)..<close].trimmingBlanks)
      // "[ACTION: KMO]", "[AP: Jo]", "[Action KMO]": the label names no one, the words after it do.
      let lowered = inside.lowercased()
      if let label = ["action point", "action", "ap", "ai", "owner", "lead"].first(where: { lowered.hasPrefix($0 + ":") || lowered.hasPrefix($0 + " ") }) {
        inside = String(inside.dropFirst(label.count)).trimmingCharacters(in: ": ")
      }
      // "[Assign] [Mark done]": a shared document's buttons, copied as their labels.
      if looksLikeOwner(inside), !isButtonLabel(inside) { return inside }
      rest = rest[rest.index(after: close)...]
    }
    var trimmed = text.trimmingBlanks
    while let last = trimmed.last, ".;".contains(last) { trimmed.removeLast() }
    if !trimmed.hasSuffix(")") {
      // Only when timing follows the brackets, set off or not: "… (UNDP) – 2 weeks", "… (ACHW) by 3/12".
      guard let close = trimmed.lastIndex(of: ")"),
        isTimingWords(String(trimmed[trimmed.index(after: close)...]).trimmingCharacters(in: " ,;|-\u{2013}\u{2014}\u{2192}>"))
      else { return nil }
      trimmed = String(trimmed[...close])
    }
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
    let inside = droppingRemark(droppingDates(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingBlanks))
    return looksLikeOwner(inside) && !inside.contains(where: \.isNumber) && !isTimingWords(inside) ? inside : nil
  }

  /// Whether words in brackets are a button's label a document tool copied with its text
  /// ("[Assign]", "[Mark done]", "[Add next step]", "[Undo]"): a verb of its own, no one named.
  static func isButtonLabel(_ words: String) -> Bool {
    guard let first = words.split(separator: " ").first, words.split(separator: " ").count <= 4 else { return false }
    return buttonVerbs.contains(first.lowercased())
  }

  /// The verbs that open the labels of a document tool's buttons.
  static let buttonVerbs: Set<String> = [
    "assign", "mark", "undo", "add", "open", "edit", "delete", "remove", "reply", "view", "show", "hide", "refresh", "update",
    "complete", "archive", "copy", "submit", "save", "cancel", "click", "tap", "select", "reopen", "resolve", "expand", "collapse",
    "mail", "email", "print", "export", "download", "duplicate", "move",
  ]

  /// Whether an item is only a row of a document tool's buttons: "[Add next step] [Open tracker]".
  static func isButtonRow(_ text: String) -> Bool {
    var trimmed = Substring(text.trimmingBlanks)
    // "Drafts actions run on this note: [Copy as Markdown] · [Mail the chair]": a label before them.
    if !trimmed.hasPrefix("["), let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].split(separator: " ").count <= 6,
      trimmed[trimmed.index(after: colon)...].trimmingBlanks.hasPrefix("[")
    {
      trimmed = Substring(trimmed[trimmed.index(after: colon)...].trimmingBlanks)
    }
    guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return false }
    var rest = trimmed
    var buttons = 0
    while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
      // Side by side, or set apart by a dot or a bar: "[Copy] · [Save]", "[Edit] | [Delete]".
      guard rest[..<open].allSatisfy({ " \u{00B7}|\u{2022}".contains($0) }), isButtonLabel(String(rest[rest.index(after: open)..<close])) else { return false }
      buttons += 1
      rest = rest[rest.index(after: close)...]
    }
    return buttons > 0 && rest.allSatisfy { $0 == " " }
  }

  /// Words that open an item with a colon without naming anyone ("Note: …", "Status: …").
  static let leadingLabels: Set<String> = [
    "note", "notes", "status", "update", "decision", "decisions", "agreed", "action", "actions", "next", "step",
    "steps", "deadline", "due", "when", "what", "how", "why", "where", "issue", "topic", "item", "task", "todo",
    "follow-up", "priority", "background", "context", "summary", "result", "outcome", "question", "answer", "reminder",
    "nb", "fyi", "ps", "tbd", "tbc", "ai", "ap", "annex", "annexes", "attachment", "attachments", "enclosure", "enclosures",
    // What a note links or attaches: "Photos: [gallery](…)", "Slides: …".
    "photo", "photos", "pictures", "gallery", "slides", "presentations", "recording", "recordings", "video", "videos",
    "materials", "resources", "documents", "documentation", "links", "link", "minutes", "handouts", "references",
    "sources", "reading", "contacts", "venue", "agenda",
    // Headings of a task's kind: "Important: send …", "Logistics: book the room", "Sub-step: …".
    "important", "urgent", "logistics", "sub-step", "substep", "admin", "communications", "comms", "budget", "finance",
    "travel", "reporting", "outreach", "research", "drafting", "media", "events", "event", "misc", "other", "general",
    "optional", "later", "asap", "now",
  ]

  /// Words that stand for an owner not yet known.
  static let placeholders: Set<String> = [
    "tbd", "tbc", "tba", "n.n", "n. n", "nn", "?", "??", "???", "someone", "somebody", "anyone", "anybody", "n/a", "na", "none", "nobody",
    // A spreadsheet's error values, pasted: "#N/A", "#VALUE!", "#REF!".
    "#n/a", "#value!", "#ref!", "#name?", "#div/0!", "#null!",
    "unknown", "unassigned", "pending", "todo", "xxx", "x", "-", "\u{2013}", "\u{2014}", "all", "everyone", "owner",
    "to be decided", "to be confirmed", "to be determined", "to be identified", "to be agreed", "not set", "not yet identified",
    // Hindi: "not decided yet".
    "abhi tay nahi", "abhi tay nahin", "tay nahi", "tay nahin",
    // Polish: "to be set", "none"; Vietnamese: "not yet assigned".
    "do ustalenia", "brak", "chưa phân công",
    // Italian: "to be decided", "to be identified".
    "da definire", "da individuare", "da stabilire", "da decidere",
    // Haitian Creole: "nobody yet".
    "poko gen moun", "pa gen moun",
    // Greek: "not set", "not yet set".
    "δεν ορίστηκε", "— (δεν ορίστηκε)", "δεν έχει οριστεί",
    // Catalan: "to be determined".
    "per determinar", "per definir", "a determinar",
    // Romanian: "not set", "to be set"; Bosnian, Croatian and Serbian: "not set".
    "nestabilit", "nedesemnat", "de stabilit", "de desemnat", "nije određen", "nije određeno", "nije određena", "neodređeno", "nije utvrđeno",
    // Ukrainian and Russian: "not set".
    "не визначено", "не визначений", "не определено", "не назначен",
    // Kinyarwanda: "no one yet".
    "ntawe urashyirwaho", "ntawe", "ntawe urashyizweho",
    // Malagasy: "not yet appointed".
    "mbola tsy voatendry", "tsy voatendry",
    "not yet known", "not assigned", "not yet assigned", "no owner", "no owner yet", "not yet clarified", "not clarified",
    "unclear", "not yet decided", "owner not yet decided", "à définir", "a definir", "à confirmer", "à déterminer",
    "por definir", "por confirmar", "to be named", "pendiente", "en attente",
    // "يُحدَّد لاحقاً" ("to be determined"), with and without its vowel marks.
    "\u{064A}\u{064F}\u{062D}\u{062F}\u{0651}\u{064E}\u{062F} \u{0644}\u{0627}\u{062D}\u{0642}\u{0627}\u{064B}",
    "\u{064A}\u{062D}\u{062F}\u{062F} \u{0644}\u{0627}\u{062D}\u{0642}\u{0627}",
  ]

  /// Whether an owner as found is a placeholder ("TBD", "?", "someone", "N/A").
  static func isPlaceholder(_ owner: String) -> Bool {
    // "tbc (MDA or Secretariat)": not yet decided between those named.
    if let open = owner.firstIndex(of: "("), open > owner.startIndex, isPlaceholder(String(owner[..<open])) { return true }
    let core = owner.trimmingCharacters(in: " *_.:;()[]").lowercased()
    // "nobody volunteered", "no one yet", "none assigned".
    // "wala pang nag-volunteer" (Filipino: no one has volunteered yet).
    if let first = core.split(separator: " ").first, ["nobody", "none", "noone", "wala"].contains(first) || core.hasPrefix("no one") { return true }
    // "to be agreed at the PSC", "to be decided", "to be named by the board": no one yet.
    if ["to be agreed", "to be decided", "to be confirmed", "to be named", "to be determined", "to be appointed"].contains(where: core.hasPrefix) { return true }
    return core.isEmpty || placeholders.contains(core) || core.allSatisfy { $0 == "?" || $0 == "." || $0 == "-" }
  }

  /// An owner that opens the item before a colon, the task in lower case after it ("WFP and
  /// UNICEF: map the alternative routes"), or before a dash, one of the owner-to cue's verbs
  /// after it ("UNDP — convene a roundtable", "UNDP - convene …", "UNDP → convene …"). No verb opens the owner
  /// ("Review the budget — ongoing").
  func leadingOwner(in text: String) -> String? {
    let colon = text.firstIndex(of: ":")
    let shouting = Self.isShouting(text)
    let dash = Self.ownerSeparators.filter { $0 != " | " }.compactMap { text.range(of: $0) }.min { $0.lowerBound < $1.lowerBound }
    var candidate: String
    let after: String
    if let colon, dash.map({ colon < $0.lowerBound }) ?? true {
      candidate = text[..<colon].trimmingBlanks.trimmingCharacters(in: "*_")
      after = text[text.index(after: colon)...].trimmingBlanks.trimmingCharacters(in: "*_ ")
      // "AR: 2-pager for municipalities": after initials, the task may open with a number.
      // ("JB + PR: 1-pager for councillors", initials joined.)
      let initials = candidate.components(separatedBy: " + ").flatMap { $0.components(separatedBy: " & ") }
        .flatMap { $0.components(separatedBy: "/") }
        .allSatisfy { part in (2...5).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isUppercase } }
      // "Kibet: I'll draft the scorecard": a chat's speaker who takes the task on.
      let lowered = after.prefix(24).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
      let takesItOn = Self.firstPersonCommitments.contains { lowered.hasPrefix($0) }
      // "Secretariat: French and Arabic translations ready before …": a role the rules know owns
      // what follows, whatever its first word.
      let role = Self.ownerRoles.contains(candidate.lowercased())
      guard after.first?.isLowercase == true || (initials && after.first?.isNumber == true) || takesItOn || shouting || role else { return nil }
      // "**Translation**: the recap needs to be translated …": a topic, then a sentence with its own subject.
      if !role, !takesItOn, ["the ", "a ", "an ", "this ", "these ", "our ", "their "].contains(where: { after.lowercased().hasPrefix($0) }),
        !Self.namesThingDone(Substring(after))
      {
        return nil
      }
    } else if let dash {
      candidate = text[..<dash.lowerBound].trimmingBlanks.trimmingCharacters(in: "*_")
      after = text[dash.upperBound...].trimmingBlanks.trimmingCharacters(in: "*_ ")
      // "MIPD, Department for Civil Society Affairs – to send …": the owner, then "to" and the task.
      let task = after.hasPrefix("to ") ? String(after.dropFirst(3)) : after
      let rest = SentenceAnalysis(task, rules: rules)
      // "MR OKELLO – SHARE THE GUIDE – 15/10", "DEO – WRITTEN REPLY – NEXT MEETING": a sheet of
      // capitals written WHO – WHAT – WHEN.
      // "Bureau – legal check of the wording – within 48 hours": OWNER – TASK – WHEN, the task a noun.
      let whoWhatWhen = Self.ownerSeparators.filter { $0 != " | " }.contains { separator in
        after.range(of: separator).map { Self.isTimingWords(String(after[$0.upperBound...]).trimmingCharacters(in: " .")) } ?? false
      }
      // "Kgd. Dela Cruz at PMaj. Sison — info drive sa mga landlords …", "Treasurer — i-check …":
      // a titled person or a role owns the task, in whatever words it is written.
      let personOrRole = Self.mayOpenWithTitle(candidate) || Self.ownerRoles.contains(candidate.lowercased())
        || candidate.split(separator: " ").last.map { Self.ownerRoles.contains($0.lowercased()) } == true
      // "Ministry of Finance & NCC — budget-circular language …, before … on 1/7": a body by its
      // acronym or kind owns a task named by a noun, with its date.
      let datedForBody = !candidate.contains(where: { "[(".contains($0) })
        && candidate.split(separator: " ").contains(where: { $0.count >= 2 && $0.allSatisfy(\.isUppercase) })
        && SentenceAnalysis(candidate, rules: rules).matchesStarting(at: 0, in: [.verb]).isEmpty
        && (DueDateResolver.namesDate(in: after)
          || Self.isDueWords(String(after.drop { $0 != "," && $0 != ";" }.dropFirst()).trimmingBlanks))
      // "Marcus (Chirrup) · take recommendation 4.2 back to …": a person with whom they speak for.
      let affiliated = candidate.hasSuffix(")") && candidate.split(separator: " ").count <= 5 && Self.colonOwner(candidate) != nil
      // "**KL** — reminder to non-responders one week after launch": initials own the task named
      // after the dash, whatever its first word (not "NB — …", "PS — …").
      let boldInitials = !["NB", "PS", "FYI", "TBD", "TBC", "AOB", "FAQ", "QA", "OK"].contains(candidate)
        && candidate.components(separatedBy: " + ").flatMap { $0.components(separatedBy: "/") }
          .allSatisfy { part in (2...4).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isUppercase } }
      guard shouting || whoWhatWhen || task.first?.isLowercase == true,
        shouting || whoWhatWhen || personOrRole || datedForBody || affiliated || boldInitials || !rest.matchesStarting(at: 0, in: [.verb]).isEmpty
      else { return nil }
      // "UNDP (A. Sadykova) – to translate …": the body owns it, the person in brackets acts for it.
      if after.hasPrefix("to "), candidate.hasSuffix(")"), let open = candidate.lastIndex(of: "("), open > candidate.startIndex {
        candidate = String(candidate[..<open]).trimmingBlanks
      }
    } else {
      return nil
    }
    // "UNEP (Q1 2025): convene …", "Nordvik Institute (no date set): share …": the date is no part of the name.
    candidate = Self.droppingBracketedTiming(candidate)
    guard Self.looksLikeName(candidate) || Self.looksLikeNameInSmallLetters(candidate) else { return nil }
    // "Way forward: agree …", "Recommendations: share …": a section's name labels the item.
    guard rules.catalog.section(forHeading: candidate) == nil else { return nil }
    let name = SentenceAnalysis(candidate, rules: rules)
    // "Task: …" and "Next steps – …" are labels; "Task Force: …" is an owner the taxonomy knows,
    // and so is a body it knows named with a label's word after ("Ministry of Finance & NCC").
    let words = candidate.split(separator: " ")
    if words.contains(where: { Self.leadingLabels.contains($0.lowercased()) }) {
      guard name.matches.contains(where: { $0.payload.category == .actor && $0.start == 0 && ($0.end == name.tokens.count || words.count >= 3) })
      else { return nil }
    }
    guard !name.tokens.isEmpty, !name.opensImperative(0, last: name.tokens.count - 1) else { return nil }
    return candidate
  }

  /// Whether a text is in capitals throughout, as flipcharts are typed up, but for remarks in
  /// square brackets ("BEFORE HALF-TERM [starts Mon 25 Oct]").
  static func isShouting(_ text: String) -> Bool {
    var depth = 0
    var capitals = false
    for character in text {
      if character == "[" { depth += 1 } else if character == "]" { depth = max(0, depth - 1) }
      guard depth == 0 else { continue }
      if character.isLowercase { return false }
      if character.isUppercase { capitals = true }
    }
    return capitals
  }

  /// How a speaker takes a task on in their own words.
  static let firstPersonCommitments = ["i'll ", "i will ", "i can ", "i'm going to ", "i am going to ", "we'll ", "we will "]

  /// Verbs in the past tense that do not end in "-ed".
  static let irregularPasts: Set<String> = [
    "sent", "made", "gave", "took", "wrote", "held", "met", "led", "ran", "told", "brought", "sought", "bought",
    "built", "paid", "put", "found", "began", "spoke", "did", "set", "drew", "got", "read",
  ]

  /// Who did a task a done item reports in the past tense: "JK sent the list to hosts" → "JK",
  /// "Ana Ruiz booked the room" → "Ana Ruiz"; up to three capitalised words before the verb.
  static func doer(of text: String) -> String? {
    // "share attendance list (done, Lea)", "… (done by Lea Roth)": the one who did it, in brackets.
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingBlanks
      for mark in ["done by ", "done, ", "completed by ", "completed, ", "sent by ", "done - ", "done \u{2013} "]
      where inside.lowercased().hasPrefix(mark) {
        let name = inside.dropFirst(mark.count).trimmingBlanks
        let words = name.split(separator: " ")
        if (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" } }) {
          return String(name)
        }
      }
    }
    // "… checked — done in the meeting by Faith": the one after "by", ending the item.
    if let done = text.range(of: "done ", options: [.backwards, .caseInsensitive]),
      let by = text[done.upperBound...].range(of: " by ", options: .backwards) ?? (text[done.upperBound...].hasPrefix("by ") ? done.upperBound..<text.index(done.upperBound, offsetBy: 3) : nil),
      text[done.upperBound..<by.lowerBound].split(separator: " ").count <= 4
    {
      var name = text[by.upperBound...].trimmingBlanks
      while let last = name.last, ".;)".contains(last) { name.removeLast() }
      let words = name.split(separator: " ")
      if (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" } }) {
        return name
      }
    }
    let words = text.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: true)
    for count in 1...3 where count < words.count {
      let name = words[..<count]
      guard name.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" } }) else {
        return nil
      }
      // "Amina has booked the interpreters": the perfect tells it as well.
      let perfect = ["has", "have"].contains(words[count].lowercased()) && count + 1 < words.count
      let verb = words[perfect ? count + 1 : count].lowercased()
      if irregularPasts.contains(verb) || (verb.hasSuffix("ed") && verb.count > 4 && verb.allSatisfy(\.isLetter)) {
        return name.joined(separator: " ")
      }
    }
    return nil
  }

  /// Whether a word is written as initials or an acronym are: two to five letters, two or more
  /// of them capitals ("NDl", "JK", "UNDP").
  static func isInitials(_ word: Substring) -> Bool {
    (2...5).contains(word.count) && word.allSatisfy { $0.isASCII && $0.isLetter } && word.first?.isUppercase == true
      && word.filter(\.isUppercase).count >= 2
  }

  /// Words of an action label besides `leadingLabels`, as minutes abbreviate them ("A (UNDP):",
  /// "AP (UNDP):", "AI (UNDP):").
  static let actionLabelWords: Set<String> = ["item", "point", "a", "ap", "ai"]

  /// A dated task after its owner's name and a colon, in running notes: "Lucía: circulate these
  /// notes by Fri". The words after the colon open with a small letter and hold a date and no
  /// modal ("Sana: donors should accept …" is what Sana said); the name is one to three words.
  private func ownerColonTask(_ text: LocatedText, state: State) -> ExtractedItem? {
    // "Lucía: circulate …", or with an arrow or a dash: "Kofi → share …", "Kofi -> share …",
    // "NPCO — put the draft plan online … — by 31 March".
    let head = text.text.prefix(40)
    // "Speaker 6 [00:44:55]: I'll send …": the colon of a time mark is no separator.
    guard let (separator, afterSeparator) = Self.colonOutsideBrackets(head, opening: "[").map({ ($0, text.text.index(after: $0)) })
      ?? [" \u{2192} ", " -> ", " \u{2014} ", " \u{2013} "].lazy.compactMap({ head.range(of: $0) }).first.map({ ($0.lowerBound, $0.upperBound) })
    else { return nil }
    // A bullet journal's task mark before the name: "• Lucía: …".
    let written = String(text.text[..<separator].drop { "\u{2022}\u{00B7}* ".contains($0) }).trimmingBlanks
      .trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    // "**@sarn_youth_hub:** "Launch the petition online this weekend."": a card quotes its writer.
    let unquoted = text.text[afterSeparator...].drop { " *_".contains($0) }
    // "Q1 Cr Ng: how many hate graffiti reports in Q1?": a question put to the floor, no task.
    if let ask = unquoted.range(of: "?"), unquoted[..<ask.lowerBound].split(separator: " ").count <= 16,
      let first = unquoted.split(separator: " ").first?.lowercased(),
      ["how", "what", "why", "when", "who", "where", "will", "would", "could", "can", "is", "are", "does", "do", "did", "should"].contains(first)
    {
      return nil
    }
    let quoted = unquoted.first.map { "\"\u{201C}".contains($0) } ?? false
    // "'Check it first' slot every Thursday": a title in single quotes opens the task.
    let rest = (quoted ? unquoted.dropFirst() : unquoted).drop { "'\u{2018}".contains($0) }
    // A modal in the task's own words makes it advice ("Sana: donors should accept …"); not one in
    // a question it asks ("check … whether we can pay …").
    let ownWords = rest.split(separator: " ").prefix { !["whether", "if", "how", "what", "why", "who"].contains($0.lowercased()) }
    // Beside tasks of the same list, a task may be a noun phrase with its date ("TCSPP + Youth
    // Forum: 4 regional listening sessions before …") or a done one ("NPCO: evaluation online ✔").
    let tasksBeside = state.ownerTasksInList
    guard let owner = Self.colonOwner(written), !Self.labelsNotNames(owner),
      let firstWord = rest.split(separator: " ").first, let opening = firstWord.first,
      opening.isLowercase || (tasksBeside && (opening.isNumber || opening.isUppercase))
        || (quoted && opening.isUppercase && !SentenceAnalysis(String(rest.prefix(40)), rules: rules).matchesStarting(at: 0, in: [.verb]).isEmpty),
      !Self.ownerColonOpeners.contains(firstWord.lowercased()) || Self.namesThingDone(rest),
      !firstWord.hasSuffix("ed"), !firstWord.hasSuffix("ing"),
      // "DAH: tonight is about listening": what a word is, said, not a task.
      !(rest.split(separator: " ").dropFirst().first.map { ["is", "was", "are", "were"].contains($0) } ?? false),
      // "by 10 May" names a month.
      !ownWords.contains(where: { $0 != "May" && SentenceAnalysis.modalVerbs.contains($0.lowercased()) }),
      rest.startIndex < text.text.endIndex
    else { return nil }
    let strength = rules.cues.first { $0.id == "owner-to-verb" }?.strength ?? 2
    let end = quoted && text.text.last.map({ "\"\u{201D}".contains($0) }) == true ? text.text.index(before: text.text.endIndex) : text.text.endIndex
    guard rest.startIndex < end else { return nil }
    var item = makeAction(text.slice(rest.startIndex..<end), extra: [], rule: "cue:owner-to-verb", strength: strength, state: state)
    guard item.due != nil || (tasksBeside && (item.done || Self.marksDone(item.text))) else { return nil }
    // "A4 → Sheikh Amani & Pastor Ruth to hold …": words that name their own owner are no noun phrase.
    if !opening.isLowercase, item.owner != nil { return nil }
    item.owner = owner
    item.text = Self.openingInCapitals(item.text)
    item.evidence.removeAll { $0.rule == "owner" }
    item.evidence.insert(Evidence(rule: "owner", words: owner), at: 0)
    return item
  }

  /// Whether words name a thing and what is to be done to it, as a task list shortens a task:
  /// "this log typed and shared with …", "the minutes sent to …".
  static func namesThingDone(_ words: Substring) -> Bool {
    let parts = words.split(separator: " ").prefix(5).map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",.;")) }
    guard let first = parts.first, ["this", "the", "our"].contains(first), parts.count >= 3 else { return false }
    // "typed and shared with …", "sent to …"; not "the office raised it on 3 May", a verb and its object.
    let after: Set<String> = ["and", "to", "with", "by", "for", "in", "on", "out", "up", "online", "before", "ahead", "back"]
    return (2..<min(4, parts.count)).contains { index in
      (parts[index].hasSuffix("ed") || ["sent", "written", "done", "set", "put"].contains(parts[index]))
        && (index + 1 == parts.count || after.contains(parts[index + 1]))
    }
  }

  /// The owner a task names before its colon or dash: a name of one to three words ("Lucía",
  /// "Ministry of Interior (PVE unit)" without its remark), names joined by "+", "&" or "and"
  /// ("TCSPP + Youth Forum"), a handle ("@kessa_youth_net"), or those a "we" stands for ("WE (all
  /// table hosts)" → "all table hosts"); `nil` for any other words.
  static func colonOwner(_ written: String) -> String? {
    var owner = written
    if owner.hasSuffix(")"), let open = owner.lastIndex(of: "("), open > owner.startIndex {
      let remark = owner[owner.index(after: open)..<owner.index(before: owner.endIndex)].trimmingBlanks
      let named = String(owner[..<open]).trimmingBlanks
      if ["we", "us"].contains(named.lowercased()) {
        return (1...4).contains(remark.split(separator: " ").count) && !remark.contains("(") ? remark : nil
      }
      // "(PVE unit)" names a part of the body; "Assembly notifications (27 dots)" is a topic.
      guard remark.first?.isUppercase == true else { return nil }
      owner = named
    }
    guard !owner.contains("("), !owner.contains(")") else { return nil }
    // "Community tension HIGH:", "Funding RED:": a rating, not a name.
    if let last = owner.split(separator: " ").last, owner.contains(" "),
      ["HIGH", "LOW", "MEDIUM", "MODERATE", "CRITICAL", "SEVERE", "RED", "AMBER", "GREEN", "STABLE", "TENSE", "CALM"].contains(last)
    {
      return nil
    }
    if owner.hasPrefix("@") { return chatHandle(of: owner + ":") != nil ? owner : nil }
    // "Nadia / facilitation team": a name and the role it stands for.
    let names = owner.components(separatedBy: " + ").flatMap { $0.components(separatedBy: " & ") }.flatMap { $0.components(separatedBy: " / ") }
    guard names.count <= 3, let first = names.first, looksLikeName(first),
      names.allSatisfy({ $0.split(separator: " ").count <= 3 && (looksLikeName($0) || looksLikeOwner($0)) })
    else { return nil }
    return owner
  }

  /// Whether words before a colon label rather than name, in English or glossed in it ("Næste
  /// møde (next meeting)").
  static func labelsNotNames(_ label: String) -> Bool {
    let lowered = label.lowercased()
    if ownerColonNonNames.contains(lowered) { return true }
    guard lowered.hasSuffix(")"), let open = lowered.lastIndex(of: "(") else { return false }
    return ownerColonNonNames.contains(String(lowered[lowered.index(after: open)..<lowered.index(before: lowered.endIndex)]).trimmingBlanks)
  }

  /// Words before a colon that label, not name: "Note: circulate …" is no one's task.
  static let ownerColonNonNames: Set<String> = [
    "note", "nb", "n.b", "update", "decision", "question", "answer", "agreed", "decided", "status", "re", "subject", "date",
    "deadline", "due", "when", "where", "time", "venue", "next", "next meeting", "next call", "next steps", "reminder", "fyi",
    "idea", "context", "background", "summary", "outcome", "result", "comment", "comments", "discussion", "q", "a",
  ]

  /// Words that open what someone said, not a task: "Sana: our grants arrive after …".
  static let ownerColonOpeners: Set<String> = [
    "the", "a", "an", "we", "they", "our", "their", "this", "that", "it", "there", "no", "not", "i", "he", "she", "you",
    "my", "his", "her", "its", "these", "those", "all", "some", "most", "many", "only", "also", "just", "maybe",
    "probably", "perhaps", "if", "when", "as", "in", "on", "at", "by", "for", "from", "with", "and", "but", "or", "so",
    "very", "too", "still", "already", "is", "are", "was", "were", "has", "have", "had", "can't", "cannot", "won't",
    "don't", "doesn't", "nothing", "none", "everyone", "nobody", "ok", "okay", "yes", "agreed", "thanks",
  ]

  /// An owner in brackets after an action label, or initials before its colon: "Action (UNDP):
  /// share the roster", "ACTION JS: circulate …",
  /// "Action point (Secretariat) – circulate …", "A (Dr Okoro): convene …".
  static func labelledOwner(in text: String) -> String? {
    // "ACTION JS: circulate …", "ACTION MK/AB: draft …", "ACTION TO-H: book …", "ACTION JA + PN:
    // ask …": initials between the label and its colon.
    if let colon = text.prefix(24).firstIndex(of: ":") {
      let words: [Substring] = String(text[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).split(separator: " ")
      if words.count >= 2, let label = words.first, ["action", "actions", "ap", "ai"].contains(label.lowercased()) {
        let owner = words.dropFirst().joined(separator: " ")
        let parts = owner.components(separatedBy: " + ").flatMap { $0.components(separatedBy: " & ") }.flatMap { $0.components(separatedBy: "/") }
        if parts.allSatisfy({ part in
          (2...5).contains(part.count) && part.allSatisfy({ $0.isUppercase || $0 == "-" }) && (2...4).contains(part.filter(\.isLetter).count)
        }) {
          return owner
        }
      }
    }
    guard let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") else { return nil }
    let label = text[..<open].trimmingBlanks.trimmingCharacters(in: "*_").lowercased()
    let labelWords = label.split(separator: " ")
    guard !labelWords.isEmpty, labelWords.count <= 2,
      labelWords.allSatisfy({ leadingLabels.contains(String($0)) || actionLabelWords.contains(String($0)) })
    else { return nil }
    let after = String(text[text.index(after: close)...]).trimmingCharacters(in: " *_")
    guard let mark = after.first, ":\u{2013}\u{2014}-".contains(mark) else { return nil }
    let inside = text[text.index(after: open)..<close].trimmingBlanks
    // "TODO(@maria): book the room": a handle in the label.
    if inside.hasPrefix("@"), inside.count > 2, !inside.dropFirst().contains(" ") { return String(inside.dropFirst()) }
    return looksLikeName(inside) ? inside : nil
  }

  /// The day a chat's exported message was sent, by the stamp that opens it ("[21/11/2035,
  /// 14:52:10] Thandi M: …", "21/11/2035, 14:52 - Thandi M: …"); `nil` for any other line.
  static func chatMessageDate(_ text: String, state: State) -> CalendarDate? {
    guard let day = chatStamp(text) else { return nil }
    return DueDateResolver.find(in: "by " + day, sessionDate: state.sessionDate, order: state.slashOrder)?.date
  }

  /// A chat's lines as its messages: each line that `opens` one starts a message, and the lines
  /// after it go on with it.
  static func messages(in lines: [LocatedText], opens: (LocatedText) -> Bool) -> [LocatedText] {
    var messages: [LocatedText] = []
    for line in lines {
      if messages.isEmpty || opens(line) { messages.append(line) } else { messages[messages.count - 1].append(line) }
    }
    return messages
  }

  /// A video call's chat message as the meeting tool saves it: its sender and its words ("10:24:02
  /// From Ana Ruiz (UNDP) to Everyone: ASK 1: …" → "Ana Ruiz", "ASK 1: …"), without the quoted
  /// opening of a reply ("Replying to \"ASK 1: the…\": and …"); `nil` for any other text.
  static func callChatTurn(_ text: LocatedText) -> (speaker: String, words: LocatedText)? {
    guard text.text.utf8.first.map({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) == true,
      text.text.utf8.prefix(24).containsBytes(" From ".utf8)
    else { return nil }
    let range = NSRange(text.text.startIndex..<text.text.endIndex, in: text.text)
    guard let match = callChatPattern.firstMatch(in: text.text, range: range), let sender = Range(match.range(at: 1), in: text.text),
      let end = Range(match.range, in: text.text)
    else { return nil }
    var name = text.text[sender].trimmingBlanks
    // "Mai Okonkwo-Larsen (host)", "Rahel Tsegaye-Moor (MoPR)": the remark in brackets is no part of the name.
    if let open = name.firstIndex(of: "("), open > name.startIndex { name = name[..<open].trimmingBlanks }
    var words = text.text[end.upperBound...].drop { $0 == " " }
    if words.hasPrefix("Replying to \""), let close = words.dropFirst(13).range(of: "\":") {
      words = words[close.upperBound...].drop { $0 == " " }
    }
    guard !name.isEmpty, !words.isEmpty else { return nil }
    return (name, text.slice(words.startIndex..<text.text.endIndex))
  }
  private static let callChatPattern = NSRegularExpression.builtIn(
    "call chat message", #"^\d{1,2}:\d{2}(?::\d{2})?\s+From\s+(.{1,80}?)\s+to\s+(?:Everyone|[^:]{1,80}?)\s*(?:\((?:Direct Message|[Pp]rivately)\))?\s*:"#,
    options: [])

  /// A transcript's turn, time stamp first: its speaker and the words after the label
  /// ("[00:33:08] Speaker 5 (UNDP): UNDP will …" → "UNDP", "UNDP will …"); `nil` for any other text.
  /// The sender a chat's header line names in bold before the time it was sent ("**sunniva.k** —
  /// 11/06/2036 10:40 AM", "**Lena Marsh** · 08:40", "**Selin Arat** (admin) · 20:35 edited");
  /// `nil` for any other line.
  static func senderLine(_ line: [MarkdownNode]) -> String? {
    guard line.count == 2, line[0].kind == .strong, line[1].kind == .text else { return nil }
    var rest = Substring(line[1].literal.trimmingBlanks)
    // "(admin)": the sender's part in the group, before the time.
    if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") { rest = rest[rest.index(after: close)...].drop { $0 == " " } }
    guard let mark = rest.first, "\u{2014}\u{2013}\u{00B7}-".contains(mark), rest.contains(where: \.isNumber), rest.utf8.count <= 40 else {
      return nil
    }
    let name = line[0].plainText.trimmingBlanks
    guard (2...40).contains(name.count), name.allSatisfy({ $0.isLetter || $0.isNumber || "._-@ ".contains($0) }) else { return nil }
    return name.hasPrefix("@") ? String(name.dropFirst()) : name
  }

  /// The sender a chat export's first line names with the time, and the message on the lines
  /// after it.
  static func chatHeaderMessage(_ block: MarkdownNode) -> (speaker: String, words: LocatedText)? {
    guard block.children.first?.kind == .strong, block.children.contains(where: { $0.kind == .softBreak || $0.kind == .lineBreak }),
      let first = inlineLines(of: block).first, let name = senderLine(first)
    else { return nil }
    let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
    guard lines.count >= 2 else { return nil }
    var words = LocatedText()
    for line in lines.dropFirst() { words.append(line) }
    return (name, words)
  }

  static func transcriptTurn(_ text: LocatedText) -> (speaker: String, words: LocatedText)? {
    let unstamped = droppingTimestamp(text)
    guard unstamped.text.utf8.count < text.text.utf8.count,
      let speaker = speakerLabel(of: unstamped.text) ?? chatHandle(of: unstamped.text),
      let colon = unstamped.text.firstIndex(of: ":")
    else { return nil }
    let words = unstamped.text[unstamped.text.index(after: colon)...].drop { $0 == " " }
    guard !words.isEmpty else { return nil }
    return (speaker, unstamped.slice(words.startIndex..<unstamped.text.endIndex))
  }

  /// Where the words after a numbered recommendation's label begin: "Recommendation 6. UNOCR …",
  /// "Recommendation 2.1: …".
  static func afterNumberedRecommendation(_ text: String) -> String.Index? {
    guard text.hasPrefix("Recommendation "),
      let range = text.range(of: #"^Recommendation\s+\d{1,2}(?:\.\d{1,2})?[a-z]?[.:]\s+(?=[A-Z])"#, options: .regularExpression)
    else { return nil }
    return range.upperBound
  }

  /// The words one of which a lead-in of promises holds, as bytes.
  static let promiseBytes = ["romise", "ommitment", "ledge", "ndertaking"].map { Array($0.utf8) }

  /// The lines of a paragraph after a lead-in line that says they were promised ("📌 What was
  /// promised on the stream tonight:", "Commitments made:"), when there are two or more.
  static func promisedLines(of block: MarkdownNode) -> [LocatedText]? {
    guard block.children.contains(where: { $0.kind == .softBreak }) else { return nil }
    let lines = InlineText.lines(of: block).map { LocatedText(lines: [$0]) }.filter { !$0.isEmpty }
    guard let lead = lines.firstIndex(where: { line in
      let lowered = line.text.lowercased()
      return lowered.hasSuffix(":") && ["promised", "promises", "commitments", "pledges", "pledged", "undertakings"].contains(where: lowered.contains)
    }), lines.count - lead > 2 else { return nil }
    return Array(lines[(lead + 1)...])
  }

  /// A promise written "Name: what was promised", a done mark or a timestamp before it:
  /// "✔️ Imam Yusuf + Rev. Okafor: joint statement … Done."
  static func labelledPromise(_ line: LocatedText) -> (speaker: String, words: LocatedText)? {
    let unstamped = droppingTimestamp(line)
    let text = unstamped.text
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let label = text[..<colon].drop { isPictograph($0) || $0 == " " || $0 == "\u{FE0F}" }
    guard (2...40).contains(label.count), label.first?.isUppercase == true,
      label.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || ["+", "&", "and"].contains($0) })
    else { return nil }
    let words = text[text.index(after: colon)...].drop { $0 == " " }
    guard !words.isEmpty else { return nil }
    return (String(label), unstamped.slice(words.startIndex..<text.endIndex))
  }

  /// A line of notes that opens with the speaker's initials ("RM: UNDP to open a help desk …",
  /// "SQ: the review team should include …"): the initials, and the words said after them. A
  /// label the rules know ("AP:", "AI:") is no speaker's.
  func initialsTurn(_ text: LocatedText) -> (speaker: String, words: LocatedText)? {
    let bytes = text.text.utf8
    guard let colon = bytes.prefix(6).firstIndex(of: UInt8(ascii: ":")),
      case let label = String(text.text[..<colon]), (2...4).contains(label.count), label.allSatisfy({ $0.isUppercase && $0.isLetter }),
      !rules.cues.contains(where: { $0.form == .label && $0.phrases.contains(label + ":") }),
      !Self.itemCodeLetters.contains(label)
    else { return nil }
    let words = text.text[text.text.index(after: colon)...].drop { $0 == " " }
    guard words.startIndex < text.text.endIndex else { return nil }
    return (label, text.slice(words.startIndex..<text.text.endIndex))
  }

  /// The one addressed and the words of their undertaking, as a trainer writes back to trainees:
  /// "Grace and Omar, you said you will hold …" → "Grace and Omar"; "Peter, you offered to set up
  /// …" → "Peter".
  static func vocativeUndertaking(_ text: String) -> (owner: String, words: String)? {
    // Most sentences address no one, as their bytes tell.
    guard text.utf8.containsBytes(", you ".utf8), let comma = text.prefix(60).range(of: ", you ") else { return nil }
    let owner = text[..<comma.lowerBound].trimmingBlanks
    let rest = text[comma.upperBound...].lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    guard let form = ["will ", "'ll ", "said you will ", "said you'll ", "said you would ", "offered to ", "agreed to ",
      "promised to ", "volunteered to ", "undertook to ", "committed to "].first(where: { rest.hasPrefix($0) }),
      looksLikeName(owner), owner.split(separator: " ").count <= 4
    else { return nil }
    return (owner, "you " + form.trimmingBlanks)
  }

  /// A speaker's label and the undertaking in their own words after it ("Dani (Youth Council): I
  /// will turn the draft into plain language …" → "Dani", "I will turn …"); `nil` for any other text.
  static func undertakingTurn(_ text: LocatedText) -> (speaker: String, words: LocatedText)? {
    // Most items open with no label: no colon among their first bytes.
    guard text.text.utf8.prefix(120).contains(UInt8(ascii: ":")), let colon = text.text.prefix(90).firstIndex(of: ":") else {
      return nil
    }
    // "IL to Nadia: will share …": the speaker, answering someone.
    let label = text.text[..<colon]
    let answering = label.range(of: " to ").flatMap { cut -> String? in
      let name = label[..<cut.lowerBound].trimmingBlanks
      return looksLikeName(name) ? name : nil
    }
    let speaker = answering ?? speakerLabel(of: text.text)
    guard let speaker else { return nil }
    // "Kapitan Reyes (Malinao): \"We will reopen the court …\"": their words quoted.
    let words = text.text[text.text.index(after: colon)...].drop { $0 == " " || $0 == "\"" || $0 == "\u{201C}" }
    let opening = words.prefix(24).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    // "AK: will send the terms of reference …": notes leave the speaker's "I" out.
    guard firstPersonCommitments.contains(where: { opening.hasPrefix($0) }) || opening.hasPrefix("will ") else { return nil }
    return (speaker, text.slice(words.startIndex..<text.text.endIndex))
  }

  /// The author a thread's reply header names, as a forum or a Reddit thread is copied out:
  /// "u/ines_valdmaa · ▲ 911", "u/HPF_mods · MOD · Stickied · ▲ 388", "u/kezia · 42 points".
  static func threadAuthor(of text: String) -> String? {
    // Most paragraphs are longer than a header, or hold no "u/" near their start.
    guard text.utf8.count <= 130, text.utf8.prefix(6).containsBytes("u/".utf8) else { return nil }
    let line = text.trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
    guard line.hasPrefix("u/"), line.utf8.count <= 120, line.contains(" \u{00B7} "),
      line.contains("\u{25B2}") || line.contains(" points") || line.contains(" pts") || line.contains(" upvotes")
    else { return nil }
    let handle = line.dropFirst(2).prefix { $0.isLetter || $0.isNumber || "_-".contains($0) }
    guard (2...40).contains(handle.count) else { return nil }
    return String(handle)
  }

  /// The signer of a wiki talk page's post and where the signature starts: "… — User:Nadira Vos
  /// (talk) 18:15, 1 May 2037 (UTC)", "… --[[User:Nadira Vos|Nadira]] ([[User talk:Nadira
  /// Vos|talk]]) 18:15, 1 May 2037 (UTC)".
  static func wikiSignature(in text: String) -> (signer: String, start: String.Index)? {
    guard text.hasSuffix("(UTC)"), let found = text.range(of: wikiSignaturePattern, options: .regularExpression),
      let user = text[found].range(of: "User:")
    else { return nil }
    let name = text[user.upperBound...].prefix { $0 != "|" && $0 != "]" && $0 != "(" }.trimmingBlanks
    guard (2...40).contains(name.count) else { return nil }
    return (name, found.lowerBound)
  }
  private static let wikiSignaturePattern =
    #"\s*(?:[—–]|--?)\s*(?:\[\[)?User:[^|\]()\n]{2,40}(?:\|[^\]\n]*\]\])?\s*(?:\((?:talk|\[\[User talk:[^\]\n]*\]\])\))?\s*\d{1,2}:\d{2},\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+\(UTC\)$"#

  /// Whether a block quote is a reply in a thread, its header first ("**u/imam_harun_b** · ▲ 530").
  static func isThreadReply(_ block: MarkdownNode) -> Bool {
    guard let first = block.children.first, first.kind == .paragraph else { return false }
    return threadAuthor(of: InlineText.lines(of: first).first?.text ?? "") != nil
  }

  /// The author a forum post's header names, as a forum's raw export writes it: "sara.m |
  /// 2030-06-11 09:07:10 UTC | #5" (handle, date and time, post number).
  static func postAuthor(of text: String) -> String? {
    if let author = threadAuthor(of: text) { return author }
    guard text.utf8.count <= 100, text.utf8.containsBytes(" | #".utf8) else { return nil }
    let fields = text.components(separatedBy: " | ").map(\.trimmingBlanks)
    guard fields.count == 3, let handle = fields.first, (2...40).contains(handle.count),
      handle.allSatisfy({ $0.isLetter || $0.isNumber || "._-@".contains($0) }),
      fields[1].first?.isNumber == true, fields[1].contains("-") || fields[1].contains("/"),
      fields[2].hasPrefix("#"), fields[2].dropFirst().allSatisfy(\.isNumber), fields[2].count > 1
    else { return nil }
    return handle.hasPrefix("@") ? String(handle.dropFirst()) : handle
  }

  /// The speaker a transcript's label in capitals calls by title and surname ("MINISTER
  /// OSTERHAGEN", "MS CARVALHO"): the one front-matter speaker with that surname.
  static func listedSpeaker(calledBy label: String, in speakers: [String]) -> String? {
    guard !speakers.isEmpty, label.count > 3, !label.contains(where: \.isLowercase), let surname = label.split(separator: " ").last,
      surname.count > 1, surname.allSatisfy({ $0.isLetter || $0 == "-" })
    else { return nil }
    let matching = speakers.filter { $0.split(separator: " ").last.map { $0.uppercased() == surname.uppercased() } ?? false }
    return matching.count == 1 ? matching[0] : nil
  }

  /// The persons named in brackets after an office in capitals that opens a paragraph
  /// ("THE DEPUTY MINISTER (Hon. Petra Volkan): …"), by office; an office held by two is left out.
  static func officeHolders(in notes: String) -> [String: String] {
    let keyed = speakerKey(in: notes)
    guard notes.utf8.containsBytes("):".utf8) else { return keyed }
    var holders = keyed
    var shared: Set<String> = []
    for line in notes.split(separator: "\n") where line.utf8.prefix(120).containsBytes("):".utf8) {
      let label = line.drop { $0 == "*" || $0 == " " }
      guard let open = label.prefix(90).firstIndex(of: "("), label.first?.isUppercase == true else { continue }
      let office = label[..<open].trimmingBlanks
      guard office.count > 3, !office.contains(where: \.isLowercase), office.contains(where: \.isLetter),
        let person = speakerLabel(of: String(label)), person != office
      else { continue }
      if let known = holders[office], known != person { shared.insert(office) }
      holders[office] = holders[office] ?? person
    }
    for office in shared { holders[office] = nil }
    return holders
  }

  /// The persons a transcript's key names beside the labels its turns open with ("MAYOR = Mayor
  /// Celia Okonjo-Vale (chair) · TRUSTEE = Ana Sørlie-Mensah, Ardmoor School Board"), by label;
  /// an office the name repeats ("Mayor") and what follows a comma or bracket are left out.
  static func speakerKey(in notes: String) -> [String: String] {
    guard notes.utf8.containsBytes(" = ".utf8) else { return [:] }
    var key: [String: String] = [:]
    for line in notes.split(separator: "\n") where line.utf8.containsBytes(" = ".utf8) {
      let pairs = line.split(whereSeparator: { "\u{B7};|".contains($0) }).compactMap { part -> (String, String)? in
        guard let equals = part.range(of: " = ") else { return nil }
        // "**Speakers as identified in the captions:** MAYOR": the line's own label before a colon.
        var label = part[..<equals.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))
        if let colon = label.lastIndex(of: ":") { label = label[label.index(after: colon)...].trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")) }
        guard (2...24).contains(label.count), label.first?.isLetter == true, !label.contains(where: \.isLowercase) else { return nil }
        var words = part[equals.upperBound...].prefix { $0 != "," && $0 != "(" }.split(separator: " ")
        if let first = words.first, first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) == label.lowercased()
          || (label.count >= 3 && first.lowercased().hasPrefix(label.lowercased())), words.count > 2
        {
          words.removeFirst()
        }
        guard (1...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        // "UNDP = United Nations Development Programme": an acronym spelled out, not a speaker.
        let initials = String(words.compactMap(\.first)).uppercased()
        guard initials != label.filter(\.isLetter), !words.contains(where: { Self.bodyWords.contains($0.lowercased()) }) else { return nil }
        return (label, words.joined(separator: " "))
      }
      // A key names two speakers or more; one "X = Y" is a gloss.
      guard pairs.count >= 2 else { continue }
      for (label, name) in pairs where key[label] == nil { key[label] = name }
    }
    return key
  }

  /// Words that make a name a body's, not a person's.
  static let bodyWords: Set<String> = [
    "ministry", "council", "programme", "program", "office", "nations", "organisation", "organization", "fund", "committee",
    "network", "forum", "association", "department", "agency", "commission", "plan", "group", "service", "services", "union",
  ]

  /// The handle a chat export's line opens with, after its time: "[10:21] m.osei: I'll draft …".
  static func chatHandle(of text: String) -> String? {
    guard let colon = text.prefix(40).firstIndex(of: ":") else { return nil }
    var handle = text[..<colon]
    if handle.hasPrefix("@") { handle = handle.dropFirst() }
    guard handle.count >= 2, handle.first?.isLetter == true,
      handle.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) })
    else { return nil }
    return String(handle)
  }

  /// Who a paragraph says is speaking, as minutes and Q&A transcripts open a turn: "A (panellist,
  /// ministry): …" → "panellist, ministry"; "Dr. Amina Yusuf: …" → "Dr. Amina Yusuf". `nil` for a
  /// question's or a bare answer's letter ("Q:", "A:") and for any other opening.
  /// The first colon of `text` that stands outside the brackets `opening` names ("(" and "[",
  /// closed by ")" and "]"): a label's end, not a time's ("[00:44:55]") nor a remark's.
  static func colonOutsideBrackets(_ text: Substring, opening: String) -> String.Index? {
    var depth = 0
    return text.indices.first { index in
      let character = text[index]
      if opening.contains(character) {
        depth += 1
      } else if (character == ")" && opening.contains("(")) || (character == "]" && opening.contains("[")) {
        depth -= 1
      } else if character == ":" {
        return depth <= 0
      }
      return false
    }
  }

  static func speakerLabel(of text: String) -> String? {
    // Most paragraphs open with no label: no colon among their first bytes.
    guard text.utf8.prefix(120).contains(UInt8(ascii: ":")) else { return nil }
    let opening = text.prefix(90)
    // "Jonas (typed reply, Tue 7 Feb, 20:10):": a colon inside brackets is no label's end.
    guard let colon = Self.colonOutsideBrackets(opening, opening: "([") else { return nil }
    // "**Grace Tan** (MSWDO):": the emphasis is no part of the name.
    var label = String(opening[..<colon].filter { $0 != "*" && $0 != "_" }).trimmingBlanks
    // "Ines Kalvo [00:54:40]:": a transcript's time mark after the name is no part of it.
    if label.hasSuffix("]"), let open = label.lastIndex(of: "["), label[open...].contains(where: \.isNumber) {
      label = String(label[..<open]).trimmingBlanks
    }
    // "EDIT 2:", "Update:", "P.S.:": a post's later addition, by its writer, names no one.
    if let word = label.split(separator: " ").first?.lowercased(), ["edit", "edited", "update", "updated", "ps", "p.s.", "eta"].contains(word),
      label.split(separator: " ").count <= 2
    {
      return nil
    }
    // "**Lena Marsh** · 08:40": a chat's name, then the time it was sent (whose colon is no label's).
    if let dot = label.range(of: " \u{00B7} "), label[dot.upperBound...].allSatisfy(\.isNumber), !label[dot.upperBound...].isEmpty {
      return nil
    }
    guard !label.isEmpty, label.first?.isUppercase == true else { return nil }
    if let open = label.firstIndex(of: "("), label.hasSuffix(")") {
      let head = label[..<open].trimmingBlanks.lowercased()
      let inside = label[label.index(after: open)..<label.index(before: label.endIndex)].trimmingBlanks
      guard !inside.isEmpty else { return nil }
      if ["a", "answer", "response", "reply", "r"].contains(head) || head.hasPrefix("speaker") { return inside }
      // "THE DEPUTY MINISTER (Hon. Petra Volkan):", as a Hansard names the one who speaks: the
      // office in capitals, the person in brackets.
      let office = label[..<open].trimmingBlanks
      if office.count > 3, !office.contains(where: \.isLowercase) {
        var person = Substring(inside)
        for title in ["Hon. ", "Hon ", "Rt. Hon. ", "Ms ", "Mr ", "Mrs ", "Dr ", "Ms. ", "Mr. ", "Dr. "] where person.hasPrefix(title) {
          person = person.dropFirst(title.count)
          break
        }
        if looksLikeName(String(person)) { return String(person) }
      }
      let name = label[..<open].trimmingBlanks
      return looksLikeName(name) ? name : nil
    }
    // "Maren, closing:", "Jun, replying:": the name, and a remark in small letters on when or how.
    if let comma = label.firstIndex(of: ","), case let remark = label[label.index(after: comma)...].trimmingBlanks,
      !remark.isEmpty, remark.split(separator: " ").count <= 3, remark.allSatisfy({ $0.isLowercase || $0 == " " || $0 == "-" }),
      case let name = label[..<comma].trimmingBlanks, name.split(separator: " ").count <= 3, looksLikeName(name)
    {
      return name
    }
    return label.split(separator: " ").count <= 5 && looksLikeName(label) ? label : nil
  }

  /// A due date that ends an action item on its own, set off by a comma, dash, semicolon or
  /// bracket ("…, 15/06/2024", "… – 31 May").
  static func trailingDate(in text: String, sessionDate: CalendarDate?, order: DueDateResolver.SlashOrder = .dayFirst) -> DueDateResolver.Due? {
    var trimmed = text.trimmingBlanks
    while let last = trimmed.last, ".;)".contains(last) { trimmed.removeLast() }
    // "… · DRLM · July, date tbc": the month is the date; that its day is still open changes nothing.
    if trimmed.containsAnyBytesIgnoringCase(Self.openDayWords), let open = Self.openDayRemark.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..<trimmed.endIndex, in: trimmed)),
      let range = Range(open.range, in: trimmed)
    {
      trimmed = String(trimmed[..<range.lowerBound])
    }
    let separators: [Character] = [",", ";", "(", "\u{2013}", "\u{2014}", "-", "|", "\u{B7}", "\u{2022}"]
    // A hyphen separates only between blanks ("end-June" and "2024-06-15" are one word); so do
    // arrows and pictographs ("➡️ Q1 2024", "📅 27.10.").
    guard let cut = trimmed.indices.last(where: { index in
      guard separators.contains(trimmed[index]) || Self.isPictograph(trimmed[index]) else { return false }
      return trimmed[index] != "-" || (index > trimmed.startIndex && trimmed[trimmed.index(before: index)] == " ")
    }) else { return nil }
    var segment = trimmed[trimmed.index(after: cut)...].trimmingBlanks
    // "…, em 7 de junho": the day a task is done on, as Portuguese writes it.
    if segment.hasPrefix("em "), segment.dropFirst(3).first?.isNumber == true { segment = String(segment.dropFirst(3)) }
    let opensWithPeriod = ["end ", "mid-", "mid ", "early ", "late ", "a finales ", "antes d", "para el "].contains { segment.lowercased().hasPrefix($0) }
    guard !segment.isEmpty, segment.count <= 24,
      segment.first?.isNumber == true || segment.first?.isUppercase == true || opensWithPeriod
    else { return nil }
    // "…, 30 Oct" reads as "by 30 Oct"; "… – 2 weeks" as "within 2 weeks"; "… 27.10." as "by
    // 27.10." (its last full stop was trimmed above).
    if let due = dateAlone(segment, leads: ["by ", "within "], sessionDate: sessionDate, order: order) { return due }
    if segment.last?.isNumber == true, segment.contains("."), text.trimmingBlanks.hasSuffix(segment + "."),
      let due = dateAlone(segment + ".", leads: ["by "], sessionDate: sessionDate, order: order)
    {
      return due
    }
    // "… | CC | ICCG 18/11": the meeting the task is due at, named before its date.
    let words = segment.split(separator: " ", maxSplits: 1)
    guard words.count == 2, (2...6).contains(words[0].count), words[0].allSatisfy({ $0.isUppercase && $0.isLetter }),
      words[1].first?.isNumber == true
    else { return nil }
    return dateAlone(String(words[1]), leads: ["by "], sessionDate: sessionDate, order: order)
  }

  /// A remark after a date that its day or time is still to be fixed: ", date tbc", " (day TBD)".
  private static let openDayRemark = NSRegularExpression.builtIn(
    "open day remark", "[,;]?\\s*\\(?(?:exact\\s+)?(?:date|day|time)\\s+(?:tbc|tbd|to\\s+be\\s+(?:confirmed|decided|fixed))\\)?\\s*$",
    options: [.caseInsensitive])
  private static let openDayWords = ["tbc", "tbd", "to be "].map { Array($0.utf8) }

  /// An arrow or a pictograph ("➡️", "📅", "☎️"), which notes put between a task and its date.
  static func isPictograph(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first, !scalar.isASCII else { return false }
    if (0x2190...0x21FF).contains(scalar.value) || (0x27A1...0x27BF).contains(scalar.value) { return true }
    // "🗓" and "🖊" are pictographs written without the selector that asks for their colour.
    return scalar.properties.isEmojiPresentation || ((character.unicodeScalars.count > 1 || scalar.value >= 0x1F000) && scalar.properties.isEmoji)
  }

  /// A text without the pictographs that label it: "👤 Lin" → "Lin", "🗓 Tue 15 Jul" → "Tue 15 Jul".
  static func droppingPictographs(_ text: String) -> String {
    String(text.drop { isPictograph($0) || $0 == " " || $0 == "\u{FE0F}" })
  }

  /// A due date that opens a note-style action before a separator: "🗓 Tue 15 Jul · send the
  /// readout · 👤 Lin", "22 Jul | present the ideas | Mr. Ferhat", "Fri — clickable prototype".
  static func leadingDate(in text: String, sessionDate: CalendarDate?, order: DueDateResolver.SlashOrder = .dayFirst) -> DueDateResolver.Due? {
    let trimmed = droppingPictographs(text.trimmingBlanks)
    guard let cut = (ownerSeparators + [" \u{B7} ", ": "]).compactMap({ trimmed.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
    else { return nil }
    let segment = trimmed[..<cut.lowerBound].trimmingBlanks
    guard !segment.isEmpty, segment.count <= 24 else { return nil }
    return dateAlone(segment, leads: ["by ", "within ", ""], sessionDate: sessionDate, order: order)
  }

  /// The due date that `words` give on their own, read after one of `leads` ("30 Oct" as "by 30
  /// Oct"): the date found must take up as many characters as the words.
  static func dateAlone(_ words: String, leads: [String], sessionDate: CalendarDate?, order: DueDateResolver.SlashOrder = .dayFirst) -> DueDateResolver.Due? {
    for lead in leads {
      if let found = DueDateResolver.find(in: lead + words, sessionDate: sessionDate, order: order), found.words.count >= words.count {
        return DueDateResolver.Due(date: found.date, words: words)
      }
    }
    return nil
  }

  /// A due date alone in a part of brackets: "[OHCHR | 15 Dec] Draft …", "UNEP (Q1 2025): convene …".
  static func bracketedDate(in text: String, sessionDate: CalendarDate?, order: DueDateResolver.SlashOrder = .dayFirst) -> DueDateResolver.Due? {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") }) else { return nil }
    var rest = text[...]
    while let open = rest.firstIndex(where: { $0 == "[" || $0 == "(" }) {
      let closing: Character = rest[open] == "[" ? "]" : ")"
      guard let close = rest[open...].firstIndex(of: closing) else { break }
      for part in rest[rest.index(after: open)..<close].split(whereSeparator: { $0 == "|" || $0 == ";" || $0 == "," }) {
        var words = part.trimmingBlanks
        // "(end of month latest)", "(15 May at the latest)", "(Friday tbc)".
        // "(ends 2027-09-24)": when a milestone or a sprint ends.
        for opening in ["ends ", "ending ", "closes ", "due "] where words.lowercased().hasPrefix(opening) { words = words.dropFirst(opening.count).trimmingBlanks }
        for hedge in [" at the latest", " at latest", " latest", " tbc", " max", " or so"] where words.lowercased().hasSuffix(hedge) {
          words = String(words.dropLast(hedge.count))
          break
        }
        guard !words.isEmpty, words.count <= 24 else { continue }
        if let due = dateAlone(words, leads: ["", "by "], sessionDate: sessionDate, order: order) { return due }
      }
      rest = rest[rest.index(after: close)...]
    }
    return nil
  }

  /// Words after which a handle names whom a task concerns, not who does it.
  static let handleObjectWords: Set<String> = [
    "ask", "asks", "contact", "email", "e-mail", "ping", "remind", "invite", "with", "to", "cc", "cc:", "from", "for",
    "thank", "thanks", "call", "message", "tell", "via",
  ]

  /// A handle joined to the one before `rest` ("` + @marco`", "` and @ben`"): the joining words as
  /// written, the handle and where it ends.
  static func joinedHandle(in rest: Substring) -> (joiner: String, handle: String, end: String.Index)? {
    for joiner in [" + ", " & ", " and ", ", ", " / ", "/", "+"] where rest.hasPrefix(joiner + "@") {
      let start = rest.index(rest.startIndex, offsetBy: joiner.count + 1)
      var end = start
      while end < rest.endIndex, rest[end].isLetter || rest[end].isNumber || "._-".contains(rest[end]) { end = rest.index(after: end) }
      var handle = String(rest[start..<end])
      while let last = handle.last, ".-_".contains(last) {
        handle.removeLast()
        end = rest.index(before: end)
      }
      guard !handle.isEmpty else { return nil }
      return (joiner, handle, end)
    }
    return nil
  }

  /// The first `@handle` that is not part of an e-mail address.
  static func handle(in text: String) -> (owner: String, words: String)? {
    // "u/ines_valdmaa_cityhall: publish …": a Reddit user, named as Reddit writes one.
    if text.hasPrefix("u/"), case let name = text.dropFirst(2).prefix(while: { $0.isLetter || $0.isNumber || "_-".contains($0) }),
      (2...40).contains(name.count), text.dropFirst(2 + name.count).first.map({ ":, ".contains($0) }) == true
    {
      return (String(name), "u/" + name)
    }
    var index = text.startIndex
    while let at = text[index...].firstIndex(of: "@") {
      let previous = at > text.startIndex ? text[text.index(before: at)] : " "
      var end = text.index(after: at)
      while end < text.endIndex, text[end].isLetter || text[end].isNumber || "._-".contains(text[end]) {
        end = text.index(after: end)
      }
      var handle = String(text[text.index(after: at)..<end])
      while let last = handle.last, ".-_".contains(last) { handle.removeLast() }
      // "☐ @Dmitri Havel · Circulate draft 4": a chat tool's mention shows the whole name, up to
      // the field's end.
      if handle.first?.isUppercase == true, text[end...].hasPrefix(" "),
        case let near = text[end...].prefix(60),
        let field = [" \u{00B7} ", " \u{2014} ", " \u{2013} ", " | "].compactMap({ near.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
        case let surname = text[end..<field.lowerBound].split(separator: " "), (1...2).contains(surname.count),
        surname.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || "'-.\u{2019}".contains($0) } })
      {
        handle += " " + surname.joined(separator: " ")
        end = field.lowerBound
      } else if at == text.startIndex, handle.first?.isUppercase == true, text[end...].hasPrefix(" ") {
        // "@Lina Farrokh circulate the messages //24 Apr 2037": a wiki's mention of a whole name
        // opening a task, before its verb in small letters.
        let words = text[end...].split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        let names = words.prefix { word in
          word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase)
            && word.allSatisfy({ $0.isLetter || "'-\u{2019}".contains($0) })
            && !["Please", "Pls", "Can", "Could", "Will", "Would", "To", "And", "The"].contains(String(word))
        }
        if (1...2).contains(names.count), names.count < words.count, words[names.count].first?.isLowercase == true,
          let last = names.last, let upper = text.range(of: last, range: end..<text.endIndex)?.upperBound
        {
          handle += " " + names.joined(separator: " ")
          end = upper
        }
      }
      // "ask @StreamTokSafety for an answer", "share with @ana": the one asked is not the owner.
      let before = text[..<at].suffix(40).split(separator: " ").last?.lowercased() ?? ""
      if !(previous.isLetter || previous.isNumber), !handle.isEmpty, !Self.handleObjectWords.contains(before) {
        // "@lina.k + @marco", "@sipho & @hannah", "@ana and @ben": the handles joined own it together.
        var owners = handle
        var words = "@" + handle
        var rest = text[end...]
        while let joined = Self.joinedHandle(in: rest) {
          owners += joined.joiner + joined.handle
          words += joined.joiner + "@" + joined.handle
          rest = rest[joined.end...]
        }
        return (owners, words)
      }
      index = end > at ? end : text.index(after: at)
      if index >= text.endIndex { break }
    }
    return nil
  }
}
