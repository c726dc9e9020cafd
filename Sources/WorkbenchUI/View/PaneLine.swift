/// One screen line of a pane's content, possibly part of a selectable item.
public struct PaneLine: Equatable, Sendable {
  public var segments: [Segment]
  /// The selectable item this line belongs to (nil: not selectable).
  public var selection: Int?

  public init(_ segments: [Segment], selection: Int? = nil) {
    self.segments = segments
    self.selection = selection
  }

  /// Wraps styled text to a width; continuation lines are indented by `indent`.
  public static func wrap(_ segments: [Segment], width: Int, indent: Int = 2, selection: Int? = nil) -> [PaneLine] {
    guard width > indent + 4 else { return [PaneLine(segments, selection: selection)] }
    var lines: [PaneLine] = []
    var current: [Segment] = []
    var used = 0
    func newLine() {
      lines.append(PaneLine(current, selection: selection))
      current = [Segment(String(repeating: " ", count: indent))]
      used = indent
    }
    for segment in segments {
      // Split into words keeping the spaces attached to the preceding word.
      var words: [String] = []
      var word = ""
      for ch in segment.text {
        word.append(ch)
        if ch == " " {
          words.append(word)
          word = ""
        }
      }
      if !word.isEmpty { words.append(word) }
      func append(_ t: String) {
        if let last = current.last, last.role == segment.role {
          current[current.count - 1].text += t
        } else {
          current.append(Segment(t, segment.role))
        }
        used += DisplayWidth.of(t)
      }
      for var w in words {
        var ww = DisplayWidth.of(w)
        let trimmedWidth = DisplayWidth.of(w.trimmingCharacters(in: " "))
        if used + trimmedWidth > width, used > indent {
          newLine()
        }
        while ww > width - used, width - used > 0, trimmedWidth > width - indent {
          // A single word longer than a line: hard-split it.
          var head = ""
          var hw = 0
          for s in w {
            let cw = DisplayWidth.of(String(s))
            if hw + cw > width - used { break }
            head.append(s)
            hw += cw
          }
          if head.isEmpty { break }
          append(head)
          w = String(w.dropFirst(head.count))
          ww = DisplayWidth.of(w)
          newLine()
        }
        append(w)
      }
    }
    if !current.isEmpty { lines.append(PaneLine(current, selection: selection)) }
    return lines
  }
}
