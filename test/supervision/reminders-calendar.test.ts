// The working calendar (chinese-days plus data/calendar-extra.json) and the hourly scheduler.
// (The reminder settings are read with the rest of the configuration: test/config.test.ts.)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_CONFIG } from '../../src/supervision/reminders/config.ts';
import { loadCalendarExtra, loadWorkCalendar, WorkCalendar } from '../../src/supervision/reminders/calendar.ts';
import { REMINDERS_LOG, runReminders } from '../../src/supervision/reminders/run.ts';
import { startScheduler } from '../../src/supervision/reminders/scheduler.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extraFile(name: string, content: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** A made-up year far beyond what chinese-days knows: 1-3 Jan off, Saturday 4 Jan worked. */
const FAKE_2031 = {
  years: [{ year: 2031, holidays: ['2031-01-01', '2031-01-02', '2031-01-03'], workdays: ['2031-01-04'], source: 'test' }],
};

describe('working calendar', () => {
  const calendar = new WorkCalendar();

  it('knows the 2016 National Day holiday and its make-up working weekend', () => {
    expect(
      ['2016-09-30', '2016-10-01', '2016-10-07', '2016-10-08', '2016-10-09', '2016-10-10'].map((d) => calendar.isWorkingDay(d)),
    ).toEqual([true, false, false, true, true, true]);
    expect(calendar.isWorkingDay('2016-10-15')).toBe(false); // an ordinary Saturday
    expect(calendar.coverage(2016)).toBe('chinese-days');
  });

  it('counts working days across the holiday and finds the next working morning', () => {
    expect(calendar.addWorkingDays('2016-09-29', 2)).toBe('2016-10-08');
    expect(calendar.addWorkingDays('2016-10-01', 0)).toBe('2016-10-08');
    expect(calendar.nextWorkingMorning(new Date('2016-09-30T18:00:00+08:00')).toISOString()).toBe('2016-10-08T01:00:00.000Z');
    expect(calendar.nextWorkingMorning(new Date('2016-09-30T07:00:00+08:00')).toISOString()).toBe('2016-09-30T01:00:00.000Z');
    const quiet = { from: 22, to: 8 };
    expect(calendar.sendable(new Date('2016-09-30T21:59:00+08:00'), quiet)).toBe(true);
    expect(calendar.sendable(new Date('2016-09-30T22:00:00+08:00'), quiet)).toBe(false);
    expect(calendar.sendable(new Date('2016-10-08T08:00:00+08:00'), quiet)).toBe(true);
    expect(calendar.sendable(new Date('2016-10-07T12:00:00+08:00'), quiet)).toBe(false);
  });

  it('reads a year chinese-days lacks from the extra file, and warns once for a year neither knows', () => {
    const warned: number[] = [];
    const cal = loadWorkCalendar(extraFile('fake.json', FAKE_2031), (_msg, year) => warned.push(year));
    expect(cal.coverage(2031)).toBe('calendar-extra');
    expect(['2031-01-01', '2031-01-03', '2031-01-04', '2031-01-05', '2031-01-06'].map((d) => cal.isWorkingDay(d))).toEqual([
      false,
      false,
      true,
      false,
      true,
    ]);
    expect(warned).toEqual([]);
    expect(cal.isWorkingDay('2032-01-01')).toBe(true); // a Thursday, taken as working
    expect(cal.isWorkingDay('2032-01-03')).toBe(false); // a Saturday
    expect(warned).toEqual([2032]);
  });

  it('refuses an extra file with a date outside its year or a day both off and worked', () => {
    const bad = extraFile('bad.json', { years: [{ year: 2031, holidays: ['2030-12-31', '2031-01-04'], workdays: ['2031-01-04'] }] });
    expect(() => loadCalendarExtra(bad)).toThrow(/bad\.json.*not in 2031/);
    expect(() =>
      loadCalendarExtra(extraFile('both.json', { years: [{ year: 2031, holidays: ['2031-01-04'], workdays: ['2031-01-04'] }] })),
    ).toThrow(/both holiday and workday/);
    expect(() => loadCalendarExtra(extraFile('broken.json', '{ years: '))).toThrow(/broken\.json: not valid JSON/);
    expect(loadCalendarExtra(join(dir, 'missing.json'))).toEqual({ years: [] });
  });

  it('the shipped data/calendar-extra.json is valid', () => {
    expect(() => loadCalendarExtra(DEFAULT_REMINDER_CONFIG.calendarFile)).not.toThrow();
  });

  it('drives reminders in a year known only from the extra file', async () => {
    const bot = await makeBot({ now: '2031-01-04T09:00:00+08:00' });
    const sent: string[] = [];
    bot.core.services.notifier.register('test', async (to) => (sent.push(to.chatId), { ok: true }));
    await bot.store.update((db) => {
      db.plan.items = db.plan.items.filter((i) => i.no === 92);
      db.plan.items[0]!.deadline = '2031-01-08'; // 7 days before: 1 Jan, a holiday; 2-3 Jan too
      db.accounts.push({ platform: 'test', accountId: 'tg-zhao', personId: 'zhao-min', boundAt: '2031-01-01T00:00:00Z' });
    });
    await bot.store.append(REPORTS_LOG, [
      { id: 'r1', at: '2030-12-20T02:00:00Z', item: 92, progress: 50, by: 'zhao-min', platform: 'test', provenance: 'reported' },
    ]);
    const config = { ...DEFAULT_REMINDER_CONFIG, reportCallDay: 0, calendarFile: extraFile('run.json', FAKE_2031) };
    await runReminders(bot.core.services, new Date('2031-01-03T10:00:00+08:00'), config);
    expect(sent).toEqual([]);
    await runReminders(bot.core.services, new Date('2031-01-04T09:00:00+08:00'), config);
    expect(sent).toEqual(['tg-zhao']);
    expect(bot.store.records(REMINDERS_LOG)[0]).toMatchObject({ id: 'deadline:92:2031-01-08:7', dueAt: '2031-01-04T01:00:00.000Z' });
  });
});

describe('scheduler', () => {
  it('runs once at start, plans the next run at minute 0, and stops', async () => {
    const bot = await makeBot({ now: '2016-10-24T09:00:00+08:00' });
    const sent: string[] = [];
    bot.core.services.notifier.register('test', async (to) => (sent.push(to.chatId), { ok: true }));
    await bot.store.update((db) => {
      db.plan.items = db.plan.items.filter((i) => i.no === 92);
      db.accounts.push({ platform: 'test', accountId: 'tg-zhao', personId: 'zhao-min', boundAt: '2016-10-01T00:00:00Z' });
    });
    const scheduler = startScheduler(bot.core.services, { ...DEFAULT_REMINDER_CONFIG, reportCallDay: 0 });
    const first = await scheduler.runNow(); // joins the run started at start
    expect(first?.sent).toBeGreaterThan(0);
    expect(sent).toEqual(['tg-zhao']);
    const next = scheduler.nextRun()!;
    expect(next.getUTCMinutes()).toBe(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    await scheduler.stop();
    expect(scheduler.nextRun()).toBeNull();
    expect(bot.store.data.jobs.reminders?.lastRunAt).toBe('2016-10-24T01:00:00.000Z');
  });

  it('does nothing when turned off', async () => {
    const bot = await makeBot({ now: '2016-10-24T09:00:00+08:00' });
    const scheduler = startScheduler(bot.core.services, { ...DEFAULT_REMINDER_CONFIG, enabled: false });
    expect(await scheduler.runNow()).toBeUndefined();
    await scheduler.stop();
    expect(bot.store.records(REMINDERS_LOG)).toEqual([]);
  });
});
