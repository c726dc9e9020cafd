/// The manager's report of a review, in Markdown or HTML: summary table, charts, every query and correction.
public enum ReviewReport {
  /// The summary lines: label and value.
  static func summary(_ m: ReviewMetrics, meta: [String: String]) -> [(String, String)] {
    [
      ("Batch", meta["batch_path"] ?? ""), ("Batch SHA-256", meta["batch_sha256"] ?? ""),
      ("Reviewers", m.reviewers.joined(separator: ", ")),
      ("Encounters", String(m.encounters)), ("Unreadable lines", String(m.unreadable)),
      ("With errors", String(m.withErrors)), ("Decided", "\(m.decided) of \(m.encounters)"),
      ("Accepted", String(m.overall.accepted)), ("Queried", String(m.overall.queried)),
      ("Corrected", String(m.overall.corrected)), ("Codes submitted (accepted + corrected)", String(m.overall.codes)),
      ("Errors", String(m.overall.errors)), ("Error rate", ChartSeries.percent(m.overall.errorRate)),
      ("Code accuracy", ChartSeries.percent(m.overall.accuracy)),
      ("Encounter accuracy", ChartSeries.percent(m.overall.encounterAccuracy)),
    ]
  }

  /// The Markdown report; `rows` are the decisions worth reading, every query and correction in
  /// batch order (``ExportRow/notable(batch:decisions:)``).
  public static func markdown(_ m: ReviewMetrics, meta: [String: String], rows: [ExportRow]) -> [UInt8] {
    var out = "# Coding audit report\n\n| Figure | Value |\n|---|---|\n"
    for (label, value) in summary(m, meta: meta) {
      out += "| \(TextSafety.markdown(label)) | \(TextSafety.markdown(value)) |\n"
    }
    for chart in ChartSeries.charts(m) {
      let body = chart.text(plain: false).split(separator: "\n").map { TextSafety.printable(String($0)) }
      out += "\n## \(TextSafety.markdown(chart.title))\n\n```\n\(body.joined(separator: "\n"))\n```\n"
    }
    out +=
      "\n## Queries and corrections\n\n| Encounter | Decision | Submitted | Corrected | Changes | Reviewer | Note |\n"
    out += "|---|---|---|---|---|---|---|\n"
    for row in rows {
      guard let entry = row.entry, let d = row.decision else { continue }
      let cells = [
        entry.id, d.kind.pastTense, entry.codes.joined(separator: " "), d.corrected?.joined(separator: " ") ?? "",
        ExportRow.marks(d), d.reviewer, d.note ?? "",
      ]
      out += "| " + cells.map(TextSafety.markdown).joined(separator: " | ") + " |\n"
    }
    return Array(out.utf8)
  }

  /// The HTML report: one self-contained page, inline SVG charts, no scripts, no network; `rows` as
  /// for ``markdown(_:meta:rows:)``.
  public static func html(_ m: ReviewMetrics, meta: [String: String], rows: [ExportRow]) -> [UInt8] {
    var out = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>Coding audit report</title>
      <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:2px 6px;text-align:left}</style>
      </head><body>
      <h1>Coding audit report</h1>
      <table>\n
      """
    for (label, value) in summary(m, meta: meta) {
      out += "<tr><th>\(TextSafety.html(label))</th><td>\(TextSafety.html(value))</td></tr>\n"
    }
    out += "</table>\n"
    for chart in ChartSeries.charts(m) {
      out += "<h2>\(TextSafety.html(chart.title))</h2>\n\(chart.svg())\n"
    }
    out += "<h2>Queries and corrections</h2>\n<table>\n"
    out += "<tr><th>Encounter</th><th>Decision</th><th>Submitted</th><th>Corrected</th><th>Changes</th>"
    out += "<th>Reviewer</th><th>Note</th></tr>\n"
    for row in rows {
      guard let entry = row.entry, let d = row.decision else { continue }
      let cells = [
        entry.id, d.kind.pastTense, entry.codes.joined(separator: " "), d.corrected?.joined(separator: " ") ?? "",
        ExportRow.marks(d), d.reviewer, d.note ?? "",
      ]
      out += "<tr>" + cells.map { "<td>\(TextSafety.html($0))</td>" }.joined() + "</tr>\n"
    }
    out += "</table>\n</body></html>\n"
    return Array(out.utf8)
  }
}
