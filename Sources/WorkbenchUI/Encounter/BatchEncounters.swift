import CodingCore

/// The encounters of a batch as the workbench steps through them: read from where the batch is kept
/// (an array, or a review's packed batch, one encounter at a time), with the workbench's edits on top.
///
/// A review of a million encounters is not copied into an array of `Encounter` values (72 MB).
public struct BatchEncounters: RandomAccessCollection, MutableCollection, Equatable, Sendable {
  private let read: @Sendable (Int) -> Encounter
  private var edits: [Int: Encounter] = [:]
  /// The number of encounters.
  public let count: Int

  /// The encounters of an array.
  public init(_ encounters: [Encounter]) {
    self.count = encounters.count
    self.read = { encounters[$0] }
  }

  /// `count` encounters, each read by `encounter` when it is needed.
  public init(count: Int, encounter: @escaping @Sendable (Int) -> Encounter) {
    self.count = count
    self.read = encounter
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }

  /// The encounter at a position (as edited in the workbench, if it was).
  public subscript(position: Int) -> Encounter {
    get { edits[position] ?? read(position) }
    set {
      precondition(indices.contains(position), "encounter \(position) outside the batch")
      edits[position] = newValue
    }
  }

  public static func == (a: BatchEncounters, b: BatchEncounters) -> Bool {
    a.count == b.count && a.elementsEqual(b)
  }
}
