## Consultations of the expert committee: the secretariat's side and the member's side.

cmd-consult = Consult the expert committee: create, send, see who answered, remind, extend the deadline, read and export the answers
arg-consult = new / C1 / remind C1 / extend C1 <date> / read C1 [page or expert] / export C1
cmd-answer = Answer a consultation: in several messages with files, revisable until the deadline
arg-answer = a consultation id such as C1; or "revise C1 2 new text", "withdraw C1 2"

## Shared pieces
consult-time = { $time } ({ $zone })
consult-left = { $unit ->
    [days] { $count ->
        [one] 1 day left
       *[other] { $count } days left
    }
    [hours] { $count ->
        [one] about 1 hour left
       *[other] about { $count } hours left
    }
   *[past] closed
 }
consult-field = { $field ->
    [finance] finance
    [trade] trade
    [foreign-affairs] foreign affairs
    [planning] planning
    [tourism] tourism
    [environment] environment
    [exhibitions] exhibitions
    [transport] transport
    [ocean] ocean
    [law] law
    [economics] economics
    [culture] culture
    [technology] technology
   *[other] { $field }
 }
consult-all-fields = all members (every field)
consult-and-more = and { $count } more
consult-who = { $name } ({ $field }, { $country })
consult-name-count = { $name } ({ $count })
consult-body-question = Question: { $question }
consult-body-link = Draft: { $link }
consult-body-file = Attachment: { $name } (the file sent with the consultation)
consult-body-deadline = Deadline: { $deadline }

## Writing and sending
consult-create-problems = The consultation was not created; please correct and send it again:
consult-create-example = Example: consult new Comments on the 2017 action plan | deadline 2016-12-10 | fields planning,trade | link https://example.org/draft.pdf | question: Please suggest changes to… | en Comments on the 2017 action plan | question-en Please suggest… (without "fields" it goes to all members; members who read English get the English title and question, or the Chinese where none is given; a draft file can be attached to this message)
consult-no-title = The title is missing: write it after "new", e.g. "consult new Comments on the 2017 action plan | …".
consult-title-too-long = The title is too long: { $length } characters, at most { $max }.
consult-no-deadline = The deadline is missing: add "| deadline 2016-12-10".
consult-bad-date = "{ $input }" is not a date I can read: write 2016-12-10 or 2016-12-10 18:00 (Beijing time).
consult-deadline-past = The deadline "{ $input }" has already passed; give a future date.
consult-no-question = The question is empty: add "| question: …" saying what the experts should answer.
consult-question-too-long = The question is too long: { $length } characters, at most { $max }. Send longer text as a draft file or link.
consult-unknown-fields = Unknown field(s): { $unknown }. Valid fields: { $valid } (or "all").
consult-bad-link = "{ $input }" is not a web address; it must start with http:// or https://.
consult-no-members = Nobody to send to: no expert who accepted the invitation works in { $fields }.
consult-draft-heading = Consultation draft { $id }: "{ $title }"
consult-draft-audience = To: { $fields }, { $count ->
    [one] 1 member
   *[other] { $count } members
 }: { $names }
consult-draft-confirm = Send it? Each member receives it in their own language, with the deadline in their own time zone.
consult-send-button = ✅ Send to { $count ->
    [one] 1 member
   *[other] { $count } members
 }
consult-discard-button = 🗑 Discard the draft
consult-sent = Consultation { $id } sent: { $sent } of { $total } members received it.
consult-undelivered = { $failure ->
    [unreachable] Not reachable (no chat account bound)
    [blocked] Not reachable (they blocked the bot)
   *[failed] Sending failed (platform error; "remind" sends it again later)
 }, { $count }: { $names }
consult-already-sent = { $id } was sent on { $at } to { $count } members; it is not sent twice. See the answers: consult { $id }
consult-send-too-late = The deadline of { $id } ({ $deadline }) has passed; it can no longer be sent. Create it again with a new deadline.
consult-discarded = Draft { $id } "{ $title }" discarded; it was sent to nobody.
consult-was-discarded = { $id } is a discarded draft and was never sent. Create it again to send it.

## Finding a consultation
consult-unknown-id = There is no consultation "{ $id }".
consult-known-ids = Existing ids: { $ids }
consult-which-id = Which consultation? E.g. "consult C1". Existing ids: { $ids }
consult-usage = Usage: consult (list) | consult new title | deadline date | fields … | question: … | consult C1 (who answered) | consult remind C1 | consult extend C1 2016-12-20 | consult read C1 [page or expert] | consult export C1

## The list and the standing of one consultation
consult-list-none = No consultations yet.
consult-list-heading = Consultations ({ $count }):
consult-list-line = { $id } "{ $title }" { $state ->
    [draft] draft (not sent)
    [open] open
   *[closed] closed
 } · deadline { $deadline } · answered { $answered }/{ $total }
