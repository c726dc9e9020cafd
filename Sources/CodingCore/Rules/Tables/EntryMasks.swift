/// The node buckets an entry's (or a carrier's) Excludes references cover (see ``NodeMask``): a
/// pair whose other code falls outside both cannot match.
struct EntryMasks {
  /// Buckets of the Excludes1 and curated references.
  var excludes1 = NodeMask()
  /// Buckets of every reference.
  var excludes = NodeMask()

  /// Adds another set of buckets.
  @inline(__always) mutating func formUnion(_ other: EntryMasks) {
    excludes1.formUnion(other.excludes1)
    excludes.formUnion(other.excludes)
  }
}
