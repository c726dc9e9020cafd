/// One main term or subterm of the Alphabetic Index, decoded from the compiled store.
public struct IndexEntry: Sendable, Hashable {
  /// The entry's position in printed order.
  public var id: Int
  /// 0 for a main term, 1... for the subterm depth.
  public var level: Int
  /// The term as printed ("low back").
  public var term: String
  /// The nonessential modifiers in parentheses ("(postural)"), or empty.
  public var modifier: String
  /// The "see" cross-reference as printed, or empty.
  public var see: String
  /// The "see also" cross-reference as printed, or empty.
  public var seeAlso: String
  /// The code as printed (`M54.50`, `M54.4-`), or empty.
  public var code: String
  /// The entry the "see" text resolves to, when it does.
  public var seeTarget: Int?
  /// The entry the "see also" text resolves to, when it does.
  public var seeAlsoTarget: Int?
}
