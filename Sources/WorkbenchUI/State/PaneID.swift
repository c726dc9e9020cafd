/// A pane's identity: the name key map files use as its scope and the key of its frame in the layout.
///
/// Each pane declares its own identity in its file (`extension PaneID { static let tree = … }`);
/// ``PaneRegistry`` lists the panes that exist.
public struct PaneID: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// The registered pane type, if any.
  public var pane: (any Pane.Type)? { PaneRegistry.pane(self) }

  /// The pane's title in its border.
  public var title: String { pane?.title ?? rawValue }

  /// The key map scope of the pane.
  public var scope: KeyScope { KeyScope(rawValue: rawValue) }

  public var description: String { rawValue }
}
