/// One Excludes reference of one code's chain that covers the other code of a pair.
struct PairMatch {
  /// The reference.
  var range: ChainRange
  /// The code whose chain carries the note.
  var subject: CodeEntry
  /// The other code of the pair.
  var other: CodeEntry
}
