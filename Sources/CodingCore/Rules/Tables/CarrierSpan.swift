/// Where one carrier's own Excludes references and instructional notes sit in ``ChainIndex``
/// (resolved once per carrier, shared by every code below it), and the next carrier up the chain.
struct CarrierSpan {
  /// Positions in ``ChainIndex/ranges`` (and of their triples in ``ChainIndex/triples``).
  var rangeStart: Int32
  var rangeCount: Int32
  /// Positions in ``ChainIndex/instructions``.
  var instructionStart: Int32
  var instructionCount: Int32
  /// The nearest ancestor carrier with something the rules use (0: none): a code's chain is its
  /// head span and the spans reached through `next`.
  var next: Int32
  /// ``RuleEntry`` flags that hold for the chain from here up (``RuleEntry/codeFirstWithRanges``).
  var chainFlags: UInt32

  /// Whether the carrier has nothing the rules use.
  var isEmpty: Bool { rangeCount == 0 && instructionCount == 0 }
}
