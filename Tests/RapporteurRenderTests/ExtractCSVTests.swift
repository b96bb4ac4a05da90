import CommonMark
import RapporteurCore
@testable import RapporteurRender
import Testing

@Suite struct ExtractCSVTests {
  func action(_ text: String, owner: String?, line: Int) -> ExtractedItem {
    ExtractedItem(
      kind: .action, text: text, location: SourceLocation(line: line, column: 3), owner: owner, due: "2017-10-31",
      done: false, themes: ["funding", "youth"], actors: [], rule: "section:actions", evidence: [], strength: 3,
      section: .actions)
  }

  @Test func rowsFollowRFC4180AndFormulasStayText() {
    let extract = SessionExtract(
      sessionID: "side-event", file: "a.md", title: "T", recommendations: [],
      actions: [
        action("Share the \"mapping\", then report", owner: "UNDP", line: 10),
        action("=HYPERLINK(\"http://example.org\",\"open\")", owner: "@desk", line: 11),
        action("+1 more partner; -2 left", owner: "-", line: 12),
        action("Plain text", owner: nil, line: 13),
      ])
    let csv = ExtractCSVWriter.write([extract])
    let rows = csv.components(separatedBy: "\r\n")
    #expect(rows[0] == "session,kind,line,text,owner,due,done,themes,actors")
    #expect(rows[1] == "side-event,action,10,\"Share the \"\"mapping\"\", then report\",UNDP,2017-10-31,false,funding;youth,")
    #expect(rows[2] == "side-event,action,11,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"open\"\")\",'@desk,2017-10-31,false,funding;youth,")
    #expect(rows[3] == "side-event,action,12,'+1 more partner; -2 left,'-,2017-10-31,false,funding;youth,")
    #expect(rows[4] == "side-event,action,13,Plain text,,2017-10-31,false,funding;youth,")
    #expect(rows[5] == "")
    #expect(rows.count == 6)
  }
}
