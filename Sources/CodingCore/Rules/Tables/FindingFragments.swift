/// Pieces of finding JSON rendered once, from which the JSON Lines fast path assembles the bytes of
/// findings that ``Finding/writeJSON(to:)`` would write (``RuleTables/keepPairJSON(_:_:options:transient:)``,
/// ``RuleTables/keepNonBillable(_:)``): pair evidence fragments, running counts of billable nodes,
/// and 7th-character tables as JSON.
struct FindingFragments {
  /// Evidence fragments: positions in ``fragments`` by reference, subject and role, and their bytes.
  var cache = KeyTable()
  var fragments: [EvidenceFragment] = []
  var bytes: [UInt8] = []
  /// Running counts of billable nodes by position (built on first use).
  var billableBefore: [Int32] = []
  /// Per node (made on first use), the 7th-character table that applies to it: a position in
  /// ``sevenCharacterList``, -1 when none applies, -2 until asked.
  var sevenCharacterSlot: [Int32] = []
  var sevenCharacterList: [SevenCharacterJSON] = []

  /// Forgets the evidence fragments (they name entries); the per-node tables stay.
  mutating func removeEvidence() {
    cache.removeAll()
    fragments.removeAll(keepingCapacity: true)
    bytes.removeAll(keepingCapacity: true)
  }
}
