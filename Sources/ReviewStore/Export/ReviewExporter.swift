import CodingCore

/// Writes a review as CSV or JSON Lines: one row per encounter (and per unreadable line).
public enum ReviewExporter {
  /// The export formats.
  public enum Format: String, CaseIterable, Sendable {
    case csv, jsonl, md, html
  }

  static let csvHeader =
    "line,encounter_id,date_of_service,coder,submitted_codes,decision,corrected_codes,changes,errors,reviewer,decided_at,note,findings_before,findings_after\n"

  /// The CSV export (formulas neutralised), written cell by cell into one byte buffer.
  public static func csv(_ rows: [ExportRow]) -> [UInt8] {
    var out = Array(csvHeader.utf8)
    appendCSV(rows, to: &out)
    return out
  }

  /// Appends the CSV rows of `rows` (no header).
  static func appendCSV(_ rows: [ExportRow], to out: inout [UInt8]) {
    out.reserveCapacity(out.count + rows.count * 160)
    func cell(_ text: String, last: Bool = false) {
      TextSafety.appendCSV(text, to: &out)
      out.append(last ? 0x0A : UInt8(ascii: ","))
    }
    for row in rows {
      guard let entry = row.entry else {
        let u = row.unreadable
        for (i, text) in [
          String(u?.line ?? 0), "", "", "", "", "unreadable", "", "", "", "", "", u?.problem ?? "", "", "",
        ]
        .enumerated() {
          cell(text, last: i == 13)
        }
        continue
      }
      let d = row.decision
      cell(String(entry.line))
      cell(entry.id)
      cell(entry.encounter.date.description)
      cell(entry.coder ?? "")
      cell(entry.codes.joined(separator: ";"))
      cell(d?.kind.rawValue ?? "")
      cell(d?.corrected?.joined(separator: ";") ?? "")
      cell(ExportRow.marks(d))
      cell(d.map { String($0.errors) } ?? "")
      cell(d?.reviewer ?? "")
      cell(d?.decidedAt ?? "")
      cell(d?.note ?? "")
      cell(row.before.map(ExportRow.brief).joined(separator: "; "))
      cell(row.after?.map(ExportRow.brief).joined(separator: "; ") ?? "", last: true)
    }
  }

  /// The JSON Lines export: one object per row.
  public static func jsonl(_ rows: [ExportRow]) -> [UInt8] {
    var w = JSONWriter()
    appendJSONL(rows, to: &w)
    return w.bytes
  }

  /// Appends the JSON Lines of `rows`.
  static func appendJSONL(_ rows: [ExportRow], to w: inout JSONWriter) {
    for row in rows {
      guard let entry = row.entry else {
        w.text("{\"line\":\(row.unreadable?.line ?? 0),\"unreadable\":")
        w.string(row.unreadable?.problem ?? "")
        w.raw("}\n")
        continue
      }
      w.text("{\"line\":\(entry.line),\"encounter_id\":")
      w.string(entry.id)
      w.raw(",\"date_of_service\":")
      w.string(entry.encounter.date.description)
      if let coder = entry.coder {
        w.raw(",\"coder\":")
        w.string(coder)
      }
      w.raw(",\"submitted_codes\":")
      w.strings(entry.codes)
      if let d = row.decision {
        w.raw(",\"decision\":")
        w.string(d.kind.rawValue)
        if let corrected = d.corrected {
          w.raw(",\"corrected_codes\":")
          w.strings(corrected)
          w.raw(",\"changes\":[")
          for (i, c) in d.changes.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{\"code\":")
            w.string(c.code)
            w.raw(",\"mark\":")
            w.string(c.mark.rawValue)
            if let reason = c.reason {
              w.raw(",\"reason\":")
              w.string(reason.rawValue)
            }
            if let note = c.note {
              w.raw(",\"note\":")
              w.string(note)
            }
            w.text(",\"weight\":\(c.weight)}")
          }
          w.raw("]")
        }
        w.text(",\"errors\":\(d.errors),\"reviewer\":")
        w.string(d.reviewer)
        w.raw(",\"decided_at\":")
        w.string(d.decidedAt)
        if let note = d.note {
          w.raw(",\"note\":")
          w.string(note)
        }
      } else {
        w.raw(",\"decision\":null")
      }
      w.raw(",\"findings_before\":")
      findings(row.before, to: &w)
      if let after = row.after {
        w.raw(",\"findings_after\":")
        findings(after, to: &w)
      }
      w.raw("}\n")
    }
  }

  private static func findings(_ list: [Finding], to w: inout JSONWriter) {
    w.raw("[")
    for (i, f) in list.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"kind\":")
      w.string(f.kind.rawValue)
      w.raw(",\"severity\":")
      w.string(f.severity.rawValue)
      w.raw(",\"codes\":")
      w.strings(f.codes)
      w.raw("}")
    }
    w.raw("]")
  }
}

extension JSONWriter {
  /// Appends text that is already JSON (numbers, punctuation).
  mutating func text(_ s: String) { bytes += Array(s.utf8) }
}
