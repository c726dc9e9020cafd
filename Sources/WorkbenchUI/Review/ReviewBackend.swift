import CodingCore

/// The review behind the batch overview: rows to show and a place where decisions are committed.
///
/// The workbench stays free of storage: `m54 review` supplies an implementation over the review
/// workspace; tests supply one in memory. Every call that decides commits before it returns.
public protocol ReviewBackend: AnyObject, Sendable {
  /// The number of overview rows (encounters and unreadable lines, in file order).
  var rowCount: Int { get }
  /// One overview row.
  func row(_ index: Int) -> ReviewRow
  /// The position of an encounter in the batch's encounters (nil for an unreadable line).
  func encounterIndex(ofRow index: Int) -> Int?
  /// The row of an encounter id, if the batch has it.
  func rowIndex(ofEncounter id: String) -> Int?
  /// The row of the batch's n-th encounter.
  func rowIndex(ofEncounterIndex index: Int) -> Int?
  /// Decided encounters, encounters, encounters with errors, unreadable lines.
  var progress: ReviewProgress { get }
  /// The reviewer recorded with decisions.
  var reviewer: String { get }
  /// Records a decision or disposition on a row's encounter; the message to show ("saved …"), or the problem.
  func perform(_ request: ReviewRequest, row: Int) -> Result<String, ReviewProblem>
  /// Reverts this session's last decision; the encounter id, nil when nothing to undo, or the problem.
  func undo() -> Result<String?, ReviewProblem>
  /// Re-reads decisions another workbench may have made.
  func refresh()
  /// Remembers the position and filter for the next opening.
  func remember(position: String?, filter: String)
  /// The position (encounter id) and filter remembered by the last session.
  var remembered: (position: String?, filter: String?) { get }
  /// How far the first check of a new workspace's batch has come (encounters checked, encounters);
  /// nil when no check runs.
  var checkProgress: (done: Int, total: Int)? { get }
  /// Stops that check (Esc): the workspace keeps every decision, and the counts are made on the next opening.
  func cancelCheck()
}

extension ReviewBackend {
  /// No check in the background by default.
  public var checkProgress: (done: Int, total: Int)? { nil }
  /// Nothing to stop by default.
  public func cancelCheck() {}
}

/// Why a review request failed (shown in the status line).
public struct ReviewProblem: Error, Equatable, Sendable {
  public var message: String
  public init(_ message: String) { self.message = message }
}

/// What the auditor asks the review to record.
public enum ReviewRequest: Equatable, Sendable {
  case accept(note: String?)
  case query(note: String)
  case correct(codes: [String], note: String?)
  case agree(ReviewFinding)
  case dismiss(ReviewFinding, reason: String)
}

/// A finding as the encounter pane shows it: its number on screen and what it says.
public struct ReviewFinding: Equatable, Sendable {
  /// The 1-based number beside the finding in the encounter pane.
  public var number: Int
  /// What the finding is about.
  public var kind: FindingKind
  /// Error, warning or info.
  public var severity: Severity
  /// The codes involved.
  public var codes: [String]
  /// The one-line message.
  public var message: String
  /// Creates a finding.
  public init(number: Int, kind: FindingKind, severity: Severity, codes: [String], message: String) {
    self.number = number
    self.kind = kind
    self.severity = severity
    self.codes = codes
    self.message = message
  }
}

/// The decision shown on an overview row.
public enum ReviewMark: String, Equatable, Sendable {
  case accepted, queried, corrected
}

/// Counts for the title line and the overview header.
public struct ReviewProgress: Equatable, Sendable {
  public var decided: Int
  public var encounters: Int
  /// Encounters with errors; nil while the batch is still being checked.
  public var withErrors: Int?
  public var unreadable: Int
  public init(decided: Int, encounters: Int, withErrors: Int?, unreadable: Int) {
    self.decided = decided
    self.encounters = encounters
    self.withErrors = withErrors
    self.unreadable = unreadable
  }
}

/// One row of the batch overview.
public struct ReviewRow: Equatable, Sendable {
  /// The batch line.
  public var line: Int
  /// The encounter id (empty for an unreadable line).
  public var id: String
  /// The date of service (nil for an unreadable line).
  public var date: ServiceDate?
  /// The submitted codes.
  public var codes: [String]
  /// The worst finding's severity and kind.
  public var worst: Severity?
  public var worstKind: String?
  /// Error and warning counts.
  public var errors: Int
  public var warnings: Int
  /// The decision, if any.
  public var decision: ReviewMark?
  /// Why the line is unreadable, if it is.
  public var problem: String?

  public init(
    line: Int, id: String, date: ServiceDate?, codes: [String], worst: Severity?, worstKind: String?, errors: Int,
    warnings: Int, decision: ReviewMark?, problem: String?
  ) {
    self.line = line
    self.id = id
    self.date = date
    self.codes = codes
    self.worst = worst
    self.worstKind = worstKind
    self.errors = errors
    self.warnings = warnings
    self.decision = decision
    self.problem = problem
  }
}
