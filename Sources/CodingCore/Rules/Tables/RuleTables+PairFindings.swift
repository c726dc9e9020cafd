/// The full Excludes verdict and finding of a pair, with evidence: built once per pair, when the
/// notes relate the two codes.
extension RuleTables {
  /// Every reference of either chain that covers the other code; empty for most pairs.
  func matches(_ a: Int32, _ b: Int32, curated: Bool) -> [PairMatch] {
    var found: [(r: Int32, subject: Int32, other: Int32)] = []
    collectMatches(a, b, curated: curated, into: &found)
    return found.map { PairMatch(range: chains.ranges[Int($0.r)], subject: $0.subject, other: $0.other) }
  }

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

  /// The evidence of all matches, deciding first, without repeating a note for the same subject.
  mutating func evidence(_ matches: [PairMatch], agrees: (PairMatch) -> Bool) -> [Evidence] {
    Self.ordered(matches, agrees: agrees).map { cachedEvidence($0.match, role: $0.role) }
  }

  /// The matches that make a pair's evidence, with their roles: deciding first (official before
  /// curated), then overruled, without repeating a note for the same subject.
  static func ordered(
    _ matches: [PairMatch], agrees: (PairMatch) -> Bool
  ) -> [(match: PairMatch, role: Evidence.Role)] {
    var seen: [(Int, Int32, ChainRange.Kind)] = []
    var deciding: [(match: PairMatch, role: Evidence.Role)] = []
    var overruled: [(match: PairMatch, role: Evidence.Role)] = []
    let ordered = matches.sorted { ($0.range.kind == .curated ? 1 : 0) < ($1.range.kind == .curated ? 1 : 0) }
    for m in ordered {
      if seen.contains(where: { $0.0 == m.range.note && $0.1 == m.subject && $0.2 == m.range.kind }) { continue }
      seen.append((m.range.note, m.subject, m.range.kind))
      if agrees(m) {
        deciding.append((m, .decides))
      } else {
        overruled.append((m, .overruled))
      }
    }
    return deciding + overruled
  }

  /// The full verdict of a pair.
  mutating func verdict(_ a: Int32, _ b: Int32) -> PairVerdict {
    let found = matches(a, b, curated: true)
    let (decision, agrees) = ExcludesPair.decide(found)
    return PairVerdict(decision: decision, evidence: evidence(found, agrees: agrees))
  }

  /// The finding of a pair in encounter order, or nil when no note relates them (or Excludes2 is off):
  /// the one description of an Excludes finding, which every output renders (a batch keeps its JSON).
  ///
  /// - Parameter override: the mark that declares the pair unrelated, if any.
  mutating func buildPairFinding(
    _ a: Int32, _ b: Int32, options: RuleOptions, override: UnrelatedOverride?
  ) -> Finding? {
    let found = matches(a, b, curated: options.curatedRules)
    guard !found.isEmpty else { return nil }
    let (decision, agrees) = ExcludesPair.decide(found)
    if decision == .excludes2 && !(options.reportExcludes2 && options.reports(.info)) { return nil }
    let evidence = evidence(found, agrees: agrees)
    let deciding = evidence.filter { $0.role == .decides }
    let overruled = evidence.filter { $0.role == .overruled }
    let codes = [code(a), code(b)]
    var because = deciding.prefix(2).map(ExcludesPair.describe).joined(separator: " and ")
    if deciding.count > 2 { because += " and \(deciding.count - 2) more" }
    if let first = overruled.first {
      because += "; overrides the less specific \(first.noteKind?.heading ?? "note") at \(ExcludesPair.describe(first))"
    }
    guard let outcome = ExcludesPair.outcome(decision) else { return nil }
    var message = codes[0] + " and " + codes[1] + outcome.verdict.description + because
    // Only an Excludes1 pair can be marked unrelated (an Excludes2 pair may be reported together).
    let override = outcome.kind == .excludes1 ? override : nil
    if let override { message += "; marked unrelated: \(override.reason)" }
    return Finding(
      kind: outcome.kind, severity: override != nil ? .info : outcome.severity, codes: codes, message: message,
      authority: outcome.authority, evidence: evidence, overrideReason: override?.reason)
  }
}
