import ArgumentParser
import CodingCore

/// `--input`: how to read an audit batch whose file name does not tell (`json` is taken for `jsonl`).
enum InputFormatChoice: String, CaseIterable, ExpressibleByArgument {
  case csv
  case jsonl

  init?(argument: String) {
    let lower = argument.lowercased()
    self.init(rawValue: lower == "json" ? "jsonl" : lower)
  }

  /// The audit runner's form.
  var format: AuditRunner.InputFormat {
    switch self {
    case .csv: .csv
    case .jsonl: .jsonl
    }
  }
}
