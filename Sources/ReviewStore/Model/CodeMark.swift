/// How one code of a correction compares with the submitted codes.
public enum CodeMark: String, Sendable, Hashable, Codable, CaseIterable {
  /// In the corrected codes only.
  case added
  /// In the submitted codes only.
  case deleted
  /// In both, but moved relative to the others.
  case resequenced
  /// In both, in the same relative order.
  case unchanged

  /// The one-character mark shown beside the code (+, −, ↕, or a space).
  public var symbol: String {
    switch self {
    case .added: "+"
    case .deleted: "\u{2212}"
    case .resequenced: "\u{2195}"
    case .unchanged: " "
    }
  }

  /// An ASCII mark for plain output (+, -, ~, =).
  public var asciiSymbol: String {
    switch self {
    case .added: "+"
    case .deleted: "-"
    case .resequenced: "~"
    case .unchanged: "="
    }
  }
}
