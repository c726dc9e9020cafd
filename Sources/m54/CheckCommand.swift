import ArgumentParser

/// `m54 check`: placeholder until the rules engine lands.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "check", abstract: "Check an encounter's codes.")
  func run() throws { throw ExitCode(2) }
}
