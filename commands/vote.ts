// vote / 投票: an invitee answers one slot of a meeting poll (yes, if need be, no, with an
// optional note) until the deadline. The poll's buttons run this command as the presser.
// The reply is the poll itself, edited in place; a repeated press changes nothing.
import { closeIfDue } from '../src/committee/meetings/deadline.ts';
import { pollView } from '../src/committee/meetings/poll-view.ts';
import { castVote, findMeeting, isInvitee } from '../src/committee/meetings/repo.ts';
import { formatWhen } from '../src/committee/meetings/time.ts';
import { answerOf, words } from '../src/committee/meetings/words.ts';
import { missingMembers } from '../src/committee/meetings/joinable.ts';
import { isMember, timeZoneOf } from '../src/committee/members.ts';
import { defineCommand } from '../src/core/command.ts';
import { invitedToAMeeting } from '../src/committee/meetings/offered.ts';

export const MAX_NOTE = 200;

export default defineCommand({
  id: 'vote',
  names: { en: ['vote'], zh: ['投票'] },
  summary: 'cmd-vote',
  examples: ['投票 m1 2 可以', '投票 m1 3 必要时可以 只能上午', 'vote m1 1 no'],
  args: [
    { name: 'meeting', summary: 'arg-vote-meeting', required: true },
    { name: 'slot', summary: 'arg-vote-slot' },
    { name: 'answer', summary: 'arg-vote-answer' },
  ],
  access: ['admin', 'expert', 'head', 'reporter', 'official'],
  privateAnswer: true,
  offered: (ctx) => ctx.hasRole('admin', 'expert') || invitedToAMeeting(ctx),
  writes: true,
  async run(ctx, args) {
    const { head, rest } = words(args, 3);
    const [id, slotId, word] = head;
    if (!id) return ctx.reply(ctx.t('vote-usage'));
    let meeting = findMeeting(ctx.store, id);
    if (!meeting) return ctx.reply(ctx.t('meeting-unknown', { id }));
    const me = ctx.person!.id;
    if (!isInvitee(ctx.store, meeting, me)) {
      const joinedLater = isMember(ctx.store, me) && missingMembers(ctx.store, meeting, ctx.now).includes(me);
      return ctx.reply(ctx.t(joinedLater ? 'meeting-not-invited-member' : 'meeting-not-invited', { id: meeting.id }));
    }
    meeting = await closeIfDue(ctx.services, meeting, ctx.now);
    const zone = timeZoneOf(ctx.store, me);
    const show = (status?: string) => {
      const poll = pollView(ctx.store, meeting!, me, ctx, zone, status);
      return ctx.reply(poll.text, { editKey: poll.editKey!, ...(poll.offers ? { choices: poll.offers } : {}) });
    };
    if (meeting.status !== 'open') {
      return ctx.reply(ctx.t('vote-closed', { id: meeting.id, status: meeting.status, deadline: formatWhen(ctx, zone, meeting.deadline) }));
    }
    if (!slotId) return show();
    const slot = meeting.slots.find((s) => s.id === slotId.replace(/^#/, ''));
    if (!slot) return ctx.reply(ctx.t('meeting-slot-unknown', { slot: slotId, count: meeting.slots.length }));
    const answer = word === undefined ? undefined : answerOf(word);
    if (!answer) return ctx.reply(ctx.t(word === undefined ? 'vote-usage' : 'vote-answer-unknown', { word: word ?? '' }));
    if (rest.length > MAX_NOTE) return ctx.reply(ctx.t('vote-note-long', { max: MAX_NOTE, length: rest.length }));
    const saved = await castVote(ctx.store, meeting, me, slot.id, answer, rest || undefined, ctx.now);
    return show(ctx.t(saved === 'saved' ? 'vote-saved' : 'vote-unchanged', { slot: slot.id, answer }));
  },
});
