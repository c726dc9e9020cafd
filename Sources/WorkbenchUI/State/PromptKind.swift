/// What a prompt on the bottom line is asking for.
public enum PromptKind: Equatable, Sendable {
  /// Incremental search (`/`).
  case search
  /// A command line (`:`).
  case command
  /// The reason for marking an Excludes1 pair unrelated.
  case unrelatedReason(String, String)
  /// Quitting with codes edited in the builder but not yet recorded (`:correct`) on this encounter.
  case confirmQuit(String)

  /// The text in front of the input.
  public var label: String {
    switch self {
    case .search: "/"
    case .command: ":"
    case .unrelatedReason(let a, let b): "Reason \(a) and \(b) are unrelated: "
    case .confirmQuit(let id): "Codes of \(id) edited but not recorded (:correct). Quit anyway? (y/n) "
    }
  }
}
