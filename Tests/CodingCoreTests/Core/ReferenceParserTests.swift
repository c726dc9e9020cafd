import CodingCore
import Testing

/// The reference parser on real note texts, in every form the official files use.
@Suite struct ReferenceParserTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    /// Each item as "START..END" keys (START alone for one code).
    var items: [String]
    var qualifier: String? = nil
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "psychogenic dorsalgia (F45.41)", items: ["F4541"]),
    Case(text: "lumbago due to intervertebral disc displacement (M51.2-)", items: ["M512"]),
    Case(text: "cervicalgia due to intervertebral cervical disc disorder (M50.-)", items: ["M50"]),
    Case(text: "low back strain (S39.012)", items: ["S39012"]),
    Case(text: "lesion of sciatic nerve (G57.0)", items: ["G570"]),
    Case(text: "sciatica (M54.3-M54.4)", items: ["M543..M544"]),
    Case(text: "mental and behavioral disorders (F01-F99)", items: ["F01..F99"]),
    Case(text: "complications of pregnancy, childbirth and the puerperium (O00-O9A)", items: ["O00..O9A"]),
    Case(text: "focal traumatic brain injury (S06.1- to S06.6-)", items: ["S061..S066"]),
    Case(text: "nerve root and plexus compressions in (M53.-, M54.-)", items: ["M53", "M54"]),
    Case(text: "reflux esophagitis (K20.0, K21.0-)", items: ["K200", "K210"]),
    Case(text: "fracture of skull (S02.- with 7th character B)", items: ["S02"], qualifier: "7th character B"),
    Case(text: "alcohol and drug (F10-F19 with .17, .27, .97)", items: ["F10..F19"], qualifier: ".17, .27, .97"),
    Case(text: "sciatica due to intervertebral disc disorder (M51.1.-)", items: ["M511"]),
    Case(text: "localized abdominal pain (R10.1-R10.4-)", items: ["R101..R104"]),
    Case(text: "some range (A99.9--A99.8-)", items: ["A999..A998"]),
    Case(text: "unclosed (M51.2-", items: ["M512"]),
    Case(text: "current injury - see injury of spine by body region", items: []),
    Case(text: "Growth hormone gene 1 (GH1) defect", items: []),
    Case(text: "congenital (QA0.-)", items: ["QA0"]),
  ]

  @Test(arguments: cases)
  func parsesEveryForm(_ example: Case) {
    let parsed = ReferenceParser.parse(example.text)
    let items = parsed.flatMap(\.items).map { $0.isRange ? "\($0.startKey)..\($0.endKey)" : $0.startKey }
    #expect(items == example.items)
    #expect(parsed.first?.qualifier == example.qualifier)
  }

  @Test func rangesFollowTabularOrder() {
    let release = TestData.fy2026
    // C4A (Merkel cell carcinoma) sorts after C44 as a string but lies between C43 and C44.
    let neoplasms = release.applicableNotes(TestData.node("M54.50", in: release))
      .first { $0.note.text.hasPrefix("neoplasms (C00-D49)") }?.note.references.first
    let c4a = TestData.node("C4A.0", in: release)
    #expect(neoplasms?.covers(c4a, key: "C4A0") == true)
    let c43 = TestData.node("C43", in: release)
    let c44 = TestData.node("C44", in: release)
    #expect(c43 < c4a && c4a < c44)
  }

  @Test func qualifiersRestrictCoverage() {
    let qualifier = ReferenceQualifier("7th character B")
    #expect(qualifier.admits(key: "S020XXB"))
    #expect(!qualifier.admits(key: "S020XXA"))
    let suffixes = ReferenceQualifier(".17, .27, .97")
    #expect(suffixes.admits(key: "F10170"))
    #expect(!suffixes.admits(key: "F10180"))
  }
}
