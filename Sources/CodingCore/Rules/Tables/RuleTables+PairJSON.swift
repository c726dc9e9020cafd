/// The Excludes finding of a pair written straight as JSON, for JSON Lines batches: the same bytes
/// as building the ``Finding`` and calling ``Finding/writeJSON(to:)``, assembled from evidence
/// fragments rendered once.
extension RuleTables {
  /// The fragment of the evidence of reference `r` (a position in ``ranges``) of `subject`'s chain
  /// covering `other`, rendered once per reference, subject and role.
  mutating func fragment(_ r: Int32, subject: Int32, other: Int32, role: Evidence.Role) -> Int32 {
    let key = UInt64(UInt32(r)) << 33 | UInt64(UInt32(subject)) << 1 | (role == .decides ? 1 : 0)
    if let hit = fragmentCache.find(key) { return hit }
    let m = PairMatch(range: ranges[Int(r)], subject: subject, other: other)
    let e = evidence(m, role: role)
    var w = JSONWriter(capacity: 0)
    swap(&w.bytes, &fragmentBytes)
    let fieldsStart = w.bytes.count
    e.writeFields(to: &w)
    let describedStart = w.bytes.count
    w.string(ExcludesPair.describe(e))
    // Keep the escaped text without its quotes: it goes inside a message.
    w.bytes.removeLast()
    w.bytes.remove(at: describedStart)
    let end = w.bytes.count
    swap(&w.bytes, &fragmentBytes)
    let position = Int32(fragments.count)
    fragments.append(
      EvidenceFragment(
        fieldsStart: Int32(fieldsStart), fieldsCount: Int32(describedStart - fieldsStart),
        describedStart: Int32(describedStart), describedCount: Int32(end - describedStart), role: role,
        authority: e.authority, noteKind: e.noteKind))
    fragmentCache.insert(key, position)
    return position
  }

