/// A learner's answer to a scenario, graded as a coding exam grades it.
///
/// One point per code of the accepted answer: the first-listed code scores only in first place; the
/// others score when present (and, where the scenario says sequencing matters, in order); every code
/// not in the answer costs a point (never below zero).
public struct LessonGrade: Sendable {
  /// The scenario's name.
  public var scenario: String
  /// The learner's codes, normalised, duplicates removed.
  public var answer: [String]
  /// The accepted answer graded against (the expected one, or the alternative that scores best).
  public var accepted: [String]
  /// Whether `accepted` is an alternative rather than the expected answer.
  public var isAlternative: Bool
  /// Points earned.
  public var score: Int
  /// Points possible.
  public var total: Int
  /// Codes of the accepted answer the learner left out.
  public var missing: [String]
  /// Codes the learner gave that are not in the accepted answer.
  public var extra: [String]
  /// Codes of the accepted answer given in the wrong place.
  public var misSequenced: [String]
  /// The learner's codes that are not billable codes on the scenario's date.
  public var invalid: [String]
  /// The rules engine's error and warning findings on the learner's answer.
  public var findings: [Finding]
  /// The scenario's teaching points.
  public var teaching: [TeachingPoint]

  /// Whether the answer earned every point.
  public var isFullMarks: Bool { score == total }
}

extension RulesEngine {
  /// Grades a learner's codes (as typed) against a scenario.
  public func grade(_ codes: [String], for scenario: Scenario) -> LessonGrade {
    let release = codeSet.select(for: scenario.date).release
    func normal(_ c: String) -> String { release.lookup(c).map { release.code($0) } ?? c.uppercased() }
    var answer: [String] = []
    for c in codes.map(normal) where !answer.contains(c) { answer.append(c) }
    let candidates = [scenario.expected] + scenario.alternatives
    var best: LessonGrade?
    for (i, candidate) in candidates.enumerated() {
      let g = Self.grade(answer, against: candidate.map(normal), sequencing: scenario.sequencing)
      if best == nil || g.score > (best?.score ?? 0) {
        best = LessonGrade(
          scenario: scenario.name, answer: answer, accepted: candidate.map(normal), isAlternative: i > 0,
          score: g.score, total: candidate.count, missing: g.missing, extra: g.extra, misSequenced: g.misSequenced,
          invalid: [], findings: [], teaching: scenario.teaching)
      }
    }
    var grade =
      best
      ?? LessonGrade(
        scenario: scenario.name, answer: answer, accepted: [], isAlternative: false, score: 0, total: 0, missing: [],
        extra: answer, misSequenced: [], invalid: [], findings: [], teaching: scenario.teaching)
    grade.invalid = answer.filter { c in release.lookup(c).map { !release.isBillable($0) } ?? true }
    if !answer.isEmpty {
      let result = check(scenario.encounter(codes: answer), includeChecklist: false)
      grade.findings = result.findings.filter { $0.severity <= .warning && $0.kind != .documentation }
    }
    return grade
  }

  /// The points of an answer against one accepted answer.
  static func grade(_ answer: [String], against accepted: [String], sequencing: Bool)
    -> (score: Int, missing: [String], extra: [String], misSequenced: [String])
  {
    var points = 0
    var missing: [String] = []
    var misSequenced: [String] = []
    for (i, code) in accepted.enumerated() {
      guard let at = answer.firstIndex(of: code) else {
        missing.append(code)
        continue
      }
      if i == 0 {
        if at == 0 { points += 1 } else { misSequenced.append(code) }
        continue
      }
      // Where sequencing matters, a later code of the answer given before this one puts it out of place.
      let outOfOrder =
        sequencing
        && (at == 0 || accepted[(i + 1)...].contains { later in answer.firstIndex(of: later).map { $0 < at } ?? false })
      if outOfOrder { misSequenced.append(code) } else { points += 1 }
    }
    let extra = answer.filter { !accepted.contains($0) }
    return (max(0, points - extra.count), missing, extra, misSequenced)
  }
}
