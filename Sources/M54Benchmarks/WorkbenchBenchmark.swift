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
  ///   (out of `cells`);
  /// - `index-keystroke-median-us` / `-p99-us` and `search-keystroke-median-us` / `-p99-us`: the same
  ///   for keys typed into the Alphabetic Index pane and the `/` search line.
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
      .character("a"), .character("3"), .character("i"), .character("M"), .character("5"), .character("4"),
      .character("."), .character("4"), .character("1"), .enter, .escape, .down, .up, .character("1"),
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
    var figures = [
      "first-frame-ms": seconds(first) * 1000,
      "keystroke-median-us": samples[samples.count / 2],
      "keystroke-p99-us": samples[min(samples.count - 1, samples.count * 99 / 100)],
      "changed-cells-per-key": Double(changed) / Double(iterations),
      "cells": Double(width * height),
    ]
    let lookUp = indexAndSearchKeystrokes(session, iterations: iterations)
    figures["index-keystroke-median-us"] = lookUp.index[lookUp.index.count / 2]
    figures["index-keystroke-p99-us"] = lookUp.index[min(lookUp.index.count - 1, lookUp.index.count * 99 / 100)]
    figures["search-keystroke-median-us"] = lookUp.search[lookUp.search.count / 2]
    figures["search-keystroke-p99-us"] = lookUp.search[min(lookUp.search.count - 1, lookUp.search.count * 99 / 100)]
    return figures
  }

  /// Keystrokes of a coder looking terms up: in the Alphabetic Index pane (typing "pain low back",
  /// moving, folding, unfolding, following "see also" and back) and on the `/` search line (typing
  /// "chronic low back pain"), each through the reducer, a full render and the diff; sorted samples in µs.
  static func indexAndSearchKeystrokes(_ start: WorkbenchSession, iterations: Int) -> (
    index: [Double], search: [Double]
  ) {
    var session = start
    var buffer = ScreenBuffer(width: session.state.layout.width, height: session.state.layout.height)
    session.render(into: &buffer)
    var previous = buffer
    let clock = ContinuousClock()
    func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }
    let indexKeys: [Key] =
      [.character("I")] + keys("pain low back") + [.enter]
      + [.down, .character("h"), .character("l"), .down, .down, .up, .up, .up, .character(" "), .down, .down]
      + [.pageDown, .pageUp, .up, .character(" "), .character("f"), .down, .backspace, .character("i")]
      + Array(repeating: .backspace, count: 13) + keys("sciatica") + [.escape, .down, .character("l"), .up]
    let searchKeys: [Key] = [.character("/")] + keys("chronic low back pain") + [.escape]
    func measure(_ keys: [Key], _ count: Int) -> [Double] {
      var samples: [Double] = []
      for i in 0..<max(count, keys.count) {
        let key = keys[i % keys.count]
        let elapsed = clock.measure {
          session.send(.key(key))
          session.render(into: &buffer)
          _ = ScreenDiff.runs(from: previous, to: buffer)
        }
        previous = buffer
        samples.append(seconds(elapsed) * 1_000_000)
      }
      return samples.sorted()
    }
    let index = measure(indexKeys, iterations)
    session.send(.commandLine("close"))
    let search = measure(searchKeys, iterations)
    return (index, search)
  }

  private static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
  }
}
