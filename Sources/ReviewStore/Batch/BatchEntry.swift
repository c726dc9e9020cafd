import CodingCore

/// One readable encounter of a batch under review.
public struct BatchEntry: Sendable, Hashable {
  /// The 1-based line of the batch file.
  public var line: Int
  /// The `encounter_id` column.
  public var id: String
  /// The encounter as read (codes normalised: dotted, upper case).
  public var encounter: Encounter
  /// The optional `coder` column.
  public var coder: String?

  /// The codes, normalised, first-listed first.
  public var codes: [String] { encounter.codes }

  /// Creates an entry.
  public init(line: Int, id: String, encounter: Encounter, coder: String?) {
    self.line = line
    self.id = id
    self.encounter = encounter
    self.coder = coder
  }
}
