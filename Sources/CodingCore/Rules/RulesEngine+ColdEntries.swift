/// What the first check of a code pays, for `m54 bench` (package API, not part of the library's).
extension RulesEngine {
  /// Resolves the rule entry of each code key (normalized, as `CodeNormalizer.key` gives) in `release`'s
  /// tables: the chain of notes gathered on the first check of a code.
  ///
  /// - Returns: a value computed from the entries, so that the work cannot be optimised away.
  package func resolveEntries(keys: [String], in release: Release) -> Int {
    var sink = 0
    tables[position(of: release)].with { t in
      for key in keys { sink &+= Int(t.codeIndex.entries[Int(t.entry(key: key))].head) }
    }
    return sink
  }
}
