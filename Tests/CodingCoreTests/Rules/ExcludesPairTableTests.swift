import CodingCore
import Testing

/// The pairs of coding-tools-and-semantics.md section 6 and seed-rules.md section 3, with the
/// expected carrier and exact note text (FY2026-April tabular).
@Suite struct ExcludesPairTableTests {
  struct Pair: CustomTestStringConvertible, Sendable {
    var a: String
    var b: String
    var kind: FindingKind
    var severity: Severity
    var carrier: String
    var note: String
    var testDescription: String { "\(a) + \(b)" }
  }

  static let pairs: [Pair] = [
    // coding-tools-and-semantics.md section 6
    Pair(
      a: "M54.50", b: "M54.41", kind: .excludes1, severity: .error, carrier: "M54.5",
      note: "lumbago with sciatica (M54.4-)"),
    Pair(
      a: "M54.31", b: "M54.41", kind: .excludes1, severity: .error, carrier: "M54.3",
      note: "sciatica with lumbago (M54.4-)"),
    Pair(
      a: "M54.89", b: "M54.50", kind: .excludes1, severity: .error, carrier: "M54.8", note: "low back pain (M54.5-)"),
    Pair(
      a: "M54.50", b: "F45.41", kind: .excludes1, severity: .error, carrier: "M54",
      note: "psychogenic dorsalgia (F45.41)"),
    Pair(
      a: "M54.50", b: "S39.012A", kind: .excludes1, severity: .error, carrier: "M54.5",
      note: "low back strain (S39.012)"),
    Pair(
      a: "M54.16", b: "G57.02", kind: .excludes1, severity: .error, carrier: "G50-G59", note: "radiculitis NOS (M54.1-)"
    ),
    Pair(
      a: "G57.01", b: "M54.16", kind: .excludes1, severity: .error, carrier: "G50-G59", note: "radiculitis NOS (M54.1-)"
    ),
    Pair(a: "M54.9", b: "R52", kind: .excludes1, severity: .error, carrier: "R52", note: "back pain (M54.9)"),
    Pair(
      a: "M54.50", b: "G89.29", kind: .excludes2, severity: .info, carrier: "G89", note: "lumbar region pain (M54.5-)"),
    Pair(a: "M54.2", b: "R07.0", kind: .excludes2, severity: .info, carrier: "R07.0", note: "pain in neck (M54.2)"),
    // seed-rules.md section 3
    Pair(
      a: "M54.50", b: "M51.360", kind: .excludes1, severity: .error, carrier: "M54.5",
      note: "intervertebral disc degeneration, lumbar region with discogenic back pain only (M51.360)"),
    Pair(
      a: "M54.59", b: "M51.370", kind: .excludes1, severity: .error, carrier: "M54.5",
      note: "intervertebral disc degeneration, lumbosacral region with discogenic back pain only (M51.370)"),
    Pair(
      a: "M54.51", b: "M54.81", kind: .excludes1, severity: .error, carrier: "M54.8", note: "low back pain (M54.5-)"),
    Pair(
      a: "M54.50", b: "M54.89", kind: .excludes1, severity: .error, carrier: "M54.8", note: "low back pain (M54.5-)"),
    Pair(
      a: "M54.50", b: "R52", kind: .excludes1, severity: .error, carrier: "R52", note: "lumbar region pain (M54.5-)"),
    Pair(
      a: "M54.50", b: "S33.5XXA", kind: .excludes1, severity: .warning, carrier: "M50-M54",
      note: "current injury - see injury of spine by body region"),
    Pair(
      a: "M54.50", b: "M46.46", kind: .excludes1, severity: .error, carrier: "M50-M54", note: "discitis NOS (M46.4-)"),
    Pair(
      a: "M54.32", b: "M54.42", kind: .excludes1, severity: .error, carrier: "M54.3",
      note: "sciatica with lumbago (M54.4-)"),
    Pair(
      a: "M54.30", b: "M51.16", kind: .excludes1, severity: .error, carrier: "M54.3",
      note: "sciatica due to intervertebral disc disorder (M51.1-)"),
    Pair(
      a: "M54.31", b: "G57.01", kind: .excludes1, severity: .error, carrier: "M54.3",
      note: "lesion of sciatic nerve (G57.0)"),
    Pair(
      a: "M54.32", b: "M51.361", kind: .excludes1, severity: .error, carrier: "M54.3",
      note: "intervertebral disc degeneration, lumbar region with lower extremity pain only (M51.361)"),
    Pair(
      a: "M54.30", b: "M51.371", kind: .excludes1, severity: .error, carrier: "M54.3",
      note: "intervertebral disc degeneration, lumbosacral region with lower extremity pain only (M51.371)"),
    Pair(
      a: "M54.41", b: "M51.17", kind: .excludes1, severity: .error, carrier: "M54.4",
      note: "lumbago with sciatica due to intervertebral disc disorder (M51.1-)"),
    Pair(
      a: "M54.42", b: "M51.362", kind: .excludes1, severity: .error, carrier: "M54.4",
      note:
        "intervertebral disc degeneration, lumbar region with discogenic back pain and lower extremity pain (M51.362)"),
    Pair(
      a: "M54.40", b: "M51.372", kind: .excludes1, severity: .error, carrier: "M54.4",
      note:
        "intervertebral disc degeneration, lumbosacral region with discogenic back pain and lower extremity pain (M51.372)"
    ),
    Pair(
      a: "G89.29", b: "G89.4", kind: .excludes1, severity: .error, carrier: "G89.2",
      note: "chronic pain syndrome (G89.4)"),
    Pair(
      a: "G89.29", b: "G89.0", kind: .excludes1, severity: .error, carrier: "G89.2",
      note: "central pain syndrome (G89.0)"),
    Pair(
      a: "G89.29", b: "G89.3", kind: .excludes1, severity: .error, carrier: "G89.2",
      note: "neoplasm related chronic pain (G89.3)"),
    Pair(a: "G89.4", b: "M54.9", kind: .excludes2, severity: .info, carrier: "G89", note: "back pain (M54.9)"),
    Pair(a: "G89.29", b: "M54.6", kind: .excludes2, severity: .info, carrier: "G89", note: "spine pain (M54.-)"),
    Pair(a: "M54.50", b: "C79.51", kind: .excludes2, severity: .info, carrier: "13", note: "neoplasms (C00-D49)"),
  ]

