import Testing
import WorkbenchUI

/// Rough edge 13: adding, removing, reordering codes and unrelated marks can be undone (U) and
/// redone (Ctrl-R).
@Suite struct EncounterUndoTests {
  @Test func everyKindOfChangeIsUndoneAndRedone() {
    var s = Fixtures.session()
    s.press("3 i")
    s.type("M54.50")
    s.press("<Enter>")
    s.type("M54.41")
    s.press("<Enter>")
    s.type("G89.29")
    s.press("<Enter> <Esc>")
    #expect(s.state.encounter.draft.codes == ["M54.50", "M54.41", "G89.29"])
    // Reorder: G89.29 up; remove M54.50; mark the pair unrelated.
    s.press("k K")
    #expect(s.state.encounter.draft.codes == ["M54.50", "G89.29", "M54.41"])
    s.press("U")
    #expect(s.state.encounter.draft.codes == ["M54.50", "M54.41", "G89.29"])
    #expect(s.state.message?.text == "Undid: move G89.29 up.")
    s.press("<C-r>")
    #expect(s.state.encounter.draft.codes == ["M54.50", "G89.29", "M54.41"])
    s.press("U U")
    #expect(s.state.encounter.draft.codes == ["M54.50", "M54.41"])
    s.press("<C-r>")
    #expect(s.state.encounter.draft.codes == ["M54.50", "M54.41", "G89.29"])
  }

  @Test func unrelatedMarksAndRemovalsAreUndone() {
    var s = Fixtures.session()
    s.send(.commandLine("add M54.50 M54.41"))
    s.press("3")
    s.press("<Down> u")
    s.type("separate episodes")
    s.press("<Enter>")
    #expect(s.state.encounter.draft.unrelated.count == 1)
    s.press("U")
    #expect(s.state.encounter.draft.unrelated.isEmpty)
    #expect(s.state.encounter.report.findings.first?.severity == .error)
    s.press("<C-r>")
    #expect(s.state.encounter.draft.unrelated.count == 1)
    s.press("g d")
    #expect(s.state.encounter.draft.codes == ["M54.41"])
    s.press("U")
    #expect(s.state.encounter.draft.codes == ["M54.50", "M54.41"])
    s.press("U U U U")
    #expect(s.state.encounter.draft.codes.isEmpty)
    #expect(s.state.message?.text == "Nothing to undo.")
  }

  @Test func undoIsListedInHelp() {
    var s = Fixtures.session()
    s.press("3 ?")
    #expect(s.screen.contains("Undo the last change to the codes or unrelated marks"))
  }
}
