import CodingCore
import WorkbenchUI

/// A review kept in memory, for the overview's tests: rows over a batch, decisions in a dictionary.
final class MemoryReviewBackend: ReviewBackend, @unchecked Sendable {
  let batch: BatchFile
  var decisions: [String: ReviewMark] = [:]
  var requests: [(String, ReviewRequest)] = []
  var undoStack: [(String, ReviewMark?)] = []
  var remembered: (position: String?, filter: String?)
  var saved: (position: String?, filter: String)?
  /// Encounter ids with an error finding (the overview's worst column).
  let errorIDs: Set<String>

  init(batch: BatchFile, errorIDs: Set<String>, remembered: (String?, String?) = (nil, nil)) {
    self.batch = batch
    self.errorIDs = errorIDs
    self.remembered = remembered
  }

  var rowCount: Int { batch.encounters.count }
  var reviewer: String { "tester" }

  func row(_ index: Int) -> ReviewRow {
    let e = batch.encounters[index]
    let id = e.id ?? ""
    let error = errorIDs.contains(id)
    return ReviewRow(
      line: index + 2, id: id, date: e.date, codes: e.codes, worst: error ? .error : nil,
      worstKind: error ? "excludes1" : nil, errors: error ? 1 : 0, warnings: 0, decision: decisions[id], problem: nil)
  }

  func encounterIndex(ofRow index: Int) -> Int? { index }
  func rowIndex(ofEncounter id: String) -> Int? { batch.encounters.firstIndex { $0.id == id } }
  func rowIndex(ofEncounterIndex index: Int) -> Int? { index }

  var progress: ReviewProgress {
    ReviewProgress(decided: decisions.count, encounters: rowCount, withErrors: errorIDs.count, unreadable: 0)
  }

  func perform(_ request: ReviewRequest, row: Int) -> Result<String, ReviewProblem> {
    let id = batch.encounters[row].id ?? ""
    requests.append((id, request))
    let mark: ReviewMark
    switch request {
    case .accept: mark = .accepted
    case .query(let note):
      guard !note.isEmpty else { return .failure(ReviewProblem("a query needs a note")) }
      mark = .queried
    case .correct: mark = .corrected
    case .agree, .dismiss: return .success("saved: disposition")
    }
    undoStack.append((id, decisions[id]))
    decisions[id] = mark
    return .success("saved: \(mark.rawValue) \(id)")
  }

  func undo() -> Result<String?, ReviewProblem> {
    guard let (id, earlier) = undoStack.popLast() else { return .success(nil) }
    decisions[id] = earlier
    return .success(id)
  }

  func refresh() {}

  func remember(position: String?, filter: String) { saved = (position, filter) }
}
