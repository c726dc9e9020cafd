/// One run of the rules over one encounter: the per-code, pair, note, guideline and documentation checks.
struct EncounterEvaluation {
  let engine: RulesEngine
  let rules: ReleaseRules
  let encounter: Encounter
  /// One entry per typed code, in encounter order.
  let entries: [CodeEntry]
  /// The distinct codes of the release (first occurrences), in encounter order.
  let present: [CodeEntry]

  /// Checklist items whose "not documented" state a guideline rule reports instead.
  static let itemsOwnedByGuidelines: Set<String> = ["G8929-CHRONIC-EXPLICIT"]

  init(engine: RulesEngine, rules: ReleaseRules, encounter: Encounter, entries: [CodeEntry]) {
    self.engine = engine
    self.rules = rules
    self.encounter = encounter
    self.entries = entries
    var distinct: [CodeEntry] = []
    for e in entries where e.node != nil && !distinct.contains(where: { $0 === e }) { distinct.append(e) }
    present = distinct
  }

  /// Appends every finding, in a stable order.
  mutating func run(into findings: inout [Finding]) {
    codeFindings(into: &findings)
    for i in present.indices {
      for j in present.indices where j > i {
        if let f = rules.pairFinding(present[i], present[j], encounter: encounter) { findings.append(f) }
      }
    }
    if encounter.options.reportInstructionalNotes { instructionFindings(into: &findings) }
    guidelineFindings(into: &findings)
    documentationFindings(into: &findings)
    let options = encounter.options
    if options.minimumSeverity != .info {
      findings.removeAll { !options.reports($0.severity) && $0.overrideReason == nil }
    }
  }

  /// Empty encounter, duplicates, and each code's own finding.
  func codeFindings(into findings: inout [Finding]) {
    var seen: [(key: String, position: Int)] = []
    for (position, e) in entries.enumerated() where !e.key.isEmpty {
      if let earlier = seen.first(where: { $0.key == e.key }) {
        findings.append(
          Finding(
            kind: .duplicate, severity: .warning, codes: [e.dotted],
            message: "\(e.dotted) is listed more than once (positions \(earlier.position + 1) and \(position + 1))",
            authority: .officialGuideline, ruleID: "DUPLICATE"))
        continue
      }
      seen.append((e.key, position))
      if let f = e.finding { findings.append(f) }
    }
    if seen.isEmpty {
      findings.append(
        Finding(
          kind: .emptyEncounter, severity: .warning, codes: [], message: "the encounter has no code",
          authority: .officialGuideline, ruleID: "EMPTY"))
    }
  }

  /// Code first, Use additional code and Code also notes: satisfied by another code? sequenced before?
  func instructionFindings(into findings: inout [Finding]) {
    let release = rules.release
    let reportsInfo = encounter.options.reports(.info)
    for (position, e) in present.enumerated() {
      guard let node = e.node else { continue }
      for notes in e.chain {
        for ins in notes.instructions where reportsInfo || (ins.kind == .codeFirst && !ins.ranges.isEmpty) {
          var satisfiers: [Int] = []
          if !ins.ranges.isEmpty {
            for (k, other) in present.enumerated() where k != position {
              guard let o = other.node, !release.isInSubtree(o, of: node) else { continue }
              if ins.ranges.contains(where: { $0.range.contains(o) && ($0.qualifier?.admits(key: other.key) ?? true) })
              {
                satisfiers.append(k)
              }
            }
          }
          if satisfiers.isEmpty {
            // Unsatisfied or text only: depends on the code alone, so it is cached.
            guard reportsInfo else { continue }
            if let f = rules.instructionFinding(node: node, note: ins.note, build: { instructionFinding(e, ins, []) }) {
              findings.append(f)
            }
          } else if ins.kind == .codeFirst && !satisfiers.contains(where: { $0 < position }) {
            if let f = instructionFinding(e, ins, satisfiers) { findings.append(f) }
          }
        }
      }
    }
  }

