/// The Excludes finding of a pair written straight as JSON, for JSON Lines batches: the same bytes
/// as building the ``Finding`` and calling ``Finding/writeJSON(to:)``, assembled from evidence
/// fragments rendered once.
extension RuleTables {
  /// The fragment of the evidence of reference `r` (a position in ``ChainIndex/ranges``) of `subject`'s chain
  /// covering `other`, rendered once per reference, subject and role.
  mutating func fragment(_ r: Int32, subject: Int32, other: Int32, role: Evidence.Role) -> Int32 {
    let key = UInt64(UInt32(r)) << 33 | UInt64(UInt32(subject)) << 1 | (role == .decides ? 1 : 0)
    if let hit = fragments.cache.find(key) { return hit }
    let m = PairMatch(range: chains.ranges[Int(r)], subject: subject, other: other)
    let e = evidence(m, role: role)
    var w = JSONWriter(capacity: 0)
    swap(&w.bytes, &fragments.bytes)
    let alsoStart = w.bytes.count
    w.raw("{\"role\":")
    w.string(e.role.rawValue)
    w.raw(",\"authority\":")
    w.string(e.authority.rawValue)
    let fieldsStart = w.bytes.count
    e.writeFields(to: &w)
    let overrideStart = w.bytes.count
    w.raw("; overrides the less specific ")
    w.contents(e.noteKind?.heading ?? "note")
    w.raw(" at ")
    let describedStart = w.bytes.count
    w.contents(ExcludesPair.describe(e))
    let end = w.bytes.count
    swap(&w.bytes, &fragments.bytes)
    let position = Int32(fragments.fragments.count)
    fragments.fragments.append(
      EvidenceFragment(
        alsoStart: Int32(alsoStart), fieldsStart: Int32(fieldsStart), overrideStart: Int32(overrideStart),
        describedStart: Int32(describedStart), end: Int32(end), role: role))
    fragments.cache.insert(key, position)
    return position
  }

