// The configuration: one schema for every variable (the bot's, the reminders', the
// backups'), validated once; an empty variable counts as unset; a `.env` file fills in what
// the environment does not set; every bad variable is named, never its value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, readConfig, withDotEnv } from '../src/config.ts';
import { DEFAULT_REMINDER_CONFIG } from '../src/supervision/reminders/config.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration', () => {
  it('has a default for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      DB_FILE: 'data/db.json',
      DEFAULT_LANG: 'zh-Hans',
      PORT: 3000,
      BACKUP_KEEP: 14,
      SLACK_COMMAND: '/duban',
    });
    expect(config.LOG_LEVEL).toBeUndefined(); // main picks info, or warn in the console
    expect(config.reminders).toEqual(DEFAULT_REMINDER_CONFIG);
    expect(DEFAULT_REMINDER_CONFIG).toMatchObject({ deadlineDays: [14, 7, 1], quiet: { from: 22, to: 8 }, reportCallDay: 25 });
  });

  it('reads the reminder variables with the rest', () => {
    const config = loadConfig({
      DB_FILE: '/srv/duban/db.json',
      REMINDER_DAYS: '1, 30,7',
      QUIET_HOURS: '21-7',
      REPORT_CALL_DAY: '20',
      ESCALATE_HEAD_AFTER: '3',
      ESCALATE_ADMINS_AFTER: '4',
      REMINDERS: 'off',
      CALENDAR_EXTRA_FILE: '/etc/duban/calendar.json',
    });
    expect(config.DB_FILE).toBe('/srv/duban/db.json');
    expect(config.REMINDERS).toBe('off');
    expect(config.reminders).toMatchObject({
      deadlineDays: [30, 7, 1],
      quiet: { from: 21, to: 7 },
      reportCallDay: 20,
      escalateHeadAfter: 3,
      escalateAdminsAfter: 4,
      enabled: false,
      calendarFile: '/etc/duban/calendar.json',
    });
  });

  it('takes an empty variable as unset', () => {
    const config = loadConfig({ DB_FILE: '', BACKUP_KEEP: '', REMINDER_HOUR: ' ', DUBAN_NOW: '', REMINDERS: '' });
    expect(config).toMatchObject({ DB_FILE: 'data/db.json', BACKUP_KEEP: 14 });
    expect([config.DUBAN_NOW, config.REMINDERS]).toEqual([undefined, undefined]);
    expect(config.reminders.morningHour).toBe(DEFAULT_REMINDER_CONFIG.morningHour);
  });

  it('names every bad variable at once, whichever part of the bot it belongs to, never its value', () => {
    const found = problems({ PORT: 'secret-99', REMINDER_DAYS: 'soon', QUIET_HOURS: '25-8', DEFAULT_LANG: 'fr', DUBAN_NOW: 'tomorrow' });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['DEFAULT_LANG', 'DUBAN_NOW', 'PORT', 'QUIET_HOURS', 'REMINDER_DAYS']);
    expect(found.join(' ')).not.toMatch(/secret-99|soon|tomorrow/);
    expect(problems({ REPORT_CALL_DAY: '31' })[0]).toMatch(/^REPORT_CALL_DAY:/);
    expect(problems({ REMINDER_HOUR: '23' })).toEqual(['REMINDER_HOUR: 23 falls in QUIET_HOURS']);
  });

  it('adds a .env file’s variables where the environment has none', () => {
    const file = join(dir, '.env');
    writeFileSync(file, '# comment\nDB_FILE=/from/dotenv/db.json\nBACKUP_DIR="/from/dotenv/backups"\nPORT=8080\n');
    expect(withDotEnv(file, { PORT: '9090' })).toMatchObject({
      DB_FILE: '/from/dotenv/db.json',
      BACKUP_DIR: '/from/dotenv/backups',
      PORT: '9090',
    });
    expect(readConfig(file, { PORT: '9090' })).toMatchObject({ DB_FILE: '/from/dotenv/db.json', PORT: 9090 });
    expect(readConfig(join(dir, 'none.env'), {}).DB_FILE).toBe('data/db.json');
  });
});
