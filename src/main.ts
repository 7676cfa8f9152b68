import { parseArgs } from 'node:util';
import { createDuban, readyTraditional } from './app.ts';
import { consolePort, runConsole } from './adapters/console.ts';
import { fixedClock, systemClock } from './core/clock.ts';
import { type Config, filesDirOf, rateLimitsOf, readConfig } from './config.ts';
import type { Services } from './core/context.ts';
import type { DashboardServer } from './dashboard/server.ts';
import { DiskFileStore } from './files/disk.ts';
import { createLogger, type Logger } from './log.ts';
import { StoreError } from './store/types.ts';
import { buildDigest } from './supervision/digest.ts';
import { startScheduler } from './supervision/reminders/scheduler.ts';
import { startBackups } from './backup-schedule.ts';
import { startCommitteeJobs } from './committee/schedule.ts';
import { openStore, type Store } from './db.ts';
import { createSeedDb } from './seed.ts';
import { prepareSearch, searchCacheFile } from './search/search-cache.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: false });
  const config = readConfig();
  const dingtalk = Boolean(config.DINGTALK_CLIENT_ID || config.DINGTALK_CLIENT_SECRET);
  const platform = Boolean(config.TELEGRAM_BOT_TOKEN || config.SLACK_BOT_TOKEN || dingtalk);
  const log = createLogger(config.LOG_LEVEL ?? (platform ? 'info' : 'warn'));
  const clock = config.DUBAN_NOW ? fixedClock(config.DUBAN_NOW) : systemClock;
  const reminderConfig = config.reminders;

  let store: Store;
  try {
    store = await openStore({ file: config.DB_FILE, seed: () => createSeedDb(clock.now()), logger: log });
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`Duban cannot start / 无法启动: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const files = {
    store: new DiskFileStore(filesDirOf(config)),
    maxBytes: config.FILE_MAX_MB * 1_000_000,
  };
  const core = await createDuban({ store, clock, log, defaultLang: config.DEFAULT_LANG, files, rateLimits: rateLimitsOf(config) });
  // The search index is ready before the first message (read from its cache beside the database).
  const search = await prepareSearch(() => core.services.plan.prepare(), searchCacheFile(config.DB_FILE));
  if (search.error) log.warn({ err: search.error }, 'search: the search cache could not be written');
  // Traditional replies (OpenCC's dictionaries, the converted catalogs and plan texts) are
  // readied a second after start, off the first reply's path (~0.2 s of CPU, once).
  setTimeout(() => {
    try {
      readyTraditional(core);
    } catch (err) {
      log.warn({ err }, 'i18n: Traditional replies could not be readied; the first zh-Hant reply will try again');
    }
  }, 1000).unref();
  const { notifier } = core.services;
  const stops: Array<() => Promise<void>> = [];
  const dashboard = await serveDashboard(core.services, config, log);
  if (dashboard) stops.push(dashboard.stop);
  /** An adapter that stops by itself ends the process with an error, for a supervisor to restart it. */
  const failures: Array<Promise<unknown>> = [];

  if (!platform) {
    const personId = values.as ?? config.CONSOLE_USER ?? 'secretariat';
    if (!store.data.people.some((p) => p.id === personId)) {
      const ids = store.data.people.filter((p) => !p.roles.includes('expert')).map((p) => `${p.id} (${p.roles.join(',')})`);
      process.stderr.write(
        `Unknown person "${personId}" / 没有此人. Choose one of / 可选: ${ids.join(', ')}, or an expert id from data/experts.json\n`,
      );
      for (const stop of stops) await stop();
      await store.close();
      return 2;
    }
    notifier.register('console', consolePort(store, personId));
    if (dashboard && process.stdin.isTTY) process.stderr.write(`督办看板 / dashboard: ${dashboard.url} — 看板 / dashboard\n`);
    const timed = config.REMINDERS === 'on'; // in the console, only when asked for
    const scheduler = timed
      ? startScheduler(core.services, reminderConfig, { digest: (now, lang) => buildDigest(core.services, now, lang) })
      : undefined;
    const committee = timed ? startCommitteeJobs(core.services) : undefined;
    await runConsole({ core, personId });
    await committee?.stop();
    await scheduler?.stop();
    for (const stop of stops) await stop();
    await store.close();
    return 0;
  }

  if (config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL && config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN) {
    process.stderr.write(
      'The Telegram webhook and the Slack HTTP receiver would both listen on PORT: use Slack Socket Mode (SLACK_APP_TOKEN) or Telegram long polling.\n',
    );
    for (const stop of stops) await stop();
    await store.close();
    return 1;
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
      process.stderr.write('TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET (1-256 characters: A-Z a-z 0-9 _ -)\n');
      for (const stop of stops) await stop();
      await store.close();
      return 1;
    }
    // Platform libraries are loaded only when their platform is configured.
    const { startTelegram } = await import('./adapters/telegram/index.ts');
    const telegram = await startTelegram({
      core,
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      log,
      webhook: config.TELEGRAM_WEBHOOK_URL
        ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET!, port: config.PORT }
        : undefined,
    });
    notifier.register('telegram', telegram.send);
    const username = telegram.bot.botInfo.username;
    notifier.registerDeepLink('telegram', (payload) => `https://t.me/${username}?start=${payload}`);
    stops.push(telegram.stop);
    failures.push(telegram.failed.then(() => 'telegram polling stopped'));
  }
  if (config.SLACK_BOT_TOKEN) {
    const { startSlack } = await import('./adapters/slack/index.ts');
    const slack = await startSlack({
      core,
      botToken: config.SLACK_BOT_TOKEN,
      appToken: config.SLACK_APP_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      apiUrl: config.SLACK_API_URL,
      port: config.PORT,
      command: config.SLACK_COMMAND,
      log,
    });
    notifier.register('slack', slack.send);
    stops.push(slack.stop);
  }
  if (dingtalk) {
    if (!config.DINGTALK_CLIENT_ID || !config.DINGTALK_CLIENT_SECRET) {
      process.stderr.write('DingTalk needs both DINGTALK_CLIENT_ID (AppKey) and DINGTALK_CLIENT_SECRET (AppSecret)\n');
      for (const stop of stops.reverse()) await stop();
      await store.close();
      return 1;
    }
    const { startDingTalk } = await import('./adapters/dingtalk/index.ts');
    const dt = await startDingTalk({
      core,
      clientId: config.DINGTALK_CLIENT_ID,
      clientSecret: config.DINGTALK_CLIENT_SECRET,
      ...(config.DINGTALK_ROBOT_CODE ? { robotCode: config.DINGTALK_ROBOT_CODE } : {}),
      apiUrl: config.DINGTALK_API_URL,
      oapiUrl: config.DINGTALK_OAPI_URL,
      log,
    });
    notifier.register('dingtalk', dt.send);
    stops.push(dt.stop);
    failures.push(dt.failed.then(() => 'dingtalk stream stopped'));
  }
  const scheduler = startScheduler(core.services, reminderConfig, { digest: (now, lang) => buildDigest(core.services, now, lang) });
  const committee = startCommitteeJobs(core.services);
  stops.push(committee.stop);
  const backups = startBackups(store, config.DB_FILE, { dir: config.BACKUP_DIR, keep: config.BACKUP_KEEP, files: filesDirOf(config) }, log);
  stops.push(backups.stop);
  log.info({ platforms: notifier.platforms }, 'Duban is running');
  const failure = await Promise.race([
    new Promise<undefined>((resolve) => {
      process.once('SIGINT', () => resolve(undefined));
      process.once('SIGTERM', () => resolve(undefined));
    }),
    ...failures,
  ]);
  log.info({ reason: failure ?? 'signal' }, 'stopping');
  await scheduler.stop();
  for (const stop of stops.reverse()) await stop();
  await store.close();
  return failure ? 1 : 0;
}

