import Testing
import WorkbenchUI

/// Rough edge 10: an explanation shows every note that decides it, the unrelated reason once, and
/// sources as a reader knows them.
@Suite struct FindingExplanationTests {
  static func occurrences(_ text: String, in screen: String) -> Int {
    screen.components(separatedBy: text).count - 1
  }

  @Test func excludes2ShowsEveryNote() {
    var s = Fixtures.session()
    s.press("3 i")
    s.type("M54.50")
    s.press("<Enter>")
    s.type("G89.29")
    s.press("<Enter>")
    s.press("<Down>")
    let screen = s.screen
    #expect(screen.contains("“lumbar region pain (M54.5-)”"))
    #expect(screen.contains("Also: Excludes2 at category G89: “spine pain (M54.-)”"))
  }

  @Test func theUnrelatedReasonIsShownOncePerPane() {
    var s = Fixtures.session()
    s.press("j j j j j j l l a 3 i")
    s.type("M54.41")
    s.press("<Enter> <Down> u")
    s.type("separate episodes")
    s.press("<Enter>")
    let finding = s.state.encounter.report.findings.first { $0.kind == .excludes1 }
    #expect(finding?.message.contains("separate episodes") == false)
    #expect(finding?.overrideReason == "separate episodes")
    // One in the encounter's finding row, one in the detail pane's explanation.
    #expect(Self.occurrences("separate episodes", in: s.screen) == 2)
  }

  @Test func sourceArticleCitationsReadAsAReaderWouldCiteThem() {
    var s = Fixtures.session()
    s.press("3 i")
    s.type("G89.29")
    s.press("<Enter>")
    s.type("M54.50")
    s.press("<Enter>")
    let details = s.state.encounter.report.findings.flatMap(\.details).joined(separator: "\n")
    #expect(details.contains("source article, 'M54.50 coding', paragraphs 104, 105"))
    #expect(!details.contains("seed"))
    #expect(!details.contains(".1\n") && !details.hasSuffix(".1"))
  }
}
