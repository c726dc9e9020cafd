import CodingCore
import Testing

/// The engine's Excludes1 verdicts against an independent brute-force walk of every applicable note:
/// the notes of the code and of each of its ancestors, read from their text here (code references in
/// parentheses, `-` for "and below", `A-B` for a range), not through the engine's reference resolution.
@Suite struct ExhaustiveExcludesTests {
  /// A code reference read from a note's text: a code and everything below it (`low == high`), or a range.
  struct TextReference: Hashable {
    var low: [UInt8]
    var high: [UInt8]

    init(low: String, high: String) {
      self.low = Array(low.utf8)
      self.high = Array(high.utf8)
    }

    /// Whether the reference covers the code with lookup key `key` (no dot, upper case, as bytes).
    func covers(_ key: [UInt8]) -> Bool {
      if low == high { return key.starts(with: low) }
      return !key.prefix(low.count).lexicographicallyPrecedes(low)
        && !high.lexicographicallyPrecedes(key.prefix(high.count))
    }
  }

  /// A code as written in a note (`M54.4`, `S39.012`, `M51.2-`), as a lookup key, or nil.
  static func codeKey(_ token: Substring) -> String? {
    var text = token.trimmingCharacters(in: .whitespaces)
    while text.hasSuffix("-") || text.hasSuffix(".") { text.removeLast() }
    let key = text.replacingOccurrences(of: ".", with: "")
    let u = Array(key.utf8)
    guard (3...7).contains(u.count), (65...90).contains(u[0]), (48...57).contains(u[1]) else { return nil }
    guard u.dropFirst(2).allSatisfy({ (48...57).contains($0) || (65...90).contains($0) }) else { return nil }
    return key
  }

  /// Every code reference in the innermost parentheses of a note's text.
  static func references(inNote text: String) -> [TextReference] {
    var result: [TextReference] = []
    var open: String.Index?
    for i in text.indices {
      if text[i] == "(" {
        open = i
      } else if text[i] == ")", let start = open {
        let group = text[text.index(after: start)..<i].replacingOccurrences(of: " and ", with: ",")
        for token in group.split(separator: ",") {
          if let key = codeKey(token) {
            result.append(TextReference(low: key, high: key))
          } else {
            let ends = token.split(separator: "-", omittingEmptySubsequences: true)
            if ends.count == 2, let low = codeKey(ends[0]), let high = codeKey(ends[1]) {
              result.append(TextReference(low: low, high: high))
            }
          }
        }
        open = nil
      }
    }
    return result
  }

  /// The Excludes1 references of every node's own notes, read once.
  final class ReferenceCache: @unchecked Sendable {
    let release: Release
    private var own: [Int: [TextReference]] = [:]
    init(_ release: Release) { self.release = release }

    /// The Excludes1 references applying to a code: its own notes' and every ancestor's.
    func chain(_ id: NodeID) -> [TextReference] {
      ([id] + release.ancestors(id)).flatMap { node in
        if let cached = own[node.index] { return cached }
        let found = release.notes(node, kind: .excludes1).flatMap {
          ExhaustiveExcludesTests.references(inNote: $0.text)
        }
        own[node.index] = found
        return found
      }
    }
  }

  /// The lookup key of a code of the release (no dot), as bytes.
  static func key(_ id: NodeID, in release: Release) -> [UInt8] {
    release.code(id).utf8.filter { $0 != UInt8(ascii: ".") }
  }

  static func bruteForcePair(_ a: NodeID, _ b: NodeID, cache: ReferenceCache) -> Bool {
    let (keyA, keyB) = (key(a, in: cache.release), key(b, in: cache.release))
    return cache.chain(a).contains { $0.covers(keyB) } || cache.chain(b).contains { $0.covers(keyA) }
  }

