import CodingCore

/// The auditor's decision on one encounter, as stored.
public struct Decision: Sendable, Hashable, Codable {
  /// The encounter's id in the batch.
  public var encounterID: String
  /// The encounter's 1-based line in the batch.
  public var line: Int
  /// The coder named by the batch's `coder` column, if any.
  public var coder: String?
  /// The codes as submitted (normalised), first-listed first.
  public var submitted: [String]
  /// Accept, query or correct.
  public var kind: DecisionKind
  /// The corrected codes (a correction only).
  public var corrected: [String]?
  /// The note (required for a query).
  public var note: String?
  /// Who decided.
  public var reviewer: String
  /// When, in UTC (ISO 8601).
  public var decidedAt: String
  /// The code-by-code changes of a correction.
  public var changes: [CodeChange]
  /// The findings on the submitted codes.
  public var findingsBefore: [FindingSummary]
  /// The findings on the corrected codes (a correction only).
  public var findingsAfter: [FindingSummary]?
  /// The distinct kinds of the error and warning findings on the submitted codes (the metrics count
  /// by them; read without the findings themselves when decisions are loaded in bulk).
  public var findingKinds: [FindingKind]

  /// The errors the decision counts for (0 unless corrected).
  public var errors: Int { CodeDiff.errors(changes) }

  /// Creates a decision.
  public init(
    encounterID: String, line: Int, coder: String?, submitted: [String], kind: DecisionKind, corrected: [String]?,
    note: String?, reviewer: String, decidedAt: String, changes: [CodeChange], findingsBefore: [FindingSummary],
    findingsAfter: [FindingSummary]?, findingKinds: [FindingKind]? = nil
  ) {
    self.encounterID = encounterID
    self.line = line
    self.coder = coder
    self.submitted = submitted
    self.kind = kind
    self.corrected = corrected
    self.note = note
    self.reviewer = reviewer
    self.decidedAt = decidedAt
    self.changes = changes
    self.findingsBefore = findingsBefore
    self.findingsAfter = findingsAfter
    self.findingKinds = findingKinds ?? Self.kinds(of: findingsBefore)
  }

  /// The distinct kinds of the errors and warnings of a finding list, in order of first appearance.
  public static func kinds(of findings: [FindingSummary]) -> [FindingKind] {
    var seen: [FindingKind] = []
    for f in findings where f.severity != .info && !seen.contains(f.kind) { seen.append(f.kind) }
    return seen
  }
}
