import CZlib
import Foundation

/// Reads a file that may be gzip-compressed, returning its uncompressed bytes.
enum GzipReader {
  /// Reads `url`, inflating it when it starts with the gzip magic bytes.
  static func read(_ url: URL) throws -> Data {
    let raw: Data
    do {
      raw = try Data(contentsOf: url)
    } catch {
      throw ImportError(file: url.path, problem: "cannot read the file (\(error.localizedDescription))")
    }
    guard raw.count >= 2, raw[raw.startIndex] == 0x1f, raw[raw.startIndex + 1] == 0x8b else { return raw }
    return try inflate(raw, fileName: url.path)
  }

  /// Inflates gzip data.
  static func inflate(_ input: Data, fileName: String) throws -> Data {
    var stream = z_stream()
    var status = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else { throw ImportError(file: fileName, problem: "cannot start gzip decompression") }
    defer { inflateEnd(&stream) }
    var output = Data(capacity: input.count * 12)
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
        output.append(contentsOf: buffer[0..<produced])
        if status == Z_OK && stream.avail_in == 0 && produced == 0 {
          throw ImportError(file: fileName, problem: "truncated gzip data")
        }
      } while status != Z_STREAM_END
    }
    return output
  }
}
