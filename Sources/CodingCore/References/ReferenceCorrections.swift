/// Typos in the official tabular that no general rule can repair, each with its evidence.
///
/// Applied to note references at compile time, only where the written code does not exist.
enum ReferenceCorrections {
  /// Written code key → intended code key.
  static let table: [String: (intended: String, rationale: String)] = [
    "G3190": (
      "G3109",
      "F02 Code first \"other frontotemporal neurocognitive disorder (G31.90)\": G31.90 does not exist; G31.09 is titled \"Other frontotemporal neurocognitive disorder\" (digits transposed)."
    )
  ]
}
