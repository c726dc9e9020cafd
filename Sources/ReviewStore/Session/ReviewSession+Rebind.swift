import Foundation
import GRDB

extension ReviewSession {
  /// Re-binds a workspace to a changed batch: keeps each decision whose encounter id and codes are
  /// unchanged, drops the others (each drop and the rebind itself go to the trail), all in one transaction.
  static func rebind(
    _ workspace: ReviewWorkspace, to batch: ReviewBatch, reviewer: String, previous meta: [String: String]
  ) throws -> RebindReport {
    return try workspace.write { db in
      let decisions = try DecisionRow.load(in: db, findings: true)
      var kept = 0
      var dropped: [String] = []
      let now = ReviewWorkspace.utcNow()
      for d in decisions {
        if let i = batch.index(of: d.encounterID), batch.entries.codes(at: i) == d.submitted {
          kept += 1
          if batch.entries.line(at: i) != d.line {
            try db.execute(
              sql: "UPDATE decision SET line = ? WHERE encounter_id = ?",
              arguments: [batch.entries.line(at: i), d.encounterID])
          }
          continue
        }
        dropped.append(d.encounterID)
        try db.execute(sql: "DELETE FROM decision WHERE encounter_id = ?", arguments: [d.encounterID])
        try db.execute(sql: "DELETE FROM disposition WHERE encounter_id = ?", arguments: [d.encounterID])
        try ReviewWorkspace.appendTrail(
          db, at: now, reviewer: reviewer, action: "drop", encounterID: d.encounterID,
          previous: DecisionRow.json(TrailValue.of(d)), value: nil)
      }
      // The old batch's counts go: the new batch is counted by its first check (absent until it is done).
      try db.execute(
        sql: "DELETE FROM meta WHERE key IN ('batch_encounters', 'batch_unreadable', 'batch_with_errors', "
          + "'batch_with_warnings', 'batch_kinds')")
      for (key, value) in BatchSummary.identity(of: batch) {
        try db.execute(
          sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
          arguments: [key, value])
      }
      try ReviewWorkspace.appendTrail(
        db, at: now, reviewer: reviewer, action: "rebind", encounterID: nil,
        previous: DecisionRow.json(["batch": meta["batch_path"] ?? "", "sha256": meta["batch_sha256"] ?? ""]),
        value: DecisionRow.json([
          "batch": batch.path, "sha256": batch.sha256, "kept": String(kept), "dropped": String(dropped.count),
        ]))
      return RebindReport(kept: kept, dropped: dropped.count, droppedIDs: dropped)
    }
  }
}
