import Testing
import WorkbenchUI

/// Rough edge 5: text cut to fit a pane ends with "…"; text that fits does not.
@Suite struct EllipsisTests {
  @Test func cutTextEndsWithAnEllipsis() {
    var s = Fixtures.session(width: 80, height: 24)
    s.press("3 i")
    s.type("M54.41")
    s.press("<Enter>")
    let row = s.line(containing: "M54.41") ?? ""
    #expect(row.contains("Lumbago with sciatica, righ…┃"))
  }

  @Test func textThatFitsHasNone() {
    let s = Fixtures.session()
    #expect(s.line(containing: "M54.9    Dorsalgia, unspecified")?.contains("…") == false)
  }

  @Test func aLongStatusMessageIsCutWithAnEllipsis() {
    var s = Fixtures.session(width: 60, height: 24)
    s.send(.commandLine("M99.99"))
    let status = s.render().lines().last ?? ""
    #expect(status.contains("M99.99 is not an ICD-10-CM code in FY2026-Ap") || status.contains("…"))
    #expect(status.contains("…"))
  }
}
