## Duban — English message catalog.

## Errors and refusals
error-internal = Sorry, something went wrong (error { $code }). Nothing from this message was saved. Please try again later.
error-not-saved = Not saved ({ $code }): the disk refused the write, so nothing from this message was saved; earlier data is intact. Please try again later.
action-unknown = This button no longer works. Please send the command again.
action-expired = This button has expired. Please send the command again.
action-not-yours = This button was sent to someone else; you cannot answer for them.
file-unexpected = I received a file, but nothing is waiting for one. Send "help" to see what I can do.
empty-message = Please type what to look up, e.g. "item 92" or "indicator air routes". Send "help" for all commands.
message-too-long = That message is too long (limit { $max } characters). Please shorten it.
not-bound = Your account is not bound yet, so you can look things up but not submit or change anything. Ask the Promotion Office for a binding code and send "bind CODE".
not-allowed = Your role may not use "{ $command }". Contact the Promotion Office if you need it.

## Lookups
item-not-found = There is no item { $no }. The action plan has { $max } items: use a number from 1 to { $max }.
indicator-not-found = There is no indicator with code { $code }. First-level indicators are A–E; second-level ones look like A1 or E3.
lookup-none = Nothing found for "{ $query }"{ $kind ->
    [item] {" "}among the items
    [indicator] {" "}among the indicators
    [department] {" "}among the units
   *[any] {""}
 }. Try a number (92), an indicator code (E3), words of a title (air routes), pinyin (hangxian) or Chinese (国际航线).
lookup-several = { $count } possible matches. Which one?
item-ask = Give an item number or words from its title, e.g. "item 92" or "item expert committee".
indicator-ask = Give an indicator code or words, e.g. "indicator air routes". The first-level indicators:
unit-ask = Give a unit's name or short name, e.g. "unit NDRC".

## Dates and provenance
due-today = due today
days-left = { $days ->
    [one] 1 day left
   *[other] { $days } days left
 }
days-overdue = { $days ->
    [one] 1 day overdue
   *[other] { $days } days overdue
 }
sample-tag = 示例数据 / sample
provenance = Source: { $p ->
    [public] public record
    [imported] imported official list
   *[sample] sample data (made up, for demonstration)
 }
provenance-mixed = Source: the name is { $name ->
    [public] from the public record
    [imported] from the imported list
   *[sample] sample
 }; the values are { $values ->
    [public] from the public record
    [imported] from the imported list
   *[sample] sample data (made up, for demonstration)
 }

## Items
item-heading = Item { $no }
item-part = Part { $id }: { $part }
item-lead = Lead unit: { $units }
item-responsible = Responsible units: { $units }
item-deadline = Deadline: { $deadline } ({ $left })
status-done = done
item-benchmark = Benchmark: { $benchmark }
item-status = Status: { $status ->
    [not-started] not started
    [on-track] on track
    [at-risk] at risk
    [delayed] delayed
    [done] done
   *[unknown] not given
 }{ $progress ->
    [-1] {""}
   *[other] , { $progress }% done
 }
item-note = Latest note: { $note }
item-updated = Last update: { $who }, { $date } ({ $days ->
    [0] today
    [one] 1 day ago
   *[other] { $days } days ago
 })
item-no-report = Status: no report yet

## Indicators
indicator-parent = First-level indicator: { $code } { $name }
indicator-latest = Latest: { $value } ({ $year })
indicator-baseline = Baseline: { $value } ({ $year })
indicator-direction = Direction: { $higher ->
    [yes] higher is better
   *[no] lower is better
 }
indicator-targets = Stage targets: low { $low } · middle { $middle } · high { $high }
indicator-stage = Stage: { $stage ->
    [low] low stage reached
    [middle] middle stage reached
    [high] high stage reached
   *[none] low stage not yet reached
 }{ $next ->
    [none] {""}
    [low] ; { $gap } to the low-stage target
    [middle] ; { $gap } to the middle-stage target
   *[high] ; { $gap } to the high-stage target
 }
