/// An HTML comment of a note's body (`<!-- … -->`, on one line or over several), outside code and
/// front matter: where it opens and ends, and the text between its marks, line breaks as spaces.
struct HTMLComment {
  /// The line and 0-based byte offset of `<!--`.
  var start: (line: Int, offset: Int)
  /// The line and 0-based byte offset just past `-->` (past the last line when never closed).
  var end: (line: Int, offset: Int)
  var text: [UInt8]

  /// Whether the byte at `offset` of `line` stands inside the comment.
  func contains(line: Int, offset: Int) -> Bool {
    (start.line, start.offset) <= (line, offset) && (line, offset) < (end.line, end.offset)
  }

  /// The comments of `file`, in order; none at all in the many notes without `<!--`.
  static func all(in file: LintFile) -> [HTMLComment] {
    guard file.text.utf8.containsBytes("<!--".utf8) else { return [] }
    let layout = file.layout
    var comments: [HTMLComment] = []
    var open: HTMLComment? = nil
    for (offset, line) in file.lines.enumerated() {
      let number = offset + 1
      if open == nil, layout.frontMatter?.contains(number) ?? false { continue }
      let bytes = Array(line.utf8)
      if open == nil && (layout.isCodeBlock(line: number) || !bytes.containsBytes("<!--".utf8)) { continue }
      var index = 0
      while index < bytes.count {
        if var comment = open {
          if let close = find("-->", in: bytes, from: index) {
            comment.text += bytes[index..<close]
            comment.end = (number, close + 3)
            comments.append(comment)
            open = nil
            index = close + 3
          } else {
            comment.text += bytes[index...]
            comment.text.append(UInt8(ascii: " "))
            open = comment
            index = bytes.count
          }
        } else {
          guard let start = find("<!--", in: bytes, from: index) else { break }
          index = start + 4
          if !layout.isCode(line: number, offset: start) { open = HTMLComment(start: (number, start), end: (number, start), text: []) }
        }
      }
    }
    if var comment = open {
      comment.end = (file.lines.count + 1, 0)
      comments.append(comment)
    }
    return comments
  }

  /// Where `needle` first stands in `bytes` from `start`.
  static func find(_ needle: String, in bytes: [UInt8], from start: Int) -> Int? {
    let needle = Array(needle.utf8)
    guard let first = needle.first, start < bytes.count else { return nil }
    var index = start
    while let found = bytes[index...].firstIndex(of: first) {
      if bytes[found...].starts(with: needle) { return found }
      index = found + 1
    }
    return nil
  }
}
