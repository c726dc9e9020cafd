import ArgumentParser
import Foundation

/// The program entry: parses the command line and maps errors to the documented exit statuses
/// (0 success, 1 a finding or an unknown code, 2 bad usage or unreadable input).
@main
enum Entry {
  static func main() {
    StoreDamageRecovery.install()
    do {
      var arguments = Array(CommandLine.arguments.dropFirst())
      if let first = arguments.first, !first.hasPrefix("-"), !M54Command.subcommandNames.contains(first) {
        arguments.insert("open", at: 0)  // `m54 FILE.csv` opens a batch in the workbench
      }
      var command = try M54Command.parseAsRoot(arguments)
      try command.run()
      fflush(nil)
    } catch let exit as ExitCode {
      fflush(nil)
      Foundation.exit(exit.rawValue)
    } catch {
      fflush(nil)
      let code = M54Command.exitCode(for: error)
      if code == .validationFailure {
        Console.error(M54Command.fullMessage(for: error))
        Foundation.exit(2)
      }
      M54Command.exit(withError: error)
    }
  }
}
