import CommonMark

/// Where a note's parts stand, line by line: the front matter, and in the Markdown after it the
/// code (fenced and indented code blocks, code spans), whose text is shown as written and so
/// holds no markers, directives or acronyms to check.
public struct NoteLayout: Sendable {
  /// The lines of the front matter, from the opening `---` to the closing one (to the end of the
  /// file when it is never closed); `nil` when the note has none.
  public var frontMatter: ClosedRange<Int>?
  /// Lines inside code blocks, fences included.
  var codeBlockLines: Set<Int> = []
  /// Lines of raw HTML blocks, which the outputs leave out.
  var htmlBlockLines: Set<Int> = []
  /// Line → the byte ranges (0-based offsets in the line) of code spans on it.
  var codeSpans: [Int: [Range<Int>]] = [:]
  /// The Markdown after the front matter: the session's, or parsed here for a note whose front
  /// matter did not load (`nil` when the front matter is never closed).
  public private(set) var document: MarkdownDocument?

  /// Whether the byte at `offset` (0-based) of `line` is code.
  public func isCode(line: Int, offset: Int) -> Bool {
    if codeBlockLines.contains(line) { return true }
    guard let spans = codeSpans[line] else { return false }
    // The spans of a line are in order: a binary search finds the last one starting at or before `offset`.
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 && spans[low - 1].contains(offset)
  }

  /// Whether the whole line is raw HTML (`<table>…` on lines of its own), never shown.
  public func isHTMLBlock(line: Int) -> Bool { htmlBlockLines.contains(line) }

  /// Whether the whole line is inside a code block.
  public func isCodeBlock(line: Int) -> Bool { codeBlockLines.contains(line) }

  /// Whether `line` is Markdown (neither front matter nor code block).
  public func isMarkdown(line: Int) -> Bool {
    !(frontMatter?.contains(line) ?? false) && !codeBlockLines.contains(line)
  }

  init(text: String, lines: [Substring], document given: MarkdownDocument?) {
    var document = given
    switch FrontMatterSplitter.split(text) {
    case let .failure(.unterminated(openingLine)):
      frontMatter = openingLine...max(openingLine, lines.count)
      document = nil
    case let .success(split):
      if split.yaml != nil { frontMatter = split.openingLine...split.bodyLineOffset }
      if document == nil { document = MarkdownParser.parse(CriticMarkup.accepted(WikiMarkup.plain(split.body)), lineOffset: split.bodyLineOffset) }
    }
    self.document = document
    guard let root = document?.root else { return }
    var blocks: [SourceRange] = []
    root.forEachNode { node in
      switch node.kind {
      case .codeBlock:
        if let range = node.range { codeBlockLines.formUnion(range.start.line...max(range.start.line, range.end.line)) }
        return false
      case .htmlBlock:
        if let range = node.range { htmlBlockLines.formUnion(range.start.line...max(range.start.line, range.end.line)) }
        return false
      case .paragraph, .heading:
        if let range = node.range { blocks.append(range) }
        return false
      default:
        return node.kind.isBlock
      }
    }
    for block in blocks { markCodeSpans(in: block, lines: lines) }
  }

  /// Finds the code spans of one paragraph or heading in its source lines: a run of backticks
  /// opens one, closed by the next run of the same length (CommonMark's rule); a run without a
  /// closing one, or after a backslash, is text. Each run is looked at once.
  private mutating func markCodeSpans(in block: SourceRange, lines: [Substring]) {
    struct Run {
      var line: Int
      var start: Int
      var length: Int
      var escaped: Bool
    }
    var runs: [Run] = []
    let last = min(max(block.start.line, block.end.line), lines.count)
    guard block.start.line >= 1, block.start.line <= last else { return }
    for number in block.start.line...last {
      let bytes = lines[number - 1].utf8
      guard bytes.contains(UInt8(ascii: "`")) else { continue }
      var offset = 0
      var backslashes = 0
      var index = bytes.startIndex
      while index < bytes.endIndex {
        let byte = bytes[index]
        if byte == UInt8(ascii: "`") {
          let start = offset
          while index < bytes.endIndex, bytes[index] == UInt8(ascii: "`") {
            offset += 1
            index = bytes.index(after: index)
          }
          runs.append(Run(line: number, start: start, length: offset - start, escaped: backslashes % 2 == 1))
          backslashes = 0
          continue
        }
        backslashes = byte == UInt8(ascii: "\\") ? backslashes + 1 : 0
        offset += 1
        index = bytes.index(after: index)
      }
    }
    guard runs.count >= 2 else { return }
    // For each run length, the runs of that length in order, and how far each list is used up.
    var byLength: [Int: [Int]] = [:]
    for (index, run) in runs.enumerated() { byLength[run.length, default: []].append(index) }
    var cursor: [Int: Int] = [:]
    var index = 0
    while index < runs.count {
      let open = runs[index]
      guard !open.escaped, let same = byLength[open.length] else {
        index += 1
        continue
      }
      var position = cursor[open.length] ?? 0
      while position < same.count, same[position] <= index { position += 1 }
      cursor[open.length] = position
      guard position < same.count else {
        index += 1
        continue
      }
      let close = runs[same[position]]
      mark(from: (open.line, open.start), to: (close.line, close.start + close.length), lines: lines)
      index = same[position] + 1
    }
  }

  private mutating func mark(from start: (line: Int, offset: Int), to end: (line: Int, offset: Int), lines: [Substring]) {
    for number in start.line...end.line {
      let lower = number == start.line ? start.offset : 0
      let upper = number == end.line ? end.offset : lines[number - 1].utf8.count
      if lower < upper { codeSpans[number, default: []].append(lower..<upper) }
    }
  }
}
