import Foundation
import RapporteurCore

/// Writes synthetic but realistic events: N sessions, deterministic from a seed, 4–12 KB each,
/// using every section form and quirk the notes format allows (synonyms, en dashes, task lists,
/// `Action:` lines, sub-headings per addressee, owners and due dates in every form, wrapped and
/// unwrapped text, Chatham House sessions, acronyms spelled out).
public struct EventGenerator: Sendable {
  public let seed: UInt64

  public init(seed: UInt64 = 2017) {
    self.seed = seed
  }

  /// A SplitMix64 generator: the same seed gives the same event on every machine.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
  }

  /// The files of an event with `count` sessions: `event.yml` and `sessions/*.md`, by relative path.
  public func files(sessions count: Int) -> [(path: String, contents: String)] {
    var files: [(path: String, contents: String)] = [("event.yml", eventYAML(sessions: count))]
    for index in 0..<count {
      var random = Random(state: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
      files.append(("sessions/\(sessionID(index)).md", note(index: index, random: &random)))
    }
    return files
  }

  /// Writes the event into `directory`.
  public func write(sessions count: Int, to directory: String) throws {
    for file in files(sessions: count) {
      let path = InputsLoader.join(directory, file.path)
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path))
    }
  }

  func sessionID(_ index: Int) -> String { "session-\(String(format: "%05d", index + 1))" }

  func day(_ index: Int, sessions count: Int) -> Int { 1 + index * 5 / max(1, count) }

  func eventYAML(sessions count: Int) -> String {
    let days = (1...max(1, day(count - 1, sessions: count))).map { "\"2025-09-\(String(format: "%02d", 21 + $0 - 1))\"" }
    return """
      name: "Generated Forum"
      title: "A synthetic event of \(count) sessions on prevention, partnership and inclusion"
      dates: [\(days.joined(separator: ", "))]
      venue: "Conference Centre"
      address: "1 Example Square"
      organisers: ["Forum Secretariat", "Partner Network"]
      report-title: "Generated Forum: event report"
      required-sections:
        workshop: [purpose, agenda, speakers, discussion, recommendations, actions]
        side-event: [purpose, agenda, discussion, recommendations]
        plenary: [purpose, discussion]

      """
  }

  static let kinds = ["workshop", "side-event", "plenary", "roundtable"]
  static let topics = [
    "national action plans", "women's participation", "youth leadership", "local prevention networks",
    "monitoring and evaluation", "funding for civil society", "community policing", "online hate speech",
    "reintegration of returnees", "human rights and civic space", "education for resilience", "faith and dialogue",
  ]
  static let givenNames = ["Amina", "Jonas", "Priya", "Tomás", "Lena", "Kwame", "Sofia", "Farid", "Mei", "Olga", "Diego", "Nadia"]
  static let familyNames = ["Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Mensah", "Kowalski", "Rahman", "Silva", "Novak", "Abara", "Castell"]
  static let sectors = ["government", "civil-society", "un-system", "donor", "academia", "private-sector", "media"]
  static let roles = ["National coordinator", "Programme director", "Policy adviser", "Researcher", "Network coordinator", "Youth activist", "Journalist"]
  static let actors = ["Governments", "Donors", "Civil society organisations", "The UN system", "Local authorities", "The private sector", "The media", "Women's organisations", "Youth organisations", "Religious leaders", "The NAP Task Force"]
  static let verbs = ["fund", "involve", "consult", "support", "publish", "review", "strengthen", "protect", "train", "coordinate with"]
  static let objects = [
    "women's organisations from the first draft", "youth groups in monitoring", "local prevention committees",
    "multi-year core funding for community groups", "the criteria for taking part in consultations",
    "indicators agreed with communities", "safe spaces for dialogue", "civic space and the rule of law",
    "joint programmes across ministries", "evaluations in plain language",
  ]
  static let owners = ["UNDP", "The Secretariat", "@forum-team", "National coordinators", "The co-chairs", "Partner Network", "The rapporteur"]
  static let headings: [SectionID: [String]] = [
    .purpose: ["Purpose", "Objectives", "Aim"], .context: ["Context", "Background"],
    .agenda: ["Agenda", "Format", "Programme"], .speakers: ["Speakers", "Panel", "Presenters"],
    .discussion: ["Discussion", "Key points", "Summary of discussion", "Q&A"],
    .recommendations: ["Recommendations", "Key recommendations", "Proposals"],
    .actions: ["Action items", "Next steps", "Follow-up"], .chairsSummary: ["Chair's summary", "Wrap-up"],
  ]

  func note(index: Int, random: inout Random) -> String {
    let kind = random.pick(Self.kinds)
    let topic = random.pick(Self.topics)
    let start = 9 * 60 + (index % 8) * 60
    let chatham = random.chance(15)
    let wrap = random.chance(50)
    let targetBytes = random.int(4_000...12_000)
    func time(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }
    func heading(_ id: SectionID) -> String { "## " + random.pick(Self.headings[id] ?? [id.title]) }
    func person() -> String { random.pick(Self.givenNames) + " " + random.pick(Self.familyNames) }
    func text(_ sentence: String) -> String { wrap ? Self.wrapped(sentence) : sentence }

    var out = "---\n"
    out += "id: \(sessionID(index))\n"
    out += "title: \"Session \(index + 1): \(topic.capitalizedFirst) in practice\"\n"
    out += "kind: \(kind)\n"
    out += "date: \"2025-09-\(String(format: "%02d", 20 + day(index, sessions: max(index + 1, 1))))\"\n"
    out += "time: \"\(time(start))\(random.chance(50) ? "-" : "–")\(time(start + 90))\"\n"
    out += "venue: Room \(random.int(1...20))\n"
    out += "chair: \(person())\n"
    out += "hosts: [Forum Secretariat, \(random.pick(["Partner Network", "a regional network", "the host government"]))]\n"
    out += "speakers:\n"
    for _ in 0..<random.int(2...6) {
      if random.chance(20) {
        out += "  - \(person())\n"
      } else {
        out += "  - name: \(person())\n    affiliation: \(random.pick(["a ministry of interior", "a community network", "UNDP country office", "a foundation", "a university", "a media outlet"]))\n    role: \(random.pick(Self.roles))\n    sector: \(random.pick(Self.sectors))\n"
        if random.chance(80) { out += "    gender: \(random.pick(["female", "male"]))\n" }
      }
    }
    out += "rapporteur: \(person())\n"
    out += "tags: [\(random.pick(["gender", "youth", "funding", "partnership"])), nap-development]\n"
    if chatham { out += "chatham-house: true\n" }
    out += "---\n\n"

    out += heading(.purpose) + "\n\n"
    out += text("The session on \(topic) brought together national coordinators and civil society organisations (CSOs) to compare practice in developing national action plans (NAPs) with the United Nations Development Programme (UNDP) and to agree on next steps.") + "\n\n"
    if random.chance(60) {
      out += heading(.context) + "\n\n"
      out += text("Many governments are drafting or implementing NAPs with support from UNDP. The Plan of Action calls on each state to consider a whole-of-society approach.") + "\n\n"
    }
    out += heading(.agenda) + "\n\n"
    var minute = start
    for item in ["Introduction by the Chair", "Interventions by speakers", "Open discussion", "Wrap-up and next steps"] {
      let length = item == "Open discussion" ? 40 : 15
      out += "- \(time(minute))\(random.chance(50) ? "–" : " - ")\(time(minute + length)) \(item)\n"
      minute += length
    }
    out += "\n" + heading(.speakers) + "\n\n"
    out += text("Speakers came from government, civil society and the UN system; see the front matter for names and roles.") + "\n\n"

    out += heading(.discussion) + "\n\n"
    var paragraphs = 0
    while out.utf8.count < targetBytes - 2_000 || paragraphs < 2 {
      let actor = random.pick(Self.actors)
      let sentences = [
        "A \(random.pick(Self.roles).lowercased()) described how \(topic) had changed in the past two years, and noted that the draft should have been shared earlier.",
        "Participants urged \(actor.lowercased().replacingOccurrences(of: "the ", with: "")) to \(random.pick(Self.verbs)) \(random.pick(Self.objects)).",
        "Speakers stressed that \(random.pick(Self.objects)) matter for \(topic), citing UNDP evaluations.",
        "One CSO representative asked whether donors should fund core costs?",
        "\(actor) should \(random.pick(Self.verbs)) \(random.pick(Self.objects)), participants agreed.",
        "If budgets were larger, more could be done on \(topic).",
      ]
      var paragraph = ""
      for _ in 0..<random.int(3...5) { paragraph += random.pick(sentences) + " " }
      if random.chance(30) {
        out += "- " + text(paragraph.trimmingBlanks).replacingOccurrences(of: "\n", with: "\n  ") + "\n\n"
      } else {
        out += text(paragraph.trimmingBlanks) + "\n\n"
      }
      if random.chance(20) { out += "Action: \(random.pick(Self.owners)) to \(random.pick(["circulate the notes", "convene a follow-up call", "share the toolkit"])) within two weeks.\n\n" }
      paragraphs += 1
    }

    out += heading(.recommendations) + "\n\n"
    let grouped = random.chance(40)
    for group in 0..<(grouped ? 3 : 1) {
      let actor = Self.actors[(index + group) % Self.actors.count]
      if grouped { out += "### For \(actor.lowercased().replacingOccurrences(of: "the ", with: ""))\n\n" }
      for _ in 0..<random.int(2...5) {
        let subject = grouped ? actor : random.pick(Self.actors)
        out += "- " + text("\(subject) should \(random.pick(Self.verbs)) \(random.pick(Self.objects)) as part of work on \(topic).").replacingOccurrences(of: "\n", with: "\n  ") + "\n"
      }
      out += "\n"
    }

    out += heading(.actions) + "\n\n"
    let dueForms = ["by 31 October 2025", "by 2025-11-15", "due: 2025-12-01", "by end of November", "within two weeks", ""]
    for number in 0..<random.int(3...7) {
      let owner = random.pick(Self.owners)
      let due = random.pick(dueForms)
      let task = random.pick(["Circulate the summary", "Convene a follow-up meeting", "Publish the mapping", "Share the toolkit", "Draft terms of reference"])
      switch number % 4 {
      case 0: out += "- \(owner.hasPrefix("@") ? "Forum team" : owner) to \(task.lowercased()) \(due).\n"
      case 1: out += "- [\(random.chance(30) ? "x" : " ")] \(task) (owner: \(owner.replacingOccurrences(of: "@", with: ""))) \(due)\n"
      case 2: out += "- \(task). Owner: \(owner.replacingOccurrences(of: "@", with: "")). \(due)\n"
      default: out += "- \(task) \(owner.hasPrefix("@") ? owner : "@secretariat") \(due)\n"
      }
    }
    out += "\n"
    if random.chance(40) {
      out += heading(.chairsSummary) + "\n\n"
      out += text("The Chair thanked the hosts and speakers. Three messages emerged on \(topic): plans need budgets, communities need a voice, and results need to be measured together.") + "\n"
    }
    return out
  }

  /// Text wrapped at about 90 columns, as many editors save it.
  static func wrapped(_ text: String) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > 90, !line.isEmpty {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }
}
