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

  /// Creates options; the defaults apply every rule and report Excludes2 pairs.
  public init(
    sourceArticleRules: Bool = true, curatedRules: Bool = true, reportExcludes2: Bool = true,
    reportUnansweredItems: Bool = false, reportInstructionalNotes: Bool = true
  ) {
    self.sourceArticleRules = sourceArticleRules
    self.curatedRules = curatedRules
    self.reportExcludes2 = reportExcludes2
    self.reportUnansweredItems = reportUnansweredItems
    self.reportInstructionalNotes = reportInstructionalNotes
  }

  /// Every rule on.
  public static let standard = RuleOptions()
}
