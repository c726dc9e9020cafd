/// A release flattened into tabular (preorder) arrays, ready to be written as a compiled store.
struct CompiledRelease: Sendable {
  /// A note with its resolved references (`refStart ..< refStart + refCount` in `refs`).
  struct Note: Sendable {
    var kind: NoteKind
    var character: UInt8
    var text: String
    var refStart: Int
    var refCount: Int
  }

  /// A reference item resolved to a preorder range; `start == -1` when it did not resolve.
  struct Ref: Sendable {
    var text: String
    var start: Int32
    var end: Int32
    var qualifier: String
  }

  /// A search posting: a node and which of its texts (0 = title, k = k-th inclusion term) holds a token.
  struct Posting: Sendable, Hashable {
    var node: Int32
    var text: UInt16
    /// How many meaningful words the text has (for ranking by coverage).
    var count: UInt8
  }

  var info: ReleaseInfo
  var version: String
  var codes: [String] = []
  var titles: [String] = []
  var kinds: [NodeKind] = []
  var parents: [Int32] = []
  var ends: [Int32] = []
  var flags: [UInt8] = []
  var noteStarts: [Int] = []
  var noteCounts: [Int] = []
  var notes: [Note] = []
  var refs: [Ref] = []
  /// Code lookup keys (no dot, upper case; section ids as written) and their nodes, sorted by key.
  var index: [(key: String, node: Int32)] = []
  /// Cross-reference aliases, sorted by node: a note elsewhere that points at exactly this code
  /// ("pain in neck (M54.2)" under R07.0) names it in words the title lacks.
  var aliases: [(node: Int32, note: Int32)] = []
  /// Search tokens sorted, each with its postings.
  var tokens: [(token: String, postings: [Posting])] = []
  /// Codes of the code list missing from the tree, and codes of the tree missing from the code list.
  var missingFromTree: [String] = []
  var extraInTree: [String] = []
  /// The derived documentation checklist records of every node (see ``ChecklistDeriver``).
  var checklist: [[DerivedRecord]] = []
  /// The compiled Alphabetic Index section, when the release lists an index file.
  var alphabeticIndex: [UInt8]?

  /// Node flag: the code exists only through a `sevenChrDef`.
  static let flagGenerated: UInt8 = 1
  /// Node flag: the node is a billable code (a code-level leaf).
  static let flagBillable: UInt8 = 2
}
