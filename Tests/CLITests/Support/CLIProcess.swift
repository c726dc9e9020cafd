import Foundation
import TestSupport

/// Runs the built `m54` with `posix_spawn`, its standard streams redirected to files.
///
/// Files instead of pipes: a process that fills one pipe while the test drains the other cannot
/// block, and the output is read once the process has ended.
enum CLIProcess {
  /// What a finished run wrote and how it ended.
  struct Outcome {
    /// The exit status (128+N after signal N).
    var status: Int32
    /// Everything written to standard output.
    var stdout: Data
    /// Everything written to standard error.
    var stderr: Data
  }

  /// Runs `path` with `arguments` in `environment` (nothing else is inherited).
  ///
  /// - Parameters:
  ///   - stdin: a file for standard input; /dev/null when nil (so never a terminal).
  ///   - scratch: a folder for the captured streams.
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String], stdin: String?, scratch: URL
  ) throws -> Outcome {
    let outURL = scratch.appendingPathComponent(".stdout")
    let errURL = scratch.appendingPathComponent(".stderr")
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errURL.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let pid = try BuiltProducts.spawn(path, arguments, actions: &actions, environment: environment).get()
    return Outcome(
      status: BuiltProducts.wait(pid), stdout: (try? Data(contentsOf: outURL)) ?? Data(),
      stderr: (try? Data(contentsOf: errURL)) ?? Data()
    )
  }

  /// A process could not be started.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }
}
