import CodingCore
import Foundation

/// Reads a batch file on a thread of its own, so the workbench stays responsive while a large
/// batch loads: the session polls its progress and result, and Esc cancels it.
public final class BatchLoader: @unchecked Sendable {
  /// The file being read.
  public let path: String
  private let lock = NSLock()
  private var bytesRead = 0
  private var total: Int?
  private var outcome: Result<BatchFile, BatchFileReader.Failure>?
  private var reader: LineReader?
  private var cancelled = false
  private let done = DispatchSemaphore(value: 0)

  /// Starts reading `path` in the background.
  public init(path: String) {
    self.path = path
    Thread.detachNewThread { [self] in
      let result = BatchFileReader.read(
        path: path,
        opened: { reader in
          self.lock.withLock {
            self.reader = reader
            self.total = reader.sizeHint
            if self.cancelled { reader.isStopped = true }
          }
        }, progress: { bytes in self.lock.withLock { self.bytesRead = bytes } })
      self.lock.withLock { self.outcome = result }
      self.done.signal()
    }
  }

  /// The result once reading has finished (nil while it runs, and after ``cancel()``).
  public var result: Result<BatchFile, BatchFileReader.Failure>? {
    lock.withLock { cancelled ? nil : outcome }
  }

  /// Whether the read was cancelled.
  public var isCancelled: Bool { lock.withLock { cancelled } }

  /// How far reading has come, in whole percent of the file (nil when its size is unknown).
  public var percent: Int? {
    lock.withLock { total.map { $0 > 0 ? min(99, 100 * bytesRead / $0) : 0 } }
  }

  /// Stops reading after the current line; the batch is not opened.
  public func cancel() {
    lock.withLock {
      cancelled = true
      reader?.isStopped = true
    }
  }

  /// Waits until the reading thread has finished (tests).
  public func wait() {
    done.wait()
    done.signal()
  }
}
