import CCmark

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Renders Markdown to HTML with libcmark in its safe mode: raw HTML is replaced by a comment and
/// links or images with `javascript:`, `vbscript:`, `file:` or non-image `data:` targets lose them.
public enum MarkdownHTMLRenderer {
  /// Renders a whole Markdown text. `headingShift` lowers every heading by that many levels (at
  /// most to level 6), so that notes sit under the page's own headings.
  public static func render(_ markdown: String, headingShift: Int = 0) -> String {
    var source = markdown
    return source.withUTF8 { buffer -> String in
      guard let base = buffer.baseAddress,
        let doc = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
          cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
        })
      else { return "" }
      defer { cmark_node_free(doc) }
      prepare(doc, headingShift: headingShift)
      let tables = markTables(doc, source: markdown)
      guard let html = cmark_render_html(doc, CMARK_OPT_DEFAULT) else { return "" }
      defer { free(html) }
      var rendered = String(cString: html)
      for table in tables { rendered = rendered.replacing("<p>\(table.marker)</p>\n", with: table.html) }
      return rendered
    }
  }

  /// Pipe tables, which cmark (without GFM's extension) reads as paragraphs: each paragraph
  /// written as one is replaced by a marker, for its table to take the marker's place in the
  /// HTML. The cells are rendered by cmark one by one, so they are escaped as any text is.
  private static func markTables(_ doc: OpaquePointer, source: String) -> [(marker: String, html: String)] {
    guard source.utf8.contains(UInt8(ascii: "|")) else { return [] }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    var paragraphs: [(node: OpaquePointer, lines: [Substring])] = []
    if let iter = cmark_iter_new(doc) {
      defer { cmark_iter_free(iter) }
      while true {
        let event = cmark_iter_next(iter)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter), cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
        else { continue }
        let start = Int(cmark_node_get_start_line(node))
        let end = Int(cmark_node_get_end_line(node))
        guard start >= 1, end > start, end <= lines.count else { continue }
        // The paragraph's own text: its first line from its column, the others without the
        // indentation and block-quote marks of the blocks around it.
        var own = [Substring(lines[start - 1].dropFirst(max(0, Int(cmark_node_get_start_column(node)) - 1)))]
        for line in lines[start..<end] { own.append(line.drop { $0 == " " || $0 == "\t" || $0 == ">" }) }
        paragraphs.append((node, own))
      }
    }
    var tables: [(marker: String, html: String)] = []
    let nonce = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    for paragraph in paragraphs {
      guard let table = PipeTableHTML(lines: paragraph.lines) else { continue }
      let marker = "\u{1}rapporteur-table-\(tables.count)-\(nonce)\u{1}"
      guard let replacement = cmark_node_new(CMARK_NODE_PARAGRAPH) else { continue }
      guard let text = cmark_node_new(CMARK_NODE_TEXT) else {
        cmark_node_free(replacement)
        continue
      }
      cmark_node_set_literal(text, marker)
      cmark_node_append_child(replacement, text)
      if cmark_node_replace(paragraph.node, replacement) != 0 {
        cmark_node_free(paragraph.node)
        tables.append((marker, table.html { render($0) }))
      } else {
        cmark_node_free(replacement)
      }
    }
    return tables
  }

  /// Makes the tree safe and lossless to render: raw HTML becomes visible text (so nothing
  /// typed in the notes disappears and nothing runs), HTML comments (such as lint directives)
  /// are dropped, and headings are lowered by `headingShift` levels.
  private static func prepare(_ doc: OpaquePointer, headingShift: Int) {
    var rawHTML: [OpaquePointer] = []
    if let iter = cmark_iter_new(doc) {
      defer { cmark_iter_free(iter) }
      while true {
        let event = cmark_iter_next(iter)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING where headingShift != 0:
          let level = cmark_node_get_heading_level(node) + Int32(headingShift)
          cmark_node_set_heading_level(node, min(6, max(1, level)))
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
          rawHTML.append(node)
        default:
          break
        }
      }
    }
    // The tree changes only after the walk, which must not see it change.
    for node in rawHTML {
      let text = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
      let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
      if trimmed.hasPrefix("<!--") {
        cmark_node_unlink(node)
        cmark_node_free(node)
        continue
      }
      guard let textNode = cmark_node_new(CMARK_NODE_TEXT) else { continue }
      cmark_node_set_literal(textNode, trimmed)
      var replacement = textNode
      if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else {
          cmark_node_free(textNode)
          continue
        }
        cmark_node_append_child(paragraph, textNode)
        replacement = paragraph
      }
      if cmark_node_replace(node, replacement) != 0 {
        cmark_node_free(node)
      } else {
        cmark_node_free(replacement)
      }
    }
  }

  /// Renders one node of a parsed document (with its children): the document's source is parsed
  /// again and the block that starts at the node's position is rendered.
  public static func render(_ node: MarkdownNode, in document: MarkdownDocument) -> String {
    guard let range = node.range else { return "" }
    if node.kind == .document { return render(document.source) }
    let wantedLine = Int32(range.start.line - document.lineOffset)
    let wantedColumn = Int32(range.start.column)
    var source = document.source
    return source.withUTF8 { buffer -> String in
      guard let base = buffer.baseAddress,
        let doc = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
          cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
        })
      else { return "" }
      defer { cmark_node_free(doc) }
      guard let iter = cmark_iter_new(doc) else { return "" }
      defer { cmark_iter_free(iter) }
      while true {
        let event = cmark_iter_next(iter)
        if event == CMARK_EVENT_DONE { return "" }
        guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iter) else { continue }
        if cmark_node_get_start_line(current) == wantedLine, cmark_node_get_start_column(current) == wantedColumn,
          MarkdownParser.kind(of: current) == node.kind
        {
          prepare(current, headingShift: 0)
          guard let html = cmark_render_html(current, CMARK_OPT_DEFAULT) else { return "" }
          defer { free(html) }
          return String(cString: html)
        }
      }
    }
  }
}

