## Conversations
conv-reset = Duban was updated and your unfinished conversation cannot go on; it was dropped (nothing was saved). Please start again.
conv-expired = Your unfinished { $flow ->
    [report] report
    [indicator-report] indicator report
    [meeting-create] meeting creation
    [invitation-note] invitation answer
    [consult-answer] consultation answer
   *[other] conversation
 } expired; { $flow ->
    [consult-answer] the messages you sent are saved
   *[other] nothing was saved
 }. Please start again.
conv-cancelled = { $flow ->
    [consult-answer] Consultation answer ended; the messages you sent are saved.
   *[other] { $flow ->
        [report] Report
        [indicator-report] Indicator report
        [meeting-create] Meeting creation
        [invitation-note] Invitation answer
       *[other] Conversation
     } cancelled; nothing was saved.
 }

## Reporting
report-status-name = { $status ->
    [not-started] not started
    [on-track] on track
    [at-risk] at risk
    [delayed] delayed
    [done] done
   *[unknown] not given
 }
report-ask-item-number = Type the number of the item to report on (send "cancel" to leave).
report-item-not-number = Please give the item number, e.g. "report 92 80% on track draft charter done".
report-empty = I got nothing; please answer again (send "cancel" to leave).
report-unknown-item = There is no item { $no }. Type a number from 1 to { $max }.
report-not-yours = Item { $no } is led by { $units } and is not one of your unit's items, so you cannot report on it. Type one of your unit's item numbers.
report-keep = No change: { $value }
report-ask-status = Where does item { $no } stand?
report-bad-status = I don't understand that status. Choose: not started, on track, at risk, delayed, done.
report-ask-progress = How far along is it? Type a percent from 0 to 100, e.g. 60%.
report-bad-percent = "{ $input }" is not a percent between 0 and 100. Type e.g. 60 or 60%.
report-keep-note = Keep the last note
report-ask-note = In a few words: what was done, what blocks it? (up to { $max } characters)
report-note-too-long = That note is { $length } characters; the limit is { $max }. Please shorten it.
report-ask-evidence = Optional: send a link or a file as evidence, or press "Skip".
report-skip = Skip
report-bad-evidence = Send a link starting with http:// or https://, a file, or press "Skip".
report-summary = Please confirm this { $correcting ->
    [yes] correction
   *[no] report
 }:
  Item: { $item }
  Status: { $status }
  Progress: { $progress }%
  Note: { $note }
  Evidence: { $evidence }{ $behalf ->
    [none] {""}
   *[other] {"\u000A"}  Entered on behalf of { $behalf }
 }
report-confirm = ✅ Submit
report-edit = ✏️ Change
report-cancel = ✖ Cancel
report-confirm-what = Press "Submit", "Change" or "Cancel".
cmd-report = Report an item's progress (guided, or in one line)
arg-report = item number, percent, status, note: each may be left out

## Binding
bind-no-person = I can't find "{ $who }". Use the person's id or name, e.g. "bind zhao-min".
bind-issued = Binding code for { $name }: { $code } (valid { $days } days, single use). They send me "bind { $code }" on Telegram or Slack{ $links ->
    [none] , or /start { $code } on Telegram.
   *[other] , or open their personal link: { $links }
 }
bind-bad-code = That binding code is not valid. Check it, or ask the Promotion Office for a new one.
bind-used-code = That binding code has been used already. Ask the Promotion Office for a new one to bind another account.
bind-expired-code = That binding code has expired. Ask the Promotion Office for a new one.
bind-account-taken = This account is already bound to someone else. If that is wrong, contact the Promotion Office.
bind-done = Bound: hello, { $name } ({ $roles }). Send "help" to see what you can do.
bind-hello = Hello! I am Duban, the progress assistant of Qingdao's International City Strategy. Ask me e.g. "how is item 92" or "air routes". To report, ask the Promotion Office for a binding code and send "bind CODE".
bind-hello-bound = Hello, { $name }! Send "help" to see the commands.
cmd-bind = Bind this account (send your code); the Promotion Office issues codes
arg-bind = a binding code, or (Promotion Office) a person's id

## Who am I
whoami = { $name }{ $sample ->
    [sample] {" "}(sample person)
   *[other] {""}
 }
  Roles: { $roles }
  Unit: { $dept ->
    [none] -
   *[other] { $dept }
 }
  Bound accounts: { $accounts }
whoami-unbound = This { $platform } account is not bound, so it can only look things up. Ask the Promotion Office for a binding code and send "bind CODE".
role-name = { $role ->
    [admin] Promotion Office (administrator)
    [head] head of unit
    [reporter] reporter
    [official] official (read-only)
   *[expert] expert
 }
cmd-whoami = Show the person and roles this account is bound to
conv-left = Left your unfinished { $flow ->
    [report] report
    [indicator-report] indicator report
    [meeting-create] meeting creation
    [invitation-note] invitation answer
    [consult-answer] consultation answer
   *[other] conversation
 } ({ $flow ->
    [consult-answer] the messages you sent are saved
   *[other] nothing was saved
 }) to run your command:

