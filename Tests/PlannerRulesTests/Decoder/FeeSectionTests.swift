import Foundation
import PlannerCore
import PlannerRulesData
import Testing

@testable import PlannerRules

/// The pack's `fees:` section (issue 22, point 1): every row of FEES.md as data, and what
/// `rules --check` refuses in it.
struct FeeSectionTests {
  let text = EmbeddedRules.text

  func problems(replacing old: String, with new: String) -> [String] { PackEdit.problems(replacing: old, with: new) }

  @Test func everyRowOfFeesMdIsInThePack() throws {
    let pack = try RulesPackDecoder.decode(text, file: "p.yaml")
    let ids = Set(pack.fees.fees.map(\.id))
    // FEES.md rows 1–29, by the pack key that holds each (rows 4–6 and 21 are two fees each).
    for id in [
      "myintealth", "certification_application", "credential_verification", "step1", "step2ck", "step1_abroad", "step2ck_abroad",
      "eligibility_extension", "region_change", "oet", "pathway", "eras_token", "usmle_transcript", "eras_applications", "residencycas",
      "nrmp_registration", "nrmp_extra_ranks", "nrmp_late_registration", "step3", "j1_sponsorship", "sevis", "visa_application_j1",
      "visa_application_h1b", "visa_reciprocity", "visa_integrity", "h1b_i129", "h1b_acwia", "h1b_fraud", "h1b_asylum", "h1b_premium",
      "h1b_proclamation",
    ] { #expect(ids.contains(id), "no fee \(id)") }
    #expect(pack.fees.fee("oet")?.latest?.rule.value.currency == .aud)
    #expect(pack.fees.fees.filter { $0.payer == .employer }.count == 6)
    for fee in pack.fees.fees {
      for entry in fee.history { #expect(entry.rule.source.hasPrefix("http"), "\(fee.id) has no web source") }
    }
  }

  /// FEES.md rows 24, 26 and 27 as their sources date them: USCIS's 2024 fee rule raised the
  /// H-1B petition from $460 to $780 and added the asylum program fee for petitions from
  /// 2024-04-01; the fraud fee dates from 2005-03-08 (the H-1B Visa Reform Act of 2004).
  @Test func theH1BFeesKeepTheirHistory() throws {
    let fees = try RulesPackDecoder.decode(text, file: "p.yaml").fees
    let petition = try #require(fees.fee("h1b_i129"))
    #expect(petition.amount(on: Day(iso: "2024-03-31")!)?.rule.value.amount == 460)
    #expect(petition.amount(on: Day(iso: "2024-04-01")!)?.rule.value.amount == 780)
    let asylum = try #require(fees.fee("h1b_asylum"))
    #expect(asylum.amount(on: Day(iso: "2024-03-31")!) == nil)
    #expect(asylum.amount(on: Day(iso: "2024-04-01")!)?.rule.value.amount == 600)
    let fraud = try #require(fees.fee("h1b_fraud"))
    #expect(fraud.amount(on: Day(iso: "2005-03-07")!) == nil)
    #expect(fraud.amount(on: Day(iso: "2027-06-01")!)?.rule.value.amount == 500)
    // A third-party amount cited to an organisation's own page says where the amount is from.
    for id in ["myintealth", "credential_verification"] {
      let note = try #require(fees.fee(id)?.latest?.rule.note)
      #expect(note.contains("third-party") && note.contains("verify"), "\(id): \(note)")
    }
  }

  @Test func aLaterAmountAppliesOnlyFromItsDay() throws {
    let step1 = try #require(try RulesPackDecoder.decode(text, file: "p.yaml").fees.fee("step1"))
    #expect(step1.amount(on: Day(iso: "2025-12-31")!)?.rule.value.amount == 680)
    #expect(step1.amount(on: Day(iso: "2026-01-01")!)?.rule.value.amount == 695)
    #expect(!step1.needsVerifying(on: Day(iso: "2026-06-01")!))
    #expect(step1.needsVerifying(on: Day(iso: "2027-06-01")!))
    // The oldest amount of the premium-processing history has no `from`; the proclamation's has
    // one, so nothing is charged before it.
    let proclamation = try #require(try RulesPackDecoder.decode(text, file: "p.yaml").fees.fee("h1b_proclamation"))
    #expect(proclamation.amount(on: Day(iso: "2025-09-20")!) == nil)
    #expect(proclamation.amount(on: Day(iso: "2025-09-21")!)?.rule.value.amount == 100_000)
  }

  @Test func erasTiersAreElevenToThirtyThenThirty() {
    let tiers = FeeAmount(amount: 11, currency: .usd, upTo: 30, beyond: 30)
    #expect(tiers.price(30) == 330)
    #expect(tiers.price(31) == 360)
    #expect(tiers.price(60) == 1_230)
    let ranks = FeeAmount(amount: 30, currency: .usd, included: 20, most: 300)
    #expect(ranks.price(20) == 0 && ranks.price(25) == 150 && ranks.price(400) == 30 * 280)
  }

  @Test func anAmountWithoutASourceIsRefused() {
    let found = problems(
      replacing: "        source: https://helpyoumatch.com/pathway6\n        note: \"FEES.md row 10",
      with: "        note: \"FEES.md row 10")
    #expect(found.contains { $0.hasPrefix("fees.pathway.amounts[1]: missing 'source'") }, "\(found)")
  }

  @Test func aHistoryOutOfOrderIsRefused() {
    let found = problems(replacing: "      - from: 2025-01-01\n        amount: 680", with: "      - from: 2026-06-01\n        amount: 680")
    #expect(found.contains { $0.hasPrefix("fees.step1.amounts[2].from 2026-06-01 is not before the entry above it") }, "\(found)")
  }

  @Test func anUnknownCurrencyIsRefused() {
    let found = problems(replacing: "amount: 587\n        currency: AUD", with: "amount: 587\n        currency: EUR")
    #expect(found == ["fees.oet.amounts[1].currency: 'EUR' is not a currency the planner knows (USD, AUD); amounts are never converted, so add the currency to the planner first"], "\(found)")
  }

  @Test func anUnknownTaskIsRefusedWithTheNearOne() {
    let found = problems(replacing: "tasks: [step3.register]", with: "tasks: [step3.registr]")
    #expect(found == ["fees.step3.tasks: 'step3.registr' is not a task or event that incurs a fee the planner knows; did you mean 'step3.register'?"], "\(found)")
  }

  @Test func anUnknownConditionIsRefused() {
    let found = problems(replacing: "conditions: [optional]", with: "conditions: [sometimes]")
    #expect(found.count == 1 && found[0].hasPrefix("fees.h1b_premium.conditions: 'sometimes' is not a fee condition"), "\(found)")
  }

  @Test(arguments: ["javascript:alert(1)", "data:text/html,x"])
  func aScriptOrDataSourceIsRefused(source: String) {
    let found = problems(replacing: "        confidence: official\n        source: https://csess2.ecfmg.org/eras/residencycas.html", with: "        confidence: official\n        source: \"\(source)\"")
    #expect(found.count == 1 && found[0].hasPrefix("fees.residencycas_support.amounts[1].source: a '") && found[0].contains("address is never a source"), "\(found)")
  }

  @Test func theProclamationAmountMustAgreeWithH1BFee() {
    let found = problems(replacing: "        amount: 100000\n", with: "        amount: 90000\n")
    #expect(found == ["fees.h1b_proclamation: the newest amount 90000 differs from h1b_fee.amount 100000; change both together"], "\(found)")
  }
}
