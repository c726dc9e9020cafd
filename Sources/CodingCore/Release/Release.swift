import Synchronization

/// One ICD-10-CM release (for example FY2026-April), read from its compiled store.
///
/// Accessors decode only what they touch, so opening a release costs a memory map and no parsing.
public final class Release: @unchecked Sendable {
  /// Identifier and effective dates.
  public let info: ReleaseInfo
  /// The `<version>` of the tabular file.
  public let version: String
  /// Codes of the official code list that the tree lacks (empty for a correct compilation).
  public let missingFromTree: [String]
  /// Codes of the tree that the official code list lacks (empty for a correct compilation).
  public let extraInTree: [String]
  /// The number of nodes (chapters, sections and codes).
  public let nodeCount: Int

  let buffer: StoreBuffer
  let nodes: Int
  let notesBase: Int
  let refsBase: Int
  let indexBase: Int
  let indexCount: Int
  let tokensBase: Int
  let tokenCount: Int
  let postingsBase: Int
  let strings: Int
  let aliasesBase: Int
  let aliasCount: Int
  /// The derived checklist section.
  let derivedChecklist: ChecklistSectionReader
  /// Derived checklist items already built, by node (bounded: see ``derivedChecklist(for:)``).
  let derivedItems = Mutex<[Int32: [ChecklistItem]]>([:])

  /// Opens a compiled store.
  init(buffer: StoreBuffer, source: String) throws {
    guard buffer.count >= StoreLayout.headerSize, buffer.u32(0) == StoreLayout.magic else {
      throw ImportError(file: source, problem: "not a compiled M54 store")
    }
    guard buffer.u32(4) == StoreLayout.formatVersion else {
      throw ImportError(file: source, problem: "compiled store of another format version")
    }
    self.buffer = buffer
    nodeCount = Int(buffer.u32(StoreLayout.nodeCountAt))
    indexCount = Int(buffer.u32(StoreLayout.indexCountAt))
    tokenCount = Int(buffer.u32(StoreLayout.tokenCountAt))
    nodes = Int(buffer.u32(StoreLayout.nodesAt))
    notesBase = Int(buffer.u32(StoreLayout.notesAt))
    refsBase = Int(buffer.u32(StoreLayout.refsAt))
    indexBase = Int(buffer.u32(StoreLayout.indexAt))
    tokensBase = Int(buffer.u32(StoreLayout.tokensAt))
    postingsBase = Int(buffer.u32(StoreLayout.postingsAt))
    strings = Int(buffer.u32(StoreLayout.stringsAt))
    aliasCount = Int(buffer.u32(StoreLayout.aliasCountAt))
    aliasesBase = Int(buffer.u32(StoreLayout.aliasesAt))
    guard
      let checklist = ChecklistSectionReader(
        buffer: buffer, at: Int(buffer.u32(StoreLayout.checklistAt)),
        length: Int(buffer.u32(StoreLayout.checklistLengthAt)), nodeCount: nodeCount)
    else { throw ImportError(file: source, problem: "corrupt derived checklist section in the compiled store") }
    derivedChecklist = checklist
    let infoAt = Int(buffer.u32(StoreLayout.infoAt))
    let infoLength = Int(buffer.u32(StoreLayout.infoLengthAt))
    let sections = [
      (nodes, nodeCount, StoreLayout.nodeSize),
      (notesBase, Int(buffer.u32(StoreLayout.noteCountAt)), StoreLayout.noteSize),
      (refsBase, Int(buffer.u32(StoreLayout.refCountAt)), StoreLayout.refSize),
      (indexBase, indexCount, StoreLayout.indexSize), (tokensBase, tokenCount, StoreLayout.tokenSize),
      (postingsBase, Int(buffer.u32(StoreLayout.postingCountAt)), StoreLayout.postingSize),
      (aliasesBase, aliasCount, StoreLayout.aliasSize), (infoAt, infoLength, 1), (strings, 0, 1),
    ]
    guard nodeCount > 0, sections.allSatisfy({ $0.0 >= StoreLayout.headerSize && $0.0 + $0.1 * $0.2 <= buffer.count })
    else { throw StoreDamage(path: buffer.path ?? "", detail: "its header names sections outside the store") }
    let json = Array(buffer.bytes(from: infoAt, count: infoLength))
    let meta = try StoreMetadata.decode(json, source: source)
    info = meta.info
    version = meta.version
    missingFromTree = meta.missingFromTree
    extraInTree = meta.extraInTree
  }

