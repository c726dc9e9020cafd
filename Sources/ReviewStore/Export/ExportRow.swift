import CodingCore

/// One encounter of an export: the batch line, its findings and its decision (if any).
public struct ExportRow: Sendable {
  /// The batch entry (nil for an unreadable line).
  public var entry: BatchEntry?
  /// The unreadable line (nil for an encounter).
  public var unreadable: UnreadableLine?
  /// The findings on the submitted codes (errors and warnings).
  public var before: [Finding]
  /// The findings on the corrected codes (a correction only).
  public var after: [Finding]?
  /// The decision, if any.
  public var decision: Decision?

  /// The rows of a batch, in file order, with the engine's findings and the workspace's decisions.
  public static func rows(batch: ReviewBatch, decisions: [Decision], engine: RulesEngine) -> [ExportRow] {
    var byID: [String: Decision] = [:]
    for d in decisions { byID[d.encounterID] = d }
    var rows: [ExportRow] = []
    rows.reserveCapacity(batch.entries.count + batch.unreadable.count)
    var u = 0
    func significant(_ encounter: Encounter) -> [Finding] {
      var lean = encounter
      lean.options.minimumSeverity = .warning
      lean.options.reportExcludes2 = false
      return engine.check(lean, includeChecklist: false).findings.filter { $0.severity != .info }
    }
    for entry in batch.entries {
      while u < batch.unreadable.count && batch.unreadable[u].line < entry.line {
        rows.append(ExportRow(entry: nil, unreadable: batch.unreadable[u], before: [], after: nil, decision: nil))
        u += 1
      }
      let decision = byID[entry.id]
      var after: [Finding]?
      if let corrected = decision?.corrected {
        var encounter = entry.encounter
        encounter.codes = corrected
        after = significant(encounter)
      }
      rows.append(
        ExportRow(
          entry: entry, unreadable: nil, before: significant(entry.encounter),
          after: after, decision: decision))
    }
    for line in batch.unreadable[u...] {
      rows.append(ExportRow(entry: nil, unreadable: line, before: [], after: nil, decision: nil))
    }
    return rows
  }

  /// A finding in one short phrase: `error excludes1 M54.50+M54.41`.
  static func brief(_ f: Finding) -> String {
    "\(f.severity.rawValue) \(f.kind.rawValue) \(f.codes.joined(separator: "+"))"
  }

  /// The marked codes of a correction: `-M54.5 +M54.50 ~M54.41`.
  static func marks(_ d: Decision?) -> String {
    guard let d, d.kind == .correct else { return "" }
    return d.changes.filter { $0.mark != .unchanged }.map {
      "\($0.mark.asciiSymbol)\($0.code)(\($0.reason?.rawValue ?? "other"))"
    }.joined(separator: " ")
  }
}
