/// The full Excludes verdict and finding of a pair, with evidence: built once per pair, when the
/// notes relate the two codes.
extension RuleTables {
  /// Appends every reference of either chain that covers the other code, by position.
  func collectMatches(
    _ a: Int32, _ b: Int32, curated: Bool, into result: inout [(r: Int32, subject: Int32, other: Int32)]
  ) {
    let x = codeIndex.entries[Int(a)].node
    let y = codeIndex.entries[Int(b)].node
    guard x >= 0, y >= 0 else { return }
    chains.triples.withUnsafeBufferPointer { q in
      func scan(_ subject: Int32, _ x: Int32, _ other: Int32) {
        _ = firstReference(of: subject) { r in
          if (curated || q[3 * r + 2] & 3 != 2) && covers(q, r, node: x, entry: other) {
            result.append((Int32(r), subject, other))
          }
          return false
        }
      }
      scan(a, y, b)
      scan(b, x, a)
    }
  }

  /// The evidence of a match, built once per reference, subject and role.
  mutating func cachedEvidence(_ m: PairMatch, role: Evidence.Role) -> Evidence {
    let key = EvidenceKey(
      note: Int32(m.range.note), subject: m.subject, start: m.range.start, end: m.range.end,
      curated: Int32(m.range.curated), kind: m.range.kind.rawValue, decides: role == .decides)
    if let hit = cache.evidence[key] { return hit }
    let built = evidence(m, role: role)
    cache.evidence[key] = built
    return built
  }

  /// The evidence of a match.
  func evidence(_ m: PairMatch, role: Evidence.Role) -> Evidence {
    let release = rules.release
    let isCurated = m.range.kind == .curated
    var citation: String?
    if isCurated, m.range.curated >= 0, m.range.curated < rules.curated.entries.count {
      let entry = rules.curated.entries[m.range.curated]
      citation = "\(entry.id) (Data/curated-references.json)"
    }
    return Evidence(
      carrier: release.code(m.range.carrier), level: m.range.level,
      noteKind: m.range.kind == .excludes2 ? .excludes2 : .excludes1,
      noteText: release.noteText(index: m.range.note), reference: m.range.referenceText(in: release),
      release: rules.releaseID, authority: isCurated ? .curated : .officialTabular,
      subject: code(m.subject),
      path: node(m.subject) == m.range.carrier ? [] : path(m.subject), role: role, citation: citation)
  }

  /// The order of a pair's evidence, the one every output uses: the references that decide first,
  /// then the overruled ones, official before curated within each, a note not repeated for the same
  /// subject. Appends each match's position in `found` and whether it decides to `order`; returns how
  /// many decide.
  func orderEvidence(
    _ found: [(r: Int32, subject: Int32, other: Int32)], decision: PairVerdict.Decision,
    into order: inout [(index: Int32, decides: Bool)]
  ) -> Int {
    var deciding = 0
    for pass in 0..<2 {
      let curatedPass = pass == 1
      for (i, match) in found.enumerated() where (chains.ranges[Int(match.r)].kind == .curated) == curatedPass {
        let range = chains.ranges[Int(match.r)]
        let repeated = found[..<i].contains { earlier in
          let other = chains.ranges[Int(earlier.r)]
          return other.note == range.note && earlier.subject == match.subject && other.kind == range.kind
        }
        if repeated { continue }
        if ExcludesPrecedence.agrees(range.kind, with: decision) {
          order.insert((Int32(i), true), at: deciding)
          deciding += 1
        } else {
          order.append((Int32(i), false))
        }
      }
    }
    return deciding
  }

  /// The references that relate two entries, the decision over them (``ExcludesPrecedence``) and
  /// their evidence in order (``orderEvidence(_:decision:into:)``); no evidence is built for a decision
  /// that is not `wanted`.
  private mutating func decidedEvidence(
    _ a: Int32, _ b: Int32, curated: Bool, wanted: (PairVerdict.Decision) -> Bool = { $0 != .none }
  ) -> (decision: PairVerdict.Decision, evidence: [Evidence]) {
    var found: [(r: Int32, subject: Int32, other: Int32)] = []
    collectMatches(a, b, curated: curated, into: &found)
    let decision = decide(found)
    guard wanted(decision) else { return (decision, []) }
    var order: [(index: Int32, decides: Bool)] = []
    _ = orderEvidence(found, decision: decision, into: &order)
    let evidence = order.map { item -> Evidence in
      let match = found[Int(item.index)]
      let m = PairMatch(range: chains.ranges[Int(match.r)], subject: match.subject, other: match.other)
      return cachedEvidence(m, role: item.decides ? .decides : .overruled)
    }
    return (decision, evidence)
  }

  /// The full verdict of a pair.
  mutating func verdict(_ a: Int32, _ b: Int32) -> PairVerdict {
    let (decision, evidence) = decidedEvidence(a, b, curated: true)
    return PairVerdict(decision: decision, evidence: evidence)
  }

  /// The finding of a pair in encounter order, or nil when no note relates them (or Excludes2 is off):
  /// the one description of an Excludes finding, which every output renders (a batch keeps its JSON).
  ///
  /// - Parameter override: the mark that declares the pair unrelated, if any.
  mutating func buildPairFinding(
    _ a: Int32, _ b: Int32, options: RuleOptions, override: UnrelatedOverride?
  ) -> Finding? {
    let (decision, evidence) = decidedEvidence(a, b, curated: options.curatedRules) {
      ExcludesPair.isReported($0, options: options)
    }
    guard ExcludesPair.isReported(decision, options: options), let outcome = ExcludesPair.outcome(decision) else {
      return nil
    }
    // Only an Excludes1 pair can be marked unrelated (an Excludes2 pair may be reported together).
    let override = outcome.kind == .excludes1 ? override : nil
    let codes = [code(a), code(b)]
    var message = ExcludesMessage.Text(codes: codes, evidence: evidence, overrideReason: override?.reason)
    ExcludesMessage.write(
      verdict: outcome.verdict, deciding: evidence.count { $0.role == .decides }, parts: evidence.count,
      marked: override != nil, into: &message)
    return Finding(
      kind: outcome.kind, severity: override != nil ? .info : outcome.severity, codes: codes, message: message.out,
      authority: outcome.authority, evidence: evidence, overrideReason: override?.reason)
  }
}
