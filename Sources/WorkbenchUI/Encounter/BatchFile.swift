import CodingCore

/// A batch of encounters loaded from an audit input file.
public struct BatchFile: Equatable, Sendable {
  /// The path it was read from.
  public var path: String
  /// The encounters, in file order.
  public var encounters: BatchEncounters
  /// Lines that could not be read, with their problems (`line 7: bad date`).
  public var problems: [String]

  public init(path: String, encounters: BatchEncounters, problems: [String]) {
    self.path = path
    self.encounters = encounters
    self.problems = problems
  }

  /// A batch of the encounters of an array.
  public init(path: String, encounters: [Encounter], problems: [String]) {
    self.init(path: path, encounters: BatchEncounters(encounters), problems: problems)
  }
}
