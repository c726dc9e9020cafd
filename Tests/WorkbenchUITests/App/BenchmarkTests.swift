import M54Benchmarks
import Testing
import WorkbenchUI

@Suite struct BenchmarkTests {
  /// Runs the benchmark briefly: it must report every figure, and the screen
  /// diff must send far fewer cells per key than a full repaint.
  /// (Figures are printed, never asserted: `swift test -c release --filter BenchmarkTests`.)
  @Test func benchmarkReportsFiguresAndKeystrokesRedrawOnlyChangedCells() {
    let figures = WorkbenchBenchmark.run(
      library: Fixtures.library, checker: Fixtures.checker, width: 200, height: 60, iterations: 120)
    print(
      "workbench benchmark 200x60:",
      figures.sorted { $0.key < $1.key }.map { "\($0.key)=\(String(format: "%.3f", $0.value))" }.joined(separator: " "))
    for key in [
      "first-frame-ms", "keystroke-median-us", "keystroke-p99-us", "changed-cells-per-key", "cells",
      "index-keystroke-median-us", "index-keystroke-p99-us", "search-keystroke-median-us", "search-keystroke-p99-us",
    ] {
      #expect(figures[key] != nil, "missing \(key)")
    }
    let changed = figures["changed-cells-per-key"] ?? .infinity
    #expect(changed > 0)
    #expect(changed < 0.5 * (figures["cells"] ?? 0))
  }
}
