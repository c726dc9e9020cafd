import CodingCore
import Foundation
import Testing

/// A date of service outside every loaded release is a warning naming the release to import.
@Suite struct DatesOutsideReleasesTests {
  @Test func aDateAfterTheNewestReleaseIsAWarningNamingTheFiscalYear() throws {
    let result = RulesFixture.check(["M54.50"], date: "2026-12-03")
    let finding = try #require(RulesFixture.findings(result, .releaseApproximate).first)
    #expect(finding.severity == .warning)
    #expect(
      finding.message
        == "no release loaded for 2026-12-03 (FY2027); checked against FY2026-April; import the CDC release with `m54 data import`"
    )
    #expect(result.release == "FY2026-April")
  }

  @Test func theDayAfterTheNewestReleaseEndsIsOutside() throws {
    let after = RulesFixture.check(["M54.50"], date: "2026-10-01")
    #expect(RulesFixture.findings(after, .releaseApproximate).first?.severity == .warning)
    #expect(RulesFixture.findings(after, .releaseApproximate).first?.message.contains("(FY2027)") == true)
    let last = RulesFixture.check(["M54.50"], date: "2026-09-30")
    #expect(RulesFixture.findings(last, .releaseApproximate).isEmpty)
  }

  @Test func aDateBeforeTheOldestReleaseIsAWarningToo() throws {
    let result = RulesFixture.check(["M54.5"], date: "2019-05-01")
    let finding = try #require(RulesFixture.findings(result, .releaseApproximate).first)
    #expect(finding.severity == .warning)
    #expect(finding.message.hasPrefix("no release loaded for 2019-05-01 (FY2019); checked against FY2021;"))
  }

  @Test func aDateInAGapBetweenReleasesStaysInformational() throws {
    let result = RulesFixture.check(["M54.50"], date: "2024-01-02")
    #expect(RulesFixture.findings(result, .releaseApproximate).first?.severity == .info)
  }
}
