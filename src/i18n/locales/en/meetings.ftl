## Meeting polls, fixing the date, calendar invitations, attendance and roll call (src/committee/meetings/, commands/meeting*.ts, commands/vote.ts).

cmd-meeting = Committee meetings and training sessions: date polls, tallies, fixing the date, roll call
cmd-vote = Vote on a candidate slot of a meeting (yes / if need be / no)
cmd-attend = Say whether you will attend a meeting whose date is fixed (attend / online / cannot)
arg-meeting-action = new, view, send, remind, final, reschedule, roll, add (members who joined later), cancel, or a meeting id
arg-vote-meeting = meeting id, e.g. m1
arg-vote-slot = slot number
arg-vote-answer = yes / ifneedbe / no, then an optional note
arg-attend-answer = attend / online / cannot, then an optional note

meeting-when = { $weekday ->
    [0] Sun
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
   *[6] Sat
 } { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
 }, { $time }
meeting-when-local = { $when } your time ({ $offset }); Qingdao: { $qingdao }
meeting-status = { $status ->
    [open] voting open
    [closed] voting closed
    [scheduled] date fixed
   *[cancelled] cancelled
 }

meeting-usage = Usage: "meeting" lists meetings, "meeting m1" shows one; the secretariat starts a date poll with "meeting new …".
meeting-create-usage = Start a poll like this (all times are Qingdao time):
    meeting new First working meeting | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00 | deadline 2016-11-15 18:00 | place Municipal Conference Centre
    You may add: | link https://… | agenda … | quorum 20 | required Zhang Wei, sarah-mitchell | hidden (votes not shown to members) | audience Commerce Bureau (a training session for a unit's staff)
    For members who read English: | en First working meeting | place-en Municipal Conference Centre | agenda-en … (where none is given they see the Chinese)
    A slot without an end time lasts two hours.
    Or send just "meeting new" to be guided step by step.
meeting-admin-only = Only the secretariat (the Promotion Office) can create, send, fix, cancel a meeting or take the roll call.
meeting-which = Please add the meeting id, e.g. "meeting { $action } m1". Send "meeting" to list all meetings.
meeting-unknown = There is no meeting "{ $id }". Send "meeting" to list all meetings.
meeting-not-invited = You are not on the list of invitees of meeting { $id }.
meeting-not-open = Meeting { $id }: { meeting-status }; nothing more can be sent or reminded.
meeting-is-cancelled = Meeting { $id } is cancelled.
meeting-slot-unknown = There is no slot { $slot }: this meeting has { $count } candidate slots.

meeting-error-title-long = The meeting title is too long: { $max } characters at most.
meeting-error-part = I cannot read "{ $text }": each part should start with deadline, place, link, agenda, quorum, required, hidden, audience or en (place-en, agenda-en); the slot list starts with a date.
meeting-error-no-slots = No candidate slots: please give at least one, e.g. "2016-11-20 09:30-11:30".
meeting-error-too-many-slots = Too many candidate slots: { $max } at most.
meeting-error-slot-format = I cannot read the slot "{ $text }": please write it like "2016-11-20 09:30-11:30" (Qingdao time).
meeting-error-slot-order = The slot "{ $text }" ends before (or when) it starts.
meeting-error-slot-past = The slot "{ $text }" is in the past.
meeting-error-slot-twice = The slot "{ $text }" is given twice.
meeting-error-no-deadline = Please give a voting deadline, e.g. "| deadline 2016-11-15 18:00".
meeting-error-deadline-format = I cannot read the deadline "{ $text }": please write it like "2016-11-15 18:00" (Qingdao time).
meeting-error-deadline-past = The voting deadline is in the past.
meeting-error-deadline-late = The voting deadline is after the start of the first slot: it must come before every slot.
meeting-error-empty-part = Nothing follows "{ $key }".
meeting-error-part-long = The "{ $key }" part is too long: { $max } characters at most.
meeting-error-link = The link "{ $text }" is not a web address starting with http:// or https://.
meeting-error-quorum = The quorum "{ $text }" is not a positive whole number.
meeting-error-quorum-high = A quorum of { $min } is more than the { $count } invitees.
meeting-error-no-members = No expert has accepted an invitation yet: the committee has no members to invite.
meeting-error-unit = I do not know the unit "{ $name }".{ $suggestion ->
    [none] {""}
   *[other] {" "}Did you mean "{ $suggestion }"?
 }
