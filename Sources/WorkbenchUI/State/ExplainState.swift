import CodingCore

/// The explain view: the pair explanation shown and its scroll position.
public struct ExplainState: Sendable {
  /// The explanation shown, if any.
  public var explanation: PairExplanation?
  /// First line shown.
  public var scroll = 0

  public init() {}
}
