/// The Alphabetic Index pane: the term typed, the matching entries as a foldable tree, the selection
/// and the way back from a followed "see".
public struct IndexState: Equatable, Sendable {
  /// One shown entry: its id in the index, its indent (its level) and its fold state.
  public struct Row: Equatable, Sendable {
    public var entry: Int
    public var level: Int
    /// Whether the entry has subterms.
    public var hasSubterms = false
    /// Whether subterms are shown below it (all of them, or only those that lead to a match).
    public var isOpen = false
    /// Subterms left out because only those that lead to a match are shown (0 when all are).
    public var hiddenSubterms = 0

    public init(entry: Int, level: Int, hasSubterms: Bool = false, isOpen: Bool = false, hiddenSubterms: Int = 0) {
      self.entry = entry
      self.level = level
      self.hasSubterms = hasSubterms
      self.isOpen = isOpen
      self.hiddenSubterms = hiddenSubterms
    }
  }

  /// What the pane showed before a "see" was followed, to come back to.
  public struct Place: Equatable, Sendable {
    public var query: String
    public var roots: [Int]
    public var opened: Set<Int>
    public var closed: Set<Int>
    public var selectedEntry: Int?
    public var scroll: Int
  }

  /// The term being looked up.
  public var query = ""
  /// Whether keys type into the term (Esc or Enter leave; `i` or `/` come back).
  public var typing = true
  /// The matching entries (each shown under its parent terms), best first.
  public var roots: [Int] = []
  /// Entries unfolded by hand (all their subterms shown); the matches start unfolded.
  public var opened: Set<Int> = []
  /// Entries folded by hand (the parents of a match show the subterms leading to it until folded).
  public var closed: Set<Int> = []
  /// The entries shown, in printed order, grouped under their main terms.
  public var rows: [Row] = []
  public var selected = 0
  public var scroll = 0
  /// Places left by following "see" / "see also" (Backspace goes back).
  public var trail: [Place] = []
  /// The index the rows come from (its release and size): another index (a date that chose another
  /// release) makes the term be looked up again.
  public var indexIdentity = ""

  public init() {}
}