meeting-error-unit-empty = Nobody is registered for { $units } yet, so nobody can be invited.
meeting-error-required = "{ $name }" is not among the invitees, so cannot be required.

meeting-created = Meeting { $id } created: { $title }
meeting-created-slots = Candidate slots:
meeting-created-deadline = Voting deadline: { $deadline }
meeting-created-confirm = The poll has not been sent yet. Send it now to all { $count } { $audience ->
    [people] trainees
   *[members] committee members
 }?
meeting-button-send-count = 📨 Send to { $count }
meeting-button-cancel = 🗑 Cancel the meeting
meeting-send-confirm = Send the date poll of meeting { $id } "{ $title }" to { $count } people?
meeting-sent-already = The poll of meeting { $id } has reached every invitee; nothing was sent again.
meeting-sent = Delivered to { $sent } of { $total }.
meeting-missed = Not delivered to { $count } ({ $failure ->
    [unreachable] no bound account, or never talked to the bot
    [blocked] blocked the bot
   *[failed] sending failed; try again later
 }): { $names }
meeting-remind-nobody = Every invitee of meeting { $id } has answered every slot: nobody to remind.
meeting-remind-confirm = Remind the { $count } invitees of meeting { $id } who have not answered every slot: { $names }?
meeting-button-remind-count = 📣 Remind { $count }
meeting-remind-stale = Meeting { $id } had a reminder sent { $at }; nothing was sent again. To remind once more, send "meeting remind { $id }" again.

meeting-place = Place: { $place }
meeting-link = Online: { $link }
meeting-agenda = Agenda: { $agenda }
meeting-slot-line = { $no }. { $when }
meeting-vote-button = { $slot } { $answer ->
    [yes] ✅
    [ifneedbe] 🤔
   *[no] ❌
 }
meeting-answer = { $answer ->
    [yes] ✅ yes
    [ifneedbe] 🤔 if need be
    [no] ❌ no
   *[none] ⏳ not answered
 }
meeting-poll-heading = 📅 Date poll: { $title } ({ $id })
meeting-poll-ask = Please answer each slot by { $deadline } (✅ yes  🤔 if need be  ❌ no):
meeting-poll-over = { meeting-status } (deadline { $deadline }); answers can no longer change.
meeting-slot-yours = {"   "}Your answer: { meeting-answer }
meeting-note-suffix = {" "}({ $note })
meeting-slot-counts = {"   "}So far: ✅ { $yes }  🤔 { $ifneedbe }  ❌ { $no }
meeting-poll-hidden = Votes in this poll are not shown: you see only your own answers.
meeting-poll-note-hint = Press the buttons; you can change your answers until the deadline. To add a note, send "vote { $id } slot answer note", e.g. "vote { $id } 1 ifneedbe mornings only".

meeting-quorate = reaches quorum
meeting-needs = needs { $needs } more
meeting-required-away = required: { $names } not able yet
meeting-tally-heading = 📊 { $title } ({ $id }): { $status ->
    [open] voting open until { $deadline }
    [closed] voting closed ({ $deadline })
    [scheduled] fixed for { $final }
   *[cancelled] cancelled
 }
meeting-tally-quorum = { $count } { $audience ->
    [people] trainees
   *[members] committee members
 } invited, quorum { $min }{ $required ->
    [none] {""}
   *[other] ; required: { $required }
 }{ $hidden ->
    [yes] ; votes hidden from members
   *[no] {""}
 }
meeting-not-sent = ⚠️ The poll has not been sent yet.
meeting-tally-counts = {"   "}✅ { $yes }  🤔 { $ifneedbe }  ❌ { $no }  ⏳ missing { $missing } — { $state }
meeting-notes = Notes:
meeting-note-line = · { $name } (slot { $slot }): { $note }
meeting-unreached = The poll did not reach { $count }: { $names }
meeting-button-send = 📨 Send the poll
meeting-button-remind = 📣 Remind who has not voted
meeting-button-final = 📌 Fix slot { $slot }
meeting-attendance-counts = Attendance: in person { $attend }, online { $online }, cannot attend { $absent }, no answer { $missing }
meeting-attendance-note = · { $name } ({ meeting-attend-answer }): { $note }
meeting-roll-summary = Roll call: { $present } present, { $state }

