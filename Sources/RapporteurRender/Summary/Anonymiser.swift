import CommonMark
import Foundation
import RapporteurCore

/// Under the Chatham House Rule nothing is attributed to a named speaker: every speaker's name in
/// a text — full, surname or given name alone, in any case, with or without a title such as "Ms"
/// or "Dr", across a line break — is replaced by the speaker's role ("a national PVE coordinator")
/// or "a participant". A chair who is also a speaker is unnamed like any other speaker: the
/// session's details name the chair, so "the chair said …" would attribute the words to a name.
public struct Anonymiser: Sendable {
  struct Pattern: Sendable {
    /// The name's words, lower-cased.
    var words: [String]
    var replacement: String
    /// Which speaker the name is of.
    var speaker: Int
    /// Initials ("HH" of Helen Hill) count only when written in capitals.
    var capitalsOnly = false
    /// A part of a name that is also a word ("Price" of Will Price, "Li" of Li Na) counts only
    /// when written with a capital: "the price of fuel" names no one.
    var capitalisedOnly = false
  }

  /// Names that are also words, besides `CommonWords`.
  static let wordNames: Set<String> = [
    "grace", "rose", "king", "bush", "brown", "rich", "joy", "faith", "mark", "frank", "grant", "dean", "chase",
    "wood", "ford", "fox", "stone", "park", "hill", "lake", "bond", "gray", "grey", "summer", "rice", "lane",
    "banks", "bishop", "baker", "carpenter", "cook", "fisher", "hunter", "mason", "miller", "porter", "sharp",
    "sweet", "wise", "golden", "noble", "victor", "patience",
  ]

  /// Whether a one-word form of a name may be a word of the text too.
  static func isAlsoAWord(_ word: String) -> Bool {
    word.count <= 2 || CommonWords.contains(word) || wordNames.contains(word)
  }

  /// Longest first, so "Zainab Kellerman-Oteng" goes before "Zainab".
  private let patterns: [Pattern]
  /// The patterns by their first word, and the first letters of those words.
  let byFirstWord: [String: [Pattern]]
  /// A handle's speaker and the speaker's role.
  struct Handle: Sendable {
    var role: String
    var speaker: Int
  }

  /// A name as an address may write it: its letters and digits alone ("okonkwohale").
  struct AddressForm: Sendable {
    var letters: String
    var pattern: Pattern
  }

  /// Speakers by the letters of a handle that names them, separators left out: `annaberg`
  /// for "@anna-berg", `jsmith` for "@j.smith".
  private let handles: [String: Handle]
  /// The one-word names, for addresses, longest first.
  let addressForms: [AddressForm]
  /// The initials of each speaker's given names, for "I. Solberg", "JP N'Diaye" and "Q. Doe" of
  /// Jane Q. Doe.
  private let givenInitials: [Int: Set<Character>]
  /// The initial of each speaker's surname, for "Tom W." of Tom Whitaker.
  private let surnameInitials: [Int: Character]
  private let initials: Set<Character>
  /// The words of the chairs' names, who may be named.
  private let chairWords: Set<String>
  /// The roles that stand for chairs who also spoke: "The Chair, a director of prisons, urged …"
  /// would tie the role to the chair the details name.
  private let chairRoles: [String]
  /// The speakers' initials (lower case), which notes also write with full stops: "R.A.", "K.B.-F.".
  private let speakerInitials: Set<String>
  /// The words of the organisations the front matter names (hosts, speakers' affiliations), by
  /// each of their words: "Washington" of the Washington Institute stays where the text names
  /// the institute, even when a speaker is called Washington.
  let organisations: [String: [[String]]]
  static let titles: Set<String> = [
    "ms", "mr", "mrs", "mx", "dr", "prof", "professor", "sir", "dame", "h.e", "he", "amb", "ambassador", "minister",
    "hon", "rev", "sr", "fr", "madam", "mme", "m",
  ]

  /// The people the notes' Speakers section lists whom the front matter does not ("- Jane Roe,
  /// adviser, UNDP", or a table's row "| Jane Roe | UNDP |"): the words before a comma, dash,
  /// bracket or colon, when they read as a person's name (two to four capitalised words,
  /// particles between). Each is "a participant".
  public static func speakersListed(in session: Session) -> [Speaker] {
    if let known = session.speakersInNotes { return known }
    let known = Set(session.speakers.map { nameWords($0.name) })
    var found: [Speaker] = []
    func add(_ text: String, line: Int) {
      guard let name = listedName(text), !known.contains(nameWords(name)),
        !found.contains(where: { nameWords($0.name) == nameWords(name) })
      else { return }
      found.append(Speaker(name: name, line: line))
    }
    for section in session.sections where section.id == .speakers {
      for block in section.blocks {
        if block.isList {
          for item in block.children {
            guard let first = item.children.first, first.kind == .paragraph else { continue }
            add(first.plainText, line: first.range?.start.line ?? 0)
          }
        } else if block.kind == .paragraph {
          // A table pasted from a participants' list: each row's cells, the first that reads as a name.
          let firstLine = block.range?.start.line ?? 0
          var rows = [""]
          for child in block.children {
            if child.kind == .softBreak || child.kind == .lineBreak { rows.append("") } else { rows[rows.count - 1] += child.plainText }
          }
          for (offset, row) in rows.enumerated() {
            let trimmed = row.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|") || trimmed.hasSuffix("|") else { continue }
            let cells = trimmed.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if let cell = cells.first(where: { listedName($0) != nil }) { add(cell, line: firstLine + offset) }
          }
        }
      }
    }
    return found
  }

  /// The name a Speakers entry opens with, when it reads as a person's: "Moderator: John Smith
  /// (Hedayah)" gives "John Smith".
  static func listedName(_ entry: String) -> String? {
    var text = entry
    // "Moderator: John Smith (Hedayah)": the role before a colon, the name after it.
    if let colon = text.firstIndex(of: ":"), text[..<colon].split(separator: " ").count <= 3,
      text[text.index(after: colon)...].first == " "
    {
      text = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
    }
    let end = text.firstIndex { ",(:;\u{2013}\u{2014}\n".contains($0) } ?? text.endIndex
    var name = String(text[..<end]).trimmingCharacters(in: .whitespaces)
    if name.hasSuffix(" -") { name.removeLast(2) }
    let words = name.split(separator: " ")
    guard (2...4).contains(words.count), name.count <= 48,
      words.allSatisfy({ word in
        particles.contains(word.lowercased()) || (word.first?.isUppercase == true && !word.contains(where: \.isNumber))
      }),
      let head = words.first, !SessionLoader.roleNouns.contains(head.lowercased()), !titles.contains(head.lowercased()) || words.count > 2,
      let last = words.last, !bodyWords.contains(last.lowercased())
    else { return nil }
    return name
  }

  /// Words that begin a surname ("de Vries", "van der Berg", "bin Said").
  /// Roles that say who chaired.
  static let chairingRoles: Set<String> = [
    "chair", "co-chair", "cochair", "chairperson", "chairman", "chairwoman", "chair of the session", "moderator",
    "co-moderator", "facilitator", "host",
  ]

  static let particles: Set<String> = [
    "de", "da", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "la", "le", "du", "al", "el",
    "bin", "ibn", "ben", "ter", "ten", "st", "san", "mac", "y",
  ]

  /// `nil` when the session is not under the rule.
  public init?(session: Session) {
    guard session.chathamHouse else { return nil }
    // A person the front matter does not list, named once with a sign of being a person
    // ("Kofi Boateng (UNDP) said"), is hidden wherever the notes name them again ("According to
    // Kofi Boateng", "Kofi, from UNDP, said").
    let listed = Anonymiser(session: session, unlisted: [])
    let unlisted = listed.unlistedNames(in: session.text)
    self = unlisted.isEmpty ? listed : Anonymiser(session: session, unlisted: unlisted)
  }

