// invite / 邀请: the secretariat's invitation work: the letter (show, edit per language,
// reset, preview as an expert sees it), sending it (all, by ids or names, by field, by
// country; confirmed with a button), reminding by hand, the deep links of those not
// reachable yet (and all open links as a CSV for a mail merge), replying to an expert's question, and revoking an invitation (confirmed;
// a revoked expert can be invited again). Sending is a side effect: nothing goes out
// before the confirmation, and the report says how many were sent, delivered, not reachable.
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { Subcommands } from '../src/core/subcommands.ts';
import { letterCommand, previewLetter, showLetter } from '../src/committee/invitations/letter-edit.ts';
import { exportLinks } from '../src/committee/invitations/links-export.ts';
import { replyCommand } from '../src/committee/invitations/reply-command.ts';
import { confirmRevoke, prepareRevoke } from '../src/committee/invitations/revoke.ts';
import { confirmRemind, confirmSend, listLinks, prepareRemind, prepareSend } from '../src/committee/invitations/secretariat.ts';

const nobody = () => false;

const SUBS = new Subcommands({
  letter: { zh: ['函', '信函', '邀请函', '模板'], en: ['letter', 'template'], run: letterCommand },
  preview: { zh: ['预览'], en: ['preview'], run: previewLetter },
  send: { zh: ['发送', '发出'], en: ['send'], run: prepareSend },
  remind: { zh: ['提醒', '催办'], en: ['remind', 'reminder'], run: (ctx) => prepareRemind(ctx) },
  links: { zh: ['链接'], en: ['links', 'link'], run: (ctx) => listLinks(ctx) },
  export: { zh: ['导出'], en: ['export', 'csv'], run: (ctx) => exportLinks(ctx) },
  revoke: { zh: ['撤回', '撤销'], en: ['revoke', 'withdraw'], run: prepareRevoke },
  reply: { zh: ['答复', '回复'], en: ['reply', 'answer'], run: replyCommand },
  // The words of the confirmation buttons ("invite confirm send …").
  confirm: { zh: [], en: ['confirm'], run: confirm, offered: nobody },
  cancel: {
    zh: ['取消'],
    en: ['cancel'],
    run: (ctx, rest) => ctx.reply(ctx.t(rest === 'revoke' ? 'inv-revoke-cancelled' : 'inv-cancelled')),
    offered: nobody,
  },
});

async function confirm(ctx: Context, rest: string) {
  const [what, ...more] = rest.split(/\s+/);
  if (what === 'send') return confirmSend(ctx, more.join(' '));
  if (what === 'remind') return confirmRemind(ctx, more.join(' '));
  if (what === 'revoke') return confirmRevoke(ctx, more.join(' '));
  return ctx.reply(ctx.t('inv-confirm-old'));
}

export default defineCommand({
  id: 'invite',
  names: { en: ['invite'], zh: ['邀请'] },
  summary: 'cmd-invite',
  examples: [
    '邀请 函',
    '邀请 函 中文 尊敬的{name}……',
    '邀请 预览 sarah-mitchell',
    '邀请 发送 全部',
    'invite send finance US',
    '邀请 提醒',
    '邀请 链接',
    '邀请 导出',
    '邀请 撤回 zhang-haibo',
    '邀请 答复 li-qiang 会议在市级机关会议中心举行',
  ],
  args: [{ name: 'action', summary: 'arg-invite' }],
  access: ['admin'],
  privateAnswer: true,
  writes: true,
  async run(ctx, args) {
    const text = args.trim();
    if (!text) return showLetterAndUsage(ctx);
    if (!(await SUBS.run(ctx, text))) return SUBS.unknown(ctx, text.split(/\s+/)[0]!);
  },
});

async function showLetterAndUsage(ctx: Context) {
  await showLetter(ctx);
  await ctx.reply(ctx.t('inv-invite-usage'));
}
