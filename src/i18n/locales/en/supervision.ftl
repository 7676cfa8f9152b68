## Supervision: overview, history, export, weekly digest.

## Shared
sv-counts = overdue { $overdue } · at risk { $risk } · no report yet { $noreport } · on track { $ontrack } · done { $done }
sv-status = { $status ->
    [not-started] not started
    [on-track] on track
    [at-risk] at risk
    [delayed] delayed
    [done] done
   *[unknown] not given
 }
sv-health = { $health ->
    [overdue] overdue
    [at-risk] at risk
    [no-report] no report yet
    [done] done
   *[on-track] on track
 }
sv-platform = { $platform ->
    [telegram] Telegram
    [slack] Slack
    [dingtalk] DingTalk
    [console] console
    [test] test
    [import] import
   *[other] { $platform }
 }
sv-stale = no update in { $days ->
    [one] 1 day
   *[other] { $days } days
 }
sv-no-report = no report yet
sv-behind = { $progress }% done (about { $expected }% expected by now)

## Overview
overview-title = Overview (as of { $date })
overview-scope = { $scope } ({ $count }): { $counts }
overview-scope-all = All items
overview-scope-part = Part { $id }
overview-part = Part { $id } { $name } ({ $count }): { $counts }
overview-depts-all = Lead units ({ $count }; counting only the items each leads):
overview-depts-troubled = { $count ->
    [0] No lead unit has overdue or at-risk items.
   *[other] Lead units with overdue or at-risk items ({ $count }{ $shown ->
        [0] {""}
       *[other] ; the top { $shown } by number
    }; counting only the items each leads):
 }
overview-all-depts = All { $count } lead units
overview-items = { $health ->
    [overdue] Overdue items
    [no-report] Items with no report yet
   *[at-risk] Items at risk
 } ({ $count }):
overview-list-all = List all { $count } { $health ->
    [overdue] overdue items
    [no-report] items with no report yet
   *[at-risk] items at risk
 }
overview-list-heading = { $scope } · { $health ->
    [overdue] overdue
    [no-report] no report yet
   *[at-risk] at risk
 }: { $count ->
    [0] none.
    [one] 1 item, page { $page }/{ $pages }:
   *[other] { $count } items, page { $page }/{ $pages }:
 }
overview-missing = Lead units that have not reported in { $month } ({ $count }): { $list }
overview-missing-none = Every lead unit with open items has reported in { $month }.
overview-bad-scope = I don't understand "{ $word }". Use a part, a unit's name or "departments", e.g. "overview part 5", "overview NDRC", "overview departments".

## History
history-heading = Reports on { $target }: { $count }, newest first{ $pages ->
    [1] {""}
   *[other] {" "}(page { $page }/{ $pages })
 }
history-target-item = item { $no }
history-target-indicator = indicator { $code } { $name }
history-none = No reports on { $target } yet.
history-ask = Give an item number or an indicator code, e.g. "history 92" or "history E1".
history-which = Whose reports do you want to see?
history-on-behalf = entered by { $person } on behalf of { $dept }
history-corrects = ✎ corrects the record of { $date }
history-corrected = (corrected by the record of { $date })
history-state = status { $status } · progress { $progress }
history-value = value { $value }{ $year ->
    [none] {""}
   *[other] {" "}({ $year })
 }
history-source = Source: { $source }
history-note = Note: { $note }
history-evidence = Evidence: { $evidence }

## Export
export-sheet = Assessment
export-header = { $col ->
    [no] No.
    [part] Part
    [task] Task
    [lead] Lead unit
    [responsible] Responsible units
    [deadline] Deadline
    [status] Reported status
    [progress] Progress (%)
    [health] Health
    [days] Days left (negative: overdue)
    [reported] Last report
    [by] Reported by
    [note] Note
   *[provenance] Provenance
 }
export-provenance = { $item ->
    [public] public record
    [imported] imported list
   *[sample] sample data
 }{ $report ->
    [sample] ; the report is sample data
   *[other] {""}
 }
