/// A piece of text in one style role.
public struct Segment: Equatable, Sendable {
  public var text: String
  public var role: StyleRole
  public init(_ text: String, _ role: StyleRole = .text) {
    self.text = text
    self.role = role
  }
}
