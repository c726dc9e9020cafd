import CZlib
import Foundation

/// Reads a file that may be gzip-compressed, returning its uncompressed bytes.
///
/// Both the file and its expansion are limited to ``limit`` bytes (a release's largest file is
/// about 14 MB expanded): a small file that expands without end (a "zip bomb") is refused while
/// it is being inflated, with memory bounded by the limit.
enum GzipReader {
  /// The largest file or expansion accepted: 256 MiB.
  static let limit = 256 << 20

  /// Reads `url`, inflating it when it starts with the gzip magic bytes.
  static func read(_ url: URL, limit: Int = GzipReader.limit) throws -> Data {
    let size = ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    guard size <= limit else {
      throw ImportError(file: url.path, problem: "the file is larger than \(limit >> 20) MiB; refused")
    }
    let raw: Data
    do {
      raw = try Data(contentsOf: url)
    } catch {
      throw ImportError(file: url.path, problem: "cannot read the file (\(error.localizedDescription))")
    }
    guard raw.count >= 2, raw[raw.startIndex] == 0x1f, raw[raw.startIndex + 1] == 0x8b else { return raw }
    return try inflate(raw, fileName: url.path, limit: limit)
  }

  /// Inflates gzip data, refusing an expansion beyond `limit` bytes.
  static func inflate(_ input: Data, fileName: String, limit: Int = GzipReader.limit) throws -> Data {
    var stream = z_stream()
    var status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else { throw ImportError(file: fileName, problem: "cannot start gzip decompression") }
    defer { inflateEnd(&stream) }
    var output = Data(capacity: min(input.count * 12, limit))
    let chunk = 1 << 20
    var buffer = [UInt8](repeating: 0, count: chunk)
    try input.withUnsafeBytes { (inputBytes: UnsafeRawBufferPointer) in
      guard let base = inputBytes.bindMemory(to: Bytef.self).baseAddress else { return }
      stream.next_in = UnsafeMutablePointer(mutating: base)
      stream.avail_in = uInt(inputBytes.count)
      repeat {
        let produced: Int = buffer.withUnsafeMutableBufferPointer { out in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(chunk)
          status = CZlib.inflate(&stream, Z_NO_FLUSH)
          return chunk - Int(stream.avail_out)
        }
        if status != Z_OK && status != Z_STREAM_END {
          throw ImportError(file: fileName, problem: "corrupt gzip data (zlib status \(status))")
        }
        guard output.count + produced <= limit else {
          throw ImportError(
            file: fileName,
            problem: "the gzip data expands to more than \(limit >> 20) MiB (a release is about 10 MiB); refused")
        }
        output.append(contentsOf: buffer[0..<produced])
        if status == Z_OK && stream.avail_in == 0 && produced == 0 {
          throw ImportError(file: fileName, problem: "truncated gzip data")
        }
      } while status != Z_STREAM_END
    }
    return output
  }
}
