/// Which encounters the overview lists and the `:next` steps visit.
public enum ReviewFilter: String, Sendable, Hashable, CaseIterable {
  case all, errors, warnings, undecided, accepted, queried, corrected

  /// Reads a filter name (`:filter errors`), in any case.
  public init?(name: String) {
    self.init(rawValue: name.lowercased())
  }

  /// Whether an encounter with a status and a decision (nil: undecided) passes.
  public func admits(_ status: EncounterStatus, _ decision: DecisionKind?) -> Bool {
    switch self {
    case .all: true
    case .errors: status.errors > 0
    case .warnings: status.warnings > 0
    case .undecided: decision == nil
    case .accepted: decision == .accept
    case .queried: decision == .query
    case .corrected: decision == .correct
    }
  }
}
