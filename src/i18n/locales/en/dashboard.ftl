## The dashboard (督办看板): the sign-in command and the web pages

cmd-dashboard = The dashboard in your browser: a personal sign-in link (works once, for 10 minutes)
dashboard-link = Your personal dashboard link — it works once, for { $minutes } minutes; do not forward it:
    { $url }
dashboard-not-running = The dashboard is not running on this bot (DASHBOARD_PORT is off). Ask the Promotion Office.
dashboard-not-for-you = The dashboard is for the Promotion Office, officials and the departments' heads and reporters; committee members follow their invitations, polls and consultations here in the chat.
dashboard-sent-dm = I have sent your personal dashboard link to you in a direct message (a sign-in link is never posted in a group).
dashboard-dm-failed = I could not reach you in a direct message. Open a direct chat with me and send "dashboard" there: a sign-in link is never posted in a group.

dash-brand = Duban dashboard 督办看板
dash-nav = { $page ->
    [overview] Overview
    [items] Work items
    [indicators] Indicators
    [committee] Committee
   *[exports] Exports
 }
dash-signed-in = { $name } · { $scope ->
    [all] everything
   *[unit] your unit's items
 }
dash-sample-banner = { $tag }: this page shows sample data (made up for demonstration), marked where it appears.
dash-col = { $col ->
    [unit] Unit
    [open] Open items
    [no] No.
    [task] Task
    [lead] Lead unit
    [deadline] Deadline
    [items] Items led
    [overdue] Overdue
    [at-risk] At risk
    [no-report] No report
    [part] Part
    [health] Health
    [progress] Progress
    [responsible] Responsible units
    [benchmark] Benchmark
    [time] Time
    [by] By
    [state] Status and progress
    [note] Note
    [evidence] Evidence
    [code] Code
    [indicator] Indicator
    [value] Value
    [baseline] Baseline
    [stage] Stage
    [gap] Gap to next stage
    [targets] Stage targets (low / middle / high)
    [direction] Direction
    [city] Benchmark city
    [department] Responsible unit
    [source] Source
    [expert] Expert
    [field] Field
    [country] Country or region
    [invitation] Invitation
    [since] Since
    [reminders] Reminders
    [reason] Reason given
    [id] No.
    [title] Title
    [status] Status
    [invited] Invited
    [answered] Answered
    [member] Member
    [place] Place
    [quorum] Quorum
    [answer] Answer
    [roll] Roll call
    [delivery] Delivery
   *[file] File
 }
dash-lagging = Units lagging behind (leading overdue or at-risk items)
dash-lagging-none = No unit leads an overdue or at-risk item.
dash-silent = Units with open items that have not reported in { $month }
dash-silent-none = Every unit with open items has reported in { $month }.
dash-never = Items never reported on ({ $count })
dash-never-none = Every item has been reported on at least once.
dash-filter = { $name ->
    [part] Part
    [unit] Unit
    [health] Health
   *[due] Deadline
 }
dash-filter-any = (any)
dash-filter-apply = Filter
dash-filter-clear = Clear
dash-filter-bad = A filter value was not understood and is ignored: { $names }
dash-own-unit = Items of { $unit }
dash-due = { $due ->
    [overdue] overdue
    [30] due within 30 days
   *[90] due within 90 days
 }
dash-items-count = { $count ->
    [one] 1 item
   *[other] { $count } items
 } · page { $page } of { $pages }
dash-items-none = No item matches these filters.
dash-item-title = Item { $no }
dash-history = Report history ({ $count })
dash-history-none = No report yet.
dash-gap = { $gap } to the { $stage ->
    [low] low stage
    [middle] middle stage
   *[high] high stage
 }
dash-office = { $office ->
    [chair] Chair
   *[vice] Vice-chair
 }
dash-consult-state = { $state ->
    [draft] draft
    [open] open
    [closed] closed
   *[discarded] discarded
 }
dash-invitations = Invitations ({ $count } candidates)
dash-meetings = Meetings and date polls
dash-consultations = Consultations
dash-none = None yet.
dash-grid = Availability (who answered what)
dash-final-slot = fixed
dash-required = (required)
dash-quorum-row = Able / quorum { $min }
dash-able = { $able } able / { $min } needed
dash-short = { $needs ->
    [0] { $away } required not able
   *[other] needs { $needs } more
 }
dash-quorum = { $min } of { $count } invited (yes and if need be both count)
dash-attendance = Attendance
dash-present = { $present ->
    [yes] present
   *[no] absent
 }
dash-download = { $what ->
    [ics] Download the calendar file (ICS)
    [answers] Download the answers (XLSX)
    [xlsx] Download (XLSX)
   *[csv] Download (CSV)
 }
dash-answered = { $count ->
    [0] not yet
    [one] answered (1 message)
   *[other] answered ({ $count } messages)
 }
dash-who-answered = Who has answered
dash-export-assessment = Assessment table of all items

dash-signin-as = Sign in to the dashboard as { $name }.
dash-signin-button = Open the dashboard
dash-signin-once = This link works once. Your session ends when you close the browser, or after 12 hours.
dash-link-refused-title = This sign-in link does not work
dash-link-refused = { $why ->
    [used] It has been used already: each link works once.
    [expired] It has expired: a link works for 10 minutes.
   *[unknown] It is not a valid link.
 } Send "dashboard" to the Duban bot in a direct chat for a new one.
dash-signin-needed-title = Please sign in
dash-signin-needed = The dashboard shows nothing without signing in. Send "dashboard" to the Duban bot in a direct chat: it answers with a personal link.
dash-not-for-you-title = Not available to you
dash-not-for-you = This page is not available to your account. The dashboard is for the Promotion Office, officials and the departments' heads and reporters.