  private init(session: Session, unlisted: [Speaker]) {
    let chairs = session.chairs.map(Self.nameWords).filter { !$0.isEmpty }
    var patterns: [Pattern] = []
    var handles: [String: Handle] = [:]
    var givenInitials: [Int: Set<Character>] = [:]
    var surnameInitials: [Int: Character] = [:]
    var chairRoleList: [String] = []
    // "Jürgen Schröder" written "Juergen Schroeder", "Strauß" written "Strauss": the same speaker.
    var listed: [(number: Int, speaker: Speaker)] = []
    for (number, speaker) in (session.speakers + Self.speakersListed(in: session) + unlisted).enumerated() {
      listed.append((number, speaker))
      if let spelled = Self.transliterated(speaker.name) {
        var alias = speaker
        alias.name = spelled
        listed.append((number, alias))
      }
    }
    for (number, speaker) in listed {
      let written = Self.nameWords(speaker.name)
      guard !written.isEmpty else { continue }
      // The chair, however the two lists write the name ("Ms. Amina Diallo", "Amina Diallo (Chair)"),
      // is named in the session's details: a role that says the chair would name the chair again.
      let isChair = chairs.contains(where: { Set($0).isSuperset(of: written) || Set(written).isSuperset(of: $0) })
      let chairing = speaker.role.map { Self.chairingRoles.contains($0.lowercased().trimmingCharacters(in: .whitespaces)) } ?? false
      let role = isChair && chairing ? "a participant" : speaker.role.map(Self.rolePhrase) ?? "a participant"
      if isChair { chairRoleList.append(role) }
      // A speaker listed by description ("Representative of a bilateral development agency")
      // names no one: only the description as written is replaced, never its words alone.
      let words = Self.personalNameWords(speaker.name)
      guard !words.isEmpty else {
        patterns.append(Pattern(words: written, replacement: role, speaker: number))
        continue
      }
      var forms: [[String]] = [words]
      // "Peggy" of "Margaret (Peggy) van der Berg": the nickname alone, and with the surname.
      for nickname in Self.nicknames(in: speaker.name) {
        let folded = Self.nameWords(nickname)
        guard !folded.isEmpty else { continue }
        forms.append(folded)
        if let last = words.last, words.count > 1 { forms.append(folded + [last]) }
      }
      // Surname and given name alone ("Kellerman-Oteng said", "Zainab added"), a surname with
      // its particles ("Mr de Vries", "Ms van der Berg") and the later parts of a longer name
      // ("María García" of "José María García").
      if words.count > 1 {
        if let last = words.last, last.count >= 2 { forms.append([last]) }
        if let first = words.first, first.count >= 2, first.last != "." { forms.append([first]) }
        for start in 1..<(words.count - 1) {
          forms.append(Array(words[start...]))
          if !Self.particles.contains(words[start]), words[start].count > 3 { forms.append([words[start]]) }
        }
      }
      // Each part of a double surname ("Ms López" of "García-López"), and the name run together
      // as in handles and addresses ("@oneill", "@pdevries", "@garcialopez").
      for word in words where word.contains("-") {
        forms += word.split(separator: "-").filter { $0.count > 2 }.map { [String($0)] }
      }
      let letters = words.map { $0.filter(\.isLetter) }
      let particle = words.indices.dropFirst().first { Self.particles.contains(words[$0]) }
      let surname = letters[(particle ?? words.count - 1)...].joined()
      var runs = [letters.joined(), surname]
      if words.count > 1, let initial = letters.first?.first { runs.append(String(initial) + surname) }
      for (index, run) in runs.enumerated() where run.count >= 5 && !words.contains(run) && !runs[..<index].contains(run) {
        forms.append([run])
      }
      patterns += forms.map { form in
        Pattern(
          words: form, replacement: role, speaker: number,
          capitalisedOnly: form.count == 1 && form != words && Self.isAlsoAWord(form[0]))
      }
      givenInitials[number] = Set(words.dropLast().filter { !Self.particles.contains($0) }.compactMap(\.first))
      if words.count > 1, let initial = words.last?.first { surnameInitials[number] = Character(initial.uppercased()) }
      // Handles also shorten a name: the given names' initials before the surname ("@jlfontaine"
      // for Jean-Luc Fontaine), the first given name before the surname or its first letters
      // ("@siobhan_oc" for Siobhán O'Connor).
      var shortened: [String] = []
      if words.count > 1, let first = letters.first {
        let given = words[..<(particle ?? words.count - 1)].flatMap { $0.split(separator: "-") }
        shortened.append(String(given.compactMap(\.first)) + surname)
        shortened.append(first + surname)
        shortened += [1, 2].map { first + surname.prefix($0) }
      }
      for key in (runs + letters + shortened).map(NameScanner.folded) where key.count > 2 && handles[key] == nil {
        handles[key] = Handle(role: role, speaker: number)
      }
      // Initials, as minutes write owners ("HH to brief the ministry"), unless a word or an acronym
      // readers know is spelled so ("SO" of Sean O'Brien, "UN" of Uma Nair).
      let named = words.filter { !Self.particles.contains($0) }
      // "KB" and, each part of a double name counted, "KBF" of Karim Benali-Forsythe.
      let short = String(named.compactMap(\.first))
      let long = String(named.flatMap { $0.split(separator: "-").compactMap(\.first) })
      for initials in Set([short, long]) {
        // A word ("MY" of Mariam Yusuf) counts when the notes give it as the speaker's initials:
        // "Mariam Yusuf (MY)".
        let given = CommonWords.contains(initials) && session.text.contains("(\(initials.uppercased()))")
        if (2...4).contains(initials.count), words.count >= 2, given || !CommonWords.contains(initials),
          !TaggingRules.defaults.knownAcronyms.contains(where: { $0.lowercased() == initials })
        {
          patterns.append(Pattern(words: [initials], replacement: role, speaker: number, capitalsOnly: true))
        }
      }
    }
    // Stable: among names of one length, the speakers' order decides.
    self.patterns = patterns.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }
      .map(\.element)
    byFirstWord = Dictionary(grouping: self.patterns, by: { $0.words[0] })
    self.handles = handles
    addressForms = self.patterns.filter { $0.words.count == 1 && !$0.capitalsOnly }
      .map { AddressForm(letters: $0.words[0].filter { $0.isLetter || $0.isNumber }, pattern: $0) }
      .filter { $0.letters.count > 2 }
      .enumerated().sorted { ($0.element.letters.count, -$0.offset) > ($1.element.letters.count, -$1.offset) }.map(\.element)
    self.givenInitials = givenInitials
    self.surnameInitials = surnameInitials
    initials = Set(self.patterns.compactMap { $0.words[0].first })
    chairWords = Set(chairs.joined())
    chairRoles = Array(Set(chairRoleList)).sorted { $0.count > $1.count }
    speakerInitials = Set(self.patterns.filter(\.capitalsOnly).map { $0.words[0] })
    var organisations: [String: [[String]]] = [:]
    for name in Set(session.hosts + session.speakers.compactMap(\.affiliation)) {
      let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { NameScanner.folded($0) }
      guard words.count > 1 else { continue }
      for word in Set(words) { organisations[word, default: []].append(words) }
    }
    self.organisations = organisations
  }

  /// A name with its umlauts and other letters written out as plain letters are ("Jürgen
  /// Schröder" → "Juergen Schroeder", "Strauß" → "Strauss", "Søren" → "Soeren"); `nil` when the name
  /// has none.
  static func transliterated(_ name: String) -> String? {
    guard name.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
    let table: [Character: String] = [
      "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae",
      "å": "aa", "Å": "Aa",
    ]
    guard name.contains(where: { table[$0] != nil }) else { return nil }
    return name.map { table[$0] ?? String($0) }.joined()
  }

  /// The text with a speaker's initials written with full stops ("R.A.", "R. A.", "K.B.-F.") as
  /// capitals alone ("RA", "KBF"), which the initials' pattern then finds.
  static func undotted(_ text: String, initials: Set<String>) -> String {
    guard !initials.isEmpty, text.utf8.contains(UInt8(ascii: ".")) else { return text }
    var result = ""
    var rest = text[...]
    while let start = rest.firstIndex(where: { $0.isUppercase }) {
      result += rest[..<start]
      // Capital, full stop, then more of them, a blank or a hyphen between.
      var letters = ""
      var end = start
      var scan = start
      while scan < rest.endIndex, rest[scan].isUppercase, rest.index(after: scan) < rest.endIndex, rest[rest.index(after: scan)] == "." {
        letters.append(rest[scan])
        end = rest.index(scan, offsetBy: 2)
        scan = end
        while scan < rest.endIndex, rest[scan] == " " || rest[scan] == "-" || rest[scan] == "\u{2011}" { scan = rest.index(after: scan) }
      }
      let before = start > text.startIndex ? text[text.index(before: start)] : " "
      if letters.count >= 2, !(before.isLetter || before.isNumber), initials.contains(letters.lowercased()) {
        result += letters
        // "R.A. said": the full stop of the last initial is no sentence's end.
        rest = rest[end...]
      } else {
        result.append(rest[start])
        rest = rest[rest.index(after: start)...]
      }
    }
    result += rest
    return result
  }

  static let chairingBytes = ["chair", "moderator"].map { Array($0.utf8) }

  /// The text without a chair's role set beside "the Chair": "The Chair, a director of prisons,
  /// urged …" → "The Chair urged …", "a director of prisons (Chair)" → "the Chair".
  static func droppingChairAppositions(_ text: String, roles: [String]) -> String {
    guard text.containsAnyBytesIgnoringCase(chairingBytes) else { return text }
    var result = text
    for title in ["Chair", "Co-Chair", "Co-chair", "Chairperson", "Moderator"] {
      for role in roles {
        for form in [role, role.capitalizedFirst] {
          for (written, shown) in [
            ("\(title), \(form),", "\(title)"), ("\(title.lowercased()), \(form),", title.lowercased()),
            ("\(title) (\(form))", title), ("\(title.lowercased()) (\(form))", title.lowercased()),
            ("\(form), the \(title),", "the \(title)"), ("\(form), the \(title.lowercased()),", "the \(title.lowercased())"),
            ("\(form) (\(title))", "the \(title)"),
          ] {
            result = result.replacingOccurrences(of: written, with: shown)
          }
        }
      }
    }
    // "the Chair" that opens a sentence: "The Chair".
    for title in ["Chair", "Co-Chair", "Co-chair", "Chairperson", "Moderator"] {
      result = result.replacingOccurrences(of: ". the \(title)", with: ". The \(title)")
      if result.hasPrefix("the \(title)") { result = "T" + result.dropFirst() }
    }
    return result
  }

  /// Titles before which capitalised words name a person, whether a speaker or not.
  static let personTitles: Set<String> = [
    "ms", "mr", "mrs", "mx", "dr", "prof", "professor", "amb", "ambassador", "minister", "h.e", "hon", "sir", "dame",
    "madam", "mme",
  ]

  /// Offices a title may stand before ("Mr Chairman", "Madam President"): no one's name.
  static let offices: Set<String> = [
    "chair", "chairman", "chairperson", "chairwoman", "president", "vice-president", "secretary", "speaker",
    "moderator", "rapporteur", "co-chair", "facilitator",
  ]

  /// Verbs of speech after which two capitalised words name a person ("Jane Okoro said").
  static let speechVerbs: Set<String> = [
    "said", "says", "noted", "stressed", "argued", "explained", "asked", "suggested", "warned", "added", "urged",
    "called", "recalled", "emphasised", "emphasized", "highlighted", "pointed", "observed", "proposed", "recommended",
    "remarked", "replied", "responded", "insisted", "cautioned", "concluded", "underlined", "underscored", "presented",
    "described", "welcomed", "told", "shared", "reported", "announced", "thanked",
  ]

  /// A person the front matter does not list, so that no name is left for want of it: a title
  /// and capitalised words ("Dr Jane Okoro", "Ambassador Lind") or two capitalised words, neither
  /// a common word, before a verb of speech ("Jane Okoro said"). The chair, who may be named, is
  /// left as written.
  private func unlistedName(at word: Range<String.Index>, in text: String) -> Range<String.Index>? {
    func capitalised(_ range: Range<String.Index>) -> Bool {
      let word = text[range]
      guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
      return word.dropFirst().contains(where: \.isLowercase)
    }
    /// The next word, when only blanks (and a title's full stop) stand before it.
    func next(after range: Range<String.Index>, allowingStop: Bool) -> Range<String.Index>? {
      guard let following = NameScanner.word(in: text, from: range.upperBound) else { return nil }
      let between = text[range.upperBound..<following.lowerBound]
      let stop = allowingStop && between.first == "."
      guard !between.isEmpty, between.dropFirst(stop ? 1 : 0).allSatisfy({ $0 == " " }) else { return nil }
      return following
    }
    // A title and a name alike open with a capital: most words are done with here.
    guard text[word].first?.isUppercase == true else { return nil }
    let folded = NameScanner.folded(text[word])
    if Self.personTitles.contains(folded), capitalised(word) || text[word].allSatisfy(\.isUppercase),
      var last = next(after: word, allowingStop: true), match(at: last, in: text) == nil,
      !Self.offices.contains(NameScanner.folded(text[last]))
    {
      // "Prof. van der Berg": particles before the surname.
      var names = [NameScanner.folded(text[last])]
      while Self.particles.contains(names[names.count - 1]), names.count < 3, let more = next(after: last, allowingStop: false) {
        last = more
        names.append(NameScanner.folded(text[more]))
      }
      guard capitalised(last) else { return nil }
      while names.count < 3, let more = next(after: last, allowingStop: false), capitalised(more),
        match(at: more, in: text) == nil
      {
        last = more
        names.append(NameScanner.folded(text[more]))
      }
      guard !names.contains(where: chairWords.contains) else { return nil }
      return word.lowerBound..<last.upperBound
    }
    func isNamePart(_ range: Range<String.Index>) -> Bool {
      let key = NameScanner.folded(text[range])
      return capitalised(range) && match(at: range, in: text) == nil && !CommonWords.contains(key) && !chairWords.contains(key)
        && !Anonymiser.places.contains(key)
    }
    guard isNamePart(word), let second = next(after: word, allowingStop: false), isNamePart(second),
      !Anonymiser.places.contains(NameScanner.folded(text[word]) + " " + NameScanner.folded(text[second])),
      !Self.bodyWords.contains(NameScanner.folded(text[second])),
      !namesOrganisation(NameScanner.folded(text[word]), before: nil, after: NameScanner.folded(text[second]))
    else { return nil }
    if let end = spokenForEnd(after: second, in: text, verbRequired: true) { return word.lowerBound..<end }
    // "Juan Pablo García said …": three words of a name.
    if let third = next(after: second, allowingStop: false), isNamePart(third),
      let end = spokenForEnd(after: third, in: text, verbRequired: true)
    {
      return word.lowerBound..<end
    }
    // Where the words around say a person is meant: "(Rahul Mehta)", "…, said Chen Wei", "As
    // Olga Petrova put it", "presented by Amina Diallo".
    let before = Self.previousWords(before: word.lowerBound, in: text, count: 2)
    let following = text[second.upperBound...]
    let opensBracket = word.lowerBound > text.startIndex && text[text.index(before: word.lowerBound)] == "("
    if opensBracket, following.hasPrefix(")") { return word.lowerBound..<second.upperBound }
    if let last = before.last {
      let ends = following.isEmpty || following.first.map { ".,;:".contains($0) } == true
      if Self.speechVerbs.contains(last), ends { return word.lowerBound..<second.upperBound }
      if last == "as", let verb = Self.nextWord(after: second, in: text),
        text[verb] == "put" || Self.speechVerbs.contains(String(text[verb]))
      {
        return word.lowerBound..<second.upperBound
      }
      if last == "by", before.count == 2, before[0].hasSuffix("ed") || ["led", "made", "given", "chaired"].contains(before[0]) {
        return word.lowerBound..<second.upperBound
      }
    }
    return nil
  }

  /// Words that end a body's name, never a person's: "hosted by Peace Foundation".
  static let bodyWords: Set<String> = [
    "institute", "foundation", "centre", "center", "university", "council", "ministry", "agency", "network", "forum",
    "trust", "fund", "alliance", "coalition", "commission", "committee", "association", "society", "initiative",
    "programme", "program", "office", "group", "bank", "union", "college", "school", "academy", "partnership",
    "platform", "secretariat", "mission", "embassy", "department", "federation", "consortium", "collective",
  ]

  /// Where a name that ends at `name` ends with the body it speaks for, before a verb of speech:
  /// "Maria Gomez of Oxfam urged …", "Lars Holm (Norway) called …", as the body would name the
  /// person too. Without a body, the name's end when a verb of speech follows; `nil` when none
  /// does. Unless `verbRequired`, the name's end then.
  func spokenForEnd(after name: Range<String.Index>, in text: String, verbRequired: Bool) -> String.Index? {
    let fallback = verbRequired ? nil : name.upperBound
    // "Kofi, from UNDP, said …", "Ms Lind, of the Nordic Fund, argued …": the body between commas.
    if text[name.upperBound...].hasPrefix(", "), let word = NameScanner.word(in: text, from: text.index(name.upperBound, offsetBy: 2)),
      word.lowerBound == text.index(name.upperBound, offsetBy: 2), ["from", "of"].contains(String(text[word]))
    {
      var last = word
      for _ in 0..<6 {
        guard let more = Self.nextWord(after: last, in: text), text[more].first?.isUppercase == true || text[more] == "the" else { break }
        last = more
      }
      if last != word, text[last.upperBound...].hasPrefix(", "),
        let verb = Self.nextWord(from: text.index(last.upperBound, offsetBy: 1), in: text), Self.speechVerbs.contains(String(text[verb]))
      {
        return text.index(after: last.upperBound)
      }
    }
    guard let after = Self.nextWord(after: name, in: text) ?? bracketEnd(after: name, in: text) else { return fallback }
    if Self.speechVerbs.contains(String(text[after])) { return name.upperBound }
    if text[after] == "(" || text[after] == ")" {
      // "(Chair)" says who chaired, which the session's details give anyway.
      let inside = text[name.upperBound..<after.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ("))
      guard let verb = Self.nextWord(after: after, in: text), Self.speechVerbs.contains(String(text[verb])),
        !Self.chairingRoles.contains(inside.lowercased())
      else {
        return fallback
      }
      return after.upperBound
    }
    guard ["of", "from"].contains(String(text[after])) else { return fallback }
    var last = after
    for _ in 0..<4 {
      guard let more = Self.nextWord(after: last, in: text) else { return fallback }
      if Self.speechVerbs.contains(String(text[more])) {
        return last == after ? fallback : last.upperBound
      }
      guard text[more].first?.isUppercase == true || text[more] == "the" else { return fallback }
      last = more
    }
    return fallback
  }

  /// The most people not listed whose names a note's text makes known to all of it.
  static let unlistedLimit = 64

  /// The people the notes name with a sign of being a person (a title, a verb of speech, a body
  /// they speak for) whom no list gives, each once, by the words of their name alone. A one-word
  /// name that is also a word ("Ambassador Young") stays known only where it is so written.
  func unlistedNames(in text: String) -> [Speaker] {
    var found: [Speaker] = []
    var seen: Set<[String]> = []
    var position = text.startIndex
    while found.count < Self.unlistedLimit, let word = NameScanner.word(in: text, from: position) {
      position = word.upperBound
      guard text[word].first?.isUppercase == true, match(at: word, in: text) == nil,
        let person = unlistedName(at: word, in: text)
      else { continue }
      position = person.upperBound
      var name = text[person]
      for cut in [" (", " of ", " from "] { if let range = name.range(of: cut) { name = name[..<range.lowerBound] } }
      let words = Self.nameWords(String(name))
      guard !words.isEmpty, words.count > 1 || !Self.isAlsoAWord(words[0]), seen.insert(words).inserted else { continue }
      found.append(Speaker(name: name.split(whereSeparator: \.isWhitespace).joined(separator: " ")))
    }
    return found
  }

  /// The closing bracket of a remark right after a word ("Holm (Norway)"), as a range of one
  /// character, when it closes within 40 characters.
  private func bracketEnd(after word: Range<String.Index>, in text: String) -> Range<String.Index>? {
    let rest = text[word.upperBound...]
    guard rest.hasPrefix(" ("), let close = rest.prefix(40).firstIndex(of: ")") else { return nil }
    return close..<text.index(after: close)
  }

  /// A name's words, lower-cased, without titles or a bracketed part.
  static func nameWords(_ name: String) -> [String] {
    var text = Substring(withoutNicknames(name))
    if let open = text.firstIndex(of: "(") { text = text[..<open] }
    return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(NameScanner.folded).filter {
      !titles.contains($0.trimmingCharacters(in: ".")) && !$0.isEmpty
    }
  }

  /// The nicknames a speaker's name holds: in quotes ("Robert 'Bob' Smithers", "Robert “Bob”
  /// Smithers") or in brackets inside the name ("Margaret (Peggy) van der Berg"), or in closing
  /// brackets when they hold one capitalised word that is no role ("Ana Ruiz (Anita)", not
  /// "(Chair)").
  static func nicknames(in name: String) -> [String] {
    var found: [String] = []
    for (open, close) in [("(", ")"), ("'", "'"), ("\u{2018}", "\u{2019}"), ("\u{201C}", "\u{201D}"), ("\"", "\"")] {
      var rest = Substring(name)
      while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
        let inside = rest[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespaces)
        let before = rest[..<start.lowerBound]
        let after = rest[end.upperBound...].trimmingCharacters(in: .whitespaces)
        rest = rest[end.upperBound...]
        // An apostrophe inside a word ("O'Brien") opens no nickname.
        if open == "'", let last = before.last, last.isLetter { continue }
        let words = inside.split(separator: " ")
        guard (1...2).contains(words.count), inside.first?.isUppercase == true, inside.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" })
        else { continue }
        if open == "(", after.isEmpty, words.count > 1 || SessionLoader.roleNouns.contains(inside.lowercased()) { continue }
        found.append(inside)
      }
    }
    return found
  }

  /// A speaker's name without the nicknames it holds ("Margaret (Peggy) van der Berg" →
  /// "Margaret van der Berg").
  static func withoutNicknames(_ name: String) -> String {
    let nicknames = nicknames(in: name)
    guard !nicknames.isEmpty else { return name }
    var text = name
    for nickname in nicknames {
      for (open, close) in [("(", ")"), ("'", "'"), ("\u{2018}", "\u{2019}"), ("\u{201C}", "\u{201D}"), ("\"", "\"")] {
        text = text.replacingOccurrences(of: open + nickname + close, with: " ")
      }
    }
    return text.split(separator: " ").joined(separator: " ")
  }

  /// The words of the parts of a speaker's name that name a person: a part after a comma that
  /// describes ("Hans Müller, head of unit") is left out, and a name that only describes
  /// ("Representative of a national coordination office") gives none. A part describes when it
  /// holds a word written in small letters that is no particle ("de", "van") nor abbreviation
  /// ("med."); a name written all in small letters is taken as a name.
  static func personalNameWords(_ name: String) -> [String] {
    var text = Substring(withoutNicknames(name))
    if let open = text.firstIndex(of: "(") { text = text[..<open] }
    let allSmall = !text.contains(where: \.isUppercase)
    // "a trust-and-safety manager of a platform company": a speaker described, in small letters,
    // not a name written so ("jane roe").
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    if allSmall, words.count > 4 || words.first.map({ ["a", "an", "the", "one", "two", "three", "some", "several"].contains($0.lowercased()) }) == true {
      return []
    }
    let parts = text.split(separator: ",").filter { part in
      allSmall
        || !part.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains { word in
          guard let first = word.first, first.isLowercase, !word.hasSuffix(".") else { return false }
          let folded = NameScanner.folded(word)
          return !particles.contains(folded) && !titles.contains(folded)
        }
    }
    return parts.flatMap { nameWords(String($0)) }
  }

  /// The text with every speaker's name replaced, as it shows once rendered: written out, with
  /// character references, split by marks that show nothing, in a handle, in a web or e-mail
  /// address (which becomes the speaker's role) or a link's target (the link keeps its words and
  /// loses its target). Line breaks stay where they are, so line numbers in a text made
  /// anonymous still point at the same lines.
  public func apply(_ text: String) -> String {
    // "Pritchard‑Nuñez" with the non-breaking hyphen word processors put in: a name as any other.
    var hyphenated = text
    if text.unicodeScalars.contains("\u{2011}") { hyphenated = text.replacingOccurrences(of: "\u{2011}", with: "-") }
    let text = Self.undotted(unlinked(hyphenated), initials: speakerInitials)
    var output = ""
    var copied = text.startIndex
    var position = text.startIndex
    /// Writes `phrase` for the text in `range`, with a capital where a sentence starts.
    func replace(_ range: Range<String.Index>, with phrase: String, suffix: Substring = "") {
      // Emphasis or code marks inside a name go with it, and their partners around it too:
      // "*Hidden*person" becomes "a researcher", not "*a researcher".
      let range = Self.widened(range, in: text, notBefore: copied)
      output += text[copied..<range.lowerBound]
      output += Self.atSentenceStart(output) ? phrase.capitalizedFirst : phrase
      // "the director of prisons' presentation", not "prisons's".
      output += phrase.hasSuffix("s") && (suffix == "'s" || suffix == "\u{2019}s") ? suffix.dropLast() : suffix
      output += String(repeating: "\n", count: text[range].reduce(0) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 })
      copied = range.upperBound
      position = range.upperBound
    }
    var addresses = WebAddresses.ranges(in: text, linkDestinations: true)[...]
    while let word = NameScanner.word(in: text, from: position) {
      position = word.upperBound
      while let address = addresses.first, address.upperBound <= word.lowerBound { addresses.removeFirst() }
      if let address = addresses.first, address.contains(word.lowerBound) {
        // An address that names a speaker stands for the speaker; any other is kept whole, as a
        // name rewritten in it would only break the link.
        if address.lowerBound >= copied, let pattern = speaker(namedIn: text[address]) {
          replace(Self.addressRange(address, in: text), with: pattern.replacement)
        } else {
          position = address.upperBound
        }
        continue
      }
      // A handle names its speaker as a whole: "@anna-berg", "@hassan.benyoussef", and with
      // the rest of the name after it, "@Anna Berg".
      if word.lowerBound > copied, text[text.index(before: word.lowerBound)] == "@" {
        let end = Self.handleEnd(from: word.lowerBound, in: text)
        if let handle = handle(text[word.lowerBound..<end]) {
          var last = end
          var suffix: Substring = ""
          while suffix.isEmpty, let next = NameScanner.word(in: text, from: last),
            NameScanner.isBlank(text[last..<next.lowerBound]), let more = match(at: next, in: text),
            more.pattern.speaker == handle.speaker
          {
            last = more.end
            suffix = more.suffix
          }
          replace(text.index(before: word.lowerBound)..<last, with: handle.role, suffix: suffix)
          continue
        }
      }
      guard var found = match(at: word, in: text) else {
        if let person = unlistedName(at: word, in: text) { replace(person, with: "a participant") }
        continue
      }
      // "Jordan and Morocco", "Lake Chad": a part of a name that names a place there.
      if found.pattern.words.count == 1, !found.pattern.capitalsOnly, let end = placeEnd(at: word, in: text) {
        position = end
        continue
      }
      // The same speaker's names one after another ("María José" as two given names) are one,
      // and so are the names around a middle initial ("Jane Q. Doe").
      while found.suffix.isEmpty, let next = Self.wordPastInitials(from: found.end, in: text),
        let more = match(at: next, in: text), more.pattern.speaker == found.pattern.speaker
      {
        found = more
      }
      // "HH (Helen Hill)", "Hill (Ms Helen Hill)": the same speaker named again in brackets is one name.
      if found.suffix.isEmpty, let bracketed = sameSpeakerInBrackets(after: found.end, speaker: found.pattern.speaker, in: text) {
        found.end = bracketed
      }
      // "Tom W.": a given name with the surname's initial.
      if found.suffix.isEmpty, let end = surnameInitialEnd(after: found.end, speaker: found.pattern.speaker, in: text) {
        found.end = end
      }
      var start = initialsStart(before: word.lowerBound, in: text, speaker: found.pattern.speaker) ?? word.lowerBound
      start = NameScanner.titleStart(before: start, in: text, titles: Self.titles) ?? start
      // A handle ("@oneill") goes with its "@".
      if start > copied, text[text.index(before: start)] == "@" { start = text.index(before: start) }
      // "Boateng (UNDP) said": the body a speaker speaks for would name the speaker too.
      if found.suffix.isEmpty, found.end > word.lowerBound,
        let end = spokenForEnd(after: text.index(before: found.end)..<found.end, in: text, verbRequired: true)
      {
        found.end = end
      }
      replace(max(copied, start)..<found.end, with: found.pattern.replacement, suffix: found.suffix)
    }
    output += text[copied...]
    return chairRoles.isEmpty ? output : Self.droppingChairAppositions(output, roles: chairRoles)
  }

  /// `range` with the emphasis and code marks that stand against it, when marks of that kind
  /// stand inside it.
  static func widened(_ range: Range<String.Index>, in text: String, notBefore floor: String.Index) -> Range<String.Index> {
    let marks = Set(text[range].filter { $0 == "*" || $0 == "_" || $0 == "`" })
    guard !marks.isEmpty else { return range }
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower > floor, marks.contains(text[text.index(before: lower)]) { lower = text.index(before: lower) }
    while upper < text.endIndex, marks.contains(text[upper]) { upper = text.index(after: upper) }
    return lower..<upper
  }

  /// An address as it is replaced: without the punctuation that ends a sentence after it, and
  /// with the angle brackets of an autolink (`<mailto:…>`).
  static func addressRange(_ address: Range<String.Index>, in text: String) -> Range<String.Index> {
    var upper = address.upperBound
    while upper > address.lowerBound, ".,;:!?'\"".contains(text[text.index(before: upper)]) {
      upper = text.index(before: upper)
    }
    guard upper > address.lowerBound else { return address }
    if address.lowerBound > text.startIndex, text[text.index(before: address.lowerBound)] == "<",
      upper == address.upperBound, upper < text.endIndex, text[upper] == ">"
    {
      return text.index(before: address.lowerBound)..<text.index(after: upper)
    }
    return address.lowerBound..<upper
  }

  /// The next word after `index` when only blanks stand before it, and middle initials between
  /// blanks ("Q. ", "J.-P. "), up to three.
  static func wordPastInitials(from index: String.Index, in text: String) -> Range<String.Index>? {
    guard var next = NameScanner.word(in: text, from: index), NameScanner.isBlank(text[index..<next.lowerBound]) else {
      return nil
    }
    for _ in 0..<3 {
      let written = text[next]
      guard written.count <= 3, written.first?.isUppercase == true, written.allSatisfy({ $0.isUppercase || $0 == "-" }),
        next.upperBound < text.endIndex, text[next.upperBound] == "."
      else { break }
      let stop = text.index(after: next.upperBound)
      guard let following = NameScanner.word(in: text, from: stop), NameScanner.isBlank(text[stop..<following.lowerBound])
      else { break }
      next = following
    }
    return next
  }

  /// Where the speaker's surname initial after a given name ends: " W." in "Tom W. to circulate",
  /// its full stop kept where it may end the sentence ("thanks to Tom W.").
  private func surnameInitialEnd(after index: String.Index, speaker: Int, in text: String) -> String.Index? {
    guard let initial = surnameInitials[speaker], index < text.endIndex, text[index] == " " else { return nil }
    let letter = text.index(after: index)
    guard letter < text.endIndex, text[letter] == initial else { return nil }
    let stop = text.index(after: letter)
    guard stop < text.endIndex, text[stop] == "." else { return nil }
    let after = text[text.index(after: stop)...]
    guard let next = after.first else { return stop }
    guard next == " " else { return ",;:)".contains(next) ? text.index(after: stop) : nil }
    let following = after.drop { $0 == " " }.first
    return following.map { $0.isLowercase || "\u{2013}\u{2014}-(".contains($0) } == true ? text.index(after: stop) : stop
  }

  /// Where initials that stand just before `index` begin ("I. " or "J.P. " or "J. Q. " or "JP "
  /// before a surname), when they open with one of the speaker's given names' initials.
  private func initialsStart(before index: String.Index, in text: String, speaker: Int) -> String.Index? {
    guard let initials = givenInitials[speaker], index > text.startIndex, text[text.index(before: index)] == " " else {
      return nil
    }
    var cursor = text.index(before: index)
    var found: String.Index? = nil
    for taken in 0..<3 {
      var letter = cursor
      if taken > 0, letter > text.startIndex, text[text.index(before: letter)] == " " { letter = text.index(before: letter) }
      if letter > text.startIndex, text[text.index(before: letter)] == "." { letter = text.index(before: letter) }
      guard letter > text.startIndex else { break }
      letter = text.index(before: letter)
      guard text[letter].isUppercase, text[letter].isLetter else { break }
      cursor = letter
      // The initials are a word of their own and open with one of the speaker's.
      if let initial = NameScanner.folded(String(text[letter])).first, initials.contains(initial),
        letter == text.startIndex || !NameScanner.isWordCharacter(text[text.index(before: letter)])
      {
        found = letter
      }
    }
    return found
  }

  /// The role of the speaker a handle (without its "@") names, if it names one.
  func handleRole(_ handle: Substring) -> String? {
    self.handle(handle)?.role
  }

  /// The speaker a handle (without its "@") names, if it names one.
  func handle(_ handle: Substring) -> Handle? {
    let key = NameScanner.folded(handle).filter { $0.isLetter || $0.isNumber }
    return handles[key]
  }

  /// Where a handle that starts at `start` ends: letters, digits and `.`, `-` or `_` between them.
  static func handleEnd(from start: String.Index, in text: String) -> String.Index {
    var end = start
    var index = start
    while index < text.endIndex, text[index].isLetter || text[index].isNumber || "._-".contains(text[index]) {
      index = text.index(after: index)
      if text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber { end = index }
    }
    return end
  }

  /// The end of " (NAME)" at `index` when NAME, after an optional title, is the speaker's.
  private func sameSpeakerInBrackets(after index: String.Index, speaker: Int, in text: String) -> String.Index? {
    var open = index
    while open < text.endIndex, text[open] == " " { open = text.index(after: open) }
    guard open < text.endIndex, text[open] == "(", var word = NameScanner.word(in: text, from: text.index(after: open)),
      text[text.index(after: open)..<word.lowerBound].allSatisfy({ $0 == " " })
    else { return nil }
    if Self.titles.contains(NameScanner.key(text[word]).trimmingCharacters(in: ".")),
      let next = NameScanner.word(in: text, from: word.upperBound)
    {
      word = next
    }
    guard let inner = match(at: word, in: text), inner.pattern.speaker == speaker, inner.suffix.isEmpty else { return nil }
    var close = inner.end
    while close < text.endIndex, text[close] == " " { close = text.index(after: close) }
    guard close < text.endIndex, text[close] == ")" else { return nil }
    return text.index(after: close)
  }

  /// The longest name that starts with `word`, where it ends and the possessive after it.
  func match(at word: Range<String.Index>, in text: String) -> (pattern: Pattern, end: String.Index, suffix: Substring)? {
    // Most words are done with at their first letter (a reference is read in full).
    if text[word.lowerBound] != "&" {
      guard let initial = NameScanner.folded(String(text[word.lowerBound])).first, initials.contains(initial) else {
        return nil
      }
    }
    guard let candidates = byFirstWord[NameScanner.key(text[word])] else { return nil }
    for pattern in candidates {
      if pattern.capitalsOnly, NameScanner.visible(text[word]).contains(where: { !$0.isUppercase }) { continue }
      if pattern.capitalisedOnly, NameScanner.visible(text[word]).first?.isUppercase != true || Self.readsAsWord(word, in: text) {
        continue
      }
      if let match = NameScanner.match(pattern.words, in: text, at: word) { return (pattern, match.end, match.suffix) }
    }
    return nil
  }

  /// Whether a part of a name that is also a word reads as that word where it stands, capital and
  /// all: a month after "in" or before a day ("in May", "May 12"), after an article ("the May
  /// working group"), or opening a sentence before a word no name would take ("Young people need
  /// …", not "Young said …").
  static func readsAsWord(_ word: Range<String.Index>, in text: String) -> Bool {
    let before = text[..<word.lowerBound]
    let previous = before.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).last.map { $0.lowercased() }
    if let previous, ["the", "a", "an"].contains(previous) { return true }
    // A month's name after the words that date ("in May", "by June", "since April").
    let isMonth = ["may", "june", "april", "august", "march"].contains(text[word].lowercased())
    if isMonth, let previous,
      ["in", "by", "until", "since", "from", "of", "early", "late", "mid", "this", "next", "last", "every", "before", "after"].contains(previous)
    {
      return true
    }
    let after = text[word.upperBound...]
    // "Young's proposal": a word takes no possessive; a name does.
    let written = text[word]
    if after.hasPrefix("'s ") || after.hasPrefix("\u{2019}s ") || written.hasSuffix("'s") || written.hasSuffix("\u{2019}s") {
      return false
    }
    let next = after.drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" }
    if let first = next.first, first.isNumber { return true }
    // At a sentence's start: what comes before is nothing, a sentence's end or a line's start.
    // An initial's full stop ends no sentence: "O. Secret later added".
    let trimmed = before.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\u{201C}" || $0 == "*" || $0 == "_" }
    let opening = trimmed.first
    let afterInitial = opening == "." && trimmed.dropFirst().first.map { $0.isUppercase && $0 != "A" && $0 != "I" } == true
      && trimmed.dropFirst(2).first.map { $0 == " " || $0 == "\n" } != false
    let startsSentence = !afterInitial && (opening == nil || opening.map { ".!?:\n-".contains($0) } == true)
    if startsSentence, let first = next.first, first.isLowercase, !nameFollowers.contains(String(next).lowercased()) {
      // "Young later argued", "Young then said": an adverb between a name and its verb.
      let lowered = String(next).lowercased()
      if lowered.hasSuffix("ly") || ["later", "then", "also", "again", "further", "first", "next", "too", "once", "still", "now"].contains(lowered) {
        let rest = after.drop { $0 == " " }.dropFirst(next.count).drop { $0 == " " }.prefix { $0.isLetter }.lowercased()
        if nameFollowers.contains(rest) || (rest.hasSuffix("ed") && rest.count > 4) { return false }
      }
      return true
    }
    return false
  }

  /// Words a name is followed by at a sentence's start: "Young said", "May and Price agreed".
  static let nameFollowers: Set<String> = [
    "said", "says", "noted", "asked", "added", "urged", "stressed", "explained", "argued", "will", "would", "to", "and",
    "also", "was", "is", "has", "had", "agreed", "suggested", "called", "proposed", "recommended", "presented", "opened",
    "closed", "thanked", "welcomed", "spoke", "replied", "commented", "warned", "insisted", "reminded", "described",
    "shared", "highlighted", "emphasised", "emphasized", "pointed", "offered", "committed", "undertook", "reported",
    "observed", "concluded", "underlined", "recalled", "cautioned", "announced", "confirmed", "invited", "encouraged",
    "mentioned", "wondered", "questioned", "responded", "answered", "acknowledged", "agrees", "thinks", "believes",
    "wants", "who", "from", "of", "with", "himself", "herself", "however",
  ]

  /// Whether a replacement appended to `output` opens a sentence, a line or a list item.
  static func atSentenceStart(_ output: String) -> Bool {
    // Backwards over blanks and list or heading markers ("- ", "1. ", "## ") to the line's start.
    var index = output.endIndex
    while index > output.startIndex {
      index = output.index(before: index)
      let character = output[index]
      if character == " " || character == "\t" { continue }
      // An initial's full stop ("K. ") ends no sentence.
      if character == ".", index > output.startIndex, output[output.index(before: index)].isUppercase,
        output.index(before: index) == output.startIndex || output[output.index(index, offsetBy: -2)] == " "
      {
        return false
      }
      if character == "\n" || ".!?:".contains(character) { return true }
      if "-*+#>0123456789)".contains(character) { continue }
      return false
    }
    return true
  }

  /// "Deputy minister" → "a deputy minister"; a role that brings its own article keeps it.
  static func rolePhrase(_ role: String) -> String {
    var trimmed = role.trimmingBlanks
    // "Minister of Youth, Republic of Kenya": what follows the comma would single the speaker out.
    if let comma = trimmed.firstIndex(of: ","), trimmed.distance(from: trimmed.startIndex, to: comma) >= 3 {
      trimmed = String(trimmed[..<comma]).trimmingBlanks
    }
    // "Special Rapporteur" in title case reads "a special rapporteur": each capitalised word that
    // is no acronym in small letters, not only the first.
    let words = trimmed.split(separator: " ")
    if words.count > 1, words.allSatisfy({ $0.first?.isUppercase == true || ["of", "for", "on", "and", "the"].contains($0) }) {
      // A place or a body's own name keeps its capital ("a minister of youth of Mali").
      trimmed = words.enumerated().map { index, word in
        let lowered = word.lowercased()
        let ordinary = index == 0 || CommonWords.contains(lowered) || SessionLoader.roleNouns.contains(lowered)
        return ordinary && word.dropFirst().allSatisfy { $0.isLowercase || !$0.isLetter } ? lowered : String(word)
      }.joined(separator: " ")
    }
    let first = trimmed.split(separator: " ").first.map { $0.lowercased() } ?? ""
    if ["a", "an", "the"].contains(first) { return Self.lowerFirst(trimmed) }
    return Self.article(for: trimmed) + " " + Self.lowerFirst(trimmed)
  }

  static func article(for role: String) -> String {
    guard let first = role.lowercased().first else { return "a" }
    // An acronym is read letter by letter: "an NGO director", "a UN official".
    let firstWord = role.split(separator: " ").first.map(String.init) ?? ""
    if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) {
      return "aefhilmnorsx".contains(first) ? "an" : "a"
    }
    return "aeiou".contains(first) ? "an" : "a"
  }

  static func lowerFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    // Keep acronyms ("PVE coordinator", "UNDP adviser") as written.
    let firstWord = text.split(separator: " ").first.map(String.init) ?? ""
    if firstWord.count > 1, firstWord.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return text }
    return first.lowercased() + text.dropFirst()
  }
}

