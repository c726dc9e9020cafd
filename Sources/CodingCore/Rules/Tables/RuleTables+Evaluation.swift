/// One check of one encounter over the tables: per-code, pair, note, guideline and documentation
/// findings, in a stable order.
///
/// ```swift
/// tables.begin()
/// for code in encounter.codes { tables.add(typed: code) }
/// tables.finish(encounter, date: encounter.date, approximation: nil)
/// tables.findings  // the findings
/// ```
extension RuleTables {
  /// Checklist items whose "not documented" state a guideline rule reports instead.
  static let itemsOwnedByGuidelines: Set<String> = ["G8929-CHRONIC-EXPLICIT"]

  /// Starts an encounter: drops derived data past its limits and empties the working lists.
  mutating func begin() {
    if expectsBatch { reserveForBatch() }
    trim()
    scratch.begin()
    cache.removeTransient()
  }

  /// Adds the next code of the encounter, as typed.
  @inline(__always) mutating func add(typed bytes: UnsafeBufferPointer<UInt8>) {
    scratch.order.append(entry(typed: bytes))
  }

  /// Adds the next code of the encounter, as typed.
  mutating func add(typed text: String) { scratch.order.append(entry(typed: text)) }

  /// Adds the codes of a line in order, each given to `body` by `forEachCode` as typed bytes
  /// (valid until this returns). Every key is packed and its table slot prefetched first, then all
  /// are looked up and their entries prefetched for ``resolvePresent()``: the cache misses of a
  /// line's codes overlap instead of following one another.
  @inline(__always) mutating func add(codes forEachCode: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
    var count = 0
    forEachCode { bytes in
      let key = PackedKey.normalized(bytes)
      if let key { codeIndex.keyed.prefetch(key) }
      if count < scratch.pendingCodes.count {
        scratch.pendingCodes[count] = (key, bytes)
      } else {
        scratch.pendingCodes.append((key, bytes))
      }
      count += 1
    }
    for i in 0..<count {
      let (key, bytes) = scratch.pendingCodes[i]
      let e = key.map { entry(packed: $0) } ?? entry(unpacked: bytes)
      codeIndex.entries.prefetch(Int(e))
      scratch.order.append(e)
    }
  }

  /// Runs every rule over the codes added, on `date`; `approximation` is the note of a date no
  /// loaded release covers.
  mutating func finish(_ encounter: Encounter, date: ServiceDate, approximation: String?) {
    if let approximation { approximateFinding(approximation, date: date, encounter: encounter) }
    resolvePresent()
    codeFindings(encounter.options)
    if scratch.present.count > 1 { pairFindings(encounter) }
    if encounter.options.reportInstructionalNotes
      && (encounter.options.reports(.info) || scratch.presentFlags & RuleEntry.codeFirstWithRanges != 0)
    {
      instructionFindings(encounter.options)
    }
    guidelineFindings(encounter)
    documentationFindings(encounter)
  }

  /// Lists the distinct codes of the release among those added, in order.
  ///
  /// The masks of each code's chain are prefetched for ``pairFindings(_:)`` on the way.
  mutating func resolvePresent() {
    scratch.present.removeAll(keepingCapacity: true)
    scratch.presentFlags = 0
    for e in scratch.order {
      let entry = codeIndex.entries[Int(e)]
      if entry.node >= 0 && !scratch.present.contains(e) {
        scratch.present.append(e)
        scratch.presentFlags |= entry.flags
        chains.chainMasks.prefetch(Int(entry.head))
      }
    }
  }

  /// A finding by reference (a kept one, or one built for this encounter only).
  func finding(_ ref: FindingRef) -> Finding {
    if case .dynamic(let i) = ref.place { return scratch.dynamic[i] }
    return cache.finding(ref) ?? FindingStore.placeholder
  }

  /// The kind (its position in `FindingKind.allCases`) and severity of a finding by reference.
  @inline(__always) func kindAndSeverity(_ ref: FindingRef) -> (kind: Int, severity: Severity) {
    if let s = cache.summary(ref) { return (s.kind, s.severity) }
    guard case .dynamic(let i) = ref.place else { return (0, .info) }
    return (Int(scratch.dynamic[i].kind.position), scratch.dynamic[i].severity)
  }

