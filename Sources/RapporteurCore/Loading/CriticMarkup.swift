/// Notes pasted from a shared draft in suggestion mode mark their edits in CriticMarkup:
/// `{++added++}`, `{--deleted--}`, `{~~old~>new~~}`, `{>>comment<<}` and `{==highlighted==}`.
/// rapporteur reads such a draft with every suggestion accepted: added and new text stays,
/// deleted and old text and the editors' comments go, and the marks themselves go. Line breaks
/// inside what goes are kept, so that every line keeps its number.
public enum CriticMarkup {
  /// The text with its suggestions accepted; the text itself when it holds no mark (most notes).
  public static func accepted(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.count >= 6, mayHoldMarks(bytes) else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    // Where each kind of mark next closes: found once and kept until passed, so that a note full
    // of marks left open is read in one pass.
    var closes: [Mark: Int] = [:]
    func close(of mark: Mark, after start: Int) -> Int? {
      if let known = closes[mark], known == Int.max || known >= start { return known == Int.max ? nil : known }
      let found = find(mark.closing, in: bytes, from: start)
      closes[mark] = found ?? Int.max
      return found
    }
    var index = 0
    while index < bytes.count {
      // A mark left open does not swallow the rest of a long note: it closes within 20,000 bytes.
      guard bytes[index] == UInt8(ascii: "{"), index + 2 < bytes.count, let mark = Mark(bytes[index + 1]),
        bytes[index + 2] == bytes[index + 1],
        let close = close(of: mark, after: index + 3), close - index <= 20_000
      else {
        result.append(bytes[index])
        index += 1
        continue
      }
      let inside = bytes[(index + 3)..<close]
      switch mark {
      case .addition, .highlight:
        result.append(contentsOf: inside)
      case .deletion, .comment:
        result.append(contentsOf: inside.filter { $0 == 10 })
      case .substitution:
        if let arrow = find(Array("~>".utf8), in: bytes, from: index + 3, until: close) {
          result.append(contentsOf: bytes[(arrow + 2)..<close])
          result.append(contentsOf: bytes[(index + 3)..<arrow].filter { $0 == 10 })
        } else {
          result.append(contentsOf: inside)
        }
      }
      index = close + mark.closing.count
    }
    return String(decoding: result, as: UTF8.self)
  }

  private enum Mark: Hashable {
    case addition, deletion, substitution, comment, highlight

    init?(_ byte: UInt8) {
      switch byte {
      case UInt8(ascii: "+"): self = .addition
      case UInt8(ascii: "-"): self = .deletion
      case UInt8(ascii: "~"): self = .substitution
      case UInt8(ascii: ">"): self = .comment
      case UInt8(ascii: "="): self = .highlight
      default: return nil
      }
    }

    var closing: [UInt8] {
      switch self {
      case .addition: Array("++}".utf8)
      case .deletion: Array("--}".utf8)
      case .substitution: Array("~~}".utf8)
      case .comment: Array("<<}".utf8)
      case .highlight: Array("==}".utf8)
      }
    }
  }

  /// Whether some "{" is followed by two of the same mark: a quick test before any copying.
  private static func mayHoldMarks(_ bytes: [UInt8]) -> Bool {
    var index = 0
    while let open = bytes[index...].firstIndex(of: UInt8(ascii: "{")) {
      if open + 2 < bytes.count, Mark(bytes[open + 1]) != nil, bytes[open + 2] == bytes[open + 1] { return true }
      index = open + 1
    }
    return false
  }

  /// Where `needle` next stands in `bytes` from `start`, ending before `end`.
  static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, until end: Int? = nil) -> Int? {
    guard let first = needle.first else { return nil }
    var index = start
    let end = end ?? bytes.count
    while index + needle.count <= end {
      if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }
}
