/// Plain-text explanations of findings, for `m54 check`, audit text output and the workbench.
extension Finding {
  /// `ERROR excludes1 M54.50 + M54.41: message`.
  public var headline: String {
    codes.isEmpty
      ? "\(severity.rawValue.uppercased()) \(kind.rawValue): \(message)"
      : "\(severity.rawValue.uppercased()) \(kind.rawValue) \(codes.joined(separator: " + ")): \(message)"
  }

  /// One line per evidence: where the note is, its text, the path for inherited notes, the authority.
  public var explanationLines: [String] {
    var lines: [String] = []
    for e in evidence {
      var line = e.role == .overruled ? "overruled: " : ""
      if let kind = e.noteKind {
        line += "\(kind.heading) at \(e.level?.levelName ?? "rule") \(e.carrier): \"\(e.noteText)\""
      } else {
        line += "\(e.carrier): \(e.noteText)"
      }
      if let reference = e.reference { line += " [\(reference)]" }
      line += " — \(e.authority.label), \(e.release)"
      lines.append(line)
      if !e.path.isEmpty { lines.append("  inherited by \(e.subject ?? "") via \(e.path.joined(separator: " › "))") }
      if let citation = e.citation { lines.append("  \(citation)") }
    }
    // The reason is printed once: the message already ends with it when the engine wrote it there.
    if let overrideReason, !message.hasSuffix("marked unrelated: \(overrideReason)") {
      lines.append("marked unrelated: \(overrideReason)")
    }
    if !suggestions.isEmpty { lines.append("suggested: \(suggestions.joined(separator: ", "))") }
    return lines
  }
}
