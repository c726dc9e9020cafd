/// An auditor's verdict on one finding of an encounter: the engine was right, or a false alarm.
public struct Disposition: Sendable, Hashable, Codable {
  /// Agree with the finding, or dismiss it.
  public enum Verdict: String, Sendable, Hashable, Codable {
    /// The finding is right.
    case agree
    /// The finding is a false alarm (a reason is required).
    case dismiss
  }

  /// The encounter's id.
  public var encounterID: String
  /// The finding's 1-based number on screen.
  public var findingNumber: Int
  /// The finding's kind.
  public var findingKind: String
  /// The finding's codes.
  public var findingCodes: [String]
  /// Agree or dismiss.
  public var verdict: Verdict
  /// Why (required to dismiss).
  public var reason: String?
  /// Who.
  public var reviewer: String
  /// When, in UTC (ISO 8601).
  public var decidedAt: String

  /// Creates a disposition.
  public init(
    encounterID: String, findingNumber: Int, findingKind: String, findingCodes: [String], verdict: Verdict,
    reason: String?, reviewer: String, decidedAt: String
  ) {
    self.encounterID = encounterID
    self.findingNumber = findingNumber
    self.findingKind = findingKind
    self.findingCodes = findingCodes
    self.verdict = verdict
    self.reason = reason
    self.reviewer = reviewer
    self.decidedAt = decidedAt
  }
}
