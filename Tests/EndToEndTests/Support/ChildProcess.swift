import Foundation

/// Runs a program with `posix_spawn` and `waitpid`.
///
/// Foundation's `Process` on Linux notices a child's exit through a descriptor
/// the child inherits; a tmux client hands that descriptor to the server it
/// starts, so `waitUntilExit` would wait for the server. Plain `waitpid` does not.
enum ChildProcess {
  /// Runs `path` with `arguments`; stdin and stderr are /dev/null.
  ///
  /// - Parameter captureOutput: collect stdout (only for commands that start no daemon).
  /// - Returns: the exit status and the captured output.
  @discardableResult
  static func run(_ path: String, _ arguments: [String], captureOutput: Bool) throws -> (status: Int32, output: String)
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var fds: [Int32] = [-1, -1]
    if captureOutput {
      guard pipe(&fds) == 0 else { throw Failure(message: "pipe failed") }
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
      posix_spawn_file_actions_addclose(&actions, fds[0])
      posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // Children start with no blocked signals and default handlers, whatever the test runner uses.
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
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
    if captureOutput { close(fds[1]) }
    guard spawned == 0 else {
      if captureOutput { close(fds[0]) }
      throw Failure(message: "cannot run \(path): error \(spawned)")
    }
    var output = Data()
    if captureOutput {
      var chunk = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = read(fds[0], &chunk, chunk.count)
        if n <= 0 { break }
        output.append(contentsOf: chunk[0..<n])
      }
      close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (code, String(decoding: output, as: UTF8.self))
  }

  /// A process could not be started.
  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
