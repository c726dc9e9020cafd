/// Where a finding's message is written from its description: a `String` for a ``Finding``
/// (``MessageText``), or escaped bytes inside a JSON string for the JSON Lines fast path
/// (``MessageJSON``). The wording is written once, into any sink.
protocol MessageSink {
  /// Writes fixed words (ours: nothing in them needs escaping).
  mutating func text(_ text: StaticString)
  /// Writes text that may need escaping (a release id, a 7th character's meaning).
  mutating func string(_ text: String)
  /// Writes UTF-8 bytes that may need escaping (a code's spelling in the store).
  mutating func utf8(_ bytes: UnsafeRawBufferPointer)
  /// Writes a number.
  mutating func number(_ value: Int)
}

/// A message written as a `String`.
struct MessageText: MessageSink {
  var text = ""

  mutating func text(_ words: StaticString) { words.withUTF8Buffer { text += String(decoding: $0, as: UTF8.self) } }
  mutating func string(_ value: String) { text += value }
  mutating func utf8(_ bytes: UnsafeRawBufferPointer) { text += String(decoding: bytes, as: UTF8.self) }
  mutating func number(_ value: Int) { text += String(value) }
}

/// A message written escaped into a JSON string (the writer is swapped in while it is written, so
/// the only buffer written to is never copied).
struct MessageJSON: MessageSink {
  var w = JSONWriter(capacity: 0)

  mutating func text(_ words: StaticString) { w.raw(words) }
  mutating func string(_ value: String) { w.contents(value) }
  mutating func utf8(_ bytes: UnsafeRawBufferPointer) { w.contents(utf8: bytes.assumingMemoryBound(to: UInt8.self)) }
  mutating func number(_ value: Int) { w.integer(value) }

  /// Writes a message into `writer` by `body`.
  static func write(into writer: inout JSONWriter, _ body: (inout MessageJSON) -> Void) {
    var sink = MessageJSON()
    swap(&sink.w, &writer)
    body(&sink)
    swap(&sink.w, &writer)
  }
}
