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
    var counts = [Int](repeating: 0, count: FindingKind.allCases.count)
    for s in statuses where s.errors > 0 || s.warnings > 0 {
      for k in s.kinds { counts[FindingKind.allCases.firstIndex(of: k) ?? 0] += 1 }
    }
    var kinds: [String: Int] = [:]
    for (i, kind) in FindingKind.allCases.enumerated() where counts[i] > 0 { kinds[kind.rawValue] = counts[i] }
    return [
      "batch_encounters": String(batch.entries.count), "batch_unreadable": String(batch.unreadable.count),
      "batch_with_errors": String(statuses.filter { $0.errors > 0 }.count),
      "batch_with_warnings": String(statuses.filter { $0.warnings > 0 }.count),
      "batch_kinds": DecisionRow.json(kinds),
    ]
  }
}
