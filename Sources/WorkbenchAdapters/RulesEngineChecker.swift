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
    let checklist = result.checklist.map(Self.entry)
    return EncounterReport(release: result.release, releaseNote: releaseNote, findings: findings, checklist: checklist)
  }

  public func checklist(forCode code: String, catalog: any CodeCatalog, date: ServiceDate) -> [ChecklistEntry] {
    var day = date
    if let release = library.release(of: catalog), !release.info.covers(date) { day = release.info.effectiveFrom }
    return engine.checklist(forCode: code, date: day).map(Self.entry)
  }

  /// A checklist line as the workbench shows it: derived items name their note or sibling set, and
  /// open its carrier; hand-written items name their authority and open the first code they are for.
  static func entry(_ line: ChecklistLine) -> ChecklistEntry {
    let item = line.item
    let source = item.origin.map { "\($0.summary), official tabular" } ?? "hand-written, \(item.authority.label)"
    return ChecklistEntry(
      id: item.id, text: item.text, codes: line.codes, isRequired: item.isRequired,
      consequence: item.consequence.message, authority: item.authority.label, state: line.answer, source: source,
      target: item.origin?.target ?? line.codes.first)
  }

  private static func finding(_ f: Finding) -> EncounterFinding {
    var details = f.overruled.map { e in
      "Overruled: \(e.noteKind?.heading ?? "note") on \(e.carrier) “\(e.noteText)”"
    }
    if !f.suggestions.isEmpty { details.append("Suggestions: \(f.suggestions.joined(separator: ", "))") }
    if let citation = f.primaryEvidence?.citation { details.append("Citation: \(citation)") }
    // The reason is shown once, beside the finding, not also at the end of its message.
    var message = f.message
    if let reason = f.overrideReason, message.hasSuffix("; marked unrelated: \(reason)") {
      message.removeLast("; marked unrelated: \(reason)".count)
    }
    var finding = EncounterFinding(
      kind: f.kind, severity: f.severity, codes: f.codes, message: message,
      carrier: f.carrier, level: f.level?.levelName, noteText: f.noteText, authority: f.authority.label,
      overrideReason: f.overrideReason, details: details)
    finding.moreNotes = f.evidence.filter { $0.role == .decides && $0.noteKind != nil }.dropFirst().map { e in
      "\(e.noteKind?.heading ?? "Note") at \(e.level?.levelName ?? "rule") \(e.carrier): “\(e.noteText)”"
    }
    return finding
  }
}
