## Expert advisory committee: roster, invitation letter, answers, reminders (commands/experts.ts, invite*.ts, invitation*.ts)

## Commands
cmd-experts = The expert roster: filter by field, country and answer, or one expert's full record
arg-experts = field (finance), country (US / abroad), answer (accepted / declined / pending / unreachable), page N, or an expert's id or name
cmd-invite = The invitation letter: draft, preview, send, remind, personal links (and their export), reply to questions, revoke (secretariat)
arg-invite = letter / letter zh|en <text> / preview <expert> / send all|ids|field|country / remind / links / export / reply <expert> <text> / revoke <expert>
cmd-invitation = Read and answer your invitation to the expert advisory committee
arg-invitation = accept / decline <reason> / ask <question>, or your invitation code
cmd-invitations = Where the invitations stand: accepted, declined, pending, not reachable
cmd-committee = The committee's members, chair and vice-chairs
arg-committee = chair <expert> / vice <expert> / vice remove <expert>

## Names
roster-field = { $field ->
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
inv-state = { $state ->
    [accepted] accepted
    [declined] declined
    [pending] pending
    [unreachable] not reachable yet
    [not-invited] not invited
    [revoked] revoked
   *[other] { $state }
 }
# Words a person may type to filter (comma-separated)
roster-state-words = { $state ->
    [accepted] accepted,yes
    [declined] declined,no
    [pending] pending,waiting,unanswered
    [unreachable] unreachable,undelivered,not-reachable
    [not-invited] not-invited,uninvited
    [revoked] revoked,withdrawn
   *[other] { $state }
 }
roster-abroad-words = abroad,foreign,overseas
roster-home-words = home,domestic
roster-where = { $where ->
    [abroad] from abroad
   *[home] from China
 }

## Roster
roster-heading = Expert roster ({ $filter }): { $count } of { $total } candidates · page { $page }/{ $pages }
roster-everyone = everyone
roster-line = { $id } · { $name } · { $field } · { $country } · { $state }{ $office ->
    [chair] · chair
    [vice] · vice-chair
   *[none] {""}
 }
roster-how = One expert's record: experts <id or name>
roster-no-page = There is no page { $page }: there are { $pages }.
roster-bad-filter = I don't understand the filter "{ $word }". Use a field (finance, planning…), a country (US, abroad, home), an answer (accepted, declined, pending, unreachable) or page N.
roster-unknown = "{ $query }" is not on the roster. Use an expert's id (e.g. sarah-mitchell) or name; send "experts" for everyone.
roster-several = { $count } experts match: { $ids }. Please name one by id.
roster-which = { $count } experts match. Which one?

## An expert's record
record-heading = { $nameEn } / { $name } ({ $id }){ $sample ->
    [sample] {" "}· sample
   *[other] {""}
 }
record-facts = Field: { $field } · Country: { $country } · Time zone: { $zone } (now { $local }h there) · Language: { $lang ->
    [en] English
    [zh-Hant] Traditional Chinese
   *[zh-Hans] Simplified Chinese
 }
record-contact = Contact: { $contacts } · Bound accounts: { $accounts }
record-state = Invitation: { $state ->
    [accepted] accepted
    [declined] declined
    [pending] pending
    [unreachable] not reachable yet
    [revoked] revoked
   *[not-invited] not invited
 } ({ $at }){ $office ->
    [chair] {" "}· chair of the committee
    [vice] {" "}· vice-chair of the committee
   *[none] {""}
 }
record-reason = Reason for declining: { $reason }
record-link = Personal link: { $links } (code { $code })
record-reminders = Reminded { $count } times, last: { $at }
record-history = Invitation history ({ $count } events):
record-no-history = (nothing yet)
record-earlier = …{ $count } earlier events not shown
record-event = · { $at } { $event ->
    [invited] { $text ->
        [revoked] invited again after the revoke, with a new personal link ({ $by })
       *[other] invitation sent ({ $by })
    }
    [delivered] delivered
    [unreachable] not reachable: { $failure ->
        [blocked] has blocked the bot
        [failed] the send failed
       *[unreachable] no bound chat account
    }
    [opened] opened{ $text ->
        [link] {" "}(personal link)
        [command] {" "}(read the letter)
       *[other] {""}
    }
    [bound] chat account bound by the personal link
    [accepted] { $from ->
        [declined] changed to accept (had declined)
       *[none] accepted
    }
    [declined] { $from ->
        [accepted] changed to decline (had accepted)
       *[none] declined
    }{ $text ->
        [none] {""}
       *[other] : { $text }
    }
    [reason] gave a reason for declining: { $text }
    [question] asked: { $text }
    [reply] the secretariat replied ({ $by }): { $text }
    [reminded] reminder { $text } ({ $by })
    [reminder-failed] reminder { $text } not delivered
    [revoked] invitation revoked ({ $by }){ $text ->
        [none] {""}
       *[other] : { $text }
    }
    [chair] chair ({ $by })
    [vice] vice-chair ({ $by })
   *[other] { $event } ({ $by })
 }
record-votes = Meeting votes ({ $count }):
record-vote = · { $at } { $meeting } · { $slot } → { $answer ->
    [yes] yes
    [no] no
    [ifneedbe] if need be
   *[other] { $answer }
 }
inv-by-system = system

## The letter's default template ({ $name } etc. show as {name}, {title}, {organisation} when edited)
inv-letter-default = Dear { $name } ({ $title }, { $organisation }),

    Qingdao is carrying out its International City Strategy: finding the international benchmarks, comparing with them, reaching them, surpassing them and setting new ones. To bring together expertise from China and abroad, the city is establishing the Qingdao International City Strategy Expert Advisory Committee, which will advise on the strategy, its indicator system and the "Internationalisation+" Action Plan, and help train the staff of its member units.

    In recognition of your expertise, we cordially invite you to serve as a member of the Committee. Its first working meeting is planned within this year; the details will follow.

    We would be grateful to hear whether you accept this invitation, and look forward to your support and guidance.

    Secretary of the CPC Qingdao Municipal Committee
    Mayor of Qingdao
inv-letter-footer = Please answer with the buttons below: accept, decline (a reason is welcome but optional), or ask the secretariat a question. You can also write "invitation accept" or "invitation decline <reason>".
inv-button-accept = ✅ Accept
inv-button-decline = ✖️ Decline
inv-button-ask = ❓ Ask the secretariat
inv-reminder = Dear { $name }, we recently invited you to serve on the Qingdao International City Strategy Expert Advisory Committee and have not yet heard from you (reminder { $n }). Send "invitation" to read the letter again.

## Editing and previewing the letter (secretariat)
letter-default = The default template is in use (not edited).
letter-edited = Template edited by { $by } on { $at }.
letter-part = { $which ->
    [zh] 【中文】
   *[en] 【English】
 }
letter-how = To edit: invite letter zh <text> or invite letter en <text> (placeholders {"{"}name{"}"}, {"{"}title{"}"}, {"{"}organisation{"}"}); back to the default: invite letter reset; preview: invite preview <expert>; send: invite send all.
letter-reset = Back to the default template.
letter-which = Which language? "{ $word }" is neither zh nor en. For example: invite letter en Dear {"{"}name{"}"}…
letter-empty = Please write the template's text after the language.
letter-too-long = The template is too long: { $length } characters, limit { $max }.
letter-bad-placeholder = The template has placeholders I don't know: { $names }. Only {"{"}name{"}"}, {"{"}title{"}"} and {"{"}organisation{"}"} exist. Not saved.
letter-no-name = The template needs {"{"}name{"}"}, so each expert is addressed by name. Not saved.
letter-saved = The { $which ->
    [zh] Chinese
   *[en] English
 } template is saved. Send "invite preview <expert>" to see it.
letter-preview-who = Whose invitation should I preview? For example: invite preview sarah-mitchell
letter-preview-heading = Preview: the invitation { $name } will receive ({ $lang ->
    [en] English
    [zh-Hant] Traditional Chinese
   *[zh-Hans] Simplified Chinese
 }):

## Sending
inv-invite-usage = invite: letter (show / edit) · preview <expert> · send all|ids|field|country · remind · links · export (the links as CSV) · reply <expert> <text> · revoke <expert>. Send "invitations" for the answers.
inv-send-who = Send to whom? For example: invite send all / invite send sarah-mitchell wang-hai / invite send finance / invite send abroad
inv-send-none = Nobody to send to: { $answered } answered, { $revoked } revoked, { $delivered } delivered and pending. To send again to a pending expert, name them by id.
inv-send-confirm = The letter will go to { $count } candidates ({ $hans } Simplified Chinese, { $hant } Traditional, { $en } English).
    { $reachable } can be reached now; { $unreachable } have no bound chat account yet: they will be recorded as not reachable, with a personal link for you to forward by other means.
    Not included: { $answered } answered, { $revoked } revoked, { $delivered } already delivered.{ $reinvited ->
        [0] {""}
       *[other] {"\u000A"}{ $reinvited } of them had their invitation revoked: they are invited again, with a new personal link (the old one stops working).
    }
    Send now?
inv-button-send = Send ({ $count })
inv-button-cancel = Cancel
inv-cancelled = Cancelled; nothing was sent.
inv-confirm-old = This confirmation no longer works (older than a day, or not recognised); nothing was sent. Please start again.
inv-send-already = These invitations were already sent; nothing was sent twice. Send "invitations" for the results.
inv-send-report = Sent { $sent } invitations: { $delivered } delivered, { $unreachable } not reachable yet{ $already ->
    [0] {""}
   *[other] {" "}({ $already } had just been sent and were not sent again)
 }.{ $unreachable ->
    [0] {""}
   *[other] {" "}Those not reachable get the invitation as soon as they open their personal link:
 }
inv-unreached-line = · { $name } ({ $id }), { $failure ->
    [blocked] has blocked the bot
    [failed] the send failed
   *[unreachable] no bound chat account
 }: { $hasLink ->
    [yes] { $links }
   *[no] code { $code } (they send "invitation { $code }" to the bot)
 }
inv-links-more = …and { $count } more: send "invite links" for all of them.
inv-links-none = Every invitation sent has been delivered.
inv-links-heading = { $count } experts not reachable yet, with their personal links (forward them by e-mail or otherwise; opening one delivers the invitation):

## Reminders by hand (secretariat)
inv-remind-none = Nobody to remind: every delivered invitation has been answered.
inv-remind-none-now = { $later } experts have not answered, but it is night or their weekend where they are, so no reminder goes now; the hourly reminders reach them in their daytime.
inv-remind-confirm = { $now } experts who have not answered will be reminded (those where it is 09:00-20:00 on a working day). { $later ->
    [0] {""}
   *[other] { $later } more are at night or on their weekend and are left out now.{" "}
 }Go ahead?
inv-button-remind = Remind ({ $count })
inv-remind-already = These experts were just reminded; nothing was sent twice.
inv-remind-report = Reminded { $sent }{ $failed ->
    [0] {""}
   *[other] ; { $failed } not delivered
 }{ $later ->
    [0] {""}
   *[other] ; { $later } at night or on their weekend, not reminded
 }.

## Revoking
inv-revoke-who = Whose invitation should I revoke? For example: invite revoke sarah-mitchell <reason>
inv-revoke-none = { $name } has not been invited; there is nothing to revoke.
inv-revoke-already = { $name }'s invitation was already revoked.
inv-revoked = { $name }'s invitation is revoked. Its buttons and personal link no longer work. To invite them again: invite send { $id } (with a new personal link).

## The expert's side
inv-open-welcome = Welcome, { $name }! Here is your invitation to the Qingdao International City Strategy Expert Advisory Committee:
inv-open-other-account = This account is bound to { $name }, and this link is another expert's personal link, so it cannot be opened here.
inv-code-used = This personal link was already used on another account. For help, please contact the International City Strategy Promotion Office.
inv-current-answer = Your answer so far: { $answer ->
    [accepted] accepted
   *[declined] declined
 } ({ $at }). To change it, press a button below.
inv-unbound = Please open the personal link in your invitation e-mail, or send "invitation <code>", to read and answer your invitation.
inv-not-yours = This invitation is addressed to { $name }; only they can answer it.
inv-not-expert = You are not on the expert committee's list of candidates, so there is no invitation for you to answer.
inv-none-yours = You have not received an invitation yet.
inv-revoked-yours = This invitation has been withdrawn; there is nothing to answer. For questions, please contact the International City Strategy Promotion Office.
inv-bad-verb = I don't understand "{ $word }". Use: invitation accept / invitation decline <reason> / invitation ask <question>.
inv-accepted = { $changed ->
    [yes] Changed to accept.
   *[no] Thank you for accepting!
 } You are now a member of the Qingdao International City Strategy Expert Advisory Committee; the first working meeting will be announced.
inv-declined = { $changed ->
    [yes] Changed to decline.
   *[no] Your decline is recorded. Thank you for considering it.
 }
inv-already = You already { $answer ->
    [accepted] accepted
   *[declined] declined
 } ({ $at }); your answer is unchanged.
inv-reason-ask = If you wish, tell us why, and we will pass it to the secretariat (you may skip this):
inv-reason-skip = Skip
inv-reason-skipped = All right, no reason given. Thank you for your answer.
inv-reason-what = Please write your reason, or press "Skip".
inv-reason-sent = Your reason has been passed to the secretariat. Thank you.
inv-reason-too-late = Your answer is no longer a decline, so the reason was not saved.
inv-question-ask = Please write your question and we will pass it to the secretariat (send "cancel" to drop it):
inv-question-what = Please write your question, or send "cancel".
inv-note-too-long = That is too long: { $length } characters, limit { $max }. Please shorten it.
inv-question-sent = Your question has been passed to the secretariat; their reply will come here.
inv-question-queued = Your question is recorded; the secretariat could not be notified right now and will reply when they see it, here.

## Notices to the secretariat
inv-admin-answer = Invitation answer: { $name } ({ $id }) { $answer ->
    [accepted] accepted
   *[declined] declined
 }{ $from ->
    [accepted] {" "}(had accepted before)
    [declined] {" "}(had declined before)
   *[none] {""}
 }{ $hasReason ->
    [yes] . Reason: { $reason }
   *[no] .
 }
inv-admin-reason = { $name } ({ $id }) gave a reason for declining: { $reason }
inv-admin-question = { $name } ({ $id }) asks about the invitation: { $question }
inv-admin-all-answered = Every candidate has answered the invitation: { $accepted } accepted, { $declined } declined. Send "invitations" for the names, and "committee chair <expert>" to name the chair.

## Invitations overview
invs-heading = Expert advisory committee invitations: { $total } candidates, { $members } accepted (members).
invs-state = { $state ->
    [accepted] Accepted
    [declined] Declined
    [pending] Pending
    [unreachable] Not reachable yet
    [not-invited] Not invited
   *[revoked] Revoked
 } ({ $count }): { $names }
invs-offices = Chair: { $chair } · Vice-chairs: { $vice }
invs-all-answered = All answered on { $at }.
invs-links-hint = For those not reachable yet: send "invite links" for their personal links.

## Committee
office-heading = The expert advisory committee: { $count } members (those who accepted).
office-admin-only = Only the secretariat can name the chair and vice-chairs.
office-who = Whom? For example: committee chair zhang-haibo
office-bad-office = I don't understand "{ $word }". Use: committee chair <expert> / committee vice <expert> / committee vice remove <expert>.
office-not-member = { $name } is not a member of the committee (has not accepted), so cannot be chair or vice-chair.
office-marked = { $remove ->
    [yes] { $name } is no longer { $office ->
        [chair] chair
       *[vice] a vice-chair
    }.
   *[no] { $name } is now { $office ->
        [chair] chair
       *[vice] a vice-chair
    } of the committee.
 }
office-unchanged = { $remove ->
    [yes] { $name } is not { $office ->
        [chair] chair
       *[vice] a vice-chair
    }; nothing changed.
   *[no] { $name } is already { $office ->
        [chair] chair
       *[vice] a vice-chair
    }; nothing changed.
 }

## Confirming a revoke
inv-revoke-confirm = Revoke the invitation of { $name } ({ $id })? Its buttons and personal link will stop working{ $member ->
    [yes] ; { $name } accepted and will no longer be a member{ $office ->
        [chair] {" "}nor the chair
        [vice] {" "}nor a vice-chair
       *[none] {""}
    }
   *[no] {""}
 }.{ $reason ->
    [none] {""}
   *[other] {" "}Reason: { $reason }.
 } They can be invited again later with "invite send { $id }" (a new personal link).
inv-button-revoke = Revoke
inv-revoke-cancelled = Cancelled; the invitation was not revoked.

## The secretariat replies to an expert's question
inv-button-reply = ✍️ Reply
inv-reply-who = Reply to which expert? For example: invite reply li-qiang The meeting is at the Municipal Conference Centre
inv-reply-no-question = { $name } has asked no question about the invitation; there is nothing to reply to.
inv-reply-ask = Please write your reply to { $name } (send "cancel" to drop it). { $count ->
    [0] Their questions have all been answered; this goes as a follow-up.
   *[other] Open questions:
 }
inv-reply-what = Please write the reply, or send "cancel".
inv-reply-question = · Q: { $question }
inv-reply-heading = The secretariat { $count ->
    [0] adds to its reply to your questions about the invitation:
   *[other] replies to your question about the invitation:
 }
inv-reply-answer = A: { $reply }
inv-reply-footer = If you have another question, send "invitation ask <question>".
inv-reply-sent = Replied to { $name }{ $answered ->
    [0] {" "}(a follow-up)
    [one] {" "}(1 question)
   *[other] {" "}({ $answered } questions)
 }{ $delivered ->
    [yes] ; delivered.
   *[no] , but it could not be delivered (no bound chat account, or the bot is blocked); it is in their record, and they see it when they open the invitation.
 }
inv-thread-heading = Your questions and the secretariat's replies:
inv-thread-question = · Q: { $text }
inv-thread-reply = · A: { $text }
invs-questions = Questions waiting for a reply ({ $count } experts):
invs-question = · { $name } ({ $id }), { $at }: { $question }
invs-questions-more = …and { $count } more experts' questions.
invs-questions-how = To reply: invite reply <id> <text>

## A new member joins the meetings ahead
inv-admin-joined = { $name } ({ $id }) accepted and was added to { $count ->
    [one] 1 meeting
   *[other] { $count } meetings
 } still ahead:
    { $meetings }

## The personal links as a table (for a mail merge)
inv-export-none = No invitation is waiting for an answer: there are no links to export.
inv-export-header = { $col ->
    [id] id
    [name] name
    [lang] language
    [email] e-mail
    [link] personal link
    [code] invitation code
   *[state] state
 }
inv-export-ready = Personal links of the { $count } experts who have not answered (CSV for a mail merge; the "language" column is zh-Hans / zh-Hant / en). It holds personal data and personal links: do not forward it to a group.
inv-accepted-meetings = You have been added to { $count ->
    [one] the committee's 1 meeting
   *[other] the committee's { $count } meetings
 } still ahead; its date poll or announcement has been sent to you separately.
