/// Visits a tree depth-first. By default every visit descends into the children; a walker
/// overrides only the visits it needs and returns `false` to skip a subtree.
public protocol MarkdownWalker {
  /// Called for each node before its children; return `false` to skip them.
  mutating func visit(_ node: MarkdownNode) -> Bool
  /// Called after a node's children.
  mutating func leave(_ node: MarkdownNode)
}

extension MarkdownWalker {
  public mutating func leave(_ node: MarkdownNode) {}

  public mutating func walk(_ node: MarkdownNode) {
    guard visit(node) else { return }
    for child in node.children { walk(child) }
    leave(node)
  }
}

extension MarkdownNode {
  /// Visits this node and its descendants depth-first; `body` returns `false` to skip a node's
  /// children. For the common case of one walker that needs a single closure.
  public func forEachNode(_ body: (MarkdownNode) -> Bool) {
    struct ClosureWalker: MarkdownWalker {
      let body: (MarkdownNode) -> Bool
      mutating func visit(_ node: MarkdownNode) -> Bool { body(node) }
    }
    withoutActuallyEscaping(body) { body in
      var walker = ClosureWalker(body: body)
      walker.walk(self)
    }
  }
}
