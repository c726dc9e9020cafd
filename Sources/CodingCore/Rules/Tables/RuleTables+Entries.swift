/// Resolving typed codes to entries, and building an entry the first time a code is seen.
extension RuleTables {
  /// The entry of a code as typed.
  mutating func entry(typed text: String) -> Int32 {
    var text = text
    return text.withUTF8 { entry(typed: $0) }
  }

  /// The entry of a code as typed, from its UTF-8 bytes: one table lookup by the normalised key,
  /// packed straight from the bytes (text that does not pack goes through ``CodeNormalizer``).
  @inline(__always) mutating func entry(typed bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    if let key = PackedKey.normalized(bytes) { return entry(packed: key) }
    return entry(unpacked: bytes)
  }

  /// The entry of a packed lookup key.
  @inline(__always) mutating func entry(packed key: UInt64) -> Int32 {
    keyed.find(key) ?? build(packed: key) { Self.unpack(key) }
  }

  /// The entry of typed bytes that do not pack (non-ASCII, or a key longer than eight bytes).
  mutating func entry(unpacked bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    entry(key: CodeNormalizer.key(String(decoding: bytes, as: UTF8.self)))
  }

  /// The entry of a lookup key (`M5450`).
  mutating func entry(key: String) -> Int32 {
    if let packed = PackedKey.pack(key) { return keyed.find(packed) ?? build(packed: packed) { key } }
    if let hit = keyedLong[key] { return hit }
    return build(packed: nil) { key }
  }

