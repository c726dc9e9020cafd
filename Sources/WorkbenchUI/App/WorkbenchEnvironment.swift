/// The data sources and settings the reducer works with.
public struct WorkbenchEnvironment: Sendable {
  /// All releases.
  public var library: any CodeLibrary
  /// The source of findings and checklist items.
  public var checker: any EncounterChecker
  /// The active key bindings.
  public var keyMap: KeyMap

  public init(library: any CodeLibrary, checker: any EncounterChecker, keyMap: KeyMap = .defaults) {
    self.library = library
    self.checker = checker
    self.keyMap = keyMap
  }
}
