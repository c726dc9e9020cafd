#if canImport(Glibc)
  import Glibc
#endif

/// The integrity trailer every compiled store ends with: a checksum of each page of the store's
/// bytes, then a fixed footer.
///
/// The trailer knows nothing of the store's sections, so every section a writer adds (now or
/// later) is covered. A reader checks the footer, the page table and the first page (the header)
/// when it opens a store, and every other page the first time one of its bytes is read (see
/// ``StoreBuffer``): `m54 show` verifies the few pages it touches, a batch verifies them all.
///
/// Layout after the body (`bodyLength` bytes, a multiple of 4): `pageCount` little-endian
/// `UInt64` checksums, then the footer: magic `M54C`, page shift, body length, page count,
/// checksum of the page table, checksum of the footer's first 24 bytes.
enum StoreSeal {
  static let magic: UInt32 = 0x4334_354D  // "M54C"
  /// Pages of 4 KiB: small enough that a lookup verifies little, large enough for a short table.
  static let pageShift = 12
  static let footerSize = 40

  /// A 64-bit checksum of bytes, in four independent lanes of 8-byte words (about 7 GB/s): every
  /// step of a lane is a bijection of its state and the lanes are combined with distinct odd
  /// multipliers, so any change of one 8-byte word changes the result.
  static func checksum(_ base: UnsafeRawPointer?, _ count: Int, seed: UInt64 = 0) -> UInt64 {
    let start: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ seed ^ UInt64(count)
    guard let base, count > 0 else { return start }
    let k: UInt64 = 0xFF51_AFD7_ED55_8CCD
    var (a, b, c, d) = (start, start &+ 1, start &+ 2, start &+ 3)
    @inline(__always) func word(_ at: Int) -> UInt64 {
      UInt64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }
    var i = 0
    while i + 32 <= count {
      a = (a ^ word(i)) &* k
      a ^= a >> 32
      b = (b ^ word(i + 8)) &* k
      b ^= b >> 32
      c = (c ^ word(i + 16)) &* k
      c ^= c >> 32
      d = (d ^ word(i + 24)) &* k
      d ^= d >> 32
      i += 32
    }
    while i + 8 <= count {
      a = (a ^ word(i)) &* k
      a ^= a >> 32
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < count {
      tail |= UInt64(base.load(fromByteOffset: i, as: UInt8.self)) << shift
      shift += 8
      i += 1
    }
    var h = a ^ (b &* 3) ^ (c &* 5) ^ (d &* 7)
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return h ^ (h >> 29)
  }

  /// Appends the page table and the footer to a store's bytes.
  static func seal(_ bytes: inout [UInt8]) {
    while bytes.count % 4 != 0 { bytes.append(0) }
    let body = bytes.count
    let pageSize = 1 << pageShift
    var table = ByteBuffer()
    bytes.withUnsafeBytes { all in
      guard let base = all.baseAddress else { return }
      var start = 0
      while start < body {
        let length = min(pageSize, body - start)
        withUnsafeBytes(of: checksum(base + start, length, seed: UInt64(start)).littleEndian) {
          table.bytes.append(contentsOf: $0)
        }
        start += pageSize
      }
    }
    let pageCount = table.bytes.count / 8
    var footer = ByteBuffer()
    footer.u32(magic)
    footer.u32(UInt32(pageShift))
    footer.u64(UInt64(body))
    footer.u64(UInt64(pageCount))
    footer.u64(table.bytes.withUnsafeBytes { checksum($0.baseAddress, $0.count) })
    footer.u64(footer.bytes.withUnsafeBytes { checksum($0.baseAddress, 24) })
    bytes += table.bytes
    bytes += footer.bytes
  }

  /// The body length and page count of a sealed store, or the problem with its trailer.
  static func open(_ base: UnsafeRawPointer, count: Int) -> Result<(body: Int, pages: Int), StoreDamage> {
    guard count >= footerSize + 8 else { return .failure(StoreDamage(detail: "too short to be a compiled store")) }
    let footer = base + (count - footerSize)
    func u64(_ at: Int) -> UInt64 { UInt64(littleEndian: footer.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
    guard UInt32(littleEndian: footer.loadUnaligned(as: UInt32.self)) == magic,
      UInt32(littleEndian: footer.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == UInt32(pageShift)
    else { return .failure(StoreDamage(detail: "its integrity trailer is missing")) }
    guard checksum(footer, 24) == u64(32) else {
      return .failure(StoreDamage(detail: "its integrity trailer fails its checksum"))
    }
    let body = u64(8)
    let pages = u64(16)
    let pageSize = UInt64(1) << UInt64(pageShift)
    guard body > 0, body % 4 == 0, pages == (body + pageSize - 1) / pageSize,
      pages <= UInt64(count), body + pages * 8 + UInt64(footerSize) == UInt64(count)
    else { return .failure(StoreDamage(detail: "its integrity trailer does not match its length")) }
    guard checksum(base + Int(body), Int(pages) * 8) == u64(24) else {
      return .failure(StoreDamage(detail: "its page checksums are damaged"))
    }
    return .success((Int(body), Int(pages)))
  }

  /// Whether page `page` of a sealed store matches its checksum.
  static func pageIsIntact(_ base: UnsafeRawPointer, body: Int, page: Int) -> Bool {
    let start = page << pageShift
    let length = min(1 << pageShift, body - start)
    let stored = UInt64(
      littleEndian: base.loadUnaligned(fromByteOffset: body + page * 8, as: UInt64.self))
    return checksum(base + start, length, seed: UInt64(start)) == stored
  }
}

/// What is wrong with a damaged compiled store.
public struct StoreDamage: Error, Sendable, CustomStringConvertible {
  /// The store file (empty for bytes in memory).
  public var path: String = ""
  /// What failed, in words (`bytes 8192-12287 fail their checksum`).
  public var detail: String

  public var description: String {
    "the compiled store \(path.isEmpty ? "in memory" : path) is damaged (\(detail))"
  }

  /// Called when a damaged page or an offset outside the store is met while reading a store
  /// that passed its opening checks. The command line installs one that rebuilds the store and
  /// runs the command again; the default reports the damage, removes the file (it is rebuilt on
  /// the next run) and exits with status 2. It never returns: a damaged store gives no answer.
  nonisolated(unsafe) public static var handler: (StoreDamage) -> Never = { damage in
    StoreDamage.removeAndExit(damage)
  }

  /// Reports the damage on standard error in one line, removes the store file, exits 2.
  public static func removeAndExit(_ damage: StoreDamage) -> Never {
    if !damage.path.isEmpty { unlink(damage.path) }
    let message =
      "m54: \(damage); it was removed and is rebuilt from its source release on the next run\n"
    _ = message.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
    exit(2)
  }
}

extension ByteBuffer {
  mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
}
