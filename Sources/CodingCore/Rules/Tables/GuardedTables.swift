import Foundation

/// The ``RuleTables`` of one release behind a lock, so one engine can be shared between threads.
final class GuardedTables: @unchecked Sendable {
  private let lock = NSLock()
  private var tables: RuleTables

  /// Creates empty tables for a release.
  init(rules: ReleaseRules) { tables = RuleTables(rules: rules) }

  /// Creates tables that start as a copy of `other`'s as they are now (the arrays are shared until
  /// either side changes them).
  init(copying other: GuardedTables) { tables = other.with { $0 } }

  /// Runs `body` with exclusive access to the tables.
  func with<T>(_ body: (inout RuleTables) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(&tables)
  }
}
