// Configuration from the environment only (secrets never come from files in the repo),
// validated with zod so a typo stops the start with a clear message.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_RATE_LIMITS, parseRate, type Rate, type RateLimits } from './core/rate-limit.ts';

const optionalText = z.string().trim().min(1).optional().catch(undefined);

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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEFAULT_LANG: z.enum(['zh-Hans', 'zh-Hant', 'en']).default('zh-Hans'),
  /** Pin the bot's clock (ISO date or time), e.g. to replay the plan year 2016. */
  DUBAN_NOW: z.preprocess((v) => (v === '' ? undefined : v), z.string().datetime({ offset: true }).or(z.string().date()).optional()),
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
});
export type Config = z.infer<typeof Env>;

/**
 * Loads a `.env` file from the working directory into process.env, if there is one;
 * variables already set in the environment win. The file is git-ignored: it holds secrets.
 */
export function loadDotEnv(file = '.env'): void {
  if (!existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  for (const [k, v] of Object.entries(before)) process.env[k] = v;
}

/** Reads the environment; throws an Error listing every bad variable (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`configuration error: ${problems.join('; ')}`);
  }
  return parsed.data;
}

export function rateLimitsOf(config: Pick<Config, 'RATE_BOUND' | 'RATE_UNBOUND' | 'RATE_UNBOUND_ALL'>): RateLimits {
  return { bound: config.RATE_BOUND, unbound: config.RATE_UNBOUND, unboundAll: config.RATE_UNBOUND_ALL };
}

/** Where the files Duban keeps live: FILES_DIR, or files/ beside the database. */
export function filesDirOf(config: Pick<Config, 'FILES_DIR' | 'DB_FILE'>): string {
  return config.FILES_DIR ?? join(dirname(config.DB_FILE), 'files');
}