/**
 * Serves the dashboard unless DASHBOARD_PORT is off. A port that cannot be had is logged and
 * the bot runs without it (`看板` then says so): the chat matters more than the web page.
 */
async function serveDashboard(services: Services, config: Config, log: Logger): Promise<DashboardServer | undefined> {
  if (!config.DASHBOARD_PORT) return undefined;
  const { startDashboard } = await import('./dashboard/server.ts');
  try {
    const server = await startDashboard(services, {
      host: config.DASHBOARD_HOST,
      port: config.DASHBOARD_PORT,
      ...(config.DASHBOARD_URL ? { url: config.DASHBOARD_URL } : {}),
      ...(config.DASHBOARD_SECRET ? { secret: config.DASHBOARD_SECRET } : {}),
    });
    services.dashboardUrl = server.url;
    log.info({ url: server.url, host: config.DASHBOARD_HOST, port: server.port }, 'dashboard served');
    if (server.randomSecret) log.info('DASHBOARD_SECRET is not set: dashboard sessions end when the bot restarts');
    return server;
  } catch (error) {
    log.warn(
      {
        code: 'DASHBOARD_NOT_STARTED',
        host: config.DASHBOARD_HOST,
        port: config.DASHBOARD_PORT,
        err: { message: (error as Error).message },
      },
      'dashboard not started',
    );
    return undefined;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Duban stopped / 已停止: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
