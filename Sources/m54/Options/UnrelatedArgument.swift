import ArgumentParser
import CodingCore

/// `--unrelated A,B:REASON`: an Excludes1 pair marked unrelated, with the reason recorded.
struct UnrelatedArgument: ExpressibleByArgument, Sendable {
  /// The override the rules engine applies.
  var override: UnrelatedOverride

  init?(argument: String) {
    guard let colon = argument.firstIndex(of: ":") else { return nil }
    let pair = argument[..<colon].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    let reason = argument[argument.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard pair.count == 2, !pair[0].isEmpty, !pair[1].isEmpty, !reason.isEmpty else { return nil }
    override = UnrelatedOverride(pair[0], pair[1], reason: reason)
  }
}