consult-list-hint = Send "consult <id>" to see who answered.
consult-status-heading = { $id } "{ $title }" { $state ->
    [open] open
   *[closed] closed
 }, deadline { $deadline } ({ $left })
consult-status-fields = To: { $fields }
consult-status-counts = Sent to { $total ->
    [one] 1 member
   *[other] { $total } members
 }: { $answered } answered with { $messages ->
    [one] 1 message
   *[other] { $messages } messages
 }; { $pending } not yet.
consult-status-answered = Answered: { $names }
consult-status-pending = Not answered: { $names }
consult-status-undelivered = Not delivered to { $count }: { $names }
consult-status-reminded = { $count ->
    [one] 1 reminder sent
   *[other] { $count } reminders sent
 }, the last on { $at }
consult-remind-button = 🔔 Remind the { $count } who have not answered
consult-read-button = 📖 Read the answers
consult-export-button = 📥 Export to Excel

## Reminders
consult-invite-heading = [Consultation { $id }] The Promotion Office asks for your comments on "{ $title }".
consult-reminder-heading = [Reminder] You have not yet answered consultation { $id } "{ $title }"; { $left }.
consult-invite-how = Press "Answer" below, or send "answer { $id }". You may answer in several messages with files, and revise or withdraw them until the deadline.
consult-answer-button = ✍️ Answer
consult-remind-not-open = { $id } { $state ->
    [draft] is a draft that was not sent yet
    [discarded] is a discarded draft
   *[closed] is closed
 }; there is nobody to remind.
consult-remind-none = Every member has answered { $id }; nobody to remind.
consult-remind-preview = This reminds { $count ->
    [one] the 1 member who has
   *[other] the { $count } members who have
 } not answered { $id } "{ $title }": { $names }
consult-remind-night = It is night where { $count } of them are ({ $names }); they get it after 8 a.m. their time.
consult-remind-confirm-button = 🔔 Remind { $count }
consult-remind-already = This reminder was already sent on { $at }; it is not sent twice. See: consult { $id }
consult-reminded = Reminded for { $id }: { $sent } sent now{ $waiting ->
    [0] {""}
   *[other] , { $waiting } later (night where they are)
 }{ $unreachable ->
    [0] {""}
   *[other] , { $unreachable } not reachable
 }.
consult-remind-unreached = Not reachable: { $names }

## Reading and exporting
consult-read-none = No answers to { $id } yet.
consult-read-heading = Answers to { $id } "{ $title }": { $experts ->
    [one] 1 expert
   *[other] { $experts } experts
 }, { $messages ->
    [one] 1 message
   *[other] { $messages } messages
 }
consult-read-expert-heading = { $who } on { $id } ({ $count } standing)
consult-read-expert-none = { $who } has not answered { $id } yet.
consult-read-page = { $heading } — page { $page }/{ $pages }
consult-read-no-page = There is no page { $page }; there are { $pages }.
consult-read-number = No. { $n }
consult-read-entry = { $label } · { $time }{ $state ->
    [withdrawn] {" "}(withdrawn)
    [revised] {" "}(revised { $revisions ->
        [one] once
       *[other] { $revisions } times
    }, last { $revisedAt })
   *[none] {""}
 }
    { $text }{ $files ->
    [none] {""}
   *[other] {"\u000A"}📎 { $files }
 }
consult-read-cut = (cut; { $chars } characters in full: consult read { $id } { $expert })
consult-read-cut-export = (cut; { $chars } characters in full in the Excel export)
consult-prev-button = ◀ Previous
consult-next-button = Next ▶ ({ $page }/{ $pages })
consult-expert-unknown = No recipient of { $id } matches "{ $word }". Write part of the expert's name or their id.
consult-expert-several = "{ $word }" matches { $count } experts; choose one:
consult-export-ready = Answers to { $id } exported: { $rows ->
    [one] 1 standing message
   *[other] { $rows } standing messages
 }, plus every record (revisions and withdrawals) and the recipients' status.
consult-xlsx-sheet = { $sheet ->
    [answers] Answers
    [log] All records
   *[recipients] Recipients
 }
consult-xlsx-header = { $col ->
    [expert] Expert
    [field] Field
    [country] Country/region
    [time] Time (Beijing)
    [no] No.
    [text] Answer
    [files] Attachments
    [revised] Revised
    [kind] Kind
    [record] Record id
    [answers] Standing answers
   *[delivery] Delivery
 }
consult-xlsx-revised = revised { $count ->
    [one] once
   *[other] { $count } times
 } (last { $at })
consult-xlsx-kind = { $kind ->
    [message] message
    [revision] revision
   *[withdrawal] withdrawal
 }
consult-xlsx-delivery = { $status ->
    [sent] delivered
    [unreachable] not reachable
    [failed] failed
   *[none] no record
 }

