import Foundation
import TestSupport

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
    let spawned = BuiltProducts.spawn(path, arguments, actions: &actions, environment: nil)
    if captureOutput { close(fds[1]) }
    let pid: pid_t
    switch spawned {
    case .success(let child): pid = child
    case .failure(let error):
      if captureOutput { close(fds[0]) }
      throw Failure(message: error.description)
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
    return (BuiltProducts.wait(pid), String(decoding: output, as: UTF8.self))
  }

  /// A process could not be started.
  struct Failure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }
}
