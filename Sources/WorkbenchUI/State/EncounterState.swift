import CodingCore

/// The encounter builder: the draft, its latest check, the cursor and the code being typed.
public struct EncounterState: Equatable, Sendable {
  public var draft: Encounter
  /// The check of the current draft, redone on every change.
  public var report: EncounterReport
  public var cursor: EncounterCursor = .entry
  /// The code being typed in the entry row.
  public var entryText = ""
  /// Completion candidates for `entryText` (node keys), best first.
  public var completions: [String] = []
  /// Whether keys type into the entry row (entered with `i` or `+`, left with Esc).
  public var typing = false
  /// The completion chosen with Tab / Up / Down, if any.
  public var completion: Int?
  /// Changes to the codes and unrelated marks that can be undone and redone.
  public var undo = EncounterUndo()
  /// First line shown.
  public var scroll = 0
  /// The batch being stepped through, if one is open.
  public var batch: BatchFile?
  /// Index of the current encounter in the batch.
  public var batchIndex = 0

  public init(draft: Encounter, report: EncounterReport) {
    self.draft = draft
    self.report = report
  }

  /// The selectable positions in display order: codes, the entry row, findings.
  public var cursorPositions: [EncounterCursor] {
    draft.codes.indices.map { .code($0) } + [.entry] + report.findings.indices.map { .finding($0) }
  }

  /// The index of the cursor in ``cursorPositions``.
  public var cursorIndex: Int { cursorPositions.firstIndex(of: cursor) ?? draft.codes.count }
}
