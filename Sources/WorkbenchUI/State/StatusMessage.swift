/// A message shown in the status line until the next key.
public struct StatusMessage: Equatable, Sendable {
  public var text: String
  public var isError: Bool
  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}
