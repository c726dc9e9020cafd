import Foundation
import Testing

/// The command line never loses a file and never reports success for an answer it could not deliver.
@Suite struct SafeFilesCommandTests {
  static let header = "encounter_id,date_of_service,codes\n"

  final class Folder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("m54-files-\(UUID().uuidString)")
    init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: url) }
    func file(_ name: String, _ text: String) throws -> String {
      let path = url.appendingPathComponent(name).path
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      return path
    }
    func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<missing>" }
  }

  @Test func outputToAFullDeviceExits2() throws {
    _ = try BuiltBinary.warmCache.get()
    let run = try CommandRun.m54(["show", "M54.50"], stdoutPath: "/dev/full")
    #expect(run.status == 2)
    #expect(run.stderr == "m54: cannot write the output (No space left on device)\n")
    let folder = try Folder()
    let input = try folder.file("two.csv", Self.header + "E1,2026-05-01,M54.50\nE2,2026-05-01,M54.41\n")
    let audit = try CommandRun.m54(["audit", input], stdoutPath: "/dev/full")
    #expect(audit.status == 2)
  }

  @Test func aFolderOnStandardInputExits2() throws {
    _ = try BuiltBinary.warmCache.get()
    let run = try CommandRun.m54(["audit", "-"], stdin: FileManager.default.temporaryDirectory.path)
    #expect(run.status == 2)
    #expect(run.stderr.contains("m54: -: line 1: cannot read the input (Is a directory)"))
  }

  @Test func outputNamingTheInputIsRefusedAndTheInputKept() throws {
    _ = try BuiltBinary.warmCache.get()
    let folder = try Folder()
    let text = Self.header + "E1,2026-05-01,M54.50\n"
    let input = try folder.file("in.csv", text)
    let same = try CommandRun.m54(["audit", input, "--out", input])
    #expect(same.status == 2)
    #expect(same.stderr.contains("is the input file"))
    #expect(folder.read(input) == text)
    let link = folder.url.appendingPathComponent("link.csv").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: input)
    let linked = try CommandRun.m54(["audit", input, "--out", link])
    #expect(linked.status == 2)
    #expect(folder.read(input) == text)
    let piped = try CommandRun.m54(["audit", "-", "--out", input], stdin: input)
    #expect(piped.status == 2)
    #expect(folder.read(input) == text)
  }

  @Test func aFailedAuditLeavesTheOutputFileAsItWas() throws {
    _ = try BuiltBinary.warmCache.get()
    let folder = try Folder()
    let out = try folder.file("out.jsonl", "precious\n")
    let bad = try folder.file("bad.csv", "id,date\nE1,2026-05-01\n")
    let run = try CommandRun.m54(["audit", bad, "--out", out])
    #expect(run.status == 2)
    #expect(folder.read(out) == "precious\n")
    let good = try folder.file("good.csv", Self.header + "E1,2026-05-01,M54.50\n")
    let fresh = folder.url.appendingPathComponent("fresh.jsonl").path
    let ok = try CommandRun.m54(["audit", good, "--out", fresh])
    #expect(ok.status == 0)
    #expect(folder.read(fresh).hasPrefix("{\"encounter_id\":\"E1\""))
    let mode = try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? NSNumber
    #expect(mode?.intValue == 0o600)
    // No temporary file is left behind.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(names == ["bad.csv", "fresh.jsonl", "good.csv", "out.jsonl"])
  }

  @Test func controlCharactersNeverReachTheTerminalRaw() throws {
    _ = try BuiltBinary.warmCache.get()
    let run = try CommandRun.m54(["check", "M54.50", "M54.4\u{1B}[2J1", "--date", "2026-05-01"])
    #expect(run.status == 1)
    let all = run.stdout + run.stderr
    #expect(!all.unicodeScalars.contains { $0.value == 0x1B })
    #expect(all.contains("\\x1b[2J"))
    let show = try CommandRun.m54(["show", "\u{1B}]0;x\u{7}"])
    #expect(show.status == 1)
    #expect(show.stderr == "\\x1b]0;x\\x07 is not an ICD-10-CM code in FY2026-April\n")
  }

  @Test func aVeryLongCodeIsAnsweredAtOnceWithACutEcho() throws {
    _ = try BuiltBinary.warmCache.get()
    let run = try CommandRun.m54(["show", String(repeating: "M", count: 60_000)])
    #expect(run.status == 1)
    #expect(run.stderr == String(repeating: "M", count: 80) + "… is not a code (longer than any ICD-10-CM code)\n")
  }
}
