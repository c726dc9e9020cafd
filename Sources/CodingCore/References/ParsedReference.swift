/// The code references found in one parenthesised part of a note, with an optional qualifier.
public struct ParsedReference: Hashable, Sendable {
  /// The text inside the parentheses, as written.
  public var span: String
  /// The referenced codes and ranges, in the order written.
  public var items: [ReferenceItem]
  /// A restriction written after "with" (`7th character B`, `.17, .27, .97`), if any.
  public var qualifier: String?
}
