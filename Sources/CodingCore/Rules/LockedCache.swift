import Foundation

/// A dictionary cache guarded by a lock and emptied when it reaches its limit, so memory stays bounded.
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Key: Value] = [:]
  private let limit: Int

  /// Creates a cache holding at most `limit` values.
  init(limit: Int, capacity: Int = 0) {
    self.limit = limit
    storage.reserveCapacity(capacity)
  }

  /// The cached value of a key, built (outside the lock) and stored on the first request.
  func value(for key: Key, build: () -> Value) -> Value {
    lock.lock()
    if let hit = storage[key] {
      lock.unlock()
      return hit
    }
    lock.unlock()
    let built = build()
    lock.lock()
    if storage.count >= limit { storage.removeAll(keepingCapacity: true) }
    storage[key] = built
    lock.unlock()
    return built
  }
}
