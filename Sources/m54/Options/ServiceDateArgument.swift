import ArgumentParser
import CodingCore

/// A date of service given on the command line (`YYYY-MM-DD`, a real calendar date).
struct ServiceDateArgument: ExpressibleByArgument, Sendable {
  /// The date.
  var date: ServiceDate

  init?(argument: String) {
    guard let date = ServiceDate(iso: argument) else { return nil }
    self.date = date
  }

  var defaultValueDescription: String { "\(date)" }
}
