import CommonMark

/// Text assembled from a block's lines (joined by spaces), which can say for any position the
/// line and column of the file it came from.
public struct LocatedText: Sendable {
  public private(set) var text: String = ""
  private var starts: [(index: String.Index, location: SourceLocation)] = []

  public init() {}

  public init(lines: [InlineText.Line]) {
    for line in lines { append(line) }
  }

  /// The visible text of a block, line by line.
  public init(block: MarkdownNode) {
    self.init(lines: InlineText.lines(of: block))
  }

  public mutating func append(_ line: InlineText.Line) {
    let trimmed = line.text.trimmingBlanks
    guard !trimmed.isEmpty else { return }
    if !text.isEmpty { text += " " }
    let leading = line.text.prefix { $0 == " " || $0 == "\t" }.utf8.count
    var location = line.location
    location.column += leading
    starts.append((text.endIndex, location))
    text += trimmed
  }

  public mutating func append(_ other: LocatedText) {
    for (offset, start) in other.starts.enumerated() {
      let end = offset + 1 < other.starts.count ? other.starts[offset + 1].index : other.text.endIndex
      var piece = String(other.text[start.index..<end])
      while piece.last == " " { piece.removeLast() }
      append(InlineText.Line(text: piece, location: start.location))
    }
  }

  public var isEmpty: Bool { text.isEmpty }

  /// Where each of the text's lines begins in `text`, in order.
  public var lineStarts: [String.Index] { starts.map(\.index) }

  /// Where the character at `index` stands in the file.
  public func location(at index: String.Index) -> SourceLocation {
    guard let first = starts.first else { return SourceLocation(line: 1, column: 1) }
    // The last line starting at or before `index`, by bisection: a paragraph of many lines is
    // asked once per sentence.
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle].index <= index { low = middle } else { high = middle }
    }
    let best = starts[low].index <= index ? starts[low] : first
    var location = best.location
    location.column += text[best.index..<index].utf8.count
    return location
  }

  public var firstLocation: SourceLocation { starts.first?.location ?? SourceLocation(line: 1, column: 1) }
}
