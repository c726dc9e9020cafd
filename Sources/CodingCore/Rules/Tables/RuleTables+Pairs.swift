/// The Excludes check of a pair of entries, in both directions: the allocation-free decision run on
/// every pair of every encounter.
extension RuleTables {
  /// Whether reference `r` (a position in ``ranges``; its triple in `q`) covers the node `x` of
  /// entry `other`.
  @inline(__always)
  func covers(_ q: UnsafeBufferPointer<Int32>, _ r: Int, node x: Int32, entry other: Int32) -> Bool {
    guard q[3 * r] <= x && x < q[3 * r + 1] else { return false }
    if q[3 * r + 2] & 4 == 0 { return true }
    return ranges[r].qualifier?.admits(key: key(other)) ?? true
  }

  /// Calls `body` with each reference position of an entry's chain, nearest carrier first, until it
  /// returns true; returns whether it did.
  @inline(__always)
  func firstReference(of e: Int32, where body: (Int) -> Bool) -> Bool {
    carriers.withUnsafeBufferPointer { spans in
      var s = Int(entries[Int(e)].head)
      while s > 0 {
        let span = spans[s]
        for r in Int(span.rangeStart)..<Int(span.rangeStart + span.rangeCount) where body(r) { return true }
        s = Int(span.next)
      }
      return false
    }
  }

  /// What the Excludes1 intervals of the chain headed by span `head` say about node `x`: 0 no
  /// reference covers it, 1 one certainly does, 2 only a qualified one might (scan the references).
  @inline(__always)
  func intervalTest(_ head: Int32, _ x: Int32, curated: Bool) -> UInt8 {
    let span = chainIntervals[Int(head)]
    return intervals.withUnsafeBufferPointer { iv in
      var result: UInt8 = 0
      var k = 3 * Int(span.start)
      let end = k + 3 * Int(span.count)
      while k < end {
        if iv[k] > x { break }
        if x < iv[k + 1] {
          let flags = iv[k + 2]
          if flags == 0 || (flags == 2 && curated) { return 1 }
          if flags & 1 != 0 && (curated || flags & 2 == 0) { result = 2 }
        }
        k += 3
      }
      return result
    }
  }

  /// The masks of an entry's chain.
  @inline(__always) func masks(_ e: Int32) -> ChainMasks { chainMasks[Int(entries[Int(e)].head)] }

  /// Whether any Excludes1 reference (official, or curated when allowed) of either chain covers the
  /// other code (`x` and `y` are the nodes of `a` and `b`; the flags say which chains to scan).
  @inline(__always)
  func anyExcludes1(
    _ a: Int32, _ x: Int32, _ aCoversB: Bool, _ b: Int32, _ y: Int32, _ bCoversA: Bool, curated: Bool
  ) -> Bool {
    guard aCoversB || bCoversA else { return false }
    return triples.withUnsafeBufferPointer { q in
      @inline(__always) func scan(_ e: Int32, _ x: Int32, _ other: Int32) -> Bool {
        firstReference(of: e) { r in
          let kind = q[3 * r + 2] & 3
          return kind != 1 && (curated || kind != 2) && covers(q, r, node: x, entry: other)
        }
      }
      return (aCoversB && scan(a, y, b)) || (bCoversA && scan(b, x, a))
    }
  }

  /// The decision alone, without allocating.
  @inline(__always)
  func quickDecision(_ a: Int32, _ b: Int32, curated: Bool) -> PairVerdict.Decision {
    let x = entries[Int(a)].node
    let y = entries[Int(b)].node
    guard x >= 0, y >= 0 else { return .none }
    let aCoversB = masks(a).excludes.contains(node: y, shift: bucketShift)
    let bCoversA = masks(b).excludes.contains(node: x, shift: bucketShift)
    guard aCoversB || bCoversA else { return .none }
    var best = -1
    var bestKind: Int32 = 1
    var official = false
    triples.withUnsafeBufferPointer { q in
      @inline(__always) func scan(_ e: Int32, _ x: Int32, _ other: Int32) {
        _ = firstReference(of: e) { r in
          let bits = q[3 * r + 2]
          let kind = bits & 3
          if (curated || kind != 2) && covers(q, r, node: x, entry: other) {
            if kind == 0 { official = true }
            let rank = Int(bits >> 3) * 4 + ExcludesPair.kindRank(UInt8(kind))
            if rank > best {
              best = rank
              bestKind = kind
            }
          }
          return false
        }
      }
      if aCoversB { scan(a, y, b) }
      if bCoversA { scan(b, x, a) }
    }
    if best < 0 { return .none }
    if bestKind == 1 { return .excludes2 }
    return official ? .excludes1 : .curatedExcludes1
  }

  /// Appends the Excludes finding of the pair of present codes `i` and `j` (`i < j`), if any (kept
  /// once per pair unless the pair is marked unrelated).
  mutating func pairFinding(_ i: Int, _ j: Int, encounter: Encounter) {
    let options = encounter.options
    let a = present[i]
    let b = present[j]
    if !encounter.unrelated.isEmpty
      && encounter.unrelated.contains(where: { $0.matches(key: key(a), key: key(b)) })
    {
      if let f = buildPairFinding(a, b, encounter: encounter) { emit(f, options) }
      return
    }
    let x = presentNodes[i]
    let y = presentNodes[j]
    let reportsExcludes2 = options.reportExcludes2 && options.reports(.info)
    if !reportsExcludes2 {
      let ha = presentHeads[i]
      let hb = presentHeads[j]
      let curated = options.curatedRules
      let ta =
        chainMasks[Int(ha)].excludes1.contains(node: y, shift: bucketShift) ? intervalTest(ha, y, curated: curated) : 0
      let tb =
        chainMasks[Int(hb)].excludes1.contains(node: x, shift: bucketShift) ? intervalTest(hb, x, curated: curated) : 0
      if ta == 0 && tb == 0 { return }
      if ta != 1 && tb != 1 && !anyExcludes1(a, x, ta == 2, b, y, tb == 2, curated: curated) { return }
    } else if !chainMasks[Int(presentHeads[i])].excludes.contains(node: y, shift: bucketShift)
      && !chainMasks[Int(presentHeads[j])].excludes.contains(node: x, shift: bucketShift)
    {
      return
    }
    let decision = quickDecision(a, b, curated: options.curatedRules)
    if decision == .none || (decision == .excludes2 && !reportsExcludes2) { return }
    let bits = (options.curatedRules ? 1 : 0) | (options.reportExcludes2 ? 2 : 0) | (options.reports(.info) ? 4 : 0)
    let cacheKey = UInt64(UInt32(x)) << 32 | UInt64(UInt32(y)) << 3 | UInt64(bits)
    let id: Int32
    if let hit = pairCache.find(cacheKey) {
      id = hit
    } else {
      id =
        lean
        ? keepPairJSON(a, b, options: options)
        : buildPairFinding(a, b, encounter: encounter).map { store.add($0) } ?? Self.noFinding
      pairCache.insert(cacheKey, id)
    }
    if id != Self.noFinding { emit(id, options) }
  }
}
