/// The documentation checklist of an encounter and the findings of items not documented.
extension RuleTables {
  /// The checklist lines for the encounter's codes (items for its codes, with the recorded answers):
  /// the hand-written items first, then, when `derived`, the items each code's official tabular
  /// notes and siblings give (see ``Release/derivedChecklist(for:)``).
  mutating func checklistLines(_ encounter: Encounter, derived: Bool = true) -> [ChecklistLine] {
    var order: [Int] = []
    var codes: [[String]] = []
    for e in scratch.present {
      for n32 in checklistItems(of: e) {
        let n = Int(n32)
        if let k = order.firstIndex(of: n) {
          codes[k].append(code(e))
        } else {
          order.append(n)
          codes.append([code(e)])
        }
      }
    }
    var lines: [ChecklistLine] = []
    lines.reserveCapacity(order.count)
    let items = rules.checklist.items
    for (k, n) in order.enumerated() {
      if items[n].authority == .sourceArticle && !encounter.options.sourceArticleRules { continue }
      lines.append(ChecklistLine(item: items[n], codes: codes[k], answer: encounter.answer(for: items[n].id)))
    }
    guard derived else { return lines }
    var seen = Set<Int32>()
    for e in scratch.present {
      guard let node = node(e), seen.insert(node.rawValue).inserted else { continue }
      for item in rules.release.derivedChecklist(for: node) {
        lines.append(ChecklistLine(item: item, codes: item.appliesTo, answer: encounter.answer(for: item.id)))
      }
    }
    return lines
  }

  /// Documentation findings: items answered `no` (and, when asked, required items still unknown).
  mutating func documentationFindings(_ encounter: Encounter) {
    guard !rules.checklist.items.isEmpty, !scratch.present.isEmpty else { return }
    guard !encounter.documentation.isEmpty || encounter.options.reportUnansweredItems else { return }
    // Derived items are read only when the encounter answers one (a batch's lines answer hand-written ones).
    let derived = encounter.documentation.keys.contains { $0.contains("-TAB-") }
    for line in checklistLines(encounter, derived: derived) where !Self.itemsOwnedByGuidelines.contains(line.item.id) {
      let item = line.item
      let severity: Severity
      switch line.answer {
      case .yes:
        continue
      case .no:
        severity = item.isRequired ? (item.consequence.action == "block" ? .error : .warning) : .info
      case .unknown:
        // Derived items are never reported unanswered: every code has some, and the record speaks for them.
        guard item.isRequired, item.origin == nil, encounter.options.reportUnansweredItems else { continue }
        severity = .info
      }
      guard encounter.options.reports(severity) else { continue }
      let state = line.answer == .no ? "not documented" : "not yet confirmed"
      emit(
        Finding(
          kind: .documentation, severity: severity, codes: line.codes,
          message: "\(item.id) \(state) (\(item.level.rawValue)): \(item.consequence.message)",
          authority: item.authority,
          evidence: [
            Evidence(
              carrier: item.id, level: nil, noteKind: nil, noteText: item.text, release: rules.releaseID,
              authority: item.authority,
              citation: item.citations.first.map { c in
                "\(SourceArticle.citation(source: c.source, lines: c.line.map { [$0] } ?? [])): “\(c.quote)”"
              })
          ],
          suggestions: item.consequence.suggestedCodes, ruleID: item.id), encounter.options)
    }
  }
}
