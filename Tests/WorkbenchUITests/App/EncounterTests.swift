import Testing
import WorkbenchUI

@Suite struct EncounterTests {
  /// M54.50 added from the tree, M54.41 typed into the encounter.
  private func conflict() -> WorkbenchSession {
    var s = Fixtures.session()
    s.press("j j j j j j l l a 3")
    s.type("M54.41")
    s.press("<Enter>")
    return s
  }

  @Test func typingACodeAddsItAndTheExcludes1FindingAppears() {
    var s = conflict()
    #expect(s.state.encounter.draft.codes == ["M54.50", "M54.41"])
    var screen = s.screen
    #expect(screen.contains("1. M54.50   Low back pain, unspecified"))
    #expect(screen.contains("2. M54.41   Lumbago with sciatica, right side"))
    #expect(screen.contains("✖ ERROR excludes1 M54.50 and M54.41"))
    #expect(screen.contains("lumbago with sciatica"))
    // Selecting the finding explains it in the detail pane.
    s.press("<Down>")
    screen = s.screen
    #expect(screen.contains("Detail: finding"))
    #expect(screen.contains("Note on M54.5 (subcategory)"))
    #expect(screen.contains("Inherited: 13 › M40-M54 › M50-M54 › M54 › [M54.5] › M54.50"))
  }

  @Test func markingThePairUnrelatedDowngradesItToInfo() {
    var s = conflict()
    s.press("<Down> u")
    #expect(s.render().lines().last?.hasPrefix("Reason M54.50 and M54.41 are unrelated: ▏") == true)
    s.type("separate episodes")
    s.press("<Enter>")
    let screen = s.screen
    #expect(screen.contains("ℹ INFO excludes1 M54.50 and M54.41"))
    #expect(screen.contains("unrelated: separate episodes"))
    #expect(s.state.encounter.report.count(.error) == 0)
    #expect(s.render().lines().last?.hasSuffix("✖0 ▲0 ℹ1 ") == true)
    // u again removes the mark.
    s.press("u")
    #expect(s.state.encounter.report.count(.error) == 1)
  }

  @Test func anEmptyReasonIsRefused() {
    var s = conflict()
    s.press("<Down> u <Enter>")
    #expect(s.state.message == StatusMessage("A reason is required to mark a pair unrelated.", isError: true))
    #expect(s.state.encounter.report.count(.error) == 1)
  }

  @Test func codesAreReorderedAndRemoved() {
    var s = Fixtures.session()
    s.send(.commandLine("add M54.50 G89.29 m5441"))
    s.press("3 <Up> <Up> <Up>")
    #expect(s.state.encounter.cursor == .code(0))
    s.press("J")
    #expect(s.state.encounter.draft.codes == ["G89.29", "M54.50", "M54.41"])
    s.press("J K K")
    #expect(s.state.encounter.draft.codes == ["M54.50", "G89.29", "M54.41"])
    s.press("d")
    #expect(s.state.encounter.draft.codes == ["G89.29", "M54.41"])
    #expect(s.screen.contains("1. G89.29"))
  }

  @Test func typedWordsAddTheFirstCompletion() {
    var s = Fixtures.session()
    s.press("3")
    s.type("lumbago")
    #expect(s.screen.contains("↳ M54.50  Low back pain, unspecified"))
    s.press("<Enter>")
    #expect(s.state.encounter.draft.codes == ["M54.50"])
  }

  @Test func anInvalidCodeIsReportedWithSuggestions() {
    var s = Fixtures.session()
    s.press("3")
    s.type("M54.5O")
    s.press("<Enter>")
    #expect(s.state.encounter.report.findings.first?.kind == .invalidCode)
    #expect(s.screen.contains("✖ ERROR invalid-code M54.5O"))
    #expect(s.screen.contains("M54.5O   not a code of FY2026-April"))
  }

  @Test func theDateOfServiceSelectsTheRelease() {
    var s = Fixtures.session()
    s.send(.commandLine("add M54.50"))
    s.send(.commandLine("date 2021-06-01"))
    #expect(s.state.catalog.releaseName == "FY2021")
    #expect(s.screen.contains("release FY2021 │ date of service 2021-06-01"))
    #expect(s.state.encounter.report.findings.first?.kind == .notInRelease)
    s.send(.commandLine("release FY2026"))
    #expect(s.state.catalog.releaseName == "FY2026-April")
    #expect(s.screen.contains("release FY2026-April (pinned)"))
    s.send(.commandLine("release nope"))
    #expect(s.state.message?.isError == true)
    s.send(.commandLine("date 2021-02-30"))
    #expect(s.state.message == StatusMessage("usage: :date YYYY-MM-DD (a real date)", isError: true))
  }
}
