/// The batch overview of a review: the filter, the rows it admits, the selection and the scroll.
public struct ReviewState: Equatable, Sendable {
  /// Which rows the overview lists and `:next` visits.
  public enum Filter: String, CaseIterable, Equatable, Sendable {
    case all, errors, warnings, undecided, accepted, queried, corrected
  }

  /// The order of the overview's rows.
  public enum Sort: String, CaseIterable, Equatable, Sendable {
    /// File order.
    case line
    /// By encounter id.
    case id
    /// Errors first, then warnings, then the rest (file order within each).
    case worst
    /// Undecided first, then queried, corrected, accepted.
    case decision
  }

  /// Whether a review is open.
  public var active = false
  public var filter = Filter.all
  public var sort = Sort.line
  /// The overview rows the filter admits, in file order.
  public var visible: [Int] = []
  /// The selected position in ``visible``.
  public var selected = 0
  public var scroll = 0
  /// The row whose encounter is in the builder.
  public var currentRow: Int?
  /// Whether the auditor stopped the first check of a new workspace (Esc).
  public var checkCancelled = false

  public init() {}

  /// Whether a row passes a filter.
  public static func admits(_ row: ReviewRow, _ filter: Filter) -> Bool {
    switch filter {
    case .all: true
    case .errors: row.errors > 0 || row.problem != nil
    case .warnings: row.warnings > 0
    case .undecided: row.decision == nil && row.problem == nil
    case .accepted: row.decision == .accepted
    case .queried: row.decision == .queried
    case .corrected: row.decision == .corrected
    }
  }
}
