/// Writes one audited encounter in each output format (docs/audit-schema.md).
enum AuditRecordWriter {
  /// `{"encounter_id":…,"date_of_service":…,"release":…,"codes":[…],"findings":[…]}` and a newline,
  /// straight from the rules tables: kept findings are copied as rendered JSON. The fields are byte
  /// for byte those of ``EncounterResult/writeJSONFields(date:to:)`` (`m54 check --json`).
  static func jsonl(_ record: AuditRecord, _ t: RuleTables, to w: inout JSONWriter) {
    var id = record.id
    id.withUTF8 { jsonl(id: $0, date: record.encounter.date, t, to: &w) }
  }

  /// The same record from the id's bytes (a plain CSV line).
  static func jsonl(id: UnsafeBufferPointer<UInt8>, date: ServiceDate, _ t: RuleTables, to w: inout JSONWriter) {
    w.raw("{\"encounter_id\":")
    w.string(utf8: id)
    w.raw(",\"date_of_service\":\"")
    w.date(date)
    w.raw("\",\"release\":")
    w.string(t.rules.releaseID)
    w.raw(",\"codes\":[")
    t.codeBytes.withUnsafeBufferPointer { codes in
      for (i, e) in t.order.enumerated() {
        if i > 0 { w.byte(UInt8(ascii: ",")) }
        let entry = t.entries[Int(e)]
        let start = Int(entry.codeStart)
        w.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: codes[start..<(start + Int(entry.codeCount))]))
      }
    }
    w.raw("],\"findings\":[")
    t.store.json.withUnsafeBufferPointer { json in
      for (i, ref) in t.refs.enumerated() {
        if i > 0 { w.byte(UInt8(ascii: ",")) }
        if ref >= 0 {
          let span = t.store.spans[Int(ref)]
          let start = Int(span.start)
          w.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: json[start..<(start + Int(span.count))]))
        } else {
          t.dynamic[Int(-1 - ref)].writeJSON(to: &w)
        }
      }
    }
    w.raw("]}\n")
  }

  /// Appends a CSV field, quoted when needed.
  static func field(_ text: String, to w: inout JSONWriter) {
    if text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
      w.byte(UInt8(ascii: "\""))
      w.bytes.append(contentsOf: text.replacingOccurrences(of: "\"", with: "\"\"").utf8)
      w.byte(UInt8(ascii: "\""))
    } else {
      w.bytes.append(contentsOf: text.utf8)
    }
  }

  /// One row per finding; an encounter without findings gets one row with empty finding columns.
  static func csv(_ record: AuditRecord, _ result: EncounterResult, to w: inout JSONWriter) {
    let prefix = [record.id, record.encounter.date.description, result.release]
    let rows: [[String]] =
      result.findings.isEmpty
      ? [["", "", result.codes.joined(separator: ";"), "", "", "", "", ""]]
      : result.findings.map { f in
        [
          f.kind.rawValue, f.severity.rawValue, f.codes.joined(separator: ";"), f.authority.rawValue, f.carrier ?? "",
          f.level?.levelName ?? "", f.noteText ?? "", f.message,
        ]
      }
    for row in rows {
      for (i, value) in (prefix + row).enumerated() {
        if i > 0 { w.byte(UInt8(ascii: ",")) }
        field(value, to: &w)
      }
      w.byte(0x0A)
    }
  }

  /// `E0000001 2026-05-01 FY2026-April: M54.50 M54.41`, then one indented line per finding.
  static func text(_ record: AuditRecord, _ result: EncounterResult, to w: inout JSONWriter) {
    var line = "\(record.id) \(record.encounter.date) \(result.release): \(result.codes.joined(separator: " "))"
    if result.findings.isEmpty { line += " (no findings)" }
    line += "\n"
    for f in result.findings {
      line += "  \(f.severity.rawValue.uppercased()) \(f.kind.rawValue): \(f.message)\n"
    }
    w.bytes.append(contentsOf: line.utf8)
  }
}
