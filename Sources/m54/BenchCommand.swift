import ArgumentParser

/// `m54 bench`: placeholder.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "bench", abstract: "Measure speed.")
  func run() throws {}
}
