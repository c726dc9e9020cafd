import CodingCore
import Foundation
import Testing

/// Checklist items derived from the official FY2026-April tabular when the store is compiled: exact
/// wording, source and carrying level, with the tabular text they come from written out here.
@Suite struct DerivedChecklistTests {
  let release = TestData.fy2026

  /// `id | level | text | source` of every derived item of a code.
  func lines(_ code: String) -> [String] {
    release.derivedChecklist(for: TestData.node(code, in: release)).map {
      "\($0.id) | \($0.level.rawValue) | \($0.text) | \($0.origin?.summary ?? "-")"
    }
  }

  /// The quoted official text of an item.
  func quote(_ code: String, _ id: String) -> String? {
    release.derivedChecklist(for: TestData.node(code, in: release)).first { $0.id == id }?.citations.first?.quote
  }

  @Test func lumbarRadiculopathyNamesItsRegionAndWhatItIsNot() {
    // M54.1 Radiculopathy: Excludes1 M79.2, M50.1, M51.1-, M47.2-; M54 Excludes1 F45.41; M50-M54 Excludes1
    // "current injury …", "discitis NOS (M46.4-)"; chapter 13 note "Use an external cause code …".
    let got = lines("M54.16")
    #expect(
      got.first
        == """
        M5416-TAB-AXIS | required | region documented as lumbar (siblings: occipito-atlanto-axial, cervical, \
        cervicothoracic, thoracic, thoracolumbar, lumbosacral, sacral and sacrococcygeal, site unspecified) | \
        sibling axis under M54.1
        """)
    #expect(
      got.contains(
        """
        M5416-TAB-EXCL1-3 | required | the condition is not radiculopathy with lumbar and other intervertebral disc \
        disorder (code there instead: M51.1-) | Excludes1 at subcategory M54.1
        """))
    #expect(
      got.contains(
        """
        M5416-TAB-EXCL1-4 | required | the condition is not radiculopathy with spondylosis (code there instead: \
        M47.2-) | Excludes1 at subcategory M54.1
        """))
    #expect(
      got.contains(
        """
        M5416-TAB-EXCL1-5 | required | the condition is not psychogenic dorsalgia (code there instead: F45.41) | \
        Excludes1 at category M54
        """))
    #expect(
      got.contains(
        """
        M5416-TAB-EXCL1-6 | required | the condition is not current injury - see injury of spine by body region | \
        Excludes1 at section M50-M54
        """))
    #expect(got.filter { $0.contains("-TAB-EXCL1-") }.count == 7)
    #expect(
      got.last
        == """
        M5416-TAB-ADD-1 | recommended | cause documented and coded as the note asks: Use an external cause code \
        following the code for the musculoskeletal condition, if applicable, to identify the cause of the \
        musculoskeletal condition | Use additional code at chapter 13
        """)
    #expect(
      quote("M54.16", "M5416-TAB-AXIS")
        == "siblings under M54.1: M54.10, M54.11, M54.12, M54.13, M54.14, M54.15, M54.17, M54.18")
    #expect(quote("M54.16", "M5416-TAB-EXCL1-4") == "radiculopathy with spondylosis (M47.2-)")
  }

  @Test func sideOfLumbagoWithSciatica() {
    // M54.41 "Lumbago with sciatica, right side"; siblings M54.40 unspecified side, M54.42 left side.
    let got = lines("M54.41")
    #expect(got.first == "M5441-TAB-AXIS | required | side documented as right | sibling axis under M54.4")
    #expect(
      got.contains(
        """
        M5441-TAB-EXCL1-3 | required | the condition is not lumbago with sciatica due to intervertebral disc \
        disorder (code there instead: M51.1-) | Excludes1 at subcategory M54.4
        """))
    let axis = release.derivedChecklist(for: TestData.node("M54.41", in: release)).first
    #expect(axis?.consequence.suggestedCodes == ["M54.40"])
    #expect(axis?.authority == .officialTabular)
    #expect(axis?.origin?.target == "M54.4")
    #expect(
      lines("M54.40").first
        == """
        M5440-TAB-UNSPEC | recommended | the record does not state the side; query if it can | \
        sibling axis under M54.4
        """)
  }

  @Test func unspecifiedLowBackPain() {
    // M54.5 Excludes1: M51.360, M51.370, "low back strain (S39.012)", M51.2-, "lumbago with sciatica (M54.4-)".
    let got = lines("M54.50")
    #expect(
      got.first
        == """
        M5450-TAB-UNSPEC | recommended | the record does not state the type; query if it can (siblings: \
        vertebrogenic, other) | sibling axis under M54.5
        """)
    #expect(
      got.contains(
        """
        M5450-TAB-EXCL1-3 | required | the condition is not low back strain (code there instead: S39.012) | \
        Excludes1 at subcategory M54.5
        """))
    #expect(
      got.contains(
        """
        M5450-TAB-EXCL1-5 | required | the condition is not lumbago with sciatica (code there instead: M54.4-) | \
        Excludes1 at subcategory M54.5
        """))
    #expect(got.filter { $0.contains("-TAB-EXCL1-") }.count == 8)
  }

  @Test func dorsalgiaUnspecified() {
    let got = lines("M54.9")
    #expect(
      got.first
        == """
        M549-TAB-UNSPEC | recommended | the record does not state the type; query if it can (siblings: \
        panniculitis affecting regions of neck and back, radiculopathy, cervicalgia, sciatica, lumbago with \
        sciatica, low back pain, pain in thoracic spine, other dorsalgia) | sibling axis under M54
        """)
    #expect(got.filter { $0.contains("-TAB-EXCL1-") }.count == 3)
  }

  @Test func lowBackStrainSeventhCharacter() {
    // S39 sevenChrDef A initial encounter, D subsequent encounter, S sequela; Code also "any associated
    // open wound (S31.-)"; chapter 19 note "Use secondary code(s) from Chapter 20 …" and Use additional code Z18.-.
    #expect(
      lines("S39.012A") == [
        """
        S39012A-TAB-AXIS | required | site documented as lower back (siblings: abdomen, pelvis) | \
        sibling axis under S39.01
        """,
        """
        S39012A-TAB-7TH | required | 7th character A: initial encounter documented (others: D subsequent \
        encounter, S sequela) | 7th character table at category S39
        """,
        """
        S39012A-TAB-ADD-1 | recommended | cause documented and coded as the note asks: Use secondary code(s) from \
        Chapter 20, External causes of morbidity, to indicate cause of injury. Codes within the T section that \
        include the external cause do not require an additional external cause code | \
        Use additional code at chapter 19
        """,
        """
        S39012A-TAB-ADD-2 | recommended | documented and coded in addition: code to identify any retained foreign \
        body, if applicable (Z18.-) | Use additional code at chapter 19
        """,
        """
        S39012A-TAB-ALSO-1 | recommended | also documented and coded (either may come first): any associated open \
        wound (S31.-) | Code also at category S39
        """,
      ])
    #expect(quote("S39.012A", "S39012A-TAB-7TH") == "A initial encounter")
  }

  @Test func vertebralFractureAndPlaceholder() {
    let got = lines("S32.010A")
    #expect(
      got.first
        == """
        S32010A-TAB-AXIS | required | type documented as wedge compression (siblings: stable burst, unstable \
        burst, other, unspecified) | sibling axis under S32.01
        """)
    #expect(
      got.contains(
        """
        S32010A-TAB-7TH | required | 7th character A: initial encounter for closed fracture documented (others: \
        B initial encounter for open fracture, D subsequent encounter for fracture with routine healing, \
        G subsequent encounter for fracture with delayed healing, K subsequent encounter for fracture with \
        nonunion, S sequela) | 7th character table at category S32
        """))
    #expect(
      got.contains(
        """
        S32010A-TAB-FIRST-1 | required | underlying condition documented and coded first: any associated spinal \
        cord and spinal nerve injury (S34.-) | Code first at category S32
        """))
    #expect(!got.contains { $0.contains("PLACEHOLDER") })
    // S33.5XXA: the tabular's convention "a placeholder X should be assigned for all characters less than 6".
    #expect(
      lines("S33.5XXA").contains(
        """
        S335XXA-TAB-PLACEHOLDER | recommended | placeholder X only fills the code to 6 characters before the 7th \
        character; it states nothing | placeholder X (7th character table at category S33)
        """))
  }

  @Test func otherChronicPain() {
    // G89.2 Excludes1 (8 notes), G89 Excludes1 R52, F45.41, R52; G89 Code also F45.42.
    let got = lines("G89.29")
    #expect(
      got.first
        == """
        G8929-TAB-AXIS | required | a type documented that no sibling names (siblings: due to trauma, \
        post-thoracotomy, other chronic postprocedural pain) | sibling axis under G89.2
        """)
    #expect(
      got.contains(
        """
        G8929-TAB-EXCL1-4 | required | the condition is not chronic pain syndrome (code there instead: G89.4) | \
        Excludes1 at subcategory G89.2
        """))
    #expect(
      got.last
        == """
        G8929-TAB-ALSO-1 | recommended | also documented and coded (either may come first): related \
        psychological factors associated with pain (F45.42) | Code also at category G89
        """)
    #expect(got.filter { $0.contains("-TAB-EXCL1-") }.count == 11)
  }

  @Test func oneCodeOfFiveOtherChapters() {
    // Chapter 4: E11.9 "Type 2 diabetes mellitus without complications".
    #expect(
      lines("E11.9").first
        == """
        E119-TAB-AXIS | required | documented without complications (siblings: with hyperosmolarity, with \
        ketoacidosis, with kidney complications, with ophthalmic complications, with neurological complications, \
        with circulatory complications, with other specified complications, without complications in remission, \
        with unspecified complications) | sibling axis under E11
        """)
    #expect(
      lines("E11.9").contains(
        """
        E119-TAB-ADD-2 | recommended | documented and coded in addition: insulin (Z79.4) | \
        Use additional code at category E11
        """))
    // Chapter 9: I10, Excludes1 at the category and at section I10-I1A.
    #expect(
      lines("I10").contains(
        """
        I10-TAB-EXCL1-2 | required | the condition is not neonatal hypertension (code there instead: P29.2) | \
        Excludes1 at section I10-I1A
        """))
    // Chapter 10: J45.20 "Mild intermittent asthma, uncomplicated"; J45 and chapter 10 repeat six notes: one each.
    #expect(
      lines("J45.20").first
        == """
        J4520-TAB-AXIS | required | type documented as uncomplicated (siblings: with (acute) exacerbation, with \
        status asthmaticus) | sibling axis under J45.2
        """)
    #expect(lines("J45.20").filter { $0.contains("-TAB-ADD-") }.count == 7)
    // Chapter 11: K21.9 "Gastro-esophageal reflux disease without esophagitis".
    #expect(
      lines("K21.9") == [
        "K219-TAB-AXIS | required | documented without esophagitis (sibling: with esophagitis) | sibling axis under K21",
        """
        K219-TAB-EXCL1-1 | required | the condition is not newborn esophageal reflux (code there instead: P78.83) | \
        Excludes1 at category K21
        """,
      ])
    // Chapter 14: N39.0 "Urinary tract infection, site not specified".
    #expect(
      lines("N39.0").first
        == """
        N390-TAB-UNSPEC | recommended | the record does not state the site; query if it can (siblings: stress \
        incontinence (female) (male), other specified urinary incontinence, other specified disorders of urinary \
        system, disorder of urinary system, unspecified) | sibling axis under N39
        """)
  }

  @Test func everyBillableCodeHasAnItem() {
    var histogram: [Int: Int] = [:]
    var billable = 0
    var without: [String] = []
    for n in 0..<release.nodeCount where release.isBillable(NodeID(n)) {
      billable += 1
      let count = release.derivedChecklist(for: NodeID(n)).count
      histogram[count, default: 0] += 1
      if count == 0 { without.append(release.code(NodeID(n))) }
    }
    #expect(billable == 74_719)
    #expect(without.isEmpty, "\(without.prefix(10))")
    let summary = histogram.keys.sorted().map { "\($0): \(histogram[$0] ?? 0)" }.joined(separator: ", ")
    print("derived checklist items per billable FY2026-April code (items: codes): \(summary)")
  }

  @Test func headersHaveNoDerivedItemsAndIdsResolve() throws {
    #expect(release.derivedChecklist(for: TestData.node("M54.5", in: release)).isEmpty)
    let item = try #require(release.derivedChecklistItem(id: "m5416-tab-excl1-4"))
    #expect(item.appliesTo == ["M54.16"])
    #expect(item.citations.first?.source == "FY2026-April tabular, Excludes1 at subcategory M54.1")
    #expect(release.derivedChecklistItem(id: "M5416-TAB-EXCL1-99") == nil)
  }

  @Test func checkListsDerivedItemsAfterTheHandWrittenOnes() throws {
    let lines = RulesFixture.engine.checklist(forCode: "M54.41", date: RulesFixture.fy2026Date)
    let ids = lines.map(\.item.id)
    let firstDerived = try #require(ids.firstIndex { $0.contains("-TAB-") })
    #expect(ids.prefix(firstDerived).contains("M544-LATERALITY"))
    #expect(ids[firstDerived] == "M5441-TAB-AXIS")
    #expect(!ids.suffix(from: firstDerived).contains { !$0.contains("-TAB-") })
  }

  @Test func answeringADerivedItemGivesAFinding() throws {
    let result = RulesFixture.check(["M54.16"], documentation: ["M5416-TAB-EXCL1-4": .no])
    let finding = try #require(RulesFixture.findings(result, .documentation).first)
    #expect(finding.ruleID == "M5416-TAB-EXCL1-4")
    #expect(finding.severity == .warning)
    #expect(finding.authority == .officialTabular)
    #expect(
      finding.primaryEvidence?.citation
        == "FY2026-April tabular, Excludes1 at subcategory M54.1: “radiculopathy with spondylosis (M47.2-)”")
    // Unanswered derived items are never reported, even when asked.
    let asked = RulesFixture.check(["M54.16"], options: RuleOptions(reportUnansweredItems: true))
    #expect(!RulesFixture.findings(asked, .documentation).contains { $0.ruleID?.contains("-TAB-") == true })
  }
}
