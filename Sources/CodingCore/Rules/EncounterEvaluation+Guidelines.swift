/// Encounter rules beyond the Excludes notes (seed-rules.md section 5), each with its authority.
extension EncounterEvaluation {
  /// Appends the guideline findings that the options allow.
  func guidelineFindings(into findings: inout [Finding]) {
    let reportsInfo = encounter.options.reports(.info)
    combinationCode(into: &findings)
    if encounter.options.sourceArticleRules {
      chronicPain(into: &findings)
      if reportsInfo { specificDiagnosis(into: &findings) }
    }
    if encounter.options.curatedRules && reportsInfo { unspecifiedSibling(into: &findings) }
  }

  private func inSubtree(_ e: CodeEntry, _ ancestor: NodeID?) -> Bool {
    guard let node = e.node, let ancestor else { return false }
    return rules.release.isInSubtree(node, of: ancestor)
  }

  private func rule(_ id: String, _ statement: String, authority: Authority, citation: String) -> Evidence {
    Evidence(
      carrier: id, level: nil, noteKind: nil, noteText: statement, release: rules.releaseID, authority: authority,
      citation: citation)
  }

  /// ENC-09: sciatica (M54.3x) with low back pain (M54.5x) is the combination code M54.4x.
  func combinationCode(into findings: inout [Finding]) {
    let marks = rules.landmarks
    guard let sciatica = present.first(where: { inSubtree($0, marks.sciatica) }),
      let lowBack = present.first(where: { inSubtree($0, marks.lowBackPain) }),
      let combination = marks.lumbagoWithSciatica
    else { return }
    let order = present.filter { $0 === sciatica || $0 === lowBack }.map(\.dotted)
    findings.append(
      rules.ruleFinding(order.first == sciatica.dotted ? 9 : 10, sciatica.node, lowBack.node) {
        combinationFinding(sciatica, lowBack, combination: combination, codes: order)
      })
  }

  /// The ENC-09 finding of one sciatica code and one low back pain code.
  private func combinationFinding(_ sciatica: CodeEntry, _ lowBack: CodeEntry, combination: NodeID, codes: [String])
    -> Finding
  {
    let marks = rules.landmarks
    let release = rules.release
    var evidence: [Evidence] = []
    let ranges = sciatica.chain.first { $0.carrier == marks.sciatica }?.ranges ?? []
    if let range = ranges.first(where: {
      $0.kind == .excludes1 && $0.start <= combination.rawValue && combination.rawValue < $0.end
    }) {
      evidence.append(
        ExcludesPair.evidence(
          PairMatch(range: range, subject: sciatica, other: lowBack), role: .decides, rules: rules))
    }
    evidence.append(
      rule(
        "ENC-09", "Low back pain with sciatica is one combination code, M54.4- Lumbago with sciatica",
        authority: .officialTabular, citation: "M54.4 \"Lumbago with sciatica\"; seed-rules.md ENC-09"))
    let side = sciatica.dotted.last.map(String.init) ?? "0"
    let suggestion =
      release.lookup(normalizedKey: "M544" + side).map { [release.code($0)] }
      ?? release.billableDescendants(combination).map { release.code($0) }
    return Finding(
      kind: .guideline, severity: .warning, codes: codes,
      message:
        "\(sciatica.dotted) (sciatica) with \(lowBack.dotted) (low back pain): use the combination code \(CodeFindings.list(suggestion)) (Lumbago with sciatica) instead of both",
      authority: .officialTabular, evidence: evidence, suggestions: suggestion, ruleID: "ENC-09")
  }