meeting-closed-notice = ⏰ Voting on the date of meeting { $id } "{ $title }" has closed.
meeting-reminder = 📣 Reminder: you have not answered every slot of "{ $title }" ({ $id }); voting closes { $deadline }.
meeting-reminder-slots = Your vote could help these slots reach quorum:

meeting-final-usage = Please give the slot number, e.g. "meeting final { $id } 2"; to move it to a time outside the poll: "meeting reschedule { $id } 2016-11-25 09:30-11:30".
meeting-final-same = Meeting { $id } is already fixed for { $when }; nothing changed.
meeting-final-preview = Fix meeting { $id } "{ $title }" for { $when } and tell the { $count } invitees (with a calendar invitation).
meeting-final-change = This moves it from { $from }. Earlier attendance answers will no longer count; everyone will be asked again.
meeting-final-fresh = This time was not among the poll's slots: nobody has said whether it suits them.
meeting-final-quorate = ✅ { $able } can attend; the quorum of { $min } is reached.
meeting-final-below = ⚠️ This slot does not reach quorum: { $able } can attend, the quorum is { $min }; { $why }. Fix it for this slot anyway?
meeting-button-final-confirm = ✅ Confirm and tell everyone
meeting-button-final-anyway = ⚠️ Fix this slot anyway
meeting-final-stale = This confirmation is out of date: the date of meeting { $id } has been fixed or changed since; nobody was told anything. To move it, send "meeting reschedule { $id } …" again.
meeting-final-done = 📌 Meeting { $id } { $changed ->
    [yes] moved to
   *[no] fixed for
 } { $when }.

meeting-announce = 📌 The date is fixed: { $title } ({ $id })
    When: { $when }
meeting-rescheduled = 🔄 Meeting moved: { $title } ({ $id })
    New time: { $when }
    Was: { $from }
    Earlier attendance answers no longer count: please answer again.
meeting-attend-ask = The calendar invitation is attached. Will you attend? (To add a note: "attend { $id } cannot travelling")
meeting-attend-button = { meeting-attend-answer }
meeting-attend-answer = { $answer ->
    [attend] ✅ Attend
    [online] 💻 Attend online
   *[absent] ❌ Cannot attend
 }

meeting-cancel-confirm = Cancel meeting { $id } "{ $title }"?{ $count ->
    [0] {""}
   *[other] {" "}{ $count } invitees will be told.
 }
meeting-cancel-done = Meeting { $id } is cancelled.
meeting-cancelled-notice = 🗑 The meeting "{ $title }" ({ $id }) is cancelled.

meeting-list-heading = Meetings ({ $count }):
meeting-list-line = · { $id } { $title } — { meeting-status }, { $status ->
    [open] voting closes { $when }
    [closed] closed { $when }
    [scheduled] { $when }
   *[cancelled] { $when }
 }
meeting-list-footer = Send "meeting m1" to see one meeting.
meeting-list-empty = You are not invited to any meeting at the moment.
meeting-list-empty-admin = No meetings yet. Start a date poll with "meeting new …".
meeting-scheduled-for-you = Meeting { $id } "{ $title }" is fixed for { $when }. Answer with "attend { $id } attend / online / cannot".

meeting-roll-not-scheduled = Meeting { $id } has no fixed date yet: no roll call.
meeting-roll-not-today = Meeting { $id } takes place { $when }: the roll call is taken on the day.
meeting-roll-unknown = Not among the invitees of meeting { $id }: { $names }. Nothing was recorded.
meeting-roll-result = Roll call (meeting { $id }): { $present } of { $count } present, quorum { $min } — { $quorate ->
    [yes] ✅ the meeting is quorate
   *[no] ⚠️ not quorate
 }
meeting-roll-present = Present: { $names }
meeting-roll-away = Not present ({ $count }): { $names }

vote-usage = Usage: vote m1 2 yes (or ifneedbe / no), then an optional note.
vote-closed = Meeting { $id } takes no more votes: { $status ->
    [scheduled] its date is fixed
    [cancelled] it is cancelled
   *[other] voting closed { $deadline }
 }.
vote-answer-unknown = I cannot read the answer "{ $word }": please use yes, ifneedbe or no.
vote-note-long = The note is too long: { $length } characters, { $max } at most.
vote-saved = ✔️ Saved: slot { $slot } { meeting-answer }
vote-unchanged = No change: slot { $slot } is still { meeting-answer }

