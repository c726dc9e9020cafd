/// The bars a report draws: one chart's title and its labelled values (fractions or counts).
public struct ChartSeries: Sendable, Equatable {
  /// The chart's title.
  public var title: String
  /// Each bar's label, value and the text shown after the bar.
  public var bars: [(label: String, value: Double, text: String)]

  public static func == (a: ChartSeries, b: ChartSeries) -> Bool {
    a.title == b.title && a.bars.map(\.label) == b.bars.map(\.label) && a.bars.map(\.value) == b.bars.map(\.value)
  }

  /// A percentage with one decimal (`97.5%`).
  public static func percent(_ fraction: Double) -> String {
    let tenths = Int((fraction * 1000).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)%"
  }

  /// The charts of a review: decisions, accuracy (overall and by coder), errors by reason, dismissal rate by kind.
  public static func charts(_ m: ReviewMetrics) -> [ChartSeries] {
    let total = Double(max(m.encounters, 1))
    var charts = [
      ChartSeries(
        title: "Decisions",
        bars: [
          ("accepted", Double(m.overall.accepted) / total, String(m.overall.accepted)),
          ("queried", Double(m.overall.queried) / total, String(m.overall.queried)),
          ("corrected", Double(m.overall.corrected) / total, String(m.overall.corrected)),
          ("undecided", Double(max(0, m.encounters - m.decided)) / total, String(max(0, m.encounters - m.decided))),
        ]),
      ChartSeries(
        title: "Accuracy",
        bars: [
          ("code accuracy", max(0, m.overall.accuracy), percent(m.overall.accuracy)),
          ("encounter accuracy", m.overall.encounterAccuracy, percent(m.overall.encounterAccuracy)),
        ]),
    ]
    let maxErrors = Double(max(1, m.byReason.map(\.errors).max() ?? 1))
    charts.append(
      ChartSeries(
        title: "Errors by reason",
        bars: m.byReason.map {
          ($0.reason.label, Double($0.errors) / maxErrors, "\($0.errors) (\($0.changes) changes)")
        }))
    if !m.byCoder.isEmpty {
      charts.append(
        ChartSeries(
          title: "Code accuracy by coder",
          bars: m.byCoder.map {
            ($0.coder, max(0, $0.accuracy.accuracy), "\(percent($0.accuracy.accuracy)) of \($0.accuracy.codes) codes")
          }))
    }
    let disposed = m.byKind.filter { $0.agreed + $0.dismissed > 0 }
    if !disposed.isEmpty {
      charts.append(
        ChartSeries(
          title: "Dismissal rate by finding kind",
          bars: disposed.map {
            ($0.kind, $0.dismissalRate, "\(percent($0.dismissalRate)) of \($0.agreed + $0.dismissed)")
          }))
    }
    return charts
  }

  /// The chart as text: block-character bars on a terminal, or label and figure only when `plain`.
  public func text(plain: Bool, width: Int = 30) -> String {
    let labelWidth = bars.map { $0.label.count }.max() ?? 0
    var lines = [title]
    for bar in bars {
      let label = bar.label + String(repeating: " ", count: labelWidth - bar.label.count)
      if plain {
        lines.append("  \(label)  \(bar.text)")
      } else {
        lines.append("  \(label)  \(Self.blocks(bar.value, width: width))  \(bar.text)")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// A bar of `width` cells filled to `fraction` with eighth blocks.
  static func blocks(_ fraction: Double, width: Int) -> String {
    let eighths = Int((min(1, max(0, fraction)) * Double(width * 8)).rounded())
    let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    var bar = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    let used = eighths / 8 + (eighths % 8 > 0 ? 1 : 0)
    bar += String(repeating: " ", count: max(0, width - used))
    return bar
  }

  /// The chart as an inline SVG (no scripts, no links).
  public func svg(width: Int = 560) -> String {
    let rowHeight = 22
    let labelWidth = 190
    let barWidth = width - labelWidth - 150
    let height = rowHeight * bars.count + 8
    var out =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(TextSafety.html(title))\">\n"
    for (i, bar) in bars.enumerated() {
      let y = 4 + i * rowHeight
      let w = Int((min(1, max(0, bar.value)) * Double(barWidth)).rounded())
      out += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"13\">\(TextSafety.html(bar.label))</text>"
      out += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"14\" fill=\"#eee\"/>"
      out += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"14\" fill=\"#3b6ea5\"/>"
      out +=
        "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 15)\" font-size=\"13\">\(TextSafety.html(bar.text))</text>\n"
    }
    return out + "</svg>"
  }
}
