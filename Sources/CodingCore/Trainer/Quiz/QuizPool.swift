/// The codes a back-pain coder meets, from which quiz questions are drawn (not all of ICD-10-CM).
public enum QuizPool {
  /// Billable codes of the M54 neighbourhood and the codes its notes point to.
  public static let codes = [
    "M54.2", "M54.30", "M54.31", "M54.32", "M54.40", "M54.41", "M54.42", "M54.50", "M54.51", "M54.59", "M54.6",
    "M54.81", "M54.89", "M54.9", "M54.12", "M54.16", "M54.17", "M51.16", "M51.17", "M51.26", "M51.27", "M51.360",
    "M51.362", "M51.369", "M47.816", "M48.061", "M46.46", "M50.20", "M79.2", "S39.012A", "S33.5XXA", "G89.29",
    "G89.4", "F45.41", "R52", "G57.01", "G57.02", "C79.51",
  ]

  /// Headers and older codes for the validity questions (M54.5 was billable in FY2021).
  public static let validityExtras = [
    "M54.5", "M54.4", "M54.3", "M54.1", "M51.36", "S33.5", "S39.012", "M54.8", "G89.2",
  ]

  /// Pairs that look as if they conflicted but do not (the source article's false "Excludes1"
  /// partners of M54.50 among them; seed-rules.md 2.2). The engine decides; pairs it finds in
  /// conflict are not used as traps.
  public static let traps: [(String, String)] = [
    ("M54.50", "M54.51"), ("M54.50", "M54.59"), ("M54.50", "G89.4"), ("M54.50", "C79.51"), ("M54.50", "M54.16"),
    ("M54.50", "M47.816"), ("M54.50", "M48.061"), ("M54.50", "M51.369"), ("M54.50", "G89.29"), ("M54.50", "M51.16"),
    ("M54.31", "M54.32"), ("M54.41", "M54.42"), ("M54.2", "M54.6"), ("M54.9", "G89.29"), ("M54.51", "M47.816"),
  ]
}
