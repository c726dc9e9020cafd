/// One thing the rules engine says about an encounter: what, how serious, which codes, why.
public struct Finding: Sendable, Hashable {
  /// What the finding is about (stable name: `excludes1`, `invalid-code`, ...).
  public var kind: FindingKind
  /// How serious it is.
  public var severity: Severity
  /// The codes involved, normalised (dotted, upper case), in encounter order.
  public var codes: [String]
  /// One line for people.
  public var message: String
  /// Where the rule comes from (the deciding evidence's authority, or the rule's).
  public var authority: Authority
  /// The notes that decided the finding first (one per carrier and direction), then any
  /// overruled notes of another level (two-level disagreements).
  public var evidence: [Evidence]
  /// Codes to use instead or in addition (did-you-mean, billable descendants, replacements).
  public var suggestions: [String]
  /// For an Excludes1 pair marked unrelated, the reason given (the finding is downgraded to `info`).
  public var overrideReason: String?
  /// The rule or checklist item id, for rules that are not tabular notes (`ENC-09`, `G8929-CHRONIC-EXPLICIT`).
  public var ruleID: String?

  /// Creates a finding.
  public init(
    kind: FindingKind, severity: Severity, codes: [String], message: String, authority: Authority,
    evidence: [Evidence] = [], suggestions: [String] = [], overrideReason: String? = nil, ruleID: String? = nil
  ) {
    self.kind = kind
    self.severity = severity
    self.codes = codes
    self.message = message
    self.authority = authority
    self.evidence = evidence
    self.suggestions = suggestions
    self.overrideReason = overrideReason
    self.ruleID = ruleID
  }

  public static func == (lhs: Finding, rhs: Finding) -> Bool {
    lhs.kind == rhs.kind && lhs.severity == rhs.severity && lhs.codes == rhs.codes && lhs.message == rhs.message
      && lhs.authority == rhs.authority && lhs.evidence == rhs.evidence && lhs.suggestions == rhs.suggestions
      && lhs.overrideReason == rhs.overrideReason && lhs.ruleID == rhs.ruleID
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(codes)
    hasher.combine(message)
  }

  /// The first deciding evidence, if any.
  public var primaryEvidence: Evidence? { evidence.first { $0.role == .decides } }
  /// The carrier of the deciding note (`M54.5`), if any.
  public var carrier: String? { primaryEvidence?.carrier }
  /// The deciding note's level, if any.
  public var level: NodeKind? { primaryEvidence?.level }
  /// The deciding note's exact text, if any.
  public var noteText: String? { primaryEvidence?.noteText }
  /// The release the evidence was read from, if any.
  public var release: String? { primaryEvidence?.release }
  /// Overruled notes (a less specific level that disagreed), if any.
  public var overruled: [Evidence] { evidence.filter { $0.role == .overruled } }
}
