extension AuditRunner {
  /// Audits a large input on ``jobs`` threads: this thread reads lines into chunks and writes the
  /// outcomes in input order, so the output, the line errors and the summary are those of one thread.
  func runInLanes(
    _ reader: LineReader, input: InputFormat, write: @escaping (UnsafeRawBufferPointer) -> Void,
    diagnostic: (AuditLineError) -> Void, progress: (Int) -> Void
  ) throws -> AuditSummary {
    var summary = AuditSummary()
    // The CSV header is read here, before any chunk: every lane gets a reader that knows it.
    var headerReader = AuditInputReader(input: input, options: options)
    var lanes: AuditLanes?
    var checkedFirst = false
    var chunk = AuditLineChunk(lineLimit: chunkLines)
    var spareChunks: [AuditLineChunk] = []
    engine.prepareForBatch(large: true)
    // CSV output starts with its header line, unless the input's header is unusable.
    var headerWritten = format != .csv
    func writeHeader() {
      guard !headerWritten else { return }
      headerWritten = true
      var out = OutputBuffer(capacity: 256)
      out.append(Self.csvHeader)
      write(out.bytes)
      out.deallocate()
    }
    func emit(_ outcome: AuditLineChunk.Outcome) {
      for error in outcome.diagnostics { diagnostic(error) }
      summary.merge(outcome.summary)
      writeHeader()
      if outcome.output.count > 0 { write(outcome.output.bytes) }
      if let lanes { lanes.recycle(outcome.output) } else { outcome.output.deallocate() }
      spareChunks.append(outcome.emptied)
      progress(outcome.bytesRead)
    }
    // Writes the outcomes of the oldest chunks until at most `keep` are out.
    func drain(keeping keep: Int) {
      guard let lanes else { return }
      while lanes.submitted - lanes.taken > keep, let outcome = lanes.takeNext() { emit(outcome) }
    }
    func handOver() {
      guard !chunk.isEmpty else { return }
      chunk.bytesRead = reader.bytesRead
      defer { chunk = spareChunks.popLast() ?? AuditLineChunk(lineLimit: chunkLines) }
      guard checkedFirst else {
        // The first chunk is checked here: it enters the release's codes, resolves their chains and
        // keeps the common findings, which the lanes then copy instead of doing again.
        checkedFirst = true
        var first = LineAuditor(engine: engine, format: format, inputReader: headerReader)
        emit(chunk.audit(with: &first, into: OutputBuffer(capacity: 1 << 20), maxLineBytes: reader.maxLineBytes))
        return
      }
      if lanes == nil {
        let engines = [engine] + (1..<jobs).map { _ in engine.lane() }
        let auditors = engines.map { LineAuditor(engine: $0, format: format, inputReader: headerReader) }
        lanes = AuditLanes(auditors: auditors, maxLineBytes: reader.maxLineBytes)
      }
      guard let lanes else { return }
      lanes.submit(chunk)
      drain(keeping: lanes.depth)
    }
    var lastLine = 0
    let tooLong = { (number: Int, length: Int) in
      lastLine = number
      if headerReader.isReadingData {
        chunk.appendSkipped(number: number, length: length)
        if chunk.isFull { handOver() }
      } else {
        summary.malformedLines += 1
        diagnostic(AuditLineError.tooLong(line: number, length: length, limit: reader.maxLineBytes))
      }
    }
    let completed = reader.forEachLine(tooLong: tooLong) { bytes, number in
      lastLine = number
      guard headerReader.isReadingData else {
        // The header, or a blank line before it; an unusable header ends the reading.
        if case .failure(let error)? = headerReader.read(bytes, number: number) {
          summary.malformedLines += 1
          diagnostic(error)
        }
        if headerReader.headerError != nil { reader.isStopped = true }
        return
      }
      chunk.append(bytes, number: number)
      if chunk.isFull { handOver() }
    }
    handOver()
    drain(keeping: 0)
    if let headerError = headerReader.headerError { throw headerError }
    writeHeader()
    if !completed { throw AuditLineError.unreadable(line: lastLine + 1, error: reader.readError) }
    return summary
  }
}
