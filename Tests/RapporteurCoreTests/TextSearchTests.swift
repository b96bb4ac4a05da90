import Foundation
import Testing
import TestSupport
@testable import RapporteurCore

/// The byte search behind `range(of:)` and `contains(_:)` must give Foundation's answers.
@Suite struct TextSearchTests {
  static let texts: [String] = [
    "The Ministry should publish the plan: by 30 June.",
    "Ministry \u{2013} publish \u{2014} the plan \u{2192} done",
    "café e\u{0301}tude: next \u{2013}\u{0301} steps",  // a combining accent after a dash and after "e"
    "line one\r\nline two\r\n",
    "👍🏽 emoji: 🇫🇷 flags \u{200D} and joiners",
    "\u{FEFF}BOM then: text",
    "a\u{0301}: accent before the colon, a: plain",
    "",
  ]
  static let needles: [String] = [
    ":", "the plan", " \u{2013} ", " \u{2014} ", "\u{2192}", "e", "a:", "\n", "\r\n", "\nline",
    "next", "flags", "\u{2013}", "missing", " ",
  ]

  @Test func findsWhatFoundationFinds() {
    for text in Self.texts {
      for needle in Self.needles {
        let foundation = text.range(of: needle, options: [])
        #expect(text.range(of: needle) == foundation, "\(needle.debugDescription) in \(text.debugDescription)")
        #expect(text.contains(needle) == (foundation != nil))
        let sub = text.dropFirst(2)
        #expect(sub.range(of: needle) == sub.range(of: needle, options: []), "\(needle.debugDescription) in \(sub.debugDescription)")
      }
    }
  }

  @Test func searchesPunctuationByBytesButNotLetters() {
    #expect(TextBytes.searchableByBytes(" \u{2013} "))
    #expect(TextBytes.searchableByBytes("? \u{2192} "))
    #expect(!TextBytes.searchableByBytes("é"))
    #expect(!TextBytes.searchableByBytes("\u{2000}"))  // canonically U+2002
  }
}

/// The due-date pattern, tried only where a match can open, must find what it finds when tried
/// everywhere: on every paragraph of every labelled note and on each note whole, and on texts made to
/// open at odd places or to run long.
@Suite struct DueDatePatternPlacesTests {
  static let texts: [String] = [
    "Circulate the draft by 31 October 2017.", "WITHIN TWO WEEKS", "a más tardar el 15 de abril", "a\tmás tardar el 3",
    "الموعد: 2017-10-31", "d\u{2019}ici le 15 avril", "D+30 then J+7", "Échéance : 15/04", "ÉCHÉANCE: 15/04", "b4 Fri, b/f the 15th",
    "within the month", "Sinbye before Friday", "nowithin two weeks", "by by by 3 May", "", "b", "by",
    "\u{212A}W 45 by wk 45", "ſrok: 3.4.", "İn two weeks", "deadline:\u{00A0}30 June", "w/c 16 Oct and w/in 2 weeks",
    "xa más tardar el 3", "a  más tardar el 3", "A\nMÁS TARDAR EL 3 de mayo", "inby 3 May", "_by 3 May", "3by 4 May", "éby 3 May",
  ]

  /// Long texts, where the pattern is asked of a window around each place: a date beyond a long
  /// blank run, a look-ahead beyond one, a window that would close inside an emoji, many leads.
  static let longTexts: [String] = [
    "by" + String(repeating: " ", count: 600) + "3 May and 12.3" + String(repeating: " ", count: 400) + "% by 4 May",
    String(repeating: "@Dmitri Havel ", count: 300) + "· Circulate draft · \u{1F4C5} Mar 16 before 12/5",
    String(repeating: "会议决定 by ", count: 200) + "by 3 May",
    String(repeating: "x", count: 240) + "by" + String(repeating: "\u{1F4C5}", count: 300) + " 16 Mar by 17.3" + String(repeating: "\u{3000}", count: 300) + " per",
    (0..<400).map { "item \($0) due by \($0 % 28 + 1) May" }.joined(separator: "; "),
  ]

  static func paragraphs() throws -> [String] {
    let root = repositoryPath("Tests/RapporteurCoreTests")
    var found: [String] = []
    for folder in try FileManager.default.contentsOfDirectory(atPath: root).sorted()
    where folder.hasPrefix("HeldOut") || folder == "Corpus" {
      for name in try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).sorted() where name.hasSuffix(".md") {
        let text = try String(contentsOfFile: root + "/" + folder + "/" + name, encoding: .utf8)
        found += text.components(separatedBy: "\n\n") + [text]
      }
    }
    return found
  }

  @Test func findsWhatThePatternFindsEverywhere() throws {
    let paragraphs = try Self.paragraphs()
    #expect(paragraphs.count > 5_000)
    var compared = 0
    for text in Self.texts + Self.longTexts + paragraphs {
      let range = NSRange(text.startIndex..<text.endIndex, in: text)
      func ranges(_ match: NSTextCheckingResult) -> [NSRange] { (0..<match.numberOfRanges).map(match.range(at:)) }
      let everywhere = DueDateResolver.pattern.matches(in: text, range: range).map(ranges)
      let placed = DueDateResolver.patternMatches(in: text, range: range).map(ranges)
      #expect(placed == everywhere, "\(text.debugDescription)")
      compared += everywhere.count
    }
    #expect(compared > 1_000)
  }
}
