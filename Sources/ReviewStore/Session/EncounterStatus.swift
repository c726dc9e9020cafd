import CodingCore

/// What the overview shows of an encounter's findings: the worst severity, counts and the worst kind.
///
/// Eight bytes: a million of them (a batch checked in the background) cost 8 MB.
public struct EncounterStatus: Sendable, Hashable {
  /// The most serious severity among the findings (nil: no findings).
  public var worst: Severity?
  /// The kind of the first most serious finding.
  public var worstKind: FindingKind?
  private var errorCount: UInt16
  private var warningCount: UInt16
  /// The kinds of the error and warning findings, one bit per case of `FindingKind.allCases`.
  private var kindBits: UInt16

  /// The number of error findings.
  public var errors: Int { Int(errorCount) }
  /// The number of warning findings.
  public var warnings: Int { Int(warningCount) }

  /// The distinct kinds of the error and warning findings, in the order of `FindingKind.allCases`.
  public var kinds: [FindingKind] {
    FindingKind.allCases.enumerated().filter { kindBits & (1 << UInt16($0.offset)) != 0 }.map(\.element)
  }

  /// The status of an engine result.
  public init(_ result: EncounterResult) {
    var errors = 0
    var warnings = 0
    var worst: Finding?
    var bits: UInt16 = 0
    for f in result.findings {
      if f.severity == .error { errors += 1 }
      if f.severity == .warning { warnings += 1 }
      if f.severity != .info, let i = FindingKind.allCases.firstIndex(of: f.kind), i < 16 { bits |= 1 << UInt16(i) }
      if worst == nil || Self.rank(f.severity) > Self.rank(worst?.severity) { worst = f }
    }
    self.errorCount = UInt16(clamping: errors)
    self.warningCount = UInt16(clamping: warnings)
    self.kindBits = bits
    self.worst = worst?.severity
    self.worstKind = worst?.kind
  }

  /// The status of an encounter, checked for errors and warnings only (no Excludes2 pairs, no info
  /// findings: the overview and the counts need nothing else, and they cost most of a check).
  public static func check(_ encounter: Encounter, engine: RulesEngine) -> EncounterStatus {
    var lean = encounter
    lean.options.minimumSeverity = .warning
    lean.options.reportExcludes2 = false
    return EncounterStatus(engine.check(lean, includeChecklist: false))
  }

  static func rank(_ severity: Severity?) -> Int {
    switch severity {
    case .error?: 3
    case .warning?: 2
    case .info?: 1
    case nil: 0
    }
  }
}
