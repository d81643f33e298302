import PlannerCore
import Yams

extension RulesPackDecoder {
  /// `{text: …, …}` as a sourced sentence.
  mutating func text(_ node: Node?, _ what: String) -> Sourced<String>? {
    guard let node, let (f, meta) = item(node, what, ["text"]), let t = reader.string(f["text"]!, "\(what).text") else { return nil }
    if t.isEmpty { reader.fail(f["text"]!, "\(what).text must not be empty") }
    return meta.sourced(t)
  }

  /// `{applies: true|false, …}` as a sourced flag.
  mutating func flag(_ node: Node?, _ what: String) -> Sourced<Bool>? {
    guard let node, let (f, meta) = item(node, what, ["applies"]), let b = reader.boolean(f["applies"]!, "\(what).applies") else { return nil }
    return meta.sourced(b)
  }

  /// A Pathways season (= Match year) → dated value map.
  mutating func bySeason(_ node: Node?, _ what: String, years: ClosedRange<Int>) -> [Int: Sourced<Day>]? {
    guard let node else { return nil }
    var result: [Int: Sourced<Day>] = [:]
    var ok = true
    for (key, keyNode, value) in reader.pairs(node, allowed: nil, context: what) {
      guard let season = Int(key), years.contains(season) else {
        reader.fail(keyNode, "\(what): '\(key)' is not a Pathways season in supported_years (\(years.lowerBound)–\(years.upperBound))")
        ok = false
        continue
      }
      guard let d = day(value, "\(what).\(season)") else {
        ok = false
        continue
      }
      result[season] = d
    }
    if result.isEmpty && ok {
      reader.fail(node, "\(what) needs at least one season")
      ok = false
    }
    return ok ? result : nil
  }

  mutating func readPathways(_ node: Node, years: ClosedRange<Int>) -> PathwayRules? {
    let keys = ["licence_valid_from", "graduated_from", "graduated_from_years_before", "serves_matches", "pathway2", "failed_cs_means_pathway6", "documents_due_at_deadline", "oet_sit_by_month", "revalidation_from"]
    let f = fields(node, keys, "pathways", required: keys)
    let licence = bySeason(f["licence_valid_from"], "pathways.licence_valid_from", years: years)
    let graduated = bySeason(f["graduated_from"], "pathways.graduated_from", years: years)
    let before = int(f["graduated_from_years_before"], "pathways.graduated_from_years_before", in: 0...20, unit: "years")
    let serves = int(f["serves_matches"], "pathways.serves_matches", in: 1...10, unit: "Match cycles")
    let p2 = text(f["pathway2"], "pathways.pathway2")
    let failedCS = flag(f["failed_cs_means_pathway6"], "pathways.failed_cs_means_pathway6")
    let documents = flag(f["documents_due_at_deadline"], "pathways.documents_due_at_deadline")
    let month = int(f["oet_sit_by_month"], "pathways.oet_sit_by_month", in: 1...12, unit: "months (1–12)")
    let revalidation = int(f["revalidation_from"], "pathways.revalidation_from", in: 2021...2100, unit: "years")
    guard let licence, let graduated, let before, let serves, let p2, let failedCS, let documents, let month, let revalidation else { return nil }
    return PathwayRules(
      licenceValidFrom: licence, graduatedFrom: graduated, graduatedFromYearsBefore: before, servesMatches: serves, pathway2: p2,
      failedCSMeansPathway6: failedCS, documentsDueAtDeadline: documents, oetSitByMonth: month, revalidationFrom: revalidation)
  }

  mutating func readH1BFee(_ node: Node) -> H1BFee? {
    let keys = ["amount", "proclaimed", "petitions_filed_from", "term_months", "condition", "litigation", "history"]
    let f = fields(node, keys, "h1b_fee", required: keys.filter { $0 != "history" })
    let amount = int(f["amount"], "h1b_fee.amount", in: 0...10_000_000, unit: "dollars")
    let proclaimed = day(f["proclaimed"], "h1b_fee.proclaimed")
    let from = day(f["petitions_filed_from"], "h1b_fee.petitions_filed_from")
    let term = int(f["term_months"], "h1b_fee.term_months", in: 1...120, unit: "months")
    let condition = text(f["condition"], "h1b_fee.condition")
    let litigation = text(f["litigation"], "h1b_fee.litigation")
    guard let amount, let proclaimed, let from, let term, let condition, let litigation else { return nil }
    if from.value < proclaimed.value, let node = f["petitions_filed_from"] {
      reader.fail(node, "h1b_fee.petitions_filed_from \(from.value) is before the proclamation (\(proclaimed.value))")
      return nil
    }
    var fee = H1BFee(amount: amount, proclaimed: proclaimed, petitionsFiledFrom: from, termMonths: term, condition: condition, litigation: litigation)
    if let node = f["history"] {
      guard let history = readH1BHistory(node, proclaimed: proclaimed.value) else { return nil }
      fee.history = history
    }
    return fee
  }

