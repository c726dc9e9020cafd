/// A complete mapping from every ``StyleRole`` to a ``TextStyle``.
///
/// Themes are data: they come from files in `Themes/` (see its README) that
/// override the built-in default theme role by role.
public struct Theme: Equatable, Sendable {
  /// The theme's name (file name without extension, or "default").
  public var name: String
  private var styles: [TextStyle]

  /// A theme whose every role has the given style.
  public init(name: String, uniform: TextStyle = TextStyle()) {
    self.name = name
    styles = Array(repeating: uniform, count: StyleRole.allCases.count)
  }

  private static let roleIndex: [StyleRole: Int] = Dictionary(
    uniqueKeysWithValues: StyleRole.allCases.enumerated().map { ($1, $0) })

  /// The style of a role.
  public subscript(role: StyleRole) -> TextStyle {
    get { styles[Self.roleIndex[role] ?? 0] }
    set { styles[Self.roleIndex[role] ?? 0] = newValue }
  }

  /// The built-in dark theme, also shipped as `Themes/default.theme`.
  public static let builtInDefault: Theme = {
    var t = Theme(name: "default")
    let c = ThemeColor.indexed
    t[.muted] = TextStyle(c(245))
    t[.titleBar] = TextStyle(c(231), on: c(24), .bold)
    t[.statusBar] = TextStyle(c(252), on: c(236))
    t[.statusKey] = TextStyle(c(221), on: c(236), .bold)
    t[.statusMessage] = TextStyle(c(117), on: c(236), .bold)
    t[.statusError] = TextStyle(c(231), on: c(160), .bold)
    t[.border] = TextStyle(c(240))
    t[.borderFocused] = TextStyle(c(44), on: .terminalDefault, .bold)
    t[.paneTitle] = TextStyle(c(250))
    t[.paneTitleFocused] = TextStyle(c(231), on: c(30), .bold)
    t[.selected] = TextStyle(c(16), on: c(44))
    t[.selectedInactive] = TextStyle(c(252), on: c(238))
    t[.heading] = TextStyle(c(75), on: .terminalDefault, .bold)
    t[.code] = TextStyle(c(223))
    t[.billable] = TextStyle(c(120), on: .terminalDefault, .bold)
    t[.header] = TextStyle(c(180))
    t[.inEncounter] = TextStyle(c(213), on: .terminalDefault, .bold)
    t[.reference] = TextStyle(c(81), on: .terminalDefault, .underline)
    t[.noteIncludes] = TextStyle(c(114))
    t[.noteExcludes1] = TextStyle(c(203), on: .terminalDefault, .bold)
    t[.noteExcludes2] = TextStyle(c(215))
    t[.noteCodeFirst] = TextStyle(c(177))
    t[.noteUseAdditional] = TextStyle(c(141))
    t[.noteCodeAlso] = TextStyle(c(147))
    t[.noteOther] = TextStyle(c(250))
    t[.level] = TextStyle(c(244), on: .terminalDefault, .italic)
    t[.findingError] = TextStyle(c(203), on: .terminalDefault, .bold)
    t[.findingWarning] = TextStyle(c(221), on: .terminalDefault, .bold)
    t[.findingInfo] = TextStyle(c(117))
    t[.findingOk] = TextStyle(c(114))
    t[.checkYes] = TextStyle(c(114), on: .terminalDefault, .bold)
    t[.checkNo] = TextStyle(c(203), on: .terminalDefault, .bold)
    t[.checkUnknown] = TextStyle(c(245))
    t[.prompt] = TextStyle(c(221), on: c(236), .bold)
    t[.promptInput] = TextStyle(c(231), on: c(236))
    t[.searchMatch] = TextStyle(c(221), on: .terminalDefault, .bold)
    t[.helpBorder] = TextStyle(c(221), on: c(235), .bold)
    t[.helpKey] = TextStyle(c(221), on: c(235), .bold)
    t[.helpText] = TextStyle(c(252), on: c(235))
    return t
  }()

  /// This theme as the terminal can show it.
  ///
  /// Without colour, roles that relied on a background (selection, bars)
  /// get `reverse` so that no state depends on colour alone.
  public func degraded(to depth: ColorDepth) -> Theme {
    var t = self
    for role in StyleRole.allCases {
      var s = self[role]
      let hadBackground = s.background != .terminalDefault
      // A mid grey becomes white: keep it muted with dim.
      if depth == .basic8, let level = s.foreground.greyLevel, (64..<176).contains(level) { s.attributes.insert(.dim) }
      s.foreground = s.foreground.degraded(to: depth) ?? .terminalDefault
      s.background = s.background.degraded(to: depth) ?? .terminalDefault
      if depth == .none, hadBackground { s.attributes.insert(.reverse) }
      t[role] = s
    }
    return t
  }
}
