import Foundation
import PlannerCohort
import PlannerCore
import PlannerPathway
import PlannerRender
import PlannerRules
import PlannerTestSupport
import Testing

struct CohortTests {
  static let today = Day(iso: "2026-11-25")!
  static let folder = "Examples/cohort"

  /// The fixture folder's profiles with the files beside them, read as the executable does.
  static func inputs(dropping: Set<String> = []) throws -> [CohortInput] {
    let base = Repository.root.appendingPathComponent(folder)
    let names = (FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    return try names.map { name in
      let stem = String(name.dropLast(".yaml".count))
      func beside(_ ext: String) -> String? {
        dropping.contains(stem + ext) ? nil : try? String(contentsOf: base.appendingPathComponent(stem + ext), encoding: .utf8)
      }
      return CohortInput(
        file: "Examples/cohort/" + name, profile: .success(Array(try Data(contentsOf: base.appendingPathComponent(name)))),
        journalFile: "Examples/cohort/\(stem).journal", journalText: beside(".journal"), programsFile: "Examples/cohort/\(stem).csv", programsText: beside(".csv"))
    }
  }

  static func cohort(jobs: Int, riskRuns: Int = 300, dropping: Set<String> = []) async throws -> Cohort {
    await Cohort.plan(try inputs(dropping: dropping), options: CohortOptions(today: today, rules: bundledRules, riskRuns: riskRuns, jobs: jobs))
  }

  @Test func oneRowPerProfileMostUrgentFirst() async throws {
    let c = try await Self.cohort(jobs: 2)
    #expect(c.rows.map(\.file) == ["Examples/cohort/broken.yaml", "Examples/cohort/silva.yaml", "Examples/cohort/eze.yaml", "Examples/cohort/lin.yaml", "Examples/cohort/mehta.yaml", "Examples/cohort/more/fernandez.yaml"])
    // Mehta is overdue since the 2027 Pathways season, which serves his 2028 Match, opened
    // (2026-08-20, projected; issue 21, point 1).
    #expect(c.rows.map(\.group) == [.error, .blocked, .late, .overdue, .overdue, .onTrack])
    #expect(c.summary == "6 applicants: 1 cannot be planned, 1 blocked, 1 late, 2 overdue, 1 on track")
    // Within a group, the smaller margin first.
    #expect((c.rows[3].marginDays ?? 0) <= (c.rows[4].marginDays ?? 0))
  }

  @Test func aBrokenProfileIsARowWithItsErrorNotTheEndOfTheBatch() async throws {
    let c = try await Self.cohort(jobs: 2, riskRuns: 0)
    let broken = try #require(c.rows.first { $0.file == "Examples/cohort/broken.yaml" })
    #expect(broken.error == "Examples/cohort/broken.yaml:3:1: error: unknown key 'graduaton' in the profile; did you mean 'graduation'?")
    #expect(c.rows.filter { $0.error == nil }.count == 5)
  }

  @Test func theJournalBesideAProfileCounts() async throws {
    let with = try #require(try await Self.cohort(jobs: 1, riskRuns: 0).rows.first { $0.file == "Examples/cohort/eze.yaml" })
    let without = try #require(try await Self.cohort(jobs: 1, riskRuns: 0, dropping: ["eze.journal"]).rows.first { $0.file == "Examples/cohort/eze.yaml" })
    #expect(with.journalRecords == 1 && without.journalRecords == 0)
    // The recorded Step 2 CK failure moves the deciding margin later.
    #expect((with.marginDays ?? 0) < (without.marginDays ?? 0))
  }

  @Test func theProgramsFileBesideAProfileIsCounted() async throws {
    let mehta = try #require(try await Self.cohort(jobs: 1, riskRuns: 0).rows.first { $0.file == "Examples/cohort/mehta.yaml" })
    #expect(mehta.programsMet == 1 && mehta.programsTotal == 5)
  }

  @Test func aBrokenProgramsFileIsTheRowsProblemNotTheEndOfThePlan() async throws {
    var inputs = try Self.inputs()
    let i = try #require(inputs.firstIndex { $0.file == "Examples/cohort/mehta.yaml" })
    inputs[i].programsText = "name,visa\nA,J1 only\n"
    let c = await Cohort.plan(inputs, options: CohortOptions(today: Self.today, rules: bundledRules, riskRuns: 0))
    let mehta = try #require(c.rows.first { $0.file == "Examples/cohort/mehta.yaml" })
    #expect(mehta.group == .overdue && mehta.programsMet == nil)
    #expect(mehta.programsError == "Examples/cohort/mehta.csv:2:3: error: visa: 'J1 only' is not a visa sponsorship (J-1, H-1B, J-1;H-1B, none, or unknown); still to pay counts the default 60 programs")
    #expect(c.table().contains("  Examples/cohort/mehta.yaml: programs: Examples/cohort/mehta.csv:2:3: error: visa: 'J1 only'"))
  }

  @Test func theOutputDoesNotDependOnJobs() async throws {
    let one = try await Self.cohort(jobs: 1)
    let four = try await Self.cohort(jobs: 4)
    #expect(one.table() == four.table())
    #expect(one.csv() == four.csv())
    #expect(one.json() == four.json())
    #expect(one.html() == four.html())
  }

  @Test func pReadyComesFromSeededRuns() async throws {
    let c = try await Self.cohort(jobs: 2, riskRuns: 300)
    #expect(c.rows.filter { $0.error == nil }.allSatisfy { $0.pReady != nil })
    #expect(c.riskLine.contains("from 300 simulated runs per applicant (seed 2028)"))
    let none = try await Self.cohort(jobs: 2, riskRuns: 0)
    #expect(none.rows.allSatisfy { $0.pReady == nil })
  }

  @Test func theHTMLPageIsSelfContainedAndEscapes() async throws {
    var inputs = try Self.inputs()
    inputs.append(CohortInput(file: "Examples/cohort/<evil>.yaml", profile: .success(Array("name: \"<script>x</script> \\u202E\"\n".utf8))))
    let html = await Cohort.plan(inputs, options: CohortOptions(today: Self.today, rules: bundledRules, riskRuns: 0)).html()
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("Content-Security-Policy"))
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
    #expect(!html.contains("\u{202E}"))
    // Links go only to sections of the page.
    let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
    #expect(!hrefs.isEmpty && hrefs.allSatisfy { $0.hasPrefix("#applicant-") })
    #expect(!html.contains("src="))
  }
}
