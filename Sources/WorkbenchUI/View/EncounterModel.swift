import CodingCore

/// The encounter builder's content as lines; selection indexes follow
/// ``EncounterState/cursorPositions``.
public enum EncounterModel {
  /// Builds the lines at a content width.
  public static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    let enc = state.encounter
    let catalog = state.catalog
    var lines: [PaneLine] = []
    var dateLine = [
      Segment("Date of service ", .muted), Segment(enc.draft.date.description, .code), Segment("  release ", .muted),
      Segment(enc.report.release, .code),
    ]
    if state.pinnedRelease != nil { dateLine.append(Segment(" (pinned)", .muted)) }
    if enc.report.releaseNote != nil { dateLine.append(Segment(" ≈ nearest release", .findingInfo)) }
    lines += PaneLine.wrap(dateLine, width: width)
    lines.append(PaneLine([Segment("Codes (first-listed first)", .heading)]))
    var selection = 0
    let worst = worstSeverityByCode(enc.report)
    for (i, code) in enc.draft.codes.enumerated() {
      let key = catalog.resolve(code)
      let entry = key.flatMap { catalog.entry($0) }
      let marker: Segment = worst[code].map { Segment(String($0.label.prefix(1)) + " ", $0.role) } ?? Segment("  ")
      let title = entry?.title ?? "not an ICD-10-CM code in \(catalog.releaseName)"
      let role: StyleRole = entry == nil ? .findingError : (entry?.isBillable == true ? .billable : .header)
      let number = String(i + 1)
      lines.append(
        PaneLine(
          [marker, Segment("\(number). ", .muted), Segment(DisplayWidth.pad(code, to: 9), role), Segment(title)],
          selection: selection))
      selection += 1
    }
    let entryText = enc.entryText
    let typing = state.focus == .encounter && enc.typing
    lines.append(
      PaneLine(
        [
          Segment("  + ", .muted),
          entryText.isEmpty && !typing
            ? Segment(typing ? "" : "press i to type a code", .muted)
            : Segment(entryText + (typing ? "▏" : ""), .promptInput),
        ], selection: selection))
    selection += 1
    if typing {
      for (n, key) in enc.completions.enumerated() {
        guard let e = catalog.entry(key) else { continue }
        let chosen = enc.completion == n
        lines.append(
          PaneLine([
            Segment(chosen ? "    ▸ " : "    ↳ ", chosen ? .selected : .muted),
            Segment(e.code, chosen ? .selected : e.isBillable ? .billable : .header),
            Segment("  \(e.title)", chosen ? .selected : .muted),
          ]))
      }
    }
    let r = enc.report
    lines.append(PaneLine([]))
    if !state.lesson.hints {
      // A lesson with hints off: the findings stay selectable but say nothing until :grade.
      lines.append(PaneLine([Segment("Findings hidden: hints off (:hints on shows them)", .muted)]))
      for _ in r.findings {
        lines.append(PaneLine([Segment("  · hidden", .muted)], selection: selection))
        selection += 1
      }
      return lines
    }
    if r.findings.isEmpty {
      lines.append(PaneLine([Segment(enc.draft.codes.isEmpty ? "No codes yet." : "✓ No findings.", .findingOk)]))
    } else {
      lines.append(
        PaneLine([
          Segment("Findings ", .heading), Segment("✖ \(r.count(.error)) ", .findingError),
          Segment("▲ \(r.count(.warning)) ", .findingWarning), Segment("ℹ \(r.count(.info))", .findingInfo),
        ]))
    }
    for f in r.findings {
      var segs = [
        Segment(f.severity.label, f.severity.role), Segment(" \(f.kind.rawValue) ", .muted), Segment(f.message),
      ]
      if let note = f.noteText, !f.message.contains(note) {
        segs.append(Segment(" “\(note)”", f.kind == .excludes1 ? .noteExcludes1 : .noteOther))
      }
      if let reason = f.overrideReason { segs.append(Segment(" — unrelated: \(reason)", .findingInfo)) }
      lines += PaneLine.wrap(segs, width: width, indent: 4, selection: selection)
      selection += 1
    }
    return lines
  }

  private static func worstSeverityByCode(_ report: EncounterReport) -> [String: Severity] {
    var out: [String: Severity] = [:]
    for f in report.findings {
      for c in f.codes where out[c].map({ f.severity < $0 }) ?? true { out[c] = f.severity }
    }
    return out
  }
}
