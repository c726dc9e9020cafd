import CodingCore
import Foundation
import WorkbenchUI

/// Measures the workbench's speed targets without a terminal.
///
/// `m54 bench` can call ``run(library:width:height:iterations:)`` and print the
/// figures; nothing here is a timed test.
package enum WorkbenchBenchmark {
  /// Runs the measurements and returns named figures.
  ///
  /// - `first-frame-ms`: building the session and rendering its first frame;
  /// - `keystroke-median-us` / `keystroke-p99-us`: one key through the reducer,
  ///   a full render and the screen diff, over a mixed key sequence
  ///   (moves, expand, search typing, encounter edits);
  /// - `changed-cells-per-key`: mean cells the diff sends to the terminal per key
  ///   (out of `cells`).
  package static func run(
    library: any CodeLibrary, checker: any EncounterChecker, width: Int = 200, height: Int = 60, iterations: Int = 400
  ) -> [String: Double] {
    let date = ServiceDate(iso: "2026-05-01") ?? .today()
    let environment = WorkbenchEnvironment(library: library, checker: checker)
    let clock = ContinuousClock()
    var session: WorkbenchSession?
    var buffer = ScreenBuffer(width: width, height: height)
    let first = clock.measure {
      let s = WorkbenchSession(environment: environment, width: width, height: height, date: date)
      s.render(into: &buffer)
      session = s
    }
    guard var session else { return [:] }
    let keys: [Key] = [
      .down, .down, .character("l"), .down, .down, .up, .character("l"), .character("l"),
      .character("a"), .character("3"), .character("M"), .character("5"), .character("4"),
      .character("."), .character("4"), .character("1"), .enter, .down, .up, .character("1"),
      .pageDown, .pageUp, .character("h"), .character("2"), .down, .down, .character("1"),
    ]
    var previous = buffer
    var samples: [Double] = []
    var changed = 0
    samples.reserveCapacity(iterations)
    for i in 0..<iterations {
      let key = keys[i % keys.count]
      if i % keys.count == 0, i > 0 { session.send(.commandLine("clear")) }
      var runs: [CellRun] = []
      let elapsed = clock.measure {
        session.send(.key(key))
        session.render(into: &buffer)
        runs = ScreenDiff.runs(from: previous, to: buffer)
      }
      changed += ScreenDiff.cellCount(runs)
      previous = buffer
      samples.append(seconds(elapsed) * 1_000_000)
    }
    samples.sort()
    return [
      "first-frame-ms": seconds(first) * 1000,
      "keystroke-median-us": samples[samples.count / 2],
      "keystroke-p99-us": samples[min(samples.count - 1, samples.count * 99 / 100)],
      "changed-cells-per-key": Double(changed) / Double(iterations),
      "cells": Double(width * height),
    ]
  }

  private static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}
