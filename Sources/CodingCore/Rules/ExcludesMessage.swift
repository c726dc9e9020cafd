/// Where the wording of an Excludes finding's message is written: a `String` for a ``Finding``
/// (``ExcludesMessage/Text``), or escaped JSON bytes for the JSON Lines fast path
/// (``PairFindingJSON``). Parts are the finding's evidence items, deciding first.
protocol ExcludesMessageSink {
  /// Writes fixed text (ours: nothing in it needs escaping).
  mutating func text(_ text: StaticString)
  /// Writes the pair's first (0) or second (1) code.
  mutating func code(_ which: Int)
  /// Writes a number.
  mutating func number(_ value: Int)
  /// Writes the heading of a part's note (`Excludes2`).
  mutating func heading(ofPart part: Int)
  /// Writes a part's place and note (``ExcludesPair/describe(_:)``).
  mutating func described(part: Int)
  /// Writes the reason the pair was marked unrelated.
  mutating func reason()
}

/// The one wording of an Excludes finding's message: "A and B may not be reported together:
/// Excludes1 at M54.5 "…" and …, and N more; overrides the less specific Excludes2 at …; marked
/// unrelated: …".
enum ExcludesMessage {
  /// Writes the message of a pair whose verdict reads `verdict`, with `deciding` deciding parts of
  /// `parts` (the first overruled one is named after them), marked unrelated or not.
  static func write<Sink: ExcludesMessageSink>(
    verdict: StaticString, deciding: Int, parts: Int, marked: Bool, into sink: inout Sink
  ) {
    sink.code(0)
    sink.text(" and ")
    sink.code(1)
    sink.text(verdict)
    for i in 0..<min(deciding, 2) {
      if i > 0 { sink.text(" and ") }
      sink.described(part: i)
    }
    if deciding > 2 {
      sink.text(" and ")
      sink.number(deciding - 2)
      sink.text(" more")
    }
    if deciding < parts {
      sink.text("; overrides the less specific ")
      sink.heading(ofPart: deciding)
      sink.text(" at ")
      sink.described(part: deciding)
    }
    if marked {
      sink.text("; marked unrelated: ")
      sink.reason()
    }
  }

  /// The heading a part's note is named by in a message (`Excludes1`, `Excludes2`; `note` when it
  /// has no kind).
  static func heading(_ e: Evidence) -> String { e.noteKind?.heading ?? "note" }

  /// The message as a `String`, from a ``Finding``'s codes and evidence.
  struct Text: ExcludesMessageSink {
    let codes: [String]
    let evidence: [Evidence]
    let overrideReason: String?
    var out = ""

    mutating func text(_ text: StaticString) { out += text.description }
    mutating func code(_ which: Int) { out += codes[which] }
    mutating func number(_ value: Int) { out += String(value) }
    mutating func heading(ofPart part: Int) { out += ExcludesMessage.heading(evidence[part]) }
    mutating func described(part: Int) { out += ExcludesPair.describe(evidence[part]) }
    mutating func reason() { out += overrideReason ?? "" }
  }
}
