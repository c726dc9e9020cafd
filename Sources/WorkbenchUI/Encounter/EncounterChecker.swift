import CodingCore

/// Checks an encounter: the pluggable source of findings and checklist items.
public protocol EncounterChecker: Sendable {
  /// Checks `draft` against a release.
  func check(_ draft: Encounter, catalog: any CodeCatalog, releaseNote: String?) -> EncounterReport
}
