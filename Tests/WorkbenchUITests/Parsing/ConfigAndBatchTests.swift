import CodingCore
import Testing
import WorkbenchUI

@Suite struct ConfigAndBatchTests {
  @Test func configSelectsThemeAndKeyMap() {
    let (config, diagnostics) = WorkbenchConfig.parse(
      "theme = light\nkeys = my.keys\ncolour = red\n", file: "/home/u/.config/m54/config",
      relativeTo: "/home/u/.config/m54")
    #expect(config == WorkbenchConfig(theme: "light", keyMapFile: "/home/u/.config/m54/my.keys"))
    #expect(
      diagnostics.map(\.description) == [
        "/home/u/.config/m54/config:3: unknown setting 'colour' (settings: theme, keys)"
      ])
  }

  @Test func standardPathsFollowXDG() {
    let paths = ResourcePaths.standard(environment: [
      "HOME": "/home/u", "XDG_CONFIG_HOME": "/cfg", "M54_THEMES_DIR": "/themes",
    ])
    #expect(paths.configFile == "/cfg/m54/config")
    #expect(paths.themeFolders == ["/cfg/m54/themes", "/themes"])
    #expect(
      ResourcePaths.standard(environment: ["HOME": "/home/u", "M54_THEMES_DIR": "/t"]).configFile
        == "/home/u/.config/m54/config")
  }

  @Test func csvBatchesReadQuotedFieldsAndSkipBadLines() throws {
    let text = """
      encounter_id,date_of_service,codes,documented
      E1,2026-05-01,M54.50;m5441,
      E2,2026-13-01,M54.50,
      "E,3",2025-06-01,"G89.29; M54.50",chronic-pain
      E4
      """
    let file = try BatchFileReader.parse(text, path: "b.csv").get()
    #expect(file.encounters.map(\.id) == ["E1", "E,3"])
    #expect(file.encounters[0].codes == ["M54.50", "M54.41"])
    #expect(file.encounters[1].codes == ["G89.29", "M54.50"])
    // Checklist item ids are upper case, as in Data/checklists.json; the audit reads the same way.
    #expect(file.encounters[1].documentation == ["CHRONIC-PAIN": .yes])
    #expect(
      file.problems == [
        "line 3: bad date \"2026-13-01\" (expected YYYY-MM-DD)",
        "line 5: missing columns date_of_service, codes (the line has 1 field, the header 4 columns)",
      ])
  }

  @Test func jsonLinesBatches() throws {
    let text = """
      {"encounter_id":"A","date_of_service":"2026-05-01","codes":["M54.50","M54.41"]}
      not json
      {"encounter_id":"B","date_of_service":"2026-05-02","codes":"M54.9"}
      """
    let file = try BatchFileReader.parse(text, path: "b.jsonl").get()
    #expect(file.encounters.map(\.codes) == [["M54.50", "M54.41"], ["M54.9"]])
    #expect(file.problems == ["line 2: bad JSON"])
  }

  @Test func aFileWithoutTheHeaderIsRefused() {
    guard case .failure(let f) = BatchFileReader.parse("a,b,c\n1,2,3", path: "x.csv") else {
      Issue.record("should fail")
      return
    }
    #expect(f.description == "x.csv: the header must name encounter_id, date_of_service and codes (found: a,b,c)")
  }
}
