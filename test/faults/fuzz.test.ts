// Fuzz: thousands of generated messages and button presses from every kind of person, in
// and out of conversations. No handle() may reject, every direct message gets a reply
// (never the internal-error one, never a missing catalog id), and the store stays valid.
import { describe, expect, it } from 'vitest';
import { type FakeChat, makeBot } from '../helpers/fake-chat.ts';
import { DbData } from '../../src/db.ts';

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  '事项',
  'item',
  '指标',
  'indicator',
  '汇报',
  'report',
  '事项列表',
  'items',
  '单位',
  'unit',
  '总览',
  'overview',
  '历史',
  'history',
  '导出',
  'export',
  '绑定',
  'bind',
  '更正',
  'correct',
  '语言',
  'lang',
  '帮助',
  'help',
  '我是谁',
  '取消',
  'cancel',
  '确认',
  '/start',
  '92',
  '0',
  '-1',
  '99999',
  'E1',
  'Z9',
  '80%',
  '120%',
  '正常',
  'done',
  '國際航線',
  'hangxian',
  'gjhx',
  '第五部分',
  'overdue',
  'page',
  '999',
  'https://example.org/x',
  '跳过',
];
const ODD = ['', ' ', '\u0000', '\u202e', '\t\n', '😀', '𠀀', '%', '|', '"', '<b>', '$' + '{x}', '{ $x }', '\\', '…', '　'];

function message(r: () => number): string {
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const kind = r();
  if (kind < 0.05) return pick(ODD).repeat(1 + Math.floor(r() * 5000)); // very long
  if (kind < 0.15) return Array.from({ length: 1 + Math.floor(r() * 30) }, () => String.fromCodePoint(Math.floor(r() * 0x2ffff))).join('');
  const n = 1 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => (r() < 0.8 ? pick(WORDS) : pick(ODD))).join(r() < 0.7 ? ' ' : '');
}

describe('fuzz', () => {
  it('answers 3,000 random messages and presses without failing or a missing message', async () => {
    const bot = await makeBot();
    const errors: unknown[] = [];
    bot.core.services.log.error = ((obj: unknown) => void errors.push(obj)) as never;
    const missing: string[] = [];
    const { i18n } = bot.core.services;
    const t = i18n.t.bind(i18n);
    i18n.t = (lang, id, args) => {
      if (!i18n.has(lang, id.split('.')[0]!)) missing.push(id);
      return t(lang, id, args);
    };
    const people: Array<[FakeChat, 'zh' | 'en']> = [
      [bot.chat('secretariat'), 'zh'],
      [bot.chat('zhao-min'), 'zh'],
      [bot.chat('liang-shuhua'), 'zh'],
      [bot.chat('mark-fischer'), 'en'],
      [bot.chat('tg-1', { platform: 'telegram', clientLang: 'en' }), 'en'],
      [bot.chat('tg-2', { platform: 'telegram', clientLang: 'zh-TW' }), 'zh'],
      [bot.chat(bot.store.data.experts[0]!.id), 'zh'],
    ];
    const r = rng(20161014);
    for (let i = 0; i < 3000; i++) {
      const [chat] = people[Math.floor(r() * people.length)]!;
      const roll = r();
      const msg =
        roll < 0.15 && chat.choices.length
          ? { action: chat.choices[Math.floor(r() * chat.choices.length)]!.key }
          : roll < 0.2
            ? { action: Math.floor(r() * 1e9).toString(36) }
            : { text: message(r) };
      const replies = await chat.send(msg);
      const text = replies.map((x) => x.text).join('\n');
      if (msg.text !== undefined || msg.action !== undefined) expect(replies.length, JSON.stringify(msg).slice(0, 200)).toBeGreaterThan(0);
      expect(text).not.toMatch(/错误码|error \w+\)\. Nothing/);
      for (const reply of replies) expect(reply.text.length).toBeGreaterThan(0);
      if (i % 500 === 0) bot.clock.advance(3600_000);
    }
    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
    expect(DbData.safeParse(bot.store.data).success).toBe(true);
  });
});
