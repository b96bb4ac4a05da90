import Mustache

/// Replaces some ASCII characters with strings, over UTF-8 bytes; the text itself when it has none.
struct ASCIIEscaper: Sendable {
  private let replacements: [[UInt8]?]
  private let byCharacter: [Character: String]

  init(_ replacements: [Unicode.Scalar: String]) {
    var table = [[UInt8]?](repeating: nil, count: 128)
    for (scalar, replacement) in replacements where scalar.isASCII { table[Int(scalar.value)] = Array(replacement.utf8) }
    self.replacements = table
    byCharacter = Dictionary(uniqueKeysWithValues: replacements.map { (Character($0), $1) })
  }

  func replacement(_ byte: UInt8) -> [UInt8]? {
    byte < 0x80 ? replacements[Int(byte)] : nil
  }

  /// Every character replaced, as a loop over scalars would do it: no byte of a longer UTF-8
  /// sequence is ASCII.
  func escapeScalars(_ text: String) -> String {
    guard text.utf8.contains(where: { replacement($0) != nil }) else { return text }
    return escapeBytes(text)
  }

  /// Every byte with a replacement replaced.
  private func escapeBytes(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 64)
    for byte in text.utf8 {
      if let replacement = replacement(byte) { out += replacement } else { out.append(byte) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Every character replaced, as a loop over whole characters (compared as Swift compares them)
  /// would do it. That differs from bytes only where there are non-ASCII characters: a mark
  /// joined to `<` makes another character, and a few characters equal an ASCII one. Such
  /// texts go character by character.
  func escapeCharacters(_ text: String) -> String {
    // One pass over the bytes says both whether anything is replaced and whether all is ASCII.
    var replaced = false
    var ascii = true
    for byte in text.utf8 {
      if byte >= 0x80 {
        ascii = false
      } else if replacements[Int(byte)] != nil {
        replaced = true
      }
    }
    guard replaced else { return text }
    guard !ascii else { return escapeBytes(text) }
    var out = ""
    out.reserveCapacity(text.utf8.count + 64)
    for character in text {
      if let replacement = byCharacter[character] { out += replacement } else { out.append(character) }
    }
    return out
  }
}

/// Escaping for text placed in HTML outside the templates' own `{{…}}`.
public enum HTMLEscaping {
  static let escaper = ASCIIEscaper(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"])

  /// Escapes `&`, `<`, `>`, `"` and `'`.
  public static func escape(_ text: String) -> String {
    escaper.escapeScalars(text)
  }
}

/// Mustache's own HTML escaping of `{{…}}` (whole characters), done over bytes where that gives
/// the same. The templates select it through the `{{% CONTENT_TYPE: RAPPORTEUR_HTML }}` line that
/// `TemplateSet` puts before each template it renders.
struct TemplateHTMLContentType: MustacheContentType {
  func escapeText(_ text: String) -> String {
    HTMLEscaping.escaper.escapeCharacters(text)
  }
}

/// Names derived from session ids: anchors in the report and file names in the output folder.
public enum SafeName {
  /// An HTML `id` value that a link's `#fragment` can name as written: no white space (which `id`
  /// forbids) and none of the characters a URL's fragment may not hold as they are (`#`, `%`, `"`,
  /// `<`, `>`, `&` …); nothing else changed.
  public static func anchor(_ id: String) -> String {
    String(id.unicodeScalars.map { $0.properties.isWhitespace || fragmentUnsafe.contains($0) ? "-" : Character($0) })
  }

  private static let fragmentUnsafe: Set<Unicode.Scalar> = ["#", "%", "\"", "<", ">", "&", "\\", "^", "`", "{", "|", "}", "[", "]"]

  /// The ids a page derives from a session's: its title, recommendations, actions and summary.
  public static let anchorParts = ["-title", "-recommendations", "-actions", "-summary"]

  /// The anchors of sessions `ids`, in order: each its id (`session-ID` is the report's contract),
  /// unless two ids write the same anchor (`a b` and `a-b`), when a later one takes `-2`, `-3` ….
  /// `bases` are what the ids derived from each (`-title` …) are built on: the anchor, unless one
  /// of them would be another session's anchor (`plenary-summary` beside `plenary`), when it
  /// takes `-2`, `-3` … and the session's own anchor stays.
  public static func uniqueAnchors(_ ids: [String]) -> (anchors: [String], bases: [String]) {
    // An id that is an anchor as written keeps it: `a-b` is `session-a-b` beside `a b`, whichever
    // comes first.
    var chosen = [String?](repeating: nil, count: ids.count)
    var taken: Set<String> = []
    for (index, id) in ids.enumerated() where anchor(id) == id && taken.insert(id).inserted { chosen[index] = id }
    let exact = taken
    for (index, id) in ids.enumerated() where chosen[index] == nil {
      let base = anchor(id)
      var candidate = base
      var counter = 2
      while taken.contains(candidate) || (candidate != base && exact.contains(candidate)) {
        candidate = "\(base)-\(counter)"
        counter += 1
      }
      taken.insert(candidate)
      chosen[index] = candidate
    }
    let anchors = chosen.map { $0 ?? "" }
    var used = taken
    let bases = anchors.map { anchor in
      var candidate = anchor
      var counter = 2
      while anchorParts.contains(where: { used.contains(candidate + $0) }) || (candidate != anchor && taken.contains(candidate)) {
        candidate = "\(anchor)-\(counter)"
        counter += 1
      }
      for part in anchorParts { used.insert(candidate + part) }
      return candidate
    }
    return (anchors, bases)
  }

  /// The file names of sessions `ids`, in order, each unique (case aside): an id that is a file
  /// name as written keeps it (`a-b` is `a-b.html` beside `a b`); the others, in order, take the
  /// first free name as `uniqueFileName` gives it.
  public static func uniqueFileNames(_ ids: [String]) -> [String] {
    var chosen = [String?](repeating: nil, count: ids.count)
    var taken: Set<String> = []
    for (index, id) in ids.enumerated() where fileName(id) == id && taken.insert(id.lowercased()).inserted {
      chosen[index] = id
    }
    for (index, id) in ids.enumerated() where chosen[index] == nil {
      chosen[index] = uniqueFileName(id, taken: &taken)
    }
    return chosen.map { $0 ?? "" }
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
      // "#" and "%" would end or garble the name in a link to the file.
      case "/", "\\", ":", "*", "?", "\"", "<", ">", "|", "#", "%": out += "-"
      default:
        // Format characters too: a right-to-left override would make a name read backwards.
        let category = scalar.properties.generalCategory
        if category == .control || category == .format || scalar.properties.isWhitespace {
          out += "-"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
    if out.isEmpty { out = "session" }
    // File systems count bytes (255 at most): whole characters up to 200 bytes, room for "-2.html".
    if out.utf8.count > 200 {
      var cut = ""
      for character in out {
        guard cut.utf8.count + character.utf8.count <= 200 else { break }
        cut.append(character)
      }
      out = cut.isEmpty ? "session" : cut
    }
    return out
  }
}
