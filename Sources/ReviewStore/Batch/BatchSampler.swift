import Foundation

/// Draws a reproducible random sample of a batch's encounters (optionally stratified by coder) and
/// writes it as a new batch file: the header (CSV) and the chosen lines, in their original order.
public enum BatchSampler {
  /// A SplitMix64 generator: the same seed gives the same sample on every machine.
  public struct Generator: RandomNumberGenerator {
    var state: UInt64
    /// A generator for a seed.
    public init(seed: UInt64) { state = seed }
    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// The indices of the chosen entries (sorted), `size` of them (or all when the batch is smaller).
  /// Stratified: each coder gets a share proportional to its encounters (largest remainders).
  public static func choose(_ batch: ReviewBatch, size: Int, seed: UInt64, stratifyByCoder: Bool) -> [Int] {
    var generator = Generator(seed: seed)
    let all = Array(batch.entries.indices)
    guard size < all.count else { return all }
    guard stratifyByCoder else {
      return Array(all.shuffled(using: &generator).prefix(size)).sorted()
    }
    var groups: [String: [Int]] = [:]
    for i in all { groups[batch.entries[i].coder ?? "", default: []].append(i) }
    let names = groups.keys.sorted()
    let exact = names.map { Double(groups[$0]?.count ?? 0) * Double(size) / Double(all.count) }
    var quota = exact.map { Int($0) }
    let order = names.indices.sorted { (exact[$0] - Double(quota[$0]), $1) > (exact[$1] - Double(quota[$1]), $0) }
    var left = size - quota.reduce(0, +)
    for i in order where left > 0 {
      quota[i] += 1
      left -= 1
    }
    var chosen: [Int] = []
    for (k, name) in names.enumerated() {
      chosen += (groups[name] ?? []).shuffled(using: &generator).prefix(quota[k])
    }
    return chosen.sorted()
  }

  /// The sample file's bytes: the batch's header line (CSV) and the chosen lines.
  public static func sampleBytes(of batch: ReviewBatch, original: [UInt8], chosen: [Int]) -> [UInt8] {
    let wanted = Set(chosen.map { batch.entries[$0].line })
    var out: [UInt8] = []
    var lineNumber = 1
    var start = 0
    let isCSV =
      !(batch.path.lowercased().hasSuffix(".jsonl") || batch.path.lowercased().hasSuffix(".ndjson"))
      && original.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D }) != UInt8(ascii: "{")
    for i in 0...original.count where i == original.count || original[i] == 0x0A {
      if start < i || i < original.count {
        if (isCSV && lineNumber == 1) || wanted.contains(lineNumber) {
          out += original[start..<i]
          out.append(0x0A)
        }
      }
      lineNumber += 1
      start = i + 1
    }
    return out
  }
}
