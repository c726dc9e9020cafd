/// Finds the code references in note text, in every form the official tabular uses.
///
/// Handles exact codes `(F45.41)`, subdivisions `(M51.2-)`, `(M50.-)`, ranges `(M54.3-M54.4)`,
/// `(S06.1- to S06.6-)`, lists `(M53.-, M54.-)`, qualifiers `(S02.- with 7th character B)` and the
/// typos of the official files (`(M51.1.-)`, doubled dashes, unclosed parentheses). Text without a
/// code-shaped token (`see injury of spine by body region`) yields nothing.
public enum ReferenceParser {
  /// Parses every parenthesised span of `text` that holds at least one code.
  public static func parse(_ text: String) -> [ParsedReference] {
    var result: [ParsedReference] = []
    for span in parentheticals(of: text) {
      if let reference = parseSpan(span) { result.append(reference) }
    }
    return result
  }

  /// The contents of each parenthesised span; an unclosed parenthesis runs to the end of the text.
  static func parentheticals(of text: String) -> [String] {
    var spans: [String] = []
    var depth = 0
    var current = ""
    for ch in text {
      if ch == "(" {
        if depth > 0 { current.append(ch) }
        depth += 1
      } else if ch == ")" && depth > 0 {
        depth -= 1
        if depth == 0 {
          spans.append(current)
          current = ""
        } else {
          current.append(ch)
        }
      } else if depth > 0 {
        current.append(ch)
      }
    }
    if depth > 0 && !current.isEmpty { spans.append(current) }
    return spans
  }

  /// Parses one span; nil when it holds no code-shaped token.
  static func parseSpan(_ span: String) -> ParsedReference? {
    let chars = Array(span)
    var tokens = codeTokens(in: chars)
    guard !tokens.isEmpty else { return nil }
    var qualifier: String?
    if let withAt = wordIndex("with", in: chars, after: tokens[0].end) {
      let rest = String(chars[(withAt + 4)...]).trimmingCharacters(in: .whitespaces)
      qualifier = rest.isEmpty ? nil : rest
      tokens = tokens.filter { $0.start < withAt }
    }
    var items: [ReferenceItem] = []
    var index = 0
    while index < tokens.count {
      let first = tokens[index]
      var last = first
      var next = index + 1
      while next < tokens.count, isRangeGap(chars[last.end..<tokens[next].start]) {
        last = tokens[next]
        next += 1
      }
      let textEnd = trailingDashes(in: chars, from: last.end)
      let written = String(chars[first.start..<textEnd]).trimmingCharacters(in: .whitespaces)
      items.append(ReferenceItem(text: written, startKey: first.key, endKey: last.key))
      index = next
    }
    return ParsedReference(
      span: span.trimmingCharacters(in: .whitespaces), items: items, qualifier: qualifier)
  }

  /// A code-shaped token: its position and lookup key.
  struct Token {
    var start: Int
    var end: Int
    var key: String
  }

  static func codeTokens(in chars: [Character]) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    while i + 2 < chars.count {
      let boundary = i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber)
      // A letter and a digit (M54), or since FY2026 the letter A and a digit (QA0); "GH1" is a gene.
      let shaped = isDigit(chars[i + 1]) ? isAlnum(chars[i + 2]) : (chars[i + 1] == "A" && isDigit(chars[i + 2]))
      if boundary, isUpper(chars[i]), shaped {
        var end = i + 3
        var key = String(chars[i..<end])
        if end < chars.count, chars[end] == "." {
          var j = end + 1
          var tail = ""
          while j < chars.count, isAlnum(chars[j]), tail.count < 4 {
            tail.append(chars[j])
            j += 1
          }
          if !tail.isEmpty, j < chars.count, chars[j].isLetter, chars[j].isLowercase {
            // "A00.0abc" is a word, not a code.
          } else {
            key += tail
            end = j
            if end < chars.count, chars[end] == ".", !tail.isEmpty { end += 1 }  // "M51.1.-" typo
            if tail.isEmpty { end = i + 4 }
          }
        }
        if end >= chars.count || !(chars[end].isLetter || chars[end].isNumber) {
          tokens.append(Token(start: i, end: end, key: key.uppercased()))
          i = end
          continue
        }
      }
      i += 1
    }
    return tokens
  }

  /// Whether the text between two tokens makes them a range (`-`, `--`, ` - `, ` to `).
  static func isRangeGap(_ gap: ArraySlice<Character>) -> Bool {
    let text = String(gap).trimmingCharacters(in: .whitespaces)
    if text == "to" || text == "- to" || text == "-to" { return true }
    let dashless = text.replacingOccurrences(of: "-", with: "").trimmingCharacters(in: .whitespaces)
    if dashless == "to" { return true }
    return !text.isEmpty && dashless.isEmpty
  }

  static func trailingDashes(in chars: [Character], from index: Int) -> Int {
    var end = index
    while end < chars.count, chars[end] == "-" || (chars[end] == "." && end + 1 < chars.count && chars[end + 1] == "-")
    {
      end += 1
    }
    return end
  }

  static func wordIndex(_ word: String, in chars: [Character], after: Int) -> Int? {
    let target = Array(word)
    var i = after
    while i + target.count <= chars.count {
      let before = i == 0 || !chars[i - 1].isLetter
      let afterOK = i + target.count == chars.count || !chars[i + target.count].isLetter
      if before, afterOK, Array(chars[i..<(i + target.count)]) == target { return i }
      i += 1
    }
    return nil
  }

  private static func isUpper(_ c: Character) -> Bool { c.isASCII && c.isUppercase }
  private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
  private static func isAlnum(_ c: Character) -> Bool { c.isASCII && (c.isNumber || c.isUppercase) }
}
