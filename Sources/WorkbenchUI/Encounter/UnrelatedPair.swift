/// An Excludes1 pair the user declared unrelated, with the reason given.
public struct UnrelatedPair: Equatable, Sendable {
  /// The two codes, sorted so that the pair is unordered.
  public var codes: [String]
  public var reason: String

  public init(_ a: String, _ b: String, reason: String) {
    codes = [a, b].sorted()
    self.reason = reason
  }

  /// Whether this is the pair of these two codes, in either order.
  public func matches(_ a: String, _ b: String) -> Bool { codes == [a, b].sorted() }
}
