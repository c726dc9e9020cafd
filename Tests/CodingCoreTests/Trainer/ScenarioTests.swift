import CodingCore
import Foundation
import Testing

/// Every shipped scenario, checked against the rules engine and graded with its own answer.
@Suite struct ScenarioTests {
  static let folder = RulesFixture.dataFolder.appendingPathComponent("scenarios")
  static let library = ScenarioLibrary.load(folder: folder)
  let engine = RulesFixture.engine

  @Test func everyScenarioLoads() {
    #expect(Self.library.problems.isEmpty, "\(Self.library.problems)")
    #expect(Self.library.scenarios.count >= 12)
    let names = Set(Self.library.scenarios.map(\.name))
    for wanted in [
      "lbp-unspecified", "vertebrogenic-with-imaging", "vertebrogenic-without-imaging", "lumbago-sciatica-right",
      "lumbago-sciatica-left", "sciatica-and-lbp-separately", "low-back-strain", "chronic-lbp-pain-management",
      "lumbar-radiculopathy", "disc-displacement-with-lumbago", "cervicalgia", "thoracic-spine-pain",
      "psychogenic-back-pain", "lbp-before-october-2021", "pregnancy-back-pain",
    ] {
      #expect(names.contains(wanted), "missing scenario \(wanted)")
    }
  }

  @Test(arguments: library.scenarios.map(\.name))
  func expectedAnswerIsValidWithoutUnexcusedExcludes1(name: String) throws {
    let scenario = try #require(Self.library.scenario(named: name))
    for answer in [scenario.expected] + scenario.alternatives {
      let result = engine.check(scenario.encounter(codes: answer), includeChecklist: false)
      #expect(!result.isApproximate, "\(name): no release covers \(scenario.date)")
      let wrong = result.findings.filter {
        $0.severity == .error || ($0.kind == .excludes1 && $0.severity != .info)
          || [.invalidCode, .nonBillable, .notInRelease, .duplicate].contains($0.kind)
          || ($0.kind == .guideline && $0.severity == .warning)
      }
      #expect(wrong.isEmpty, "\(name) \(answer): \(wrong.map(\.headline))")
    }
    for id in scenario.checklist.keys { #expect(engine.checklist.item(id: id) != nil, "\(name): unknown item \(id)") }
    #expect(!scenario.teaching.isEmpty)
  }

  @Test(arguments: library.scenarios.map(\.name))
  func tabularCitationsAreNotesOfTheRelease(name: String) throws {
    let scenario = try #require(Self.library.scenario(named: name))
    let release = engine.codeSet.select(for: scenario.date).release
    for point in scenario.teaching where point.citation.source == "tabular" {
      let c = point.citation
      let chapter = release.chapters.first { release.code($0) == c.code }
      let id = try #require(chapter ?? release.lookup(c.code ?? ""), "\(name): \(c.code ?? "") is not a code")
      #expect(release.kind(id).levelName == c.level, "\(name): \(c.code ?? "") is a \(release.kind(id).levelName)")
      let kind = try #require(c.kind.flatMap(NoteKind.init(elementName:)))
      #expect(
        release.notes(id, kind: kind).contains { $0.text == c.note },
        "\(name): no \(kind.heading) \"\(c.note ?? "")\" at \(c.code ?? "")")
    }
  }

  @Test(arguments: library.scenarios.map(\.name))
  func ownAnswerGetsFullMarksAndARemovedCodeIsMissing(name: String) throws {
    let scenario = try #require(Self.library.scenario(named: name))
    let full = engine.grade(scenario.expected, for: scenario)
    #expect(full.isFullMarks)
    #expect(full.total == scenario.expected.count)
    #expect(full.textLines.last == "Score: \(scenario.expected.count)/\(scenario.expected.count)")
    for removed in scenario.expected {
      let partial = engine.grade(scenario.expected.filter { $0 != removed }, for: scenario)
      #expect(partial.missing == [removed])
      #expect(partial.score < partial.total)
    }
  }

