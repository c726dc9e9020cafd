import Foundation
import Testing

/// The coder's commands in the real binary: `m54 index`, `m54 search` in a coder's words, the
/// aligned `m54 data list` and the unrelated reason printed once by `m54 check`.
@Suite(.serialized) struct CoderCommandTests {
  static func m54(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let binary = try #require(BuiltBinary.m54, "m54 was not built next to the test bundle")
    _ = try BuiltBinary.warmCache.get()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("m54-coder-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: home) }
    let environment = [
      "M54_CACHE_DIR=\(BuiltBinary.cacheFolder.path)", "XDG_DATA_HOME=\(home.path)/data",
      "XDG_CONFIG_HOME=\(home.path)/config", "HOME=\(home.path)",
    ]
    return try ChildProcess.run("/usr/bin/env", environment + [binary.path] + arguments, captureOutput: true)
  }

  @Test func indexPrintsTermsAsThePrintedIndexDoes() throws {
    let run = try Self.m54(["index", "lumbago", "--date", "2026-05-01"])
    #expect(run.status == 0)
    #expect(
      run.output == """
        Alphabetic Index FY2025-April; codes checked against FY2026-April (date of service 2026-05-01)
        Lumbago, lumbalgia M54.50
          with sciatica M54.4-  [needs more characters: M54.40, M54.41, M54.42]
            due to intervertebral disc disorder M51.17
          due to displacement, intervertebral disc M51.27
            with sciatica M51.17

        Sciatica (infective) M54.3-  [needs more characters: M54.30, M54.31, M54.32]
          with lumbago M54.4-  [needs more characters: M54.40, M54.41, M54.42]
            due to intervertebral disc disorder — see Disorder, disc, with, radiculopathy

        """)
  }

  @Test func indexFollowsSeeReferencesOnRequest() throws {
    let plain = try Self.m54(["index", "abdominalgia", "--date", "2026-05-01"])
    #expect(plain.output.hasSuffix("Abdominalgia — see Pain, abdominal\n"))
    let followed = try Self.m54(["index", "abdominalgia", "--date", "2026-05-01", "--follow"])
    #expect(
      followed.output.contains(
        "→ see Pain, abdominal:\nPain(s) (see also Painful) R52\n  abdominal R10.9\n    colic R10.83\n"))
  }

  @Test func indexMarksCodesTheReleaseInForceLacks() throws {
    let run = try Self.m54(["index", "pain", "low", "back", "--date", "2021-05-01"])
    #expect(run.output.contains("codes checked against FY2021 (date of service 2021-05-01)"))
    #expect(run.output.contains("  low back M54.50  [not in FY2021]"))
  }

  @Test func unknownTermExitsOne() throws {
    #expect(try Self.m54(["index", "qqqzzz"]).status == 1)
  }

  @Test func searchInACodersWords() throws {
    let run = try Self.m54(["search", "chronic", "low", "back", "pain", "--limit", "5"])
    #expect(run.status == 0)
    let codes = run.output.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
    #expect(codes.first == "M54.50")
    #expect(codes.contains("G89.29"))
    #expect(run.output.hasPrefix("M54.50   Low back pain, unspecified  (index: Pain, low back M54.50)\n"))
  }

  @Test func dataListColumnsLineUp() throws {
    let lines = try Self.m54(["data", "list"]).output.split(separator: "\n").map(String.init)
    let header = try #require(lines.first)
    let row = try #require(lines.first { $0.hasPrefix("FY2026-April") })
    for (column, value) in [("Effective", "2026-04-01"), ("Billable", "74719"), ("Source", "shipped:")] {
      let h = try #require(header.range(of: column)).lowerBound.utf16Offset(in: header)
      let r = try #require(row.range(of: value)).lowerBound.utf16Offset(in: row)
      #expect(h == r, "\(column) at \(h), \(value) at \(r)")
    }
  }

  @Test func theUnrelatedReasonIsPrintedOnce() throws {
    let run = try Self.m54([
      "check", "M54.50", "M54.41", "--date", "2026-05-01", "--unrelated", "M54.50,M54.41:separate injury episode",
    ])
    #expect(run.output.components(separatedBy: "separate injury episode").count - 1 == 1)
  }
}
