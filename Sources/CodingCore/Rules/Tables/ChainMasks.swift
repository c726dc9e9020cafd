/// The node buckets a chain's Excludes references cover (see ``NodeMask``): a pair whose other code
/// falls outside both chains' masks cannot match.
struct ChainMasks {
  /// Buckets of the Excludes1 and curated references.
  var excludes1 = NodeMask()
  /// Buckets of every reference.
  var excludes = NodeMask()
}
