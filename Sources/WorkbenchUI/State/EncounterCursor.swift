/// Where the cursor is in the encounter builder.
public enum EncounterCursor: Equatable, Sendable {
  /// On a code row (index in the draft).
  case code(Int)
  /// On the row where a code is typed.
  case entry
  /// On a finding (index in the report).
  case finding(Int)
}
