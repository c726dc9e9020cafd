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

  /// Entries, by position.
  var entries: [RuleEntry] = []
  /// The lookup key and spelling of entries that are not codes of the release, by entry (codes
  /// read their text from the release when a finding needs it).
  var missingNames: [Int32: (key: String, code: String)] = [:]
  /// `","release":"FY2026-April","codes":[`: the part of every JSON Lines record between its date
  /// and its codes.
  let releaseFields: [UInt8]
  /// The normalised spellings as JSON strings, back to back.
  var codeBytes: [UInt8] = []
  /// Entry positions by lookup key (packed), and by lookup keys too long to pack.
  var keyed = KeyTable(capacity: 1 << 12)
  var keyedLong: [String: Int32] = [:]
  /// Checklist item positions of entries whose checklist was asked for, and where each entry's
  /// items are among them (only encounters with documentation ask).
  var checklistItems: [Int32] = []
  var checklistSpans: [Int32: Range<Int>] = [:]

  /// Per node: the position of its own carrier span (0: nothing to check), or -1 until resolved
  /// (both per-node lists are made on first use: see ``makeSlots()``).
  var carrierSlot: [Int32] = []
  /// Per node: the head of its chain (see ``RuleEntry/head``), or -1 until resolved.
  var headSlot: [Int32] = []
  var carriers: [CarrierSpan] = []
  /// Per carrier span: the masks of the chain from it up.
  var chainMasks: [ChainMasks] = []
  /// Per carrier span: where the chain's Excludes1 intervals start in ``intervals``, and how many.
  var chainIntervals: [(start: Int32, count: Int32)] = []
  /// Triples `(start, end, flags)` sorted by start: the node ranges the Excludes1 and curated
  /// references of a chain cover (flags: 1 qualified, 2 curated; unflagged ranges are merged).
  var intervals: [Int32] = []
  /// Every resolved carrier's Excludes references and instructional notes.
  var ranges: [ChainRange] = []
  /// Per reference, the triple `(start, end, kind bits)` scanned on every pair check (kind bits: see
  /// ``kindBits(_:)``).
  var triples: [Int32] = []
  /// The node ranges of the guideline landmarks, with their ``RuleEntry`` flags.
  let landmarkSpans: [(start: Int32, end: Int32, flag: UInt32)]
  /// Node positions are grouped into buckets of `1 << bucketShift` nodes for the pair masks.
  let bucketShift: Int
  var instructions: [Instruction] = []
  /// Per instruction: where its referenced node ranges start in ``instructionTriples`` (in
  /// triples), how many there are, and whether it is a Code first note; the triples are
  /// `(start, end, 1 when qualified)`.
  var instructionRanges: [(start: Int32, count: Int32, isCodeFirst: Bool)] = []
  var instructionTriples: [Int32] = []
  /// Running counts of billable nodes by position (built on first use).
  var billableBefore: [Int32] = []
  /// Per node (made on first use), the 7th-character table that applies to it: a position in
  /// ``sevenCharacterList``, -1 when none applies, -2 until asked.
  var sevenCharacterSlot: [Int32] = []
  var sevenCharacterList: [SevenCharacterJSON] = []
  /// Nodes by packed lookup key, built once lookups of new codes become frequent.
  var nodeTable: KeyTable?
  var searchedLookups = 0

  /// Findings kept, and the caches that point into them.
  var store = FindingStore()
  /// Findings made for the encounter being checked only, as JSON: the Excludes finding of a pair
  /// seen for the first time in a JSON Lines batch (most pairs of a batch are never seen again, so
  /// keeping them would only fill memory); emptied when the next encounter begins.
  var transient = FindingStore()
  /// Pair findings by ordered node pair and option bits (``noFinding`` when the notes say nothing
  /// reportable, ``seenOnce`` when the finding was made once but not kept).
  var pairCache = KeyTable()
  /// Unsatisfied instructional-note findings by code node and note index.
  var noteCache = KeyTable()
  /// Pair-rule findings (ENC-03, ENC-09, ENC-21) by rule and ordered node pair.
  var ruleCache = KeyTable()
  /// Duplicate findings by entry and the two positions.
  var duplicateCache = KeyTable()
  /// `release-approximate` findings by date.
  var approximateCache = KeyTable()
  /// Evidence of pair findings, by reference, subject entry and role.
  var evidenceCache: [EvidenceKey: Evidence] = [:]
  /// The same evidence as JSON fragments (JSON Lines batches): positions in ``fragments`` by key,
  /// and the fragments' bytes.
  var fragmentCache = KeyTable()
  var fragments: [EvidenceFragment] = []
  var fragmentBytes: [UInt8] = []
  /// Working lists of ``keepPairJSON(_:_:options:transient:)``: a pair's matching references, and
  /// its evidence fragments in order.
  var pairMatches: [(r: Int32, subject: Int32, other: Int32)] = []
  var pairParts: [Int32] = []
  /// Working list of ``add(codes:)``: a line's codes, packed when they pack, with their bytes
  /// (only the first ones, those of the line being added, are read: the rest are stale).
  var pendingCodes: [(key: UInt64?, bytes: UnsafeBufferPointer<UInt8>)] = []
  /// Working list of ``pairFindings(_:)``: the pairs of present codes the masks cannot rule out.
  var pairCandidates: [(Int, Int)] = []
  /// The `empty-encounter` finding, once kept.
  var emptyFinding: Int32 = -1

  /// The encounter being checked: one entry per typed code, the distinct codes of the release in
  /// order, and the findings (``FindingRef``: kept, transient or the encounter's own in `dynamic`).
  var order: [Int32] = []
  var present: [Int32] = []
  /// The union of the present codes' ``RuleEntry`` flags (rules skip encounters they cannot apply to).
  var presentFlags: UInt32 = 0
  var refs: [FindingRef] = []
  var dynamic: [Finding] = []

  /// Whether a batch is announced: room is made on the next encounter.
  var expectsBatch = false
  /// Whether every code of the release is entered at once after ``enterAllThreshold`` new ones (a
  /// batch), and whether that is done.
  var entersAllCodes = false
  /// Whether a batch enters every code of the release on its first new code (a large batch).
  var entersAllAtOnce = false
  var allCodesEntered = false
  /// Whether only the JSON of findings is kept (a batch written as JSON Lines); see ``setLean(_:)``.
  private(set) var lean = false

  /// The value cached for "no finding".
  static let noFinding = Int32.max
  /// The pair cache's value for a pair whose finding was made once, in ``transient``: the second
  /// time it is seen, it is kept.
  static let seenOnce = Int32.max - 1
  /// ``RuleEntry/finding`` of a non-billable code whose finding is made on first use.
  static let findingNotMade: Int32 = -2
  /// The number of entries after which a batch enters every code of the release at once.
  static let enterAllThreshold = 8192
  /// Limits beyond which derived data is dropped between encounters.
  static let entryLimit = 1 << 17
  static let findingLimit = 1 << 16
  static let pairLimit = 1 << 20
  static let jsonLimit = 64 << 20

  init(rules: ReleaseRules) {
    self.rules = rules
    var w = JSONWriter(capacity: 64)
    w.raw("\",\"release\":")
    w.string(rules.releaseID)
    w.raw(",\"codes\":[")
    releaseFields = w.bytes
    landmarkSpans = Self.landmarkSpans(rules)
    var shift = 0
    while (max(rules.release.nodeCount, 1) - 1) >> shift >= NodeMask.buckets { shift += 1 }
    bucketShift = shift
    carriers.append(
      CarrierSpan(rangeStart: 0, rangeCount: 0, instructionStart: 0, instructionCount: 0, next: 0, chainFlags: 0))
    chainMasks.append(ChainMasks())
    chainIntervals.append((0, 0))
  }

  /// Makes room for a batch up front, so the arrays do not grow (and copy, and fault in fresh
  /// pages) step by step.
  mutating func reserveForBatch() {
    expectsBatch = false
    entersAllCodes = true
    guard entries.capacity < 1 << 16 else { return }
    rules.release.buffer.prefault()
    entries.reserveCapacity(1 << 17)
    codeBytes.reserveCapacity(1 << 21)
    store.reserveCapacity(findings: 1 << 15, json: 1 << 24)
    // A large batch enters every code at once, table included.
    if keyed.count == 0 && !entersAllAtOnce { keyed = KeyTable(capacity: 1 << 17) }
    pairCache = KeyTable(capacity: max(pairCache.count, 1 << 15))
  }

  /// Switches between keeping finding values (checks that return findings) and keeping only their
  /// JSON (JSON Lines batches); what was kept the other way is dropped.
  mutating func setLean(_ value: Bool) {
    guard value != lean else { return }
    lean = value
    trim(force: true)
    store.keepsValues = !value
    transient.keepsValues = false
  }

  /// Drops the entries, kept findings and caches when they pass their limits (or when forced).
  mutating func trim(force: Bool = false) {
    guard
      force || entries.count > Self.entryLimit || store.count > Self.findingLimit || pairCache.count > Self.pairLimit
        || store.json.count > Self.jsonLimit
    else { return }
    entries.removeAll(keepingCapacity: true)
    allCodesEntered = false
    missingNames.removeAll()
    codeBytes.removeAll(keepingCapacity: true)
    keyed.removeAll()
    keyedLong.removeAll()
    checklistItems.removeAll(keepingCapacity: true)
    checklistSpans.removeAll()
    store.removeAll()
    transient.removeAll()
    pairCache.removeAll()
    noteCache.removeAll()
    ruleCache.removeAll()
    duplicateCache.removeAll()
    approximateCache.removeAll()
    evidenceCache.removeAll()
    fragmentCache.removeAll()
    fragments.removeAll(keepingCapacity: true)
    fragmentBytes.removeAll(keepingCapacity: true)
    emptyFinding = -1
  }

  /// The node of an entry, if it is a code of the release.
  @inline(__always) func node(_ e: Int32) -> NodeID? {
    let n = entries[Int(e)].node
    return n >= 0 ? NodeID(n) : nil
  }

  /// The lookup key of an entry (`M5450`).
  func key(_ e: Int32) -> String {
    node(e).map { CodeNormalizer.key(rules.release.code($0)) } ?? missingNames[e]?.key ?? ""
  }

  /// The normalised spelling of an entry: the release's code, or the dotted key (`M54.50`).
  func code(_ e: Int32) -> String { node(e).map { rules.release.code($0) } ?? missingNames[e]?.code ?? "" }

  /// The path from the chapter down to an entry's code; empty when it is not a code.
  func path(_ e: Int32) -> [String] { node(e).map { rules.path(of: $0) } ?? [] }
}
