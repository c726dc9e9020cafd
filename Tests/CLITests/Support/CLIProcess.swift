import Foundation

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
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard spawned == 0 else { throw Failure(description: "cannot run \(path): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Outcome(
      status: code, stdout: (try? Data(contentsOf: outURL)) ?? Data(), stderr: (try? Data(contentsOf: errURL)) ?? Data()
    )
  }

  /// A process could not be started.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }
}