  @Test func noteTextsAreReadAsCodeReferences() {
    #expect(
      Self.references(inNote: "lumbago with sciatica (M54.4-)") == [TextReference(low: "M544", high: "M544")])
    #expect(
      Self.references(inNote: "injury, poisoning and certain other consequences of external causes (S00-T88)")
        == [TextReference(low: "S00", high: "T88")])
    #expect(
      Self.references(inNote: "spondylolysis (M43.0-) and spondylolisthesis (M43.1-, Q76.2)") == [
        TextReference(low: "M430", high: "M430"), TextReference(low: "M431", high: "M431"),
        TextReference(low: "Q762", high: "Q762"),
      ])
    #expect(Self.references(inNote: "current injury - see injury of spine by body region").isEmpty)
    #expect(
      Self.references(inNote: "specified adverse effects of drugs and medicaments (A00-R94 and T80-T88.6, T88.8)")
        == [
          TextReference(low: "A00", high: "R94"), TextReference(low: "T80", high: "T886"),
          TextReference(low: "T888", high: "T888"),
        ])
    let injuries = TextReference(low: "S00", high: "T88")
    #expect(injuries.covers(Array("S39012A".utf8)) && injuries.covers(Array("T8872".utf8)))
    #expect(!injuries.covers(Array("V00".utf8)) && !injuries.covers(Array("R99".utf8)))
    #expect(!TextReference(low: "T80", high: "T886").covers(Array("T887XXA".utf8)))
    #expect(TextReference(low: "M544", high: "M544").covers(Array("M5441".utf8)))
    #expect(!TextReference(low: "M544", high: "M544").covers(Array("M545".utf8)))
  }

  static let others = [
    "G57.01", "M51.16", "M51.17", "M51.26", "M51.27", "M51.360", "M51.362", "M51.370", "F45.41", "S39.012A",
    "S39.012D", "G89.29", "G89.4", "M47.816", "S33.5XXA", "M96.1", "M45.6", "M48.061",
  ]

  @Test func the139ConflictingPairsOfTheIssue() {
    let release = TestData.fy2026
    let m54 = release.billableDescendants(TestData.node("M54", in: release))
    #expect(m54.count == 33)
    let others = Self.others.map { TestData.node($0, in: release) }
    let cache = ReferenceCache(release)
    var counts = (m54: 0, mixed: 0, others: 0)
    let all = m54 + others
    for i in all.indices {
      for j in all.indices where j > i {
        let a = release.code(all[i])
        let b = release.code(all[j])
        let verdict = RulesFixture.engine.verdict(a, b, in: release)
        let engine = verdict?.hasOfficialExcludes1 ?? false
        let brute = Self.bruteForcePair(all[i], all[j], cache: cache)
        #expect(engine == brute, "\(a) + \(b): engine \(engine), brute force \(brute)")
        guard brute else { continue }
        switch (i < m54.count, j < m54.count) {
        case (true, true): counts.m54 += 1
        case (false, false): counts.others += 1
        default: counts.mixed += 1
        }
      }
    }
    #expect(counts.m54 == 26)
    #expect(counts.mixed == 103)
    #expect(counts.others == 10)
    #expect(counts.m54 + counts.mixed + counts.others == 139)
  }

  @Test func everyBillableM54CodeAgainstEveryBillableCode() {
    let release = TestData.fy2026
    let engine = RulesFixture.engine
    let m54 = release.billableDescendants(TestData.node("M54", in: release))
    var billable: [NodeID] = []
    for n in 0..<release.nodeCount where release.isBillable(NodeID(n)) { billable.append(NodeID(n)) }
    #expect(billable.count == 74_719)
    var mismatches: [String] = []
    var conflicts = 0
    var decidedOtherwise = 0
    // The Excludes1 references of every code's chain, read from the note texts (independently).
    let cache = ReferenceCache(release)
    let m54References = m54.map(cache.chain)
    let m54Keys = m54.map { Self.key($0, in: release) }
    let m54Codes = m54.map { release.code($0) }
    for b in billable {
      let codeB = release.code(b)
      let keyB = Self.key(b, in: release)
      let referencesB = cache.chain(b)
      for (i, a) in m54.enumerated() where a != b {
        let brute = m54References[i].contains { $0.covers(keyB) } || referencesB.contains { $0.covers(m54Keys[i]) }
        let verdict = engine.verdict(m54Codes[i], codeB, in: release)
        let official = verdict?.hasOfficialExcludes1 ?? false
        if official != brute { mismatches.append("\(release.code(a)) + \(codeB)") }
        if brute {
          conflicts += 1
          if verdict?.decision != .excludes1 { decidedOtherwise += 1 }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    #expect(conflicts > 0)
    // Precedence never turns an official Excludes1 into an allowed pair for M54 codes in FY2026.
    #expect(decidedOtherwise == 0)
  }
}
