import CodingCore
import Testing

/// Pair explanations against the official data, for pairs chosen by hand.
@Suite struct PairExplanationTests {
  let engine = RulesFixture.engine
  let date = RulesFixture.fy2026Date

  @Test func lowBackPainWithLumbagoWithSciaticaIsAnExcludes1Conflict() throws {
    let x = engine.explain("m5450", "M54.41", date: date)
    #expect(x.codes == ["M54.50", "M54.41"])
    #expect(x.release == "FY2026-April")
    #expect(x.relation == .excludes1)
    #expect(x.verdict.hasPrefix("Excludes1 conflict: M54.50 and M54.41 may not be reported together"))
    #expect(x.exception?.contains("unrelated to each other") == true)
    // The one note, carried at subcategory M54.5 for M54.50, naming M54.4-.
    let note = try #require(x.notes.first)
    #expect(x.notes.count == 1)
    #expect(note.carrier == "M54.5")
    #expect(note.level == .subcategory)
    #expect(note.noteKind == .excludes1)
    #expect(note.noteText == "lumbago with sciatica (M54.4-)")
    #expect(note.reference == "M54.4-")
    #expect(note.subject == "M54.50")
    #expect(x.notes(carriedFor: "M54.41").isEmpty)
    // Both paths, chapter to code, with the carrying level marked.
    let a = x.paths[0]
    #expect(a.steps.map(\.code) == ["13", "M40-M54", "M50-M54", "M54", "M54.5", "M54.50"])
    #expect(a.steps.map(\.title).contains("Dorsalgia"))
    #expect(a.steps.filter(\.carriesNote).map(\.code) == ["M54.5"])
    #expect(a.steps.first?.title == "Diseases of the musculoskeletal system and connective tissue (M00-M99)")
    #expect(x.paths[1].steps.map(\.code) == ["13", "M40-M54", "M50-M54", "M54", "M54.4", "M54.41"])
    #expect(x.paths[1].steps.allSatisfy { !$0.carriesNote })
    #expect(a.line.contains("M54.5* Low back pain › M54.50"))
    #expect(x.conventions.map(\.section) == ["I.A.12.a", "I.A.12.b"])
    #expect(x.textLines.contains { $0.contains("\"lumbago with sciatica (M54.4-)\" — reference M54.4- covers M54.41") })
  }

  @Test func bothDirectionsAndBothKinds() {
    // R52 carries Excludes1 notes naming M54.5- and M54.-; chapter 13 carries Excludes2 R00-R94.
    let x = engine.explain("M54.50", "R52", date: date)
    #expect(x.relation == .both)
    #expect(x.decision == .excludes1)
    let fromR52 = x.notes(carriedFor: "R52")
    #expect(fromR52.map(\.noteText) == ["lumbar region pain (M54.5-)", "spine pain (M54.-)"])
    #expect(fromR52.allSatisfy { $0.level == .category && $0.carrier == "R52" && $0.role == .decides })
    let fromM5450 = x.notes(carriedFor: "M54.50")
    #expect(fromM5450.count == 1)
    #expect(fromM5450.first?.carrier == "13")
    #expect(fromM5450.first?.level == .chapter)
    #expect(fromM5450.first?.noteKind == .excludes2)
    #expect(fromM5450.first?.role == .overruled)
    #expect(x.paths[0].steps.filter(\.carriesNote).map(\.code) == ["13"])
    #expect(x.paths[1].steps.filter(\.carriesNote).map(\.code) == ["R52"])
  }

  @Test func excludes2AndNoRelationAndGuideline() {
    let e2 = engine.explain("M54.50", "G89.29", date: date)
    #expect(e2.relation == .excludes2)
    #expect(e2.exception == nil)
    #expect(e2.notes(carriedFor: "G89.29").first?.noteText == "lumbar region pain (M54.5-)")
    #expect(e2.notes(carriedFor: "G89.29").first?.carrier == "G89")
    // The seed's "Excludes1" M54.51 is a trap: no note relates the siblings.
    let trap = engine.explain("M54.50", "M54.51", date: date)
    #expect(trap.relation == .none)
    #expect(trap.notes.isEmpty)
    // Sciatica with low back pain: the combination code M54.41 (guideline rule ENC-09).
    let rule = engine.explain("M54.31", "M54.50", date: date)
    #expect(rule.relation == .guideline)
    #expect(rule.verdict.contains("M54.41"))
    #expect(rule.findings.contains { $0.ruleID == "ENC-09" && $0.suggestions == ["M54.41"] })
  }

  @Test func otherReleasesAreCompared() {
    // M54.5 is a header in FY2026-April but was billable in FY2021.
    let x = engine.explain("M54.5", "M54.41", date: date)
    #expect(x.paths[0].isBillable == false)
    #expect(x.findings.contains { $0.kind == .nonBillable && $0.codes == ["M54.5"] })
    let fy2021 = x.otherReleases.first { $0.release == "FY2021" }
    #expect(fy2021?.differences == ["M54.5 is billable in FY2021 (not in the release in force)"])
    #expect(fy2021?.relation == .excludes1)
    // On a FY2021 date, M54.5 is billable and the later releases are where it became a header.
    let old = engine.explain("M54.5", "M54.41", date: RulesFixture.date("2021-05-01"))
    #expect(old.release == "FY2021")
    #expect(old.paths[0].isBillable)
    #expect(old.otherReleases.map(\.release) == ["FY2025-April", "FY2026-April"])
    // M54.50 did not exist in FY2021.
    #expect(
      engine.explain("M54.50", "M54.41", date: date).otherReleases.first?.differences == [
        "M54.50 is not a code in FY2021"
      ])
  }

  @Test func jsonCarriesEveryPart() {
    let json = engine.explain("M54.50", "M54.41", date: date).jsonString
    #expect(json.contains("\"relation\":\"excludes1\""))
    #expect(
      json.contains(
        "\"carrier\":\"M54.5\",\"level\":\"subcategory\",\"note_kind\":\"excludes1\",\"note\":\"lumbago with sciatica (M54.4-)\",\"reference\":\"M54.4-\""
      ))
    #expect(json.contains("\"section\":\"I.A.12.a\""))
    #expect(
      json.contains(
        "{\"code\":\"M54.5\",\"title\":\"Low back pain\",\"level\":\"subcategory\",\"carries\":[\"excludes1\"]}"))
  }
}
