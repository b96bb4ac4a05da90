import CommonMark
import Testing
import TestSupport

@Suite struct ParserTests {
  @Test func blocksCarryRangesShiftedByTheFrontMatter() {
    let document = MarkdownParser.parse("## Purpose\n\nTo share practice.\n", lineOffset: 5)
    let heading = document.root.children[0]
    #expect(heading.kind == .heading(level: 2))
    #expect(heading.range == SourceRange(start: .init(line: 6, column: 1), end: .init(line: 6, column: 10)))
    let paragraph = document.root.children[1]
    #expect(paragraph.range?.start == SourceLocation(line: 8, column: 1))
    #expect(paragraph.plainText == "To share practice.")
  }

  @Test func columnsCountUTF8BytesAfterNonASCIIText() {
    let document = MarkdownParser.parse("- Café — *über* 🇺🇳 [link](https://example.org)\n")
    let paragraph = document.root.children[0].children[0].children[0]
    let emphasis = paragraph.children.first { $0.kind == .emphasis }
    // "Café — " is 10 bytes, so the emphasis opens at byte column 3 + 10.
    #expect(emphasis?.range?.start == SourceLocation(line: 1, column: 13))
    let link = paragraph.children.first {
      if case .link = $0.kind { return true }
      return false
    }
    #expect(link?.kind == .link(destination: "https://example.org"))
  }

  @Test func crlfLineEndingsKeepLineNumbers() {
    let document = MarkdownParser.parse("# A\r\n\r\nSecond\r\nline\r\n", lineOffset: 0)
    #expect(document.root.children[1].range?.start.line == 3)
    #expect(document.root.children[1].range?.end.line == 4)
  }

  /// After a backslash hard break every inline node stands at its own line and column, as it
  /// does after a break of two spaces, with LF or CRLF line ends.
  @Test(arguments: ["\n", "\r\n"])
  func backslashHardBreaksKeepPositions(newline: String) {
    let markdown = ["Intro", "", "Some talk here.\\", "UNDP should act. Then `monitoring", "framework` and\\", "more *x*", "last UNDP."]
      .joined(separator: newline)
    let document = MarkdownParser.parse(markdown, lineOffset: 10)
    let starts = document.root.children[1].children.compactMap(\.range?.start).map(\.description)
    // A code span starts after its backtick, as cmark counts it.
    #expect(starts == ["13:1", "14:1", "14:24", "15:11", "16:1", "16:6", "17:1"])
    let lines = document.root.children[1].children.filter { $0.kind == .text || $0.kind == .code }.compactMap(\.range?.end.line)
    #expect(lines == [13, 14, 15, 15, 16, 17])
    // A code span over two lines, then a soft break.
    let spanned = MarkdownParser.parse(["We discussed the `monitoring", "framework` in detail.", "Donors should fund."].joined(separator: newline))
    #expect(spanned.root.children[0].children.compactMap(\.range?.start).map(\.description) == ["1:1", "1:19", "2:11", "3:1"])
  }

  @Test func listsItemsAndCodeAreKept() {
    let document = MarkdownParser.parse("3. one\n4. two\n\n```yaml\nkey: value\n```\n")
    let list = document.root.children[0]
    #expect(list.kind == .list(ordered: true, start: 3, tight: true))
    #expect(list.children.count == 2)
    #expect(list.children.allSatisfy { $0.kind == .item })
    #expect(document.root.children[1].kind == .codeBlock(info: "yaml"))
    #expect(document.root.children[1].literal == "key: value\n")
  }

  @Test func deepNestingIsFoldedNotFatal() {
    let quotes = String(repeating: ">", count: 20_000) + " deep text\n"
    let document = MarkdownParser.parse(quotes)
    var depth = 0
    var node = document.root
    while let child = node.children.first {
      depth += 1
      node = child
    }
    #expect(depth <= MarkdownParser.maximumDepth + 2)
    #expect(document.root.plainText.contains("deep text"))
    let lists = (0..<3_000).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n")
    let listDocument = MarkdownParser.parse(lists)
    #expect(listDocument.root.plainText.contains("item 2999"))
  }

