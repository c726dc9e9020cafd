/// The audit schema's JSON form of findings and evidence (docs/audit-schema.md).
extension Finding: FindingJSONSource {
  /// Writes the finding as one JSON object (``FindingJSONSource/writeFindingJSON(to:)``).
  public func writeJSON(to w: inout JSONWriter) { writeFindingJSON(to: &w) }

  var evidenceCount: Int { evidence.count }
  var primaryIndex: Int? { evidence.firstIndex { $0.role == .decides } }
  func writeCodes(to w: inout JSONWriter) { w.strings(codes) }
  func writeMessage(to w: inout JSONWriter) { w.contents(message) }

  func writeEvidenceHead(_ i: Int, to w: inout JSONWriter) { Self.writeEvidenceHead(evidence[i], to: &w) }

  /// Writes `"role":…,"authority":…` of an evidence item.
  static func writeEvidenceHead(_ e: Evidence, to w: inout JSONWriter) {
    w.raw("\"role\":\"")
    w.bytes.append(contentsOf: e.role.rawValue.utf8)
    w.raw("\",\"authority\":\"")
    w.bytes.append(contentsOf: e.authority.rawValue.utf8)
    w.byte(UInt8(ascii: "\""))
  }

  func writeEvidenceFields(_ i: Int, to w: inout JSONWriter) { evidence[i].writeFields(to: &w) }

  /// The finding as a JSON object string.
  public var jsonString: String {
    var w = JSONWriter(capacity: 512)
    writeJSON(to: &w)
    return String(decoding: w.bytes, as: UTF8.self)
  }
}

extension Evidence {
  /// Writes `,"carrier":...,"level":...,"note":...` and the optional fields (no braces).
  func writeFields(to w: inout JSONWriter) {
    w.raw(",\"carrier\":")
    w.string(carrier)
    if let level {
      w.raw(",\"level\":\"")
      w.bytes.append(contentsOf: level.levelName.utf8)
      w.byte(UInt8(ascii: "\""))
    }
    if let noteKind {
      w.raw(",\"note_kind\":\"")
      w.bytes.append(contentsOf: noteKind.elementName.utf8)
      w.byte(UInt8(ascii: "\""))
    }
    w.raw(",\"note\":")
    w.string(noteText)
    if let reference {
      w.raw(",\"reference\":")
      w.string(reference)
    }
    w.raw(",\"release\":")
    w.string(release)
    if let subject {
      w.raw(",\"subject\":")
      w.string(subject)
    }
    if !path.isEmpty {
      w.raw(",\"path\":")
      w.strings(path)
    }
    if let citation {
      w.raw(",\"citation\":")
      w.string(citation)
    }
  }
}
