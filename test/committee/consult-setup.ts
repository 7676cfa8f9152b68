// Test setup for consultations: a bot through the real core, chosen experts made committee
// members directly (the invitations are another module's work), accounts bound on the
// `test` platform, and a capture port recording every message the bot writes first.
import type { Recipient, Reply } from '../../src/core/types.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';

export interface Sent {
  to: Recipient;
  reply: Reply;
}

export interface ConsultBot extends TestBot {
  sent: Sent[];
  /** The person a captured message went to (accounts are `acc-<person>`). */
  personOf(s: Sent): string;
}

export async function makeMembers(bot: TestBot, ids: readonly string[], at = '2016-10-20T10:00:00.000Z'): Promise<void> {
  await bot.store.update((db) => {
    for (const id of ids) db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: at, reminders: 0 };
  });
}

export async function bind(bot: TestBot, ids: readonly string[]): Promise<void> {
  const boundAt = new Date().toISOString();
  await bot.store.update((db) => {
    for (const id of ids) db.accounts.push({ platform: 'test', accountId: `acc-${id}`, personId: id, boundAt });
  });
}

export async function consultBot(opts: { now: string; members: readonly string[]; unbound?: readonly string[] }): Promise<ConsultBot> {
  const bot = await makeBot({ now: opts.now });
  await makeMembers(bot, opts.members);
  await bind(
    bot,
    opts.members.filter((id) => !opts.unbound?.includes(id)),
  );
  const sent: Sent[] = [];
  bot.core.services.notifier.register('test', async (to, reply) => {
    sent.push({ to, reply });
    return { ok: true };
  });
  return { ...bot, sent, personOf: (s) => s.to.chatId.replace(/^acc-/, '') };
}

/** The key of a captured message's button, by a part of its label. */
export function buttonOf(s: Sent, label: string): string {
  const c = s.reply.choices?.find((x) => x.label.includes(label));
  if (!c) throw new Error(`no button "${label}" in: ${s.reply.text}`);
  return c.key;
}
