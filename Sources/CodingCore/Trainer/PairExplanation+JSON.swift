/// The JSON form of a pair explanation (`m54 explain --json`).
extension PairExplanation {
  /// The explanation as one JSON object.
  public var jsonString: String {
    var w = JSONWriter(capacity: 4096)
    w.raw("{\"codes\":")
    w.strings(codes)
    w.raw(",\"date\":")
    w.string(date.description)
    w.raw(",\"release\":")
    w.string(release)
    if let releaseNote {
      w.raw(",\"release_note\":")
      w.string(releaseNote)
    }
    w.raw(",\"relation\":")
    w.string(relation.rawValue)
    w.raw(",\"decision\":")
    w.string(decision.rawValue)
    w.raw(",\"verdict\":")
    w.string(verdict)
    if let exception {
      w.raw(",\"exception\":")
      w.string(exception)
    }
    w.raw(",\"paths\":[")
    for (i, p) in paths.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.raw("{\"code\":")
      w.string(p.code)
      if let title = p.title {
        w.raw(",\"title\":")
        w.string(title)
      }
      w.raw(",\"billable\":")
      w.raw(p.isBillable ? "true" : "false")
      w.raw(",\"steps\":[")
      for (j, s) in p.steps.enumerated() {
        if j > 0 { w.byte(UInt8(ascii: ",")) }
        w.raw("{\"code\":")
        w.string(s.code)
        w.raw(",\"title\":")
        w.string(s.title)
        w.raw(",\"level\":")
        w.string(s.level.levelName)
        w.raw(",\"carries\":")
        w.strings(s.carries.map(\.elementName))
        w.byte(UInt8(ascii: "}"))
      }
      w.raw("]}")
    }
    w.raw("],\"notes\":[")
    for (i, e) in notes.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.raw("{\"role\":")
      w.string(e.role.rawValue)
      w.raw(",\"authority\":")
      w.string(e.authority.rawValue)
      e.writeFields(to: &w)
      w.byte(UInt8(ascii: "}"))
    }
    w.raw("],\"findings\":[")
    for (i, f) in findings.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      f.writeJSON(to: &w)
    }
    w.raw("],\"conventions\":[")
    for (i, c) in conventions.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.raw("{\"kind\":")
      w.string(c.kind.elementName)
      w.raw(",\"section\":")
      w.string(c.section)
      w.raw(",\"meaning\":")
      w.string(c.meaning)
      w.raw(",\"definition\":")
      w.string(c.definition)
      if let e = c.exception {
        w.raw(",\"exception\":")
        w.string(e)
      }
      w.raw(",\"citation\":")
      w.string(c.citation)
      w.byte(UInt8(ascii: "}"))
    }
    w.raw("],\"other_releases\":[")
    for (i, r) in otherReleases.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.raw("{\"release\":")
      w.string(r.release)
      if let relation = r.relation {
        w.raw(",\"relation\":")
        w.string(relation.rawValue)
      }
      w.raw(",\"relation_differs\":")
      w.raw(r.relationDiffers ? "true" : "false")
      w.raw(",\"differences\":")
      w.strings(r.differences)
      w.byte(UInt8(ascii: "}"))
    }
    w.raw("]}")
    return String(decoding: w.bytes, as: UTF8.self)
  }
}
