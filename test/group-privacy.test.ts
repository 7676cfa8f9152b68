// Privacy in groups (issue 10, §5), through the real core: a command whose answer holds
// personal data, a file or a secretariat's action (declared `privateAnswer`) asked in a group
// is answered in the person's direct chat, and the group is only told so; when the direct
// chat cannot be reached the group learns nothing more. Lookups stay in the group.
import { beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage, Reply } from '../src/core/types.ts';
import { allReports } from './helpers/logs.ts';
import { makeBot, type TestBot } from './helpers/fake-chat.ts';

let bot: TestBot;
/** What the 'test' platform delivered to each account's direct chat. */
let direct: Array<{ to: string; reply: Reply }>;
let reachable: boolean;

beforeEach(async () => {
  bot = await makeBot();
  direct = [];
  reachable = true;
  bot.core.services.notifier.register('test', async (to, reply) => {
    if (!reachable) return { ok: false, failure: 'unreachable', detail: 'never opened the bot' };
    direct.push({ to: to.chatId, reply });
    return { ok: true };
  });
});

/** A message in the group chat "grp-1", addressed to the bot. */
function inGroup(as: string, text: string, more: Partial<IncomingMessage> = {}): Promise<Reply[]> {
  return bot.core.handle({ platform: 'test', chatId: 'grp-1', chatType: 'group', accountId: as, addressed: true, text, ...more });
}

const texts = (replies: Reply[]) => replies.map((r) => r.text).join('\n');

describe('a private answer asked in a group', () => {
  it("sends an expert's record (e-mail, handles) to the asker's direct chat, not to the group", async () => {
    const group = await inGroup('secretariat', '/experts sarah-mitchell');
    expect(texts(group)).toContain('已私信回复您');
    expect(texts(group)).not.toContain('sarah.mitchell@example.org');
    expect(texts(group)).not.toContain('Sarah');
    expect(direct).toHaveLength(1);
    expect(direct[0]!.to).toBe('secretariat');
    expect(direct[0]!.reply.text).toContain('sarah.mitchell@example.org');
  });

  it('sends the export files to the direct chat', async () => {
    const group = await inGroup('secretariat', '导出');
    expect(group.some((r) => r.file)).toBe(false);
    expect(direct.filter((d) => d.reply.file).map((d) => d.reply.file!.name)).toEqual([
      expect.stringMatching(/assessment.*\.xlsx$/),
      expect.stringMatching(/assessment.*\.csv$/),
      expect.stringMatching(/indicators.*\.csv$/),
    ]);
  });

  it('asks for the confirmation of a secretariat action in the direct chat, where its button works', async () => {
    const group = await inGroup('secretariat', '/invite send all');
    expect(texts(group)).toContain('已私信回复您');
    const ask = direct.at(-1)!.reply;
    expect(ask.choices?.length).toBeGreaterThan(0);
    expect(group.every((r) => !r.choices?.length)).toBe(true);
    // The button in the direct chat is pressed there, as a direct message.
    const sent = await bot.core.handle({
      platform: 'test',
      chatId: 'secretariat',
      chatType: 'direct',
      accountId: 'secretariat',
      action: ask.choices![0]!.key,
    });
    expect(texts(sent)).not.toContain('已私信回复您');
    expect(Object.values(bot.store.data.invitations).some((i) => i.invitedAt)).toBe(true);
  });

  it('starts a report in the direct chat, which goes on there', async () => {
    await inGroup('zhao-min', '汇报 92 进度60% 正常推进 章程初稿已完成');
    expect(direct.at(-1)!.reply.text).toContain('请确认汇报');
    const chat = bot.chat('zhao-min');
    chat.choices = direct.at(-1)!.reply.choices!;
    expect(await chat.press('确认')).toContain('已保存：第 92 项');
    expect(await allReports(bot.store)).toHaveLength(1);
  });

  it("keeps 我的 and 我是谁 out of the group, and says so when the direct chat can't be reached", async () => {
    reachable = false;
    const group = await inGroup('xu-ting', '我的');
    expect(texts(group)).toContain('我无法私信您，所以“我的”的回答没有在群里显示');
    expect(texts(group)).not.toContain('徐婷的待办');
    expect(texts(await inGroup('xu-ting', 'whoami'))).not.toContain('已绑定');
  });
});

describe('what stays in the group', () => {
  it('answers lookups there', async () => {
    const group = await inGroup('xu-ting', '事项 92');
    expect(texts(group)).toContain('第 92 项');
    expect(direct).toHaveLength(0);
  });

  it("shows 总览 without the secretariat's to-do (who has not reported, whom to bind)", async () => {
    const group = texts(await inGroup('secretariat', '总览'));
    expect(group).toContain('全部事项共 100 项');
    expect(group).not.toContain('尚未汇报的牵头单位');
    expect(
      texts(await bot.core.handle({ platform: 'test', chatId: 's', chatType: 'direct', accountId: 'secretariat', text: '总览' })),
    ).toContain('尚未汇报的牵头单位');
  });

  it('is decided by the declaration, one place for every command', () => {
    const privateOnes = bot.core.commands.filter((c) => c.privateAnswer).map((c) => c.id);
    for (const id of ['experts', 'export', 'invite', 'bind', 'mine', 'whoami', 'report', 'invitations', 'consult'])
      expect(privateOnes).toContain(id);
    for (const id of ['item', 'items', 'indicator', 'unit', 'help', 'overview']) expect(privateOnes).not.toContain(id);
  });
});
