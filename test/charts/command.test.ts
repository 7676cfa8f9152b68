// 图表 / charts: pictures on or off per account, kept in the account's prefs; the text of an
// answer is the same either way, only the picture comes or does not.
import { describe, expect, it } from 'vitest';
import { makeBot } from '../helpers/fake-chat.ts';
import { CHART_ANSWERS } from './setup.ts';

describe('图表 / charts', () => {
  it('attaches a picture to the four answers until turned off, and keeps their text the same', async () => {
    const bot = await makeBot();
    const chat = bot.chat('secretariat');
    const on = await Promise.all(CHART_ANSWERS.slice(0, 2).map((l) => chat.send({ text: l })));
    expect(on.map((r) => r.at(-1)!.image?.name)).toEqual(['overview.png', 'indicator-A2.png']);

    expect(await chat.say('图表 关')).toContain('图表 开');
    expect(bot.store.data.prefs['test:secretariat']!.charts).toBe(false);
    const off = await Promise.all(CHART_ANSWERS.slice(0, 2).map((l) => chat.send({ text: l })));
    expect(off.map((r) => r.at(-1)!.image)).toEqual([undefined, undefined]);
    expect(off.map((r) => r.map((x) => x.text))).toEqual(on.map((r) => r.map((x) => x.text)));

    expect(await chat.say('charts on')).toContain('图表 关');
    expect(bot.store.data.prefs['test:secretariat']!.charts).toBe(true);
    expect((await chat.send({ text: '总览' })).at(-1)!.image).toBeDefined();
  });

  it('says whether pictures are on, offers both, and explains a word it does not know', async () => {
    const bot = await makeBot();
    const chat = bot.chat('zhao-min', { lang: 'en' });
    await bot.store.update((db) => void (db.prefs['test:zhao-min'] = { lang: 'en' }));
    expect(await chat.say('charts')).toMatch(/Charts: on/);
    expect(chat.choices.map((c) => c.label)).toEqual(['On', 'Off']);
    expect(await chat.press('Off')).toMatch(/no more charts/);
    expect(await chat.say('charts')).toMatch(/Charts: off/);
    expect(await chat.say('charts maybe')).toMatch(/"charts on" or "charts off" \(got "maybe"\)/);
    expect(bot.store.data.prefs['test:zhao-min']).toEqual({ lang: 'en', charts: false });
  });

  it('keeps the choice per account: another person still gets pictures', async () => {
    const bot = await makeBot();
    await bot.chat('secretariat').say('图表 關');
    expect((await bot.chat('secretariat').send({ text: '邀请情况' })).at(-1)!.image).toBeUndefined();
    expect((await bot.chat('liang-shuhua').send({ text: '邀请情况' })).at(-1)!.image).toBeDefined();
  });
});