indicator-cities = Benchmark cities: { $list }
indicator-rank = Qingdao ranks { $rank } of { $total } ({ $standing ->
    [last] behind all { $cities } benchmark cities
    [first] ahead of all { $cities } benchmark cities
   *[middle] ahead of { $ahead } and behind { $behind } benchmark cities
 })
indicator-department = Responsible: { $dept }
indicator-source = Figures from: { $source }
indicator-siblings = Same level: { $list }
indicator-first-level = First-level indicator. Its second-level indicators:
stage-name = { $stage ->
    [low] low stage
    [middle] middle stage
    [high] high stage
   *[none] below low stage
 }
city-singapore = Singapore
city-san-francisco = San Francisco
city-hamburg = Hamburg
city-rotterdam = Rotterdam
city-osaka = Osaka

## Departments
dept-leads = Leads { $count ->
    [one] 1 item
   *[other] { $count } items
 }
dept-shares = Shares { $count ->
    [one] 1 item
   *[other] { $count } items
 }
dept-indicators = Responsible for { $count ->
    [one] 1 indicator
   *[other] { $count } indicators
 }
more = … and { $count } more

## Item list
items-heading = { $count ->
    [one] 1 item
   *[other] { $count } items
 }{ $part ->
    [0] {""}
   *[other] {" "}in part { $part }
 }{ $dept ->
    [none] {""}
   *[other] {" "}of { $dept }
 }{ $status ->
    [overdue] , overdue
    [due-soon] , due within 30 days
    [done] , done
    [open] , not done
    [no-report] , never reported
    [at-risk] , at risk
   *[any] {""}
 }{ $count ->
    [0] .
   *[other] {""}, page { $page } of { $pages }:
 }
items-bad-filter = I don't understand the filter "{ $word }". Use: part N, a unit's name, overdue, due-soon, at-risk, done, open, no-report, page N.
items-no-page = There is no page { $page }; there are { $pages }.
page-prev = ◀ Previous
page-next = Next ▶

## Language
lang-current = Current language: { $lang ->
    [en] English
    [zh-Hant] 繁體中文
   *[zh-Hans] 简体中文
 }. Choose one:
lang-unknown = I don't know the language "{ $input }". Choose 简体, 繁體 or English.
lang-set = OK, I will reply in { $lang ->
    [en] English
    [zh-Hant] 繁體中文
   *[zh-Hans] 简体中文
 } from now on.

## Help
help-intro = Duban: progress assistant for Qingdao's International City Strategy. Commands:
help-examples = Examples:
help-lookup = You can also just ask, e.g. "how is item 92", "air routes", "NDRC".
help-unbound = Your account is not bound yet, so you can only look things up.
cmd-help = List the commands, or how to use one
cmd-lang = Set the reply language (简体, 繁體, English)
cmd-item = Look up a work item (number, words, pinyin, English)
cmd-items = List items, filtered by part, unit and status
cmd-indicator = Look up an indicator: value, stage targets, benchmark cities
cmd-unit = Look up a unit and the items it leads or shares
arg-command = a command's name
arg-language = 简体 / 繁體 / English
arg-item-query = an item number or words
arg-indicator-query = an indicator code or words
arg-unit-name = a unit's name, short name or id
arg-items-filters = part N, a unit, overdue/due-soon/at-risk/done/open/no-report, page N

## My things
cmd-mine = What waits for you: your unit's open items, invitations, polls and consultations
mine-heading = Waiting for { $name }
mine-committee = Expert committee:
mine-invitation = Your invitation awaits your answer
mine-poll = Meeting poll: { $title } ({ $id })
mine-consultation = Consultation to answer: { $title } ({ $id })
mine-nothing = Nothing waits for you right now.

