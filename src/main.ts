// Entry point: reads the configuration, opens the store, builds the core and starts the
// adapters whose tokens are set, or the console when none is.
import { parseArgs } from 'node:util';
import { createDuban } from './app.ts';
import { runConsole } from './adapters/console.ts';
import { fixedClock, systemClock } from './core/clock.ts';
import { loadConfig } from './config.ts';
import { createLogger } from './log.ts';
import { openLowdbStore } from './store/lowdb-store.ts';
import { createSeedDb } from './store/seed.ts';
import { StoreError } from './store/types.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { as: { type: 'string' } }, allowPositionals: false });
  const config = loadConfig();
  const platform = Boolean(config.TELEGRAM_BOT_TOKEN || config.SLACK_BOT_TOKEN);
  const log = createLogger(platform ? config.LOG_LEVEL : process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn');
  const clock = config.DUBAN_NOW ? fixedClock(config.DUBAN_NOW) : systemClock;

  let store;
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

  if (!platform) {
    const personId = values.as ?? config.CONSOLE_USER ?? 'secretariat';
    if (!store.data.people.some((p) => p.id === personId)) {
      const ids = store.data.people.map((p) => `${p.id} (${p.roles.join(',')})`).join(', ');
      process.stderr.write(`Unknown person "${personId}" / 没有此人. Choose one of: ${ids}\n`);
      await store.close();
      return 2;
    }
    await runConsole({ core, personId });
    await store.close();
    return 0;
  }
  process.stderr.write('Platform adapters are not built yet; unset the tokens to use the console.\n');
  await store.close();
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Duban stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