  /// The findings of the encounter just checked.
  var findings: [Finding] { scratch.refs.map { finding($0) } }

  /// The normalised spellings of the encounter just checked, in order.
  var codes: [String] { scratch.order.map { code($0) } }

  /// Appends a kept or transient finding when the options report its severity (overrides are
  /// always reported).
  @inline(__always) mutating func emit(_ ref: FindingRef, _ options: RuleOptions) {
    guard let s = cache.summary(ref) else { return }
    if options.reports(s.severity) || s.isOverride { scratch.refs.append(ref) }
  }

  /// Appends the kept finding of a cache slot, if it holds one, as ``emit(_:_:)-(FindingRef,_)``.
  @inline(__always) mutating func emit(_ slot: FindingSlot, _ options: RuleOptions) {
    if let ref = slot.ref { emit(ref, options) }
  }

  /// Appends a finding built for this encounter when the options report its severity.
  mutating func emit(_ f: Finding, _ options: RuleOptions) {
    guard options.reports(f.severity) || f.overrideReason != nil else { return }
    scratch.report(f)
  }

  /// The `release-approximate` finding, kept per date: a warning when the date lies outside every
  /// loaded release (a release to import), info when it falls in a gap between two.
  private mutating func approximateFinding(_ note: String, date: ServiceDate, encounter: Encounter) {
    let severity: Severity = note.hasPrefix("no release loaded for") ? .warning : .info
    guard encounter.options.reports(severity) else { return }
    let key = UInt64(date.year * 10_000 + date.month * 100 + date.day)
    if let hit = cache.approximations.find(key) { return emit(hit, encounter.options) }
    let info = rules.release.info
    let id = cache.keep(
      Finding(
        kind: .releaseApproximate, severity: severity, codes: [], message: note, authority: .officialTabular,
        evidence: [
          Evidence(
            carrier: rules.releaseID, level: nil, noteKind: nil,
            noteText: "effective \(info.effectiveFrom) to \(info.effectiveThrough)", release: rules.releaseID,
            authority: .officialTabular)
        ]))
    cache.approximations.insert(key, FindingSlot(id))
    emit(id, encounter.options)
  }

  /// Empty encounter, duplicates, and each code's own finding.
  private mutating func codeFindings(_ options: RuleOptions) {
    var any = false
    for p in scratch.order.indices {
      let e = scratch.order[p]
      if codeIndex.entries[Int(e)].isEmptyKey { continue }
      any = true
      if let earlier = scratch.order[0..<p].firstIndex(of: e) {
        duplicateFinding(e, earlier, p, options)
      } else if codeIndex.entries[Int(e)].finding != .none, let own = ownFinding(e) {
        emit(own, options)
      }
    }
    if !any {
      if cache.empty == .notMade {
        cache.empty = FindingSlot(
          cache.keep(
            Finding(
              kind: .emptyEncounter, severity: .warning, codes: [], message: "the encounter has no code",
              authority: .officialGuideline, ruleID: "EMPTY")))
      }
      emit(cache.empty, options)
    }
  }

  /// A code listed again (kept per code and pair of positions).
  private mutating func duplicateFinding(_ e: Int32, _ earlier: Int, _ position: Int, _ options: RuleOptions) {
    guard options.reports(.warning) else { return }
    let key = UInt64(UInt32(e)) << 32 | UInt64(earlier & 0xFFFF) << 16 | UInt64(position & 0xFFFF)
    if let hit = cache.duplicates.find(key) { return emit(hit, options) }
    if earlier > 0xFFFF || position > 0xFFFF { return emit(duplicate(e, earlier, position), options) }
    let id = cache.keep(duplicate(e, earlier, position))
    cache.duplicates.insert(key, FindingSlot(id))
    emit(id, options)
  }

  /// The `duplicate` finding of a code listed again.
  private func duplicate(_ e: Int32, _ earlier: Int, _ position: Int) -> Finding {
    let code = code(e)
    return Finding(
      kind: .duplicate, severity: .warning, codes: [code],
      message: "\(code) is listed more than once (positions \(earlier + 1) and \(position + 1))",
      authority: .officialGuideline, ruleID: "DUPLICATE")
  }
}
