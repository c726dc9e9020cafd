/// The one place Excludes precedence is decided: every note that relates a pair is added, and the
/// decision follows the official conventions as this product applies them.
///
/// The most specific level decides (a note on a code beats one on its category, which beats one on
/// its section or chapter); at one level an official Excludes1 beats an Excludes2, which beats a
/// curated Excludes1. A deciding Excludes1 is official when any official Excludes1 note relates the
/// pair, and curated otherwise. The unrelated-conditions exception is applied to the decision later,
/// by the encounter's marks.
struct ExcludesPrecedence {
  private var best = -1
  private var bestKind = ChainRange.Kind.excludes1
  private var official = false

  /// Adds one note of a kind carried at a level of the given specificity.
  @inline(__always) mutating func add(_ kind: ChainRange.Kind, specificity: Int) {
    if kind == .excludes1 { official = true }
    let rank = specificity * 4 + Self.kindRank(kind)
    if rank > best {
      best = rank
      bestKind = kind
    }
  }

  /// The decision for the notes added so far.
  var decision: PairVerdict.Decision {
    if best < 0 { return .none }
    if bestKind == .excludes2 { return .excludes2 }
    return official ? .excludes1 : .curatedExcludes1
  }

  /// Whether a note of a kind agrees with a decision (it is listed among the deciding notes).
  @inline(__always) static func agrees(_ kind: ChainRange.Kind, with decision: PairVerdict.Decision) -> Bool {
    decision == .excludes2 ? kind == .excludes2 : kind != .excludes2
  }

  /// The rank of a kind among notes of one level.
  @inline(__always) static func kindRank(_ kind: ChainRange.Kind) -> Int {
    switch kind {
    case .excludes1: 2
    case .excludes2: 1
    case .curated: 0
    }
  }
}