  /// Keeps the JSON of the Excludes finding of entries `a` and `b` (in encounter order, not marked
  /// unrelated) and returns its store position, or ``noFinding`` when the notes report nothing.
  mutating func keepPairJSON(_ a: Int32, _ b: Int32, options: RuleOptions) -> Int32 {
    let found = matchPositions(a, b, curated: options.curatedRules)
    guard !found.isEmpty else { return Self.noFinding }
    let decision = decide(found)
    let kind: FindingKind
    let severity: Severity
    let authority: Authority
    let verdict: StaticString
    switch decision {
    case .none:
      return Self.noFinding
    case .excludes2:
      guard options.reportExcludes2 && options.reports(.info) else { return Self.noFinding }
      (kind, severity, authority, verdict) = (
        .excludes2, .info, .officialTabular, " may be reported together: Excludes2 at "
      )
    case .excludes1:
      (kind, severity, authority, verdict) = (
        .excludes1, .error, .officialTabular, " may not be reported together: Excludes1 at "
      )
    case .curatedExcludes1:
      (kind, severity, authority, verdict) = (
        .excludes1, .warning, .curated,
        " are probably not reported together (text-only Excludes1 resolved by our curated mapping; check the documentation): "
      )
    }
    var parts: [Int32] = []
    for (match, role) in ordered(found, decision: decision) {
      parts.append(fragment(match.r, subject: match.subject, other: match.other, role: role))
    }
    let fragments = fragments
    let deciding = parts.filter { fragments[Int($0)].role == .decides }
    let overruled = parts.filter { fragments[Int($0)].role == .overruled }
    let bytes = fragmentBytes
    let codes = codeBytes
    let spans = (entries[Int(a)], entries[Int(b)])
    return store.add(kind: kind, severity: severity, isOverride: false, value: nil) { w in
      bytes.withUnsafeBufferPointer { bytes in
        codes.withUnsafeBufferPointer { codes in
          /// A code as a JSON string, or without its quotes.
          func code(_ entry: RuleEntry, quoted: Bool) -> UnsafeBufferPointer<UInt8> {
            let start = Int(entry.codeStart) + (quoted ? 0 : 1)
            return UnsafeBufferPointer(rebasing: codes[start..<(start + Int(entry.codeCount) - (quoted ? 0 : 2))])
          }
          func fields(_ f: EvidenceFragment) -> UnsafeBufferPointer<UInt8> {
            let start = Int(f.fieldsStart)
            return UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(f.fieldsCount))])
          }
          func described(_ f: EvidenceFragment) -> UnsafeBufferPointer<UInt8> {
            let start = Int(f.describedStart)
            return UnsafeBufferPointer(rebasing: bytes[start..<(start + Int(f.describedCount))])
          }
          w.raw("{\"kind\":\"")
          w.bytes.append(contentsOf: kind.rawValue.utf8)
          w.raw("\",\"severity\":\"")
          w.bytes.append(contentsOf: severity.rawValue.utf8)
          w.raw("\",\"codes\":[")
          w.bytes.append(contentsOf: code(spans.0, quoted: true))
          w.byte(UInt8(ascii: ","))
          w.bytes.append(contentsOf: code(spans.1, quoted: true))
          w.raw("],\"message\":\"")
          w.bytes.append(contentsOf: code(spans.0, quoted: false))
          w.raw(" and ")
          w.bytes.append(contentsOf: code(spans.1, quoted: false))
          w.raw(verdict)
          for (i, d) in deciding.prefix(2).enumerated() {
            if i > 0 { w.raw(" and ") }
            w.bytes.append(contentsOf: described(fragments[Int(d)]))
          }
          if deciding.count > 2 {
            w.raw(" and ")
            w.bytes.append(contentsOf: String(deciding.count - 2).utf8)
            w.raw(" more")
          }
          if let first = overruled.first.map({ fragments[Int($0)] }) {
            w.raw("; overrides the less specific ")
            w.bytes.append(contentsOf: (first.noteKind?.heading ?? "note").utf8)
            w.raw(" at ")
            w.bytes.append(contentsOf: described(first))
          }
          w.raw("\",\"authority\":\"")
          w.bytes.append(contentsOf: authority.rawValue.utf8)
          w.byte(UInt8(ascii: "\""))
          let primary = parts.firstIndex { fragments[Int($0)].role == .decides }
          if let primary { w.bytes.append(contentsOf: fields(fragments[Int(parts[primary])])) }
          if parts.count > 1 {
            w.raw(",\"also\":[")
            var first = true
            for (i, p) in parts.enumerated() where i != (primary ?? 0) {
              let f = fragments[Int(p)]
              if !first { w.byte(UInt8(ascii: ",")) }
              first = false
              w.raw("{\"role\":\"")
              w.bytes.append(contentsOf: f.role.rawValue.utf8)
              w.raw("\",\"authority\":\"")
              w.bytes.append(contentsOf: f.authority.rawValue.utf8)
              w.byte(UInt8(ascii: "\""))
              w.bytes.append(contentsOf: fields(f))
              w.byte(UInt8(ascii: "}"))
            }
            w.byte(UInt8(ascii: "]"))
          }
          w.byte(UInt8(ascii: "}"))
        }
      }
    }
  }

  /// Every reference of either chain that covers the other code, by position (as ``matches(_:_:curated:)``).
  func matchPositions(_ a: Int32, _ b: Int32, curated: Bool) -> [(r: Int32, subject: Int32, other: Int32)] {
    let x = entries[Int(a)].node
    let y = entries[Int(b)].node
    guard x >= 0, y >= 0 else { return [] }
    var result: [(r: Int32, subject: Int32, other: Int32)] = []
    triples.withUnsafeBufferPointer { q in
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
    return result
  }

  /// ``ExcludesPair/decide(_:)`` over reference positions: the most specific reference decides
  /// (official Excludes1 over Excludes2 over curated at one level).
  func decide(_ found: [(r: Int32, subject: Int32, other: Int32)]) -> PairVerdict.Decision {
    var top = -1
    var topKind = ChainRange.Kind.excludes1
    for match in found {
      let range = ranges[Int(match.r)]
      let rank = ExcludesPair.rank(range)
      if rank > top {
        top = rank
        topKind = range.kind
      }
    }
    guard top >= 0 else { return .none }
    if topKind == .excludes2 { return .excludes2 }
    return found.contains { ranges[Int($0.r)].kind == .excludes1 } ? .excludes1 : .curatedExcludes1
  }

  /// ``ordered(_:agrees:)`` over reference positions: deciding first (official before curated),
  /// then overruled, without repeating a note for the same subject.
  func ordered(
    _ found: [(r: Int32, subject: Int32, other: Int32)], decision: PairVerdict.Decision
  ) -> [(match: (r: Int32, subject: Int32, other: Int32), role: Evidence.Role)] {
    var result: [(match: (r: Int32, subject: Int32, other: Int32), role: Evidence.Role)] = []
    var overruled: [(match: (r: Int32, subject: Int32, other: Int32), role: Evidence.Role)] = []
    var seen: [(Int, Int32, ChainRange.Kind)] = []
    // Official references first, curated after, each group in its order (a stable sort).
    for curatedPass in [false, true] {
      for match in found where (ranges[Int(match.r)].kind == .curated) == curatedPass {
        let range = ranges[Int(match.r)]
        if seen.contains(where: { $0.0 == range.note && $0.1 == match.subject && $0.2 == range.kind }) { continue }
        seen.append((range.note, match.subject, range.kind))
        let agrees = decision == .excludes2 ? range.kind == .excludes2 : range.kind != .excludes2
        if agrees {
          result.append((match, .decides))
        } else {
          overruled.append((match, .overruled))
        }
      }
    }
    return result + overruled
  }
}
