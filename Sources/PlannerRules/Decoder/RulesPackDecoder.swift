import PlannerCore
import Yams

/// Reads a rules pack from YAML. Pure: the caller reads the file. Works on Yams nodes, through the
/// reader the profile uses too (`YAMLReader`), so every problem carries its line and column and an unknown key
/// gets the near one suggested; all problems are collected before failing.
public struct RulesPackDecoder {
  /// The pack format this planner reads.
  public static let schemaVersion = 1

  /// The node helpers (positions, "did you mean", dates, integers) shared with the profile.
  var reader: YAMLReader
  /// Where each recorded cycle value sits, for problems found once the cycle is assembled.
  var marks: [Int: [CycleRecord.Field: Mark]] = [:]
  /// Values read, each with its source.
  var count = 0

  static let topKeys = ["schema_version", "pack_version", "last_verified", "supported_years", "cycles", "exam", "certification", "pathways", "h1b_fee", "application", "lead_times", "non_eras_specialties", "specialties", "risk", "fees", "training_years"]
  /// Top keys a pack may leave out (added after packs were written by hand; issue 22).
  static let optionalTopKeys: Set<String> = ["training_years"]
  static let metaKeys = ["confidence", "source", "note", "verified"]

  public static func decode(_ text: String, file: String) throws(DiagnosticError) -> RulesPack {
    var decoder = RulesPackDecoder(reader: YAMLReader(file: file))
    // A pack is user input too (`--rules FILE`): the same bounds before Yams builds nodes.
    let controls = YAMLText.controlCharacters(in: text, file: file)
    if !controls.isEmpty { throw DiagnosticError(controls) }
    let aliases: YAMLAliases
    switch YAMLPrescan.scan(text, file: file) {
    case .success(let found): aliases = found
    case .failure(let problem): throw DiagnosticError([problem])
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw DiagnosticError([decoder.reader.syntaxDiagnostic(error, text: text)])
    } catch {
      throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: "cannot read YAML")])
    }
    guard let root else {
      throw DiagnosticError([Diagnostic(file: file, line: 1, column: 1, message: "the rules pack is empty")])
    }
    let pack = decoder.readTop(aliases.remark(root))
    if let pack { decoder.checkCycles(pack) }
    guard let pack, decoder.reader.diagnostics.isEmpty else {
      throw DiagnosticError(decoder.reader.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
    }
    return pack
  }

  mutating func readTop(_ root: Node) -> RulesPack? {
    let top = fields(root, Self.topKeys, "the rules pack", required: Self.topKeys.filter { !Self.optionalTopKeys.contains($0) })
    var schema: Int?
    if let node = top["schema_version"] {
      schema = reader.integer(node, "schema_version", in: 1...1_000, unit: "versions")
      if let s = schema, s != Self.schemaVersion {
        reader.fail(node, "schema_version \(s) is not one this planner reads (\(Self.schemaVersion)); use a pack made for this version, or a newer planner")
      }
    }
    let packVersion = top["pack_version"].flatMap { reader.string($0, "pack_version") }
    if let node = top["pack_version"], packVersion?.isEmpty == true { reader.fail(node, "pack_version must not be empty") }
    let lastVerified = top["last_verified"].flatMap { reader.date($0, "last_verified") }
    var years: ClosedRange<Int>?
    if let node = top["supported_years"] {
      let y = fields(node, ["first", "last"], "supported_years", required: ["first", "last"])
      if let first = y["first"].flatMap({ reader.integer($0, "supported_years.first", in: 1990...2100, unit: "years") }),
        let last = y["last"].flatMap({ reader.integer($0, "supported_years.last", in: 1990...2100, unit: "years") })
      {
        if first <= last { years = first...last } else { reader.fail(node, "supported_years: first \(first) is after last \(last)") }
      }
    }
    let (records, clinical) = top["cycles"].map { readCycles($0, years: years ?? 1990...2100) } ?? ([], [:])
    let exam = top["exam"].flatMap { readExam($0) }
    let certification = top["certification"].flatMap { readCertification($0) }
    let pathways = top["pathways"].flatMap { readPathways($0, years: years ?? 1990...2100) }
    let h1bFee = top["h1b_fee"].flatMap { readH1BFee($0) }
    let application = top["application"].flatMap { readApplication($0) }
    let leadTimes = top["lead_times"].flatMap { readLeadTimes($0) }
    let nonERAS = top["non_eras_specialties"].map { readNonERAS($0) } ?? []
    let specialties = top["specialties"].flatMap { readSpecialties($0) }
    let risk = top["risk"].flatMap { readRisk($0) }
    let fees = top["fees"].flatMap { readFees($0) }
    guard let schema, let packVersion, let lastVerified, let years, let exam, let certification, let pathways, let h1bFee, let application, let leadTimes, let risk, let fees else { return nil }
    var pack = RulesPack(
      schemaVersion: schema, packVersion: packVersion, lastVerified: lastVerified, supportedYears: years,
      records: records, clinicalSkillsRecords: clinical, exam: exam, certification: certification,
      leadTimes: leadTimes, nonERASSpecialties: nonERAS, pathways: pathways, h1bFee: h1bFee, application: application, risk: risk, fees: fees)
    pack.specialties = specialties
    checkFeesAgree(fees, top["fees"], h1bFee: h1bFee, application: application)
    pack.trainingYears = top["training_years"].map { readTrainingYears($0) } ?? []
    pack.valueCount = count
    return pack
  }

  /// The values of a mapping by key; unknown keys (with a hint) and missing required ones are reported.
  mutating func fields(_ node: Node, _ allowed: [String], _ context: String, required: [String] = []) -> [String: Node] {
    var found: [String: Node] = [:]
    for (key, _, value) in reader.pairs(node, allowed: allowed, context: context) { found[key] = value }
    let isMapping = node.mapping != nil || node.scalar.map { $0.string.isEmpty || $0.string == "~" || $0.string == "null" } == true
    if isMapping {
      // A misspelt key was already reported with this one suggested: do not report it twice. A
      // near-named key that is itself allowed (`note` beside a missing `date`) was not (issue 26, 8).
      let written = node.mapping.map { $0.keys.compactMap(\.string) } ?? []
      for key in required where found[key] == nil && !written.contains(where: { !allowed.contains($0) && nearest($0, in: [key]) != nil }) {
        let why = key == "source" ? " (every value needs the address a person can check)" : ""
        reader.fail(node, "\(context): missing '\(key)'\(why)")
      }
    }
    return found
  }
}
