// Rate limits per account, before any work (src/core/rate-limit.ts), counted on a clock the
// test moves: an unbound account gets a short burst and is then told once, in its language,
// that it is too fast; all unbound accounts together share one more budget; a bound person's
// normal use — a burst of commands and a report, then a message a second — is never slowed.
// Also the throttle on wrong binding codes (src/core/code-guard.ts).
import { describe, expect, it } from 'vitest';
import { loadConfig, rateLimitsOf } from '../../src/config.ts';
import { DEFAULT_RATE_LIMITS, MAX_BUCKETS, parseRate, RateLimiter } from '../../src/core/rate-limit.ts';
import { makeBot } from '../helpers/fake-chat.ts';

function manualClock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const TOO_FAST = /消息发得太快了|sending messages too fast/;

describe('rate limits', () => {
  it('an unbound account: a burst, then one notice in its language, then silence until a token is back', async () => {
    const time = manualClock();
    const bot = await makeBot({ limitClock: time.now });
    const en = bot.chat('6100', { platform: 'telegram', clientLang: 'en' });
    const { burst, perMinute } = DEFAULT_RATE_LIMITS.unbound;
    for (let i = 0; i < burst; i++) expect(await en.say('item 92')).toContain('Item 92');
    const told = await en.say('item 92');
    expect(told).toMatch(/sending messages too fast.*again in \d+ s/);
    for (let i = 0; i < 5; i++) expect(await en.send({ text: 'item 92' })).toEqual([]);
    time.advance(Math.ceil(60_000 / perMinute));
    expect(await en.say('item 92')).toContain('Item 92');
    expect(await en.send({ text: 'item 92' })).toEqual([]); // still within the minute: not told again
    time.advance(60_000);
    const zh = bot.chat('6101', { platform: 'telegram', clientLang: 'zh-CN' });
    for (let i = 0; i < burst; i++) await zh.say('事项 92');
    expect(await zh.say('事项 92')).toMatch(/消息发得太快了，.*请 \d+ 秒后再发/);
  });

  it('all unbound accounts share one budget; a bound person is not held by it', async () => {
    const time = manualClock();
    const bot = await makeBot({ limitClock: time.now });
    const shared = DEFAULT_RATE_LIMITS.unboundAll.burst;
    let answered = 0;
    for (let i = 0; i < shared + 5; i++) {
      const text = await bot.chat(`62${String(i).padStart(3, '0')}`, { platform: 'telegram' }).say('事项 92');
      if (text.includes('第 92 项')) answered++;
      else expect(text).toMatch(TOO_FAST);
    }
    expect(answered).toBe(shared);
    await bot.store.update(
      (db) => void db.accounts.push({ platform: 'telegram', accountId: '6300', personId: 'zhao-min', boundAt: '2016-01-01T00:00:00Z' }),
    );
    expect(await bot.chat('6300', { platform: 'telegram' }).say('事项 92')).toContain('第 92 项');
  });

  it('a bound person: a burst of commands and a whole report, then a message a second for ten minutes, none slowed', async () => {
    const time = manualClock();
    const bot = await makeBot({ limitClock: time.now });
    await bot.store.update(
      (db) => void db.accounts.push({ platform: 'telegram', accountId: '6400', personId: 'zhao-min', boundAt: '2016-01-01T00:00:00Z' }),
    );
    const zhao = bot.chat('6400', { platform: 'telegram' });
    const burst = ['我的', '事项 92', '事项 94', '历史 92', '总览', '事项列表 逾期', '指标 E1', '单位 协调组', '帮助', '我是谁'];
    const report = ['汇报', '92', '正常推进', '80', '章程初稿已完成', '跳过', '确认'];
    const replies: string[] = [];
    for (const line of [...burst, ...report, ...burst]) replies.push(await zhao.say(line));
    expect(replies.filter((r) => TOO_FAST.test(r) || r === '')).toEqual([]);
    expect(replies.join('\n')).toContain('已保存：第 92 项');
    let slowed = 0;
    for (let s = 0; s < 600; s++) {
      time.advance(1000);
      if (TOO_FAST.test(await zhao.say(s % 2 ? '事项 92' : '92'))) slowed++;
    }
    expect(slowed).toBe(0);
  }, 120_000);

  it('keeps at most MAX_BUCKETS accounts, forgetting idle ones first; a throttled account stays throttled', () => {
    const time = manualClock();
    const limiter = new RateLimiter(DEFAULT_RATE_LIMITS, time.now);
    const { burst } = DEFAULT_RATE_LIMITS.bound;
    for (let i = 0; i <= burst; i++) limiter.take('busy', true);
    expect(limiter.take('busy', true)).toBeDefined();
    for (let i = 0; i < MAX_BUCKETS + 10_000; i++) {
      if (i % 1000 === 0) {
        time.advance(1000);
        limiter.take('busy', true); // recently used: kept
      }
      limiter.take(`idle-${i}`, true);
    }
    expect(limiter.size).toBeLessThanOrEqual(MAX_BUCKETS);
    expect(limiter.take('busy', true)).toBeDefined();
  });

  it('reads limits written as burst/per-minute', () => {
    expect(parseRate('30/60')).toEqual({ burst: 30, perMinute: 60 });
    expect(parseRate(' 5 / 12 ')).toEqual({ burst: 5, perMinute: 12 });
    for (const bad of ['', '30', '0/10', '10/0', 'a/b', '30/60/1', '-1/5']) expect(parseRate(bad), bad).toBeUndefined();
    expect(rateLimitsOf(loadConfig({}))).toEqual(DEFAULT_RATE_LIMITS);
    expect(rateLimitsOf(loadConfig({ RATE_UNBOUND: '3/6', RATE_BOUND: '' }))).toEqual({
      ...DEFAULT_RATE_LIMITS,
      unbound: { burst: 3, perMinute: 6 },
    });
    expect(() => loadConfig({ RATE_BOUND: 'fast' })).toThrow(/RATE_BOUND: expected burst\/per-minute/);
  });
});

