import ArgumentParser

@main
struct Planner: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Plan an IMG's road to a US residency.")
  func run() throws {}
}
