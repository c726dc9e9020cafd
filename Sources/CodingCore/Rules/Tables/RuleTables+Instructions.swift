/// Code first, Use additional code and Code also notes: satisfied by another code of the encounter?
/// Sequenced before it?
extension RuleTables {
  /// Appends the findings of the instructional notes of the encounter's codes.
  mutating func instructionFindings(_ options: RuleOptions) {
    let reportsInfo = options.reports(.info)
    for position in present.indices {
      let e = present[position]
      guard reportsInfo || entries[Int(e)].has(RuleEntry.codeFirstWithRanges), let node = node(e) else { continue }
      let entry = entries[Int(e)]
      let release = rules.release
      var s = Int(entry.head)
      while s > 0 {
        let span = carriers[s]
        s = Int(span.next)
        for i in Int(span.instructionStart)..<Int(span.instructionStart + span.instructionCount) {
          // Looked at in place first: most notes are skipped below the info level.
          guard reportsInfo || (instructions[i].kind == .codeFirst && !instructions[i].ranges.isEmpty) else { continue }
          let ins = instructions[i]
          var satisfiers: [Int] = []
          if !ins.ranges.isEmpty {
            for (k, other) in present.enumerated() where k != position {
              guard let o = self.node(other), !release.isInSubtree(o, of: node) else { continue }
              for r in ins.ranges where r.range.contains(o) {
                if let qualifier = r.qualifier, !qualifier.admits(key: key(other)) { continue }
                satisfiers.append(k)
                break
              }
            }
          }
          if satisfiers.isEmpty {
            // Unsatisfied or text only: depends on the code alone, so it is kept.
            guard reportsInfo else { continue }
            let key = UInt64(UInt32(node.rawValue)) << 32 | UInt64(UInt32(ins.note))
            let id: Int32
            if let hit = noteCache.find(key) {
              id = hit
            } else {
              id = instructionFinding(e, ins, []).map { store.add($0) } ?? Self.noFinding
              noteCache.insert(key, id)
            }
            if id != Self.noFinding { emit(id, options) }
          } else if ins.kind == .codeFirst, let first = satisfiers.first, first > position {
            if let f = instructionFinding(e, ins, satisfiers) { emit(f, options) }
          }
        }
      }
    }
  }

  /// The finding of one instructional note of a code, given the encounter codes that satisfy it.
  func instructionFinding(_ e: Int32, _ ins: Instruction, _ satisfiers: [Int]) -> Finding? {
    let release = rules.release
    guard let node = node(e) else { return nil }
    let kind: FindingKind =
      ins.kind == .codeFirst ? .codeFirst : ins.kind == .useAdditionalCode ? .useAdditional : .codeAlso
    let text = release.noteText(index: ins.note)
    if text.allSatisfy({ $0 == " " }) { return nil }
    let code = code(e)
    let evidence = Evidence(
      carrier: release.code(ins.carrier), level: release.kind(ins.carrier), noteKind: ins.kind, noteText: text,
      release: rules.releaseID, authority: .officialTabular, subject: code,
      path: ins.carrier == node ? [] : path(e))
    let head = "\(code): \(ins.kind.heading) at \(ExcludesPair.describe(evidence))"
    var codes = [code]
    let severity: Severity
    let message: String
    let others = satisfiers.map { self.code(present[$0]) }
    if ins.ranges.isEmpty {
      severity = .info
      message = "\(head) (text only; check it by hand)"
    } else if satisfiers.isEmpty {
      severity = .info
      message = "\(head): no code of the encounter is in it"
    } else {
      severity = .warning
      codes += others
      message = "\(head): \(others.joined(separator: ", ")) should be sequenced before \(code)"
    }
    let suggestions = ins.ranges.prefix(6).map { release.code($0.range.lowerBound) }
    return Finding(
      kind: kind, severity: severity, codes: codes, message: message, authority: .officialTabular,
      evidence: [evidence], suggestions: satisfiers.isEmpty ? suggestions : [])
  }
}
