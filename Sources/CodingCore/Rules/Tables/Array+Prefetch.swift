import CMemoryHints

extension Array {
  /// Starts loading the cache lines of element `i` (both ends: an element may straddle two lines),
  /// so that a later read finds it in the cache. Never faults, whatever `i`.
  @inline(__always) func prefetch(_ i: Int) {
    withUnsafeBufferPointer { list in
      guard let base = list.baseAddress else { return }
      m54_prefetch(base + i)
      m54_prefetch(UnsafeRawPointer(base + i) + (MemoryLayout<Element>.size - 1))
    }
  }
}
