/// What walks the sections of a ``RuleImage`` in file order (see ``RuleImage/visitSections(_:)``):
/// the writer appends each one, the reader fills each one, so the order is written down once.
protocol RuleImageSectionVisitor {
  /// Called with each section in turn.
  mutating func visit<T>(_ section: inout [T])
}
