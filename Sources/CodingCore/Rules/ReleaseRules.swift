import Foundation

/// The rules engine's view of one release: resolved curated notes, landmark nodes, and a cache of
/// per-code work (lookup, Excludes ranges of the ancestor chain, the code's own finding).
final class ReleaseRules: @unchecked Sendable {
  let release: Release
  let releaseID: String
  unowned let codeSet: CodeSet
  let curated: CuratedReferences
  let checklist: Checklist
  /// Curated ranges by carrier node and note index.
  private let curatedByCarrier: [NodeID: [(note: Int, entry: Int, ranges: [(Range<NodeID>, String)])]]
  /// Landmarks of the guideline rules (nil when the release lacks them).
  let landmarks: Landmarks

  /// The nodes the guideline rules look for.
  struct Landmarks: Sendable {
    var sciatica: NodeID?  // M54.3
    var lumbagoWithSciatica: NodeID?  // M54.4
    var lowBackPain: NodeID?  // M54.5
    var chronicPain: NodeID?  // G89.2
    var dorsalgia: NodeID?  // M54
    var dorsopathies: NodeID?  // M40-M54 (section)
  }

  /// The cache is cleared beyond this many distinct typed codes, so memory stays bounded.
  private static let cacheLimit = 200_000
  /// Cached findings are larger (messages, evidence): fewer are kept.
  private static let findingCacheLimit = 50_000

  private let lock = NSLock()
  /// Entries by lookup key.
  private let cache = LockedCache<String, CodeEntry>(limit: cacheLimit, capacity: 1 << 15)
  /// Entries by the code exactly as typed (saves normalising the common spellings again).
  private let typedCache = LockedCache<String, CodeEntry>(limit: cacheLimit, capacity: 1 << 15)
  /// Pair findings (without override) by ordered node pair and option bits; only pairs with notes.
  private let pairCache = LockedCache<PairKey, Finding?>(limit: findingCacheLimit)
  /// Unsatisfied instructional-note findings by code node and note index.
  private let instructionCache = LockedCache<Int64, Finding?>(limit: findingCacheLimit)
  /// Findings of pair rules (ENC-03, ENC-09, ENC-21) by rule and ordered node pair.
  private let ruleCache = LockedCache<RuleKey, Finding>(limit: findingCacheLimit)

  /// The key of a cached pair finding.
  struct PairKey: Hashable {
    var a: Int32
    var b: Int32
    var options: UInt8
  }

  init(release: Release, codeSet: CodeSet, curated: CuratedReferences, checklist: Checklist) {
    self.checklist = checklist
    self.release = release
    releaseID = release.info.id
    self.codeSet = codeSet
    self.curated = curated
    var byCarrier: [NodeID: [(note: Int, entry: Int, ranges: [(Range<NodeID>, String)])]] = [:]
    for (e, entry) in curated.entries.enumerated() {
      guard let kind = NoteKind(elementName: entry.noteKind) else { continue }
      let ranges = entry.references.compactMap { ref in CuratedReferences.range(of: ref, in: release).map { ($0, ref) }
      }
      for carrierCode in entry.carriers {
        guard let carrier = release.lookup(carrierCode) else { continue }
        let start = release.noteRange(of: carrier)
        for n in start where release.noteKind(at: n) == kind && entry.matches(noteText: release.note(index: n).text) {
          byCarrier[carrier, default: []].append((n, e, ranges))
        }
      }
    }
    curatedByCarrier = byCarrier
    landmarks = Landmarks(
      sciatica: release.lookup("M54.3"), lumbagoWithSciatica: release.lookup("M54.4"),
      lowBackPain: release.lookup("M54.5"), chronicPain: release.lookup("G89.2"), dorsalgia: release.lookup("M54"),
      dorsopathies: release.lookup("M40-M54"))
    carriers = [CarrierNotes?](repeating: nil, count: release.nodeCount)
  }

  /// The cached entry of a code as typed.
  func entry(typed: String) -> CodeEntry {
    typedCache.value(for: typed) { entry(key: CodeNormalizer.key(typed)) }
  }

  /// The cached entry of a typed code (lookup key).
  func entry(key: String) -> CodeEntry {
    cache.value(for: key) { build(key: key) }
  }

  /// The finding of an unsatisfied (or text-only) instructional note of a code, built once.
  func instructionFinding(node: NodeID, note: Int, build: () -> Finding?) -> Finding? {
    instructionCache.value(for: Int64(node.rawValue) << 32 | Int64(note)) { build()?.withSerialization() }
  }

  /// The key of a cached rule finding.
  struct RuleKey: Hashable {
    var rule: UInt8
    var a: Int32
    var b: Int32
  }

  /// A pair rule's finding, built once per ordered pair of codes.
  func ruleFinding(_ rule: UInt8, _ a: NodeID?, _ b: NodeID?, build: () -> Finding) -> Finding {
    guard let a, let b else { return build() }
    return ruleCache.value(for: RuleKey(rule: rule, a: a.rawValue, b: b.rawValue)) { build().withSerialization() }
  }