  /// The text of a packed key.
  static func unpack(_ key: UInt64) -> String {
    var bytes: [UInt8] = []
    var rest = key
    while rest != 0 {
      bytes.append(UInt8(truncatingIfNeeded: rest))
      rest >>= 8
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The node of a lookup key (its text made by `key` only when needed): binary search in the
  /// release's index at first, a hash table once many new codes are looked up (a batch).
  mutating func lookup(packed: UInt64?, key: () -> String) -> NodeID? {
    let release = rules.release
    if let packed, !PackedKey.containsDash(packed) {
      if let table = nodeTable { return table.find(packed).map { NodeID($0) } }
      searchedLookups += 1
      if searchedLookups > 256 {
        nodeTable = release.packedKeyTable()
        return nodeTable?.find(packed).map { NodeID($0) }
      }
      return release.lookup(normalizedKey: key())
    }
    let text = key()
    return text.utf8.contains(UInt8(ascii: "-")) ? release.lookup(text) : release.lookup(normalizedKey: text)
  }

  /// Builds, stores and returns the entry of a lookup key seen for the first time.
  private mutating func build(packed: UInt64?, key makeKey: () -> String) -> Int32 {
    if entersAllCodes && !allCodesEntered && (entersAllAtOnce || entries.count >= Self.enterAllThreshold) {
      enterAllCodes()
      if let packed, let hit = keyed.find(packed) { return hit }
    }
    let release = rules.release
    let position = Int32(entries.count)
    // Once every code is entered, a packed key not found is no code of the release.
    if !(allCodesEntered && packed != nil), let node = lookup(packed: packed, key: makeKey),
      release.kind(node).isCodeLevel
    {
      entries.append(codeEntry(node))
    } else {
      let key = makeKey()
      let spelling = CodeNormalizer.dotted(key)
      var entry = RuleEntry(
        node: -1, parent: -1, flags: key.isEmpty ? RuleEntry.emptyKey : 0, head: 0, finding: -1)
      entry.finding = store.add(CodeFindings.missing(key: key, dotted: spelling, rules: rules))
      var w = JSONWriter(capacity: 0)
      swap(&w.bytes, &codeBytes)
      let start = w.bytes.count
      w.string(spelling)
      swap(&w.bytes, &codeBytes)
      entry.setCode(start: start, in: codeBytes)
      missingNames[position] = (key, spelling)
      entries.append(entry)
    }
    if let packed { keyed.insert(packed, position) } else { keyedLong[makeKey()] = position }
    return position
  }

  /// The entry of a code-level node (its own finding, when not billable, is made on first use: see
  /// ``ownFinding(_:)``).
  private mutating func codeEntry(_ node: NodeID) -> RuleEntry {
    let release = rules.release
    var entry = RuleEntry(
      node: node.rawValue, parent: release.parent(node)?.rawValue ?? -1, flags: 0, head: 0, finding: -1)
    if release.isBillable(node) {
      entry.flags |= RuleEntry.billable
    } else {
      entry.finding = Self.findingNotMade
    }
    entry.flags |= landmarkFlags(node)
    entry.head = head(node)
    entry.flags |= carriers[Int(entry.head)].chainFlags
    entry.setCode(quoting: release.codeBytes(node), appendingTo: &codeBytes)
    return entry
  }

  /// Enters every code of the release in one pass in tree order, once a batch has met enough new
  /// codes: parents come before their children, so each chain is resolved from its parent's just
  /// before, and the release is read front to back instead of code by code all over.
  mutating func enterAllCodes() {
    allCodesEntered = true
    let release = rules.release
    if keyed.count == 0 { keyed = KeyTable(capacity: max(1 << 17, release.nodeCount)) }
    for n in 0..<release.nodeCount {
      let node = NodeID(n)
      guard release.kind(node).isCodeLevel,
        let key = PackedKey.normalized(release.codeBytes(node).assumingMemoryBound(to: UInt8.self)),
        keyed.insertIfAbsent(key, Int32(entries.count)) == nil
      else { continue }
      entries.append(codeEntry(node))
    }
  }

  /// The own finding of an entry (invalid, not in the release, non-billable), made on first use;
  /// -1 when it has none.
  mutating func ownFinding(_ e: Int32) -> Int32 {
    let finding = entries[Int(e)].finding
    guard finding == Self.findingNotMade, let node = node(e) else { return finding }
    let made = keepNonBillable(node)
    entries[Int(e)].finding = made
    return made
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

  /// The guideline landmarks a code falls under.
  private func landmarkFlags(_ node: NodeID) -> UInt32 {
    var flags: UInt32 = 0
    for span in landmarkSpans where span.start <= node.rawValue && node.rawValue < span.end { flags |= span.flag }
    if flags & RuleEntry.dorsalgia != 0 {
      let release = rules.release
      let spelling = release.code(node)
      if spelling.hasPrefix("M54.0") || spelling.hasPrefix("M54.1") { flags |= RuleEntry.notGeneralPain }
    }
    return flags
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

  /// The span of a carrier's own notes (empty when it has none), once its chain is resolved.
  func ownSpan(_ c: NodeID) -> CarrierSpan? {
    guard !carrierSlot.isEmpty else { return nil }
    let slot = carrierSlot[c.index]
    return slot >= 0 ? carriers[Int(slot)] : nil
  }

  /// Whether an entry's title says "unspecified" (read once).
  mutating func isUnspecified(_ e: Int32) -> Bool {
    let i = Int(e)
    if !entries[i].has(RuleEntry.unspecifiedKnown) {
      entries[i].flags |= RuleEntry.unspecifiedKnown
      if let node = node(e), rules.release.titleContains("unspecified", node) {
        entries[i].flags |= RuleEntry.unspecified
      }
    }
    return entries[i].has(RuleEntry.unspecified)
  }

  /// The checklist item positions of an entry (resolved once).
  mutating func checklistItems(of e: Int32) -> ArraySlice<Int32> {
    let span: Range<Int>
    if let known = checklistSpans[e] {
      span = known
    } else {
      let found = rules.checklist.itemIndices(forKey: key(e))
      span = checklistItems.count..<(checklistItems.count + found.count)
      checklistItems.append(contentsOf: found.map { Int32($0) })
      checklistSpans[e] = span
    }
    return checklistItems[span]
  }
}
