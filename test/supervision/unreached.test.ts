// Reminders that reach nobody are the secretariat's to-do (issue 10, §1): after the real
// reminders run on 2016-09-26 (the call for reports of the 25th, a Sunday, goes out on
// Monday morning) with only 赵敏 bound, 总览 and the weekly digest name the units whose
// reminders reached nobody and the people to bind; binding someone takes the unit off.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_CONFIG } from '../../src/supervision/reminders/config.ts';
import { REMINDERS_LOG, runReminders } from '../../src/supervision/reminders/run.ts';
import { buildDigest } from '../../src/supervision/digest.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';

const NOW = '2016-09-26T09:30:00+08:00';
let bot: TestBot;

beforeAll(async () => {
  bot = await makeBot({ now: NOW });
  await bot.store.update((db) => {
    db.accounts.push({ platform: 'test', accountId: 'acc-zhao-min', personId: 'zhao-min', boundAt: NOW });
  });
  bot.core.services.notifier.register('test', async () => ({ ok: true }));
  const summary = await runReminders(bot.core.services, new Date(NOW), { ...DEFAULT_REMINDER_CONFIG, deadlineDays: [] });
  expect(summary.sent).toBeGreaterThan(0); // 赵敏 was reached
  expect(summary.unreachable).toBeGreaterThan(50); // most units have nobody bound, or nobody at all
});

describe('reminders that reach nobody', () => {
  it('are in 总览 for the secretariat: each unit, whom to bind, or that it has nobody', async () => {
    const text = await bot.chat('secretariat').say('总览');
    const log = bot.store.records(REMINDERS_LOG).filter((r) => r.status === 'unreachable');
    const units = new Set(log.filter((r) => r.kind === 'call').map((r) => r.unit));
    expect(text).toContain(`近 30 天提醒无人收到的单位（`);
    expect(text).toMatch(/^ {2}市商务局：徐婷 尚未绑定（\d+ 条提醒未送达）$/m);
    // Every unit, with 部门 / departments: one with nobody to remind says so.
    expect(await bot.chat('secretariat').say('总览 部门')).toMatch(/^ {2}青岛地铁集团：没有可提醒的人员（\d+ 条提醒未送达）$/m);
    expect(text).not.toMatch(/^ {2}协调组：/m); // 赵敏 was reached
    const heading = text.split('\n').find((l) => l.startsWith('近 30 天提醒无人收到的单位'))!;
    expect(Number(/（(\d+) 个）/.exec(heading)![1])).toBeGreaterThanOrEqual(units.size);
    expect(await bot.chat('liang-shuhua').say('总览')).not.toContain('提醒无人收到');
  });

  it('are in the weekly digest', async () => {
    const digest = (await buildDigest(bot.core.services, new Date(NOW), 'zh-Hans')).text;
    expect(digest).toContain('近 7 天提醒无人收到的单位');
    expect(digest).toMatch(/市商务局：徐婷 尚未绑定/);
    const en = (await buildDigest(bot.core.services, new Date(NOW), 'en')).text;
    expect(en).toMatch(/Qingdao Commerce Bureau: Xu Ting not bound yet \(\d+ reminders? undelivered\)/);
  });

  it('leave the list once someone of the unit is bound', async () => {
    await bot.store.update((db) => {
      db.accounts.push({ platform: 'test', accountId: 'acc-xu-ting', personId: 'xu-ting', boundAt: NOW });
    });
    expect(await bot.chat('secretariat').say('总览')).not.toMatch(/^ {2}市商务局：/m);
  });
});