  /// Keeps the JSON of the Excludes finding of entries `a` and `b` (in encounter order, not marked
  /// unrelated), for good or (`transient`) for this encounter only; nil when the notes report nothing.
  ///
  /// Works in the reusable lists ``EncounterScratch/pairMatches`` and ``EncounterScratch/pairParts``:
  /// nothing is allocated per pair.
  mutating func keepPairJSON(_ a: Int32, _ b: Int32, options: RuleOptions, transient: Bool) -> FindingRef? {
    var found: [(r: Int32, subject: Int32, other: Int32)] = []
    var parts: [Int32] = []
    swap(&found, &scratch.pairMatches)
    swap(&parts, &scratch.pairParts)
    defer {
      swap(&found, &scratch.pairMatches)
      swap(&parts, &scratch.pairParts)
    }
    found.removeAll(keepingCapacity: true)
    parts.removeAll(keepingCapacity: true)
    collectMatches(a, b, curated: options.curatedRules, into: &found)
    guard !found.isEmpty else { return nil }
    let decision = decide(found)
    guard let (kind, severity, authority, verdict) = ExcludesPair.outcome(decision) else { return nil }
    if decision == .excludes2 && !(options.reportExcludes2 && options.reports(.info)) { return nil }
    let deciding = orderedParts(found, decision: decision, into: &parts)
    let write = {
      [
        fragments = fragments.fragments, fragmentBytes = fragments.bytes, codeBytes = codeIndex.codeBytes,
        entries = codeIndex.entries
      ] (w: inout JSONWriter) in
      fragmentBytes.withUnsafeBufferPointer { bytes in
        codeBytes.withUnsafeBufferPointer { codes in
          /// A code as a JSON string, or without its quotes.
          func code(_ e: Int32, quoted: Bool) -> UnsafeBufferPointer<UInt8> {
            let entry = entries[Int(e)]
            let start = Int(entry.codeStart) + (quoted ? 0 : 1)
            return UnsafeBufferPointer(rebasing: codes[start..<(start + Int(entry.codeCount) - (quoted ? 0 : 2))])
          }
          func piece(_ from: Int32, _ to: Int32) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: bytes[Int(from)..<Int(to)])
          }
          w.raw("{\"kind\":\"")
          w.bytes.append(contentsOf: kind.rawValue.utf8)
          w.raw("\",\"severity\":\"")
          w.bytes.append(contentsOf: severity.rawValue.utf8)
          w.raw("\",\"codes\":[")
          w.bytes.append(contentsOf: code(a, quoted: true))
          w.byte(UInt8(ascii: ","))
          w.bytes.append(contentsOf: code(b, quoted: true))
          w.raw("],\"message\":\"")
          w.bytes.append(contentsOf: code(a, quoted: false))
          w.raw(" and ")
          w.bytes.append(contentsOf: code(b, quoted: false))
          w.raw(verdict)
          for i in 0..<min(deciding, 2) {
            if i > 0 { w.raw(" and ") }
            let f = fragments[Int(parts[i])]
            w.bytes.append(contentsOf: piece(f.describedStart, f.end))
          }
          if deciding > 2 {
            w.raw(" and ")
            w.integer(deciding - 2)
            w.raw(" more")
          }
          if deciding < parts.count {
            let f = fragments[Int(parts[deciding])]
            w.bytes.append(contentsOf: piece(f.overrideStart, f.end))
          }
          w.raw("\",\"authority\":\"")
          w.bytes.append(contentsOf: authority.rawValue.utf8)
          w.byte(UInt8(ascii: "\""))
          // The first deciding evidence is the finding's own; the rest go to `also` (the first part
          // is left out of `also` even when nothing decides, as ``Finding/writeJSON(to:)`` does).
          if deciding > 0 {
            let f = fragments[Int(parts[0])]
            w.bytes.append(contentsOf: piece(f.fieldsStart, f.overrideStart))
          }
          if parts.count > 1 {
            w.raw(",\"also\":[")
            for i in parts.indices.dropFirst() {
              let f = fragments[Int(parts[i])]
              if i > 1 { w.byte(UInt8(ascii: ",")) }
              w.bytes.append(contentsOf: piece(f.alsoStart, f.overrideStart))
              w.byte(UInt8(ascii: "}"))
            }
            w.byte(UInt8(ascii: "]"))
          }
          w.byte(UInt8(ascii: "}"))
        }
      }
    }
    return cache.keepJSON(kind: kind, severity: severity, forNow: transient, json: write)
  }

  /// The fragments of a pair's evidence in the order of ``ordered(_:agrees:)`` (deciding first,
  /// official before curated, then overruled; a note not repeated for the same subject), appended
  /// to `parts`; returns how many decide.
  private mutating func orderedParts(
    _ found: [(r: Int32, subject: Int32, other: Int32)], decision: PairVerdict.Decision, into parts: inout [Int32]
  ) -> Int {
    var deciding = 0
    // Official references first, curated after; a note is not repeated for the same subject.
    for pass in 0..<2 {
      let curatedPass = pass == 1
      for (i, match) in found.enumerated() where (chains.ranges[Int(match.r)].kind == .curated) == curatedPass {
        let range = chains.ranges[Int(match.r)]
        let repeated = found[..<i].contains { earlier in
          let other = chains.ranges[Int(earlier.r)]
          return other.note == range.note && earlier.subject == match.subject && other.kind == range.kind
        }
        if repeated { continue }
        let agrees = decision == .excludes2 ? range.kind == .excludes2 : range.kind != .excludes2
        let f = fragment(match.r, subject: match.subject, other: match.other, role: agrees ? .decides : .overruled)
        if agrees {
          parts.insert(f, at: deciding)
          deciding += 1
        } else {
          parts.append(f)
        }
      }
    }
    return deciding
  }

  /// The decision over reference positions (``ExcludesPrecedence``).
  func decide(_ found: [(r: Int32, subject: Int32, other: Int32)]) -> PairVerdict.Decision {
    var precedence = ExcludesPrecedence()
    for match in found {
      let range = chains.ranges[Int(match.r)]
      precedence.add(range.kind, specificity: Int(range.specificity))
    }
    return precedence.decision
  }
}
