import Foundation

/// A detached tmux session running one command on its own server socket,
/// driven like a user would: keys in, screen text out.
final class TmuxSession {
  /// Where tmux is, or nil when it is not installed.
  static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  private let tmux: String
  private let socket: String
  private let name = "e2e"
  private let folder: URL
  /// The last screen captured, for failure messages.
  private(set) var lastScreen = ""

  /// Starts `command` at a size with the given environment.
  init(tmux: String, command: [String], width: Int, height: Int, environment: [String: String]) throws {
    self.tmux = tmux
    socket = "m54-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let conf = folder.appendingPathComponent("tmux.conf")
    try "set -g status off\nset -g remain-on-exit on\nset -g default-terminal xterm-256color\n"
      .write(to: conf, atomically: true, encoding: .utf8)
    var args = ["-f", conf.path, "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)"]
    for (k, v) in environment.sorted(by: { $0.key < $1.key }) { args += ["-e", "\(k)=\(v)"] }
    args.append(command.map(Self.shellQuote).joined(separator: " "))
    // The server started here keeps its inherited descriptors: give it no pipe to hold open.
    try run(args, captureOutput: false)
  }

  deinit { kill() }

  /// Ends the session and its server.
  func kill() {
    _ = try? run(["kill-server"], captureOutput: false)
    try? FileManager.default.removeItem(at: folder)
  }

  /// Sends keys by tmux name (`Down`, `Enter`, `C-c`, `j`).
  func send(_ keys: String...) throws { try run(["send-keys", "-t", name] + keys) }

  /// Types text literally.
  func type(_ text: String) throws { try run(["send-keys", "-t", name, "-l", text]) }

  /// Resizes the window (the program sees SIGWINCH).
  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible screen as text.
  func capture() throws -> String {
    lastScreen = try run(["capture-pane", "-p", "-t", name])
    return lastScreen
  }

  /// The pid of the program in the pane.
  func panePID() throws -> Int32? {
    Int32(
      try run(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Polls the screen until `condition` holds or the deadline passes.
  @discardableResult
  func waitUntil(timeout: Double = 10, _ condition: (String) -> Bool) throws -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    repeat {
      if condition(try capture()) { return true }
      usleep(20_000)
    } while Date() < deadline
    return condition(try capture())
  }

  /// Polls until the screen shows every one of `texts`.
  @discardableResult
  func waitFor(_ texts: String..., timeout: Double = 10) throws -> Bool {
    try waitUntil(timeout: timeout) { screen in texts.allSatisfy { screen.contains($0) } }
  }

  @discardableResult
  private func run(_ args: [String], captureOutput: Bool = true) throws -> String {
    try ChildProcess.run(tmux, ["-L", socket] + args, captureOutput: captureOutput).output
  }

  private static func shellQuote(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
