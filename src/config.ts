// Configuration: the environment, plus a `.env` file in the working directory for what the
// environment does not set (secrets never come from files in the repository). One zod schema
// for every variable, validated once: a typo stops the bot, or an admin tool, with a message
// naming each bad variable (never its value). The bot (main.ts) and the admin tools (import,
// export, restore) all read it through readConfig(), so they agree on DB_FILE and the rest.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { DEFAULT_RATE_LIMITS, parseRate, type Rate, type RateLimits } from './core/rate-limit.ts';
import { DEFAULT_REMINDER_CONFIG, inQuiet, type ReminderConfig } from './supervision/reminders/config.ts';

const optionalText = z.string().trim().min(1).optional().catch(undefined);
const count = (max: number) => z.coerce.number().int().min(0).max(max);

/** "burst/per-minute", e.g. "30/60"; empty: the default. */
const rate = (fallback: Rate) =>
  z
    .string()
    .optional()
    .transform((text, check) => {
      if (!text?.trim()) return fallback;
      const parsed = parseRate(text);
      if (!parsed) check.addIssue({ code: 'custom', message: 'expected burst/per-minute, e.g. 30/60' });
      return parsed ?? fallback;
    });

const Env = z.object({
  DB_FILE: z.string().default('data/db.json'),
  /** Unset: info, or warn in the console. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  DEFAULT_LANG: z.enum(['zh-Hans', 'zh-Hant', 'en']).default('zh-Hans'),
  /** Pin the bot's clock (ISO date or time), e.g. to replay the plan year 2016. */
  DUBAN_NOW: z.string().datetime({ offset: true }).or(z.string().date()).optional(),
  CONSOLE_USER: optionalText,
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_URL: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText,
  TELEGRAM_API_ROOT: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalText,
  SLACK_COMMAND: z.string().default('/duban'),
  // DingTalk (钉钉 / 政务钉钉) in Stream mode: the app's AppKey/AppSecret start the adapter.
  DINGTALK_CLIENT_ID: optionalText,
  DINGTALK_CLIENT_SECRET: optionalText,
  /** The robot's code; the AppKey when unset. */
  DINGTALK_ROBOT_CODE: optionalText,
  /** The OpenAPI and the Stream gateway's open-connection call; a private deployment's own host. */
  DINGTALK_API_URL: z.string().trim().url().default('https://api.dingtalk.com'),
  /** The older endpoints (media upload). */
  DINGTALK_OAPI_URL: z.string().trim().url().default('https://oapi.dingtalk.com'),
  /** Files Duban keeps (evidence, drafts, attachments); default: files/ beside DB_FILE. */
  FILES_DIR: optionalText,
  /** Largest file kept, in MB. */
  FILE_MAX_MB: z.coerce.number().min(1).max(200).default(20),
  /** Snapshots of the database (daily at 03:00 and before imports and restores). */
  BACKUP_DIR: optionalText,
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Messages per account: at once / a minute (each bound account, each unbound one, all unbound ones together). */
  RATE_BOUND: rate(DEFAULT_RATE_LIMITS.bound),
  RATE_UNBOUND: rate(DEFAULT_RATE_LIMITS.unbound),
  RATE_UNBOUND_ALL: rate(DEFAULT_RATE_LIMITS.unboundAll),
  // The dashboard (督办看板): a read-only web app in the same process, on its own port.
  /** Its port; `0` or `off` turns it off. */
  DASHBOARD_PORT: z.preprocess(
    (v) => (typeof v !== 'string' || !v.trim() ? undefined : /^(off|0)$/i.test(v.trim()) ? 0 : v),
    z.coerce.number().int().min(0).max(65535).default(8080),
  ),
  /** The address it listens on: only this machine unless said otherwise (behind a reverse proxy). */
  DASHBOARD_HOST: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.string().trim().min(1).default('127.0.0.1')),
  /** The public base URL the sign-in links use (behind a reverse proxy: its https address; a host of its own, no path). */
  DASHBOARD_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .trim()
      .url()
      .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol) && new URL(u).pathname === '/', {
        message: 'an http(s) origin, without a path',
      })
      .optional(),
  ),
  /** Signs the session cookies; random at each start when unset (sessions then end with a restart). */
  DASHBOARD_SECRET: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32).optional()),
  // Reminders (src/supervision/reminders); unset ones keep DEFAULT_REMINDER_CONFIG's value.
  /** Unset: on, except in the console, where reminders run only with REMINDERS=on. */
  REMINDERS: z.enum(['on', 'off']).optional(),
  REMINDER_DAYS: z
    .string()
    .regex(/^\s*\d{1,3}(\s*,\s*\d{1,3})*\s*$/, 'a list of day counts, e.g. 14,7,1')
    .transform((s) => [...new Set(s.split(',').map((d) => Number(d.trim())))].sort((a, b) => b - a))
    .optional(),
  REMINDER_SKIP_RECENT_DAYS: count(365).optional(),
  QUIET_HOURS: z
    .string()
    .regex(/^\s*\d{1,2}\s*-\s*\d{1,2}\s*$/, 'hours from-to, e.g. 22-8')
    .transform((s) => s.split('-').map((h) => Number(h.trim())) as [number, number])
    .refine(([from, to]) => from < 24 && to < 24, 'hours are 0-23')
    .transform(([from, to]) => ({ from, to }))
    .optional(),
  REMINDER_HOUR: count(23).optional(),
  REPORT_CALL_DAY: count(28).optional(),
  ESCALATE_HEAD_AFTER: count(60).optional(),
  ESCALATE_ADMINS_AFTER: count(60).optional(),
  REMINDER_CATCH_UP_DAYS: count(60).optional(),
  CALENDAR_EXTRA_FILE: optionalText,
});