/// A pipe table as GFM writes one: a header row, a row of dashes (`---`, `:--:`) with as many
/// cells, then the rows. Cells are split at `|` outside code spans and not escaped (`\\|`).
struct PipeTableHTML {
  var header: [Substring]
  var rows: [[Substring]]

  init?(lines: [Substring]) {
    guard lines.count >= 2, lines.allSatisfy({ $0.contains("|") }) else { return nil }
    let header = Self.cells(lines[0])
    let delimiter = Self.cells(lines[1])
    guard !header.isEmpty, delimiter.count == header.count, delimiter.allSatisfy(Self.isDelimiter) else { return nil }
    self.header = header
    rows = lines.dropFirst(2).map { row in
      let cells = Self.cells(row)
      return Array(cells.prefix(header.count)) + Array(repeating: "", count: max(0, header.count - cells.count))
    }
  }

  static func isDelimiter(_ cell: Substring) -> Bool {
    var core = cell
    if core.first == ":" { core = core.dropFirst() }
    if core.last == ":" { core = core.dropLast() }
    return !core.isEmpty && core.allSatisfy { $0 == "-" }
  }

  static func cells(_ line: Substring) -> [Substring] {
    var text = line.trimmingBlanks
    if text.first == "|" { text = text.dropFirst() }
    if text.last == "|", !text.hasSuffix("\\|") { text = text.dropLast() }
    var cells: [Substring] = []
    var start = text.startIndex
    var index = text.startIndex
    var inCode = false
    var escaped = false
    while index < text.endIndex {
      let character = text[index]
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "`" {
        inCode.toggle()
      } else if character == "|", !inCode {
        cells.append(text[start..<index].trimmingBlanks)
        start = text.index(after: index)
      }
      index = text.index(after: index)
    }
    cells.append(text[start...].trimmingBlanks)
    return cells
  }

  /// The table's HTML, each cell's Markdown rendered by `render` (as a paragraph, whose tags are
  /// taken off; a cell that renders as anything else is shown as escaped text).
  func html(_ render: (String) -> String) -> String {
    func cell(_ text: Substring, _ tag: String) -> String {
      let escapedPipes = String(text).replacing("\\|", with: "|")
      var inner = ""
      if !escapedPipes.isEmpty {
        let rendered = render(escapedPipes)
        if rendered.hasPrefix("<p>"), rendered.hasSuffix("</p>\n"), rendered.utf8.count > 8 {
          inner = String(rendered.dropFirst(3).dropLast(5))
        } else {
          inner = escapedPipes.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("\"", with: "&quot;")
        }
      }
      return "<\(tag)>\(inner)</\(tag)>\n"
    }
    var out = "<table>\n<thead>\n<tr>\n"
    for text in header { out += cell(text, "th") }
    out += "</tr>\n</thead>\n"
    if !rows.isEmpty {
      out += "<tbody>\n"
      for row in rows {
        out += "<tr>\n"
        for text in row { out += cell(text, "td") }
        out += "</tr>\n"
      }
      out += "</tbody>\n"
    }
    return out + "</table>\n"
  }
}

extension Substring {
  fileprivate var trimmingBlanks: Substring {
    var text = self
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return text
  }
}
