/// An Excludes1 pair a scenario marks unrelated (Official Guidelines I.A.12.a), with the reason.
public struct ScenarioUnrelatedPair: Sendable, Hashable, Codable {
  /// The two codes.
  public var codes: [String]
  /// Why the documentation shows the conditions are unrelated.
  public var reason: String

  /// Creates a pair.
  public init(codes: [String], reason: String) {
    self.codes = codes
    self.reason = reason
  }
}
