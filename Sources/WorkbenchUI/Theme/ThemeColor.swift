/// A colour in a theme: the terminal's default or an index of the 256-colour palette.
public enum ThemeColor: Equatable, Hashable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// A palette index: 0–7 basic, 8–15 bright, 16–231 colour cube, 232–255 greys.
  case indexed(UInt8)

  /// The names of the sixteen basic colours, in palette order.
  public static let basicNames = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Parses `default`, a colour name (`red`, `bright-red`, `grey`), `0`–`255` or `#rrggbb`.
  public init?(name raw: String) {
    let name = raw.lowercased()
    if name == "default" || name == "none" {
      self = .terminalDefault
    } else if let i = Self.basicNames.firstIndex(of: name) {
      self = .indexed(UInt8(i))
    } else if name.hasPrefix("bright-"), let i = Self.basicNames.firstIndex(of: String(name.dropFirst(7))) {
      self = .indexed(UInt8(i + 8))
    } else if name == "grey" || name == "gray" {
      self = .indexed(8)
    } else if let n = Int(name), (0...255).contains(n) {
      self = .indexed(UInt8(n))
    } else if name.hasPrefix("#"), name.count == 7, let rgb = Int(name.dropFirst(), radix: 16) {
      self = .indexed(Self.nearest256(r: (rgb >> 16) & 0xFF, g: (rgb >> 8) & 0xFF, b: rgb & 0xFF))
    } else {
      return nil
    }
  }

  /// The colour as the terminal can show it at a given depth (nil: no colour).
  public func degraded(to depth: ColorDepth) -> ThemeColor? {
    switch (self, depth) {
    case (_, .none): return nil
    case (.terminalDefault, _): return .terminalDefault
    case (.indexed, .palette256): return self
    case (.indexed(let i), .basic8): return .indexed(Self.basic(of: i))
    }
  }

  /// The nearest colour of the xterm 256 palette (cube or grey ramp).
  static func nearest256(r: Int, g: Int, b: Int) -> UInt8 {
    func level(_ c: Int) -> Int { c < 48 ? 0 : c < 115 ? 1 : (c - 35) / 40 }
    let steps = [0, 95, 135, 175, 215, 255]
    let (lr, lg, lb) = (level(r), level(g), level(b))
    let cube = 16 + 36 * lr + 6 * lg + lb
    let cubeDist = sq(steps[lr] - r) + sq(steps[lg] - g) + sq(steps[lb] - b)
    let avg = (r + g + b) / 3
    let greyIndex = avg > 238 ? 23 : max(0, (avg - 3) / 10)
    let grey = 8 + 10 * greyIndex
    let greyDist = sq(grey - r) + sq(grey - g) + sq(grey - b)
    return UInt8(greyDist < cubeDist ? 232 + greyIndex : cube)
  }

  /// The grey level (0–255) of a palette index when it is a grey, else nil.
  var greyLevel: Int? {
    guard case .indexed(let index) = self else { return nil }
    let i = Int(index)
    if i >= 232 { return 8 + 10 * (i - 232) }
    if i == 8 { return 128 }
    guard i >= 16, i < 232 else { return nil }
    let c = i - 16
    let steps = [0, 95, 135, 175, 215, 255]
    let (r, g, b) = (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
    return r == g && g == b ? r : nil
  }

  /// Maps a 256-palette index to one of the eight basic colours.
  ///
  /// Greys become white (from level 64) or black, so that dim text and
  /// borders stay visible on a dark terminal.
  static func basic(of index: UInt8) -> UInt8 {
    let i = Int(index)
    if let level = ThemeColor.indexed(index).greyLevel { return level >= 64 ? 7 : 0 }
    if i < 8 { return index }
    if i < 16 { return UInt8(i - 8) }
    let c = i - 16
    let steps = [0, 95, 135, 175, 215, 255]
    let rgb = (steps[c / 36], steps[(c / 6) % 6], steps[c % 6])
    let basics = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    ]
    var best = 0
    var bestDist = Int.max
    for (n, b) in basics.enumerated() {
      let d = sq(b.0 - rgb.0) + sq(b.1 - rgb.1) + sq(b.2 - rgb.2)
      if d < bestDist {
        best = n
        bestDist = d
      }
    }
    return UInt8(best)
  }
}

private func sq(_ v: Int) -> Int { v * v }