  /// Below the depth limit a list's items are folded into one item, every word kept and set
  /// apart: none is lost, none runs into the next.
  @Test func foldedListsKeepEveryItemsWords() {
    let lists = (0..<40).map { String(repeating: "  ", count: $0) + "- L\($0)" }.joined(separator: "\n")
    var words: [String] = []
    func collect(_ node: MarkdownNode) {
      if node.kind == .text { words += node.literal.split(separator: " ").map(String.init) }
      node.children.forEach(collect)
    }
    collect(MarkdownParser.parse(lists).root)
    #expect(words == (0..<40).map { "L\($0)" })
    // What a list holds is items only.
    func listsHoldItems(_ node: MarkdownNode) -> Bool {
      (!node.isList || node.children.allSatisfy { $0.kind == .item }) && node.children.allSatisfy(listsHoldItems)
    }
    #expect(listsHoldItems(MarkdownParser.parse(lists).root))
  }

  @Test func walkerDescendsByDefault() {
    struct LinkCollector: MarkdownWalker {
      var links: [String] = []
      mutating func visit(_ node: MarkdownNode) -> Bool {
        if case let .link(destination) = node.kind { links.append(destination) }
        return true
      }
    }
    var collector = LinkCollector()
    collector.walk(MarkdownParser.parse("> - see [a](x) and *[b](y)*\n").root)
    #expect(collector.links == ["x", "y"])
  }
}

@Suite struct RendererTests {
  @Test func rawHTMLAndDangerousLinksNeverReachTheOutput() {
    let html = MarkdownHTMLRenderer.render(
      """
      <script>alert(1)</script>

      Text <img src=x onerror="alert(1)"> [click](javascript:alert(1)) [c2](JAVASCRIPT:alert(2))
      [c3](vbscript:x) ![i](javascript:alert(3)) <a href="javascript:x">raw</a> {{mustache}}
      """)
    #expect(!html.lowercased().contains("<script"))
    for tag in htmlTags(in: html) {
      #expect(!tag.lowercased().contains("onerror"), "handler in \(tag)")
      #expect(!tag.lowercased().contains("javascript:"), "javascript: URL in \(tag)")
      #expect(!tag.lowercased().contains("vbscript:"), "vbscript: URL in \(tag)")
    }
    #expect(html.contains("{{mustache}}"))
    // Raw HTML is kept as visible text, so nothing typed in the notes is lost.
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;b&gt;") == false)
  }

  @Test func onlyWebMailAndRelativeLinksKeepTheirTargets() {
    let html = MarkdownHTMLRenderer.render(
      "[a](livescript:x) [b](jar:x) [c](blob:x) [d](ms-its:x) [e](https://example.org) [f](mailto:a@b.org) [g](#top) [h](notes/a.md) [i](tel:+41) [j](a/b:c)\n")
    #expect(html == "<p>a b c d <a href=\"https://example.org\">e</a> <a href=\"mailto:a@b.org\">f</a> <a href=\"#top\">g</a> <a href=\"notes/a.md\">h</a> <a href=\"tel:+41\">i</a> <a href=\"a/b:c\">j</a></p>\n")
  }

  @Test func htmlCommentsAreDropped() {
    let html = MarkdownHTMLRenderer.render("<!-- rapporteur-disable todo-marker -->\n\nText <!-- note --> here\n")
    #expect(html == "<p>Text  here</p>\n")
  }

  @Test func headingsShiftUnderThePageHeadings() {
    #expect(MarkdownHTMLRenderer.render("## Purpose\n", headingShift: 1) == "<h3>Purpose</h3>\n")
    #expect(MarkdownHTMLRenderer.render("###### Deep\n", headingShift: 2) == "<h6>Deep</h6>\n")
    // Lowered so that the highest heading stands at level 4, whatever level the note starts at.
    #expect(MarkdownHTMLRenderer.render("## Purpose\n\n### Aim\n", headingsFrom: 4) == "<h4>Purpose</h4>\n<h5>Aim</h5>\n")
    #expect(MarkdownHTMLRenderer.render("# Purpose\n\n## Aim\n", headingsFrom: 4) == "<h4>Purpose</h4>\n<h5>Aim</h5>\n")
    #expect(MarkdownHTMLRenderer.render("##### Deep\n", headingsFrom: 4) == "<h5>Deep</h5>\n")
    #expect(MarkdownHTMLRenderer.render("Text.\n", headingsFrom: 4) == "<p>Text.</p>\n")
  }

  @Test func rendersOneNodeOfADocument() {
    let document = MarkdownParser.parse("# Title\n\n- first *item*\n- second\n", lineOffset: 4)
    let secondItem = document.root.children[1].children[1]
    #expect(MarkdownHTMLRenderer.render(secondItem, in: document) == "<li>second</li>\n")
    let list = document.root.children[1]
    #expect(MarkdownHTMLRenderer.render(list, in: document).hasPrefix("<ul>\n<li>first <em>item</em></li>"))
  }
}
