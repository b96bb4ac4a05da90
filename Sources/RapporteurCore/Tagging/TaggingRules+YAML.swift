/// Reading rules files: the built-in `DefaultRules.yml`, then the event's own over it.
extension TaggingRules {
  static let knownKeys: Set<String> = [
    "themes", "actors", "addressees", "cues", "sections", "lint", "near-duplicate-threshold", "known-acronyms",
  ]

  /// The built-in rules.
  public static let defaults: TaggingRules = {
    let text = String(decoding: PackageResources.DefaultRules_yml, as: UTF8.self)
    var rules = TaggingRules(
      themes: [], actors: [], addressees: [], cues: [], sectionSynonyms: [:], lint: [:], lintFile: nil,
      nearDuplicateThreshold: 0.6, knownAcronyms: [])
    do {
      try rules.merge(text: text, file: "built-in rules")
    } catch {
      // The built-in file is tested; a broken one is a programming error.
      preconditionFailure("built-in rules do not load: \(error)")
    }
    return rules
  }()

  /// The defaults extended by the rules file at `file` (its text given).
  public static func loading(text: String, file: String) throws -> TaggingRules {
    var rules = defaults
    try rules.merge(text: text, file: file)
    return rules
  }

  /// Adds the entries of a rules file: known ids gain phrases and examples (or are replaced with
  /// `replace: true`), new ids are added.
  mutating func merge(text: String, file: String) throws {
    let root: YAMLValue
    switch YAMLReader.read(text) {
    case let .failure(problem):
      throw RapporteurError(.configurationInvalid, file: file, line: problem.line, problem.message)
    case let .success(value):
      root = value
    }
    if case .null = root { return }
    guard let entries = root.entries else {
      throw RapporteurError(.configurationInvalid, file: file, line: root.line, "is not a map of rule groups")
    }
    for entry in entries {
      switch entry.key {
      case "themes": themes = try Self.mergeTaxonomy(themes, entry.value, group: "themes", file: file)
      case "actors": actors = try Self.mergeTaxonomy(actors, entry.value, group: "actors", file: file)
      case "addressees": addressees += try Self.strings(entry.value, key: "addressees", file: file)
      case "cues": cues = try Self.mergeCues(cues, entry.value, file: file)
      case "sections":
        guard let groups = entry.value.entries else {
          if case .null = entry.value { continue }
          throw Self.wrongType("sections", entry.value, "a map from section id to heading names", file)
        }
        // The section each normalised name belongs to: looked up, not searched for, as the
        // built-in rules alone give hundreds of names.
        var claimed: [String: SectionID] = [:]
        for (other, synonyms) in sectionSynonyms {
          for name in synonyms { claimed[SectionCatalog.normalise(name)] = other }
        }
        for group in groups {
          guard let id = SectionID(rawValue: group.key) else {
            throw RapporteurError(
              .configurationInvalid, file: file, line: group.line,
              "'\(group.key)' is not a section id; use one of \(SectionID.allCases.map(\.rawValue).joined(separator: ", "))")
          }
          let names = try Self.strings(group.value, key: "sections: \(group.key)", file: file)
          // One heading names one section: a name the SPEC gives another section is refused (lint
          // and extraction would read the heading differently); a synonym an earlier rules file
          // gave another section moves to this one.
          for name in names {
            let heading = SectionCatalog.normalise(name)
            if let other = SectionID.defaultNameOwners[heading]?.first(where: { $0 != id }) {
              throw RapporteurError(
                .configurationInvalid, file: file, line: group.line,
                "sections: '\(name)' already names the \(other.rawValue) section; one heading names one section")
            }
            if let other = claimed[heading], other != id {
              sectionSynonyms[other]?.removeAll { SectionCatalog.normalise($0) == heading }
            }
            claimed[heading] = id
          }
          sectionSynonyms[id, default: []] += names
        }
      case "lint":
        if case .null = entry.value { continue }
        guard let settings = entry.value.entries else {
          throw Self.wrongType("lint", entry.value, "a map from lint rule id to error, warning, info or off", file)
        }
        for setting in settings {
          guard let value = setting.value.string ?? setting.value.bool.map({ $0 ? "on" : "off" }) else {
            throw Self.wrongType("lint: \(setting.key)", setting.value, "error, warning, info or off", file)
          }
          // YAML reads a bare `off` as a boolean-like word; keep it as written.
          lint[setting.key] = (value: value.lowercased(), line: setting.line)
        }
        lintFile = file
      case "near-duplicate-threshold":
        guard let text = entry.value.string, let value = Double(text), value > 0, value <= 1 else {
          throw RapporteurError(
            .configurationInvalid, file: file, line: entry.value.line,
            "'near-duplicate-threshold' should be a number above 0 and at most 1")
        }
        nearDuplicateThreshold = value
      case "known-acronyms":
        knownAcronyms += try Self.strings(entry.value, key: "known-acronyms", file: file)
      default:
        throw RapporteurError(
          .configurationInvalid, file: file, line: entry.line,
          "unknown key '\(entry.key)'; known keys: \(Self.knownKeys.sorted().joined(separator: ", "))")
      }
    }
    compile()
  }

