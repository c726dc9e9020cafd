import CodingCore

/// The lines of the explain view, styled, from the core's ``PairExplanation`` (every word comes from it).
enum ExplainModel {
  /// The style of a relation's verdict.
  static func role(_ relation: PairRelation, decision: PairVerdict.Decision) -> StyleRole {
    switch relation {
    case .excludes1, .curatedExcludes1: .findingError
    case .both: decision == .excludes2 ? .noteExcludes2 : .findingError
    case .excludes2: .noteExcludes2
    case .guideline: .findingWarning
    case .none: .findingOk
    }
  }

  /// The symbol in front of a verdict (never colour alone).
  static func symbol(_ relation: PairRelation, decision: PairVerdict.Decision) -> String {
    switch relation {
    case .excludes1, .curatedExcludes1: "✖"
    case .both: decision == .excludes2 ? "✓" : "✖"
    case .excludes2, .none: "✓"
    case .guideline: "▲"
    }
  }

  /// The verdict's name in large, letter-spaced capitals (projector mode).
  static func large(_ relation: PairRelation) -> String {
    let name = relation.label.split(separator: "(").first.map(String.init) ?? relation.label
    return name.uppercased().split(separator: " ").map { $0.map(String.init).joined(separator: " ") }
      .joined(separator: "   ")
  }

  /// Every line, each selectable so that the view scrolls line by line.
  static func lines(_ state: AppState, width: Int) -> [PaneLine] {
    guard let x = state.explain.explanation else {
      return [PaneLine([Segment("No pair: :explain A B, or Enter on a pair finding or a matrix cell.", .muted)])]
    }
    let presenting = state.lesson.presenting
    var out: [PaneLine] = []
    func add(_ segments: [Segment], indent: Int = 2) {
      out += PaneLine.wrap(segments, width: width, indent: indent)
    }
    add([
      Segment("\(x.codes[0]) + \(x.codes[1])", .code), Segment("  date of service \(x.date) · \(x.release)", .muted),
    ])
    if let note = x.releaseNote { add([Segment(note, .findingInfo)]) }
    let verdictRole = role(x.relation, decision: x.decision)
    let mark = symbol(x.relation, decision: x.decision)
    if presenting {
      out.append(PaneLine([]))
      let name = x.relation.label.split(separator: "(").first.map(String.init) ?? x.relation.label
      if let rows = BlockLetters.rows(name.trimmingCharacters(in: .whitespaces), width: width - 3) {
        for (i, row) in rows.enumerated() {
          out.append(PaneLine([Segment(i == 1 ? "\(mark)  " : "   "), Segment(row, verdictRole)]))
        }
      } else {
        add([Segment("\(mark)  \(large(x.relation))", verdictRole)])
      }
      out.append(PaneLine([]))
    }
    add([Segment("\(mark) Verdict: ", .heading), Segment(x.verdict, verdictRole)])
    if let exception = x.exception { add([Segment("Exception (I.A.12.a): ", .heading), Segment(exception)]) }
    out.append(PaneLine([]))
    for p in x.paths {
      guard p.exists else {
        add([Segment(p.code, .code), Segment(" is not a code in \(x.release)", .findingError)])
        continue
      }
      add([
        Segment(p.code, p.isBillable ? .billable : .header),
        Segment("  \(p.title ?? "")\(p.isBillable ? "" : " (not billable)")"),
      ])
      var segments = [Segment("  Path: ", .muted)]
      for (i, step) in p.steps.enumerated() {
        if i > 0 { segments.append(Segment(" › ", .muted)) }
        let label = i == p.steps.count - 1 ? step.code : "\(step.code) \(step.title)"
        segments.append(step.carriesNote ? Segment("\(label) [\(step.level.levelName) note]", .level) : Segment(label))
      }
      add(segments, indent: 4)
    }
    out.append(PaneLine([]))
    if x.notes.isEmpty {
      add([Segment("Notes relating them: none, at any level, in either direction.", .heading)])
    } else {
      add([Segment("Notes relating them (both directions):", .heading)])
      for code in x.codes {
        let other = x.codes.first { $0 != code } ?? code
        let own = x.notes(carriedFor: code)
        add([Segment("\(code)'s notes naming \(other):\(own.isEmpty ? " none" : "")", .code)])
        for e in own {
          let kindRole: StyleRole = e.noteKind == .excludes2 ? .noteExcludes2 : .noteExcludes1
          var segments = [
            Segment(e.role == .overruled ? "  overruled: " : "  "),
            Segment(e.noteKind?.heading ?? "Note", kindRole),
            Segment(" at \(e.level?.levelName ?? "") \(e.carrier): ", .level),
            Segment("\"\(e.noteText)\""),
          ]
          if let r = e.reference { segments.append(Segment(" — reference \(r) covers \(other)", .reference)) }
          add(segments, indent: 6)
        }
      }
    }
    let others = x.findings.filter { $0.kind != .excludes1 && $0.kind != .excludes2 }
    if !others.isEmpty {
      out.append(PaneLine([]))
      add([Segment("Other findings:", .heading)])
      for f in others {
        add(
          [
            Segment(
              "  \(f.severity.rawValue.uppercased()) ",
              f.severity == .error ? .findingError : f.severity == .warning ? .findingWarning : .findingInfo),
            Segment(f.message),
          ], indent: 4)
      }
    }
    out.append(PaneLine([]))
    add([Segment("What the conventions say:", .heading)])
    for c in x.conventions {
      add(
        [
          Segment("  \(c.kind.heading) (\(c.section)): ", c.kind == .excludes1 ? .noteExcludes1 : .noteExcludes2),
          Segment(c.meaning + "."),
        ], indent: 4)
      if !presenting { add([Segment("    \"\(c.definition)\"", .muted)], indent: 4) }
    }
    if !x.otherReleases.isEmpty {
      out.append(PaneLine([]))
      add([Segment("Other releases:", .heading)])
      for r in x.otherReleases {
        for d in r.differences { add([Segment("  \(r.release): ", .code), Segment(d)], indent: 4) }
      }
    }
    return out.enumerated().map { PaneLine($0.element.segments, selection: $0.offset) }
  }
}
