/// The commented profile `planner init` writes. Every key is optional; the comments are the
/// schema's documentation for users, and a test keeps them parseable.
public enum ProfileTemplate {
  public static let text = """
    # planner profile — edit me, then run:  planner plan --profile THIS_FILE
    # Dates are YYYY-MM-DD. Every key is optional: a missing one uses the default named here,
    # and the plan lists each default it relied on.

    name: Dr. A. Example            # shown in the plan and the calendar's name
    # id: a-example                 # stable identity for calendar event UIDs (default: from name)
    timezone: UTC                   # IANA zone for calendar reminders, e.g. Asia/Kolkata
    # match: 2028                   # target Match year (default: the earliest feasible one)
    # graduation: 2026-06-30        # diploma date; leave out if you have already graduated
    visa: j1                        # j1 | h1b | none
    # specialty: internal medicine  # EM and OB/GYN use ResidencyCAS, not ERAS
    documents_in_english: true      # false adds certified translations before verification
    school_in_emswp: false          # your school uploads ERAS documents through ECFMG (EMSWP)
    # school: University of Example Faculty of Medicine
    # school_ecfmg_note: true       # you checked wdoms.org: an ECFMG sponsor note covers your graduation year

    exams:
      step1:
        study_weeks: 16             # readiness: weeks of study still needed…
        # ready_by: 2027-03-01      # …or the day you expect to be ready
        # booked: 2027-03-10        # a booked test date
        # attempts:                 # every past sitting, pass, fail, incomplete or pending
        #   - {date: 2026-05-04, result: fail}
      step2ck:
        study_weeks: 12
      oet:
        study_weeks: 6
        # attempts:
        #   - {date: 2026-02-14, result: pass, scores: [380, 360, 320, 390]}   # L, R, W, S
      # step3:                      # only on the H-1B track
      #   study_weeks: 8

    # step2cs_pass: 2019-08-20      # a legacy Step 2 CS pass replaces Pathway + OET while it is
    #                               # valid (all Steps passed within 7 years of the first pass)
    # step2cs_failed: true          # you failed Step 2 CS at least once: only Pathway 6 is open

    # Which ECFMG Pathway: the planner picks the first you qualify for (1, 2, 3–5, else 6) and
    # says why; the facts below decide it.
    # license:                      # Pathway 1: a licence to practise without supervision
    #   issued: 2021-03-01
    #   expires: 2026-02-28         # leave out if it has not expired
    # pathway2_osce_passed: 2024-05-10   # Pathway 2: your school's OSCE, required for licensure
    # school_accreditation: wfme    # Pathways 3–5: wfme | ncfmea | lcme-joint | none

    pathway:
      # number: 6                   # name a Pathway (1–6) only to insist on it; it must be one you qualify for
      # season: 2027                # the Pathways season (= the Match year it is for); default from applied
      # applied: 2026-09-01
      # accepted: 2026-11-01        # an accepted Pathway serves its season's Match and the next

    # statement_of_need: before_match   # J-1: when you ask your Ministry of Health for the Statement
    #                               # of Need: after_match (default), before_match (once your ERAS
    #                               # application is in), or the date you asked. It need not wait
    #                               # for Match Day, and some ministries take months: ask early.

    # done:                         # documents and milestones already done: task id → date
    #   ecfmg.account: 2026-01-10
    #   credentials.verify: 2026-04-02

    # lead_times:                   # override any default duration, in days
    #   credentials: 120            # ECFMG verification of your diploma with your school
    #   statement_of_need: 60       # your Ministry of Health's Statement of Need (J-1)
    #   letters: 75                 # letters of recommendation

    # risk:                         # your own pass chances for `planner risk` (default: IMG averages)
    #   step1: {first: 0.80, repeat: 0.55}
    #   step2ck: {first: 0.85}
    #   oet: {first: 0.75}
    # A practice test can inform these: an NBME/UWSA self-assessment well above the passing
    # standard suggests a higher chance than the IMG average, one near it a lower one. No source
    # gives a formula from a practice score to a probability, so the number is your judgement;
    # `planner risk` shows how much it moves the result.

    # tasks:                        # your own tasks, scheduled with the rest
    #   - id: usce.rotation
    #     name: US clinical rotation
    #     days: 28
    #     after: [step1.result]
    #     not_before: 2027-05-01
    #     deadline: 2027-08-31
    #     blocks_study: true        # you cannot study for an exam at the same time

    """
}
