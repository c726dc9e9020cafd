/// Pieces of finding JSON rendered once, from which the JSON Lines fast path assembles the JSON of
/// an Excludes finding (``RuleTables/keepPairJSON(_:_:options:transient:)``): pair evidence
/// fragments.
struct FindingFragments {
  /// Evidence fragments: positions in ``fragments`` by reference, subject and role, and their bytes.
  var cache = KeyTable()
  var fragments: [EvidenceFragment] = []
  var bytes: [UInt8] = []

  /// Forgets the evidence fragments (they name entries).
  mutating func removeEvidence() {
    cache.removeAll()
    fragments.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
  }
}
