/// Checking a release's compiled store as a whole.
extension Release {
  /// Verifies every page of the store now, instead of on first use: for commands that cannot be
  /// run again once started (a batch read from standard input, the workbench). Throws the first
  /// ``StoreDamage`` found.
  ///
  /// - Parameter leavingPagesOut: hand each verified megabyte of a mapped store back to the kernel
  ///   (a long-running workbench reads a fraction of its pages, which come back from the page cache
  ///   when read; the 80 MB of three stores would otherwise stay resident).
  public func verifyIntegrity(leavingPagesOut: Bool = false) throws {
    try leavingPagesOut ? buffer.verifyAllLeavingPagesOut() : buffer.verifyAll()
  }

  /// The compiled store file the release was opened from (nil when compiled in memory).
  public var storePath: String? { buffer.path }
}
