import Testing

@testable import CodingCore

/// The finding cache: a finding is kept once with its JSON written from the finding itself, found
/// again through typed slots, and transient findings go when the next encounter begins.
@Suite struct FindingCacheTests {
  static let duplicate = Finding(
    kind: .duplicate, severity: .warning, codes: ["M54.50"],
    message: "M54.50 is listed more than once (positions 1 and 2)", authority: .officialGuideline,
    ruleID: "DUPLICATE")

  @Test func slotsSayWhatTheyHold() {
    #expect(FindingSlot.kept(0).state == .kept(0))
    #expect(FindingSlot.kept(41).ref == .kept(41))
    #expect(FindingSlot.none.state == .none)
    #expect(FindingSlot.none.ref == nil)
    #expect(FindingSlot.notMade.state == .notMade)
    #expect(FindingSlot.seenOnce.state == .seenOnce)
    #expect(FindingSlot.seenOnce.ref == nil)
    #expect(FindingSlot(FindingRef.kept(7)) == .kept(7))
    #expect(FindingSlot(FindingRef.transient(7)) == .none)
    #expect(FindingSlot(nil) == .none)
    // Every slot is a valid (non-negative) key table value and survives a round trip through one.
    var table = FindingTable()
    for (key, slot) in [(1, FindingSlot.kept(0)), (2, .none), (3, .notMade), (4, .seenOnce)] {
      #expect(slot.tableValue >= 0)
      table.insert(UInt64(key), slot)
    }
    #expect(table.find(1) == .kept(0))
    #expect(table.find(2) == FindingSlot.none)
    #expect(table.find(3) == .notMade)
    #expect(table.find(4) == .seenOnce)
    #expect(table.find(5) == nil)
  }

  @Test func keptFindingsCarryTheirValueAndSummaryButNoJSON() {
    var cache = FindingCache()
    let ref = cache.keep(Self.duplicate)
    #expect(ref == .kept(0))
    #expect(cache.finding(ref) == Self.duplicate)
    let summary = cache.summary(ref)
    #expect(summary?.kind == 6)
    #expect(summary?.severity == .warning)
    #expect(summary?.isOverride == false)
    // Checks that return findings never read the JSON, so none is written.
    #expect(cache.store.json.isEmpty)
    var out = OutputBuffer(capacity: 64)
    defer { out.deallocate() }
    cache.appendJSON(ref, to: &out)
    #expect(out.bytes.isEmpty)
  }

  @Test func inJSONModeKeptFindingsCarryTheirJSONAndSummary() {
    var cache = FindingCache()
    cache.keepValues(false)
    let ref = cache.keep(Self.duplicate)
    #expect(ref == .kept(0))
    #expect(cache.finding(ref) == FindingStore.placeholder)
    #expect(cache.summary(ref)?.severity == .warning)
    var out = OutputBuffer(capacity: 64)
    defer { out.deallocate() }
    cache.appendJSON(ref, to: &out)
    #expect(
      String(decoding: out.bytes, as: UTF8.self)
        == #"{"kind":"duplicate","severity":"warning","codes":["M54.50"],"message":"M54.50 is listed more than once (positions 1 and 2)","authority":"official-guideline","rule":"DUPLICATE"}"#
    )
    cache.removeAll()
    cache.keepValues(true)
    _ = cache.keep(Self.duplicate)
    #expect(cache.store.json.isEmpty)
  }

  @Test func transientFindingsKeepOnlyTheirJSONUntilTheNextEncounter() {
    var cache = FindingCache()
    cache.keepValues(false)
    let ref = cache.keepForNow(Self.duplicate)
    #expect(ref == .transient(0))
    #expect(cache.summary(ref)?.severity == .warning)
    #expect(cache.finding(ref)?.kind == .emptyEncounter)  // only the JSON is kept: a stand-in
    #expect(cache.transient.count == 1)
    cache.removeTransient()
    #expect(cache.transient.count == 0)
  }
}