/// Words of a text as names are written: letters, digits, hyphens and apostrophes inside a word
/// ("Okonkwo-Hale", "O'Brien"); a possessive "'s" is part of the word but not of the name. A word
/// is read as it shows once rendered: a character reference stands for its character
/// ("Hidden&#112;erson"), and marks that show nothing between two of its letters do not split it
/// ("*Hidden*person", "Hidden`person`", "Hidden<!-- -->person", a soft hyphen).
enum NameScanner {
  static func isWordCharacter(_ character: Character) -> Bool {
    // Most characters are ASCII, whose classes need no look-up in Unicode's tables.
    if let ascii = character.asciiValue {
      return (ascii | 0x20 >= UInt8(ascii: "a") && ascii | 0x20 <= UInt8(ascii: "z"))
        || (ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")) || ascii == UInt8(ascii: "-")
    }
    return character.isLetter || character.isNumber
  }

  static func isApostrophe(_ character: Character) -> Bool { character == "'" || character == "\u{2019}" }

  /// A character that shows nothing: a soft hyphen, a zero-width space or joiner, a byte order mark.
  static func isInvisible(_ character: Character) -> Bool {
    !character.isASCII && character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
  }

  /// Emphasis and code-span marks and backslashes, which show nothing between two letters.
  static func isMark(_ character: Character) -> Bool {
    character == "*" || character == "_" || character == "`" || character == "\\"
  }

  /// The characters the text shows once rendered, when it holds anything but plain words:
  /// references read, marks, tags, comments and invisible characters left out.
  static func visible<Text: StringProtocol>(_ text: Text) -> String {
    let string = String(text)
    guard string.contains(where: { $0 == "&" || $0 == "<" || isMark($0) || !$0.isASCII }) else { return string }
    var output = ""
    var index = string.startIndex
    while index < string.endIndex {
      let character = string[index]
      if character == "&", let reference = reference(in: string, at: index) {
        output += reference.value.filter { !isInvisible($0) }
        index = reference.end
      } else if character == "<", let end = tagEnd(in: string, at: index) {
        index = end
      } else {
        if !isMark(character), !isInvisible(character) { output.append(character) }
        index = string.index(after: index)
      }
    }
    return output
  }

  /// The character reference (`&#112;`, `&#x70;`, `&eacute;`) at `index`: where it ends and what it
  /// stands for.
  static func reference(in text: String, at index: String.Index) -> (end: String.Index, value: String)? {
    guard text[index] == "&" else { return nil }
    var cursor = text.index(after: index)
    var name = ""
    while cursor < text.endIndex, text[cursor] != ";" {
      let character = text[cursor]
      guard name.count < 32, character.isASCII, character.isLetter || character.isNumber || (name.isEmpty && character == "#")
      else { return nil }
      name.append(character)
      cursor = text.index(after: cursor)
    }
    guard cursor < text.endIndex, let value = referenceValue(name) else { return nil }
    return (text.index(after: cursor), value)
  }

  /// What a reference's name (`#112`, `#x70`, `eacute`) stands for, as CommonMark reads it.
  static func referenceValue(_ name: String) -> String? {
    guard name.hasPrefix("#") else {
      switch name {
      case "amp": return "&"
      case "lt": return "<"
      case "gt": return ">"
      case "quot": return "\""
      case "apos": return "'"
      case "nbsp": return "\u{00A0}"
      default: return MarkdownParser.entity(named: name)
      }
    }
    let digits = name.dropFirst()
    let hexadecimal = digits.first == "x" || digits.first == "X"
    let number = hexadecimal ? digits.dropFirst() : digits
    guard (1...(hexadecimal ? 6 : 7)).contains(number.count), let value = UInt32(number, radix: hexadecimal ? 16 : 10)
    else { return nil }
    // As CommonMark: an invalid code point or NUL reads as the replacement character.
    guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
    return String(Character(scalar))
  }

  /// Where the HTML tag or comment at `index` ends (`<b>`, `</span>`, `<!-- … -->`), when one
  /// stands there on one line and within a short reach.
  static func tagEnd(in text: String, at index: String.Index) -> String.Index? {
    guard text[index] == "<" else { return nil }
    let rest = text[text.index(after: index)...].prefix(256)
    if rest.hasPrefix("!--") {
      guard let close = rest.dropFirst(3).firstRange(of: "-->") else { return nil }
      return close.upperBound
    }
    var cursor = rest.startIndex
    if cursor < rest.endIndex, rest[cursor] == "/" { cursor = rest.index(after: cursor) }
    guard cursor < rest.endIndex, rest[cursor].isASCII, rest[cursor].isLetter else { return nil }
    guard let close = rest[cursor...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "\n" }), rest[close] == ">"
    else { return nil }
    return rest.index(after: close)
  }

