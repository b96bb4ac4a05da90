/// Tells, line by line, which lines of a note a fenced code block holds: what stands there is
/// shown as written, and the readings that rewrite a note's lines leave it alone.
struct CodeFences {
  /// The fence of the block open at this line: its opening's three backticks or tildes.
  private var open: Substring? = nil

  /// Whether a line, its indentation dropped, opens or closes a block or stands inside one.
  mutating func hold(_ trimmed: Substring) -> Bool {
    if let fence = open {
      if trimmed.hasPrefix(fence) { open = nil }
      return true
    }
    guard trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") else { return false }
    open = trimmed.prefix(3)
    return true
  }
}
