#if canImport(Glibc)
  import Glibc
#endif

/// Reads a ``RuleImage`` file section by section, straight into arrays, keeping the running
/// checksum of what it read.
struct RuleImageReader: RuleImageSectionVisitor {
  let fd: Int32
  let size: Int
  /// Where the next read starts.
  private(set) var offset = 0
  /// The running checksum of the sections read (see ``RuleImage/checksum(_:_:)``).
  private(set) var checksum: UInt64 = 0
  /// The number of sections read, and whether one could not be (the rest are then skipped).
  private(set) var sections = 0
  private(set) var failed = false

  /// A reader of an open file of `size` bytes.
  init(fd: Int32, size: Int) {
    self.fd = fd
    self.size = size
  }

  /// Reads `count` bytes at the current offset into `target`; false on a short read.
  private mutating func read(into target: UnsafeMutableRawBufferPointer) -> Bool {
    guard let base = target.baseAddress else { return target.isEmpty }
    var done = 0
    while done < target.count {
      let n = pread(fd, base + done, target.count - done, off_t(offset + done))
      if n <= 0 { return false }
      done += n
    }
    offset += target.count
    return true
  }

  /// The next `count` 64-bit words (the header), not counted in the checksum.
  mutating func words(_ count: Int) -> [UInt64]? {
    guard offset + 8 * count <= size else { return nil }
    var words = [UInt64](repeating: 0, count: count)
    guard words.withUnsafeMutableBytes({ read(into: $0) }) else { return nil }
    return words.map { UInt64(littleEndian: $0) }
  }

  /// Reads the next section into `section`, unless one has already failed.
  mutating func visit<T>(_ section: inout [T]) {
    guard !failed else { return }
    guard let array: [T] = next() else {
      failed = true
      return
    }
    section = array
    sections += 1
  }

  /// The next section as an array of `T`; nil when its stride is not `T`'s or it runs past the end.
  private mutating func next<T>() -> [T]? {
    guard _isPOD(T.self), offset + 16 <= size else { return nil }
    var head: (UInt64, UInt64) = (0, 0)
    guard withUnsafeMutableBytes(of: &head, { read(into: $0) }) else { return nil }
    let count = Int(truncatingIfNeeded: UInt64(littleEndian: head.0))
    let stride = Int(truncatingIfNeeded: UInt64(littleEndian: head.1))
    guard stride == MemoryLayout<T>.stride, count >= 0, count <= (size - offset) / max(stride, 1) else { return nil }
    let byteCount = count * stride
    let padded = (byteCount + 7) & ~7
    guard offset + padded <= size else { return nil }
    var failed = false
    let array = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      if !read(into: UnsafeMutableRawBufferPointer(buffer)) {
        failed = true
        // Plain values: nothing to deinitialize; report none initialized.
        initialized = 0
        return
      }
      initialized = count
    }
    guard !failed else { return nil }
    offset += padded - byteCount
    // The checksum covers the count, the stride and the elements, not the padding.
    checksum = withUnsafeBytes(of: head) { RuleImage.checksum(checksum, $0) }
    checksum = array.withUnsafeBytes { RuleImage.checksum(checksum, $0) }
    return array
  }
}
