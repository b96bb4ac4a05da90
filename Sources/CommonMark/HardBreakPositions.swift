/// cmark does not count the line ends it reads inside an inline construct: the one after a
/// backslash hard break (`text\` at the end of a line) and those inside a code span that runs over
/// lines. The inline nodes after such a line end are placed too early, by a line for each, and
/// those still on cmark's line at columns counted on over the lines it joined. This puts them back
/// where they stand in the file, from the file's own lines.
enum HardBreakPositions {
  /// `root` with the positions of inline nodes mended. `source` is the Markdown that was parsed;
  /// its first line is line `lineOffset + 1` of the file.
  static func mended(_ root: MarkdownNode, source: String, lineOffset: Int) -> MarkdownNode {
    // Most notes have neither a backslash at a line's end nor a code span nor indented code.
    var joins = source.utf8.mayJoinLines
    var indents = source.utf8.hasIndentedLine
    guard joins || indents else { return root }
    // Only a tree with a hard break or a code span, or with a code block, has anything to mend.
    var breaksOrSpans = false
    var codeBlocks = false
    root.forEachNode { node in
      switch node.kind {
      case .lineBreak, .code: breaksOrSpans = true
      case .codeBlock: codeBlocks = true
      default: break
      }
      return true
    }
    joins = joins && breaksOrSpans
    indents = indents && codeBlocks
    guard joins || indents else { return root }
    let lines = Lines(source: source, offset: lineOffset)
    var root = root
    if joins { mend(&root, lines: lines) }
    if indents { endIndentedCode(&root, lines: lines) }
    return root
  }

  /// cmark's span of an indented code block takes in the blank lines after it: it is made to
  /// end at its last line of text, so that its lines count from its first.
  private static func endIndentedCode(_ node: inout MarkdownNode, lines: Lines) {
    if case .codeBlock = node.kind, var range = node.range {
      let opening = lines.span(range.start.line)
      let fence = opening.lowerBound + max(0, range.start.column - 1)
      let fenced = fence + 3 <= opening.upperBound
        && (lines.bytes[fence..<(fence + 3)].elementsEqual("```".utf8) || lines.bytes[fence..<(fence + 3)].elementsEqual("~~~".utf8))
      var count = node.literal.utf8.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
      if node.literal.utf8.last != UInt8(ascii: "\n") { count += 1 }
      if !fenced, count >= 1, range.end.line > range.start.line + count - 1 {
        range.end = SourceLocation(line: range.start.line + count - 1, column: range.end.column)
        node.range = range
      }
      return
    }
    guard node.kind.isBlock else { return }
    for index in node.children.indices { endIndentedCode(&node.children[index], lines: lines) }
  }

  /// The file's lines, by their number in the file, without their line ends.
  struct Lines {
    let bytes: [UInt8]
    /// Where each line starts and ends in `bytes`.
    let spans: [Range<Int>]
    let offset: Int

    init(source: String, offset: Int) {
      bytes = Array(source.utf8)
      var spans: [Range<Int>] = []
      var start = 0
      for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
        spans.append(start..<(index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index))
        start = index + 1
      }
      spans.append(start..<bytes.count)
      self.spans = spans
      self.offset = offset
    }

    /// The bytes of file line `line`, empty where there is none.
    func span(_ line: Int) -> Range<Int> {
      let index = line - offset - 1
      return index >= 0 && index < spans.count ? spans[index] : 0..<0
    }

