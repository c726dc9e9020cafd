/// Checklist item ids the engine knows: hand-written ones and those derived from a release's tabular.
extension RulesEngine {
  /// Whether an id names a hand-written item or a derived item of a loaded release (`M5416-TAB-AXIS`).
  public func knowsChecklistItem(_ id: String) -> Bool {
    if checklist.item(id: id.uppercased()) != nil { return true }
    guard id.uppercased().contains("-TAB-") else { return false }
    return codeSet.releases.contains { $0.derivedChecklistItem(id: id) != nil }
  }

  /// The checklist lines of one code on a date of service (what a coder browsing the tree needs):
  /// its hand-written items, then those its official tabular notes and siblings give.
  public func checklist(forCode code: String, date: ServiceDate, options: RuleOptions = RuleOptions())
    -> [ChecklistLine]
  {
    checklist(for: Encounter(date: date, codes: [code], options: options))
  }
}
