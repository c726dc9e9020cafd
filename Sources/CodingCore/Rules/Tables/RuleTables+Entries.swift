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
    codeIndex.keyed.find(key) ?? build(packed: key) { CodeIndex.unpack(key) }
  }

  /// The entry of typed bytes that do not pack (non-ASCII, or a key longer than eight bytes).
  mutating func entry(unpacked bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
    entry(key: CodeNormalizer.key(String(decoding: bytes, as: UTF8.self)))
  }

  /// The entry of a lookup key (`M5450`).
  mutating func entry(key: String) -> Int32 {
    if let packed = PackedKey.pack(key) { return codeIndex.keyed.find(packed) ?? build(packed: packed) { key } }
    if let hit = codeIndex.keyedLong[key] { return hit }
    return build(packed: nil) { key }
  }

  /// Builds, stores and returns the entry of a lookup key seen for the first time.
  private mutating func build(packed: UInt64?, key makeKey: () -> String) -> Int32 {
    if entersAllCodes && !codeIndex.allCodesEntered
      && (entersAllAtOnce || codeIndex.entries.count >= Self.enterAllThreshold)
    {
      enterAllCodes()
      if let packed, let hit = codeIndex.keyed.find(packed) { return hit }
    }
    // Once every code is entered, a packed key not found is no code of the release.
    if !(codeIndex.allCodesEntered && packed != nil), let node = codeIndex.lookup(packed: packed, key: makeKey),
      rules.release.kind(node).isCodeLevel
    {
      return codeIndex.append(codeEntry(node), packed: packed, key: makeKey)
    }
    let key = makeKey()
    let spelling = CodeNormalizer.dotted(key)
    var entry = RuleEntry(
      node: -1, parent: -1, flags: key.isEmpty ? RuleEntry.emptyKey : 0, head: 0,
      finding: FindingSlot(cache.keep(CodeFindings.missing(key: key, dotted: spelling, rules: rules))))
    entry.setCode(start: codeIndex.appendSpelling(spelling), in: codeIndex.codeBytes)
    codeIndex.missingNames[Int32(codeIndex.entries.count)] = (key, spelling)
    return codeIndex.append(entry, packed: packed) { key }
  }

  /// The entry of a code-level node (its own finding, when not billable, is made on first use: see
  /// ``ownFinding(_:)``).
  private mutating func codeEntry(_ node: NodeID) -> RuleEntry {
    let release = rules.release
    var entry = RuleEntry(
      node: node.rawValue, parent: release.parent(node)?.rawValue ?? -1, flags: 0, head: 0, finding: .none)
    if release.isBillable(node) {
      entry.flags |= RuleEntry.billable
    } else {
      entry.finding = .notMade
    }
    entry.flags |= chains.landmarkFlags(node)
    entry.head = chains.head(node)
    entry.flags |= chains.carriers[Int(entry.head)].chainFlags
    entry.setCode(quoting: release.codeBytes(node), appendingTo: &codeIndex.codeBytes)
    return entry
  }

  /// Enters every code of the release in one pass in tree order, once a batch has met enough new
  /// codes: parents come before their children, so each chain is resolved from its parent's just
  /// before, and the release is read front to back instead of code by code all over.
  mutating func enterAllCodes() {
    codeIndex.allCodesEntered = true
    let release = rules.release
    if codeIndex.keyed.count == 0 { codeIndex.keyed = KeyTable(capacity: max(1 << 17, release.nodeCount)) }
    for n in 0..<release.nodeCount {
      let node = NodeID(n)
      guard release.kind(node).isCodeLevel,
        let key = PackedKey.normalized(release.codeBytes(node).assumingMemoryBound(to: UInt8.self)),
        codeIndex.keyed.insertIfAbsent(key, Int32(codeIndex.entries.count)) == nil
      else { continue }
      codeIndex.entries.append(codeEntry(node))
    }
  }

  /// The own finding of an entry (invalid, not in the release, non-billable), made on first use;
  /// nil when it has none.
  mutating func ownFinding(_ e: Int32) -> FindingRef? {
    let slot = codeIndex.entries[Int(e)].finding
    guard slot == .notMade, let node = node(e) else { return slot.ref }
    let below = billableCount(node.index..<rules.release.subtreeEnd(node).index)
    let description = NonBillableFinding(node: node, rules: rules, billableBelow: below) {
      seventhCharacter($0)
    }
    // JSON Lines batches write the finding's JSON straight from its description.
    let made =
      lean
      ? cache.keepJSON(kind: .nonBillable, severity: .error, forNow: false) { description.writeFindingJSON(to: &$0) }
      : cache.keep(description.finding)
    codeIndex.entries[Int(e)].finding = FindingSlot(made)
    return made
  }

  /// The 7th-character table of a carrier, read once per release.
  mutating func seventhCharacter(_ carrier: NodeID) -> NonBillableFinding.SeventhCharacter? {
    if let known = cache.seventhCharacters[carrier.rawValue] { return known }
    let made = NonBillableFinding.SeventhCharacter(carrier: carrier, in: rules.release)
    cache.seventhCharacters[carrier.rawValue] = made
    return made
  }

  /// The number of billable nodes among positions `range`, from running counts built once per
  /// release (a chapter's header would otherwise be walked code by code).
  mutating func billableCount(_ range: Range<Int>) -> Int {
    if billableBefore.isEmpty {
      let release = rules.release
      billableBefore.reserveCapacity(release.nodeCount + 1)
      var count: Int32 = 0
      billableBefore.append(0)
      for n in 0..<release.nodeCount {
        if release.isBillable(NodeID(n)) { count += 1 }
        billableBefore.append(count)
      }
    }
    return Int(billableBefore[range.upperBound] - billableBefore[range.lowerBound])
  }

  /// Whether an entry's title says "unspecified" (read once).
  mutating func isUnspecified(_ e: Int32) -> Bool {
    let i = Int(e)
    if !codeIndex.entries[i].has(RuleEntry.unspecifiedKnown) {
      codeIndex.entries[i].flags |= RuleEntry.unspecifiedKnown
      if let node = node(e), rules.release.titleContains("unspecified", node) {
        codeIndex.entries[i].flags |= RuleEntry.unspecified
      }
    }
    return codeIndex.entries[i].has(RuleEntry.unspecified)
  }

  /// The checklist item positions of an entry (resolved once).
  mutating func checklistItems(of e: Int32) -> ArraySlice<Int32> {
    let span: Range<Int>
    if let known = codeIndex.checklistSpans[e] {
      span = known
    } else {
      let found = rules.checklist.itemIndices(forKey: key(e))
      span = codeIndex.checklistItems.count..<(codeIndex.checklistItems.count + found.count)
      codeIndex.checklistItems.append(contentsOf: found.map { Int32($0) })
      codeIndex.checklistSpans[e] = span
    }
    return codeIndex.checklistItems[span]
  }
}
