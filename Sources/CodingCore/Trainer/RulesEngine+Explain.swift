/// Pair explanations for trainers, built from the engine's own verdict and findings.
extension RulesEngine {
  /// Explains two codes (as typed) on a date of service.
  public func explain(_ a: String, _ b: String, date: ServiceDate) -> PairExplanation {
    let selection = codeSet.select(for: date)
    let release = selection.release
    let outcome = relation(a, b, date: date, in: release)
    let codes = outcome.codes
    let paths = codes.map { path($0, in: release, notes: outcome.notes) }
    let others = codeSet.releases.filter { $0 !== release }.compactMap {
      compare(a, b, in: $0, with: outcome.relation, paths: paths)
    }
    let excludes1Decides = outcome.decision == .excludes1 || outcome.decision == .curatedExcludes1
    return PairExplanation(
      codes: codes, date: date, release: release.info.id, releaseNote: selection.note, relation: outcome.relation,
      decision: outcome.decision,
      verdict: verdictLine(
        outcome.relation, decision: outcome.decision, codes: codes, notes: outcome.notes,
        findings: outcome.findings),
      exception: excludes1Decides ? ExcludesConvention.excludes1.exception : nil, paths: paths, notes: outcome.notes,
      findings: outcome.findings, conventions: ExcludesConvention.all, otherReleases: others)
  }

  /// The relation of a pair in one release (checked on `date`, or on the release's first day).
  func relation(_ a: String, _ b: String, date: ServiceDate, in release: Release)
    -> (relation: PairRelation, decision: PairVerdict.Decision, notes: [Evidence], findings: [Finding], codes: [String])
  {
    let verdict = self.verdict(a, b, in: release)
    let result = check(Encounter(date: date, codes: [a, b]), includeChecklist: false)
    let codes = result.codes.count == 2 ? result.codes : [a, b]
    let both = Set(codes)
    let validity: Set<FindingKind> = [.invalidCode, .nonBillable, .notInRelease, .releaseApproximate, .duplicate]
    let findings = result.findings.filter { f in
      validity.contains(f.kind) || (f.kind != .documentation && both.isSubset(of: Set(f.codes)) && f.codes.count > 1)
    }
    let decision = verdict?.decision ?? .none
    let notes = verdict?.evidence ?? []
    let hasE1 = notes.contains { $0.noteKind == .excludes1 && $0.authority == .officialTabular }
    let hasE2 = notes.contains { $0.noteKind == .excludes2 }
    let relation: PairRelation
    switch decision {
    case .excludes1 where hasE2, .excludes2 where hasE1: relation = .both
    case .excludes1: relation = .excludes1
    case .excludes2: relation = .excludes2
    case .curatedExcludes1: relation = hasE2 ? .both : .curatedExcludes1
    case .none:
      let rule = findings.contains { $0.kind == .guideline && $0.severity <= .warning }
      relation = rule ? .guideline : .none
    }
    return (relation, decision, notes, findings, codes)
  }

  /// A code's path in a release, with the levels that carry one of `notes` for it marked.
  func path(_ code: String, in release: Release, notes: [Evidence]) -> CodePath {
    guard let id = release.lookup(code) else { return CodePath(code: code, title: nil, isBillable: false, steps: []) }
    let dotted = release.code(id)
    let steps = ([id] + release.ancestors(id)).reversed().map { node -> PathStep in
      let stepCode = release.code(node)
      let level = release.kind(node)
      let kinds = notes.filter { $0.subject == dotted && $0.carrier == stepCode && $0.level == level }
        .compactMap(\.noteKind)
      var unique: [NoteKind] = []
      for k in kinds where !unique.contains(k) { unique.append(k) }
      return PathStep(code: stepCode, title: release.title(node), level: level, carries: unique)
    }
    return CodePath(code: dotted, title: release.title(id), isBillable: release.isBillable(id), steps: steps)
  }

  /// How the pair stands in another release, or nil when nothing differs.
  func compare(_ a: String, _ b: String, in other: Release, with relation: PairRelation, paths: [CodePath])
    -> ReleaseComparison?
  {
    var differences: [String] = []
    let id = other.info.id
    var missing = false
    for p in paths {
      guard let node = other.lookup(p.code) else {
        if p.exists { differences.append("\(p.code) is not a code in \(id)") }
        missing = true
        continue
      }
      let billable = other.isBillable(node)
      if !p.exists {
        differences.append("\(p.code) is a code in \(id)\(billable ? " (billable)" : " (a header)")")
      } else if billable != p.isBillable {
        differences.append(
          billable
            ? "\(p.code) is billable in \(id) (not in the release in force)"
            : "\(p.code) is not billable in \(id) (a header there)")
      }
    }
    var otherRelation: PairRelation?
    var differs = false
    if !missing {
      let r = self.relation(a, b, date: other.info.effectiveFrom, in: other).relation
      otherRelation = r
      if r != relation {
        differs = true
        differences.insert("the verdict differs in \(id): \(r.label) (in force: \(relation.label))", at: 0)
      }
    }
    return differences.isEmpty
      ? nil
      : ReleaseComparison(release: id, relation: otherRelation, relationDiffers: differs, differences: differences)
  }

  /// The one-line verdict.
  func verdictLine(
    _ relation: PairRelation, decision: PairVerdict.Decision, codes: [String], notes: [Evidence], findings: [Finding]
  ) -> String {
    let pair = "\(codes[0]) and \(codes[1])"
    let deciding = notes.first { $0.role == .decides }
    let at =
      deciding.map {
        " (\($0.noteKind?.heading ?? "note") at \($0.level?.levelName ?? "rule") \($0.carrier) \"\($0.noteText)\")"
      } ?? ""
    let unless = "; unless the conditions are unrelated (I.A.12.a)"
    switch relation {
    case .excludes1:
      return "Excludes1 conflict: \(pair) may not be reported together\(at)\(unless)"
    case .curatedExcludes1:
      return "Excludes1 (text-only note, curated mapping): \(pair) are probably not reported together\(at)\(unless)"
    case .excludes2:
      return "Excludes2: \(pair) may be reported together\(at) (I.A.12.b)"
    case .both:
      let decides =
        decision == .excludes2
        ? "the more specific Excludes2 decides: both may be reported (I.A.12.b)"
        : "the more specific Excludes1 decides: not together\(unless)"
      return "Excludes1 and Excludes2 both relate \(pair)\(at); \(decides)"
    case .guideline:
      let rule = findings.first { $0.kind == .guideline && $0.severity <= .warning }
      return "Guideline rule \(rule?.ruleID ?? ""): \(rule?.message ?? pair)"
    case .none:
      return "No relation: no Excludes note at any level relates \(pair)"
    }
  }
}
