import Foundation

/// The rules engine's fixed view of one release: resolved curated notes and the landmark nodes of the
/// guideline rules. Everything computed on demand lives in ``RuleTables``.
final class ReleaseRules: Sendable {
  let release: Release
  let releaseID: String
  unowned let codeSet: CodeSet
  let curated: CuratedReferences
  let checklist: Checklist
  /// Curated ranges by carrier node and note index.
  let curatedByCarrier: [NodeID: [(note: Int, entry: Int, ranges: [(Range<NodeID>, String)])]]
  /// Landmarks of the guideline rules (nil when the release lacks them).
  let landmarks: Landmarks

  /// The nodes the guideline rules look for.
  struct Landmarks: Sendable {
    var sciatica: NodeID?  // M54.3
    var lumbagoWithSciatica: NodeID?  // M54.4
    var lowBackPain: NodeID?  // M54.5
    var chronicPain: NodeID?  // G89.2
    var painCategory: NodeID?  // G89, the parent of G89.2
    var dorsalgia: NodeID?  // M54
    var dorsopathies: NodeID?  // M40-M54 (section)
  }

  init(release: Release, codeSet: CodeSet, curated: CuratedReferences, checklist: Checklist) {
    self.checklist = checklist
    self.release = release
    releaseID = release.info.id
    self.codeSet = codeSet
    self.curated = curated
    var byCarrier: [NodeID: [(note: Int, entry: Int, ranges: [(Range<NodeID>, String)])]] = [:]
    for (e, entry) in curated.entries.enumerated() {
      guard let kind = NoteKind(elementName: entry.noteKind) else { continue }
      let ranges = entry.references.compactMap { ref in CuratedReferences.range(of: ref, in: release).map { ($0, ref) }
      }
      for carrierCode in entry.carriers {
        guard let carrier = release.lookup(carrierCode) else { continue }
        let start = release.noteRange(of: carrier)
        for n in start where release.noteKind(at: n) == kind && entry.matches(noteText: release.note(index: n).text) {
          byCarrier[carrier, default: []].append((n, e, ranges))
        }
      }
    }
    curatedByCarrier = byCarrier
    let chronicPain = release.lookup("G89.2")
    landmarks = Landmarks(
      sciatica: release.lookup("M54.3"), lumbagoWithSciatica: release.lookup("M54.4"),
      lowBackPain: release.lookup("M54.5"), chronicPain: chronicPain,
      painCategory: chronicPain.flatMap { release.parent($0) }, dorsalgia: release.lookup("M54"),
      dorsopathies: release.lookup("M40-M54"))
  }

  /// The qualifier of the reference of a note that covers `start..<end` (decoded only for qualified ones).
  func qualifier(note: Int, start: Int32, end: Int32) -> ReferenceQualifier? {
    release.note(index: note).references.first {
      $0.nodes?.lowerBound.rawValue == start && $0.nodes?.upperBound.rawValue == end
    }?.qualifier
  }

  /// The Excludes ranges of a carrier's own notes (and the curated ones of its text-only notes).
  func ownRanges(of c: NodeID) -> [ChainRange] {
    var result: [ChainRange] = []
    let level = release.kind(c)
    for pass in 0..<2 {
      let noteKind: NoteKind = pass == 0 ? .excludes1 : .excludes2
      let kind: ChainRange.Kind = pass == 0 ? .excludes1 : .excludes2
      release.forEachReferenceRange(of: c, kind: noteKind) { note, start, end, qualified in
        guard start >= 0 else { return }
        let qualifier = qualified ? self.qualifier(note: note, start: start, end: end) : nil
        result.append(
          ChainRange(
            start: start, end: end, qualifier: qualifier, kind: kind, note: note, carrier: c, level: level, curated: -1,
            text: nil))
      }
    }
    for item in curatedByCarrier[c] ?? [] {
      for (range, text) in item.ranges {
        result.append(
          ChainRange(
            start: range.lowerBound.rawValue, end: range.upperBound.rawValue, qualifier: nil, kind: .curated,
            note: item.note, carrier: c, level: level, curated: item.entry, text: text))
      }
    }
    return result
  }

  /// The Code first / Use additional code / Code also notes of a carrier's own notes (notes are
  /// decoded only when a finding is written).
  func ownInstructions(of c: NodeID) -> [Instruction] {
    var result: [Instruction] = []
    for pass in 0..<3 {
      let kind: NoteKind = pass == 0 ? .codeFirst : pass == 1 ? .useAdditionalCode : .codeAlso
      var current = -1
      release.forEachReferenceRange(of: c, kind: kind) { note, start, end, qualified in
        if note != current {
          current = note
          result.append(Instruction(kind: kind, note: note, carrier: c, ranges: []))
        }
        guard start >= 0 else { return }
        let qualifier = qualified ? self.qualifier(note: note, start: start, end: end) : nil
        result[result.count - 1].ranges.append((range: NodeID(start)..<NodeID(end), qualifier: qualifier))
      }
      // Notes without any reference do not reach the closure.
      for n in release.noteRange(of: c)
      where release.noteKind(at: n) == kind && !result.contains(where: { $0.note == n }) {
        result.append(Instruction(kind: kind, note: n, carrier: c, ranges: []))
      }
    }
    return result
  }

  /// The path from the chapter down to a node (`13`, `M50-M54`, `M54`, `M54.5`, `M54.50`).
  func path(of node: NodeID) -> [String] {
    ([node] + release.ancestors(node)).reversed().map { release.code($0) }
  }
}
