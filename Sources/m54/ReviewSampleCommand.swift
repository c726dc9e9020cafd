import ArgumentParser
import Foundation
import ReviewStore

/// `m54 review sample BATCH --size N [--seed S] [--stratify coder]`: a reproducible sample as a new batch.
struct ReviewSampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample", abstract: "Write a random (or per-coder stratified) sample of a batch as a new batch file.",
    discussion: "The same batch, size and seed give the same sample. Unreadable lines are never sampled.")

  @Argument(help: "The batch file.")
  var batch: String

  @Option(help: "The number of encounters to draw.")
  var size: Int

  @Option(help: "The random seed (default 1).")
  var seed: UInt64 = 1

  @Option(help: "Stratify by a column: coder.")
  var stratify: String?

  @Option(help: "The sample file (default: <batch>-sample-<N>-seed<S>.<ext> beside the batch).")
  var out: String?

  func validate() throws {
    guard size > 0 else { throw ValidationError("--size must be at least 1") }
    if let stratify, stratify.lowercased() != "coder" {
      throw ValidationError("--stratify takes only: coder")
    }
  }

  func run() throws {
    guard let data = FileManager.default.contents(atPath: batch) else {
      Console.error("m54: cannot read \(TextSafety.printable(batch))")
      throw ExitCode(2)
    }
    let bytes = [UInt8](data)
    let loaded: ReviewBatch
    switch BatchLoader.parse(bytes, path: batch) {
    case .success(let b): loaded = b
    case .failure(let failure):
      Console.error("m54: \(TextSafety.printable(failure.description))")
      throw ExitCode(2)
    }
    if stratify != nil && !loaded.hasCoderColumn {
      Console.error("m54: \(TextSafety.printable(batch)) has no coder column to stratify by")
      throw ExitCode(2)
    }
    let chosen = BatchSampler.choose(loaded, size: size, seed: seed, stratifyByCoder: stratify != nil)
    let url = URL(fileURLWithPath: batch)
    let ext = url.pathExtension.isEmpty ? "csv" : url.pathExtension
    let target =
      out
      ?? url.deletingLastPathComponent().appendingPathComponent("\(loaded.name)-sample-\(size)-seed\(seed).\(ext)")
      .path
    do {
      try AtomicFile.write(
        BatchSampler.sampleBytes(of: loaded, original: bytes, chosen: chosen), to: target, protecting: [batch])
    } catch let error as WorkspaceError {
      throw ReviewSupport.fail(error)
    }
    Console.error(
      "m54: wrote \(chosen.count) of \(loaded.entries.count) encounters to \(TextSafety.printable(target)) (seed \(seed))"
    )
  }
}
