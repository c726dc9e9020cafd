#if canImport(Glibc)
  import Glibc
#endif

/// Lays out a ``RuleImage`` file in memory, section by section, and writes it atomically.
struct RuleImageWriter: RuleImageSectionVisitor {
  /// The file's bytes: the header (filled in last), then the sections.
  private(set) var bytes: [UInt8] = []
  /// The running checksum of the sections appended so far (see ``RuleImage/checksum(_:_:)``).
  private(set) var checksum: UInt64 = 0
  /// The number of sections appended.
  private(set) var sections = 0

  /// A writer that leaves room for a header of `headerWords` 64-bit words.
  init(headerWords: Int) {
    bytes.reserveCapacity(16 << 20)
    bytes.append(contentsOf: repeatElement(0, count: headerWords * 8))
  }

  /// Appends one section: its element count and stride, then the elements as they lie in memory,
  /// padded to 8 bytes (the checksum covers all but the padding).
  mutating func visit<T>(_ array: inout [T]) {
    precondition(_isPOD(T.self), "a rule image holds plain values only")
    sections += 1
    let head = (UInt64(array.count).littleEndian, UInt64(MemoryLayout<T>.stride).littleEndian)
    withUnsafeBytes(of: head) {
      bytes.append(contentsOf: $0)
      checksum = RuleImage.checksum(checksum, $0)
    }
    array.withUnsafeBytes {
      bytes.append(contentsOf: $0)
      checksum = RuleImage.checksum(checksum, $0)
    }
    while bytes.count % 8 != 0 { bytes.append(0) }
  }

  /// Fills in the header words.
  mutating func setHeader(_ words: [UInt64]) {
    bytes.withUnsafeMutableBytes { target in
      for (i, word) in words.enumerated() {
        target.storeBytes(of: word.littleEndian, toByteOffset: 8 * i, as: UInt64.self)
      }
    }
  }

  /// Writes the bytes to a temporary file beside `path` and renames it into place; false (and
  /// nothing left behind) when any step fails.
  func write(to path: String) -> Bool {
    let temporary = "\(path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { return false }
    let written = bytes.withUnsafeBytes { all -> Bool in
      guard let base = all.baseAddress else { return false }
      var offset = 0
      while offset < all.count {
        let n = Glibc.write(fd, base + offset, all.count - offset)
        if n <= 0 { return false }
        offset += n
      }
      return true
    }
    let closed = close(fd) == 0
    guard written, closed, rename(temporary, path) == 0 else {
      unlink(temporary)
      return false
    }
    return true
  }
}
