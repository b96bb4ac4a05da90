import CommonMark
import Foundation
import RapporteurCore

// MARK: - Links and addresses

extension Anonymiser {
  /// The speaker a web or e-mail address, or a link's target, names: one of the speaker's names
  /// among its words once references and percent-escapes are read ("w.hiddenperson@…",
  /// "…/Hidden%70erson.pdf"), or a long one run together with other words ("…/hiddenpersonCV").
  func speaker<Text: StringProtocol>(namedIn address: Text) -> Pattern? {
    guard !addressForms.isEmpty else { return nil }
    let shown = NameScanner.visible(address)
    let words = NameScanner.folded(shown.removingPercentEncoding ?? shown).split { !$0.isLetter && !$0.isNumber }
    let letters = words.joined()
    return addressForms.first { form in
      form.letters.count >= 5 ? letters.contains(form.letters) : words.contains { $0 == form.letters }
    }?.pattern
  }

  /// The text with every link whose target names a speaker reduced to its words (an image to
  /// its description), and every link reference definition whose target names one given an
  /// empty target (`[n]: <>`), so that the links that use it keep their words. Line breaks stay:
  /// a link whose target or title runs over lines only has its target emptied.
  func unlinked(_ text: String) -> String {
    let bytes = Array(text.utf8)
    guard bytes.contains(UInt8(ascii: "]")) else { return text }
    var edits: [(range: Range<Int>, replacement: [UInt8])] = []
    func overlaps(_ range: Range<Int>) -> Bool { edits.contains { $0.range.overlaps(range) } }

    // Reference definitions: "[label]: target", at a line's start or in a quote.
    var lineStart = 0
    while lineStart < bytes.count {
      let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      defer { lineStart = lineEnd + 1 }
      var index = lineStart
      while index < lineEnd, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
      guard index < lineEnd, bytes[index] == UInt8(ascii: "["),
        let close = bytes[(index + 1)..<lineEnd].firstIndex(of: UInt8(ascii: "]")), !Self.isEscaped(close, in: bytes),
        close + 1 < lineEnd, bytes[close + 1] == UInt8(ascii: ":")
      else { continue }
      var start = close + 2
      while start < lineEnd, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
      guard start < lineEnd, let target = Self.target(in: bytes, from: start, end: lineEnd) else { continue }
      // Only a definition: nothing after its target but a title ("[^1]: Haddad, personal
      // communication." is a footnote's text, whose name the sentences' anonymising replaces).
      let after = bytes[target.end..<lineEnd].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
      guard after.isEmpty || [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "(")].contains(after.first ?? 0) else { continue }
      if speaker(namedIn: String(decoding: bytes[target.address], as: UTF8.self)) != nil {
        edits.append((start..<target.end, Array("<>".utf8)))
      }
    }

