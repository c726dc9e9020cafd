import Foundation
import GRDB
import ReviewStore
import Testing

@Suite struct WorkspaceFileTests {
  @Test func aNewWorkspaceIsMigratedAndPrivate() throws {
    let folder = TestWorkspace.folder()
    let path = folder + "/new.m54review"
    let ws = try ReviewWorkspace.open(path: path, create: true)
    ws.close()
    let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
    #expect(mode == 0o600)
    let queue = try DatabaseQueue(path: path)
    try queue.read { db in
      #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == 1)
      #expect(try Int.fetchOne(db, sql: "PRAGMA application_id") == 0x4D35_3452)
      #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
      let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      #expect(tables.contains("decision") && tables.contains("trail") && tables.contains("disposition"))
    }
  }

  @Test func anEmptyFileIsMigrated() throws {
    let folder = TestWorkspace.folder()
    let path = TestWorkspace.write("", name: "empty.m54review", in: folder)
    let ws = try ReviewWorkspace.open(path: path, create: false)
    try ws.setMeta(["batch_path": "x.csv"])
    #expect(try ws.meta("batch_path") == "x.csv")
  }

  @Test func aMissingWorkspaceIsNotFoundWithoutCreate() {
    let path = TestWorkspace.folder() + "/absent.m54review"
    #expect(throws: WorkspaceError.notFound(path: path)) { try ReviewWorkspace.open(path: path, create: false) }
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func aTextFileIsRefusedAndUntouched() throws {
    let folder = TestWorkspace.folder()
    let path = TestWorkspace.write("encounter_id,date_of_service,codes\n", name: "notes.m54review", in: folder)
    let before = TestWorkspace.bytes(path)
    #expect(throws: WorkspaceError.notOurs(path: path, detail: "not an SQLite database")) {
      try ReviewWorkspace.open(path: path, create: true)
    }
    #expect(TestWorkspace.bytes(path) == before)
  }

  @Test func anotherProgramsDatabaseIsRefusedAndUntouched() throws {
    let folder = TestWorkspace.folder()
    let path = folder + "/other.db"
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
    try queue.close()
    let before = TestWorkspace.bytes(path)
    do {
      _ = try ReviewWorkspace.open(path: path, create: true)
      Issue.record("a foreign database was opened")
    } catch let error as WorkspaceError {
      #expect(error.description.contains("is not an m54 review workspace"))
      #expect(error.exitStatus == 2)
    }
    #expect(TestWorkspace.bytes(path) == before)
  }

  @Test func aNewerSchemaIsRefusedAndUntouched() throws {
    let folder = TestWorkspace.folder()
    let path = folder + "/newer.m54review"
    try ReviewWorkspace.open(path: path, create: true).close()
    let queue = try DatabaseQueue(path: path)
    try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA user_version = 7") }
    try queue.close()
    let before = TestWorkspace.bytes(path)
    #expect(throws: WorkspaceError.newer(path: path, version: 7)) { try ReviewWorkspace.open(path: path, create: true) }
    #expect(TestWorkspace.bytes(path) == before)
  }

  @Test func aDamagedFileIsRefusedAndUntouched() throws {
    let folder = TestWorkspace.folder()
    let path = folder + "/damaged.m54review"
    let ws = try ReviewWorkspace.open(path: path, create: true)
    try ws.setMeta(Dictionary(uniqueKeysWithValues: (0..<400).map { ("key\($0)", String(repeating: "v", count: 200)) }))
    ws.close()
    var bytes = TestWorkspace.bytes(path)
    #expect(bytes.count > 8192)
    for i in 4096..<min(bytes.count, 12288) { bytes[i] = 0xA5 }
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    do {
      _ = try ReviewWorkspace.open(path: path, create: true)
      Issue.record("a damaged workspace was opened")
    } catch let error as WorkspaceError {
      #expect(error.description.contains("damaged") || error.description.contains("not an m54 review workspace"))
    }
    #expect(TestWorkspace.bytes(path) == bytes)
  }

  @Test func theTrailRefusesUpdatesAndDeletes() throws {
    let folder = TestWorkspace.folder()
    let path = folder + "/trail.m54review"
    let ws = try ReviewWorkspace.open(path: path, create: true)
    try ws.appendTrail(action: "export", reviewer: "alice", value: "{}")
    ws.close()
    let queue = try DatabaseQueue(path: path)
    #expect(throws: DatabaseError.self) {
      try queue.write { db in try db.execute(sql: "UPDATE trail SET reviewer = 'mallory'") }
    }
    #expect(throws: DatabaseError.self) { try queue.write { db in try db.execute(sql: "DELETE FROM trail") } }
    #expect(try queue.read { db in try String.fetchAll(db, sql: "SELECT reviewer FROM trail") } == ["alice"])
  }
}
