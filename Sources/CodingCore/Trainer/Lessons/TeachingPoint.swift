/// One thing a scenario teaches, with its citation.
public struct TeachingPoint: Sendable, Hashable, Codable {
  /// The point, in a sentence or two.
  public var point: String
  /// Where it comes from.
  public var citation: ScenarioCitation

  /// Creates a teaching point.
  public init(point: String, citation: ScenarioCitation) {
    self.point = point
    self.citation = citation
  }
}
