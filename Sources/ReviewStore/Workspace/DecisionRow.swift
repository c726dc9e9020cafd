import CodingCore
import Foundation
import GRDB

/// Maps a ``Decision`` to and from its `decision` and `code_change` rows.
///
/// Statements are prepared once per connection (`cachedStatement`) and columns read by position:
/// a decision commits in a few statements, and a bulk read of 100,000 decisions does no SQL parsing.
enum DecisionRow {
  static let columns =
    "encounter_id, line, coder, submitted_codes, kind, corrected_codes, note, reviewer, decided_at, errors, findings_before, findings_after, finding_kinds"

  static let upsertSQL = """
    INSERT INTO decision(\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(encounter_id) DO UPDATE SET line = excluded.line, coder = excluded.coder,
      submitted_codes = excluded.submitted_codes, kind = excluded.kind, corrected_codes = excluded.corrected_codes,
      note = excluded.note, reviewer = excluded.reviewer, decided_at = excluded.decided_at, errors = excluded.errors,
      findings_before = excluded.findings_before, findings_after = excluded.findings_after,
      finding_kinds = excluded.finding_kinds
    """

  static let changeSQL = """
    INSERT INTO code_change(encounter_id, ordinal, code, mark, submitted_position, corrected_position, reason,
      note, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  /// Codes joined for a column (`M54.50;M54.41`).
  static func joined(_ codes: [String]) -> String { codes.joined(separator: ";") }

  /// Codes of a column.
  static func split(_ text: String?) -> [String] {
    guard let text, !text.isEmpty else { return [] }
    let bytes = text.utf8
    var out: [String] = []
    var start = bytes.startIndex
    var i = start
    while i != bytes.endIndex {
      if bytes[i] == UInt8(ascii: ";") {
        out.append(String(Substring(bytes[start..<i])))
        start = bytes.index(after: i)
      }
      i = bytes.index(after: i)
    }
    out.append(String(Substring(bytes[start..<bytes.endIndex])))
    return out
  }

  /// The distinct kinds of a finding list's errors and warnings, joined with `;` (`finding_kinds`).
  static func kinds(_ findings: [FindingSummary]) -> String {
    Decision.kinds(of: findings).map(\.rawValue).joined(separator: ";")
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

  /// Inserts or replaces a decision and its code changes; `replacing` says whether the encounter may
  /// already have code changes to delete.
  static func save(_ d: Decision, in db: Database, replacing: Bool = true) throws {
    if replacing {
      try db.cachedStatement(sql: "DELETE FROM code_change WHERE encounter_id = ?").execute(arguments: [d.encounterID])
    }
    try db.cachedStatement(sql: upsertSQL).execute(arguments: [
      d.encounterID, d.line, d.coder, joined(d.submitted), d.kind.rawValue, d.corrected.map(joined), d.note,
      d.reviewer, d.decidedAt, d.errors, WorkspaceJSON.findings(d.findingsBefore),
      d.findingsAfter.map(WorkspaceJSON.findings), d.findingKinds.map(\.rawValue).joined(separator: ";"),
    ])
    guard !d.changes.isEmpty else { return }
    let insert = try db.cachedStatement(sql: changeSQL)
    for (ordinal, c) in d.changes.enumerated() {
      try insert.execute(arguments: [
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
      db.cachedStatement(
        sql: """
          SELECT encounter_id, code, mark, submitted_position, corrected_position, reason, note, weight
          FROM code_change\(filter) ORDER BY encounter_id, ordinal
          """), arguments: arguments)
    while let row = try changeRows.next() {
      let change = CodeChange(
        code: row[1], mark: CodeMark(rawValue: row[2]) ?? .unchanged, submittedPosition: row[3],
        correctedPosition: row[4], reason: (row[5] as String?).flatMap(ChangeReason.init(rawValue:)), note: row[6],
        weight: row[7])
      changes[row[0], default: []].append(change)
    }
    var out: [Decision] = []
    let rows = try Row.fetchCursor(
      db.cachedStatement(sql: "SELECT \(columns) FROM decision\(filter) ORDER BY line"), arguments: arguments)
    while let row = try rows.next() {
      let id: String = row[0]
      let kindText: String = row[4]
      let before: [FindingSummary] = findings ? decode([FindingSummary].self, row[10]) ?? [] : []
      let kinds = split(row[12]).compactMap(FindingKind.init(rawValue:))
      out.append(
        Decision(
          encounterID: id, line: row[1], coder: row[2], submitted: split(row[3]),
          kind: DecisionKind(rawValue: kindText) ?? .query, corrected: (row[5] as String?).map { split($0) },
          note: row[6], reviewer: row[7], decidedAt: row[8], changes: changes[id] ?? [], findingsBefore: before,
          findingsAfter: findings ? decode([FindingSummary].self, row[11]) : nil, findingKinds: kinds))
    }
    return out
  }
}
