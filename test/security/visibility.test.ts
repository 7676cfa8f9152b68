// What a lookup shows to whom (src/plan/visibility.ts): anyone sees an item and where it
// stands; what a report says and who made it only those who may read 历史 — the same rule for
// 事项, a plain question, and the history itself.
import { describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';

describe('a report note in a lookup', () => {
  it('is shown to staff, and withheld (with its author) from unbound accounts and experts', async () => {
    const bot = await makeBot();
    const zhao = bot.chat('zhao-min');
    await zhao.say('汇报 92 60% 有风险 场地谈判未果');
    expect(await zhao.say('确认')).toContain('已保存');
    const author = bot.store.data.people.find((p) => p.id === 'zhao-min')!.name;

    const staff = await bot.chat('secretariat').say('事项 92');
    expect(staff).toContain('场地谈判未果');
    expect(staff).toContain(author);

    const strangers = [bot.chat('tg-stranger', { platform: 'telegram', clientLang: 'zh-CN' }), bot.chat(bot.store.data.experts[0]!.id)];
    for (const chat of strangers) {
      for (const line of ['事项 92', '92', '第92项进展怎么样']) {
        const card = await chat.say(line);
        expect(card, line).toMatch(/第 92 项|Item 92/);
        expect(card, line).toMatch(/60%/); // where it stands is public
        expect(card, line).not.toContain('场地谈判未果');
        expect(card, line).not.toContain(author);
        expect(card, line).not.toContain('zhao-min');
      }
      expect(await chat.say('历史 92')).not.toContain('场地谈判未果');
    }
    const en = await bot.chat('tg-stranger-en', { platform: 'telegram', clientLang: 'en' }).say('item 92');
    expect(en).toContain('Report notes and who made them are shown to bound staff accounts only.');
    expect(en).not.toContain('场地谈判未果');
  });
});
