/// The findings a code earns on its own: invalid, not in the release, non-billable.
enum CodeFindings {
  /// The most codes listed in a message (all of them go to `suggestions`, up to ``suggestionLimit``).
  static let messageLimit = 6
  static let suggestionLimit = 40

  /// "A, B or C", or "A, B, … (N codes)" beyond the message limit.
  /// `total` is the length of the whole list when `codes` holds only its start.
  static func list(_ codes: [String], total: Int? = nil) -> String {
    var text = MessageText()
    writeList(count: codes.count, total: total, into: &text) { i, sink in sink.string(codes[i]) }
    return text.text
  }

  /// Writes a list of `count` items (the start of `total`, when given) into a message: "A, B or C",
  /// or the first ``messageLimit`` and "… (N codes)" beyond it.
  static func writeList<Sink: MessageSink>(
    count: Int, total: Int? = nil, into sink: inout Sink, item: (Int, inout Sink) -> Void
  ) {
    let all = total ?? count
    if all <= 1 {
      if count > 0 { item(0, &sink) }
      return
    }
    if all > messageLimit {
      for i in 0..<min(count, messageLimit) {
        if i > 0 { sink.text(", ") }
        item(i, &sink)
      }
      sink.text(", … (")
      sink.number(all)
      sink.text(" codes)")
      return
    }
    for i in 0..<max(count - 1, 0) {
      if i > 0 { sink.text(", ") }
      item(i, &sink)
    }
    sink.text(" or ")
    if count > 0 { item(count - 1, &sink) }
  }

  /// `invalid-code` (in no loaded release) or `not-in-release` (in another release).
  static func missing(key: String, dotted: String, rules: ReleaseRules) -> Finding {
    let release = rules.release
    let releaseID = rules.releaseID
    if CodeNormalizer.isTooLong(key) {
      return Finding(
        kind: .invalidCode, severity: .error, codes: [dotted],
        message: "\(SafeText.echo(dotted)) is not a code (longer than any ICD-10-CM code)",
        authority: .officialTabular,
        evidence: [
          Evidence(
            carrier: dotted, level: nil, noteKind: nil, noteText: "code set of \(releaseID)", release: releaseID,
            authority: .officialTabular)
        ], suggestions: [])
    }
    let elsewhere = rules.codeSet.releases.filter { $0 !== release }.filter { other in
      other.lookup(key).map { other.kind($0).isCodeLevel } ?? false
    }
    let evidence = Evidence(
      carrier: dotted, level: nil, noteKind: nil, noteText: "code set of \(releaseID)", release: releaseID,
      authority: .officialTabular)
    if elsewhere.isEmpty || key.utf8.contains(UInt8(ascii: "-")) {
      let suggestions = key.isEmpty ? [] : release.suggestions(for: key).map { release.code($0) }
      var message: String
      if let section = release.lookup(key), !release.kind(section).isCodeLevel {
        message = "\(dotted) is a \(release.kind(section).levelName), not a code"
      } else if key.isEmpty {
        message = "an empty code"
      } else if !CodeNormalizer.looksLikeCode(key) {
        message = "\(dotted) is not shaped like an ICD-10-CM code"
      } else {
        message = "\(dotted) is not an ICD-10-CM code in \(releaseID)"
      }
      // The same words as `m54 show` and the workbench use for a code that does not exist.
      if !suggestions.isEmpty { message += "; nearby: \(suggestions.joined(separator: ", "))" }
      return Finding(
        kind: .invalidCode, severity: .error, codes: [dotted], message: message, authority: .officialTabular,
        evidence: [evidence], suggestions: suggestions)
    }
    let history = rules.codeSet.history(of: key)
    let display = elsewhere.last.flatMap { r in r.lookup(key).map { r.code($0) } } ?? dotted
    let replacements = history.changes.filter { $0.kind == "deleted" || $0.kind == "became-header" }
      .flatMap(\.replacedBy)
    var seen = Set<String>()
    let uniqueReplacements = replacements.filter { seen.insert($0).inserted }
    let later = elsewhere.filter { $0.info.effectiveFrom > release.info.effectiveFrom }
    var message = "\(display) is not a code in \(releaseID)"
    if !later.isEmpty && later.count == elsewhere.count {
      let end = release.info.effectiveThrough
      let next = ServiceDate(year: end.month >= 10 ? end.year + 1 : end.year, month: 10, day: 1)
      let earliest = next.map { "; in effect from \($0) at the earliest" } ?? ""
      message +=
        " (not yet: added after \(releaseID), which ran to \(end)\(earliest); the first loaded release with it is \(later[0].info.id))"
    } else {
      message += "; it exists in \(elsewhere.map(\.info.id).joined(separator: ", "))"
      if let deletion = history.changes.last(where: { $0.kind == "deleted" }) {
        message += "; deleted in \(deletion.to)"
      }
    }
    if !uniqueReplacements.isEmpty { message += "; replaced by \(list(uniqueReplacements))" }
    return Finding(
      kind: .notInRelease, severity: .error, codes: [display], message: message, authority: .officialTabular,
      evidence: [evidence], suggestions: Array(uniqueReplacements.prefix(suggestionLimit)))
  }

  /// A 7th-character table as a note's text: `A initial encounter; D subsequent encounter; …`.
  static func sevenCharacterNote(_ table: SevenCharacterTable) -> String {
    var text = ""
    text.reserveCapacity(table.entries.reduce(0) { $0 + $1.meaning.utf8.count + 4 })
    for (i, entry) in table.entries.enumerated() {
      if i > 0 { text += "; " }
      text.append(entry.character)
      text += " "
      text += entry.meaning
    }
    return text
  }
}
