import Testing
import WorkbenchUI

/// The Alphabetic Index pane: type a term, browse, follow "see", open and add codes.
@Suite struct IndexPaneTests {
  @Test func aTermTypedShowsTheIndexAsPrinted() {
    var s = Fixtures.session()
    s.press("I")
    s.type("lumbago")
    let screen = s.screen
    #expect(s.state.focus == .index)
    #expect(screen.contains("Alphabetic Index"))
    #expect(screen.contains("Term: lumbago▏"))
    #expect(screen.contains("▾ Lumbago, lumbalgia M54.50"))
    #expect(screen.contains("  ▸ with sciatica M54.4-  needs more characters"))
    #expect(screen.contains("▾ Sciatica (infective) M54.3-"))
    // The widest pane shows the codes a dash asks for.
    s.press("<Esc> z")
    #expect(s.screen.contains("with sciatica M54.4-  needs more characters: M54.40, M54.41, M54.42"))
  }

  @Test func enterOpensTheCodeInTheTreeAndDetail() {
    var s = Fixtures.session()
    s.send(.commandLine("index pain low back"))
    #expect(s.state.index.typing == false)
    // Rows: "Pain(s)" (only the subterm that matched shown), then "low back" (M54.50).
    #expect(s.screen.contains("▾ Pain(s) (see also Painful) R52  +121 more"))
    s.press("j <Enter>")
    #expect(s.state.focus == .tree)
    #expect(s.selectedTreeCode == "M54.50")
    #expect(s.screen.contains("M54.50  Low back pain, unspecified"))
  }

  @Test func aAddsTheCodeAndSeeIsFollowedAndBack() {
    var s = Fixtures.session()
    s.send(.commandLine("index abdominalgia"))
    #expect(s.screen.contains("  Abdominalgia — see Pain, abdominal"))
    s.press("<Enter>")
    #expect(s.state.index.query == "Pain, abdominal")
    #expect(s.screen.contains("  ▾ abdominal R10.9"))
    #expect(s.screen.contains("Backspace goes back"))
    s.press("a")
    #expect(s.state.encounter.draft.codes == ["R10.9"])
    s.press("<BS>")
    #expect(s.state.index.query == "abdominalgia")
    #expect(s.screen.contains("  Abdominalgia — see Pain, abdominal"))
  }

  @Test func lettersTypeIntoTheTermOnlyWhileTyping() {
    var s = Fixtures.session()
    s.press("I")
    s.type("sciatica")
    s.press("<Esc> j")
    #expect(s.state.index.query == "sciatica")
    #expect(s.state.index.selected == 1)
    s.press("i")
    s.press("<C-w>")
    #expect(s.state.index.query == "")
  }
}
