/// Encounter rules beyond the Excludes notes (seed-rules.md section 5), each with its authority.
extension RuleTables {
  /// Appends the guideline findings that the options allow.
  mutating func guidelineFindings(_ encounter: Encounter) {
    let options = encounter.options
    let reportsInfo = options.reports(.info)
    if scratch.presentFlags & RuleEntry.sciatica != 0 && scratch.presentFlags & RuleEntry.lowBackPain != 0 {
      combinationCode(options)
    }
    if options.sourceArticleRules {
      if scratch.presentFlags & RuleEntry.chronicPain != 0 { chronicPain(encounter) }
      if reportsInfo { specificDiagnosis(options) }
    }
    if options.curatedRules && reportsInfo { unspecifiedSibling(options) }
  }

  /// Whether an entry carries a landmark flag.
  @inline(__always) private func under(_ e: Int32, _ flag: UInt32) -> Bool { codeIndex.entries[Int(e)].has(flag) }

  /// The position of the first present code with (or, when `set` is false, without) a flag; a
  /// plain loop, so that no closure captures the tables.
  private func firstPresent(_ flag: UInt32, set: Bool = true) -> Int? {
    for i in scratch.present.indices where codeIndex.entries[Int(scratch.present[i])].has(flag) == set { return i }
    return nil
  }

  func rule(_ id: String, _ statement: String, authority: Authority, citation: String) -> Evidence {
    Evidence(
      carrier: id, level: nil, noteKind: nil, noteText: statement, release: rules.releaseID, authority: authority,
      citation: citation)
  }

  /// Appends a pair rule's finding, built once per rule and ordered pair of codes.
  private mutating func ruleFinding(
    _ rule: UInt8, _ a: Int32, _ b: Int32, _ options: RuleOptions, build: (RuleTables) -> Finding
  ) {
    guard let x = node(a), let y = node(b) else { return emit(build(self), options) }
    let key = UInt64(rule) << 58 | UInt64(UInt32(x.rawValue)) << 29 | UInt64(UInt32(y.rawValue))
    if let hit = cache.pairRules.find(key) { return emit(hit, options) }
    let id = cache.keep(build(self))
    cache.pairRules.insert(key, FindingSlot(id))
    emit(id, options)
  }

  /// ENC-09: sciatica (M54.3x) with low back pain (M54.5x) is the combination code M54.4x.
  private mutating func combinationCode(_ options: RuleOptions) {
    guard options.reports(.warning), let combination = rules.landmarks.lumbagoWithSciatica,
      let s = firstPresent(RuleEntry.sciatica), let l = firstPresent(RuleEntry.lowBackPain)
    else { return }
    let sciatica = scratch.present[s]
    let lowBack = scratch.present[l]
    let codes = s < l ? [code(sciatica), code(lowBack)] : [code(lowBack), code(sciatica)]
    ruleFinding(s < l ? 9 : 10, sciatica, lowBack, options) { t in
      t.combinationFinding(sciatica, lowBack, combination: combination, codes: codes)
    }
  }

  /// The ENC-09 finding of one sciatica code and one low back pain code.
  func combinationFinding(_ sciatica: Int32, _ lowBack: Int32, combination: NodeID, codes: [String])
    -> Finding
  {
    let marks = rules.landmarks
    let release = rules.release
    var evidence: [Evidence] = []
    let own = marks.sciatica.flatMap { chains.ownSpan($0) }.map { span in
      chains.ranges[Int(span.rangeStart)..<Int(span.rangeStart + span.rangeCount)]
    }
    if let range = own?.first(where: {
      $0.kind == .excludes1 && $0.start <= combination.rawValue && combination.rawValue < $0.end
    }) {
      evidence.append(self.evidence(PairMatch(range: range, subject: sciatica, other: lowBack), role: .decides))
    }
    evidence.append(
      rule(
        "ENC-09", "Low back pain with sciatica is one combination code, M54.4- Lumbago with sciatica",
        authority: .officialTabular, citation: "official tabular, M54.4 \"Lumbago with sciatica\""))
    let sciaticaCode = code(sciatica)
    let lowBackCode = code(lowBack)
    let side = sciaticaCode.last.map(String.init) ?? "0"
    let suggestion =
      release.lookup(normalizedKey: "M544" + side).map { [release.code($0)] }
      ?? release.billableDescendants(combination).map { release.code($0) }
    return Finding(
      kind: .guideline, severity: .warning, codes: codes,
      message:
        "\(sciaticaCode) (sciatica) with \(lowBackCode) (low back pain): use the combination code \(CodeFindings.list(suggestion)) (Lumbago with sciatica) instead of both",
      authority: .officialTabular, evidence: evidence, suggestions: suggestion, ruleID: "ENC-09")
  }

