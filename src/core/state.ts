// The saved document as the core sees it (DubanData, and Store: the store of it), and the
// parts that belong to the core: who each chat account is, each account's preferences, the
// actions behind buttons, open conversations, one-time binding codes, scheduled jobs'
// bookkeeping and recently handled deliveries. What grows with traffic here is bounded: see
// PREFS_* and DELIVERY_*. Features add their parts to DubanData where they define them
// (module augmentation, e.g. src/committee/schema.ts), so the core names no feature; src/db.ts
// assembles the schema of the whole.
import { z } from 'zod';
import type { Expert } from '../domain/expert.ts';
import type { Person, PlanData } from '../domain/schema.ts';
import type { Store as GenericStore } from '../store/types.ts';

export const PLATFORMS = ['console', 'telegram', 'slack', 'dingtalk', 'test'] as const;

/** A chat account bound to a person. */
export const Account = z.object({
  platform: z.enum(PLATFORMS),
  accountId: z.string(),
  personId: z.string(),
  boundAt: z.string(), // ISO time
});
export type Account = z.infer<typeof Account>;

/** What a pressed button does, kept on the server so buttons carry only a short key. */
export const PendingAction = z.object({
  /** Run a command line as if the person had typed it ('answer' rows are from before answers moved into conversations). */
  kind: z.enum(['command', 'answer']),
  value: z.string(),
  /** The account it was offered to (platform:accountId). */
  owner: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type PendingAction = z.infer<typeof PendingAction>;

/** A one-time code that binds a chat account to a person (issued by the secretariat). */
export const BindCode = z.object({
  personId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  usedAt: z.string().optional(),
  usedBy: z.string().optional(), // platform:accountId
});
export type BindCode = z.infer<typeof BindCode>;

export const Prefs = z.object({
  lang: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(),
  /** Pictures with answers (charts); on unless turned off. */
  charts: z.boolean().optional(),
  /** When the account last set a preference: unbound accounts' preferences expire from it. */
  at: z.string().optional(),
});
export type Prefs = z.infer<typeof Prefs>;

/** An open conversation: versioned, with an expiry; its current step's answer buttons live in it. */
export const ConvState = z.object({
  version: z.number(),
  expiresAt: z.string(),
  id: z.string(),
  flow: z.string(),
  step: z.string(),
  startedAt: z.string(),
  data: z.unknown(),
  /** The answer buttons of the current step: key → value. Replaced at every step, gone with the conversation. */
  offers: z.record(z.string(), z.string()).optional(),
});
export type ConvState = z.infer<typeof ConvState>;

export const coreParts = {
  accounts: z.array(Account),
  /** Per account (platform:accountId). */
  prefs: z.record(z.string(), Prefs),
  actions: z.record(z.string(), PendingAction),
  /** Open conversations per account (owned by the core). */
  conversations: z.record(z.string(), ConvState),
  bindCodes: z.record(z.string(), BindCode).default({}),
  /** Scheduled jobs' bookkeeping (reminders, digests): when each last ran. */
  jobs: z.record(z.string(), z.object({ lastRunAt: z.string().optional() }).passthrough()).default({}),
  /**
   * Deliveries already handled, so a redelivery is handled once, across restarts too: in
   * buckets by when they came (the start of a DELIVERY_SLOT_MS slot, an ISO minute → the
   * platform:deliveryId keys → 1, and '#' → how many). Remembering one copies only the current
   * bucket, not a day's traffic; a bucket is dropped whole once it is DELIVERY_TTL_MS old.
   */
  deliveries: z.record(z.string(), z.record(z.string(), z.number().int().nonnegative())).default({}),
  /** Messages replies edit in place: platform:chat:editKey → the platform's message id (src/core/edits.ts). */
  edits: z.record(z.string(), z.object({ ref: z.string(), until: z.string() })).default({}),
};

/** How long a delivery id is remembered: longer than any platform redelivers (Telegram keeps updates 24 h). */
export const DELIVERY_TTL_MS = 24 * 3600_000;
/** The width of a bucket of delivery ids. */
export const DELIVERY_SLOT_MS = 10 * 60_000;
/**
 * At most `total` delivery ids are kept (the oldest buckets go first), at most `bucket` in one
 * bucket (ten minutes of messages; the rate limits keep far below).
 */
export const DELIVERY_LIMITS = { total: 20_000, bucket: 5_000 };
/** Preferences of accounts bound to nobody expire this long after they were set... */
export const PREFS_UNBOUND_TTL_MS = 90 * 24 * 3600_000;
/** ...and at most this many are kept (the oldest go first). */
export const PREFS_UNBOUND_MAX = 5_000;

type Deliveries = Record<string, Record<string, number>>;
/** A bucket's count of ids ('#' is no delivery key: those are platform:id). */
const COUNT = '#';

/** The bucket a delivery at `at` goes into: its slot's start, to the minute ("2016-09-01T02:10"). */
export function deliverySlot(at: Date): string {
  const ms = at.getTime();
  return new Date(ms - (ms % DELIVERY_SLOT_MS)).toISOString().slice(0, 16);
}

/** Whether a delivery is remembered. */
export function wasDelivered(deliveries: Readonly<Deliveries>, key: string): boolean {
  for (const slot in deliveries) if (Object.hasOwn(deliveries[slot]!, key)) return true;
  return false;
}

/**
 * Remember a delivery in the draft. Opening a new bucket drops the buckets older than
 * DELIVERY_TTL_MS, then the oldest beyond what leaves room for a full new one, so there are
 * never more than `limits.total`; a bucket that reaches `limits.bucket` (a flood, or a clock
 * that stands still: DUBAN_NOW) loses its older half.
 */
export function rememberDelivery(deliveries: Deliveries, key: string, now: Date, limits = DELIVERY_LIMITS): void {
  const slot = deliverySlot(now);
  let bucket = deliveries[slot];
  if (!bucket) {
    pruneDeliveries(deliveries, now, limits.total - limits.bucket);
    bucket = deliveries[slot] = { [COUNT]: 0 };
  }
  if (Object.hasOwn(bucket, key)) return;
  bucket[key] = 1;
  bucket[COUNT] = (bucket[COUNT] ?? 0) + 1;
  if (bucket[COUNT] < limits.bucket) return;
  const keys = Object.keys(bucket).filter((k) => k !== COUNT);
  for (const k of keys.slice(0, keys.length / 2)) delete bucket[k];
  bucket[COUNT] = keys.length - Math.floor(keys.length / 2);
}

function pruneDeliveries(deliveries: Deliveries, now: Date, keep: number): void {
  const oldest = deliverySlot(new Date(now.getTime() - DELIVERY_TTL_MS));
  let kept = 0;
  for (const slot of Object.keys(deliveries).sort().reverse()) {
    kept += deliveries[slot]![COUNT] ?? Object.keys(deliveries[slot]!).length;
    if (slot < oldest || kept > keep) delete deliveries[slot];
  }
}

/** Version 2 kept delivery ids flat (key → until when); version 3 in buckets by when they came. */
export function bucketDeliveries(flat: unknown): Deliveries {
  const out: Deliveries = {};
  if (typeof flat !== 'object' || flat === null) return out;
  for (const [key, until] of Object.entries(flat)) {
    const ms = typeof until === 'string' ? Date.parse(until) : Number.NaN;
    if (Number.isNaN(ms)) continue;
    const bucket = (out[deliverySlot(new Date(ms - DELIVERY_TTL_MS))] ??= { [COUNT]: 0 });
    bucket[key] = 1;
    bucket[COUNT]! += 1;
  }
  return out;
}

/** Drop expired preferences of accounts bound to nobody, then the oldest beyond the cap. */
export function prunePrefs(prefs: Record<string, Prefs>, bound: ReadonlySet<string>, now: Date): void {
  const oldest = new Date(now.getTime() - PREFS_UNBOUND_TTL_MS).toISOString();
  const unbound = Object.entries(prefs).filter(([key]) => !bound.has(key));
  for (const [key, p] of unbound) if ((p.at ?? '') < oldest) delete prefs[key];
  const left = unbound.filter(([key]) => key in prefs);
  if (left.length <= PREFS_UNBOUND_MAX) return;
  left.sort((a, b) => (a[1].at ?? '').localeCompare(b[1].at ?? ''));
  for (const [key] of left.slice(0, left.length - PREFS_UNBOUND_MAX)) delete prefs[key];
}

type CoreParts = { [K in keyof typeof coreParts]: z.output<(typeof coreParts)[K]> };

/** Everything Duban keeps in its document; features declare their own parts into it. */
export interface DubanData extends CoreParts {
  schemaVersion: number;
  createdAt: string;
  /** Static parts: the plan and who is who (data/ and the importer provide them). */
  plan: PlanData;
  people: Person[];
  experts: Expert[];
}

/** The store of Duban's document. */
export type Store = GenericStore<DubanData>;
