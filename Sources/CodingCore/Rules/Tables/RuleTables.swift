/// Everything the rules engine computes on demand for one release, composed of four parts, each
/// with one job:
///
/// - ``CodeIndex``: the codes met so far, one ``RuleEntry`` each, by lookup key;
/// - ``ChainIndex``: each code's ancestor chain of Excludes references and instructional notes,
///   resolved once per carrier;
/// - ``FindingCache``: findings kept between encounters with their JSON, and the caches that find
///   them again;
/// - ``EncounterScratch``: the encounter being checked and the checks' working lists;
/// - ``FindingFragments``: pieces of finding JSON rendered once, for the JSON Lines fast path.
///
/// The extensions of this type are the rules themselves: entries (`+Entries`), per-code and
/// encounter findings (`+Evaluation`), Excludes pairs (`+Pairs`, `+PairFindings`), instructional
/// notes, guidelines and documentation.
///
/// Not thread-safe: ``GuardedTables`` hands it out under a lock. Memory stays bounded: once the
/// code entries or kept findings pass their limits, both are dropped between two encounters
/// (resolved chains are bounded by the release and stay).
struct RuleTables {
  /// The fixed view of the release.
  let rules: ReleaseRules
  /// `","release":"FY2026-April","codes":[`: the part of every JSON Lines record between its date
  /// and its codes.
  let releaseFields: [UInt8]
  /// The codes met so far.
  var codeIndex: CodeIndex
  /// The chains of the codes met so far.
  var chains: ChainIndex
  /// Findings kept and their caches.
  var cache = FindingCache()
  /// The encounter being checked.
  var scratch = EncounterScratch()
  /// Pieces of finding JSON for the JSON Lines fast path.
  var fragments = FindingFragments()
  /// Running counts of billable nodes by position (built on first use; ``billableCount(_:)``).
  var billableBefore: [Int32] = []

  /// Whether a batch is announced: room is made on the next encounter.
  var expectsBatch = false
  /// Whether every code of the release is entered at once after ``enterAllThreshold`` new ones (a
  /// batch).
  var entersAllCodes = false
  /// Whether a batch enters every code of the release on its first new code (a large batch).
  var entersAllAtOnce = false
  /// Whether only the JSON of findings is kept (a batch written as JSON Lines); see ``setLean(_:)``.
  private(set) var lean = false

  /// The number of entries after which a batch enters every code of the release at once.
  static let enterAllThreshold = 8192

  init(rules: ReleaseRules) {
    self.rules = rules
    var w = JSONWriter(capacity: 64)
    w.raw("\",\"release\":")
    w.string(rules.releaseID)
    w.raw(",\"codes\":[")
    releaseFields = w.bytes
    codeIndex = CodeIndex(release: rules.release)
    chains = ChainIndex(rules: rules)
  }

  /// Makes room for a batch up front, so the arrays do not grow (and copy, and fault in fresh
  /// pages) step by step.
  mutating func reserveForBatch() {
    expectsBatch = false
    entersAllCodes = true
    guard codeIndex.entries.capacity < 1 << 16 else { return }
    rules.release.buffer.prefault()
    codeIndex.reserveForBatch(entersAllAtOnce: entersAllAtOnce)
    cache.reserveForBatch()
  }

  /// Switches between keeping finding values (checks that return findings) and keeping only their
  /// JSON (JSON Lines batches); what was kept the other way is dropped.
  mutating func setLean(_ value: Bool) {
    guard value != lean else { return }
    lean = value
    trim(force: true)
    cache.keepValues(!value)
  }

  /// Drops the entries, kept findings and caches when they pass their limits (or when forced):
  /// kept findings refer to entries, so both go together.
  mutating func trim(force: Bool = false) {
    guard force || codeIndex.entries.count > CodeIndex.entryLimit || cache.isFull else { return }
    codeIndex.removeAll()
    cache.removeAll()
    fragments.removeEvidence()
  }

  /// The node of an entry, if it is a code of the release.
  @inline(__always) func node(_ e: Int32) -> NodeID? { codeIndex.node(e) }

  /// The lookup key of an entry (`M5450`).
  func key(_ e: Int32) -> String { codeIndex.key(e) }

  /// The normalised spelling of an entry: the release's code, or the dotted key (`M54.50`).
  func code(_ e: Int32) -> String { codeIndex.code(e) }

  /// The path from the chapter down to an entry's code; empty when it is not a code.
  func path(_ e: Int32) -> [String] { node(e).map { rules.path(of: $0) } ?? [] }
}
