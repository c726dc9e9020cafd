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
    var precedence = ExcludesPrecedence()
    triples.withUnsafeBufferPointer { q in
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
    let n = present.count
    let options = encounter.options
    guard encounter.unrelated.isEmpty && !(options.reportExcludes2 && options.reports(.info)) else {
      for i in 0..<(n - 1) {
        for j in (i + 1)..<n { pairFinding(i, j, encounter: encounter) }
      }
      return
    }
    let curated = options.curatedRules
    let shift = bucketShift
    // The reusable list, taken out while the tables are read through pointers.
    var candidates: [(Int, Int)] = []
    swap(&candidates, &pairCandidates)
    candidates.removeAll(keepingCapacity: true)
    present.withUnsafeBufferPointer { present in
      entries.withUnsafeBufferPointer { entries in
        chainMasks.withUnsafeBufferPointer { masks in
          chainIntervals.withUnsafeBufferPointer { spans in
            intervals.withUnsafeBufferPointer { iv in
              /// What the Excludes1 intervals of chain `head` say about node `x` (see ``intervalTest(_:_:curated:)``).
              @inline(__always) func test(_ head: Int32, _ x: Int32) -> UInt8 {
                guard masks[Int(head)].excludes1.contains(node: x, shift: shift) else { return 0 }
                let span = spans[Int(head)]
                var result: UInt8 = 0
                var k = 3 * Int(span.start)
                let end = k + 3 * Int(span.count)
                while k < end && iv[k] <= x {
                  if x < iv[k + 1] {
                    let flags = iv[k + 2]
                    if flags == 0 || (flags == 2 && curated) { return 1 }
                    if flags & 1 != 0 && (curated || flags & 2 == 0) { result = 2 }
                  }
                  k += 3
                }
                return result
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
    swap(&candidates, &pairCandidates)
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
    let x = entries[Int(a)].node
    let y = entries[Int(b)].node
    let reportsExcludes2 = options.reportExcludes2 && options.reports(.info)
    if !reportsExcludes2 {
      let ha = entries[Int(a)].head
      let hb = entries[Int(b)].head
      let curated = options.curatedRules
      let ta =
        chainMasks[Int(ha)].excludes1.contains(node: y, shift: bucketShift) ? intervalTest(ha, y, curated: curated) : 0
      let tb =
        chainMasks[Int(hb)].excludes1.contains(node: x, shift: bucketShift) ? intervalTest(hb, x, curated: curated) : 0
      if ta == 0 && tb == 0 { return }
      if ta != 1 && tb != 1 && !anyExcludes1(a, x, ta == 2, b, y, tb == 2, curated: curated) { return }
    } else if !chainMasks[Int(entries[Int(a)].head)].excludes.contains(node: y, shift: bucketShift)
      && !chainMasks[Int(entries[Int(b)].head)].excludes.contains(node: x, shift: bucketShift)
    {
      return
    }
    let bits = (options.curatedRules ? 1 : 0) | (options.reportExcludes2 ? 2 : 0) | (options.reports(.info) ? 4 : 0)
    let cacheKey = UInt64(UInt32(x)) << 32 | UInt64(UInt32(y)) << 3 | UInt64(bits)
    if let hit = pairCache.find(cacheKey) {
      if hit == Self.seenOnce {
        // Seen before: now it is worth keeping.
        let id = keepPairJSON(a, b, options: options, transient: false)
        pairCache.insert(cacheKey, id)
        if id != Self.noFinding { emit(id, options) }
      } else if hit != Self.noFinding {
        emit(hit, options)
      }
      return
    }
    let decision = quickDecision(a, b, curated: options.curatedRules)
    let id: Int32
    if decision == .none || (decision == .excludes2 && !reportsExcludes2) {
      id = Self.noFinding
    } else if lean {
      // The first time a pair is seen in a JSON Lines batch, its finding is made for this encounter only.
      let made = keepPairJSON(a, b, options: options, transient: true)
      pairCache.insert(cacheKey, made == Self.noFinding ? made : Self.seenOnce)
      if made != Self.noFinding { emitTransient(made, options) }
      return
    } else {
      id = buildPairFinding(a, b, encounter: encounter).map { store.add($0) } ?? Self.noFinding
    }
    pairCache.insert(cacheKey, id)
    if id != Self.noFinding { emit(id, options) }
  }
}
