import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Read-only bytes of a compiled store, memory-mapped from a file or owned in memory.
///
/// Every read is bounds-checked against the store's body, and the first read of each 4 KiB page
/// verifies that page's checksum (see ``StoreSeal``); a damaged page or an offset outside the
/// store goes to ``StoreDamage/handler`` and never gives an answer.
final class StoreBuffer: @unchecked Sendable {
  let base: UnsafeRawPointer
  /// The length of the store's body (its sections), which every read must stay within.
  let count: Int
  /// The file the bytes are mapped from (nil for bytes owned in memory).
  let path: String?
  /// The mapped file's modification time (seconds and nanoseconds) and inode: a store compiled
  /// again in place is told from the one before it. Empty for bytes owned in memory.
  let fileIdentity: [UInt64]
  private let release: () -> Void
  /// One byte per page (1 once verified), then one byte set once every page is verified.
  private let verified: UnsafeMutablePointer<UInt8>
  private let pageCount: Int

  /// Copies bytes into a new buffer; throws when they are not a whole, sealed store.
  init(bytes: [UInt8]) throws {
    let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
    bytes.withUnsafeBytes {
      memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: bytes.count)
    }
    let release = { memory.deallocate() }
    switch StoreSeal.open(UnsafeRawPointer(memory), count: bytes.count) {
    case .failure(let damage):
      release()
      throw damage
    case .success(let layout):
      base = UnsafeRawPointer(memory)
      count = layout.body
      pageCount = layout.pages
    }
    path = nil
    fileIdentity = []
    self.release = release
    verified = Self.verifiedPages(pageCount)
    try verifyFirstPage()
  }

  /// Maps a file read-only; throws when it cannot be mapped or is not a whole, sealed store.
  init(mapping path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw ImportError(file: path, problem: "cannot open the compiled store") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > 0 else {
      throw ImportError(file: path, problem: "the compiled store is empty")
    }
    let size = Int(info.st_size)
    guard let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), pointer != MAP_FAILED else {
      throw ImportError(file: path, problem: "cannot map the compiled store")
    }
    switch StoreSeal.open(UnsafeRawPointer(pointer), count: size) {
    case .failure(var damage):
      munmap(pointer, size)
      damage.path = path
      throw damage
    case .success(let layout):
      count = layout.body
      pageCount = layout.pages
    }
    base = UnsafeRawPointer(pointer)
    self.path = path
    fileIdentity = [
      UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)),
      UInt64(info.st_ino),
    ]
    release = { munmap(pointer, size) }
    verified = Self.verifiedPages(pageCount)
    try verifyFirstPage()
  }

  private static func verifiedPages(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    let flags = UnsafeMutablePointer<UInt8>.allocate(capacity: count + 1)
    flags.initialize(repeating: 0, count: count + 1)
    return flags
  }

  /// The header page is checked at once: a store whose header is damaged is not opened.
  private func verifyFirstPage() throws {
    guard StoreSeal.pageIsIntact(base, body: count, page: 0) else {
      throw StoreDamage(path: path ?? "", detail: "its header fails its checksum")
    }
    verified[0] = 1
    if pageCount == 1 { verified[pageCount] = 1 }
  }

  /// Verifies every page now (a batch touches most of them); throws the first damage found.
  func verifyAll() throws {
    guard verified[pageCount] == 0 else { return }
    populate()
    for page in 0..<pageCount where verified[page] == 0 {
      guard StoreSeal.pageIsIntact(base, body: count, page: page) else { throw damage(page: page) }
      verified[page] = 1
    }
    verified[pageCount] = 1
  }

  /// Verifies every page now, as ``verifyAll()``, a megabyte at a time, handing each verified
  /// megabyte of a mapped store back to the kernel: its pages stop counting as the process's
  /// memory and are read again (from the page cache) when used. Bytes owned in memory are verified
  /// as they are.
  func verifyAllLeavingPagesOut() throws {
    guard verified[pageCount] == 0 else { return }
    guard path != nil else { return try verifyAll() }
    let chunk = 256
    var first = 0
    while first < pageCount {
      let end = min(pageCount, first + chunk)
      for page in first..<end where verified[page] == 0 {
        guard StoreSeal.pageIsIntact(base, body: count, page: page) else { throw damage(page: page) }
        verified[page] = 1
      }
      leaveOut(pages: first..<end)
      first = end
    }
    verified[pageCount] = 1
  }

  /// Tells the kernel the pages of a mapped store are not needed for now (they are read again from
  /// the file, unchanged, when used).
  private func leaveOut(pages: Range<Int>) {
    #if os(Linux)
      let start = pages.lowerBound << StoreSeal.pageShift
      let length = min(count, pages.upperBound << StoreSeal.pageShift) - start
      guard length > 0, Int(sysconf(Int32(_SC_PAGESIZE))) == 1 << StoreSeal.pageShift else { return }
      _ = madvise(UnsafeMutableRawPointer(mutating: base + start), length, MADV_DONTNEED)
    #endif
  }

  private func damage(page: Int) -> StoreDamage {
    let start = page << StoreSeal.pageShift
    let end = min(count, start + (1 << StoreSeal.pageShift)) - 1
    return StoreDamage(path: path ?? "", detail: "bytes \(start)-\(end) fail their checksum")
  }

  /// Bounds-checks a read of `length` bytes at `offset` and verifies the pages it touches.
  @inline(__always) func check(_ offset: Int, _ length: Int) {
    if _slowPath(offset < 0 || length < 0 || offset > count - length) { outOfBounds(offset, length) }
    if _slowPath(verified[pageCount] == 0) { verifyPages(offset, length) }
  }

  /// Reports a store whose content contradicts itself (a value no writer produces).
  func inconsistent(_ detail: String) -> Never {
    StoreDamage.handler(StoreDamage(path: path ?? "", detail: detail))
  }

  private func outOfBounds(_ offset: Int, _ length: Int) -> Never {
    StoreDamage.handler(
      StoreDamage(path: path ?? "", detail: "a read of \(length) bytes at \(offset) lies outside its \(count) bytes"))
  }

  private func verifyPages(_ offset: Int, _ length: Int) {
    guard length > 0 else { return }
    var page = offset >> StoreSeal.pageShift
    let last = (offset + length - 1) >> StoreSeal.pageShift
    while page <= last {
      if verified[page] == 0 {
        guard StoreSeal.pageIsIntact(base, body: count, page: page) else { StoreDamage.handler(damage(page: page)) }
        verified[page] = 1
      }
      page += 1
    }
  }

  deinit {
    release()
    verified.deallocate()
  }

  /// Maps and verifies every page of the store up front (a batch will touch most of them); a damaged
  /// page goes to ``StoreDamage/handler``.
  func prefault() {
    do { try verifyAll() } catch let damage as StoreDamage { StoreDamage.handler(damage) } catch {}
  }

  /// Maps every page in one call instead of a page fault per page. Does nothing where the kernel
  /// cannot (before Linux 5.14).
  private func populate() {
    #if os(Linux)
      let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
      let start = UInt(bitPattern: base) & ~UInt(pageSize - 1)
      guard let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
      let length = count + Int(UInt(bitPattern: base) - start)
      // MADV_POPULATE_READ (22): populate the page tables, reading as needed.
      if madvise(aligned, length, 22) != 0 { _ = madvise(aligned, length, MADV_WILLNEED) }
    #endif
  }

  @inline(__always) func u8(_ offset: Int) -> UInt8 {
    check(offset, 1)
    return base.load(fromByteOffset: offset, as: UInt8.self)
  }
  @inline(__always) func u16(_ offset: Int) -> UInt16 {
    check(offset, 2)
    return UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
  }
  @inline(__always) func u32(_ offset: Int) -> UInt32 {
    check(offset, 4)
    return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }
  @inline(__always) func i32(_ offset: Int) -> Int32 {
    check(offset, 4)
    return Int32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int32.self))
  }

  /// A string stored as an `(offset, length)` pair at `offset`, relative to the string section.
  @inline(__always) func string(at offset: Int, strings: Int) -> String {
    String(decoding: bytes(at: offset, strings: strings), as: UTF8.self)
  }

  /// The raw bytes of a stored string, for comparisons without building a `String`.
  @inline(__always) func bytes(at offset: Int, strings: Int) -> UnsafeRawBufferPointer {
    let start = strings + Int(u32(offset))
    let length = Int(u32(offset + 4))
    check(start, length)
    return UnsafeRawBufferPointer(start: base + start, count: length)
  }

  /// The raw bytes of a range, bounds-checked and verified (the store's JSON part).
  func bytes(from offset: Int, count length: Int) -> UnsafeRawBufferPointer {
    check(offset, length)
    return UnsafeRawBufferPointer(start: base + offset, count: length)
  }
}
