import ArgumentParser

/// A value of one of the core's closed sets (`AuditOutputFormat`, `Severity`) as a command-line
/// argument: any case is accepted, the help lists the values, and a wrong value's message names them.
struct Choice<Value: RawRepresentable & CaseIterable & Sendable>: ExpressibleByArgument, Sendable
where Value.RawValue == String {
  /// The chosen value.
  var value: Value

  /// Wraps a value (for defaults).
  init(_ value: Value) { self.value = value }

  init?(argument: String) {
    guard let value = Value(rawValue: argument.lowercased()) else { return nil }
    self.value = value
  }

  var defaultValueDescription: String { value.rawValue }

  static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }

  static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
