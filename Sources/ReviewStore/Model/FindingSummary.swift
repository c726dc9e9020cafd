import CodingCore

/// What a workspace keeps of a finding: its number on screen (1-based), kind, severity, codes and message.
public struct FindingSummary: Sendable, Hashable, Codable {
  /// The 1-based number shown beside the finding (`:agree N`).
  public var number: Int
  /// The stable kind name (`excludes1`, `invalid-code`, ...).
  public var kind: String
  /// `error`, `warning` or `info`.
  public var severity: String
  /// The codes involved.
  public var codes: [String]
  /// The finding's one-line message.
  public var message: String

  /// Creates a summary.
  public init(number: Int, kind: String, severity: String, codes: [String], message: String) {
    self.number = number
    self.kind = kind
    self.severity = severity
    self.codes = codes
    self.message = message
  }

  /// Summaries of an engine result's findings, numbered from 1 in the engine's order.
  public static func of(_ result: EncounterResult) -> [FindingSummary] {
    result.findings.enumerated().map { i, f in
      FindingSummary(
        number: i + 1, kind: f.kind.rawValue, severity: f.severity.rawValue, codes: f.codes, message: f.message)
    }
  }
}
