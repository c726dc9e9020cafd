import CodingCore
import Foundation

/// Reads a batch of encounters in the audit input format (CSV with the header
/// `encounter_id,date_of_service,codes[,documented]`, or JSON Lines with the same fields), through the
/// same line parser as `m54 audit`, so both accept and reject exactly the same lines.
public enum BatchFileReader {
  /// Why a whole file could not be read.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// Reads a batch file from disk.
  ///
  /// - Parameters:
  ///   - opened: receives the reader before reading starts (to stop it from another thread).
  ///   - progress: receives the bytes read now and then.
  public static func read(
    path: String, opened: (LineReader) -> Void = { _ in }, progress: (Int) -> Void = { _ in }
  ) -> Result<BatchFile, Failure> {
    let shown = SafeText.echo(path, limit: 200)
    guard let reader = LineReader(path: path) else { return .failure(Failure(description: "cannot read \(shown)")) }
    opened(reader)
    // Peeked from the reader: the file is never read whole (a batch may hold a line of any size).
    return batch(reader, path: path, firstByte: reader.firstSignificantByte(), progress: progress)
  }

  /// Parses batch text; malformed lines are listed as problems and skipped.
  public static func parse(_ text: String, path: String) -> Result<BatchFile, Failure> {
    let bytes = Array(text.utf8)
    return batch(
      LineReader(bytes: bytes), path: path, firstByte: bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D })
  }

  private static func batch(
    _ reader: LineReader, path: String, firstByte: UInt8?, progress: (Int) -> Void = { _ in }
  ) -> Result<BatchFile, Failure> {
    let shown = SafeText.echo(path, limit: 200)
    if reader.readError != 0 {
      return .failure(
        Failure(description: "\(shown): \(AuditLineError.unreadable(line: 1, error: reader.readError).problem)"))
    }
    guard firstByte != nil else { return .failure(Failure(description: "\(shown) is empty")) }
    let input = AuditRunner.inputFormat(path: path, firstByte: firstByte)
    switch AuditInputReader.readAll(reader, input: input, progress: progress) {
    case .failure(let error):
      return .failure(Failure(description: "\(shown): \(error.problem)"))
    case .success(let (records, errors)):
      let encounters = records.map { record -> Encounter in
        var encounter = record.encounter
        encounter.codes = encounter.codes.map(CodeInput.normalize)
        return encounter
      }
      return .success(BatchFile(path: path, encounters: encounters, problems: errors.map(\.description)))
    }
  }
}
