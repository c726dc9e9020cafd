/// Wording of the Excludes1/Excludes2 check of a pair, and its decision over matches (the checks
/// themselves are on ``RuleTables``; precedence is ``ExcludesPrecedence``).
enum ExcludesPair {
  /// The decision for a set of matches, and which matches agree with it.
  static func decide(_ matches: [PairMatch]) -> (PairVerdict.Decision, agrees: (PairMatch) -> Bool) {
    var precedence = ExcludesPrecedence()
    for m in matches { precedence.add(m.range.kind, specificity: Int(m.range.specificity)) }
    let decision = precedence.decision
    guard decision != .none else { return (.none, { _ in false }) }
    return (decision, { ExcludesPrecedence.agrees($0.range.kind, with: decision) })
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
