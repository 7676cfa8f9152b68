// meeting / 会议: committee meetings and training sessions. The secretariat creates a poll
// of candidate slots, sends it, reminds, fixes (or moves) the date, cancels, and takes the
// roll call; invitees list their meetings and see their poll. Votes and attendance answers
// have their own commands (vote, attend), which the buttons run.
import { meetingCreateFlow } from '../src/committee/meetings/create-flow.ts';
import { handleCreate, handleRemind, handleSend } from '../src/committee/meetings/handle-create.ts';
import { handleCancel, handleFinal } from '../src/committee/meetings/handle-final.ts';
import { handleList, handleRoll, handleView } from '../src/committee/meetings/handle-view.ts';
import { findMeeting } from '../src/committee/meetings/repo.ts';
import { subOf, words } from '../src/committee/meetings/words.ts';
import { defineCommand } from '../src/core/command.ts';
import { attachChart } from '../src/charts/attach.ts';

const ADMIN_ONLY = new Set(['create', 'send', 'remind', 'final', 'roll', 'cancel']);

export default defineCommand({
  id: 'meeting',
  names: { en: ['meeting', 'meetings'], zh: ['会议', '开会'] },
  summary: 'cmd-meeting',
  examples: [
    '会议',
    '会议 m1',
    '会议 新建 第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心',
    '会议 定 m1 2',
    '会议 点名 m1 张伟, sarah-mitchell',
    'meeting m1',
  ],
  args: [{ name: 'action', summary: 'arg-meeting-action' }],
  access: ['admin', 'expert', 'head', 'reporter', 'official'],
  writes: true,
  async run(ctx, args) {
    const { head, rest } = words(args, 1);
    const first = head[0];
    if (!first) return handleList(ctx);
    const sub = subOf(first);
    // "会议 m1" looks at a meeting.
    if (!sub) return view(ctx, first, rest);
    if (ADMIN_ONLY.has(sub) && !ctx.hasRole('admin')) return ctx.reply(ctx.t('meeting-admin-only'));
    if (sub === 'create') {
      // Where a form can be shown (a Slack modal), the whole poll is one form.
      if (!rest && ctx.msg.canShowForm)
        return ctx.reply(ctx.t('meeting-form-title'), { form: ctx.services.forms.get('meeting')!.build(ctx)! });
      if (rest || ctx.msg.chatType !== 'direct') return handleCreate(ctx, rest);
      return ctx.services.conversations.start(ctx, meetingCreateFlow, {}, 'title');
    }
    if (sub === 'list') return handleList(ctx);
    const { head: idWord, rest: more } = words(rest, 1);
    if (!idWord[0]) return ctx.reply(ctx.t('meeting-which', { action: first }));
    const meeting = findMeeting(ctx.store, idWord[0]);
    if (!meeting) return ctx.reply(ctx.t('meeting-unknown', { id: idWord[0] }));
    switch (sub) {
      case 'view':
        return view(ctx, meeting.id, '');
      case 'send':
        return handleSend(ctx, meeting, more);
      case 'remind':
        return handleRemind(ctx, meeting, more);
      case 'final':
        return handleFinal(ctx, meeting, more);
      case 'roll':
        return handleRoll(ctx, meeting, more);
      case 'cancel':
        return handleCancel(ctx, meeting, more);
    }
  },
});

async function view(ctx: Parameters<typeof handleView>[0], word: string, rest: string) {
  const meeting = findMeeting(ctx.store, word);
  if (!meeting) return ctx.reply(ctx.t(rest || !/^[#mM]?\d+$/.test(word) ? 'meeting-usage' : 'meeting-unknown', { id: word }));
  await handleView(ctx, meeting);
  return attachChart(ctx, (charts) => charts.meetingChartFor(ctx, meeting.id));
}
