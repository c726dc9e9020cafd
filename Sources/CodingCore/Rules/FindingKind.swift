/// What a finding is about; the raw values are stable names used in every output format.
public enum FindingKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Not a code of the release in effect (nor of any loaded release); carries suggestions.
  case invalidCode = "invalid-code"
  /// A header (with its billable descendants) or a code that needs a 7th character.
  case nonBillable = "non-billable"
  /// A code of another loaded release, but not of the one in effect on the date of service.
  case notInRelease = "not-in-release"
  /// No loaded release covers the date of service; the nearest one was used.
  case releaseApproximate = "release-approximate"
  /// An Excludes1 note forbids reporting the pair together (unless the conditions are unrelated).
  case excludes1 = "excludes1"
  /// An Excludes2 note: the pair may be reported together; shown to explain why.
  case excludes2 = "excludes2"
  /// The same code appears more than once.
  case duplicate = "duplicate"
  /// The encounter has no code.
  case emptyEncounter = "empty-encounter"
  /// A "Code first" note: whether a code of the encounter satisfies it and is sequenced before.
  case codeFirst = "code-first"
  /// A "Use additional code" note: whether a code of the encounter satisfies it.
  case useAdditional = "use-additional"
  /// A "Code also" note: whether a code of the encounter satisfies it.
  case codeAlso = "code-also"
  /// A documentation checklist item that is not documented.
  case documentation = "documentation"
  /// An encounter rule beyond the Excludes notes (combination codes, G89 rules, lint).
  case guideline = "guideline"

  /// The kind's position in `allCases` (summaries count findings by it).
  var position: UInt8 {
    switch self {
    case .invalidCode: 0
    case .nonBillable: 1
    case .notInRelease: 2
    case .releaseApproximate: 3
    case .excludes1: 4
    case .excludes2: 5
    case .duplicate: 6
    case .emptyEncounter: 7
    case .codeFirst: 8
    case .useAdditional: 9
    case .codeAlso: 10
    case .documentation: 11
    case .guideline: 12
    }
  }
}
