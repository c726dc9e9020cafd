/// What happened to a code across the loaded releases.
public struct CodeHistory: Sendable, Codable, Hashable {
  /// The code's state in one release.
  public struct Entry: Sendable, Codable, Hashable {
    public var release: String
    public var present: Bool
    public var billable: Bool
    public var title: String?
    /// `billable`, `header`, `absent`, or the node's level for sections and chapters.
    public var status: String
  }

  /// A change between two consecutive loaded releases.
  public struct Change: Sendable, Codable, Hashable {
    /// `added`, `deleted`, `became-header`, `became-billable`, `retitled`.
    public var kind: String
    public var from: String
    public var to: String
    public var detail: String?
    /// The billable codes that replace it, for `deleted` and `became-header`.
    public var replacedBy: [String]
  }

  public var code: String
  public var entries: [Entry]
  public var changes: [Change]

  /// A one-line summary (`FY2021 billable · FY2025-April header · ...; became a header in ...`).
  public var summary: String {
    let states = entries.map { "\($0.release) \($0.status)" }.joined(separator: " · ")
    let events = changes.map { change -> String in
      var text: String
      switch change.kind {
      case "added": text = "added after \(change.from) (in \(change.to))"
      case "deleted": text = "deleted after \(change.from) (absent in \(change.to))"
      case "became-header": text = "became a header in \(change.to)"
      case "became-billable": text = "became billable in \(change.to)"
      default: text = "retitled in \(change.to)"
      }
      if !change.replacedBy.isEmpty { text += ", replaced by \(change.replacedBy.joined(separator: ", "))" }
      return text
    }
    return events.isEmpty ? states : "\(states); \(events.joined(separator: "; "))"
  }
}

extension CodeSet {
  /// The history of a code (as typed) across every loaded release.
  public func history(of text: String) -> CodeHistory {
    let located = releases.map { ($0, $0.lookup(text)) }
    let display = located.compactMap { r, id in id.map { r.code($0) } }.last ?? Release.lookupKey(text)
    let entries = located.map { release, id -> CodeHistory.Entry in
      guard let id else {
        return .init(release: release.info.id, present: false, billable: false, title: nil, status: "absent")
      }
      let kind = release.kind(id)
      let status = kind.isCodeLevel ? (release.isBillable(id) ? "billable" : "header") : kind.levelName
      return .init(
        release: release.info.id, present: true, billable: release.isBillable(id), title: release.title(id),
        status: status)
    }
    var changes: [CodeHistory.Change] = []
    for i in entries.indices.dropFirst() {
      let (a, b) = (entries[i - 1], entries[i])
      let (newRelease, newID) = located[i]
      let oldRelease = located[i - 1].0
      func replacements() -> [String] {
        if let newID { return newRelease.billableDescendants(newID).map { newRelease.code($0) } }
        // Deleted: the codes new in this release under the nearest surviving ancestor.
        var key = Release.lookupKey(text)
        while key.count > 3 {
          key.removeLast()
          if let ancestor = newRelease.lookup(key) {
            return newRelease.billableDescendants(ancestor)
              .filter { oldRelease.lookup(newRelease.code($0)) == nil }.map { newRelease.code($0) }
          }
        }
        return []
      }
      if !a.present && b.present {
        changes.append(.init(kind: "added", from: a.release, to: b.release, detail: nil, replacedBy: []))
      } else if a.present && !b.present {
        changes.append(.init(kind: "deleted", from: a.release, to: b.release, detail: nil, replacedBy: replacements()))
      } else if a.present && b.present {
        if a.billable && b.status == "header" {
          changes.append(
            .init(kind: "became-header", from: a.release, to: b.release, detail: nil, replacedBy: replacements()))
        } else if a.status == "header" && b.billable {
          changes.append(.init(kind: "became-billable", from: a.release, to: b.release, detail: nil, replacedBy: []))
        }
        if let old = a.title, let new = b.title, old != new {
          changes.append(
            .init(kind: "retitled", from: a.release, to: b.release, detail: "\"\(old)\" → \"\(new)\"", replacedBy: []))
        }
      }
    }
    return CodeHistory(code: display, entries: entries, changes: changes)
  }
}
