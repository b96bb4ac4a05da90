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
      // "youth<br>governments": a tag that breaks a line or a block parts words as a blank does.
      if inlineHTMLSeparates != nil, out.last?.isWhitespace == false { out += " " }
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
