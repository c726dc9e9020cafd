/// Small accessors the rules engine needs beyond the public release API.
extension Release {
  /// The global indices of a node's own notes, in the order of the official file.
  func noteRange(of id: NodeID) -> Range<Int> {
    let at = nodes + id.index * StoreLayout.nodeSize
    let start = Int(buffer.u32(at + 28))
    return start..<(start + Int(buffer.u32(at + 32)))
  }
}