export-ready = Assessment table ({ $format ->
    [xlsx] Excel
   *[csv] CSV
 }): { $count } items, as of { $date }.
export-bad-format = Unknown format "{ $word }". Use xlsx or csv, or nothing for both.

## Weekly digest
digest-title = Weekly digest ({ $from } – { $to })
digest-changes = { $reports ->
    [0] No new reports this week.
    [one] 1 report this week, on { $count } item or indicator:
   *[other] { $reports } reports this week, on { $count ->
        [one] 1 item or indicator
       *[other] { $count } items or indicators
    }:
 }
digest-change = { $what }: { $change } ({ $who })
digest-overdue = { $count ->
    [0] No item fell overdue this week.
    [one] Fell overdue this week (1 item):
   *[other] Fell overdue this week ({ $count } items):
 }
digest-blockers = { $count ->
    [0] No blockers reported this week.
   *[other] Blockers ({ $count }, reported at risk or delayed):
 }
digest-blocker = { $what } ({ $status }): { $note }
digest-no-note = no note given
digest-missing = Lead units that have not reported in { $month } ({ $count }): { $list }
digest-missing-none = Every lead unit with open items has reported in { $month }.
digest-and-more = , and { $count } more

## Commands
cmd-overview = Supervision overview: items by health for the plan, each part and each unit; overdue and at-risk items
cmd-history = The reports on an item or indicator over time
cmd-export = Export the assessment table: all items and the 40 indicators (Excel and CSV)
arg-overview-scope = a part, a unit's name, or "departments" for every unit
arg-history-target = item number or indicator code, optionally "page N"
arg-export-format = xlsx or csv (nothing: both)

## Health with its reasons; a unit's led and shared items; reminders that reach nobody (issue 10)
sv-health-why = { $health }: { $why }
sv-reason-reported = reported { $status ->
    [delayed] delayed
   *[at-risk] at risk
 }
sv-reason-stale = no update in { $days } days, close to the deadline
sv-reason-contribution = { $unit } reports its part { $status ->
    [delayed] delayed
   *[at-risk] at risk
 }
overview-scope-led = Items { $scope } leads ({ $count }): { $counts }
overview-scope-shared = Items { $scope } shares as a responsible unit ({ $count }): { $counts }
overview-dept-led = { $dept } (leads { $count }): { $counts }
unreached-heading = Units whose reminders reached nobody in the last { $days } days ({ $count }): issue binding codes for these people ("bind person-id"), or add people to the list
unreached-unit = { $unit }: { $who ->
    [nobody] nobody to remind
   *[other] { $who } not bound yet
 } ({ $count ->
    [one] 1 reminder
   *[other] { $count } reminders
 } undelivered)
more-units = … and { $count } more units
digest-contribution = { $what } ({ $unit }'s part)

## The indicator sheet of the export (issue 10)
export-ind-sheet = Indicators
export-ind-header = { $col ->
    [code] Code
    [parent] First-level indicator
    [name] Indicator
    [unit] Unit
    [direction] Direction
    [value] Latest value
    [year] Year
    [stage] Stage reached
    [next] Next stage
    [gap] Gap to the next stage (rates: percentage points)
    [low] Low-stage target
    [middle] Middle-stage target
    [high] High-stage target
    [department] Responsible
    [source] Figures from
   *[provenance] Provenance
 }
export-ind-first-level = (first level)
export-ind-direction = { $higher ->
    [yes] higher is better
   *[no] lower is better
 }
export-ind-provenance = name { $name ->
    [public] from the public record
    [imported] from the imported list
   *[sample] sample
 }{ $level ->
    [first] {""}
   *[second] ; value { $values ->
        [reported] reported by the department
        [public] from the public record
        [imported] from the imported list
       *[sample] sample data
    }
 }
export-ready-both = Assessment workbook (Excel, two sheets): { $items } items and { $indicators } indicators, as of { $date }.
export-ready-indicators = Indicators (CSV): { $count }, as of { $date }.
history-part = { $person } ({ $dept }'s part)
