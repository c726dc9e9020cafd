import Foundation
import GRDB

/// The trainer's results database (`$XDG_DATA_HOME/m54/training.sqlite`, mode 0600), through GRDB,
/// with versioned migrations.
public final class TrainingStore: Sendable {
  /// Where the database is.
  public let url: URL
  private let queue: DatabaseQueue

  /// The standard location: `$XDG_DATA_HOME/m54/training.sqlite` (default `~/.local/share/m54`).
  public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
    let dataHome =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
      ?? home.appendingPathComponent(".local/share")
    return dataHome.appendingPathComponent("m54/training.sqlite")
  }

  /// Opens (creating it with mode 0600 when absent) and migrates the database.
  public init(url: URL = TrainingStore.defaultURL()) throws {
    self.url = url
    let fm = FileManager.default
    try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    if !fm.fileExists(atPath: url.path) {
      guard fm.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
        throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
      }
    }
    try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    queue = try DatabaseQueue(path: url.path)
    try Self.migrator.migrate(queue)
  }

  /// The schema's migrations, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: quiz runs, answers and tags") { db in
      try db.create(table: "quiz_run") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("started_at", .datetime).notNull()
        t.column("kind", .text).notNull()
        t.column("seed", .text).notNull()
        t.column("question_count", .integer).notNull()
        t.column("score", .integer).notNull()
      }
      try db.create(table: "quiz_answer") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("run_id", .integer).notNull().indexed().references("quiz_run", onDelete: .cascade)
        t.column("number", .integer).notNull()
        t.column("kind", .text).notNull()
        t.column("codes", .text).notNull()
        t.column("question", .text).notNull()
        t.column("response", .text).notNull()
        t.column("correct", .boolean).notNull()
      }
      try db.create(table: "quiz_answer_tag") { t in
        t.column("answer_id", .integer).notNull().indexed().references("quiz_answer", onDelete: .cascade)
        t.column("tag", .text).notNull()
      }
    }
    return migrator
  }

  /// Saves a quiz and its answers in one transaction.
  public func save(_ run: QuizRunRecord) throws {
    try queue.write { db in
      try db.execute(
        sql: "INSERT INTO quiz_run (started_at, kind, seed, question_count, score) VALUES (?, ?, ?, ?, ?)",
        arguments: [run.startedAt, run.kind, String(run.seed), run.answers.count, run.score])
      let runID = db.lastInsertedRowID
      for a in run.answers {
        try db.execute(
          sql: """
            INSERT INTO quiz_answer (run_id, number, kind, codes, question, response, correct)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [runID, a.number, a.kind, a.codes.joined(separator: " "), a.question, a.response, a.correct])
        let answerID = db.lastInsertedRowID
        for tag in a.tags {
          try db.execute(sql: "INSERT INTO quiz_answer_tag (answer_id, tag) VALUES (?, ?)", arguments: [answerID, tag])
        }
      }
    }
  }

  /// Past results by kind and by tag, weakest first (lowest share right, then most answered).
  public func history() throws -> [HistoryRow] {
    try queue.read { db in
      var rows: [HistoryRow] = []
      for row in try Row.fetchAll(
        db, sql: "SELECT kind, COUNT(*) AS n, SUM(correct) AS k FROM quiz_answer GROUP BY kind")
      {
        rows.append(HistoryRow(group: "kind", name: row["kind"], answered: row["n"], correct: row["k"]))
      }
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT t.tag AS tag, COUNT(*) AS n, SUM(a.correct) AS k
          FROM quiz_answer_tag t JOIN quiz_answer a ON a.id = t.answer_id GROUP BY t.tag
          """)
      {
        rows.append(HistoryRow(group: "tag", name: row["tag"], answered: row["n"], correct: row["k"]))
      }
      return rows.sorted {
        $0.ratio != $1.ratio
          ? $0.ratio < $1.ratio : ($0.answered != $1.answered ? $0.answered > $1.answered : $0.name < $1.name)
      }
    }
  }

  /// The number of quizzes kept.
  public func runCount() throws -> Int {
    try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quiz_run") ?? 0 }
  }
}
