/// A Markdown node as a plain Swift value. The tree is built by `MarkdownParser` from cmark's
/// tree, which is freed before parsing returns.
public struct MarkdownNode: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case document
    case blockQuote
    case list(ordered: Bool, start: Int, tight: Bool)
    case item
    case codeBlock(info: String)
    case htmlBlock
    case customBlock
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case text
    case softBreak
    case lineBreak
    case code
    case htmlInline
    case customInline
    case emphasis
    case strong
    // Only the address is kept (titles are rendered by cmark itself): a smaller node.
    case link(destination: String)
    case image(destination: String)

    public var isBlock: Bool {
      switch self {
      case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph,
        .heading, .thematicBreak:
        return true
      default:
        return false
      }
    }
  }

  public var kind: Kind
  /// The text of leaf nodes (text, code, code blocks, raw HTML); empty otherwise.
  public var literal: String
  /// Where the node stands in the original file; `nil` where cmark records no position
  /// (soft and hard line breaks).
  public var range: SourceRange?
  public var children: [MarkdownNode]

  public init(kind: Kind, literal: String = "", range: SourceRange? = nil, children: [MarkdownNode] = []) {
    self.kind = kind
    self.literal = literal
    self.range = range
    self.children = children
  }

  /// Whether the node is a bullet or ordered list.
  public var isList: Bool {
    if case .list = kind { return true }
    return false
  }

  /// The node's text with markup removed: soft breaks become spaces, hard breaks newlines.
  /// What an inline HTML tag does to the words around it: `<br>` ends a line (`true`), a tag that
  /// opens or closes a block (`<p>`, `</div>`, `<li>`, `<td>`) parts them (`false`); a tag inside
  /// a word (`<b>`, `<span>`) does neither (`nil`). `nil` for any other node.
  public var inlineHTMLSeparates: Bool? {
    guard kind == .htmlInline else { return nil }
    let name = literal.lowercased().drop { $0 == "<" || $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
    if name == "br" { return true }
    return Self.blockTags.contains(String(name)) ? false : nil
  }

  /// The words of a placeholder written in angle brackets, which CommonMark reads as a tag
  /// ("<name of ministry>", "<contact person>", "<TBD>"): a name no HTML element has, and no
  /// attribute with a value. `nil` for a real tag or any other node.
  public var placeholderText: String? {
    guard kind == .htmlInline, literal.hasPrefix("<"), !literal.hasPrefix("</"), !literal.hasPrefix("<!"), !literal.hasPrefix("<?"),
      !literal.contains("="), !literal.contains("/")
    else { return nil }
    let name = literal.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
    guard !name.isEmpty, !Self.htmlElements.contains(name) else { return nil }
    return literal
  }

  /// HTML's element names, which a placeholder in angle brackets is not.
  static let htmlElements: Set<String> = [
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body", "br",
    "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
    "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame",
    "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins",
    "kbd", "label", "legend", "li", "link", "main", "map", "mark", "marquee", "math", "menu", "meta", "meter", "nav",
    "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt",
    "ruby", "s", "samp", "script", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style",
    "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title",
    "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp", "plaintext", "applet", "basefont", "big", "blink",
    "noframes", "nobr", "spacer", "image", "keygen", "listing", "search",
  ]

  static let blockTags: Set<String> = [
    "p", "div", "li", "ul", "ol", "td", "th", "tr", "table", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    "section", "article", "dd", "dt", "dl", "center",
  ]

  public var plainText: String {
    var out = ""
    appendPlainText(to: &out)
    return out
  }

  func appendPlainText(to out: inout String) {
    switch kind {
    case .text, .code, .codeBlock:
      out += literal
    case .softBreak:
      out += " "
    case .lineBreak:
      out += "\n"
    case .htmlInline:
      // "youth<br>governments": a tag that breaks a line or a block parts words as a blank does;
      // "<name of ministry>" is the writer's words.
      if let placeholder = placeholderText {
        out += placeholder
      } else if inlineHTMLSeparates != nil, out.last?.isWhitespace == false {
        out += " "
      }
    case .htmlBlock:
      break
    default:
      for (index, child) in children.enumerated() {
        if index > 0, child.kind.isBlock { out += "\n" }
        child.appendPlainText(to: &out)
      }
    }
  }
}

/// A parsed Markdown document: the node tree and the source it came from.
public struct MarkdownDocument: Sendable {
  /// The Markdown that was parsed (the body of the file, front matter removed).
  public let source: String
  /// Lines that preceded `source` in the original file; every range is already shifted by it.
  public let lineOffset: Int
  public let root: MarkdownNode

  public init(source: String, lineOffset: Int, root: MarkdownNode) {
    self.source = source
    self.lineOffset = lineOffset
    self.root = root
  }
}
