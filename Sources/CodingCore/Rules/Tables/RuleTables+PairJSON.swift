/// The Excludes finding of a pair written straight as JSON, for JSON Lines batches
/// (``PairFindingJSON``: the same layout and wording as a ``Finding``), assembled from evidence
/// fragments rendered once.
extension RuleTables {
  /// The fragment of the evidence of reference `r` (a position in ``ChainIndex/ranges``) of `subject`'s chain
  /// covering `other`, rendered once per reference, subject and role.
  mutating func fragment(_ r: Int32, subject: Int32, other: Int32, role: Evidence.Role) -> Int32 {
    let key = UInt64(UInt32(r)) << 33 | UInt64(UInt32(subject)) << 1 | (role == .decides ? 1 : 0)
    if let hit = fragments.cache.find(key) { return hit }
    let m = PairMatch(range: chains.ranges[Int(r)], subject: subject, other: other)
    let e = evidence(m, role: role)
    var w = JSONWriter(capacity: 0)
    swap(&w.bytes, &fragments.bytes)
    let alsoStart = w.bytes.count
    w.raw("\"role\":")
    w.string(e.role.rawValue)
    w.raw(",\"authority\":")
    w.string(e.authority.rawValue)
    let fieldsStart = w.bytes.count
    e.writeFields(to: &w)
    let headingStart = w.bytes.count
    w.contents(ExcludesMessage.heading(e))
    let describedStart = w.bytes.count
    w.contents(ExcludesPair.describe(e))
    let end = w.bytes.count
    swap(&w.bytes, &fragments.bytes)
    let position = Int32(fragments.fragments.count)
    fragments.fragments.append(
      EvidenceFragment(
        alsoStart: Int32(alsoStart), fieldsStart: Int32(fieldsStart), headingStart: Int32(headingStart),
        describedStart: Int32(describedStart), end: Int32(end), role: role))
    fragments.cache.insert(key, position)
    return position
  }

  /// Keeps the JSON of the Excludes finding of entries `a` and `b` (in encounter order, not marked
  /// unrelated), for good or (`transient`) for this encounter only; nil when the notes report nothing.
  ///
  /// Works in the reusable lists ``EncounterScratch/pairMatches`` and ``EncounterScratch/pairParts``:
  /// nothing is allocated per pair.
  mutating func keepPairJSON(_ a: Int32, _ b: Int32, options: RuleOptions, transient: Bool) -> FindingRef? {
    var found: [(r: Int32, subject: Int32, other: Int32)] = []
    var parts: [Int32] = []
    swap(&found, &scratch.pairMatches)
    swap(&parts, &scratch.pairParts)
    defer {
      swap(&found, &scratch.pairMatches)
      swap(&parts, &scratch.pairParts)
    }
    found.removeAll(keepingCapacity: true)
    parts.removeAll(keepingCapacity: true)
    collectMatches(a, b, curated: options.curatedRules, into: &found)
    guard !found.isEmpty else { return nil }
    let decision = decide(found)
    guard let (kind, severity, authority, verdict) = ExcludesPair.outcome(decision) else { return nil }
    guard ExcludesPair.isReported(decision, options: options) else { return nil }
    let deciding = orderedParts(found, decision: decision, into: &parts)
    let finding = PairFindingJSON(
      kind: kind, severity: severity, authority: authority, verdict: verdict, a: a, b: b, parts: parts,
      deciding: deciding, fragments: fragments, codeIndex: codeIndex)
    return cache.keepJSON(kind: kind, severity: severity, forNow: transient) { finding.writeFindingJSON(to: &$0) }
  }

  /// The fragments of a pair's evidence in the order of ``orderEvidence(_:decision:into:)``,
  /// appended to `parts`; returns how many decide.
  private mutating func orderedParts(
    _ found: [(r: Int32, subject: Int32, other: Int32)], decision: PairVerdict.Decision, into parts: inout [Int32]
  ) -> Int {
    var order: [(index: Int32, decides: Bool)] = []
    swap(&order, &scratch.pairOrder)
    defer { swap(&order, &scratch.pairOrder) }
    order.removeAll(keepingCapacity: true)
    let deciding = orderEvidence(found, decision: decision, into: &order)
    for item in order {
      let match = found[Int(item.index)]
      parts.append(
        fragment(match.r, subject: match.subject, other: match.other, role: item.decides ? .decides : .overruled))
    }
    return deciding
  }

  /// The decision over reference positions (``ExcludesPrecedence``).
  func decide(_ found: [(r: Int32, subject: Int32, other: Int32)]) -> PairVerdict.Decision {
    var precedence = ExcludesPrecedence()
    for match in found {
      let range = chains.ranges[Int(match.r)]
      precedence.add(range.kind, specificity: Int(range.specificity))
    }
    return precedence.decision
  }
}
