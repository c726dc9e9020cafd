/// The Excludes1/Excludes2 check of one pair of codes, in both directions, with level precedence.
enum ExcludesPair {
  /// Every reference of either chain that covers the other code; empty for most pairs.
  @inline(__always)
  static func matches(_ a: CodeEntry, _ b: CodeEntry, curated: Bool) -> [PairMatch] {
    guard let nodeA = a.node, let nodeB = b.node else { return [] }
    var result: [PairMatch] = []
    for range in a.excludes where range.covers(nodeB, key: b.key) && (curated || range.kind != .curated) {
      result.append(PairMatch(range: range, subject: a, other: b))
    }
    for range in b.excludes where range.covers(nodeA, key: a.key) && (curated || range.kind != .curated) {
      result.append(PairMatch(range: range, subject: b, other: a))
    }
    return result
  }

  /// The decision alone, without allocating (the hot path: most pairs have no note at all).
  @inline(__always)
  static func quickDecision(_ a: CodeEntry, _ b: CodeEntry, curated: Bool) -> PairVerdict.Decision {
    guard let nodeA = a.node, let nodeB = b.node else { return .none }
    var best = -1
    var bestKind = ChainRange.Kind.excludes2
    var official = false
    @inline(__always) func consider(_ range: ChainRange) {
      if range.kind == .curated && !curated { return }
      if range.kind == .excludes1 { official = true }
      let r = rank(range)
      if r > best {
        best = r
        bestKind = range.kind
      }
    }
    let x = nodeA.rawValue
    let y = nodeB.rawValue
    a.bounds.withUnsafeBufferPointer { bounds in
      var i = 0
      while i < bounds.count {
        if bounds[i] <= y && y < bounds[i + 1] {
          let range = a.chain[Int(bounds[i + 2])].ranges[Int(bounds[i + 3])]
          if range.covers(nodeB, key: b.key) { consider(range) }
        }
        i += 4
      }
    }
    b.bounds.withUnsafeBufferPointer { bounds in
      var i = 0
      while i < bounds.count {
        if bounds[i] <= x && x < bounds[i + 1] {
          let range = b.chain[Int(bounds[i + 2])].ranges[Int(bounds[i + 3])]
          if range.covers(nodeA, key: a.key) { consider(range) }
        }
        i += 4
      }
    }
    if best < 0 { return .none }
    if bestKind == .excludes2 { return .excludes2 }
    return official ? .excludes1 : .curatedExcludes1
  }

  /// Whether any Excludes1 reference (official, or curated when allowed) of either chain covers the
  /// other code: the cheap pre-check when Excludes2 pairs are not reported.
  @inline(__always)
  static func anyExcludes1(_ a: CodeEntry, _ b: CodeEntry, curated: Bool) -> Bool {
    guard let nodeA = a.node, let nodeB = b.node else { return false }
    @inline(__always) func scan(_ e: CodeEntry, _ node: NodeID, _ key: String) -> Bool {
      let x = node.rawValue
      return e.excludes1Bounds.withUnsafeBufferPointer { bounds in
        var i = 0
        while i < bounds.count {
          if bounds[i] <= x && x < bounds[i + 1] {
            let range = e.chain[Int(bounds[i + 2])].ranges[Int(bounds[i + 3])]
            if (curated || range.kind != .curated) && range.covers(node, key: key) { return true }
          }
          i += 4
        }
        return false
      }
    }
    return scan(a, nodeB, b.key) || scan(b, nodeA, a.key)
  }

  /// Precedence rank of a reference: specificity first, then official Excludes1 > Excludes2 > curated.
  @inline(__always) private static func rank(_ range: ChainRange) -> Int {
    let kindRank: Int
    switch range.kind {
    case .excludes1: kindRank = 2
    case .excludes2: kindRank = 1
    case .curated: kindRank = 0
    }
    return range.specificity * 4 + kindRank
  }

  /// Precedence rank of a match: specificity first, then official Excludes1 > Excludes2 > curated.
  private static func rank(_ m: PairMatch) -> Int { rank(m.range) }

  /// The decision for a non-empty set of matches, and which matches agree with it.
  static func decide(_ matches: [PairMatch]) -> (PairVerdict.Decision, agrees: (PairMatch) -> Bool) {
    guard let top = matches.max(by: { rank($0) < rank($1) }) else { return (.none, { _ in false }) }
    switch top.range.kind {
    case .excludes2:
      return (.excludes2, { $0.range.kind == .excludes2 })
    case .excludes1, .curated:
      let official = matches.contains { $0.range.kind == .excludes1 }
      return (official ? .excludes1 : .curatedExcludes1, { $0.range.kind != .excludes2 })
    }
  }

