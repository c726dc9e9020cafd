import CodingCore

/// What a workspace keeps of a finding: its number on screen (1-based), kind, severity, codes and message.
///
/// Stored as JSON in `decision.findings_before` / `findings_after` with the kind and severity by their
/// stable names (`{"codes":[…],"kind":"excludes1","message":"…","number":1,"severity":"error"}`).
public struct FindingSummary: Sendable, Hashable, Codable {
  /// The 1-based number shown beside the finding (`:agree N`).
  public var number: Int
  /// What the finding is about.
  public var kind: FindingKind
  /// Error, warning or info.
  public var severity: Severity
  /// The codes involved.
  public var codes: [String]
  /// The finding's one-line message.
  public var message: String

  /// Creates a summary.
  public init(number: Int, kind: FindingKind, severity: Severity, codes: [String], message: String) {
    self.number = number
    self.kind = kind
    self.severity = severity
    self.codes = codes
    self.message = message
  }

  /// Summaries of an engine result's findings, numbered from 1 in the engine's order.
  public static func of(_ result: EncounterResult) -> [FindingSummary] {
    result.findings.enumerated().map { i, f in
      FindingSummary(number: i + 1, kind: f.kind, severity: f.severity, codes: f.codes, message: f.message)
    }
  }
}
