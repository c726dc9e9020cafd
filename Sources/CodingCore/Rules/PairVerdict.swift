/// What the Excludes notes say about two codes reported together, with every note that spoke.
public struct PairVerdict: Sendable, Hashable {
  /// The decision after precedence (the more specific level decides; at equal levels an official
  /// Excludes1 beats an Excludes2, which beats a curated Excludes1).
  public enum Decision: String, Sendable, Hashable {
    /// No Excludes note relates the two codes.
    case none
    /// An official Excludes1 note: not together (unless unrelated).
    case excludes1
    /// Only a text-only Excludes1 note resolved by the curated mapping (a warning).
    case curatedExcludes1 = "excludes1-curated"
    /// An Excludes2 note: allowed together.
    case excludes2
  }

  /// The decision.
  public var decision: Decision
  /// The deciding notes first (both directions, every carrier), then the overruled ones.
  public var evidence: [Evidence]

  /// Whether any official Excludes1 note, at any level and in either direction, covers the pair,
  /// whatever the precedence decided.
  public var hasOfficialExcludes1: Bool {
    evidence.contains { $0.noteKind == .excludes1 && $0.authority == .officialTabular }
  }
}
