import CodingCore

extension Severity {
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
}
