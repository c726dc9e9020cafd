import ArgumentParser
import Foundation
import ReviewStore

/// `m54 review status WORKSPACE`: counts, accuracy figures and dismissal rates, as a bar chart.
struct ReviewStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show a review's progress, accuracy and dismissal rates.")

  @Argument(help: "The workspace file.")
  var workspace: String

  @Flag(help: "Plain text without bar characters (the default when standard output is not a terminal).")
  var plain = false

  func run() throws {
    let ws = try ReviewSupport.openWorkspace(workspace)
    defer { ws.close() }
    let metrics: ReviewMetrics
    let meta: [String: String]
    do {
      metrics = try ReviewMetrics(workspace: ws)
      meta = try ws.allMeta()
    } catch let error as WorkspaceError {
      throw ReviewSupport.fail(error)
    }
    print(Self.text(metrics, meta: meta, plain: plain || !ReviewSupport.stdoutIsTerminal))
  }

  /// The status report.
  static func text(_ m: ReviewMetrics, meta: [String: String], plain: Bool) -> String {
    let g = ReviewSupport.grouped
    var lines = [
      "Batch: \(meta["batch_path"] ?? "?") (SHA-256 \(meta["batch_sha256"]?.prefix(12) ?? "?"))",
      "Reviewers: \(m.reviewers.isEmpty ? "none yet" : m.reviewers.joined(separator: ", "))",
      meta["batch_encounters"] == nil
        ? "\(g(m.decided)) decided · the batch is not counted yet (its first check was stopped): open the review again to count it"
        : "\(g(m.decided)) of \(g(m.encounters)) decided · \(g(m.withErrors)) with errors · \(g(m.unreadable)) unreadable line\(m.unreadable == 1 ? "" : "s")",
      "Accepted \(g(m.overall.accepted)) · queried \(g(m.overall.queried)) · corrected \(g(m.overall.corrected))",
      "Error rate \(ChartSeries.percent(m.overall.errorRate)) (\(g(m.overall.errors)) errors in \(g(m.overall.codes)) codes) · code accuracy \(ChartSeries.percent(m.overall.accuracy)) · encounter accuracy \(ChartSeries.percent(m.overall.encounterAccuracy))",
      "",
    ]
    for chart in ChartSeries.charts(m) {
      lines.append(chart.text(plain: plain))
      lines.append("")
    }
    if !m.byKind.isEmpty {
      lines.append("By finding kind (encounters):")
      lines.append(
        "  kind                 in batch   decided  corrected   agreed  dismissed  dismissal rate")
      for k in m.byKind {
        lines.append(
          "  "
            + [
              pad(k.kind, 20), lpad(g(k.inBatch), 9), lpad(g(k.decided), 9), lpad(g(k.corrected), 10),
              lpad(g(k.agreed), 8), lpad(g(k.dismissed), 10), lpad(ChartSeries.percent(k.dismissalRate), 15),
            ].joined(separator: " "))
      }
    }
    if !m.byCoder.isEmpty {
      lines.append("")
      lines.append("By coder:")
      lines.append("  coder                decided    codes   errors  error rate  accuracy  encounter accuracy")
      for (coder, a) in m.byCoder {
        lines.append(
          "  "
            + [
              pad(TextSafety.printable(coder), 20), lpad(g(a.accepted + a.corrected + a.queried), 7),
              lpad(g(a.codes), 8), lpad(g(a.errors), 8), lpad(ChartSeries.percent(a.errorRate), 11),
              lpad(ChartSeries.percent(a.accuracy), 9), lpad(ChartSeries.percent(a.encounterAccuracy), 19),
            ].joined(separator: " "))
      }
    }
    return lines.joined(separator: "\n")
  }

  static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
  static func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
}
