/// Code first, Use additional code and Code also notes: satisfied by another code of the encounter?
/// Sequenced before it?
extension RuleTables {
  /// Appends the findings of the instructional notes of the encounter's codes.
  mutating func instructionFindings(_ options: RuleOptions) {
    let reportsInfo = options.reports(.info)
    for position in scratch.present.indices {
      let e = scratch.present[position]
      guard reportsInfo || codeIndex.entries[Int(e)].has(RuleEntry.codeFirstWithRanges), let node = node(e) else {
        continue
      }
      var s = Int(codeIndex.entries[Int(e)].head)
      while s > 0 {
        let span = chains.carriers[s]
        s = Int(span.next)
        for i in Int(span.instructionStart)..<Int(span.instructionStart + span.instructionCount) {
          // Looked at in place first: most notes are skipped below the info level.
          let isCodeFirst = chains.instructionRanges[i].isCodeFirst
          let hasRanges = chains.instructionRanges[i].count > 0
          guard reportsInfo || (isCodeFirst && hasRanges) else { continue }
          let first = hasRanges ? satisfier(of: i, after: -1, position: position, node: node) : nil
          guard let first else {
            // Unsatisfied or text only: depends on the code alone, so it is kept.
            guard reportsInfo else { continue }
            let ins = chains.instructions[i]
            let key = UInt64(UInt32(node.rawValue)) << 32 | UInt64(UInt32(ins.note))
            let slot: FindingSlot
            if let hit = cache.notes.find(key) {
              slot = hit
            } else {
              slot = FindingSlot(instructionFinding(e, ins, []).map { cache.keep($0) })
              cache.notes.insert(key, slot)
            }
            emit(slot, options)
            continue
          }
          guard isCodeFirst && first > position else { continue }
          var satisfiers = [first]
          while let next = satisfier(of: i, after: satisfiers[satisfiers.count - 1], position: position, node: node) {
            satisfiers.append(next)
          }
          if let f = instructionFinding(e, chains.instructions[i], satisfiers) { emit(f, options) }
        }
      }
    }
  }

  /// The first position after `after` (other than `position`, whose code is `node`) of a code of
  /// the encounter that instruction `i` references; codes under `node` do not count.
  private func satisfier(of i: Int, after: Int, position: Int, node: NodeID) -> Int? {
    let release = rules.release
    let span = chains.instructionRanges[i]
    return chains.instructionTriples.withUnsafeBufferPointer { q in
      var k = after + 1
      while k < scratch.present.count {
        defer { k += 1 }
        guard k != position, let o = self.node(scratch.present[k]) else { continue }
        for t in Int(span.start)..<Int(span.start + span.count)
        where q[3 * t] <= o.rawValue && o.rawValue < q[3 * t + 1] {
          // Codes under the noted code do not count (checked only once a range matches).
          if release.isInSubtree(o, of: node) { break }
          if q[3 * t + 2] != 0, let qualifier = chains.instructions[i].ranges[t - Int(span.start)].qualifier,
            !qualifier.admits(key: key(scratch.present[k]))
          {
            continue
          }
          return k
        }
      }
      return nil
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
    let others = satisfiers.map { self.code(scratch.present[$0]) }
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
