// Entry point: reads the configuration, opens the store, builds the core and starts the
// adapters whose tokens are set (Telegram, Slack), or the console when none is; then the
// scheduler. SIGINT/SIGTERM stop everything in order and release the database.
import { parseArgs } from 'node:util';
import { createDuban } from './app.ts';
import { consolePort, runConsole } from './adapters/console.ts';
import { fixedClock, systemClock } from './core/clock.ts';
import { readConfig } from './config.ts';
import { createLogger } from './log.ts';
import { openLowdbStore } from './store/lowdb-store.ts';
import { createSeedDb } from './store/seed.ts';
import { StoreError, type Store } from './store/types.ts';
import { buildDigest } from './supervision/digest.ts';
import { startScheduler } from './supervision/reminders/scheduler.ts';
import { startBackups } from './store/backup-schedule.ts';
import { startCommitteeJobs } from './committee/schedule.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: false });
  const config = readConfig();
  const platform = Boolean(config.TELEGRAM_BOT_TOKEN || config.SLACK_BOT_TOKEN);
  const log = createLogger(config.LOG_LEVEL ?? (platform ? 'info' : 'warn'));
  const clock = config.DUBAN_NOW ? fixedClock(config.DUBAN_NOW) : systemClock;
  const reminderConfig = config.reminders;

  let store: Store;
  try {
    store = await openLowdbStore({ file: config.DB_FILE, seed: () => createSeedDb(clock.now()), logger: log });
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`Duban cannot start / 无法启动: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const core = await createDuban({ store, clock, log, defaultLang: config.DEFAULT_LANG });
  const { notifier } = core.services;
  const stops: Array<() => Promise<void>> = [];
  /** An adapter that stops by itself ends the process with an error, for a supervisor to restart it. */
  const failures: Array<Promise<unknown>> = [];

  if (!platform) {
    const personId = values.as ?? config.CONSOLE_USER ?? 'secretariat';
    if (!store.data.people.some((p) => p.id === personId)) {
      const ids = store.data.people.filter((p) => !p.roles.includes('expert')).map((p) => `${p.id} (${p.roles.join(',')})`);
      process.stderr.write(
        `Unknown person "${personId}" / 没有此人. Choose one of / 可选: ${ids.join(', ')}, or an expert id from data/experts.json\n`,
      );
      await store.close();
      return 2;
    }
    notifier.register('console', consolePort(store, personId));
    const timed = config.REMINDERS === 'on'; // in the console, only when asked for
    const scheduler = timed
      ? startScheduler(core.services, reminderConfig, { digest: (now) => buildDigest(core.services, now) })
      : undefined;
    const committee = timed ? startCommitteeJobs(core.services) : undefined;
    await runConsole({ core, personId });
    await committee?.stop();
    await scheduler?.stop();
    await store.close();
    return 0;
  }

  if (config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_URL && config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN) {
    process.stderr.write(
      'The Telegram webhook and the Slack HTTP receiver would both listen on PORT: use Slack Socket Mode (SLACK_APP_TOKEN) or Telegram long polling.\n',
    );
    await store.close();
    return 1;
  }
  if (config.TELEGRAM_BOT_TOKEN) {
    if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET) {
      process.stderr.write('TELEGRAM_WEBHOOK_URL needs TELEGRAM_WEBHOOK_SECRET (1-256 characters: A-Z a-z 0-9 _ -)\n');
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
  const scheduler = startScheduler(core.services, reminderConfig, { digest: (now) => buildDigest(core.services, now) });
  const committee = startCommitteeJobs(core.services);
  stops.push(committee.stop);
  const backups = startBackups(config.DB_FILE, { dir: config.BACKUP_DIR, keep: config.BACKUP_KEEP }, log);
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Duban stopped / 已停止: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
