// invite / 邀请: the secretariat's invitation work: the letter (show, edit per language,
// reset, preview as an expert sees it), sending it (all, by ids or names, by field, by
// country; confirmed with a button), reminding by hand, the deep links of those not
// reachable yet, and revoking an invitation. Sending is a side effect: nothing goes out
// before the confirmation, and the report says how many were sent, delivered, not reachable.
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { letterCommand, previewLetter, showLetter } from '../src/committee/invitations/letter-edit.ts';
import { confirmRemind, confirmSend, listLinks, prepareRemind, prepareSend, revoke } from '../src/committee/invitations/secretariat.ts';
import { norm } from '../src/committee/roster.ts';

type Sub = 'letter' | 'preview' | 'send' | 'remind' | 'links' | 'revoke' | 'confirm' | 'cancel';
const SUBS: Record<string, Sub> = {
  letter: 'letter',
  template: 'letter',
  函: 'letter',
  信函: 'letter',
  邀请函: 'letter',
  模板: 'letter',
  preview: 'preview',
  预览: 'preview',
  send: 'send',
  发送: 'send',
  发出: 'send',
  remind: 'remind',
  reminder: 'remind',
  提醒: 'remind',
  催办: 'remind',
  links: 'links',
  link: 'links',
  链接: 'links',
  revoke: 'revoke',
  withdraw: 'revoke',
  撤回: 'revoke',
  撤销: 'revoke',
  confirm: 'confirm',
  cancel: 'cancel',
  取消: 'cancel',
};

async function confirm(ctx: Context, rest: string) {
  const [what, ...more] = rest.split(/\s+/);
  if (what === 'send') return confirmSend(ctx, more.join(' '));
  if (what === 'remind') return confirmRemind(ctx, more.join(' '));
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
    '邀请 撤回 zhang-haibo',
  ],
  args: [{ name: 'action', summary: 'arg-invite' }],
  access: ['admin'],
  writes: true,
  async run(ctx, args) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(args.trim());
    if (!m) return showLetterAndUsage(ctx);
    const sub = SUBS[norm(m[1]!)];
    const rest = m[2]!;
    switch (sub) {
      case 'letter':
        return letterCommand(ctx, rest);
      case 'preview':
        return previewLetter(ctx, rest);
      case 'send':
        return prepareSend(ctx, rest);
      case 'remind':
        return prepareRemind(ctx);
      case 'links':
        return listLinks(ctx);
      case 'revoke':
        return revoke(ctx, rest);
      case 'confirm':
        return confirm(ctx, rest);
      case 'cancel':
        return ctx.reply(ctx.t('inv-cancelled'));
      default:
        return ctx.reply(ctx.t('inv-invite-unknown', { word: m[1]!.slice(0, 20) }));
    }
  },
});

async function showLetterAndUsage(ctx: Context) {
  await showLetter(ctx);
  await ctx.reply(ctx.t('inv-invite-usage'));
}
