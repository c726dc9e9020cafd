/// The result of checking one encounter: the release used, the findings and the checklist.
public struct EncounterResult: Sendable {
  /// The release used (the one in effect, or the nearest one).
  public var release: String
  /// Whether no loaded release covers the date (a `release-approximate` finding is included).
  public var isApproximate: Bool
  /// The codes, normalised (dotted, upper case) when they are codes, as typed otherwise.
  public var codes: [String]
  /// The findings, in a stable order: encounter level, per code, per pair, notes, rules, documentation.
  public var findings: [Finding]
  /// The checklist items that apply to the encounter's codes, with their answers.
  public var checklist: [ChecklistLine]

  /// Creates a result.
  public init(release: String, isApproximate: Bool, codes: [String], findings: [Finding], checklist: [ChecklistLine]) {
    self.release = release
    self.isApproximate = isApproximate
    self.codes = codes
    self.findings = findings
    self.checklist = checklist
  }

  /// Whether any finding is an error.
  public var hasErrors: Bool { findings.contains { $0.severity == .error } }

  /// The number of findings of a severity.
  public func count(_ severity: Severity) -> Int { findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) } }
}