## The member answering
consult-answer-private = Please answer consultations in your private chat with the bot.
consult-answer-usage = I don't understand "{ $word }". Send "answer C1" to start answering, "answer revise C1 2 new text" to revise message 2, "answer withdraw C1 2" to withdraw it.
consult-none-open = No consultation is waiting for your answer.
consult-choose = { $count ->
    [one] 1 consultation is
   *[other] { $count } consultations are
 } waiting for your answer; choose one:
consult-which-open = You can answer several consultations ({ $ids }); name one, e.g. "answer revise C1 2 new text".
consult-not-recipient = Consultation { $id } "{ $title }" was not sent to you, so you cannot answer it. Please contact the Promotion Office with any question.
consult-closed = Consultation { $id } "{ $title }" closed on { $deadline }; answers and revisions are no longer taken. To add something, please contact the Promotion Office directly.
consult-answer-intro = Answering consultation { $id } "{ $title }"
consult-answer-how = { $count ->
    [0] {""}
    [one] You have sent 1 message so far. {""}
   *[other] You have sent { $count } messages so far. {""}
 }Just send your comments (text or files): each message is saved at once, and you may send several. To revise message 2 send "revise 2 new text"; to withdraw it, "withdraw 2"; when finished, send "done".
consult-continue = Send more, or "done" to finish.
consult-recorded = Recorded your message no. { $n } ({ $chars ->
    [0] no text
    [one] 1 character
   *[other] { $chars } characters
 }{ $files ->
    [0] {""}
    [one] , 1 attachment
   *[other] , { $files } attachments
 }). Send more, or "done" to finish.
consult-revised = Revised your message no. { $n } (now { $chars } characters{ $files ->
    [0] {""}
    [one] , 1 attachment
   *[other] , { $files } attachments
 }); the earlier version stays on record.
consult-withdrawn = Withdrew your message no. { $n }.
consult-answer-empty = Nothing received. Send text or a file as your answer, or "done" to finish.
consult-revise-which = Which message? E.g. "revise 2 new text". You have { $count ->
    [one] 1 message
   *[other] { $count } messages
 }.
consult-withdraw-which = Which message? E.g. "withdraw 2". You have { $count ->
    [one] 1 message
   *[other] { $count } messages
 }.
consult-no-such-message = There is no message no. { $n }: you have { $count }.
consult-message-withdrawn = Message no. { $n } was withdrawn and cannot be changed; send it again as a new message.
consult-other-consultation = You are answering { $current }. To answer { $id }, send "done" first, then "answer { $id }".
consult-revise-ask = Send the new text of message no. { $n } (now { $chars } characters: { $text }).
consult-keep-button = Keep it
consult-done-button = ✅ Done
consult-mine-button = 📋 My answers
consult-mine-none = You have not answered { $id } yet.
consult-mine-heading = Your answers to { $id } "{ $title }" ({ $count } standing):
consult-mine-line = { $n }. { $text }{ $files ->
    [none] {""}
   *[other] {" "}📎 { $files }
 }{ $state ->
    [withdrawn] {" "}(withdrawn)
    [revised] {" "}(revised)
   *[none] {""}
 }
consult-finished = Thank you: { $count ->
    [one] 1 standing message
   *[other] { $count } standing messages
 } for { $id }, all saved. Until the deadline, { $deadline }, you can send "answer { $id }" to add, revise or withdraw.

## English texts, the letter's date
consult-body-date = Date: { $date }
consult-empty-en = Nothing follows { $key ->
    [title] "en"
   *[question] "question-en"
 }: write the English text, or leave the part out.
consult-draft-title-en = Title in English: { $title }
consult-draft-question-en = Question in English: { $question }

## Extending the deadline
consult-extend-usage = Please give the new deadline, e.g. "consult extend { $id } 2016-12-20" (it now closes { $deadline }).
consult-extend-not-later = "{ $input }" is not later than the deadline of { $id } ({ $deadline }): a deadline can only be moved later.
consult-extend-preview = Move the deadline of { $id } "{ $title }" from { $from } to { $to } and tell the { $count } members (those who answered may add or revise until then)?{ $reopens ->
    [yes] {" "}It has closed; it takes answers again once extended.
   *[no] {""}
 }
consult-extend-button = ✅ Extend and tell { $count }
consult-extend-stale = The deadline of { $id } has changed since (it is now { $deadline }): this button no longer works; nobody was told anything.
consult-extended = The deadline of { $id } is now { $to }; { $sent } of { $total } members were told.
consult-extended-heading = [Consultation { $id }] The deadline of "{ $title }" is extended to { $deadline } (was { $from }).
consult-status-extended = Deadline extended { $count ->
    [one] once
   *[other] { $count } times
 } (first deadline { $from })
consult-extend-hint-button = 📅 Extend the deadline
