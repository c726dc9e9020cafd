/// Checking a release's compiled store as a whole.
extension Release {
  /// Verifies every page of the store now, instead of on first use: for commands that cannot be
  /// run again once started (a batch read from standard input, the workbench). Throws the first
  /// ``StoreDamage`` found.
  public func verifyIntegrity() throws {
    try buffer.verifyAll()
  }

  /// The compiled store file the release was opened from (nil when compiled in memory).
  public var storePath: String? { buffer.path }
}