  @inline(__always) private func node(_ id: NodeID) -> Int { nodes + id.index * StoreLayout.nodeSize }

  /// The code, section id (`M50-M54`) or chapter number (`13`) as written in the tabular.
  public func code(_ id: NodeID) -> String { buffer.string(at: node(id), strings: strings) }

  /// The official title.
  public func title(_ id: NodeID) -> String { buffer.string(at: node(id) + 8, strings: strings) }

  /// The node's level.
  public func kind(_ id: NodeID) -> NodeKind { NodeKind(rawValue: buffer.u8(node(id) + 24)) ?? .code }

  /// Whether the node is a billable code (a code-level leaf, 7th characters included).
  public func isBillable(_ id: NodeID) -> Bool { buffer.u8(node(id) + 25) & CompiledRelease.flagBillable != 0 }

  /// Whether the code exists only through a 7th-character table.
  public func isGenerated(_ id: NodeID) -> Bool { buffer.u8(node(id) + 25) & CompiledRelease.flagGenerated != 0 }

  /// The parent, or nil for a chapter.
  public func parent(_ id: NodeID) -> NodeID? {
    let p = buffer.i32(node(id) + 16)
    if p < 0 { return nil }
    // A parent precedes its children in tabular order.
    guard p < id.rawValue else { buffer.inconsistent("node \(id.rawValue) names parent \(p)") }
    return NodeID(p)
  }

  /// The end (exclusive) of the node's subtree in tabular order.
  public func subtreeEnd(_ id: NodeID) -> NodeID {
    let end = buffer.i32(node(id) + 20)
    // A subtree holds its root and ends within the tree.
    guard end > id.rawValue, Int(end) <= nodeCount else {
      buffer.inconsistent("node \(id.rawValue) names subtree end \(end)")
    }
    return NodeID(end)
  }

  /// Whether `id` lies in the subtree of `ancestor` (or is it).
  public func isInSubtree(_ id: NodeID, of ancestor: NodeID) -> Bool {
    ancestor <= id && id < subtreeEnd(ancestor)
  }

  /// The children in tabular order.
  public func children(_ id: NodeID) -> [NodeID] {
    var result: [NodeID] = []
    let end = subtreeEnd(id)
    var child = NodeID(id.rawValue + 1)
    while child < end {
      result.append(child)
      child = subtreeEnd(child)
    }
    return result
  }

  /// The ancestors, nearest first (subcategory, category, section(s), chapter).
  public func ancestors(_ id: NodeID) -> [NodeID] {
    var result: [NodeID] = []
    var current = parent(id)
    while let p = current {
      result.append(p)
      current = parent(p)
    }
    return result
  }

  /// The chapters in order.
  public var chapters: [NodeID] {
    var result: [NodeID] = []
    var id = NodeID(0)
    while id.index < nodeCount {
      result.append(id)
      id = subtreeEnd(id)
    }
    return result
  }

  /// The billable codes at or below a node, in tabular order.
  public func billableDescendants(_ id: NodeID) -> [NodeID] {
    (id.index..<subtreeEnd(id).index).map { NodeID($0) }.filter { isBillable($0) }
  }

  /// The number of billable codes in the release.
  public var billableCount: Int { (0..<nodeCount).reduce(0) { $0 + (isBillable(NodeID($1)) ? 1 : 0) } }

  /// The node's own notes, in the order of the official file.
  public func notes(_ id: NodeID) -> [Note] {
    let start = Int(buffer.u32(node(id) + 28))
    let count = Int(buffer.u32(node(id) + 32))
    return (start..<(start + count)).map { note(at: $0) }
  }

  /// The notes of one kind on a node, without building the others.
  public func notes(_ id: NodeID, kind: NoteKind) -> [Note] {
    let start = Int(buffer.u32(node(id) + 28))
    let count = Int(buffer.u32(node(id) + 32))
    return (start..<(start + count)).filter { noteKind(at: $0) == kind }.map { note(at: $0) }
  }

  @inline(__always) func noteKind(at index: Int) -> NoteKind {
    NoteKind(rawValue: buffer.u8(notesBase + index * StoreLayout.noteSize)) ?? .notes
  }

