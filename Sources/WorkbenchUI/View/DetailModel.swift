/// The detail pane's content for its subject, as wrapped lines plus the node
/// each selectable item leads to.
public struct DetailModel: Equatable, Sendable {
  public var title: String
  public var lines: [PaneLine]
  /// For each selectable item, the node key that following it opens.
  public var targets: [String?]

  /// Builds the content for a subject at a content width.
  public static func build(_ state: AppState, width: Int) -> DetailModel {
    switch state.detail.subject {
    case .node(let key)?: return node(key, state: state, width: width)
    case .finding(let i)? where state.encounter.report.findings.indices.contains(i):
      return finding(state.encounter.report.findings[i], state: state, width: width)
    default:
      return DetailModel(
        title: "Detail", lines: [PaneLine([Segment("Select a code in the tree.", .muted)])], targets: [])
    }
  }

  private struct Builder {
    var width: Int
    var lines: [PaneLine] = []
    var targets: [String?] = []

    mutating func text(_ segments: [Segment], indent: Int = 2) {
      lines += PaneLine.wrap(segments, width: width, indent: indent)
    }

    mutating func item(_ segments: [Segment], target: String?, indent: Int = 4) {
      lines += PaneLine.wrap(segments, width: width, indent: indent, selection: targets.count)
      targets.append(target)
    }

    mutating func blank() { lines.append(PaneLine([])) }
  }

  private static func node(_ key: String, state: AppState, width: Int) -> DetailModel {
    let catalog = state.catalog
    guard let entry = catalog.entry(key) else {
      return DetailModel(
        title: "Detail", lines: [PaneLine([Segment("Not in \(catalog.releaseName).", .statusError)])], targets: [])
    }
    var b = Builder(width: width)
    b.text([Segment(entry.code, entry.isBillable ? .billable : .header), Segment("  "), Segment(entry.title, .heading)])
    var status: [Segment]
    if entry.isBillable {
      status = [Segment("✓ billable code", .billable)]
    } else if entry.needsSeventhCharacter {
      status = [Segment("✗ not billable: a 7th character is required", .header)]
    } else {
      let kind = entry.kind == .code ? "header" : entry.kind.rawValue
      status = [Segment("✗ \(kind), not billable", .header)]
    }
    if state.encounter.draft.codes.contains(entry.code) {
      status.append(Segment("   ● in the encounter", .inEncounter))
    }
    status.append(Segment("   \(catalog.releaseName)", .muted))
    b.text(status)
    let path = catalog.path(to: key).compactMap { catalog.entry($0)?.code }
    b.text([Segment("Path: ", .muted), Segment(path.joined(separator: " › "), .text)], indent: 6)
    let notes = catalog.notes(key)
    b.blank()
    b.text([Segment("Notes (\(notes.count), own and inherited)", .heading)])
    if notes.isEmpty { b.text([Segment("  none", .muted)]) }
    for note in notes {
      let from = note.isOwn ? "own" : "\(note.level) \(note.carrier)"
      let target = note.references.first { $0.target != nil }?.target
      b.item(
        [Segment("\(note.kind.label) ", note.kind.role), Segment("[\(from)] ", .level), Segment(note.text)],
        target: target)
      if note.references.count > 1 {
        for ref in note.references {
          let title = ref.target.flatMap { catalog.entry($0)?.title } ?? "not resolved"
          b.item(
            [Segment("    → "), Segment(ref.label, .reference), Segment("  \(title)", .muted)], target: ref.target,
            indent: 8)
        }
      }
    }
    let sevenths = catalog.seventhCharacters(key)
    if !sevenths.isEmpty {
      b.blank()
      b.text([Segment("7th characters", .heading)])
      for s in sevenths { b.text([Segment("  \(s.character)  ", .code), Segment(s.meaning)], indent: 7) }
    }
    let children = catalog.children(key)
    if !children.isEmpty {
      b.blank()
      b.text([Segment("Children (\(children.count))", .heading)])
      for child in children {
        guard let c = catalog.entry(child) else { continue }
        b.item(
          [Segment("  \(c.code)", c.isBillable ? .billable : .header), Segment("  \(c.title)")], target: child,
          indent: 4)
      }
    }
    return DetailModel(title: "\(entry.code) \(entry.title)", lines: b.lines, targets: b.targets)
  }

  private static func finding(_ f: EncounterFinding, state: AppState, width: Int) -> DetailModel {
    let catalog = state.catalog
    var b = Builder(width: width)
    b.text([Segment(f.severity.label, f.severity.role), Segment("  \(f.kind.rawValue)", .heading)])
    b.text([Segment(f.message)])
    if let reason = f.overrideReason {
      b.text([Segment("Marked unrelated: ", .findingInfo), Segment(reason)], indent: 4)
    }
    b.blank()
    b.text([Segment("Codes", .heading)])
    for code in f.codes {
      let key = catalog.resolve(code)
      let title = key.flatMap { catalog.entry($0)?.title } ?? "not a code of \(catalog.releaseName)"
      b.item([Segment("  \(code)", .code), Segment("  \(title)")], target: key)
    }
    if let carrier = f.carrier {
      b.blank()
      b.text([Segment("Note on \(carrier)", .heading), Segment(f.level.map { " (\($0))" } ?? "", .level)])
      if let text = f.noteText {
        b.text([Segment("  “\(text)”", f.kind == .excludes2 ? .noteExcludes2 : .noteExcludes1)], indent: 3)
      }
      for code in f.codes {
        guard let key = catalog.resolve(code) else { continue }
        let path = catalog.path(to: key).compactMap { catalog.entry($0)?.code }
        guard path.contains(carrier) else { continue }
        let shown = path.map { $0 == carrier ? "[\($0)]" : $0 }.joined(separator: " › ")
        b.text([Segment("  Inherited: ", .muted), Segment(shown)], indent: 6)
      }
      if let key = catalog.resolve(carrier) ?? f.codes.compactMap({ catalog.resolve($0) }).first {
        b.item([Segment("  → open \(carrier)", .reference)], target: key)
      }
    }
    if !f.details.isEmpty {
      b.blank()
      for d in f.details { b.text([Segment("  \(d)", .muted)], indent: 4) }
    }
    if let authority = f.authority {
      b.blank()
      b.text([Segment("Authority: ", .muted), Segment(authority)])
    }
    return DetailModel(title: "Finding: \(f.kind.rawValue)", lines: b.lines, targets: b.targets)
  }
}
