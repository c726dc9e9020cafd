/// The Excludes check of a pair of entries, in both directions: the allocation-free decision run on
/// every pair of every encounter.
extension RuleTables {
  /// Whether reference `r` (a position in ``ChainIndex/ranges``; its triple in `q`) covers the node `x` of
  /// entry `other`.
  @inline(__always)
  func covers(_ q: UnsafeBufferPointer<Int32>, _ r: Int, node x: Int32, entry other: Int32) -> Bool {
    guard q[3 * r] <= x && x < q[3 * r + 1] else { return false }
    if q[3 * r + 2] & 4 == 0 { return true }
    return chains.ranges[r].qualifier?.admits(key: key(other)) ?? true
  }

  /// Calls `body` with each reference position of an entry's chain, nearest carrier first, until it
  /// returns true; returns whether it did.
  @inline(__always)
  func firstReference(of e: Int32, where body: (Int) -> Bool) -> Bool {
    chains.firstReference(head: codeIndex.entries[Int(e)].head, where: body)
  }

  /// The masks of an entry's chain.
  @inline(__always) func masks(_ e: Int32) -> ChainMasks { chains.chainMasks[Int(codeIndex.entries[Int(e)].head)] }

  /// Whether any Excludes1 reference (official, or curated when allowed) of either chain covers the
  /// other code (`x` and `y` are the nodes of `a` and `b`; the flags say which chains to scan).
  @inline(__always)
  func anyExcludes1(
    _ a: Int32, _ x: Int32, _ aCoversB: Bool, _ b: Int32, _ y: Int32, _ bCoversA: Bool, curated: Bool
  ) -> Bool {
    guard aCoversB || bCoversA else { return false }
    return chains.triples.withUnsafeBufferPointer { q in
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
    let x = codeIndex.entries[Int(a)].node
    let y = codeIndex.entries[Int(b)].node
    guard x >= 0, y >= 0 else { return .none }
    let aCoversB = masks(a).excludes.contains(node: y, shift: chains.bucketShift)
    let bCoversA = masks(b).excludes.contains(node: x, shift: chains.bucketShift)
    guard aCoversB || bCoversA else { return .none }
    var precedence = ExcludesPrecedence()
    chains.triples.withUnsafeBufferPointer { q in
      @inline(__always) func scan(_ e: Int32, _ x: Int32, _ other: Int32) {
        _ = firstReference(of: e) { r in
          let bits = q[3 * r + 2]
          let kind = bits & 3
          if (curated || kind != 2) && covers(q, r, node: x, entry: other),
            let k = ChainRange.Kind(rawValue: UInt8(kind))
          {
            precedence.add(k, specificity: Int(bits >> 3))
          }
          return false
        }
      }
      if aCoversB { scan(a, y, b) }
      if bCoversA { scan(b, x, a) }
    }
    return precedence.decision
  }

  /// Appends the Excludes findings of every pair of present codes, in order.
  ///
  /// Most pairs are unrelated: when neither Excludes2 nor unrelated marks are in play, a pair is
  /// first tested here against both chains' Excludes1 masks and intervals, with the tables held
  /// once for the whole encounter, and only a pair that may conflict goes on to ``pairFinding(_:_:encounter:)``.
  mutating func pairFindings(_ encounter: Encounter) {
    let n = scratch.present.count
    let options = encounter.options
    guard encounter.unrelated.isEmpty && !(options.reportExcludes2 && options.reports(.info)) else {
      for i in 0..<(n - 1) {
        for j in (i + 1)..<n { pairFinding(i, j, encounter: encounter) }
      }
      return
    }
    let curated = options.curatedRules
    let shift = chains.bucketShift
    // The reusable list, taken out while the tables are read through pointers.
    var candidates: [(Int, Int)] = []
    swap(&candidates, &scratch.pairCandidates)
    candidates.removeAll(keepingCapacity: true)
    scratch.present.withUnsafeBufferPointer { present in
      codeIndex.entries.withUnsafeBufferPointer { entries in
        chains.chainMasks.withUnsafeBufferPointer { masks in
          chains.chainIntervals.withUnsafeBufferPointer { spans in
            chains.intervals.withUnsafeBufferPointer { iv in
              /// What the Excludes1 intervals of chain `head` say about node `x` (see
              /// ``ChainIndex/intervalTest(_:_:curated:)``).
              @inline(__always) func test(_ head: Int32, _ x: Int32) -> UInt8 {
                guard masks[Int(head)].excludes1.contains(node: x, shift: shift) else { return 0 }
                return ChainIndex.intervalTest(spans[Int(head)], x, curated: curated, in: iv)
              }
              for i in 0..<(n - 1) {
                let a = entries[Int(present[i])]
                for j in (i + 1)..<n {
                  let b = entries[Int(present[j])]
                  if test(a.head, b.node) != 0 || test(b.head, a.node) != 0 { candidates.append((i, j)) }
                }
              }
            }
          }
        }
      }
    }
    for (i, j) in candidates { pairFinding(i, j, encounter: encounter) }
    swap(&candidates, &scratch.pairCandidates)
  }

  /// Appends the Excludes finding of the pair of present codes `i` and `j` (`i < j`), if any (kept
  /// once per pair unless the pair is marked unrelated).
  mutating func pairFinding(_ i: Int, _ j: Int, encounter: Encounter) {
    let options = encounter.options
    let a = scratch.present[i]
    let b = scratch.present[j]
    if !encounter.unrelated.isEmpty,
      let override = encounter.unrelated.first(where: { $0.matches(key: key(a), key: key(b)) })
    {
      if let f = buildPairFinding(a, b, options: options, override: override) { emit(f, options) }
      return
    }
    let x = codeIndex.entries[Int(a)].node
    let y = codeIndex.entries[Int(b)].node
    let reportsExcludes2 = options.reportExcludes2 && options.reports(.info)
    if !reportsExcludes2 {
      let ha = codeIndex.entries[Int(a)].head
      let hb = codeIndex.entries[Int(b)].head
      let curated = options.curatedRules
      let ta =
        chains.chainMasks[Int(ha)].excludes1.contains(node: y, shift: chains.bucketShift)
        ? chains.intervalTest(ha, y, curated: curated) : 0
      let tb =
        chains.chainMasks[Int(hb)].excludes1.contains(node: x, shift: chains.bucketShift)
        ? chains.intervalTest(hb, x, curated: curated) : 0
      if ta == 0 && tb == 0 { return }
      if ta != 1 && tb != 1 && !anyExcludes1(a, x, ta == 2, b, y, tb == 2, curated: curated) { return }
    } else if !chains.chainMasks[Int(codeIndex.entries[Int(a)].head)].excludes.contains(
      node: y, shift: chains.bucketShift)
      && !chains.chainMasks[Int(codeIndex.entries[Int(b)].head)].excludes.contains(node: x, shift: chains.bucketShift)
    {
      return
    }
    let bits = (options.curatedRules ? 1 : 0) | (options.reportExcludes2 ? 2 : 0) | (options.reports(.info) ? 4 : 0)
    let cacheKey = UInt64(UInt32(x)) << 32 | UInt64(UInt32(y)) << 3 | UInt64(bits)
    if let hit = cache.pairs.find(cacheKey) {
      if hit == .seenOnce {
        // Seen before: now it is worth keeping.
        let slot = FindingSlot(keepPairJSON(a, b, options: options, transient: false))
        cache.pairs.insert(cacheKey, slot)
        emit(slot, options)
      } else {
        emit(hit, options)
      }
      return
    }
    let decision = quickDecision(a, b, curated: options.curatedRules)
    if decision == .none || (decision == .excludes2 && !reportsExcludes2) {
      return cache.pairs.insert(cacheKey, .none)
    }
    if lean {
      // The first time a pair is seen in a JSON Lines batch, its finding is kept for this encounter only.
      let made = keepPairJSON(a, b, options: options, transient: true)
      cache.pairs.insert(cacheKey, made == nil ? .none : .seenOnce)
      if let made { emit(made, options) }
      return
    }
    let slot = FindingSlot(buildPairFinding(a, b, options: options, override: nil).map { cache.keep($0) })
    cache.pairs.insert(cacheKey, slot)
    emit(slot, options)
  }
}
