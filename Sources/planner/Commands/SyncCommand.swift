import ArgumentParser
import Foundation
import PlannerCalDAV
import PlannerICal
import PlannerPathway
import PlannerRender

/// `planner sync`: keeps a CalDAV calendar (Nextcloud, iCloud, Fastmail, Radicale, Baïkal;
/// Android through DAVx⁵) holding the plan's events (issue 24, part 1). Loads the inputs, plans,
/// hands the events to `CalendarSync` (PlannerCalDAV) with the state file beside the profile,
/// and prints what it did.
struct SyncCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Keep a CalDAV calendar (your phone's) up to date with the plan.",
    discussion: """
      Creates, changes and removes only this plan's own events in the calendar (the user's own \
      events are never touched), sending only what changed since the last sync. The user name \
      and password come from ~/.netrc (machine HOST login USER password PASSWORD) or from \
      PLANNER_CALDAV_USER and PLANNER_CALDAV_PASSWORD, never from an option. The state is kept \
      beside the profile (me.yaml → me.caldav.json); a sync that stops half way is finished by \
      the next. Exit codes: 0 synced (the plan is feasible), 3 synced (the Match year is not \
      feasible), 5 not synced (the server refused, could not be reached, or an event changed \
      there: run again, or with --force), 2 bad input or no credentials, 75 another sync is running.
      """
  )

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("caldav"), help: ArgumentHelp("The calendar's CalDAV URL (default: the profile's `caldav:`).", valueName: "url"))
  var url: String?

  @Flag(help: "Overwrite events changed on the server since the last sync (and put back ones deleted there).")
  var force = false

  @Flag(help: "Make the calendar (MKCALENDAR) when the URL does not exist yet.")
  var create = false

  @Flag(name: .customLong("insecure-http"), help: "Allow plain http:// to a host other than this machine (the password is then sent unencrypted).")
  var insecureHTTP = false

  @Option(help: ArgumentHelp("Seconds to wait for the server before giving up.", valueName: "seconds"))
  var timeout = 30

  @Option(help: ArgumentHelp("Reminders as alarms on the events (VALARM, shown by phones; the default), as events of their own, or both.", valueName: "alarms|events|both"))
  var reminders: ReminderModeOption = .alarms

  @Option(name: .customLong("remind"), help: ArgumentHelp("Reminder lead times in days, comma-separated.", valueName: "days"))
  var remind = "14,2"

  var reminderDays: [Int]? {
    let days = remind.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !days.isEmpty, days.allSatisfy({ $0.map { (0...365).contains($0) } ?? false }) else { return nil }
    return days.compactMap { $0 }
  }

  func validate() throws {
    if !(1...600).contains(timeout) { throw ValidationError("--timeout must be between 1 and 600 seconds, got \(timeout)") }
    if reminderDays == nil {
      throw ValidationError("--remind takes days as whole numbers from 0 to 365, separated by commas, got '\(remind)'")
    }
  }

  /// Everything read and checked before the first request.
  struct Prepared {
    var sync: CalendarSync
    var files: SyncFiles
    var notFeasible: Bool
  }

  func run() async throws {
    let prepared = try reportingInputErrors { () throws -> Prepared in
      let context = try input.load()
      let files = SyncFiles(try ReplanFiles.require(input.profile, for: "sync"))
      guard let text = url ?? context.profile.caldav else {
        throw UsageError("`planner sync` needs the calendar's URL: --caldav https://HOST/PATH/, or `caldav: https://HOST/PATH/` in the profile")
      }
      let collection: CollectionURL
      do { collection = try CollectionURL(text, insecureHTTP: insecureHTTP) } catch let error as SyncError { throw UsageError(error.description) }
      let credentials = try SyncFiles.credentials(host: collection.host, environment: ProcessInfo.processInfo.environment)
      let (result, _, cycleOver) = try PlanCommand.planOrExplain(context)
      let now = try CalendarFile.dtstamp(nil)
      let calendar = CalendarText(includeTodos: false, reminderDays: reminderDays ?? [], dtstamp: now, reminderMode: reminders.mode)
      let document = calendar.document(result, profile: context.profile)
      var resources: [CalendarResource] = []
      for event in document.events {
        do { resources.append(try CalendarResource(event)) } catch let error as CalendarError { throw InputError(error.description) }
      }
      let transport = URLSessionTransport(user: credentials.login, password: credentials.password, timeout: TimeInterval(timeout))
      var sync = CalendarSync(collection: collection, plan: document.plan ?? "", resources: resources, now: now, transport: transport)
      sync.force = force
      sync.create = create
      sync.checkpoint = { FaultPoint.hit($0) }
      return Prepared(sync: sync, files: files, notFeasible: cycleOver || !result.feasible)
    }
    let files = prepared.files
    let key = prepared.sync.collection.text
    let outcome = try await reportingSyncErrors {
      let lock = try JournalLock.acquire(lockAt: files.lock, guarding: files.state, what: "the sync state")
      var state = try files.read()
      // Leftovers of a state write killed before its rename: safe to remove under the lock.
      DurableFile.sweep(files.state)
      let outcome = try await prepared.sync.run(state.collections[key] ?? .init()) { collection in
        state.collections[key] = collection
        try files.write(state)
      }
      withExtendedLifetime(lock) {}
      return outcome
    }
    // One status line, never wrapped: scripts and CalDAVFaultTests read it whole.
    Console.out(SyncText.summary(
      events: outcome.events, url: key, changed: outcome.changed, removed: outcome.removed,
      unchanged: outcome.unchanged, created: outcome.created))
    if prepared.notFeasible { throw Exit.notFeasible }
  }

  /// The input errors as everywhere (`reportingInputErrors`), and a sync that did not finish:
  /// one line, exit code 5 (README: Exit codes).
  func reportingSyncErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
      return try await body()
    } catch let error as SyncError {
      Console.error(diagnostics(error.description))
      throw Exit.notSynced
    } catch {
      return try reportingInputErrors { throw error }
    }
  }
}
