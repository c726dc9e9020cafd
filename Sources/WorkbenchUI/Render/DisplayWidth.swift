/// Locale-independent display width of text in terminal columns.
///
/// Wide (East Asian Wide and Fullwidth) characters and most emoji take two
/// columns, combining marks and format characters take none, and everything
/// else takes one. The table is our own so that rendering and tests never
/// depend on the C library's locale.
public enum DisplayWidth {
  /// The number of columns one scalar occupies: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
    if isZeroWidth(v, scalar) { return 0 }
    return isWide(v) ? 2 : 1
  }

  /// The number of columns a string occupies.
  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += of(scalar) }
    return total
  }

  /// Truncates `text` to at most `columns` columns, ending with "…" when cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    if of(text) <= columns { return text }
    var out = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let w = of(scalar)
      if used + w > columns - 1 { break }
      out.append(scalar)
      used += w
    }
    return String(out) + "…"
  }

  /// Pads `text` with spaces (or truncates it) to exactly `columns` columns.
  public static func pad(_ text: String, to columns: Int) -> String {
    let t = truncate(text, to: columns)
    let w = of(t)
    return w >= columns ? t : t + String(repeating: " ", count: columns - w)
  }

  private static func isZeroWidth(_ v: UInt32, _ scalar: Unicode.Scalar) -> Bool {
    if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return true }
    if (0xFE00...0xFE0F).contains(v) || (0x1160...0x11FF).contains(v) { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return true
    default: return false
    }
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
    0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
    0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
    0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
    0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
    0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ v: UInt32) -> Bool {
    if v < 0x1100 { return false }
    var lo = 0
    var hi = wideRanges.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let r = wideRanges[mid]
      if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
    }
    return false
  }
}
