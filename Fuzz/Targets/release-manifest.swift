import CodingCore

/// libFuzzer target `release-manifest`: arbitrary bytes through `FuzzEntry.releaseManifest`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.releaseManifest(UnsafeBufferPointer(start: data, count: size))
  return 0
}
