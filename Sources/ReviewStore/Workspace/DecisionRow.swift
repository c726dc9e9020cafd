import Foundation
import GRDB

/// Maps a ``Decision`` to and from its `decision` and `code_change` rows.
enum DecisionRow {
  static let columns =
    "encounter_id, line, coder, submitted_codes, kind, corrected_codes, note, reviewer, decided_at, errors, findings_before, findings_after, finding_kinds"

  /// Codes joined for a column (`M54.50;M54.41`).
  static func joined(_ codes: [String]) -> String { codes.joined(separator: ";") }

  /// Codes of a column.
  static func split(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    return text.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
  }

  /// The distinct kinds of a finding list's errors and warnings, joined with `;` (`finding_kinds`).
  static func kinds(_ findings: [FindingSummary]) -> String {
    var seen: [String] = []
    for f in findings where f.severity != "info" && !seen.contains(f.kind) { seen.append(f.kind) }
    return seen.joined(separator: ";")
  }

  static func json<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
    guard let text else { return nil }
    return try? JSONDecoder().decode(type, from: Data(text.utf8))
  }

  /// Inserts or replaces a decision and its code changes.
  static func save(_ d: Decision, in db: Database) throws {
    try db.execute(sql: "DELETE FROM code_change WHERE encounter_id = ?", arguments: [d.encounterID])
    try db.execute(
      sql: """
        INSERT INTO decision(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(encounter_id) DO UPDATE SET line = excluded.line, coder = excluded.coder,
          submitted_codes = excluded.submitted_codes, kind = excluded.kind, corrected_codes = excluded.corrected_codes,
          note = excluded.note, reviewer = excluded.reviewer, decided_at = excluded.decided_at, errors = excluded.errors,
          findings_before = excluded.findings_before, findings_after = excluded.findings_after,
          finding_kinds = excluded.finding_kinds
        """,
      arguments: [
        d.encounterID, d.line, d.coder, joined(d.submitted), d.kind.rawValue, d.corrected.map(joined), d.note,
        d.reviewer, d.decidedAt, d.errors, json(d.findingsBefore), d.findingsAfter.map { json($0) },
        kinds(d.findingsBefore),
      ])
    for (ordinal, c) in d.changes.enumerated() {
      try db.execute(
        sql: """
          INSERT INTO code_change(encounter_id, ordinal, code, mark, submitted_position, corrected_position, reason,
            note, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          d.encounterID, ordinal, c.code, c.mark.rawValue, c.submittedPosition, c.correctedPosition,
          c.reason?.rawValue, c.note, c.weight,
        ])
    }
  }

  /// Reads decisions (all, or one encounter's), with their code changes; findings only when asked.
  static func load(in db: Database, encounterID: String? = nil, findings: Bool) throws -> [Decision] {
    let filter = encounterID == nil ? "" : " WHERE encounter_id = ?"
    let arguments: StatementArguments = encounterID.map { [$0] } ?? []
    var changes: [String: [CodeChange]] = [:]
    let changeRows = try Row.fetchCursor(
      db,
      sql: """
        SELECT encounter_id, code, mark, submitted_position, corrected_position, reason, note, weight
        FROM code_change\(filter) ORDER BY encounter_id, ordinal
        """, arguments: arguments)
    while let row = try changeRows.next() {
      let change = CodeChange(
        code: row["code"], mark: CodeMark(rawValue: row["mark"]) ?? .unchanged,
        submittedPosition: row["submitted_position"], correctedPosition: row["corrected_position"],
        reason: (row["reason"] as String?).flatMap(ChangeReason.init(rawValue:)), note: row["note"],
        weight: row["weight"])
      changes[row["encounter_id"], default: []].append(change)
    }
    var out: [Decision] = []
    let rows = try Row.fetchCursor(
      db, sql: "SELECT \(columns) FROM decision\(filter) ORDER BY line", arguments: arguments)
    while let row = try rows.next() {
      let id: String = row["encounter_id"]
      let kindText: String = row["kind"]
      let before: [FindingSummary] =
        findings
        ? decode([FindingSummary].self, row["findings_before"]) ?? []
        : split(row["finding_kinds"]).map { FindingSummary(number: 0, kind: $0, severity: "", codes: [], message: "") }
      out.append(
        Decision(
          encounterID: id, line: row["line"], coder: row["coder"], submitted: split(row["submitted_codes"]),
          kind: DecisionKind(rawValue: kindText) ?? .query,
          corrected: (row["corrected_codes"] as String?).map { split($0) }, note: row["note"],
          reviewer: row["reviewer"], decidedAt: row["decided_at"], changes: changes[id] ?? [],
          findingsBefore: before,
          findingsAfter: findings ? decode([FindingSummary].self, row["findings_after"]) : nil))
    }
    return out
  }
}
