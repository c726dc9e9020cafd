import Foundation
import TestSupport
import Testing

@testable import CodingCore

/// The command line on a damaged compiled store: the damage is reported in one line, the store is
/// rebuilt and the answer is right; never a signal.
@Suite(.serialized) struct DamagedStoreCommandTests {
  @Test func aFlippedByteInAPageShowUsesIsRebuiltAndTheAnswerIsRight() throws {
    _ = try BuiltBinary.warmCache.get()
    let reference = try CommandRun.m54(["show", "M54.50"])
    #expect(reference.status == 0)
    #expect(reference.stdout.hasPrefix("M54.50  Low back pain, unspecified\n"))
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent("m54-damaged-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: cache) }
    let shipped = ShippedData.codeSet
    for release in shipped.releases {
      let path = try #require(release.buffer.path)
      try FileManager.default.copyItem(
        atPath: path, toPath: cache.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent).path)
    }
    // The title of M54.50 in FY2026-April, which `show` must read.
    let fy2026 = try #require(shipped.release(named: "FY2026-April"))
    let node = try #require(fy2026.lookup("M54.50"))
    let titleOffset = Int(fy2026.buffer.u32(fy2026.nodes + node.index * StoreLayout.nodeSize + 8))
    let store = cache.appendingPathComponent(URL(fileURLWithPath: try #require(fy2026.buffer.path)).lastPathComponent)
    var bytes = [UInt8](try Data(contentsOf: store))
    bytes[fy2026.strings + titleOffset] ^= 0x20  // "Low" becomes "low"
    try Data(bytes).write(to: store)
    let run = try CommandRun.m54(["show", "M54.50"], environment: ["M54_CACHE_DIR": cache.path])
    #expect(run.status == 0)
    #expect(run.stdout == reference.stdout)
    #expect(run.stderr.contains("FY2026-April"))
    #expect(run.stderr.contains("is damaged (bytes "))
    #expect(run.stderr.split(separator: "\n").count == 1)
    let again = try CommandRun.m54(["show", "M54.50"], environment: ["M54_CACHE_DIR": cache.path])
    #expect(again.status == 0 && again.stderr.isEmpty && again.stdout == reference.stdout)
  }
}
