import CodingCore
import WorkbenchUI

/// The full rules engine of the core library as the workbench's source of
/// findings and checklist items.
public struct RulesEngineChecker: EncounterChecker {
  /// The engine (releases, checklist, curated references).
  public let engine: RulesEngine
  /// The releases the catalogs come from.
  public let library: CodingCoreLibrary

  public init(engine: RulesEngine, library: CodingCoreLibrary) {
    self.engine = engine
    self.library = library
  }

  public func check(_ draft: Encounter, catalog: any CodeCatalog, releaseNote: String?) -> EncounterReport {
    var encounter = draft
    // A pinned release is checked as of its first day, so the engine selects it.
    if let release = library.release(of: catalog), !release.info.covers(draft.date), releaseNote == nil,
      library.catalog(for: draft.date).catalog.releaseName != catalog.releaseName
    {
      encounter.date = release.info.effectiveFrom
    }
    let result = engine.check(encounter)
    let findings = result.findings.enumerated().sorted { a, b in
      a.element.severity != b.element.severity ? a.element.severity < b.element.severity : a.offset < b.offset
    }.map { Self.finding($0.element) }
    let checklist = result.checklist.map { line in
      ChecklistEntry(
        id: line.item.id, text: line.item.text, codes: line.codes, isRequired: line.item.isRequired,
        consequence: line.item.consequence.message, authority: line.item.authority.label,
        state: line.answer)
    }
    return EncounterReport(release: result.release, releaseNote: releaseNote, findings: findings, checklist: checklist)
  }

  private static func finding(_ f: Finding) -> EncounterFinding {
    var details = f.overruled.map { e in
      "Overruled: \(e.noteKind?.heading ?? "note") on \(e.carrier) “\(e.noteText)”"
    }
    if !f.suggestions.isEmpty { details.append("Suggestions: \(f.suggestions.joined(separator: ", "))") }
    if let citation = f.primaryEvidence?.citation { details.append("Citation: \(citation)") }
    return EncounterFinding(
      kind: f.kind, severity: f.severity, codes: f.codes, message: f.message,
      carrier: f.carrier, level: f.level?.levelName, noteText: f.noteText, authority: f.authority.label,
      overrideReason: f.overrideReason, details: details)
  }
}
