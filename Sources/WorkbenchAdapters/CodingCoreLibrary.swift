import CodingCore
import WorkbenchUI

/// A ``CodeLibrary`` over the core library's ``CodeSet``.
public struct CodingCoreLibrary: CodeLibrary {
  /// The wrapped releases.
  public let codeSet: CodeSet
  private let catalogs: [CodingCoreCatalog]

  public init(codeSet: CodeSet) {
    self.codeSet = codeSet
    catalogs = codeSet.releases.map(CodingCoreCatalog.init)
  }

  public var releaseNames: [String] { catalogs.map(\.releaseName) }

  public func catalog(for date: ServiceDate) -> (catalog: any CodeCatalog, note: String?) {
    let selection = codeSet.select(for: date)
    let catalog = catalogs.first { $0.release === selection.release } ?? CodingCoreCatalog(release: selection.release)
    return (catalog, selection.note)
  }

  public func catalog(named name: String) -> (any CodeCatalog)? {
    guard let release = codeSet.release(named: name) else { return nil }
    return catalogs.first { $0.release === release }
  }

  /// The release behind a catalog of this library.
  public func release(of catalog: any CodeCatalog) -> Release? {
    codeSet.release(named: catalog.releaseName)
  }
}
