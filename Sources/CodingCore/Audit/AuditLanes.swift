import Foundation

/// The threads of a large audit: chunks of lines go to the lanes in turn, each lane checking with
/// its own engine tables on its own serial queue, and the outcomes come back in input order.
final class AuditLanes: @unchecked Sendable {
  /// One lane: a serial queue and the auditor only that queue touches.
  private final class Lane: @unchecked Sendable {
    let queue: DispatchQueue
    var auditor: LineAuditor

    init(index: Int, auditor: LineAuditor) {
      queue = DispatchQueue(label: "m54.audit.lane\(index)", qos: .userInitiated)
      self.auditor = auditor
    }
  }

  private let lanes: [Lane]
  private let maxLineBytes: Int
  private let condition = NSCondition()
  /// Outcomes not yet taken, by chunk number.
  private var finished: [Int: AuditLineChunk.Outcome] = [:]
  /// Chunks handed out so far.
  private(set) var submitted = 0
  /// Chunks taken back so far.
  private(set) var taken = 0
  /// Output buffers written and handed back, for the next chunks (fresh memory would be faulted in
  /// page by page, and grown by copying).
  private var spareOutputs: [OutputBuffer] = []

  /// Creates one lane per auditor.
  init(auditors: [LineAuditor], maxLineBytes: Int) {
    lanes = auditors.enumerated().map { Lane(index: $0.offset, auditor: $0.element) }
    self.maxLineBytes = maxLineBytes
  }

  /// The chunks that may be out at once: two per lane keeps every lane busy while the first is written.
  var depth: Int { lanes.count * 2 }

  /// Hands a chunk to the next lane.
  func submit(_ chunk: AuditLineChunk) {
    let number = submitted
    submitted += 1
    let lane = lanes[number % lanes.count]
    let limit = maxLineBytes
    lane.queue.async { [self] in
      let output = condition.withLock { spareOutputs.popLast() } ?? OutputBuffer(capacity: 1 << 20)
      let outcome = chunk.audit(with: &lane.auditor, into: output, maxLineBytes: limit)
      condition.lock()
      finished[number] = outcome
      condition.broadcast()
      condition.unlock()
    }
  }

  /// Takes back an output buffer once its bytes are written.
  func recycle(_ output: OutputBuffer) {
    var output = output
    output.removeAll()
    condition.withLock { spareOutputs.append(output) }
  }

  deinit { for output in spareOutputs { output.deallocate() } }

  /// Waits for the oldest chunk not yet taken and returns its outcome; nil when none is out.
  func takeNext() -> AuditLineChunk.Outcome? {
    guard taken < submitted else { return nil }
    condition.lock()
    defer { condition.unlock() }
    while finished[taken] == nil { condition.wait() }
    let outcome = finished.removeValue(forKey: taken)
    taken += 1
    return outcome
  }
}
