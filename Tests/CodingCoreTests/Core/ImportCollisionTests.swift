import Foundation
import Testing

@testable import CodingCore

/// An import never takes the place of a loaded release.
@Suite struct ImportCollisionTests {
  @Test func anIdDifferingOnlyInCaseFromALoadedReleaseIsRefused() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("m54-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = TestData.root.appendingPathComponent("Data/icd10cm")
    for id in ["fy2026-APRIL", "FY2026-April"] {
      do {
        _ = try ReleaseImporter.importRelease(
          tabular: data.appendingPathComponent("icd10cm-tabular-2026-april.xml.gz"), codeList: nil, id: id,
          effectiveFrom: nil, effectiveThrough: nil, existing: ["FY2021", "FY2025-April", "FY2026-April"], into: folder)
        Issue.record("\(id) was imported over FY2026-April")
      } catch let error as ImportError {
        #expect(error.problem.hasPrefix("a release FY2026-April is already loaded"))
        #expect(error.problem.contains("without regard to case") == (id != "FY2026-April"))
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
