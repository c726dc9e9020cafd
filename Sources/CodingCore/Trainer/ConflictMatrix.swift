/// An n×n grid of the Excludes relations of a set of codes, built from the rules engine's verdicts.
public struct ConflictMatrix: Sendable {
  /// The codes, normalised, in the order given.
  public var codes: [String]
  /// `cells[i][j]` relates `codes[i]` and `codes[j]` (symmetric; `=` on the diagonal).
  public var cells: [[MatrixCell]]
  /// The release the verdicts come from.
  public var release: String
  /// The date of service.
  public var date: ServiceDate
  /// Why the release is only the nearest one; nil when it covers the date.
  public var releaseNote: String?

  /// Creates a matrix.
  public init(codes: [String], cells: [[MatrixCell]], release: String, date: ServiceDate, releaseNote: String? = nil) {
    self.releaseNote = releaseNote
    self.codes = codes
    self.cells = cells
    self.release = release
    self.date = date
  }

  /// The cell for a decision.
  static func cell(_ decision: PairVerdict.Decision) -> MatrixCell {
    switch decision {
    case .excludes1: .excludes1
    case .curatedExcludes1: .curatedExcludes1
    case .excludes2: .excludes2
    case .none: .none
    }
  }

  /// The grid as text: a header row of codes, one row per code, then the legend.
  public var textLines: [String] {
    let width = max(4, codes.map(\.count).max() ?? 4) + 2
    func pad(_ s: String) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
    func trimmed(_ s: String) -> String { String(s.reversed().drop { $0 == " " }.reversed()) }
    var lines = ["\(release) · date of service \(date)"]
    if let releaseNote { lines.append(releaseNote) }
    lines.append(trimmed(pad("") + codes.map(pad).joined()))
    for (i, code) in codes.enumerated() {
      let row = pad(code) + cells[i].map { pad($0.symbol.isEmpty ? "·" : $0.symbol) }.joined()
      lines.append(trimmed(row))
    }
    lines.append("")
    lines.append("Legend:")
    lines += MatrixCell.legend.map { "  " + $0 }
    lines.append("  ·    shown for an empty cell")
    return lines
  }

  /// CSV: an empty cell and the codes, then each code and its cells.
  public var csvLines: [String] {
    [([""] + codes).joined(separator: ",")]
      + codes.enumerated().map { i, code in ([code] + cells[i].map(\.symbol)).joined(separator: ",") }
  }

  /// JSON: `{"release":...,"date":...,"codes":[...],"cells":[[...]],"legend":{...}}`.
  public var jsonString: String {
    var w = JSONWriter(capacity: 1024)
    w.raw("{\"release\":")
    w.string(release)
    w.raw(",\"date\":")
    w.string(date.description)
    if let releaseNote {
      w.raw(",\"release_note\":")
      w.string(releaseNote)
    }
    w.raw(",\"codes\":")
    w.strings(codes)
    w.raw(",\"cells\":[")
    for (i, row) in cells.enumerated() {
      if i > 0 { w.byte(UInt8(ascii: ",")) }
      w.strings(row.map(\.symbol))
    }
    w.raw("],\"legend\":")
    w.strings(MatrixCell.legend)
    w.byte(UInt8(ascii: "}"))
    return String(decoding: w.bytes, as: UTF8.self)
  }
}

extension RulesEngine {
  /// The conflict matrix of codes (as typed) on a date of service; nil when one is not a code of the
  /// release in force (``unknownCodes(_:date:)`` names them).
  public func matrix(_ codes: [String], date: ServiceDate) -> ConflictMatrix? {
    let selection = codeSet.select(for: date)
    let release = selection.release
    var ids: [String] = []
    for c in codes {
      guard let id = release.lookup(c) else { return nil }
      ids.append(release.code(id))
    }
    var cells = Array(repeating: Array(repeating: MatrixCell.none, count: ids.count), count: ids.count)
    for i in ids.indices {
      cells[i][i] = .same
      for j in ids.indices where j > i {
        let cell =
          ids[i] == ids[j] ? .same : ConflictMatrix.cell(verdict(ids[i], ids[j], in: release)?.decision ?? .none)
        cells[i][j] = cell
        cells[j][i] = cell
      }
    }
    return ConflictMatrix(codes: ids, cells: cells, release: release.info.id, date: date, releaseNote: selection.note)
  }

  /// The codes (as typed) that are not codes of the release in force on a date.
  public func unknownCodes(_ codes: [String], date: ServiceDate) -> [String] {
    let release = codeSet.select(for: date).release
    return codes.filter { release.lookup($0) == nil }
  }
}
