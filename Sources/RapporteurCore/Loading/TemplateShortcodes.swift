/// Notes kept in a static site's repository hold its shortcodes: Hugo's
/// `{{% recommendation to="donors" %}}` … `{{% /recommendation %}}` and `{{< callout >}}` around
/// the text they dress. rapporteur reads the text as the site shows it, without the marks: a mark
/// alone on its line leaves the line blank (the text under it starts its own paragraph, on its own
/// line), a mark beside text goes, and every line keeps its number. A mark stays closed within its
/// line; one left open stays as written, and so does one that puts another file's text in its
/// place (`{{< include _speakers.qmd >}}`) or one shown in a fenced code block.
public enum TemplateShortcodes {
  /// The text without its shortcodes; the text itself when it holds none (most notes).
  public static func plain(_ text: String) -> String {
    guard text.utf8.containsBytes("{{<".utf8) || text.utf8.containsBytes("{{%".utf8) else { return text }
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    // A fenced code block shows its shortcodes as written: its opening run of backticks or tildes.
    var fence: (mark: UInt8, count: Int)? = nil
    var lineStart = true
    while index < bytes.count {
      if lineStart {
        lineStart = false
        var start = index
        while start < bytes.count, start - index < 4, bytes[start] == UInt8(ascii: " ") { start += 1 }
        if start < bytes.count, bytes[start] == UInt8(ascii: "`") || bytes[start] == UInt8(ascii: "~") {
          let mark = bytes[start]
          var end = start
          while end < bytes.count, bytes[end] == mark { end += 1 }
          if end - start >= 3 {
            if let open = fence {
              if mark == open.mark, end - start >= open.count { fence = nil }
            } else {
              fence = (mark, end - start)
            }
          }
        }
      }
      if bytes[index] == 10 { lineStart = true }
      if fence == nil, bytes[index] == UInt8(ascii: "{"), let end = closing(in: bytes, from: index) {
        index = end
        continue
      }
      result.append(bytes[index])
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Where the shortcode opening at `start` (`{{<` or `{{%`) ends, past its `>}}` or `%}}` on the
  /// same line; `nil` when `start` opens none.
  static func closing(in bytes: [UInt8], from start: Int) -> Int? {
    guard start + 5 < bytes.count, bytes[start + 1] == UInt8(ascii: "{") else { return nil }
    let kind = bytes[start + 2]
    guard kind == UInt8(ascii: "<") || kind == UInt8(ascii: "%") else { return nil }
    var index = start + 3
    // A shortcode names itself first (after an optional "/" that closes one, or Hugo's "/*" that
    // shows one as written): "{{< 3 >}}" or "{{%" in running text is not one.
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
    while index < bytes.count, bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: "*") { index += 1 }
    guard index < bytes.count, (bytes[index] | 0x20) >= UInt8(ascii: "a"), (bytes[index] | 0x20) <= UInt8(ascii: "z") else { return nil }
    // One that stands for text kept elsewhere ("{{< include _speakers.qmd >}}") is that text: it stays.
    let name = bytes[index..<min(bytes.count, index + 9)].prefix { $0 != UInt8(ascii: " ") && $0 != kind }
    if standIns.contains(where: { $0.elementsEqual(name) }) { return nil }
    let close = kind == UInt8(ascii: "<") ? UInt8(ascii: ">") : kind
    let limit = min(bytes.count - 2, start + 600)
    while index < limit {
      if bytes[index] == 10 { return nil }
      if bytes[index] == close, bytes[index + 1] == UInt8(ascii: "}"), bytes[index + 2] == UInt8(ascii: "}") { return index + 3 }
      index += 1
    }
    return nil
  }

  /// Shortcodes that put text kept in another file in their place.
  private static let standIns = ["include", "readfile", "embed", "partial", "insert"].map { Array($0.utf8) }
}
