import CodingCore
import Testing
import WorkbenchUI

/// The first check of a new workspace's batch: a progress bar while it runs, Esc stops it.
@Suite struct ReviewCheckProgressTests {
  /// A review whose first check has reached `done` of its four encounters, until cancelled.
  final class CheckingBackend: ReviewBackend, @unchecked Sendable {
    let base: MemoryReviewBackend
    var done = 1
    var running = true
    var cancelled = 0

    init(_ base: MemoryReviewBackend) { self.base = base }

    var rowCount: Int { base.rowCount }
    func row(_ index: Int) -> ReviewRow { base.row(index) }
    func encounterIndex(ofRow index: Int) -> Int? { base.encounterIndex(ofRow: index) }
    func rowIndex(ofEncounter id: String) -> Int? { base.rowIndex(ofEncounter: id) }
    func rowIndex(ofEncounterIndex index: Int) -> Int? { base.rowIndex(ofEncounterIndex: index) }
    var progress: ReviewProgress {
      var p = base.progress
      p.withErrors = running || cancelled > 0 ? nil : p.withErrors
      return p
    }
    var reviewer: String { base.reviewer }
    func perform(_ request: ReviewRequest, row: Int) -> Result<String, ReviewProblem> {
      base.perform(request, row: row)
    }
    func undo() -> Result<String?, ReviewProblem> { base.undo() }
    func refresh() {}
    func remember(position: String?, filter: String) {}
    var remembered: (position: String?, filter: String?) { (nil, nil) }
    var checkProgress: (done: Int, total: Int)? { running ? (done, 4) : nil }
    func cancelCheck() {
      cancelled += 1
      running = false
    }
  }

  private func session() -> (WorkbenchSession, CheckingBackend) {
    var s = Fixtures.session()
    let batch = BatchFile(
      path: "batch.csv",
      encounters: [
        Encounter(id: "E1", date: Fixtures.date, codes: ["M54.50", "M54.41"]),
        Encounter(id: "E2", date: Fixtures.date, codes: ["M54.9"]),
        Encounter(id: "E3", date: Fixtures.date, codes: ["M54.16"]),
        Encounter(id: "E4", date: Fixtures.date, codes: ["M54.5"]),
      ], problems: [])
    let backend = CheckingBackend(MemoryReviewBackend(batch: batch, errorIDs: ["E1", "E4"]))
    s.send(.batchLoaded(batch))
    s.openReview(backend)
    return (s, backend)
  }

  @Test func theCheckShowsAProgressBarThatMovesAndEndsWithTheCounts() {
    var (s, backend) = session()
    #expect(s.screen.contains("0 of 4 decided · checking ██░░░░░░░░ 25%"))
    #expect(s.screen.contains("Checking the batch █████░░░░░░░░░░░░░░░ 25% (Esc cancels)"))
    backend.done = 3
    let moved1 = s.pollBackgroundWork()
    #expect(moved1)
    #expect(s.screen.contains("Checking the batch ███████████████░░░░░ 75% (Esc cancels)"))
    #expect(s.screen.contains("0 of 4 decided · checking ███████░░░ 75%"))
    let still = s.pollBackgroundWork()
    #expect(!still)
    backend.running = false
    let moved2 = s.pollBackgroundWork()
    #expect(moved2)
    #expect(s.screen.contains("0 of 4 decided · 2 with errors"))
    #expect(s.screen.contains("Checked the batch: 2 with errors."))
    #expect(backend.cancelled == 0)
  }

  @Test func escCancelsTheCheckAndTheReviewGoesOn() {
    var (s, backend) = session()
    s.press("<Esc>")
    #expect(backend.cancelled == 1)
    #expect(s.screen.contains("0 of 4 decided · counted when reopened"))
    #expect(s.screen.contains("Check of the batch cancelled"))
    let moved3 = s.pollBackgroundWork()
    #expect(moved3)
    #expect(s.screen.contains("Check of the batch cancelled"))
    s.press("a")
    #expect(backend.base.decisions["E1"] == .accepted)
    s.press("<Esc>")
    #expect(backend.cancelled == 1)
    #expect(s.screen.contains("Esc: nothing to leave."))
  }

  @Test func escFirstLeavesTheCommandLineThenCancels() {
    var (s, backend) = session()
    s.press(":")
    s.type("filter err")
    s.press("<Esc>")
    #expect(backend.cancelled == 0)
    #expect(s.state.prompt == nil)
    s.press("<Esc>")
    #expect(backend.cancelled == 1)
  }
}