  /// Where the word unit at `index` ends: a word character, or a reference to one.
  static func unitEnd(in text: String, at index: String.Index) -> String.Index? {
    let character = text[index]
    if isWordCharacter(character) { return text.index(after: index) }
    guard character == "&", let reference = reference(in: text, at: index), reference.value.count == 1,
      let value = reference.value.first, isWordCharacter(value)
    else { return nil }
    return reference.end
  }

  /// Where the apostrophe at `index` (written or as a reference) ends, when a letter follows it.
  static func apostropheEnd(in text: String, at index: String.Index) -> String.Index? {
    let end: String.Index
    if isApostrophe(text[index]) {
      end = text.index(after: index)
    } else if text[index] == "&", let reference = reference(in: text, at: index), reference.value.count == 1,
      let value = reference.value.first, isApostrophe(value)
    {
      end = reference.end
    } else {
      return nil
    }
    guard end < text.endIndex, let unit = unitEnd(in: text, at: end), visible(text[end..<unit]).first?.isLetter == true
    else { return nil }
    return end
  }

  /// Where the marks that show nothing at `index` end: emphasis and code marks, backslashes,
  /// tags and comments, invisible characters (written or as references).
  static func marksEnd(in text: String, at index: String.Index) -> String.Index? {
    var end = index
    while end < text.endIndex {
      let character = text[end]
      if isMark(character) || isInvisible(character) {
        end = text.index(after: end)
      } else if character == "<", let tag = tagEnd(in: text, at: end) {
        end = tag
      } else if character == "&", let reference = reference(in: text, at: end), reference.value.allSatisfy(isInvisible) {
        end = reference.end
      } else {
        break
      }
    }
    return end > index ? end : nil
  }

