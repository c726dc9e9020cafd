/// The documentation checklist items the official tabular states for a code, read from the store.
extension Release {
  /// The derived items of a billable code: its sibling axis, the meaning of its 7th character and
  /// placeholder X, then every Excludes1, Code first, Use additional code and Code also note of the
  /// code and of each level above it (nearest first). Empty for a header.
  ///
  /// Built once per code and kept (at most ``derivedItemLimit`` codes; then the kept ones are dropped):
  /// every check of an encounter asks for them.
  public func derivedChecklist(for id: NodeID) -> [ChecklistItem] {
    if let kept = derivedItems.withLock({ $0[id.rawValue] }) { return kept }
    let items = buildDerivedChecklist(for: id)
    derivedItems.withLock { kept in
      if kept.count >= Self.derivedItemLimit { kept.removeAll(keepingCapacity: true) }
      kept[id.rawValue] = items
    }
    return items
  }

  /// The most codes whose derived items are kept.
  static let derivedItemLimit = 8192

  /// Builds the derived items of a code from the store section (see ``derivedChecklist(for:)``).
  private func buildDerivedChecklist(for id: NodeID) -> [ChecklistItem] {
    guard isBillable(id) else { return [] }
    let generated = isGenerated(id)
    let dotted = code(id)
    let key = CodeNormalizer.key(dotted)
    var buckets = [[(DerivedRecord, NodeID)]](repeating: [], count: DerivedItemKind.allCases.count)
    let base = generated ? (parent(id) ?? id) : id
    for record in derivedChecklist.records(of: base.index)
    where record.kind == .siblingAxis || record.kind == .unspecified {
      buckets[Int(record.kind.rawValue)].append((record, parent(base) ?? base))
    }
    let last = key.utf8.last ?? 0
    let hasPlaceholder = generated && key.count == 7 && key.dropFirst(3).dropLast().contains("X")
    var texts = Set<String>()
    for carrier in [id] + ancestors(id) {
      // The same note repeated at a higher level (J45 and chapter 10) gives one item, the nearest.
      for record in derivedChecklist.records(of: carrier.index) where texts.insert(record.text).inserted {
        switch record.kind {
        case .siblingAxis, .unspecified: continue
        case .seventhCharacter: guard generated, record.character == last else { continue }
        case .placeholder: guard hasPlaceholder else { continue }
        default: break
        }
        buckets[Int(record.kind.rawValue)].append((record, carrier))
      }
    }
    let order: [DerivedItemKind] = [
      .siblingAxis, .unspecified, .seventhCharacter, .placeholder, .excludes1, .codeFirst, .useAdditionalCode,
      .codeAlso,
    ]
    var items: [ChecklistItem] = []
    for kind in order {
      for (n, (record, carrier)) in buckets[Int(kind.rawValue)].enumerated() {
        let itemID = "\(key)-TAB-\(kind.idPart)" + (kind.isNumbered ? "-\(n + 1)" : "")
        items.append(item(id: itemID, record: record, carrier: carrier, code: dotted))
      }
    }
    return items
  }

  /// The derived item with an id (`M5416-TAB-AXIS`), if the code of its id has it.
  public func derivedChecklistItem(id: String) -> ChecklistItem? {
    let upper = id.uppercased()
    guard let range = upper.range(of: "-TAB-"), let node = lookup(String(upper[..<range.lowerBound])) else {
      return nil
    }
    return derivedChecklist(for: node).first { $0.id == upper }
  }

  private func item(id: String, record: DerivedRecord, carrier: NodeID, code: String) -> ChecklistItem {
    let kind = record.kind
    let carrierCode = self.code(carrier)
    let origin = ChecklistOrigin(
      kind: kind.label, carrier: carrierCode, level: self.kind(carrier).levelName, target: carrierCode)
    let codes = record.codes.isEmpty ? [] : record.codes.split(separator: ",").map { String($0) }
    let exact = codes.filter { !$0.contains("-") && !$0.contains(" ") }
    let required: Set<DerivedItemKind> = [.siblingAxis, .excludes1, .codeFirst, .seventhCharacter]
    let consequence: ChecklistConsequence
    switch kind {
    case .siblingAxis:
      consequence =
        exact.isEmpty
        ? .init(action: "query_provider", message: "Not documented: query the provider before reporting \(code).")
        : .init(
          action: "default", message: "Not documented: query the provider, or report \(exact.joined(separator: ", ")).",
          suggestedCodes: exact)
    case .unspecified:
      consequence = .init(
        action: "query_provider",
        message: "If the record states it, report the sibling that names it"
          + (codes.isEmpty ? "." : " (\(codes.joined(separator: ", "))).")
      )
    case .excludes1:
      consequence = .init(
        action: "suggest_replace",
        message: "If the record documents it, code \(record.codes.isEmpty ? "it" : record.codes) instead "
          + "(both only when the conditions are unrelated, Official Guidelines I.A.12.a).",
        suggestedCodes: exact)
    case .codeFirst:
      consequence = .init(
        action: "default_sequence", message: "Code the underlying condition first.", suggestedCodes: exact)
    case .useAdditionalCode:
      consequence = .init(action: "warn", message: "Add the code the note asks for when the record documents it.")
    case .codeAlso:
      consequence = .init(action: "warn", message: "Code it also when documented; either code may come first.")
    case .seventhCharacter:
      consequence = .init(action: "query_provider", message: "The 7th character must match the record.")
    case .placeholder:
      consequence = .init(action: "none", message: "Without the placeholder X the code is invalid.")
    }
    return ChecklistItem(
      id: id, text: record.text, appliesTo: [code], level: required.contains(kind) ? .required : .recommended,
      authority: .officialTabular, basis: "tabular", consequence: consequence,
      citations: [ChecklistCitation(source: "\(info.id) tabular, \(origin.summary)", line: nil, quote: record.source)],
      tabularVerdict: "DERIVED", origin: origin)
  }
}
