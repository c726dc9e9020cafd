/// Why a code of a correction changed: the fixed list the metrics are counted by.
public enum ChangeReason: String, Sendable, Hashable, Codable, CaseIterable {
  /// The documentation does not support the code.
  case notDocumented = "not-documented"
  /// The code conflicts with another through an Excludes1 note.
  case excludes1 = "excludes1"
  /// A code the documentation supports was missing.
  case missedCode = "missed-code"
  /// A more (or less) specific code was right.
  case specificity = "specificity"
  /// The codes were in the wrong order.
  case sequencing = "sequencing"
  /// The code is not valid on the date of service (invalid, header, other release).
  case invalidOnDate = "invalid-on-date"
  /// Anything else (say what in the note).
  case other = "other"

  /// The words shown to people.
  public var label: String {
    switch self {
    case .notDocumented: "documentation does not support"
    case .excludes1: "Excludes1 conflict"
    case .missedCode: "missed code"
    case .specificity: "specificity"
    case .sequencing: "sequencing"
    case .invalidOnDate: "invalid on the date"
    case .other: "other"
    }
  }

  /// Reads a reason by its stable name, in any case.
  public init?(name: String) {
    self.init(rawValue: name.lowercased())
  }
}
