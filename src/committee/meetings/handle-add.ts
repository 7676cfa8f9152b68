// 会议 添加 m1: the secretariat adds to a meeting the members who joined the committee after
// it was set up and are not on it yet (those who accepted before new members were added
// automatically). It says who and what they will get, and acts on the confirmation.
import type { Context } from '../../core/context.ts';
import type { Meeting } from '../schema.ts';
import { meetingTitle } from '../texts.ts';
import { missingMembers, takesNewMembers } from './joinable.ts';
import { addMembers } from './late-members.ts';
import { names } from './tally-view.ts';
import { isConfirm, sentText, words } from './words.ts';

export async function handleAdd(ctx: Context, meeting: Meeting, rest: string): Promise<void> {
  if (!takesNewMembers(meeting, ctx.now)) return ctx.reply(ctx.t('meeting-add-closed', { id: meeting.id, audience: meeting.audience }));
  const missing = missingMembers(ctx.store, meeting, ctx.now);
  if (!missing.length) return ctx.reply(ctx.t('meeting-add-none', { id: meeting.id }));
  if (!isConfirm(words(rest, 1).head[0])) {
    return ctx.reply(
      ctx.t('meeting-add-confirm', {
        id: meeting.id,
        title: meetingTitle(ctx, meeting),
        count: missing.length,
        names: names(ctx, ctx.store, missing),
        status: meeting.status,
      }),
      { choices: [{ label: ctx.t('meeting-button-add', { count: missing.length }), command: `meeting add ${meeting.id} confirm` }] },
    );
  }
  const joined = await addMembers(ctx.services, meeting.id, missing, ctx.now);
  if (!joined) return ctx.reply(ctx.t('meeting-add-none', { id: meeting.id }));
  const lines = [ctx.t('meeting-added', { id: meeting.id, count: joined.added.length, min: joined.min, total: joined.count })];
  if (joined.sent !== 'none') lines.push(sentText(ctx, joined.summary, joined.summary.sent.length + joined.summary.missed.length));
  return ctx.reply(lines.join('\n'));
}
