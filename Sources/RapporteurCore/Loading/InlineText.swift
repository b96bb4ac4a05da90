import CommonMark

/// The visible text of a block, line by line, each line with the file position it starts at.
/// Soft and hard breaks end a line; markup is dropped; code spans keep their text.
public enum InlineText {
  public struct Line: Sendable, Equatable {
    public var text: String
    public var location: SourceLocation
  }

  public static func lines(of block: MarkdownNode) -> [Line] {
    var lines: [Line] = []
    var current = ""
    var location = block.range?.start ?? SourceLocation(line: 1, column: 1)
    var started = false
    func visit(_ node: MarkdownNode) {
      switch node.kind {
      case .text, .code:
        if !started, let range = node.range {
          location = range.start
          if node.kind == .code { location.column = max(1, location.column - 1) }
        }
        started = true
        current += node.literal
        // A code span over lines ends one: what follows it stands on its last line.
        if node.kind == .code, let range = node.range, range.end.line > range.start.line {
          lines.append(Line(text: current, location: location))
          current = ""
          started = false
          location = SourceLocation(line: range.end.line, column: range.end.column)
        }
      case .softBreak, .lineBreak:
        lines.append(Line(text: current, location: location))
        current = ""
        started = false
        location = SourceLocation(line: location.line + 1, column: 1)
      case .htmlInline:
        // "<contact person at the ministry>": the writer's placeholder, words of the text.
        if let placeholder = node.placeholderText {
          current += placeholder
          break
        }
        // "youth<br/>governments": a line ends at a break, words part at a block's tag.
        switch node.inlineHTMLSeparates {
        case true?:
          lines.append(Line(text: current, location: location))
          current = ""
          started = false
        case false?:
          if current.last?.isWhitespace == false { current += " " }
        case nil:
          break
        }
      default:
        if !started, let range = node.range {
          location = range.start
          started = true
        }
        for child in node.children { visit(child) }
      }
    }
    for child in block.children { visit(child) }
    lines.append(Line(text: current, location: location))
    return lines
  }
}
