/// The position of a node in a release's tabular order (a preorder walk of chapters, sections and codes).
///
/// Identifiers are only meaningful within the release that produced them.
public struct NodeID: Hashable, Comparable, Sendable {
  /// The preorder index.
  public let rawValue: Int32

  /// Creates an identifier from a preorder index.
  public init(_ rawValue: Int32) { self.rawValue = rawValue }

  /// Creates an identifier from a preorder index given as `Int`.
  public init(_ rawValue: Int) { self.rawValue = Int32(truncatingIfNeeded: rawValue) }

  /// The preorder index as `Int`.
  public var index: Int { Int(rawValue) }

  public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}
