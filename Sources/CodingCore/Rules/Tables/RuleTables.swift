/// Everything the rules engine computes on demand for one release, in flat arrays indexed by
/// position: code entries, their chains' Excludes references, resolved carriers, and findings kept
/// with their JSON. One encounter's working lists live here too, so checking allocates nothing once
/// warm.
///
/// Not thread-safe: ``GuardedTables`` hands it out under a lock. Memory stays bounded: once the
/// code entries or kept findings pass their limits, everything derived from them is dropped
/// between two encounters (resolved carriers are bounded by the release and stay).
struct RuleTables {
  /// The fixed view of the release.
  let rules: ReleaseRules

  /// Entries, by position, and their node masks.
  var entries: [RuleEntry] = []
  var masks: [EntryMasks] = []
  /// The lookup key and spelling of entries that are not codes of the release (empty for codes,
  /// whose text is read from the release when a finding needs it).
  var missingKeys: [String] = []
  var missingCodes: [String] = []
  /// The normalised spellings as JSON strings, back to back.
  var codeBytes: [UInt8] = []
  /// Entry positions by the code exactly as typed (packed), and by lookup key (packed).
  var typed = KeyTable(capacity: 1 << 12)
  var keyed = KeyTable(capacity: 1 << 12)
  /// The same for text too long to pack.
  var typedLong: [String: Int32] = [:]
  var keyedLong: [String: Int32] = [:]
  /// Carrier positions of every entry's chain (carriers with something to check only).
  var chains: [Int32] = []
  /// Checklist item positions of entries whose checklist was asked for.
  var checklistItems: [Int32] = []

  /// Per node: the position of its resolved carrier span, or -1.
  var carrierSlot: [Int32]
  var carriers: [CarrierSpan] = []
  /// The node masks of each carrier span.
  var carrierMasks: [EntryMasks] = []
  /// Every resolved carrier's Excludes references and instructional notes.
  var ranges: [ChainRange] = []
  /// Per reference, the quadruple `(start, end, kind bits, 0)` scanned on every pair check (kind
  /// bits: see ``kindBits(_:)``).
  var quads: [Int32] = []
  /// Node positions are grouped into buckets of `1 << bucketShift` nodes for the pair masks.
  let bucketShift: Int
  var instructions: [Instruction] = []
  /// Nodes by packed lookup key, built once lookups of new codes become frequent.
  var nodeTable: KeyTable?
  var searchedLookups = 0

  /// Findings kept, and the caches that point into them.
  var store = FindingStore()
  /// Pair findings by ordered node pair and option bits (``noFinding`` when the notes say nothing
  /// reportable).
  var pairCache = KeyTable()
  /// Unsatisfied instructional-note findings by code node and note index.
  var noteCache = KeyTable()
  /// Pair-rule findings (ENC-03, ENC-09, ENC-21) by rule and ordered node pair.
  var ruleCache = KeyTable()
  /// Duplicate findings by entry and the two positions.
  var duplicateCache = KeyTable()
  /// `release-approximate` findings by date.
  var approximateCache = KeyTable()
  /// The `empty-encounter` finding, once kept.
  var emptyFinding: Int32 = -1

  /// The encounter being checked: one entry per typed code, the distinct codes of the release in
  /// order, and the findings (store positions, or `-1 - i` for `dynamic[i]`).
  var order: [Int32] = []
  var present: [Int32] = []
  var refs: [Int32] = []
  var dynamic: [Finding] = []

  /// The value cached for "no finding".
  static let noFinding = Int32.max
  /// Limits beyond which derived data is dropped between encounters.
  static let entryLimit = 1 << 17
  static let findingLimit = 1 << 16
  static let chainLimit = 1 << 21
  static let jsonLimit = 64 << 20

  init(rules: ReleaseRules) {
    self.rules = rules
    carrierSlot = [Int32](repeating: -1, count: rules.release.nodeCount)
    var shift = 0
    while (max(rules.release.nodeCount, 1) - 1) >> shift >= NodeMask.buckets { shift += 1 }
    bucketShift = shift
    carriers.append(CarrierSpan(rangeStart: 0, rangeCount: 0, instructionStart: 0, instructionCount: 0))
    carrierMasks.append(EntryMasks())
  }

  /// Drops the entries, kept findings and caches when they pass their limits.
  mutating func trim() {
    guard
      entries.count > Self.entryLimit || store.count > Self.findingLimit || chains.count > Self.chainLimit
        || store.json.count > Self.jsonLimit
    else { return }
    entries.removeAll(keepingCapacity: true)
    masks.removeAll(keepingCapacity: true)
    missingKeys.removeAll(keepingCapacity: true)
    missingCodes.removeAll(keepingCapacity: true)
    codeBytes.removeAll(keepingCapacity: true)
    typed.removeAll()
    keyed.removeAll()
    typedLong.removeAll()
    keyedLong.removeAll()
    chains.removeAll(keepingCapacity: true)
    checklistItems.removeAll(keepingCapacity: true)
    store.removeAll()
    pairCache.removeAll()
    noteCache.removeAll()
    ruleCache.removeAll()
    duplicateCache.removeAll()
    approximateCache.removeAll()
    emptyFinding = -1
  }

  /// The node of an entry, if it is a code of the release.
  @inline(__always) func node(_ e: Int32) -> NodeID? {
    let n = entries[Int(e)].node
    return n >= 0 ? NodeID(n) : nil
  }

  /// The lookup key of an entry (`M5450`).
  func key(_ e: Int32) -> String {
    node(e).map { CodeNormalizer.key(rules.release.code($0)) } ?? missingKeys[Int(e)]
  }

  /// The normalised spelling of an entry: the release's code, or the dotted key (`M54.50`).
  func code(_ e: Int32) -> String { node(e).map { rules.release.code($0) } ?? missingCodes[Int(e)] }

  /// The path from the chapter down to an entry's code; empty when it is not a code.
  func path(_ e: Int32) -> [String] { node(e).map { rules.path(of: $0) } ?? [] }
}