export type Config = z.infer<typeof Env> & {
  /** The reminders' settings, from the REMINDER… variables above and their defaults. */
  reminders: ReminderConfig;
};

/** A bad configuration: every problem, each naming its variable, never its value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration error: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** The environment with a `.env` file's variables added where the environment has none. */
export function withDotEnv(file = '.env', env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (!existsSync(file)) return env;
  return { ...parseEnv(readFileSync(file, 'utf8')), ...env };
}

/** Validates the variables; an empty one counts as unset. Throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = Env.safeParse(set);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const e = parsed.data;
  const d = DEFAULT_REMINDER_CONFIG;
  const reminders: ReminderConfig = {
    enabled: e.REMINDERS ? e.REMINDERS === 'on' : d.enabled,
    deadlineDays: e.REMINDER_DAYS ?? d.deadlineDays,
    recentDays: e.REMINDER_SKIP_RECENT_DAYS ?? d.recentDays,
    quiet: e.QUIET_HOURS ?? d.quiet,
    morningHour: e.REMINDER_HOUR ?? d.morningHour,
    reportCallDay: e.REPORT_CALL_DAY ?? d.reportCallDay,
    escalateHeadAfter: e.ESCALATE_HEAD_AFTER ?? d.escalateHeadAfter,
    escalateAdminsAfter: e.ESCALATE_ADMINS_AFTER ?? d.escalateAdminsAfter,
    catchUpDays: e.REMINDER_CATCH_UP_DAYS ?? d.catchUpDays,
    maxAttempts: d.maxAttempts,
    calendarFile: e.CALENDAR_EXTRA_FILE ?? d.calendarFile,
  };
  if (inQuiet(reminders.morningHour, reminders.quiet)) {
    throw new ConfigError([`REMINDER_HOUR: ${reminders.morningHour} falls in QUIET_HOURS`]);
  }
  return { ...e, reminders };
}

/** The configuration every entry point uses: the environment and `.env`, validated once. */
export function readConfig(file = '.env', env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig(withDotEnv(file, env));
}

export function rateLimitsOf(config: Pick<Config, 'RATE_BOUND' | 'RATE_UNBOUND' | 'RATE_UNBOUND_ALL'>): RateLimits {
  return { bound: config.RATE_BOUND, unbound: config.RATE_UNBOUND, unboundAll: config.RATE_UNBOUND_ALL };
}

/** Where the files Duban keeps live: FILES_DIR, or files/ beside the database. */
export function filesDirOf(config: Pick<Config, 'FILES_DIR' | 'DB_FILE'>): string {
  return config.FILES_DIR ?? join(dirname(config.DB_FILE), 'files');
}
