/// What the official conventions mean by an Excludes note, cited to the Official Guidelines section.
public struct ExcludesConvention: Sendable, Hashable {
  /// `excludes1` or `excludes2`.
  public var kind: NoteKind
  /// The Official Guidelines section (`I.A.12.a`, `I.A.12.b`).
  public var section: String
  /// The short meaning ("not coded here", "not included here").
  public var meaning: String
  /// The definition as printed in the tabular's introduction (the same words as the guideline).
  public var definition: String
  /// The exception to the definition, when there is one (Excludes1: unrelated conditions).
  public var exception: String?
  /// Where the words come from.
  public var citation: String

  /// The Excludes1 convention (Official Guidelines I.A.12.a).
  public static let excludes1 = ExcludesConvention(
    kind: .excludes1, section: "I.A.12.a", meaning: "NOT CODED HERE: never reported together",
    definition:
      "A type 1 Excludes note is a pure excludes.  It means 'NOT CODED HERE!'  An Excludes1 note indicates that the code excluded should never be used at the same time as the code above the Excludes1 note.  An Excludes1 is used when two conditions cannot occur together, such as a congenital form versus an acquired form of the same condition.",
    exception:
      "An exception to the Excludes1 definition is the circumstance when the two conditions are unrelated to each other. If it is not clear whether the two conditions involving an Excludes1 note are related or not, query the provider.",
    citation:
      "ICD-10-CM Official Guidelines I.A.12.a; definition as printed in the tabular's introduction (FY2026-April), exception as quoted from copies of the Guidelines"
  )

  /// The Excludes2 convention (Official Guidelines I.A.12.b).
  public static let excludes2 = ExcludesConvention(
    kind: .excludes2, section: "I.A.12.b", meaning: "Not included here: both may be reported",
    definition:
      "A type 2 excludes note represents 'Not included here'.  An excludes2 note indicates that the condition excluded is not part of the condition it is excluded from but a patient may have both conditions at the same time.  When an Excludes2 note appears under a code it is acceptable to use both the code and the excluded code together.",
    exception: nil,
    citation:
      "ICD-10-CM Official Guidelines I.A.12.b; definition as printed in the tabular's introduction (FY2026-April)")

  /// Both conventions, Excludes1 first.
  public static let all = [excludes1, excludes2]
}