  /// `h1b_fee.history`: the dated turns, oldest first, none before the proclamation (FACTS.md §10).
  mutating func readH1BHistory(_ node: Node, proclaimed: Day) -> [Sourced<H1BFeeEvent>]? {
    guard let list = node.sequence, !list.isEmpty else {
      reader.fail(node, "h1b_fee.history must be a list of {date, event, in_force} with their source, oldest first")
      return nil
    }
    var out: [Sourced<H1BFeeEvent>] = []
    var ok = true
    for (i, entry) in list.enumerated() {
      let what = "h1b_fee.history[\(i + 1)]"
      guard let (f, meta) = item(entry, what, ["date", "event", "in_force"], optional: ["in_force"]),
        let day = reader.date(f["date"]!, "\(what).date"), let event = reader.string(f["event"]!, "\(what).event")
      else {
        ok = false
        continue
      }
      var inForce: Bool?
      if let n = f["in_force"] {
        guard let b = reader.boolean(n, "\(what).in_force") else {
          ok = false
          continue
        }
        inForce = b
      }
      if day < proclaimed {
        reader.fail(f["date"]!, "\(what).date \(day) is before the proclamation (\(proclaimed))")
        ok = false
      } else if let previous = out.last, day < previous.value.day {
        reader.fail(f["date"]!, "\(what).date \(day) is before the entry above it (\(previous.value.day)); list the history oldest first")
        ok = false
      }
      out.append(meta.sourced(H1BFeeEvent(day: day, event: event, inForce: inForce)))
    }
    return ok ? out : nil
  }

  mutating func readApplication(_ node: Node) -> ApplicationRules? {
    let keys = ["years_since_graduation_screens", "eras_token_release_days_after_opening", "nrmp_late_registration_fee", "full_time_study_hours_per_week", "study_day_hours"]
    let f = fields(node, keys, "application", required: keys)
    var screens: [Sourced<Int>]?
    if let list = f["years_since_graduation_screens"] {
      if let items = list.sequence, !items.isEmpty {
        let read = items.enumerated().compactMap { int($0.element, "application.years_since_graduation_screens[\($0.offset + 1)]", in: 1...30, unit: "years") }
        screens = read.count == items.count ? read : nil
      } else {
        reader.fail(list, "application.years_since_graduation_screens must be a list of {value: YEARS, …}")
      }
    }
    let token = int(f["eras_token_release_days_after_opening"], "application.eras_token_release_days_after_opening", in: 0...120, unit: "days")
    let lateFee = int(f["nrmp_late_registration_fee"], "application.nrmp_late_registration_fee", in: 0...10_000, unit: "dollars")
    let fullTime = int(f["full_time_study_hours_per_week"], "application.full_time_study_hours_per_week", in: 1...112, unit: "hours a week")
    let dayHours = int(f["study_day_hours"], "application.study_day_hours", in: 1...24, unit: "hours")
    // Full time is spread over every day of the week (StudyCapacity): it must fit in a study day.
    if let fullTime, let dayHours, fullTime.value > dayHours.value * 7, let node = f["full_time_study_hours_per_week"] {
      reader.fail(node, "application.full_time_study_hours_per_week \(fullTime.value) is more than application.study_day_hours \(dayHours.value) × 7 days; lower it, or raise study_day_hours")
      return nil
    }
    guard let screens, let token, let lateFee, let fullTime, let dayHours else { return nil }
    return ApplicationRules(yearsSinceGraduationScreens: screens, erasTokenReleaseDaysAfterOpening: token, nrmpLateRegistrationFee: lateFee, fullTimeStudyHoursPerWeek: fullTime, studyDayHours: dayHours)
  }
}
