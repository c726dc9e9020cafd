import Foundation

/// The encounter rules engine: checks an ``Encounter`` against the release in effect on its date of
/// service and returns ``Finding``s and the documentation checklist.
///
/// Thread-safe and cheap to call on every keystroke: per-code work (lookup, the Excludes ranges of
/// the ancestor chain, the code's own findings) is computed once per release and cached.
///
/// ```swift
/// let engine = try RulesEngine.load(codeSet: codeSet)
/// let result = engine.check(Encounter(date: ServiceDate(iso: "2026-05-01")!, codes: ["M54.50", "M54.41"]))
/// result.findings.first?.kind  // .excludes1
/// ```
public final class RulesEngine: Sendable {
  /// The releases.
  public let codeSet: CodeSet
  /// The documentation checklist.
  public let checklist: Checklist
  /// The curated mapping of text-only notes.
  public let curated: CuratedReferences
  /// Per-release rules, in the order of `codeSet.releases`.
  let rules: [ReleaseRules]

  /// Creates an engine over loaded releases, a checklist and a curated mapping.
  public init(codeSet: CodeSet, checklist: Checklist = .empty, curated: CuratedReferences = .empty) {
    self.codeSet = codeSet
    self.checklist = checklist
    self.curated = curated
    rules = codeSet.releases.map { ReleaseRules(release: $0, codeSet: codeSet, curated: curated, checklist: checklist) }
  }

  /// Creates an engine, reading `checklists.json` and `curated-references.json` from the data folder
  /// (`Data/`, beside the shipped `icd10cm` folder).
  public static func load(codeSet: CodeSet, locator: DataLocator = .standard()) throws -> RulesEngine {
    RulesEngine(
      codeSet: codeSet, checklist: try Checklist.load(locator: locator),
      curated: try CuratedReferences.load(locator: locator))
  }

  /// The per-release rules of a release of this code set.
  func rules(for release: Release) -> ReleaseRules {
    for r in rules where r.release === release { return r }
    preconditionFailure("release \(release.info.id) is not part of the engine's code set")
  }

  /// Checks an encounter.
  ///
  /// - Parameter includeChecklist: whether to fill ``EncounterResult/checklist`` (the audit skips it).
  public func check(_ encounter: Encounter, includeChecklist: Bool = true) -> EncounterResult {
    let selection = codeSet.select(for: encounter.date)
    let rules = rules(for: selection.release)
    var findings: [Finding] = []
    if let note = selection.note {
      findings.append(
        Finding(
          kind: .releaseApproximate, severity: .info, codes: [], message: note, authority: .officialTabular,
          evidence: [
            Evidence(
              carrier: rules.releaseID, level: nil, noteKind: nil,
              noteText:
                "effective \(selection.release.info.effectiveFrom) to \(selection.release.info.effectiveThrough)",
              release: rules.releaseID, authority: .officialTabular)
          ]))
    }
    let entries = encounter.codes.map { rules.entry(typed: $0) }
    var evaluation = EncounterEvaluation(engine: self, rules: rules, encounter: encounter, entries: entries)
    evaluation.run(into: &findings)
    return EncounterResult(
      release: rules.releaseID, isApproximate: selection.isApproximate, codes: entries.map(\.dotted),
      findings: findings, checklist: includeChecklist ? evaluation.checklistLines() : [])
  }

  /// The checklist lines of an encounter (items for its billable codes, with the recorded answers).
  public func checklist(for encounter: Encounter) -> [ChecklistLine] {
    let rules = rules(for: codeSet.select(for: encounter.date).release)
    let entries = encounter.codes.map { rules.entry(key: CodeNormalizer.key($0)) }
    return EncounterEvaluation(engine: self, rules: rules, encounter: encounter, entries: entries).checklistLines()
  }

  /// What the Excludes notes of a release say about two codes (as typed), in both directions.
  /// Nil when either is not a code of the release.
  public func verdict(_ a: String, _ b: String, in release: Release) -> PairVerdict? {
    let rules = rules(for: release)
    let x = rules.entry(key: CodeNormalizer.key(a))
    let y = rules.entry(key: CodeNormalizer.key(b))
    guard x.node != nil, y.node != nil else { return nil }
    return ExcludesPair.verdict(x, y, rules: rules)
  }
}
