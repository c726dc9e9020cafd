import CodingCore
import Testing

/// The engine's Excludes1 verdicts against an independent brute-force walk of every applicable note.
@Suite struct ExhaustiveExcludesTests {
  /// Brute force: does any Excludes1 note on `a` or an ancestor of `a` reference `b`?
  static func bruteForce(_ a: NodeID, references b: NodeID, in release: Release) -> Bool {
    let key = CodeNormalizer.key(release.code(b))
    for applied in release.applicableNotes(a) where applied.note.kind == .excludes1 {
      for reference in applied.note.references where reference.covers(b, key: key) { return true }
    }
    return false
  }

  static func bruteForcePair(_ a: NodeID, _ b: NodeID, in release: Release) -> Bool {
    bruteForce(a, references: b, in: release) || bruteForce(b, references: a, in: release)
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
    var counts = (m54: 0, mixed: 0, others: 0)
    let all = m54 + others
    for i in all.indices {
      for j in all.indices where j > i {
        let a = release.code(all[i])
        let b = release.code(all[j])
        let verdict = RulesFixture.engine.verdict(a, b, in: release)
        let engine = verdict?.hasOfficialExcludes1 ?? false
        let brute = Self.bruteForcePair(all[i], all[j], in: release)
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
    // The Excludes1 references of every M54 code's chain, gathered once (brute force, independently).
    func excludes1References(_ id: NodeID) -> [NoteReference] {
      release.applicableNotes(id).filter { $0.note.kind == .excludes1 }.flatMap(\.note.references)
    }
    let m54References = m54.map(excludes1References)
    let m54Keys = m54.map { CodeNormalizer.key(release.code($0)) }
    for b in billable {
      let codeB = release.code(b)
      let keyB = CodeNormalizer.key(codeB)
      let referencesB = excludes1References(b)
      for (i, a) in m54.enumerated() where a != b {
        let brute =
          m54References[i].contains { $0.covers(b, key: keyB) }
          || referencesB.contains { $0.covers(a, key: m54Keys[i]) }
        let verdict = engine.verdict(m54Keys[i], keyB, in: release)
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
