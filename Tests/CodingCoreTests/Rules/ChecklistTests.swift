import CodingCore
import Foundation
import Testing

/// The documentation checklist: the data file, the items per code, and `documentation` findings.
@Suite struct ChecklistTests {
  let checklist = RulesFixture.engine.checklist

  @Test func fileKeepsEveryDraftItemWithItsCitations() throws {
    #expect(checklist.items.count == 37)
    #expect(checklist.items.filter(\.isRequired).count == 25)
    #expect(Set(checklist.items.map(\.id)).count == 37)
    for item in checklist.items {
      #expect(!item.citations.isEmpty || item.tabularVerdict == "NOT IN TABULAR", "\(item.id)")
      #expect(!item.consequence.message.isEmpty, "\(item.id)")
      #expect(!item.appliesTo.isEmpty, "\(item.id)")
    }
    // Every item of the domain draft (checklists-draft.json of the shared domain notes) keeps its seed
    // citations: the draft's counts, written here so that the test needs nothing outside the repository.
    let seedCitations: [String: Int] = [
      "GEN-LOCATION": 2, "GEN-QUALITY": 2, "GEN-DURATION": 2, "GEN-EXCLUSIONS": 2, "GEN-TRIGGERS": 2,
      "GEN-FUNCTION": 2, "GEN-FINDINGS": 1, "GEN-REDFLAGS": 3, "GEN-NO-UNDOCUMENTED": 2,
      "M5450-NO-DEFINITIVE-DX": 3, "M5450-NO-RADIATION": 1, "M5450-NO-INJURY": 2, "M5450-REEVALUATE": 3,
      "M5451-IMAGING": 3, "M5451-MODIC-TYPE": 2, "M5451-PAIN-CHAR": 1, "M5451-TRIGGERS": 1, "M5451-CHRONICITY": 1,
      "M5451-FUNCTION": 1, "M5451-EXAM": 2, "M5459-SPECIFIED-TYPE": 1, "M5459-NOT-STRAIN": 1, "M5459-FACET": 1,
      "M544-RADIATING": 2, "M544-LBP-PRESENT": 1, "M544-LATERALITY": 2, "M544-NEURO": 2, "M544-UNDERLYING-CAUSE": 1,
      "M543-RADIATING": 1, "M543-LATERALITY": 2, "M543-NO-LUMBAGO": 1, "M543-CAUSE": 1,
      "G8929-CHRONIC-EXPLICIT": 2, "G8929-NO-LINKED-DX": 1, "G8929-VISIT-FOCUS": 2, "G8929-DURATION-INFO": 3,
      "G8929-NOT-CPS": 1,
    ]
    #expect(Set(checklist.items.map(\.id)) == Set(seedCitations.keys))
    for (id, seeds) in seedCitations {
      let item = try #require(checklist.item(id: id))
      #expect(item.citations.filter { $0.source.hasPrefix("seed") }.count == seeds, "\(id)")
    }
  }

  @Test func everyAppliesToCodeIsABillableFY2026Code() {
    let release = TestData.fy2026
    for item in checklist.items {
      for code in item.appliesTo {
        let node = release.lookup(code)
        #expect(node.map { release.isBillable($0) } == true, "\(item.id): \(code)")
      }
    }
  }

  @Test func itemsForTheEncounterCodes() {
    let lines = RulesFixture.engine.checklist(
      for: Encounter(date: RulesFixture.fy2026Date, codes: ["m54.51", "G89.29"]))
    let ids = lines.map(\.item.id)
    #expect(ids.contains("M5451-IMAGING"))
    #expect(ids.contains("G8929-CHRONIC-EXPLICIT"))
    #expect(!ids.contains("M544-LATERALITY"))
    #expect(lines.first { $0.item.id == "GEN-LOCATION" }?.codes == ["M54.51"])
    #expect(lines.allSatisfy { $0.answer == .unknown })
    let official = RulesFixture.engine.checklist(
      for: Encounter(
        date: RulesFixture.fy2026Date, codes: ["M54.51"], options: RuleOptions(sourceArticleRules: false)))
    #expect(official.allSatisfy { $0.item.authority != .sourceArticle })
    #expect(!official.map(\.item.id).contains("M5451-IMAGING"))
  }

  @Test func missingRequiredItemGivesTheConsequence() throws {
    let result = RulesFixture.check(["M54.51"], documentation: ["M5451-IMAGING": .no])
    let finding = try #require(RulesFixture.findings(result, .documentation).first)
    #expect(finding.severity == .warning)
    #expect(finding.ruleID == "M5451-IMAGING")
    #expect(finding.suggestions == ["M54.50"])
    #expect(finding.authority == .sourceArticle)
    #expect(finding.message.contains("M54.50"))
    #expect(finding.primaryEvidence?.citation?.contains("seed 000") == true)
  }

  @Test func lateralityMissingDefaultsToUnspecifiedSide() throws {
    let result = RulesFixture.check(["M54.41"], documentation: ["M544-LATERALITY": .no, "M544-RADIATING": .yes])
    let findings = RulesFixture.findings(result, .documentation)
    #expect(findings.count == 1)
    #expect(findings.first?.suggestions.first == "M54.40")
    #expect(findings.first?.authority == .officialTabular)
  }

  @Test func unknownItemsAreOnlyReportedWhenAsked() {
    #expect(RulesFixture.findings(RulesFixture.check(["M54.51"]), .documentation).isEmpty)
    let asked = RulesFixture.check(["M54.51"], options: RuleOptions(reportUnansweredItems: true))
    let findings = RulesFixture.findings(asked, .documentation)
    // The required items of Data/checklists.json that apply to M54.51.
    #expect(
      findings.compactMap(\.ruleID).sorted() == [
        "GEN-EXCLUSIONS", "GEN-NO-UNDOCUMENTED", "GEN-REDFLAGS", "M5451-CHRONICITY", "M5451-FUNCTION",
        "M5451-IMAGING", "M5451-PAIN-CHAR", "M5451-TRIGGERS",
      ])
    #expect(findings.allSatisfy { $0.severity == .info })
  }

  @Test func recommendedItemMissingIsInfoAndSourceArticleItemsCanBeSwitchedOff() {
    let result = RulesFixture.check(["M54.50"], documentation: ["GEN-LOCATION": .no, "M5450-NO-DEFINITIVE-DX": .no])
    let findings = RulesFixture.findings(result, .documentation)
    #expect(findings.first { $0.ruleID == "GEN-LOCATION" }?.severity == .info)
    #expect(findings.first { $0.ruleID == "M5450-NO-DEFINITIVE-DX" }?.severity == .warning)
    let off = RulesFixture.check(
      ["M54.50"], documentation: ["GEN-LOCATION": .no, "M5450-NO-DEFINITIVE-DX": .no],
      options: RuleOptions(sourceArticleRules: false))
    #expect(RulesFixture.findings(off, .documentation).isEmpty)
  }
}
