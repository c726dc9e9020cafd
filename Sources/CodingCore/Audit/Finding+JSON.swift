/// The audit schema's JSON form of findings and evidence (docs/audit-schema.md).
extension Finding {
  /// Writes the finding as one JSON object.
  public func writeJSON(to w: inout JSONWriter) {
    w.raw("{\"kind\":\"")
    w.bytes.append(contentsOf: kind.rawValue.utf8)
    w.raw("\",\"severity\":\"")
    w.bytes.append(contentsOf: severity.rawValue.utf8)
    w.raw("\",\"codes\":")
    w.strings(codes)
    w.raw(",\"message\":")
    w.string(message)
    w.raw(",\"authority\":\"")
    w.bytes.append(contentsOf: authority.rawValue.utf8)
    w.byte(UInt8(ascii: "\""))
    if let primary = primaryEvidence { primary.writeFields(to: &w) }
    if let overrideReason {
      w.raw(",\"override_reason\":")
      w.string(overrideReason)
    }
    if let ruleID {
      w.raw(",\"rule\":")
      w.string(ruleID)
    }
    if !suggestions.isEmpty {
      w.raw(",\"suggestions\":")
      w.strings(suggestions)
    }
    if evidence.count > 1 {
      let primaryIndex = evidence.firstIndex { $0.role == .decides } ?? 0
      w.raw(",\"also\":[")
      var first = true
      for (i, e) in evidence.enumerated() where i != primaryIndex {
        if !first { w.byte(UInt8(ascii: ",")) }
        first = false
        w.raw("{\"role\":\"")
        w.bytes.append(contentsOf: e.role.rawValue.utf8)
        w.raw("\",\"authority\":\"")
        w.bytes.append(contentsOf: e.authority.rawValue.utf8)
        w.byte(UInt8(ascii: "\""))
        e.writeFields(to: &w)
        w.byte(UInt8(ascii: "}"))
      }
      w.byte(UInt8(ascii: "]"))
    }
    w.byte(UInt8(ascii: "}"))
  }

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
