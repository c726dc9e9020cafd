/// Findings the engine produces again and again (a code's own finding, a pair's Excludes finding,
/// an unsatisfied note), each kept once with its JSON rendered once, and referred to by position.
struct FindingStore {
  /// The findings, by position (empty while only JSON is kept: see ``keepsValues``).
  private(set) var findings: [Finding] = []
  /// Per finding: the position of its kind in `FindingKind.allCases`.
  private(set) var kindIndex: [UInt8] = []
  /// Per finding: its severity.
  private(set) var severity: [Severity] = []
  /// Per finding: whether it carries an override reason (always reported).
  private(set) var isOverride: [Bool] = []
  /// Per finding: where its JSON sits in ``json``.
  private(set) var spans: [(start: Int32, count: Int32)] = []
  /// The JSON of every finding, back to back.
  private(set) var json: [UInt8] = []
  /// Whether finding values are kept (a batch written as JSON Lines needs only their JSON); the
  /// store is emptied before this changes.
  var keepsValues = true
  /// Whether each finding's JSON is written (only JSON Lines output reads it: a review's check of a
  /// million encounters would fill up to 64 MB with JSON nobody reads); the store is emptied before
  /// this changes.
  var keepsJSON = true

  /// An empty store.
  init(keepsJSON: Bool = true) { self.keepsJSON = keepsJSON }

  /// The number of findings kept.
  var count: Int { kindIndex.count }

  /// Keeps a finding and returns its position.
  mutating func add(_ finding: Finding) -> Int32 {
    add(kind: finding.kind, severity: finding.severity, isOverride: finding.overrideReason != nil, value: finding) {
      finding.writeJSON(to: &$0)
    }
  }

  /// Keeps a finding given as its JSON (its value only when `value` is given and values are kept).
  mutating func add(
    kind: FindingKind, severity: Severity, isOverride: Bool, value: Finding?, json write: (inout JSONWriter) -> Void
  ) -> Int32 {
    let position = Int32(kindIndex.count)
    if keepsValues { findings.append(value ?? Self.placeholder) }
    kindIndex.append(kind.position)
    self.severity.append(severity)
    self.isOverride.append(isOverride)
    guard keepsJSON else {
      spans.append((0, 0))
      return position
    }
    var w = JSONWriter(capacity: 0)
    swap(&w.bytes, &json)
    let start = w.bytes.count
    write(&w)
    spans.append((Int32(start), Int32(w.bytes.count - start)))
    swap(&w.bytes, &json)
    return position
  }

  /// Appends the JSON of the finding at a position (nothing when JSON is not kept).
  @inline(__always) func appendJSON(_ position: Int32, to out: inout OutputBuffer) {
    let span = spans[Int(position)]
    json.withUnsafeBufferPointer { json in
      let start = Int(span.start)
      out.append(UnsafeBufferPointer(rebasing: json[start..<(start + Int(span.count))]))
    }
  }

  /// The finding at a position, or a stand-in when only its JSON is kept.
  func finding(_ position: Int32) -> Finding {
    Int(position) < findings.count ? findings[Int(position)] : Self.placeholder
  }

  /// Stands for a finding whose value was not kept.
  static let placeholder = Finding(
    kind: .emptyEncounter, severity: .info, codes: [], message: "", authority: .officialTabular)

  /// Makes room for findings and their JSON.
  mutating func reserveCapacity(findings count: Int, json bytes: Int) {
    findings.reserveCapacity(count)
    kindIndex.reserveCapacity(count)
    severity.reserveCapacity(count)
    isOverride.reserveCapacity(count)
    spans.reserveCapacity(count)
    json.reserveCapacity(bytes)
  }

  /// Empties the store, keeping its storage.
  mutating func removeAll() {
    findings.removeAll(keepingCapacity: true)
    kindIndex.removeAll(keepingCapacity: true)
    severity.removeAll(keepingCapacity: true)
    isOverride.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    json.removeAll(keepingCapacity: true)
  }
}
