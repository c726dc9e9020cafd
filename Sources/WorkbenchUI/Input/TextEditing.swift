/// Line-editing keys shared by every text entry (code entry, index term, prompts).
public enum TextEditing {
  /// The text without its last word and the spaces after it (Ctrl-W).
  public static func deletingLastWord(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    while let last = result.last, last != " " { result.removeLast() }
    return result
  }
}
