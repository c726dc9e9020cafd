/// Text and JSON forms of a graded lesson (`m54 lesson grade`, the workbench's lesson pane).
extension LessonGrade {
  /// The result as lines, ending with `Score: K/N`.
  public var textLines: [String] {
    var lines = ["Your answer:     \(answer.isEmpty ? "(none)" : answer.joined(separator: " "))"]
    lines.append(
      "Expected answer: \(accepted.joined(separator: " "))\(isAlternative ? "  (an accepted alternative)" : "")")
    lines.append(missing.isEmpty ? "Missing: none" : "Missing: \(missing.joined(separator: ", "))")
    var extraLine = extra.isEmpty ? "Extra: none" : "Extra (a point each): \(extra.joined(separator: ", "))"
    let notBillable = extra.filter { invalid.contains($0) }
    if !notBillable.isEmpty { extraLine += " (not billable on the date: \(notBillable.joined(separator: ", ")))" }
    lines.append(extraLine)
    lines.append(
      misSequenced.isEmpty ? "Mis-sequenced: none" : "Mis-sequenced: \(misSequenced.joined(separator: ", "))")
    if !findings.isEmpty {
      lines.append("Rules engine on your answer:")
      for f in findings { lines.append("  \(f.headline)") }
    }
    if !teaching.isEmpty {
      lines.append("Teaching points:")
      for t in teaching {
        lines.append("  - \(t.point)")
        lines.append("    [\(t.citation.text)]")
      }
    }
    lines.append("Score: \(score)/\(total)")
    return lines
  }

  /// The result as one JSON object.
  public var jsonString: String {
    var w = JSONWriter(capacity: 1024)
    w.raw("{\"name\":")
    w.string(scenario)
    w.raw(",\"answer\":")
    w.strings(answer)
    w.raw(",\"expected\":")
    w.strings(accepted)
    w.raw(",\"alternative\":")
    w.raw(isAlternative ? "true" : "false")
    w.raw(",\"score\":")
    w.integer(score)
    w.raw(",\"total\":")
    w.integer(total)
    w.raw(",\"missing\":")
    w.strings(missing)
    w.raw(",\"extra\":")
    w.strings(extra)
    w.raw(",\"mis_sequenced\":")
    w.strings(misSequenced)
    w.raw(",\"not_billable\":")
    w.strings(invalid)
    w.raw(",\"findings\":[")
    for (i, f) in findings.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      f.writeJSON(to: &w)
    }
    w.raw("],\"teaching\":[")
    for (i, t) in teaching.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.raw("{\"point\":")
      w.string(t.point)
      w.raw(",\"citation\":")
      w.string(t.citation.text)
      w.byte(UInt8(ascii: "}"))
    }
    w.raw("]}")
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
