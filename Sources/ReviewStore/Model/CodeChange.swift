/// One code of a correction, marked, with the reason for a change and how many errors it counts for.
public struct CodeChange: Sendable, Hashable, Codable {
  /// The code (normalised).
  public var code: String
  /// Added, deleted, resequenced or unchanged.
  public var mark: CodeMark
  /// Its 0-based position among the submitted codes, if it was submitted.
  public var submittedPosition: Int?
  /// Its 0-based position among the corrected codes, if it is kept.
  public var correctedPosition: Int?
  /// Why it changed (nil exactly when unchanged).
  public var reason: ChangeReason?
  /// An optional note on this change.
  public var note: String?
  /// The errors it counts for: 0 unchanged, 1 a change, 2 a change of the first-listed code.
  public var weight: Int

  /// Creates a change.
  public init(
    code: String, mark: CodeMark, submittedPosition: Int?, correctedPosition: Int?, reason: ChangeReason?,
    note: String? = nil, weight: Int
  ) {
    self.code = code
    self.mark = mark
    self.submittedPosition = submittedPosition
    self.correctedPosition = correctedPosition
    self.reason = reason
    self.note = note
    self.weight = weight
  }
}
