import RapporteurCore

/// `rapporteur.extract/1` as JSON: keys in the SPEC's order, two-space indentation, a final newline.
public enum ExtractJSONWriter {
  public static let schema = "rapporteur.extract/1"

  /// The JSON Schema of this format, as shipped in `Sources/RapporteurRender/Schemas/`.
  public static var jsonSchema: String {
    String(decoding: PackageResources.rapporteur_extract_1_schema_json, as: UTF8.self)
  }

  public static func write(_ extracts: [SessionExtract], explain: Bool = false) -> String {
    var out = ""
    write(extracts, explain: explain) { out += $0 }
    return out
  }

  /// The same text, handed to `emit` a batch of sessions at a time.
  public static func write(_ extracts: [SessionExtract], explain: Bool = false, to emit: (String) -> Void) {
    emit("{\n  \"schema\": \(JSON.string(schema)),\n  \"sessions\": [")
    // Each session's object on all cores, a batch at a time, in order.
    Parallel.forEachBatch(extracts, map: { session in
      "    {\n"
        + "      \"id\": \(JSON.string(session.sessionID)),\n"
        + "      \"file\": \(JSON.string(session.file)),\n"
        + "      \"title\": \(JSON.string(session.title)),\n"
        + "      \"recommendations\": \(items(session.recommendations, explain: explain)),\n"
        + "      \"actions\": \(items(session.actions, explain: explain))\n"
        + "    }"
    }) { offset, objects in
      emit((offset == 0 ? "\n" : ",\n") + objects.joined(separator: ",\n"))
    }
    emit(extracts.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }

  private static func items(_ items: [ExtractedItem], explain: Bool) -> String {
    guard !items.isEmpty else { return "[]" }
    let indent = "        "
    let rendered = items.map { item -> String in
      var fields: [String] = [
        "\"text\": \(JSON.string(item.text))",
        "\"line\": \(item.line)",
      ]
      if item.kind == .action {
        fields.append("\"owner\": \(item.owner.map(JSON.string) ?? "null")")
        fields.append("\"due\": \(item.due.map(JSON.string) ?? "null")")
        fields.append("\"done\": \(item.done)")
        fields.append("\"themes\": \(JSON.strings(item.themes))")
      } else {
        fields.append("\"themes\": \(JSON.strings(item.themes))")
        fields.append("\"actors\": \(JSON.strings(item.actors))")
      }
      fields.append("\"rule\": \(JSON.string(item.rule))")
      if explain {
        let evidence = item.evidence.map { "{\"rule\": \(JSON.string($0.rule)), \"words\": \(JSON.string($0.words))}" }
        fields.append("\"explain\": [" + evidence.joined(separator: ", ") + "]")
      }
      return indent + "{" + fields.joined(separator: ", ") + "}"
    }
    return "[\n" + rendered.joined(separator: ",\n") + "\n      ]"
  }
}

/// One row per item, RFC 4180 (CRLF line ends, quotes doubled), header
/// `session,kind,line,text,owner,due,done,themes,actors`; lists joined with `;`.
public enum ExtractCSVWriter {
  public static let header = ["session", "kind", "line", "text", "owner", "due", "done", "themes", "actors"]

  public static func write(_ extracts: [SessionExtract], explain: Bool = false) -> String {
    var out = ""
    write(extracts, explain: explain) { out += $0 }
    return out
  }

  /// The same text, handed to `emit` a batch of sessions at a time.
  public static func write(_ extracts: [SessionExtract], explain: Bool = false, to emit: (String) -> Void) {
    emit(line(header + (explain ? ["explain"] : [])))
    // Each session's rows on all cores, a batch at a time, in order.
    Parallel.forEachBatch(extracts, map: { session in
      session.items.map { item in
        var row = [
          inert(session.sessionID), item.kind.rawValue, String(item.line), inert(item.text), inert(item.owner ?? ""),
          item.due ?? "",
          item.kind == .action ? String(item.done) : "", item.themes.joined(separator: ";"),
          item.actors.joined(separator: ";"),
        ]
        if explain { row.append(item.evidence.map { "\($0.rule)=\($0.words)" }.joined(separator: "; ")) }
        return line(row)
      }.joined()
    }) { _, rows in emit(rows.joined()) }
  }

  /// A text a spreadsheet would run as a formula (it opens with `=`, `+`, `-`, `@`, a tab or a
  /// carriage return: `=HYPERLINK(…)` in the notes) opens with an apostrophe instead, which
  /// spreadsheets show as text and do not display.
  static func inert(_ value: String) -> String {
    guard let first = value.utf8.first else { return value }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + value
    default: return value
    }
  }

  static func line(_ row: [String]) -> String {
    row.map(field).joined(separator: ",") + "\r\n"
  }

  static func field(_ value: String) -> String {
    // Only a text with one of these bytes can hold one of these characters.
    guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }),
      value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

/// A readable listing of every item with the rule and the words behind each tag.
/// `extract --format text`: each item with its place, text, and owner and due date or addressees;
/// with `explain`, the rule that made it and the words behind every tag too.
public enum ExtractExplanationWriter {
  public static func write(_ extracts: [SessionExtract], explain: Bool = true) -> String {
    var out = ""
    for session in extracts {
      for item in session.items {
        out += "\(session.file):\(item.line): \(item.kind.rawValue)" + (explain ? " [\(item.rule)]\n" : "\n")
        out += "  \(item.text)\n"
        if explain {
          for evidence in item.evidence { out += "  - \(evidence.rule): \"\(evidence.words)\"\n" }
        }
        if item.kind == .action {
          out += "  owner: \(item.owner ?? "none"), due: \(item.due ?? "none"), done: \(item.done)\n"
        } else if !explain {
          out += "  actors: \(item.actors.isEmpty ? "none" : item.actors.joined(separator: ", "))\n"
        }
      }
    }
    return out
  }
}

