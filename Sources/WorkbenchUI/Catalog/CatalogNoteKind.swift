/// The kinds of tabular notes, in the order the detail pane lists them.
public enum CatalogNoteKind: String, CaseIterable, Sendable, Equatable {
  case includes, inclusionTerm, excludes1, excludes2, codeFirst, useAdditionalCode, codeAlso
  case notes, sevenChrNote, sevenChrDef

  /// The label shown in front of the note.
  public var label: String {
    switch self {
    case .includes: "Includes"
    case .inclusionTerm: "Inclusion term"
    case .excludes1: "Excludes1"
    case .excludes2: "Excludes2"
    case .codeFirst: "Code first"
    case .useAdditionalCode: "Use additional code"
    case .codeAlso: "Code also"
    case .notes: "Note"
    case .sevenChrNote: "7th character note"
    case .sevenChrDef: "7th characters"
    }
  }

  /// The style role of the note.
  public var role: StyleRole {
    switch self {
    case .includes, .inclusionTerm: .noteIncludes
    case .excludes1: .noteExcludes1
    case .excludes2: .noteExcludes2
    case .codeFirst: .noteCodeFirst
    case .useAdditionalCode: .noteUseAdditional
    case .codeAlso: .noteCodeAlso
    case .notes, .sevenChrNote, .sevenChrDef: .noteOther
    }
  }
}
