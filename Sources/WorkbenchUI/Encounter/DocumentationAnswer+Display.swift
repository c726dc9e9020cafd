import CodingCore

extension DocumentationAnswer {
  /// The next answer when cycling: unknown → yes → no → unknown.
  public var next: DocumentationAnswer {
    switch self {
    case .unknown: .yes
    case .yes: .no
    case .no: .unknown
    }
  }

  /// A symbol and words, so the state never relies on colour alone.
  public var label: String {
    switch self {
    case .unknown: "[?] unknown"
    case .yes: "[✓] documented"
    case .no: "[✗] not documented"
    }
  }

  /// The style role of the answer.
  public var role: StyleRole {
    switch self {
    case .unknown: .checkUnknown
    case .yes: .checkYes
    case .no: .checkNo
    }
  }
}
