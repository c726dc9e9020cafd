/// The byte layout of a compiled release store (little endian, fixed-size records).
///
/// Header (80 bytes, u32 fields): magic `M54S`, format version, six record counts (nodes, notes,
/// references, code index, tokens, postings), eight section offsets (nodes, notes, references, code
/// index, tokens, postings, strings, info), the info length, the alias count and the alias offset; only
/// the fields a reader needs are named below (the writer writes them in this order). Strings are
/// `(offset, length)` pairs into the string section. The store ends with an integrity trailer (see
/// ``StoreSeal``). Records: node 36 bytes, note 20, reference 24, code index 12, token 16, posting 8, alias 8.
enum StoreLayout {
  static let magic: UInt32 = 0x5335_344D  // "M54S"
  /// Bump whenever the layout or the compiler's output changes; caches of other versions are rebuilt.
  static let formatVersion: UInt32 = 8
  static let headerSize = 80
  static let nodeSize = 36
  static let noteSize = 20
  static let refSize = 24
  static let indexSize = 12
  static let tokenSize = 16
  static let postingSize = 8

  // Header field offsets.
  static let nodeCountAt = 8
  static let noteCountAt = 12
  static let refCountAt = 16
  static let indexCountAt = 20
  static let tokenCountAt = 24
  static let postingCountAt = 28
  static let nodesAt = 32
  static let notesAt = 36
  static let refsAt = 40
  static let indexAt = 44
  static let tokensAt = 48
  static let postingsAt = 52
  static let stringsAt = 56
  static let infoAt = 60
  static let infoLengthAt = 64
  static let aliasCountAt = 68
  static let aliasesAt = 72
  static let aliasSize = 8
}
