/// The 7th characters that complete a code, from the nearest `sevenChrDef` at or above it.
public struct SevenCharacterTable: Hashable, Sendable {
  /// One allowed 7th character and its meaning.
  public struct Entry: Hashable, Sendable {
    public var character: Character
    public var meaning: String
  }
  /// The node whose `sevenChrDef` applies.
  public var carrier: NodeID
  /// The characters in the official order.
  public var entries: [Entry]
}
