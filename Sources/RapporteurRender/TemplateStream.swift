import Mustache
import RapporteurCore

/// Renders a template a piece at a time, handing each piece on as it is done, so that a report
/// of thousands of sessions is never whole in memory. The template is cut only where Mustache's
/// own output does not depend on the cut: around a section whose opening and closing tags each
/// stand alone on their line (such lines leave no trace in the output). A section over a list is
/// rendered an element at a time, on all cores when its body has no such section inside; one over
/// a view renders its body with that view on the stack; a true flag renders its body; a false or
/// missing value renders nothing. Anything else — an inverted section, a section over plain text,
/// a template that changes delimiters, inherits, or reads sequence positions — is left whole to
/// Mustache. The output is byte for byte that of rendering the template whole.
struct TemplateStream {
  let library: MustacheLibrary
  let prefix: String
  /// Each body cut and each piece parsed once, however many list elements render them.
  private let cache = Cache()

  init(library: MustacheLibrary, prefix: String) {
    self.library = library
    self.prefix = prefix
  }

  private final class Cache {
    var pieces: [Substring: [Piece]] = [:]
    var templates: [Substring: MustacheTemplate] = [:]
  }

  /// A run of whole lines of a template: plain lines, or a section cut out with its body.
  enum Piece: Equatable {
    case lines(Substring)
    case section(name: Substring, body: Substring, whole: Substring)
  }

  /// Whether `source` can be cut at all: no delimiter changes, inheritance, pragmas or
  /// transforms (sequence positions such as `first()` are known only to Mustache's own loops).
  static func canCut(_ source: String) -> Bool {
    for tag in tags(in: source[...]) {
      guard let first = tag.first else { continue }
      if "=<$%".contains(first) || tag.contains("(") { return false }
    }
    return true
  }

  /// The contents of each `{{…}}` tag of `text`, in order.
  static func tags(in text: Substring) -> [Substring] {
    var result: [Substring] = []
    var rest = text
    while let open = rest.range(of: "{{") {
      let afterOpen = rest[open.upperBound...]
      guard let close = afterOpen.range(of: "}}") else { break }
      result.append(afterOpen[..<close.lowerBound])
      rest = afterOpen[close.upperBound...]
    }
    return result
  }

  /// `#name`, `^name` or `/name` when `line` is a section tag alone on its line (blanks around).
  static func standaloneSectionTag(_ line: Substring) -> (kind: Character, name: Substring)? {
    var trimmed = line
    while let last = trimmed.last, last == "\n" || last == "\r" || last == " " || last == "\t" { trimmed.removeLast() }
    while let first = trimmed.first, first == " " || first == "\t" { trimmed.removeFirst() }
    guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.count > 4 else { return nil }
    let inner = trimmed.dropFirst(2).dropLast(2)
    guard inner.range(of: "{{") == nil, inner.range(of: "}}") == nil, let kind = inner.first, "#^/".contains(kind)
    else { return nil }
    let name = Substring(String(inner.dropFirst()).trimmingBlanks)
    guard !name.isEmpty, !name.contains(" ") else { return nil }
    return (kind, name)
  }

  /// Section tags of a line, in order: `+1` for an opening tag, `-1` for a closing one.
  static func depthChanges(_ line: Substring) -> [Int] {
    tags(in: line).compactMap { tag in
      switch tag.first {
      case "#", "^": return 1
      case "/": return -1
      default: return nil
      }
    }
  }

  /// The template cut into top-level pieces: each section whose tags stand alone on their lines
  /// and which is not inverted, and the lines between them.
  static func pieces(of source: Substring) -> [Piece] {
    var lines: [Substring] = []
    var start = source.startIndex
    while start < source.endIndex {
      let end = source[start...].firstIndex(of: "\n").map { source.index(after: $0) } ?? source.endIndex
      lines.append(source[start..<end])
      start = end
    }
    let closes = cuttableSections(lines)
    var pieces: [Piece] = []
    var plainStart: Int? = nil
    var index = 0
    while index < lines.count {
      guard let close = closes[index], let tag = standaloneSectionTag(lines[index]) else {
        if plainStart == nil { plainStart = index }
        index += 1
        continue
      }
      if let begin = plainStart {
        pieces.append(.lines(source[lines[begin].startIndex..<lines[index - 1].endIndex]))
        plainStart = nil
      }
      let body = source[lines[index].endIndex..<lines[close].startIndex]
      let whole = source[lines[index].startIndex..<lines[close].endIndex]
      pieces.append(.section(name: tag.name, body: body, whole: whole))
      index = close + 1
    }
    if let begin = plainStart, let last = lines.last {
      pieces.append(.lines(source[lines[begin].startIndex..<last.endIndex]))
    }
    return pieces
  }

