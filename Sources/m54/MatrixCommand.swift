import ArgumentParser
import CodingCore
import Foundation

/// `m54 matrix CODE...`: the n×n grid of Excludes relations of a set of codes.
struct MatrixCommand: ParsableCommand {
  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json
  }

  static let configuration = CommandConfiguration(
    commandName: "matrix", abstract: "Show the Excludes conflict matrix of a set of codes.",
    discussion: """
      Each cell is E1 (an Excludes1 conflict in either direction), E2 (an Excludes2 relation and no Excludes1),
      empty (no relation) or = (the diagonal). In CSV the first row is an empty cell and the codes.
      Exit status: 0 ok, 1 a code that is not a code of the release in force, 2 bad usage.
      """)

  @Argument(help: "The codes.")
  var codes: [String] = []

  @Option(help: "Date of service (YYYY-MM-DD); selects the release. Default: today.")
  var date: ServiceDateArgument?

  @Option(help: "Output format: text, csv or json.")
  var format: Format = .text

  func validate() throws {
    if codes.isEmpty { throw ValidationError("give at least one code") }
  }

  func run() throws {
    let serviceDate = date?.date ?? ServiceDate.today()
    let engine = try CheckCommand.loadEngine()
    try TrainerSupport.requireCodes(codes, date: serviceDate, engine: engine)
    guard let matrix = engine.matrix(codes, date: serviceDate) else { throw ExitCode(1) }
    switch format {
    case .text: for line in matrix.textLines { print(line) }
    case .csv: for line in matrix.csvLines { print(line) }
    case .json: print(matrix.jsonString)
    }
  }
}
