/// Escaping for text placed in HTML outside the templates' own `{{…}}`.
public enum HTMLEscaping {
  /// Escapes `&`, `<`, `>`, `"` and `'`.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// Names derived from session ids: anchors in the report and file names in the output folder.
public enum SafeName {
  /// An HTML `id` value: no white space (which `id` forbids), nothing else changed.
  public static func anchor(_ id: String) -> String {
    String(id.unicodeScalars.map { $0.properties.isWhitespace ? "-" : Character($0) })
  }

  /// A file name as `fileName`, made unique among `taken` ("a", "a-2", …) — ids that differ only
  /// in characters the file system cannot hold must not overwrite each other.
  public static func uniqueFileName(_ id: String, taken: inout Set<String>) -> String {
    let base = fileName(id)
    var name = base
    var counter = 2
    while taken.contains(name.lowercased()) {
      name = "\(base)-\(counter)"
      counter += 1
    }
    taken.insert(name.lowercased())
    return name
  }

  /// A file name that stays inside its folder: path separators, control characters and leading
  /// dots are replaced, so `../../x` becomes `x` and `/tmp/x` becomes `tmp-x`.
  public static func fileName(_ id: String) -> String {
    var out = ""
    for scalar in id.unicodeScalars {
      switch scalar {
      case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": out += "-"
      default:
        if scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
          out += "-"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
    if out.isEmpty { out = "session" }
    if out.utf8.count > 200 { out = String(out.prefix(100)) }
    return out
  }
}
