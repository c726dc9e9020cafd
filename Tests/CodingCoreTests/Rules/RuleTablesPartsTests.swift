import Foundation
import Testing

@testable import CodingCore

/// The small parts under the rules engine's tables: packed keys, the hash table, node masks, and the
/// JSON string writer's word-at-a-time scan.
@Suite struct RuleTablesPartsTests {
  @Test(arguments: ["m54.50", " M54.50 ", "s39012a", "S39.012A", "M5450", "m\t54.5", ".", "", "M54.5-", "a0b1c2d3"])
  func packedNormalisationMatchesTheNormaliser(_ typed: String) throws {
    var text = typed
    let packed = text.withUTF8 { PackedKey.normalized($0) }
    let key = CodeNormalizer.key(typed)
    if key.utf8.count <= 8 {
      #expect(packed == PackedKey.pack(key))
      #expect(CodeIndex.unpack(try #require(packed)) == key)
    } else {
      #expect(packed == nil)
    }
  }

  @Test func packingRefusesLongTextAndNulBytes() {
    #expect(PackedKey.pack("S39.012AX") == nil)
    #expect(PackedKey.pack("M5\u{0}4") == nil)
    #expect(PackedKey.pack("S39.012A") != nil)
    #expect(PackedKey.pack("M54") != PackedKey.pack("M540"))
    var text = "ü54.50"
    #expect(text.withUTF8 { PackedKey.normalized($0) } == nil)
  }

  @Test func keyTableFindsWhatWasInsertedThroughGrowthAndEmptying() {
    var table = KeyTable(capacity: 4)
    for k in 0..<5000 { table.insert(UInt64(k) &* 0x1_0000_0001, Int32(k)) }
    #expect(table.count == 5000)
    #expect((0..<5000).allSatisfy { table.find(UInt64($0) &* 0x1_0000_0001) == Int32($0) })
    #expect(table.find(12_345_678_901) == nil)
    table.insert(0, 7)  // key 0 was inserted for k = 0: replaced
    #expect(table.find(0) == 7)
    #expect(table.count == 5000)
    table.insert(1 << 63, 9)
    #expect(table.find(1 << 63) == 9)
    #expect(table.count == 5001)
    table.removeAll()
    #expect(table.count == 0)
    #expect(table.find(0) == nil)
    #expect(table.find(0x1_0000_0001) == nil)
  }

  @Test func nodeMasksCoverExactlyTheBucketsOfTheirRanges() {
    var mask = NodeMask()
    let shift = 9
    mask.insert(1000, 1500, shift: shift)  // buckets 1 and 2
    mask.insert(70_000, 70_001, shift: shift)  // bucket 136
    mask.insert(5, 5, shift: shift)  // empty
    #expect(mask.contains(node: 1000, shift: shift))
    #expect(mask.contains(node: 512, shift: shift))
    #expect(mask.contains(node: 1535, shift: shift))
    #expect(!mask.contains(node: 1536, shift: shift))
    #expect(!mask.contains(node: 5, shift: shift))
    #expect(mask.contains(node: 69_632, shift: shift))
    #expect(!mask.contains(node: 70_144, shift: shift))
    var other = NodeMask()
    other.insert(130_000, 131_072, shift: shift)  // buckets 253-255
    other.formUnion(mask)
    #expect(other.contains(node: 131_071, shift: shift))
    #expect(other.contains(node: 1000, shift: shift))
  }

  @Test(arguments: 0..<12)
  func jsonStringsEscapeAtEveryOffset(_ offset: Int) throws {
    let padding = String(repeating: "a", count: offset)
    let samples = ["\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "é", "日本", "x y z 0123456789"]
    for sample in samples {
      let text = padding + sample + padding + "tail of some length"
      var w = JSONWriter()
      w.string(text)
      let decoded = try JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed) as? String
      #expect(decoded == text)
    }
  }

  @Test func lineSplittingKeepsNumbersAndDropsCarriageReturns() {
    let reader = LineReader(bytes: Array("a\r\nb\n\nc".utf8))
    var lines: [(String, Int)] = []
    reader.forEachLine { bytes, number in lines.append((String(decoding: bytes, as: UTF8.self), number)) }
    #expect(lines.map(\.0) == ["a", "b", "", "c"])
    #expect(lines.map(\.1) == [1, 2, 3, 4])
  }
}
