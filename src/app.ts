// Assembles the core from its parts: one function used by main, the tests and the bench,
// so all three run the same bot.
import { Duban } from './core/bot.ts';
import type { Clock } from './core/clock.ts';
import { systemClock } from './core/clock.ts';
import { Conversations } from './core/conversation.ts';
import { FailureThrottle } from './core/failures.ts';
import { Forms } from './core/forms.ts';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimits } from './core/rate-limit.ts';
import { reportForm } from './flows/report-form.ts';
import { meetingForm } from './committee/meetings/create-form.ts';
import { Notifier } from './core/notify.ts';
import { FLOWS } from './flows/index.ts';
import { answerLookup } from './lookup/answer.ts';
import { Registry } from './core/registry.ts';
import { loadCommands } from './load-commands.ts';
import type { Lang } from './core/types.ts';
import { I18n } from './i18n/i18n.ts';
import { createLogger, type Logger } from './log.ts';
import { PlanService } from './plan/plan-service.ts';
import type { Store } from './db.ts';
import type { FilesConfig } from './files/keep.ts';
import { MemoryFileStore } from './files/memory.ts';

/** The default largest file kept: 20 MB (Telegram's bots cannot fetch more either). */
export const FILE_MAX_BYTES = 20_000_000;

export interface AppOptions {
  store: Store;
  clock?: Clock;
  log?: Logger;
  defaultLang?: Lang;
  /** Where files are kept; in memory when absent (tests, the bench). */
  files?: FilesConfig;
  /** Messages per account (RATE_* in the configuration); DEFAULT_RATE_LIMITS when absent. */
  rateLimits?: RateLimits;
  /** The monotonic milliseconds the rate limits and the code throttle count in (tests pass their own). */
  limitClock?: () => number;
}

export async function createDuban(opts: AppOptions): Promise<Duban> {
  const registry = new Registry(await loadCommands());
  const conversations = new Conversations();
  for (const flow of FLOWS) conversations.register(flow);
  const forms = new Forms();
  forms.register(reportForm);
  forms.register(meetingForm);
  return new Duban({
    store: opts.store,
    registry,
    i18n: new I18n(),
    plan: new PlanService(opts.store),
    clock: opts.clock ?? systemClock,
    log: opts.log ?? createLogger('silent'),
    defaultLang: opts.defaultLang ?? 'zh-Hans',
    notifier: new Notifier(opts.store),
    conversations,
    forms,
    files: opts.files ?? { store: new MemoryFileStore(), maxBytes: FILE_MAX_BYTES },
    lookup: answerLookup,
    rateLimiter: new RateLimiter(opts.rateLimits ?? DEFAULT_RATE_LIMITS, opts.limitClock),
    guesses: new FailureThrottle(undefined, opts.limitClock),
  });
}

/**
 * Readies Traditional replies (OpenCC's dictionaries, the converted catalogs and plan texts:
 * ~0.2 s of CPU, once), so no zh-Hant reader's first reply pays for it. main.ts calls it a
 * second after start, off the first reply's path.
 */
export function readyTraditional(duban: Duban): void {
  duban.services.i18n.has('zh-Hant', 'item-heading');
}
