import CodingCore
import Foundation

/// A review in progress: the batch, its findings, the workspace and the reviewer.
///
/// Every decision is committed (with fsync) before the call returns; ``undo()`` reverts this session's
/// decisions one by one, newest first, and the trail keeps both.
public final class ReviewSession: @unchecked Sendable {
  /// The batch under review.
  public let batch: ReviewBatch
  /// The workspace file.
  public let workspace: ReviewWorkspace
  /// The rules engine that checks submitted and corrected codes.
  public let engine: RulesEngine
  /// Who is deciding (recorded with every decision).
  public let reviewer: String
  /// The findings' status of each entry checked so far (all of them on a new workspace; on reopening
  /// they are checked when first needed, so a large batch opens at once).
  private var statusCache: [EncounterStatus?]
  private var knownErrors: Int?
  /// Guards the status cache, the error count and the background check's progress.
  private let lock = NSLock()
  private let checking = DispatchGroup()
  private var checkedCount = 0
  private var checkRunning = false
  private var checkCancelled = false
  /// The decision kind of each decided encounter, by id (kept up to date by this session).
  public private(set) var decided: [String: DecisionKind]
  /// What `--rebind` did, when it was given and the batch had changed.
  public let rebindReport: RebindReport?
  private var undoStack: [(id: String, earlier: Decision?)] = []
  private var seenDataVersion: Int?

  /// Opens (or creates) the workspace for a batch.
  ///
  /// - Parameters:
  ///   - reviewer: the reviewer to record; nil takes the remembered one, then `$USER`.
  ///   - rebind: accept a batch whose content changed, keeping the decisions whose encounter id and
  ///     codes are unchanged.
  ///   - progress: told how many encounters were checked, while a new workspace checks the whole batch.
  ///   - checkInBackground: check a new workspace's batch on another thread (the workbench shows its
  ///     first frame at once; ``encountersWithErrors`` is nil until the check is done).
  /// - Throws: ``WorkspaceError`` (a changed batch without `rebind`, a foreign, newer or damaged file).
  public init(
    batch: ReviewBatch, workspacePath: String, reviewer: String?, rebind: Bool, engine: RulesEngine,
    progress: ((_ done: Int, _ total: Int) -> Void)? = nil, checkInBackground: Bool = false
  ) throws {
    let workspace = try ReviewWorkspace.open(path: workspacePath, create: true)
    self.batch = batch
    self.workspace = workspace
    self.engine = engine
    let remembered = try workspace.sessionValue("reviewer")
    let name = reviewer ?? remembered ?? Self.loginName()
    self.reviewer = name
    let meta = try workspace.allMeta()
    var report: RebindReport?
    var needsSummary = meta["batch_encounters"] == nil
    if meta["batch_sha256"] == nil {
      try workspace.setMeta(
        BatchSummary.identity(of: batch).merging(["created_at": ReviewWorkspace.utcNow(), "created_by": name]) { a, _ in
          a
        })
      try workspace.appendTrail(
        action: "create", reviewer: name, value: DecisionRow.json(["batch": batch.path, "sha256": batch.sha256]))
    } else if meta["batch_sha256"] != batch.sha256 {
      guard rebind else {
        workspace.close()
        throw WorkspaceError.batchChanged(
          path: workspacePath, batch: batch.path, recorded: meta["batch_sha256"] ?? "", found: batch.sha256)
      }
      report = try Self.rebind(workspace, to: batch, reviewer: name, previous: meta)
      needsSummary = true
    } else if meta["batch_path"] != batch.path {
      try workspace.setMeta(["batch_path": batch.path])
    }
    self.rebindReport = report
    if needsSummary && checkInBackground {
      self.statusCache = [EncounterStatus?](repeating: nil, count: batch.entries.count)
    } else if needsSummary {
      var all: [EncounterStatus] = []
      all.reserveCapacity(batch.entries.count)
      for i in batch.entries.indices {
        if i % 8192 == 0 { progress?(i, batch.entries.count) }
        all.append(EncounterStatus.check(batch.entries.encounter(at: i), engine: engine))
      }
      progress?(batch.entries.count, batch.entries.count)
      let counts = BatchSummary.counts(of: batch, statuses: all)
      try workspace.setMeta(counts)
      self.statusCache = all
      self.knownErrors = Int(counts["batch_with_errors"] ?? "") ?? 0
      self.checkedCount = batch.entries.count
    } else {
      self.statusCache = [EncounterStatus?](repeating: nil, count: batch.entries.count)
      self.knownErrors = Int(meta["batch_with_errors"] ?? "") ?? 0
      self.checkedCount = batch.entries.count
    }
    if remembered != name { try workspace.remember(["reviewer": name]) }
    self.decided = try workspace.decisionKinds()
    if needsSummary && checkInBackground { startBackgroundCheck() }
  }