  /// For each line that opens a top-level section which can be cut out, the line that closes it.
  /// Mustache drops a section tag's line only when the tag is alone on it and its parser holds
  /// that it is at the start of a line, which after a closing tag dropped so it holds only when
  /// the section's opening tag was dropped too. Both tags of a section cut out must be dropped,
  /// as they would be in the whole template.
  static func cuttableSections(_ lines: [Substring]) -> [Int?] {
    var closes = [Int?](repeating: nil, count: lines.count)
    // Each open section: whether its opening tag was dropped with its line, and that line.
    var open: [(dropped: Bool, line: Int)] = []
    var atLineStart = true
    for (index, line) in lines.enumerated() {
      if atLineStart, let tag = standaloneSectionTag(line) {
        if tag.kind == "/" {
          guard let section = open.popLast() else { return closes }
          if open.isEmpty, section.dropped, standaloneSectionTag(lines[section.line])?.kind == "#" {
            closes[section.line] = index
          }
          atLineStart = section.dropped
        } else {
          open.append((true, index))
        }
        continue
      }
      for change in depthChanges(line) {
        if change > 0 {
          open.append((false, index))
        } else if open.popLast() == nil {
          return closes
        }
      }
      // The line's end is text, or dropped with a comment or partial alone on the line.
      atLineStart = true
    }
    return closes
  }

  /// Renders `source` with `stack` (innermost view first), handing the output on in order.
  func render(_ source: Substring, stack: [any MustacheParent], to emit: (String) throws -> Void) throws {
    for piece in cachedPieces(of: source) {
      switch piece {
      case let .lines(text):
        try emit(renderWhole(text, stack: stack))
      case let .section(name, body, whole):
        guard Self.isPlainName(name) else {
          try emit(renderWhole(whole, stack: stack))
          continue
        }
        switch lookUp(name, in: stack) {
        case .none:
          continue
        case let flag as Bool:
          if flag { try render(body, stack: stack, to: emit) }
        case let list as [MustacheReference]:
          try renderEach(list, body: body, stack: stack, to: emit)
        case let view as MustacheReference:
          try render(body, stack: [view] + stack, to: emit)
        default:
          try emit(renderWhole(whole, stack: stack))
        }
      }
    }
  }

  /// A list's section, element after element: a body that is cut no further is rendered on all
  /// cores a batch at a time.
  func renderEach(
    _ list: [MustacheReference], body: Substring, stack: [any MustacheParent], to emit: (String) throws -> Void
  ) throws {
    let pieces = cachedPieces(of: body)
    guard pieces.count == 1, case let .lines(text) = pieces[0] else {
      for element in list { try render(body, stack: [element] + stack, to: emit) }
      return
    }
    let template = try parsed(text)
    let shared = SharedViews(list: list, stack: stack, library: library)
    try Parallel.forEachBatch(Array(list.indices), map: { index in
      template.render(ContextStack([shared.list[index]] + shared.stack), library: shared.library)
    }) { _, rendered in
      for html in rendered { try emit(html) }
    }
  }

  func renderWhole(_ text: Substring, stack: [any MustacheParent]) throws -> String {
    try parsed(text).render(ContextStack(stack), library: library)
  }

  func cachedPieces(of source: Substring) -> [Piece] {
    if let known = cache.pieces[source] { return known }
    let cut = Self.pieces(of: source)
    cache.pieces[source] = cut
    return cut
  }

  func parsed(_ text: Substring) throws -> MustacheTemplate {
    if let known = cache.templates[text] { return known }
    let template: MustacheTemplate
    do {
      template = try MustacheTemplate(string: prefix + text)
    } catch {
      template = try MustacheTemplate(string: String(text))
    }
    cache.templates[text] = template
    return template
  }

  /// A name or a dotted name: not `.`, nor one with empty parts.
  static func isPlainName(_ name: Substring) -> Bool {
    !name.split(separator: ".", omittingEmptySubsequences: false).contains { $0.isEmpty }
  }

  /// What Mustache finds for a section's name: the first view on the stack that has the first
  /// part of a dotted name, then each further part inside it.
  func lookUp(_ name: Substring, in stack: [any MustacheParent]) -> Any? {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first else { return nil }
    var value = ContextStack(stack).child(named: first)
    for part in parts.dropFirst() {
      guard let parent = value as? any MustacheParent else { return nil }
      value = parent.child(named: part)
    }
    return value
  }
}

/// The views a list's elements are rendered with, read (never changed) from several threads.
private struct SharedViews: @unchecked Sendable {
  let list: [MustacheReference]
  let stack: [any MustacheParent]
  let library: MustacheLibrary
}
