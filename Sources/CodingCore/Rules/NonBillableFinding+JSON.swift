/// The JSON Lines fast path's `non-billable` finding: the layout of every finding
/// (``FindingJSONSource``) written straight from the description, its message and codes from the
/// store's bytes, without the ``Finding`` value in between.
extension NonBillableFinding: FindingJSONSource {
  var kind: FindingKind { .nonBillable }
  var severity: Severity { .error }
  var authority: Authority { .officialTabular }
  var overrideReason: String? { nil }
  var ruleID: String? { nil }
  var suggestions: [String] { offered.prefix(suggestedCount).map { rules.release.code($0) } }
  var hasSuggestions: Bool { suggestedCount > 0 }
  var evidenceCount: Int { 1 }
  var primaryIndex: Int? { 0 }

  func writeCodes(to w: inout JSONWriter) {
    w.byte(UInt8(ascii: "["))
    writeCode(node, to: &w)
    w.byte(UInt8(ascii: "]"))
  }

  func writeMessage(to w: inout JSONWriter) { MessageJSON.write(into: &w) { writeMessage(into: &$0) } }

  func writeSuggestions(to w: inout JSONWriter) {
    w.byte(UInt8(ascii: "["))
    for (i, code) in offered.prefix(suggestedCount).enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      writeCode(code, to: &w)
    }
    w.byte(UInt8(ascii: "]"))
  }

  func writeEvidenceHead(_ i: Int, to w: inout JSONWriter) { Finding.writeEvidenceHead(evidence, to: &w) }
  func writeEvidenceFields(_ i: Int, to w: inout JSONWriter) { evidence.writeFields(to: &w) }

  /// Writes a code of the release as a JSON string.
  private func writeCode(_ code: NodeID, to w: inout JSONWriter) {
    w.string(utf8: rules.release.codeBytes(code).assumingMemoryBound(to: UInt8.self))
  }
}
