import GRDB

extension ReviewWorkspace {
  /// Appends a trail entry inside the caller's transaction.
  static func appendTrail(
    _ db: Database, at: String, reviewer: String, action: String, encounterID: String?, previous: String?,
    value: String?
  ) throws {
    try db.cachedStatement(
      sql: "INSERT INTO trail(at, reviewer, action, encounter_id, previous, value) VALUES (?, ?, ?, ?, ?, ?)"
    ).execute(arguments: [at, reviewer, action, encounterID, previous, value])
  }

  /// Appends a trail entry in a transaction of its own (exports, for example).
  public func appendTrail(action: String, reviewer: String, encounterID: String? = nil, value: String?) throws {
    try write { db in
      try Self.appendTrail(
        db, at: Self.utcNow(), reviewer: reviewer, action: action, encounterID: encounterID, previous: nil,
        value: value)
    }
  }

  /// The whole trail, oldest first.
  public func trail(encounterID: String? = nil) throws -> [TrailEntry] {
    try read { db in
      let filter = encounterID == nil ? "" : " WHERE encounter_id = ?"
      return try Row.fetchAll(
        db, sql: "SELECT seq, at, reviewer, action, encounter_id, previous, value FROM trail\(filter) ORDER BY seq",
        arguments: encounterID.map { [$0] } ?? []
      ).map { row in
        TrailEntry(
          seq: row["seq"], at: row["at"], reviewer: row["reviewer"], action: row["action"],
          encounterID: row["encounter_id"], previous: row["previous"], value: row["value"])
      }
    }
  }

  /// The distinct reviewers of the trail, in order of first appearance.
  public func reviewers() throws -> [String] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT reviewer FROM trail GROUP BY reviewer ORDER BY min(seq)")
    }
  }
}
