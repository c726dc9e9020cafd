/// The Excludes finding of a pair written straight as JSON, for JSON Lines batches: the same bytes
/// as building the ``Finding`` and calling ``Finding/writeJSON(to:)``, assembled from evidence
/// fragments rendered once.
extension RuleTables {
  /// The fragment of a match's evidence, rendered once per reference, subject and role.
  mutating func fragment(_ m: PairMatch, role: Evidence.Role) -> Int32 {
    let key = EvidenceKey(
      note: Int32(m.range.note), subject: m.subject, start: m.range.start, end: m.range.end,
      curated: Int32(m.range.curated), kind: m.range.kind.rawValue, decides: role == .decides)
    if let hit = fragmentCache[key] { return hit }
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
    fragmentCache[key] = position
    return position
  }

  /// Keeps the JSON of the Excludes finding of entries `a` and `b` (in encounter order, not marked
  /// unrelated) and returns its store position, or ``noFinding`` when the notes report nothing.
  mutating func keepPairJSON(_ a: Int32, _ b: Int32, options: RuleOptions) -> Int32 {
    let found = matches(a, b, curated: options.curatedRules)
    guard !found.isEmpty else { return Self.noFinding }
    let (decision, agrees) = ExcludesPair.decide(found)
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
    for (m, role) in Self.ordered(found, agrees: agrees) { parts.append(fragment(m, role: role)) }
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
}
