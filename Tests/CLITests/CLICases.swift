/// The fixed inputs of the command-line golden tests: every command, every output format, and the
/// documented error cases with their exit statuses.
extension CLICase {
  static let all: [CLICase] =
    show + search + tree + history + check + audit + data + routing + help + trainer + index

  static let show: [CLICase] = [
    CLICase("show-M54.50", ["show", "M54.50"]),
    CLICase("show-M54.50-json", ["show", "M54.50", "--json"]),
    CLICase("show-lowercase-nodot-FY2021", ["show", "m545", "--release", "FY2021"]),
    CLICase("show-section", ["show", "M50-M54"]),
    CLICase("show-seventh-character", ["show", "S39.012A"]),
    CLICase("show-unknown-code", ["show", "M54.7"]),
    CLICase("show-unknown-in-release", ["show", "M54.50", "--release", "FY2021"]),
    CLICase("show-bad-release", ["show", "M54.50", "--release", "FY2030"]),
    CLICase("show-by-date", ["show", "M54.5", "--date", "2021-06-01"]),
    CLICase("show-date-no-release-covers", ["show", "M54.50", "--date", "2030-01-01"]),
    CLICase("show-release-and-date", ["show", "M54.50", "--release", "FY2021", "--date", "2021-06-01"]),
    CLICase("show-empty-code", ["show", " "]),
    CLICase("show-missing-code", ["show"]),
    CLICase("show-the-word-help", ["show", "help"]),
  ]

  static let search: [CLICase] = [
    CLICase("search-lumbago", ["search", "lumbago"]),
    CLICase("search-back-pain-limit", ["search", "back", "pain", "--limit", "2"]),
    CLICase("search-cross-reference", ["search", "neck", "pain"]),
    CLICase("search-code-json", ["search", "m5450", "--json", "--release", "FY2025-April"]),
    CLICase("search-no-match", ["search", "zzqxv"]),
    CLICase("search-bad-limit", ["search", "lumbago", "--limit", "0"]),
    CLICase("search-bad-release", ["search", "lumbago", "--release", "2026"]),
  ]

  static let index: [CLICase] = [
    CLICase("index-pain", ["index", "pain"]),
    CLICase("index-pain-json", ["index", "pain", "--json"]),
    CLICase("index-see-also", ["index", "painful", "--date", "2026-05-01"]),
    CLICase("index-see-followed", ["index", "abdominalgia", "--follow", "--date", "2026-05-01"]),
    CLICase("index-not-in-release", ["index", "pain", "low", "back", "--date", "2021-05-01"]),
    CLICase("index-no-match", ["index", "zzqxv"]),
    CLICase("index-no-match-json", ["index", "zzqxv", "--json"]),
  ]

  static let tree: [CLICase] = [
    CLICase("tree-default", ["tree"]),
    CLICase("tree-M54.5", ["tree", "M54.5"]),
    CLICase("tree-section-depth", ["tree", "M40-M54", "--depth", "1", "--release", "FY2021"]),
    CLICase("tree-unknown-code", ["tree", "M99.99"]),
    CLICase("tree-bad-depth", ["tree", "--depth", "x"]),
  ]

  static let history: [CLICase] = [
    CLICase("history-M54.5", ["history", "M54.5"]),
    CLICase("history-M54.50-json", ["history", "M54.50", "--json"]),
    CLICase("history-M51.36", ["history", "m5136"]),
    CLICase("history-deleted", ["history", "T40.7X1A"]),
    CLICase("history-retitled", ["history", "M35.00", "--json"]),
    CLICase("history-unknown-code", ["history", "M54.7"]),
  ]