  /// The next word at or after `start`.
  static func word(in text: String, from start: String.Index) -> Range<String.Index>? {
    var first = start
    var found: String.Index? = nil
    while first < text.endIndex {
      if let end = unitEnd(in: text, at: first) {
        found = end
        break
      }
      // A reference to anything but a letter is no word ("&#32;", "&amp;").
      if text[first] == "&", let reference = reference(in: text, at: first) {
        first = reference.end
        continue
      }
      first = text.index(after: first)
    }
    guard var end = found else { return nil }
    let capitalised = text[first].isUppercase
    while end < text.endIndex {
      // A name joined to a word in small letters is a name of its own: "Sow-led", "Sow-model".
      if capitalised, text[end] == "-", let after = text.index(end, offsetBy: 1, limitedBy: text.endIndex),
        after < text.endIndex, text[after].isLowercase
      {
        break
      }
      if let next = unitEnd(in: text, at: end) {
        end = next
      } else if let next = apostropheEnd(in: text, at: end) {
        end = next
      } else if let marks = marksEnd(in: text, at: end), marks < text.endIndex, let next = unitEnd(in: text, at: marks) {
        end = next
      } else {
        break
      }
    }
    return first..<end
  }

  /// Whether only blanks, a line break and marks that show nothing stand in `gap`, as between
  /// the words of one name ("Miriam\nOkonkwo-Hale", "*Tomasz* Brightwater").
  static func isBlank(_ gap: Substring) -> Bool {
    let shown = visible(gap)
    return shown.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0.isNewline }
      && shown.filter(\.isNewline).count <= 1
  }

  /// The possessive ending of a word, if any.
  static func possessive(_ word: Substring) -> Substring? {
    guard word.count > 2, let apostrophe = word.dropLast().last, isApostrophe(apostrophe),
      word.last == "s" || word.last == "S"
    else { return nil }
    return word.suffix(2)
  }

  /// A word as it shows, lower-cased, without accents ("García" and "Garcia" are one name), with
  /// straight apostrophes.
  static func folded<Text: StringProtocol>(_ word: Text) -> String {
    let lowered = visible(word).lowercased()
    guard !lowered.utf8.allSatisfy({ $0 < 0x80 }) else { return lowered }
    var plain = lowered.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
    // Letters that no accent makes: "Wałęsiński" is written "Walesinski", "Kjærgaard" "Kjaergaard",
    // "Weißmüller" "Weissmuller", "Yıldırım" "YILDIRIM".
    if plain.contains(where: { Self.transliterations[$0] != nil }) {
      plain = String(plain.flatMap { Self.transliterations[$0] ?? String($0) })
    }
    // Joiners that ride on a letter ("n\u{200D}p") show nothing either.
    if plain.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) {
      plain = String(String.UnicodeScalarView(plain.unicodeScalars.filter { $0.properties.generalCategory != .format }))
    }
    return plain.contains("\u{2019}") ? plain.replacingOccurrences(of: "\u{2019}", with: "'") : plain
  }

  static let transliterations: [Character: String] = [
    "\u{0142}": "l", "\u{00F8}": "o", "\u{00E6}": "ae", "\u{0153}": "oe", "\u{00DF}": "ss", "\u{0131}": "i",
    "\u{0111}": "d", "\u{00F0}": "d", "\u{00FE}": "th", "\u{0127}": "h",
  ]

  /// A word folded, without its possessive ending.
  static func key(_ word: Substring) -> String {
    folded(possessive(word).map { word.dropLast($0.count) } ?? word)
  }

  /// Where a name of `words` that starts with the word at `first` ends, and the possessive
  /// ending that follows it; `nil` when the text does not continue with the name. Only blanks,
  /// line breaks and marks that show nothing stand between the name's words.
  static func match(_ words: [String], in text: String, at first: Range<String.Index>)
    -> (end: String.Index, suffix: Substring)?
  {
    var word = first
    for (offset, expected) in words.enumerated() {
      if offset > 0 {
        guard let next = self.word(in: text, from: word.upperBound), isBlank(text[word.upperBound..<next.lowerBound])
        else { return nil }
        word = next
      }
      let isLast = offset == words.count - 1
      let written = text[word]
      if folded(written) == expected { continue }
      guard isLast, let ending = possessive(written), key(written) == expected else { return nil }
      return (word.upperBound, ending)
    }
    return (word.upperBound, "")
  }

  /// Where a title ("Dr. ", "Ms ") that stands just before `index` on the same line begins.
  static func titleStart(before index: String.Index, in text: String, titles: Set<String>) -> String.Index? {
    var cursor = index
    // "Mr *Benali*-Forsythe": emphasis may open between the title and the name.
    while cursor > text.startIndex, "*_".contains(text[text.index(before: cursor)]) { cursor = text.index(before: cursor) }
    let marked = cursor
    while cursor > text.startIndex, text[text.index(before: cursor)] == " " { cursor = text.index(before: cursor) }
    guard cursor < marked else { return nil }
    var end = cursor
    if end > text.startIndex, text[text.index(before: end)] == "." { end = text.index(before: end) }
    var start = end
    while start > text.startIndex, text[text.index(before: start)].isLetter { start = text.index(before: start) }
    guard start < end, titles.contains(text[start..<end].lowercased()) else { return nil }
    if start > text.startIndex, isWordCharacter(text[text.index(before: start)]) { return nil }
    return start
  }
}

