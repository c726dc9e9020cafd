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
      let (words, ascii) = Self.words(segment.text)
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
        // An ASCII word holds a space only at its end: trimming it is dropping that space.
        let trimmedWidth =
          ascii ? ww - (w.utf8.last == UInt8(ascii: " ") ? 1 : 0) : DisplayWidth.of(w.trimmingCharacters(in: " "))
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

  /// A text's words, each with the space that ends it, and whether the text is ASCII (split byte by
  /// byte then; otherwise character by character, so a space with a combining mark stays whole).
  static func words(_ text: String) -> (words: [String], ascii: Bool) {
    var words: [String] = []
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var start = text.utf8.startIndex
      var i = start
      let end = text.utf8.endIndex
      while i != end {
        let next = text.utf8.index(after: i)
        if text.utf8[i] == UInt8(ascii: " ") {
          words.append(String(Substring(text.utf8[start..<next])))
          start = next
        }
        i = next
      }
      if start != end { words.append(String(Substring(text.utf8[start..<end]))) }
      return (words, true)
    }
    var word = ""
    for ch in text {
      word.append(ch)
      if ch == " " {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return (words, false)
  }
}
