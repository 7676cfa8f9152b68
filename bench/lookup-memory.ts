// Resident memory of lookups at a plan size, in a fresh process run compiled like `npm run
// serve`: the lowdb store given on the command line (startup.ts seeds it with BENCH_SCALE
// times the shipped plan, and runs this once first, so the search cache exists as after any
// earlier start), the search index prepared as at start, and 1,000 lookups of the realistic
// mix by zh-Hans, zh-Hant and en readers in turn (the queries come from the file given
// second, written by startup.ts: converting them here would load opencc-js's own converter,
// ~40 MB, into the process measured). Prints { rssMB, heapMB } as JSON.
import { readFileSync } from 'node:fs';
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import { loadPlanData } from '../src/domain/plan-data.ts';
import { prepareSearch, searchCacheFile } from '../src/search/search-cache.ts';
import { scalePlan } from './scale.ts';
import { openStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';

const scale = Number(process.env.BENCH_SCALE ?? '1');
const plan = scalePlan(loadPlanData(), scale);
const [file, queryFile] = process.argv.slice(2);
if (!file || !queryFile) throw new Error('usage: lookup-memory.js <db file> <queries file>');
const queries = JSON.parse(readFileSync(queryFile, 'utf8')) as Array<{ hans: string; hant: string }>;
const clock = fixedClock('2016-09-01T10:00:00+08:00');
const store = await openStore({ file, seed: () => ({ ...createSeedDb(clock.now()), plan }) });
const core = await createDuban({ store, clock });
await prepareSearch(() => core.services.plan.prepare(), searchCacheFile(file));
const readers = [
  ['hans', 'zh-CN'],
  ['hant', 'zh-TW'],
  ['en', 'en'],
] as const;
for (let i = 0; i < 1000; i += 1) {
  const [who, clientLang] = readers[i % 3]!;
  const query = queries[i % queries.length]!;
  const text = who === 'hant' ? query.hant : query.hans;
  await core.handle({ platform: 'test', chatId: who, chatType: 'direct', accountId: `reader-${who}`, clientLang, text });
}
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
await store.close();
process.stdout.write(JSON.stringify({ rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20 }) + '\n');
