import Foundation

/// The review's figures as coding audits define them (see `docs/review-schema.md`).
///
/// Error rate = errors ÷ codes submitted, over the accepted and corrected encounters (a query is not
/// yet an answer); each added, deleted or resequenced code is one error, the change at the first-listed
/// position two. Accuracy = 100% − error rate. Encounter accuracy = accepted ÷ (accepted + corrected).
public struct ReviewMetrics: Sendable, Equatable {
  /// Error and accuracy figures over a group of decisions.
  public struct Accuracy: Sendable, Equatable {
    /// Accepted encounters.
    public var accepted = 0
    /// Corrected encounters.
    public var corrected = 0
    /// Queried encounters (not counted in the rates).
    public var queried = 0
    /// Codes submitted in the accepted and corrected encounters.
    public var codes = 0
    /// Errors (weighted changes).
    public var errors = 0

    /// Errors ÷ codes submitted (0 without codes).
    public var errorRate: Double { codes == 0 ? 0 : Double(errors) / Double(codes) }
    /// 1 − error rate.
    public var accuracy: Double { 1 - errorRate }
    /// Accepted ÷ (accepted + corrected) (0 when none).
    public var encounterAccuracy: Double {
      accepted + corrected == 0 ? 0 : Double(accepted) / Double(accepted + corrected)
    }

    mutating func add(_ d: Decision) {
      switch d.kind {
      case .accept:
        accepted += 1
        codes += d.submitted.count
      case .correct:
        corrected += 1
        codes += d.submitted.count
        errors += d.errors
      case .query: queried += 1
      }
    }
  }

  /// Changes and errors of one reason.
  public struct ReasonRow: Sendable, Equatable {
    public var reason: ChangeReason
    public var changes: Int
    public var errors: Int
  }

  /// Figures of one finding kind.
  public struct KindRow: Sendable, Equatable {
    /// The finding kind.
    public var kind: String
    /// Encounters of the batch with a finding of this kind (error or warning).
    public var inBatch: Int
    /// Decided encounters with it, and how many of those were corrected.
    public var decided: Int
    public var corrected: Int
    /// Findings of this kind agreed with and dismissed.
    public var agreed: Int
    public var dismissed: Int
    /// Dismissed ÷ (agreed + dismissed) (0 when none).
    public var dismissalRate: Double { agreed + dismissed == 0 ? 0 : Double(dismissed) / Double(agreed + dismissed) }
  }

  /// Readable encounters in the batch, unreadable lines, and encounters with errors / warnings.
  public var encounters = 0
  public var unreadable = 0
  public var withErrors = 0
  public var withWarnings = 0
  /// The reviewers of the trail.
  public var reviewers: [String] = []
  /// All decisions.
  public var overall = Accuracy()
  /// By reason, in the fixed order of ``ChangeReason``.
  public var byReason: [ReasonRow] = []
  /// By finding kind, most frequent in the batch first.
  public var byKind: [KindRow] = []
  /// By coder (batches with a `coder` column), by name.
  public var byCoder: [(coder: String, accuracy: Accuracy)] = []

  /// Decided encounters.
  public var decided: Int { overall.accepted + overall.corrected + overall.queried }

  public static func == (a: ReviewMetrics, b: ReviewMetrics) -> Bool {
    a.encounters == b.encounters && a.overall == b.overall && a.byReason == b.byReason && a.byKind == b.byKind
      && a.byCoder.map(\.coder) == b.byCoder.map(\.coder) && a.byCoder.map(\.accuracy) == b.byCoder.map(\.accuracy)
  }

  /// Computes the figures from decisions, dispositions and the batch counts kept in `meta`.
  public init(decisions: [Decision], dispositions: [Disposition], meta: [String: String], reviewers: [String]) {
    encounters = Int(meta["batch_encounters"] ?? "") ?? 0
    unreadable = Int(meta["batch_unreadable"] ?? "") ?? 0
    withErrors = Int(meta["batch_with_errors"] ?? "") ?? 0
    withWarnings = Int(meta["batch_with_warnings"] ?? "") ?? 0
    self.reviewers = reviewers
    var reasons: [ChangeReason: (Int, Int)] = [:]
    var coders: [String: Accuracy] = [:]
    var kindDecided: [String: (Int, Int)] = [:]
    for d in decisions {
      overall.add(d)
      if let coder = d.coder { coders[coder, default: Accuracy()].add(d) }
      for c in d.changes where c.mark != .unchanged {
        let reason = c.reason ?? .other
        let old = reasons[reason] ?? (0, 0)
        reasons[reason] = (old.0 + 1, old.1 + c.weight)
      }
      for kind in Set(d.findingKinds.map(\.rawValue)) {
        let old = kindDecided[kind] ?? (0, 0)
        kindDecided[kind] = (old.0 + 1, old.1 + (d.kind == .correct ? 1 : 0))
      }
    }
    byReason = ChangeReason.allCases.map { r in
      ReasonRow(reason: r, changes: reasons[r]?.0 ?? 0, errors: reasons[r]?.1 ?? 0)
    }
    let inBatch =
      (meta["batch_kinds"]).flatMap { try? JSONDecoder().decode([String: Int].self, from: Data($0.utf8)) } ?? [:]
    var verdicts: [String: (Int, Int)] = [:]
    for d in dispositions {
      let old = verdicts[d.findingKind] ?? (0, 0)
      verdicts[d.findingKind] = d.verdict == .agree ? (old.0 + 1, old.1) : (old.0, old.1 + 1)
    }
    let kinds = Set(inBatch.keys).union(kindDecided.keys).union(verdicts.keys)
    byKind = kinds.map { k in
      KindRow(
        kind: k, inBatch: inBatch[k] ?? 0, decided: kindDecided[k]?.0 ?? 0, corrected: kindDecided[k]?.1 ?? 0,
        agreed: verdicts[k]?.0 ?? 0, dismissed: verdicts[k]?.1 ?? 0)
    }.sorted { ($0.inBatch, $1.kind) > ($1.inBatch, $0.kind) }
    byCoder = coders.keys.sorted().map { ($0, coders[$0] ?? Accuracy()) }
  }

  /// Reads the figures of a workspace.
  public init(workspace: ReviewWorkspace) throws {
    self.init(
      decisions: try workspace.decisions(findings: false), dispositions: try workspace.dispositions(),
      meta: try workspace.allMeta(), reviewers: try workspace.reviewers())
  }
}