## Files Duban keeps (evidence, consultation drafts, answers' attachments)
cmd-file = Open a file Duban keeps (evidence, a consultation draft, an answer's attachment)
arg-file = the file's id (starting dbf_)
file-refused-too-large = That file is too large: Duban keeps files of up to { $max } MB. Please compress it and send it again, or send a link.
file-refused-type = Duban keeps documents, spreadsheets, slides, PDF/OFD, images, text, CSV and calendar files, whose content matches their extension. Please send it in one of these formats.
file-refused-fetch = The file could not be fetched from the chat platform; nothing was saved. Please send it again later.
file-unknown = There is no such file, or it is not yours to open.
file-missing = The content of "{ $name }" is missing or damaged; please contact the secretariat.
file-here = 📎 { $name }
file-open-button = 📎 Open { $name }

## A word after a command that names no sub-command (src/core/subcommands.ts)
subcommand-unknown = I don't understand "{ $word }". Use one of: { $valid }.

## An item's health with its reasons, and the responsible units' contributions (issue 10)
item-health-why = Supervision: { $why }{ $stale ->
    [yes] {" "}(no update in { $days } days)
   *[no] {""}
 }
item-contribution = { $unit } (responsible unit), its part: { $status ->
    [not-started] not started
    [on-track] on track
    [at-risk] at risk
    [delayed] delayed
    [done] done
   *[unknown] not given
 }{ $progress ->
    [-1] {""}
   *[other] , { $progress }% done
 } ({ $who }, { $date })
item-contribution-note = Note: { $note }

## 我的: every open item, a page at a time (issue 10)
mine-items-page = Your unit's open items: { $count } ({ $mixed ->
    [yes] those it leads first, then those marked "shared"; {""}
   *[no] {""}
 }most urgent first){ $pages ->
    [1] {""}
   *[other] , page { $page } of { $pages }
 }:
mine-more = { $count } more ▶
mine-bad-page = I don't understand "{ $word }". For the next page, send "mine page 2".
arg-mine-page = which page, e.g. "page 2"

## Private answers to a question asked in a group (issue 10)
private-answered = I've answered you in a direct message: "{ $command }" shows personal data, files or the secretariat's actions, so not in the group.
private-unreachable = I can't write to you directly, so the answer to "{ $command }" is not shown in the group. Please open a direct chat with me, send me a message, then ask again there.

## Help: what this person may use, grouped, in words (issue 10)
help-group = { $group ->
    [lookup] Look up
    [report] Report
    [supervise] Supervise
    [committee] Expert committee
    [account] Account and settings
   *[other] Other
 }
help-line = • { $names } — { $summary } (e.g. { $example })
help-args = What may follow it:
help-required = {" "}(required)
help-no-such = There is no command called "{ $word }". Send "help" to see the commands you can use.
help-not-yours = "{ $command }" is not among the commands you can use (it depends on your role). Send "help" to see yours.
help-more = Send "help" and a command's name for how to use it, e.g. "help report".

## A rate's gap is in percentage points (issue 10)
gap-points = { $gap } percentage { $gap ->
    [one] point
   *[other] points
 }

## 取消 when nothing is open (issue 10)
nothing-to-cancel = Nothing is in progress, so there is nothing to cancel. Send "help" to see what I can do.

## A cut list says how to see the rest (issue 10)
more-in-list = … and { $count } more: send "{ $command }" to see them all

## Security: what a lookup shows to whom, throttling (src/plan/visibility.ts, src/core/rate-limit.ts)
item-updated-when = Last update: { $date } ({ $days ->
    [0] today
    [one] 1 day ago
   *[other] { $days } days ago
 })
item-report-staff-only = Report notes and who made them are shown to bound staff accounts only.
rate-limited = You are sending messages too fast: this one and the next are not handled. Please send again in { $seconds } s.
bind-throttled = Too many wrong binding codes: please try again in { $minutes } min. If you lost your code, ask the secretariat for a new one.
bind-paused = Too many wrong binding codes were sent recently, so binding is paused: please try again in { $minutes } min, or contact the secretariat.
form-already-submitted = This form was already submitted: what was saved stands, and nothing was saved again.
