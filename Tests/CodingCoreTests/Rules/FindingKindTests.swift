import CodingCore
import Testing

/// One test (at least) per finding kind, with its stable name.
@Suite struct FindingKindTests {
  @Test func stableNames() {
    #expect(
      FindingKind.allCases.map(\.rawValue) == [
        "invalid-code", "non-billable", "not-in-release", "release-approximate", "excludes1", "excludes2", "duplicate",
        "empty-encounter", "code-first", "use-additional", "code-also", "documentation", "guideline",
      ])
    #expect(
      Authority.allCases.map(\.rawValue) == ["official-tabular", "official-guideline", "source-article", "curated"])
    #expect(Severity.allCases.map(\.rawValue) == ["error", "warning", "info"])
  }

  @Test func inputIsNormalisedFirst() {
    let result = RulesFixture.check(["m5450", " M54.50 ", "s39012a"])
    #expect(result.codes == ["M54.50", "M54.50", "S39.012A"])
    #expect(RulesFixture.findings(result, .invalidCode).isEmpty)
    #expect(RulesFixture.findings(result, .duplicate).map(\.codes) == [["M54.50"]])
  }

  @Test func invalidCodeWithSuggestions() throws {
    let result = RulesFixture.check(["S33.5XA", "M54.5O", "M54.50A", "XYZ"])
    let invalid = RulesFixture.findings(result, .invalidCode)
    #expect(invalid.count == 4)
    #expect(invalid.allSatisfy { $0.severity == .error })
    #expect(invalid[0].codes == ["S33.5XA"])
    #expect(invalid[0].suggestions.first == "S33.5XXA")
    #expect(invalid[0].message.contains("; nearby: S33.5XXA"))
    #expect(invalid[1].suggestions.first == "M54.50")
    #expect(invalid[2].codes == ["M54.50A"])
    #expect(invalid[3].message.contains("not shaped like"))
    #expect(result.hasErrors)
  }

  @Test func nonBillableHeaderListsItsBillableDescendants() throws {
    let finding = try #require(RulesFixture.findings(RulesFixture.check(["M54.5"]), .nonBillable).first)
    #expect(finding.severity == .error)
    #expect(finding.suggestions == ["M54.50", "M54.51", "M54.59"])
    #expect(finding.message.contains("M54.50, M54.51 or M54.59"))
    #expect(finding.message.contains("billable in FY2021"))
  }

  @Test func nonBillableCodeNeedingASeventhCharacter() throws {
    let finding = try #require(RulesFixture.findings(RulesFixture.check(["S39.012"]), .nonBillable).first)
    #expect(finding.suggestions == ["S39.012A", "S39.012D", "S39.012S"])
    #expect(finding.message.contains("S39.012A (initial encounter)"))
    #expect(finding.primaryEvidence?.noteKind == .sevenChrDef)
    #expect(finding.carrier == "S39")
  }

  @Test func validPlaceholderCode() {
    let result = RulesFixture.check(["S33.5XXA"])
    #expect(!result.hasErrors)
    #expect(RulesFixture.findings(result, .invalidCode).isEmpty)
  }

  @Test func notInReleaseNotYetCreated() throws {
    let result = RulesFixture.check(["M54.50"], date: "2021-06-01")
    #expect(result.release == "FY2021")
    let finding = try #require(RulesFixture.findings(result, .notInRelease).first)
    #expect(finding.severity == .error)
    #expect(finding.message.contains("not yet"))
    #expect(finding.message.contains("FY2025-April"))
  }

  @Test func notInReleaseDeleted() throws {
    let result = RulesFixture.check(["S30.1XXA"])
    let finding = try #require(RulesFixture.findings(result, .notInRelease).first)
    #expect(finding.codes == ["S30.1XXA"])
    #expect(finding.message.contains("FY2025-April"))
    #expect(finding.message.contains("deleted"))
    #expect(!finding.suggestions.isEmpty)
  }

  @Test func releaseApproximate() throws {
    let result = RulesFixture.check(["M54.50"], date: "2024-01-02")
    #expect(result.isApproximate)
    let finding = try #require(RulesFixture.findings(result, .releaseApproximate).first)
    #expect(finding.severity == .info)
    #expect(result.release == "FY2025-April")
    #expect(!RulesFixture.check(["M54.50"]).isApproximate)
  }

  @Test func duplicateAndEmptyEncounter() {
    let duplicate = RulesFixture.check(["M54.50", "G89.29", "m54.50"])
    let found = RulesFixture.findings(duplicate, .duplicate)
    #expect(found.count == 1)
    #expect(found.first?.severity == .warning)
    #expect(found.first?.message.contains("positions 1 and 3") == true)
    let empty = RulesFixture.check([])
    #expect(RulesFixture.findings(empty, .emptyEncounter).count == 1)
    #expect(RulesFixture.findings(RulesFixture.check([" "]), .emptyEncounter).count == 1)
    #expect(RulesFixture.findings(RulesFixture.check(["M54.50"]), .emptyEncounter).isEmpty)
  }

  @Test func unrelatedOverrideDowngradesToInfoAndKeepsTheReason() throws {
    let reason = "generalized pain documented as not caused by the back pain"
    let result = RulesFixture.check(["M54.9", "R52"], unrelated: [UnrelatedOverride("r52", "m549", reason: reason)])
    let finding = try #require(RulesFixture.findings(result, .excludes1).first)
    #expect(finding.severity == .info)
    #expect(finding.overrideReason == reason)
    #expect(finding.message.contains(reason))
    #expect(!result.hasErrors)
    // The override is kept even when informational findings are not reported.
    let quiet = RulesFixture.check(
      ["M54.9", "R52"], unrelated: [UnrelatedOverride("M54.9", "R52", reason: reason)],
      options: RuleOptions(minimumSeverity: .warning))
    #expect(RulesFixture.findings(quiet, .excludes1).count == 1)
  }

  @Test func excludes2CanBeSwitchedOff() {
    let off = RulesFixture.check(["M54.50", "G89.29"], options: RuleOptions(reportExcludes2: false))
    #expect(RulesFixture.findings(off, .excludes2).isEmpty)
  }

  @Test func codeFirstSatisfiedButSequencedAfter() throws {
    // M48.061 needs nothing; use a manifestation with a Code first note: G99.2 (myelopathy in diseases classified elsewhere).
    let release = TestData.fy2026
    let g992 = TestData.node("G99.2", in: release)
    #expect(release.applicableNotes(g992).contains { $0.note.kind == .codeFirst })
    let codeFirst = try #require(release.notes(g992, kind: .codeFirst).flatMap(\.references).compactMap(\.nodes).first)
    let underlying = release.code(
      try #require(release.billableDescendants(codeFirst.lowerBound).first))
    let wrong = RulesFixture.findings(RulesFixture.check(["G99.2", underlying]), .codeFirst)
    #expect(wrong.contains { $0.severity == .warning && $0.codes == ["G99.2", underlying] })
    let right = RulesFixture.findings(RulesFixture.check([underlying, "G99.2"]), .codeFirst)
    #expect(!right.contains { $0.severity == .warning })
    let missing = RulesFixture.findings(RulesFixture.check(["G99.2"]), .codeFirst)
    #expect(missing.contains { $0.severity == .info && $0.codes == ["G99.2"] })
  }

  @Test func codeAlsoAndUseAdditional() throws {
    let alone = RulesFixture.check(["G89.29"])
    let codeAlso = try #require(RulesFixture.findings(alone, .codeAlso).first)
    #expect(codeAlso.carrier == "G89")
    #expect(codeAlso.noteText == "related psychological factors associated with pain (F45.42)")
    #expect(codeAlso.suggestions == ["F45.42"])
    let satisfied = RulesFixture.check(["G89.29", "F45.42"])
    #expect(RulesFixture.findings(satisfied, .codeAlso).filter { $0.codes == ["G89.29"] }.isEmpty)
    let injury = RulesFixture.check(["S39.012A"])
    #expect(RulesFixture.findings(injury, .useAdditional).contains { $0.carrier == "19" })
  }
}
