import Foundation
import Testing

@testable import CodingCore

/// Where the shipped data, imported releases and the cache are found, from the environment.
@Suite struct DataLocatorTests {
  @Test func theVariablesChooseTheFolders() {
    let locator = DataLocator.standard(environment: [
      "HOME": "/home/coder", "M54_DATA_DIR": "/data/icd10cm", "XDG_DATA_HOME": "/xdg/data",
      "M54_CACHE_DIR": "/fast/cache",
    ])
    #expect(locator.releaseFolders.map(\.path) == ["/data/icd10cm"])
    #expect(locator.userReleaseFolder.path == "/xdg/data/m54/releases")
    #expect(locator.cacheFolder.path == "/fast/cache")
    let defaults = DataLocator.standard(environment: ["HOME": "/home/coder"])
    #expect(defaults.userReleaseFolder.path == "/home/coder/.local/share/m54/releases")
    #expect(defaults.cacheFolder.path == "/home/coder/.cache/m54")
  }

  @Test func withoutM54DataDirTheSourceTreesDataIsFound() {
    let locator = DataLocator.standard(environment: ["HOME": "/home/coder"])
    #expect(
      locator.releaseFolders.first?.appendingPathComponent("releases.json").path == TestData.root.path
        + "/Data/icd10cm/releases.json")
  }

  @Test func theProcessEnvironmentIsReadVariableByVariable() {
    let environment = DataLocator.processEnvironment()
    #expect(environment["HOME"] == ProcessInfo.processInfo.environment["HOME"])
    #expect(environment["PATH"] == nil)
  }

  @Test func parentFolders() {
    #expect(DataLocator.parent("/usr/local/bin/m54") == "/usr/local/bin")
    #expect(DataLocator.parent("/usr/local/bin/") == "/usr/local")
    #expect(DataLocator.parent("/m54") == "/")
    #expect(DataLocator.parent("/") == "/")
    #expect(DataLocator.parent("m54") == ".")
    #expect(DataLocator.executablePath().hasPrefix("/"))
  }
}
