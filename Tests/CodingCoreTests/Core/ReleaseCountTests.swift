import CodingCore
import Testing

/// The compiled releases equal the official code lists exactly.
@Suite struct ReleaseCountTests {
  @Test(arguments: [("FY2021", 72_621), ("FY2025-April", 74_260), ("FY2026-April", 74_719)])
  func billableCountsMatchTheOfficialFiles(release id: String, expected: Int) {
    let release = TestData.release(id)
    #expect(release.billableCount == expected)
    #expect(
      release.missingFromTree.isEmpty,
      "codes of the code list missing from the tree: \(release.missingFromTree.prefix(10))")
    #expect(release.extraInTree.isEmpty, "codes of the tree not in the code list: \(release.extraInTree.prefix(10))")
  }

  @Test(arguments: [("FY2021", 31), ("FY2025-April", 33), ("FY2026-April", 33)])
  func m54SubtreeBillableCounts(release id: String, expected: Int) {
    let release = TestData.release(id)
    let m54 = TestData.node("M54", in: release)
    #expect(release.billableDescendants(m54).count == expected)
  }

  @Test func m54FiveWasBillableInFY2021AndIsAHeaderSince() {
    #expect(TestData.fy2021.isBillable(TestData.node("M54.5", in: TestData.fy2021)))
    for release in [TestData.fy2025, TestData.fy2026] {
      let m545 = TestData.node("M54.5", in: release)
      #expect(!release.isBillable(m545))
      #expect(release.billableDescendants(m545).map { release.code($0) } == ["M54.50", "M54.51", "M54.59"])
    }
  }

  @Test func everyReleaseLintsClean() {
    for release in TestData.codeSet.releases {
      #expect(release.lintIssues().isEmpty, "\(release.info.id): \(release.lintIssues().prefix(5))")
    }
  }

  @Test func lintReportsAReferenceThatDoesNotResolve() throws {
    let xml = TinyReleases.tabular(
      version: "2030",
      diags: """
        <diag><name>A00</name><desc>Cholera</desc>
          <excludes1><note>cholera carrier (Z99.99)</note><note>other cholera (A00)</note></excludes1>
        </diag>
        """)
    let tiny = try TinyReleases([("icd10cm-tabular-2030.xml", xml)])
    defer { tiny.remove() }
    let issues = try #require(tiny.codeSet.releases.first).lintIssues()
    #expect(issues.count == 1)
    #expect(issues.first?.carrier == "A00")
    #expect(issues.first?.kind == "excludes1")
    #expect(issues.first?.reference == "Z99.99")
    #expect(issues.first?.note == "cholera carrier (Z99.99)")
  }

  @Test func superBlockSectionsContainTheirSections() {
    let release = TestData.fy2026
    let m54 = TestData.node("M54", in: release)
    let path = release.ancestors(m54).map { release.code($0) }
    #expect(path == ["M50-M54", "M40-M54", "13"])
    let v00 = TestData.node("V00.01XA", in: release)
    #expect(release.ancestors(v00).map { release.code($0) }.suffix(3) == ["V00-V99", "V00-X58", "20"])
  }
}
