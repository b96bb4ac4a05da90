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

  /// The part of the text in `range`, which still knows where each of its lines begins.
  public func slice(_ range: Range<String.Index>) -> LocatedText {
    var part = LocatedText()
    part.text = String(text[range])
    guard !starts.isEmpty else { return part }
    let utf8 = part.text.utf8
    func index(_ original: String.Index) -> String.Index {
      utf8.index(utf8.startIndex, offsetBy: text.utf8.distance(from: range.lowerBound, to: original))
    }
    part.starts.append((part.text.startIndex, location(at: range.lowerBound)))
    var line = lineIndex(at: range.lowerBound) + 1
    while line < starts.count, starts[line].index < range.upperBound {
      part.starts.append((index(starts[line].index), starts[line].location))
      line += 1
    }
    return part
  }

  /// The number of the last line starting at or before `index` (the first when none does).
  private func lineIndex(at index: String.Index) -> Int {
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if starts[middle].index <= index { low = middle } else { high = middle }
    }
    return low
  }

  /// Where each of the text's lines begins in `text`, in order.
  public var lineStarts: [String.Index] { starts.map(\.index) }

  /// Where the character at `index` stands in the file.
  public func location(at index: String.Index) -> SourceLocation {
    guard let first = starts.first else { return SourceLocation(line: 1, column: 1) }
    // By bisection: a paragraph of many lines is asked once per sentence.
    let line = lineIndex(at: index)
    let best = starts[line].index <= index ? starts[line] : first
    var location = best.location
    location.column += text[best.index..<index].utf8.count
    return location
  }

  public var firstLocation: SourceLocation { starts.first?.location ?? SourceLocation(line: 1, column: 1) }
}