  /// The character a `sevenChrDef` note defines, if any.
  func noteCharacter(at index: Int) -> Character? {
    let char = buffer.u8(notesBase + index * StoreLayout.noteSize + 1)
    return char == 0 ? nil : Character(Unicode.Scalar(char))
  }

  func note(at index: Int) -> Note {
    let at = notesBase + index * StoreLayout.noteSize
    let refStart = Int(buffer.u32(at + 12))
    let refCount = Int(buffer.u32(at + 16))
    return Note(
      kind: noteKind(at: index), text: noteText(index: index), character: noteCharacter(at: index),
      references: (refStart..<(refStart + refCount)).map { reference(at: $0) })
  }

  func reference(at index: Int) -> NoteReference {
    let at = refsBase + index * StoreLayout.refSize
    let start = buffer.i32(at + 8)
    let end = buffer.i32(at + 12)
    let qualifierText = buffer.string(at: at + 16, strings: strings)
    return NoteReference(
      text: buffer.string(at: at, strings: strings),
      nodes: start < 0 ? nil : NodeID(start)..<NodeID(max(start, end)),
      qualifier: qualifierText.isEmpty ? nil : ReferenceQualifier(qualifierText))
  }

  /// Calls `body` with the raw range and qualifier flag of every reference in the node's notes of
  /// one kind: the allocation-free path the rules engine uses on every keystroke.
  @inline(__always)
  public func forEachReferenceRange(
    of id: NodeID, kind: NoteKind, _ body: (_ note: Int, _ start: Int32, _ end: Int32, _ qualified: Bool) -> Void
  ) {
    let start = Int(buffer.u32(node(id) + 28))
    let count = Int(buffer.u32(node(id) + 32))
    for n in start..<(start + count) where noteKind(at: n) == kind {
      let at = notesBase + n * StoreLayout.noteSize
      let refStart = Int(buffer.u32(at + 12))
      let refCount = Int(buffer.u32(at + 16))
      for r in refStart..<(refStart + refCount) {
        let ref = refsBase + r * StoreLayout.refSize
        body(n, buffer.i32(ref + 8), buffer.i32(ref + 12), buffer.u32(ref + 20) > 0)
      }
    }
  }

  /// A note by its global index (as passed to ``forEachReferenceRange(of:kind:_:)``).
  public func note(index: Int) -> Note { note(at: index) }

  /// Every note that applies to a node: its own, then each ancestor's, nearest first, each labelled
  /// with the level and code of the node that carries it.
  public func applicableNotes(_ id: NodeID) -> [AppliedNote] {
    var result: [AppliedNote] = []
    for carrier in [id] + ancestors(id) {
      let level = kind(carrier)
      let carrierCode = code(carrier)
      for note in notes(carrier) {
        result.append(AppliedNote(note: note, carrier: carrier, level: level, carrierCode: carrierCode))
      }
    }
    return result
  }

  /// The 7th-character table that applies to a node (its own or the nearest ancestor's).
  public func sevenCharacterTable(_ id: NodeID) -> SevenCharacterTable? {
    guard let carrier = sevenCharacterCarrier(id) else { return nil }
    // Note kinds are read in place; only the carrier's definitions are made into values.
    var entries: [SevenCharacterTable.Entry] = []
    for n in noteRange(of: carrier) where noteKind(at: n) == .sevenChrDef {
      guard let character = noteCharacter(at: n) else { continue }
      entries.append(.init(character: character, meaning: noteText(index: n)))
    }
    return SevenCharacterTable(carrier: carrier, entries: entries)
  }

  /// The node whose 7th-character table applies to a node (itself or its nearest ancestor with one).
  func sevenCharacterCarrier(_ id: NodeID) -> NodeID? {
    var current: NodeID? = id
    while let carrier = current {
      if noteRange(of: carrier).contains(where: { noteKind(at: $0) == .sevenChrDef }) { return carrier }
      current = parent(carrier)
    }
    return nil
  }

  /// Whether a header requires a 7th character to become billable (all its billable descendants are generated).
  public func requiresSeventhCharacter(_ id: NodeID) -> Bool {
    guard !isBillable(id) else { return false }
    let end = subtreeEnd(id)
    var child = NodeID(id.rawValue + 1)
    guard child < end else { return false }
    while child < end {
      if !isGenerated(child) { return false }
      child = subtreeEnd(child)
    }
    return true
  }
}
