// Lookup figures for `npm run bench`, on the realistic mix (query-mix.ts: held-out queries
// people type plus generated ones), each query measured once, after a warm-up on other
// queries, never on the measured ones:
//  - the search alone at 1x and 10x, next to the competent simple peer (peer.ts) and bare
//    fuse.js, on the same queries;
//  - how many held-out queries each of the three answers as a person expects (1x);
//  - the whole lookup through the core on a lowdb store on disk (the choices a lookup
//    offers are written, as in production), for a zh-Hans, a zh-Hant and an en reader.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDuban, readyTraditional } from '../src/app.ts';
import { prepareSearch } from '../src/search/search-cache.ts';
import { fixedClock } from '../src/core/clock.ts';
import type { PlanData } from '../src/domain/schema.ts';
import { buildDocs } from '../src/search/documents.ts';
import { BareFuse } from '../src/search/fuzzy.ts';
import { fold } from '../src/search/normalize.ts';
import { PlanIndex, type DocKind } from '../src/search/plan-index.ts';
import { parseQuery } from '../src/search/query.ts';
import { SimplePeer } from './peer.ts';
import { asSearch, heldOut, realisticMix, typedInTraditional, warmUpQueries } from './query-mix.ts';
import { scalePlan } from './scale.ts';
import { memoryStore, openStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';

export interface Figures {
  median: number;
  p99: number;
}

/** A search engine as the bench sees it: a typed line in, records (`item:92`) out, best first. */
export type Engine = (line: string) => string[];

export function engines(plan: PlanData): Record<'ours' | 'peer' | 'fuse', Engine> {
  const index = new PlanIndex(plan);
  const peer = new SimplePeer(plan);
  const docs = buildDocs(plan);
  const fuse = new BareFuse(docs);
  return {
    ours: (line) => {
      const { words, kinds } = asSearch(line);
      return index.search(words, { kinds, limit: 6 }).map((h) => `${h.kind}:${h.id}`);
    },
    peer: (line) => {
      const { words, kinds } = asSearch(line);
      return peer.search(words, { kinds, limit: 6 }).map((h) => `${h.kind}:${h.id}`);
    },
    fuse: (line) =>
      fuse
        .search(fold(asSearch(line).words))
        .slice(0, 6)
        .map((r) => `${docs[r.refIndex]!.kind}:${docs[r.refIndex]!.id}`),
  };
}

/** Wall-clock time (what a person waits) and the process's CPU time (what the lookup costs,
 *  whatever else the machine runs), per query. */
export interface Timed {
  wall: Figures;
  cpu: Figures;
}

export interface SearchRow {
  size: string;
  queries: number;
  ours: Timed;
  peer: Timed;
  fuse: Timed;
}

export interface SearchBenchOptions {
  scale?: number; // default 10
  /** The queries measured on a plan; default: realisticMix. */
  mix?: (plan: PlanData) => string[];
}

/** The three engines on the realistic mix, at 1x and at `scale` times the plan. Each
 *  engine runs the whole mix in a pass of its own (bare fuse.js makes garbage that would
 *  otherwise be collected in the others' time), after warming up on other queries. */
export function benchSearch(plan: PlanData, opts: SearchBenchOptions = {}): SearchRow[] {
  const { scale = 10, mix = (p: PlanData) => realisticMix(p) } = opts;
  return [
    ['1x', plan],
    [`${scale}x`, scalePlan(plan, scale)],
  ].map(([size, p]) => {
    const queries = mix(p as PlanData);
    const e = engines(p as PlanData);
    const pass = (name: 'ours' | 'peer' | 'fuse'): Timed => {
      for (const q of warmUpQueries(p as PlanData)) e[name](q);
      const times = queries.map((q) => timeOnce(() => e[name](q)));
      return { wall: figures(times.map((t) => t.wall)), cpu: figures(times.map((t) => t.cpu)) };
    };
    return { size: size as string, queries: queries.length, ours: pass('ours'), peer: pass('peer'), fuse: pass('fuse') };
  });
}

export interface Accuracy {
  total: number;
  right: Record<'ours' | 'peer' | 'fuse', number>;
  /** Held-out queries each engine got wrong: `query → first answer`. */
  wrong: Record<'ours' | 'peer' | 'fuse', string[]>;
}

/** Held-out queries answered as a person expects, by each engine, at 1x. */
export function heldOutAccuracy(plan: PlanData): Accuracy {
  const e = engines(plan);
  const maxItem = Math.max(...plan.items.map((i) => i.no));
  const codes = new Set(plan.indicators.map((i) => i.code));
  const out: Accuracy = { total: 0, right: { ours: 0, peer: 0, fuse: 0 }, wrong: { ours: [], peer: [], fuse: [] } };
  for (const q of heldOut()) {
    out.total += 1;
    for (const name of ['ours', 'peer', 'fuse'] as const) {
      const first = answer(e[name], q.query, maxItem, codes);
      const ok = q.expect === 'none' ? first === 'none' : q.expect.length === 0 ? first !== 'none' : q.expect.includes(first);
      if (ok) out.right[name] += 1;
      else out.wrong[name].push(`${q.query} → ${first}`);
    }
  }
  return out;
}

/** What the person is shown first: as the bot's lookup does, a number or code that names no
 *  record is answered "not found" before any search; else the engine's first record. */
function answer(engine: Engine, line: string, maxItem: number, codes: Set<string>): string {
  const { words, kinds } = asSearch(line);
  const q = parseQuery(words, maxItem);
  const wants = (k: DocKind) => !kinds || kinds.includes(k);
  if (q.number !== undefined && wants('item') && !q.words && (q.number < 1 || q.number > maxItem)) return 'none';
  if (q.code !== undefined && wants('indicator') && !q.words && !codes.has(q.code)) return 'none';
  if (q.number === undefined && wants('item') && /^\d{1,6}$/.test(q.words.trim())) return 'none';
  return engine(line)[0] ?? 'none';
}

export type Reader = 'zh-Hans' | 'zh-Hant' | 'en';
/** Lookups each reader's path has seen before the measured ones (none of them measured). */
export const WARM_UP = 300;
const CLIENT: Record<Reader, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

/** The whole lookup through the core on a lowdb store on disk (or, to see what the store's
 *  writes cost, the in-memory store), per reader language; the readers take turns query by
 *  query, the first to ask turning round. A zh-Hant reader types Traditional. */
export async function benchReaders(plan: PlanData, storeKind: 'disk' | 'memory' = 'disk', generated = 100): Promise<Record<Reader, Timed>> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-lookup-'));
  const clock = fixedClock('2016-09-01T10:00:00+08:00');
  const seed = () => ({ ...createSeedDb(clock.now()), plan });
  const store = storeKind === 'disk' ? await openStore({ file: join(dir, 'db.json'), seed }) : memoryStore(seed());
  try {
    const core = await createDuban({ store, clock });
    // As main.ts does at start: the search index (from its cache file) and, a second later,
    // Traditional replies. The first lookups after a start are measured apart (first-lookup.ts).
    await prepareSearch(() => core.services.plan.prepare(), join(dir, 'db.json.search.json'));
    readyTraditional(core);
    const ask = (reader: Reader, text: string, as = reader as string) =>
      core.handle({
        platform: 'test',
        chatId: `bench-${as}`,
        chatType: 'direct',
        accountId: `bench-${as}`,
        clientLang: CLIENT[reader],
        text,
      });
    const readers: Reader[] = ['zh-Hans', 'zh-Hant', 'en'];
    const mix = realisticMix(plan, generated);
    // A bot that has run a while: every reader's path warmed by other people's lookups
    // (WARM_UP queries each, none of them a measured one), as after a morning of traffic.
    const measured = new Set(mix);
    for (const q of warmUpQueries(plan, WARM_UP).filter((w) => !measured.has(w)))
      for (const reader of readers) await ask(reader, reader === 'zh-Hant' ? typedInTraditional(q) : q, `warm-up-${reader}`);
    const times: Record<Reader, Array<{ wall: number; cpu: number }>> = { 'zh-Hans': [], 'zh-Hant': [], en: [] };
    for (const [i, q] of mix.entries()) {
      // Who asks first turns round, so no reader always meets a query first.
      for (const reader of [...readers.slice(i % 3), ...readers.slice(0, i % 3)]) {
        const text = reader === 'zh-Hant' ? typedInTraditional(q) : q;
        const wall = process.hrtime.bigint();
        const cpu = process.cpuUsage();
        await ask(reader, text);
        const used = process.cpuUsage(cpu);
        times[reader].push({ wall: Number(process.hrtime.bigint() - wall) / 1e6, cpu: (used.user + used.system) / 1000 });
      }
    }
    const timed = (list: Array<{ wall: number; cpu: number }>): Timed => ({
      wall: figures(list.map((t) => t.wall)),
      cpu: figures(list.map((t) => t.cpu)),
    });
    return { 'zh-Hans': timed(times['zh-Hans']), 'zh-Hant': timed(times['zh-Hant']), en: timed(times.en) };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function timeOnce(run: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  run();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

export function figures(values: number[]): Figures {
  return { median: quantile(values, 0.5), p99: quantile(values, 0.99) };
}

export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at] ?? 0;
}
