/// The findings the rules engine keeps between encounters, each as a value or with its JSON written
/// once from the ``Finding`` itself, and the caches that find them again: a pair's Excludes finding, an
/// unsatisfied note, a pair rule, a duplicate, a date's approximation, the empty encounter (a
/// code's own finding is found through its ``RuleEntry``).
struct FindingCache {
  /// Findings kept, referred to as ``FindingRef/kept(_:)`` (values, until ``keepValues(_:)`` says
  /// JSON).
  private(set) var store = FindingStore(keepsJSON: false)
  /// Findings made for the encounter being checked only, as JSON (``FindingRef/transient(_:)``):
  /// the Excludes finding of a pair seen for the first time in a JSON Lines batch (most pairs of a
  /// batch are never seen again, so keeping them would only fill memory), a duplicate; emptied
  /// when the next encounter begins.
  private(set) var transient = FindingStore()
  /// Pair findings by ordered node pair and option bits.
  var pairs = FindingTable()
  /// Unsatisfied instructional-note findings by code node and note index.
  var notes = FindingTable()
  /// Pair-rule findings (ENC-03, ENC-09, ENC-21) by rule and ordered node pair.
  var pairRules = FindingTable()
  /// Duplicate findings by entry and the two positions.
  var duplicates = FindingTable()
  /// `release-approximate` findings by date.
  var approximations = FindingTable()
  /// Evidence of pair findings, by reference, subject entry and role.
  var evidence: [EvidenceKey: Evidence] = [:]
  /// The `empty-encounter` finding, once kept.
  var empty = FindingSlot.notMade
  /// The 7th-character tables of carriers, by node (they depend on the release only, so they
  /// are kept when the findings are emptied).
  var seventhCharacters: [Int32: NonBillableFinding.SeventhCharacter?] = [:]

  /// Limits beyond which the cache is emptied between encounters.
  static let findingLimit = 1 << 16
  static let pairLimit = 1 << 20
  static let jsonLimit = 64 << 20

  /// Keeps a finding for good.
  @inline(__always) mutating func keep(_ finding: Finding) -> FindingRef { .kept(store.add(finding)) }

  /// Keeps a finding for the encounter being checked only.
  @inline(__always) mutating func keepForNow(_ finding: Finding) -> FindingRef {
    .transient(transient.add(finding))
  }

  /// Keeps a finding given as the bytes ``Finding/writeJSON(to:)`` writes for it (the JSON Lines
  /// fast path: see ``FindingFragments``), for good or, when `forNow`, for this encounter only.
  @inline(__always) mutating func keepJSON(
    kind: FindingKind, severity: Severity, forNow: Bool, json write: (inout JSONWriter) -> Void
  ) -> FindingRef {
    forNow
      ? .transient(transient.add(kind: kind, severity: severity, isOverride: false, value: nil, json: write))
      : .kept(store.add(kind: kind, severity: severity, isOverride: false, value: nil, json: write))
  }

  /// The finding of a kept or transient reference (a stand-in when only its JSON is kept).
  func finding(_ ref: FindingRef) -> Finding? {
    switch ref.place {
    case .kept(let i): store.finding(i)
    case .transient(let i): transient.finding(i)
    case .dynamic: nil
    }
  }

  /// The kind (its position in `FindingKind.allCases`), severity and whether it carries an
  /// override reason, of a kept or transient finding.
  @inline(__always) func summary(_ ref: FindingRef) -> (kind: Int, severity: Severity, isOverride: Bool)? {
    switch ref.place {
    case .kept(let i): (Int(store.kindIndex[Int(i)]), store.severity[Int(i)], store.isOverride[Int(i)])
    case .transient(let i): (Int(transient.kindIndex[Int(i)]), transient.severity[Int(i)], false)
    case .dynamic: nil
    }
  }

  /// Appends the JSON of a kept or transient finding.
  @inline(__always) func appendJSON(_ ref: FindingRef, to out: inout OutputBuffer) {
    switch ref.place {
    case .kept(let i): store.appendJSON(i, to: &out)
    case .transient(let i): transient.appendJSON(i, to: &out)
    case .dynamic: break
    }
  }

  /// Whether the cache has passed its limits.
  var isFull: Bool {
    store.count > Self.findingLimit || pairs.count > Self.pairLimit || store.json.count > Self.jsonLimit
  }

  /// Keeps finding values only (checks that return findings), or only their JSON (a batch written
  /// as JSON Lines); call ``removeAll()`` first.
  mutating func keepValues(_ value: Bool) {
    store.keepsValues = value
    store.keepsJSON = !value
    transient.keepsValues = false
  }

  /// Makes room for a batch.
  mutating func reserveForBatch() {
    store.reserveCapacity(findings: 1 << 15, json: 1 << 24)
    pairs = FindingTable(capacity: max(pairs.count, 1 << 15))
  }

  /// Forgets the transient findings (a new encounter begins).
  @inline(__always) mutating func removeTransient() {
    if transient.count > 0 { transient.removeAll() }
  }

  /// Empties every finding and cache, keeping storage.
  mutating func removeAll() {
    store.removeAll()
    transient.removeAll()
    pairs.removeAll()
    notes.removeAll()
    pairRules.removeAll()
    duplicates.removeAll()
    approximations.removeAll()
    evidence.removeAll()
    empty = .notMade
  }
}
