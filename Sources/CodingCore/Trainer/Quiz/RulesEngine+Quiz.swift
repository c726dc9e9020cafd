/// Quiz questions drawn from the official data through the rules engine, reproducible with a seed.
extension RulesEngine {
  /// Draws `count` questions of a kind; the same seed and data give the same quiz.
  ///
  /// - Parameter date: the date of service for the Excludes and level questions (it selects the
  ///   release); validity questions name a date of each loaded release.
  public func quiz(kind: QuizKind, count: Int, seed: UInt64, date: ServiceDate) -> [QuizQuestion] {
    var rng = SeededGenerator(seed: seed)
    let release = codeSet.select(for: date).release
    var kinds: [QuizKind] = []
    switch kind {
    case .mixed:
      while kinds.count < count { kinds += [QuizKind.excludes, .valid, .level].shuffled(using: &rng) }
      kinds = Array(kinds.prefix(count))
    default: kinds = Array(repeating: kind, count: count)
    }
    var excludes = excludesQuestions(kinds.filter { $0 == .excludes }.count, release: release, date: date, rng: &rng)
    var valid = validityQuestions(kinds.filter { $0 == .valid }.count, rng: &rng)
    var level = levelQuestions(kinds.filter { $0 == .level }.count, release: release, rng: &rng)
    var questions: [QuizQuestion] = []
    for k in kinds {
      var q: QuizQuestion?
      switch k {
      case .excludes: q = excludes.isEmpty ? nil : excludes.removeFirst()
      case .valid: q = valid.isEmpty ? nil : valid.removeFirst()
      case .level, .mixed: q = level.isEmpty ? nil : level.removeFirst()
      }
      guard var q else { continue }
      q.number = questions.count + 1
      q.text = "Q\(q.number): " + q.text
      questions.append(q)
    }
    return questions
  }

  /// Excludes questions, half conflicts and half not (about half of those trap pairs), shuffled.
  func excludesQuestions(_ n: Int, release: Release, date: ServiceDate, rng: inout SeededGenerator) -> [QuizQuestion] {
    guard n > 0 else { return [] }
    let codes = QuizPool.codes.compactMap { c in
      release.lookup(c).flatMap { release.isBillable($0) ? release.code($0) : nil }
    }
    var conflicts: [(String, String)] = []
    var others: [(String, String)] = []
    for i in codes.indices {
      for j in codes.indices where j > i {
        switch verdict(codes[i], codes[j], in: release)?.decision ?? .none {
        case .excludes1: conflicts.append((codes[i], codes[j]))
        case .none, .excludes2: others.append((codes[i], codes[j]))
        case .curatedExcludes1: break
        }
      }
    }
    let traps = QuizPool.traps.filter { t in others.contains { $0 == t } }
    conflicts.shuffle(using: &rng)
    others.shuffle(using: &rng)
    var trapPool = traps.shuffled(using: &rng)
    var pairs: [(pair: (String, String), trap: Bool)] = []
    for i in 0..<n {
      if i % 2 == 0, !conflicts.isEmpty {
        pairs.append((conflicts.removeFirst(), false))
      } else if i % 4 == 1, !trapPool.isEmpty {
        let t = trapPool.removeFirst()
        others.removeAll { $0 == t }
        pairs.append((t, true))
      } else if !others.isEmpty {
        let o = others.removeFirst()
        trapPool.removeAll { $0 == o }
        pairs.append((o, traps.contains { $0 == o }))
      }
    }
    pairs.shuffle(using: &rng)
    return pairs.map { item in
      var (a, b) = item.pair
      if Bool.random(using: &rng) { swap(&a, &b) }
      return excludesQuestion(a, b, trap: item.trap, release: release)
    }
  }

  /// One Excludes question, answered and explained by the engine's verdict.
  func excludesQuestion(_ a: String, _ b: String, trap: Bool, release: Release) -> QuizQuestion {
    let verdict = self.verdict(a, b, in: release)
    let decision = verdict?.decision ?? .none
    let deciding = verdict?.evidence.first { $0.role == .decides }
    var tags = [decision == .none ? "no-relation" : decision.rawValue]
    if trap { tags.append("trap") }
    if deciding?.path.isEmpty == false { tags.append("inherited") }
    let note = deciding.map {
      "\($0.noteKind?.heading ?? "Note") at \($0.level?.levelName ?? "") \($0.carrier) (for \($0.subject ?? "")): \"\($0.noteText)\""
    }
    let explanation: String
    switch decision {
    case .excludes1, .curatedExcludes1:
      explanation =
        "\(a) and \(b) may not be reported together: \(note ?? "Excludes1") (unless the conditions are unrelated, I.A.12.a)."
    case .excludes2:
      explanation = "\(a) and \(b) may be reported together: \(note ?? "Excludes2") (I.A.12.b)."
    case .none:
      explanation =
        "\(a) and \(b) may be reported together: no Excludes note at any level relates them"
        + (trap ? " (they look related, but the tabular has no note)." : ".")
    }
    return QuizQuestion(
      number: 0, kind: .excludes, codes: [a, b],
      text: "May \(a) and \(b) be reported together (no Excludes1 conflict)? [y/n]", choices: ["y", "n"],
      answer: decision == .excludes1 || decision == .curatedExcludes1 ? "n" : "y", explanation: explanation, tags: tags)
  }