extension Anonymiser {
  /// The items with every speaker's name replaced in their text, owner and evidence; lines,
  /// tags and dates stay as they are.
  public func anonymised(_ extract: SessionExtract) -> SessionExtract {
    func hide(_ item: ExtractedItem) -> ExtractedItem {
      var item = item
      item.text = apply(item.text)
      item.owner = item.owner.map { owner in handleRole(owner[...]).map(\.capitalizedFirst) ?? apply(owner) }
      item.evidence = item.evidence.map { Evidence(rule: $0.rule, words: apply($0.words)) }
      return item
    }
    var result = extract
    result.title = apply(extract.title)
    result.recommendations = extract.recommendations.map(hide)
    result.actions = extract.actions.map(hide)
    return result
  }

  /// The body of the notes with each item of their Speakers section that opens with a speaker's
  /// name cut to the name ("- Fatou Sow, Director, WPN" to "- Fatou Sow"): the name is then
  /// replaced by the speaker's role, and the affiliation beside it would tell who spoke.
  static func speakerListWithNamesOnly(_ session: Session, body: String) -> String {
    let known = Set((session.speakers + speakersListed(in: session)).map { nameWords($0.name) }.filter { !$0.isEmpty })
    guard !known.isEmpty else { return body }
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let offset = session.document.lineOffset
    var changed = false
    for section in session.sections where section.id == .speakers {
      for block in section.blocks where block.isList {
        for item in block.children {
          guard let first = item.children.first, first.kind == .paragraph, let range = item.range else { continue }
          var text = first.plainText
          // "Moderator: John Smith (Hedayah)": the role before a colon, the name after it.
          if let colon = text.firstIndex(of: ":"), text[..<colon].split(separator: " ").count <= 3,
            text[text.index(after: colon)...].first == " "
          {
            text = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
          }
          let end = text.firstIndex { ",(:;\u{2013}\u{2014}\n".contains($0) } ?? text.endIndex
          let name = String(text[..<end]).trimmingCharacters(in: .whitespaces)
          let index = range.start.line - 1 - offset
          guard end != text.endIndex, !name.isEmpty, known.contains(nameWords(name)), lines.indices.contains(index),
            let written = lines[index].range(of: name)
          else { continue }
          lines[index] = String(lines[index][..<written.upperBound])
          // The item's further lines say more about the speaker.
          for later in (index + 1)..<min(lines.count, range.end.line - offset) { lines[later] = "" }
          changed = true
        }
      }
    }
    return changed ? lines.joined(separator: "\n") : body
  }

