// One personal link, one account; one binding code, one account — also when two accounts
// use it at the same moment, and a link does not bind a second account to an expert who
// already bound one with an ordinary code. The check and the binding are one store change.
import { describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';

const NOW = '2016-09-01T10:00:00+08:00';

async function invitedBot() {
  const bot = await makeBot({ now: NOW });
  bot.core.services.notifier.register('test', async () => ({ ok: true }));
  await bot.store.update(
    (db) => void db.accounts.push({ platform: 'test', accountId: 'secretariat', personId: 'secretariat', boundAt: NOW }),
  );
  const sec = bot.chat('secretariat');
  await sec.say('邀请 发送 全部');
  await sec.press('确认发送');
  return { bot, sec };
}

const boundTo = (bot: Awaited<ReturnType<typeof makeBot>>, personId: string) =>
  bot.store.data.accounts.filter((a) => a.personId === personId).map((a) => `${a.platform}:${a.accountId}`);

describe('a personal invitation link', () => {
  it('binds exactly one of two accounts opening it at once (20 experts)', async () => {
    const { bot } = await invitedBot();
    const unbound = Object.values(bot.store.data.invitations)
      .filter((inv) => boundTo(bot, inv.expertId).length === 0)
      .slice(0, 20);
    expect(unbound).toHaveLength(20);
    for (const [i, inv] of unbound.entries()) {
      const a = bot.chat(String(8100 + 2 * i), { platform: 'telegram', clientLang: 'en' });
      const b = bot.chat(String(8101 + 2 * i), { platform: 'telegram', clientLang: 'en' });
      const answers = await Promise.all([a.say(`/start ${inv.code}`), b.say(`/start ${inv.code}`)]);
      expect(boundTo(bot, inv.expertId), inv.expertId).toHaveLength(1);
      expect(answers.filter((t) => /already used on another account|已在另一个账号上使用过|已在另一個賬號上使用過/.test(t))).toHaveLength(
        1,
      );
      expect(answers.filter((t) => /Welcome|您好/.test(t))).toHaveLength(1);
    }
  });

  it('does not bind another account to an expert who bound one with an ordinary code', async () => {
    const { bot, sec } = await invitedBot();
    const inv = Object.values(bot.store.data.invitations).find((i) => boundTo(bot, i.expertId).length === 0)!;
    const code = /[A-Z2-9]{8}/.exec(await sec.say(`绑定 ${inv.expertId}`))![0];
    expect(await bot.chat('8200', { platform: 'telegram', clientLang: 'en' }).say(`绑定 ${code}`)).toMatch(/Bound|绑定成功/);
    expect(boundTo(bot, inv.expertId)).toEqual(['telegram:8200']);
    const other = await bot.chat('8201', { platform: 'telegram', clientLang: 'en' }).say(`/start ${inv.code}`);
    expect(other).toContain('already used on another account');
    expect(boundTo(bot, inv.expertId)).toEqual(['telegram:8200']);
    // The expert's own account still opens it.
    expect(await bot.chat('8200', { platform: 'telegram' }).say(`/start ${inv.code}`)).toMatch(/Dear|尊敬的|尊敬的/);
  });
});

describe('a binding code', () => {
  it('binds exactly one of two accounts using it at once, and tells the other it was used', async () => {
    const bot = await makeBot({ now: NOW });
    const sec = bot.chat('secretariat');
    for (let i = 0; i < 10; i++) {
      const code = /[A-Z2-9]{8}/.exec(await sec.say('绑定 zhao-min'))![0];
      const [x, y] = [bot.chat(`97${i}0`, { platform: 'telegram' }), bot.chat(`97${i}1`, { platform: 'telegram' })];
      const answers = await Promise.all([x.say(`绑定 ${code}`), y.say(`绑定 ${code}`)]);
      expect(answers.filter((t) => t.includes('绑定成功'))).toHaveLength(1);
      expect(answers.filter((t) => t.includes('已经用过'))).toHaveLength(1);
      expect(answers.join('\n')).not.toContain('错误码');
    }
    expect(boundTo(bot, 'zhao-min')).toHaveLength(10);
  });
});
