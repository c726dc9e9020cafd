import CodingCore
import Foundation
import ReviewStore
import TerminalBackend
import WorkbenchAdapters
import WorkbenchUI

/// Starts the ncurses workbench for `m54` (no subcommand) and `m54 FILE.csv`.
enum WorkbenchLauncher {
  /// Runs the workbench and returns the process exit status.
  ///
  /// - Parameters:
  ///   - file: a batch file (audit input format) to step through, if any.
  ///   - theme: a theme name or path; overrides the config file.
  ///   - startup: `:` command lines run once the workbench is up (`lesson NAME`, `present`).
  ///   - review: the review of the batch (`m54 review BATCH`), if any.
  /// - Returns: 0 after `q`, 130 after Ctrl-C, 128+N after signal N, 2 when no
  ///   usable terminal or a problem with the data or the batch file.
  static func run(file: String?, theme: String?, startup: [String] = [], review: ReviewSession? = nil) -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    guard hasTerminal() else { return 2 }
    let codeSet: CodeSet
    if let review {
      codeSet = review.engine.codeSet
    } else {
      do { codeSet = try CodeSetLoader.load() } catch { return 2 }
    }
    StoreDamageRecovery.verifyAll(codeSet, leavingPagesOut: true)
    var batch: BatchFile?
    let adapter = review.map(ReviewBackendAdapter.init(session:))
    if let adapter {
      batch = adapter.batchFile
    } else if let file {
      switch BatchFileReader.read(path: file) {
      case .success(let loaded): batch = loaded
      case .failure(let failure):
        Console.error("m54: \(failure)")
        return 2
      }
    }

    let paths = ResourcePaths.standard(environment: environment)
    var diagnostics: [ConfigDiagnostic] = []
    let (config, configProblems) = WorkbenchConfig.load(path: paths.configFile)
    diagnostics += configProblems
    var keyMap = KeyMap.defaults
    if let keysFile = config.keyMapFile {
      if let data = FileManager.default.contents(atPath: keysFile), let text = String(data: data, encoding: .utf8) {
        let parsed = KeyMapParser.parse(text, file: keysFile, base: keyMap)
        keyMap = parsed.keyMap
        diagnostics += parsed.diagnostics
      } else {
        diagnostics.append(
          ConfigDiagnostic(file: paths.configFile, line: 1, message: "cannot read key map \(keysFile)"))
      }
    }
    let loader = ThemeLoader(folders: paths.themeFolders)
    var chosenTheme = Theme.builtInDefault
    let themeName = theme ?? config.theme ?? "default"
    switch loader.load(themeName) {
    case .success(let loaded):
      chosenTheme = loaded.theme
      diagnostics += loaded.diagnostics
    case .failure(let failure):
      diagnostics.append(
        ConfigDiagnostic(file: theme == nil ? paths.configFile : "--theme", line: 1, message: failure.description))
    }

    let library = CodingCoreLibrary(codeSet: codeSet)
    let engine: RulesEngine
    do {
      engine = try review?.engine ?? RulesEngine.load(codeSet: codeSet)
    } catch {
      engine = RulesEngine(codeSet: codeSet)
      diagnostics.append(
        ConfigDiagnostic(
          file: "Data", line: 1, message: "rules data not loaded (\(error)); checking without the checklist"))
    }
    let workbenchEnvironment = WorkbenchEnvironment(
      library: library,
      checker: RecordingTrainerChecker(base: RulesEngineChecker(engine: engine, library: library)), keyMap: keyMap)
    let status: Int32 = MainActor.assumeIsolated {
      let screen = NcursesScreen()
      do {
        try screen.start(environment: environment)
      } catch {
        Console.error("m54: \(error)")
        return 2
      }
      defer { screen.stop() }
      let size = screen.size
      var session = WorkbenchSession(
        environment: workbenchEnvironment, width: size.width, height: size.height, theme: chosenTheme,
        themeLoader: loader)
      session.loadsInBackground = true
      if let batch { session.send(.batchLoaded(batch)) }
      if let adapter { session.openReview(adapter) }
      if let warning = screen.localeWarning { session.send(.showMessage(StatusMessage(warning, isError: true))) }
      session.report(diagnostics)
      for line in startup { session.send(.commandLine(line)) }
      return TerminalRunner.run(&session, on: screen)
    }
    for d in diagnostics { Console.error("m54: \(d)") }
    return status
  }

  /// Whether standard input and output are an interactive terminal; says why not (and what to use) otherwise.
  static func hasTerminal() -> Bool {
    let environment = ProcessInfo.processInfo.environment
    let term = environment["TERM"] ?? ""
    guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1, !term.isEmpty, term != "dumb" else {
      let why =
        isatty(STDOUT_FILENO) != 1 || isatty(STDIN_FILENO) != 1
        ? "standard input and output are not a terminal" : "TERM is \(term.isEmpty ? "unset" : "dumb")"
      Console.error(
        """
        m54: the workbench needs an interactive terminal (\(why)).
        Use the subcommands instead, for example:
          m54 show M54.50        m54 search lumbago      m54 tree M54
          m54 check M54.50 M54.41 --date 2026-05-01      m54 audit FILE.csv
        Run `m54 --help` for the full list.
        """)
      return false
    }
    return true
  }
}
