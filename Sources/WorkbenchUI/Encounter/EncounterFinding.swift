import CodingCore

/// A finding about the encounter, as the workbench shows and explains it.
public struct EncounterFinding: Equatable, Sendable {
  /// What the finding is about (its raw value is the stable name: `excludes1`, `invalid-code`…).
  public var kind: FindingKind
  public var severity: Severity
  /// The codes involved, dotted and upper case.
  public var codes: [String]
  /// One line saying what is wrong.
  public var message: String
  /// The code or section whose note it is.
  public var carrier: String?
  /// The carrier's level (`code`, `subcategory`, `category`, `section`, `chapter`).
  public var level: String?
  /// The note's exact text.
  public var noteText: String?
  /// Where the rule comes from (official tabular, guideline, source article, curated).
  public var authority: String?
  /// The reason given when the pair was marked unrelated.
  public var overrideReason: String?
  /// Further lines of explanation (e.g. a second level's note that disagreed).
  public var details: [String]

  public init(
    kind: FindingKind, severity: Severity, codes: [String], message: String,
    carrier: String? = nil, level: String? = nil, noteText: String? = nil,
    authority: String? = nil, overrideReason: String? = nil, details: [String] = []
  ) {
    self.kind = kind
    self.severity = severity
    self.codes = codes
    self.message = message
    self.carrier = carrier
    self.level = level
    self.noteText = noteText
    self.authority = authority
    self.overrideReason = overrideReason
    self.details = details
  }

  /// Whether the user can mark this finding's pair unrelated.
  public var isExcludes1Pair: Bool { kind == .excludes1 && codes.count == 2 }
}