  /// ENC-04 (explicit chronicity) and ENC-05 (sequencing) for G89.2- chronic pain codes.
  private mutating func chronicPain(_ encounter: Encounter) {
    guard let chronicIndex = firstPresent(RuleEntry.chronicPain) else { return }
    let options = encounter.options
    let chronicEntry = scratch.present[chronicIndex]
    let guideline = "consistent with ICD-10-CM Official Guidelines I.C.6.b (not in the shipped data)"
    let sequencing = "consistent with ICD-10-CM Official Guidelines I.C.6.b.1 (not in the shipped data)"
    let answer = encounter.answer(for: "G8929-CHRONIC-EXPLICIT")
    if answer != .yes && options.reports(answer == .no ? .warning : .info) {
      let chronic = code(chronicEntry)
      // Built before `emit` begins, so that no copy of the tables is needed to call `rule`.
      let finding = Finding(
        kind: .guideline, severity: answer == .no ? .warning : .info, codes: [chronic],
        message: answer == .no
          ? "\(chronic) without explicit provider documentation of chronic pain: omit it"
          : "\(chronic) only with explicit provider documentation of chronic pain (regardless of duration): confirm it",
        authority: .sourceArticle,
        evidence: [
          rule(
            "ENC-04", "Use G89.29 only when the provider explicitly documents chronicity, regardless of duration",
            authority: .sourceArticle, citation: SourceArticle.readable("seed 000:190, 296; \(guideline)"))
        ],
        ruleID: "ENC-04")
      emit(finding, options)
    }
    guard let siteIndex = firstPresent(RuleEntry.painCategory, set: false) else { return }
    var severity: Severity?
    var message = ""
    switch encounter.painManagementFocus {
    case true?:
      if chronicIndex != 0 || scratch.order.first != chronicEntry {
        severity = .warning
        message = "pain management is the focus of the visit: list \(code(chronicEntry)) first"
      }
    case false?:
      if chronicIndex < siteIndex {
        severity = .warning
        message =
          "pain management is not the focus of the visit: list the site code \(code(scratch.present[siteIndex])) before \(code(chronicEntry))"
      }
    case nil:
      if chronicIndex < siteIndex {
        severity = .info
        message =
          "\(code(chronicEntry)) is first-listed only when pain management is the visit's focus (not documented); otherwise list \(code(scratch.present[siteIndex])) first"
      }
    }
    if let severity, options.reports(severity) {
      let finding = Finding(
        kind: .guideline, severity: severity, codes: [code(chronicEntry), code(scratch.present[siteIndex])],
        message: message,
        authority: .sourceArticle,
        evidence: [
          rule(
            "ENC-05",
            "Site code first and G89.29 second, unless chronic pain management is the focus of the visit; then G89.29 first",
            authority: .sourceArticle, citation: SourceArticle.readable("seed 000:191-192; \(sequencing)"))
        ], ruleID: "ENC-05")
      emit(finding, options)
    }
  }

  /// ENC-03: a documented specific dorsopathy beside a general back-pain code (seed precedence rule).
  private mutating func specificDiagnosis(_ options: RuleOptions) {
    guard rules.landmarks.dorsalgia != nil, rules.landmarks.dorsopathies != nil else { return }
    let pains = scratch.present.filter { e in
      under(e, RuleEntry.dorsalgia) && !under(e, RuleEntry.sciatica) && !under(e, RuleEntry.lumbagoWithSciatica)
        && !under(e, RuleEntry.notGeneralPain)
    }
    guard !pains.isEmpty else { return }
    for specific in scratch.present
    where under(specific, RuleEntry.dorsopathies) && !under(specific, RuleEntry.dorsalgia) {
      for pain in pains where quickDecision(pain, specific, curated: false) != .excludes1 {
        let painCode = code(pain)
        let specificCode = code(specific)
        ruleFinding(3, pain, specific, options) { t in
          Finding(
            kind: .guideline, severity: .info, codes: [painCode, specificCode],
            message:
              "\(painCode) (general back pain) beside the specific diagnosis \(specificCode): the specific diagnosis takes precedence when it explains the pain",
            authority: .sourceArticle,
            evidence: [
              t.rule(
                "ENC-03", "A documented specific diagnosis takes precedence over general pain codes",
                authority: .sourceArticle,
                citation: SourceArticle.readable("seed 000:140; no tabular note for this pair"))
            ],
            ruleID: "ENC-03")
        }
      }
    }
  }

  /// ENC-21: an unspecified code beside a specified sibling is worth a look (lint, not an error).
  private mutating func unspecifiedSibling(_ options: RuleOptions) {
    for unspecified in scratch.present where isUnspecified(unspecified) {
      for other in scratch.present
      where other != unspecified && !isUnspecified(other)
        && codeIndex.entries[Int(other)].parent == codeIndex.entries[Int(unspecified)].parent
      {
        let a = code(unspecified)
        let b = code(other)
        ruleFinding(21, unspecified, other, options) { t in
          Finding(
            kind: .guideline, severity: .info, codes: [a, b],
            message:
              "\(a) (unspecified) beside its specified sibling \(b): worth a look; the specified code alone may describe the condition",
            authority: .curated,
            evidence: [
              t.rule(
                "ENC-21", "Lint: an unspecified code beside a specified sibling on one encounter",
                authority: .curated, citation: "M54 Workbench curated rule; no tabular note relates the siblings")
            ],
            ruleID: "ENC-21")
        }
      }
    }
  }
}
