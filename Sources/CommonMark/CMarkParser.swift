import CCmark

/// Parses CommonMark with libcmark into a `MarkdownDocument`.
///
/// This file and `CMarkHTMLRenderer.swift` are the only places that see cmark's pointers; every
/// pointer is freed before the function that made it returns.
public enum MarkdownParser {
  /// Nesting deeper than this is kept as the plain text of the deepest node, so that walking the
  /// tree never exhausts the stack on hostile input (thousands of nested quotes or lists).
  public static let maximumDepth = 64

  /// Parses `markdown`. `lineOffset` is the number of lines that preceded it in the original
  /// file (the front matter), added to every source position.
  public static func parse(_ markdown: String, lineOffset: Int = 0) -> MarkdownDocument {
    var source = markdown
    let root: MarkdownNode = source.withUTF8 { buffer -> MarkdownNode in
      guard let base = buffer.baseAddress,
        let doc = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
          cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
        })
      else { return MarkdownNode(kind: .document) }
      defer { cmark_node_free(doc) }
      return convert(doc, lineOffset: lineOffset)
    }
    return MarkdownDocument(
      source: markdown, lineOffset: lineOffset, root: HardBreakPositions.mended(root, source: markdown, lineOffset: lineOffset))
  }

  private struct Frame {
    var node: MarkdownNode
    /// Set while inside a node deeper than `maximumDepth`: children are folded into its text.
    var flattened: Bool
  }

  private static func convert(_ doc: OpaquePointer, lineOffset: Int) -> MarkdownNode {
    guard let iter = cmark_iter_new(doc) else { return MarkdownNode(kind: .document) }
    defer { cmark_iter_free(iter) }
    var stack: [Frame] = []
    var flattenDepth = 0
    var result = MarkdownNode(kind: .document)
    while true {
      let event = cmark_iter_next(iter)
      if event == CMARK_EVENT_DONE { break }
      guard let cnode = cmark_iter_get_node(iter) else { continue }
      let leaf = isLeaf(cnode)
      if event == CMARK_EVENT_ENTER {
        if flattenDepth > 0 || stack.count >= maximumDepth {
          // Fold the whole subtree into the text of the node at the depth limit.
          if flattenDepth == 0 {
            var folded = makeNode(cnode, lineOffset: lineOffset, kind: .paragraph)
            // A leaf at the limit (the text itself) keeps its words.
            if leaf, let text = literal(cnode) { folded.children = [MarkdownNode(kind: .text, literal: text, range: folded.range)] }
            stack.append(Frame(node: folded, flattened: true))
          } else if let text = literal(cnode) {
            stack[stack.count - 1].node.literal += text
          } else if kind(of: cnode) == .softBreak || kind(of: cnode) == .lineBreak || !leaf {
            // Line breaks, and the blocks inside (items, paragraphs), are set apart by a space.
            if let last = stack[stack.count - 1].node.literal.last, last != " " { stack[stack.count - 1].node.literal += " " }
          }
          if !leaf { flattenDepth += 1 }
          if leaf && flattenDepth == 0 { closeTop(&stack, into: &result) }
          continue
        }
        let node = makeNode(cnode, lineOffset: lineOffset, kind: kind(of: cnode))
        if leaf {
          appendChild(node, to: &stack, result: &result)
        } else {
          stack.append(Frame(node: node, flattened: false))
        }
      } else if event == CMARK_EVENT_EXIT {
        if flattenDepth > 0 {
          flattenDepth -= 1
          if flattenDepth == 0 {
            // The folded node keeps its text as one text child.
            var frame = stack.removeLast()
            let text = frame.node.literal
            frame.node.literal = ""
            frame.node.children = [MarkdownNode(kind: .text, literal: text, range: frame.node.range)]
            // A list holds items: the folded paragraph goes into one, so its words are read.
            if let parent = stack.last, parent.node.isList {
              var item = MarkdownNode(kind: .item, range: frame.node.range)
              item.children = [frame.node]
              appendChild(item, to: &stack, result: &result)
            } else {
              appendChild(frame.node, to: &stack, result: &result)
            }
          }
          continue
        }
        closeTop(&stack, into: &result)
      }
    }
    return result
  }

  private static func closeTop(_ stack: inout [Frame], into result: inout MarkdownNode) {
    guard let frame = stack.popLast() else { return }
    appendChild(frame.node, to: &stack, result: &result)
  }

  private static func appendChild(_ node: MarkdownNode, to stack: inout [Frame], result: inout MarkdownNode) {
    if stack.isEmpty {
      result = node
    } else {
      stack[stack.count - 1].node.children.append(node)
    }
  }

  private static func isLeaf(_ node: OpaquePointer) -> Bool {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_TEXT, CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE,
      CMARK_NODE_HTML_INLINE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK:
      return true
    default:
      return false
    }
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }

  private static func literal(_ node: OpaquePointer) -> String? {
    guard let pointer = cmark_node_get_literal(node) else { return nil }
    return String(cString: pointer)
  }

  static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST:
      return .list(
        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
        start: Int(cmark_node_get_list_start(node)),
        tight: cmark_node_get_list_tight(node) != 0)
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)))
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock
    case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code
    case CMARK_NODE_HTML_INLINE: return .htmlInline
    case CMARK_NODE_CUSTOM_INLINE: return .customInline
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK:
      return .link(destination: string(cmark_node_get_url(node)))
    case CMARK_NODE_IMAGE:
      return .image(destination: string(cmark_node_get_url(node)))
    default: return .customInline
    }
  }

  private static func makeNode(_ node: OpaquePointer, lineOffset: Int, kind: MarkdownNode.Kind) -> MarkdownNode {
    let startLine = Int(cmark_node_get_start_line(node))
    var range: SourceRange? = nil
    if startLine > 0 {
      range = SourceRange(
        start: SourceLocation(line: startLine + lineOffset, column: Int(cmark_node_get_start_column(node))),
        end: SourceLocation(
          line: Int(cmark_node_get_end_line(node)) + lineOffset, column: Int(cmark_node_get_end_column(node))))
    }
    return MarkdownNode(kind: kind, literal: literal(node) ?? "", range: range)
  }
}

extension MarkdownParser {
  /// The text an HTML entity reference stands for (`"eacute"` for `&eacute;`), as cmark reads it
  /// in the notes; `nil` for a name that HTML does not know.
  public static func entity(named name: String) -> String? {
    guard !name.isEmpty, name.count <= 32, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
      return nil
    }
    let reference = "&\(name);"
    let text = parse(reference).root.plainText
    return text == reference || text.isEmpty ? nil : text
  }
}