    // Inline links and images: "[words](target "title")".
    var index = 0
    while let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) {
      index = close + 1
      guard close + 1 < bytes.count, bytes[close + 1] == UInt8(ascii: "("), !Self.isEscaped(close, in: bytes),
        let tail = Self.linkTail(in: bytes, from: close + 2)
      else { continue }
      index = tail.end
      guard speaker(namedIn: String(decoding: bytes[tail.address], as: UTF8.self)) != nil,
        var open = Self.openingBracket(in: bytes, before: close)
      else { continue }
      if open > 0, bytes[open - 1] == UInt8(ascii: "!"), !Self.isEscaped(open - 1, in: bytes) { open -= 1 }
      let opening = open..<(bytes[open] == UInt8(ascii: "!") ? open + 2 : open + 1)
      let closing = close..<tail.end
      guard !overlaps(opening), !overlaps(closing) else { continue }
      if bytes[closing].contains(UInt8(ascii: "\n")) {
        // A link that runs over lines after its words keeps its lines and loses only its target.
        guard !overlaps(tail.target) else { continue }
        edits.append((tail.target, Array("<>".utf8)))
      } else {
        edits.append((opening, []))
        edits.append((closing, []))
      }
    }

    guard !edits.isEmpty else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var copied = 0
    for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      result += bytes[copied..<edit.range.lowerBound]
      result += edit.replacement
      copied = edit.range.upperBound
    }
    result += bytes[copied...]
    return String(decoding: result, as: UTF8.self)
  }

  /// Whether the byte at `index` is escaped by an odd number of backslashes before it.
  static func isEscaped(_ index: Int, in bytes: [UInt8]) -> Bool {
    var count = 0
    var cursor = index
    while cursor > 0, bytes[cursor - 1] == UInt8(ascii: "\\") {
      count += 1
      cursor -= 1
    }
    return count % 2 == 1
  }

  /// A link's target at `start`, `<…>` or written out (brackets balanced): the address and where
  /// the target ends.
  static func target(in bytes: [UInt8], from start: Int, end limit: Int) -> (address: Range<Int>, end: Int)? {
    guard start < limit else { return nil }
    if bytes[start] == UInt8(ascii: "<") {
      var index = start + 1
      while index < limit, bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "<"), bytes[index] != UInt8(ascii: "\n") {
        index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
      }
      guard index < limit, bytes[index] == UInt8(ascii: ">") else { return nil }
      return ((start + 1)..<index, index + 1)
    }
    var index = start
    var depth = 0
    while index < limit, bytes[index] > UInt8(ascii: " ") {
      if bytes[index] == UInt8(ascii: "\\") {
        index = min(limit, index + 2)
        continue
      }
      if bytes[index] == UInt8(ascii: "(") { depth += 1 }
      if bytes[index] == UInt8(ascii: ")") {
        if depth == 0 { break }
        depth -= 1
      }
      index += 1
    }
    return index > start ? (start..<index, index) : nil
  }

  /// What follows a link's "](" at `start`: its target, an optional title and ")". The address,
  /// the target as written (with its angle brackets) and where the link ends.
  static func linkTail(in bytes: [UInt8], from start: Int) -> (address: Range<Int>, target: Range<Int>, end: Int)? {
    func skipBlanks(_ index: inout Int) {
      var newlines = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") {
          newlines += 1
          if newlines > 1 { return }
        } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
          return
        }
        index += 1
      }
    }
    var index = start
    skipBlanks(&index)
    let targetStart = index
    guard let target = target(in: bytes, from: index, end: bytes.count) else { return nil }
    index = target.end
    skipBlanks(&index)
    let closers: [UInt8: UInt8] = [UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "'"): UInt8(ascii: "'"), UInt8(ascii: "("): UInt8(ascii: ")")]
    if index < bytes.count, let closer = closers[bytes[index]] {
      // A title within a paragraph's reach.
      var cursor = index + 1
      let limit = min(bytes.count, index + 1_000)
      while cursor < limit, bytes[cursor] != closer { cursor += bytes[cursor] == UInt8(ascii: "\\") ? 2 : 1 }
      guard cursor < limit else { return nil }
      index = cursor + 1
      skipBlanks(&index)
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else { return nil }
    return (target.address, targetStart..<target.end, index + 1)
  }

  /// The "[" that opens the link whose words end at `close`, within its paragraph.
  static func openingBracket(in bytes: [UInt8], before close: Int) -> Int? {
    var depth = 0
    var index = close
    let floor = max(0, close - 4_000)
    // A blank line ends the paragraph: no bracket before it opens these words.
    var seenLineBreak = false
    var lineIsBlank = false
    while index > floor {
      index -= 1
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        if seenLineBreak && lineIsBlank { return nil }
        seenLineBreak = true
        lineIsBlank = true
        continue
      }
      if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { lineIsBlank = false }
      guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]"), !isEscaped(index, in: bytes) else { continue }
      if byte == UInt8(ascii: "]") {
        depth += 1
      } else if depth == 0 {
        return index
      } else {
        depth -= 1
      }
    }
    return nil
  }
}

// MARK: - Blocks as cmark reads them

