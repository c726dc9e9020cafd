import Foundation

/// A calendar date of service (year, month, day) without time zone.
public struct ServiceDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// The year, e.g. 2026.
  public let year: Int
  /// The month, 1-12.
  public let month: Int
  /// The day of the month, 1-31.
  public let day: Int

  /// Creates a date when the components form a real calendar date.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
      day <= ServiceDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` (surrounding spaces allowed).
  public init?(iso text: some StringProtocol) {
    let trimmed = text.trimmingSpaces()
    let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  /// Today's date in the local time zone (from the C library: a Foundation `Calendar` costs a
  /// millisecond at start-up).
  public static func today() -> ServiceDate {
    var now = time(nil)
    var parts = tm()
    guard localtime_r(&now, &parts) != nil else { return ServiceDate.fallback }
    return ServiceDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? ServiceDate.fallback
  }

  /// A valid date to start from (2026-01-01) where one is needed before the real one is known.
  static let fallback = ServiceDate(uncheckedYear: 2026, month: 1, day: 1)

  private init(uncheckedYear: Int, month: Int, day: Int) {
    self.year = uncheckedYear
    self.month = month
    self.day = day
  }

  /// The `YYYY-MM-DD` spelling.
  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
  }

  /// A day count usable for distances between dates (days since 0001-01-01, proleptic Gregorian).
  public var dayNumber: Int {
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
  }

  public static func < (lhs: ServiceDate, rhs: ServiceDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = ServiceDate(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