## Indicator values
ireport-ask-indicator = Which indicator? Type its code, e.g. E1.
ireport-unknown = There is no second-level indicator "{ $code }". Type a code like A1 or E3.
ireport-not-yours = Indicator { $code } is the responsibility of { $dept }; you cannot report its value.
ireport-ask-value = What is the latest value of { $code } { $name }? (unit: { $unit }; now: { $current })
ireport-bad-value = "{ $input }" is not a number. Type just the value, e.g. 28 or 16500.5.
ireport-ask-year = Which year is this value for?
ireport-bad-year = Type a year between 2000 and { $max }.
ireport-ask-source = What is the data source? (e.g. statistical bulletin; up to { $max } characters)
ireport-summary = Please confirm this indicator value:
  { $code } { $name }: { $value } { $unit } ({ $year })
  Source: { $source }
  Stage: { $stage ->
    [low] low stage reached
    [middle] middle stage reached
    [high] high stage reached
   *[none] low stage not yet reached
 }{ $behalf ->
    [none] {""}
   *[other] {"\u000A"}  Entered on behalf of { $behalf }
 }
ireport-saved = Saved: { $code } = { $value } ({ $year }).

## Corrections
cmd-correct = Correct your own last report (within { "24" } hours)
correct-none = You have not reported anything yet, so there is nothing to correct.
correct-too-late = Your last report (item { $no }) is more than { $hours } hours old and can no longer be corrected. Please send a new report.
correct-start = Correcting your last report on item { $no }. The original stays on record; the correction is saved as a new record.

## Report form (Slack modal)
form-invalid = Some fields need changing; nothing was saved.
form-report-title = Report progress
form-item = Item
form-status = Status
form-progress = Progress (%)
form-note = Note (up to { $max } characters)
form-evidence = Evidence link
report-note-is-file = This step needs a note in words. You can send the file as evidence in the next step.

## Who owns an item: the lead unit's status, a responsible unit's part, done means 100% (issue 10)
report-ask-item-page = Which item? { $count } in all, most urgent first{ $mixed ->
    [yes] ; the items your unit leads first, then those marked "shared", where it is a responsible unit
   *[no] {""}
 }{ $all ->
    [yes] {""}
   *[no] ; here { $from }–{ $to }
 }. You can also type a number; send "cancel" to leave.
report-more-items = More ({ $count } more) ▶
report-ask-status-part = Item { $no } is led by { $lead }, which sets its status. Where does { $unit }'s own part stand?
report-ask-progress-part = How far along is your unit's part? Type a percent from 0 to 100, e.g. 60%.
report-ask-done = { $which ->
    [done-below] You chose "done", but progress is { $progress }%. Done means 100%; please confirm:
   *[full-not-done] 100% means done, but you chose "{ $status }"; please confirm:
 }
report-done-full = ✅ Done, 100%
report-not-done = { $which ->
    [done-below] Not done yet, { $progress }%
   *[full-not-done] Not done yet: change the progress
 }
report-done-what = Please choose "Done, 100%" or "Not done yet".
report-summary-part = This is { $unit }'s own part; it does not change the item's status (set by the lead unit, { $lead })
report-saved-why = Saved: item { $no }, { $progress }% done. Supervision: { $why }.
report-saved-part = Saved: { $unit }'s part of item { $no }, { $progress }% done. The item's status is set by its lead unit, { $lead }; supervision: { $why }.
report-notified = Told at once: { $names }.
report-notice-missed = Not told (no chat account bound yet): { $names }.
report-notice = 📣 Item { $no }: { $title }
  { $who }{ $from ->
    [none] {""}
   *[other] {" "}({ $from })
 } { $kind ->
    [part] reported on { $unit }'s part
    [behalf] reported for { $unit }
   *[lead] reported
 }: { $status ->
    [not-started] not started
    [on-track] on track
    [at-risk] at risk
    [delayed] delayed
    [done] done
   *[unknown] not given
 }, { $progress }% done
  Note: { $note }
  Supervision: { $why }{ $kind ->
    [part] {"\u000A"}The item's status is set by its lead unit, { $lead }; to update it, send "report { $no }".
   *[other] {""}
 }
report-form-done = { $which ->
    [done-below] Done means 100%: set the progress to 100, or choose another status (it is { $progress }% now).
   *[full-not-done] 100% means done: set the status to "done", or change the progress.
 }
report-shared-mark = {" "}· shared

## Coming back to an open conversation (issue 10)
conv-resumed = You have an unfinished { $flow ->
    [report] report
    [indicator-report] indicator report
    [meeting-create] meeting creation
    [invitation-note] invitation answer
    [consult-answer] consultation answer
   *[other] conversation
 }; carrying on where you left off (send "cancel" to leave):
