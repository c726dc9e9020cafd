import CodingCore
import Testing

/// Encounter rules beyond the Excludes notes (seed-rules.md section 5).
@Suite struct GuidelineTests {
  func guidelines(_ result: EncounterResult, _ rule: String) -> [Finding] {
    RulesFixture.findings(result, .guideline).filter { $0.ruleID == rule }
  }

  @Test func sciaticaWithLowBackPainIsTheCombinationCode() throws {
    let result = RulesFixture.check(["M54.50", "M54.31"])
    let finding = try #require(guidelines(result, "ENC-09").first)
    #expect(finding.severity == .warning)
    #expect(finding.authority == .officialTabular)
    #expect(finding.suggestions == ["M54.41"])
    #expect(finding.codes == ["M54.50", "M54.31"])
    #expect(finding.evidence.contains { $0.carrier == "M54.3" && $0.noteText == "sciatica with lumbago (M54.4-)" })
    #expect(RulesFixture.findings(result, .excludes1).isEmpty)
    #expect(guidelines(RulesFixture.check(["M54.50", "M54.32"]), "ENC-09").first?.suggestions == ["M54.42"])
    #expect(guidelines(RulesFixture.check(["M54.50"]), "ENC-09").isEmpty)
  }

  @Test func chronicPainNeedsExplicitDocumentation() throws {
    let unknown = try #require(guidelines(RulesFixture.check(["M54.50", "G89.29"]), "ENC-04").first)
    #expect(unknown.severity == .info)
    #expect(unknown.authority == .sourceArticle)
    let no = try #require(
      guidelines(RulesFixture.check(["M54.50", "G89.29"], documentation: ["G8929-CHRONIC-EXPLICIT": .no]), "ENC-04")
        .first)
    #expect(no.severity == .warning)
    #expect(no.message.contains("omit"))
    let yes = RulesFixture.check(["M54.50", "G89.29"], documentation: ["G8929-CHRONIC-EXPLICIT": .yes])
    #expect(guidelines(yes, "ENC-04").isEmpty)
    let off = RulesFixture.check(["M54.50", "G89.29"], options: RuleOptions(sourceArticleRules: false))
    #expect(RulesFixture.findings(off, .guideline).isEmpty)
  }

  @Test func chronicPainSequencing() {
    // Pain management is the focus: G89.29 first.
    #expect(guidelines(RulesFixture.check(["G89.29", "M54.50"], focus: true), "ENC-05").isEmpty)
    let notFirst = guidelines(RulesFixture.check(["M54.50", "G89.29"], focus: true), "ENC-05")
    #expect(notFirst.first?.severity == .warning)
    // Not the focus: the site code first.
    #expect(guidelines(RulesFixture.check(["M54.50", "G89.29"], focus: false), "ENC-05").isEmpty)
    #expect(guidelines(RulesFixture.check(["G89.29", "M54.50"], focus: false), "ENC-05").first?.severity == .warning)
    // Focus not documented: a hint only.
    #expect(guidelines(RulesFixture.check(["G89.29", "M54.50"]), "ENC-05").first?.severity == .info)
    #expect(guidelines(RulesFixture.check(["M54.50", "G89.29"]), "ENC-05").isEmpty)
  }

  @Test func unspecifiedBesideSpecifiedSibling() throws {
    let finding = try #require(guidelines(RulesFixture.check(["M54.50", "M54.59"]), "ENC-21").first)
    #expect(finding.severity == .info)
    #expect(finding.authority == .curated)
    #expect(finding.codes == ["M54.50", "M54.59"])
    #expect(guidelines(RulesFixture.check(["M54.51", "M54.59"]), "ENC-21").isEmpty)
    let off = RulesFixture.check(["M54.50", "M54.59"], options: RuleOptions(curatedRules: false))
    #expect(guidelines(off, "ENC-21").isEmpty)
  }

  @Test func specificDiagnosisBesideGeneralPain() throws {
    let finding = try #require(guidelines(RulesFixture.check(["M54.50", "M47.816"]), "ENC-03").first)
    #expect(finding.authority == .sourceArticle)
    #expect(finding.severity == .info)
    // An Excludes1 pair is reported as such, not again as a precedence hint.
    #expect(guidelines(RulesFixture.check(["M54.50", "M51.26"]), "ENC-03").isEmpty)
  }

  @Test func minimumSeverityDropsInformation() {
    let result = RulesFixture.check(
      ["M54.50", "G89.29", "S39.012A"], options: RuleOptions(minimumSeverity: .warning))
    #expect(result.findings.allSatisfy { $0.severity != .info })
    #expect(RulesFixture.findings(result, .excludes1).count == 1)
  }
}
