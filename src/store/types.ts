// The store's contract. Everything the bot keeps lives in one document (DbData) plus
// append-only logs (history that only grows). Repositories in src/store/repos/ are thin
// views over a Store; the core never touches files. Two implementations: LowdbStore (the
// default, on disk) and MemoryStore (its twin for tests).
import { z } from 'zod';
import { Committee, Consultation, Invitation, Meeting } from '../committee/schema.ts';
import { Expert } from '../domain/expert.ts';
import { Person, PlanData } from '../domain/schema.ts';

export const SCHEMA_VERSION = 1;

/** A chat account bound to a person. */
export const Account = z.object({
  platform: z.enum(['console', 'telegram', 'slack', 'test']),
  accountId: z.string(),
  personId: z.string(),
  boundAt: z.string(), // ISO time
});
export type Account = z.infer<typeof Account>;

/** What a pressed choice does, kept on the server so buttons carry only a short key. */
export const PendingAction = z.object({
  /** Run a command line as if the person had typed it, or answer the open conversation. */
  kind: z.enum(['command', 'answer']),
  value: z.string(),
  /** Only the account it was offered to may press it (platform:accountId). */
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

export const DbData = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: z.string(),
  plan: PlanData,
  people: z.array(Person),
  accounts: z.array(Account),
  /** Per account (platform:accountId): the chosen reply language; `charts: false` when pictures are turned off. */
  prefs: z.record(z.string(), z.object({ lang: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(), charts: z.boolean().optional() })),
  actions: z.record(z.string(), PendingAction),
  /** Open conversations per account, versioned and with an expiry (owned by the core). */
  conversations: z.record(z.string(), z.object({ version: z.number(), expiresAt: z.string() }).passthrough()),
  bindCodes: z.record(z.string(), BindCode).default({}),
  /** Scheduled jobs' bookkeeping (reminders, digests): when each last ran. */
  jobs: z.record(z.string(), z.object({ lastRunAt: z.string().optional() }).passthrough()).default({}),
  /** The expert committee: the roster of candidates (each is also a person with role expert). */
  experts: z.array(Expert).default([]),
  invitations: z.record(z.string(), Invitation).default({}),
  committee: Committee.default({ viceChairs: [] }),
  meetings: z.record(z.string(), Meeting).default({}),
  consultations: z.record(z.string(), Consultation).default({}),
});
export type DbData = z.infer<typeof DbData>;

/** A record of an append-only log; `id` is unique within its log. */
export interface LogRecord {
  id: string;
  at: string; // ISO time
  [field: string]: unknown;
}

export type StoreErrorCode =
  | 'STORE_CORRUPT' // the file is not valid JSON
  | 'STORE_INVALID' // the JSON does not match the schema
  | 'STORE_VERSION' // written by a newer Duban, or no migration known
  | 'STORE_LOCKED' // another process holds the file
  | 'STORE_WRITE_FAILED'; // the disk refused (full, read-only, permissions)

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

export interface Store {
  /** The committed data. Read-only: change it only through update(). */
  readonly data: Readonly<DbData>;
  /**
   * Apply a change through the one serial write queue. Resolves with the change's result
   * once the data is on disk; changes that arrive together may share one write. If the
   * write fails the change is undone in memory and the promise rejects with a StoreError
   * (code STORE_WRITE_FAILED); nothing else is lost. A change that throws is undone and
   * its error is passed on. A change may run more than once (a batch is rebuilt when one of
   * its changes throws), so it must depend only on the draft: no side effects outside it.
   */
  update<T>(change: (draft: DbData) => T): Promise<T>;
  /** Append records to a log; resolves once they are on disk. Never rewrites earlier records. */
  append(log: string, records: LogRecord[]): Promise<void>;
  /** All records of a log, oldest first: a live read-only view (never copied, it grows with appends). */
  records(log: string): readonly LogRecord[];
  /** Finish pending writes and release the file lock. */
  close(): Promise<void>;
}