describe('wrong binding codes', () => {
  it('an account is held back after 5 wrong codes, even with a right one; others are not', async () => {
    const time = manualClock();
    const bot = await makeBot({ limitClock: time.now });
    const code = /[A-Z2-9]{8}/.exec(await bot.chat('secretariat').say('绑定 zhao-min'))![0];
    const guesser = bot.chat('6500', { platform: 'telegram' });
    for (let i = 0; i < 5; i++) {
      time.advance(10_000);
      expect(await guesser.say(`绑定 ZZZZZZZ${'ABCDE'[i]}`)).toContain('绑定码无效');
    }
    time.advance(10_000);
    expect(await guesser.say(`绑定 ${code}`)).toMatch(/错误的绑定码太多，请 \d+ 分钟后再试/);
    expect(await guesser.say('invitation ABCDEFGHJK')).toMatch(/错误的绑定码太多/);
    expect(bot.store.data.accounts.some((a) => a.accountId === '6500')).toBe(false);
    expect(await bot.chat('6501', { platform: 'telegram' }).say(`绑定 ${code}`)).toContain('绑定成功');
    time.advance(15 * 60_000);
    expect(await guesser.say('绑定 ZZZZZZZZ')).toContain('绑定码无效');
  });

  it('all accounts together: after 200 wrong codes in 15 minutes everyone waits', async () => {
    const time = manualClock();
    const bot = await makeBot({ limitClock: time.now });
    for (let i = 0; i < 200; i++) {
      time.advance(1000);
      const who = bot.chat(`66${String(Math.floor(i / 5)).padStart(3, '0')}`, { platform: 'telegram' });
      expect(await who.say('绑定 ZZZZZZZZ')).toContain('绑定码无效');
    }
    time.advance(1000);
    expect(await bot.chat('6699', { platform: 'telegram' }).say('绑定 ZZZZZZZZ')).toMatch(/绑定暂停，请 \d+ 分钟后再试/);
    // The secretariat is never held back.
    expect(await bot.chat('secretariat').say('绑定 zhao-min')).toMatch(/[A-Z2-9]{8}/);
  }, 60_000);
});