  /// Validity questions over every loaded release, alternating billable and not.
  func validityQuestions(_ n: Int, rng: inout SeededGenerator) -> [QuizQuestion] {
    guard n > 0 else { return [] }
    var yes: [(String, Release)] = []
    var no: [(String, Release)] = []
    for release in codeSet.releases {
      for code in QuizPool.codes + QuizPool.validityExtras {
        let billable = release.lookup(code).map { release.isBillable($0) } ?? false
        if billable { yes.append((code, release)) } else { no.append((code, release)) }
      }
    }
    yes.shuffle(using: &rng)
    no.shuffle(using: &rng)
    var picks: [(String, Release)] = []
    for i in 0..<n {
      if i % 2 == 0, !no.isEmpty {
        picks.append(no.removeFirst())
      } else if !yes.isEmpty {
        picks.append(yes.removeFirst())
      }
    }
    picks.shuffle(using: &rng)
    return picks.map { code, release in
      let date = release.info.effectiveFrom
      let id = release.lookup(code)
      let billable = id.map { release.isBillable($0) } ?? false
      var tags = [billable ? "billable" : (id == nil ? "not-in-release" : "header"), release.info.id]
      if code == "M54.5" { tags.append("code-history") }
      let explanation: String
      if let id, billable {
        explanation = "\(code) \(release.title(id)) is a billable code in \(release.info.id) (in force on \(date))."
      } else if let id {
        let below = release.billableDescendants(id).prefix(4).map { release.code($0) }
        explanation =
          "\(code) \(release.title(id)) is a header in \(release.info.id), not billable; use a code below it"
          + (below.isEmpty ? "." : " (\(below.joined(separator: ", "))\(below.count == 4 ? ", ..." : "")).")
      } else {
        explanation = "\(code) is not a code in \(release.info.id) (in force on \(date))."
      }
      return QuizQuestion(
        number: 0, kind: .valid, codes: [code], text: "Is \(code) billable on \(date)? [y/n]", choices: ["y", "n"],
        answer: billable ? "y" : "n", explanation: explanation, tags: tags)
    }
  }

  /// The levels, from the code up.
  static let levelChoices = ["code", "subcategory", "category", "section", "chapter"]

  /// Level questions: an Excludes note that applies to a pool code, at a level drawn evenly.
  func levelQuestions(_ n: Int, release: Release, rng: inout SeededGenerator) -> [QuizQuestion] {
    guard n > 0 else { return [] }
    var byLevel: [String: [(String, AppliedNote)]] = [:]
    for code in QuizPool.codes {
      guard let id = release.lookup(code) else { continue }
      for applied in release.applicableNotes(id)
      where applied.note.kind == .excludes1 || applied.note.kind == .excludes2 {
        byLevel[applied.level.levelName, default: []].append((release.code(id), applied))
      }
    }
    let levels = Self.levelChoices.filter { byLevel[$0]?.isEmpty == false }
    guard !levels.isEmpty else { return [] }
    var used = Set<String>()
    var questions: [QuizQuestion] = []
    var attempts = 0
    while questions.count < n && attempts < n * 20 {
      attempts += 1
      let level = levels[Int.random(in: 0..<levels.count, using: &rng)]
      guard let options = byLevel[level], let (code, applied) = options.randomElement(using: &rng) else { continue }
      let key = "\(code)|\(applied.note.text)"
      guard used.insert(key).inserted else { continue }
      let kind = applied.note.kind.heading
      questions.append(
        QuizQuestion(
          number: 0, kind: .level, codes: [code, applied.carrierCode],
          text:
            "For \(code), at which level is the \(kind) note \"\(applied.note.text)\" carried? [1 code, 2 subcategory, 3 category, 4 section, 5 chapter]",
          choices: Self.levelChoices, answer: level,
          explanation: applied.carrierCode == code
            ? "\(kind) \"\(applied.note.text)\" is \(code)'s own note (code level)."
            : "\(kind) \"\(applied.note.text)\" is carried at the \(level) level by \(applied.carrierCode) \(release.title(applied.carrier)), and applies to every code below it, \(code) included.",
          tags: ["level-\(level)", applied.note.kind.elementName]))
    }
    return questions
  }
}
