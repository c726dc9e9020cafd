import CodingCore

/// The JSON of the workspace's hot path (findings of a decision, trail values), written byte by byte
/// with sorted keys as `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`) would, without its cost:
/// a decision writes three of them before its commit.
enum WorkspaceJSON {
  /// `[{"codes":[…],"kind":…,"message":…,"number":N,"severity":…}, …]`
  static func findings(_ list: [FindingSummary]) -> String {
    var w = JSONWriter(capacity: 64 + list.count * 160)
    w.raw("[")
    for (i, f) in list.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"codes\":")
      w.strings(f.codes)
      w.raw(",\"kind\":")
      w.string(f.kind.rawValue)
      w.raw(",\"message\":")
      w.string(f.message)
      w.raw(",\"number\":")
      w.text(String(f.number))
      w.raw(",\"severity\":")
      w.string(f.severity.rawValue)
      w.raw("}")
    }
    w.raw("]")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// A trail value: its present fields, keys sorted.
  static func trail(_ v: TrailValue) -> String {
    var w = JSONWriter(capacity: 256)
    var first = true
    func key(_ name: StaticString) {
      w.raw(first ? "{\"" : ",\"")
      w.raw(name)
      w.raw("\":")
      first = false
    }
    if let changes = v.changes {
      key("changes")
      w.raw("[")
      for (i, c) in changes.enumerated() {
        if i > 0 { w.raw(",") }
        w.raw("{\"code\":")
        w.string(c.code)
        w.raw(",\"mark\":")
        w.string(c.mark)
        if let note = c.note {
          w.raw(",\"note\":")
          w.string(note)
        }
        if let reason = c.reason {
          w.raw(",\"reason\":")
          w.string(reason)
        }
        w.raw("}")
      }
      w.raw("]")
    }
    if let corrected = v.corrected {
      key("corrected")
      w.strings(corrected)
    }
    if let finding = v.finding {
      key("finding")
      w.text(String(finding))
    }
    if let findingKind = v.findingKind {
      key("findingKind")
      w.string(findingKind)
    }
    if let kind = v.kind {
      key("kind")
      w.string(kind)
    }
    if let note = v.note {
      key("note")
      w.string(note)
    }
    if let reason = v.reason {
      key("reason")
      w.string(reason)
    }
    if let submitted = v.submitted {
      key("submitted")
      w.strings(submitted)
    }
    if let verdict = v.verdict {
      key("verdict")
      w.string(verdict)
    }
    w.raw(first ? "{}" : "}")
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