  /// Ids name themes, actors and cues in the extracted data, the CSV and the page's anchors: small
  /// letters, digits and hyphens, as the SPEC's are ("=cmd|calc" would be a spreadsheet formula).
  private static func checkID(_ id: String, group: String, line: Int, file: String) throws {
    let valid = id.utf8.first.map { $0.isASCIISmall || $0.isASCIIDigit } ?? false
      && id.utf8.allSatisfy { $0.isASCIISmall || $0.isASCIIDigit || $0 == UInt8(ascii: "-") } && id.utf8.count <= 64
    guard valid else {
      throw RapporteurError(
        .configurationInvalid, file: file, line: line,
        "'\(group): \(id)' is not a valid id; write small letters, digits and hyphens, such as 'women-organisations'")
    }
  }

  private static func mergeTaxonomy(_ existing: [TaxonomyEntry], _ value: YAMLValue, group: String, file: String)
    throws -> [TaxonomyEntry]
  {
    if case .null = value { return existing }
    guard let entries = value.entries else {
      throw wrongType(group, value, "a map from id to phrases and examples", file)
    }
    var result = existing
    for entry in entries {
      try checkID(entry.key, group: group, line: entry.line, file: file)
      let body = entry.value
      guard body.entries != nil || body.list != nil else {
        throw wrongType("\(group): \(entry.key)", body, "a map with phrases and examples", file)
      }
      // A plain list is a shorthand for `phrases:`.
      let phrases = try body.entries == nil ? strings(body, key: "\(group): \(entry.key)", file: file) : strings(
        body["phrases"], key: "\(group): \(entry.key): phrases", file: file)
      // Only a theme may name the words in which its phrases do not count.
      let keys: Set<String> = group == "themes"
        ? ["label", "phrases", "except", "examples", "replace"] : ["label", "phrases", "examples", "replace"]
      try checkKeys(body, allowed: keys, context: "\(group): \(entry.key)", file: file)
      let examples = try self.examples(body["examples"], context: "\(group): \(entry.key)", file: file)
      let except = try strings(body["except"], key: "\(group): \(entry.key): except", file: file)
      let origin = "\(file):\(entry.line)"
      if let index = result.firstIndex(where: { $0.id == entry.key }), body["replace"]?.bool != true {
        result[index].phrases += phrases
        result[index].except += except
        result[index].examples.match += examples.match
        result[index].examples.noMatch += examples.noMatch
        if let label = body["label"]?.string { result[index].label = label }
        result[index].origin += ", \(origin)"
      } else {
        let entryValue = TaxonomyEntry(
          id: entry.key, label: body["label"]?.string ?? entry.key, phrases: phrases, except: except, examples: examples,
          origin: origin)
        if let index = result.firstIndex(where: { $0.id == entry.key }) {
          result[index] = entryValue
        } else {
          result.append(entryValue)
        }
      }
      // A phrase names one entry: the one this file gives it ("parliament" for a new
      // `parliaments` actor is no longer the governments').
      let given = Set(phrases.map { $0.lowercased() })
      for index in result.indices where result[index].id != entry.key {
        result[index].phrases.removeAll { given.contains($0.lowercased()) }
      }
    }
    return result
  }

