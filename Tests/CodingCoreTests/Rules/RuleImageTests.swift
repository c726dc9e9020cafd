import Foundation
import Testing

@testable import CodingCore

/// Rule images: the tables a large batch takes from an image equal the tables it computes, and an
/// image that is damaged, foreign or stale is never trusted.
@Suite struct RuleImageTests {
  /// A copy of the FY2026 store in a folder of its own, opened as a release, with the shipped
  /// checklist and curated mapping: images are written beside the copy.
  final class Setup {
    let folder: URL
    let release: Release
    let rules: ReleaseRules

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-rule-image-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let original = try #require(TestData.fy2026.buffer.path)
      // Named as the cache names stores, with a fingerprint that lost a leading zero (as 1 in 16 do).
      let copy = folder.appendingPathComponent("FY2026-April-3f2e2a2e6e38770.m54s")
      try FileManager.default.copyItem(atPath: original, toPath: copy.path)
      release = try Release(buffer: StoreBuffer(mapping: copy.path), source: copy.path)
      rules = ReleaseRules(
        release: release, codeSet: TestData.codeSet,
        curated: try CuratedReferences.load(
          from: RulesFixture.dataFolder.appendingPathComponent("curated-references.json")),
        checklist: try Checklist.load(from: RulesFixture.dataFolder.appendingPathComponent("checklists.json")))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// The image files in the folder.
    var images: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".m54r") }
        .sorted()
    }

    /// Fresh tables with every code entered (through the image when there is one); whether the
    /// image was used.
    func tables() -> (RuleTables, fromImage: Bool) {
      var t = RuleTables(rules: rules)
      t.entersAllCodes = true
      t.entersAllAtOnce = true
      let fromImage = t.enterAllCodesThroughImage()
      return (t, fromImage)
    }
  }

  /// Whether two images hold the same values, field by field (padding between fields is left out:
  /// its bytes are whatever the memory held).
  static func same(_ a: RuleImage, _ b: RuleImage) -> Bool {
    func entry(_ e: RuleEntry) -> [Int64] {
      [
        Int64(bitPattern: e.inlineCode.0), Int64(bitPattern: e.inlineCode.1), Int64(e.node), Int64(e.parent),
        Int64(e.flags), Int64(e.head), Int64(e.finding), Int64(e.codeStart), Int64(e.codeCount),
      ]
    }
    func span(_ s: CarrierSpan) -> [Int64] {
      [s.rangeStart, s.rangeCount, s.instructionStart, s.instructionCount, s.next].map(Int64.init) + [
        Int64(s.chainFlags)
      ]
    }
    func masks(_ m: ChainMasks) -> [UInt8] { withUnsafeBytes(of: m) { Array($0) } }
    func range(_ r: RuleImage.RangeRecord) -> [Int64] {
      [r.start, r.end, r.note, r.carrier, r.curated, r.textStart, r.textCount].map(Int64.init)
        + [r.kind, r.level, r.qualified].map(Int64.init)
    }
    return a.entries.map(entry) == b.entries.map(entry) && a.codeBytes == b.codeBytes
      && a.keyedSlots.map { [Int64(bitPattern: $0.key), Int64($0.value)] }
        == b.keyedSlots.map { [Int64(bitPattern: $0.key), Int64($0.value)] }
      && a.carrierSlot == b.carrierSlot && a.headSlot == b.headSlot && a.carriers.map(span) == b.carriers.map(span)
      && a.chainMasks.map(masks) == b.chainMasks.map(masks)
      && a.chainIntervals.map { [$0.start, $0.count] } == b.chainIntervals.map { [$0.start, $0.count] }
      && a.intervals == b.intervals && a.triples == b.triples
      && a.instructionRanges.map { [$0.start, $0.count, $0.isCodeFirst ? 1 : 0] }
        == b.instructionRanges.map { [$0.start, $0.count, $0.isCodeFirst ? 1 : 0] }
      && a.instructionTriples == b.instructionTriples && a.rangeRecords.map(range) == b.rangeRecords.map(range)
      && a.instructionRecords.map { [$0.note, $0.carrier, Int32($0.kind)] }
        == b.instructionRecords.map { [$0.note, $0.carrier, Int32($0.kind)] }
      && a.texts == b.texts
  }

  @Test func tablesTakenFromAnImageEqualTablesComputed() throws {
    let setup = try Setup()
    #expect(setup.images.isEmpty)
    let (computed, first) = setup.tables()
    #expect(!first)
    #expect(setup.images.count == 1)
    let (loaded, second) = setup.tables()
    #expect(second)
    #expect(loaded.entries.count > 90_000)
    #expect(loaded.allCodesEntered)
    #expect(Self.same(loaded.image(), computed.image()))
    // What the image keeps as plain values is decoded again the same way.
    #expect(loaded.ranges.map { $0.qualifier?.text } == computed.ranges.map { $0.qualifier?.text })
    #expect(loaded.ranges.map(\.text) == computed.ranges.map(\.text))
    #expect(loaded.ranges.contains { $0.qualifier != nil })
    #expect(loaded.ranges.contains { $0.kind == .curated && $0.text != nil })
    #expect(
      loaded.instructions.map { $0.ranges.map { "\($0.range) \($0.qualifier?.text ?? "")" } }
        == computed.instructions.map { $0.ranges.map { "\($0.range) \($0.qualifier?.text ?? "")" } })
    // And the verdicts read through them are the same, inherited ones included.
    for (a, b) in [("M54.50", "M54.41"), ("G57.01", "M54.16"), ("M54.50", "G89.29"), ("R52", "M54.50")] {
      var x = computed
      var y = loaded
      let left = x.verdict(x.entry(key: CodeNormalizer.key(a)), x.entry(key: CodeNormalizer.key(b)))
      let right = y.verdict(y.entry(key: CodeNormalizer.key(a)), y.entry(key: CodeNormalizer.key(b)))
      #expect(left.decision == right.decision)
      #expect(left.decision != .none)
    }
  }

  @Test func aDamagedOrTruncatedImageIsComputedAgainAndReplaced() throws {
    let setup = try Setup()
    let (computed, _) = setup.tables()
    let path = try #require(RuleImage.location(for: setup.rules)?.path)
    let good = try Data(contentsOf: URL(fileURLWithPath: path))
    var damaged = good
    damaged[damaged.count / 2] ^= 0x40
    for bad in [damaged, good.prefix(good.count - 8), good.prefix(20), Data()] {
      try bad.write(to: URL(fileURLWithPath: path))
      let (again, fromImage) = setup.tables()
      #expect(!fromImage)
      #expect(Self.same(again.image(), computed.image()))
      // The image was written again, whole.
      #expect(setup.tables().fromImage)
    }
  }

  @Test func anImageWithPositionsOutOfPlaceIsRefused() throws {
    let setup = try Setup()
    let (computed, _) = setup.tables()
    let image = computed.image()
    var edits: [(inout RuleImage) -> Void] = [
      { $0.entries[7].head = Int32($0.carriers.count) },
      { $0.entries[9].node = -5 },
      { $0.entries[3].codeStart = Int32($0.codeBytes.count) },
      { $0.carriers[2].next = -1 },
      { $0.carriers[2].rangeCount = Int32($0.rangeRecords.count) + 1 },
      { $0.headSlot[11] = Int32($0.carriers.count) },
      { $0.carrierSlot.removeLast() },
      { $0.chainIntervals[1].count = Int32($0.intervals.count) },
      { $0.instructionRanges[0].count = Int32($0.instructionTriples.count) },
      { $0.rangeRecords[0].note = -1 },
      { $0.rangeRecords[0].kind = 9 },
      { $0.instructionRecords[0].kind = 200 },
      { $0.keyedSlots.removeLast() },
    ]
    edits.append { image in
      for i in image.keyedSlots.indices where image.keyedSlots[i].value >= 0 {
        image.keyedSlots[i].value = Int32(image.entries.count)
        return
      }
    }
    for edit in edits {
      var bad = image
      edit(&bad)
      var t = RuleTables(rules: setup.rules)
      let adopted = t.adopt(bad)
      #expect(!adopted)
      #expect(t.entries.isEmpty && t.carriers.count == 1 && t.ranges.isEmpty)
    }
    var t = RuleTables(rules: setup.rules)
    let adopted = t.adopt(image)
    #expect(adopted)
  }

  @Test func onlyFreshTablesOfAStoreFileUseImages() throws {
    let setup = try Setup()
    var used = RuleTables(rules: setup.rules)
    _ = used.entry(key: "M5450")
    #expect(!used.isFresh)
    let fromImage = used.enterAllCodesThroughImage()
    #expect(!fromImage)
    #expect(setup.images.isEmpty)
    // A release compiled in memory has no folder to keep an image in.
    let memory = try Release(
      buffer: StoreBuffer(
        bytes: Array(try Data(contentsOf: URL(fileURLWithPath: try #require(setup.release.buffer.path))))),
      source: "memory")
    let rules = ReleaseRules(
      release: memory, codeSet: TestData.codeSet, curated: setup.rules.curated, checklist: setup.rules.checklist)
    #expect(RuleImage.location(for: rules)?.path == nil)
    #expect(RuleImage.location(for: setup.rules)?.path.hasSuffix(".m54r") == true)
  }

  @Test func aStoreCompiledAgainInPlaceDoesNotUseTheImageOfTheOldOne() throws {
    let setup = try Setup()
    _ = setup.tables()
    let before = try #require(RuleImage.location(for: setup.rules)?.path)
    let store = try #require(setup.release.buffer.path)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: store)
    let again = try Release(buffer: StoreBuffer(mapping: store), source: store)
    let rules = ReleaseRules(
      release: again, codeSet: TestData.codeSet, curated: setup.rules.curated, checklist: setup.rules.checklist)
    let after = try #require(RuleImage.location(for: rules)?.path)
    #expect(after != before)
    var t = RuleTables(rules: rules)
    let fromImage = t.enterAllCodesThroughImage()
    #expect(!fromImage)
    #expect(FileManager.default.fileExists(atPath: after))
  }

  @Test func staleImagesAndTemporaryFilesAreRemovedAndOtherBuildsKeptWithinALimit() throws {
    let setup = try Setup()
    let path = try #require(RuleImage.location(for: setup.rules)?.path)
    let name = URL(fileURLWithPath: path).lastPathComponent
    let dot = try #require(name.firstIndex(of: "."))
    let store = String(name[...dot])
    let others = [
      "FY2026-April-0123456789abcdef.1111111111111111.m54r",  // another store of the release: stale
      "\(store)2222222222222222.m54r", "\(store)3333333333333333.m54r", "\(store)4444444444444444.m54r",
      "FY2025-April-0123456789abcdef.5555555555555555.m54r",  // another release
      "FY2026-April-notes.m54r",  // not an image name
      "\(name).123.456.tmp",  // left by a stopped writer: removed, being old
    ]
    for (i, other) in others.enumerated() {
      let url = setup.folder.appendingPathComponent(other)
      try Data([1, 2, 3]).write(to: url)
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSince1970: 1_700_000_000 + Double(i) * 100)], ofItemAtPath: url.path)
    }
    // One being written right now by another process: kept.
    let writing = setup.folder.appendingPathComponent("\(name).789.1.tmp")
    try Data([1]).write(to: writing)
    _ = setup.tables()
    #expect(
      setup.images
        == [
          "FY2025-April-0123456789abcdef.5555555555555555.m54r", "\(store)3333333333333333.m54r",
          "\(store)4444444444444444.m54r", name, "FY2026-April-notes.m54r",
        ].sorted())
    #expect(!FileManager.default.fileExists(atPath: setup.folder.appendingPathComponent("\(name).123.456.tmp").path))
    #expect(FileManager.default.fileExists(atPath: writing.path))
  }
}
