import Foundation
import Testing

/// The trainer's views in the real binary in tmux, and its commands with piped input.
@Suite(.serialized, .enabled(if: TmuxSession.tmuxPath != nil, "tmux is not installed: end-to-end tests skipped"))
struct TrainerEndToEndTests {
  private func start(_ arguments: String = "", width: Int = 120, height: Int = 40) throws -> TmuxSession {
    let binary = try #require(BuiltBinary.m54, "m54 was not built next to the test bundle")
    let tmux = try #require(TmuxSession.tmuxPath)
    try BuiltBinary.warmCache.get()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "m54-e2e-trainer-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    let command = ["/bin/sh", "-c", "'\(binary.path)' \(arguments); echo \"m54 exited with status $?\"; sleep 60"]
    return try TmuxSession(
      tmux: tmux, command: command, width: width, height: height, environment: BuiltBinary.environment(home: home))
  }

  private func expectScreen(
    _ session: TmuxSession, _ texts: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let ok = try session.waitUntil { screen in texts.allSatisfy { screen.contains($0) } }
    #expect(ok, "screen never showed \(texts):\n\(session.lastScreen)", sourceLocation: sourceLocation)
  }

  @Test func explainMatrixAndAGradedLesson() throws {
    let tmux = try start()
    defer { tmux.kill() }
    try expectScreen(tmux, "1 Code tree")
    try tmux.send(":")
    try tmux.type("date 2026-05-01")
    try tmux.send("Enter")
    try expectScreen(tmux, "date of service 2026-05-01")
    // The explain view: verdict, the note's level on M54.50's path, both paths.
    try tmux.send(":")
    try tmux.type("explain M54.50 M54.41")
    try tmux.send("Enter")
    try expectScreen(
      tmux, "Explain M54.50 + M54.41", "✖ Verdict: Excludes1 conflict", "[subcategory note] › M54.50",
      "M54.41  Lumbago with sciatica, right side", "M54.4 Lumbago")
    for _ in 0..<18 { try tmux.send("j") }
    try expectScreen(tmux, "M54.50's notes naming M54.41:", "\"lumbago with sciatica (M54.4-)\"")
    // The matrix of the encounter's codes shows E1; Enter on a cell explains it.
    try tmux.send("3")
    try tmux.send("i")
    try tmux.type("M54.50")
    try tmux.send("Enter")
    try tmux.type("M54.41")
    try tmux.send("Enter")
    try tmux.send("Escape")
    try expectScreen(tmux, "2. M54.41", "+ press i to type a code")
    try tmux.send(":")
    try tmux.type("matrix")
    try tmux.send("Enter")
    try expectScreen(tmux, "Conflict matrix FY2026-April", "M54.50   =      [E1]", "E1   Excludes1 conflict")
    try tmux.send("Enter")
    try expectScreen(tmux, "▶ Explain M54.50 + M54.41")
    // A lesson: the vignette, the answer typed in the encounter, graded.
    try tmux.send(":")
    try tmux.type("lesson sciatica-and-lbp-separately")
    try tmux.send("Enter")
    try expectScreen(tmux, "Lesson sciatica-and-lbp-separately", "Problem list from a follow-up visit")
    try tmux.send("3")
    try tmux.send("i")
    try tmux.type("M54.41")
    try tmux.send("Enter")
    try tmux.send("Escape")
    try expectScreen(tmux, "1. M54.41", "+ press i to type a code")
    try tmux.send(":")
    try tmux.type("grade")
    try tmux.send("Enter")
    try expectScreen(tmux, "Expected answer: M54.41", "Score: 1/1")
    // The projector layout at 80x24, left with Esc.
    try tmux.resize(width: 80, height: 24)
    try tmux.send(":")
    try tmux.type("explain M54.50 M54.41")
    try tmux.send("Enter")
    try tmux.send(":")
    try tmux.type("present")
    try tmux.send("Enter")
    try expectScreen(tmux, "█▀▀ █ █ █▀▀ █   █ █ █▀▄ █▀▀ █▀▀ ▄█     █▀▀ █▀█ █▀█ █▀▀ █   ▀█▀ █▀▀ ▀█▀", "Theme projector")
    try tmux.send("Escape")
    try expectScreen(tmux, "Theme default")
    try tmux.send("q")
    try expectScreen(tmux, "m54 exited with status 0")
  }

  @Test func trainOpensTheLesson() throws {
    let tmux = try start("train lbp-unspecified")
    defer { tmux.kill() }
    try expectScreen(tmux, "Lesson lbp-unspecified", "office worker with 10 days of aching")
    try tmux.send("q")
    try expectScreen(tmux, "m54 exited with status 0")
  }
}