  private static func mergeCues(_ existing: [Cue], _ value: YAMLValue, file: String) throws -> [Cue] {
    if case .null = value { return existing }
    guard let entries = value.entries else { throw wrongType("cues", value, "a map from cue id to its definition", file) }
    var result = existing
    for entry in entries {
      try checkID(entry.key, group: "cues", line: entry.line, file: file)
      let body = entry.value
      let context = "cues: \(entry.key)"
      try checkKeys(body, allowed: ["kind", "form", "strength", "phrases", "examples", "replace"], context: context, file: file)
      let phrases = try strings(body["phrases"], key: "\(context): phrases", file: file)
      let examples = try self.examples(body["examples"], context: context, file: file)
      let origin = "\(file):\(entry.line)"
      if let index = result.firstIndex(where: { $0.id == entry.key }), body["replace"]?.bool != true {
        result[index].phrases += phrases
        result[index].examples.match += examples.match
        result[index].examples.noMatch += examples.noMatch
        result[index].origin += ", \(origin)"
        continue
      }
      // A new cue needs both keys: one message names what is missing of both, with an example.
      let kind = body["kind"]?.string.flatMap(ItemKind.init(rawValue:))
      let form = body["form"]?.string.flatMap(CueForm.init(rawValue:))
      guard let kind, let form else {
        var needs: [String] = []
        if kind == nil { needs.append("'kind: recommendation' or 'kind: action'") }
        if form == nil {
          needs.append(
            "'form:' one of modal (a word before the verb: \"should\"), reporting (a verb that reports advice: \"urged\"), "
              + "label (words that open the item: \"Action:\") or owner-to (a verb after \"OWNER to\")")
        }
        throw RapporteurError(
          .configurationInvalid, file: file, line: body.line,
          "'\(context)' is a new cue and needs \(needs.joined(separator: " and ")); for example '\(entry.key): {kind: recommendation, form: modal, phrases: [ought to]}'")
      }
      let strength = body["strength"]?.string.flatMap { Int($0) } ?? 1
      let cue = Cue(
        id: entry.key, kind: kind, form: form, strength: strength, phrases: phrases, examples: examples, origin: origin)
      if let index = result.firstIndex(where: { $0.id == entry.key }) {
        result[index] = cue
      } else {
        result.append(cue)
      }
    }
    return result
  }

  private static func examples(_ value: YAMLValue?, context: String, file: String) throws -> RuleExamples {
    guard let value else { return RuleExamples() }
    if case .null = value { return RuleExamples() }
    try checkKeys(value, allowed: ["match", "no-match"], context: "\(context): examples", file: file)
    return RuleExamples(
      match: try strings(value["match"], key: "\(context): examples: match", file: file),
      noMatch: try strings(value["no-match"], key: "\(context): examples: no-match", file: file))
  }

  private static func checkKeys(_ value: YAMLValue, allowed: Set<String>, context: String, file: String) throws {
    guard let entries = value.entries else { return }
    for entry in entries where !allowed.contains(entry.key) {
      throw RapporteurError(
        .configurationInvalid, file: file, line: entry.line,
        "unknown key '\(entry.key)' in '\(context)'; known keys: \(allowed.sorted().joined(separator: ", "))")
    }
  }

  static func strings(_ value: YAMLValue?, key: String, file: String) throws -> [String] {
    guard let value else { return [] }
    if case .null = value { return [] }
    guard let strings = value.strings else { throw wrongType(key, value, "a list of texts", file) }
    return strings
  }

  static func wrongType(_ key: String, _ value: YAMLValue, _ expected: String, _ file: String) -> RapporteurError {
    RapporteurError(
      .configurationInvalid, file: file, line: value.line, "'\(key)' should be \(expected), not \(value.kindName)")
  }
}
