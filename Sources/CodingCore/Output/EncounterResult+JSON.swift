extension EncounterResult {
  /// Writes the fields shared by an audit record and `m54 check --json`, without braces:
  /// `"date_of_service":…,"release":…,"codes":[…],"findings":[…]`.
  public func writeJSONFields(date: ServiceDate, to w: inout JSONWriter) {
    w.raw("\"date_of_service\":\"")
    w.bytes.append(contentsOf: date.description.utf8)
    w.raw("\",\"release\":")
    w.string(release)
    w.raw(",\"codes\":")
    w.strings(codes)
    w.raw(",\"findings\":[")
    for (i, f) in findings.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      f.writeJSON(to: &w)
    }
    w.byte(UInt8(ascii: "]"))
  }
}
