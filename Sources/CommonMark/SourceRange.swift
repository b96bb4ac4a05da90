/// A position in the original notes file: 1-based line and 1-based column counted in UTF-8 bytes,
/// as cmark reports it. Lines are in the coordinates of the whole file, front matter included.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  // Stored in 32 bits: every node of every parsed note carries two of these.
  private var storedLine: Int32
  private var storedColumn: Int32

  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }

  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }

  public init(line: Int, column: Int) {
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }
}

/// The span of a node, both ends inclusive, as cmark gives it.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  public var description: String { "\(start)-\(end)" }
}