extension Anonymiser {
  /// A block of rewritten notes that, as cmark reads it, still names a speaker, and its words
  /// made anonymous.
  struct NamingBlock {
    var range: SourceRange
    var headingLevel: Int?
    var words: String
  }

  /// The paragraphs and headings whose words, as rendered (references read, across emphasis,
  /// code, links and comments), or whose links' targets still name a speaker.
  func blocksNamingASpeaker(in node: MarkdownNode) -> [NamingBlock] {
    var level: Int? = nil
    switch node.kind {
    case .paragraph: break
    case let .heading(headingLevel): level = headingLevel
    default: return node.children.flatMap { blocksNamingASpeaker(in: $0) }
    }
    var words = ""
    var targets: [String] = []
    Self.collectShown(node, words: &words, targets: &targets)
    guard let range = node.range, namesASpeaker(words) || targets.contains(where: { speaker(namedIn: $0) != nil }) else {
      return []
    }
    return [NamingBlock(range: range, headingLevel: level, words: apply(words))]
  }

  /// The words a reader sees of an inline tree, with line breaks as spaces, and its links' targets.
  static func collectShown(_ node: MarkdownNode, words: inout String, targets: inout [String]) {
    switch node.kind {
    case .text, .code:
      words += node.literal.replacingOccurrences(of: "\n", with: " ")
    case .htmlInline:
      // Raw HTML shows as text; a comment shows nothing.
      if !node.literal.hasPrefix("<!--") { words += node.literal.replacingOccurrences(of: "\n", with: " ") }
    case .softBreak, .lineBreak:
      words += " "
    case let .link(destination), let .image(destination):
      targets.append(destination)
    default:
      break
    }
    for child in node.children { collectShown(child, words: &words, targets: &targets) }
  }

  /// Whether a speaker's name, a handle or an address that names a speaker stands in `text`, as
  /// `apply` would find it.
  func namesASpeaker(_ text: String) -> Bool {
    let addresses = WebAddresses.ranges(in: text)
    if addresses.contains(where: { speaker(namedIn: text[$0]) != nil }) { return true }
    var position = text.startIndex
    while let word = NameScanner.word(in: text, from: position) {
      position = word.upperBound
      if addresses.contains(where: { $0.contains(word.lowerBound) }) { continue }
      if match(at: word, in: text) != nil { return true }
      if word.lowerBound > text.startIndex, text[text.index(before: word.lowerBound)] == "@",
        handle(text[word.lowerBound..<Self.handleEnd(from: word.lowerBound, in: text)]) != nil
      {
        return true
      }
    }
    return false
  }

  /// `text` (a whole notes file) with each block written again on its first line as its words,
  /// escaped, after the container marks that open it; the block's other lines keep only their
  /// container marks, so every line stays where it was.
  static func rewriting(_ blocks: [NamingBlock], in text: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for block in blocks {
      let first = block.range.start.line
      let last = block.range.end.line
      guard first >= 1, first <= last, last <= lines.count else { continue }
      let prefix = String(decoding: lines[first - 1].utf8.prefix(max(0, block.range.start.column - 1)), as: UTF8.self)
      let marker = block.headingLevel.map { String(repeating: "#", count: $0) + " " } ?? ""
      lines[first - 1] = prefix + marker + escapedMarkdown(block.words)
      for line in first..<last {
        lines[line] = String(lines[line].prefix { $0 == " " || $0 == "\t" || $0 == ">" })
      }
    }
    return lines.joined(separator: "\n")
  }

  /// Plain words as Markdown that shows them as they are, on one line.
  static func escapedMarkdown(_ words: String) -> String {
    var output = ""
    for character in words.trimmingBlanks {
      if "\\`*_[]<>&!#|~".contains(character) { output.append("\\") }
      output.append(character)
    }
    // Nor may the line open a list or underline a heading.
    if let first = output.first, "-+=".contains(first) { output = "\\" + output }
    if let end = output.firstIndex(where: { !$0.isNumber }), end > output.startIndex, ".)".contains(output[end]) {
      output.insert("\\", at: end)
    }
    return output
  }
}