  /// The session as every output shows it under the rule: its notes, title and purpose with each
  /// speaker's name replaced, parsed again so that sections, items and line numbers follow the
  /// new text, and checked as cmark reads them. The front matter (speakers, chair) is kept as
  /// written.
  public func anonymised(_ session: Session, catalog: SectionCatalog) -> Session {
    let text = session.text
    var bodyStart = text.startIndex
    for _ in 0..<session.document.lineOffset {
      guard let newline = text[bodyStart...].firstIndex(of: "\n") else { break }
      bodyStart = text.index(after: newline)
    }
    let rewritten = String(text[..<bodyStart]) + apply(Self.speakerListWithNamesOnly(session, body: String(text[bodyStart...])))
    guard case var .success(result) = SessionLoader.load(file: session.file, text: rewritten, catalog: catalog) else {
      return session
    }
    // The notes as cmark reads them: a name the text keeps apart ("Hidden[person](…)") may still
    // show whole. Such a block is written again as its words, made anonymous.
    let naming = blocksNamingASpeaker(in: result.document.root)
    if !naming.isEmpty,
      case let .success(again) = SessionLoader.load(
        file: session.file, text: Self.rewriting(naming, in: rewritten), catalog: catalog)
    {
      result = again
    }
    result.title = apply(result.title)
    // The details name the chair alone: a speaker's name in the venue, the hosts or the time
    // ("Jean-Luc Mbeki Hall") is unnamed as it is in the text.
    result.venue = apply(result.venue)
    result.hosts = result.hosts.map(apply)
    result.timeText = apply(result.timeText)
    // An id or a file name that holds a speaker's name shows in anchors, file names and the
    // extracted data: the outputs show one without it.
    result.id = SpeakerNamedID.unnamedID(of: session) ?? session.id
    result.shownFile = SpeakerNamedID.unnamedFile(session.outputFile, of: session) ?? session.shownFile
    return result
  }
}
