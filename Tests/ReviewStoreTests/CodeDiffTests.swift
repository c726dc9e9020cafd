import ReviewStore
import Testing

@Suite struct CodeDiffTests {
  @Test func replacingTheFirstListedCodeCountsThreeErrors() {
    let changes = CodeDiff.changes(submitted: ["M54.5", "G89.29"], corrected: ["M54.50", "G89.29"])
    #expect(changes.map(\.code) == ["M54.50", "G89.29", "M54.5"])
    #expect(changes.map(\.mark) == [.added, .unchanged, .deleted])
    #expect(changes.map(\.weight) == [1, 0, 2])
    #expect(changes.map(\.reason) == [.specificity, nil, .specificity])
    #expect(CodeDiff.errors(changes) == 3)
  }

  @Test func swappingTwoCodesIsOneResequencedCodeAtTheFirstPosition() {
    let changes = CodeDiff.changes(submitted: ["G89.29", "M54.50"], corrected: ["M54.50", "G89.29"])
    #expect(changes.map(\.mark) == [.resequenced, .unchanged])
    #expect(changes.first?.reason == .sequencing)
    #expect(CodeDiff.errors(changes) == 2)
  }

  @Test func aMissedSecondaryCodeIsOneError() {
    let changes = CodeDiff.changes(submitted: ["M54.16"], corrected: ["M54.16", "G89.29"])
    #expect(changes.map(\.mark) == [.unchanged, .added])
    #expect(changes.last?.reason == .missedCode)
    #expect(CodeDiff.errors(changes) == 1)
  }

  @Test func givenReasonsWinAndExcludes1FindingsAreInferred() {
    let findings = [
      FindingSummary(number: 1, kind: .excludes1, severity: .error, codes: ["M54.50", "M54.41"], message: "x")
    ]
    let inferred = CodeDiff.changes(submitted: ["M54.50", "M54.41"], corrected: ["M54.41"], findings: findings)
    #expect(inferred.last?.code == "M54.50")
    #expect(inferred.last?.reason == .excludes1)
    let given = CodeDiff.changes(
      submitted: ["M54.50", "M54.41"], corrected: ["M54.41"], reasons: ["M54.50": .notDocumented], findings: findings)
    #expect(given.last?.reason == .notDocumented)
  }
}

@Suite struct CodeSpellingTests {
  @Test func batchCodesAreSpelledAsTheCoreSpellsThem() throws {
    let text = "encounter_id,date_of_service,codes\nE1,2026-05-01,m5450; M54.41 ;s335xa;M54.5-;m54\n"
    let batch = try BatchLoader.parse(Array(text.utf8), path: "b.csv").get()
    #expect(batch.entries.first?.codes == ["M54.50", "M54.41", "S33.5XA", "M545-", "M54"])
  }
}
