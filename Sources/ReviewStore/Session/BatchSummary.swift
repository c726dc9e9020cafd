import CodingCore

/// The `meta` values that describe the batch: its identity and its counts (for `review status`).
enum BatchSummary {
  /// Path, name, size and SHA-256.
  static func identity(of batch: ReviewBatch) -> [String: String] {
    [
      "batch_path": batch.path, "batch_name": batch.name, "batch_size": String(batch.size),
      "batch_sha256": batch.sha256, "has_coder": batch.hasCoderColumn ? "1" : "0",
    ]
  }

  /// Encounter counts: readable, unreadable, with errors, with warnings, and by finding kind.
  static func counts(of batch: ReviewBatch, statuses: [EncounterStatus]) -> [String: String] {
    var kinds: [String: Int] = [:]
    for s in statuses { for k in s.kinds { kinds[k.rawValue, default: 0] += 1 } }
    return [
      "batch_encounters": String(batch.entries.count), "batch_unreadable": String(batch.unreadable.count),
      "batch_with_errors": String(statuses.filter { $0.errors > 0 }.count),
      "batch_with_warnings": String(statuses.filter { $0.warnings > 0 }.count),
      "batch_kinds": DecisionRow.json(kinds),
    ]
  }
}
