import CodingCore
import Testing
import WorkbenchUI

/// The checklist pane while browsing the tree: the selected code's items (hand-written first, then
/// those derived from the FY2026-April tabular), each naming its source; Enter opens that source.
@Suite struct BrowsedChecklistTests {
  @Test func selectedTreeCodeShowsItsItemsAndEnterOpensTheNote() throws {
    var s = Fixtures.session(width: 120, height: 40)
    s.send(.commandLine("goto M54.16"))
    #expect(s.state.checklist.browsedCode == "M54.16")
    #expect(s.screen.contains("Documentation checklist: M54.16"))
    // Hand-written items first (Official Guidelines I.A.12.a; then M54.1's Excludes1 lines), derived ones after.
    let ids = ChecklistModel.entries(s.state).map(\.id)
    #expect(ids.prefix(3) == ["EXCL1-UNRELATED", "M541-NO-DISC-OR-SPONDYLOSIS", "M541-LEVEL"])
    #expect(ChecklistModel.entries(s.state).first?.source == "hand-written, official guideline")
    let axis = try #require(ChecklistModel.entries(s.state).first { $0.id == "M5416-TAB-AXIS" })
    #expect(axis.source == "sibling axis under M54.1, official tabular")
    #expect(axis.target == "M54.1")
    let spondylosis = try #require(ChecklistModel.entries(s.state).firstIndex { $0.id == "M5416-TAB-EXCL1-4" })
    s.press("4")
    for _ in 0..<spondylosis { s.press("j") }
    #expect(s.state.checklist.selected == spondylosis)
    #expect(s.line(containing: "from Excludes1 at subcategory M54.1") != nil)
    s.press("<Enter>")
    #expect(s.state.detail.subject == .node(try #require(s.state.catalog.resolve("M54.1"))))
    #expect(s.screen.contains("Detail: M54.1 — Excludes1 at subcategory M54.1, official tabular"))
    // Answers belong to an encounter: the browsed items say so instead of changing.
    s.press("<Space>")
    #expect(s.screen.contains("Add M54.16 to the encounter to record what is documented."))
  }

  @Test func encounterItemsReplaceTheBrowsedOnes() {
    var s = Fixtures.session(width: 80, height: 24)
    s.send(.commandLine("goto M54.16"))
    s.send(.commandLine("add S39.012A"))
    #expect(s.state.checklist.browsedCode == nil)
    let ids = ChecklistModel.entries(s.state).map(\.id)
    #expect(ids.first == "EXCL1-UNRELATED")
    #expect(ids.contains("S39012A-TAB-7TH"))
    #expect(!ids.contains { $0.hasPrefix("M5416") })
    s.press("4")
    #expect(s.screen.contains("Documentation checklist"))
  }

  @Test func headerSaysItHasNoItems() {
    var s = Fixtures.session(width: 120, height: 40)
    s.send(.commandLine("goto M54.5"))
    #expect(ChecklistModel.entries(s.state).isEmpty)
    #expect(s.line(containing: "M54.5 is not billable: select a billable code") != nil)
  }
}
