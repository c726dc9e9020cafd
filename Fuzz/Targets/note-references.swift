import CodingCore

/// libFuzzer target `note-references`: arbitrary bytes through `FuzzEntry.noteReferences`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzEntry.noteReferences(UnsafeBufferPointer(start: data, count: size))
  return 0
}
