import CodingCore
import Foundation
import ReviewStore
import TestSupport

/// Temporary folders, small batches and a shared rules engine for the workspace tests.
enum TestWorkspace {
  /// The rules engine over the shipped releases (loaded once).
  static let engine: RulesEngine = {
    (try? RulesEngine.load(codeSet: ShippedData.codeSet, locator: ShippedData.locator))
      ?? RulesEngine(codeSet: ShippedData.codeSet)
  }()

  /// A new empty folder under the system's temporary folder.
  static func folder() -> String {
    let path = NSTemporaryDirectory() + "m54-review-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// A batch of four encounters (E1 has an Excludes1 error, E4 a header code), with a coder column.
  static let batchText = """
    encounter_id,date_of_service,codes,coder
    E1,2026-05-01,M54.50;M54.41,ann
    E2,2026-05-02,M54.2,ann
    E3,2026-05-03,M54.16;G89.29,bob
    E4,2026-05-04,M54.5,bob

    """

  /// Writes text to a file in a folder and returns its path.
  static func write(_ text: String, name: String, in folder: String) -> String {
    let path = folder + "/" + name
    FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  /// Reads a batch file (or fails the caller's expectation with an empty batch).
  static func batch(_ path: String) -> ReviewBatch? {
    try? BatchLoader.load(path: path).get()
  }

  /// Opens a session on a new workspace for the standard batch.
  static func session(
    folder: String, reviewer: String = "alice", batchText: String = batchText
  ) throws -> (ReviewSession, batch: String, workspace: String) {
    let batchPath = write(batchText, name: "batch.csv", in: folder)
    guard let batch = batch(batchPath) else { throw WorkspaceError.refused("unreadable test batch") }
    let workspace = folder + "/review.m54review"
    let session = try ReviewSession(
      batch: batch, workspacePath: workspace, reviewer: reviewer, rebind: false, engine: engine)
    return (session, batchPath, workspace)
  }

  /// The file's bytes.
  static func bytes(_ path: String) -> [UInt8] { [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }
}
