/// What the rules engine says about two codes side by side: the one-line verdict of a pair explanation.
public enum PairRelation: String, Sendable, Hashable, Codable, CaseIterable {
  /// An official Excludes1 note relates them (and no Excludes2 note): never together, unless unrelated.
  case excludes1 = "excludes1"
  /// Only a text-only Excludes1 note resolved by the curated mapping relates them (a warning).
  case curatedExcludes1 = "excludes1-curated"
  /// An Excludes2 note relates them (and no Excludes1): both may be reported.
  case excludes2 = "excludes2"
  /// Both an Excludes1 and an Excludes2 note relate them; the more specific level decides.
  case both = "both"
  /// No Excludes note relates them, but an encounter rule does (e.g. a combination code).
  case guideline = "guideline"
  /// Nothing relates them.
  case none = "no-relation"

  /// A short label for people ("Excludes1 conflict", ...).
  public var label: String {
    switch self {
    case .excludes1: "Excludes1 conflict"
    case .curatedExcludes1: "Excludes1 (text-only note, curated mapping)"
    case .excludes2: "Excludes2 (may be reported together)"
    case .both: "Excludes1 and Excludes2 both"
    case .guideline: "guideline rule"
    case .none: "no relation"
    }
  }
}
