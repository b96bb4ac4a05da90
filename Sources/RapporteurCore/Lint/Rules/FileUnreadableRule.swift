/// Lint: a note must be UTF-8 text. A binary file cannot be read; a note saved in another encoding
/// is read as Windows-1252 and built, and this rule says so; NUL bytes are flagged.
public struct FileUnreadableRule: LintRule {
  public let description = LintRuleDescription(
    id: "file-unreadable", name: "File unreadable",
    description: "A note must be UTF-8 text: a binary file cannot be read, other bytes are read as Windows-1252",
    defaultSeverity: .error,
    triggering: [
      LintExample(LintExample.standardFrontMatter() + "Binary↓\u{0}data\n"),
      LintExample("↓\u{0}\u{1}\u{2}"),
    ],
    // Invalid UTF-8 cannot be written in a Swift string: `LintFileTests` read such bytes.
    nonTriggering: [
      LintExample.note("## Purpose\n\nÜnïcödé, العربية and 🇺🇳 are fine.\n"),
      LintExample.note("## Purpose\n\nTabs\tand control-free text.\n"),
    ])

  public init() {}

  public func check(_ file: LintFile) -> [RawFinding] {
    if case let .failure(error) = file.load, error.kind == .invalidUTF8 || error.kind == .unreadable {
      let line = error.line ?? 1
      let column = error.column.map { file.byteColumn(ofCharacter: $0, on: line) } ?? 1
      return [RawFinding(line: line, column: column, error.message)]
    }
    if let from = file.session?.notUTF8From {
      return [
        RawFinding(
          line: from.line, column: file.byteColumn(ofCharacter: from.column, on: from.line),
          "the file is not UTF-8 from line \(from.line), column \(from.column); it was read as Windows-1252, so check its accents and quotes and save it as UTF-8"
        )
      ]
    }
    guard let nul = file.text.utf8.firstIndex(of: 0) else { return [] }
    let offset = file.text.utf8.distance(from: file.text.utf8.startIndex, to: nul)
    let before = file.text.utf8[..<nul]
    let line = before.filter { $0 == 10 }.count + 1
    let lineStart = before.lastIndex(of: 10).map { file.text.utf8.index(after: $0) } ?? file.text.utf8.startIndex
    let column = file.text.utf8.distance(from: lineStart, to: nul) + 1
    return [RawFinding(line: line, column: column, "looks like a binary file (NUL byte at offset \(offset)); notes must be text")]
  }
}
