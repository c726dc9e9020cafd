import CodingCore
import Testing
import WorkbenchUI

@Suite struct ReviewOverviewTests {
  private func reviewSession(remembered: (String?, String?) = (nil, nil)) -> (WorkbenchSession, MemoryReviewBackend) {
    var s = Fixtures.session()
    let date = Fixtures.date
    let batch = BatchFile(
      path: "batch.csv",
      encounters: [
        Encounter(id: "E1", date: date, codes: ["M54.50", "M54.41"]),
        Encounter(id: "E2", date: date, codes: ["M54.9"]),
        Encounter(id: "E3", date: date, codes: ["M54.16"]),
        Encounter(id: "E4", date: date, codes: ["M54.5"]),
      ], problems: [])
    let backend = MemoryReviewBackend(batch: batch, errorIDs: ["E1", "E4"], remembered: remembered)
    s.send(.batchLoaded(batch))
    s.openReview(backend)
    return (s, backend)
  }

  @Test func theOverviewListsEveryEncounterWithAHeaderAndProgress() {
    let (s, _) = reviewSession()
    #expect(s.state.focus == .review)
    #expect(s.screen.contains("Batch overview (all)"))
    #expect(s.screen.contains("0 of 4 decided · 2 with errors"))
    #expect(s.line(containing: "· E1 ")?.contains("✖ excludes1") == true)
    #expect(s.screen.contains("review 0/4 decided"))
    #expect(s.state.encounter.draft.id == "E1")
  }

  @Test func decisionsAreSavedAndTheViewMovesOn() {
    var (s, backend) = reviewSession()
    s.press("a")
    #expect(backend.decisions["E1"] == .accepted)
    #expect(s.state.encounter.draft.id == "E2")
    #expect(s.screen.contains("saved: accepted E1"))
    s.send(.commandLine("query is it chronic?"))
    #expect(backend.requests.last?.1 == .query(note: "is it chronic?"))
    s.send(.commandLine("correct m54.16 G89.29 -- pain clinic"))
    #expect(backend.requests.last?.1 == .correct(codes: ["m54.16", "G89.29"], note: "pain clinic"))
    #expect(s.screen.contains("✎ E3 "))
    s.send(.commandLine("dismiss 1 separate episode"))
    guard case .dismiss(let finding, let reason)? = backend.requests.last?.1 else {
      Issue.record("no dismissal recorded")
      return
    }
    #expect(finding.number == 1 && finding.kind == s.state.encounter.report.findings.first?.kind)
    #expect(reason == "separate episode")
    #expect(s.state.encounter.draft.id == "E4")
    s.send(.commandLine("undo"))
    #expect(backend.decisions["E3"] == nil)
    #expect(s.state.encounter.draft.id == "E3")
  }

  @Test func filtersGotoAndStepsFollowTheList() {
    var (s, backend) = reviewSession()
    s.send(.commandLine("filter errors"))
    #expect(s.state.review.visible == [0, 3])
    s.press("]")
    #expect(s.state.encounter.draft.id == "E4")
    s.send(.commandLine("goto E2"))
    #expect(s.state.encounter.draft.id == "E2")
    #expect(s.state.review.filter == .all)
    s.send(.commandLine("filter undecided"))
    s.press("a")
    #expect(backend.decisions["E2"] == .accepted)
    #expect(!s.state.review.visible.contains(1))
    #expect(backend.saved?.filter == "undecided")
  }

  @Test func sortingPutsErrorsFirst() {
    var (s, _) = reviewSession()
    s.send(.commandLine("sort worst"))
    #expect(s.state.review.visible == [0, 3, 1, 2])
    #expect(s.screen.contains("Batch overview (all, by worst)"))
  }

  @Test func theRememberedPositionAndFilterAreResumed() {
    let (s, _) = reviewSession(remembered: ("E4", "errors"))
    #expect(s.state.review.filter == .errors)
    #expect(s.state.encounter.draft.id == "E4")
  }

  @Test func quittingWithAnUnrecordedCorrectionAsksFirst() {
    var (s, _) = reviewSession()
    s.press("3 i")
    s.type("M54.9")
    s.press("<Enter>")
    s.send(.command(.quit))
    #expect(s.exitStatus == nil)
    #expect(s.screen.contains("Codes of E1 edited but not recorded (:correct). Quit anyway? (y/n)"))
    s.type("n")
    s.press("<Enter>")
    #expect(s.exitStatus == nil)
    s.send(.commandLine("correct"))
    s.send(.commandLine("goto E1"))
    s.send(.command(.quit))
    #expect(s.exitStatus == 0)
  }

  @Test func withoutAReviewTheCommandsSaySo() {
    var s = Fixtures.session()
    s.send(.commandLine("accept"))
    #expect(s.screen.contains("No review open: run m54 review BATCH."))
  }
}
