import CodingCore

/// Benchmarks of the rules engine and the workbench, added as those land.
enum ExtraBenchmarks {
  /// Runs them and returns one line per figure.
  static func run(codeSet: CodeSet) -> [String] { [] }
}
