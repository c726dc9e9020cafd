import CodingCore
import Foundation

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
  ///
  /// The encounters are checked on every core at once (each core with its own lane of the engine),
  /// in parts whose results are put back in file order.
  public static func rows(batch: ReviewBatch, decisions: [Decision], engine: RulesEngine) -> [ExportRow] {
    var byID: [String: Decision] = [:]
    byID.reserveCapacity(decisions.count)
    for d in decisions { byID[d.encounterID] = d }
    let entries = batch.entries
    let checked = checkAll(
      entries.map { entry -> (Encounter, [String]?) in
        (entry.encounter, byID[entry.id]?.corrected)
      }, engine: engine)
    var rows: [ExportRow] = []
    rows.reserveCapacity(entries.count + batch.unreadable.count)
    var u = 0
    for (i, entry) in entries.enumerated() {
      while u < batch.unreadable.count && batch.unreadable[u].line < entry.line {
        rows.append(ExportRow(entry: nil, unreadable: batch.unreadable[u], before: [], after: nil, decision: nil))
        u += 1
      }
      rows.append(
        ExportRow(
          entry: entry, unreadable: nil, before: checked[i].before, after: checked[i].after,
          decision: byID[entry.id]))
    }
    for line in batch.unreadable[u...] {
      rows.append(ExportRow(entry: nil, unreadable: line, before: [], after: nil, decision: nil))
    }
    return rows
  }

  /// The errors and warnings of each encounter as submitted, and of its corrected codes when given.
  static func checkAll(_ items: [(Encounter, [String]?)], engine: RulesEngine) -> [(
    before: [Finding], after: [Finding]?
  )] {
    @Sendable func significant(_ encounter: Encounter, _ engine: RulesEngine) -> [Finding] {
      var lean = encounter
      lean.options.minimumSeverity = .warning
      lean.options.reportExcludes2 = false
      return engine.check(lean, includeChecklist: false).findings.filter { $0.severity != .info }
    }
    @Sendable func one(_ item: (Encounter, [String]?), _ engine: RulesEngine) -> (before: [Finding], after: [Finding]?)
    {
      var after: [Finding]?
      if let corrected = item.1 {
        var encounter = item.0
        encounter.codes = corrected
        after = significant(encounter, engine)
      }
      return (significant(item.0, engine), after)
    }
    let cores = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
    guard items.count >= 4096, cores > 1 else { return items.map { one($0, engine) } }
    // One contiguous part per core, each checked with its own lane of the engine: threads sharing
    // one engine would take turns at its lock.
    let lanes = [engine] + (1..<cores).map { _ in engine.lane() }
    let size = (items.count + cores - 1) / cores
    let results = SliceResults<(before: [Finding], after: [Finding]?)>(count: cores)
    DispatchQueue.concurrentPerform(iterations: cores) { k in
      let range = min(items.count, k * size)..<min(items.count, (k + 1) * size)
      results.set(k, items[range].map { one($0, lanes[k]) })
    }
    return results.joined()
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

/// The results of parallel slices, each written once by its own worker, read after all are done.
final class SliceResults<T>: @unchecked Sendable {
  private var slices: [[T]]
  private let lock = NSLock()

  init(count: Int) { slices = Array(repeating: [], count: count) }

  func set(_ k: Int, _ value: [T]) {
    lock.lock()
    slices[k] = value
    lock.unlock()
  }

  func joined() -> [T] {
    lock.lock()
    defer { lock.unlock() }
    return Array(slices.joined())
  }
}
