// Duban's saved data, assembled from the parts each feature registers: the core's (accounts,
// preferences, buttons, conversations, codes, jobs, deliveries), the plan's (the plan and
// people: static, changed only by import), and the committee's (experts — static — with
// invitations, offices, meetings and consultations), and the dashboard's (its one-time sign-in
// links, bounded and expiring). The logs are registered here too, each
// with the schema of its records. The store itself (src/store) knows none of this.
import { z } from 'zod';
import { ANSWERS_LOG } from './committee/consultations/answers.ts';
import { EVENTS_LOG } from './committee/consultations/consultation.ts';
import { COMMITTEE_LOG } from './committee/invitations/events.ts';
import { SENDS_LOG } from './committee/meetings/deliver.ts';
import { ATTENDANCE_LOG } from './committee/meetings/repo.ts';
import { ROLL_LOG } from './committee/meetings/roll-call.ts';
import { VOTES_LOG } from './committee/meetings/tally.ts';
import { Committee, Consultation, Invitation, Meeting } from './committee/schema.ts';
import { bucketDeliveries, coreParts, type DubanData, type Store } from './core/state.ts';
import { Expert } from './domain/expert.ts';
import { Person, PlanData } from './domain/schema.ts';
import { REPORTS_LOG } from './plan/report-log.ts';
import { DashboardLink } from './dashboard/links.ts';
import { openLowdbStore, type StoreLogger } from './store/lowdb-store.ts';
import { MemoryStore } from './store/memory-store.ts';
import type { AnyLog, DocumentSpec } from './store/types.ts';
import { REMINDERS_LOG } from './supervision/reminders/run.ts';
import type { FileOps } from './store/file-ops.ts';

/**
 * 1: everything in one pretty-printed file.
 * 2: the static parts in `<file>.plan.json`, the rest compact in `<file>`, changes in the journal; delivery ids kept.
 * 3: delivery ids in buckets by when they came (remembering one no longer copies them all).
 */
export const SCHEMA_VERSION = 3;

const DbSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: z.string(),
  // static: the plan and who is who (data/ and the importer provide them)
  plan: PlanData,
  people: z.array(Person),
  experts: z.array(Expert).default([]),
  // the core
  ...coreParts,
  // the committee
  invitations: z.record(z.string(), Invitation).default({}),
  committee: Committee.default({ viceChairs: [] }),
  meetings: z.record(z.string(), Meeting).default({}),
  consultations: z.record(z.string(), Consultation).default({}),
  // the dashboard's sign-in links
  dashboardLinks: z.record(z.string(), DashboardLink).default({}),
});
/** The document's schema, checked against DubanData: every part a feature declares is validated. */
export const DbData: z.ZodType<DubanData> & { shape: typeof DbSchema.shape } = DbSchema;
export type DbData = DubanData;
export type { Store } from './core/state.ts';

/** A valid document with nothing in it. */
export function emptyDb(createdAt = new Date().toISOString()): DbData {
  return {
    schemaVersion: SCHEMA_VERSION,
    createdAt,
    plan: { parts: [], departments: [], items: [], indicators: [] },
    people: [],
    experts: [],
    accounts: [],
    prefs: {},
    actions: {},
    conversations: {},
    bindCodes: {},
    jobs: {},
    deliveries: {},
    edits: {},
    invitations: {},
    committee: { viceChairs: [] },
    meetings: {},
    consultations: {},
    dashboardLinks: {},
  };
}

export const DOCUMENT: DocumentSpec<DbData> = {
  version: SCHEMA_VERSION,
  schema: DbData,
  staticKeys: ['plan', 'people', 'experts'],
  empty: emptyDb,
  migrations: {
    // The layout changed (the static parts moved to a file of their own); the data did not.
    1: (doc) => doc,
    2: (doc) => ({ ...doc, deliveries: bucketDeliveries(doc.deliveries) }),
  },
};

export const LOGS: readonly AnyLog[] = [
  REPORTS_LOG,
  REMINDERS_LOG,
  COMMITTEE_LOG,
  VOTES_LOG,
  ATTENDANCE_LOG,
  ROLL_LOG,
  SENDS_LOG,
  ANSWERS_LOG,
  EVENTS_LOG,
] as readonly AnyLog[];

export interface OpenOptions {
  file: string;
  seed: () => DbData;
  logger?: StoreLogger;
  fs?: FileOps;
  checkpointBytes?: number;
}

/** Opens Duban's store on disk. */
export function openStore(opts: OpenOptions): Promise<Store> {
  return openLowdbStore({ ...opts, document: DOCUMENT, logs: LOGS });
}

/** Duban's store in memory (tests, benches). */
export function memoryStore(initial: DbData): Store {
  return new MemoryStore(DOCUMENT, initial, LOGS);
}
