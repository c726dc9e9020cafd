import Foundation
import Testing

@testable import CodingCore

/// `non-billable` findings: their wording against the official tabular, and the JSON Lines fast
/// path (written straight from the description, ``NonBillableFinding``) against the ``Finding``
/// value checked one encounter at a time, for every code that is not billable.
@Suite struct NonBillableFindingTests {
  /// The message and suggestions of one code checked on its own.
  static func finding(_ code: String, date: String = "2026-05-01") throws -> Finding {
    try #require(RulesFixture.findings(RulesFixture.check([code], date: date), .nonBillable).first)
  }

  @Test func headerListsItsBillableCodes() throws {
    let f = try Self.finding("M54.5")
    // M54.5 was billable until FY2022 added its three children.
    #expect(
      f.message
        == "M54.5 is a header in FY2026-April, not a billable code; use M54.50, M54.51 or M54.59 (it was billable in FY2021)"
    )
    #expect(f.suggestions == ["M54.50", "M54.51", "M54.59"])
    #expect(f.evidence.first?.noteText == "Low back pain")
    #expect(f.evidence.first?.level == .subcategory)
  }

  @Test func longListIsCutAfterSixWithTheCount() throws {
    let f = try Self.finding("A04")
    #expect(
      f.message
        == "A04 is a header in FY2026-April, not a billable code; use A04.0, A04.1, A04.2, A04.3, A04.4, A04.5, … (11 codes)"
    )
    #expect(f.suggestions.count == 11)
    #expect(f.suggestions.last == "A04.9")
  }

  @Test func headerNamesTheReleasesWhereItWasBillable() throws {
    let f = try Self.finding("M51.36")
    #expect(f.message.hasSuffix("use M51.360, M51.361, M51.362 or M51.369 (it was billable in FY2021)"))
  }

  @Test func seventhCharacterOptionsCarryTheirMeanings() throws {
    let f = try Self.finding("S39.011")
    #expect(
      f.message
        == "S39.011 needs a 7th character: S39.011A (initial encounter), S39.011D (subsequent encounter) or S39.011S (sequela)"
    )
    #expect(f.suggestions == ["S39.011A", "S39.011D", "S39.011S"])
    let e = try #require(f.evidence.first)
    #expect(e.carrier == "S39")
    #expect(e.noteKind == .sevenChrDef)
    #expect(e.noteText == "A initial encounter; D subsequent encounter; S sequela")
    #expect(e.subject == "S39.011")
  }

  /// Every code-level node that is not billable, in each release, audited as JSON Lines (the
  /// fast path) gives the line the ``Finding`` value gives when checked on its own.
  @Test(arguments: [("FY2021", "2021-06-01"), ("FY2025-April", "2025-06-01"), ("FY2026-April", "2026-05-01")])
  func fastPathEqualsValueForEveryNonBillableCode(_ release: String, _ date: String) throws {
    let r = TestData.release(release)
    let codes = (0..<r.nodeCount).map { NodeID($0) }.filter { r.kind($0).isCodeLevel && !r.isBillable($0) }
      .map { r.code($0) }
    #expect(codes.count > 1000)
    let items = codes.enumerated().map { (id: "N\($0.offset)", date: date, codes: [$0.element]) }
    let csv =
      "encounter_id,date_of_service,codes\n" + items.map { "\($0.id),\(date),\($0.codes[0])" }.joined(separator: "\n")
      + "\n"
    let options = RuleOptions.standard
    let output = try AuditFastPathTests.audit(try AuditFastPathTests.freshEngine(), csv, options: options)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == items.count)
    var differing = 0
    for (item, line) in zip(items, lines)
    where line + "\n" != AuditFastPathTests.expectedLine(RulesFixture.engine, item, options: options) {
      differing += 1
    }
    #expect(differing == 0)
    #expect(output.contains("\"kind\":\"non-billable\""))
    #expect(output.contains("needs a 7th character"))
  }
}
