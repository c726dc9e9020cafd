import GRDB

/// The workspace's SQLite schema and its versioned migrations (documented in `docs/review-schema.md`).
enum WorkspaceSchema {
  /// `PRAGMA application_id` of a review workspace: "M54R".
  static let applicationID: Int32 = 0x4D35_3452
  /// `PRAGMA user_version` written by the newest migration this program knows.
  static let version = 1

  /// The migrations, oldest first; each sets `user_version` to its number.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(sql: "PRAGMA application_id = \(applicationID)")
      try db.execute(sql: version1)
      try db.execute(sql: "PRAGMA user_version = 1")
    }
    return migrator
  }

  private static let version1 = """
    CREATE TABLE meta (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE decision (
      encounter_id TEXT PRIMARY KEY NOT NULL,
      line INTEGER NOT NULL,
      coder TEXT,
      submitted_codes TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('accept', 'query', 'correct')),
      corrected_codes TEXT,
      note TEXT,
      reviewer TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      errors INTEGER NOT NULL DEFAULT 0 CHECK (errors >= 0),
      findings_before TEXT NOT NULL DEFAULT '[]',
      findings_after TEXT,
      finding_kinds TEXT NOT NULL DEFAULT '',
      CHECK (kind <> 'query' OR length(trim(note)) > 0),
      CHECK ((kind = 'correct') = (corrected_codes IS NOT NULL))
    );

    CREATE TABLE code_change (
      encounter_id TEXT NOT NULL REFERENCES decision(encounter_id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      code TEXT NOT NULL,
      mark TEXT NOT NULL CHECK (mark IN ('added', 'deleted', 'resequenced', 'unchanged')),
      submitted_position INTEGER,
      corrected_position INTEGER,
      reason TEXT CHECK (reason IN ('not-documented', 'excludes1', 'missed-code', 'specificity', 'sequencing',
        'invalid-on-date', 'other')),
      note TEXT,
      weight INTEGER NOT NULL DEFAULT 0 CHECK (weight BETWEEN 0 AND 2),
      PRIMARY KEY (encounter_id, ordinal),
      CHECK ((mark = 'unchanged') = (reason IS NULL))
    ) WITHOUT ROWID;

    CREATE TABLE disposition (
      encounter_id TEXT NOT NULL,
      finding_number INTEGER NOT NULL CHECK (finding_number >= 1),
      finding_kind TEXT NOT NULL,
      finding_codes TEXT NOT NULL,
      verdict TEXT NOT NULL CHECK (verdict IN ('agree', 'dismiss')),
      reason TEXT,
      reviewer TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      PRIMARY KEY (encounter_id, finding_number),
      CHECK (verdict = 'agree' OR length(trim(reason)) > 0)
    ) WITHOUT ROWID;

    CREATE TABLE session_state (
      key TEXT PRIMARY KEY NOT NULL,
      value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE trail (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      reviewer TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('create', 'decide', 'undo', 'dispose', 'rebind', 'drop', 'export')),
      encounter_id TEXT,
      previous TEXT,
      value TEXT
    );
    CREATE INDEX trail_encounter ON trail(encounter_id);

    CREATE TRIGGER trail_no_update BEFORE UPDATE ON trail
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    CREATE TRIGGER trail_no_delete BEFORE DELETE ON trail
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
    """
}
