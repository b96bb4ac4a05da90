import RapporteurCore
import Testing

@Suite struct WebAddressesTests {
  func addresses(_ text: String, links: Bool = false) -> [String] {
    WebAddresses.ranges(in: text, linkDestinations: links).map { String(text[$0]) }
  }

  @Test func addressesRunFromTheirWordsStartToABlankOrClosingMark() {
    #expect(addresses("See https://example.org/GSX/DRAFT.pdf, then WWW.Example.org today.") == [
      "https://example.org/GSX/DRAFT.pdf,", "WWW.Example.org",
    ])
    #expect(addresses("Write to info@ABC.org or <mailto:x@y.org>; (https://a.org/b) ok.") == [
      "info@ABC.org", "mailto:x@y.org", "https://a.org/b",
    ])
    #expect(addresses("Ask @oneill or a@b before Café é://x.") == ["é://x."])
  }

  @Test func linkDestinationsOnlyWhenAsked() {
    let text = "See [Karimi's paper](karimi/paper.pdf) and [site](https://k.org/karimi)."
    #expect(addresses(text) == ["https://k.org/karimi"])
    #expect(addresses(text, links: true) == ["karimi/paper.pdf", "https://k.org/karimi"])
  }

  @Test func textWithoutMarkersHasNone() {
    #expect(addresses("Plain words: none here, nor there.").isEmpty)
    #expect(WebAddresses.byteRanges(in: []).isEmpty)
  }
}
