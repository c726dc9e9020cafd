/// Everything the rules engine says about two codes side by side, for trainers: the verdict, each
/// code's path, every note relating them (both directions), the findings, the conventions and how
/// other loaded releases differ. Built by ``RulesEngine/explain(_:_:date:)`` from the engine's own
/// verdict and findings; the command line, the JSON output and the workbench all render this value.
public struct PairExplanation: Sendable {
  /// The two codes, normalised when they are codes (as typed otherwise).
  public var codes: [String]
  /// The date of service.
  public var date: ServiceDate
  /// The release in force on the date (or the nearest one).
  public var release: String
  /// Why the release is only the nearest one; nil when it covers the date.
  public var releaseNote: String?
  /// The relation in one word.
  public var relation: PairRelation
  /// The Excludes decision after precedence (the more specific level decides).
  public var decision: PairVerdict.Decision
  /// The verdict in one line.
  public var verdict: String
  /// The unrelated-conditions exception, when an Excludes1 note decides (I.A.12.a).
  public var exception: String?
  /// Each code's path from chapter to code, with the levels carrying a relating note marked.
  public var paths: [CodePath]
  /// Every note relating the two codes: the deciding ones first, then the overruled ones; each
  /// names its subject (whose chain carries it), carrier, level, kind, exact text and reference.
  public var notes: [Evidence]
  /// The engine's findings for the pair as an encounter (pair findings and each code's validity).
  public var findings: [Finding]
  /// What Excludes1 and Excludes2 mean, cited to the Official Guidelines.
  public var conventions: [ExcludesConvention]
  /// Other loaded releases where the pair stands differently.
  public var otherReleases: [ReleaseComparison]

  /// Creates an explanation.
  public init(
    codes: [String], date: ServiceDate, release: String, releaseNote: String?, relation: PairRelation,
    decision: PairVerdict.Decision, verdict: String, exception: String?, paths: [CodePath], notes: [Evidence],
    findings: [Finding], conventions: [ExcludesConvention], otherReleases: [ReleaseComparison]
  ) {
    self.codes = codes
    self.date = date
    self.release = release
    self.releaseNote = releaseNote
    self.relation = relation
    self.decision = decision
    self.verdict = verdict
    self.exception = exception
    self.paths = paths
    self.notes = notes
    self.findings = findings
    self.conventions = conventions
    self.otherReleases = otherReleases
  }

  /// The notes one code's chain carries about the other (`subject` is that code).
  public func notes(carriedFor code: String) -> [Evidence] { notes.filter { $0.subject == code } }
}
