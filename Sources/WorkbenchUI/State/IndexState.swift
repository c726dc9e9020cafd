/// The Alphabetic Index pane: the term typed, the entries shown and the selection.
public struct IndexState: Equatable, Sendable {
  /// One shown entry: its id in the index and its indent (its level).
  public struct Row: Equatable, Sendable {
    public var entry: Int
    public var level: Int
  }

  /// The term being looked up.
  public var query = ""
  /// Whether keys type into the term (Esc or Enter leave; `i` or `/` come back).
  public var typing = true
  /// The entries shown, in printed order: each match's parent terms, then the match and its subterms.
  public var rows: [Row] = []
  public var selected = 0
  public var scroll = 0
  /// Entries left by following "see" / "see also" (Backspace goes back).
  public var trail: [String] = []

  public init() {}
}
