import Testing

@testable import ReviewStore

/// Reading a batch: the line count that sizes its tables up front.
@Suite struct BatchLoaderTests {
  @Test(arguments: [("", 0), ("a", 1), ("a\n", 1), ("a\nb", 2), ("\n\n", 2), ("a\r\nb\r\n", 2)])
  func linesAreCounted(text: String, lines: Int) {
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBufferPointer { BatchLoader.countLines($0) } == lines)
  }

  @Test func aBatchReadsTheSameWithItsTablesSizedUpFront() throws {
    let text = "encounter_id,date_of_service,codes\nE1,2026-05-01,M54.50\n\nE2,2026-05-01,m5441\nE1,2026-05-01,M54.9"
    let batch = try BatchLoader.parse(Array(text.utf8), path: "b.csv").get()
    #expect(batch.entries.map(\.id) == ["E1", "E2"])
    #expect(batch.entries.map(\.codes) == [["M54.50"], ["M54.41"]])
    #expect(batch.unreadable.map(\.line) == [5])
    #expect(batch.index(of: "E1") == 0 && batch.index(of: "E2") == 1 && batch.index(of: "E3") == nil)
    #expect(batch.unreadable.first?.problem == "duplicate encounter_id \"E1\" (first on line 2)")
  }
}
