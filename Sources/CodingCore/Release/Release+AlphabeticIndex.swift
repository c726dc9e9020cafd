/// The Alphabetic Index carried by a release's store, and the index that serves a release.
extension Release {
  /// The Alphabetic Index compiled into this release's store, opened on demand (nil when the
  /// release lists no index file).
  public var alphabeticIndex: AlphabeticIndex? {
    AlphabeticIndex(buffer: buffer, base: Int(buffer.u32(StoreLayout.alphabeticIndexAt)))
  }
}

extension CodeSet {
  /// The index to use with a release: the newest index of a release in effect no later than it,
  /// else the oldest index there is (its codes are always checked against `release` itself).
  public func alphabeticIndex(for release: Release) -> AlphabeticIndex? {
    let withIndex = releases.filter { $0.info.index != nil }
    let candidate =
      withIndex.last { $0.info.effectiveFrom <= release.info.effectiveFrom } ?? withIndex.first
    return candidate?.alphabeticIndex
  }
}
