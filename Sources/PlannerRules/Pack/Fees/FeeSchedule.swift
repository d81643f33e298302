/// The pack's `fees` section: every fee of the road (FEES.md), in the pack's order.
public struct FeeSchedule: Hashable, Sendable {
  public var fees: [Fee]

  public init(_ fees: [Fee]) { self.fees = fees }

  public func fee(_ id: String) -> Fee? { fees.first { $0.id == id } }

  /// The fees a task (or event) incurs, in the pack's order.
  public func fees(for task: String) -> [Fee] { fees.filter { $0.tasks.contains(task) } }

  /// Events that incur a fee but are no task of a plan: priced as branches only.
  public static let events = [extensionEvent, regionChangeEvent]
  /// A USMLE eligibility period extended (FEES.md row 7).
  public static let extensionEvent = "usmle.extension"
  /// A change of USMLE testing region (FEES.md row 8).
  public static let regionChangeEvent = "usmle.region-change"

  /// The task ids a fee may name: the pathway catalogue's ids that cost money (checked against
  /// the catalogue by `FeeTaskCatalogueTests`) and the events above. PlannerRules cannot see the
  /// catalogue (docs/ARCHITECTURE.md), so the pack's checker reads this list.
  public static let knownTasks: [String] = [
    "ecfmg.account", "ecfmg.application", "credentials.verify", "step1.register", "step2ck.register", "step3.register",
    "oet.book", "pathway.apply", "eras.token", "eras.submit", "residencycas.support", "residencycas.submit", "nrmp.register", "nrmp.rol",
    "visa.j1.review", "visa.j1.ds2019", "visa.j1.interview", "visa.h1b.petition", "visa.h1b.processing", "visa.h1b.stamping",
  ] + events
}
