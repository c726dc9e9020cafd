import CodingCore
import Foundation
import Testing

/// Notes that name their codes only by chapter.
@Suite struct ChapterReferenceTests {
  @Test func z36WithAFetalConditionOfO35IsAnExcludes1FindingThroughTheCuratedReference() throws {
    let result = RulesFixture.check(["Z36.0", "O35.00X0"])
    let finding = try #require(RulesFixture.findings(result, .excludes1).first)
    #expect(finding.severity == .warning)
    #expect(finding.codes == ["Z36.0", "O35.00X0"])
    #expect(finding.evidence.contains { $0.citation?.hasPrefix("CUR-Z36-FETAL") == true })
    #expect(RulesFixture.findings(RulesFixture.check(["Z36.0", "O36.5910"]), .excludes1).count == 1)
  }

  @Test func z36WithRoutineHighRiskSupervisionHasNoFinding() {
    #expect(RulesFixture.findings(RulesFixture.check(["Z36.0", "O09.00"]), .excludes1).isEmpty)
  }
}
