import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Read-only bytes of a compiled store, memory-mapped from a file or owned in memory.
final class StoreBuffer: @unchecked Sendable {
  let base: UnsafeRawPointer
  let count: Int
  /// The file the bytes are mapped from (nil for bytes owned in memory).
  let path: String?
  /// The mapped file's modification time (seconds and nanoseconds) and inode: a store compiled
  /// again in place is told from the one before it. Empty for bytes owned in memory.
  let fileIdentity: [UInt64]
  private let release: () -> Void

  /// Copies bytes into a new buffer.
  init(bytes: [UInt8]) {
    let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
    bytes.withUnsafeBytes {
      memory.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(memory), byteCount: bytes.count)
    }
    base = UnsafeRawPointer(memory)
    count = bytes.count
    path = nil
    fileIdentity = []
    release = { memory.deallocate() }
  }

  /// Maps a file read-only.
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
    base = UnsafeRawPointer(pointer)
    count = size
    self.path = path
    fileIdentity = [
      UInt64(bitPattern: Int64(info.st_mtim.tv_sec)), UInt64(bitPattern: Int64(info.st_mtim.tv_nsec)),
      UInt64(info.st_ino),
    ]
    release = { munmap(pointer, size) }
  }

  deinit { release() }

  /// Maps every page of the store up front (a batch will touch most of them): one call instead of a
  /// page fault per page. Does nothing where the kernel cannot (before Linux 5.14, or for owned bytes).
  /// - Parameter end: where to stop (a batch never reads the derived checklist at the store's end).
  func prefault(upTo end: Int? = nil) {
    #if os(Linux)
      let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
      let start = UInt(bitPattern: base) & ~UInt(pageSize - 1)
      guard let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
      let length = min(count, max(0, end ?? count)) + Int(UInt(bitPattern: base) - start)
      // MADV_POPULATE_READ (22): populate the page tables, reading as needed.
      if madvise(aligned, length, 22) != 0 { _ = madvise(aligned, length, MADV_WILLNEED) }
    #endif
  }

  @inline(__always) func u8(_ offset: Int) -> UInt8 { base.load(fromByteOffset: offset, as: UInt8.self) }
  @inline(__always) func u16(_ offset: Int) -> UInt16 {
    UInt16(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
  }
  @inline(__always) func u32(_ offset: Int) -> UInt32 {
    UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
  }
  @inline(__always) func i32(_ offset: Int) -> Int32 {
    Int32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: Int32.self))
  }

  /// A string stored as an `(offset, length)` pair at `offset`, relative to the string section.
  @inline(__always) func string(at offset: Int, strings: Int) -> String {
    let start = strings + Int(u32(offset))
    let length = Int(u32(offset + 4))
    return String(decoding: UnsafeRawBufferPointer(start: base + start, count: length), as: UTF8.self)
  }

  /// The raw bytes of a stored string, for comparisons without building a `String`.
  @inline(__always) func bytes(at offset: Int, strings: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base + strings + Int(u32(offset)), count: Int(u32(offset + 4)))
  }
}
