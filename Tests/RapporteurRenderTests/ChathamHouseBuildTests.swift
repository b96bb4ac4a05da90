import Foundation
import Testing
import TestSupport

/// Under the Chatham House Rule no output of a build names a speaker: not the report (items,
/// tracker, the notes themselves), not the summaries, not the extracted data.
@Suite struct ChathamHouseBuildTests {
  static let note = """
    ---
    id: closed
    title: Closed-door consultation
    kind: workshop
    date: "2017-09-21"
    time: "10:00-11:00"
    chair: Ms. Amina Diallo
    chatham-house: true
    speakers:
      - Amina Diallo (Chair)
      - name: Dr. Miriam Okonkwo-Hale
        role: Deputy minister
        sector: government
      - name: Tomasz Brightwater
        role: NGO director
        sector: civil-society
      - name: Sean O'Brien
        role: Imam
      - Li Wen, a bilateral donor agency
    ---
    ## Purpose

    Ms Okonkwo-Hale opened; Tomasz Brightwater and Li Wen responded.

    ## Discussion

    DR. MIRIAM OKONKWO-HALE stressed that women's organisations need a formal seat in drafting.
    Brightwater's network agreed that funding for youth groups is scarce. li wen agreed on funding.

    ## Recommendations

    - Donors should fund women's organisations, as Tomasz Brightwater urged.

    ## Action items

    - Tomasz Brightwater to circulate the draft within two weeks.
    - [ ] @Brightwater to share the mapping by 31 October 2017.
    """

  @Test func noOutputNamesASpeaker() throws {
    let input = try TemporaryFolder()
    defer { input.cleanUp() }
    try input.write("event.yml", "name: Forum\ndates: [\"2017-09-21\"]\n")
    try input.write("sessions/closed.md", Self.note)
    let output = try buildReport(input: input.path)
    defer { output.cleanUp() }
    let files = output.allFiles()
    #expect(files.contains("index.html") && files.contains("extract.json") && files.contains("summaries/closed.md"))
    for file in files {
      let text = try #require(output.read(file)).lowercased()
      for name in ["miriam", "okonkwo", "tomasz", "brightwater", "li wen"] {
        #expect(!text.contains(name), "\(name) appears in \(file)")
      }
    }
    // The chair may be named, and is not turned into "a participant".
    let summary = try #require(output.read("summaries/closed.md"))
    #expect(summary.contains("Amina Diallo"))
    #expect(!summary.contains("a participant Diallo"))
    // What was said stays, attributed to roles.
    let html = try #require(output.read("index.html"))
    #expect(html.contains("deputy minister stressed that women"))
    // Actions owned by a speaker keep their owner, as the speaker's role.
    let csv = try #require(output.read("extract.csv"))
    #expect(csv.contains("An NGO director to circulate the draft within two weeks.,An NGO director,"))
    #expect(csv.contains(",An NGO director,2017-10-31,"))
  }
}
