/// One key bound to one command in one scope.
public struct KeyBinding: Equatable, Sendable {
  public var scope: KeyScope
  public var key: Key
  public var command: Command
}
