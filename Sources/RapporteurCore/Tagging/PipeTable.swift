import CommonMark
import Foundation

/// A GitHub-style pipe table, which CommonMark reads as one paragraph: a header row, a delimiter
/// row (`|---|:---:|`) and body rows. Each body cell knows where it begins in the file.
struct PipeTable {
  /// What a column holds, from its header, matched loosely ("Owner / lead", "Due date", "Who").
  enum Role: Equatable {
    case text, owner, due, addressee, done, start, other
  }

  var roles: [Role]
  var rows: [[LocatedText]]
  /// The column that says what each row is ("ACT", "REC", "DEC"), where a tracker has one.
  var typeColumn: Int?
  /// The columns of what was asked and answered in a log of questions ("| Question | Asked by |
  /// Answer | Follow-up | Owner |"): what speakers said, read as the discussion is.
  var spokenColumns: [Int] = []

  /// The column of a government's responses beside recommendations made to it ("| Recommendation
  /// | Recommending State | Response |"), as a review's matrix sets them out.
  var responseColumn: Int?
  /// The column of the key actions a management response sets beside each recommendation it
  /// accepts ("| Recommendation | Management response | Key actions | Responsible unit | …").
  var responseActionColumn: Int?
  /// The column of the recommendations responded to.
  var respondedColumn: Int?
  /// Whether the table follows up recommendations made before, each with how far it is
  /// implemented ("| Recommendation (2035 report) | Addressee | Status |" over "Partly",
  /// "Not implemented"): what became of earlier advice, no item of this session's.
  var followsUpEarlier = false

