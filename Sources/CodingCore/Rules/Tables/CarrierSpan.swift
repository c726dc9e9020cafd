/// Where one carrier's own Excludes references and instructional notes sit in ``RuleTables``
/// (resolved once per carrier, shared by every code below it).
struct CarrierSpan {
  /// Positions in ``RuleTables/ranges`` (and of their quadruples in ``RuleTables/quads``).
  var rangeStart: Int32
  var rangeCount: Int32
  /// Positions in ``RuleTables/instructions``.
  var instructionStart: Int32
  var instructionCount: Int32

  /// Whether the carrier has nothing the rules use.
  var isEmpty: Bool { rangeCount == 0 && instructionCount == 0 }
}
