import Foundation
import Testing
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
