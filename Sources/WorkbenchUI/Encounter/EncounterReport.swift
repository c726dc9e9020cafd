import CodingCore

/// The result of checking an encounter: findings and the checklist.
public struct EncounterReport: Equatable, Sendable {
  /// The release used.
  public var release: String
  /// A note about the release choice (date outside all releases), if any.
  public var releaseNote: String?
  /// Findings, most severe first.
  public var findings: [EncounterFinding]
  /// Checklist items for the encounter's codes.
  public var checklist: [ChecklistEntry]

  public init(
    release: String, releaseNote: String? = nil, findings: [EncounterFinding] = [],
    checklist: [ChecklistEntry] = []
  ) {
    self.release = release
    self.releaseNote = releaseNote
    self.findings = findings
    self.checklist = checklist
  }

  /// The number of findings of a severity.
  public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
