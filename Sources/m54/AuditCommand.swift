import ArgumentParser

/// `m54 audit`: placeholder until the rules engine lands.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "audit", abstract: "Audit a batch of encounters.")
  func run() throws { throw ExitCode(2) }
}
