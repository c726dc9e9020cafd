/// Switches of the rules engine, for trainers and auditors.
public struct RuleOptions: Sendable, Hashable, Codable {
  /// Whether rules and checklist items that come only from the source articles are applied.
  public var sourceArticleRules: Bool
  /// Whether curated rules (text-only notes resolved by our mapping, lint) are applied.
  public var curatedRules: Bool
  /// Whether Excludes2 pairs are reported (as `info`).
  public var reportExcludes2: Bool
  /// Whether required checklist items still `unknown` give `info` documentation findings
  /// (items answered `no` always give findings).
  public var reportUnansweredItems: Bool
  /// Whether Code first / Use additional code / Code also notes give findings.
  public var reportInstructionalNotes: Bool

  /// The least severe finding reported; `.warning` drops the informational ones (Excludes2 pairs,
  /// unsatisfied notes, lint) and saves their work, except Excludes1 pairs marked unrelated, which
  /// are always reported so that every override stays visible.
  public var minimumSeverity: Severity

  /// Creates options; the defaults apply every rule and report every finding.
  public init(
    sourceArticleRules: Bool = true, curatedRules: Bool = true, reportExcludes2: Bool = true,
    reportUnansweredItems: Bool = false, reportInstructionalNotes: Bool = true, minimumSeverity: Severity = .info
  ) {
    self.minimumSeverity = minimumSeverity
    self.sourceArticleRules = sourceArticleRules
    self.curatedRules = curatedRules
    self.reportExcludes2 = reportExcludes2
    self.reportUnansweredItems = reportUnansweredItems
    self.reportInstructionalNotes = reportInstructionalNotes
  }

  /// Whether findings of a severity are reported.
  @inline(__always) public func reports(_ severity: Severity) -> Bool { severity <= minimumSeverity }

  /// Every rule on.
  public static let standard = RuleOptions()
}