  /// The column of responses, where a header names both recommendations and responses to them.
  static func responseColumn(_ header: [LocatedText]) -> Int? {
    let names = header.map { $0.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")) }
    guard names.contains(where: { $0.hasPrefix("recommendation") }) else { return nil }
    return names.firstIndex {
      ["response", "position", "government response", "state response", "government's response", "management response", "management's response"]
        .contains($0)
    }
  }

  /// Whether a response accepts the recommendation: "S", "Supported", "S (already implemented)",
  /// "Accepted"; not "PS" (partly), "N" (noted), "Rejected".
  static func accepts(_ response: String) -> Bool {
    let words = response.lowercased().split(whereSeparator: { !$0.isLetter })
    guard let first = words.first else { return false }
    // "Partially accepted. The new procedure is accepted; a quota by decree is not.": a management
    // response takes the recommendation on, in part (a review's "PS" notes it only).
    if first == "partially", words.count > 1, ["accepted", "agreed"].contains(words[1]) { return true }
    return ["s", "supported", "accepted", "agreed", "accept", "support"].contains(first)
  }
  /// Whether the header names a column of tasks and one of who does them ("Action | Owner |
  /// Due"): a table of actions wherever it stands in the notes.
  var listsActions = false

  /// The table a paragraph is written as, or `nil` when it is not one. `escapedPipes` tells, for
  /// each file line that escapes one (`\|`), which of its pipes are escaped: those are a cell's
  /// words, not a column's edge.
  init?(_ block: MarkdownNode, escapedPipes: [Int: [Bool]] = [:]) {
    // "| Send the survey<br>to the hub managers | Ben Carter |": a break inside a cell is one row's
    // words, on the file line it breaks.
    let lines = InlineText.lines(of: block).reduce(into: [InlineText.Line]()) { joined, line in
      if let last = joined.last, last.location.line == line.location.line, !line.text.trimmingBlanks.hasPrefix("|"),
        !last.text.trimmingBlanks.hasSuffix("|")
      {
        joined[joined.count - 1].text += " " + line.text
      } else {
        joined.append(line)
      }
    }
    func cells(of line: InlineText.Line) -> [LocatedText] { Self.cells(of: line, escaped: escapedPipes[line.location.line]) }
    guard lines.count >= 2, lines.allSatisfy({ $0.text.utf8.contains(UInt8(ascii: "|")) }) else { return nil }
    // Rows under a delimiter row with no header above it: the columns are told by what they hold.
    if Self.isDelimiterLine(lines[0].text), lines.dropFirst().allSatisfy({ $0.text.trimmingBlanks.hasPrefix("|") }) {
      let body = lines.dropFirst().map { cells(of: $0) }.filter { !$0.allSatisfy(\.isEmpty) }
      guard let width = body.first?.count, width >= 2, body.allSatisfy({ $0.count == width }) else { return nil }
      roles = Self.roles(ofColumns: body, width: width)
      listsActions = roles.contains(.owner) && roles.contains(.text)
      rows = body
      return
    }
    let header = cells(of: lines[0])
    let delimiter = cells(of: lines[1])
    guard header.count >= 2 else { return nil }
    // A delimiter row mistyped ("|---|---|/--|", a cell short) is still one: dashes and no words.
    let delimited = delimiter.count == header.count && delimiter.allSatisfy({ Self.isDelimiter($0.text) })
      || Self.isDelimiterLine(lines[1].text)
    // Rows with no delimiter row at all, under a header that names the columns ("| Owner | Action |
    // Due |").
    // Or with no pipe at either end, as a ticket board's list view is copied ("Key | Summary |
    // Assignee | Due"): a header naming the tasks and their owners, and every row as wide.
    let headerRoles = Self.roles(of: header)
    let headed = !delimited && headerRoles.contains { $0 == .owner || $0 == .due }
      && (lines.allSatisfy { $0.text.trimmingBlanks.hasPrefix("|") }
        || header.count >= 3 && headerRoles.contains(.text) && headerRoles.contains(.owner)
          && lines.dropFirst().allSatisfy { cells(of: $0).count == header.count })
    guard delimited || headed else { return nil }
    roles = headerRoles
    listsActions = Self.namesActions(header)
    responseColumn = Self.responseColumn(header)
    if responseColumn != nil {
      respondedColumn = header.indices.first { header[$0].text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")).hasPrefix("recommendation") }
      responseActionColumn = header.indices.first { !header[$0].text.lowercased().contains("recommendation") && Self.namesTasks(header[$0].text) }
    }
    spokenColumns = header.indices.filter { ["question", "questions", "answer", "answers", "comment", "comments", "question or comment"].contains(header[$0].text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))) }
    rows = lines.dropFirst(delimited ? 2 : 1).map { cells(of: $0) }.filter { !$0.allSatisfy(\.isEmpty) }
    preferWordyTaskColumn(header)
    if header.contains(where: { $0.text.lowercased().contains("recommendation") }), let status = roles.firstIndex(of: .done) {
      let implemented = rows.filter { row in
        status < row.count && ["implemented", "not implemented", "partly", "partially", "partly implemented", "partially implemented"]
          .contains(row[status].text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ .")))
      }
      followsUpEarlier = !rows.isEmpty && implemented.count * 2 > rows.count
    }
    // "| Record | Type | Text | Addressed to | Owner | Due |": a grid of records whose type column
    // says which rows are recommendations and which tasks, the column of their words named
    // for what it holds.
    let names = header.map { $0.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")) }
    if let types = names.firstIndex(where: { ["type", "kind", "category", "item type", "record type"].contains($0) }), roles.contains(.owner) {
      if let text = names.firstIndex(where: { ["text", "content", "wording", "statement", "outcome"].contains($0) }), text < roles.count {
        roles = roles.map { $0 == .text ? .other : $0 }
        roles[text] = .text
      }
      if roles.contains(.text) { typeColumn = types }
    }
  }

  /// "| Task | Action | Rec. | …" over "| 3.1 | Finalise the draft NAP … |": where the column the
  /// header names for the tasks holds only codes, the next one named for them holds the tasks.
  mutating func preferWordyTaskColumn(_ header: [LocatedText]) {
    guard let text = roles.firstIndex(of: .text), !rows.isEmpty,
      rows.allSatisfy({ text >= $0.count || $0[text].text.count <= 8 && !$0[text].text.contains(" ") })
    else { return }
    guard let wordy = header.indices.first(where: { $0 > text && $0 < roles.count && (roles[$0] == .other || roles[$0] == .text) && Self.namesTasks(header[$0].text) })
    else { return }
    roles[text] = .other
    roles[wordy] = .text
  }

  /// A tracker pasted as comma-separated values ("ID,Action,Owner,Due,Status,Notes" over its
  /// rows), or `nil` when the paragraph is not one: its first line must name a column of tasks
  /// and one of owners. A quoted field may hold commas and run over lines; each row keeps the
  /// line it starts on.
  init?(csv block: MarkdownNode) {
    self.init(delimited: InlineText.lines(of: block))
  }

  /// A tracker's rows, as `init(csv:)` reads them, from its lines (a spreadsheet's pasted with
  /// tabs, read from the file as written: Markdown would take a row that opens "1. …" for a list).
  init?(delimited lines: [InlineText.Line]) {
    guard lines.count >= 2 else { return nil }
    // Pasted from a spreadsheet, the fields stand between tabs instead; saved where a comma is a
    // decimal mark, between semicolons ("Nr;Type;Description;Owner;Due;Status").
    let tabbed = lines[0].text.utf8.filter({ $0 == UInt8(ascii: "\t") }).count >= 2
    let commas = lines[0].text.utf8.filter({ $0 == UInt8(ascii: ",") }).count
    let semicolons = lines[0].text.utf8.filter({ $0 == UInt8(ascii: ";") }).count
    let separator: Character = semicolons >= 2 && commas == 0 ? ";" : ","
    func fields(_ line: String) -> [String]? {
      tabbed ? line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingBlanks } : Self.csvFields(line, separator: separator)
    }
    guard tabbed || commas >= 2 || separator == ";", let names = fields(lines[0].text), names.count >= 3
    else { return nil }
    // A header's names are a few words each, none a sentence's: "Lead / To", not "Who, one
    // participant asked, should sit on the …".
    guard names.allSatisfy({ $0.split(separator: " ").count <= 4 && !$0.hasSuffix(".") && !$0.hasSuffix("?") }) else { return nil }
    let header = names.map { LocatedText(lines: [InlineText.Line(text: $0, location: lines[0].location)]) }
    let named = Self.roles(of: header)
    // "Workstream | Ref | Type | Item | Lead / To": a sheet's column of items and one of leads.
    // "Nr;Type;Description;Owner;Due;Status": a log whose type column says which rows are tasks.
    let types = names.firstIndex { ["type", "kind", "category", "item type"].contains($0.lowercased()) }
    // "id,type,text,addressee,owner,due,status": beside a type column, the column of words named
    // for what it holds.
    let wording = types == nil ? nil : names.firstIndex { ["text", "content", "wording", "statement"].contains($0.lowercased()) }
    guard Self.namesActions(header)
      || ((tabbed || types != nil) && named.contains(.owner) && (wording != nil || header.contains(where: { Self.role(of: $0.text) == .text })))
    else { return nil }
    // "Type: ACT / REC / DEC": what each row is, as a tracker that mixes them says.
    typeColumn = types
    var rows: [[LocatedText]] = []
    // The lines of a row whose quoted field is still open, and whether it is (a row runs over a
    // few lines at most: one left open for good is dropped after twenty).
    var pending: [InlineText.Line] = []
    var open = false
    for line in lines.dropFirst() {
      if line.text.utf8.filter({ $0 == UInt8(ascii: "\"") }).count % 2 == 1 { open.toggle() }
      pending.append(line)
      if open {
        if pending.count > 20 {
          pending = []
          open = false
        }
        continue
      }
      let joined = pending.count == 1 ? line : InlineText.Line(text: pending.map(\.text).joined(separator: " "), location: pending[0].location)
      pending = []
      guard var cells = fields(joined.text), cells.count >= 2 else { continue }
      // A row whose first cell is empty (a merged cell) loses its leading tab as a paragraph's
      // line: one field short, it is put back.
      if tabbed, cells.count == names.count - 1 { cells.insert("", at: 0) }
      rows.append(cells.map { LocatedText(lines: [InlineText.Line(text: $0, location: joined.location)]) })
    }
    guard !rows.isEmpty else { return nil }
    roles = Self.roles(of: header)
    if let wording, wording < roles.count {
      roles = roles.map { $0 == .text ? .other : $0 }
      roles[wording] = .text
    }
    listsActions = true
    self.rows = rows
  }

  /// A list of records kept as YAML in a fenced block ("- who: Ilse / what: table the proposal /
  /// when: 2037-05-14"): a table whose columns are the records' keys, each cell on its value's
  /// line. A list value ("to: [donors, media]") is one cell of its items. `nil` without a key
  /// for the words of each record.
  init?(records: [YAMLValue]) {
    var names: [String] = []
    var rows: [[String: (text: String, line: Int)]] = []
    for record in records {
      guard let entries = record.entries else { continue }
      var row: [String: (text: String, line: Int)] = [:]
      for entry in entries {
        let text: String
        if let scalar = entry.value.string {
          text = scalar
        } else if let items = entry.value.strings {
          text = items.joined(separator: ", ")
        } else {
          continue
        }
        if !names.contains(entry.key) { names.append(entry.key) }
        row[entry.key] = (text, entry.value.line)
      }
      if !row.isEmpty { rows.append(row) }
    }
    guard !rows.isEmpty else { return nil }
    var roles = names.map { Self.role(of: $0.replacingOccurrences(of: "_", with: " ")) }
    // "text:", "wording:", "ask:": the record's words, as a header seldom names them.
    if !roles.contains(.text), let words = names.firstIndex(where: { ["text", "wording", "content", "ask", "body", "summary", "title", "description"].contains($0.lowercased()) }) {
      roles[words] = .text
    }
    guard let textColumn = roles.firstIndex(of: .text) else { return nil }
    self.roles = roles
    self.rows = rows.compactMap { row in
      // Each cell where its value stands; one left out stands, empty, on the record's words' line.
      guard let words = row[names[textColumn]] else { return nil }
      return names.map { name in
        let cell = row[name] ?? ("", words.line)
        return LocatedText(lines: [InlineText.Line(text: cell.text, location: SourceLocation(line: cell.line, column: 1))])
      }
    }
    listsActions = roles.contains(.owner)
  }

  /// The rows of a tracker with a type column, parted into recommendations ("REC") and tasks
  /// ("ACT"); other types (decisions, risks, ideas) are neither. `nil` without such a column.
  func partedByType() -> (recommendations: PipeTable, actions: PipeTable)? {
    guard let column = typeColumn else { return nil }
    var recommendations = self
    var actions = self
    func type(_ row: [LocatedText]) -> String { row.indices.contains(column) ? row[column].text.trimmingBlanks.uppercased() : "" }
    recommendations.rows = rows.filter { ["REC", "RECOMMENDATION", "RECOMMENDATIONS", "ASK"].contains(type($0)) }
    actions.rows = rows.filter { ["ACT", "ACTION", "ACTIONS", "TASK", "TODO", "AP"].contains(type($0)) }
    return (recommendations, actions)
  }

  /// The fields of one line of comma-separated values, quotes removed ("\"a, b\",c" → "a, b",
  /// "c"); `nil` where a quote is left open.
  static func csvFields(_ line: String, separator: Character = ",") -> [String]? {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = line.makeIterator()
    while let character = iterator.next() {
      if quoted {
        if character == "\"" {
          // A doubled quote inside a quoted field is one quote.
          if let next = iterator.next() {
            if next == "\"" {
              field.append("\"")
            } else {
              quoted = false
              if next == separator {
                fields.append(field.trimmingBlanks)
                field = ""
              } else {
                field.append(next)
              }
            }
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"", field.trimmingBlanks.isEmpty {
        quoted = true
        field = ""
      } else if character == separator {
        fields.append(field.trimmingBlanks)
        field = ""
      } else {
        field.append(character)
      }
    }
    guard !quoted else { return nil }
    fields.append(field.trimmingBlanks)
    return fields
  }

  /// Words of a header that name the column of tasks ("Action", "Next step", "Follow-up").
  static let taskWords: Set<String> = [
    "action", "actions", "task", "tasks", "to-do", "todo", "follow-up", "aufgabe", "tâche", "tarea", "step", "steps", "milestone", "milestones",
    // "| Deliverable | Lead | Deadline |": a body's terms of reference, each product with who leads it.
    "deliverable", "deliverables",
    // "| Who | What | When |", "| Wie | Wat | Wanneer |": what is to be done, beside who does it.
    "what", "wat",
    // "| Activity | Lead | Support | Timeline |": a work plan's activities, each with its lead.
    "activity", "activities",
    // "| Key | Summary | Assignee | Due |": a ticket board's issues; "| Revision | Responsible | By |".
    "summary", "revision", "revisions", "kaj", "asaun", "wusane", "kaam", "zadanie", "zadania", "việc",
    // "| Work assignment | Leader | Due |": an incident action plan's assignment list.
    "assignment", "assignments",
    // Japanese: "| No. | 内容 | 担当 | 期限 |", what is to be done.
    "内容", "事項", "対応",
    // Thai: "งาน" (the work), "กิจกรรม" (activity), "ภารกิจ" (task); Korean "조치" (measure).
    "งาน", "กิจกรรม", "ภารกิจ", "조치", "과제", "조치", "과제",
  ]

  /// Whether a header cell's words name the column of tasks.
  static func namesTasks(_ header: String) -> Bool {
    let words = header.lowercased().split(whereSeparator: { !($0.isLetter || $0 == "-") })
    // "Follow-up body", "Implementing entity": who follows up, not what is done.
    if let last = words.last, bodyWords.contains(String(last)) { return false }
    return words.contains { taskWords.contains(String($0)) }
  }

  /// Words that close a column's name for those who act: "Follow-up body", "Lead institution".
  static let bodyWords: Set<String> = ["body", "bodies", "entity", "entities", "institution", "institutions", "agency", "agencies", "unit", "units"]

  static func namesActions(_ header: [LocatedText]) -> Bool {
    // "| # | Milestone | Start | End | Status |": a plan's milestones, each due when it ends, under
    // the agency that leads them.
    if header.contains(where: { ["milestone", "milestones"].contains($0.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ "))) }),
      header.contains(where: { role(of: $0.text) == .due })
    {
      return true
    }
    // "| Who | What | Where | When |": a 4W matrix of who works where, not a list of tasks.
    let names = header.map { $0.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")) }
    let matrix = names.contains("where") || names.contains("waar")
    // "| Title | Assigned to | Due date | Status |": a task list's export, each task by its title.
    let assigned = names.contains { $0.hasPrefix("assigned") || $0.hasPrefix("assignee") }
      && names.contains { ["title", "summary", "name"].contains($0) } && header.contains { role(of: $0.text) == .due }
    let tasks = header.indices.contains { namesTasks(header[$0].text) && !(matrix && ["what", "wat"].contains(names[$0])) }
      || respondingColumn(header) != nil || assigned
    return (header.contains { role(of: $0.text) == .owner } || raciResponsible(header) != nil) && tasks
  }

  /// "| # | Lead agency | Response | Timeline |": a problem-solving plan's responses, each with who
  /// leads it and by when, no recommendation beside them (a review's "| Recommendation |
  /// Response |" answers those).
  static func respondingColumn(_ header: [LocatedText]) -> Int? {
    let names = header.map { $0.text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "*_ ")) }
    guard let column = names.firstIndex(where: { ["response", "responses", "agreed response", "agreed responses"].contains($0) }),
      !names.contains(where: { $0.contains("recommendation") }), header.contains(where: { role(of: $0.text) == .owner }),
      header.contains(where: { role(of: $0.text) == .due })
    else { return nil }
    return column
  }

  /// The column of a RACI chart's "R" (responsible, who does the work), beside its "A", "C" and
  /// "I" columns.
  static func raciResponsible(_ header: [LocatedText]) -> Int? {
    let letters = header.map { String($0.text.filter { $0 != "*" && $0 != "_" }).trimmingBlanks.uppercased() }
    guard ["A", "C", "I"].allSatisfy(letters.contains) else { return nil }
    return letters.firstIndex(of: "R")
  }

  /// What each column holds, from the header row's cells. Without a column named for the task,
  /// the first column of words holds it.
  static func roles(of header: [LocatedText]) -> [Role] {
    var roles = header.map { role(of: $0.text) }
    if !roles.contains(.text), let responses = respondingColumn(header) { roles[responses] = .text }
    // "| Task | R | A | C | I |": the one responsible owns the task, not the one accountable.
    if !roles.contains(.owner), let responsible = raciResponsible(header) { roles[responsible] = .owner }
    // "Owner | Action by | Next review": beside a column of owners, "Action by" holds the date.
    let byColumns = roles.indices.filter { roles[$0] == .owner && header[$0].text.lowercased().trimmingBlanks.hasSuffix(" by") }
    if !roles.contains(.due), byColumns.count < roles.filter({ $0 == .owner }).count, let by = byColumns.first {
      roles[by] = .due
    }
    // "What we need from them | Next step": of two columns of words, the one named for the task.
    let texts = roles.indices.filter { roles[$0] == .text }
    // ("What we need from them" asks, "Next step" names the task: a word of tasks before "what".)
    let asksWhat = { (column: Int) in header[column].text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0 == "what" || $0 == "wat" } }
    if texts.count > 1, let task = texts.first(where: { namesTasks(header[$0].text) && !asksWhat($0) }) ?? texts.first(where: { namesTasks(header[$0].text) }) {
      for column in texts where column != task { roles[column] = .other }
    }
    if !roles.contains(.text), let first = roles.indices.first(where: { roles[$0] == .other && !isNumbering(header[$0].text) }) {
      roles[first] = .text
    }
    return roles
  }

  /// A table written in HTML, as word processors paste one: `<tr>` rows of `<th>` or `<td>` cells,
  /// the first row the header. Only the cells' words are read (tags dropped, character references
  /// read); each row keeps the line it starts on.
  init?(html block: MarkdownNode) {
    let source = block.literal
    guard source.range(of: "<tr", options: .caseInsensitive) != nil, let start = block.range?.start else { return nil }
    var rows: [[LocatedText]] = []
    // The line each row starts on, counted on from the row before.
    var line = start.line
    var counted = source.startIndex
    // Each row runs from its opening tag to its closing one, or to the next row; the tags are
    // found in one pass over the table (not one search per row, which a long table made quadratic).
    let opens = Self.rowOpening.matches(in: source, range: NSRange(source.startIndex..<source.endIndex, in: source))
      .compactMap { Range($0.range, in: source) }
    for (number, open) in opens.enumerated() where open.lowerBound >= counted {
      let next = number + 1 < opens.count ? opens[number + 1].lowerBound : source.endIndex
      let span = source[open.upperBound..<next]
      let close = span.range(of: "</tr", options: .caseInsensitive)
      let body = span[..<(close?.lowerBound ?? span.endIndex)]
      line += source[counted..<open.lowerBound].utf8.filter { $0 == UInt8(ascii: "\n") }.count
      counted = open.lowerBound
      var cells: [LocatedText] = []
      // Each cell runs from its opening tag to its closing one, or to the next cell; the tags are
      // found in one pass over the row (not one search per cell, which a long row made quadratic).
      let row = String(body)
      let opens = Self.cellOpening.matches(in: row, range: NSRange(row.startIndex..<row.endIndex, in: row)).compactMap { Range($0.range, in: row) }
      for (number, cellOpen) in opens.enumerated() {
        let next = number + 1 < opens.count ? opens[number + 1].lowerBound : row.endIndex
        guard cellOpen.upperBound <= next else { continue }
        let cell = row[cellOpen.upperBound..<next]
        let cellClose = cell.range(of: "</td", options: .caseInsensitive) ?? cell.range(of: "</th", options: .caseInsensitive)
        let inner = cell[..<(cellClose?.lowerBound ?? cell.endIndex)]
        let words = Self.words(ofHTML: String(inner))
        cells.append(LocatedText(lines: [InlineText.Line(text: words, location: SourceLocation(line: line, column: 1))]))
      }
      if !cells.isEmpty { rows.append(cells) }
    }
    guard rows.count >= 2, let header = rows.first, header.count >= 2 else { return nil }
    roles = Self.roles(of: header)
    listsActions = Self.namesActions(header)
    self.rows = rows.dropFirst().filter { !$0.allSatisfy(\.isEmpty) }
  }

  /// A grid table as pandoc writes it, or `nil` for any other lines: a border of `+` and `-`
  /// over each row (`+---+------+`), `=` under the header, and a cell's words over as many lines
  /// as the row takes between `|` at the columns' edges. Each row keeps the line it starts on.
  init?(grid lines: [InlineText.Line]) {
    func isBorder(_ text: String) -> Bool {
      text.count >= 3 && text.hasPrefix("+") && text.hasSuffix("+") && text.allSatisfy { "+-=:".contains($0) }
    }
    guard lines.count >= 3, let first = lines.first?.text.trimmingBlanks, isBorder(first) else { return nil }
    // The columns' edges, where the first border puts its `+`.
    let edges = first.utf8.enumerated().filter { $0.element == UInt8(ascii: "+") }.map(\.offset)
    guard edges.count >= 3 else { return nil }
    var table: [[LocatedText]] = []
    var headed = false
    var cells: [[String]] = []
    var start: SourceLocation? = nil
    func close() {
      if let start, !cells.isEmpty {
        table.append(cells.map { LocatedText(lines: [InlineText.Line(text: $0.joined(separator: " "), location: start)]) })
      }
      cells = []
      start = nil
    }
    for line in lines.dropFirst() {
      let text = line.text.trimmingBlanks
      if isBorder(text) {
        close()
        if text.contains("=") { headed = table.count == 1 }
        continue
      }
      let bytes = Array(text.utf8)
      guard bytes.first == UInt8(ascii: "|") else { return nil }
      if start == nil {
        start = line.location
        cells = Array(repeating: [], count: edges.count - 1)
      }
      for column in 0..<(edges.count - 1) {
        let from = min(bytes.count, edges[column] + 1)
        let to = min(bytes.count, edges[column + 1])
        guard from < to else { continue }
        let words = String(decoding: bytes[from..<to], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " |"))
        if !words.isEmpty { cells[column].append(words) }
      }
    }
    close()
    guard headed, table.count >= 2, let header = table.first else { return nil }
    roles = Self.roles(of: header)
    listsActions = Self.namesActions(header)
    rows = table.dropFirst().filter { !$0.allSatisfy(\.isEmpty) }
    preferWordyTaskColumn(header)
  }

  /// A table kept in a plain-text editor, its columns lined up with blanks: a header row, a rule
  /// of dashes under it with a run for each column (`---  --------  -----`), and rows whose words
  /// stand under the runs. A line whose first column is blank goes on with the row above it.
  /// `header` and `rule` are the lines as written; each row keeps its line. `nil` unless the
  /// header's words open where the rule's runs do.
  init?(fixedWidth header: String, rule: String, rows lines: [(text: String, line: Int)]) {
    let ruleScalars = Array(rule.unicodeScalars)
    guard ruleScalars.allSatisfy({ $0 == "-" || $0 == " " || $0 == "\t" }) else { return nil }
    // Where each run of dashes opens: a column's start.
    var starts: [Int] = []
    for (index, scalar) in ruleScalars.enumerated() where scalar == "-" && (index == 0 || ruleScalars[index - 1] == " ") {
      starts.append(index)
    }
    guard starts.count >= 3 else { return nil }
    let headerScalars = Array(header.unicodeScalars)
    guard starts.allSatisfy({ $0 < headerScalars.count && headerScalars[$0] != " " && ($0 == 0 || headerScalars[$0 - 1] == " ") }) else {
      return nil
    }
    func cells(of scalars: [Unicode.Scalar]) -> [String] {
      // A word that runs over a column's start moves the start on to the blank after it.
      var bounds = starts
      for index in bounds.indices.dropFirst() {
        var bound = bounds[index]
        while bound > 0, bound < scalars.count, scalars[bound - 1] != " ", scalars[bound] != " " { bound += 1 }
        bounds[index] = max(bound, bounds[index - 1])
      }
      return bounds.indices.map { index in
        let from = min(scalars.count, bounds[index])
        let to = index + 1 < bounds.count ? min(scalars.count, bounds[index + 1]) : scalars.count
        guard from < to else { return "" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[from..<to])
        return String(text).trimmingBlanks
      }
    }
    let head = cells(of: headerScalars)
    var table: [[(words: [String], line: Int)]] = []
    for (text, line) in lines {
      let scalars = Array(text.unicodeScalars)
      guard scalars.contains(where: { $0 != " " }) else { continue }
      let found = cells(of: scalars)
      if found[0].isEmpty, !table.isEmpty {
        for (column, words) in found.enumerated() where !words.isEmpty { table[table.count - 1][column].words.append(words) }
      } else {
        table.append(found.map { (words: $0.isEmpty ? [] : [$0], line: line) })
      }
    }
    guard !table.isEmpty else { return nil }
    let headerCells = head.map { LocatedText(lines: [InlineText.Line(text: $0, location: SourceLocation(line: 0, column: 1))]) }
    roles = Self.roles(of: headerCells)
    listsActions = Self.namesActions(headerCells)
    rows = table.map { row in
      row.map { cell in LocatedText(lines: [InlineText.Line(text: cell.words.joined(separator: " "), location: SourceLocation(line: cell.line, column: 1))]) }
    }
    preferWordyTaskColumn(headerCells)
  }

  /// A row's opening tag, as the table's first search found it: `<tr`, in any case.
  private static let rowOpening = NSRegularExpression.builtIn("html row", "<tr", options: [.caseInsensitive])

  /// A cell's opening tag: `<td>`, `<th scope="row">`.
  private static let cellOpening = NSRegularExpression.builtIn("html cell", "<t[dh](?:\\s[^>]*)?>", options: [.caseInsensitive])

  /// The words of a cell's HTML: tags dropped, blanks squeezed, character references read.
  static func words(ofHTML html: String) -> String {
    let text = html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    for (reference, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&ndash;", "\u{2013}"), ("&mdash;", "\u{2014}"), ("&amp;", "&")] {
      words = words.replacingOccurrences(of: reference, with: character)
    }
    return words.trimmingBlanks
  }

  /// The cell of `row` in the first column of `role`, if it holds anything.
  func cell(_ role: Role, in row: [LocatedText]) -> LocatedText? {
    guard let column = roles.firstIndex(of: role), column < row.count, !row[column].isEmpty else { return nil }
    return row[column]
  }

  /// The cells of one row, blanks trimmed, each with where it begins; the pipes at either end are
  /// no cells. `escaped` says which of the row's pipes its source escaped, in order; it is heeded
  /// only when it counts as many pipes as the text has.
  static func cells(of line: InlineText.Line, escaped: [Bool]? = nil) -> [LocatedText] {
    let text = line.text
    let escaped = escaped.flatMap { marks in marks.count == text.utf8.lazy.filter { $0 == UInt8(ascii: "|") }.count ? marks : nil }
    var cells: [LocatedText] = []
    var start = text.startIndex
    var index = text.startIndex
    var pipe = 0
    func close(at end: String.Index) {
      var location = line.location
      location.column += text.utf8.distance(from: text.startIndex, to: start)
      cells.append(LocatedText(lines: [InlineText.Line(text: String(text[start..<end]), location: location)]))
    }
    while index < text.endIndex {
      if text[index] == "|" {
        if escaped?[pipe] != true {
          close(at: index)
          start = text.index(after: index)
        }
        pipe += 1
      }
      index = text.index(after: index)
    }
    close(at: text.endIndex)
    // "| a | b |" has nothing before its first pipe or after its last.
    if let first = cells.first, first.isEmpty, text.trimmingBlanks.hasPrefix("|") { cells.removeFirst() }
    if let last = cells.last, last.isEmpty, text.trimmingBlanks.hasSuffix("|") { cells.removeLast() }
    return cells
  }

  /// For each line of `text` that escapes a pipe (`\|`), whether each of its pipes is escaped
  /// (after an odd run of backslashes), by line number.
  static func escapedPipes(in text: String) -> [Int: [Bool]] {
    guard text.utf8.containsBytes(#"\|"#.utf8) else { return [:] }
    var found: [Int: [Bool]] = [:]
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.utf8.containsBytes(#"\|"#.utf8) {
      var pipes: [Bool] = []
      var backslashes = 0
      for byte in line.utf8 {
        if byte == UInt8(ascii: "|") { pipes.append(backslashes % 2 == 1) }
        backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
      }
      found[offset + 1] = pipes
    }
    return found
  }

  /// A line of dashes between bars with no words, however mistyped: "|---|---|/--|".
  static func isDelimiterLine(_ line: String) -> Bool {
    line.utf8.contains(UInt8(ascii: "|")) && line.utf8.contains(UInt8(ascii: "-")) && !line.contains(where: { $0.isLetter || $0.isNumber })
  }

  /// What each column of rows without a header holds: dates, owners (short names beside longer
  /// words) and the task (the longest words).
  static func roles(ofColumns rows: [[LocatedText]], width: Int) -> [Role] {
    let columns = (0..<width).map { column in rows.map { $0[column].text.trimmingBlanks }.filter { !$0.isEmpty } }
    var roles = columns.map { cells -> Role in
      !cells.isEmpty && cells.filter(Extractor.isTimingWords).count * 2 >= cells.count ? .due : .other
    }
    let lengths = columns.map { cells in cells.isEmpty ? 0 : cells.reduce(0) { $0 + $1.count } / cells.count }
    if let task = (0..<width).filter({ roles[$0] == .other }).max(by: { lengths[$0] < lengths[$1] }) {
      roles[task] = .text
      if let owner = (0..<width).first(where: { roles[$0] == .other && !columns[$0].isEmpty && columns[$0].allSatisfy(Extractor.looksLikeOwner) }) {
        roles[owner] = .owner
      }
    }
    return roles
  }

  static func isDelimiter(_ cell: String) -> Bool {
    let core = cell.trimmingBlanks
    return core.utf8.contains(UInt8(ascii: "-")) && core.allSatisfy { $0 == "-" || $0 == ":" }
  }

  static func isNumbering(_ header: String) -> Bool {
    ["#", "no", "no.", "n°", "nr", "ref", "id", "", "ที่", "ลำดับ", "번호"].contains(header.trimmingBlanks.lowercased())
  }

  static let textWords: Set<String> = [
    "action", "actions", "task", "tasks", "what", "activity", "activities", "item", "items", "step", "steps",
    "follow-up", "description", "deliverable", "deliverables", "recommendation", "recommendations", "proposal",
    "proposals", "measure", "measures", "aufgabe", "aufgaben", "tâche", "tâches", "tache", "taches", "tarea", "tareas",
    "acción", "acciones", "ação", "ações", "tarefa", "tarefas", "kegiatan", "tindakan", "hatua", "mataki", "matakai", "milestone", "milestones", "wat", "actie", "acties", "actiepunt", "内容", "事項",
    "summary", "kaj", "asaun", "revision", "revisions", "wusane", "kaam", "assignment", "zadanie", "zadania", "việc", "cosa", "azione", "azioni",
    "attività", "compito", "compiti", "kisa", "ενέργεια", "ενέργειες", "què", "tasca", "acțiune", "acțiuni", "acțiunea", "activitate", "sarcină", "sarcina", "zadatak", "zadaci", "aktivnost", "aktivnosti", "mjera", "захід", "заходи", "дія", "завдання", "мероприятие", "задача", "igikorwa", "ibikorwa", "inona", "asa",
    "งาน", "กิจกรรม", "ภารกิจ",
  ]
  static let ownerWords: Set<String> = [
    "owner", "owners", "lead", "leads", "who", "responsible", "responsibility", "assignee", "assigned", "focal",
    "person", "actioner", "responsable", "responsables", "verantwortlich", "zuständig", "responsável", "pj",
    "penanggung", "mhusika", "agency", "sorumlu", "officer", "alhakin", "wie", "daitto", "dayitto", "responsavel", "halafi", "ansvarig", "zimmedar", "zimmedaar", "jimmedar", "odpowiedzialny", "odpowiedzialna", "odpowiedzialni", "trách", "oníṣẹ́", "onise", "olùdarí", "chi", "responsabile", "referente", "incaricato", "kiyès", "kiyes", "υπεύθυνος", "υπεύθυνοι", "υπεύθυνη", "qui", "responsable", "responsabil", "responsabili", "nosilac", "nositelj", "nosioci", "odgovoran", "odgovorna", "odgovorni", "izvršilac", "відповідальний", "відповідальні", "виконавець", "ответственный", "исполнитель", "ushinzwe", "abashinzwe", "iza", "tompon'andraikitra", "leader",
    "ผู้รับผิดชอบ", "담당", "담당자", "担当", "担当者", "責任者",
  ]
  static let dueWords: Set<String> = [
    "due", "deadline", "deadlines", "when", "by", "date", "timeline", "timeframe", "timing", "target", "until", "échéance",
    "echeance", "délai", "fecha", "plazo", "prazo", "frist", "termin", "bis", "waktu", "tenggat", "completion", "tarih", "süre", "quarter", "lokaci", "end", "wanneer", "shomoy", "somoy", "prazu", "gize", "senast", "samay-seema", "samay", "seema", "hạn", "entro", "scadenza", "quando", "termine", "kilè", "kile", "προθεσμία", "quan", "termini", "termen", "termene", "termenul", "rok", "rokovi", "термін", "строк", "срок", "igihe", "rahoviana", "fe-potoana",
    "กำหนดเสร็จ", "กำหนดแล้วเสร็จ", "ระยะเวลา", "กำหนดส่ง", "기한", "마감", "마감일", "期限", "締切", "締め切り", "期日",
  ]
  static let addresseeWords: Set<String> = ["to", "for", "addressee", "addressees", "addressed", "actor", "actors", "audience"]
  static let doneWords: Set<String> = ["status", "done", "state", "progress", "statut", "estado", "situação", "keterangan", "ket", "obostha", "sthiti", "stato", "สถานะ"]

  /// A column's role from its header's words: "Owner / lead" and "Lead agency" hold owners,
  /// "Due date" and "By when" dates.
  static func role(of header: String) -> Role {
    let words = header.lowercased().split(whereSeparator: { !($0.isLetter || $0 == "-") }).map(String.init)
    guard !words.isEmpty else { return .other }
    // "Follow-up body", "Implementing entity": those who act.
    if words.count > 1, let last = words.last, bodyWords.contains(last) { return .owner }
    // "Asked by", "Raised by": who spoke, not who acts.
    if words.count > 1, words.last == "by", ["asked", "raised", "submitted", "proposed", "requested", "put", "question"].contains(words[0]) {
      return .other
    }
    // "Of whom", "To whom": whom an ask is put to, not who acts.
    if words.count == 2, ["of", "to"].contains(words[0]), words[1] == "whom" { return .addressee }
    // "By whom", "Action by": who acts.
    if words.contains(where: ownerWords.contains) || words.contains("whom") || (words.count > 1 && words.last == "by") {
      return .owner
    }
    // "Report back": when the officer reports to the council, the task's date.
    if words == ["report", "back"] || words == ["report", "back", "date"] { return .due }
    // "Start", "Start date": when the work begins, from which a "within one week" counts.
    if words.first == "start" || words == ["begins"] { return .start }
    if words.contains(where: dueWords.contains) { return .due }
    // "What happened", "What we heard": an account, not the tasks.
    if words.first == "what", words.count > 1,
      ["happened", "was", "went", "worked", "failed"].contains(words[1])
        || (words.count > 2 && words[1] == "we" && ["heard", "learned", "learnt", "saw", "found"].contains(words[2]))
    {
      return .other
    }
    if words.contains(where: textWords.contains) { return .text }
    // "To", "For whom", "Addressed to", "Actor": whom an ask is put to; not "Disputes referred to
    // mediation", whose "to" is inside its words.
    if words.contains(where: { addresseeWords.contains($0) && $0 != "to" && $0 != "for" })
      || ["to", "for"].contains(words[0]) || ["to", "for"].contains(words[words.count - 1])
    {
      return .addressee
    }
    if words.contains(where: doneWords.contains) { return .done }
    return .other
  }
}
