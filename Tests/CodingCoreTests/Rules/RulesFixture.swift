import CodingCore
import Foundation

/// The rules engine over the shipped releases, checklist and curated mapping, built once per test process.
enum RulesFixture {
  static let dataFolder = TestData.root.appendingPathComponent("Data")

  static let engine: RulesEngine = {
    do {
      return RulesEngine(
        codeSet: TestData.codeSet,
        checklist: try Checklist.load(from: dataFolder.appendingPathComponent("checklists.json")),
        curated: try CuratedReferences.load(from: dataFolder.appendingPathComponent("curated-references.json")))
    } catch {
      fatalError("cannot load the rules data: \(error)")
    }
  }()

  /// A date of service in FY2026-April.
  static let fy2026Date = date("2026-05-01")

  static func date(_ iso: String) -> ServiceDate {
    guard let date = ServiceDate(iso: iso) else { fatalError("bad date \(iso)") }
    return date
  }

  /// Checks codes on a FY2026 date (or another date).
  static func check(
    _ codes: [String], date: String = "2026-05-01", unrelated: [UnrelatedOverride] = [],
    documentation: [String: DocumentationAnswer] = [:], focus: Bool? = nil, options: RuleOptions = .standard
  ) -> EncounterResult {
    engine.check(
      Encounter(
        date: Self.date(date), codes: codes, unrelated: unrelated, documentation: documentation,
        painManagementFocus: focus, options: options))
  }

  /// The findings of one kind.
  static func findings(_ result: EncounterResult, _ kind: FindingKind) -> [Finding] {
    result.findings.filter { $0.kind == kind }
  }
}
