import CodingCore

/// What the overview shows of an encounter's findings: the worst severity, counts and the worst kind.
public struct EncounterStatus: Sendable, Hashable {
  /// The most serious severity among the findings (nil: no findings).
  public var worst: Severity?
  /// The number of error findings.
  public var errors: Int
  /// The number of warning findings.
  public var warnings: Int
  /// The kind of the first most serious finding.
  public var worstKind: FindingKind?
  /// The one-line message of that finding.
  public var worstMessage: String?
  /// The distinct kinds of the error and warning findings.
  public var kinds: [FindingKind]

  /// The status of an engine result.
  public init(_ result: EncounterResult) {
    var errors = 0
    var warnings = 0
    var worst: Finding?
    var kinds: [FindingKind] = []
    for f in result.findings {
      if f.severity == .error { errors += 1 }
      if f.severity == .warning { warnings += 1 }
      if f.severity != .info && !kinds.contains(f.kind) { kinds.append(f.kind) }
      if worst == nil || Self.rank(f.severity) > Self.rank(worst?.severity) { worst = f }
    }
    self.errors = errors
    self.warnings = warnings
    self.worst = worst?.severity
    self.worstKind = worst?.kind
    self.worstMessage = worst?.message
    self.kinds = kinds
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
