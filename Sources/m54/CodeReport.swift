import CodingCore
import Foundation

/// Everything `m54 show` says about one code, as text or JSON.
struct CodeReport: Encodable {
  struct PathStep: Encodable {
    var code: String
    var title: String
    var level: String
  }
  struct Reference: Encodable {
    var text: String
    var resolved: Bool
    var qualifier: String?
  }
  struct NoteEntry: Encodable {
    var kind: String
    var text: String
    var level: String
    var carrier: String
    var references: [Reference]
  }
  struct Child: Encodable {
    var code: String
    var title: String
    var billable: Bool
  }
  struct SeventhCharacter: Encodable {
    var character: String
    var meaning: String
  }

  var release: String
  var code: String
  var title: String
  var level: String
  /// `billable`, `header`, `seventh-character-required`, or the level for sections and chapters.
  var status: String
  var billableDescendants: [String]
  var seventhCharacters: [SeventhCharacter]
  var seventhCharacterCarrier: String?
  var path: [PathStep]
  var notes: [NoteEntry]
  var children: [Child]
  var history: CodeHistory

  init(release: Release, node id: NodeID, history: CodeHistory) {
    self.release = release.info.id
    code = release.code(id)
    title = release.title(id)
    level = release.kind(id).levelName
    let kind = release.kind(id)
    if !kind.isCodeLevel {
      status = kind.levelName
    } else if release.isBillable(id) {
      status = "billable"
    } else if release.requiresSeventhCharacter(id) {
      status = "seventh-character-required"
    } else {
      status = "header"
    }
    billableDescendants = release.isBillable(id) ? [] : release.billableDescendants(id).map { release.code($0) }
    let table = kind.isCodeLevel ? release.sevenCharacterTable(id) : nil
    seventhCharacters =
      table?.entries.map { SeventhCharacter(character: String($0.character), meaning: $0.meaning) } ?? []
    seventhCharacterCarrier = table.map { release.code($0.carrier) }
    path = (release.ancestors(id).reversed() + [id]).map {
      PathStep(code: release.code($0), title: release.title($0), level: release.kind($0).levelName)
    }
    notes = release.applicableNotes(id).filter { $0.note.kind != .sevenChrDef }.map { applied in
      NoteEntry(
        kind: applied.note.kind.elementName, text: applied.note.text, level: applied.level.levelName,
        carrier: applied.carrierCode,
        references: applied.note.references.map {
          Reference(text: $0.text, resolved: $0.nodes != nil, qualifier: $0.qualifier?.text)
        })
    }
    children = release.children(id).map {
      Child(code: release.code($0), title: release.title($0), billable: release.isBillable($0))
    }
    self.history = history
  }

  func jsonString() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }

  /// The human-readable report.
  func text() -> String {
    var out = "\(code)  \(title)\n"
    let statusLine: String
    switch status {
    case "billable": statusLine = "billable code"
    case "seventh-character-required":
      statusLine = "not billable: requires a 7th character (\(billableDescendants.joined(separator: ", ")))"
    case "header":
      let shown = billableDescendants.prefix(12).joined(separator: ", ")
      let more = billableDescendants.count > 12 ? ", … (\(billableDescendants.count) in all)" : ""
      statusLine = "header, not billable; billable codes below: \(shown)\(more)"
    default: statusLine = level
    }
    out += "\(release) · \(statusLine)\n"
    out += "Path: " + path.dropLast().map { "\($0.code) \($0.title)" }.joined(separator: " › ") + "\n"
    if !seventhCharacters.isEmpty {
      out += "\n7th characters (from \(seventhCharacterCarrier ?? code)):\n"
      for entry in seventhCharacters { out += "  \(entry.character)  \(entry.meaning)\n" }
    }
    let order: [NoteKind] = [
      .includes, .inclusionTerm, .excludes1, .excludes2, .codeFirst, .useAdditionalCode, .codeAlso, .notes,
      .sevenChrNote,
    ]
    for kind in order {
      let group = notes.filter { $0.kind == kind.elementName }
      guard !group.isEmpty else { continue }
      out += "\n\(kind.heading):\n"
      let width = min(60, group.map(\.text.count).max() ?? 0)
      for note in group {
        let padding = String(repeating: " ", count: max(1, width - note.text.count + 2))
        out += "  \(note.text)\(padding)[\(note.level) \(note.carrier)]\n"
      }
    }
    if !children.isEmpty {
      out += "\nChildren:\n"
      for child in children { out += "  \(child.code)  \(child.title)\(child.billable ? "" : "  (header)")\n" }
    }
    out += "\nHistory: \(history.summary)\n"
    return out
  }
}
