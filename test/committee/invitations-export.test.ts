// The personal invitation links as a CSV for a mail merge: every open invitation (sent, not
// answered, not revoked) with name, language, e-mail, link and code; for the secretariat
// only; asked in a group, the file goes to the asker's direct chat; a cell that starts like
// a formula is kept as text.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.ts';
import { makeBot } from '../helpers/fake-chat.ts';

const NOW = '2016-09-01T10:00:00+08:00';

async function setup() {
  const bot = await makeBot({ now: NOW });
  const sent: Array<{ to: string; reply: Reply }> = [];
  const { notifier } = bot.core.services;
  notifier.register('test', async (to, reply) => {
    sent.push({ to: to.chatId, reply });
    return { ok: true };
  });
  notifier.registerDeepLink('telegram', (p) => `https://t.me/duban_bot?start=${p}`);
  await bot.store.update((db) => {
    for (const id of ['secretariat', 'zhang-haibo', 'li-qiang'])
      db.accounts.push({ platform: 'test', accountId: id, personId: id, boundAt: NOW });
  });
  const sec = bot.chat('secretariat');
  await sec.say('邀请 发送 全部');
  await sec.press('确认发送');
  return { bot, sent, sec };
}

const csv = (reply: Reply) => new TextDecoder().decode(reply.file!.data);

describe('the links export', () => {
  it('lists every open invitation with its personal link, in a CSV for a mail merge', async () => {
    const { bot, sec } = await setup();
    await bot.chat('zhang-haibo').say('邀请函 接受');
    await sec.say('邀请 撤回 li-qiang');
    await sec.press('确认撤回');
    // A name that would run as a formula in Excel.
    await bot.store.update((db) => void (db.experts.find((e) => e.id === 'david-cohen')!.nameEn = '=HYPERLINK("x")'));

    const replies = await sec.send({ text: '邀请 导出' });
    const reply = replies.at(-1)!;
    expect(reply.text).toContain('专属链接表：57 位尚未答复的专家');
    expect(reply.file).toMatchObject({ name: 'invitation-links-2016-09-01.csv', mime: 'text/csv' });
    const text = csv(reply);
    const lines = text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('编号,姓名,语言,电子邮件,专属链接,邀请码,状态');
    expect(lines).toHaveLength(58);
    const code = bot.store.data.invitations['sarah-mitchell']!.code;
    expect(lines).toContain(
      `sarah-mitchell,Sarah Mitchell,en,sarah.mitchell@example.org,https://t.me/duban_bot?start=${code},${code},暂无法送达`,
    );
    expect(text).not.toContain('zhang-haibo'); // answered
    expect(text).not.toContain('li-qiang'); // revoked
    expect(lines.find((l) => l.startsWith('david-cohen,'))).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('goes to a direct message when asked in a group, and only to the secretariat', async () => {
    const { bot, sent, sec } = await setup();
    const inGroup = await sec.send({ text: '邀请 导出', chatType: 'group', chatId: 'group-1', addressed: true });
    expect(inGroup.map((r) => r.text).join('\n')).toContain('已私信回复您');
    expect(inGroup.some((r) => r.file)).toBe(false);
    const dm = sent.filter((s) => s.to === 'secretariat').at(-1)!.reply;
    expect(dm.file?.name).toBe('invitation-links-2016-09-01.csv');
    const expert = await bot.chat('zhang-haibo').send({ text: '邀请 导出' });
    expect(expert.some((r) => r.file)).toBe(false);
    expect(expert.map((r) => r.text).join('\n')).not.toContain('专属链接表');
  });
});
