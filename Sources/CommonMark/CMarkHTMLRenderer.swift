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
    render(markdown, shift: { _ in headingShift })
  }

  /// Renders a whole Markdown text with its headings lowered so that the highest of them stands at
  /// `level` (none is raised): notes with `## Purpose` sections and notes with `# Purpose` ones sit
  /// alike under the page's own headings.
  public static func render(_ markdown: String, headingsFrom level: Int) -> String {
    render(markdown, shift: { highest in highest.map { max(0, level - $0) } ?? 0 })
  }

  /// `shift` gives the levels to lower headings by from the highest heading's level (`nil` for none).
  private static func render(_ markdown: String, shift: (Int?) -> Int) -> String {
    var source = markdown
    return source.withUTF8 { buffer -> String in
      guard let base = buffer.baseAddress,
        let doc = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
          cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
        })
      else { return "" }
      defer { cmark_node_free(doc) }
      prepare(doc, headingShift: shift)
      guard let html = cmark_render_html(doc, CMARK_OPT_DEFAULT) else { return "" }
      defer { free(html) }
      return String(cString: html)
    }
  }

  /// The Markdown text made as safe as the HTML: when it holds raw HTML, images or links to a
  /// scheme the report does not open, it is written anew by libcmark from its tree made safe
  /// (raw HTML becomes escaped text, images links, unsafe links their words); otherwise it is
  /// returned as written.
  public static func safeMarkdown(_ markdown: String) -> String {
    var source = markdown
    return source.withUTF8 { buffer -> String in
      guard let base = buffer.baseAddress,
        let doc = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
          cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
        })
      else { return markdown }
      defer { cmark_node_free(doc) }
      guard needsPreparing(doc) else { return markdown }
      prepare(doc, headingShift: { _ in 0 })
      guard let written = cmark_render_commonmark(doc, CMARK_OPT_DEFAULT, 0) else { return "" }
      defer { free(written) }
      var text = String(cString: written)
      while text.hasSuffix("\n") { text.removeLast() }
      return text
    }
  }

  /// Whether the tree holds raw HTML, an image or a link to a scheme the report does not open.
  private static func needsPreparing(_ doc: OpaquePointer) -> Bool {
    guard let iter = cmark_iter_new(doc) else { return true }
    defer { cmark_iter_free(iter) }
    while true {
      let event = cmark_iter_next(iter)
      if event == CMARK_EVENT_DONE { return false }
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
      switch cmark_node_get_type(node) {
      case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE, CMARK_NODE_IMAGE:
        return true
      case CMARK_NODE_LINK:
        if !isAllowedTarget(cmark_node_get_url(node).map { String(cString: $0) } ?? "") { return true }
      default:
        break
      }
    }
  }

  /// Makes the tree safe and lossless to render: raw HTML becomes visible text (so nothing
  /// typed in the notes disappears and nothing runs), HTML comments (such as lint directives)
  /// are dropped, images become links to them (the report fetches nothing from elsewhere), and
  /// headings are lowered by `headingShift` levels.
  private static func prepare(_ doc: OpaquePointer, headingShift: (Int?) -> Int) {
    var rawHTML: [OpaquePointer] = []
    var headings: [OpaquePointer] = []
    var images: [OpaquePointer] = []
    var unsafeLinks: [OpaquePointer] = []
    if let iter = cmark_iter_new(doc) {
      defer { cmark_iter_free(iter) }
      while true {
        let event = cmark_iter_next(iter)
        if event == CMARK_EVENT_DONE { break }
        guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
          headings.append(node)
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
          rawHTML.append(node)
        case CMARK_NODE_IMAGE:
          images.append(node)
        case CMARK_NODE_LINK:
          if !isAllowedTarget(cmark_node_get_url(node).map { String(cString: $0) } ?? "") { unsafeLinks.append(node) }
        default:
          break
        }
      }
    }
    // The tree changes only after the walk, which must not see it change.
    let shift = headingShift(headings.map { Int(cmark_node_get_heading_level($0)) }.min())
    if shift != 0 {
      for node in headings {
        let level = cmark_node_get_heading_level(node) + Int32(shift)
        cmark_node_set_heading_level(node, min(6, max(1, level)))
      }
    }
    // A link to a scheme the report does not open keeps its words, not its target.
    for link in unsafeLinks.reversed() {
      while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
      cmark_node_unlink(link)
      cmark_node_free(link)
    }
    // Innermost first, so that an image inside another's description is moved before it.
    for image in images.reversed() {
      // Inside a link ("[![logo](logo.png)](https://…)") the image's words stay, as that link's.
      var ancestor = cmark_node_parent(image)
      while let node = ancestor, cmark_node_get_type(node) != CMARK_NODE_LINK { ancestor = cmark_node_parent(node) }
      // So do an image's words whose target no link may keep ("![x](javascript:…)").
      if ancestor != nil || !isAllowedTarget(cmark_node_get_url(image).map { String(cString: $0) } ?? "") {
        while let child = cmark_node_first_child(image) { cmark_node_insert_before(image, child) }
        cmark_node_unlink(image)
        cmark_node_free(image)
        continue
      }
      guard let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
      cmark_node_set_url(link, cmark_node_get_url(image))
      cmark_node_set_title(link, cmark_node_get_title(image))
      while let child = cmark_node_first_child(image) { cmark_node_append_child(link, child) }
      if cmark_node_first_child(link) == nil, let text = cmark_node_new(CMARK_NODE_TEXT) {
        cmark_node_set_literal(text, "image")
        cmark_node_append_child(link, text)
      }
      if cmark_node_replace(image, link) != 0 {
        cmark_node_free(image)
      } else {
        cmark_node_free(link)
      }
    }
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

  /// Whether a link's target may stay: a web or mail address, a telephone number, or one
  /// without a scheme (a path or a `#fragment`). `livescript:`, `jar:`, `blob:` and the like go,
  /// as cmark's safe mode already drops `javascript:`, `vbscript:`, `file:` and `data:`.
  static func isAllowedTarget(_ url: String) -> Bool {
    let trimmed = url.drop { $0 == " " }
    guard let colon = trimmed.firstIndex(of: ":") else { return true }
    let scheme = trimmed[..<colon]
    // A colon after a slash, "?" or "#" belongs to a path or a query, not to a scheme.
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
    else { return true }
    return ["http", "https", "mailto", "tel"].contains(scheme.lowercased())
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
          prepare(current, headingShift: { _ in 0 })
          guard let html = cmark_render_html(current, CMARK_OPT_DEFAULT) else { return "" }
          defer { free(html) }
          return String(cString: html)
        }
      }
    }
  }
}
