#if canImport(Glibc)
  import Glibc
#endif

/// The audit's output block: a growable run of bytes whose appends are one capacity check and one
/// copy (the JSON Lines records of a batch are assembled here from bytes kept in the rules tables).
///
/// It owns raw memory: the one who creates it calls ``deallocate()`` once, and copies of it must not
/// outlive that call.
struct OutputBuffer {
  /// The bytes written so far start here.
  private(set) var base: UnsafeMutablePointer<UInt8>
  /// The number of bytes written.
  private(set) var count = 0
  private var capacity: Int

  /// Creates an empty buffer with room for `capacity` bytes before it grows.
  init(capacity: Int) {
    self.capacity = max(capacity, 64)
    base = .allocate(capacity: self.capacity)
  }

  /// Frees the memory.
  func deallocate() { base.deallocate() }

  /// Empties the buffer, keeping its memory.
  mutating func removeAll() { count = 0 }

  /// The bytes written so far (valid until the next change).
  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

  /// Makes room for `extra` more bytes.
  @inline(__always) mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    var size = capacity * 2
    while size < needed { size *= 2 }
    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
    larger.update(from: base, count: count)
    base.deallocate()
    base = larger
    capacity = size
  }

  /// Appends bytes.
  @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    reserve(bytes.count)
    memcpy(base + count, source, bytes.count)
    count += bytes.count
  }

  /// Appends raw ASCII or JSON that needs no escaping.
  @inline(__always) mutating func append(_ text: StaticString) {
    reserve(text.utf8CodeUnitCount)
    memcpy(base + count, text.utf8Start, text.utf8CodeUnitCount)
    count += text.utf8CodeUnitCount
  }

  /// Appends the first `count` (at most 16) bytes of two words as laid out in memory: both words are
  /// stored, and only `count` bytes counted.
  @inline(__always) mutating func append(_ words: (UInt64, UInt64), count: Int) {
    reserve(16)
    UnsafeMutableRawPointer(base + self.count).storeBytes(of: words.0, as: UInt64.self)
    UnsafeMutableRawPointer(base + self.count + 8).storeBytes(of: words.1, as: UInt64.self)
    self.count += count
  }

  /// Appends one byte.
  @inline(__always) mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count += 1
  }

  /// Appends `length` bytes written by `fill` straight into the buffer.
  @inline(__always) mutating func append(length: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) {
    reserve(length)
    fill(base + count)
    count += length
  }
}
