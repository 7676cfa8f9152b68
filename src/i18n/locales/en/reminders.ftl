## Reminders, calls for reports and escalation (src/supervision/reminders/).

reminder-batch-heading = Reminders from Duban ({ $count }):
reminder-more = …and { $count } more not listed. Send "items" to list items by unit and status.
reminder-footer = Send "report <number>" to report progress, "item <number>" for the details.
reminder-deadline = Item { $no } "{ $title }" is due { $deadline } ({ $left }). Please report its latest progress before the deadline.
reminder-call = Progress reports for { $month }: your unit ({ $unit }) leads { $count ->
    [one] one open item
   *[other] { $count } open items
 } (no. { $items }). Please report the latest progress on each before the end of the month.
reminder-lag = { $reason ->
    [overdue] is { $days ->
        [one] one day
       *[other] { $days } days
     } overdue with no report since the deadline
   *[stale] has had no progress report for { $days } days
 }
reminder-escalate-reporter = Item { $no } "{ $title }" { $lag }. Please report its progress or completion as soon as possible.
reminder-escalate-head = Escalation: item { $no } "{ $title }", led by your unit ({ $unit }), { $lag }. Its reporters were reminded and have not reported within { $workdays } working days. Please see that it is done.
reminder-escalate-admins = Escalated to the secretariat: item { $no } "{ $title }" (lead: { $unit }) { $lag }. Its reporters and the unit's head were reminded; no report within { $workdays } working days.
