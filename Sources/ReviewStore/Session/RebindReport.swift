/// What `--rebind` did: decisions kept (same encounter id and codes) and dropped.
public struct RebindReport: Sendable, Equatable, CustomStringConvertible {
  /// Decisions whose encounter id and codes are unchanged in the new batch.
  public var kept: Int
  /// Decisions whose encounter is gone or whose codes changed.
  public var dropped: Int
  /// The ids of the dropped decisions' encounters.
  public var droppedIDs: [String]

  /// Creates a report.
  public init(kept: Int, dropped: Int, droppedIDs: [String]) {
    self.kept = kept
    self.dropped = dropped
    self.droppedIDs = droppedIDs
  }

  public var description: String {
    "rebound to the changed batch: kept \(kept) decision\(kept == 1 ? "" : "s"), dropped \(dropped)"
      + (droppedIDs.isEmpty
        ? "" : " (\(droppedIDs.prefix(10).joined(separator: ", "))\(droppedIDs.count > 10 ? ", …" : ""))")
  }
}
