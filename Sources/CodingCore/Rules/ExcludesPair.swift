/// Wording of the Excludes1/Excludes2 check of a pair (the checks themselves are on ``RuleTables``;
/// precedence is ``ExcludesPrecedence``, the order of evidence ``RuleTables/orderEvidence(_:decision:into:)``).
enum ExcludesPair {
  /// Whether a pair's decision is reported under `options` (an Excludes2 pair only when Excludes2 and
  /// info findings are reported). Both the ``Finding`` of a pair and the JSON Lines fast path ask here.
  static func isReported(_ decision: PairVerdict.Decision, options: RuleOptions) -> Bool {
    decision != .none && (decision != .excludes2 || (options.reportExcludes2 && options.reports(.info)))
  }

  /// What a pair's decision makes of it: the finding's kind, severity and authority (before any
  /// unrelated mark), and the words of its message between the two codes and the deciding notes.
  /// Nil when the notes report nothing. Both the ``Finding`` of a pair and the JSON Lines fast path
  /// take them from here.
  static func outcome(_ decision: PairVerdict.Decision) -> (
    kind: FindingKind, severity: Severity, authority: Authority, verdict: StaticString
  )? {
    switch decision {
    case .none: nil
    case .excludes2: (.excludes2, .info, .officialTabular, " may be reported together: Excludes2 at ")
    case .excludes1: (.excludes1, .error, .officialTabular, " may not be reported together: Excludes1 at ")
    case .curatedExcludes1:
      (
        .excludes1, .warning, .curated,
        " are probably not reported together (text-only Excludes1 resolved by our curated mapping; check the documentation): "
      )
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
