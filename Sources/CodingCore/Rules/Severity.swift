/// How serious a finding is: `error` blocks a claim, `warning` deserves a look, `info` explains.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case error
  case warning
  case info

  /// 0 for errors, 1 for warnings, 2 for information (most severe first when sorting).
  public var rank: Int {
    switch self {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
