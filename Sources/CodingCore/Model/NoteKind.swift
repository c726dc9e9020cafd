/// The kind of an instructional note, one per element name of the tabular XML.
public enum NoteKind: UInt8, Sendable, Codable, CaseIterable {
  case includes = 0
  case inclusionTerm = 1
  case excludes1 = 2
  case excludes2 = 3
  case codeFirst = 4
  case useAdditionalCode = 5
  case codeAlso = 6
  case notes = 7
  case sevenChrNote = 8
  case sevenChrDef = 9

  /// The XML element name, which is also the stable name used in JSON output.
  public var elementName: String {
    switch self {
    case .includes: "includes"
    case .inclusionTerm: "inclusionTerm"
    case .excludes1: "excludes1"
    case .excludes2: "excludes2"
    case .codeFirst: "codeFirst"
    case .useAdditionalCode: "useAdditionalCode"
    case .codeAlso: "codeAlso"
    case .notes: "notes"
    case .sevenChrNote: "sevenChrNote"
    case .sevenChrDef: "sevenChrDef"
    }
  }

  /// The heading a coder knows from the printed tabular ("Excludes1", "Code first", ...).
  public var heading: String {
    switch self {
    case .includes: "Includes"
    case .inclusionTerm: "Inclusion terms"
    case .excludes1: "Excludes1"
    case .excludes2: "Excludes2"
    case .codeFirst: "Code first"
    case .useAdditionalCode: "Use additional code"
    case .codeAlso: "Code also"
    case .notes: "Notes"
    case .sevenChrNote: "7th character note"
    case .sevenChrDef: "7th characters"
    }
  }

  private static let byElementName: [String: NoteKind] = Dictionary(
    uniqueKeysWithValues: NoteKind.allCases.map { ($0.elementName, $0) })

  /// Creates a kind from its XML element name.
  public init?(elementName: String) {
    guard let kind = NoteKind.byElementName[elementName] else { return nil }
    self = kind
  }
}
