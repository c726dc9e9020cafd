extension Reducer {
  /// Esc while the first check of a new workspace runs (and Esc has nothing else to leave): stops it.
  /// Returns whether it did.
  func cancelReviewCheck(_ state: inout AppState) -> Bool {
    guard state.review.active, let review = state.reviewBackend, review.checkProgress != nil else { return false }
    review.cancelCheck()
    state.review.checkCancelled = true
    state.message = StatusMessage(
      "Check of the batch cancelled: decisions are saved as you make them; the counts are made on the next opening.")
    return true
  }

  /// The first check has ended (done or cancelled): says so if the status line still shows its progress.
  func reviewCheckEnded(_ state: inout AppState) {
    guard let review = state.reviewBackend else { return }
    if state.message?.text.hasPrefix(ReviewCheckBar.prefix) == true || state.message == nil {
      let errors = review.progress.withErrors.map { "\(ReviewPane.grouped($0)) with errors" }
      state.message = errors.map { StatusMessage("Checked the batch: \($0).") } ?? state.message
    }
  }
}

/// The progress bar of the first check of a new workspace (overview header and status line).
public enum ReviewCheckBar {
  /// How the status line's progress message starts.
  static let prefix = "Checking the batch"

  /// `Checking the batch ███████░░░░░░░ 42% (Esc cancels)` (the status line).
  public static func text(done: Int, total: Int) -> String {
    "\(prefix) \(bar(done: done, total: total, width: 20)) (Esc cancels)"
  }

  /// `checking ███░░░░░░░ 30%` (the overview's header).
  public static func short(done: Int, total: Int) -> String {
    "checking \(bar(done: done, total: total, width: 10))"
  }

  /// The bar, `width` cells wide, and the percentage done.
  static func bar(done: Int, total: Int, width: Int) -> String {
    let fraction = total <= 0 ? 1 : min(1, Double(done) / Double(total))
    let filled = Int((fraction * Double(width)).rounded(.down))
    let cells = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    return "\(cells) \(Int((fraction * 100).rounded(.down)))%"
  }
}
