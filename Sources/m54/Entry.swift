import ArgumentParser
@preconcurrency import CNcursesw
import Foundation

/// The program entry: parses the command line and maps errors to the documented exit statuses
/// (0 success, 1 a finding or an unknown code, 2 bad usage or unreadable input).
@main
enum Entry {
  /// Flushes standard output and exits 2 with a message when anything written to it was lost (a
  /// full disk, a closed pipe): an answer that was not delivered is not a success.
  static func exitIfOutputFailed() {
    MainActor.assumeIsolated { checkOutput() }
  }

  @MainActor private static func checkOutput() {
    let flushed = fflush(stdout) == 0
    if !flushed || ferror(stdout) != 0 {
      let reason = String(cString: strerror(errno))
      fflush(stderr)
      Console.error("m54: cannot write the output (\(reason))")
      Foundation.exit(2)
    }
    fflush(nil)
  }

  static func main() {
    StoreDamageRecovery.install()
    do {
      var arguments = Array(CommandLine.arguments.dropFirst())
      if let plain = PlainCommand(arguments) {
        try plain.run()
        exitIfOutputFailed()
        return
      }
      if let first = arguments.first, !first.hasPrefix("-"), !M54Command.subcommandNames.contains(first) {
        arguments.insert("open", at: 0)  // `m54 FILE.csv` opens a batch in the workbench
      }
      var command = try M54Command.parseAsRoot(arguments)
      try command.run()
      exitIfOutputFailed()
    } catch let exit as ExitCode {
      exitIfOutputFailed()
      Foundation.exit(exit.rawValue)
    } catch {
      exitIfOutputFailed()
      let code = M54Command.exitCode(for: error)
      if code == .validationFailure {
        Console.error(M54Command.fullMessage(for: error))
        Foundation.exit(2)
      }
      M54Command.exit(withError: error)
    }
  }
}
