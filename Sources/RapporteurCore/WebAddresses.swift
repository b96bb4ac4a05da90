/// Where web and e-mail addresses stand in a text: from a scheme ("https://", "mailto:") or
/// "www." (in any case) back to the start of its word and on to the next blank or closing mark;
/// an e-mail address ("info@example.org", not a handle such as "@oneill") the same way; and, when
/// asked, the destination of a Markdown link ("](…)"). Lint reads no acronym in them, and the
/// Chatham House Rule rewrites no name inside them, which would only break the link: an address
/// that names a speaker is replaced whole.
public enum WebAddresses {
  /// The addresses' byte ranges in `bytes`, in order and apart.
  public static func byteRanges(in bytes: [UInt8], linkDestinations: Bool = false) -> [Range<Int>] {
    // Every marker holds one of these: "://", "mailto:", "www.", "@".
    guard bytes.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ".") })
      || (linkDestinations && bytes.contains(UInt8(ascii: "]")))
    else { return [] }
    var ranges: [Range<Int>] = []
    var index = 0
    while index < bytes.count {
      guard let markerEnd = marker(in: bytes, at: index, linkDestinations: linkDestinations) else {
        index += 1
        continue
      }
      var start = index
      if bytes[index] == UInt8(ascii: "]") {
        start = markerEnd
      } else {
        while start > 0, !isEnd(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
      }
      var end = markerEnd
      while end < bytes.count, !isEnd(bytes[end]) { end += 1 }
      if start < end, start >= (ranges.last?.upperBound ?? 0) { ranges.append(start..<end) }
      index = max(end, index + 1)
    }
    return ranges
  }

  /// The addresses of `text` as ranges of its indices.
  public static func ranges(in text: String, linkDestinations: Bool = false) -> [Range<String.Index>] {
    let utf8 = text.utf8
    var position = (offset: 0, index: utf8.startIndex)
    // The ranges are in order: each index is reached from the one before.
    func index(_ offset: Int) -> String.Index {
      position = (offset, utf8.index(position.index, offsetBy: offset - position.offset))
      return position.index
    }
    return byteRanges(in: Array(utf8), linkDestinations: linkDestinations).map { index($0.lowerBound)..<index($0.upperBound) }
  }

  /// Where the marker starting at `index` ends, if one starts there.
  private static func marker(in bytes: [UInt8], at index: Int, linkDestinations: Bool) -> Int? {
    func lowered(_ offset: Int) -> UInt8? {
      guard index + offset < bytes.count else { return nil }
      let byte = bytes[index + offset]
      return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
    func starts(with word: String) -> Bool {
      word.utf8.enumerated().allSatisfy { lowered($0.offset) == $0.element }
    }
    switch bytes[index] {
    case UInt8(ascii: ":"): return starts(with: "://") ? index + 3 : nil
    case UInt8(ascii: "m"), UInt8(ascii: "M"): return starts(with: "mailto:") ? index + 7 : nil
    case UInt8(ascii: "w"), UInt8(ascii: "W"): return starts(with: "www.") ? index + 4 : nil
    case UInt8(ascii: "]"): return linkDestinations && starts(with: "](") ? index + 2 : nil
    case UInt8(ascii: "@"):
      // Something before the "@" and a dot after it: an e-mail address, not a handle.
      guard index > 0, !isEnd(bytes[index - 1]) else { return nil }
      var end = index + 1
      while end < bytes.count, !isEnd(bytes[end]) { end += 1 }
      return bytes[(index + 1)..<end].contains(UInt8(ascii: ".")) ? index + 1 : nil
    default: return nil
    }
  }

  private static func isEnd(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ")"),
      UInt8(ascii: ">"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "<"):
      return true
    default:
      return false
    }
  }
}
