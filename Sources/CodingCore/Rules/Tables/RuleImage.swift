import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The rule tables of a release with every code entered, saved beside its compiled store so that the
/// next large batch reads them instead of resolving every code's chain again.
///
/// An image is plain arrays written as they lie in memory, so it is only ever read by the very
/// program that wrote it: its name carries a fingerprint of the executable (size, time, inode), the
/// compiled store and the curated references, and a stale or foreign image is simply not found.
/// Reading also checks the layout, a checksum and every position the tables follow, so a damaged
/// file is ignored (the tables are then computed as usual), never trusted.
struct RuleImage {
  /// A reference of ``RuleTables/ranges`` as plain values: its qualifier is decoded again from the
  /// release, its curated text kept in ``texts``.
  struct RangeRecord {
    var start: Int32
    var end: Int32
    var note: Int32
    var carrier: Int32
    var curated: Int32
    /// The curated text's bytes in ``texts``; `textStart` is -1 when the reference has none.
    var textStart: Int32
    var textCount: Int32
    var kind: UInt8
    var level: UInt8
    var qualified: UInt8
  }

  /// An instruction of ``RuleTables/instructions`` as plain values (its ranges are in
  /// ``RuleTables/instructionTriples``).
  struct InstructionRecord {
    var note: Int32
    var carrier: Int32
    var kind: UInt8
  }

  var entries: [RuleEntry] = []
  var codeBytes: [UInt8] = []
  var keyedSlots: [KeyTable.Slot] = []
  var carrierSlot: [Int32] = []
  var headSlot: [Int32] = []
  var carriers: [CarrierSpan] = []
  var chainMasks: [ChainMasks] = []
  var chainIntervals: [(start: Int32, count: Int32)] = []
  var intervals: [Int32] = []
  var triples: [Int32] = []
  var instructionRanges: [(start: Int32, count: Int32, isCodeFirst: Bool)] = []
  var instructionTriples: [Int32] = []
  var rangeRecords: [RangeRecord] = []
  var instructionRecords: [InstructionRecord] = []
  var texts: [UInt8] = []

  /// `M54RULES`, little-endian.
  static let magic: UInt64 = 0x5345_4C55_5234_354D
  /// Bumped whenever what the tables hold changes meaning.
  static let formatVersion: UInt64 = 1
  /// The header: magic, format version, fingerprint, node count, section count, checksum.
  static let headerWords = 6

  /// Where an image of a release's tables lives (beside the compiled store, named after it and the
  /// fingerprint) and the fingerprint; nil when the release is not read from a store file.
  static func location(for rules: ReleaseRules) -> (path: String, fingerprint: UInt64)? {
    guard let store = rules.release.buffer.path, store.hasSuffix(".m54s"), let exe = executableIdentity else {
      return nil
    }
    let fingerprint = fingerprint(rules, executable: exe)
    return ("\(store.dropLast(5)).\(hex(fingerprint)).m54r", fingerprint)
  }

  /// Hands every section to `visitor`, in file order.
  mutating func visitSections<V: RuleImageSectionVisitor>(_ visitor: inout V) {
    visitor.visit(&entries)
    visitor.visit(&codeBytes)
    visitor.visit(&keyedSlots)
    visitor.visit(&carrierSlot)
    visitor.visit(&headSlot)
    visitor.visit(&carriers)
    visitor.visit(&chainMasks)
    visitor.visit(&chainIntervals)
    visitor.visit(&intervals)
    visitor.visit(&triples)
    visitor.visit(&instructionRanges)
    visitor.visit(&instructionTriples)
    visitor.visit(&rangeRecords)
    visitor.visit(&instructionRecords)
    visitor.visit(&texts)
  }

