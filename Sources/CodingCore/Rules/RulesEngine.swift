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
  /// Per-release tables, in the same order.
  let tables: [GuardedTables]

  /// Creates an engine over loaded releases, a checklist and a curated mapping.
  public init(codeSet: CodeSet, checklist: Checklist = .empty, curated: CuratedReferences = .empty) {
    self.codeSet = codeSet
    self.checklist = checklist
    self.curated = curated
    rules = codeSet.releases.map { ReleaseRules(release: $0, codeSet: codeSet, curated: curated, checklist: checklist) }
    tables = rules.map { GuardedTables(rules: $0) }
  }

  /// Creates an engine over the same releases and rules as `other`, with a copy of its tables.
  private init(copying other: RulesEngine) {
    codeSet = other.codeSet
    checklist = other.checklist
    curated = other.curated
    rules = other.rules
    tables = other.tables.map { GuardedTables(copying: $0) }
  }

  /// An engine for another thread of a large batch: the same releases and rules (nothing is
  /// loaded again) and a copy of the tables as they are now (codes entered, chains resolved,
  /// findings kept), so it starts warm and never waits for this engine's lock. One engine checks
  /// one encounter at a time; threads that each check many use a lane each.
  public func lane() -> RulesEngine { RulesEngine(copying: self) }

  /// Creates an engine, reading `checklists.json` and `curated-references.json` from the data folder
  /// (`Data/`, beside the shipped `icd10cm` folder).
  public static func load(codeSet: CodeSet, locator: DataLocator = .standard()) throws -> RulesEngine {
    RulesEngine(
      codeSet: codeSet, checklist: try Checklist.load(locator: locator),
      curated: try CuratedReferences.load(locator: locator))
  }

  /// The position of a release of this code set.
  func position(of release: Release) -> Int {
    for (i, r) in rules.enumerated() where r.release === release { return i }
    preconditionFailure("release \(release.info.id) is not part of the engine's code set")
  }

  /// Tells every release's tables that a batch of encounters follows (they make room on first use);
  /// for a `large` one, every code of a release is entered on first use.
  func prepareForBatch(large: Bool = false) {
    for t in tables {
      t.with {
        $0.expectsBatch = true
        $0.entersAllAtOnce = large
      }
    }
  }

  /// Checks an encounter and hands the tables holding the outcome to `body` (under the lock).
  ///
  /// - Parameters:
  ///   - date: the date of service when it is not `encounter.date` (a batch reuses one encounter
  ///     value for its plain lines).
  ///   - adding: adds the codes when they are not in `encounter.codes` (a batch line's bytes).
  ///   - lean: whether `body` reads only the findings' JSON (``RuleTables/finding(_:)`` is then
  ///     not available).
  func evaluate<T>(
    _ encounter: Encounter, on date: ServiceDate? = nil, adding: ((inout RuleTables) -> Void)? = nil,
    lean: Bool = false, _ body: (inout RuleTables, ReleaseSelection) -> T
  ) -> T {
    let date = date ?? encounter.date
    let selection = codeSet.select(for: date)
    return tables[position(of: selection.release)].with { t in
      t.setLean(lean)
      t.begin()
      if let adding {
        adding(&t)
      } else {
        for code in encounter.codes { t.add(typed: code) }
      }
      t.finish(encounter, date: date, approximation: selection.note)
      return body(&t, selection)
    }
  }

  /// Checks an encounter.
  ///
  /// - Parameter includeChecklist: whether to fill ``EncounterResult/checklist``.
  public func check(_ encounter: Encounter, includeChecklist: Bool = true) -> EncounterResult {
    evaluate(encounter) { t, selection in
      EncounterResult(
        release: t.rules.releaseID, isApproximate: selection.isApproximate, codes: t.codes, findings: t.findings,
        checklist: includeChecklist ? t.checklistLines(encounter) : [])
    }
  }

  /// The checklist lines of an encounter (items for its billable codes, with the recorded answers).
  public func checklist(for encounter: Encounter) -> [ChecklistLine] {
    tables[position(of: codeSet.select(for: encounter.date).release)].with { t in
      t.setLean(false)
      t.begin()
      for code in encounter.codes { t.add(typed: code) }
      t.resolvePresent()
      return t.checklistLines(encounter)
    }
  }

  /// What the Excludes notes of a release say about two codes (as typed), in both directions.
  /// Nil when either is not a code of the release.
  public func verdict(_ a: String, _ b: String, in release: Release) -> PairVerdict? {
    tables[position(of: release)].with { t in
      t.setLean(false)
      t.begin()
      let x = t.entry(key: CodeNormalizer.key(a))
      let y = t.entry(key: CodeNormalizer.key(b))
      guard t.node(x) != nil, t.node(y) != nil else { return nil }
      return t.verdict(x, y)
    }
  }
}
