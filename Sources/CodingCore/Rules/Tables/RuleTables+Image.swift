/// Saving the tables of a release with every code entered as a ``RuleImage``, and taking them back
/// from one: a large batch then starts from the image instead of resolving every code's chain.
extension RuleTables {
  /// Whether nothing has been entered or resolved yet: the only state an image is taken from or
  /// applied to. Keys and spellings come only with entries, and carriers, references and notes only
  /// once the per-node slots are made (``head(_:)``).
  var isFresh: Bool { entries.isEmpty && headSlot.isEmpty }

  /// Enters every code from the release's image when there is one that fits; otherwise enters
  /// them one by one and saves the image for the next batch. Only fresh tables use images.
  ///
  /// - Returns: whether the codes came from an image.
  @discardableResult mutating func enterAllCodesThroughImage() -> Bool {
    guard isFresh, let (path, fingerprint) = RuleImage.location(for: rules) else {
      enterAllCodes()
      return false
    }
    let nodeCount = rules.release.nodeCount
    if let image = RuleImage.load(from: path, fingerprint: fingerprint, nodeCount: nodeCount), adopt(image) {
      allCodesEntered = true
      return true
    }
    enterAllCodes()
    image().save(to: path, fingerprint: fingerprint, nodeCount: nodeCount)
    return false
  }

  /// The image of the tables as they are (right after ``enterAllCodes()`` on fresh tables).
  func image() -> RuleImage {
    var image = RuleImage()
    image.entries = entries
    image.codeBytes = codeBytes
    image.keyedSlots = keyed.slotsForImage
    image.carrierSlot = carrierSlot
    image.headSlot = headSlot
    image.carriers = carriers
    image.chainMasks = chainMasks
    image.chainIntervals = chainIntervals
    image.intervals = intervals
    image.triples = triples
    image.instructionRanges = instructionRanges
    image.instructionTriples = instructionTriples
    image.rangeRecords = ranges.map { range in
      var record = RuleImage.RangeRecord(
        start: range.start, end: range.end, note: Int32(range.note), carrier: range.carrier.rawValue,
        curated: Int32(range.curated), textStart: -1, textCount: 0, kind: range.kind.rawValue,
        level: range.level.rawValue, qualified: range.qualifier == nil ? 0 : 1)
      if let text = range.text {
        record.textStart = Int32(image.texts.count)
        record.textCount = Int32(text.utf8.count)
        image.texts.append(contentsOf: text.utf8)
      }
      return record
    }
    image.instructionRecords = instructions.map {
      RuleImage.InstructionRecord(note: Int32($0.note), carrier: $0.carrier.rawValue, kind: $0.kind.rawValue)
    }
    return image
  }

  /// Takes the tables from an image after checking every position they follow against the release
  /// and each other; returns false, leaving the tables as they were, when anything is out of place.
  mutating func adopt(_ image: RuleImage) -> Bool {
    let release = rules.release
    let nodeCount = Int32(release.nodeCount)
    let carrierCount = Int32(image.carriers.count)
    let rangeCount = image.rangeRecords.count
    let instructionCount = image.instructionRecords.count
    guard image.carrierSlot.count == release.nodeCount, image.headSlot.count == release.nodeCount,
      carrierCount >= 1, image.chainMasks.count == image.carriers.count,
      image.chainIntervals.count == image.carriers.count, image.triples.count == 3 * rangeCount,
      image.instructionRanges.count == instructionCount, image.intervals.count % 3 == 0,
      image.instructionTriples.count % 3 == 0,
      let keyed = KeyTable(slots: image.keyedSlots, valuesBelow: Int32(image.entries.count))
    else { return false }
    for slots in [image.carrierSlot, image.headSlot] where slots.contains(where: { $0 < -1 || $0 >= carrierCount }) {
      return false
    }
    for entry in image.entries {
      guard entry.node >= 0, entry.node < nodeCount, entry.parent >= -1, entry.parent < nodeCount,
        entry.head >= 0, entry.head < carrierCount, entry.finding == -1 || entry.finding == Self.findingNotMade,
        entry.codeCount >= 2, entry.codeStart >= 0,
        Int(entry.codeStart) + Int(entry.codeCount) <= image.codeBytes.count
      else { return false }
    }
    for span in image.carriers {
      guard span.rangeStart >= 0, span.rangeCount >= 0, Int(span.rangeStart) + Int(span.rangeCount) <= rangeCount,
        span.instructionStart >= 0, span.instructionCount >= 0,
        Int(span.instructionStart) + Int(span.instructionCount) <= instructionCount, span.next >= 0,
        span.next < carrierCount
      else { return false }
    }
    for span in image.chainIntervals {
      guard span.start >= 0, span.count >= 0, 3 * (Int(span.start) + Int(span.count)) <= image.intervals.count else {
        return false
      }
    }
    for span in image.instructionRanges {
      guard span.start >= 0, span.count >= 0, 3 * (Int(span.start) + Int(span.count)) <= image.instructionTriples.count
      else { return false }
    }
    var ranges: [ChainRange] = []
    ranges.reserveCapacity(rangeCount)
    for record in image.rangeRecords {
      guard record.carrier >= 0, record.carrier < nodeCount,
        release.noteRange(of: NodeID(record.carrier)).contains(Int(record.note)),
        let kind = ChainRange.Kind(rawValue: record.kind), let level = NodeKind(rawValue: record.level),
        record.textStart < 0 || Int(record.textStart) + Int(record.textCount) <= image.texts.count
      else { return false }
      let text =
        record.textStart < 0
        ? nil
        : String(
          decoding: image.texts[Int(record.textStart)..<Int(record.textStart + record.textCount)], as: UTF8.self)
      let qualifier =
        record.qualified == 0 ? nil : rules.qualifier(note: Int(record.note), start: record.start, end: record.end)
      ranges.append(
        ChainRange(
          start: record.start, end: record.end, qualifier: qualifier, kind: kind, note: Int(record.note),
          carrier: NodeID(record.carrier), level: level, curated: Int(record.curated), text: text))
    }
    var instructions: [Instruction] = []
    instructions.reserveCapacity(instructionCount)
    for (record, span) in zip(image.instructionRecords, image.instructionRanges) {
      guard record.carrier >= 0, record.carrier < nodeCount,
        release.noteRange(of: NodeID(record.carrier)).contains(Int(record.note)),
        let kind = NoteKind(rawValue: record.kind)
      else { return false }
      var instruction = Instruction(kind: kind, note: Int(record.note), carrier: NodeID(record.carrier), ranges: [])
      for t in Int(span.start)..<Int(span.start + span.count) {
        let start = image.instructionTriples[3 * t]
        let end = image.instructionTriples[3 * t + 1]
        guard start >= 0, start <= end, end <= nodeCount else { return false }
        let qualifier =
          image.instructionTriples[3 * t + 2] == 0
          ? nil : rules.qualifier(note: Int(record.note), start: start, end: end)
        instruction.ranges.append((range: NodeID(start)..<NodeID(end), qualifier: qualifier))
      }
      instructions.append(instruction)
    }
    entries = image.entries
    codeBytes = image.codeBytes
    self.keyed = keyed
    carrierSlot = image.carrierSlot
    headSlot = image.headSlot
    carriers = image.carriers
    chainMasks = image.chainMasks
    chainIntervals = image.chainIntervals
    intervals = image.intervals
    triples = image.triples
    instructionRanges = image.instructionRanges
    instructionTriples = image.instructionTriples
    self.ranges = ranges
    self.instructions = instructions
    return true
  }
}
