// Run by startup.ts in a fresh process: opens the database given on the command line as
// main.ts does (store, core, search index from its cache), then times the first lookups a
// Simplified and a Traditional reader make: at once, or (--readied) after main.ts has
// readied Traditional replies, a second after start. Prints the figures as JSON.
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import { prepareSearch, searchCacheFile } from '../src/search/search-cache.ts';
import { openStore } from '../src/db.ts';

const db = process.argv[2];
if (!db) throw new Error('usage: first-lookup.ts <db file>');
const clock = fixedClock('2016-09-01T10:00:00+08:00');
const started = performance.now();
const store = await openStore({
  file: db,
  seed: () => {
    throw new Error(`${db} does not exist`);
  },
});
const core = await createDuban({ store, clock });
await prepareSearch(() => core.services.plan.prepare(), searchCacheFile(db));
const startMs = performance.now() - started;
if (process.argv.includes('--readied')) {
  core.services.i18n.has('zh-Hant', 'item-heading'); // what main.ts does a second after start
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const ask = async (accountId: string, clientLang: string, text: string) => {
  const at = performance.now();
  await core.handle({ platform: 'test', chatId: accountId, chatType: 'direct', accountId, clientLang, text });
  return performance.now() - at;
};
const firstMs = await ask('first-hans', 'zh-CN', '国际航线');
const firstHantMs = await ask('first-hant', 'zh-TW', '國際學校');
await store.close();
process.stdout.write(JSON.stringify({ startMs, firstMs, firstHantMs }) + '\n');
