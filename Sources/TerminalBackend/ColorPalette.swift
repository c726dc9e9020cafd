@preconcurrency import CNcursesw
import WorkbenchUI

/// The curses attributes and colour pair of every style role, for one theme
/// degraded to what the terminal offers. Pairs are allocated once per distinct
/// (foreground, background).
@MainActor
struct ColorPalette {
  /// The curses rendition of one role.
  struct Rendition {
    var attributes: attr_t
    var pair: Int16
  }

  private(set) var renditions: [StyleRole: Rendition] = [:]

  /// Builds the palette, calling `init_pair` for each needed colour pair.
  init(theme: Theme, depth: ColorDepth) {
    let shown = theme.degraded(to: depth)
    var pairs: [String: Int16] = [:]
    let maxPairs = Int(m54_color_pairs())
    for role in StyleRole.allCases {
      let style = shown[role]
      var attrs = m54_a_normal()
      if style.attributes.contains(.bold) { attrs |= m54_a_bold() }
      if style.attributes.contains(.dim) { attrs |= m54_a_dim() }
      if style.attributes.contains(.underline) { attrs |= m54_a_underline() }
      if style.attributes.contains(.reverse) { attrs |= m54_a_reverse() }
      if style.attributes.contains(.italic) { attrs |= m54_a_italic() }
      if style.attributes.contains(.standout) { attrs |= m54_a_standout() }
      var pair: Int16 = 0
      if depth != .none {
        let fg = Self.curses(style.foreground)
        let bg = Self.curses(style.background)
        if fg != -1 || bg != -1 {
          let id = "\(fg),\(bg)"
          if let existing = pairs[id] {
            pair = existing
          } else if pairs.count + 1 < maxPairs {
            pair = Int16(pairs.count + 1)
            init_pair(pair, fg, bg)
            pairs[id] = pair
          }
        }
      }
      renditions[role] = Rendition(attributes: attrs, pair: pair)
    }
  }

  private static func curses(_ color: ThemeColor) -> Int16 {
    switch color {
    case .terminalDefault: -1
    case .indexed(let i): Int16(i)
    }
  }

  /// The rendition of a role.
  subscript(role: StyleRole) -> Rendition {
    renditions[role] ?? Rendition(attributes: m54_a_normal(), pair: 0)
  }
}
