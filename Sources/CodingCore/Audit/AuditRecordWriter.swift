/// Writes one audited encounter in each output format (docs/audit-schema.md).
enum AuditRecordWriter {
  /// `{"encounter_id":…,"date_of_service":…,"release":…,"codes":[…],"findings":[…]}` and a newline,
  /// straight from the rules tables: kept findings are copied as rendered JSON. The fields are byte
  /// for byte those of ``EncounterResult/writeJSONFields(date:to:)`` (`m54 check --json`).
  static func jsonl(_ record: AuditRecord, _ t: borrowing RuleTables, to out: inout OutputBuffer) {
    var id = record.id
    id.withUTF8 { jsonl(id: $0, date: record.encounter.date, t, to: &out) }
  }

  /// The same record from the id's bytes (a plain CSV line).
  static func jsonl(
    id: UnsafeBufferPointer<UInt8>, date: ServiceDate, _ t: borrowing RuleTables, to out: inout OutputBuffer
  ) {
    out.append("{\"encounter_id\":")
    if JSONWriter.needsEscape(id) {
      var w = JSONWriter(capacity: id.count + 16)
      w.string(utf8: id)
      w.bytes.withUnsafeBufferPointer { out.append($0) }
    } else {
      out.append(UInt8(ascii: "\""))
      out.append(id)
      out.append(UInt8(ascii: "\""))
    }
    out.append(",\"date_of_service\":\"")
    writeDate(date, to: &out)
    t.releaseFields.withUnsafeBufferPointer { out.append($0) }
    t.codeIndex.codeBytes.withUnsafeBufferPointer { codes in
      t.codeIndex.entries.withUnsafeBufferPointer { entries in
        for (i, e) in t.scratch.order.enumerated() {
          if i > 0 { out.append(UInt8(ascii: ",")) }
          let entry = entries[Int(e)]
          if entry.codeCount <= 16 {
            out.append(entry.inlineCode, count: Int(entry.codeCount))
          } else {
            let start = Int(entry.codeStart)
            out.append(UnsafeBufferPointer(rebasing: codes[start..<(start + Int(entry.codeCount))]))
          }
        }
      }
    }
    out.append("],\"findings\":[")
    for (i, ref) in t.scratch.refs.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      if case .dynamic(let index) = ref.place {
        var w = JSONWriter(capacity: 512)
        t.scratch.dynamic[index].writeJSON(to: &w)
        w.bytes.withUnsafeBufferPointer { out.append($0) }
      } else {
        // Written once by the same ``Finding/writeJSON(to:)`` when the finding was kept.
        t.cache.appendJSON(ref, to: &out)
      }
    }
    out.append("]}\n")
  }

  /// Appends a date as `YYYY-MM-DD` (as ``JSONWriter/date(_:)``).
  @inline(__always) static func writeDate(_ date: ServiceDate, to out: inout OutputBuffer) {
    let (y, m, d) = (date.year, date.month, date.day)
    guard (0...9999).contains(y), (0...99).contains(m), (0...99).contains(d) else {
      var w = JSONWriter(capacity: 16)
      w.date(date)
      return w.bytes.withUnsafeBufferPointer { out.append($0) }
    }
    let zero = UInt8(ascii: "0")
    out.append(length: 10) { p in
      p[0] = zero + UInt8(truncatingIfNeeded: y / 1000)
      p[1] = zero + UInt8(truncatingIfNeeded: y / 100 % 10)
      p[2] = zero + UInt8(truncatingIfNeeded: y / 10 % 10)
      p[3] = zero + UInt8(truncatingIfNeeded: y % 10)
      p[4] = UInt8(ascii: "-")
      p[5] = zero + UInt8(truncatingIfNeeded: m / 10)
      p[6] = zero + UInt8(truncatingIfNeeded: m % 10)
      p[7] = UInt8(ascii: "-")
      p[8] = zero + UInt8(truncatingIfNeeded: d / 10)
      p[9] = zero + UInt8(truncatingIfNeeded: d % 10)
    }
  }

  /// Appends a CSV field, quoted when needed, with control characters visible and formulas
  /// neutralised (see ``SafeText/csvField(_:)``).
  static func field(_ raw: String, to w: inout JSONWriter) {
    var text = SafeText.csvField(raw)
    text.withUTF8 { quoted($0, to: &w) }
  }

  /// Appends `bytes` as a CSV field: in quotes, with quotes doubled, when they hold a comma, a quote
  /// or a line break (written from the bytes: no Foundation string search).
  private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, to w: inout JSONWriter) {
    let quote = UInt8(ascii: "\"")
    let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }
    if needsQuotes {
      w.byte(quote)
      var start = 0
      for (i, b) in bytes.enumerated() where b == quote {
        w.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...i]))
        w.byte(quote)
        start = i + 1
      }
      w.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
      w.byte(quote)
    } else {
      w.bytes.append(contentsOf: bytes)
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
    line = SafeText.visible(line)
    if result.findings.isEmpty { line += " (no findings)" }
    line += "\n"
    for f in result.findings {
      line += "  \(f.severity.rawValue.uppercased()) \(f.kind.rawValue): \(SafeText.visible(f.message))\n"
    }
    w.bytes.append(contentsOf: line.utf8)
  }
}
