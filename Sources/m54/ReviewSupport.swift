import ArgumentParser
import CodingCore
import Foundation
import ReviewStore

/// Shared steps of the `m54 review` commands: reading the batch, finding and opening the workspace.
enum ReviewSupport {
  /// Reads a batch or exits 2 with the reason.
  static func loadBatch(_ path: String) throws -> ReviewBatch {
    switch BatchLoader.load(path: path) {
    case .success(let batch): return batch
    case .failure(let failure):
      Console.error("m54: \(TextSafety.printable(failure.description))")
      throw ExitCode(2)
    }
  }

  /// The default workspace of a batch: `$XDG_DATA_HOME/m54/reviews/<name>-<12 hex of SHA-256>.m54review`.
  static func defaultWorkspace(for batch: ReviewBatch) -> String {
    let environment = ProcessInfo.processInfo.environment
    let data =
      environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
    return "\(data)/m54/reviews/\(batch.name)-\(batch.sha256.prefix(12)).m54review"
  }

  /// Opens a review session, or prints the problem and exits with its status.
  static func openSession(
    batch: ReviewBatch, workspace: String?, reviewer: String?, rebind: Bool, background: Bool = false
  ) throws -> ReviewSession {
    let engine = try CheckCommand.loadEngine()
    do {
      let showProgress = Console.stderrIsTerminal && batch.entries.count >= 20_000
      let session = try ReviewSession(
        batch: batch, workspacePath: workspace ?? defaultWorkspace(for: batch), reviewer: reviewer, rebind: rebind,
        engine: engine,
        progress: { done, total in
          guard showProgress else { return }
          let width = 30
          let filled = width * done / max(total, 1)
          Console.errorRaw(
            "\r\u{1B}[2KChecking the batch [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total)"
              + (done == total ? "\r\u{1B}[2K" : ""))
        }, checkInBackground: background)
      if let report = session.rebindReport { Console.error("m54: \(report)") }
      return session
    } catch let error as WorkspaceError {
      throw fail(error)
    }
  }

  /// Opens an existing workspace (never creates one), or exits: 1 when missing, 2 when refused.
  static func openWorkspace(_ path: String) throws -> ReviewWorkspace {
    do {
      return try ReviewWorkspace.open(path: path, create: false)
    } catch let error as WorkspaceError {
      throw fail(error)
    }
  }

  /// Prints a workspace error and returns the exit to throw.
  static func fail(_ error: WorkspaceError) -> ExitCode {
    Console.error("m54: \(TextSafety.printable(error.description))")
    return ExitCode(error.exitStatus)
  }

  /// Prints a usage problem and returns the exit (status 2) to throw.
  static func usage(_ message: String) -> ExitCode {
    Console.error("m54: \(message)")
    return ExitCode(2)
  }

  /// Whether standard output is a terminal (bar charts are drawn only then).
  static var stdoutIsTerminal: Bool { isatty(1) == 1 }

  /// A count with thousands separators (`100,000`).
  static func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return (n < 0 ? "-" : "") + out
  }
}
