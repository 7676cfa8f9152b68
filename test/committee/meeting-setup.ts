// Shared by the meeting tests: a bot with some experts made committee members directly (the
// invitation flow is tested elsewhere), each bound to a test account whose messages are
// captured, and helpers to press the buttons of a message the bot sent first.
import type { Recipient, Reply } from '../../src/core/types.ts';
import { makeBot, type FakeChat, type TestBot } from '../helpers/fake-chat.ts';

export const NOW = '2016-11-01T10:00:00+08:00';
/** Six members: the quorum is 4. Sarah Mitchell is in San Francisco, Leung Ka-wai writes Traditional. */
export const MEMBERS = ['zhang-haibo', 'wang-xiaomei', 'li-qiang', 'liu-yan', 'sarah-mitchell', 'leung-ka-wai'];
export const CREATE =
  '会议 新建 第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00, 2016-11-22 09:30 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心';

export interface Sent {
  to: Recipient;
  reply: Reply;
}

export interface MeetingBot extends TestBot {
  sent: Sent[];
  /** Messages the bot sent first to a person. */
  to(person: string): Sent[];
  /** Presses a button of the last message sent first to `person` that has it. */
  pressSent(person: string, label: string): Promise<Reply[]>;
}

export async function meetingBot(opts: { members?: string[]; bound?: string[]; now?: string } = {}): Promise<MeetingBot> {
  const bot = await makeBot({ now: opts.now ?? NOW });
  const members = opts.members ?? MEMBERS;
  const bound = opts.bound ?? [...members, 'secretariat'];
  await bot.store.update((db) => {
    for (const id of members) db.invitations[id] = { expertId: id, code: `C${id}`, answer: 'accepted', answeredAt: NOW, reminders: 0 };
    for (const id of bound) db.accounts.push({ platform: 'test', accountId: `acc-${id}`, personId: id, boundAt: NOW });
  });
  const sent: Sent[] = [];
  bot.core.services.notifier.register('test', async (to, reply) => {
    sent.push({ to, reply });
    return { ok: true };
  });
  const to = (person: string) => sent.filter((s) => s.to.chatId === `acc-${person}`);
  // One chat per person, so the buttons of its last reply can be pressed.
  const chats = new Map<string, FakeChat>();
  const chat = (person = 'secretariat') => chats.get(person) ?? chats.set(person, bot.chat(person)).get(person)!;
  return {
    ...bot,
    chat,
    sent,
    to,
    async pressSent(person, label) {
      const msg = to(person)
        .reverse()
        .find((s) => s.reply.choices?.some((c) => c.label.includes(label)));
      if (!msg) throw new Error(`no message to ${person} with a button "${label}"`);
      const key = msg.reply.choices!.find((c) => c.label.includes(label))!.key;
      return chat(person).send({ action: key });
    },
  };
}

/** Creates the three-slot poll of CREATE and sends it to every member. */
export async function sentPoll(bot: MeetingBot, create = CREATE): Promise<void> {
  const admin = bot.chat('secretariat');
  await admin.say(create);
  await admin.press('📨');
}

export const text = (replies: Reply[]) => replies.map((r) => r.text).join('\n---\n');
