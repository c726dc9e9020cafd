import CodingCore
import Foundation
import TestSupport
import Testing
import WorkbenchUI

/// Replays the fuzzing regression corpus (`Fuzz/Regressions/<target>/`, every crash the fuzzers
/// found and the hostile inputs of issue 13) and the seed corpora through the same entry points the
/// libFuzzer targets drive: each input must come back without a crash.
@Suite(.serialized) struct FuzzRegressionTests {
  static let fuzz = ShippedData.root.appendingPathComponent("Fuzz")

  static let targets: [String: @Sendable (UnsafeBufferPointer<UInt8>) -> Void] = FuzzEntry.targets.merging(
    WorkbenchFuzzEntry.targets
  ) { a, _ in a }

  static func inputs(_ folder: String, _ target: String) -> [URL] {
    let url = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().map { url.appendingPathComponent($0) }
  }

  @Test func everyTargetHasATargetFileSeedsAndARegressionFolder() {
    #expect(
      Self.targets.keys.sorted() == [
        "audit-csv-line", "audit-jsonl-line", "code-normaliser", "key-map-file", "note-references",
        "release-manifest", "store", "tabular-xml", "theme-file",
      ])
    for target in Self.targets.keys {
      #expect(
        FileManager.default.fileExists(atPath: Self.fuzz.appendingPathComponent("Targets/\(target).swift").path))
      #expect(!Self.inputs("Seeds", target).isEmpty, "no seeds for \(target)")
      #expect(!Self.inputs("Regressions", target).isEmpty, "no regression inputs for \(target)")
    }
  }

  @Test(arguments: [
    "audit-csv-line", "audit-jsonl-line", "code-normaliser", "key-map-file", "note-references", "release-manifest",
    "store", "tabular-xml", "theme-file",
  ])
  func theRegressionCorpusAndSeedsComeBackWithoutACrash(target: String) throws {
    FuzzEntry.engine = try RulesEngine.load(codeSet: ShippedData.codeSet, locator: ShippedData.locator)
    let entry = try #require(Self.targets[target])
    for url in Self.inputs("Regressions", target) + Self.inputs("Seeds", target) {
      let bytes = [UInt8](try Data(contentsOf: url))
      bytes.withUnsafeBufferPointer { entry($0) }
    }
  }
}
