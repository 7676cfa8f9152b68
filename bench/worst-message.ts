// The costliest message a person (or anyone, bound or not) can send: 4,000 characters, the
// most the bot reads, of filler words, repeated title words, or one letter. Measured as CPU
// time of the whole lookup through the core (issue 11.6), next to a normal query's.
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import type { PlanData } from '../src/domain/schema.ts';
import { figures, type Figures } from './lookup.ts';
import { realisticMix, warmUpQueries } from './query-mix.ts';
import { memoryStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';

const MAX_TEXT = 4000;

/** Messages of MAX_TEXT characters that cost the most before the bound (measured). */
export function worstMessages(): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(MAX_TEXT / unit.length)).slice(0, MAX_TEXT);
  return {
    'Chinese filler (进展情况 …)': fill('进展情况 '),
    'Chinese filler (怎么样 …)': fill('怎么样 '),
    'English filler (the status of …)': fill('the status of '),
    'title words (国际城市 …)': fill('国际城市 '),
    'pinyin (guoji …)': fill('guoji '),
    'typo words (internatonal …)': fill('internatonal '),
  };
}

export interface WorstMessageFigures {
  worstName: string;
  worstCpuMs: number;
  normal: Figures; // CPU ms of the realistic mix
}

export async function benchWorstMessage(plan: PlanData): Promise<WorstMessageFigures> {
  const clock = fixedClock('2016-09-01T10:00:00+08:00');
  const core = await createDuban({ store: memoryStore({ ...createSeedDb(clock.now()), plan }), clock });
  const ask = (text: string) => core.handle({ platform: 'test', chatId: 'w', chatType: 'direct', accountId: 'worst', text });
  for (const q of warmUpQueries(plan)) await ask(q);
  const cpu = async (text: string) => {
    const start = process.cpuUsage();
    await ask(text);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  const normal: number[] = [];
  for (const q of realisticMix(plan)) normal.push(await cpu(q));
  let worstName = '';
  let worstCpuMs = 0;
  for (const [name, text] of Object.entries(worstMessages())) {
    const ms = Math.max(await cpu(text), await cpu(text));
    if (ms > worstCpuMs) [worstName, worstCpuMs] = [name, ms];
  }
  return { worstName, worstCpuMs, normal: figures(normal) };
}
