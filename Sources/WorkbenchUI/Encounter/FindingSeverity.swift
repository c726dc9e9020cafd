/// How serious a finding is.
public enum FindingSeverity: String, Sendable, Equatable, Comparable {
  case error, warning, info

  /// A symbol and word, so that severity never depends on colour alone.
  public var label: String {
    switch self {
    case .error: "✖ ERROR"
    case .warning: "▲ WARN"
    case .info: "ℹ INFO"
    }
  }

  /// The style role of the severity.
  public var role: StyleRole {
    switch self {
    case .error: .findingError
    case .warning: .findingWarning
    case .info: .findingInfo
    }
  }

  private var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  public static func < (a: FindingSeverity, b: FindingSeverity) -> Bool { a.rank < b.rank }
}