    /// The number of line ends inside the code span whose text starts at `column` of file line
    /// `line` (as cmark counts: after the opening backticks), and the lines it runs over.
    func lineEndsInCodeSpan(line: Int, column: Int) -> [Int] {
      let first = span(line)
      let contentStart = first.lowerBound + column - 1
      guard contentStart > first.lowerBound, contentStart <= first.upperBound else { return [] }
      var opening = 0
      var index = contentStart - 1
      while index >= first.lowerBound, bytes[index] == UInt8(ascii: "`") {
        opening += 1
        index -= 1
      }
      guard opening > 0 else { return [] }
      var joined: [Int] = []
      var position = contentStart
      var current = line
      var currentEnd = first.upperBound
      while position < bytes.count, joined.count < 1_000 {
        if position >= currentEnd {
          // The span goes on to the next line.
          joined.append(current)
          current += 1
          guard current - offset - 1 < spans.count else { return [] }
          let next = span(current)
          position = next.lowerBound
          currentEnd = next.upperBound
          continue
        }
        if bytes[position] == UInt8(ascii: "`") {
          var run = 0
          while position < currentEnd, bytes[position] == UInt8(ascii: "`") {
            run += 1
            position += 1
          }
          if run == opening { return joined }
          continue
        }
        position += 1
      }
      return []
    }
  }

  /// How far cmark's positions on its current line lag behind the file.
  private struct Lag {
    /// The line cmark numbers the current line, lines it left uncounted, and the bytes (with
    /// their line ends) of the lines it joined into its current line.
    var rawLine: Int
    var lines = 0
    var columns = 0
    var afterBreak = false
  }

  private static func mend(_ node: inout MarkdownNode, lines: Lines) {
    guard node.kind.isBlock else { return }
    if node.children.contains(where: { !$0.kind.isBlock }) {
      guard node.children.contains(where: { $0.kind == .lineBreak || $0.kind == .code || !$0.children.isEmpty }) else { return }
      var lag = Lag(rawLine: node.range?.start.line ?? 0)
      for index in node.children.indices { mendInline(&node.children[index], lag: &lag, lines: lines) }
    } else {
      for index in node.children.indices { mend(&node.children[index], lines: lines) }
    }
  }

  private static func mendInline(_ node: inout MarkdownNode, lag: inout Lag, lines: Lines) {
    if node.kind == .lineBreak {
      lag.afterBreak = true
      return
    }
    if var range = node.range {
      let rawStart = range.start.line
      if rawStart > lag.rawLine {
        // A line end cmark counted: its columns are right again.
        lag.rawLine = rawStart
        lag.columns = 0
      } else if lag.afterBreak, rawStart == lag.rawLine {
        // A backslash break: the line it ends was left uncounted.
        let ended = lines.span(lag.rawLine + lag.lines)
        lag.columns += ended.count + 1
        lag.lines += 1
      }
      lag.afterBreak = false
      let rawEnd = range.end.line
      if lag.lines > 0 {
        range.start.line += lag.lines
        if rawStart == lag.rawLine { range.start.column = max(1, range.start.column - lag.columns) }
      }
      if node.kind == .code {
        // Each line the code span runs over is one cmark leaves uncounted.
        for joined in lines.lineEndsInCodeSpan(line: range.start.line, column: range.start.column) {
          lag.columns += lines.span(joined).count + 1
          lag.lines += 1
        }
      }
      if lag.lines > 0 {
        range.end.line = rawEnd + lag.lines
        if rawEnd == lag.rawLine { range.end.column = max(1, range.end.column - lag.columns) }
      }
      node.range = range
    }
    for index in node.children.indices { mendInline(&node.children[index], lag: &lag, lines: lines) }
  }
}

extension String.UTF8View {
  /// Whether four spaces or a tab stand anywhere, as indented code needs (inside a list item
  /// they follow its marker).
  fileprivate var hasIndentedLine: Bool {
    var spaces = 0
    for byte in self {
      if byte == UInt8(ascii: "\t") { return true }
      spaces = byte == UInt8(ascii: " ") ? spaces + 1 : 0
      if spaces == 4 { return true }
    }
    return false
  }

  /// Whether the text may hold a line end cmark leaves uncounted: a backslash before a line
  /// end, or a backtick.
  fileprivate var mayJoinLines: Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in self {
      if byte == UInt8(ascii: "`") { return true }
      if byte == UInt8(ascii: "\n"), previous == UInt8(ascii: "\\") || (previous == UInt8(ascii: "\r") && beforePrevious == UInt8(ascii: "\\")) {
        return true
      }
      beforePrevious = previous
      previous = byte
    }
    return false
  }
}
