import Foundation
import Testing

@testable import CodingCore

/// Files are written whole or not at all, under temporary names nobody can predict.
@Suite struct AtomicFileTests {
  @Test func temporaryNamesAreUnpredictableAndNeverLeftBehind() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let target = folder.appendingPathComponent("FY2026-April-abc.m54s").path
    let first = try AtomicFile(target: target)
    let second = try AtomicFile(target: target)
    #expect(first.temporaryPath != second.temporaryPath)
    #expect(URL(fileURLWithPath: first.temporaryPath).lastPathComponent.hasPrefix(".FY2026-April-abc.m54s.tmp."))
    #expect(Array("one".utf8).withUnsafeBytes { first.write($0) })
    first.discard()
    #expect(Array("two".utf8).withUnsafeBytes { second.write($0) })
    try second.commit()
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "two")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["FY2026-April-abc.m54s"])
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
  }

  @Test func aFileThatCannotBeCreatedIsAnErrorNamingTheFolder() {
    #expect(throws: ImportError.self) { _ = try AtomicFile(target: "/proc/m54-no-such-folder/out.jsonl") }
  }
}
