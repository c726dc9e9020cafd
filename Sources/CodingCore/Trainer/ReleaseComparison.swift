/// How a pair stands in another loaded release than the one in force, when it differs.
public struct ReleaseComparison: Sendable, Hashable {
  /// The other release (`FY2021`).
  public var release: String
  /// The relation there; nil when one of the codes is not a code of that release.
  public var relation: PairRelation?
  /// Whether the relation differs from the one in force.
  public var relationDiffers: Bool
  /// One sentence per difference (relation, a code missing, a code billable there but not here...).
  public var differences: [String]

  /// Creates a comparison.
  public init(release: String, relation: PairRelation?, relationDiffers: Bool, differences: [String]) {
    self.release = release
    self.relation = relation
    self.relationDiffers = relationDiffers
    self.differences = differences
  }
}
