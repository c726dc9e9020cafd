import Foundation
import Testing

/// The built `m54` on fixed inputs: stdout, stderr and exit status equal the golden files in
/// `Tests/CLITests/Golden` (regenerate them with `M54_UPDATE_GOLDEN=1 swift test --filter CLITests`).
@Suite struct CLIGoldenTests {
  @Test(arguments: CLICase.all) func matchesGoldenFile(_ cliCase: CLICase) throws {
    let binary = try #require(BuiltM54.url, "m54 was not built next to the test bundle")
    try BuiltM54.warmCache.get()
    let sandbox = try CLISandbox()
    defer { sandbox.remove() }
    let arguments = try cliCase.arguments.map(sandbox.expand)
    let outcome = try CLIProcess.run(
      binary.path, arguments, environment: sandbox.environment, stdin: try cliCase.stdin.map(sandbox.expand),
      scratch: sandbox.folder)
    let files = cliCase.files.map { name in
      (
        name,
        sandbox.normalize(
          FileManager.default.contents(atPath: sandbox.folder.appendingPathComponent(name).path)
            ?? Data("<missing>".utf8))
      )
    }
    let actual = GoldenFile.render(
      arguments: arguments.map { sandbox.normalize(Data($0.utf8)) }, status: outcome.status,
      stdout: sandbox.normalize(outcome.stdout), stderr: sandbox.normalize(outcome.stderr), files: files)
    let golden = GoldenFile(name: cliCase.name)
    let expected = golden.stored()
    if GoldenFile.updating {
      if expected != actual { try golden.write(actual) }
      return
    }
    let stored = try #require(
      expected,
      "no golden file \(golden.plainURL.lastPathComponent): run M54_UPDATE_GOLDEN=1 swift test --filter CLITests")
    #expect(
      stored == actual,
      """
      m54 output differs from \(golden.plainURL.lastPathComponent) at \
      \(GoldenFile.firstDifference(expected: stored, actual: actual))
      (if the change is intended: M54_UPDATE_GOLDEN=1 swift test --filter CLITests)
      """)
  }

  @Test func everyGoldenFileBelongsToACase() throws {
    let names = Set(CLICase.all.map(\.name))
    #expect(names.count == CLICase.all.count, "two cases share a name")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: GoldenFile.folder.path)) ?? []
    let stale = files.filter { file in
      let stem = file.hasSuffix(".txt.gz") ? String(file.dropLast(7)) : String(file.dropLast(4))
      return !names.contains(stem)
    }
    if GoldenFile.updating {
      for file in stale { try FileManager.default.removeItem(at: GoldenFile.folder.appendingPathComponent(file)) }
      return
    }
    #expect(stale.isEmpty, "golden files without a case: \(stale.sorted())")
  }
}
