import Foundation
import ReviewStore
import Testing

@Suite struct BatchSamplerTests {
  static func batch(_ n: Int) -> (ReviewBatch, [UInt8])? {
    var text = "encounter_id,date_of_service,codes,coder\n"
    for i in 0..<n { text += "E\(i),2026-05-01,M54.50,\(i % 4 == 0 ? "ann" : "bob")\n" }
    let bytes = Array(text.utf8)
    guard let batch = try? BatchLoader.parse(bytes, path: "b.csv").get() else { return nil }
    return (batch, bytes)
  }

  @Test func theSameSeedGivesTheSameSample() throws {
    guard let (batch, bytes) = Self.batch(100) else {
      Issue.record("unreadable batch")
      return
    }
    let a = BatchSampler.choose(batch, size: 10, seed: 7, stratifyByCoder: false)
    #expect(a == BatchSampler.choose(batch, size: 10, seed: 7, stratifyByCoder: false))
    #expect(a != BatchSampler.choose(batch, size: 10, seed: 8, stratifyByCoder: false))
    #expect(a.count == 10 && a == a.sorted())
    let sample = String(decoding: BatchSampler.sampleBytes(of: batch, original: bytes, chosen: a), as: UTF8.self)
    let lines = sample.split(separator: "\n")
    #expect(lines.count == 11)
    #expect(lines.first == "encounter_id,date_of_service,codes,coder")
  }

  @Test func stratifiedSamplesFollowTheCodersShares() throws {
    guard let (batch, _) = Self.batch(100) else { return }
    let chosen = BatchSampler.choose(batch, size: 20, seed: 3, stratifyByCoder: true)
    let coders = chosen.map { batch.entries[$0].coder ?? "" }
    #expect(coders.filter { $0 == "ann" }.count == 5)
    #expect(coders.filter { $0 == "bob" }.count == 15)
  }
}
