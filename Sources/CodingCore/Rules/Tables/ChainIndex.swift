/// The ancestor chains of a release's codes, resolved once per carrier and shared by every code
/// below it: each carrier's Excludes references (as node ranges, with their triples scanned on
/// every pair check) and instructional notes, the masks and merged Excludes1 intervals of the
/// chain from it up, and the guideline landmarks a code falls under.
///
/// A code's chain is its head span (``head(_:)``) and the spans reached through
/// ``CarrierSpan/next``. Resolved carriers are bounded by the release and are never dropped.
struct ChainIndex {
  /// The fixed view of the release.
  let rules: ReleaseRules
  /// Per node: the position of its own carrier span (0: nothing to check), or -1 until resolved
  /// (both per-node lists are made on first use: see ``makeSlots()``).
  private(set) var carrierSlot: [Int32] = []
  /// Per node: the head of its chain (see ``RuleEntry/head``), or -1 until resolved.
  private(set) var headSlot: [Int32] = []
  /// The carrier spans; span 0 is empty and ends every chain.
  private(set) var carriers: [CarrierSpan] = []
  /// Per carrier span: the masks of the chain from it up.
  private(set) var chainMasks: [ChainMasks] = []
  /// Per carrier span: where the chain's Excludes1 intervals start in ``intervals``, and how many.
  private(set) var chainIntervals: [(start: Int32, count: Int32)] = []
  /// Triples `(start, end, flags)` sorted by start: the node ranges the Excludes1 and curated
  /// references of a chain cover (flags: 1 qualified, 2 curated; unflagged ranges are merged).
  private(set) var intervals: [Int32] = []
  /// Every resolved carrier's Excludes references.
  private(set) var ranges: [ChainRange] = []
  /// Per reference, the triple `(start, end, kind bits)` scanned on every pair check (kind bits: see
  /// ``kindBits(_:)``).
  private(set) var triples: [Int32] = []
  /// Every resolved carrier's instructional notes.
  private(set) var instructions: [Instruction] = []
  /// Per instruction: where its referenced node ranges start in ``instructionTriples`` (in
  /// triples), how many there are, and whether it is a Code first note; the triples are
  /// `(start, end, 1 when qualified)`.
  private(set) var instructionRanges: [(start: Int32, count: Int32, isCodeFirst: Bool)] = []
  private(set) var instructionTriples: [Int32] = []
  /// The node ranges of the guideline landmarks, with their ``RuleEntry`` flags.
  let landmarkSpans: [(start: Int32, end: Int32, flag: UInt32)]
  /// Node positions are grouped into buckets of `1 << bucketShift` nodes for the pair masks.
  let bucketShift: Int

  /// An index with only the empty span.
  init(rules: ReleaseRules) {
    self.rules = rules
    landmarkSpans = Self.landmarkSpans(rules)
    var shift = 0
    while (max(rules.release.nodeCount, 1) - 1) >> shift >= NodeMask.buckets { shift += 1 }
    bucketShift = shift
    carriers.append(
      CarrierSpan(rangeStart: 0, rangeCount: 0, instructionStart: 0, instructionCount: 0, next: 0, chainFlags: 0))
    chainMasks.append(ChainMasks())
    chainIntervals.append((0, 0))
  }

  /// The head of a node's chain (see ``RuleEntry/head``), resolving the node and its ancestors once.
  mutating func head(_ node: NodeID) -> Int32 {
    if headSlot.isEmpty { makeSlots() }
    let known = headSlot[node.index]
    if known >= 0 { return known }
    let next = rules.release.parent(node).map { head($0) } ?? 0
    let own = carrierPosition(node, next: next)
    let result = own > 0 ? own : next
    headSlot[node.index] = result
    return result
  }

  /// The span of a carrier's own notes (empty when it has none), once its chain is resolved.
  func ownSpan(_ c: NodeID) -> CarrierSpan? {
    guard !carrierSlot.isEmpty else { return nil }
    let slot = carrierSlot[c.index]
    return slot >= 0 ? carriers[Int(slot)] : nil
  }

