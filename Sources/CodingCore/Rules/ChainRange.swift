/// One Excludes reference of a code's chain (its own notes and its ancestors'), as a node range.
struct ChainRange: Sendable {
  /// What the reference says about the pair.
  enum Kind: UInt8, Sendable {
    case excludes1
    case excludes2
    /// A text-only Excludes1 note resolved through the curated mapping.
    case curated
  }

  /// The first node covered.
  var start: Int32
  /// The end (exclusive) of the covered nodes.
  var end: Int32
  /// A restriction written after "with", when the reference has one.
  var qualifier: ReferenceQualifier?
  var kind: Kind
  /// The global note index (official notes and curated ones alike: the carrier's note).
  var note: Int
  /// The node carrying the note.
  var carrier: NodeID
  /// The carrier's level.
  var level: NodeKind
  /// For curated ranges, the entry's position in the mapping; -1 otherwise.
  var curated: Int
  /// The curated reference as written (`S33.5-`); nil for official references (read on demand).
  var text: String?

  /// Whether the range covers a node whose lookup key is `key`.
  @inline(__always) func covers(_ node: NodeID, key: String) -> Bool {
    guard start <= node.rawValue, node.rawValue < end else { return false }
    guard let qualifier else { return true }
    return qualifier.admits(key: key)
  }

  /// The reference as written in the note (`M54.4-`), read from the release when needed.
  func referenceText(in release: Release) -> String? {
    if let text { return text }
    return release.referenceText(note: note, start: start, end: end)
  }

  /// How specific the carrier is: chapter 0, section 1, category 2, subcategory 3, code 4.
  var specificity: Int { Int(level.rawValue) }
}
