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

  @Test func anUnwritableCacheStillAnswersFromTheBuildsStores() throws {
    // The stores the build compiled are opened where they are: nothing to compile, nothing to report
    // (without them the releases are compiled in memory and that is reported once: PrebuiltStoreTests).
    let run = try CommandRun.m54(
      ["history", "M54.5"], environment: ["M54_CACHE_DIR": "/proc/m54-cannot-exist/cache"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("M54.5\n"))
    #expect(run.stderr == "")
  }
}
