/// A `non-billable` finding described once: a header with the billable codes below it, or a code
/// that needs a 7th character with its table. The ``Finding`` value is made from it
/// (``finding``), and the JSON Lines fast path writes the same finding's JSON straight from it
/// (``FindingJSONSource``), both with one wording (``writeMessage(into:)``).
struct NonBillableFinding {
  /// A 7th-character table and the note text made of it (``CodeFindings/sevenCharacterNote(_:)``).
  struct SeventhCharacter {
    let table: SevenCharacterTable
    let note: String

    /// The table of a carrier of `sevenChrDef` notes, read from the release.
    init?(carrier: NodeID, in release: Release) {
      guard let table = release.sevenCharacterTable(carrier) else { return nil }
      self.table = table
      note = CodeFindings.sevenCharacterNote(table)
    }
  }

  let rules: ReleaseRules
  /// The code's node.
  let node: NodeID
  /// The 7th-character table, when the code needs a 7th character.
  let seventh: SeventhCharacter?
  /// The codes offered: every child of a code that needs a 7th character, or a header's first
  /// billable descendants (up to ``CodeFindings/suggestionLimit``).
  let offered: [NodeID]
  /// How many codes there are to offer in all.
  let total: Int

  /// Describes the finding of a code-level node that is not billable.
  ///
  /// - Parameters:
  ///   - billableBelow: the number of billable codes below the header, when the caller knows it
  ///     (the rules tables keep running counts): only the first few are then visited.
  ///   - tableOf: the 7th-character table of a carrier (the rules tables keep them per carrier).
  init(node: NodeID, rules: ReleaseRules, billableBelow: Int?, tableOf: (NodeID) -> SeventhCharacter?) {
    self.rules = rules
    self.node = node
    let release = rules.release
    if release.requiresSeventhCharacter(node), let carrier = release.sevenCharacterCarrier(node),
      let table = tableOf(carrier)
    {
      self.seventh = table
      offered = release.children(node)
      total = offered.count
      return
    }
    seventh = nil
    var descendants: [NodeID] = []
    var total = 0
    let wanted = max(CodeFindings.messageLimit, CodeFindings.suggestionLimit)
    for n in node.index..<release.subtreeEnd(node).index where release.isBillable(NodeID(n)) {
      if total < wanted { descendants.append(NodeID(n)) }
      total += 1
      if let billableBelow, total == wanted {
        total = billableBelow
        break
      }
    }
    offered = descendants
    self.total = total
  }

  /// The codes the user may want instead: every 7th-character code, or a header's first
  /// billable descendants.
  var suggestedCount: Int { seventh == nil ? min(offered.count, CodeFindings.suggestionLimit) : offered.count }

  /// "M54.5 is a header in FY2026-April, not a billable code; use M54.50, M54.51 or M54.59" (and
  /// the other loaded releases in which it is billable), or "S39.011 needs a 7th character:
  /// S39.011A (initial encounter), S39.011D (subsequent encounter) or S39.011S (sequela)".
  func writeMessage<Sink: MessageSink>(into sink: inout Sink) {
    let release = rules.release
    sink.utf8(release.codeBytes(node))
    if let seventh {
      sink.text(" needs a 7th character: ")
      writeList(into: &sink) { i, sink in
        let child = release.codeBytes(offered[i])
        sink.utf8(child)
        // Only the options the message shows are spelled out with their meanings.
        guard let last = child.last else { return }
        let character = Character(Unicode.Scalar(last))
        if let meaning = seventh.table.entries.first(where: { $0.character == character })?.meaning {
          sink.text(" (")
          sink.string(meaning)
          sink.text(")")
        }
      }
      return
    }
    sink.text(" is a header in ")
    sink.string(rules.releaseID)
    sink.text(", not a billable code; use ")
    writeList(into: &sink) { i, sink in sink.utf8(release.codeBytes(offered[i])) }
    let elsewhere = billableElsewhere
    if !elsewhere.isEmpty {
      sink.text(" (it was billable in ")
      for (i, other) in elsewhere.enumerated() {
        if i > 0 { sink.text(", ") }
        sink.string(other.info.id)
      }
      sink.text(")")
    }
  }

  /// Writes the offered codes as a message's list (``CodeFindings/writeList(count:total:into:item:)``).
  private func writeList<Sink: MessageSink>(into sink: inout Sink, item: (Int, inout Sink) -> Void) {
    CodeFindings.writeList(count: offered.count, total: total, into: &sink, item: item)
  }

  /// The other loaded releases in which the code is billable.
  var billableElsewhere: [Release] {
    let key = String(decoding: rules.release.codeBytes(node).filter { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    return rules.codeSet.releases.filter { other in
      other !== rules.release && (other.lookup(normalizedKey: key).map { other.isBillable($0) } ?? false)
    }
  }

  /// The evidence: the 7th-character table's carrier with the table as its note, or the header
  /// itself with its title.
  var evidence: Evidence {
    let release = rules.release
    let code = release.code(node)
    guard let seventh else {
      return Evidence(
        carrier: code, level: release.kind(node), noteKind: nil, noteText: release.title(node),
        release: rules.releaseID, authority: .officialTabular)
    }
    let carrier = seventh.table.carrier
    return Evidence(
      carrier: release.code(carrier), level: release.kind(carrier), noteKind: .sevenChrDef, noteText: seventh.note,
      release: rules.releaseID, authority: .officialTabular, subject: code)
  }

  /// The finding as a value.
  var finding: Finding {
    var message = MessageText()
    writeMessage(into: &message)
    return Finding(
      kind: kind, severity: severity, codes: [rules.release.code(node)], message: message.text, authority: authority,
      evidence: [evidence], suggestions: suggestions)
  }
}