  static let check: [CLICase] = [
    CLICase("check-excludes1", ["check", "m5450", "M54.41", "--date", "2026-05-01"]),
    CLICase(
      "check-unrelated",
      ["check", "M54.50", "M54.41", "--date", "2026-05-01", "--unrelated", "M54.50,M54.41:separate injury episode"]),
    CLICase("check-excludes1-json", ["check", "M54.50", "M54.41", "--date", "2026-05-01", "--json"]),
    CLICase(
      "check-unrelated-json",
      ["check", "M54.50", "M54.41", "--date", "2026-05-01", "--unrelated", "M54.41,M54.50:other episode", "--json"]),
    CLICase("check-header", ["check", "M54.5", "--date", "2026-05-01"]),
    CLICase("check-invalid-suggestion", ["check", "S33.5XA", "--date", "2026-05-01"]),
    CLICase("check-FY2021-guidelines", ["check", "M54.30", "M54.5", "G89.29", "--date", "2021-06-01"]),
    CLICase(
      "check-all-options",
      [
        "check", "G89.29", "M54.50", "M54.50", "M54.16", "--date", "2026-05-01", "--documented", "GEN-LOCATION",
        "--not-documented", "gen-duration", "--pain-focus", "yes", "--unanswered", "--no-excludes2",
        "--no-source-article-rules",
      ]),
    CLICase("check-no-findings", ["check", "M54.2", "--date", "2026-05-01", "--no-excludes2"]),
    CLICase("check-uncovered-date", ["check", "M54.50", "--date", "2030-01-01"]),
    CLICase("check-bad-date", ["check", "M54.50", "--date", "2026-13-01"]),
    CLICase("check-bad-unrelated", ["check", "M54.50", "M54.41", "--unrelated", "M54.50 M54.41"]),
    CLICase("check-bad-pain-focus", ["check", "M54.50", "--date", "2026-05-01", "--pain-focus", "maybe"]),
    CLICase("check-unknown-checklist-item", ["check", "M54.50", "--date", "2026-05-01", "--documented", "NOPE"]),
  ]

  static let audit: [CLICase] = [
    CLICase("audit-10000-jsonl", ["audit", "{BATCH}"]),
    CLICase("audit-10000-csv", ["audit", "{BATCH}", "--format", "csv"]),
    CLICase("audit-10000-text", ["audit", "{BATCH}", "--format", "text"]),
    CLICase("audit-10000-jsonl-info", ["audit", "{BATCH}", "--severity", "info"]),
    CLICase("audit-small-csv-info", ["audit", "{FIXTURES}/small.csv", "--format", "csv", "--severity", "info"]),
    CLICase("audit-small-text-info", ["audit", "{FIXTURES}/small.csv", "--format", "TEXT", "--severity", "info"]),
    CLICase(
      "audit-small-csv-error-quiet",
      ["audit", "{FIXTURES}/small.csv", "--format", "csv", "--severity", "error", "--quiet"]),
    CLICase(
      "audit-small-out-file", ["audit", "{FIXTURES}/small.jsonl", "--out", "{TMP}/findings.jsonl"],
      files: ["findings.jsonl"]),
    CLICase("audit-small-jsonl", ["audit", "{FIXTURES}/small.jsonl"]),
    CLICase(
      "audit-small-options",
      ["audit", "{FIXTURES}/small.csv", "--format", "csv", "--no-excludes2", "--no-source-article-rules"]),
    CLICase("audit-stdin-csv", ["audit", "-", "--format", "text"], stdin: "{FIXTURES}/small.csv"),
    CLICase("audit-stdin-input-jsonl", ["audit", "-", "--input", "jsonl"], stdin: "{FIXTURES}/small.jsonl"),
    CLICase("audit-bad-header", ["audit", "{FIXTURES}/bad-header.csv"]),
    CLICase("audit-bad-format", ["audit", "{FIXTURES}/small.csv", "--format", "xml"]),
    CLICase("audit-bad-severity", ["audit", "{FIXTURES}/small.csv", "--severity", "fatal"]),
    CLICase("audit-bad-jobs", ["audit", "{FIXTURES}/small.csv", "--jobs", "0"]),
    CLICase("audit-bad-input", ["audit", "{FIXTURES}/small.csv", "--input", "xml"]),
    CLICase("audit-unreadable-file", ["audit", "{TMP}/no-such-file.csv"]),
    CLICase("audit-directory", ["audit", "{TMP}"]),
    CLICase("audit-unwritable-out", ["audit", "{FIXTURES}/small.csv", "--out", "{TMP}/no-such-folder/out.jsonl"]),
    CLICase("audit-missing-file", ["audit"]),
  ]

