/// Reads `event.yml`. Fields are those of the SPEC; a field of the wrong type or an unknown key is
/// an error naming the file and line, so that a typo never silently empties the report's cover.
public enum EventLoader {
  static let knownKeys: Set<String> = [
    "name", "title", "dates", "venue", "address", "organisers", "organizers", "report-title", "report-date",
    "required-sections", "rules", "language",
  ]

  /// "; write 2017-09-21" for a date written another way, or nothing.
  static func suggestion(for written: String) -> String {
    CalendarDate(written: written).map { "; write \($0)" } ?? ""
  }

  public static func load(file: String, data: [UInt8]) -> Result<Event, RapporteurError> {
    switch TextDecoding.decode(data) {
    case let .failure(invalid):
      return .failure(invalid.error(.invalidUTF8, file: file, data: data))
    case let .success(text):
      return load(file: file, text: text)
    }
  }

  public static func load(file: String, text: String) -> Result<Event, RapporteurError> {
    let root: YAMLValue
    switch YAMLReader.read(text) {
    case let .failure(problem):
      return .failure(RapporteurError(.configurationInvalid, file: file, line: problem.line, problem.message))
    case let .success(value):
      root = value
    }
    if case .null = root { return .success(Event()) }
    guard let entries = root.entries else {
      return .failure(
        RapporteurError(.configurationInvalid, file: file, line: root.line, "is not a list of 'field: value' lines"))
    }
    do {
      var event = Event()
      for entry in entries {
        let value = entry.value
        func text() throws -> String {
          if case .null = value { return "" }
          guard let string = value.string else { throw wrongType(entry.key, value, "a text", file) }
          return string
        }
        func texts() throws -> [String] {
          if case .null = value { return [] }
          guard let strings = value.strings else { throw wrongType(entry.key, value, "a list of texts", file) }
          return strings
        }
        switch entry.key {
        case "name": event.name = try text()
        case "title": event.title = try text()
        case "dates":
          event.dates = try texts()
          if let bad = event.dates.first(where: { CalendarDate(iso: $0) == nil }) {
            throw RapporteurError(
              .configurationInvalid, file: file, line: value.line,
              "'dates' has '\(bad)', which is not a date written YYYY-MM-DD" + Self.suggestion(for: bad))
          }
        case "venue": event.venue = try text()
        case "address": event.address = try text()
        case "organisers", "organizers": event.organisers = try texts()
        case "report-title": event.reportTitle = try text()
        case "report-date":
          let date = try text()
          guard CalendarDate(iso: date) != nil else {
            throw RapporteurError(
              .configurationInvalid, file: file, line: value.line,
              "'report-date' is '\(date)', which is not a date written YYYY-MM-DD" + Self.suggestion(for: date))
          }
          event.reportDate = date
        case "rules": event.rulesPath = try text()
        case "language":
          // A language tag as HTML's `lang` takes it: "en", "fr", "es-419", "zh-Hant".
          let tag = try text()
          let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
          guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
            parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
          else {
            throw RapporteurError(
              .configurationInvalid, file: file, line: value.line,
              "'language' is '\(tag)', which is not a language tag; write one such as en, fr or es-419")
          }
          event.language = tag
        case "required-sections":
          event.requiredSections = try requiredSections(value, file: file)
        default:
          throw RapporteurError(
            .configurationInvalid, file: file, line: entry.line,
            "unknown field '\(entry.key)'; known fields: \(knownKeys.sorted().joined(separator: ", "))")
        }
      }
      if event.reportTitle.isEmpty { event.reportTitle = event.name.isEmpty ? "Event report" : "\(event.name): report" }
      return .success(event)
    } catch let error as RapporteurError {
      return .failure(error)
    } catch {
      return .failure(RapporteurError(.configurationInvalid, file: file, "\(error)"))
    }
  }

  private static func requiredSections(_ value: YAMLValue, file: String) throws -> [String: [SectionID]] {
    if case .null = value { return [:] }
    guard let entries = value.entries else {
      throw wrongType("required-sections", value, "a map from session kind to a list of section ids", file)
    }
    var result: [String: [SectionID]] = [:]
    for entry in entries {
      guard let names = entry.value.strings else {
        throw wrongType("required-sections: \(entry.key)", entry.value, "a list of section ids", file)
      }
      result[entry.key] = try names.map { name in
        guard let id = SectionID(rawValue: name) ?? SectionCatalog.standard.section(forHeading: name) else {
          throw RapporteurError(
            .configurationInvalid, file: file, line: entry.value.line,
            "'\(name)' is not a section id; use one of \(SectionID.allCases.map(\.rawValue).joined(separator: ", "))"
          )
        }
        return id
      }
    }
    return result
  }

  private static func wrongType(_ key: String, _ value: YAMLValue, _ expected: String, _ file: String)
    -> RapporteurError
  {
    RapporteurError(
      .configurationInvalid, file: file, line: value.line, "'\(key)' should be \(expected), not \(value.kindName)")
  }
}
