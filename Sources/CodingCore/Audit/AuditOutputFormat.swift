/// The output format of `m54 audit`.
public enum AuditOutputFormat: String, Sendable, CaseIterable {
  /// One JSON object per encounter, per line (docs/audit-schema.md).
  case jsonl
  /// One CSV row per finding.
  case csv
  /// Human-readable lines.
  case text
}
