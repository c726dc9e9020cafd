/// The plain-text form of a pair explanation, for `m54 explain` and the workbench's explain view.
extension PairExplanation {
  /// The explanation as lines of text (no trailing newlines).
  public var textLines: [String] {
    var lines: [String] = []
    lines.append("\(codes[0]) + \(codes[1]) · date of service \(date) · \(release)")
    if let releaseNote { lines.append(releaseNote) }
    lines.append("")
    lines.append("Verdict: \(verdict)")
    if let exception { lines.append("Exception (I.A.12.a): \(exception)") }
    lines.append("")
    for p in paths {
      if p.exists {
        lines.append("\(p.code)  \(p.title ?? "")\(p.isBillable ? "" : "  (not billable)")")
        lines.append("  Path: \(p.line)")
      } else {
        lines.append("\(p.code)  not a code in \(release)")
      }
    }
    if paths.contains(where: { $0.steps.contains { $0.carriesNote } }) {
      lines.append("  (* = the level that carries a note relating the two codes)")
    }
    lines.append("")
    if notes.isEmpty {
      lines.append("Notes relating them: none, at any level, in either direction.")
    } else {
      lines.append("Notes relating them (both directions):")
      for code in codes {
        let own = notes(carriedFor: code)
        let other = codes.first { $0 != code } ?? code
        guard !own.isEmpty else {
          lines.append("  \(code)'s notes naming \(other): none")
          continue
        }
        lines.append("  \(code)'s notes naming \(other):")
        for e in own { lines.append("    " + Self.noteLine(e, other: other)) }
      }
    }
    let shown = findings.filter { $0.kind != .excludes1 && $0.kind != .excludes2 }
    if !shown.isEmpty {
      lines.append("")
      lines.append("Other findings:")
      for f in shown {
        lines.append("  \(f.headline)")
        for e in f.evidence where e.noteKind == nil {
          lines.append("    \(e.carrier): \(e.noteText)\(e.citation.map { " (\($0))" } ?? "")")
        }
      }
    }
    lines.append("")
    lines.append("What the conventions say:")
    for c in conventions {
      lines.append("  \(c.kind.heading) (Official Guidelines \(c.section)): \(c.meaning).")
      lines.append("    \"\(c.definition)\"")
      if let e = c.exception { lines.append("    Exception: \"\(e)\"") }
    }
    if !otherReleases.isEmpty {
      lines.append("")
      lines.append("Other releases:")
      for r in otherReleases {
        for d in r.differences { lines.append("  \(r.release): \(d)") }
      }
    }
    return lines
  }

  /// `Excludes1 at subcategory M54.5 (M54.5 Low back pain): "lumbago with sciatica (M54.4-)" covers M54.4-`.
  static func noteLine(_ e: Evidence, other: String) -> String {
    var line = e.role == .overruled ? "overruled: " : ""
    line += "\(e.noteKind?.heading ?? "Note") at \(e.level?.levelName ?? "rule") \(e.carrier): \"\(e.noteText)\""
    if let reference = e.reference { line += " — reference \(reference) covers \(other)" }
    if !e.path.isEmpty, let subject = e.subject { line += "; inherited by \(subject)" }
    line += " [\(e.authority.label), \(e.release)]"
    if let citation = e.citation { line += " (\(citation))" }
    return line
  }
}
