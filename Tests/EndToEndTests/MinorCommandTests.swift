import Foundation
import Testing

/// Small command-line defects of issue 13.
@Suite struct MinorCommandTests {
  @Test func checkWithoutCodesIsBadUsage() throws {
    _ = try BuiltBinary.warmCache.get()
    let run = try CommandRun.m54(["check", "--date", "2026-05-01"])
    #expect(run.status == 2)
    #expect(run.stderr.contains("Give at least one code"))
  }

  @Test func anUnwritableCacheIsReportedOnceAndTheCommandWorks() throws {
    let run = try CommandRun.m54(
      ["history", "M54.5"], environment: ["M54_CACHE_DIR": "/proc/m54-cannot-exist/cache"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("M54.5\n"))
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("m54: cannot keep compiled stores in /proc/m54-cannot-exist/cache") == true)
  }
}
