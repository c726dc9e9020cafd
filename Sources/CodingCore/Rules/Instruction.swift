/// A Code first, Use additional code or Code also note of a code's chain, with its resolved ranges.
struct Instruction: Sendable {
  /// `codeFirst`, `useAdditionalCode` or `codeAlso`.
  var kind: NoteKind
  /// The global note index.
  var note: Int
  /// The node carrying the note.
  var carrier: NodeID
  /// The references with a resolved range (empty for text-only notes).
  var ranges: [(range: Range<NodeID>, qualifier: ReferenceQualifier?)]
}
