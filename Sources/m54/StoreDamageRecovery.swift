import CodingCore
import Foundation

/// What the command line does when a compiled store turns out damaged while a command runs.
enum StoreDamageRecovery {
  /// Set in the environment of the command run again, so a store damaged twice ends the run.
  static let retriedVariable = "M54_STORE_REBUILT"

  /// Installs the handler: the damaged store is removed and reported in one line, and the same
  /// command runs again (which rebuilds the store from its source release); a second damage in
  /// the same command exits 2 with the message. Nothing the command printed is repeated: output
  /// is written only once a command has its answer.
  static func install() {
    StoreDamage.handler = { damage in
      if !damage.path.isEmpty { unlink(damage.path) }
      guard ProcessInfo.processInfo.environment[retriedVariable] == nil else {
        Console.error("m54: \(damage); it was removed, run the command again or `m54 data compile`")
        exit(2)
      }
      Console.error("m54: \(damage); rebuilding it from its source release")
      setenv(retriedVariable, "1", 1)
      let argv = CommandLine.arguments.map { strdup($0) } + [nil]
      execv("/proc/self/exe", argv)
      Console.error("m54: cannot run the command again; run it again yourself")
      exit(2)
    }
  }

  /// Verifies every loaded store at once (before a command that cannot be run again, such as a
  /// batch read from standard input); a damaged one is handled as above. `leavingPagesOut`: see
  /// ``Release/verifyIntegrity(leavingPagesOut:)`` (the workbench).
  static func verifyAll(_ codeSet: CodeSet, leavingPagesOut: Bool = false) {
    let releases = codeSet.releases
    // One store per thread: each is its own memory, and the checksums keep a core busy.
    DispatchQueue.concurrentPerform(iterations: releases.count) { i in
      do {
        try releases[i].verifyIntegrity(leavingPagesOut: leavingPagesOut)
      } catch let damage as StoreDamage {
        StoreDamage.handler(damage)
      } catch {}
    }
  }
}
