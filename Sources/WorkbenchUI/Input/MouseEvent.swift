/// A mouse event in screen coordinates.
public struct MouseEvent: Equatable, Hashable, Sendable {
  /// What happened.
  public enum Kind: Equatable, Hashable, Sendable {
    /// A button was pressed or clicked (1 = left, 2 = middle, 3 = right).
    case press(button: Int)
    /// The wheel turned away from the user.
    case wheelUp
    /// The wheel turned towards the user.
    case wheelDown
  }

  public var x: Int
  public var y: Int
  public var kind: Kind

  public init(x: Int, y: Int, kind: Kind) {
    self.x = x
    self.y = y
    self.kind = kind
  }
}
