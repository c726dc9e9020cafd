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
  public static func rows(batch: ReviewBatch, decisions: [Decision], engine: RulesEngine) -> [ExportRow] {
    var rows: [ExportRow] = []
    rows.reserveCapacity(batch.entries.count + batch.unreadable.count)
    forEachPart(batch: batch, decisions: decisions, engine: engine) { rows += $0 }
    return rows
  }

  /// Calls `body` with the rows of a batch in file order, a part of `partSize` encounters at a time
  /// (and the unreadable lines among them), so an export holds one part's findings at once
  /// whatever the size of the batch.
  ///
  /// The encounters of a part are checked on every core at once (each core with its own lane of
  /// the engine, made once), in slices whose results are put back in file order.
  public static func forEachPart(
    batch: ReviewBatch, decisions: [Decision], engine: RulesEngine, partSize: Int = 16_384,
    _ body: ([ExportRow]) throws -> Void
  ) rethrows {
    let entries = batch.entries
    // Each encounter's decision, by position in the batch (found through the batch's own id index:
    // a dictionary of decisions by id would cost a third of a gigabyte on a million encounters).
    var decisionAt = [Int32](repeating: -1, count: entries.count)
    for (k, d) in decisions.enumerated() {
      if let i = entries.position(ofID: d.encounterID) { decisionAt[i] = Int32(k) }
    }
    let cores = max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
    let lanes = entries.count >= 4096 && cores > 1 ? [engine] + (1..<cores).map { _ in engine.lane() } : [engine]
    var u = 0
    var start = 0
    repeat {
      let end = min(entries.count, start + max(1, partSize))
      var rows: [ExportRow] = []
      rows.reserveCapacity(end - start)
      let found = (start..<end).map { decisionAt[$0] < 0 ? nil : decisions[Int(decisionAt[$0])] }
      let checked = checkAll(
        (start..<end).map { i in (entries.encounter(at: i), found[i - start]?.corrected) }, lanes: lanes)
      for i in start..<end {
        let line = entries.line(at: i)
        while u < batch.unreadable.count && batch.unreadable[u].line < line {
          rows.append(unreadableRow(batch.unreadable[u]))
          u += 1
        }
        let k = i - start
        rows.append(
          ExportRow(
            entry: entries[i], unreadable: nil, before: checked[k].before, after: checked[k].after, decision: found[k]))
      }
      if end == entries.count {
        for line in batch.unreadable[u...] {
          rows.append(unreadableRow(line))
        }
      }
      try body(rows)
      start = end
    } while start < entries.count
  }

  /// The row of an unreadable line.
  static func unreadableRow(_ line: UnreadableLine) -> ExportRow {
    ExportRow(entry: nil, unreadable: line, before: [], after: nil, decision: nil)
  }

  /// The rows a report lists, every query and correction, in batch order: no findings are needed,
  /// so nothing is checked.
  public static func notable(batch: ReviewBatch, decisions: [Decision]) -> [ExportRow] {
    var found: [(position: Int, decision: Decision)] = []
    for d in decisions where d.kind != .accept {
      if let i = batch.entries.position(ofID: d.encounterID) { found.append((i, d)) }
    }
    found.sort { $0.position < $1.position }
    return found.map {
      ExportRow(entry: batch.entries[$0.position], unreadable: nil, before: [], after: nil, decision: $0.decision)
    }
  }

  /// The errors and warnings of each encounter as submitted, and of its corrected codes when given.
  static func checkAll(_ items: [(Encounter, [String]?)], lanes: [RulesEngine]) -> [(
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
    let cores = lanes.count
    guard items.count >= 2048, cores > 1 else { return items.map { one($0, lanes[0]) } }
    // One contiguous slice per lane, each checked with its own lane of the engine: threads sharing
    // one engine would take turns at its lock.
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
