import Testing

@testable import CodingCore

/// Sections whose id is a code (`B20`, `M96`, `R99` hold one category of the same name): a typed
/// code means the code, in lookups, checks and batches alike.
@Suite struct SectionIdCodeTests {
  @Test(arguments: ["B20", "C50", "M96", "R99"])
  func aTypedCodeFindsTheCodeNotTheSection(_ code: String) throws {
    let release = TestData.release("FY2026-April")
    let node = try #require(release.lookup(code))
    #expect(release.kind(node).isCodeLevel, "\(code) found the \(release.kind(node).levelName)")
    #expect(release.code(node) == code)
    #expect(release.lookup(normalizedKey: code) == node)
    #expect(release.packedKeyTable().find(try #require(PackedKey.pack(code))) == node.rawValue)
  }

  @Test func billableCategoriesNamedLikeTheirSectionAreValid() {
    let result = RulesFixture.check(["B20", "R99"])
    #expect(RulesFixture.findings(result, .invalidCode).isEmpty, "\(result.findings.map(\.message))")
    #expect(RulesFixture.findings(result, .nonBillable).isEmpty)
  }

  @Test func aHeaderCategoryNamedLikeItsSectionIsNonBillable() throws {
    let result = RulesFixture.check(["M96"])
    let finding = try #require(RulesFixture.findings(result, .nonBillable).first)
    #expect(finding.message.hasPrefix("M96 is a header in FY2026-April, not a billable code; use M96.0"))
  }

  @Test func batchesEnteringEveryCodeAgreeWithOneByOneChecks() throws {
    // Enough distinct codes to make a batch enter every code of the release at once.
    let release = TestData.release("FY2026-April")
    let codes = (0..<release.nodeCount).map { NodeID($0) }.filter { release.kind($0).isCodeLevel }
      .map { release.code($0) }
    let picked = stride(from: 0, to: codes.count, by: max(1, codes.count / 12_000)).map { codes[$0] }
    var lines = ["encounter_id,date_of_service,codes"]
    for (i, start) in stride(from: 0, to: picked.count, by: 3).enumerated() {
      let group = picked[start..<min(start + 3, picked.count)] + ["B20", "M96"]
      lines.append("E\(i),2026-05-01,\(group.joined(separator: ";"))")
    }
    let engine = try AuditFastPathTests.freshEngine()
    let text = lines.joined(separator: "\n") + "\n"
    let audited = try AuditFastPathTests.audit(engine, text, options: .standard)
    let fresh = try AuditFastPathTests.freshEngine()
    let expected = lines.dropFirst().enumerated().map { i, line in
      let codes = line.split(separator: ",")[2].split(separator: ";").map(String.init)
      return AuditFastPathTests.expectedLine(fresh, ("E\(i)", "2026-05-01", codes), options: .standard)
    }
    #expect(audited == expected.joined())
  }
}