attend-usage = Usage: attend m1 attend (or online / cannot), then an optional note.
attend-not-scheduled = Meeting { $id } has no fixed date yet ({ meeting-status }): no attendance answer is needed.
attend-over = Meeting { $id } ({ $when }) is over.
attend-answer-unknown = I cannot read "{ $word }": please use attend, online or cannot.
attend-saved = ✔️ Saved: { meeting-attend-answer } — { $title } ({ $id }), { $when }
attend-unchanged = No change: { meeting-attend-answer } — { $title } ({ $id }), { $when }

meeting-flow-ask-title = New meeting date poll (send "cancel" at any time to leave). What is the meeting's title?
meeting-flow-ask-slots = Candidate slots (Qingdao time), separated by commas, e.g.: 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00
meeting-flow-ask-deadline = Voting deadline (Qingdao time), e.g.: 2016-11-15 18:00
meeting-flow-ask-place = The place, or the link of the online meeting?
meeting-flow-skip = Skip
meeting-flow-empty = Nothing came through; please write it again.

## Creating a poll as one form (Slack modal)
meeting-form-title = New meeting date poll
meeting-form-submit = Create (you confirm before it is sent)
meeting-form-name = Meeting title
meeting-form-slots = Candidate slots (Qingdao time, one per line, e.g. 2016-11-20 09:30-11:30)
meeting-form-deadline = Voting deadline (Qingdao time)
meeting-form-place = Place
meeting-form-link = Online meeting link
meeting-form-agenda = Agenda
meeting-form-quorum = Quorum (default: more than half)

## English texts for members who read English (titleEn, placeEn, agendaEn)
meeting-error-en-alone = An English { $key ->
    [agenda] agenda is given without an agenda
   *[place] place is given without a place
 }: please give the Chinese text too.
meeting-created-en = In English (for members who read English): { $title }{ $place ->
    [none] {""}
   *[other] {" · "}place { $place }
 }{ $agenda ->
    [none] {""}
   *[other] {" · "}agenda { $agenda }
 }
meeting-flow-ask-title-en = The title in English, for members who read English (or skip: they then see the Chinese):
meeting-flow-ask-place-en = The place in English (or skip):
meeting-form-name-en = Meeting title in English (for members who read English)
meeting-form-place-en = Place in English
meeting-form-agenda-en = Agenda in English

## Members who joined later
meeting-joined-line = · { $id } "{ $title }": { $status ->
    [scheduled] date fixed; { $delivered ->
        [yes] the announcement and calendar invitation were sent
       *[no] the announcement could not be delivered
    }
   *[open] voting open; { $sent ->
        [none] the poll has not been sent yet
       *[other] { $delivered ->
            [yes] the poll was sent
           *[no] the poll could not be delivered
        }
    }
 }; { $count } invited, quorum { $min }
meeting-late-members = Members who joined the committee after this meeting was set up and are not on it ({ $count }): { $names }
meeting-button-add = ➕ Add and tell them ({ $count })
meeting-add-closed = Meeting { $id } { $audience ->
    [people] is a training session for the named units' staff
   *[members] is over or cancelled
 }: no members can be added.
meeting-add-none = Every member is already on meeting { $id }.
meeting-add-confirm = Add the { $count } members who joined later to meeting { $id } "{ $title }": { $names }? { $status ->
    [scheduled] They get the announcement and the calendar invitation.
   *[open] If the poll was sent, they get it.
 } Unless a quorum was set, the quorum grows with the invitees.
meeting-added = Added { $count } members to meeting { $id }; now { $total } invited, quorum { $min }.
meeting-not-invited-member = You joined the committee after meeting { $id } was set up, so you are not on its list yet. The secretariat can add you ("meeting add { $id }").

## Names (the secretariat's view only)
meeting-tally-names = {"   "}{ $groups }
meeting-tally-group = { $answer ->
    [yes] ✅ { $names }
    [ifneedbe] 🤔 { $names }
    [no] ❌ { $names }
   *[missing] ⏳ missing: { $names }
 }
meeting-attendance-group = · { $answer ->
    [attend] in person
    [online] online
    [absent] cannot attend
   *[missing] no answer
 }: { $names }
