/// Where a checklist item derived from the official tabular comes from.
public enum DerivedItemKind: UInt8, Sendable, Hashable, CaseIterable {
  /// The words of the title that differ from the siblings' titles.
  case siblingAxis = 0
  /// An "unspecified" code: the record does not state what the siblings name.
  case unspecified = 1
  /// An Excludes1 note of the code or of a level above it.
  case excludes1 = 2
  /// A Code first note.
  case codeFirst = 3
  /// A Use additional code note.
  case useAdditionalCode = 4
  /// A Code also note.
  case codeAlso = 5
  /// The meaning of the code's 7th character in its table.
  case seventhCharacter = 6
  /// The placeholder X of a code shorter than six characters before its 7th character.
  case placeholder = 7

  /// The id part (`M5416-TAB-AXIS`, `M5416-TAB-EXCL1-2`).
  var idPart: String {
    switch self {
    case .siblingAxis: "AXIS"
    case .unspecified: "UNSPEC"
    case .excludes1: "EXCL1"
    case .codeFirst: "FIRST"
    case .useAdditionalCode: "ADD"
    case .codeAlso: "ALSO"
    case .seventhCharacter: "7TH"
    case .placeholder: "PLACEHOLDER"
    }
  }

  /// Whether several items of the kind can apply to one code (numbered ids).
  var isNumbered: Bool { [.excludes1, .codeFirst, .useAdditionalCode, .codeAlso].contains(self) }

  /// The name shown with an item ("sibling axis", "Excludes1", ...).
  public var label: String {
    switch self {
    case .siblingAxis, .unspecified: "sibling axis"
    case .excludes1: "Excludes1"
    case .codeFirst: "Code first"
    case .useAdditionalCode: "Use additional code"
    case .codeAlso: "Code also"
    case .seventhCharacter: "7th character table"
    case .placeholder: "placeholder X"
    }
  }
}
