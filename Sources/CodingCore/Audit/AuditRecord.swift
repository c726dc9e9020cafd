/// One parsed input line of an audit: the encounter and its id.
public struct AuditRecord: Sendable {
  /// The `encounter_id` column.
  public var id: String
  /// The encounter to check.
  public var encounter: Encounter
}
