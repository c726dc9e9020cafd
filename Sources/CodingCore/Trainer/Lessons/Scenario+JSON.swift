/// The JSON forms of scenarios for `m54 lesson list --json` and `m54 lesson show NAME --json`.
extension Scenario {
  /// `{"name":...,"title":...,"date":...,"tags":[...]}` for lists.
  public var summaryJSON: String {
    var w = JSONWriter(capacity: 256)
    w.raw("{\"name\":")
    w.string(name)
    w.raw(",\"title\":")
    w.string(title)
    w.raw(",\"date\":")
    w.string(date.description)
    w.raw(",\"tags\":")
    w.strings(tags)
    w.byte(UInt8(ascii: "}"))
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// The whole scenario: name, title, date, vignette, expected (in sequence), unrelated (two-code
  /// arrays), alternatives, sequencing, tags, checklist and teaching points.
  public var detailJSON: String {
    var w = JSONWriter(capacity: 2048)
    w.raw("{\"name\":")
    w.string(name)
    w.raw(",\"title\":")
    w.string(title)
    w.raw(",\"date\":")
    w.string(date.description)
    w.raw(",\"vignette\":")
    w.string(vignette)
    w.raw(",\"expected\":")
    w.strings(expected)
    w.raw(",\"sequencing\":")
    w.raw(sequencing ? "true" : "false")
    w.raw(",\"alternatives\":[")
    for (i, a) in alternatives.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.strings(a)
    }
    w.raw("],\"unrelated\":[")
    for (i, u) in unrelated.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.strings(u.codes)
    }
    w.raw("],\"tags\":")
    w.strings(tags)
    w.raw(",\"checklist\":{")
    for (i, key) in checklist.keys.sorted().enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.string(key)
      w.byte(UInt8(ascii: ":"))
      w.string(checklist[key]?.rawValue ?? "unknown")
    }
    w.raw("},\"teaching\":[")
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

  /// The scenario as text for `m54 lesson show` and the lesson pane (the answer is not shown).
  public var textLines: [String] {
    var lines = ["\(title)  [\(name)]", "Date of service: \(date)"]
    if !tags.isEmpty { lines.append("Tags: \(tags.joined(separator: ", "))") }
    lines.append("")
    lines.append(vignette)
    lines.append("")
    lines.append(
      sequencing
        ? "Code this encounter in sequence (the order of every code is graded)."
        : "Code this encounter (the first-listed code is graded on its own).")
    return lines
  }
}
