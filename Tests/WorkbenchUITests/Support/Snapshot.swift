import Foundation
import Testing
import WorkbenchUI

/// Compares a rendered screen with `Snapshots/NAME.txt`.
///
/// A missing snapshot (or `RECORD_SNAPSHOTS=1`) is written and the test fails,
/// so that a new snapshot is always looked at before it is trusted.
func assertSnapshot(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
  let folder = Fixtures.root.appendingPathComponent("Tests/WorkbenchUITests/Snapshots")
  let url = folder.appendingPathComponent("\(name).txt")
  let actual = buffer.lines().map { "|\($0)|" }.joined(separator: "\n") + "\n"
  let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
  if !record, let expected = try? String(contentsOf: url, encoding: .utf8) {
    #expect(actual == expected, "screen differs from Snapshots/\(name).txt:\n\(actual)", sourceLocation: sourceLocation)
    return
  }
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  try? actual.write(to: url, atomically: true, encoding: .utf8)
  Issue.record("recorded Snapshots/\(name).txt; check it and run again", sourceLocation: sourceLocation)
}

extension WorkbenchSession {
  /// The rendered screen as text.
  var screen: String { render().text }

  /// The code of the selected tree row.
  var selectedTreeCode: String? { state.tree.rows[safe: state.tree.selected]?.entry.code }

  /// The rendered line that contains `text`, if any.
  func line(containing text: String) -> String? { render().lines().first { $0.contains(text) } }
}

extension Array {
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
