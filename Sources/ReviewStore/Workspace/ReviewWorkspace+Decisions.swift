import Foundation
import GRDB

extension ReviewWorkspace {
  /// Stores a decision (replacing the encounter's previous one) and its trail entry in one transaction;
  /// returns the previous decision. When this returns, the decision is on disk.
  @discardableResult
  public func decide(_ decision: Decision) throws -> Decision? {
    if decision.kind == .query && (decision.note ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw WorkspaceError.refused("a query needs a note")
    }
    if decision.kind == .correct && decision.corrected == nil {
      throw WorkspaceError.refused("a correction needs its codes")
    }
    return try write { db in
      let previous = try DecisionRow.load(in: db, encounterID: decision.encounterID, findings: true).first
      try DecisionRow.save(decision, in: db, replacing: previous != nil)
      try Self.appendTrail(
        db, at: decision.decidedAt, reviewer: decision.reviewer, action: "decide", encounterID: decision.encounterID,
        previous: previous.map { WorkspaceJSON.trail(TrailValue.of($0)) },
        value: WorkspaceJSON.trail(TrailValue.of(decision)))
      return previous
    }
  }

  /// Stores many decisions in one transaction (each with its trail entry); for imports and benchmarks.
  public func decide(all decisions: [Decision]) throws {
    try write { db in
      let existing = Set(try String.fetchAll(db, sql: "SELECT encounter_id FROM decision"))
      for d in decisions {
        let previous =
          existing.contains(d.encounterID)
          ? try DecisionRow.load(in: db, encounterID: d.encounterID, findings: false).first : nil
        try DecisionRow.save(d, in: db, replacing: previous != nil)
        try Self.appendTrail(
          db, at: d.decidedAt, reviewer: d.reviewer, action: "decide", encounterID: d.encounterID,
          previous: previous.map { WorkspaceJSON.trail(TrailValue.of($0)) },
          value: WorkspaceJSON.trail(TrailValue.of(d)))
      }
    }
  }

  /// Puts back an encounter's earlier decision (or none), recording an `undo` in the trail.
  public func restore(encounterID: String, to earlier: Decision?, reviewer: String) throws {
    try write { db in
      let current = try DecisionRow.load(in: db, encounterID: encounterID, findings: true).first
      if let earlier {
        try DecisionRow.save(earlier, in: db)
      } else {
        try db.execute(sql: "DELETE FROM decision WHERE encounter_id = ?", arguments: [encounterID])
      }
      try Self.appendTrail(
        db, at: Self.utcNow(), reviewer: reviewer, action: "undo", encounterID: encounterID,
        previous: current.map { WorkspaceJSON.trail(TrailValue.of($0)) },
        value: earlier.map { WorkspaceJSON.trail(TrailValue.of($0)) })
    }
  }

  /// One encounter's decision, with its findings.
  public func decision(for encounterID: String) throws -> Decision? {
    try read { db in try DecisionRow.load(in: db, encounterID: encounterID, findings: true).first }
  }

  /// Every decision in batch order; with `findings: false` only the kinds of the findings before are read.
  public func decisions(findings: Bool = false) throws -> [Decision] {
    try read { db in try DecisionRow.load(in: db, findings: findings) }
  }

  /// The decision kind of every decided encounter (the overview's column), cheaply.
  public func decisionKinds() throws -> [String: DecisionKind] {
    try read { db in
      var out: [String: DecisionKind] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT encounter_id, kind FROM decision")
      while let row = try rows.next() {
        if let kind = DecisionKind(rawValue: row[1]) { out[row[0]] = kind }
      }
      return out
    }
  }

  /// Records a finding's disposition and its trail entry; returns the previous one.
  @discardableResult
  public func dispose(_ d: Disposition) throws -> Disposition? {
    if d.verdict == .dismiss && (d.reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
      throw WorkspaceError.refused("dismissing a finding needs a reason")
    }
    return try write { db in
      let previous = try Self.loadDispositions(
        db, where: "encounter_id = ? AND finding_number = ?", [d.encounterID, d.findingNumber]
      ).first
      try db.execute(
        sql: """
          INSERT INTO disposition(encounter_id, finding_number, finding_kind, finding_codes, verdict, reason, reviewer,
            decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(encounter_id, finding_number) DO UPDATE SET finding_kind = excluded.finding_kind,
            finding_codes = excluded.finding_codes, verdict = excluded.verdict, reason = excluded.reason,
            reviewer = excluded.reviewer, decided_at = excluded.decided_at
          """,
        arguments: [
          d.encounterID, d.findingNumber, d.findingKind, DecisionRow.joined(d.findingCodes), d.verdict.rawValue,
          d.reason, d.reviewer, d.decidedAt,
        ])
      try Self.appendTrail(
        db, at: d.decidedAt, reviewer: d.reviewer, action: "dispose", encounterID: d.encounterID,
        previous: previous.map { WorkspaceJSON.trail(TrailValue.of($0)) }, value: WorkspaceJSON.trail(TrailValue.of(d)))
      return previous
    }
  }

  /// Every disposition (or one encounter's), by encounter and finding number.
  public func dispositions(encounterID: String? = nil) throws -> [Disposition] {
    try read { db in
      if let encounterID { return try Self.loadDispositions(db, where: "encounter_id = ?", [encounterID]) }
      return try Self.loadDispositions(db, where: "1", [])
    }
  }

  static func loadDispositions(_ db: Database, where clause: String, _ arguments: StatementArguments) throws
    -> [Disposition]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT encounter_id, finding_number, finding_kind, finding_codes, verdict, reason, reviewer, decided_at
        FROM disposition WHERE \(clause) ORDER BY encounter_id, finding_number
        """, arguments: arguments
    ).map { row in
      Disposition(
        encounterID: row["encounter_id"], findingNumber: row["finding_number"], findingKind: row["finding_kind"],
        findingCodes: DecisionRow.split(row["finding_codes"]),
        verdict: Disposition.Verdict(rawValue: row["verdict"]) ?? .agree, reason: row["reason"],
        reviewer: row["reviewer"], decidedAt: row["decided_at"])
    }
  }
}