  /// The finding of one instructional note of a code, given the encounter codes that satisfy it.
  func instructionFinding(_ e: CodeEntry, _ ins: Instruction, _ satisfiers: [Int]) -> Finding? {
    let release = rules.release
    guard let node = e.node else { return nil }
    let kind: FindingKind =
      ins.kind == .codeFirst ? .codeFirst : ins.kind == .useAdditionalCode ? .useAdditional : .codeAlso
    let note = release.note(index: ins.note)
    if note.text.allSatisfy({ $0 == " " }) { return nil }
    let evidence = Evidence(
      carrier: release.code(ins.carrier), level: release.kind(ins.carrier), noteKind: ins.kind, noteText: note.text,
      release: rules.releaseID, authority: .officialTabular, subject: e.dotted,
      path: ins.carrier == node ? [] : e.path(in: release))
    let head = "\(e.dotted): \(ins.kind.heading) at \(ExcludesPair.describe(evidence))"
    var codes = [e.dotted]
    let severity: Severity
    let message: String
    if ins.ranges.isEmpty {
      severity = .info
      message = "\(head) (text only; check it by hand)"
    } else if satisfiers.isEmpty {
      severity = .info
      message = "\(head): no code of the encounter is in it"
    } else {
      severity = .warning
      codes += satisfiers.map { present[$0].dotted }
      message =
        "\(head): \(satisfiers.map { present[$0].dotted }.joined(separator: ", ")) should be sequenced before \(e.dotted)"
    }
    let suggestions = ins.ranges.prefix(6).map { release.code($0.range.lowerBound) }
    return Finding(
      kind: kind, severity: severity, codes: codes, message: message, authority: .officialTabular,
      evidence: [evidence], suggestions: satisfiers.isEmpty ? suggestions : [])
  }

  /// The checklist lines for the encounter's codes.
  func checklistLines() -> [ChecklistLine] {
    var order: [Int] = []
    var codes: [[String]] = []
    for e in present {
      for n in e.checklistItems {
        if let k = order.firstIndex(of: n) {
          codes[k].append(e.dotted)
        } else {
          order.append(n)
          codes.append([e.dotted])
        }
      }
    }
    var lines: [ChecklistLine] = []
    lines.reserveCapacity(order.count)
    let items = engine.checklist.items
    for (k, n) in order.enumerated() {
      if items[n].authority == .sourceArticle && !encounter.options.sourceArticleRules { continue }
      lines.append(ChecklistLine(item: items[n], codes: codes[k], answer: encounter.answer(for: items[n].id)))
    }
    return lines
  }

  /// Documentation findings: items answered `no` (and, when asked, required items still unknown).
  func documentationFindings(into findings: inout [Finding]) {
    guard !engine.checklist.items.isEmpty, !present.isEmpty else { return }
    guard !encounter.documentation.isEmpty || encounter.options.reportUnansweredItems else { return }
    for line in checklistLines() where !Self.itemsOwnedByGuidelines.contains(line.item.id) {
      let item = line.item
      let severity: Severity
      switch line.answer {
      case .yes:
        continue
      case .no:
        severity = item.isRequired ? (item.consequence.action == "block" ? .error : .warning) : .info
      case .unknown:
        guard item.isRequired, encounter.options.reportUnansweredItems else { continue }
        severity = .info
      }
      let state = line.answer == .no ? "not documented" : "not yet confirmed"
      findings.append(
        Finding(
          kind: .documentation, severity: severity, codes: line.codes,
          message: "\(item.id) \(state) (\(item.level.rawValue)): \(item.consequence.message)",
          authority: item.authority,
          evidence: [
            Evidence(
              carrier: item.id, level: nil, noteKind: nil, noteText: item.text, release: rules.releaseID,
              authority: item.authority,
              citation: item.citations.first.map { c in "\(c.source)\(c.line.map { ":\($0)" } ?? ""): \(c.quote)" })
          ],
          suggestions: item.consequence.suggestedCodes, ruleID: item.id))
    }
  }
}