  static let data: [CLICase] = [
    CLICase("data-list", ["data", "list"]),
    CLICase("data-lint", ["data", "lint"]),
    CLICase("data-import-tiny-release", ["data", "import", "{FIXTURES}/icd10cm-tabular-2030.xml"]),
    CLICase(
      "data-import-bad-code-list",
      ["data", "import", "{FIXTURES}/icd10cm-tabular-2030.xml", "--code-list", "{FIXTURES}/bad-code-list.txt"]),
    CLICase("data-import-missing-file", ["data", "import", "{TMP}/no-such-file.xml"]),
    CLICase("data-import-corrupt-gzip", ["data", "import", "{FIXTURES}/corrupt.xml.gz"]),
    CLICase("data-import-bad-date", ["data", "import", "{FIXTURES}/corrupt.xml.gz", "--effective-from", "2026-02-30"]),
    CLICase("data-unknown-subcommand", ["data", "frobnicate"]),
  ]

  static let routing: [CLICase] = [
    CLICase("route-csv-without-terminal", ["{FIXTURES}/small.csv"]),
    CLICase("route-open-without-terminal", ["open", "{FIXTURES}/small.jsonl"]),
    CLICase("route-theme-without-terminal", ["--theme", "mono"]),
    CLICase("route-alone-without-terminal", []),
    CLICase("route-misspelt-subcommand", ["shw", "M54.50"]),
    CLICase("route-unknown-option", ["show", "M54.50", "--jsn"]),
  ]

  static let help: [CLICase] = [
    CLICase("help", ["--help"]),
    CLICase("version", ["--version"]),
    CLICase("completion-script-bash", ["--generate-completion-script", "bash"]),
    CLICase("help-audit", ["audit", "--help"]),
    CLICase("help-check", ["check", "--help"]),
    CLICase("help-data-import", ["help", "data", "import"]),
  ]

  /// The trainer's commands (issue 15).
  static let trainer: [CLICase] = [
    CLICase("explain-excludes1", ["explain", "m5450", "M54.41", "--date", "2026-05-01"]),
    CLICase("explain-both-json", ["explain", "M54.50", "R52", "--date", "2026-05-01", "--json"]),
    CLICase("explain-guideline", ["explain", "M54.31", "M54.50", "--date", "2026-05-01"]),
    CLICase("explain-header-fy2021-differs", ["explain", "M54.5", "M54.41", "--date", "2026-05-01"]),
    CLICase("explain-unknown-code", ["explain", "M54.50", "M54.7", "--date", "2026-05-01"]),
    CLICase("explain-bad-date", ["explain", "M54.50", "M54.41", "--date", "2026-13-01"]),
    CLICase("matrix-text", ["matrix", "M54.50", "M54.41", "G89.29", "M54.51", "--date", "2026-05-01"]),
    CLICase("matrix-csv", ["matrix", "M54.50", "M54.41", "R52", "--date", "2026-05-01", "--format", "csv"]),
    CLICase("matrix-json", ["matrix", "M54.50", "M54.41", "--date", "2026-05-01", "--format", "json"]),
    CLICase("lesson-list", ["lesson", "list"]),
    CLICase("lesson-list-json", ["lesson", "list", "--json"]),
    CLICase("lesson-show-json", ["lesson", "show", "unrelated-back-and-generalized-pain", "--json"]),
    CLICase("lesson-grade", ["lesson", "grade", "chronic-lbp-pain-management", "M54.50", "G89.29"]),
    CLICase("lesson-unknown", ["lesson", "show", "no-such-lesson"]),
    CLICase("quiz-no-answers", ["quiz", "--count", "3", "--seed", "9", "--date", "2026-05-01", "--no-save"]),
  ]
}
