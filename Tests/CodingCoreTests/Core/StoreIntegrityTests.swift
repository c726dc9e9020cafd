import Foundation
import Testing

@testable import CodingCore

/// A damaged compiled store is never read: its header and trailer are checked on opening, every
/// other page on first use, and every offset is bounds-checked.
@Suite struct StoreIntegrityTests {
  /// The bytes of the shipped FY2026-April store.
  static let store: [UInt8] = {
    guard let path = TestData.fy2026.buffer.path, let data = FileManager.default.contents(atPath: path) else {
      return []
    }
    return [UInt8](data)
  }()

  @Test func anIntactStoreOpensAndVerifies() throws {
    let release = try Release(buffer: StoreBuffer(bytes: Self.store), source: "memory")
    try release.verifyIntegrity()
    #expect(release.code(try #require(release.lookup("m5450"))) == "M54.50")
  }

  @Test(arguments: [0, 7, 79])
  func aFlippedHeaderByteIsRefusedOnOpening(offset: Int) throws {
    var bytes = Self.store
    bytes[offset] ^= 0x20
    #expect(throws: StoreDamage.self) { _ = try StoreBuffer(bytes: bytes) }
  }

  @Test func aFlippedByteInTheTrailerIsRefusedOnOpening() throws {
    for back in [1, 20, 41, 5000] {
      var bytes = Self.store
      bytes[bytes.count - back] ^= 0x01
      #expect(throws: StoreDamage.self) { _ = try StoreBuffer(bytes: bytes) }
    }
  }

  @Test func aTruncatedStoreIsRefusedOnOpening() throws {
    #expect(throws: StoreDamage.self) { _ = try StoreBuffer(bytes: Array(Self.store.dropLast(4096))) }
    #expect(throws: StoreDamage.self) { _ = try StoreBuffer(bytes: Array(Self.store.prefix(100))) }
    #expect(throws: StoreDamage.self) { _ = try StoreBuffer(bytes: []) }
  }

  @Test(arguments: [4096, 1_000_003, 9_000_000, 17_000_001])
  func aFlippedByteInsideIsFoundByItsPageChecksum(offset: Int) throws {
    var bytes = Self.store
    bytes[offset] ^= 0x01
    let buffer = try StoreBuffer(bytes: bytes)
    do {
      try buffer.verifyAll()
      Issue.record("the flip at \(offset) was not found")
    } catch let damage as StoreDamage {
      let page = offset / 4096 * 4096
      #expect(damage.detail == "bytes \(page)-\(page + 4095) fail their checksum")
    }
  }

  @Test func storeNamesAreParsedExactly() {
    #expect(ReleaseCache.releaseID(ofStore: "FY2026-April-c0161d0f656883d3.m54s") == "FY2026-April")
    #expect(ReleaseCache.releaseID(ofStore: "FY2026-3f2e2a2e6e38770.m54s") == "FY2026")
    #expect(ReleaseCache.releaseID(ofStore: "FY2026-April.m54s") == nil)
    #expect(ReleaseCache.releaseID(ofStore: "FY2026-April-c0161d0f656883d3.m54r") == nil)
    #expect(ReleaseCache.releaseID(ofStore: "FY2026-XYZ.m54s") == nil)
  }

  @Test func replacingAStoreRemovesOnlyStoresOfTheSameRelease() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let source = try #require(TestData.codeSet.sources.first { $0.info.id == "FY2021" })
    // Other releases whose ids start with the same text, and an old store of FY2021.
    let others = ["FY2021-April-0123abcd.m54s", "FY2021-Test-ff.m54s", "FY2021-0123abcd.m54s"]
    for name in others { try Data([1]).write(to: folder.appendingPathComponent(name)) }
    let store = ReleaseCache(folder: folder).storeURL(for: source)
    let cached = try #require(TestData.fy2021.buffer.path)
    try FileManager.default.copyItem(atPath: cached, toPath: store.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: store.path)
    // Damage it: opening rebuilds it and removes the old FY2021 store, nothing else.
    var bytes = [UInt8](try Data(contentsOf: store))
    bytes[10] ^= 1
    try Data(bytes).write(to: store)
    // The hook is process-wide: other tests running meanwhile report their own damaged stores, so
    // only the reports naming this test's folder count, and the default is put back.
    var reports: [String] = []
    let previous = ReleaseCache.report
    ReleaseCache.report = { message in if message.contains(folder.path) { reports.append(message) } }
    defer { ReleaseCache.report = previous }
    let release = try ReleaseCache(folder: folder).open(source)
    #expect(release.lookup("M54.5") != nil)
    #expect(reports.count == 1)
    #expect(reports.first?.contains("is damaged (its header fails its checksum); rebuilding it") == true)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(names == ["FY2021-April-0123abcd.m54s", "FY2021-Test-ff.m54s", store.lastPathComponent].sorted())
  }

  /// The workbench verifies mapped stores a megabyte at a time and hands the pages back: answers
  /// read afterwards come from the same, verified bytes, and damage is still found.
  @Test func aMappedStoreVerifiedLeavingPagesOutStillAnswersAndStillFindsDamage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-leave-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let intact = folder.appendingPathComponent("intact.m54s").path
    try Data(Self.store).write(to: URL(fileURLWithPath: intact))
    let release = try Release(buffer: StoreBuffer(mapping: intact), source: intact)
    try release.verifyIntegrity(leavingPagesOut: true)
    #expect(release.code(try #require(release.lookup("m5450"))) == "M54.50")
    #expect(release.code(try #require(release.lookup("S39012A"))) == "S39.012A")

    var bytes = Self.store
    bytes[9_000_000] ^= 0x01
    let damaged = folder.appendingPathComponent("damaged.m54s").path
    try Data(bytes).write(to: URL(fileURLWithPath: damaged))
    let broken = try Release(buffer: StoreBuffer(mapping: damaged), source: damaged)
    #expect(throws: StoreDamage.self) { try broken.verifyIntegrity(leavingPagesOut: true) }
  }
}
