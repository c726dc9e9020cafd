import Foundation
import Testing

@testable import CodingCore

/// The word-at-a-time scans of the audit's hot path against plain byte loops written here: packed
/// lookup keys, CSV fields and `;`-separated codes, on random text with every awkward byte at every
/// offset.
@Suite struct WordScanTests {
  /// A small deterministic generator (the same text on every run).
  struct Generator {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  /// The normalised lookup key of bytes, one byte at a time (``CodeNormalizer/key(_:)`` packed).
  static func referenceKey(_ bytes: [UInt8]) -> UInt64? {
    var key: [UInt8] = []
    for b in bytes {
      if b == UInt8(ascii: ".") || b == UInt8(ascii: " ") || b == 0x09 { continue }
      if b >= 0x80 || b == 0 { return nil }
      key.append(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") ? b - 0x20 : b)
    }
    guard key.count <= 8 else { return nil }
    return key.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
  }

  @Test func packedKeysEqualTheByteLoopOnRandomText() {
    let alphabet = Array("Mms54.0 \t-zZaA9".utf8) + [0, 0xC3, 0x7F, 0x60, 0x7B, 0x40, 0x5B]
    var random = Generator(state: 7)
    for _ in 0..<50_000 {
      let bytes = (0..<random.next(11)).map { _ in alphabet[random.next(alphabet.count)] }
      let packed = bytes.withUnsafeBufferPointer { PackedKey.normalized($0) }
      #expect(packed == Self.referenceKey(bytes), "\(bytes)")
    }
  }

  /// A `YYYY-MM-DD` date read one byte at a time (surrounding spaces allowed).
  static func referenceDate(_ bytes: [UInt8]) -> ServiceDate? {
    let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: [" "])
    let u = Array(text.utf8)
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
    var values: [Int] = []
    for range in [0..<4, 5..<7, 8..<10] {
      guard u[range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
      values.append(Int(String(decoding: u[range], as: UTF8.self)) ?? -1)
    }
    return ServiceDate(year: values[0], month: values[1], day: values[2])
  }

  @Test func datesReadAsTheByteLoopDoes() {
    let alphabet = Array("0123456789-/ .:".utf8) + [0x2F, 0x3A, 0x2C, 0x2E, 0xC3, 0]
    var random = Generator(state: 11)
    var valid = 0
    for n in 0..<60_000 {
      var bytes: [UInt8]
      if n % 3 == 0 {
        // A valid-looking date with one byte changed (or none).
        bytes = Array(String(format: "%04d-%02d-%02d", random.next(2200), random.next(14), random.next(33)).utf8)
        if random.next(2) == 0 { bytes[random.next(10)] = alphabet[random.next(alphabet.count)] }
      } else {
        bytes = (0..<random.next(13)).map { _ in alphabet[random.next(alphabet.count)] }
      }
      let read = bytes.withUnsafeBufferPointer { AuditFieldParser.date(bytes: $0) }
      #expect(read == Self.referenceDate(bytes), "\(String(decoding: bytes, as: UTF8.self))")
      if read != nil { valid += 1 }
    }
    #expect(valid > 5_000)
    #expect(Array("2024-02-29".utf8).withUnsafeBufferPointer { AuditFieldParser.date(bytes: $0) } != nil)
    #expect(Array("2023-02-29".utf8).withUnsafeBufferPointer { AuditFieldParser.date(bytes: $0) } == nil)
  }

  @Test func plainLinesSplitAsTheByteLoopDoes() throws {
    let parser = try AuditCSVParser.header("encounter_id,date_of_service,codes").get()
    let alphabet = Array("E01,;M5.4 -\"".utf8) + [0xC3, 0xA9]
    let plainAlphabet = Array("E01;M5.4 -".utf8)
    var random = Generator(state: 11)
    var compared = 0
    for n in 0..<20_000 {
      var bytes = (0..<random.next(40)).map { _ in alphabet[random.next(alphabet.count)] }
      if n % 2 == 0 {
        // Every other line is plain: three fields of plain bytes, so the field checks below do run.
        bytes = (0..<3).map { _ in (0..<random.next(12)).map { _ in plainAlphabet[random.next(plainAlphabet.count)] } }
          .joined(separator: [UInt8(ascii: ",")]).map { $0 }
      }
      let fields = bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
      let plain = !bytes.contains { $0 >= 0x80 || $0 == UInt8(ascii: "\"") } && fields.count == 3
      bytes.withUnsafeBufferPointer { line in
        let parsed = PlainCSVLine(line, parser: parser)
        #expect((parsed != nil) == plain, "\(bytes)")
        guard let parsed, plain else { return }
        compared += 1
        #expect(Array(parsed.idBytes) == Array(Self.trimmed(fields[0])))
        #expect(Array(line[parsed.codes]) == Array(fields[2]))
        var codes: [[UInt8]] = []
        parsed.forEachCode { codes.append(Array($0)) }
        let expected = fields[2].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
          .map { Array(Self.trimmed($0)) }.filter { !$0.isEmpty }
        #expect(codes == expected, "\(bytes)")
      }
    }
    #expect(compared >= 10_000, "only \(compared) plain lines were compared")
  }

  @Test func aPlainLineSplitsIntoItsFieldsAndCodes() throws {
    let parser = try AuditCSVParser.header("encounter_id,date_of_service,codes").get()
    let bytes = Array(" E7 ,2026-05-01, m5450 ;;M54.41; ".utf8)
    try bytes.withUnsafeBufferPointer { line in
      let parsed = try #require(PlainCSVLine(line, parser: parser))
      #expect(String(decoding: parsed.idBytes, as: UTF8.self) == "E7")
      var codes: [String] = []
      parsed.forEachCode { codes.append(String(decoding: $0, as: UTF8.self)) }
      #expect(codes == ["m5450", "M54.41"])
    }
    #expect(Array("E1,2026-05-01,\"M54.50\"".utf8).withUnsafeBufferPointer { PlainCSVLine($0, parser: parser) } == nil)
    #expect(Array("E1,2026-05-01".utf8).withUnsafeBufferPointer { PlainCSVLine($0, parser: parser) } == nil)
  }

  /// Bytes without leading and trailing spaces and tabs.
  static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var s = bytes
    while let f = s.first, f == 0x20 || f == 0x09 { s = s.dropFirst() }
    while let l = s.last, l == 0x20 || l == 0x09 { s = s.dropLast() }
    return s
  }

  @Test func escapeCheckFindsEveryEscapeAtEveryOffset() {
    for length in 0..<20 {
      let clean = [UInt8](repeating: UInt8(ascii: "a"), count: length)
      #expect(!clean.withUnsafeBufferPointer { JSONWriter.needsEscape($0) })
      for offset in 0..<length {
        for bad: UInt8 in [0x22, 0x5C, 0x0A, 0x00, 0x1F] {
          var text = clean
          text[offset] = bad
          #expect(text.withUnsafeBufferPointer { JSONWriter.needsEscape($0) }, "\(bad) at \(offset) of \(length)")
        }
      }
    }
  }
}
