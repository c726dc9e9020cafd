import Foundation
import GRDB

/// Checks an existing file before it is opened for writing: a foreign, newer or damaged file is
/// refused without being modified (it is only ever opened read-only here).
enum WorkspaceGuard {
  /// The SQLite file header.
  static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

  /// Throws ``WorkspaceError`` unless `path` is empty or a sound workspace of a known schema version.
  static func check(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw WorkspaceError.cannotWrite(path: path, detail: "cannot read it")
    }
    let header = [UInt8](handle.readData(ofLength: 100))
    try? handle.close()
    if header.isEmpty { return }
    guard header.count == 100, Array(header[0..<16]) == sqliteMagic else {
      throw WorkspaceError.notOurs(path: path, detail: "not an SQLite database")
    }
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(5)
    do {
      let queue = try DatabaseQueue(path: path, configuration: config)
      defer { try? queue.close() }
      try queue.read { db in
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if application != WorkspaceSchema.applicationID && !(application == 0 && tables == 0) {
          throw WorkspaceError.notOurs(
            path: path, detail: "another program's SQLite database, application_id \(application)")
        }
        if version > WorkspaceSchema.version { throw WorkspaceError.newer(path: path, version: version) }
        if try WorkspaceSchema.migrator.hasBeenSuperseded(db) {
          throw WorkspaceError.newer(path: path, version: version)
        }
        let problems = try String.fetchAll(db, sql: "PRAGMA quick_check(5)")
        if problems != ["ok"] {
          throw WorkspaceError.damaged(path: path, detail: problems.joined(separator: "; "))
        }
      }
    } catch let error as WorkspaceError {
      throw error
    } catch let error as DatabaseError {
      if error.resultCode == .SQLITE_NOTADB {
        throw WorkspaceError.notOurs(path: path, detail: "not an SQLite database")
      }
      if error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
        throw WorkspaceError.cannotWrite(path: path, detail: "it is locked by another program")
      }
      throw WorkspaceError.damaged(path: path, detail: error.message ?? "\(error.resultCode)")
    }
  }
}