  /// The identity of the running executable (size, modification time, inode), read once.
  static let executableIdentity: [UInt64]? = {
    var info = stat()
    guard stat("/proc/self/exe", &info) == 0 else { return nil }
    return [
      UInt64(info.st_size), UInt64(bitPattern: Int64(info.st_mtim.tv_sec)),
      UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)), UInt64(info.st_ino),
    ]
  }()

  /// What the tables of a release are computed from: the program, the store (its path, size,
  /// modification time and inode) and the curated references resolved in it.
  static func fingerprint(_ rules: ReleaseRules, executable: [UInt64]) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    func mix(_ value: UInt64) {
      h = (h ^ value) &* 0x0000_0100_0000_01B3
      h ^= h >> 29
    }
    func mix(_ text: String) {
      mix(UInt64(text.utf8.count))
      for byte in text.utf8 { mix(UInt64(byte)) }
    }
    mix(formatVersion)
    executable.forEach { mix($0) }
    mix(rules.release.buffer.path ?? "")
    mix(UInt64(rules.release.buffer.count))
    rules.release.buffer.fileIdentity.forEach { mix($0) }
    mix(UInt64(rules.release.nodeCount))
    for carrier in rules.curatedByCarrier.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      mix(UInt64(bitPattern: Int64(carrier.rawValue)))
      for item in rules.curatedByCarrier[carrier] ?? [] {
        mix(UInt64(item.note))
        mix(UInt64(item.entry))
        for (range, text) in item.ranges {
          mix(UInt64(bitPattern: Int64(range.lowerBound.rawValue)))
          mix(UInt64(bitPattern: Int64(range.upperBound.rawValue)))
          mix(text)
        }
      }
    }
    return h
  }

  /// Sixteen hexadecimal digits.
  static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  // MARK: Writing

  /// Writes the image atomically (a temporary file renamed into place) and removes the other
  /// images of the same store name prefix (older programs or stores); failures are ignored, as the
  /// image only saves time.
  func save(to path: String, fingerprint: UInt64, nodeCount: Int) {
    var writer = RuleImageWriter(headerWords: Self.headerWords)
    // The arrays are only read: the copy shares their storage.
    var sections = self
    sections.visitSections(&writer)
    writer.setHeader([
      Self.magic, Self.formatVersion, fingerprint, UInt64(nodeCount), UInt64(writer.sections), writer.checksum,
    ])
    guard writer.write(to: path) else { return }
    Self.removeOthers(besides: path)
  }

  /// How many images of other programs (builds) are kept beside a store's current one.
  static let otherProgramsKept = 2

  /// Removes stale images beside a new one: those of the release's other stores, all but the
  /// newest ``otherProgramsKept`` of other programs over the same store (two installed builds then
  /// do not overwrite each other's image on every run), and temporary files of stopped writers.
  private static func removeOthers(besides path: String) {
    let url = URL(fileURLWithPath: path)
    let name = url.lastPathComponent
    // `FY2026-April-f83ab1f5c3c84bc8.20d56eff16c6dab0.m54r`: the store's name, then the fingerprint.
    guard let dot = name.firstIndex(of: "."), let dash = name[..<dot].lastIndex(of: "-") else { return }
    let store = name[...dot]
    let release = name[...dash]
    let folder = url.deletingLastPathComponent()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    var sameStore: [(name: String, modified: Int)] = []
    for other in names
    where other != name && other.hasPrefix(release) && other.hasSuffix(".m54r")
      && isStoreFingerprint(other.utf8.dropFirst(release.utf8.count))
    {
      let otherPath = folder.appendingPathComponent(other).path
      if !other.hasPrefix(store) {
        unlink(otherPath)
      } else {
        var info = stat()
        let modified = stat(otherPath, &info) == 0 ? Int(info.st_mtim.tv_sec) : 0
        sameStore.append((other, modified))
      }
    }
    sameStore.sort { $0.modified > $1.modified }
    for old in sameStore.dropFirst(otherProgramsKept) { unlink(folder.appendingPathComponent(old.name).path) }
    // Temporary files left by a writer that was stopped (an hour old: no writer takes that long).
    let now = Int(time(nil))
    for other in names where other.hasPrefix(release) && other.hasSuffix(".tmp") && other.contains(".m54r.") {
      let otherPath = folder.appendingPathComponent(other).path
      var info = stat()
      if stat(otherPath, &info) == 0, now - Int(info.st_mtim.tv_sec) > 3600 { unlink(otherPath) }
    }
  }

  /// Whether a name goes on, after the release, with a store's fingerprint (one to sixteen
  /// hexadecimal digits, written without leading zeros) and a dot: `FY2025-` must not take
  /// `FY2025-April-…` for its own.
  private static func isStoreFingerprint(_ rest: Substring.UTF8View.SubSequence) -> Bool {
    guard let dot = rest.firstIndex(of: UInt8(ascii: ".")) else { return false }
    let digits = rest[..<dot]
    return (1...16).contains(digits.count)
      && digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }

  // MARK: Reading

  /// Reads the image at `path` written with this fingerprint for a release of `nodeCount` nodes;
  /// nil when there is none or it does not read back whole (positions are checked by
  /// ``RuleTables/adopt(_:)``).
  static func load(from path: String, fingerprint: UInt64, nodeCount: Int) -> RuleImage? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let size = Int(info.st_size)
    guard size >= headerWords * 8 else { return nil }
    var reader = RuleImageReader(fd: fd, size: size)
    guard let header = reader.words(headerWords),
      header == [magic, formatVersion, fingerprint, UInt64(nodeCount), header[4], header[5]]
    else { return nil }
    var image = RuleImage()
    image.visitSections(&reader)
    guard !reader.failed, UInt64(reader.sections) == header[4], reader.offset == size, reader.checksum == header[5]
    else { return nil }
    return image
  }

  /// The checksum of some bytes mixed into the running checksum of the bytes before them: four
  /// interleaved multiply-xor lanes over 64-bit words (the last one padded with zeros).
  static func checksum(_ running: UInt64, _ bytes: UnsafeRawBufferPointer) -> UInt64 {
    let k: UInt64 = 0x9E37_79B9_7F4A_7C15
    var a: UInt64 = 1
    var b: UInt64 = 2
    var c: UInt64 = 3
    var d: UInt64 = 4
    let words = bytes.count / 8
    var i = 0
    while i + 4 <= words {
      a = (a ^ bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self)) &* k
      b = (b ^ bytes.loadUnaligned(fromByteOffset: 8 * i + 8, as: UInt64.self)) &* k
      c = (c ^ bytes.loadUnaligned(fromByteOffset: 8 * i + 16, as: UInt64.self)) &* k
      d = (d ^ bytes.loadUnaligned(fromByteOffset: 8 * i + 24, as: UInt64.self)) &* k
      i += 4
    }
    while i < words {
      a = (a ^ bytes.loadUnaligned(fromByteOffset: 8 * i, as: UInt64.self)) &* k
      i += 1
    }
    var tail: UInt64 = 0
    for j in (8 * words)..<bytes.count { tail |= UInt64(bytes[j]) << (8 * UInt64(j - 8 * words)) }
    b = (b ^ tail) &* k
    let section = (a ^ b >> 7 ^ c >> 13 ^ d >> 19) &+ b &+ c &* 3 &+ d &* 5 &+ UInt64(bytes.count)
    return (running ^ section) &* k
  }
}
