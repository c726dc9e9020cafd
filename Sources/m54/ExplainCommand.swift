import ArgumentParser
import CodingCore
import Foundation

/// `m54 explain A B`: everything that relates two codes, for trainers.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "Explain whether two codes may be reported together, and why.",
    discussion: """
      Shows the verdict (Excludes1 conflict, Excludes2, both, a guideline rule, or no relation), each code's path
      from chapter to code with the level carrying each note marked (*), every note relating them in both
      directions with its exact text, the meaning of Excludes1/2 (Official Guidelines I.A.12.a/b), and other
      loaded releases where the pair stands differently.
      Exit status: 0 ok, 1 a code that is not a code of the release in force, 2 bad usage.
      """)

  @Argument(help: "The first code.")
  var first: String

  @Argument(help: "The second code.")
  var second: String

  @Option(help: "Date of service (YYYY-MM-DD); selects the release. Default: today.")
  var date: ServiceDateArgument?

  @OptionGroup var jsonOption: JSONOption

  func run() throws {
    let serviceDate = date?.date ?? ServiceDate.today()
    let engine = try CheckCommand.loadEngine()
    try TrainerSupport.requireCodes([first, second], date: serviceDate, engine: engine)
    let explanation = engine.explain(first, second, date: serviceDate)
    if jsonOption.json {
      print(explanation.jsonString)
    } else {
      for line in explanation.textLines { print(TrainerSupport.printable(line)) }
    }
  }
}
