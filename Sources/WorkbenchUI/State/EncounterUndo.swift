import CodingCore

/// The encounter builder's undo and redo stacks: the codes and unrelated marks before each change.
public struct EncounterUndo: Equatable, Sendable {
  /// The codes and unrelated marks at one point, and what the change after it did.
  public struct Snapshot: Equatable, Sendable {
    public var codes: [String]
    public var unrelated: [UnrelatedOverride]
    public var change: String
  }

  public var undo: [Snapshot] = []
  public var redo: [Snapshot] = []
  /// The most changes kept.
  public static let limit = 100

  public init() {}
}
