/// Notes kept in a personal knowledge base (Obsidian and the like) write links to other notes as
/// `[[Page]]` or `[[Page|shown words]]`, hide private remarks between `%%` marks, and set fields
/// inline as `owner:: Name`. rapporteur reads such notes as the writer sees them rendered: the
/// link's shown words, no private remark, `owner: Name`. Line breaks are kept, so that every line
/// keeps its number.
public enum WikiMarkup {
  /// The text as rendered; the text itself when it holds no such mark (most notes).
  public static func plain(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.count >= 4, mayHoldMarks(bytes) else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    // "[concept-note]: concept-note.md" at the foot of a Foam note: its "[[concept-note]]" is a
    // link through that definition, as CommonMark reads the inner brackets.
    let defined = definedLabels(bytes)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      // "[[Daoud Rahimi]]", "[[people/Daoud Rahimi|Daoud]]" (an embed's "!" before it goes too).
      if byte == UInt8(ascii: "["), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "["),
        let close = find([UInt8(ascii: "]"), UInt8(ascii: "]")], in: bytes, from: index + 2, within: 200),
        close > index + 2, !bytes[(index + 2)..<close].contains(10), !bytes[(index + 2)..<close].contains(UInt8(ascii: "["))
      {
        let inside = bytes[(index + 2)..<close]
        let shown = inside.lastIndex(of: UInt8(ascii: "|")).map { inside[($0 + 1)...] } ?? inside
        if result.last == UInt8(ascii: "!") { result.removeLast() }
        if !defined.isEmpty, shown.count == inside.count, defined.contains(String(decoding: inside, as: UTF8.self).lowercased()) {
          result.append(UInt8(ascii: "["))
          result.append(contentsOf: shown)
          result.append(UInt8(ascii: "]"))
        } else {
          result.append(contentsOf: shown)
        }
        index = close + 2
        continue
      }
      // "%% a private remark %%": gone, its line breaks kept.
      if byte == UInt8(ascii: "%"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "%"),
        let close = find([UInt8(ascii: "%"), UInt8(ascii: "%")], in: bytes, from: index + 2, within: 20_000)
      {
        result.append(contentsOf: bytes[(index + 2)..<close].filter { $0 == 10 })
        index = close + 2
        continue
      }
      // "owner:: Pieter Vos": an inline field, read as "owner: Pieter Vos".
      if byte == UInt8(ascii: ":"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: ":"),
        bytes[index + 2] == UInt8(ascii: " "), index > 0, isWordByte(bytes[index - 1])
      {
        result.append(byte)
        index += 2
        continue
      }
      result.append(byte)
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The labels of the link reference definitions that open lines ("[concept-note]: #"), in
  /// small letters; none for most notes, which define no link.
  static func definedLabels(_ bytes: [UInt8]) -> Set<String> {
    var labels: Set<String> = []
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
      defer { lineStart = lineEnd + 1 }
      var index = lineStart
      while index < lineEnd, index - lineStart < 3, bytes[index] == UInt8(ascii: " ") { index += 1 }
      guard index < lineEnd, bytes[index] == UInt8(ascii: "["),
        let close = bytes[index..<min(lineEnd, index + 200)].firstIndex(of: UInt8(ascii: "]")),
        close + 1 < lineEnd, bytes[close + 1] == UInt8(ascii: ":"), close > index + 1
      else { continue }
      labels.insert(String(decoding: bytes[(index + 1)..<close], as: UTF8.self).lowercased())
    }
    return labels
  }

  /// Whether the bytes hold "[[", "%%" or "::" anywhere: most notes hold none.
  private static func mayHoldMarks(_ bytes: [UInt8]) -> Bool {
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == previous, byte == UInt8(ascii: "[") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: ":") { return true }
      previous = byte
    }
    return false
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
  }

  /// Where `needle` next starts in `bytes` from `start`, looking no further than `within` bytes.
  private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, within: Int) -> Int? {
    CriticMarkup.find(needle, in: bytes, from: start, until: min(bytes.count, start + within + needle.count))
  }
}
