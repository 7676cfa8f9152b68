// bind / 绑定: the secretariat issues a one-time code for a person (`绑定 zhao-min`); the
// person sends it (`绑定 K7Q2M9XD`, or Telegram's /start deep link) to bind this account.
import { randomInt } from 'node:crypto';
import { openInvitationByCode } from '../src/committee/invitations/open.ts';
import { refuseGuesser, wrongCode } from '../src/core/code-guard.ts';
import { defineCommand } from '../src/core/command.ts';
import type { Context } from '../src/core/context.ts';
import { own } from '../src/core/own.ts';
import { toSimplified } from '../src/i18n/script.ts';
import { joinList } from '../src/views/format.ts';

export const CODE_TTL_MS = 7 * 24 * 3600_000;
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I/L

function newCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

async function issue(ctx: Context, who: string) {
  const q = toSimplified(who.trim().toLowerCase());
  const person = ctx.store.data.people.find((p) => p.id === q || toSimplified(p.name) === q || p.nameEn?.toLowerCase() === q);
  if (!person) return ctx.reply(ctx.t('bind-no-person', { who: who.slice(0, 30) }));
  const code = newCode();
  const now = ctx.now;
  await ctx.store.update((db) => {
    db.bindCodes[code] = {
      personId: person.id,
      createdBy: ctx.person!.id,
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + CODE_TTL_MS).toISOString(),
    };
  });
  const links = ctx.services.notifier.deepLinks(code).map((l) => l.url);
  return ctx.reply(
    ctx.t('bind-issued', {
      name: ctx.pick(person.name, person.nameEn),
      code,
      days: CODE_TTL_MS / 86_400_000,
      links: links.length ? links.join(' ') : 'none',
    }),
  );
}

type Redeemed = 'bad-code' | 'used-code' | 'expired-code' | 'account-taken' | { personId: string };

/** Uses a code: every check and the binding are one store change, so a code binds one account, once. */
async function redeem(ctx: Context, code: string) {
  const { platform, accountId } = ctx.msg;
  const at = ctx.now.toISOString();
  const outcome = await ctx.store.update((db): Redeemed => {
    const e = own(db.bindCodes, code);
    if (!e) return 'bad-code';
    if (e.usedAt) return 'used-code';
    if (e.expiresAt < at) return 'expired-code';
    const taken = db.accounts.find((a) => a.platform === platform && a.accountId === accountId);
    if (taken && taken.personId !== e.personId) return 'account-taken';
    e.usedAt = at;
    e.usedBy = `${platform}:${accountId}`;
    if (!taken) db.accounts.push({ platform, accountId, personId: e.personId, boundAt: at });
    return { personId: e.personId };
  });
  if (outcome === 'bad-code') wrongCode(ctx);
  if (typeof outcome === 'string') return ctx.reply(ctx.t(`bind-${outcome}`));
  const person = ctx.store.data.people.find((p) => p.id === outcome.personId)!;
  const roles = joinList(
    ctx,
    person.roles.map((role) => ctx.t('role-name', { role })),
  );
  return ctx.reply(ctx.t('bind-done', { name: ctx.pick(person.name, person.nameEn), roles }));
}

export default defineCommand({
  id: 'bind',
  names: { en: ['bind', 'start'], zh: ['绑定'] },
  summary: 'cmd-bind',
  examples: ['绑定 K7Q2M9XD', '绑定 zhao-min', '/start K7Q2M9XD'],
  args: [{ name: 'code', summary: 'arg-bind' }],
  access: ['anyone'],
  privateAnswer: true,
  async run(ctx, args) {
    const word = args.trim();
    if (!word) {
      // A bare /start (Telegram's first contact) is a greeting, not an error.
      return ctx.reply(
        ctx.t(ctx.person ? 'bind-hello-bound' : 'bind-hello', { name: ctx.person ? ctx.pick(ctx.person.name, ctx.person.nameEn) : '' }),
      );
    }
    // Whoever sent too many wrong codes waits (src/core/code-guard.ts).
    if (await refuseGuesser(ctx)) return;
    // An expert's personal invitation link (/start <code>) binds the account and opens it.
    if (await openInvitationByCode(ctx, word)) return;
    const code = word.toUpperCase();
    if (/^[A-Z2-9]{8}$/.test(code) && !ctx.hasRole('admin')) return redeem(ctx, code);
    if (/^[A-Z2-9]{8}$/.test(code) && own(ctx.store.data.bindCodes, code)) return redeem(ctx, code);
    if (!ctx.hasRole('admin')) {
      wrongCode(ctx);
      return ctx.reply(ctx.t('bind-bad-code'));
    }
    return issue(ctx, word);
  },
});
