import CodingCore
import Testing
import WorkbenchUI

/// A checker that lists one required item per code, so the checklist pane can
/// be driven without the rules engine.
private struct OneItemPerCodeChecker: EncounterChecker {
  func check(_ draft: Encounter, catalog: any CodeCatalog, releaseNote: String?) -> EncounterReport {
    let items = draft.codes.map { code in
      ChecklistEntry(
        id: "laterality-\(code)", text: "Laterality of \(code)", codes: [code], isRequired: true,
        consequence: "report the unspecified side", authority: "test",
        state: draft.documentation["laterality-\(code)"] ?? .unknown)
    }
    let findings = items.filter { $0.state == .no }.map {
      EncounterFinding(
        kind: .documentation, severity: .warning, codes: $0.codes,
        message: "\($0.text) not documented: \($0.consequence)")
    }
    return EncounterReport(release: catalog.releaseName, findings: findings, checklist: items)
  }
}

@Suite struct ChecklistTests {
  @Test func itemsCycleAndTheirConsequencesBecomeFindings() {
    let env = WorkbenchEnvironment(library: Fixtures.library, checker: OneItemPerCodeChecker())
    var s = WorkbenchSession(environment: env, width: 120, height: 40, date: Fixtures.date)
    #expect(s.screen.contains("Add codes to the encounter to see what must be"))
    s.send(.commandLine("add M54.41 M54.50"))
    s.press("4")
    #expect(s.line(containing: "[?] unknown  Laterality of M54.41") != nil)
    s.press("<Space>")
    #expect(s.line(containing: "[✓] documented  Laterality of M54.41") != nil)
    s.press("j n")
    #expect(s.line(containing: "[✗] not documented  Laterality of M54.50") != nil)
    #expect(s.screen.contains("→ report the unspecified side"))
    #expect(s.screen.contains("▲ WARN documentation Laterality of M54.50 not documented"))
    s.press("x")
    #expect(s.state.encounter.report.findings.isEmpty)
    #expect(s.state.encounter.draft.documentation == ["laterality-M54.41": .yes, "laterality-M54.50": .unknown])
  }
}
