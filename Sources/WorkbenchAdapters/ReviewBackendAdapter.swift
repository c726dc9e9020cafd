import CodingCore
import ReviewStore
import WorkbenchUI

/// The workbench's view of a review session: overview rows over the batch, decisions committed to
/// the workspace before the status line says "saved". The UI's findings and the workspace's finding
/// summaries carry the same typed kind and severity; they are converted here only.
public final class ReviewBackendAdapter: ReviewBackend, @unchecked Sendable {
  /// The review session behind the overview.
  public let session: ReviewSession
  /// Overview rows in file order: an encounter index, or an unreadable line (negative: -1 - index).
  private let rows: [Int32]
  private let rowOfEntry: [Int32]
  /// The position and filter the last session remembered.
  public let remembered: (position: String?, filter: String?)

  /// Wraps a review session.
  public init(session: ReviewSession) {
    self.session = session
    var rows: [Int32] = []
    var rowOfEntry = [Int32](repeating: 0, count: session.batch.entries.count)
    rows.reserveCapacity(session.batch.entries.count + session.batch.unreadable.count)
    var u = 0
    let unreadable = session.batch.unreadable
    let entries = session.batch.entries
    for i in entries.indices {
      let line = entries.line(at: i)
      while u < unreadable.count && unreadable[u].line < line {
        rows.append(Int32(-1 - u))
        u += 1
      }
      rowOfEntry[i] = Int32(rows.count)
      rows.append(Int32(i))
    }
    while u < unreadable.count {
      rows.append(Int32(-1 - u))
      u += 1
    }
    self.rows = rows
    self.rowOfEntry = rowOfEntry
    self.remembered = (
      (try? session.workspace.sessionValue("position")) ?? nil, (try? session.workspace.sessionValue("filter")) ?? nil
    )
  }

  /// The batch as the workbench steps through it (the same encounters, in the same order).
  public var batchFile: BatchFile {
    let entries = session.batch.entries
    return BatchFile(
      path: session.batch.path,
      encounters: BatchEncounters(count: entries.count) { entries.encounter(at: $0) },
      problems: session.batch.unreadable.map(\.description))
  }

  public var rowCount: Int { rows.count }
  public var reviewer: String { session.reviewer }

  public func row(_ index: Int) -> ReviewRow {
    let r = Int(rows[index])
    guard r >= 0 else {
      let line = session.batch.unreadable[-1 - r]
      return ReviewRow(
        line: line.line, id: "", date: nil, codes: [], worst: nil, worstKind: nil, errors: 0, warnings: 0,
        decision: nil, problem: line.problem)
    }
    let entries = session.batch.entries
    let id = entries.id(at: r)
    let status = session.status(r)
    let mark: ReviewMark? =
      switch session.decided[id] {
      case .accept?: .accepted
      case .query?: .queried
      case .correct?: .corrected
      case nil: nil
      }
    return ReviewRow(
      line: entries.line(at: r), id: id, date: entries.date(at: r), codes: entries.codes(at: r), worst: status.worst,
      worstKind: status.worstKind?.rawValue, errors: status.errors, warnings: status.warnings, decision: mark,
      problem: nil)
  }

  public func encounterIndex(ofRow index: Int) -> Int? { rows[index] >= 0 ? Int(rows[index]) : nil }
  public func rowIndex(ofEncounter id: String) -> Int? { session.index(of: id).map { Int(rowOfEntry[$0]) } }
  public func rowIndex(ofEncounterIndex index: Int) -> Int? {
    rowOfEntry.indices.contains(index) ? Int(rowOfEntry[index]) : nil
  }

  public var progress: ReviewProgress {
    ReviewProgress(
      decided: session.decided.count, encounters: session.batch.entries.count,
      withErrors: session.encountersWithErrors,
      unreadable: session.batch.unreadable.count)
  }

  public func perform(_ request: ReviewRequest, row: Int) -> Result<String, ReviewProblem> {
    guard let index = encounterIndex(ofRow: row) else {
      return .failure(ReviewProblem("An unreadable line cannot be decided; fix the batch and reopen with --rebind."))
    }
    let id = session.batch.entries.id(at: index)
    do {
      let what: String
      switch request {
      case .accept(let note):
        try session.accept(id, note: note)
        what = "accepted \(id)"
      case .query(let note):
        try session.query(id, note: note)
        what = "queried \(id)"
      case .correct(let codes, let note):
        let d = try session.correct(id, codes: codes, note: note)
        what = "corrected \(id) (\(d.errors) error\(d.errors == 1 ? "" : "s"))"
      case .agree(let f):
        try session.dispose(id, finding: Self.summary(f), verdict: .agree, reason: nil)
        what = "agreed with finding \(f.number) of \(id)"
      case .dismiss(let f, let reason):
        try session.dispose(id, finding: Self.summary(f), verdict: .dismiss, reason: reason)
        what = "dismissed finding \(f.number) of \(id)"
      }
      return .success("saved: \(what) · \(session.decided.count) of \(session.batch.entries.count) decided")
    } catch let error as WorkspaceError {
      return .failure(ReviewProblem(TextSafety.printable(error.description)))
    } catch {
      return .failure(ReviewProblem("\(error)"))
    }
  }

  /// The workspace's summary of a finding as the encounter pane showed it.
  static func summary(_ f: ReviewFinding) -> FindingSummary {
    FindingSummary(number: f.number, kind: f.kind, severity: f.severity, codes: f.codes, message: f.message)
  }

  public var checkProgress: (done: Int, total: Int)? { session.checkProgress }

  public func cancelCheck() { session.cancelBackgroundCheck() }

  public func undo() -> Result<String?, ReviewProblem> {
    do { return .success(try session.undo()) } catch { return .failure(ReviewProblem("\(error)")) }
  }

  public func refresh() { try? session.refresh() }

  public func remember(position: String?, filter: String) {
    guard let parsed = ReviewFilter(name: filter) else { return }
    try? session.remember(position: position, filter: parsed)
  }
}
