import Foundation
import CommonMark

/// One note as the rules see it: its text and lines, the session when it loaded (or why not), the
/// event's configuration and the items extraction finds, computed once for all rules.
public final class LintFile: Sendable {
  public let path: String
  public let text: String
  public let lines: [Substring]
  public let load: Result<Session, RapporteurError>
  public let event: Event
  public let rules: TaggingRules
  private let extractBox: Lazy<SessionExtract>
  private let layoutBox = Lazy<NoteLayout>()
  private let directivesBox = Lazy<DisableDirectives>()

  /// `extract`, when the caller already has the note's items (as a build does), saves extracting again.
  public init(
    path: String, text: String, load: Result<Session, RapporteurError>, event: Event, rules: TaggingRules,
    extract: SessionExtract? = nil
  ) {
    self.path = path
    self.text = text
    self.lines = Self.lines(of: text)
    self.load = load
    self.event = event
    self.rules = rules
    extractBox = Lazy(extract)
  }

  public var session: Session? { try? load.get() }

  /// The recommendations and action items of the note (extracted on first use).
  public var extract: SessionExtract? {
    guard let session else { return nil }
    return extractBox.value { Extractor(rules: rules).extract(session) }
  }

  /// The note's Markdown after its front matter, also when the front matter did not load: the
  /// rules that read only the Markdown (links, tables, acronyms) check it all the same.
  public var document: MarkdownDocument? { session?.document ?? layout.document }

  /// Where the front matter and the code of the note stand (worked out on first use; for a note
  /// that did not load, its Markdown is parsed for it).
  public var layout: NoteLayout {
    layoutBox.value { NoteLayout(text: text, lines: lines, document: session?.document) }
  }

  /// The note's disable comments (read on first use), which the linter and `directive-invalid`
  /// both ask for.
  var directives: DisableDirectives {
    directivesBox.value { DisableDirectives(file: self) }
  }

  /// The lines of `text`, split at `\n` characters. Without `\r` every line feed byte is a
  /// character of its own, so the bytes are split directly.
  static func lines(of text: String) -> [Substring] {
    guard !text.utf8.contains(UInt8(ascii: "\r")) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
    return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
  }

  /// The text of a 1-based line ("" outside the file).
  public func line(_ number: Int) -> Substring {
    number >= 1 && number <= lines.count ? lines[number - 1] : ""
  }

  /// The byte column of the `character`-th code point of a line, for positions given in
  /// characters (a byte-order mark opening the file is not counted, as editors do not show it).
  public func byteColumn(ofCharacter character: Int, on number: Int) -> Int {
    var scalars = line(number).unicodeScalars[...]
    var bytes = 0
    if number == 1, scalars.first == "\u{FEFF}" {
      bytes += 3
      scalars = scalars.dropFirst()
    }
    for scalar in scalars.prefix(max(0, character - 1)) { bytes += UTF8.width(scalar) }
    return bytes + 1
  }

  /// The byte column where the value of front-matter `key` starts on its line.
  public func valueColumn(line number: Int, key: String) -> Int {
    let text = line(number)
    guard let colon = text.firstIndex(of: ":"), text[..<colon].trimmingBlanks == key else {
      let indent = text.prefix { $0 == " " || $0 == "-" }.utf8.count
      return indent + 1
    }
    var index = text.index(after: colon)
    while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
    return text[..<index].utf8.count + 1
  }
}

/// Computes a value once, safely from several threads.
final class Lazy<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var cached: Value?

  init(_ value: Value? = nil) {
    cached = value
  }

  func value(_ make: () -> Value) -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let cached { return cached }
    let made = make()
    cached = made
    return made
  }
}

extension Substring {
  var trimmingBlanks: String { String(self).trimmingBlanks }
}
