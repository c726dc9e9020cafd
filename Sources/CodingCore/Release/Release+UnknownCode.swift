/// The one message for text that is not a code of a release, used wherever a code is taken.
extension Release {
  /// "M99.99 is not an ICD-10-CM code in FY2026-April; nearby: M99.9, …" (without nearby codes when
  /// there are none). The text is shown dotted and upper case when it has the shape of a code.
  public func unknownCodeMessage(_ text: String) -> String {
    let nearby = suggestions(for: text).map { code($0) }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let shown = CodeNormalizer.looksLikeCode(trimmed) ? CodeNormalizer.dotted(CodeNormalizer.key(trimmed)) : trimmed
    var message = "\(SafeText.echo(shown)) is not an ICD-10-CM code in \(info.id)"
    if !nearby.isEmpty { message += "; nearby: \(nearby.joined(separator: ", "))" }
    return message
  }
}