  @Test func gradingLikeAnExam() throws {
    let lbp = try #require(Self.library.scenario(named: "lbp-unspecified"))
    // A valid code that is not in the answer costs a point.
    let extra = engine.grade(["M54.50", "M54.59"], for: lbp)
    #expect(extra.extra == ["M54.59"])
    #expect(extra.score == 0)
    #expect(extra.textLines.last == "Score: 0/1")
    // The combination code instead of two codes.
    let sciatica = try #require(Self.library.scenario(named: "sciatica-and-lbp-separately"))
    let two = engine.grade(["M54.50", "M54.31"], for: sciatica)
    #expect(two.missing == ["M54.41"])
    #expect(two.extra == ["M54.50", "M54.31"])
    #expect(two.findings.contains { $0.ruleID == "ENC-09" })
    // Sequencing matters for pain management: G89.29 first.
    let chronic = try #require(Self.library.scenario(named: "chronic-lbp-pain-management"))
    let swapped = engine.grade(["m5450", "G89.29"], for: chronic)
    #expect(swapped.misSequenced == ["G89.29", "M54.50"])
    #expect(swapped.score == 0)
    // An alternative answer is accepted.
    let pregnancy = try #require(Self.library.scenario(named: "pregnancy-back-pain"))
    let alternative = engine.grade(["O99.891", "M54.50", "Z3A.24"], for: pregnancy)
    #expect(alternative.isFullMarks)
    #expect(alternative.isAlternative)
    // Where sequencing does not matter, only the first-listed code is placed.
    let other = engine.grade(["O26.892", "Z3A.24", "M54.50"], for: pregnancy)
    #expect(other.isFullMarks)
    // M54.5 was billable in FY2021 but is a header now.
    let old = try #require(Self.library.scenario(named: "lbp-before-october-2021"))
    #expect(engine.grade(["M54.5"], for: old).isFullMarks)
    #expect(engine.grade(["M54.50"], for: old).invalid == ["M54.50"])
  }

  @Test func showJSONHasTheDocumentedFields() throws {
    let scenario = try #require(Self.library.scenario(named: "unrelated-back-and-generalized-pain"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(scenario.detailJSON.utf8)) as? [String: Any])
    #expect(object["name"] as? String == "unrelated-back-and-generalized-pain")
    #expect(object["date"] as? String == "2026-05-01")
    #expect(object["expected"] as? [String] == ["M54.9", "R52"])
    #expect(object["unrelated"] as? [[String]] == [["M54.9", "R52"]])
    #expect((object["vignette"] as? String)?.isEmpty == false)
    let lbp = try #require(Self.library.scenario(named: "lbp-unspecified"))
    let plain = try #require(try JSONSerialization.jsonObject(with: Data(lbp.detailJSON.utf8)) as? [String: Any])
    #expect(plain["unrelated"] as? [[String]] == [])
  }

  @Test func malformedFilesAreNamedWithTheirLineAndTheOthersLoad() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("m54-scenarios-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.copyItem(
      at: Self.folder.appendingPathComponent("cervicalgia.json"), to: dir.appendingPathComponent("cervicalgia.json"))
    try Data("{\n  \"name\": \"broken\",\n  \"title\": \"x\"\n  \"date\": \"2026-05-01\"\n}\n".utf8)
      .write(to: dir.appendingPathComponent("broken.json"))
    try Data(
      "{\n  \"name\": \"bad-date\",\n  \"title\": \"x\",\n  \"vignette\": \"v\",\n  \"date\": \"2026-13-01\",\n  \"expected\": [\"M54.2\"]\n}\n"
        .utf8
    ).write(to: dir.appendingPathComponent("bad-date.json"))
    try Data(
      "{\n  \"name\": \"no-codes\",\n  \"title\": \"x\",\n  \"vignette\": \"v\",\n  \"date\": \"2026-05-01\",\n  \"expected\": \"M54.2\"\n}\n"
        .utf8
    )
    .write(to: dir.appendingPathComponent("no-codes.json"))
    let library = ScenarioLibrary.load(folder: dir)
    #expect(library.scenarios.map(\.name) == ["cervicalgia"])
    let byFile = Dictionary(
      uniqueKeysWithValues: library.problems.map { (URL(fileURLWithPath: $0.file).lastPathComponent, $0) })
    #expect(byFile["broken.json"]?.line == 4)
    #expect(byFile["broken.json"]?.problem == "not valid JSON")
    #expect(byFile["bad-date.json"]?.line == 5)
    #expect(byFile["bad-date.json"]?.problem.contains("date") == true)
    #expect(byFile["no-codes.json"]?.line == 6)
    #expect(
      byFile["no-codes.json"]?.description.hasSuffix("no-codes.json: line 6: \"expected\" should be a list of codes")
        == true)
  }
}
