import Foundation
import Testing
import TrainingStore

/// The quiz results database: mode 0600, migrations, history weakest first.
@Suite struct TrainingStoreTests {
  func temporaryURL() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "m54-training-\(UUID().uuidString)/m54/training.sqlite")
  }

  @Test func createdPrivateAndHistoryWeakestFirst() throws {
    let url = temporaryURL()
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent().deletingLastPathComponent()) }
    let store = try TrainingStore(url: url)
    let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    try store.save(
      QuizRunRecord(
        startedAt: Date(timeIntervalSince1970: 0), kind: "mixed", seed: UInt64.max,
        answers: [
          QuizAnswerRecord(
            number: 1, kind: "excludes", codes: ["M54.50", "M54.41"], question: "Q1: ...", response: "y",
            correct: false, tags: ["excludes1", "inherited"]),
          QuizAnswerRecord(
            number: 2, kind: "excludes", codes: ["M54.50", "M54.51"], question: "Q2: ...", response: "y",
            correct: true, tags: ["no-relation", "trap"]),
          QuizAnswerRecord(
            number: 3, kind: "valid", codes: ["M54.5"], question: "Q3: ...", response: "n", correct: true,
            tags: ["header"]),
        ]))
    // Reopening runs the migrations again without harm.
    let again = try TrainingStore(url: url)
    #expect(try again.runCount() == 1)
    let history = try again.history()
    #expect(history.first?.name == "excludes1")
    #expect(history.first?.ratio == 0)
    let excludes = try #require(history.first { $0.group == "kind" && $0.name == "excludes" })
    #expect(excludes.answered == 2)
    #expect(excludes.correct == 1)
    #expect(history.last?.ratio == 1)
    #expect(
      history.filter { $0.group == "tag" }.map(\.name).sorted() == [
        "excludes1", "header", "inherited", "no-relation", "trap",
      ])
  }
}