  @Test(arguments: pairs) func pairFinding(_ pair: Pair) throws {
    let result = RulesFixture.check([pair.a, pair.b])
    let findings = result.findings.filter { $0.kind == .excludes1 || $0.kind == .excludes2 }
    try #require(findings.count == 1, "\(result.findings.map(\.headline))")
    let finding = findings[0]
    #expect(finding.kind == pair.kind)
    #expect(finding.severity == pair.severity)
    #expect(finding.codes == [pair.a, pair.b])
    let deciding = finding.evidence.filter { $0.role == .decides }
    #expect(
      deciding.contains { $0.carrier == pair.carrier && $0.noteText == pair.note },
      "\(deciding.map { "\($0.carrier): \($0.noteText)" })")
    #expect(deciding.allSatisfy { $0.release == "FY2026-April" })
    // Either order gives the same verdict.
    let reversed = RulesFixture.check([pair.b, pair.a]).findings.filter { $0.kind == pair.kind }
    #expect(reversed.count == 1)
    #expect(reversed.first?.codes == [pair.b, pair.a])
  }

  @Test func asymmetricNotesAreCheckedBothWays() throws {
    // M54.5 excludes M54.4-; M54.4 does not list M54.5. Typing the M54.4 code first still conflicts.
    let finding = try #require(RulesFixture.findings(RulesFixture.check(["M54.41", "M54.50"]), .excludes1).first)
    #expect(finding.carrier == "M54.5")
    #expect(finding.primaryEvidence?.subject == "M54.50")
    #expect(finding.primaryEvidence?.path == ["13", "M40-M54", "M50-M54", "M54", "M54.5", "M54.50"])
  }

  @Test func blockInheritanceCarriesThePathFromTheChapter() throws {
    let finding = try #require(RulesFixture.findings(RulesFixture.check(["G57.01", "M54.16"]), .excludes1).first)
    let evidence = try #require(finding.primaryEvidence)
    #expect(evidence.carrier == "G50-G59")
    #expect(evidence.level == .section)
    #expect(evidence.noteKind == .excludes1)
    #expect(evidence.reference == "M54.1-")
    #expect(evidence.authority == .officialTabular)
    #expect(evidence.path.first == "6")
    #expect(evidence.path.last == "G57.01")
    #expect(evidence.path.contains("G50-G59"))
  }

  @Test func twoLevelsDisagreeTheMoreSpecificDecidesAndBothAreShown() throws {
    // T1: R52 Excludes1 (category) against chapter 13 Excludes2 "symptoms (R00-R94)".
    let t1 = try #require(RulesFixture.findings(RulesFixture.check(["M54.50", "R52"]), .excludes1).first)
    #expect(t1.severity == .error)
    #expect(t1.evidence.contains { $0.role == .decides && $0.carrier == "R52" && $0.level == .category })
    #expect(
      t1.overruled.contains {
        $0.carrier == "13" && $0.level == .chapter && $0.noteKind == .excludes2 && $0.noteText.contains("(R00-R94)")
      })
    // T2: the section's text-only "current injury" (curated) against chapter 13 Excludes2 S00-T88.
    let t2 = try #require(RulesFixture.findings(RulesFixture.check(["M54.50", "S33.5XXA"]), .excludes1).first)
    #expect(t2.severity == .warning)
    #expect(t2.authority == .curated)
    #expect(t2.primaryEvidence?.citation?.hasPrefix("CUR-SPINE-INJURY") == true)
    #expect(t2.overruled.contains { $0.carrier == "13" && $0.noteText.contains("(S00-T88)") })
    // T3: M54.50 + M54.51 — the seed's Excludes1 claim is contradicted: no note at all.
    let t3 = RulesFixture.check(["M54.50", "M54.51"])
    #expect(RulesFixture.findings(t3, .excludes1).isEmpty)
    #expect(RulesFixture.findings(t3, .excludes2).isEmpty)
  }

  @Test func aHeaderInTheEncounterIsStillChecked() throws {
    let result = RulesFixture.check(["M54.50", "S39.012"])
    #expect(RulesFixture.findings(result, .nonBillable).map(\.codes) == [["S39.012"]])
    let finding = try #require(RulesFixture.findings(result, .excludes1).first)
    #expect(finding.severity == .error)
    #expect(finding.carrier == "M54.5")
  }

  @Test func seedClaimsContradictedByTheTabularGiveNoExcludes1() {
    for other in ["M06.88", "M47.9", "M96.1", "M45.6", "G89.4", "M48.061", "M47.816", "M54.10", "M54.16"] {
      let result = RulesFixture.check(["M54.50", other])
      #expect(RulesFixture.findings(result, .excludes1).isEmpty, "M54.50 + \(other)")
    }
  }

  @Test func sciaticaAndLumbagoBothInFY2021() throws {
    // M54.5 was billable in FY2021 and already excluded M54.4-.
    let result = RulesFixture.check(["M54.5", "M54.41"], date: "2021-06-01")
    #expect(RulesFixture.findings(result, .nonBillable).isEmpty)
    let finding = try #require(RulesFixture.findings(result, .excludes1).first)
    #expect(finding.carrier == "M54.5")
    #expect(finding.release == "FY2021")
  }
}
