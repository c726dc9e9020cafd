/// The Excludes finding of a pair as the JSON Lines fast path writes it: the same layout
/// (``FindingJSONSource``) and wording (``ExcludesMessage``) as a ``Finding``, from evidence fragments
/// rendered and escaped once (``EvidenceFragment``) and the entries' codes as JSON strings.
struct PairFindingJSON: FindingJSONSource {
  let kind: FindingKind
  let severity: Severity
  let authority: Authority
  let verdict: StaticString
  /// The pair's entries, in encounter order.
  let a: Int32
  let b: Int32
  /// The evidence fragments, deciding first, and how many decide.
  let parts: [Int32]
  let deciding: Int
  let fragments: [EvidenceFragment]
  let fragmentBytes: [UInt8]
  let entries: [RuleEntry]
  let codeBytes: [UInt8]

  init(
    kind: FindingKind, severity: Severity, authority: Authority, verdict: StaticString, a: Int32, b: Int32,
    parts: [Int32], deciding: Int, fragments: FindingFragments, codeIndex: CodeIndex
  ) {
    (self.kind, self.severity, self.authority, self.verdict) = (kind, severity, authority, verdict)
    (self.a, self.b, self.parts, self.deciding) = (a, b, parts, deciding)
    (self.fragments, self.fragmentBytes) = (fragments.fragments, fragments.bytes)
    (self.entries, self.codeBytes) = (codeIndex.entries, codeIndex.codeBytes)
  }

  var overrideReason: String? { nil }
  var ruleID: String? { nil }
  var suggestions: [String] { [] }
  var evidenceCount: Int { parts.count }
  var primaryIndex: Int? { deciding > 0 ? 0 : nil }

  func writeCodes(to w: inout JSONWriter) {
    w.byte(UInt8(ascii: "["))
    appendCode(a, quoted: true, to: &w)
    w.byte(UInt8(ascii: ","))
    appendCode(b, quoted: true, to: &w)
    w.byte(UInt8(ascii: "]"))
  }

  func writeMessage(to w: inout JSONWriter) {
    var message = Message(finding: self)
    swap(&message.w, &w)
    ExcludesMessage.write(verdict: verdict, deciding: deciding, parts: parts.count, marked: false, into: &message)
    swap(&message.w, &w)
  }

  func writeEvidenceHead(_ i: Int, to w: inout JSONWriter) {
    let f = fragments[Int(parts[i])]
    append(f.alsoStart, f.fieldsStart, to: &w)
  }

  func writeEvidenceFields(_ i: Int, to w: inout JSONWriter) {
    let f = fragments[Int(parts[i])]
    append(f.fieldsStart, f.headingStart, to: &w)
  }

  /// The message written into a JSON string (the writer is swapped in while it is written: it is
  /// the only buffer written to, so it is never copied).
  struct Message: ExcludesMessageSink {
    let finding: PairFindingJSON
    var w = JSONWriter(capacity: 0)

    mutating func text(_ text: StaticString) { w.raw(text) }
    mutating func code(_ which: Int) { finding.appendCode(which == 0 ? finding.a : finding.b, quoted: false, to: &w) }
    mutating func number(_ value: Int) { w.integer(value) }
    mutating func heading(ofPart part: Int) {
      let f = finding.fragments[Int(finding.parts[part])]
      finding.append(f.headingStart, f.describedStart, to: &w)
    }
    mutating func described(part: Int) {
      let f = finding.fragments[Int(finding.parts[part])]
      finding.append(f.describedStart, f.end, to: &w)
    }
    mutating func reason() {}
  }

  /// Appends fragment bytes.
  private func append(_ from: Int32, _ to: Int32, to w: inout JSONWriter) {
    fragmentBytes.withUnsafeBufferPointer {
      w.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[Int(from)..<Int(to)]))
    }
  }

  /// Appends an entry's code as a JSON string, or as its contents without the quotes (escaping is
  /// the same piece by piece).
  private func appendCode(_ e: Int32, quoted: Bool, to w: inout JSONWriter) {
    let entry = entries[Int(e)]
    let start = Int(entry.codeStart) + (quoted ? 0 : 1)
    let end = start + Int(entry.codeCount) - (quoted ? 0 : 2)
    codeBytes.withUnsafeBufferPointer { w.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }
}
