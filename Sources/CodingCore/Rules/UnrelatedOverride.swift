/// A pair of codes the user marked unrelated, with the reason (the official Excludes1 exception).
///
/// The pair is unordered; codes are compared by their lookup key, so `m5450` matches `M54.50`.
public struct UnrelatedOverride: Sendable, Hashable, Codable {
  /// The two codes as typed.
  public var first: String
  public var second: String
  /// Why the two conditions are unrelated (shown to auditors).
  public var reason: String

  /// Creates an override for a pair, in either order.
  public init(_ first: String, _ second: String, reason: String) {
    self.first = first
    self.second = second
    self.reason = reason
  }

  /// Whether the override is for the pair of these two lookup keys, in either order.
  public func matches(key a: String, key b: String) -> Bool {
    let x = CodeNormalizer.key(first)
    let y = CodeNormalizer.key(second)
    return (x == a && y == b) || (x == b && y == a)
  }
}
