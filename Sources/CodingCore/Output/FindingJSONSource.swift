/// What the audit schema's JSON object of a finding (docs/audit-schema.md) is written from: a
/// ``Finding`` value, or the rules engine's pieces rendered once (the JSON Lines fast path, see
/// ``PairFindingJSON``). The object's layout is written in one place, ``writeFindingJSON(to:)``.
protocol FindingJSONSource {
  /// The finding's kind.
  var kind: FindingKind { get }
  /// Its severity.
  var severity: Severity { get }
  /// Its authority.
  var authority: Authority { get }
  /// The override reason (an Excludes1 pair marked unrelated), if any.
  var overrideReason: String? { get }
  /// The rule that raised it, if any.
  var ruleID: String? { get }
  /// Codes the user may want instead.
  var suggestions: [String] { get }
  /// Whether there are any (``suggestions`` is not empty).
  var hasSuggestions: Bool { get }
  /// The number of evidence items.
  var evidenceCount: Int { get }
  /// The evidence item that decides the finding (its fields go into the object itself), if any.
  var primaryIndex: Int? { get }
  /// Writes the suggestions as a JSON array.
  func writeSuggestions(to w: inout JSONWriter)
  /// Writes the codes as a JSON array.
  func writeCodes(to w: inout JSONWriter)
  /// Writes the message, escaped, without its quotes.
  func writeMessage(to w: inout JSONWriter)
  /// Writes `"role":…,"authority":…` of an evidence item (its head in `also`).
  func writeEvidenceHead(_ i: Int, to w: inout JSONWriter)
  /// Writes `,"carrier":…` and the other fields of an evidence item (``Evidence/writeFields(to:)``).
  func writeEvidenceFields(_ i: Int, to w: inout JSONWriter)
}

extension FindingJSONSource {
  var hasSuggestions: Bool { !suggestions.isEmpty }
  func writeSuggestions(to w: inout JSONWriter) { w.strings(suggestions) }

  /// Writes the finding as one JSON object: kind, severity, codes, message, authority, the deciding
  /// evidence's fields, the override reason, the rule, suggestions, then every other evidence item
  /// in `also` (the first is left out when nothing decides).
  func writeFindingJSON(to w: inout JSONWriter) {
    w.raw("{\"kind\":\"")
    w.bytes.append(contentsOf: kind.rawValue.utf8)
    w.raw("\",\"severity\":\"")
    w.bytes.append(contentsOf: severity.rawValue.utf8)
    w.raw("\",\"codes\":")
    writeCodes(to: &w)
    w.raw(",\"message\":\"")
    writeMessage(to: &w)
    w.raw("\",\"authority\":\"")
    w.bytes.append(contentsOf: authority.rawValue.utf8)
    w.byte(UInt8(ascii: "\""))
    let primary = primaryIndex
    if let primary { writeEvidenceFields(primary, to: &w) }
    if let overrideReason {
      w.raw(",\"override_reason\":")
      w.string(overrideReason)
    }
    if let ruleID {
      w.raw(",\"rule\":")
      w.string(ruleID)
    }
    if hasSuggestions {
      w.raw(",\"suggestions\":")
      writeSuggestions(to: &w)
    }
    if evidenceCount > 1 {
      let skipped = primary ?? 0
      w.raw(",\"also\":[")
      var first = true
      for i in 0..<evidenceCount where i != skipped {
        if !first { w.byte(UInt8(ascii: ",")) }
        first = false
        w.byte(UInt8(ascii: "{"))
        writeEvidenceHead(i, to: &w)
        writeEvidenceFields(i, to: &w)
        w.byte(UInt8(ascii: "}"))
      }
      w.byte(UInt8(ascii: "]"))
    }
    w.byte(UInt8(ascii: "}"))
  }
}
