// What accounts bound to nobody can make the bot keep is bounded and expires: their language
// choices (at most PREFS_UNBOUND_MAX, gone PREFS_UNBOUND_TTL_MS after they were made; bound
// accounts' choices stay), and the command keys behind buttons (at most ACTIONS_MAX).
import { describe, expect, it } from 'vitest';
import { ACTIONS_MAX } from '../../src/core/actions.ts';
import { PREFS_UNBOUND_MAX, PREFS_UNBOUND_TTL_MS } from '../../src/core/state.ts';
import { makeBot } from '../helpers/fake-chat.ts';

describe('state kept for unbound accounts', () => {
  it('language choices: capped, oldest first, expiring; a bound account keeps its choice', async () => {
    const bot = await makeBot();
    const zhao = bot.chat('zhao-min', { platform: 'telegram' });
    await bot.store.update(
      (db) => void db.accounts.push({ platform: 'telegram', accountId: 'zhao-min', personId: 'zhao-min', boundAt: '2016-01-01T00:00:00Z' }),
    );
    await zhao.say('lang en');
    // Earlier spam, already at the cap.
    const long = new Date(bot.clock.now().getTime() - 3600_000).toISOString();
    await bot.store.update((db) => {
      for (let i = 0; i < PREFS_UNBOUND_MAX; i++) db.prefs[`telegram:spam-${i}`] = { lang: 'en', at: long };
    });
    for (let i = 0; i < 5; i++) expect(await bot.chat(`new-${i}`, { platform: 'telegram' }).say('语言 繁體')).toContain('繁體');
    const prefs = () => Object.keys(bot.store.data.prefs);
    const unbound = () => prefs().filter((k) => k !== 'telegram:zhao-min');
    expect(unbound()).toHaveLength(PREFS_UNBOUND_MAX);
    expect(prefs()).toContain('telegram:new-4');
    expect(prefs()).not.toContain('telegram:spam-0');
    expect(bot.store.data.prefs['telegram:new-0']!.at).toBe(bot.clock.now().toISOString());

    // After the time to live, one more choice sweeps the old ones away; the bound account's stays.
    bot.clock.advance(PREFS_UNBOUND_TTL_MS + 1000);
    await bot.chat('later', { platform: 'telegram' }).say('lang en');
    expect(unbound()).toEqual(['telegram:later']);
    expect(bot.store.data.prefs['telegram:zhao-min']!.lang).toBe('en');
  });

  it('command keys behind buttons: capped', async () => {
    const bot = await makeBot();
    const soon = new Date(bot.clock.now().getTime() + 3600_000).toISOString();
    await bot.store.update((db) => {
      for (let i = 0; i < ACTIONS_MAX; i++) {
        db.actions[`k${i}`] = { kind: 'command', value: `item ${i}`, owner: 'x', createdAt: soon, expiresAt: soon };
      }
    });
    await bot.chat('tg-a', { platform: 'telegram' }).say('语言');
    expect(Object.keys(bot.store.data.actions).length).toBe(ACTIONS_MAX);
    expect(bot.store.data.actions.k0).toBeUndefined();
  });
});
