import ArgumentParser
import CodingCore
import Foundation

/// `m54 lesson list|show|grade`: prepared scenarios with graded answers.
struct LessonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lesson", abstract: "Prepared coding lessons: list them, show one, grade an answer.",
    discussion: """
      Scenarios are JSON files in Data/scenarios (format in Data/scenarios/README.md). A file that cannot be read
      is reported on standard error with its file and line; the others still load.
      """,
    subcommands: [LessonListCommand.self, LessonShowCommand.self, LessonGradeCommand.self])

  /// Loads the shipped scenarios, reporting unreadable files on standard error.
  static func library() -> ScenarioLibrary {
    guard let folder = ScenarioLibrary.folder() else {
      Console.error("m54: no scenarios folder found (Data/scenarios)")
      return ScenarioLibrary(scenarios: [])
    }
    let library = ScenarioLibrary.load(folder: folder)
    for problem in library.problems { Console.error("m54: \(problem)") }
    return library
  }

  /// The scenario with a name, or exits 1 naming the available ones.
  static func scenario(_ name: String, in library: ScenarioLibrary) throws -> Scenario {
    if let s = library.scenario(named: name) { return s }
    Console.error(
      "m54: no lesson \"\(TrainerSupport.printable(name))\"; available: \(library.scenarios.map(\.name).joined(separator: ", "))"
    )
    throw ExitCode(1)
  }
}

/// `m54 lesson list`.
struct LessonListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the lessons.")

  @Flag(help: "Write a JSON array of {name, title, date, tags}.")
  var json = false

  func run() throws {
    let library = LessonCommand.library()
    if json {
      print("[" + library.scenarios.map(\.summaryJSON).joined(separator: ",") + "]")
    } else {
      let width = library.scenarios.map(\.name.count).max() ?? 0
      for s in library.scenarios {
        print(
          TrainerSupport.printable(
            s.name + String(repeating: " ", count: width - s.name.count + 2) + "\(s.date)  \(s.title)"))
      }
    }
  }
}

/// `m54 lesson show NAME`.
struct LessonShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a lesson's vignette.")

  @Argument(help: "The lesson's name.")
  var name: String

  @Flag(help: "Also show the expected answer and the teaching points.")
  var answer = false

  @Flag(help: "Write JSON (name, title, date, vignette, expected, unrelated, ...).")
  var json = false

  func run() throws {
    let scenario = try LessonCommand.scenario(name, in: LessonCommand.library())
    if json {
      print(scenario.detailJSON)
      return
    }
    for line in scenario.textLines { print(TrainerSupport.printable(line)) }
    if answer {
      print("")
      print("Expected: \(scenario.expected.joined(separator: " "))")
      for a in scenario.alternatives { print("Also accepted: \(a.joined(separator: " "))") }
      for t in scenario.teaching { print(TrainerSupport.printable("  - \(t.point) [\(t.citation.text)]")) }
    } else {
      print("Try: m54 lesson grade \(scenario.name) CODE...")
    }
  }
}

/// `m54 lesson grade NAME CODE...`.
struct LessonGradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade", abstract: "Grade an answer to a lesson (ends with Score: K/N).")

  @Argument(help: "The lesson's name.")
  var name: String

  @Argument(help: "Your codes, first-listed first.")
  var codes: [String] = []

  @OptionGroup var jsonOption: JSONOption

  func run() throws {
    let scenario = try LessonCommand.scenario(name, in: LessonCommand.library())
    let engine = try CheckCommand.loadEngine()
    let grade = engine.grade(codes, for: scenario)
    if jsonOption.json {
      print(grade.jsonString)
    } else {
      for line in grade.textLines { print(TrainerSupport.printable(line)) }
    }
  }
}
