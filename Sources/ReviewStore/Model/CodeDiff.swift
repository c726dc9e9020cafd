/// Compares submitted and corrected code lists code by code: added, deleted, resequenced, unchanged.
///
/// Each occurrence of a code is matched with the same occurrence in the other list. Matched codes that
/// keep their relative order (the longest such run) are unchanged; the other matched codes are
/// resequenced. Every change counts as one error, except the change at the first-listed position,
/// which counts as two: the submitted first-listed code when it is deleted or moved, otherwise the
/// corrected first-listed code when it is added or moved there.
public enum CodeDiff {
  /// The marked codes: the corrected codes in their order, then the deleted codes in submitted order.
  ///
  /// - Parameters:
  ///   - reasons: reasons given for codes; a changed code without one gets ``inferredReason``.
  ///   - findings: the findings on the submitted codes, used to infer reasons.
  public static func changes(
    submitted: [String], corrected: [String], reasons: [String: ChangeReason] = [:],
    findings: [FindingSummary] = []
  ) -> [CodeChange] {
    var matchedCorrected = [Int?](repeating: nil, count: submitted.count)
    var matchedSubmitted = [Int?](repeating: nil, count: corrected.count)
    var used = Set<Int>()
    for (i, code) in submitted.enumerated() {
      if let j = corrected.indices.first(where: { !used.contains($0) && corrected[$0] == code }) {
        used.insert(j)
        matchedCorrected[i] = j
        matchedSubmitted[j] = i
      }
    }
    let pairs = submitted.indices.compactMap { i in matchedCorrected[i].map { (i, $0) } }
    let keep = Set(longestIncreasingRun(pairs.map(\.1)).map { pairs[$0].0 })
    var marks: [CodeChange] = []
    for (j, code) in corrected.enumerated() {
      let i = matchedSubmitted[j]
      let mark: CodeMark = i == nil ? .added : keep.contains(i ?? -1) ? .unchanged : .resequenced
      marks.append(
        CodeChange(code: code, mark: mark, submittedPosition: i, correctedPosition: j, reason: nil, weight: 0))
    }
    for (i, code) in submitted.enumerated() where matchedCorrected[i] == nil {
      marks.append(
        CodeChange(code: code, mark: .deleted, submittedPosition: i, correctedPosition: nil, reason: nil, weight: 0))
    }
    let addedCategories = Set(marks.filter { $0.mark == .added }.map { String($0.code.prefix(3)) })
    let deletedCategories = Set(marks.filter { $0.mark == .deleted }.map { String($0.code.prefix(3)) })
    for k in marks.indices where marks[k].mark != .unchanged {
      marks[k].weight = 1
      marks[k].reason =
        reasons[marks[k].code]
        ?? inferredReason(
          marks[k], findings: findings,
          otherCategories: marks[k].mark == .added ? deletedCategories : addedCategories)
    }
    let firstSubmitted = marks.firstIndex { $0.submittedPosition == 0 && $0.mark != .unchanged && $0.mark != .added }
    let firstCorrected = marks.firstIndex { $0.correctedPosition == 0 && $0.mark != .unchanged }
    if let k = firstSubmitted ?? firstCorrected { marks[k].weight = 2 }
    return marks
  }

  /// The errors a list of changes counts for.
  public static func errors(_ changes: [CodeChange]) -> Int { changes.reduce(0) { $0 + $1.weight } }

  /// The reason assumed for a change no reason was given for: moved codes are `sequencing`; a deleted
  /// code with an Excludes1 error is `excludes1`, an invalid one `invalid-on-date`, a header or a code
  /// replaced by one of its category `specificity`, otherwise `not-documented`; an added code of a
  /// deleted code's category is `specificity`, otherwise `missed-code`.
  public static func inferredReason(
    _ change: CodeChange, findings: [FindingSummary], otherCategories: Set<String>
  ) -> ChangeReason {
    let category = String(change.code.prefix(3))
    switch change.mark {
    case .unchanged, .resequenced: return .sequencing
    case .added: return otherCategories.contains(category) ? .specificity : .missedCode
    case .deleted:
      let kinds = Set(findings.filter { $0.codes.contains(change.code) && $0.severity == .error }.map(\.kind))
      if kinds.contains(.excludes1) { return .excludes1 }
      if kinds.contains(.invalidCode) || kinds.contains(.notInRelease) { return .invalidOnDate }
      if kinds.contains(.nonBillable) || otherCategories.contains(category) { return .specificity }
      return .notDocumented
    }
  }

  /// The indices of a longest strictly increasing subsequence of `values`.
  static func longestIncreasingRun(_ values: [Int]) -> [Int] {
    guard !values.isEmpty else { return [] }
    var length = [Int](repeating: 1, count: values.count)
    var previous = [Int](repeating: -1, count: values.count)
    for i in values.indices {
      for j in 0..<i where values[j] < values[i] && length[j] + 1 > length[i] {
        length[i] = length[j] + 1
        previous[i] = j
      }
    }
    var k = length.indices.max { length[$0] < length[$1] || (length[$0] == length[$1] && $0 > $1) } ?? 0
    var run: [Int] = []
    while k >= 0 {
      run.append(k)
      k = previous[k]
    }
    return run.reversed()
  }
}
