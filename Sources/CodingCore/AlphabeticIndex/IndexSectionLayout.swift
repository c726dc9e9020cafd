/// The byte layout of the Alphabetic Index section of a compiled store (little endian; offsets are
/// relative to the section's start, so the section is self-contained).
///
/// Header (48 bytes): magic `M54X`, layout version, total section length, entry, token and posting
/// counts, then the offsets of entries, tokens, postings, the record blob, the info JSON and its length.
/// - entry (8 bytes): `blobOffset << 8 | level`, parent entry (-1 for a main term);
/// - record in the blob: own word count (u8), flags (u8: 1 see target, 2 see-also target), then term,
///   modifier, see, see also and code, each as a u16 length and UTF-8 bytes, then the see and see-also
///   target entries (i32) when flagged;
/// - token (12 bytes): blob offset of the word (u16 length and bytes), first posting, posting count;
/// - posting (4 bytes): entry, with the top bit set when the word is in a nonessential modifier.
enum IndexSectionLayout {
  static let magic: UInt32 = 0x5834_354D  // "M54X"
  static let version: UInt32 = 1
  static let headerSize = 48
  static let entrySize = 8
  static let tokenSize = 12
  static let postingSize = 4
  static let modifierBit: UInt32 = 0x8000_0000

  static let lengthAt = 8
  static let entryCountAt = 12
  static let tokenCountAt = 16
  static let postingCountAt = 20
  static let entriesAt = 24
  static let tokensAt = 28
  static let postingsAt = 32
  static let blobAt = 36
  static let infoAt = 40
  static let infoLengthAt = 44

  static let flagSeeTarget: UInt8 = 1
  static let flagSeeAlsoTarget: UInt8 = 2
}
