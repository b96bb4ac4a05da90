/// Lint: front-matter values must be what their field means: real dates, forward time ranges,
/// known theme ids, lists where lists go. An agenda item that opens with a time that cannot be
/// read (`25:00`, `15:00–13:15`) is a bad time range too.
public struct FieldInvalidRule: LintRule {
  public let description = LintRuleDescription(
    id: "field-invalid", name: "Field invalid",
    description:
      "Front-matter values must be valid: a real YYYY-MM-DD date within a week of the event's dates, an HH:MM-HH:MM range, known theme ids, no misspelt field (a speaker's too), each speaker once, an id that names no speaker under the Chatham House Rule; agenda times must be readable",
    defaultSeverity: .error,
    triggering: [
      LintExample("---\ntitle: T\ndate: ↓2017-09-31\ntime: \"10:00-11:00\"\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: ↓\"15:00-13:15\"\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\ntags:\n  - gender\n  - ↓resilience\n---\n"),
      LintExample("---\ntitle: T\ndate: ↓21 September 2017\ntime: \"10:00-11:00\"\nchatham-house: ↓maybe\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n↓Chatham_House: true\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n↓chatam-house: true\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n↓venu: Room 5\n↓speaker: [Jane Roe]\n↓chairs: Bob Smith\n---\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nkind: ↓worksop\n---\n## Purpose\n\nText.\n",
        requiredSections: ["workshop": [.purpose, .discussion]]),
      LintExample("---\ntitle: T\ndate: ↓2017/09/21\ntime: \"10:00-11:00\"\n---\n"),
      LintExample("---\nid: ↓../../etc/x\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\n---\n"),
      LintExample("---\nid: ↓halvorsen-keynote\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nchatham-house: true\nspeakers: [Ingrid Halvorsen]\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: ↓\"10:00\"\n---\n"),
      // Read all the same, and named with the form to write.
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: ↓\"9.30–11.00\"\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: ↓13h30 – 15h\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: ↓2pm-3:30pm\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\ntags: [↓youth-work, youth, ↓youths]\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\ntags: gender, ↓youths\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - name: A. Person\n    sector: ↓diplomats\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - ↓role: Moderator\n  - ↓name: \"  \"\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - Ana Lopez\n  - name: Bo Li\n↓  - name: Ana  Lopez\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - name: Ana Lopez\n↓    afiliation: UNDP\n    gender: ↓femal\n---\n"),
      LintExample("---\ntitle: T\ndate: ↓\"2018-11-28\"\ntime: \"10:00-11:00\"\n---\n", eventDates: ["2017-11-27", "2017-12-01"]),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers: ↓\"Ana Ruiz (Mayor's Office), Tom Bell (Youth Network)\"\n---\n"),
      LintExample.note("## Agenda\n\n- ↓25:00–25:30 Opening\n- ↓14:00–13:30 Panel\n- ↓14:00-1500 Q&A\n- ↓14:30–\n- ↓2pm-14:61 Close\n- 14:30 Wrap-up\n"),
    ],
    nonTriggering: [
      LintExample.note("## Purpose\n\nText.\n"),
      // A required field written with a key that is not read is field-missing's.
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime:: 10:00-11:00\n---\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2016-02-29\"\ntime: 13:15–15:00\ntags: [gender, youth]\nchatham-house: true\nspeakers:\n  - A. Person\n  - name: B. Person\n    sector: government\n---\n"
      ),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\ntags: gender, youth\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - name: Ana Lopez\n    gender: non-binary\n    title: Dr\n---\n"),
      // The id names a speaker, but the notes keep no rule that hides who spoke; a common word is no name.
      LintExample("---\nid: halvorsen-keynote\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers: [Ingrid Halvorsen]\n---\n"),
      LintExample("---\nid: youth-dialogue\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nchatham-house: true\nspeakers: [Hope Youth]\n---\n"),
      // A field of the writer's own, far from any read.
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nstatus: draft\nlanguage: en\nnote: x\ntype: panel\n---\n"),
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers:\n  - name: A. Person\n    sector: Civil society\n  - name: B. Person\n    sector: UN\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: 9:30 - 11:00\n---\n"),
      // Two who wrote the notes, listed as a chair's two would be.
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nrapporteur: [Jiwoo Kim, Daniel Oh]\n---\n"),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: 13:15-15:00 EST\n---\n"),
      // A kind with no required sections, far from any that has them.
      LintExample(
        "---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nkind: roundtable\n---\n## Purpose\n\nText.\n",
        requiredSections: ["workshop": [.purpose], "side-event": [.purpose]]),
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: \"10:00-11:00\"\nspeakers: Jane Doe, Director, UNDP\n---\n"),
      // A side meeting the week before the event.
      LintExample("---\ntitle: T\ndate: \"2017-11-21\"\ntime: \"10:00-11:00\"\n---\n", eventDates: ["2017-11-27", "2017-12-01"]),
      // A late sitting past midnight.
      LintExample("---\ntitle: T\ndate: \"2017-09-21\"\ntime: 22:30-00:45\n---\n## Agenda\n\n- 23:55–00:30 Brackets\n"),
      LintExample.note(
        "## Agenda\n\n- 13:15 Opening\n- 13:30 - Panel\n- 2pm–2:45pm Q&A\n- 10-12 participants per table\n\nIn 2017, 25:00 was not a time.\n"),
    ])

  public init() {}

  /// Whether a text lists two people or more, each with a given name and a surname: "Ana Ruiz
  /// (Mayor's Office), Tom Bell (Youth Network)"; not "Jane Doe, Director, UNDP".
  static func namesSeveral(_ text: String) -> Bool {
    var parts: [String] = []
    var depth = 0
    var current = ""
    for character in text {
      if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) }
      if (character == "," || character == ";") && depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    parts.append(current)
    let people = parts.filter { part in
      let name = part.prefix { $0 != "(" }.split(separator: " ")
      return (2...4).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) }
    }
    return people.count >= 2
  }

  /// The fields of a speaker written as a map.
  static let speakerKeys: Set<String> = ["name", "affiliation", "role", "sector", "gender"]
  /// The genders the participation figures count.
  static let genders: Set<String> = ["female", "woman", "women", "f", "w", "male", "man", "men", "m"]

  /// The fields whose keys are not read but are near one that is ("venu", "speaker", "time:"),
  /// each with the key it is near.
  static func misspeltFields(_ fields: YAMLValue) -> [(entry: (key: String, value: YAMLValue, line: Int), nearest: String)] {
    (fields.entries ?? []).compactMap { entry in
      guard !SessionLoader.frontMatterKeys.contains(entry.key), !SessionLoader.isChathamHouseKey(entry.key) else { return nil }
      let key = entry.key.lowercased()
      guard let nearest = SessionLoader.frontMatterKeys.first(where: { $0 == key || $0 + "s" == key || key + "s" == $0 })
        ?? (key.count >= 4 ? Spelling.nearest(key, in: SessionLoader.frontMatterKeys, within: key.count >= 6 ? 2 : 1) : nil)
      else { return nil }
      return (entry, nearest)
    }
  }

  public func check(_ file: LintFile) -> [RawFinding] {
    guard let session = file.session else { return [] }
    let fields = session.frontMatter
    var findings: [RawFinding] = []
    func at(_ value: YAMLValue, _ key: String, _ message: String) {
      findings.append(RawFinding(line: value.line, column: file.valueColumn(line: value.line, key: key), message))
    }
    for key in ["id", "title", "kind", "venue", "date", "time"] {
      guard let value = fields[key] else { continue }
      if case .null = value { continue }
      if value.string == nil { at(value, key, "'\(key)' should be a text, not \(value.kindName)") }
    }
    if let value = fields["id"], let id = value.string {
      if id.contains("/") || id.contains("\\") || id.hasPrefix(".") || id.contains(where: { $0.isNewline }) {
        at(value, "id", "id '\(id)' cannot name a file: no slashes and no leading dot")
      }
    }
    // Under the Chatham House Rule the id shows in anchors, file names and the extracted data: one
    // that names a speaker ("halvorsen-keynote", from the file's name when the notes give none)
    // names who spoke. The message does not repeat it.
    if session.chathamHouse, let shown = SpeakerNamedID.unnamedID(of: session) {
      let message = "the session's id (from \(fields["id"]?.string != nil ? "its 'id' field" : "the file's name")) holds a speaker's name, which the report's anchors, file names and extracted data would show; under the Chatham House Rule the outputs call the session '\(shown)' instead; give an id that names no one"
      if let value = fields["id"] { at(value, "id", message) } else { findings.append(RawFinding(line: 1, column: 1, message)) }
    }
    if let value = fields["date"], let date = value.string, !date.isEmpty, CalendarDate(iso: date) == nil {
      if let read = CalendarDate(written: date) {
        at(value, "date", "date '\(date)' is not written YYYY-MM-DD; write \(read)")
      } else {
        at(value, "date", "date '\(date)' is not a real date written YYYY-MM-DD")
      }
    }
    // "2018-11-28" for an event held in 2017: every relative due date would land a year late. A
    // session in the week before or after the event's days is a side meeting, not a slip.
    if let value = fields["date"], let date = value.string.flatMap(CalendarDate.init(iso:)),
      case let days = file.event.dates.compactMap(CalendarDate.init(iso:)), let first = days.min(), let last = days.max(),
      date < first.adding(days: -7) || last.adding(days: 7) < date
    {
      let span = first == last ? "\(first)" : "\(first) to \(last)"
      at(value, "date", "date \(date) is far from the event's dates in event.yml (\(span)); relative due dates ('within two weeks', 'by Friday') are read from it")
    }
    if let value = fields["time"], let time = value.string, !time.isEmpty {
      if let read = TimeParsing.range(time) {
        // "9.30–11.00", "2pm-3:30pm", "13h30 – 15h" are read, as dates written another way are,
        // and named with the form to write.
        if !TimeParsing.isWrittenAsSpecified(time) {
          at(value, "time", "time '\(time)' is not written HH:MM-HH:MM; write \(read.startText)-\(read.endText)")
        }
      } else {
        at(value, "time", "time '\(time)' is not a range HH:MM-HH:MM that ends after it starts")
      }
    }
    for (location, problem) in SessionLoader.unreadableAgendaTimes(in: session.sections) {
      findings.append(RawFinding(location, "agenda item: \(problem); write its time as a range such as 13:15–13:25"))
    }
    // "rapporteur: [Jiwoo Kim, Daniel Oh]": two who wrote the notes, as a chair may be two.
    for key in ["chair", "hosts", "tags", "rapporteur"] {
      guard let value = fields[key] else { continue }
      if case .null = value { continue }
      if value.strings == nil { at(value, key, "'\(key)' should be a text or a list of texts") }
    }
    if let value = fields["tags"], let items = value.list {
      let known = Set(file.rules.themes.map(\.id))
      let knownList = known.sorted().joined(separator: ", ")
      // Tags sharing a line (`tags: [gender, resilience]`) are looked for left to right, each
      // after the one before, so that a long list is read once.
      var searchFrom: [Int: String.Index] = [:]
      // "tags: gender, youth" is read as "[gender, youth]" is.
      let tags = items.flatMap { item in
        (item.string.map(SessionLoader.tags(written:)) ?? []).map { (tag: $0, line: item.line) }
      }
      for item in tags {
        let tag = item.tag
        let line = file.line(item.line)
        var offset = 0
        if let bracket = searchFrom[item.line] ?? line.firstIndex(of: "[") ?? line.firstIndex(of: ":"),
          let range = line[bracket...].firstRange(of: tag)
        {
          searchFrom[item.line] = range.upperBound
          let valueStart = line.firstIndex(of: ":").map { line.index(after: $0) } ?? line.startIndex
          let start = line[valueStart...].firstIndex { $0 != " " } ?? valueStart
          offset = start <= range.lowerBound ? line[start..<range.lowerBound].utf8.count : 0
        }
        guard !known.contains(tag) else { continue }
        findings.append(
          RawFinding(
            line: item.line, column: file.valueColumn(line: item.line, key: "tags") + offset,
            "unknown theme id '\(tag)' in tags; known: \(knownList)"))
      }
    }
    // A kind one or two letters from one event.yml gives sections for: a slip that would leave
    // the note's sections unchecked.
    if let value = fields["kind"], let kind = value.string, !file.event.requiredSections.isEmpty {
      let id = SectionMissingRule.kindID(kind)
      let known = Set(file.event.requiredSections.keys)
      if !known.contains(kind), !known.contains(id), id.count >= 4,
        let nearest = DisableDirectives.nearest(id, in: known)
      {
        at(value, "kind", "kind '\(kind)' is not one event.yml gives sections for; did you mean '\(nearest)'? (its required sections are not checked)")
      }
    }
    if let field = SessionLoader.chathamHouseField(session.frontMatter), field.key != "chatham-house" {
      findings.append(
        RawFinding(
          line: field.line, column: 1,
          "'\(field.key)' is read as 'chatham-house' (no speaker is named); write it 'chatham-house'"))
    }
    // "venu:", "speaker:", "chairs:": a field misspelt is not read, and what it holds is lost.
    // A required field missing, written "time::", is field-missing's, which names the line.
    for (entry, nearest) in Self.misspeltFields(fields) where !(FieldMissingRule.requiredFields.contains(nearest) && fields[nearest] == nil) {
      findings.append(
        RawFinding(line: entry.line, column: 1, "unknown field '\(entry.key)' is not read; did you mean '\(nearest)'?"))
    }
    if let value = fields["chatham-house"] {
      if case .null = value {} else if value.bool == nil {
        at(value, "chatham-house", "'chatham-house' should be true or false")
      }
    }
    // "speakers: \"Ana Ruiz (Mayor's Office), Tom Bell (Youth Network)\"": several people in one
    // text, which the report would count as one speaker.
    if let value = fields["speakers"], case .scalar = value, let text = value.string, Self.namesSeveral(text) {
      at(value, "speakers", "'speakers' is one text naming several people; write a list, one '- ' line per speaker")
    }
    if let value = fields["speakers"] {
      if case .null = value {} else if let items = value.list {
        for item in items {
          if let text = item.string {
            if text.trimmingBlanks.isEmpty { at(item, "speakers", "a speaker has no name; write the name, or leave the line out") }
            continue
          }
          guard item.entries != nil else {
            at(item, "speakers", "a speaker should be a name or a map with name, affiliation, role, sector, gender")
            continue
          }
          if (item["name"]?.string ?? "").trimmingBlanks.isEmpty {
            at(item, "speakers", "a speaker has no 'name'; the report would list a role with no one in it")
          }
          // "afiliation", "sectr", "gendre": a speaker's field misspelt is not read, and the
          // participation figures lose it.
          for entry in item.entries ?? [] where !Self.speakerKeys.contains(entry.key.lowercased()) && entry.key.count >= 4 {
            if let nearest = Spelling.nearest(entry.key.lowercased(), in: Self.speakerKeys, within: entry.key.count >= 6 ? 2 : 1) {
              findings.append(
                RawFinding(line: entry.line, column: 1, "unknown speaker field '\(entry.key)' is not read; did you mean '\(nearest)'?"))
            }
          }
          // "femal": a gender the counts do not read, close to one they do.
          if let gender = item["gender"], let text = gender.string?.trimmingBlanks.lowercased(), !text.isEmpty,
            !Self.genders.contains(text), text.count >= 3, let nearest = Spelling.nearest(text, in: ["female", "male", "woman", "man"], within: 2)
          {
            findings.append(
              RawFinding(
                line: gender.line, column: file.valueColumn(line: gender.line, key: "gender"),
                "gender '\(text)' is not counted as a woman's or a man's; did you mean '\(nearest)'?"))
          }
          if let sector = item["sector"], let text = sector.string, !Speaker.sectors.contains(Speaker.sector(written: text)) {
            findings.append(
              RawFinding(
                line: sector.line, column: file.valueColumn(line: sector.line, key: "sector"),
                "sector '\(text)' is not one of \(Speaker.sectors.joined(separator: ", "))"))
          }
        }
      } else {
        at(value, "speakers", "'speakers' should be a list")
      }
      // A speaker listed twice is counted once; the second listing is named.
      var listed: [String: Int] = [:]
      for item in value.list ?? [] {
        let name = item.string.map { SessionLoader.speaker(written: $0, line: item.line).name } ?? item["name"]?.string ?? ""
        guard !name.trimmingBlanks.isEmpty else { continue }
        if let first = listed[SessionLoader.duplicateKey(name)] {
          findings.append(RawFinding(line: item.line, column: 1, "speaker '\(name)' is listed twice (first on line \(first)); list each speaker once"))
        } else {
          listed[SessionLoader.duplicateKey(name)] = item.line
        }
      }
    }
    return findings
  }
}