  /// ENC-04 (explicit chronicity) and ENC-05 (sequencing) for G89.2- chronic pain codes.
  func chronicPain(into findings: inout [Finding]) {
    guard let chronicIndex = present.firstIndex(where: { inSubtree($0, rules.landmarks.chronicPain) }) else { return }
    let chronic = present[chronicIndex]
    let guideline = "consistent with ICD-10-CM Official Guidelines I.C.6.b (not in the supplied data)"
    let answer = encounter.answer(for: "G8929-CHRONIC-EXPLICIT")
    if answer != .yes {
      findings.append(
        Finding(
          kind: .guideline, severity: answer == .no ? .warning : .info, codes: [chronic.dotted],
          message: answer == .no
            ? "\(chronic.dotted) without explicit provider documentation of chronic pain: omit it"
            : "\(chronic.dotted) only with explicit provider documentation of chronic pain (regardless of duration): confirm it",
          authority: .sourceArticle,
          evidence: [
            rule(
              "ENC-04", "Use G89.29 only when the provider explicitly documents chronicity, regardless of duration",
              authority: .sourceArticle, citation: "seed 000:190, 296; \(guideline)")
          ],
          ruleID: "ENC-04"))
    }
    let hierarchy = rules.release.parent(rules.landmarks.chronicPain ?? NodeID(0))
    guard let siteIndex = present.firstIndex(where: { !inSubtree($0, hierarchy) }) else { return }
    let site = present[siteIndex]
    let evidence = [
      rule(
        "ENC-05",
        "Site code first and G89.29 second, unless chronic pain management is the focus of the visit; then G89.29 first",
        authority: .sourceArticle, citation: "seed 000:191-192; \(guideline).1")
    ]
    var severity: Severity?
    var message = ""
    switch encounter.painManagementFocus {
    case true?:
      if chronicIndex != 0 || entries.first?.key != chronic.key {
        severity = .warning
        message = "pain management is the focus of the visit: list \(chronic.dotted) first"
      }
    case false?:
      if chronicIndex < siteIndex {
        severity = .warning
        message =
          "pain management is not the focus of the visit: list the site code \(site.dotted) before \(chronic.dotted)"
      }
    case nil:
      if chronicIndex < siteIndex {
        severity = .info
        message =
          "\(chronic.dotted) is first-listed only when pain management is the visit's focus (not documented); otherwise list \(site.dotted) first"
      }
    }
    if let severity {
      findings.append(
        Finding(
          kind: .guideline, severity: severity, codes: [chronic.dotted, site.dotted], message: message,
          authority: .sourceArticle, evidence: evidence, ruleID: "ENC-05"))
    }
  }

  /// ENC-03: a documented specific dorsopathy beside a general back-pain code (seed precedence rule).
  func specificDiagnosis(into findings: inout [Finding]) {
    let marks = rules.landmarks
    guard let dorsalgia = marks.dorsalgia, let section = marks.dorsopathies else { return }
    let pains = present.filter { e in
      inSubtree(e, dorsalgia) && !inSubtree(e, marks.sciatica) && !inSubtree(e, marks.lumbagoWithSciatica)
        && !(e.dotted.hasPrefix("M54.0") || e.dotted.hasPrefix("M54.1"))
    }
    guard !pains.isEmpty else { return }
    for specific in present where inSubtree(specific, section) && !inSubtree(specific, dorsalgia) {
      for pain in pains where ExcludesPair.quickDecision(pain, specific, curated: false) != .excludes1 {
        findings.append(
          rules.ruleFinding(3, pain.node, specific.node) {
            Finding(
              kind: .guideline, severity: .info, codes: [pain.dotted, specific.dotted],
              message:
                "\(pain.dotted) (general back pain) beside the specific diagnosis \(specific.dotted): the specific diagnosis takes precedence when it explains the pain",
              authority: .sourceArticle,
              evidence: [
                rule(
                  "ENC-03", "A documented specific diagnosis takes precedence over general pain codes",
                  authority: .sourceArticle, citation: "seed 000:140; seed-rules.md P8 (no tabular note for this pair)")
              ],
              ruleID: "ENC-03")
          })
      }
    }
  }

  /// ENC-21: an unspecified code beside a specified sibling is worth a look (lint, not an error).
  func unspecifiedSibling(into findings: inout [Finding]) {
    for unspecified in present where unspecified.isUnspecified {
      for other in present where other !== unspecified && !other.isUnspecified && other.parent == unspecified.parent {
        findings.append(
          rules.ruleFinding(21, unspecified.node, other.node) {
            Finding(
              kind: .guideline, severity: .info, codes: [unspecified.dotted, other.dotted],
              message:
                "\(unspecified.dotted) (unspecified) beside its specified sibling \(other.dotted): worth a look; the specified code alone may describe the condition",
              authority: .curated,
              evidence: [
                rule(
                  "ENC-21", "Lint: an unspecified code beside a specified sibling on one encounter",
                  authority: .curated, citation: "seed-rules.md ENC-21; no tabular note relates the siblings")
              ],
              ruleID: "ENC-21")
          })
      }
    }
  }
}