  /// `$USER`, else the account's name, else "unknown".
  public static func loginName() -> String {
    if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      let text = String(cString: name)
      if !text.isEmpty { return text }
    }
    return "unknown"
  }

  /// The findings' status of an entry (checked on first use).
  public func status(_ index: Int) -> EncounterStatus { status(index, checkingWith: engine) }

  /// The findings' status of an entry, checked with `engine` when not known yet.
  private func status(_ index: Int, checkingWith engine: RulesEngine) -> EncounterStatus {
    lock.lock()
    let known = statusCache[index]
    lock.unlock()
    if let known { return known }
    let status = EncounterStatus.check(batch.entries.encounter(at: index), engine: engine)
    lock.lock()
    statusCache[index] = status
    lock.unlock()
    return status
  }

  /// Encounters with an error finding; nil while a background check of a new workspace runs.
  public var encountersWithErrors: Int? {
    lock.lock()
    defer { lock.unlock() }
    return knownErrors
  }

  /// Encounters checked so far (all of them once the batch counts are known).
  public var checked: Int {
    lock.lock()
    defer { lock.unlock() }
    return checkedCount
  }

  /// How far the background check of a new workspace has come; nil when none runs (never started,
  /// done or cancelled).
  public var checkProgress: (done: Int, total: Int)? {
    lock.lock()
    defer { lock.unlock() }
    return checkRunning ? (checkedCount, batch.entries.count) : nil
  }

  /// Whether the background check was cancelled (the batch counts are then made on the next opening).
  public var checkWasCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return checkCancelled
  }

  /// Stops the background check (Esc in the workbench). Nothing is written: the workspace keeps its
  /// decisions and lacks the batch counts, so the next opening checks the batch again.
  public func cancelBackgroundCheck() {
    lock.lock()
    if checkRunning { checkCancelled = true }
    lock.unlock()
  }

  /// Checks every encounter on another thread, then records the batch counts in the workspace.
  private func startBackgroundCheck() {
    checking.enter()
    checkRunning = true
    // A lane of the engine of its own: the workbench's checks never wait for this thread's.
    let lane = engine.lane()
    let thread = Thread { [self] in
      defer { checking.leave() }
      for i in batch.entries.indices {
        _ = status(i, checkingWith: lane)
        if i % 1024 == 0 {
          lock.lock()
          checkedCount = i
          let stop = checkCancelled
          lock.unlock()
          if stop {
            lock.lock()
            checkRunning = false
            lock.unlock()
            return
          }
        }
      }
      lock.lock()
      let all = statusCache.compactMap { $0 }
      lock.unlock()
      let counts = BatchSummary.counts(of: batch, statuses: all)
      try? workspace.setMeta(counts)
      lock.lock()
      knownErrors = Int(counts["batch_with_errors"] ?? "") ?? 0
      checkedCount = batch.entries.count
      checkRunning = false
      lock.unlock()
    }
    thread.stackSize = 1 << 22
    thread.start()
  }

  /// Waits for a background check to finish (its counts are then in the workspace).
  public func waitForChecks() {
    checking.wait()
  }

  /// The position of an encounter id in the batch.
  public func index(of id: String) -> Int? { batch.index(of: id) }

  /// The engine's result for an entry's submitted codes.
  public func check(_ index: Int) -> EncounterResult { engine.check(batch.entries.encounter(at: index)) }

  /// The findings of an entry, numbered as on screen.
  public func findings(_ index: Int) -> [FindingSummary] { FindingSummary.of(check(index)) }

  /// Accepts an encounter's codes as submitted.
  @discardableResult
  public func accept(_ id: String, note: String? = nil) throws -> Decision {
    try record(id, kind: .accept, corrected: nil, note: note, reasons: [:])
  }

  /// Queries the provider about an encounter (a note is required).
  @discardableResult
  public func query(_ id: String, note: String) throws -> Decision {
    try record(id, kind: .query, corrected: nil, note: note, reasons: [:])
  }

  /// Corrects an encounter's codes; each changed code gets its reason (given, or inferred).
  @discardableResult
  public func correct(
    _ id: String, codes: [String], note: String? = nil, reasons: [String: ChangeReason] = [:]
  ) throws -> Decision {
    let normalised = codes.map(CodeSpelling.normalize).filter { !$0.isEmpty }
    guard !normalised.isEmpty else { throw WorkspaceError.refused("a correction needs at least one code") }
    var keyed: [String: ChangeReason] = [:]
    for (code, reason) in reasons { keyed[CodeSpelling.normalize(code)] = reason }
    return try record(id, kind: .correct, corrected: normalised, note: note, reasons: keyed)
  }

  private func entryIndex(_ id: String) throws -> Int {
    guard let index = batch.index(of: id) else {
      throw WorkspaceError.refused("no encounter \"\(id)\" in \(batch.path)")
    }
    return index
  }

  private func record(
    _ id: String, kind: DecisionKind, corrected: [String]?, note: String?, reasons: [String: ChangeReason]
  ) throws -> Decision {
    let index = try entryIndex(id)
    let entry = batch.entries[index]
    let before = findings(index)
    var after: [FindingSummary]?
    var changes: [CodeChange] = []
    if let corrected {
      var encounter = entry.encounter
      encounter.codes = corrected
      after = FindingSummary.of(engine.check(encounter))
      changes = CodeDiff.changes(submitted: entry.codes, corrected: corrected, reasons: reasons, findings: before)
    }
    let trimmed = note?.trimmingCharacters(in: .whitespaces)
    let decision = Decision(
      encounterID: id, line: entry.line, coder: entry.coder, submitted: entry.codes, kind: kind,
      corrected: corrected, note: trimmed?.isEmpty == false ? trimmed : nil, reviewer: reviewer,
      decidedAt: ReviewWorkspace.utcNow(), changes: changes, findingsBefore: before, findingsAfter: after)
    let previous = try workspace.decide(decision)
    undoStack.append((id, previous))
    decided[id] = kind
    return decision
  }

  /// Agrees with finding `number` (1-based, as on screen) of an encounter.
  public func agree(_ id: String, finding number: Int) throws {
    try dispose(id, finding: number, verdict: .agree, reason: nil)
  }

  /// Dismisses finding `number` of an encounter as a false alarm, with a reason.
  public func dismiss(_ id: String, finding number: Int, reason: String) throws {
    try dispose(id, finding: number, verdict: .dismiss, reason: reason)
  }

  private func dispose(_ id: String, finding number: Int, verdict: Disposition.Verdict, reason: String?) throws {
    let list = findings(try entryIndex(id))
    guard number >= 1, number <= list.count else {
      throw WorkspaceError.refused(
        list.isEmpty ? "encounter \(id) has no findings" : "no finding \(number) (encounter \(id) has \(list.count))")
    }
    try dispose(id, finding: list[number - 1], verdict: verdict, reason: reason)
  }

  /// Records a verdict on a finding as a screen showed it (its number there, kind and codes).
  public func dispose(_ id: String, finding: FindingSummary, verdict: Disposition.Verdict, reason: String?) throws {
    _ = try entryIndex(id)
    let number = finding.number
    try workspace.dispose(
      Disposition(
        encounterID: id, findingNumber: number, findingKind: finding.kind.rawValue, findingCodes: finding.codes,
        verdict: verdict, reason: reason, reviewer: reviewer, decidedAt: ReviewWorkspace.utcNow()))
  }

  /// Reverts this session's last decision (the trail keeps both); returns its encounter id, or nil.
  @discardableResult
  public func undo() throws -> String? {
    guard let last = undoStack.popLast() else { return nil }
    try workspace.restore(encounterID: last.id, to: last.earlier, reviewer: reviewer)
    decided[last.id] = last.earlier?.kind
    return last.id
  }

  /// Whether this session has a decision to undo.
  public var canUndo: Bool { !undoStack.isEmpty }

  /// Re-reads the decision kinds when another process has committed since the last look
  /// (`PRAGMA data_version`), so a second workbench's decisions show on the next step.
  public func refresh() throws {
    let version = try workspace.dataVersion()
    guard version != seenDataVersion else { return }
    seenDataVersion = version
    decided = try workspace.decisionKinds()
  }

  /// Remembers the position and filter for the next opening.
  public func remember(position: String?, filter: ReviewFilter) throws {
    var values = ["filter": filter.rawValue]
    if let position { values["position"] = position }
    try workspace.remember(values, durable: false)
  }
}
