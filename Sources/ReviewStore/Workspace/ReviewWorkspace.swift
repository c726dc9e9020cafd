import Foundation
import GRDB

/// A review workspace: one SQLite file (WAL, `synchronous=FULL`, foreign keys on) holding a batch's
/// fingerprint, the decisions, the finding dispositions, the remembered session and the append-only
/// audit trail. The schema is documented in `docs/review-schema.md`.
public final class ReviewWorkspace: @unchecked Sendable {
  /// The file's path.
  public let path: String
  let queue: DatabaseQueue

  private init(path: String, queue: DatabaseQueue) {
    self.path = path
    self.queue = queue
  }

  /// Opens an existing workspace, or creates it (mode 0600) when `create` is true.
  ///
  /// A file that is not a workspace, of a newer schema, or damaged is refused and not modified.
  public static func open(path: String, create: Bool) throws -> ReviewWorkspace {
    if !FileManager.default.fileExists(atPath: path) {
      guard create else { throw WorkspaceError.notFound(path: path) }
      let folder = (path as NSString).deletingLastPathComponent
      if !folder.isEmpty {
        try? FileManager.default.createDirectory(
          atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      }
      let fd = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
      guard fd >= 0 else {
        throw WorkspaceError.cannotWrite(path: path, detail: String(cString: strerror(errno)))
      }
      Glibc.close(fd)
    } else {
      try WorkspaceGuard.check(path: path)
    }
    var config = Configuration()
    config.journalMode = .wal
    config.busyMode = .timeout(10)
    config.foreignKeysEnabled = true
    config.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = FULL")
    }
    do {
      let queue = try DatabaseQueue(path: path, configuration: config)
      try WorkspaceSchema.migrator.migrate(queue)
      return ReviewWorkspace(path: path, queue: queue)
    } catch let error as DatabaseError {
      throw WorkspaceError.cannotWrite(path: path, detail: error.message ?? "\(error.resultCode)")
    }
  }

  /// Closes the database (also done when the workspace is released).
  public func close() {
    try? queue.close()
  }

  /// The current UTC time in ISO 8601 with milliseconds (`2026-12-03T07:10:00.123Z`).
  public static func utcNow() -> String {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    var parts = tm()
    var seconds = time_t(time.tv_sec)
    gmtime_r(&seconds, &parts)
    let millis = Int(time.tv_nsec / 1_000_000)
    func pad(_ n: Int32, _ width: Int) -> String {
      let text = String(n)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return
      "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2)).\(pad(Int32(millis), 3))Z"
  }

  /// Runs a write transaction (IMMEDIATE, committed with fsync), mapping SQLite errors to ``WorkspaceError``.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.write(body)
    } catch let error as WorkspaceError {
      throw error
    } catch let error as DatabaseError {
      throw WorkspaceError.cannotWrite(path: path, detail: error.message ?? "\(error.resultCode)")
    }
  }

  /// Runs a read, mapping SQLite errors to ``WorkspaceError``.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.read(body)
    } catch let error as WorkspaceError {
      throw error
    } catch let error as DatabaseError {
      throw WorkspaceError.damaged(path: path, detail: error.message ?? "\(error.resultCode)")
    }
  }

  /// SQLite's `data_version`: changes when another connection commits.
  public func dataVersion() throws -> Int {
    try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
  }

  // MARK: - Meta and session state

  /// The value of a `meta` key.
  public func meta(_ key: String) throws -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
  }

  /// Every `meta` key and value.
  public func allMeta() throws -> [String: String] {
    try read { db in
      var out: [String: String] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta") { out[row["key"]] = row["value"] }
      return out
    }
  }

  /// Sets `meta` keys (one transaction).
  public func setMeta(_ values: [String: String]) throws {
    try write { db in
      for (key, value) in values {
        try db.execute(
          sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
          arguments: [key, value])
      }
    }
  }

  /// A remembered session value (`position`, `filter`, `reviewer`, `sort`).
  public func sessionValue(_ key: String) throws -> String? {
    try read { db in
      try String.fetchOne(db, sql: "SELECT value FROM session_state WHERE key = ?", arguments: [key])
    }
  }

  /// Remembers session values (one transaction). Not `durable`: committed without fsync
  /// (`synchronous=NORMAL` for this one transaction), which survives the process being killed but not
  /// a power loss: cheap enough for every move of the position.
  public func remember(_ values: [String: String], durable: Bool = true) throws {
    do {
      try queue.writeWithoutTransaction { db in
        if !durable { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        defer { if !durable { try? db.execute(sql: "PRAGMA synchronous = FULL") } }
        try db.inTransaction(.immediate) {
          for (key, value) in values {
            try db.execute(
              sql:
                "INSERT INTO session_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
              arguments: [key, value])
          }
          return .commit
        }
      }
    } catch let error as DatabaseError {
      throw WorkspaceError.cannotWrite(path: path, detail: error.message ?? "\(error.resultCode)")
    }
  }
}
