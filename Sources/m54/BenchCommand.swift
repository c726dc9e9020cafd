import ArgumentParser
import CodingCore
import Foundation

/// `m54 bench`: the speed goals, measured on this machine (run it on a release build).
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench",
    abstract: "Measure startup, search, encounter checking and rendering speed (use a release build).")

  @Option(help: "How many runs of the whole `m54 show M54.50` process.")
  var runs = 40

  @Option(help: "A batch of encounters (audit input format) to measure `m54 audit` throughput on.")
  var auditFile: String?

  func run() throws {
    let codeSet = try CodeSetLoader.load()
    print(
      "m54 bench (\(BenchCommand.buildKind) build), releases: \(codeSet.releases.map(\.info.id).joined(separator: ", "))"
    )
    try measureShowProcess()
    measureSearch(codeSet.latest)
    for line in ExtraBenchmarks.run(codeSet: codeSet, auditFile: auditFile) { print(line) }
  }

  static var buildKind: String {
    #if DEBUG
      "debug"
    #else
      "release"
    #endif
  }

  /// Wall time and peak memory of whole `m54 show M54.50` processes (posix_spawn, output to /dev/null).
  private func measureShowProcess() throws {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    var times: [Double] = []
    var peak = 0
    let arguments = [executable, "show", "M54.50"]
    for _ in 0..<max(runs, 1) {
      var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      defer { posix_spawn_file_actions_destroy(&actions) }
      var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
      defer { argv.forEach { free($0) } }
      var pid: pid_t = 0
      let start = DispatchTime.now().uptimeNanoseconds
      guard posix_spawn(&pid, executable, &actions, nil, &argv, environ) == 0 else {
        Console.error("m54 bench: cannot start \(executable)")
        throw ExitCode(2)
      }
      var status: Int32 = 0
      var usage = rusage()
      wait4(pid, &status, 0, &usage)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      peak = max(peak, usage.ru_maxrss)
    }
    print(
      String(
        format: "show M54.50 (whole process): median %.1f ms, p90 %.1f ms over %d runs (goal < 25 ms)", median(times),
        percentile(times, 0.9), times.count))
    print(String(format: "show M54.50 peak resident memory: %.1f MB (goal < 64 MB)", Double(peak) / 1024))
  }

  /// Median time of search queries over the latest release, once loaded.
  private func measureSearch(_ release: Release) {
    let queries = [
      "lumbago", "loin pain", "back pain", "sciatica right", "lumbaog", "vertebral endplate", "m5450", "M54.5",
      "low back", "radiculopathy lumbar", "chronic pain", "strain lower back",
    ]
    for query in queries { _ = release.search(query, limit: 20) }
    var times: [Double] = []
    for _ in 0..<50 {
      for query in queries {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = release.search(query, limit: 20)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3)
      }
    }
    print(
      String(
        format: "search (%d queries × 50): median %.0f µs, p90 %.0f µs, max %.0f µs (goal median < 1000 µs)",
        queries.count, median(times), percentile(times, 0.9), times.max() ?? 0))
  }
}

/// The median of a sample.
func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

/// A percentile (0...1) of a sample, nearest rank.
func percentile(_ values: [Double], _ p: Double) -> Double {
  guard !values.isEmpty else { return 0 }
  let sorted = values.sorted()
  return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p + 0.5))]
}
