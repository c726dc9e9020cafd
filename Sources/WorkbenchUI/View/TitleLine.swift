/// The top line: product, release in effect, date of service, batch position, theme.
enum TitleLine {
  static func draw(_ state: AppState, in rect: Rect, into buffer: inout ScreenBuffer) {
    buffer.fill(rect, role: .titleBar)
    let enc = state.encounter
    var parts = [
      " M54 Workbench", "release \(state.catalog.releaseName)\(state.pinnedRelease == nil ? "" : " (pinned)")",
      "date of service \(enc.draft.date)",
    ]
    if let batch = enc.batch {
      parts.append("encounter \(enc.draft.id ?? "?") (\(enc.batchIndex + 1)/\(batch.encounters.count))")
    } else if let id = enc.draft.id {
      parts.append("encounter \(id)")
    }
    if state.review.active, let review = state.reviewBackend {
      let p = review.progress
      parts.append("review \(p.decided)/\(p.encounters) decided")
    }
    // A date no loaded release covers at either end: the release to import is named.
    if let note = enc.report.releaseNote, note.hasPrefix("no release loaded") {
      parts.append("warning: " + note.prefix { $0 != ";" })
    }
    var left = parts.joined(separator: " │ ")
    if DisplayWidth.of(left) > rect.width {
      // Narrow terminal: drop the product name and abbreviate, keeping what changes.
      parts.removeFirst()
      parts[1] = "DOS \(enc.draft.date)"
      if enc.batch != nil, parts.count > 2 { parts[2] = parts[2].replacingOccurrences(of: "encounter ", with: "") }
      left = " " + parts.joined(separator: " │ ")
    }
    buffer.put(left, x: rect.x, y: rect.y, limit: rect.width, role: .titleBar)
    let right = "theme \(state.themeName) "
    let rx = rect.maxX - DisplayWidth.of(right)
    if rx > rect.x + DisplayWidth.of(left) + 2 { buffer.put(right, x: rx, y: rect.y, role: .titleBar) }
  }
}