  /// The evidence of a match.
  static func evidence(_ m: PairMatch, role: Evidence.Role, rules: ReleaseRules) -> Evidence {
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
      noteText: release.note(index: m.range.note).text, reference: m.range.referenceText(in: release),
      release: rules.releaseID, authority: isCurated ? .curated : .officialTabular, subject: m.subject.dotted,
      path: m.subject.node == m.range.carrier ? [] : m.subject.path(in: release), role: role, citation: citation)
  }

  /// The evidence of all matches, deciding first, without repeating a note for the same subject.
  static func evidence(_ matches: [PairMatch], agrees: (PairMatch) -> Bool, rules: ReleaseRules) -> [Evidence] {
    var seen: [(Int, String, ChainRange.Kind)] = []
    var deciding: [Evidence] = []
    var overruled: [Evidence] = []
    let ordered = matches.sorted { ($0.range.kind == .curated ? 1 : 0) < ($1.range.kind == .curated ? 1 : 0) }
    for m in ordered {
      if seen.contains(where: { $0.0 == m.range.note && $0.1 == m.subject.key && $0.2 == m.range.kind }) { continue }
      seen.append((m.range.note, m.subject.key, m.range.kind))
      if agrees(m) {
        deciding.append(evidence(m, role: .decides, rules: rules))
      } else {
        overruled.append(evidence(m, role: .overruled, rules: rules))
      }
    }
    return deciding + overruled
  }

  /// The full verdict of a pair.
  static func verdict(_ a: CodeEntry, _ b: CodeEntry, rules: ReleaseRules) -> PairVerdict {
    let found = matches(a, b, curated: true)
    let (decision, agrees) = decide(found)
    return PairVerdict(decision: decision, evidence: evidence(found, agrees: agrees, rules: rules))
  }

  /// `"at M54.5 \"lumbago with sciatica (M54.4-)\""`, for messages.
  static func describe(_ e: Evidence) -> String {
    let place: String
    switch e.level {
    case .chapter?: place = "chapter \(e.carrier)"
    case .section?: place = "section \(e.carrier)"
    default: place = e.carrier
    }
    return "\(place) \"\(e.noteText)\""
  }

  /// The finding of a pair in encounter order, or nil when no note relates them (or Excludes2 is off).
  static func finding(
    _ a: CodeEntry, _ b: CodeEntry, encounter: Encounter, rules: ReleaseRules
  ) -> Finding? {
    let found = matches(a, b, curated: encounter.options.curatedRules)
    guard !found.isEmpty else { return nil }
    let (decision, agrees) = decide(found)
    if decision == .excludes2 && !(encounter.options.reportExcludes2 && encounter.options.reports(.info)) { return nil }
    let evidence = evidence(found, agrees: agrees, rules: rules)
    let deciding = evidence.filter { $0.role == .decides }
    let overruled = evidence.filter { $0.role == .overruled }
    let codes = [a.dotted, b.dotted]
    var because = deciding.prefix(2).map(describe).joined(separator: " and ")
    if deciding.count > 2 { because += " and \(deciding.count - 2) more" }
    if let first = overruled.first {
      because += "; overrides the less specific \(first.noteKind?.heading ?? "note") at \(describe(first))"
    }
    switch decision {
    case .none:
      return nil
    case .excludes2:
      return Finding(
        kind: .excludes2, severity: .info, codes: codes,
        message: "\(codes[0]) and \(codes[1]) may be reported together: Excludes2 at \(because)",
        authority: .officialTabular, evidence: evidence)
    case .excludes1, .curatedExcludes1:
      let official = decision == .excludes1
      let override = encounter.unrelated.first { $0.matches(key: a.key, key: b.key) }
      var message =
        official
        ? "\(codes[0]) and \(codes[1]) may not be reported together: Excludes1 at \(because)"
        : "\(codes[0]) and \(codes[1]) are probably not reported together (text-only Excludes1 resolved by our curated mapping; check the documentation): \(because)"
      if let override { message += "; marked unrelated: \(override.reason)" }
      return Finding(
        kind: .excludes1, severity: override != nil ? .info : (official ? .error : .warning), codes: codes,
        message: message, authority: official ? .officialTabular : .curated, evidence: evidence,
        overrideReason: override?.reason)
    }
  }
}
