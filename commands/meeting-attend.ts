// attend / 出席: once a meeting's date is fixed, an invitee says whether they will attend
// in person, attend online, or cannot attend, with an optional note. The answer belongs to
// the meeting's current schedule: when the date moves, it has to be given again.
import { answerAttendance, findMeeting, isInvitee } from '../src/committee/meetings/repo.ts';
import { formatWhen } from '../src/committee/meetings/time.ts';
import { attendanceOf, words } from '../src/committee/meetings/words.ts';
import { timeZoneOf } from '../src/committee/members.ts';
import { meetingTitle } from '../src/committee/texts.ts';
import { defineCommand } from '../src/core/command.ts';
import { invitedToAMeeting } from '../src/committee/meetings/offered.ts';

const MAX_NOTE = 200;

export default defineCommand({
  id: 'attend',
  names: { en: ['attend'], zh: ['出席', '参会'] },
  summary: 'cmd-attend',
  examples: ['出席 m1 出席', '出席 m1 线上', '出席 m1 不能 出差在外', 'attend m1 online'],
  args: [
    { name: 'meeting', summary: 'arg-vote-meeting', required: true },
    { name: 'answer', summary: 'arg-attend-answer', required: true },
  ],
  access: ['admin', 'expert', 'head', 'reporter', 'official'],
  privateAnswer: true,
  offered: (ctx) => ctx.hasRole('admin', 'expert') || invitedToAMeeting(ctx),
  writes: true,
  async run(ctx, args) {
    const { head, rest } = words(args, 2);
    const [id, word] = head;
    if (!id) return ctx.reply(ctx.t('attend-usage'));
    const meeting = findMeeting(ctx.store, id);
    if (!meeting) return ctx.reply(ctx.t('meeting-unknown', { id }));
    const me = ctx.person!.id;
    if (!isInvitee(ctx.store, meeting, me)) return ctx.reply(ctx.t('meeting-not-invited', { id: meeting.id }));
    if (meeting.status === 'cancelled') return ctx.reply(ctx.t('meeting-is-cancelled', { id: meeting.id }));
    const slot = meeting.status === 'scheduled' ? meeting.slots.find((s) => s.id === meeting.finalSlot) : undefined;
    if (!slot) return ctx.reply(ctx.t('attend-not-scheduled', { id: meeting.id, status: meeting.status }));
    const when = formatWhen(ctx, timeZoneOf(ctx.store, me), slot.start, slot.end);
    if (Date.parse(slot.end) <= ctx.now.getTime()) return ctx.reply(ctx.t('attend-over', { id: meeting.id, when }));
    const answer = word === undefined ? undefined : attendanceOf(word);
    if (!answer) return ctx.reply(ctx.t(word === undefined ? 'attend-usage' : 'attend-answer-unknown', { word: word ?? '' }));
    if (rest.length > MAX_NOTE) return ctx.reply(ctx.t('vote-note-long', { max: MAX_NOTE, length: rest.length }));
    const saved = await answerAttendance(ctx.store, meeting, me, answer, rest || undefined, ctx.now);
    return ctx.reply(
      ctx.t(saved === 'saved' ? 'attend-saved' : 'attend-unchanged', { id: meeting.id, title: meetingTitle(ctx, meeting), answer, when }),
    );
  },
});