  /// Calls `body` with each reference position of the chain headed by span `head`, nearest carrier
  /// first, until it returns true; returns whether it did.
  @inline(__always)
  func firstReference(head: Int32, where body: (Int) -> Bool) -> Bool {
    carriers.withUnsafeBufferPointer { spans in
      var s = Int(head)
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
    return intervals.withUnsafeBufferPointer { Self.intervalTest(span, x, curated: curated, in: $0) }
  }

  /// ``intervalTest(_:_:curated:)`` over the intervals `span` of `iv` (the tables read through a
  /// pointer, for loops over many pairs).
  @inline(__always)
  static func intervalTest(
    _ span: (start: Int32, count: Int32), _ x: Int32, curated: Bool, in iv: UnsafeBufferPointer<Int32>
  ) -> UInt8 {
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

  /// The guideline landmarks a code falls under.
  func landmarkFlags(_ node: NodeID) -> UInt32 {
    var flags: UInt32 = 0
    for span in landmarkSpans where span.start <= node.rawValue && node.rawValue < span.end { flags |= span.flag }
    if flags & RuleEntry.dorsalgia != 0 {
      let spelling = rules.release.code(node)
      if spelling.hasPrefix("M54.0") || spelling.hasPrefix("M54.1") { flags |= RuleEntry.notGeneralPain }
    }
    return flags
  }

  /// The kind bits of a chain reference: kind (0 Excludes1, 1 Excludes2, 2 curated), 4 when it has a
  /// qualifier, and the carrier's specificity times 8.
  static func kindBits(_ range: ChainRange) -> Int32 {
    Int32(range.kind.rawValue) | (range.qualifier == nil ? 0 : 4) | Int32(range.specificity) << 3
  }

  /// The node ranges of the guideline landmarks (each landmark's subtree), with their flags.
  static func landmarkSpans(_ rules: ReleaseRules) -> [(start: Int32, end: Int32, flag: UInt32)] {
    let marks = rules.landmarks
    let all: [(NodeID?, UInt32)] = [
      (marks.sciatica, RuleEntry.sciatica), (marks.lowBackPain, RuleEntry.lowBackPain),
      (marks.lumbagoWithSciatica, RuleEntry.lumbagoWithSciatica), (marks.chronicPain, RuleEntry.chronicPain),
      (marks.painCategory, RuleEntry.painCategory), (marks.dorsalgia, RuleEntry.dorsalgia),
      (marks.dorsopathies, RuleEntry.dorsopathies),
    ]
    return all.compactMap { mark, flag in
      mark.map { ($0.rawValue, rules.release.subtreeEnd($0).rawValue, flag) }
    }
  }
}

/// Resolving one carrier of a chain: its own references and notes, appended once, and the masks and
/// merged Excludes1 intervals of the chain from it up.
extension ChainIndex {
  /// Makes the per-node lists of chain heads and carrier positions, all unresolved.
  private mutating func makeSlots() {
    carrierSlot = [Int32](repeating: -1, count: rules.release.nodeCount)
    headSlot = [Int32](repeating: -1, count: rules.release.nodeCount)
  }

  /// The position of a carrier's own span in ``carriers``, resolved once (after its ancestors, whose
  /// chain head is `next`); 0 (the empty span) when the carrier has nothing the rules use.
  private mutating func carrierPosition(_ c: NodeID, next: Int32) -> Int32 {
    let slot = carrierSlot[c.index]
    if slot >= 0 { return slot }
    var span = CarrierSpan(
      rangeStart: Int32(ranges.count), rangeCount: 0, instructionStart: Int32(instructions.count),
      instructionCount: 0, next: next, chainFlags: carriers[Int(next)].chainFlags)
    var masks = chainMasks[Int(next)]
    if !rules.release.noteRange(of: c).isEmpty {
      let own = rules.ownRanges(of: c)
      let notes = rules.ownInstructions(of: c)
      span.rangeCount = Int32(own.count)
      span.instructionCount = Int32(notes.count)
      for range in own {
        masks.excludes.insert(range.start, range.end, shift: bucketShift)
        if range.kind != .excludes2 { masks.excludes1.insert(range.start, range.end, shift: bucketShift) }
        triples.append(range.start)
        triples.append(range.end)
        triples.append(Self.kindBits(range))
      }
      for ins in notes where ins.kind == .codeFirst && !ins.ranges.isEmpty {
        span.chainFlags |= RuleEntry.codeFirstWithRanges
      }
      ranges.append(contentsOf: own)
      for ins in notes {
        instructionRanges.append(
          (Int32(instructionTriples.count / 3), Int32(ins.ranges.count), ins.kind == .codeFirst))
        for r in ins.ranges {
          instructionTriples.append(r.range.lowerBound.rawValue)
          instructionTriples.append(r.range.upperBound.rawValue)
          instructionTriples.append(r.qualifier == nil ? 0 : 1)
        }
      }
      instructions.append(contentsOf: notes)
    }
    let position: Int32 = span.rangeCount == 0 && span.instructionCount == 0 ? 0 : Int32(carriers.count)
    if position > 0 {
      carriers.append(span)
      chainMasks.append(masks)
      chainIntervals.append(
        mergedIntervals(own: Int(span.rangeStart)..<Int(span.rangeStart + span.rangeCount), next: next))
    }
    carrierSlot[c.index] = position
    return position
  }

  /// Appends the Excludes1 intervals of a chain: a carrier's own references and those of the chain
  /// above it (span `next`), sorted, with plain ranges merged.
  private mutating func mergedIntervals(own: Range<Int>, next: Int32) -> (start: Int32, count: Int32) {
    var items: [(start: Int32, end: Int32, flags: Int32)] = []
    for r in own where ranges[r].kind != .excludes2 && ranges[r].start < ranges[r].end {
      let range = ranges[r]
      items.append((range.start, range.end, (range.qualifier == nil ? 0 : 1) | (range.kind == .curated ? 2 : 0)))
    }
    let above = chainIntervals[Int(next)]
    for k in Int(above.start)..<Int(above.start + above.count) {
      items.append((intervals[3 * k], intervals[3 * k + 1], intervals[3 * k + 2]))
    }
    items.sort { ($0.start, $0.end, $0.flags) < ($1.start, $1.end, $1.flags) }
    var merged: [(start: Int32, end: Int32, flags: Int32)] = []
    for item in items {
      // Sorted by start, so an unflagged range overlapping the last unflagged interval extends it.
      if item.flags == 0, let k = merged.lastIndex(where: { $0.flags == 0 }), merged[k].end >= item.start {
        merged[k].end = max(merged[k].end, item.end)
      } else {
        merged.append(item)
      }
    }
    let start = Int32(intervals.count / 3)
    for item in merged {
      intervals.append(item.start)
      intervals.append(item.end)
      intervals.append(item.flags)
    }
    return (start, Int32(merged.count))
  }
}
