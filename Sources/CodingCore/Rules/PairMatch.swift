/// One Excludes reference of one code's chain that covers the other code of a pair.
struct PairMatch {
  /// The reference.
  var range: ChainRange
  /// The entry (position in ``RuleTables``) whose chain carries the note.
  var subject: Int32
  /// The other entry of the pair.
  var other: Int32
}
