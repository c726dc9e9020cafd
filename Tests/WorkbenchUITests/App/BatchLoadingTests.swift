import CodingCore
import Foundation
import Testing
import WorkbenchUI

/// A batch opened in the terminal workbench loads in the background: the workbench answers keys
/// meanwhile, the status line shows progress, Esc cancels, and an over-long line is skipped.
@Suite struct BatchLoadingTests {
  static func batchFile(lines: Int, extra: String = "") throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("m54-batch-\(UUID().uuidString).csv").path
    var text = "encounter_id,date_of_service,codes\n"
    for i in 0..<lines { text += "E\(i),2026-05-01,M54.50;M54.41\n" }
    text += extra
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func aBatchLoadsInTheBackgroundWhileKeysAreAnswered() throws {
    let path = try Self.batchFile(lines: 3, extra: "E9,2026-05-01," + String(repeating: "M", count: 2 << 20) + "\n")
    defer { unlink(path) }
    var session = Fixtures.session()
    session.loadsInBackground = true
    session.send(.commandLine("open \(path)"))
    let load = try #require(session.batchLoad)
    #expect(session.state.message?.text.hasSuffix("… (Esc cancels)") == true)
    #expect(session.state.encounter.batch.map(\.encounters.count) == nil)
    session.press("j")  // the workbench answers while the batch loads
    load.wait()
    let changed = session.pollBackgroundWork()
    #expect(changed)
    #expect(session.batchLoad == nil)
    let batch = try #require(session.state.encounter.batch)
    #expect(batch.encounters.count == 3)
    #expect(batch.problems == ["line 5: longer than 1048576 bytes (2097166 bytes; see --max-line-bytes), skipped"])
  }

  @Test func escCancelsALoadingBatch() throws {
    let path = try Self.batchFile(lines: 20_000)
    defer { unlink(path) }
    var session = Fixtures.session()
    session.loadsInBackground = true
    session.send(.commandLine("open \(path)"))
    let load = try #require(session.batchLoad)
    session.press("<Esc>")
    #expect(session.batchLoad == nil)
    #expect(session.state.message?.text == "Loading \(path) cancelled.")
    load.wait()
    #expect(load.isCancelled)
    let changed = session.pollBackgroundWork()
    #expect(!changed)
    #expect(session.state.encounter.batch.map(\.encounters.count) == nil)
  }
}
