/// Precedence and wording of the Excludes1/Excludes2 check of a pair (the checks themselves are on
/// ``RuleTables``).
enum ExcludesPair {
  /// Precedence rank of a reference: specificity first, then official Excludes1 > Excludes2 > curated.
  @inline(__always) static func rank(_ range: ChainRange) -> Int {
    range.specificity * 4 + kindRank(range.kind.rawValue)
  }

  /// The rank of a kind (``ChainRange/Kind`` raw value) among references of one level.
  @inline(__always) static func kindRank(_ kind: UInt8) -> Int {
    switch kind {
    case ChainRange.Kind.excludes1.rawValue: 2
    case ChainRange.Kind.excludes2.rawValue: 1
    default: 0
    }
  }

  /// The decision for a non-empty set of matches, and which matches agree with it.
  static func decide(_ matches: [PairMatch]) -> (PairVerdict.Decision, agrees: (PairMatch) -> Bool) {
    guard let top = matches.max(by: { rank($0.range) < rank($1.range) }) else { return (.none, { _ in false }) }
    switch top.range.kind {
    case .excludes2:
      return (.excludes2, { $0.range.kind == .excludes2 })
    case .excludes1, .curated:
      let official = matches.contains { $0.range.kind == .excludes1 }
      return (official ? .excludes1 : .curatedExcludes1, { $0.range.kind != .excludes2 })
    }
  }

  /// `"at M54.5 \"lumbago with sciatica (M54.4-)\""`, for messages.
  static func describe(_ e: Evidence) -> String {
    let place: String
    switch e.level {
    case .chapter?: place = "chapter \(e.carrier)"
    case .section?: place = "section \(e.carrier)"
    default: place = e.carrier
    }
    return "\(place) \"\(e.noteText)\""
  }
}
