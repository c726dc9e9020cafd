import CodingCore
import Foundation
import Testing

/// The documentation checklist: the data file, the items per code, and `documentation` findings.
@Suite struct ChecklistTests {
  let checklist = RulesFixture.engine.checklist

  @Test func fileKeepsEveryDraftItemWithItsCitations() throws {
    #expect(checklist.items.count == 64)
    #expect(checklist.items.filter(\.isRequired).count == 47)
    #expect(Set(checklist.items.map(\.id)).count == 64)
    for item in checklist.items {
      #expect(!item.citations.isEmpty || item.tabularVerdict == "NOT IN TABULAR", "\(item.id)")
      #expect(!item.consequence.message.isEmpty, "\(item.id)")
      #expect(!item.appliesTo.isEmpty, "\(item.id)")
    }
    // Every item of the draft keeps its seed citations.
    let draftURL = URL(fileURLWithPath: "/work/shared/domain/checklists-draft.json")
    if let data = try? Data(contentsOf: draftURL),
      let draft = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let items = draft["items"] as? [[String: Any]]
    {
      for raw in items {
        let id = try #require(raw["id"] as? String)
        let item = try #require(checklist.item(id: id))
        let seeds = (raw["seed_citations"] as? [[String: Any]]) ?? []
        #expect(item.citations.filter { $0.source.hasPrefix("seed") }.count == seeds.count, "\(id)")
      }
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
    #expect(findings.count == checklist.items.filter { $0.isRequired && $0.appliesTo.contains("M54.51") }.count)
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