/// The trainer's commands without a terminal.
@Suite struct TrainerCommandTests {
  /// Runs m54 with arguments and standard input; returns the status, stdout and stderr.
  private func run(_ arguments: [String], input: String = "", home: URL? = nil) throws -> (Int32, String, String) {
    let binary = try #require(BuiltBinary.m54, "m54 was not built next to the test bundle")
    try BuiltBinary.warmCache.get()
    let home =
      home
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("m54-trainer-\(UUID().uuidString.prefix(8))")
    var env = BuiltBinary.environment(home: home)
    env["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
    let p = Process()
    p.executableURL = binary
    p.arguments = arguments
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    inp.fileHandleForWriting.write(Data(input.utf8))
    try inp.fileHandleForWriting.close()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (p.terminationStatus, stdout, stderr)
  }

  @Test func explainMatrixAndLessonCommands() throws {
    let (status, text, _) = try run(["explain", "M54.50", "M54.41", "--date", "2026-05-01"])
    #expect(status == 0)
    #expect(text.contains("Verdict: Excludes1 conflict: M54.50 and M54.41 may not be reported together"))
    #expect(text.contains("M54.5* Low back pain › M54.50"))
    let (unknown, _, error) = try run(["explain", "M54.50", "M54.7"])
    #expect(unknown == 1)
    #expect(error.contains("M54.7 is not an ICD-10-CM code"))
    let (_, csv, _) = try run(["matrix", "M54.50", "M54.41", "G89.29", "--date", "2026-05-01", "--format", "csv"])
    #expect(csv == ",M54.50,M54.41,G89.29\nM54.50,=,E1,E2\nM54.41,E1,=,E2\nG89.29,E2,E2,=\n")
    let (_, list, _) = try run(["lesson", "list", "--json"])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
    #expect(array.count >= 12)
    #expect(array.allSatisfy { $0["name"] is String && $0["title"] is String })
    let (_, graded, _) = try run(["lesson", "grade", "low-back-strain", "M54.59"])
    #expect(graded.contains("Missing: S39.012A"))
    #expect(graded.hasSuffix("Score: 0/1\n"))
  }

  @Test func quizLineByLineAndHistory() throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("m54-quiz-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: home) }
    let (status, text, _) = try run(
      ["quiz", "--count", "4", "--seed", "5", "--kind", "excludes", "--date", "2026-05-01"], input: "y\nn\ny\nn\n",
      home: home)
    #expect(status == 0)
    let questions = text.split(separator: "\n").filter { $0.hasPrefix("Q") && $0.dropFirst().first?.isNumber == true }
    #expect(questions.map { $0.prefix(3) } == ["Q1:", "Q2:", "Q3:", "Q4:"])
    #expect(text.split(separator: "\n").filter { $0 == "correct" || $0.hasPrefix("incorrect") }.count == 4)
    #expect(text.split(separator: "\n").last?.hasPrefix("Score: ") == true)
    let (_, again, _) = try run(
      ["quiz", "--count", "4", "--seed", "5", "--kind", "excludes", "--date", "2026-05-01"], input: "y\nn\ny\nn\n")
    #expect(again == text)
    let (_, history, _) = try run(["quiz", "--history"], home: home)
    #expect(history.contains("Past quiz results, weakest first:"))
    #expect(history.contains("kind   excludes"))
    let database = home.appendingPathComponent("data/m54/training.sqlite")
    let mode = try FileManager.default.attributesOfItem(atPath: database.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }
}
