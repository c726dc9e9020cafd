import CodingCore

/// Checks an encounter: the pluggable source of findings and checklist items.
public protocol EncounterChecker: Sendable {
  /// Checks `draft` against a release.
  func check(_ draft: Encounter, catalog: any CodeCatalog, releaseNote: String?) -> EncounterReport
  /// The checklist items of one code of a release (for a coder browsing the tree), unanswered.
  func checklist(forCode code: String, catalog: any CodeCatalog, date: ServiceDate) -> [ChecklistEntry]
}

extension EncounterChecker {
  /// No items by default.
  public func checklist(forCode code: String, catalog: any CodeCatalog, date: ServiceDate) -> [ChecklistEntry] { [] }
}