  /// The Excludes finding of a pair in encounter order (cached unless an override applies).
  func pairFinding(_ a: CodeEntry, _ b: CodeEntry, encounter: Encounter) -> Finding? {
    guard let x = a.node, let y = b.node else { return nil }
    if !encounter.unrelated.isEmpty && encounter.unrelated.contains(where: { $0.matches(key: a.key, key: b.key) }) {
      return ExcludesPair.finding(a, b, encounter: encounter, rules: self)
    }
    let options = encounter.options
    let reportsExcludes2 = options.reportExcludes2 && options.reports(.info)
    if !reportsExcludes2 && !ExcludesPair.anyExcludes1(a, b, curated: options.curatedRules) { return nil }
    let decision = ExcludesPair.quickDecision(a, b, curated: options.curatedRules)
    if decision == .none { return nil }
    if decision == .excludes2 && !reportsExcludes2 { return nil }
    let bits =
      (options.curatedRules ? 1 : 0) | (options.reportExcludes2 ? 2 : 0) | (options.reports(.info) ? 4 : 0)
    let key = PairKey(a: x.rawValue, b: y.rawValue, options: UInt8(bits))
    return pairCache.value(for: key) {
      ExcludesPair.finding(a, b, encounter: encounter, rules: self)?.withSerialization()
    }
  }

  /// Shared notes by carrier node index (nil until resolved).
  private var carriers: [CarrierNotes?] = []

  /// The notes of one carrier, resolved once.
  func carrierNotes(_ c: NodeID) -> CarrierNotes {
    lock.lock()
    if c.index < carriers.count, let hit = carriers[c.index] {
      lock.unlock()
      return hit
    }
    lock.unlock()
    let ranges = ownRanges(of: c)
    let instructions = ownInstructions(of: c)
    let built =
      ranges.isEmpty && instructions.isEmpty
      ? CarrierNotes.empty : CarrierNotes(carrier: c, ranges: ranges, instructions: instructions)
    lock.lock()
    if c.index < carriers.count { carriers[c.index] = built }
    lock.unlock()
    return built
  }

  /// The notes of a node and of each ancestor, nearest first.
  func chain(of node: NodeID) -> [CarrierNotes] {
    var result: [CarrierNotes] = []
    result.reserveCapacity(8)
    var carrier: NodeID? = node
    while let c = carrier {
      let notes = carrierNotes(c)
      if notes !== CarrierNotes.empty { result.append(notes) }
      carrier = release.parent(c)
    }
    return result
  }

  /// The qualifier of the reference of a note that covers `start..<end` (decoded only for qualified ones).
  private func qualifier(note: Int, start: Int32, end: Int32) -> ReferenceQualifier? {
    release.note(index: note).references.first {
      $0.nodes?.lowerBound.rawValue == start && $0.nodes?.upperBound.rawValue == end
    }?.qualifier
  }

  /// The Excludes ranges of a carrier's own notes (and the curated ones of its text-only notes).
  func ownRanges(of c: NodeID) -> [ChainRange] {
    var result: [ChainRange] = []
    let level = release.kind(c)
    for pass in 0..<2 {
      let noteKind: NoteKind = pass == 0 ? .excludes1 : .excludes2
      let kind: ChainRange.Kind = pass == 0 ? .excludes1 : .excludes2
      release.forEachReferenceRange(of: c, kind: noteKind) { note, start, end, qualified in
        guard start >= 0 else { return }
        let qualifier = qualified ? self.qualifier(note: note, start: start, end: end) : nil
        result.append(
          ChainRange(
            start: start, end: end, qualifier: qualifier, kind: kind, note: note, carrier: c, level: level, curated: -1,
            text: nil))
      }
    }
    for item in curatedByCarrier[c] ?? [] {
      for (range, text) in item.ranges {
        result.append(
          ChainRange(
            start: range.lowerBound.rawValue, end: range.upperBound.rawValue, qualifier: nil, kind: .curated,
            note: item.note, carrier: c, level: level, curated: item.entry, text: text))
      }
    }
    return result
  }

  /// The Code first / Use additional code / Code also notes of a carrier's own notes (notes are
  /// decoded only when a finding is written).
  func ownInstructions(of c: NodeID) -> [Instruction] {
    var result: [Instruction] = []
    for pass in 0..<3 {
      let kind: NoteKind = pass == 0 ? .codeFirst : pass == 1 ? .useAdditionalCode : .codeAlso
      var current = -1
      release.forEachReferenceRange(of: c, kind: kind) { note, start, end, qualified in
        if note != current {
          current = note
          result.append(Instruction(kind: kind, note: note, carrier: c, ranges: []))
        }
        guard start >= 0 else { return }
        let qualifier = qualified ? self.qualifier(note: note, start: start, end: end) : nil
        result[result.count - 1].ranges.append((range: NodeID(start)..<NodeID(end), qualifier: qualifier))
      }
      // Notes without any reference do not reach the closure.
      for n in release.noteRange(of: c)
      where release.noteKind(at: n) == kind && !result.contains(where: { $0.note == n }) {
        result.append(Instruction(kind: kind, note: n, carrier: c, ranges: []))
      }
    }
    return result
  }

  private func build(key: String) -> CodeEntry {
    let found = key.utf8.contains(UInt8(ascii: "-")) ? release.lookup(key) : release.lookup(normalizedKey: key)
    guard let node = found, release.kind(node).isCodeLevel else {
      let dotted = CodeNormalizer.dotted(key)
      return CodeEntry(
        key: key, dotted: dotted, node: nil, billable: false, parent: nil, isUnspecified: false, chain: [],
        checklistItems: [],
        finding: CodeFindings.missing(key: key, dotted: dotted, rules: self).withSerialization())
    }
    let code = release.code(node)
    let billable = release.isBillable(node)
    return CodeEntry(
      key: key, dotted: code, node: node, billable: billable, parent: release.parent(node),
      isUnspecified: release.titleContains("unspecified", node), chain: chain(of: node),
      checklistItems: checklist.itemIndices(forKey: CodeNormalizer.key(code)),
      finding: billable ? nil : CodeFindings.nonBillable(node: node, code: code, rules: self).withSerialization())
  }
}
