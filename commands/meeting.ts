// meeting / 会议: committee meetings and training sessions. The secretariat creates a poll
// of candidate slots, sends it, reminds, fixes (or moves) the date, cancels, and takes the
// roll call, adds members who joined later; invitees list their meetings and see their poll. Votes and attendance answers
// have their own commands (vote, attend), which the buttons run.
import { meetingCreateFlow } from '../src/committee/meetings/create-flow.ts';
import { handleAdd } from '../src/committee/meetings/handle-add.ts';
import { handleCreate, handleRemind, handleSend } from '../src/committee/meetings/handle-create.ts';
import { handleCancel, handleFinal } from '../src/committee/meetings/handle-final.ts';
import { handleList, handleRoll, handleView } from '../src/committee/meetings/handle-view.ts';
import { findMeeting } from '../src/committee/meetings/repo.ts';
import type { Meeting } from '../src/committee/schema.ts';
import { words } from '../src/committee/meetings/words.ts';
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { type Subcommand, Subcommands } from '../src/core/subcommands.ts';
import { attachChart } from '../src/charts/attach.ts';
import { invitedToAMeeting } from '../src/committee/meetings/offered.ts';

const isAdmin = (ctx: Context) => ctx.hasRole('admin');

/** A sub-command the secretariat runs. */
function adminOnly(run: Subcommand['run']): Subcommand['run'] {
  return (ctx, rest, word) => (isAdmin(ctx) ? run(ctx, rest, word) : ctx.reply(ctx.t('meeting-admin-only')));
}

/** A sub-command about one meeting: its id is the first word, the rest of the line follows. */
function about(then: (ctx: Context, meeting: Meeting, more: string) => Promise<void>) {
  return (ctx: Context, rest: string, word: string) => {
    const { head: id, rest: more } = words(rest, 1);
    if (!id[0]) return ctx.reply(ctx.t('meeting-which', { action: word }));
    const meeting = findMeeting(ctx.store, id[0]);
    if (!meeting) return ctx.reply(ctx.t('meeting-unknown', { id: id[0] }));
    return then(ctx, meeting, more);
  };
}

const SUBS = new Subcommands({
  create: { zh: ['新建', '创建', '发起'], en: ['new', 'create'], run: adminOnly(create), offered: isAdmin },
  list: { zh: ['列表', '全部'], en: ['list', 'all'], run: (ctx) => handleList(ctx) },
  view: { zh: ['查看', '详情', '统计'], en: ['view', 'show', 'tally'], run: about((ctx, m) => viewWithChart(ctx, m)) },
  send: { zh: ['发送', '发出'], en: ['send'], run: adminOnly(about(handleSend)), offered: isAdmin },
  remind: { zh: ['提醒', '催'], en: ['remind'], run: adminOnly(about(handleRemind)), offered: isAdmin },
  final: {
    zh: ['定', '确定', '定时间', '改期'],
    en: ['final', 'finalise', 'finalize', 'schedule', 'reschedule'],
    run: adminOnly(about(handleFinal)),
    offered: isAdmin,
  },
  roll: { zh: ['点名'], en: ['roll', 'rollcall'], run: adminOnly(about(handleRoll)), offered: isAdmin },
  add: { zh: ['添加', '加入'], en: ['add'], run: adminOnly(about(handleAdd)), offered: isAdmin },
  cancel: { zh: ['取消'], en: ['cancel'], run: adminOnly(about(handleCancel)), offered: isAdmin },
});

async function create(ctx: Context, rest: string) {
  // Where a form can be shown (a Slack modal), the whole poll is one form.
  if (!rest && ctx.msg.canShowForm && (await ctx.showForm(ctx.t('meeting-form-title'), ctx.services.forms.build(ctx, 'meeting')!))) return;
  if (rest || ctx.msg.chatType !== 'direct') return handleCreate(ctx, rest);
  return ctx.services.conversations.start(ctx, meetingCreateFlow, {}, 'title');
}

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
    '会议 添加 m1',
    'meeting m1',
  ],
  args: [{ name: 'action', summary: 'arg-meeting-action' }],
  access: ['admin', 'expert', 'head', 'reporter', 'official'],
  privateAnswer: true,
  offered: (ctx) => ctx.hasRole('admin', 'expert') || invitedToAMeeting(ctx),
  writes: true,
  async run(ctx, args) {
    const { head, rest } = words(args, 1);
    const first = head[0];
    if (!first) return handleList(ctx);
    if (await SUBS.run(ctx, args)) return;
    // "会议 m1" looks at a meeting.
    const meeting = findMeeting(ctx.store, first);
    if (meeting) return viewWithChart(ctx, meeting);
    if (!rest && /^[#mM]?\d+$/.test(first)) return ctx.reply(ctx.t('meeting-unknown', { id: first }));
    return SUBS.unknown(ctx, first, 'meeting-usage');
  },
});

/** A poll's view, with its chart (the tally against the quorum). */
async function viewWithChart(ctx: Context, meeting: Parameters<typeof handleView>[1]) {
  await handleView(ctx, meeting);
  return attachChart(ctx, (charts) => charts.meetingChartFor(ctx, meeting.id));
}
