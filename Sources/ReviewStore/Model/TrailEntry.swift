/// One line of the append-only audit trail.
public struct TrailEntry: Sendable, Hashable, Codable {
  /// The entry's sequence number (increasing, never reused).
  public var seq: Int
  /// When, in UTC (ISO 8601).
  public var at: String
  /// Who.
  public var reviewer: String
  /// `create`, `decide`, `undo`, `dispose`, `rebind`, `drop` or `export`.
  public var action: String
  /// The encounter concerned, if any.
  public var encounterID: String?
  /// The value before (JSON), if any.
  public var previous: String?
  /// The value after (JSON), if any.
  public var value: String?

  /// Creates an entry.
  public init(
    seq: Int, at: String, reviewer: String, action: String, encounterID: String?, previous: String?, value: String?
  ) {
    self.seq = seq
    self.at = at
    self.reviewer = reviewer
    self.action = action
    self.encounterID = encounterID
    self.previous = previous
    self.value = value
  }
}
